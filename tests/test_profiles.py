"""What each source adds: only what no other source says, best first, no fragments.

The cluster is built by hand (invented outlets, people and places), with embeddings chosen so
that the paraphrase pair is close and everything else is far apart.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from synoptic.model import Brief, Citation, Claim, Paragraph, Sentence, Source
from synoptic.stages.profiles import build_profiles


def _source(sid: str, texts: list[str]) -> Source:
    original = " ".join(texts)
    sentences, start = [], 0
    for k, text in enumerate(texts, 1):
        sentences.append(
            Sentence(
                id=f"{sid}.{k}",
                source=sid,
                start=start,
                end=start + len(text),
                text=text,
                paragraph=0,
                index=k - 1,
            )
        )
        start += len(text) + 1
    return Source(id=sid, path=f"{sid}.txt", kind="text", original=original, sentences=sentences)


def _brief(a: list[str], b: list[str], close: set[tuple[str, str]]) -> Brief:
    """Two sources; every sentence its own single-source claim; ``close`` pairs of sentence ids
    get nearly the same embedding, all other sentences orthogonal ones."""
    sources = [_source("S1", a), _source("S2", b)]
    brief = Brief(sources=sources, words=200)
    sentences = brief.sentences()
    rows = {s.id: i for i, s in enumerate(sentences)}
    vectors = np.eye(len(sentences) + 1, dtype=np.float32)[: len(sentences)]
    for x, y in close:
        mixed = vectors[rows[x]] * 0.9 + vectors[rows[y]] * 0.1
        vectors[rows[y]] = mixed / np.linalg.norm(mixed)
    brief.embeddings = vectors
    brief.claims = [
        Claim(
            id=f"C{k}",
            text=s.text,
            sentences=[s.id],
            sources=[s.source],
            citations=[Citation(source=s.source, start=s.start, end=s.end)],
            independent_sources=1,
        )
        for k, s in enumerate(sentences, 1)
    ]
    return brief


LEFT = [
    "Councillor Mara Vellin won the Harrowgate mayoral runoff with 54 percent of the vote.",
    "Turnout in the Harrowgate runoff fell to 21 percent, the lowest in three decades.",
]
RIGHT = [
    "Mara Vellin took the Harrowgate mayoral runoff, winning 54 percent of the ballots cast.",
    "The losing candidate, Doran Pike, had outspent Vellin by two to one on television.",
]


def _adds(brief: Brief) -> dict[str, list[str]]:
    return {p.source: [c.text for c in p.adds] for p in build_profiles(brief)}


def test_a_paraphrase_of_another_source_is_not_what_a_source_adds() -> None:
    adds = _adds(_brief(LEFT, RIGHT, {("S1.1", "S2.1")}))
    assert adds["S1"] == [LEFT[1]]
    assert adds["S2"] == [RIGHT[1]]


def test_a_loose_echo_marks_a_sentence_as_said_elsewhere() -> None:
    brief = _brief(LEFT, RIGHT, set())
    brief.echoes = {"S1.2": {"S2.2"}}
    assert _adds(brief)["S1"] == [LEFT[0]]


def test_the_same_topic_in_other_words_is_still_unique() -> None:
    # Close embeddings but hardly a content word in common: kept (the overlap test).
    left = ["The mayor-elect promised free night buses across the whole eastern district."]
    right = ["Critics at the Harrowgate Courier called the campaign dull and far too short."]
    adds = _adds(_brief(left, right, {("S1.1", "S2.1")}))
    assert adds["S1"] == left
    assert adds["S2"] == right


def test_a_cut_off_fragment_is_not_listed_and_a_truncated_sentence_comes_last() -> None:
    left = [
        "The count was delayed while officials checked the seals on the...",
        "Vellin said the transit budget would be reviewed in her first hundred days...",
        "Observers from the Lowmere Civic Trust reported 12 minor complaints at 3 stations.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    assert adds["S1"] == [left[2], left[1]]


def test_after_the_lead_names_and_figures_come_before_scene_setting() -> None:
    # The first readable sentence keeps first place (an opinion piece's thesis is often there).
    left = [
        "The hall stayed busy long after the polls had closed for the evening.",
        "The volunteers kept the coffee coming until the very end of it.",
        "Election officer Tamsin Orrow certified 18,402 ballots at 2:40 a.m. on Friday.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    assert adds["S1"] == [left[0], left[2], left[1]]


def _brief_at(a: list[str], b: list[str], pairs: dict[tuple[str, str], float]) -> Brief:
    """As :func:`_brief`, but each pair of sentence ids gets exactly the cosine given."""
    brief = _brief(a, b, set())
    rows = {s.id: i for i, s in enumerate(brief.sentences())}
    vectors = np.array(brief.embeddings)
    for (x, y), cos in pairs.items():
        vectors[rows[y]] = cos * vectors[rows[x]] + np.sqrt(1 - cos * cos) * vectors[rows[y]]
    brief.embeddings = vectors
    return brief


FILLER = [
    "A brass band from Ostrel played on the quay through the long damp afternoon.",
    "Ferry tickets to the outer islands sold out again before the first light.",
]


def test_a_paraphrase_sharing_most_words_at_a_middling_cosine_is_said_elsewhere() -> None:
    # The embedding only sees 0.6 (other wording around the same names), but the two sentences
    # share most of their rare words: the same information, not the source's own.
    left = [
        "Deputies named Orla Fenwick, Brann Tussock and Idris Quell fired at the van.",
        *FILLER,
    ]
    right = [
        "The deputies who fired, Orla Fenwick, Brann Tussock and Idris Quell, are on leave.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.6}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def test_a_shared_figure_lowers_the_word_overlap_needed() -> None:
    # Three words in common (overlap about 0.2) would not do at a cosine of 0.6; the same
    # amount (41.7 million) makes it the same information.
    left = [
        "The Tarrow council approved a budget of 41.7 million crowns for the new bridge.",
        *FILLER,
    ]
    right = [
        "Councillors backed the bridge plan, costed at 41.7 million, after a stormy Monday"
        " session.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.6}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def test_a_middling_cosine_with_few_shared_words_stays_unique() -> None:
    # Same topic, other information: kept on both sides.
    left = [
        "The Tarrow council approved a budget of 41.7 million crowns for the new bridge.",
        *FILLER,
    ]
    right = [
        "Engineers warned that the old Tarrow crossing could close within two winters.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.6}))
    assert left[0] in adds["S1"]
    assert right[0] in adds["S2"]


def test_fragments_attribution_lines_and_menus_are_not_listed() -> None:
    left = [
        "talking about the storm and the ferries and the long wait on the quay.",
        "— Harbour councillor Edda Mossgrave, in a statement, March 3",
        "Weather | Ferries | Harbour news | Photos of the week in Lowmere",
        "The mayor of Lowmere said...",
        "Most recently, the harbour office announced...",
        "It was as if the tide stopped, the gulls went quiet, and people just . . .",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    # A spaced ellipsis is a cut too, here right after a function word: nothing to report.
    assert adds["S1"] == [left[6]]


def test_a_number_inside_a_name_is_not_a_shared_figure() -> None:
    # "Kessel-19" is a name, not a figure two reports agree on.
    left = ["The Kessel-19 strain closed every school in Tarrow for a fortnight in March.", *FILLER]
    right = [
        "Doctors in Brumm traced the Kessel-19 strain to a batch of imported cattle feed.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.6}))
    assert left[0] in adds["S1"]
    assert right[0] in adds["S2"]


EVACUEES_LEFT = [
    "The first group of Lowmere evacuees arrived at the Tarrow camp early on Friday.",
    *FILLER,
]
EVACUEES_RIGHT = [
    "About 300 evacuees from the flooded coast have arrived, the first of a larger group.",
    "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
]


def test_a_paraphrase_that_stands_out_from_its_neighbours_is_said_elsewhere() -> None:
    # Other words around the same event: a middling cosine and overlap (sum under 0.9), but
    # three lower-case words in common ("evacuees", "arrived", "group") and no other sentence
    # near either of them: the same information.
    adds = _adds(_brief_at(EVACUEES_LEFT, EVACUEES_RIGHT, {("S1.1", "S2.1"): 0.56}))
    assert EVACUEES_LEFT[0] not in adds["S1"]
    assert EVACUEES_RIGHT[0] not in adds["S2"]


def _crowded(a: list[str], b: list[str], topic: float, pair: float) -> Brief:
    """As :func:`_brief`, but every sentence shares a topic direction (any two sentences of the
    two sources at cosine ``topic``) and the first sentences of the two sources are at cosine
    ``pair``: a one-topic cluster, where every sentence is about as near to many others."""
    brief = _brief(a, b, set())
    n = len(brief.sentences())
    basis = np.eye(n + 1, dtype=np.float64)
    t, rest = basis[n], np.sqrt(1 - topic)
    vectors = np.array([np.sqrt(topic) * t + rest * basis[k] for k in range(n)])
    first_b = len(a)
    c = (pair - topic) / rest  # the part of the first sentence of b along the first one of a
    vectors[first_b] = (
        np.sqrt(topic) * t + c * basis[0] + np.sqrt(rest**2 - c * c) * basis[first_b]
    )
    brief.embeddings = vectors.astype(np.float32)
    return brief


def test_a_topic_neighbour_in_a_one_topic_cluster_stays_unique() -> None:
    # About the same cosine and the same words as the paraphrase above, but every sentence of
    # the other source is nearly as close (a one-topic cluster): the pair does not stand out
    # (margin about 1.05), so it is kept.
    left = [EVACUEES_LEFT[0], "Tarrow volunteers argued the camp was far too small for winter."]
    right = [
        EVACUEES_RIGHT[0],
        "Critics in Lowmere said the evacuation should have started a week before.",
        "The Tarrow council promised more tents and a field kitchen by the weekend.",
        "Some families chose to stay with relatives inland rather than go to the camp.",
    ]
    adds = _adds(_crowded(left, right, topic=0.52, pair=0.55))
    assert left[0] in adds["S1"]
    assert right[0] in adds["S2"]


def test_a_shared_date_with_many_words_in_common_counts_at_a_lower_cosine() -> None:
    # The embedding sees only 0.47, but the date and most rare words are the same.
    left = [
        "The Varn ferry ran aground on May 4 off the Ostrel pier of the Brumm Ferry Company.",
        *FILLER,
    ]
    right = [
        "On May 4, 2031, a Brumm Ferry Company boat hit the Ostrel pier and lost its rudder.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.47}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def _parsed(brief: Brief) -> Brief:
    """Give each source one paragraph and its spaCy parse (``brief.docs``), as segment does."""
    from synoptic.backends.nlp import get_nlp
    from synoptic.model import Paragraph

    nlp = get_nlp("spacy")
    for src in brief.sources:
        src.paragraphs = [Paragraph(start=0, end=len(src.original))]
        brief.docs[src.id] = nlp.parse([src.original])
    return brief


def test_a_heading_like_partner_does_not_mark_a_sentence_as_said_elsewhere() -> None:
    # A label in capitals, a speaker's tag, a question or a title without a verb names the same
    # people or topic but says nothing: the sentences it echoes stay the source's own.
    left = [
        "Councillor Mara Vellin won the Harrowgate mayoral runoff with 54 percent of the vote.",
        "The Harrowgate cabinet approved a new night bus network for the eastern district.",
        "Doran Pike conceded the Harrowgate runoff in a short speech at the Lowmere Arms.",
        "Turnout in the Harrowgate runoff fell to 21 percent, the lowest in three decades.",
    ]
    right = [
        "Did Mara Vellin win the Harrowgate mayoral runoff?",
        "CABINET",
        "PIKE:",
        "Harrowgate runoff turnout, the lowest in three decades",
        "The losing candidate, Doran Pike, had outspent Vellin by two to one on television.",
    ]
    brief = _parsed(_brief(left, right, {("S1.1", "S2.1")}))
    brief.echoes = {"S1.2": {"S2.2"}, "S1.3": {"S2.3"}, "S1.4": {"S2.4"}}
    assert sorted(_adds(brief)["S1"]) == sorted(left)


def test_a_near_copy_in_the_same_source_is_said_elsewhere_too() -> None:
    # The first sentence is echoed by the other source; the source repeats it in other words
    # further down (close to it, far from the other source): the repeat is not its own either.
    left = [
        "Councillor Mara Vellin won the Harrowgate mayoral runoff with 54 percent of the vote.",
        "Turnout in the Harrowgate runoff fell to 21 percent, the lowest in three decades.",
        "Vellin, a councillor, won the Harrowgate mayoral runoff with 54 percent of votes cast.",
    ]
    brief = _brief_at(left, RIGHT, {("S1.1", "S1.3"): 0.92})
    brief.echoes = {"S1.1": {"S2.1"}}
    assert _adds(brief)["S1"] == [left[1]]


def test_an_instruction_to_the_reader_is_not_listed_and_a_sign_off_comes_last() -> None:
    left = [
        "That's Harrowgate Radio's Edda Mossgrave in Lowmere.",
        "Check out the full gallery of the Lowmere regatta on our harbour page!",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "Here is a gallery of the regatta boats, from the smallest dinghy to the tall ships.",
        "The Tarrow council will vote on the new harbour levy at its June meeting.",
    ]
    other = ["An unrelated sentence about the weather in the valley."]
    adds = _adds(_parsed(_brief(left, other, set())))["S1"]
    assert adds[:2] == [left[2], left[4]]
    assert left[1] not in adds
    assert set(adds[2:]) == {left[0], left[3]}


def test_a_statement_with_a_question_tag_still_marks_its_paraphrase() -> None:
    # "..., right?" is a statement: unlike a headline question, it says the same thing.
    left = [
        "Councillor Mara Vellin won the Harrowgate mayoral runoff with 54 percent of the vote.",
        "Turnout in the Harrowgate runoff fell to 21 percent, the lowest in three decades.",
    ]
    right = [
        "So Mara Vellin won the Harrowgate mayoral runoff with 54 percent, right?",
        "The losing candidate, Doran Pike, had outspent Vellin by two to one on television.",
    ]
    assert _adds(_brief(left, right, {("S1.1", "S2.1")}))["S1"] == [left[1]]


def test_a_speakers_words_in_the_imperative_are_still_listed() -> None:
    left = [
        "“Leave the harbour before the tide turns tonight.”",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
    ]
    other = ["An unrelated sentence about the weather in the valley."]
    adds = _adds(_parsed(_brief(left, other, set())))["S1"]
    assert left[0] in adds


def test_a_line_without_a_verb_comes_after_the_sentences() -> None:
    left = [
        "The Lowmere Courier harbour desk, with editor Edda Mossgrave and two reporters.",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "The harbour was quiet and grey on the morning of the strike.",
    ]
    other = ["An unrelated sentence about the weather in the valley."]
    adds = _adds(_parsed(_brief(left, other, set())))["S1"]
    assert adds == [left[1], left[2], left[0]]


# --- stance markers: the outlet's own voice only ----------------------------------------------

OTHER = ["An unrelated sentence about the weather in the valley."]


def _stance(brief: Brief, sid: str = "S1") -> dict[str, int]:
    return next(p.stance for p in build_profiles(brief) if p.source == sid)


def _reported(brief: Brief, sid: str, clause: str, speaker: str, *, direct: bool = False) -> Any:
    """A quotes-stage record attributing ``clause`` (found in the source) to ``speaker``."""
    from synoptic.facts import Quote

    src = brief.source(sid)
    start = src.original.index(clause)
    return Quote(
        speaker=speaker,
        role=None,
        text=clause,
        source=sid,
        direct=direct,
        start=start,
        end=start + len(clause),
        verb="say",
    )


def test_first_person_and_hedges_inside_quotation_marks_are_the_speakers() -> None:
    left = [
        "Nurse Ilsa Moren called it “the week we may lose our best people” at the clinic.",
        'Porter Anso Lind described the wards as "where we sleep between shifts" on Tuesday.',
        "Surgeon Wenna Tal said ``I could not find a single bed'' for the boy.",
        "A cook called the canteen ‘our only warm room’ in January.",
        "We think the Harrow clinic could hire more staff.",
    ]
    stance = _stance(_brief(left, OTHER, set()))
    assert stance["first_person"] == 1  # only the outlet's own "We think"
    assert stance["hedge"] == 1  # only the outlet's own "could"


def test_a_quotation_over_several_sentences_and_paragraphs_is_the_speakers() -> None:
    from synoptic.model import Paragraph

    left = [
        "“Our town deserves better.",
        "We will fight.",
        '"We are tired.',
        'We might quit," said nurse Ilsa Moren.',
        "We visited the clinic twice.",
    ]
    brief = _brief(left, OTHER, set())
    src = brief.source("S1")
    # Two paragraphs: the first one's quotation is continued in a next paragraph (no closing
    # mark where it ends); the second one's closes two sentences on.
    cut = src.sentences[2].start
    src.original = src.original[: cut - 1] + "\n" + src.original[cut:]
    src.paragraphs = [Paragraph(start=0, end=cut - 1), Paragraph(start=cut, end=len(src.original))]
    for sent in src.sentences[2:]:
        sent.paragraph = 1
    stance = _stance(brief)
    assert stance["first_person"] == 1  # "We visited": the rest is quoted
    assert stance["hedge"] == 0


def test_a_reported_clause_is_the_speakers_but_the_attribution_is_the_outlets() -> None:
    left = [
        "Mayor Tobin Reyes said we must clearly raise the harbour tax.",
        "Our reporters counted 40 empty shops on Quay Street.",
    ]
    brief = _brief(left, OTHER, set())
    brief.quotes = [_reported(brief, "S1", "we must clearly raise the harbour tax", "Tobin Reyes")]
    stance = _stance(brief)
    assert stance["first_person"] == 1  # "Our reporters", not the mayor's "we"
    assert stance["certainty"] == 0  # "must", "clearly" are the mayor's
    assert stance["attribution"] == 1  # the outlet reports: "said"


def test_the_authors_own_reported_statements_still_count() -> None:
    left = ["I believe we could rebuild the pier by spring, this columnist argues."]
    brief = _brief(left, OTHER, set())
    brief.source("S1").author = "Petra Ocasso"
    clause = "we could rebuild the pier by spring"
    brief.quotes = [_reported(brief, "S1", clause, "Petra Ocasso")]
    stance = _stance(brief)
    assert stance["first_person"] == 2  # "I", "we": the author's own voice
    assert stance["hedge"] == 1


def test_a_dotted_acronym_is_not_first_person() -> None:
    left = ["Nine of ten I.C.U. beds at Harrow General are occupied."]
    assert _stance(_brief(left, OTHER, set()))["first_person"] == 0


def test_an_interposed_attribution_inside_a_reported_clause_still_counts() -> None:
    left = ["The main worry, according to engineer Sol Varga, is rust under the pier."]
    brief = _brief(left, OTHER, set())
    clause = "The main worry, according to engineer Sol Varga, is rust under the pier"
    brief.quotes = [_reported(brief, "S1", clause, "Sol Varga")]
    assert _stance(brief)["attribution"] == 1


def test_mixed_quotation_marks_and_a_no_break_space_still_mark_the_quotation() -> None:
    left = ['Her memoir, "Notes on Our Harbour,” sold 9,000 copies, its publisher said.']
    brief = _brief(left, OTHER, set())
    src = brief.source("S1")
    # The sentence's text has its whitespace normalised; the source keeps a no-break space.
    src.original = src.original.replace("9,000 copies", "9,000\xa0copies")
    stance = _stance(brief)
    assert stance["first_person"] == 0  # "Our" is in the title
    assert stance["attribution"] == 1


# --- out-of-sample pass: paraphrases at a lower cosine, cut-offs and shouted lines ------------


def test_a_shared_amount_marks_a_paraphrase_at_a_lower_cosine_and_overlap() -> None:
    # Other words around the same amount (380,000): the embedding sees 0.53 and the IDF overlap
    # is 0.2, under the old figure rule (0.78 minus the cosine) but over the new one.
    left = ["The Tarrow ferry board bought 14 new buoys for 380,000 crowns this spring.", *FILLER]
    right = [
        "Harbour officials spent 380,000 on replacement markers, a board spokesman confirmed.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.53}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def test_the_same_day_of_a_date_is_not_a_shared_amount() -> None:
    # Two events on the same day: the "25" of a date does not make them the same information.
    left = ["The Varn sailing regatta opens on May 25 at the Ostrel harbour wall.", *FILLER]
    right = [
        "The Brumm council met on May 25 to vote on the Ostrel harbour fees.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.53}))
    assert left[0] in adds["S1"]
    assert right[0] in adds["S2"]


def test_a_paraphrase_with_many_words_in_common_counts_under_cosine_half() -> None:
    # Four lower-case words in common ("found", "ferry", "funds", "missing"), an overlap of 0.37
    # and a pair standing out from its neighbours: the same information though the embedding
    # sees only 0.46.
    left = [
        "Councillor Edda Mossgrave resigned after the harbour audit found missing ferry funds.",
        *FILLER,
    ]
    right = [
        "Auditors found that ferry funds were missing, and Mossgrave left the council the next"
        " day.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.46}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def test_a_text_cut_off_right_after_a_verb_is_not_listed() -> None:
    # "... a statement announcing..." stops before what was announced: nothing to report. A
    # text cut after a noun ("... a rapid rise in cases...") still says something.
    left = [
        "By early evening, the six Harrowgate councillors had issued a joint statement"
        " announcing...",
        "The Tarrow council is expected to delay the ferry fare rise on Monday, following a"
        " rapid rise in complaints...",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert left[0] not in adds
    assert left[1] in adds


def test_a_line_in_capitals_comes_after_the_sentences() -> None:
    # A broadcast transcript's shouted line (no lower-case letter) is no lead: like a label in
    # capitals, it comes after the sentences.
    left = [
        "BASICALLY THAT IS ALL UP TO THE HARBOUR JUDGE NOW.",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "The harbour was quiet and grey on the morning of the strike.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert adds[-1] == left[0]


def test_a_line_ending_on_a_colon_is_a_cut() -> None:
    # What the colon introduces (an address, a list) is not in the text: cut off after "to"
    # nothing is left to report, and a longer one comes after the whole sentences.
    left = [
        "Donations for the family can be made at the Lowmere harbour office, or by mail to:",
        "The Tarrow ferry board listed the reasons for the delay in a long statement on Monday:",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "The harbour was quiet and grey on the morning of the strike.",
    ]
    adds = _adds(_brief(left, OTHER, set()))["S1"]
    assert adds == [left[2], left[3], left[1]]


def test_a_quotation_without_its_speaker_comes_after_attributed_sentences() -> None:
    # A sentence that is only a quotation ("We will rebuild the pier.") or the tail of one
    # ("... the harbour board ignored us.”) does not say who is speaking: its speaker is in the
    # sentence before. It leans on its context, so attributed sentences come first.
    left = [
        "The Orrin ferry service resumed on the northern route after a week of repairs.",
        "\u201cWe will rebuild the Tarn pier for 40 million Orrin crowns by 2031.\u201d",
        "It was a disgrace, and the Tarn Harbour Board ignored all 12 warnings from Orrin.\u201d",
        "The ferry company's director said the pier would reopen for summer visitors.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    assert adds["S1"] == [left[0], left[3], left[1], left[2]]


def test_a_near_identical_embedding_with_a_name_in_common_is_said_elsewhere() -> None:
    # Other words for the same news around one name ("has died" / "passed away"): an overlap
    # of 0.18, under the 0.2 asked below a cosine of 0.75, but the embeddings are nearly the
    # same (0.82) and the pair stands out: the same information.
    left = [
        "Former harbour master Ilse Varrow of Tarrow, who ran the Ostrel docks for two decades,"
        " has died.",
        *FILLER,
    ]
    right = [
        "Ilse Varrow, once in charge of the port of Ostrel, passed away at home, her nephew told"
        " reporters.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.82}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]
    # Still: the same cosine with no word in common is not enough (another claim on the topic).
    other = [
        "Critics at the Harrowgate Courier called the campaign dull and far too short.",
        *FILLER,
    ]
    adds = _adds(_brief_at(other, right, {("S1.1", "S2.1"): 0.82}))
    assert other[0] in adds["S1"]


def test_the_same_names_around_other_verbs_are_said_elsewhere() -> None:
    # The same names and titles around other verbs ("posing as" / "impersonating"): cosine
    # 0.55, IDF-weighted overlap 0.34 (sum 0.89, under 0.9) and no lower-case word in common.
    left = [
        "The call, with Pell Arno and Tova Reen posing as Queen Maud of Brumm and her consort,"
        " was taken by a night nurse.",
        *FILLER,
    ]
    right = [
        "The presenters Pell Arno and Tova Reen, who were impersonating Queen Maud and Prince"
        " Ivo, rang Tuesday and learned little.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.55}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]


def test_a_cut_off_quotation_without_its_speaker_is_not_listed() -> None:
    # A text that opens on a quotation and is cut off before it closes has neither the end of
    # what was said nor who said it. A cut quotation whose speaker is named stays.
    left = [
        "\u201cIt comes down to this: the Tarrow ferry board has to put the islanders and their"
        " children...",
        '"The ferries will run on the northern route, the southern route and the night route...',
        "Ferry operator Calla Brine posted a notice on the quay that read, \u201cAll crossings to"
        " the outer islands are cancelled this week...",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    assert adds["S1"] == [left[3], left[2]]


def test_a_pair_that_stands_out_strongly_needs_fewer_words_to_confirm_it() -> None:
    # Two words in common ("pilots", "docks"), an overlap of about 0.16 at a cosine of 0.6: a
    # sum of 0.76, under the 0.78 a plain margin asks. But the pair stands far out from both
    # sentences' other neighbours: the same news told in other words.
    left = [
        "Harbour pilots walked off the job on Monday and the Ostrel docks have stood idle since.",
        *FILLER,
    ]
    right = [
        "With the pilots on strike, not one container ship has left the docks this week, the"
        " union said.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.6}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]
    # One word in common is still two claims on the topic, however far the pair stands out.
    other = [
        "Harbour pilots in Ostrel will vote next month on a new pay offer from the council.",
        *FILLER,
    ]
    adds = _adds(_brief_at(other, right, {("S1.1", "S2.1"): 0.6}))
    assert other[0] in adds["S1"]


def test_three_words_of_what_is_said_in_common_need_only_a_small_margin() -> None:
    # The same arrest told in each source's own words: three lower-case words in common
    # ("smuggling", "ring", "stolen"), an overlap of about 0.17 at a cosine of 0.5 (a sum of
    # 0.67, under the 0.75 the loose rule asks). The pair stands out from both sentences'
    # other neighbours, and the rare words confirm it: said elsewhere.
    left = [
        "Two deckhands are facing charges over a smuggling ring that moved stolen engines"
        " through the Ostrel docks.",
        *FILLER,
    ]
    right = [
        "Police arrested a pair of Lowmere sailors for running a smuggling ring that shipped"
        " stolen outboard motors abroad, the harbour office said.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.5}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]
    # Two words in common and little rare-word overlap: another claim on the same topic.
    other = [
        "Two deckhands were charged on Friday over a smuggling ring that sold counterfeit ferry"
        " passes to tourists.",
        *FILLER,
    ]
    adds = _adds(_brief_at(other, right, {("S1.1", "S2.1"): 0.5}))
    assert other[0] in adds["S1"]
    assert right[0] in adds["S2"]


def test_a_headline_line_left_in_the_body_is_not_listed() -> None:
    # A short paragraph that ends without a full stop is a headline (or a subheading): it
    # names the story the body tells. A full sentence in a paragraph of its own stays.
    texts = [
        "Tarrow ferry board sacks its chair as islanders fear a winter without crossings",
        "The Tarrow ferry board dismissed its chair, Edda Holm, after a vote of 7 to 2 on"
        " Thursday.",
        "Holm had cancelled the winter timetable without consulting the island councils.",
    ]
    brief = _brief(texts, ["An unrelated sentence about the weather in the valley."], set())
    src = brief.sources[0]
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(start=start, end=start + len(text)))
        start += len(text) + 1
    src.paragraphs = paragraphs
    for k, sent in enumerate(src.sentences):
        sent.paragraph = k
    adds = _adds(brief)
    assert texts[0] not in adds["S1"]
    assert texts[1] in adds["S1"] and texts[2] in adds["S1"]


def test_a_quotation_running_on_into_the_next_sentence_is_not_listed() -> None:
    # A sentence that opens a quotation and does not close it ("“You could not cross the
    # bridge.", the speaker named a sentence or two later) is a speaker's words with neither
    # their end nor their speaker: like a cut-off quotation, it is not listed. A quotation
    # that closes in the same sentence stays.
    left = [
        "\u201cThe Velmar bridge will stay shut for the whole of the winter season.",
        '"Every lorry that crosses the Osk river will pay twice the old toll.',
        "\u201cWe closed three lanes,\u201d said engineer Tova Rask, who runs the Velmar works.",
        "Engineer Tova Rask closed 3 lanes of the Velmar bridge on Monday.",
        # A closing mark in the shape of an opening one still closes the quotation.
        "\u201cDrivers should plan a longer route through Osk this winter, \u201c Rask added"
        " by email.",
    ]
    adds = _adds(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    assert left[0] not in adds["S1"] and left[1] not in adds["S1"]
    assert all(text in adds["S1"] for text in left[2:])



def test_a_sentence_opening_on_a_pronoun_that_points_back_is_not_listed() -> None:
    # "He also told ...", "His ferries ...", "This is the lowest ...", "It includes ...": the
    # person or thing it is about was named in an earlier sentence, so the item cannot be read
    # alone. A time ("This week ..."), an "it" that only announces the clause after it ("It is
    # not clear whether ...") and a quotation opening on a pronoun (the speaker's) stay.
    left = [
        "He also told the Velmar council to pay for 3 new ferries on the northern route.",
        "His ferries will run twice a day on the northern route to the port of Osk.",
        "This is the lowest toll on the Osk river since the Velmar bridge opened in 1998.",
        "It includes 4 new berths for the ferries and a waiting room for 200 passengers.",
        "This week the Velmar council voted to buy 2 new ferries for the northern route.",
        "It is not clear whether the Osk ferries will run in the winter storms of 2031.",
        "\u201cHe never paid the Osk toll,\u201d said harbour master Juno Brill of the ferries.",
        "Velmar mayor Ansa Holt opened the new ferry terminal at the port on Monday.",
    ]
    brief = _parsed(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    adds = {p.source: p for p in build_profiles(brief)}["S1"]
    listed = [c.text for c in adds.adds]
    assert not set(left[:4]) & set(listed)
    assert adds.adds_total == 4


def test_the_same_words_quoted_in_both_sources_are_said_elsewhere() -> None:
    # Two sources quote the same words of a speaker ("do not come back") around otherwise
    # different wording: the same statement reported twice, at a middling cosine. The same
    # quotation in an unrelated sentence (low cosine) does not count.
    left = [
        "Mayor Ansa Holt warned the Osk ferry crews on Friday: \u201cdo not come back\u201d.",
        "Skipper Bo Ness wrote that Tarrow was \u201ca gift to the gulls\u201d in his weekly"
        " column.",
        *FILLER,
    ]
    right = [
        "Skippers grumbled at the order, \u201cdo not come back\u201d, as the gale neared"
        " Lowmere.",
        "Gull counts rose sharply, \u201ca gift to the gulls\u201d as one birder put it on the"
        " radio.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.5, ("S1.2", "S2.2"): 0.3}))
    assert left[0] not in adds["S1"] and right[0] not in adds["S2"]
    assert left[1] in adds["S1"] and right[1] in adds["S2"]


def _listed(left: list[str]) -> tuple[list[str], int]:
    brief = _parsed(_brief(left, ["An unrelated sentence about the weather in the valley."], set()))
    profile = {p.source: p for p in build_profiles(brief)}["S1"]
    return [c.text for c in profile.adds], profile.adds_total


def test_a_connective_before_a_pointing_pronoun_still_points_back() -> None:
    # "But she couldn't reach ...", "And his proof was ...": the connective does not name the
    # person the pronoun stands for, so the item cannot be read alone. A name after the
    # connective, or an "it" that only announces a clause, stays.
    left = [
        "But she could not reach the Osk ferry office before it closed on Monday night.",
        "And his proof was that he had paid the Velmar bridge toll twice in 2030.",
        "But Velmar mayor Ansa Holt said the new ferries would run twice a day.",
        "But it is not clear whether the Osk ferries will run in the winter storms.",
    ]
    listed, total = _listed(left)
    assert not set(left[:2]) & set(listed)
    assert set(left[2:]) <= set(listed) and total == 2


def test_a_cut_off_teaser_without_a_main_verb_is_not_listed() -> None:
    # A teaser cut inside the subject ("The harbour master, who has run the port since 2019
    # and drew criticism for...") never gets to what it reports; a cut after the main verb
    # ("The council voted on Monday to buy two new ferries for the northern route...") does.
    left = [
        "The Velmar harbour master, who has run the Osk port since 2019 and drew sharp"
        " criticism over the winter closures...",
        "The Velmar council voted on Monday to buy two new ferries for the northern route"
        " to Osk...",
    ]
    listed, total = _listed(left)
    assert left[0] not in listed
    assert left[1] in listed and total == 1


def test_a_cue_written_as_a_name_mid_sentence_is_not_a_stance_marker() -> None:
    # "in May" is the month, not the hedge "may". The same word in lower case, or opening the
    # sentence, is still a cue.
    left = [
        "The Osk ferry strike ended in May after the crews signed the new pay deal.",
        "The Velmar council may raise the bridge toll again next spring, officials said.",
    ]
    counts = _stance(_brief(left, OTHER, set()))
    assert counts["hedge"] == 1
    opening = ["May the ferries of Osk run again next spring, the harbour master wrote."]
    assert _stance(_brief(opening, OTHER, set()))["hedge"] == 1


def test_a_sentence_starting_inside_an_earlier_sentences_quotation_is_not_listed() -> None:
    # One pair of marks around three sentences of a speaker: the second and third are the
    # speaker's words from their middle on, not readable alone. A sentence that opens its own
    # quotation stays, and so does narration after a mark that never closes (a closing mark
    # lost to the encoding).
    left = [
        "Ferry captain Jory Penhallow spoke to reporters at the Lowmere quay on Monday.",
        "\u201cWe waited for the tide all night.",
        "Then the engine failed off the Tarn light.",
        "Nobody on the bridge saw the rocks,\u201d Penhallow said of the crossing.",
        "\u201cThe crossing will reopen in May,\u201d said harbour master Edda Mossgrave.",
    ]
    adds = _adds(_brief(left, OTHER, set()))["S1"]
    assert left[2] not in adds and left[3] not in adds
    assert left[0] in adds and left[4] in adds
    lost = [
        "Harbour master Edda Mossgrave called the repairs \u201ca slow job,\ufffd? as ever.",
        "The Tarrow council will vote on the new harbour levy at its June meeting.",
    ]
    assert _adds(_brief(lost, OTHER, set()))["S1"] == lost


def test_an_instruction_after_a_fronted_phrase_is_not_listed() -> None:
    left = [
        "To enter the Lowmere regatta prize draw, send a postcard with your name to the harbour"
        " office.",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "Nurses in Tarrow said a week of rest by the sea might help, though none could say why.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert adds == [left[1], left[2]]


def test_a_photo_caption_closing_on_its_dateline_is_not_listed() -> None:
    left = [
        "Striking dockers hold up banners outside the ferry terminal in Lowmere, Tarrow,"
        " Tuesday, March 8, 2016.",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "The dockers walked out of the ferry terminal in Lowmere, Tarrow, March 8, 2016.",
        "The new harbour levy takes effect on January 1, 2012, the Tarrow council said.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert left[0] not in adds
    assert all(text in adds for text in left[1:])


def test_a_name_set_before_a_quotation_that_runs_on_is_not_listed() -> None:
    left = [
        "Ona Brill \u201cWe baked bread for the whole valley every single morning.",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "Ona Brill told the Lowmere Courier that she ran the bakery for 3 years.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert adds == [left[1], left[2]]


def test_an_item_of_a_list_ending_on_a_semicolon_is_a_cut() -> None:
    # One item a line, each closed by a semicolon: the rest of its sentence is elsewhere. An
    # item without a verb says nothing; one with a verb comes after the whole sentences.
    left = [
        "Details of the ferry timetables that the passengers looked up on the Lowmere app;",
        "The operator keeps the records of every crossing the passengers booked on the app;",
        "Ferry operator Calla Brine cancelled 14 crossings and refunded 2,300 tickets.",
        "The harbour was quiet and grey on the morning of the strike.",
    ]
    adds = _adds(_parsed(_brief(left, OTHER, set())))["S1"]
    assert adds == [left[2], left[3], left[1]]


def test_a_number_in_words_opening_a_sentence_is_the_same_figure_as_its_digits() -> None:
    # News style spells out a number that opens a sentence: "Sixty" here is the "60" of the
    # other source, the same figure, so the pair is one piece of information (at a cosine of
    # 0.5 and an overlap of about 0.3, too little without a figure in common).
    left = ["Sixty votes were needed to pass the Tarrow harbour levy.", *FILLER]
    right = [
        "Needing 60 ballots, the levy stalled in the Tarrow chamber on Tuesday.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_brief_at(left, right, {("S1.1", "S2.1"): 0.5}))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]
    # A number joined by a hyphen ("Sixty-two") is no 60: kept.
    other = ["Sixty-two votes were needed to pass the Tarrow harbour levy.", *FILLER]
    adds = _adds(_brief_at(other, right, {("S1.1", "S2.1"): 0.5}))
    assert other[0] in adds["S1"]
    assert right[0] in adds["S2"]


def test_four_words_of_what_is_said_in_common_need_no_margin() -> None:
    # Two leads of one event in a short cluster where every sentence is about as near to the
    # others (a topic cosine of 0.5, the pair at 0.52: no margin): four lower-case words of what
    # is said in common ("overturned", "lower", "court", "rulings") and some rare words
    # confirm it: said elsewhere.
    left = [
        "In both appeals, the judges overturned lower court rulings that had gone against"
        " the Tarrow wardens.",
        *FILLER,
    ]
    right = [
        "The short opinions, posted on the Ostrel bench's list of orders, overturned two"
        " lower court rulings.",
        "The Lowmere harbour master said the fog lifted only after the ferries had sailed.",
    ]
    adds = _adds(_crowded(left, right, topic=0.5, pair=0.52))
    assert left[0] not in adds["S1"]
    assert right[0] not in adds["S2"]
    # Three words in common in the same crowd: a topic neighbour, kept.
    other = [
        "The judges said lower court rulings on the wardens' pay would be heard next spring.",
        *FILLER,
    ]
    adds = _adds(_crowded(other, right, topic=0.5, pair=0.52))
    assert other[0] in adds["S1"]
    # Four words in common, but too few rare words (an overlap of about 0.2 among other names,
    # a sum under 0.75): a neighbour on the same topic in a long story, kept.
    names = [
        "Wardens Pell Arno and Cass Virel of Tarrow saw lower court rulings overturned twice"
        " while the Harn Bay appeals sat in Mirefield.",
        *FILLER,
    ]
    adds = _adds(_crowded(names, right, topic=0.5, pair=0.52))
    assert names[0] in adds["S1"]
    # The same four words, but the sentence gives an amount the other does not (34 rulings):
    # a figure of its own, kept.
    counted = [
        "In both appeals, the judges overturned 34 lower court rulings that had gone against"
        " the Tarrow wardens.",
        *FILLER,
    ]
    adds = _adds(_crowded(counted, right, topic=0.5, pair=0.52))
    assert counted[0] in adds["S1"]


def test_only_a_whole_number_in_words_is_read_as_a_figure() -> None:
    from synoptic.stages.profiles import _figures

    assert _figures("Sixty votes were needed.") == frozenset({"60"})
    # Part of a larger number, a rough count or a small everyday count: no figure.
    assert _figures("Sixty-two votes were needed.") == frozenset()
    assert _figures("Twenty thousand people marched.") == frozenset()
    assert _figures("A dozen people and two dogs waited.") == frozenset()
