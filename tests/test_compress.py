"""Sentence compression: what may go, what must stay, and the fragments contract."""

from __future__ import annotations

from typing import Any

import pytest

from synoptic.backends.nlp import BlankBackend, get_nlp
from synoptic.model import Citation, Sentence, Source
from synoptic.stages.compress import Compressed, compress, join_fragments, shortenings

# Hand-written news prose (no dataset text): each sentence exercises one rule, or a refusal.
# A second, unrelated paragraph offset checks that fragments are placed by the paragraph's start.
PARAGRAPH = (
    "On Thursday, the river authority of Velmar opened all six gates of the Orra dam. "
    "The authority, which manages four reservoirs in the valley, said the water had risen "
    "two meters overnight. "
    "Mayor Ilse Varga, 52, ordered the evacuation of the lower town before dawn. "
    "Rescue crews pulled eleven people from flooded cars on the coast road, police said Friday. "
    '"We have never seen the river this high," Varga told reporters at the town hall. '
    "The storm dropped more rain in one day than usually falls in a month (about 180 "
    "millimeters), according to the weather service. "
    "However, the main bridge across the river stayed open to traffic all night."
)


@pytest.fixture(scope="module")
def parsed() -> tuple[Source, Any]:
    source = Source(id="s1", path="s1.txt", kind="text", original=PARAGRAPH)
    doc = get_nlp("spacy").parse([PARAGRAPH])[0]
    return source, doc


def _sentences(source: Source, doc: Any) -> list[Sentence]:
    return [
        Sentence(
            id=f"s1.{k}",
            source="s1",
            start=s.start_char,
            end=s.end_char,
            text=" ".join(s.text.split()),
            paragraph=0,
            index=k,
        )
        for k, s in enumerate(doc.sents)
    ]


def _compressed(parsed: tuple[Source, Any], opening: str) -> tuple[Sentence, Compressed | None]:
    source, doc = parsed
    sent = next(s for s in _sentences(source, doc) if s.text.startswith(opening))
    return sent, compress(sent, source, doc, 0)


def test_opening_adverbial_stays(parsed: tuple[Source, Any]) -> None:
    _, short = _compressed(parsed, "On Thursday")
    assert short is None or short.text.startswith("On Thursday,")


def test_non_restrictive_relative_clause_goes(parsed: tuple[Source, Any]) -> None:
    _, short = _compressed(parsed, "The authority, which")
    assert short is not None
    assert "which manages" not in short.text
    assert short.text.startswith("The authority said the water had risen")


def test_age_appositive_goes(parsed: tuple[Source, Any]) -> None:
    _, short = _compressed(parsed, "Mayor Ilse Varga")
    assert short is not None
    assert short.text == "Mayor Ilse Varga ordered the evacuation of the lower town before dawn."


def test_attribution_stays(parsed: tuple[Source, Any]) -> None:
    # Dropping "police said" would state a reported claim as a fact.
    _, short = _compressed(parsed, "Rescue crews")
    assert short is None or short.text.endswith(("police said Friday.", "police said."))


def test_parenthesis_goes(parsed: tuple[Source, Any]) -> None:
    _, short = _compressed(parsed, "The storm dropped")
    assert short is not None
    assert "(" not in short.text and "millimeters" not in short.text
    assert short.text.endswith("in a month, according to the weather service.")


def test_a_quotation_keeps_its_speaker(parsed: tuple[Source, Any]) -> None:
    _, short = _compressed(parsed, '"We have never')
    assert short is None or "Varga" in short.text


def test_dateline_goes() -> None:
    text = "VELMAR (Valley Wire) -- The six gates of the Orra dam were opened on Thursday."
    source = Source(id="s2", path="s2.txt", kind="text", original=text)
    doc = get_nlp("spacy").parse([text])[0]
    sent = Sentence(id="s2.1", source="s2", start=0, end=len(text), text=text, paragraph=0, index=0)
    short = compress(sent, source, doc, 0)
    assert short is not None
    assert short.text == "The six gates of the Orra dam were opened on Thursday."


def test_fragments_join_to_the_text_and_lie_inside_the_sentence(
    parsed: tuple[Source, Any],
) -> None:
    source, doc = parsed
    shortened = 0
    for sent in _sentences(source, doc):
        short = compress(sent, source, doc, 0)
        if short is None:
            continue
        shortened += 1
        assert join_fragments(source.original, short.fragments) == short.text
        assert short.words < sent.words
        previous_end = sent.start
        for frag in short.fragments:
            assert frag.source == sent.source
            assert previous_end <= frag.start < frag.end <= sent.end
            previous_end = frag.end
            assert " ".join(source.original[frag.start : frag.end].split()) in sent.text
        _assert_clean(short.text)
    assert shortened >= 3


def _assert_clean(text: str) -> None:
    assert text.lstrip('"“')[0].isupper()
    assert not text.startswith((",", ";", ":"))
    for bad in (" ,", ",,", ", .", ",.", "..", "  ", "( ", " )"):
        assert bad not in text, text
    assert text.count('"') % 2 == 0
    assert text.count("(") == text.count(")")
    assert text.rstrip()[-1] in '.!?"'


def test_join_fragments_rules() -> None:
    original = "Rescue crews pulled  eleven\npeople, police said."
    frags = [
        Citation(source="s", start=0, end=len("Rescue crews pulled  eleven\npeople")),
        Citation(source="s", start=len(original) - 1, end=len(original)),
    ]
    assert join_fragments(original, frags) == "Rescue crews pulled eleven people."
    assert join_fragments("the bridge held.", [Citation(source="s", start=0, end=16)]) == (
        "the bridge held."
    )


def test_nothing_is_dropped_without_a_parse() -> None:
    text = "On Thursday, the mayor, 52, ordered an evacuation, police said."
    source = Source(id="s1", path="s1.txt", kind="text", original=text)
    doc = BlankBackend().parse([text])[0]
    sent = Sentence(id="s1.1", source="s1", start=0, end=len(text), text=text, paragraph=0, index=0)
    assert compress(sent, source, doc, 0) is None


TRAILING = (
    "The storm cut power to the whole valley on Sunday, forcing every school in the district "
    "to close. "
    'Crews worked through the night, saying "the lines will be back by noon."'
)


def test_a_trailing_clause_can_be_cut_off() -> None:
    source = Source(id="s2", path="s2.txt", kind="text", original="Intro. " + TRAILING)
    doc = get_nlp("spacy").parse([TRAILING])[0]
    sents = [s for s in _sentences(source, doc)]
    first = Sentence(
        id="s2.0",
        source="s2",
        start=sents[0].start + 7,
        end=sents[0].end + 7,
        text=sents[0].text,
        paragraph=0,
        index=0,
    )
    shorter = shortenings(first, source, doc, 7)
    assert [s.text for s in shorter] == ["The storm cut power to the whole valley on Sunday."]
    assert join_fragments(source.original, shorter[0].fragments) == shorter[0].text
    for frag in shorter[0].fragments:
        assert first.start <= frag.start < frag.end <= first.end


def test_a_clause_holding_a_quotation_is_never_cut() -> None:
    source = Source(id="s2", path="s2.txt", kind="text", original=TRAILING)
    doc = get_nlp("spacy").parse([TRAILING])[0]
    second = _sentences(source, doc)[1]
    assert shortenings(second, source, doc, 0) == []


SAID_ON = (
    "Police said Monday that the bridge would reopen in May. "
    "The bridge reopened on Monday, police said. "
    "The mayor told reporters on Tuesday that the repairs cost more than planned."
)


def test_the_day_a_statement_was_made_goes_and_the_event_date_stays() -> None:
    source = Source(id="s3", path="s3.txt", kind="text", original=SAID_ON)
    doc = get_nlp("spacy").parse([SAID_ON])[0]
    shown = {}
    for sent in _sentences(source, doc):
        short = compress(sent, source, doc, 0)
        shown[sent.text] = short.text if short else sent.text
    assert shown["Police said Monday that the bridge would reopen in May."] == (
        "Police said that the bridge would reopen in May."
    )
    assert shown["The bridge reopened on Monday, police said."] == (
        "The bridge reopened on Monday, police said."
    )
    assert shown[
        "The mayor told reporters on Tuesday that the repairs cost more than planned."
    ] == "The mayor told reporters that the repairs cost more than planned."


def test_an_aside_whose_end_is_in_doubt_stays_whole() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from synoptic.stages.compress import _nonrestrictive

    # A parse as en_core_web_sm gives it for such a sentence (built by hand so the test does not
    # hang on the model): "in a June vote" is hung on the main verb, though it belongs to "lost".
    sentence = "It was a visit by Varga , who lost to Pell , a Liberal , in a June vote ."
    labels = (
        "nsubj ROOT det attr prep pobj punct nsubj relcl prep pobj punct det appos punct prep det "
        "compound pobj punct"
    )
    tagged = "PRP VBD DT NN IN NNP , WP VBD IN NNP , DT NNP , IN DT NNP NN ."
    coarse = (
        "PRON AUX DET NOUN ADP PROPN PUNCT PRON VERB ADP PROPN PUNCT DET PROPN PUNCT ADP DET PROPN "
        "NOUN PUNCT"
    )
    words, deps, tags, pos = (x.split() for x in (sentence, labels, tagged, coarse))
    heads = [1, 1, 3, 1, 3, 4, 5, 8, 5, 8, 9, 10, 13, 10, 5, 1, 18, 18, 15, 1]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    pieces = [" ".join(t.text for t in p) for p in _nonrestrictive(list(doc))]
    # The relative clause may not go (the visit was not "in a June vote"); the appositive,
    # closed by its own comma, may.
    assert pieces == [", a Liberal ,"]
    # After an appositive noun phrase, a prepositional phrase is the main clause's.
    text = "The plan was backed by Ilse Varga, the mayor, in a vote on Monday."
    source = Source(id="s4", path="s4.txt", kind="text", original=text)
    parsed = get_nlp("spacy").parse([text])[0]
    sent = Sentence(id="s4.1", source="s4", start=0, end=len(text), text=text, paragraph=0, index=0)
    short = compress(sent, source, parsed, 0)
    assert short is not None
    assert short.text == "The plan was backed by Ilse Varga in a vote on Monday."


def test_the_agency_of_a_dateline_without_a_dash_stays() -> None:
    from synoptic.stages.compress import _bracket_dateline

    text = "Velmar, Ostrava (VWN) The river authority opened the six gates of the dam (a first)."
    source = Source(id="s5", path="s5.txt", kind="text", original=text)
    doc = get_nlp("spacy").parse([text])[0]
    sent = Sentence(id="s5.1", source="s5", start=0, end=len(text), text=text, paragraph=0, index=0)
    short = compress(sent, source, doc, 0)
    assert short is not None  # the other parenthesis still goes
    assert short.text.startswith("Velmar, Ostrava (VWN) The river authority")
    assert short.text.endswith("gates of the dam.")
    assert _bracket_dateline("The United Nations (UN) Security Council met.") is None
    assert _bracket_dateline("Ana Ruiz (Labour) Mayor of Velmar spoke.") is None
    assert _bracket_dateline("VELMAR (Valley Wire) The gates opened.") is not None


BARE = (
    "Called the Ostrel clause, the rule was created to let small towns keep their doctors. "
    "Neither the mayor nor the union leader sounded as if the talks would end soon. "
    "The ferry company cut its winter timetable after fuel prices rose again."
)


@pytest.mark.parametrize(
    ("opening", "allowed"),
    [
        ("Called the Ostrel", []),  # a passive verb left last: "the rule was created."
        ("Neither the mayor", []),  # a linking verb left last: "... leader sounded."
        ("The ferry company", ["The ferry company cut its winter timetable."]),
    ],
)
def test_a_cut_never_leaves_a_bare_passive_or_linking_verb(
    opening: str, allowed: list[str]
) -> None:
    source = Source(id="s3", path="s3.txt", kind="text", original=BARE)
    doc = get_nlp("spacy").parse([BARE])[0]
    sent = next(s for s in _sentences(source, doc) if s.text.startswith(opening))
    texts = [c.text for c in shortenings(sent, source, doc, 0)]
    assert all(t in allowed for t in texts), texts
    if allowed:  # the rule does not stop every cut: an active verb may end a sentence
        assert texts == allowed


def _shown(text: str) -> str | None:
    source = Source(id="s6", path="s6.txt", kind="text", original=text)
    doc = get_nlp("spacy").parse([text])[0]
    sent = Sentence(id="s6.1", source="s6", start=0, end=len(text), text=text, paragraph=0, index=0)
    short = compress(sent, source, doc, 0)
    return short.text if short else None


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the verb's second object on the name as an appositive: dropping the
        # last phrase would leave "to give its new treasurer." (a chain of appositives at the end).
        "The council's stated reason for moving Dalgren was to give its new treasurer, "
        "Marta Olsen, a fresh start.",
        "The ministry agreed to send the rebel leader, Omar Telk, a written invitation.",
        # One appositive only, but after a verb taking two objects: it is the second object.
        "The board met on Friday and decided to give its new coach, a second chance.",
    ],
)
def test_a_final_phrase_that_may_be_a_second_object_stays(text: str) -> None:
    shown = _shown(text)
    ends = ("fresh start.", "written invitation.", "chance.")
    assert shown is None or shown.endswith(ends), shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trucks carrying the grain were sent on Friday to Orra, a small mountain village.",
            "The trucks carrying the grain were sent on Friday to Orra.",
        ),
        # A chain of appositives not on a verb's object, and a name after a verb's only object.
        (
            "Ostrin met on Tuesday with the port's new director, Ana Ruiz, a former pilot of the "
            "coast guard.",
            "Ostrin met on Tuesday with the port's new director.",
        ),
        (
            "The firm said it would begin to sell a new engine, the Dorix.",
            "The firm said it would begin to sell a new engine.",
        ),
    ],
)
def test_a_final_appositive_still_goes(text: str, expected: str) -> None:
    assert _shown(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The comma after the clause also ends the opening phrase: one comma stays.
        (
            "But unlike her three most recent predecessors at the port authority, who made an "
            "effort to build ties with the dock unions, Ravel has made clear that she will not "
            "negotiate.",
            "But unlike her three most recent predecessors at the port authority, Ravel has made "
            "clear that she will not negotiate.",
        ),
        (
            "Unlike the two earlier mayors of Velmar, who tried to court the farmers, Ostrin has "
            "refused every meeting.",
            "Unlike the two earlier mayors of Velmar, Ostrin has refused every meeting.",
        ),
        # ... or sets off the attribution that follows.
        (
            "The trucks were sent to Orra, a mountain village, police said.",
            "The trucks were sent to Orra, police said.",
        ),
        # ... or closes an appositive the clause hangs on.
        (
            "Critics like Rep. Ana Ruiz, D-Velmar, who introduced the water plan in the "
            "assembly, said she objected.",
            "Critics like Rep. Ana Ruiz, D-Velmar, said she objected.",
        ),
        # The comma closing an aside after the subject is the aside's own: both go.
        (
            "Mayor Ilse Varga, 52, ordered the evacuation of the lower town before dawn.",
            "Mayor Ilse Varga ordered the evacuation of the lower town before dawn.",
        ),
    ],
)
def test_a_comma_that_also_closes_an_opening_phrase_stays(text: str, expected: str) -> None:
    assert _shown(text) == expected


def test_an_aside_before_that_stays() -> None:
    # "that" may refer to the pass, not to the rival: dropping ", a rival," would pin it on the
    # rival ("Orra Rowing that gave members access").
    text = (
        "The club sold a pass in cooperation with Orra Rowing, a rival, that gave members access "
        "to both lakes."
    )
    assert _shown(text) is None


def test_a_place_aside_inside_a_noun_phrase_loses_both_commas() -> None:
    text = "The talks were held at a meeting at the firm's Velmar, Ostland, offices on May 2."
    assert _shown(text) == "The talks were held at a meeting at the firm's Velmar offices on May 2."



@pytest.mark.parametrize(
    ("text", "item"),
    [
        # The parser reads the second item of a list as an appositive of the first: dropping it
        # ran the list together ("lesbian moms equality marches") or cut the list short.
        (
            "The festival's new video features two grandfathers, a harbor parade, paper "
            "lanterns, and more.",
            "grandfathers, a harbor parade, paper lanterns",
        ),
        (
            "The Velmar museum's new film, featuring retired miners, a brass band, old trams, "
            "and more, opened on Monday.",
            "miners, a brass band, old trams",
        ),
        # No comma before the last item, at the end of the sentence: still a list.
        (
            "Some heaters were turned off in Velmar's Harmony hall, Ostland's Kibo lab and "
            "Orra's Tell dome.",
            "Harmony hall, Ostland's Kibo lab and Orra's Tell dome",
        ),
        (
            "Two officials have said the crew includes five Velmar pilots, two Orra divers, two "
            "dog handlers and a cook.",
            "pilots, two Orra divers, two dog handlers and a cook",
        ),
    ],
)
def test_a_list_item_is_not_dropped_as_an_appositive(text: str, item: str) -> None:
    shown = _shown(text)
    assert shown is None or item in shown, shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside joined by "and" and closed by a comma is one aside: it goes whole.
        (
            "Two Velmar mayors, a farmer and a former pilot, asked the board on Monday to "
            "reopen the ferry.",
            "Two Velmar mayors asked the board on Monday to reopen the ferry.",
        ),
        # An age is no list item.
        (
            "Police believe Tomas Ruiz, 20, and a friend were climbing the tower when he fell.",
            "Police believe Tomas Ruiz and a friend were climbing the tower when he fell.",
        ),
    ],
)
def test_an_aside_next_to_a_coordination_still_goes(text: str, expected: str) -> None:
    assert _shown(text) == expected


def _cuts(text: str) -> list[str]:
    source = Source(id="s7", path="s7.txt", kind="text", original=text)
    doc = get_nlp("spacy").parse([text])[0]
    sent = Sentence(id="s7.1", source="s7", start=0, end=len(text), text=text, paragraph=0, index=0)
    return [c.text for c in shortenings(sent, source, doc, 0)]


@pytest.mark.parametrize(
    "text",
    [
        # A light verb left with only a time: the clause cut off was what it was about.
        "Velmar's mayor and two councillors are set Tuesday to attend a Water Board hearing on "
        "the dam.",
        "The governor's long-awaited announcement on Monday comes as several Velmar towns "
        "prepare new flood rules.",
        # A clause right after the verb, with no comma, is its complement ("called for X").
        "The president of the Velmar dockers union has called for Ruiz to be fired over the "
        "crash.",
        # A condition: without it the sentence states as fact what was only possible.
        "By most accounts, the port would reopen within a week if the dockers reached a deal.",
        # A preposition left without its object.
        "Police in Orra released few details about the two men including when they were "
        "arrested.",
    ],
)
def test_a_cut_keeps_a_predicate_that_says_something(text: str) -> None:
    assert _cuts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry company raised its fares, as the fuel prices climbed for a third month.",
            "The ferry company raised its fares.",
        ),
        (
            "The ferry company raised its fares by ten percent as fuel prices climbed.",
            "The ferry company raised its fares by ten percent.",
        ),
    ],
)
def test_a_cut_after_an_object_still_goes(text: str, expected: str) -> None:
    assert _cuts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Yet it is Marta Olsen, the target of the abuse, and not her critics, who has left the "
        "forum.",
        "It is the mayor, not the council, who will decide.",
    ],
)
def test_a_cleft_keeps_its_relative_clause(text: str) -> None:
    shown = _shown(text)
    assert shown is None or shown.endswith("who has left the forum.") or shown.endswith(
        "who will decide."
    ), shown


def test_versions_is_compress_and_shortenings_at_once(parsed: tuple[Source, Any]) -> None:
    from synoptic.stages.compress import versions

    source, doc = parsed
    found = 0
    for sent in _sentences(source, doc):
        short, cuts = versions(sent, source, doc, 0, truncate=True)
        assert short == compress(sent, source, doc, 0)
        assert cuts == shortenings(sent, source, doc, 0)
        assert versions(sent, source, doc, 0, truncate=False) == (short, [])
        found += (short is not None) + len(cuts)
    assert found  # the paragraph has sentences with something to drop
