"""Quotes: who said what, direct and reported, with canonical speakers and exact offsets."""

from __future__ import annotations

import pytest

from synoptic.facts import Quote
from synoptic.model import Brief, Paragraph, Source
from test_entities import load_eval

pytestmark = pytest.mark.slow


def _run(text: str, *, author: str | None = None) -> Brief:
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append(Paragraph(start=pos, end=pos + len(block)))
        pos += len(block) + 2
    src = Source(id="S1", path="a.txt", kind="text", original=text, paragraphs=paras, author=author)
    result: Brief = load_eval().run_facts(Brief(sources=[src], words=200))
    return result


def _said(brief: Brief) -> set[tuple[str, bool]]:
    return {(q.speaker, q.direct) for q in brief.quotes}


def test_fixture_attribution_meets_the_floor() -> None:
    ev = load_eval()
    brief, ids = ev.fixture_run(ev.FIXTURES)
    scores = ev.score_quotes(brief, ids, ev.load_gold(ev.FIXTURES))["quotes (span+speaker)"]
    assert scores.precision >= 0.9
    assert scores.recall >= 0.9


def test_heldout_attribution_meets_the_floor() -> None:
    ev = load_eval()
    folder = ev.FIXTURES / "heldout"
    brief, ids = ev.fixture_run(folder)
    scores = ev.score_quotes(brief, ids, ev.load_gold(folder))["quotes (span+speaker)"]
    assert scores.precision >= 0.85
    assert scores.recall >= 0.7


def test_offsets_point_at_the_quoted_text() -> None:
    ev = load_eval()
    brief, _ = ev.fixture_run(ev.FIXTURES)
    assert brief.quotes
    for q in brief.quotes:
        passage = brief.source(q.source).original[q.start : q.end]
        assert " ".join(passage.split()) == q.text


def test_according_to_with_apposed_role() -> None:
    brief = _run(
        "According to Mark Hollis, a former ambassador to Seoul, the talks failed because "
        "neither side moved."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Mark Hollis"
    assert quote.role is not None and "former ambassador" in quote.role
    assert quote.text.startswith("the talks failed")
    assert not quote.direct


def test_quotation_then_pronoun_continuation() -> None:
    brief = _run(
        '"We will not sign this deal," said Dana Whitlock, the union\'s chief negotiator. '
        "She said members would vote again next month."
    )
    assert _said(brief) == {("Dana Whitlock", True), ("Dana Whitlock", False)}
    direct = next(q for q in brief.quotes if q.direct)
    assert direct.text == "We will not sign this deal"


def test_author_is_the_speaker_of_first_person_statements() -> None:
    brief = _run(
        "I believe the ministry has misread the figures on rural schools.",
        author="Rosa Ilves",
    )
    assert _said(brief) == {("Rosa Ilves", False)}


def test_scare_quotes_and_plain_narration_are_not_quotes() -> None:
    brief = _run(
        'The so-called "rule of fist" returned to the region. Trade fell sharply in the spring '
        "and the port stayed closed."
    )
    assert brief.quotes == []


def test_quote_to_dict_has_the_documented_fields() -> None:
    q = Quote(speaker="X", role=None, text="t", source="S1", direct=True, start=0, end=1)
    assert set(q.to_dict()) >= {"speaker", "role", "text", "source", "direct", "start", "end"}


def test_a_place_inside_the_subject_does_not_speak() -> None:
    brief = _run(
        "Local Oslo-based observers reported that preparations at the venue went ahead in the "
        "open.\n\nThe hosts of the summit in Tromsø wanted to stress that Norway is a country "
        "whose voice must be heard."
    )
    speakers = {q.speaker for q in brief.quotes}
    assert "local oslo-based observers" in {s.lower() for s in speakers}
    assert not speakers & {"Oslo", "Tromsø"}


def test_a_percent_sign_ends_the_statement() -> None:
    brief = _run("The agency said on Wednesday that next year's adjustment will be 5.9%.")
    (quote,) = brief.quotes
    assert quote.text.endswith("5.9%")


def test_a_wire_dateline_is_not_the_speaker() -> None:
    brief = _run(
        "OSLO (Reuters) - Norway's fisheries minister Ola Berg said on Tuesday she found that "
        "the talks on quotas went well."
    )
    speakers = {q.speaker for q in brief.quotes}
    assert "OSLO" not in speakers and "Oslo" not in speakers
    assert "Ola Berg" in speakers


def test_a_name_inside_a_modifier_of_the_subject_is_not_looked_at() -> None:
    from spacy.tokens import Span

    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.quotes import _named_inside

    doc = load_spacy()("Local Oslo-based observers reported that the work went ahead.")
    oslo = next(t for t in doc if t.text == "Oslo")
    doc.ents = [Span(doc, oslo.i, oslo.i + 1, label="PERSON")]  # as the small model may tag it
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.text == "observers")
    assert _named_inside(subject) is None


def test_he_is_not_the_person_he_was_asked_about() -> None:
    brief = _run(
        "Premier Tomas Erling and Mikhail Orlov met for three hours in Halvik. The meeting ran "
        "over time, which Erling admitted afterwards. When asked at a briefing about Mikhail "
        "Orlov, he pointed to the patience of the visiting envoy and his calm manner."
    )
    pointed = [q for q in brief.quotes if "patience" in q.text]
    assert [q.speaker for q in pointed] == ["Tomas Erling"]
    # The object alone ("the patience of ...") has lost its verb: the verb opens the text.
    assert pointed[0].text == "pointed to the patience of the visiting envoy and his calm manner"


def test_pointed_to_keeps_the_object_without_to() -> None:
    brief = _run(
        "Analyst Petra Lund drew attention to the fact that the ferry had carried twice as many "
        "passengers as planned. Petra Lund also wants to draw attention to several points."
    )
    texts = [q.text for q in brief.quotes]
    assert "the ferry had carried twice as many passengers as planned" in texts
    assert not any(t.startswith("to ") for t in texts)
    assert not any("several points" in t for t in texts)


def test_according_to_skips_a_role_left_outside_the_phrase() -> None:
    brief = _run(
        "According to Oskar Brandt, Head of Studies, Institute of Coastal and Maritime Research; "
        "Norland’s Western Harbour College, Estmark depends on trade with Halvik in meeting the "
        "needs of its northern ports."
    )
    quote = next(q for q in brief.quotes if q.speaker == "Oskar Brandt")
    assert quote.text.startswith("Estmark depends")


def test_a_report_inside_a_report_is_part_of_it() -> None:
    brief = _run(
        "Councillor Ada Lindqvist suggested that Tomas Erling had misled the council in March "
        "when he denied that the port authority paid for the survey."
    )
    assert [q.speaker for q in brief.quotes] == ["Ada Lindqvist"]
    assert brief.quotes[0].text.startswith("Tomas Erling had misled")


def test_a_name_modifying_the_subject_does_not_speak() -> None:
    brief = _run("Mark Hollis's aides said the bill would pass the senate next week.")
    assert [q.speaker for q in brief.quotes] == ["Mark Hollis's aides"]


def test_a_role_before_the_name_keeps_its_of_phrase() -> None:
    brief = _run(
        "The ferry dispute, according to moderator of the panel Oskar Brandt, depends mostly on "
        "Norland's budget."
    )
    said = [(q.speaker, q.role) for q in brief.quotes]
    assert said == [("Oskar Brandt", "moderator of the panel")]


def test_a_day_joined_to_the_subject_does_not_speak() -> None:
    brief = _run(
        "The two sides were to sign the deal Monday and union negotiators said the port would "
        "reopen Tuesday."
    )
    assert [q.speaker for q in brief.quotes] == ["union negotiators"]


def test_a_term_quoted_inside_a_reported_clause_is_not_a_statement() -> None:
    brief = _run(
        "Councillor Ada Lindqvist suggested that the harbour board had hidden the so-called "
        '"silt removal clause" from the public when it signed the dredging contract.'
    )
    assert [(q.speaker, q.direct) for q in brief.quotes] == [("Ada Lindqvist", False)]


def test_a_quotation_that_is_most_of_the_clause_is_the_statement() -> None:
    brief = _run(
        'Ada Lindqvist said that, judging by the vote, "the dredging plan is dead for this '
        'year and the next one."'
    )
    assert [(q.speaker, q.direct) for q in brief.quotes] == [("Ada Lindqvist", True)]
    assert brief.quotes[0].text.startswith("the dredging plan is dead")


def test_a_quotation_of_several_sentences_goes_to_the_speaker_after_it() -> None:
    brief = _run(
        "Tomas Erling said the port would reopen on Monday. "
        '"The ferry was late again. Nobody told us why," passenger Ada Lind said.'
    )
    direct = [q for q in brief.quotes if q.direct]
    assert [(q.speaker, q.text) for q in direct] == [
        ("Ada Lind", "The ferry was late again. Nobody told us why")
    ]


def test_he_is_the_subject_of_the_sentence_before() -> None:
    brief = _run(
        "Mayor Tomas Erling said the port would reopen on Monday. Ada Lind was driving to the "
        "harbour when she saw the smoke. She said the fire started in the old warehouse."
    )
    fire = [q for q in brief.quotes if "warehouse" in q.text]
    assert [q.speaker for q in fire] == ["Ada Lind"]


def test_quoted_as_saying_and_leaving_saying_name_the_speaker() -> None:
    brief = _run(
        "Tomas Erling said the port would reopen on Monday. "
        '"The smoke came from the roof of the warehouse," Ada Lind was quoted as saying. '
        'Harbour chief Oskar Brandt left the meeting saying: "We have no deal with the union."'
    )
    said = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert said["The smoke came from the roof of the warehouse"] == "Ada Lind"
    assert said["We have no deal with the union."] == "Oskar Brandt"


def test_titles_and_quoted_terms_are_not_statements() -> None:
    brief = _run(
        'Ada Lind said the dredging plan was sound. Her report, "The Silent Harbour Plan", '
        'was published on Monday. The board filed it under "cargo lane priority matters" '
        "last year."
    )
    assert [(q.speaker, q.direct) for q in brief.quotes] == [("Ada Lind", False)]


def test_a_stray_quotation_mark_does_not_make_narration_a_quotation() -> None:
    brief = _run(
        'Ada Lind said: `The dredging plan is sound for the harbour." Tomas Erling disagreed '
        'with the board on Monday. "It will fail next spring," Erling said.'
    )
    assert not any("disagreed" in q.text for q in brief.quotes)
    assert "It will fail next spring" in {q.text for q in brief.quotes if q.direct}


def test_unsaid_speech_is_not_a_statement() -> None:
    brief = _run(
        "Ada Lind has not said whether the harbour will reopen next spring. Asked if she "
        "believed that the board had lied, Lind smiled. The ministry will ask the court to "
        "insist that the port stays open."
    )
    assert brief.quotes == []


def test_the_government_is_not_the_company_named_last() -> None:
    brief = _run(
        "Norland Shipping said its profits fell by a third in the spring. The government said "
        "that the new harbour tariff would start in May."
    )
    tariff = [q for q in brief.quotes if "tariff" in q.text]
    assert [q.speaker for q in tariff] == ["government"]


def test_a_law_does_not_speak() -> None:
    brief = _run(
        "The law states that harbour fees must be paid every month. Workers who, according to "
        "resolution 2397, should leave the port by May were still there in June."
    )
    assert brief.quotes == []


def test_the_tail_of_a_quotation_is_not_a_second_statement() -> None:
    brief = _run(
        'Ada Lind spoke at the pier. "We lost two boats in the storm. The crews are all safe," '
        "she said, according to Harbour Radio."
    )
    assert [(q.speaker, q.direct) for q in brief.quotes] == [("Ada Lind", True)]


def test_an_abbreviated_title_and_a_noun_possessor_stay_with_the_speaker() -> None:
    brief = _run(
        "The coast road was closed for the whole night, said police Sgt. Ada Lind. "
        "Sheriff’s officials said they followed every lead in the case."
    )
    assert {q.speaker for q in brief.quotes} == {"Ada Lind", "Sheriff’s officials"}


def test_who_after_an_apposition_is_the_named_person() -> None:
    brief = _run(
        "Among those absent was Ada Lind, a councillor who had said she would boycott the vote "
        "on the harbour."
    )
    assert [q.speaker for q in brief.quotes] == ["Ada Lind"]


def test_according_to_a_record_names_who_published_it() -> None:
    brief = _run(
        "The Harbour Authority of Norland publishes monthly traffic reports. The toll will rise "
        "by 4 euros, according to estimates released on Monday by the Harbour Authority of "
        "Norland. Traffic fell by a third, according to figures from the Halvik Port Company."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    toll = [v for k, v in said.items() if "toll" in k]
    traffic = [v for k, v in said.items() if "Traffic" in k]
    assert toll == ["Harbour Authority of Norland"], said
    assert traffic == ["Halvik Port Company"], said


def test_the_agency_is_the_public_body_named_last() -> None:
    brief = _run(
        "The Norland Maritime Administration raised harbour fees on Monday. Halvik Shipping "
        "said it would pay. The agency said that the new fees start in May."
    )
    fees = [q.speaker for q in brief.quotes if "start in May" in q.text]
    assert fees == ["Norland Maritime Administration"], [(q.speaker, q.text) for q in brief.quotes]


def test_a_record_whose_publisher_is_not_named_still_speaks() -> None:
    brief = _run(
        "More than two dozen ferries were waiting outside Halvik on Wednesday, according to "
        "vessel-tracking data reviewed by Freight Week."
    )
    assert [q.speaker for q in brief.quotes] == ["vessel-tracking data"], brief.quotes


def test_he_is_not_a_woman_the_text_calls_ms() -> None:
    brief = _run(
        "Tomas Rukavina, the mayor, opened the session on Tuesday.\n\n"
        "Ms. Ingrid Solberg said the ferry would resume on Monday. "
        '"We have checked every mooring twice this week," he said.'
    )
    quote = next(q for q in brief.quotes if q.direct)
    assert quote.speaker == "Tomas Rukavina"


def test_she_learned_from_an_earlier_statement_is_not_the_next_he() -> None:
    brief = _run(
        'Peter Holm asked Maria Jensen about the delays on Tuesday. "No, no, I only drive the '
        'tram," Maria Jensen replied. "Call the depot about it," she said. "Fix the timetable '
        'first, please," he told Jensen.'
    )
    said = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert said["Fix the timetable first, please"] == "Peter Holm"


def test_according_to_mid_sentence_gives_the_clause_after_it() -> None:
    brief = _run(
        "It is striking that, according to Mara Lindqvist, the council sold the old pier in secret."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Mara Lindqvist"
    assert quote.text == "the council sold the old pier in secret"


def test_according_to_inside_a_relative_clause_is_not_a_statement() -> None:
    brief = _run(
        "Brandvik Holdings, which according to the audit owes four million crowns, closed its "
        "shipyard on Friday."
    )
    assert not [q for q in brief.quotes if q.verb == "according to"]


def test_trailing_according_to_is_cut_from_the_reported_clause() -> None:
    brief = _run(
        "Ada Lind said that there has been no ruling on the fares, and it may be a week "
        "before the ruling is made, according to Tor Berg, the council chairman."
    )
    quote = next(q for q in brief.quotes if q.speaker == "Ada Lind")
    assert quote.text.endswith("before the ruling is made")


def test_quotation_with_an_unknown_speaker_is_not_the_previous_speakers() -> None:
    brief = _run(
        '"The harbour stays closed for the winter," Maria Jensen said. "Congratulations to '
        'the whole crew on board," replied Harbour Watch.'
    )
    assert [q.text for q in brief.quotes if q.speaker == "Maria Jensen"] == [
        "The harbour stays closed for the winter"
    ]


def test_continued_attributes_a_quotation() -> None:
    brief = _run(
        '"We will rebuild the bridge by May," Ada Lind said. "Second, the tunnel will stay '
        'open all year," Oskar Brandt continued.'
    )
    said = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert said["Second, the tunnel will stay open all year"] == "Oskar Brandt"


def test_a_name_inside_the_quotation_is_not_the_he_who_speaks() -> None:
    brief = _run(
        '"I told the board the plan was sound," Oskar Brandt said.\n\n'
        'He went on: "If Ada Lind had sneezed, the papers would have blamed the weather for '
        'a week," he said.'
    )
    quote = next(q for q in brief.quotes if "sneezed" in q.text)
    assert quote.speaker == "Oskar Brandt"


def test_negated_or_refused_speech_reports_nothing() -> None:
    brief = _run(
        "The tribunal did not announce a verdict or say when it would rule. Vestra Energy "
        "refused to explain how it collected the meter data."
    )
    assert brief.quotes == []


def test_what_engineers_had_feared_is_not_their_statement() -> None:
    brief = _run(
        "Minutes after the docking, two panels on the capsule were still folded, as the "
        "engineers in Tromsvik had feared."
    )
    assert not [q for q in brief.quotes if "engineers" in q.speaker]


def test_reported_clause_keeps_a_subject_the_parser_hung_on_the_verb() -> None:
    # The parser hangs "more" on "said" and leaves "are trapped" with no subject.
    brief = _run("The rescue team said many more are trapped and feared to be under the rubble.")
    (quote,) = brief.quotes
    assert quote.text.startswith("many more are trapped")


def test_an_untagged_proper_name_speaks_for_its_quotation() -> None:
    brief = _run(
        "Ada Lind said the dredging plan was sound. Tomas Erling disagreed with the board on "
        'Monday. "It will fail next spring," Erling said.'
    )
    said = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert said["It will fail next spring"] == "Erling"


def test_a_second_verb_of_the_speaker_is_not_in_the_reported_clause() -> None:
    brief = _run(
        "Mayor Ada Lind said the city will rebuild the pier and pledged to raise the matter with "
        "the council. A harbour memo said the workers had fallen ill but did not go as far as to "
        "say they had been hospitalized."
    )
    texts = {q.text for q in brief.quotes}
    assert "the city will rebuild the pier" in texts
    assert "the workers had fallen ill" in texts


def test_a_pronoun_that_opens_the_reported_clause_stays() -> None:
    brief = _run(
        "Mayor Ada Lind inspected the pier on Monday. That means the harbour is unlikely to "
        "reopen before spring, she suggested."
    )
    (quote,) = brief.quotes
    assert quote.text.startswith("That means the harbour")


def test_a_statement_still_to_come_is_not_said() -> None:
    brief = _run(
        "VELTA — Mayor Ada Lind will propose a $6 million budget on Thursday that would take the "
        "harbour to its highest sustained levels of spending since the war, while running "
        "deficits above $1 million throughout the next decade. The port authority will announce "
        "on Friday that the harbour will close."
    )
    assert brief.quotes == []


def test_who_obtained_a_document_did_not_write_it() -> None:
    brief = _run(
        "The council plans to close the old pier by June, according to documents obtained by "
        "the Velta Courier."
    )
    assert not [q for q in brief.quotes if "Courier" in q.speaker]


def test_a_title_case_headline_does_not_speak() -> None:
    brief = _run(
        "Senator Ivo Kelner Thinks the Navy Is Too 'Soft' to Be Useful. If Only That Were True\n\n"
        "On Monday the harbour board met in Velta."
    )
    assert brief.quotes == []


def test_a_quotation_inside_a_reported_clause_is_its_speakers() -> None:
    brief = _run(
        "The senators met Ada Lind on Monday. But the senators still stressed that their plan "
        '"delivers on much" of what Lind had asked for in earlier talks.'
    )
    assert not [q for q in brief.quotes if q.speaker == "Ada Lind"]


@pytest.mark.parametrize(
    "name",
    [
        "Ada Lind",  # "she" after a paragraph break is the last sentence's subject
        # The small model tags "Brandvik" ORG as the subject here; the cluster knows her as a
        # person.
        "Sofia Brandvik",
    ],
)
def test_she_after_a_paragraph_break_is_the_last_sentences_subject(name: str) -> None:
    brief = _run(
        f"Teacher {name} spoke about Tomas Brandt, 6, on Friday.\n\n"
        f'{name.split()[-1]} called Tomas "the kindest young pupil that I have ever had the '
        'pleasure of teaching."\n\n'
        '"He liked to make the class giggle," she said in a statement.'
    )
    said = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert said["He liked to make the class giggle"] == name


def test_a_reported_clause_does_not_end_on_and() -> None:
    brief = _run(
        "Ada Lind said she bought goat milk powder, and when asked if she checked with a "
        "nurse if it was safe for an infant, she said that if the shop sells it then the "
        "powder must be safe."
    )
    assert not [q for q in brief.quotes if q.text.endswith((" and", ","))]


def test_the_day_of_saying_is_not_in_the_reported_clause() -> None:
    brief = _run("Ada Lind, the harbour master, said Tuesday the port would reopen in May.")
    (quote,) = brief.quotes
    assert quote.text == "the port would reopen in May"


def test_an_urged_object_ends_before_the_next_verb_of_the_speaker() -> None:
    brief = _run(
        "Mayor Ada Lind urged residents in the north in particular to stay indoors and said the "
        "city was ready to act immediately if the storm turned."
    )
    texts = {q.text for q in brief.quotes}
    assert "urged residents in the north in particular to stay indoors" in texts


def test_an_organisations_officer_named_after_it_speaks() -> None:
    brief = _run(
        "Harbour Workers Union (HWU) Chairwoman Ada Lind Tuesday warned she may advise members "
        "against joining talks hosted by the Port Authority unless the group makes changes."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Ada Lind"


def test_which_after_a_participle_phrase_is_the_noun_before_it() -> None:
    brief = _run(
        "The findings go beyond a harbour board memo, issued during the last weeks of the Lind "
        "administration, which said that several divers became sick in autumn."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "harbour board memo"


def test_a_second_verb_sharing_the_reported_subject_stays() -> None:
    brief = _run(
        "A Velta judge said the regulator was too vague in its filing and didn't do enough to "
        "support its claim that Kestrel had abused its power."
    )
    assert any(q.text.endswith("abused its power") for q in brief.quotes)


def test_a_quotation_word_is_not_the_subject_and_a_relative_clause_is_not_said() -> None:
    # The small model may make the quotation's first word a second subject of "told", and the
    # relative clause after "a call Monday that ..." the verb's clause.
    brief = _run(
        '"Congratulations, your excellency the general," Prime Minister Omar Haddad told army '
        "commander Sami Rahal in a telephone call Monday that was reported on the front page of "
        "the daily Al-Fajr."
    )
    said = {(q.speaker, q.text) for q in brief.quotes}
    assert said == {("Omar Haddad", "Congratulations, your excellency the general")}


def test_as_of_manner_or_time_is_not_as_someone_said() -> None:
    brief = _run(
        "The new order, which comes three weeks after the district recommended the same rules as a "
        "precaution, will start on Saturday."
    )
    assert not brief.quotes
    brief = _run("As Ana Velt said on Monday, the plant will close in the spring.")
    assert {(q.speaker, q.text) for q in brief.quotes} == {
        ("Ana Velt", "the plant will close in the spring")
    }


def test_a_passive_clause_keeps_its_past_conjunct() -> None:
    brief = _run(
        "In a statement, Velt said Berg was asked but declined to lead the new committee after a "
        "long dispute."
    )
    (quote,) = brief.quotes
    assert quote.text.startswith("Berg was asked but declined to lead the new committee")


def _run_sources(texts: list[str]) -> Brief:
    sources = []
    for n, text in enumerate(texts, 1):
        paras, pos = [], 0
        for block in text.split("\n\n"):
            paras.append(Paragraph(start=pos, end=pos + len(block)))
            pos += len(block) + 2
        sources.append(
            Source(id=f"S{n}", path=f"{n}.txt", kind="text", original=text, paragraphs=paras)
        )
    result: Brief = load_eval().run_facts(Brief(sources=sources, words=200))
    return result


def test_a_role_nominal_speaks_for_the_one_person_holding_the_role() -> None:
    brief = _run_sources(
        [
            "U.S. President Dan Kovar met the envoys in Velta on Monday. Kovar signed the order.",
            "The president said the tariffs would stay until the spring.\n\n"
            "The US president added that the envoys had been helpful.",
        ]
    )
    said = {(q.speaker, q.text.split()[1]) for q in brief.quotes}
    assert ("Dan Kovar", "tariffs") in said
    assert ("Dan Kovar", "envoys") in said
    brief = _run_sources(
        [
            "Russian President Ivan Dolgov arrived in Velta on Tuesday.",
            "The Russian leader said the talks had gone well.",
        ]
    )
    assert {(q.speaker, q.text.split()[1]) for q in brief.quotes} == {("Ivan Dolgov", "talks")}


def test_a_bare_role_with_two_holders_or_its_own_body_is_nobody_named() -> None:
    brief = _run_sources(
        [
            "President Dan Kovar of Velta met President Maria Holm of Halvik on Monday. Kovar "
            "and Holm smiled.",
            "The president said the tariffs would stay until the spring.\n\n"
            "The president of the rowing club said the race was cancelled.",
        ]
    )
    assert all(q.speaker not in ("Dan Kovar", "Maria Holm") for q in brief.quotes)


def test_denying_someone_a_thing_is_a_refusal_not_a_statement() -> None:
    brief = _run(
        "The Halvik court denied Orvane access to the harbour files on Monday. The board denied "
        "the request for a permit. Orvane denied that it had broken the rules. The mayor denied "
        "the allegations of fraud."
    )
    texts = {q.text for q in brief.quotes}
    assert texts == {"it had broken the rules", "denied the allegations of fraud"}


def test_pointing_a_thing_is_no_speech_verb_for_a_quotation() -> None:
    # "pointed his rifle" reports no speech: the quoted words are the report's, not the
    # suspect's (only "pointed to/out" speak).
    brief = _run(
        "The guard reached for the bag. As he turned, the suspect pointed his rifle at the "
        'clerk "and fired one final time," according to the Brennick police report.'
    )
    assert not [q for q in brief.quotes if q.direct and q.speaker == "suspect"]


def test_a_short_title_with_small_function_words_is_not_a_statement() -> None:
    # "Born in Halvik" is a film's name: its capitals after the small words say so.
    brief = _run(
        'Critic Ada Lind says toward the end of the "Born in Halvik" documentary that it moved '
        'her. The station sold lists like "Winners and Losers" to advertisers, Lind said.'
    )
    assert not [q for q in brief.quotes if q.direct]


def test_a_reported_question_is_not_a_statement() -> None:
    # "explained why ...", "told them what ...": the clause names a question, not an answer.
    brief = _run(
        "Mayor Ada Lind explained why she would not say whether the pier would reopen. Later "
        "Lind told reporters what was happening inside the harbour office."
    )
    assert brief.quotes == []
    # A "when" inside the clause is a time of the statement, which stays.
    brief = _run("Mayor Ada Lind said when the storm hit, the roof of the harbour office fell in.")
    texts = [q.text for q in brief.quotes]
    assert texts == ["when the storm hit, the roof of the harbour office fell in"]


def test_he_is_the_speaker_of_the_sentence_before_not_its_subject() -> None:
    # "..., according to Velling." reports Velling's words about Tomas: the next "He said" goes
    # on with Velling, not with the boy the sentence was about.
    brief = _run(
        "Coach Brandt Velling said he would miss the boy. Tomas Arvid was cheerful and loved "
        "football, according to Velling. He said Tomas Arvid wanted to play for the national "
        "team."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["Tomas Arvid wanted to play for the national team"] == "Brandt Velling"


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_he_is_the_subject_named_last_not_a_conjunct_of_he(sep: str) -> None:
    # The sentence names Kessler as the subject of "insulted" and Kovac only beside "he": the
    # "he" of the next quotation is Kessler.
    brief = _run(
        "A fine was imposed on the station after Martin Kessler insulted a reporter over a show "
        f'that he and Anna Kovac had hosted.{sep}"The ratings will come back very soon," he said.'
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Martin Kessler"


def test_the_owner_of_an_answer_is_the_he_who_answers() -> None:
    brief = _run(
        'Pavel Rusk asked the witness about the merger. "Surely this tells you something," he '
        "asked. Martin Kessler's answer was not the one Rusk wanted. \"It is a sad day for the "
        'industry," he said.'
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["It is a sad day for the industry"] == "Martin Kessler"


@pytest.mark.parametrize("direct", [True, False])
def test_a_thing_tagged_as_a_person_never_takes_she(direct: bool) -> None:
    # "Verlin, the planet": the cluster knows Verlin as no person, even where the tagger calls
    # it one as a sentence's subject.
    said = (
        '"It is a cold and lonely world," she said.'
        if direct
        else "Verlin was reclassified in 2006, and she said the crust is mostly ice."
    )
    lead = "Verlin has two moons. " if direct else ""
    brief = _run(
        "Astronomer Ada Lind has studied the outer system for years. Verlin, the planet, has a "
        f"thin atmosphere. {lead}{said}"
    )
    assert [q.speaker for q in brief.quotes] == ["Ada Lind"]


def test_a_guessed_she_teaches_no_gender() -> None:
    # "she" after three names is a guess (the last one named); it must not make Petr Alm a woman
    # for the "he" of the paragraph about him.
    brief = _run(
        "Officials from Northport met on Monday. The meeting was attended by Ivo Marek, Lena "
        'Sova and Petr Alm.\n\n"The harbour must reopen very soon," she said.\n\n'
        'Petr Alm left the meeting early. "I have a train to catch tonight," he said.'
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["I have a train to catch tonight"] == "Petr Alm"


def test_whose_mother_or_coach_someone_is_does_not_speak() -> None:
    # The boy is named only to say whose mother or coach speaks: neither the mother's words nor
    # the coach's "He says" are his.
    brief = _run(
        "The mother of Tomas Arvid, one of the teens who rushed to help, said her son is feeling "
        "better. He was moved out of intensive care, but she says doctors are still worried about "
        "his kidneys.\n\nReporters spoke with Tomas Arvid's former football coach on Tuesday. He "
        "says the whole team is heartbroken."
    )
    assert not [q for q in brief.quotes if q.speaker == "Tomas Arvid"]


def test_a_possessor_in_the_sentence_may_be_him() -> None:
    # "Karel Dost's office quoted him": the office quotes its minister, the sentence before's
    # subject; a possessor is no object that "him" cannot be.
    brief = _run(
        '"We have no part in this quarrel," Premier Ivan Holt told reporters on Sunday. Defence '
        'Minister Karel Dost ordered the army to stay away from the border. "We want talks, not a '
        "war,\" Karel Dost's office quoted him on Sunday as saying."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["We want talks, not a war"] == "Karel Dost"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hospitals in Velta are short of staff.\n\n"
            '"Every week the ward loses another nurse to burnout." So said Mara Kello, a charge '
            "nurse at Velta General, Mara Kello, on Tuesday.",
            "Mara Kello",
        ),
        (
            "Hospitals in Velta are short of staff.\n\n"
            '"Every week the ward loses another nurse to burnout." So commented Mara Kello, a '
            "charge nurse at Velta General.",
            "Mara Kello",
        ),
        (
            "Ambulance crews in Velta work long shifts.\n\n"
            '"Tired, underpaid and overlooked by everyone" was how Tomas Rield, the director of '
            "the ambulance service, described his crews.",
            "Tomas Rield",
        ),
        (
            "Ambulance crews in Velta work long shifts.\n\n"
            "“Every single week, we are losing staff.” So commented a nurse.",
            "nurse",
        ),
        (
            "Ambulance crews in Velta work long shifts.\n\n"
            "“Tired, underpaid and overlooked” was how a director of ambulance services in "
            "Ostria described the crews.",
            "director of ambulance services",
        ),
    ],
)
def test_the_speaker_named_right_after_the_quotation(text: str, speaker: str) -> None:
    # The quotation first, its speaker in the words after it: "So said X", "was how X put it".
    brief = _run(text)
    assert [q.speaker for q in brief.quotes if q.direct] == [speaker]


def test_the_outgoing_governor_is_the_one_governor() -> None:
    brief = _run(
        "Governor Ivo Marek signed the budget on Friday in Northport.\n\n"
        "The outgoing governor said the harbour tax would stay in place for another year."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said.get("the harbour tax would stay in place for another year") == "Ivo Marek"


def test_a_statement_repeated_reworded_is_listed_once() -> None:
    brief = _run(
        "Envoy Lena Sova spoke in Northport on Monday. Sova said a summit is only possible if "
        "headway is made in the talks between Velta and Ostria.\n\n"
        "Later she returned to the point. Sova said a summit is possible only if headway is made "
        "in the talks between Ostria and Velta."
    )
    assert len([q for q in brief.quotes if q.speaker == "Lena Sova"]) == 1


def test_a_long_unnamed_speaker_is_named_without_where_they_are() -> None:
    brief = _run(
        '"We cannot keep the wards open much longer," said a director of ambulance services in '
        "Ostria."
    )
    assert [q.speaker for q in brief.quotes] == ["director of ambulance services"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 52% of Nordland adults say the ferry tax is unfair to island families.",
        "About 40 percent of residents said the ferry tax was unfair to island families.",
        "The letter said the ferry company had broken its promises to the island towns.",
        "Reports say the ferry company had broken its promises to the island towns.",
        "The plan says the ferry company will lose its licence by next spring.",
        "Nine in 10 voters say the ferry tax is unfair to island families.",
    ],
)
def test_a_share_of_people_or_a_bare_thing_is_no_speaker(text: str) -> None:
    assert _run(text).quotes == []


def test_people_named_by_a_common_noun_still_speak() -> None:
    brief = _run(
        "Police said the ferry was late. Officials said the tax would stay. Analysts said the "
        "island towns would lose trade."
    )
    assert {q.speaker for q in brief.quotes} == {"Police", "Officials", "Analysts"}


def test_a_survey_named_after_its_body_is_the_bodys() -> None:
    brief = _run(
        "Views on the ferry tax are deeply divided, according to a new Halvik Policy Institute "
        "survey released Tuesday."
    )
    assert [q.speaker for q in brief.quotes] == ["Halvik Policy Institute"]


def test_a_relative_clause_missing_its_subject_is_no_statement() -> None:
    brief = _run(
        "The Velmar navy seized rockets that the ministry said were made in Ostria. The ministry "
        "said the rockets were old."
    )
    assert [q.text for q in brief.quotes] == ["the rockets were old"]


def test_a_role_with_its_country_or_body_is_the_one_person_holding_it() -> None:
    # "the Velmar president" and "the party's leader" name the one person the source (or the
    # cluster) gives that role, not a role of their own.
    brief = _run_sources(
        [
            "President Dan Kovar met the envoys in Halvik on Monday. Kovar signed the order.",
            "The Velmar president said the tariffs would stay until the spring.",
        ]
    )
    assert [q.speaker for q in brief.quotes] == ["Dan Kovar"]
    brief = _run(
        "Harbour Party leader Ada Lind was questioned for two days in Northport.\n\n"
        "The Harbour Party leader said the police had kept her waiting for hours."
    )
    assert [q.speaker for q in brief.quotes] == ["Ada Lind"]


def test_a_role_of_another_country_is_not_its_holder() -> None:
    brief = _run_sources(
        [
            "Ostrian President Dan Kovar met the envoys in Halvik on Monday. Kovar signed it.",
            "The Velmar president said the tariffs would stay until the spring.",
        ]
    )
    assert all(q.speaker != "Dan Kovar" for q in brief.quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Days after the Centers for Harbour Safety (CHS) advisory committee said the ferries "
            "should stay in port, the towns voted.",
            "advisory committee",
        ),
        ("Earlier reporting said the ferry company had broken its promises to the towns.", None),
    ],
)
def test_a_speaker_span_is_whole_and_a_speaker(text: str, speaker: str | None) -> None:
    said = [q.speaker for q in _run(text).quotes]
    assert all(")" not in s for s in said)
    assert said == ([speaker] if speaker else [])


def test_a_where_phrase_or_a_question_is_no_statement() -> None:
    brief = _run(
        "Mayor Ada Lind said live on Harbour Morning Radio. The ferry company announced just how "
        "much money the towns would get. Lind said the ferries would run again on Monday."
    )
    assert [q.text for q in brief.quotes] == ["the ferries would run again on Monday"]


def test_a_body_word_several_named_bodies_share_is_not_one_of_them() -> None:
    # "the navy" where the cluster names two navies is not the one another source called
    # "the Navy"; in a source naming neither it is an unnamed navy.
    brief = _run_sources(
        [
            "The Varnish Navy sent two frigates to the Orlen Strait on Monday. The Navy said the "
            "frigates would stay for a month.\n\nThe Ostrian Navy also patrols the strait.",
            "Last month, Ostria's navy drew criticism after sinking a fishing boat near Pell "
            "Island, but the navy says it fired in self-defence.",
        ]
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said.get("it fired in self-defence") not in ("Navy", "Varnish Navy")


@pytest.mark.parametrize(
    "text",
    [
        "Tovan Reel confirmed the news on her website on Saturday morning in a post to fans.",
        "Her agent, Pim Arlo, confirmed her death to the Daily Lantern on Thursday.",
        "The singer announced the news on Friday morning on her channel.",
    ],
)
def test_confirming_the_news_says_nothing_new(text: str) -> None:
    # "confirmed the news": the object only points back at what the story already told.
    assert _run(text).quotes == []


def test_news_the_object_carries_is_still_a_statement() -> None:
    brief = _run("Mayor Ilse Varga announced the closure of the Tarn bridge until May.")
    assert [q.speaker for q in brief.quotes] == ["Ilse Varga"]


def test_he_is_not_the_person_his_own_statement_names() -> None:
    brief = _run(
        "The smugglers fled when a patrol boat arrived, a coast guard spokesman said. Tomas "
        "Brek was later taken to hospital in Pell, he added."
    )
    assert all(q.speaker != "Tomas Brek" for q in brief.quotes)


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    # The unnamed spokesman who spoke in the sentence before is the "he" who adds more, not a
    # person merely named earlier.
    brief = _run(
        "Captain Ilse Varga inspected the trawler on Friday. The smugglers had fled before dawn, "
        "a coast guard spokesman said. The trawler was towed to Pell harbour, he added."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said.get("The trawler was towed to Pell harbour") == "coast guard spokesman"


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Fire marshal Dana Pruitt said a call came in from the Ostrel Inn at 4 : 15 a . m . "
            "from a clerk who saw smoke over the depot .",
            "Dana Pruitt",
            "a call came in from the Ostrel Inn at 4 : 15 a . m . from a clerk who saw smoke "
            "over the depot",
        ),
        (
            "Crews were at the depot by 6 a . m . and worked to keep the blaze from the fuel "
            "tanks , Pruitt said .",
            "Pruitt",
            "Crews were at the depot by 6 a . m . and worked to keep the blaze from the fuel tanks",
        ),
    ],
)
def test_a_statement_is_not_cut_at_an_abbreviations_dot(
    text: str, speaker: str, statement: str
) -> None:
    brief = _run(text)
    assert [(q.speaker.split()[-1], q.text) for q in brief.quotes] == [
        (speaker.split()[-1], statement)
    ]


def test_a_title_abbreviation_chain_is_not_the_speaker() -> None:
    brief = _run(
        "The verdict sends a clear message to every gang in the valley , said Dist . Atty . "
        "Marlon Tesk ."
    )
    assert {q.speaker for q in brief.quotes} == {"Marlon Tesk"}


@pytest.mark.parametrize(
    "text",
    [
        "Scouts had expected the young Halvik winger to score on a regular basis last season .",
        "Producers expect the new Marrow Bay series to draw a large audience in the spring .",
        "Most people thought the Tarnfield bridge would reopen before the winter .",
        "I do n't want people to think the Orvane mayor is some kind of villain , she said .",
    ],
)
def test_an_expectation_or_a_crowds_belief_is_no_statement(text: str) -> None:
    brief = _run(text)
    crowd = {"Scouts", "Producers", "Most people", "people"}
    assert not {q.speaker for q in brief.quotes} & crowd


def test_an_expectation_with_a_clause_is_still_a_statement() -> None:
    brief = _run(
        "Kelvar Telecom expects the Dunmore cable will not be fully repaired before March ."
    )
    assert [q.speaker for q in brief.quotes] == ["Kelvar Telecom"]


def test_bare_information_is_no_speaker_but_who_sent_it_is() -> None:
    brief = _run(
        "A fault has cut the Dunmore cable near the Arlen landing station , according to "
        "information received from Kelvar Telecom ."
    )
    assert [q.speaker for q in brief.quotes] == ["Kelvar Telecom"]
    brief = _run(
        "The Dunmore cable was cut near the Arlen landing station , according to information ."
    )
    assert [q.speaker for q in brief.quotes] == []


def test_expecting_to_do_something_is_still_a_statement() -> None:
    brief = _run("Kelvar Telecom said it expects to finish the Dunmore cable repairs by March .")
    assert {q.speaker for q in brief.quotes} == {"Kelvar Telecom"}


def test_a_representative_for_a_person_speaks_not_that_person() -> None:
    brief = _run(
        "The actor Tomas Brill was not hurt in the crash on Friday . A representative for "
        "Mr. Brill said the actor was resting at home ."
    )
    speakers = [q.speaker for q in brief.quotes]
    assert len(speakers) == 1 and speakers[0] != "Tomas Brill"
    assert speakers[0].startswith("representative")


@pytest.mark.parametrize(
    "text",
    [
        '" Our focus right now is to get the harbour repaired , " said Harold T . Brandvik , a '
        "local pastor who is working with the families .",
        "Ada K . Lindqvist said on Monday that the harbour vote was delayed until spring .",
    ],
)
def test_a_speaker_name_runs_on_over_a_middle_initial(text: str) -> None:
    brief = _run(text)
    assert [q.speaker for q in brief.quotes] in (["Harold T. Brandvik"], ["Ada K. Lindqvist"])


@pytest.mark.parametrize("who", ["Anton Kellner", "Prof Anton Kellner"])
def test_he_is_the_main_clause_subject_not_one_named_in_a_clause_under_it(who: str) -> None:
    brief = _run(
        f"So how did {who} feel the day he heard that Vesta had been demoted ? Was "
        "it a moment of joy ? He told me he sensed it was more like a mercy killing ."
    )
    assert [q.speaker for q in brief.quotes] == ["Anton Kellner"]


def test_a_gun_named_after_its_calibre_is_no_person_she_can_be() -> None:
    brief = _run(
        "Dana Holt had argued with co - workers . She returned with a . 357 Magnum that she "
        "legally owned . She pointed the gun at two guards . She said she sought out the three "
        "coworkers from her shift and opened fire ."
    )
    assert "Magnum" not in {q.speaker for q in brief.quotes}


@pytest.mark.parametrize("nickname", ["Comet Hunter", "Comet hunter"])
def test_a_quoted_nickname_as_speaker_is_the_person_it_stands_for(nickname: str) -> None:
    brief = _run(
        'Astronomer Maria Lund found the comet in 2016 . "It fits the orbit perfectly," Lund '
        f'said . The "{nickname}" added : "Nobody else saw it coming that night."'
    )
    assert {q.speaker for q in brief.quotes} == {"Maria Lund"}


def test_a_nickname_inside_a_name_names_that_person() -> None:
    brief = _run(
        'Boxer Dwayne "The Hammer" Kolby won the title in Velmar on Saturday . The Hammer told '
        "reporters that the belt meant everything to him ."
    )
    (quote,) = brief.quotes
    assert quote.speaker.endswith("Kolby")


def test_the_company_is_not_a_country_named_before_it() -> None:
    brief = _run(
        "Varnex Dairy said on Friday it had fired six workers. The practice had already been "
        "ended at its other plants in the United States, the company said."
    )
    assert "United States" not in {q.speaker for q in brief.quotes}


def test_the_company_after_a_body_the_cluster_does_not_know_is_nobody() -> None:
    # "Tollbrook" alone ends three listed bodies, so the index cannot say which it is: the
    # company that defends is then no one sure, not the older "Nordic Tollbrook".
    brief = _run(
        "Harlow Metals said on Monday that it had named a new chair. Tollbrook PLC owns Nordic "
        "Tollbrook. Shares in Atlantic Tollbrook fell. Investors said the pay rise showed a lack "
        "of discretion by Tollbrook’s board. The company defended the pay rise, saying the "
        "chief had met his targets."
    )
    assert [q.speaker for q in brief.quotes if "targets" in q.text] == []


def test_who_far_from_any_noun_is_a_question_word_not_a_relative_pronoun() -> None:
    brief = _run(
        "The following ensued when Lind questioned exactly who claimed the mayor was losing ."
    )
    assert "following" not in {q.speaker for q in brief.quotes}


def test_a_text_with_its_day_is_no_speaker() -> None:
    brief = _run("A report on Tuesday said Ostria had the highest number of floods last year .")
    assert not brief.quotes


@pytest.mark.parametrize(
    "text",
    [
        "New evidence suggests that the bridge in Ostria collapsed because of poor welding .",
        "Severe flooding is common along the coast , suggesting that the dikes of Velmar will "
        "not hold much longer .",
    ],
)
def test_evidence_suggesting_something_is_no_speaker(text: str) -> None:
    assert not _run(text).quotes


def test_people_suggesting_something_still_speak() -> None:
    brief = _run("Local engineers suggest that the bridge in Ostria fell because of bad welding .")
    assert [q.speaker for q in brief.quotes] == ["Local engineers"]


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow videotape, said Dana Voss, the family's lawyer, shows that the mayor knew "
        "of the plan.",
        "The Harlow videotape, said Dana Voss, the family's lawyer, offers an ``opportunity to "
        "judge the mayor's honesty.''",
    ],
)
def test_an_inverted_said_between_commas_names_who_spoke(text: str) -> None:
    # "X, said Y, the lawyer, offers ...": Y speaks; the tape is what the sentence is about.
    brief = _run(text)
    assert brief.quotes
    assert {q.speaker for q in brief.quotes} == {"Dana Voss"}


@pytest.mark.parametrize(
    "honour",
    [
        "is now the T. Varga Distinguished Service Professor Emeritus of Law at the University "
        "of Dorvik",
        "won the Public Service Award in 2010",
        "received the Distinguished Public Service Medal in 2010",
    ],
)
def test_an_award_or_a_named_chair_is_no_agency(honour: str) -> None:
    brief = _run(
        f"The space agency launched the probe on Sunday. Kell {honour}. The probe will reach a "
        "speed of 400,000 mph, the agency said."
    )
    (quote,) = brief.quotes
    assert not any(w in quote.speaker for w in ("Award", "Medal", "Distinguished", "Service"))


def test_who_declared_after_the_main_clause_speaks_not_its_subject() -> None:
    # The parser may join "declared" to "is bracing" as its conjunct; the names right before
    # the verb are its subject.
    brief = _run(
        "The Republic of Velmar is bracing for a partial government closure after the Crown "
        "Palace and parliamentary Liberals declared that they would reject a budget bill."
    )
    (quote,) = brief.quotes
    assert "Crown Palace" in quote.speaker
    assert "Velmar" not in quote.speaker


def test_an_unnamed_possessor_speaks_without_its_possessive_ending() -> None:
    brief = _run(
        "The province could lose an estimated $90 million a week if the ministries close "
        "Tuesday night, according to a regional economist’s projections."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "regional economist"


def test_attorneys_for_named_people_speak_not_the_people() -> None:
    brief = _run(
        "Attorneys for Vance and Kell have firmly denied the fresh allegations, contained "
        "in a claim filed in district court."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Attorneys for Vance and Kell"


def test_the_first_half_of_a_hyphenated_word_is_no_subject() -> None:
    brief = _run(
        "Veltaris lived in swamps and may have hopped from reed to reed, says study co-author "
        "Ada Lind, a paleontologist at the Dorvik Academy."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Ada Lind"


def test_a_place_apposed_to_where_a_speaker_is_goes_with_the_place() -> None:
    brief = _run(
        "A female protester in Halvik, the capital city to the south, said it was much harder "
        "to demonstrate there."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "female protester"


def test_according_to_a_relay_before_a_speech_verb_is_not_the_speaker() -> None:
    # "Lind, according to a reporter, replied: ...": the reporter relays what Lind said.
    brief = _run(
        "Asked whether she ruled out running for the top job, Lind, according to a U.S. "
        'reporter, replied: "Oh yes, yes. I am very happy to be doing what I am doing."'
    )
    assert all(q.speaker != "U.S. reporter" for q in brief.quotes)


def test_the_report_is_not_a_newsletter_named_report() -> None:
    brief = _run(
        "The Varnish Institute published a newsletter, the Southern Dorvik Report, for years. "
        "The report said officials who have not sought pardons should be charged."
    )
    assert all(q.speaker != "Southern Dorvik Report" for q in brief.quotes)


def test_a_chanting_crowd_is_who_a_chant_is_from() -> None:
    brief = _run(
        "Naveh said the proposal was unacceptable. Hundreds of supporters marched through the "
        'town. "We want prisoners, not promises," the crowd chanted.'
    )
    chant = next(q for q in brief.quotes if q.direct)
    assert chant.speaker == "crowd"



def test_a_clause_opening_on_whether_is_a_question() -> None:
    # A headline's "X to announce whether ...": what will be decided, nothing said.
    brief = _run("Mayor Anton Brecht to announce this week whether he will open a pier review")
    assert brief.quotes == []


def test_legislation_and_an_amendment_do_not_speak() -> None:
    brief = _run(
        "A new panel to review the Velmar harbour fire would have nine members and the power to "
        "call witnesses, according to legislation released by council leader Dana Orlik.\n\n"
        "Velmar’s amendment takes a current rule saying lessons “may not hide major events, "
        "such as the great flood” and adds “the drought, the fire and the dock strike.”"
    )
    assert brief.quotes == []


def test_allies_of_a_person_are_not_that_person() -> None:
    brief = _run("Allies of former mayor Tomas Grell said a review of the pier was not necessary.")
    assert [q.speaker for q in brief.quotes] == ["Allies of former mayor Tomas Grell"]


def test_a_quotation_between_marks_of_two_shapes() -> None:
    # One straight and one curly mark around a quotation (copy-editing slips): still quoted.
    brief = _run(
        '"Our ferries will run on time from next spring onwards,” Councillor Dana Orlik told '
        "reporters.\n\n"
        'The plan is ready. “The money for the pier is there and it is safe," Councillor Dana '
        "Orlik said."
    )
    assert [q.direct for q in brief.quotes] == [True, True]
    assert {q.speaker for q in brief.quotes} == {"Councillor Dana Orlik"}


def test_a_quotation_inside_a_failed_warning_is_not_the_subjects() -> None:
    # "failed to warn that X planned to "shut the port"": the words are X's plans, and the
    # officials said nothing.
    brief = _run(
        "Ferry officials failed to warn the harbour police before the strike that angry dockers "
        "were planning to “shut the port,” block its roads and “burn the boats,” according to a "
        "new report by two council committees."
    )
    assert all(q.speaker != "Ferry officials" for q in brief.quotes)


def test_explained_to_someone_why_is_a_question() -> None:
    brief = _run(
        "Board chair Lenka Voss explained to residents why an assessed $4 million in repairs to "
        "the pier was necessary."
    )
    assert brief.quotes == []


def test_a_reported_span_ending_inside_a_quotation_takes_its_closing_mark() -> None:
    # 'won't "be rebuilt overnight."': the closing mark comes after the full stop; the shown
    # text must not open a quotation it does not close, and its offsets stay true.
    text = 'Mayor Dana Orlik said the old pier won\'t "be rebuilt overnight."'
    brief = _run(text)
    (quote,) = brief.quotes
    assert quote.text.count('"') == 2
    assert text[quote.start : quote.end] == quote.text


def test_joked_that_reports_a_statement() -> None:
    brief = _run("Councillor Dana Orlik joked that the ferry would outlast the harbour itself.")
    (quote,) = brief.quotes
    assert "Orlik" in quote.speaker


def test_the_party_governor_is_the_governor_with_an_abbreviated_title() -> None:
    brief = _run(
        "Velmar Gov. Tomas Brandt signed the harbour bill on Monday.\n\n"
        "The Republican governor said the new pier would open to ferries by next summer."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Tomas Brandt"


def test_he_after_a_passive_sentence_is_its_subject() -> None:
    # "Brandt was fired ... . He says ...": the passive subject is who the sentence is about,
    # before the last person quoted.
    brief = _run(
        '"I only explained our customs to them," Ambassador Lena Marsk said. Tomas Brandt was '
        "dismissed as harbour master in May and later detained, appearing in court with a swollen "
        "eye. He says he was beaten by the guards."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["he was beaten by the guards"] == "Tomas Brandt"


def test_he_in_a_clause_under_a_named_subject_is_that_subject() -> None:
    brief = _run(
        '"I only explained our customs to them," Ambassador Lena Marsk said. Later that week, '
        "Tomas Brandt was detained at his home and held for ten days, during which he says he "
        "was beaten by the guards."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said["he was beaten by the guards"] == "Tomas Brandt"


def test_the_league_is_no_body_whose_name_only_contains_league() -> None:
    # "Major League Baseball" is a baseball body, not "the league" of the story.
    brief = _run(
        "The Northern Hoop Association has never lost games to a dispute, unlike Major League "
        "Baseball. The league said it would decide within ten days whether to cancel more games."
    )
    assert all(q.speaker != "Major League Baseball" for q in brief.quotes)


def test_the_group_is_the_unnamed_group_just_mentioned() -> None:
    brief = _run(
        "Ministers met at the Dorvik Economic Forum on Monday. Meanwhile, a group of Velmar "
        'legislators said they plan to attend the trial. "We feel that watching the trial is '
        'our quiet statement of hope for the region," the group said in a statement.'
    )
    direct = next(q for q in brief.quotes if q.direct)
    assert direct.speaker != "Dorvik Economic Forum"


def test_a_name_the_speakers_include_is_not_the_speaker() -> None:
    # "the 18 scientists, including Ada Lind": the group speaks; she is one of them.
    brief = _run(
        'The origin of the harbour leak is still unclear, and more work is needed. "More tests '
        'are needed to find the source of the leak," said the 18 scientists, including Ada '
        "Lind of the Dorvik Institute.\n\n"
        "After meeting ministers, including Prime Minister Tomas Brandt, members of the Velmar "
        "Business Council said they were hopeful about the economy."
    )
    assert brief.quotes
    assert all(q.speaker not in ("Ada Lind", "Tomas Brandt") for q in brief.quotes)


def test_a_sighed_or_cried_quotation_is_the_sighing_speakers() -> None:
    # "sighed", "cried out", "proclaimed:" attribute a quotation as "said" does; unknown, the
    # quotation went to the speaker quoted before.
    brief = _run(
        "Dov Tamsin said the harbour would stay closed. "
        '"Nobody in this town remembers a winter like it," sighed Mara Olwen, a ferry pilot. '
        '"We will rebuild every pier," Pell Aston cried out from the quay. '
        'Then the mayor, Ivo Brannock, proclaimed: "The ferries sail again on Monday."'
    )
    direct = {q.text[:12]: q.speaker for q in brief.quotes if q.direct}
    assert direct == {
        "Nobody in th": "Mara Olwen",
        "We will rebu": "Pell Aston",
        "The ferries ": "Ivo Brannock",
    }


def test_how_often_someone_spoke_is_not_who_spoke() -> None:
    brief = _run(
        "Ilse Varga, the transport minister, noted she had several times told reporters that "
        '"the bridge tolls will fall next spring."'
    )
    assert brief.quotes
    assert {q.speaker for q in brief.quotes} == {"Ilse Varga"}


def test_the_day_an_editorial_ran_is_no_part_of_its_name() -> None:
    brief = _run(
        '"The port cannot wait another winter for its new cranes," said an editorial Saturday '
        "in the Dorvik Courier."
    )
    (quote,) = brief.quotes
    assert "Saturday" not in quote.speaker


def test_a_kind_of_thing_that_denies_something_is_no_speaker() -> None:
    # "content that denies X" says what kind of content, not what anyone said; "officials who
    # said ..." (past) and "the group, which says ..." still report.
    brief = _run(
        "Kestrel will no longer let advertisers, publishers, and Velmar creators to monetize "
        "content that denies the existence of sea tides. The company detailed the changes on "
        "Thursday. Residents who said they saw the flood were moved to the school."
    )
    assert {q.speaker for q in brief.quotes} == {"Residents"}
    # People who hold a view in the present ("critics who say") are reported.
    brief = _run(
        "Critics who say the closure will hurt the island have asked the council to think "
        "again. Experts who warn that Velmar will lose trade were not consulted."
    )
    assert {q.speaker for q in brief.quotes} == {"Critics", "Experts"}


def test_a_statement_runs_on_over_an_abbreviated_rank() -> None:
    brief = _run(
        "Ivo Tarrant said he sent the letter on Monday to the chairman of the Dorvik Harbour "
        "Authority Brig. Gen. Oren Tashi. Tashi was not available for comment."
    )
    (quote,) = brief.quotes
    assert quote.text.endswith("Oren Tashi")


def test_when_a_group_met_is_no_part_of_who_spoke() -> None:
    brief = _run(
        "The panel backed the plan, even though scientists during a hearing said there was not "
        "enough data to support the new ferry timetable."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "scientists"


def test_a_statement_someone_issued_that_says_something_is_theirs() -> None:
    brief = _run(
        "Lina Ostrava, the Velmar governor, issued a statement on Sunday that said she is "
        "prepared to call in retired nurses to staff the wards."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Lina Ostrava"


def test_an_agency_relaying_a_speakers_aside_relays_the_speaker() -> None:
    brief = _run(
        "Based on this, Ivo Tarrant said, Velmar was skeptical about the sincerity of the "
        "Dorvik delegation, the Harbour News agency reported."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Ivo Tarrant"


def test_according_to_after_a_quoted_speaker_only_relays_him() -> None:
    brief = _run(
        '"My fate is in your hands," Ivo Tarrant told the councillors, according to members '
        "who were present."
    )
    assert brief.quotes
    assert {q.speaker for q in brief.quotes} == {"Ivo Tarrant"}


def test_a_label_opening_a_reported_sentence_is_no_part_of_it() -> None:
    brief = _run(
        "What's happening: Velmar ferries will stop at midnight from next week, a harbour "
        "official told reporters on a Tuesday call."
    )
    (quote,) = brief.quotes
    assert quote.text.startswith("Velmar ferries")


def test_each_of_a_crowd_saying_something_is_no_speaker() -> None:
    brief = _run(
        "The marchers used a relay system, in which others echo what each speaker says so "
        "everyone at the back of Korvel Square could hear."
    )
    assert not brief.quotes


def test_a_video_or_footage_is_no_speaker() -> None:
    brief = _run(
        "No guards stepped in to help the injured driver, according to security camera video "
        "reviewed by the inspectors."
    )
    assert all("video" not in q.speaker for q in brief.quotes)


def test_a_participle_drawing_a_finding_has_no_speaker() -> None:
    brief = _run(
        "Worse, the trial found that the increased tolerance continued for two days after "
        "exposure, suggesting it could be passed on."
    )
    assert not brief.quotes


def test_a_text_someone_wrote_speaks_for_its_writer() -> None:
    brief = _run(
        "Oskar Velde, who built the Dorvik ferries, died in March. His letter to the harbour "
        "council suggests that, near the end, he regretted selling the yard."
    )
    assert {q.speaker for q in brief.quotes} == {"Oskar Velde"}


def test_a_text_named_only_by_its_order_is_no_speaker() -> None:
    brief = _run(
        "The Dorvik ministry asked for calm on Monday. A second statement suggested that "
        "the ministry believed the fire was set on purpose."
    )
    assert all("statement" not in q.speaker for q in brief.quotes)


def test_the_firm_is_no_court_named_before_it() -> None:
    brief = _run(
        "Hallin Partners asked for its costs back on Tuesday. The request was made in papers "
        "filed this week in Dorvik Superior Court in Velmar. The firm said the case had cost "
        "it more than $2 million."
    )
    assert brief.quotes
    assert all("Court" not in q.speaker for q in brief.quotes)


def test_a_description_the_source_gave_one_named_person_is_that_person() -> None:
    text = (
        "Marta Velling, 45, a lawyer from Dunmore, filed the appeal on Friday. The 45-year-old "
        "lawyer said the ruling would not stand.\n\n"
        "Oskar Brandt, the 1996 Nobel Peace Prize winner, arrived in Halvik on Monday. The 1996 "
        "Nobel Peace Prize winner said the talks had stalled."
    )
    said = {q.text: q.speaker for q in _run(text).quotes}
    assert said["the ruling would not stand"] == "Marta Velling"
    assert said["the talks had stalled"] == "Oskar Brandt"


def test_a_description_of_another_holder_stays_unnamed() -> None:
    # "former", "other" or a place not in the named person's role may be someone else.
    text = (
        "Marta Velling, a lawyer from Dunmore, filed the appeal on Friday. The former lawyer "
        "said the ruling would not stand. The Ostrian lawyer said the court had erred badly."
    )
    said = {q.text: q.speaker for q in _run(text).quotes}
    assert "Marta Velling" not in {
        said.get("the ruling would not stand"),
        said.get("the court had erred badly"),
    }


def test_a_statement_runs_on_over_a_time_it_ends_inside() -> None:
    text = (
        "Sheriff Ada Kovel said deputies were called after a van was reported stolen just "
        "before 9 a.m. The driver has not been found."
    )
    (q,) = _run(text).quotes
    assert q.text.endswith("before 9 a.m.") or q.text.endswith("before 9 a.m")


def test_a_why_label_opening_a_reported_sentence_does_not_make_it_a_question() -> None:
    brief = _run(
        "Why it matters: The port handles most of the region's grain, Ada Lind said on Monday."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ada Lind", "The port handles most of the region's grain")
    ]


def test_a_clause_the_parser_splits_at_an_aside_is_one_statement() -> None:
    # The parser hangs "would be narrow" on "suggested" as a second clause after the aside.
    brief = _run(
        "The board suggested that the new rules, to be drafted in the spring, would be narrow."
    )
    (q,) = brief.quotes
    assert q.text == "the new rules, to be drafted in the spring, would be narrow"


def test_a_statement_tagged_on_with_a_perfect_tense() -> None:
    # "..., X has said": the auxiliary between the clause and its verb still tags it on.
    brief = _run(
        "Relations with Velmar are at their lowest in 30 years, Ostria's defence minister has "
        "said, warning of the danger of an accidental clash."
    )
    (quote,) = brief.quotes
    assert "defence minister" in quote.speaker
    assert quote.text == "Relations with Velmar are at their lowest in 30 years"


def test_a_speech_aside_inside_the_sentence() -> None:
    # "X, she said, Y": the aside hangs on the main verb; the sentence is what she said.
    brief = _run(
        "Ada Morrow visited the harbour on Monday. But in a big step forward, she said, many of "
        "the harbour workers were no longer pushing for an immediate walkout."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Ada Morrow"
    # Only the clause after the aside is one span without it (the opening phrase has no verb).
    assert quote.text == (
        "many of the harbour workers were no longer pushing for an immediate walkout"
    )


def test_a_clause_the_parser_hangs_on_that() -> None:
    # The parser takes "that" for the verb's object and hangs the whole clause under it.
    brief = _run(
        "Sen. Ada Morrow (D-Vel.) noted that accepting Tomas Vell’s offer to vote to lift the "
        "toll cap to a level high enough to cover the port’s costs until March would amount to "
        "“a small win.”"
    )
    quote = next(q for q in brief.quotes if not q.direct)
    assert quote.speaker == "Ada Morrow"
    assert quote.text.startswith("accepting Tomas Vell’s offer")
    assert "would amount to" in quote.text


def test_a_hyphenated_word_is_one_word() -> None:
    # "long-term" is three tokens but one word: too short to be a statement.
    brief = _run("“This includes posts calling the fares a fraud, claims denying that long-term...")
    assert not [q for q in brief.quotes if not q.direct]


def test_confirming_a_definite_toll_says_nothing_new() -> None:
    # "confirmed the death toll": a figure the story already gave, not what was said.
    brief = _run(
        "Ada Morrow, a spokeswoman for the navy, confirmed the death toll to the Tarnwick "
        "Courier by phone but cautioned that the figure might still climb."
    )
    assert [q.text for q in brief.quotes] == ["the figure might still climb"]


def test_a_plural_body_noun_is_not_one_named_body() -> None:
    # "the firms" are both firms named before, never the last one alone.
    brief = _run(
        "Orvane Ltd and Pellix Labs announced the trial on Monday. The firms said the pill cut "
        "hospital stays by half in patients with mild illness."
    )
    quote = next(q for q in brief.quotes if q.text.startswith("the pill"))
    assert quote.speaker not in ("Orvane Ltd", "Pellix Labs")


def test_the_police_still_name_the_police_force() -> None:
    brief = _run(
        "Tarnwick Police arrested a man on Monday. The police said the man was held on "
        "suspicion of arson at the harbour."
    )
    quote = next(q for q in brief.quotes if "suspicion" in q.text)
    assert quote.speaker == "Tarnwick Police"


def test_a_people_in_the_plural_speaks_as_written() -> None:
    # "the Velmarians said", "Republicans said": a group by nation or party, as written.
    brief = _run(
        "Most of the travellers were refused entry because they had no visas, the Velmarians "
        "said.\n\nAda Morrow won the vote. But Republicans said they were aghast at the tolls."
    )
    said = {q.speaker: q.text for q in brief.quotes}
    assert said.get("Velmarians", "").startswith("Most of the travellers were refused entry")
    assert said.get("Republicans") == "they were aghast at the tolls"


def test_a_relative_clause_with_a_gap_is_no_statement() -> None:
    # "the lowest fare Ada Morrow has said she would accept": what she would accept is the
    # fare outside the clause; "she would accept" alone says nothing.
    brief = _run(
        "The figure falls far below the lowest fare Ada Morrow has said she would accept for "
        "the harbour ferry."
    )
    assert not brief.quotes


def test_an_aside_after_the_subject_leaves_no_whole_statement() -> None:
    # "Exports, the office said, fell": without a gap the words are no statement; none is shown.
    brief = _run(
        "Ada Lind visited the port on Friday. Exports, the port office said, fell by a tenth in "
        "June."
    )
    assert brief.quotes == []


def test_an_attribution_tagged_on_at_the_end_is_cut_off() -> None:
    brief = _run(
        "The board also said the two firms were \"fully and jointly liable\" for the spill, the "
        "Coastal Times and Harbour Radio said."
    )
    texts = {q.text for q in brief.quotes if not q.direct}
    assert 'the two firms were "fully and jointly liable" for the spill' in texts
    assert not any(t.endswith("said") for t in texts)


def test_advice_to_admit_reports_nothing_said() -> None:
    # "should admit that X": the writer's advice, not a statement of theirs.
    brief = _run(
        "Ada Lind met the board on Monday. The Germans should admit that the plan failed badly "
        "last year."
    )
    assert brief.quotes == []


def test_that_before_kind_is_a_determiner() -> None:
    brief = _run("Strategists in both camps believe that kind of plan could prove useful.")
    (quote,) = brief.quotes
    assert quote.text == "that kind of plan could prove useful"


def test_an_aside_after_an_opening_phrase_keeps_the_clause_after_it() -> None:
    brief = _run(
        "Ada Lind visited the port on Friday. At one point, Lind said, her brother hid the boat "
        "in the barn."
    )
    (quote,) = brief.quotes
    assert (quote.speaker, quote.text) == ("Ada Lind", "her brother hid the boat in the barn")


def test_an_announced_thing_keeps_its_verb() -> None:
    brief = _run(
        "Scientists announced the discovery of a small, bird-like lizard with bright scales from "
        "southern Norway."
    )
    (quote,) = brief.quotes
    assert quote.text == (
        "announced the discovery of a small, bird-like lizard with bright scales from southern "
        "Norway"
    )


def test_a_clause_the_parser_splits_after_the_verb_is_no_object() -> None:
    # The parser takes the first name for the verb's object: the clause is still the statement.
    brief = _run(
        "The Harbour Police Department said Ada Lund, 32, and Mia Berg, 27, face charges after "
        "five boats were damaged at the Tarn marina."
    )
    (quote,) = brief.quotes
    assert quote.text.startswith("Ada Lund, 32, and Mia Berg, 27, face charges")


def test_a_quotation_the_narration_runs_on_into_is_no_statement() -> None:
    # 'said the plan "calls on ..."', 'accused him of "making ..."': lower-case words that only
    # finish the narration's sentence are not listed; a whole quoted clause still is.
    brief = _run(
        'Ada Lind said the charter "calls on the member states to take the steps needed." '
        'She accused the board of "making a farce of the rules." Lind said "the harbour will '
        'stay open all winter." But, she added, "the ferry fares must go up."'
    )
    assert [q.text for q in brief.quotes if q.direct] == [
        "the harbour will stay open all winter.",
        "the ferry fares must go up.",
    ]


def test_a_lower_case_second_piece_of_a_quotation_stays() -> None:
    brief = _run(
        "“I did not want to know the details,” Ada Lind says, “shame on me. I did not want my "
        "view of my uncle ruined.”"
    )
    assert [q.text for q in brief.quotes] == [
        "I did not want to know the details",
        "shame on me. I did not want my view of my uncle ruined.",
    ]


def test_a_denied_thing_keeps_its_verb_and_its_participle_phrase() -> None:
    brief = _run(
        "Attorneys for Vance and Kell have firmly denied the fresh allegations, contained "
        "in a claim filed in district court."
    )
    (quote,) = brief.quotes
    assert quote.text == (
        "denied the fresh allegations, contained in a claim filed in district court"
    )



def test_a_body_name_the_tagger_cut_is_whole() -> None:
    # The small model ends the body's name at "Lost" and tags only "Office" of the other.
    brief = _run(
        "According to the National Center for Lost and Stolen Bicycles, thefts rose by a third "
        "last year.\n\nThe Harwick County District Attorney's Office reopened the inquiry in 2016, "
        "saying it had new leads."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("National Center for Lost and Stolen Bicycles", "thefts rose by a third last year"),
        ("Harwick County District Attorney's Office", "it had new leads"),
    ]


def test_a_platform_the_words_appeared_on_is_not_she() -> None:
    brief = _run(
        "Clara Denholm, the cook, died on Monday at 66. She had a towering wit. A spokesman for "
        "the college said it was saddened, adding on Twitter that she had been a good friend. "
        'When asked about the show, she replied "no". "If you are tall you are tall," she told '
        "reporters in 2010."
    )
    assert ("Clara Denholm", "If you are tall you are tall") in [
        (q.speaker, q.text) for q in brief.quotes
    ]
    assert "Twitter" not in {q.speaker for q in brief.quotes}


def test_a_surname_alone_is_the_one_person_named_with_a_generation() -> None:
    brief = _run(
        "A judge freed Dale Orwin Jr. on Monday. The hearing lasted an hour. "
        '"I am the wrong man," Orwin said as he left the courtroom.'
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [("Dale Orwin Jr.", "I am the wrong man")]


def test_a_name_given_at_christening_is_no_new_speaker() -> None:
    # The small model cuts the long given name into several "people"; "she" is still Clara Reed.
    brief = _run(
        "Clara Reed, the television cook, has died aged 66. A spokesman for the college said it "
        'was saddened. "She was a force," he said.\n\nShe was christened Clara Theresa Philomena '
        "Maud Ingrid Beatrix Agnes Hilda Louise Rosamund Reed. In her memoir, she spoke "
        'of a happy childhood. "It was like living with a wild animal," she wrote.'
    )
    assert ("Clara Reed", "It was like living with a wild animal") in [
        (q.speaker, q.text) for q in brief.quotes
    ]


def test_a_sentence_run_into_the_speaker_is_not_of_its_name() -> None:
    brief = _run(
        "He was taken to a prison near the city. His inmate number is KT4412.Prosecutors said "
        "officials would decide where he would serve his sentence."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Prosecutors", "officials would decide where he would serve his sentence")
    ]


def test_a_record_passing_on_what_someone_told_is_not_the_speaker() -> None:
    # "according to" hangs on the verb of what he told her: his words, which the deposition
    # only passes on.
    brief = _run(
        "Tom Arvid ran the company for ten years. To other executives, Arvid expressed a "
        "different view. He told senior vice president Ada Lind that putting Velmar Online on "
        'the Windows start screen would amount to "putting a bullet in our foot," according to a '
        "deposition taken by the Trade Department."
    )
    assert [q.speaker for q in brief.quotes] == ["Tom Arvid"]


def test_a_statement_running_into_an_excerpts_cut_is_left_out() -> None:
    brief = _run(
        "Mayor Ada Lind said the city would hire more nurses.\n\n"
        "Lind said the city was also looking at using retired medics to..."
    )
    assert [q.text for q in brief.quotes] == ["the city would hire more nurses"]


def test_a_quotation_closed_before_an_excerpts_cut_stays() -> None:
    brief = _run('Mayor Ada Lind said the plan risked "wrecking the harbour budget"....')
    assert [q.text for q in brief.quotes] == ['the plan risked "wrecking the harbour budget"']


def test_a_while_clause_after_the_speakers_object_is_not_what_was_urged() -> None:
    brief = _run(
        "Governor Ada Lind urged voters on Sunday to reject the harbour levy, while rival "
        "candidate Tomas Brek criticized the press for its coverage of the race."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ada Lind", "urged voters on Sunday to reject the harbour levy")
    ]


def test_a_set_off_participle_after_an_infinitive_is_the_main_subjects() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.quotes import _subject

    # The parser hangs "arguing" on "to raise"; the one who pressed argues, not Lind.
    doc = load_spacy()(
        "Senator Tomas Brek pressed Governor Ada Lind, D-Va., to raise the harbour budget, "
        'arguing in a letter that further delay amounted to "gross neglect" that could ruin '
        "the city."
    )
    (verb,) = [t for t in doc if t.lower_ == "arguing"]
    assert verb.head.lower_ == "raise"
    assert _subject(verb).text == "Brek"


def test_a_long_title_with_a_subtitle_is_no_quotation() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.quotes import _a_term_or_title

    text = (
        "The launch will come with the release of Brek's new book, \u201cOnward: Notes on the "
        "Future of Our Harbour\u201d on May 3, two people close to him told the Herald."
    )
    doc = load_spacy()(text)
    s, e = text.index("\u201c"), text.index("\u201d") + 1
    assert _a_term_or_title(doc, s, e)
    # A quoted sentence with a colon still speaks: lower-case words past its first.
    said = 'He said: "Onward: we will fix the harbour and the roads of the town" on May 3.'
    doc = load_spacy()(said)
    assert not _a_term_or_title(doc, said.index('"'), said.rindex('"') + 1)


def test_an_outlets_possessive_run_into_a_reporters_name_is_not_the_speaker() -> None:
    # The tagger runs "Bloomberg’s Martin Halbrook" into one organisation.
    brief = _run(
        "The talks had stalled by noon, Bloomberg\u2019s Martin Halbrook reported from inside "
        "the hall."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Martin Halbrook", "The talks had stalled by noon")
    ]


def test_confirming_a_finding_the_story_gave_says_nothing_new() -> None:
    brief = _run(
        "The review found no lost ballots. The board confirmed the finding in a post but "
        "did not publish the full review."
    )
    assert brief.quotes == []


def test_a_participle_torn_off_the_clause_as_a_second_verb_stays_in_it() -> None:
    # The parser takes "vaccinated" for a second verb of "confirmed".
    brief = _run(
        "The harbour board on Friday confirmed it will direct the Port Authority of Halvik to "
        "ease entry rules on COVID-19 vaccinated foreign sailors."
    )
    assert [q.text for q in brief.quotes] == [
        "it will direct the Port Authority of Halvik to ease entry rules on COVID-19 vaccinated "
        "foreign sailors"
    ]


def test_confirming_the_toll_to_a_paper_says_nothing_new() -> None:
    # The parser hangs "to The Orvel Daily Herald" on "toll": a where-said phrase of the noun.
    brief = _run(
        "A bomb outside the main mosque killed at least two civilians, officials said.\n\n"
        "Omar Rashidi, a spokesman for the Port Agency, confirmed the death toll to The Orvel "
        "Daily Herald by telephone but cautioned that the tally could climb."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("officials", "A bomb outside the main mosque killed at least two civilians"),
        ("Omar Rashidi", "the tally could climb"),
    ]


def test_he_is_never_the_person_his_statement_names_even_paragraphs_back() -> None:
    # "He said Velt grabbed him": whoever "he" is, he is not Velt, though Velt is the person the
    # earlier paragraphs name (and no one else is named): the statement is left unattributed.
    brief = _run(
        "Actor Ivo Velt was accused on Monday by several men of misconduct. Velt has denied it.\n\n"
        "One of the men met him at a club in Orsa years ago. He said Velt grabbed his arm and "
        "tried to stop him from leaving."
    )
    said = {q.text: q.speaker for q in brief.quotes}
    assert said.get("Velt grabbed his arm and tried to stop him from leaving") != "Ivo Velt"


def test_mr_and_mrs_of_one_surname_speak_apart() -> None:
    # "Mr Dorsey" and "Mrs Dorsey" are two people: each one's words are their own, not the
    # full name's ("Ivo Dorsey" may be either).
    brief = _run(
        "Ivo Dorsey and his wife bought the farm in 1990.\n\n"
        '"The land was poor when we came," Mrs Dorsey said.\n\n'
        '"I loved it from the first day," Mr Dorsey said.'
    )
    assert {(q.speaker, q.text) for q in brief.quotes} == {
        ("Mrs Dorsey", "The land was poor when we came"),
        ("Mr Dorsey", "I loved it from the first day"),
    }


def test_a_definite_role_after_a_named_speaker_is_that_speaker() -> None:
    # "the actor" introduces no one new: it is the person the previous sentence reported.
    brief = _run(
        "Tomas Velling said Tuesday he had left the production in March. "
        '"I could not work with him any longer," the actor told a radio host.'
    )
    assert _said(brief) == {("Tomas Velling", False), ("Tomas Velling", True)}


def test_a_definite_role_named_with_someone_else_is_not_the_last_speaker() -> None:
    # "the actor told Velling": Velling is spoken to, so the actor is someone else.
    brief = _run(
        "Tomas Velling said Tuesday he had left the production in March. "
        '"You should not have left," the actor told Velling.'
    )
    assert ("Tomas Velling", True) not in _said(brief)


def test_a_colleague_of_a_named_person_is_not_that_person() -> None:
    brief = _run(
        "Ada Brenner ran the fund for a decade. "
        '"Nobody there believed the numbers," says a former colleague of Brenner.'
    )
    assert {q.speaker for q in brief.quotes} == {"former colleague of Brenner"}


def test_a_comparison_with_what_was_claimed_is_not_the_claim() -> None:
    # "not as wealthy as she had claimed": she claimed a fortune; the sentence says otherwise.
    brief = _run(
        "The filings showed that Anna Lindqvist was not as wealthy as she had long claimed. "
        "The repairs took twice as long as the mayor had said."
    )
    assert brief.quotes == []


def test_as_someone_said_still_reports_the_rest_of_the_sentence() -> None:
    brief = _run("As Anna Lindqvist said on Monday, the deal is dead.")
    assert [(q.speaker, q.text) for q in brief.quotes] == [("Anna Lindqvist", "the deal is dead")]


def test_a_fronted_verb_before_a_colon_names_a_new_speaker() -> None:
    # "Adds another former partner:": the partner speaks, not the person quoted before.
    brief = _run(
        '"The plan was sound," says Tomas Velling, who ran the fund. '
        'Adds another former partner: "Nobody checked the numbers."'
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Tomas Velling", "The plan was sound"),
        ("former partner", "Nobody checked the numbers."),
    ]


def test_quoted_as_with_a_speech_verb_other_than_say() -> None:
    # "quoted X as denying/warning": any speech verb in the "as ..." slot names X.
    brief = _run(
        "The agency quoted Mayor Tomas Grell as denying that the ferry would be sold.\n\n"
        "Ada Lind was quoted as warning that the bridge could close in the spring."
    )
    assert [(q.speaker, q.verb, q.text) for q in brief.quotes] == [
        ("Tomas Grell", "deny", "the ferry would be sold"),
        ("Ada Lind", "warn", "the bridge could close in the spring"),
    ]


def test_a_when_asked_tail_is_not_part_of_the_statement() -> None:
    # ", when asked about ..." says how the words came: the reporter's, not the speaker's.
    brief = _run(
        "Ada Lind told reporters the pier would reopen in May, when asked about the cost of the "
        "repairs.\n\nKarel Dost said the guards would open the gates when asked to by the crew."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ada Lind", "the pier would reopen in May"),
        ("Karel Dost", "the guards would open the gates when asked to by the crew"),
    ]


def test_quoted_as_rejecting_names_the_speaker_of_the_quotation() -> None:
    # "quoted X as rejecting ...: '...'": the frame says X spoke, whatever verb fills it; the
    # claim X rejected is not what X said.
    brief = _run(
        "Karel Dost runs the port. The Herald quoted Ada Lind, one of the port's lawyers, as "
        'rejecting the claim: "Let me be clear, the pier was never sold to anyone."\n\n'
        "The Herald quoted Ada Lind as rejecting the claim that the pier was unsafe."
    )
    assert [(q.speaker, q.direct, q.text) for q in brief.quotes] == [
        ("Ada Lind", True, "Let me be clear, the pier was never sold to anyone."),
    ]


def test_who_after_an_apposed_thing_stands_for_the_person() -> None:
    # "who" stands for a person: the parser hangs it on the paper, the owner spoke.
    brief = _run(
        "The inquiry was prompted by Karl Penrose, owner of Gazette, the weekly paper, who said "
        "on Monday that his reporters had found new letters."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Karl Penrose", "his reporters had found new letters"),
    ]


def test_according_to_the_speakers_own_figures_is_one_row() -> None:
    # "according to his calculations" inside what he said only says whose figures they are.
    brief = _run(
        "The engineer Paul Okafor said that, according to his calculations, the tunnel would "
        "cost 40 million dollars.\n\nLena Brandt said that, according to the audit, the budget "
        "was sound."
    )
    assert [(q.speaker, q.verb, q.text) for q in brief.quotes] == [
        ("Paul Okafor", "say", "the tunnel would cost 40 million dollars"),
        ("Lena Brandt", "say", "according to the audit, the budget was sound"),
        ("audit", "according to", "the budget was sound"),
    ]


def test_a_when_asked_to_comment_tail_is_not_part_of_the_statement() -> None:
    # "asked to discuss X" asks for words (a question); "asked to inspect X" is a request.
    brief = _run(
        "Lena Brandt said the budget was sound when asked to discuss the deficit at a meeting on "
        "Friday.\n\nKarel Dost said the guards would open the gates when asked to inspect the "
        "cargo."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Lena Brandt", "the budget was sound"),
        ("Karel Dost", "the guards would open the gates when asked to inspect the cargo"),
    ]


def test_a_quotation_after_another_persons_colon_is_not_the_last_speakers() -> None:
    # 'He began by praising the workers: "..."': his words, so Kovac's do not run on into them
    # (no row rather than a wrong one); "She was blunt:" after her own words still carries.
    brief = _run(
        'Rep. Anna Kovac of Ohio said: "We have done our part. The rest is up to them." But Rep. '
        "Martin Olsen of Texas, who has led the effort to close the yard, dismissed her "
        'arguments as wishful thinking. He began by praising the workers: "There are no finer '
        'people in this state than the men and women of the yard."\n\n'
        'Ada Lind spoke first. "We have done our part," she said. She was blunt: "The rest is up '
        'to them and their lawyers."'
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Anna Kovac", "We have done our part. The rest is up to them."),
        ("Ada Lind", "We have done our part"),
        ("Ada Lind", "The rest is up to them and their lawyers."),
    ]


def test_a_body_opening_its_officers_phrase_does_not_speak_for_them() -> None:
    # "<body> chief Dr. <person> announced": the parser makes the body the subject and hangs
    # the person on its "of"; a known body must not take the officer's words.
    brief = _run(
        "The Office for Coastal Affairs and Fisheries closed the beaches in May.\n\n"
        "Office for Coastal Affairs and Fisheries chief Dr. Helena Brandt announced on Thursday "
        "that the beaches would reopen."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Helena Brandt", "the beaches would reopen"),
    ]


def test_a_body_opening_an_inverted_speakers_phrase_gives_the_whole_role() -> None:
    # 'said <body of Place> <role> <person>': the parser makes the body the subject and hangs
    # the person on its "of"; the person speaks, and the role keeps the body's whole name.
    brief = _run(
        '"The influence governors have on their congressional blocs is overwhelming," said '
        "University of Sao Carlos political scientist Eduardo Tavares."
    )
    assert [(q.speaker, q.role) for q in brief.quotes] == [
        ("Eduardo Tavares", "University of Sao Carlos political scientist"),
    ]


def test_a_word_split_at_its_hyphen_into_clauses_stays_one_statement() -> None:
    # The parser splits "co-founded" into three clauses of "said", one of them the hyphen
    # alone: looking for that clause's first word found none and raised StopIteration, and
    # the statement ended at "co".
    brief = _run("Ada Lind said Mr. Tarvel co-founded the firm nine years ago.")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ada Lind", "Mr. Tarvel co-founded the firm nine years ago")
    ]
    assert _run("The release said Mr. Tarvel co-founded the firm nine years ago.").quotes == []


def test_a_role_after_the_name_without_its_closing_comma_does_not_speak() -> None:
    # '"...," <Name>, the <role> said': the missing comma after the role makes the parser take
    # the role for a second subject, nearer the verb; the name speaks.
    brief = _run(
        '"We will not succeed," Anna Berg, the Democratic whip said of the Republicans. '
        '"We are here to debate the budget," she declared.'
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Anna Berg", "We will not succeed"),
        ("Anna Berg", "We are here to debate the budget"),
    ]


def test_a_book_with_a_pronoun_owner_does_not_speak_as_the_book() -> None:
    # "promoting his new book that claims ...": the author speaks through his book; with no
    # one for "his" to stand for, no row rather than "new book".
    brief = _run(
        "A ship's captain was dismissed after remarks he made on the radio promoting his new "
        "book that claims that pirates are returning to the northern seas."
    )
    assert [q.speaker for q in brief.quotes] == []


def test_a_relative_clause_without_that_is_not_the_prediction() -> None:
    # "predicted X with the package <Name> is expected to announce": a "that"-less relative
    # clause on "package" is not what was predicted; the prediction is the verb's object.
    brief = _run(
        "Lind predicted even harsher times for Velmaria with the austerity package newly "
        "elected President Tomas Erling is expected to announce Tuesday."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (
            "Lind",
            "even harsher times for Velmaria with the austerity package newly elected President "
            "Tomas Erling is expected to announce Tuesday",
        ),
    ]


def test_an_as_clause_cut_by_the_excerpt_reports_nothing() -> None:
    # "X is a factor as Y announced in March...": the excerpt stops inside the "as" clause, so
    # its object (an "as" of cause) is lost; the main clause is not what Y announced.
    brief = _run("Money is also a factor as Ada Lind announced in May...")
    assert [q.speaker for q in brief.quotes] == []


def test_according_to_a_source_cut_by_the_excerpt_names_no_one() -> None:
    # "according to a <body> fact...": the excerpt stops inside the source's name ("fact
    # sheet"), so the words left are not a name; no row rather than a torn one.
    brief = _run(
        "The order also bans fees for small farms, according to a Ministry of Farming fact..."
    )
    assert [q.speaker for q in brief.quotes] == []


def test_the_one_spoken_to_is_not_the_pronoun_speaker() -> None:
    # "complained to Voss that ...": Voss listens; "she" is the woman named before, not Voss,
    # even though Voss was the last person named before the pronoun.
    brief = _run(
        "Greta Hollander, a former clerk at a shipping firm, says her manager, Piet Voss, cut "
        "her hours without notice.\n\n"
        "Voss admitted that the rota had been changed. She objected to the new rota and "
        "complained to Voss that the change was unfair."
    )
    got = {(q.speaker, q.text) for q in brief.quotes}
    assert ("Greta Hollander", "the change was unfair") in got
    assert ("Piet Voss", "the change was unfair") not in got


def test_the_one_told_is_not_the_pronoun_speaker_of_a_quotation() -> None:
    # '"...," he told Brandt': Brandt listens, so "he" is the other man named before.
    brief = _run(
        "Inspector Tomas Kell questioned the driver for an hour. Oskar Brandt said he had lost "
        "his logbook.\n\n"
        '"We will need your logbook by Friday," he told Brandt.'
    )
    got = {(q.speaker, q.text) for q in brief.quotes}
    assert ("Tomas Kell", "We will need your logbook by Friday") in got
    assert ("Oskar Brandt", "We will need your logbook by Friday") not in got


def test_a_sentence_about_he_keeps_the_unnamed_speaker() -> None:
    # "..., a port official said. He asked not to be named." carries the official on: the "he"
    # of the next quotation is that official, not the last man named before him.
    brief = _run(
        "Harbour master Emil Dorn closed the quay on Monday.\n\n"
        "Two cranes collapsed in the storm, a port official said. He asked not to be named.\n\n"
        '"Nobody was hurt, thank God," he told the local radio.'
    )
    got = {(q.speaker, q.text) for q in brief.quotes}
    assert ("port official", "Nobody was hurt, thank God") in got
    assert ("Emil Dorn", "Nobody was hurt, thank God") not in got


def test_a_body_named_in_full_is_not_shortened_to_a_shorter_body_of_the_cluster() -> None:
    # One source "told the Ledger" (a body called "Ledger"); the other writes the full name,
    # which the tagger leaves untagged here: the speaker is "Harbour Ledger", as written.
    # (Sentences of the bundled example cluster, our own text.)
    brief = _run_sources(
        [
            'Ms Valcourt, however, told the Ledger that the walkout "is about pay, and only '
            'about pay".',
            'As the Harbour Ledger reported on Tuesday: "Some 2,400 dockworkers at the Port of '
            "Calderhaven walked off the job at 6 a.m. on Monday, halting container traffic at "
            "the country's second-busiest port and leaving 31 cargo ships waiting at anchor in "
            'the outer roads."',
        ]
    )
    speakers = {q.speaker for q in brief.quotes if q.source == "S2"}
    assert speakers == {"Harbour Ledger"}


def test_a_verb_the_tagger_ran_into_a_name_ends_it() -> None:
    # The small model tags "Ezekiel claims Frances" as one name; the speaker is the part before
    # the verb, the person "Ezekiel" is known as.
    brief = _run(
        "Ezekiel Marsh and his partner fell out last year. Ezekiel says the firm owes him money. "
        "Ezekiel claims Frances took the client list when she left."
    )
    got = {(q.speaker, q.text) for q in brief.quotes}
    assert got == {
        ("Ezekiel Marsh", "the firm owes him money"),
        ("Ezekiel Marsh", "Frances took the client list when she left"),
    }


def test_the_one_told_before_a_name_is_not_part_of_the_statement() -> None:
    # "told police Harlan had ...": the parser hangs "police" on the clause's subject, but it is
    # whom the neighbour told.
    brief = _run("A neighbour told police Marta Kell had been selling stolen bikes for years.")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("neighbour", "Marta Kell had been selling stolen bikes for years")
    ]


def test_contend_with_reports_nothing_said() -> None:
    # "contends with growing anger" is facing it: no statement, unlike "contends that".
    brief = _run(
        "As Governor Ada Lind contends with growing anger over the budget, her aides are "
        "quitting in numbers.\n\n"
        "Governor Ada Lind contends that the budget is balanced."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [("Ada Lind", "the budget is balanced")]


def test_a_role_noun_after_a_quote_by_someone_of_unknown_role_is_not_another_person() -> None:
    # '"...," said Venn. "...," said the actor.': the actor may be Venn, whose role the story
    # never gave, so not the last person named with that role (Castell); a photo caption
    # between the two quotations changes nothing.
    brief = _run(
        "Ruben Castell, an award-winning actor, faces new claims from former co-workers.\n\n"
        "Dario Venn said he had admired Castell for years before they met on a film set in 2015. "
        '"The way he treated the crew made me lose all my respect," said Venn of working with '
        "Castell.\n\n"
        "Night Shift Lena Moor/Studio Nine\n\n"
        '"I was really glad to get away from that set," said the actor.'
    )
    got = {(q.speaker, q.text) for q in brief.quotes}
    assert ("Ruben Castell", "I was really glad to get away from that set") not in got
    assert ("actor", "I was really glad to get away from that set") in got


def test_a_given_name_alone_in_quotation_marks_is_not_the_known_person() -> None:
    # '"Paul" told a radio station': a name the story gives someone it does not name, not the
    # Paul Ostrander it named before; the "he" after it is the same unnamed man.
    brief = _run(
        "Paul Ostrander, the heir to a shipping fortune, gave evidence in the case last year.\n\n"
        '"Paul" told a radio station on Monday that the manager had followed him home in 2009. '
        "He said the manager sent him gifts for weeks afterwards."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Paul", "the manager had followed him home in 2009"),
        ("Paul", "the manager sent him gifts for weeks afterwards"),
    ]


def test_a_quotation_joined_to_a_reported_telling_is_the_reporters() -> None:
    # 'Berg said her son told the coach ..., and "the coach handed ..."': the quoted clause is
    # the next thing Berg said happened, not what the son told; no row for the son.
    brief = _run(
        "Hanna Berg, a former city councillor, spoke to reporters on Monday.\n\n"
        'Berg said her son told the coach he was old enough to drive, and "the coach handed '
        'him the keys and sent him off alone on the highway."'
    )
    assert [q.speaker for q in brief.quotes] == ["Hanna Berg"]


def test_a_quoted_phrase_after_a_preposition_is_a_title() -> None:
    # 'In "Running out of time," Lind writes': a book's name, with no verb of its own.
    brief = _run(
        'In "Running out of time," Lind also writes about the year she spent in a Lisbon hospital.'
    )
    assert brief.quotes == []


def test_a_statement_under_a_condition_was_not_made() -> None:
    # "if you get a note that says, '...'": a supposed note, not anything said.
    brief = _run(
        "Back then everybody wanted to work with him. And if you get a note from your boss on "
        'the company letterhead that says, "Go and meet the investor at the Grand Hotel '
        'tonight," you go to that meeting.'
    )
    assert brief.quotes == []


def test_a_name_inside_a_clause_deep_in_the_subject_does_not_speak() -> None:
    # "Relatives of the nurses the police accused of poisoning Tomas Berg insisted": Berg is
    # who the clause is about, not who insisted (and a phrase that long names no speaker).
    brief = _run(
        "Tomas Berg, a retired judge, died at the clinic in March.\n\n"
        "Relatives and friends of the two nurses the police have accused of poisoning Tomas Berg "
        "at the clinic insisted the women had been tricked.\n\n"
        "Relatives and friends of the two nurses accused of the killing, by putting poison in "
        "Tomas Berg's tea as the guards looked on, insisted the women had been tricked."
    )
    assert brief.quotes == []


def test_plural_things_found_do_not_suggest_as_speakers() -> None:
    # "burn marks from a campfire suggest ...": things found, not people (who keep their row).
    brief = _run(
        "Burn marks from an old campfire suggest that hikers camped near the lake last summer.\n\n"
        "Analysts from the bank suggest the rate will rise in June."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Analysts from the bank", "the rate will rise in June")
    ]


def test_two_verbs_joined_by_or_share_their_auxiliary() -> None:
    # "had met or exceeded every target": one verb group, the statement does not stop at "met".
    brief = _run("Ms Reyes said the union had met or exceeded every target it set in the spring.")
    (quote,) = brief.quotes
    assert quote.text == "the union had met or exceeded every target it set in the spring"


def test_a_statement_apposed_to_a_place_is_the_subject() -> None:
    # "..., Halvik, a statement attributed to X said": the place ends the fronted phrase; the
    # statement is the subject, and X, to whom it is attributed, speaks.
    brief = _run(
        "With the Ostrian government on the defensive about the May 4 shooting of Mr. Varga at "
        "the harbour of the Ostrian capital, Halvik, a statement attributed to the Ostrian "
        'Jurists Union said the largest part of the blame "rests with the port police" because '
        "Mr. Varga was shot there."
    )
    (quote,) = brief.quotes
    assert quote.speaker == "Ostrian Jurists Union"


def test_a_record_from_a_named_body_speaks_for_it() -> None:
    # "A statement from X said ...": X published the statement and speaks through it.
    brief = _run(
        "A statement from the Ostrian Jurists Union said the largest part of the blame rests "
        "with the port police."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ostrian Jurists Union", "the largest part of the blame rests with the port police")
    ]


def test_a_statement_cut_by_dots_after_a_comma_is_left_out() -> None:
    # An excerpt that stops on ",..." has lost the rest of the statement (but the words before
    # "the ministry said,..." are whole).
    brief = _run(
        "Exports fell again in April. Economists separately expect that the June trade "
        "figures,...\n\nImports fell again in April, the ministry said,..."
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("ministry", "Imports fell again in April")
    ]
