"""Align: which sentences of different sources are one claim (invented texts, fixed vectors)."""

from __future__ import annotations

import numpy as np

from synoptic.backends.nlp import load_spacy
from synoptic.model import Sentence
from synoptic.stages.align import CLOSE_COSINE, _group, _PairScorer, amounts, same_clause


def _sentences(texts: list[str]) -> list[Sentence]:
    """One sentence a source: S0.1, S1.1, ..."""
    return _sourced([(f"S{i}", t) for i, t in enumerate(texts)])


def _same_vectors(n: int) -> np.ndarray:
    return np.tile(np.array([[0.6, 0.8]], dtype=np.float32), (n, 1))  # cosine 1 everywhere


def test_one_shared_word_is_not_most_of_a_short_sentence() -> None:
    texts = [
        "We have always trusted the river.",
        "But we trusted you, all of us.",
        "We have always trusted the river, he said.",
        "The ferry ran late again on the eastern bank.",
    ]
    scorer = _PairScorer([0, 1, 2, 3], _sentences(texts), np.eye(4, dtype=np.float32))
    topical = 0.6  # related by the vectors, not a paraphrase
    assert topical < CLOSE_COSINE
    # "trusted" is the shorter sentence's only content word: one shared word is chance
    assert scorer.containment(0, 1) == 0.0
    assert scorer.score(0, 1, cosine=topical) == 0.0
    assert scorer.score(0, 1, cosine=CLOSE_COSINE) >= 0.5  # a close paraphrase still links
    # two or more shared words: most of the shorter sentence, the same claim
    assert scorer.containment(0, 2) >= 0.99
    assert scorer.score(0, 2, cosine=topical) >= 0.5


def test_a_statement_and_its_later_retraction_are_not_one_claim() -> None:
    texts = [
        "“The north bridge at Carrow Point is closed to all traffic tonight,” a county spokesman "
        "told the Gazette.",
        "A county spokesman, Dale Ormsby, initially said that “the north bridge at Carrow Point is "
        "closed to all traffic tonight,” but later clarified that one lane remained open.",
        "Dale Ormsby, a county spokesman, said “the north bridge at Carrow Point is closed to all "
        "traffic tonight.”",
        "The Gazette on Friday retracted its report that the north bridge at Carrow Point was "
        "closed to all traffic.",
        "The Ledger also retracted its report that the north bridge at Carrow Point was closed "
        "to all traffic.",
    ]
    sentences = _sentences(texts)
    scorer = _PairScorer(list(range(5)), sentences, _same_vectors(5))
    assert scorer.same_quote(0, 1)  # the same quoted words ...
    assert scorer.score(0, 1) == 0.0  # ... but one sentence says they were taken back
    assert scorer.score(0, 2) > 0.5  # the same statement, worded otherwise
    assert scorer.score(2, 3) == 0.0
    assert scorer.score(3, 4) > 0.5  # two retractions: the same information
    groups = _group(list(range(5)), sentences, scorer, 0.5, 5)
    assert not any({0, 1} <= set(g) or {1, 2} <= set(g) for g in groups)
    assert any({0, 2} <= set(g) for g in groups)


def test_sentences_worded_alike_with_different_full_dates_are_not_one_claim() -> None:
    texts = [
        "The Harwick council will meet on 12 April to vote on the new tram line to Fenmoor.",
        "The Harwick council will meet on April 26 to vote on the new tram line to Fenmoor.",
        "The Harwick council will meet on April 12, 2031 to vote on the new tram line to Fenmoor.",
        "The Harwick council will meet to vote on the new tram line to Fenmoor, officials said.",
    ]
    sentences = _sentences(texts)
    scorer = _PairScorer([0, 1, 2, 3], sentences, _same_vectors(4))
    assert scorer.score(0, 1) == 0.0  # 12 April / April 26: not the same information
    assert scorer.score(0, 2) > 0.5  # the same day, one with its year
    assert not scorer.other_dates(1, 3)  # a sentence with no date agrees with either
    groups = _group([0, 1, 2, 3], sentences, scorer, 0.5, 4)
    assert not any({0, 1} <= set(g) or {1, 2} <= set(g) for g in groups)
    assert any({0, 2} <= set(g) for g in groups)


def test_sentences_worded_alike_with_different_weekdays_are_not_one_claim() -> None:
    """"First reported on Thursday that X" and "on Saturday retracted the reports that X" share
    most words but tell two acts; a weekday and a written date are not compared."""
    texts = [
        "The Ledger first reported on Thursday that the Vell mayor had been warned by police.",
        "The Ledger on Saturday published its report that the Vell mayor was warned by police.",
        "The Ledger said on Thursday that the Vell mayor had been warned by the police.",
        "The Ledger reported on 12 April that the Vell mayor had been warned by police.",
    ]
    scorer = _PairScorer([0, 1, 2, 3], _sentences(texts), _same_vectors(4))
    assert scorer.other_dates(0, 1) and scorer.score(0, 1) == 0.0  # Thursday / Saturday
    assert not scorer.other_dates(0, 2) and scorer.score(0, 2) > 0.5  # the same weekday
    assert not scorer.other_dates(0, 3)  # a weekday may be that date: not compared


def _sourced(texts: list[tuple[str, str]]) -> list[Sentence]:
    """Sentences of (source, text), numbered in order within their source."""
    seen: dict[str, int] = {}
    out = []
    for src, t in texts:
        seen[src] = seen.get(src, 0) + 1
        out.append(
            Sentence(
                id=f"{src}.{seen[src]}",
                source=src,
                start=0,
                end=len(t),
                text=t,
                paragraph=0,
                index=seen[src] - 1,
            )
        )
    return out


_LEAD_A = (
    "The Tarrow county board voted on Monday to shut the Elmsby ferry crossing for the winter."
)
_LEAD_B = (
    "The river service at Elmsby will be suspended until spring after a vote by Tarrow "
    "officials."
)
_FILLERS = [
    "Farmers on the east bank said the decision would cut them off from the grain market.",
    "Repairs to the landing stage are expected to cost about twice the yearly budget.",
]


def _lead_scorer(texts: list[tuple[str, str]], close: dict[tuple[int, int], float]) -> _PairScorer:
    """A scorer whose vectors are orthogonal except the pairs given with their cosine."""
    n = len(texts)
    gram = np.eye(n)
    for (i, j), c in close.items():
        gram[i, j] = gram[j, i] = c
    vectors = np.linalg.cholesky(gram).astype(np.float32)  # rows with exactly these cosines
    return _PairScorer(list(range(n)), _sourced(texts), vectors)


def test_counts_in_words_that_differ_are_not_one_claim() -> None:
    texts = [
        "Three people armed with knives robbed the Kessel post office on the main square.",
        "Two men armed with knives robbed the Kessel post office on the main square.",
        "3 people armed with knives robbed the Kessel post office on the main square, police said.",
        "People armed with knives robbed the Kessel post office on the main square.",
    ]
    scorer = _PairScorer([0, 1, 2, 3], _sentences(texts), _same_vectors(4))
    assert scorer.other_counts(0, 1) and scorer.score(0, 1) == 0.0  # three / two
    assert not scorer.other_counts(0, 2) and scorer.score(0, 2) > 0.5  # three / 3
    assert scorer.score(1, 3) > 0.5  # a sentence with no count agrees with either
    groups = _group([0, 1, 2, 3], _sentences(texts), scorer, 0.5, 4)
    assert not any({0, 1} <= set(g) for g in groups)


def test_spans_of_time_in_different_units_do_not_disagree() -> None:
    """"For three decades" and "for five terms" measure one career in two units, and neither
    disagrees with an age ("died at 81"); two spans in one unit do ("two decades")."""
    texts = [
        "Idris Calloway, who led the port city of Vell for three decades, has died, his aide said.",
        "Idris Calloway, who led the port city of Vell for five terms, has died, his aide said.",
        "Idris Calloway, who led the port city of Vell for two decades, has died, his aide said.",
        "Idris Calloway, who led the port city of Vell, has died at 81, his aide said.",
        "Idris Calloway, an 81-year-old who led the port city of Vell, has died, his aide said.",
    ]
    scorer = _PairScorer(list(range(5)), _sentences(texts), _same_vectors(5))
    assert not scorer.other_counts(0, 1) and not scorer.other_figures(0, 1)  # decades / terms
    assert scorer.score(0, 1) > 0.5
    assert not scorer.other_figures(0, 3) and scorer.score(0, 3) > 0.5  # decades / an age
    assert scorer.other_counts(0, 2) and scorer.score(0, 2) == 0.0  # three / two decades
    assert scorer.same_information(3, 4, 0.0)  # an age is no span: 81 in common
    groups = _group(list(range(5)), _sentences(texts), scorer, 0.5, 5)
    assert not any({0, 2} <= set(g) for g in groups)


def test_a_distance_is_no_count_of_people() -> None:
    """"Within two miles" measures a distance: it does not make "three people" agree with
    "two men"."""
    texts = [
        "The thefts took place within two miles of each other, by three people with red masks.",
        "Two men with red masks carried out the thefts within a few streets of each other.",
    ]
    scorer = _PairScorer([0, 1], _sentences(texts), _same_vectors(2))
    assert scorer.other_counts(0, 1) and scorer.score(0, 1) == 0.0


def test_two_leads_below_the_overlap_floor_are_not_linked() -> None:
    """Two outlets' opening sentences, each the other's best match, with the word overlap below
    the floor: not one claim. A rule linking such leads was measured and left out: it found 11
    right claims on AllSides 230-252 and Multi-News 60-79, but linked partial pairs on DUC and
    took the held-out AllSides summary from 42.51 / 16.97 to 42.22 / 16.73 (ROUGE-1/2 recall)."""
    texts = [("A", _LEAD_A), ("A", _FILLERS[0]), ("B", _LEAD_B), ("B", _FILLERS[1])]
    scorer = _lead_scorer(texts, {(0, 2): 0.74})
    assert 0.15 < scorer.overlap(0, 2) < 0.3
    assert scorer.score(0, 2) == 0.0
    assert [0, 2] not in _group([0, 1, 2, 3], _sourced(texts), scorer, 0.5, 4)


def test_a_quoted_title_is_not_a_shared_quotation() -> None:
    """A book's title in quotation marks is not words someone said: three sentences that name
    "Rivers of Salt: Letters From Vell and the Long Road North" tell three different things."""
    texts = [
        "The court obtained the draft of a new book, “Rivers of Salt: Letters From Vell and the "
        "Long Road North,” which is based on interviews with former ferry crews.",
        "“The board has doubled the stakes,” said Mara Quell, co-author of the book “Rivers of "
        "Salt: Letters From Vell and the Long Road North.”",
        "“We have always trusted the river and we trusted the ferry crews,” said Mara Quell of "
        "the ferry union.",
        "“We have always trusted the river and we trusted all the ferry crews,” Quell told the "
        "Gazette.",
    ]
    scorer = _PairScorer([0, 1, 2, 3], _sentences(texts), np.eye(4, dtype=np.float32))
    assert not scorer.same_quote(0, 1)  # a title, not a statement
    assert scorer.score(0, 1, cosine=0.6) == 0.0
    assert scorer.same_quote(2, 3)  # speech quoted alike still is one claim


def test_different_quotations_of_one_speaker_are_not_one_claim() -> None:
    """Two sentences that each quote a speaker at length, with different words, say different
    things: the words they share are the attribution ("said Ivo Brandt, a former official of
    the Harwick port authority who now teaches at Fenmoor College")."""
    texts = [
        "“It seems to me that the whole quarrel over the tolls is a sideshow,” said Ivo Brandt, a "
        "former official of the Harwick port authority who now teaches at Fenmoor College.",
        "“It was further along than most plans we ever saw,” recalled Ivo Brandt, a former "
        "official of the Harwick port authority who now teaches at Fenmoor College.",
        "Ivo Brandt, a former official of the Harwick port authority who now teaches at Fenmoor "
        "College, called the quarrel over the tolls a sideshow.",
        "“It seems to me the quarrel over the tolls is a sideshow,” Ivo Brandt, a former official "
        "of the Harwick port authority, said.",
    ]
    sentences = _sentences(texts)
    scorer = _PairScorer([0, 1, 2, 3], sentences, _same_vectors(4))
    assert scorer.score(0, 1) == 0.0  # other quoted words: not the same statement
    assert scorer.score(0, 2) > 0.5  # one quotes, one reports it: not compared
    assert scorer.score(0, 3) > 0.5  # the same quotation
    groups = _group([0, 1, 2, 3], sentences, scorer, 0.5, 4)
    assert not any({0, 1} <= set(g) for g in groups)


def test_a_source_that_copies_a_claim_adds_no_second_sentence_to_it() -> None:
    """S2 carries a copy of S1's sentence; its own sentence on the same topic must not join the
    claim as a second independent source (a copy counts once, with its original)."""
    texts = [
        ("S1", "Several councillors said that despite the cost they expected to back the Vell "
         "tram bill anyway."),
        ("S2", "Several councillors said that despite the cost they expected to back the Vell "
         "tram bill anyway."),
        ("S2", "Still, the councillor said he expected to back the Vell tram bill anyway."),
    ]
    sentences = _sourced(texts)
    sentences[1].duplicate_of = sentences[0].id
    scorer = _PairScorer([0, 2], sentences, _same_vectors(3))
    assert scorer.score(0, 2) > 0.5  # worded alike ...
    groups = _group([0, 2], sentences, scorer, 0.5, 2)
    assert [0, 2] not in groups  # ... but S2 already holds the claim through its copy


def test_close_paraphrases_link_on_half_the_word_overlap_unless_their_figures_differ() -> None:
    """Two outlets word one fact differently: at a cosine of 0.75 or more, half the overlap
    floor suffices (the mean with the cosine still has to reach the threshold). Two sentences
    with figures and none in common ("$4 million" / "$7 million") keep the full floor; a year
    in both is no figure of its own."""
    texts = [
        ("A", "A county judge on Monday dismissed the Harbor Board's lawsuit against the "
         "Kessel ferry company, a blow to regulators."),
        ("B", "The ferry operator won as a justice threw out the port regulators' case seeking "
         "to split up the firm in Kessel."),
        ("A", "The Vell council will spend $4 million on the new tram depot in 2031, its "
         "treasurer said."),
        ("B", "Officials plan a $7 million outlay for a depot of the Vell trams by 2031, "
         "according to budget papers."),
        ("B", "Officials plan a $4 million outlay for a depot of the Vell trams by 2031, "
         "according to budget papers."),
    ]
    scorer = _lead_scorer(texts, {(0, 1): 0.86, (2, 3): 0.86, (2, 4): 0.86, (3, 4): 0.75})
    assert 0.15 < scorer.overlap(0, 1) < 0.3
    assert scorer.score(0, 1) >= 0.5
    assert [0, 1] in _group(list(range(5)), _sourced(texts), scorer, 0.5, 5)
    assert 0.15 < scorer.overlap(2, 3) < 0.3 and 0.15 < scorer.overlap(2, 4) < 0.3
    assert scorer.other_figures(2, 3) and scorer.score(2, 3) == 0.0  # 4 / 7 million
    assert not scorer.other_figures(2, 4) and scorer.score(2, 4) >= 0.5  # 2031 is a year


def test_a_heading_close_by_the_vectors_needs_the_full_word_overlap() -> None:
    """A heading in title case sits close to any sentence on its topic: the half floor for
    close paraphrases does not apply to it (the paraphrase case: the test above)."""
    texts = [
        ("A", "A county judge on Monday dismissed the Harbor Board's lawsuit against the "
         "Kessel ferry company, a blow to regulators."),
        ("B", "Regulation of Ferry Companies in River Towns: Lessons From the Kessel Crossings."),
        ("A", "Farmers on the east bank said the decision would cut them off from the market."),
    ]
    scorer = _lead_scorer(texts, {(0, 1): 0.86})
    assert scorer.heading[1] and not scorer.heading[0]
    assert 0.15 < scorer.overlap(0, 1) < 0.3
    assert scorer.score(0, 1) == 0.0  # a heading: the full floor


_MASKS = [
    ("A", "Facing a sharp rise in fever cases, Tarrow county will again require riders to wear "
     "masks on its ferries, whatever their vaccination status."),
    ("B", "A steady increase in fever cases means the mask rule on Tarrow ferries must return, "
     "even for vaccinated riders, the county health officer said."),
    ("C", "Tarrow county has decided to bring back the ferry mask rule for all riders after "
     "fever cases rose."),
    ("C", "Farmers on the east bank said the decision would cut them off from the grain market."),
]


def test_a_sentence_linked_to_one_member_and_close_to_the_others_joins_the_claim() -> None:
    """Three outlets word one fact three ways: the middle wording links to both others, the
    outer two share too few words to link to each other but stand close by the vectors: one
    claim of three sources, not a claim of two with the third left out."""
    scorer = _lead_scorer(_MASKS, {(0, 1): 0.8, (1, 2): 0.85, (0, 2): 0.7})
    assert scorer.score(0, 1) >= 0.5 and scorer.score(1, 2) >= 0.5
    assert scorer.score(0, 2) == 0.0 and scorer.near(0, 2)
    assert _group(list(range(4)), _sourced(_MASKS), scorer, 0.5, 4) == [[0, 1, 2], [3]]


def test_a_close_sentence_telling_a_failure_does_not_join_on_its_vectors() -> None:
    """Close vectors, one sentence tells a failure the other does not ("will again require" /
    "failed to bring back"): opposite outcomes, so no join without a link of its own."""
    texts = [*_MASKS[:2], ("C", "Tarrow county failed to bring back the ferry mask rule for all "
                           "riders after fever cases rose."), _MASKS[3]]
    scorer = _lead_scorer(texts, {(0, 1): 0.8, (1, 2): 0.85, (0, 2): 0.7})
    assert scorer.score(0, 2) == 0.0 and not scorer.near(0, 2)
    assert not any({0, 1, 2} <= set(g) for g in _group(list(range(4)), _sourced(texts), scorer,
                                                         0.5, 4))


def test_two_leads_close_by_the_vectors_link_on_the_lower_overlap_floor() -> None:
    """The same two leads as above at a cosine of 0.79: a close paraphrase, linked on half the
    overlap floor (the mean with the cosine still reaches the threshold)."""
    texts = [("A", _LEAD_A), ("A", _FILLERS[0]), ("B", _LEAD_B), ("B", _FILLERS[1])]
    scorer = _lead_scorer(texts, {(0, 2): 0.79})
    assert 0.15 < scorer.overlap(0, 2) < 0.3
    assert scorer.score(0, 2) >= 0.5
    assert [0, 2] in _group([0, 1, 2, 3], _sourced(texts), scorer, 0.5, 4)


def test_numbers_in_names_and_days_of_dates_are_no_amounts() -> None:
    assert amounts("Vell-19 cases rose by 12% in the week to May 4, officials said.") == {"12"}
    assert amounts("The board met on 4 July and again on July 9, 2031.") == {"2031"}  # a year
    assert amounts("Four of the 9 boats sank.") == {"9"}
    assert amounts("As of 4 pm, 7% of the pumps and at 10:30 a.m. 12 more were dry.") == {"7", "12"}


def test_two_goals_with_one_deadline_are_not_one_claim() -> None:
    """Alike in all but their figures, with the same deadline ("by June 4"): two goals. The
    day of the date is no figure in common, and close vectors are no paraphrase when the
    figures differ."""
    texts = [
        ("A", "The Tarrow board set a goal of 70% of ferry riders holding a season pass by "
         "June 4, its chair said."),
        ("B", "The Tarrow board also set a goal of 40,000 ferry riders holding a digital ticket "
         "by June 4."),
        ("B", "Farmers on the east bank said the decision would cut them off from the market."),
    ]
    scorer = _lead_scorer(texts, {(0, 1): 0.82})
    assert scorer.overlap(0, 1) >= 0.3  # the full floor, and more
    assert scorer.other_figures(0, 1)  # 70 / 40000, the "4" of June 4 left out
    assert scorer.score(0, 1) == 0.0
    assert _group([0, 1, 2], _sourced(texts), scorer, 0.5, 3) == [[0], [1], [2]]



def _frame_scorer(texts: list[tuple[str, str]], close: dict[tuple[int, int], float]) -> _PairScorer:
    """:func:`_lead_scorer` with each sentence parsed by the shipped spaCy model."""
    nlp = load_spacy()
    n = len(texts)
    gram = np.eye(n)
    for (i, j), c in close.items():
        gram[i, j] = gram[j, i] = c
    vectors = np.linalg.cholesky(gram).astype(np.float32)
    parses = {i: list(nlp(t)) for i, (_, t) in enumerate(texts)}
    return _PairScorer(list(range(n)), _sourced(texts), vectors, parses)


def test_one_meeting_told_in_other_words_links_on_its_shared_clause() -> None:
    """Two outlets tell one meeting with few words in common: the same verb with the same
    object ("met with ... Marrow") is the evidence the wording lacks."""
    texts = [
        ("A", "The harbour league's envoy met with Ivo Marrow at a guarded villa, the first "
         "visitor he has been allowed since the coup."),
        ("B", "Lena Voss, who speaks for the league abroad, met with the deposed mayor Marrow "
         "and found him in good health."),
        *_FILLER_ROWS,
    ]
    scorer = _frame_scorer(texts, {(0, 1): 0.7})
    assert scorer.overlap(0, 1) < 0.3
    assert scorer.score(0, 1) == 0.5
    assert [0, 1] in _group([0, 1, 2, 3], _sourced(texts), scorer, 0.5, 4)


def test_a_request_told_with_other_verbs_links_on_two_shared_arguments() -> None:
    """"asked X to carry a note" / "wanted X to hand the minutes": other verbs, but the
    same asker and the same go-between, at a cosine the vectors vouch for."""
    texts = [
        ("A", "Oda asked Brell to carry a note to the river council."),
        ("B", "Oda wanted Brell to hand the minutes of their meeting to Kane."),
        *_FILLER_ROWS,
    ]
    scorer = _frame_scorer(texts, {(0, 1): 0.66})
    assert scorer.overlap(0, 1) < 0.3
    assert scorer.score(0, 1) == 0.5
    assert [0, 1] in _group([0, 1, 2, 3], _sourced(texts), scorer, 0.5, 4)
    low = _frame_scorer(texts, {(0, 1): 0.62})  # other verbs below JOIN_COSINE: no link
    assert low.score(0, 1) == 0.0


def test_one_verb_and_subject_with_other_objects_is_no_shared_clause() -> None:
    """"Vell fever affects adults" / "Vell fever affects the lungs": the same subject
    and verb, two facts; nor does a shared clause link two sentences whose figures differ."""
    texts = [
        ("A", "Though it strikes mostly the young, Vell fever sometimes affects adults."),
        ("B", "Vell fever affects the lungs and the heart of those it infects, doctors said."),
        ("A", "The Tarrow board asked the port for $4 million to rebuild the landing stage."),
        ("B", "Its members, led by Ada Kell, asked the port on Friday for $7 million."),
    ]
    scorer = _frame_scorer(texts, {(0, 1): 0.7, (2, 3): 0.7})
    assert not same_clause(scorer.frames[0], scorer.frames[1], True)
    assert scorer.score(0, 1) == 0.0
    assert same_clause(scorer.frames[2], scorer.frames[3], True)  # asked the port
    assert scorer.other_figures(2, 3) and scorer.score(2, 3) == 0.0


def test_an_object_pronoun_is_an_object_that_differs_from_a_named_one() -> None:
    """"a former aide said Ravel struck him" / "Ravel struck her son": one verb and subject,
    two victims; the pronoun is an object of its own, not a missing one."""
    texts = [
        ("A", "The Daily Courier reported that a former aide said Ravel struck him."),
        ("B", "Retired anchor says Ravel struck her son"),
    ]
    scorer = _frame_scorer(texts, {(0, 1): 0.7})
    assert scorer.frames[0][0].objects == (frozenset(),)  # "him": an object, unknown
    assert scorer.overlap(0, 1) < 0.3
    assert scorer.score(0, 1) == 0.0


_FILLER_ROWS = [("A", _FILLERS[0]), ("B", _FILLERS[1])]
