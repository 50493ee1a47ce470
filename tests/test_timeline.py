"""Timeline: dates resolved against the article's own date, at their real precision."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from synoptic.facts import TimelineEvent
from synoptic.model import Citation, Source
from synoptic.pipeline import Pipeline
from synoptic.stages.timeline import (
    _event_text,
    _future,
    _is_bound,
    _is_dateline,
    _is_page_line,
    _is_reference,
    _is_timestamp,
    _Mention,
    _merge,
    _not_an_event,
    parse_published,
    resolve_date,
)
from synoptic.text import content_stems
from test_entities import load_eval

BASE = datetime(2019, 4, 26)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("May 2018", "2018-05"),
        ("2019", "2019"),
        ("April 25", "2019-04-25"),
        ("in November", "2018-11"),
        ("last year", "2018"),
        ("May last year", "2018-05"),
        ("a year ago", "2018"),
        ("since October 2017", "2017-10"),
        ("23-25 April 2019", "2019-04-23"),
        ("April 25 to 27", "2019-04-25"),
        ("Monday", "2019-04-22"),
        ("this week", "2019-W17"),
        ("earlier this month", "2019-04"),
        ("later this year", "2019"),
        ("mid-2017", "2017"),
        ("next year's", "2020"),
    ],
)
def test_resolves_against_the_article_date(expression: str, expected: str) -> None:
    assert resolve_date(expression, BASE) == (expected, True)


@pytest.mark.parametrize(
    "expression",
    [
        "eight years",
        "less than a year",
        "the last three days",
        "annual",
        "months",
        "2005–2009",
        "two days later",
        "the 1990s",
        "just two days",
        "three weeks before",
        "a year earlier",
    ],
)
def test_durations_and_anaphora_are_not_dates(expression: str) -> None:
    assert resolve_date(expression, BASE) is None


def test_relative_dates_without_an_article_date_stay_unresolved() -> None:
    assert resolve_date("last year", None) == (None, False)
    assert resolve_date("Friday", None) == (None, False)
    assert resolve_date("March 15, 2019", None) == ("2019-03-15", True)


def test_future_clauses_look_forward() -> None:
    assert resolve_date("May", BASE, future=True) == ("2019-05", True)
    assert resolve_date("May", BASE) == ("2018-05", True)


def test_published_is_read_as_iso_or_ignored() -> None:
    assert parse_published("2019-04-26T10:00:00+03:00") == datetime(2019, 4, 26)
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


def test_timeline_runs_after_align_in_the_default_pipeline() -> None:
    names = Pipeline().names
    assert names.index("entities") > names.index("segment")
    assert names.index("timeline") > names.index("align")


def test_event_to_dict_has_the_documented_fields() -> None:
    ev = TimelineEvent(
        date="2019",
        text="t",
        expression="2019",
        sources=["S1"],
        citations=[Citation(source="S1", start=0, end=1)],
    )
    assert set(ev.to_dict()) >= {"date", "text", "sources", "citations", "resolved"}


@pytest.mark.slow
def test_fixture_dates_meet_the_floor() -> None:
    ev = load_eval()
    for folder in (ev.FIXTURES, ev.FIXTURES / "heldout"):
        brief, ids = ev.fixture_run(folder)
        scores = ev.score_timeline(brief, ids, ev.load_gold(folder))
        assert scores.precision >= 0.9
        assert scores.recall >= 0.9


@pytest.mark.slow
def test_one_event_reported_by_two_sources_is_one_entry() -> None:
    ev = load_eval()
    brief, _ = ev.fixture_run(ev.FIXTURES)
    vote = [e for e in brief.timeline if e.date == "2024-03-11" and "council" in e.text]
    assert any(e.sources == ["S1", "S2"] for e in vote)
    for event in brief.timeline:
        for c in event.citations:
            assert 0 <= c.start < c.end <= len(brief.source(c.source).original)
    undated = [e for e in brief.timeline if not e.resolved]
    assert undated and all(e.date is None for e in undated)


def test_a_date_in_a_sentence_without_a_verb_terminates() -> None:
    # Regression: walking up heads to a verb must stop at the root (spaCy tokens are new
    # objects on each access, so an identity test never ended on verbless sentences).
    words = ["Snow", "on", "March", "3", ",", "2008", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 0, 1, 2, 2, 2, 0],
        deps=["ROOT", "prep", "pobj", "nummod", "punct", "nummod", "punct"],
        pos=["NOUN", "ADP", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT"],
        sent_starts=[True, False, False, False, False, False, False],
        ents=["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"],
    )
    src = Source(id="S1", path="a", kind="text", original=doc.text)
    (ent,) = doc.ents
    assert _future(ent) is False
    assert _event_text(ent, src, 0)[0].startswith("Snow on March")


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = {"VB": "VERB", "VBG": "VERB", "MD": "AUX", "TO": "PART", "IN": "ADP", ",": "PUNCT"}
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "NOUN" if t.startswith("NN") else "PUNCT") for t in tags],
        sent_starts=[k == 0 for k in range(len(words))],
        ents=["B-DATE" if w == "November" else "O" for w in words],
    )


def test_an_infinitive_or_a_clause_of_a_future_verb_looks_forward() -> None:
    # "Rules to take effect in November."
    doc = _parsed(
        ["Rules", "to", "take", "effect", "in", "November", "."],
        [0, 2, 0, 2, 2, 4, 0],
        ["ROOT", "aux", "acl", "dobj", "prep", "pobj", "punct"],
        ["NNS", "TO", "VB", "NN", "IN", "NNP", "."],
    )
    assert _future(doc.ents[0]) is True
    # "Starting in November, travellers will fly."
    doc = _parsed(
        ["Starting", "in", "November", ",", "travellers", "will", "fly", "."],
        [6, 0, 1, 6, 6, 6, 6, 6],
        ["advcl", "prep", "pobj", "punct", "nsubj", "aux", "ROOT", "punct"],
        ["VBG", "IN", "NNP", ",", "NNS", "MD", "VB", "."],
    )
    assert _future(doc.ents[0]) is True
    # "Starting in November, travellers flew." stays in the past.
    doc = _parsed(
        ["Starting", "in", "November", ",", "travellers", "flew", "."],
        [5, 0, 1, 5, 5, 5, 5],
        ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        ["VBG", "IN", "NNP", ",", "NNS", "VBD", "."],
    )
    assert _future(doc.ents[0]) is False


def test_event_text_is_trimmed_and_keeps_its_parentheses_closed() -> None:
    vocab = spacy.blank("en").vocab
    # "The invitation was sent, preparations started in November 2018."
    words = ["The", "invitation", "was", "sent", ",", "preparations", "started", "in"]
    words += ["November", "2018", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 3, 3, 3, 6, 6, 3, 6, 7, 8, 3],
        deps=[
            "det",
            "nsubjpass",
            "auxpass",
            "ROOT",
            "punct",
            "nsubj",
            "conj",
            "prep",
            "pobj",
            "nummod",
            "punct",
        ],
        pos=[
            "DET",
            "NOUN",
            "AUX",
            "VERB",
            "PUNCT",
            "NOUN",
            "VERB",
            "ADP",
            "PROPN",
            "NUM",
            "PUNCT",
        ],
        sent_starts=[k == 0 for k in range(len(words))],
        ents=[*(["O"] * 8), "B-DATE", "I-DATE", "O"],
    )
    src = Source(id="S1", path="a", kind="text", original=doc.text)
    text, start, _ = _event_text(doc.ents[0], src, 0)
    assert text == "preparations started in November 2018"
    assert src.original[start] == "p"
    # "The forum, organized by the ministry (23 April), opened."
    words = ["The", "forum", ",", "organized", "by", "the", "ministry", "(", "23", "April"]
    words += [")", ",", "opened", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 12, 1, 1, 3, 6, 4, 6, 9, 6, 12, 12, 12, 12],
        deps=[
            "det",
            "nsubj",
            "punct",
            "acl",
            "agent",
            "det",
            "pobj",
            "punct",
            "nummod",
            "appos",
            "punct",
            "punct",
            "ROOT",
            "punct",
        ],
        pos=[
            "DET",
            "NOUN",
            "PUNCT",
            "VERB",
            "ADP",
            "DET",
            "NOUN",
            "PUNCT",
            "NUM",
            "PROPN",
            "PUNCT",
            "PUNCT",
            "VERB",
            "PUNCT",
        ],
        sent_starts=[k == 0 for k in range(len(words))],
        ents=[*(["O"] * 8), "B-DATE", "I-DATE", *(["O"] * 4)],
    )
    src = Source(id="S1", path="a", kind="text", original=doc.text)
    text, _, _ = _event_text(doc.ents[0], src, 0)
    assert text.count("(") == text.count(")")


@pytest.mark.slow
def test_an_undated_article_resolves_a_bare_month_after_a_full_date(tmp_path: Path) -> None:
    import synoptic

    (tmp_path / "a.txt").write_text(
        "Bids for the new ferry closed in May 2018, and work on its hull started in November. "
        "The yard is in Halvik.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    dates = {e.expression: e.date for e in brief.timeline}
    assert dates.get("November") == "2018-11", dates


@pytest.mark.slow
def test_an_undated_article_does_not_count_last_year_from_another_date(tmp_path: Path) -> None:
    import synoptic

    (tmp_path / "a.txt").write_text(
        "Freed in 2011, Edda Voss resumed her campaign for the ferry soon after her parole ended "
        "last year. The yard is in Halvik.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    last_year = [e for e in brief.timeline if e.expression == "last year"]
    assert last_year and last_year[0].date is None and not last_year[0].resolved


def test_a_recent_day_in_a_future_clause_is_the_recent_one() -> None:
    # "The new timetable will start on April 20" in a paper of April 26: that April 20.
    assert resolve_date("April 20", BASE, future=True) == ("2019-04-20", True)
    assert resolve_date("May 3", BASE, future=True) == ("2019-05-03", True)
    assert resolve_date("Monday", BASE, future=True) == ("2019-04-29", True)


def test_a_plan_told_in_the_past_takes_the_nearer_date() -> None:
    assert resolve_date("May", BASE, future=None) == ("2019-05", True)
    assert resolve_date("March", BASE, future=None) == ("2019-03", True)
    assert resolve_date("March 2017", BASE, future=None) == ("2017-03", True)


def _tagged(
    words: str | list[str], heads: list[int], deps: str | list[str], tags: list[str]
) -> Doc:
    """A hand-parsed sentence (words and labels may be given space-separated); "November" is
    the date."""
    words = words.split() if isinstance(words, str) else words
    deps = deps.split() if isinstance(deps, str) else deps
    pos = {"VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBZ": "VERB", "MD": "AUX"}
    pos |= {"TO": "PART", "IN": "ADP", ",": "PUNCT", ".": "PUNCT", "DT": "DET", "PRP$": "PRON"}
    pos |= {"WDT": "PRON", "JJ": "ADJ", "CC": "CCONJ", "RB": "ADV", "CD": "NUM", "WP": "PRON"}
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[k + 1 < len(words) and words[k + 1] not in ",." for k in range(len(words))],
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "PROPN" if t == "NNP" else "NOUN") for t in tags],
        sent_starts=[k == 0 for k in range(len(words))],
        ents=["B-DATE" if w == "November" else "O" for w in words],
    )


def test_since_a_date_a_dated_noun_and_past_plans_do_not_look_forward() -> None:
    # "Shops reopen to serve buyers for the first time since November."
    doc = _tagged(
        "Shops reopen to serve buyers for the first time since November .",
        [1, 1, 3, 1, 3, 3, 8, 8, 5, 8, 9, 1],
        "nsubj ROOT aux xcomp dobj prep det amod pobj prep pobj punct",
        ["NNS", "VBP", "TO", "VB", "NNS", "IN", "DT", "JJ", "NN", "IN", "NNP", "."],
    )
    assert _future(doc.ents[0]) is False
    # "The bank expects sales to beat its November estimate."
    doc = _tagged(
        ["The", "bank", "expects", "sales", "to", "beat", "its", "November", "estimate", "."],
        [1, 2, 2, 5, 5, 2, 8, 8, 5, 2],
        ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "poss", "compound", "dobj", "punct"],
        ["DT", "NN", "VBZ", "NNS", "TO", "VB", "PRP$", "NNP", "NN", "."],
    )
    assert _future(doc.ents[0]) is None  # the nearer November: the last one in a December paper
    assert resolve_date("November", datetime(2021, 12, 10), future=None) == ("2021-11", True)
    # "The board voted to meet in November.": either side of the article's date.
    doc = _tagged(
        ["The", "board", "voted", "to", "meet", "in", "November", "."],
        [1, 2, 2, 4, 2, 4, 5, 2],
        ["det", "nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
        ["DT", "NN", "VBD", "TO", "VB", "IN", "NNP", "."],
    )
    assert _future(doc.ents[0]) is None


def test_a_participle_on_a_noun_takes_the_tense_of_its_verb() -> None:
    # "The second stage, opening in November, will cover ferries."
    doc = _tagged(
        "The second stage , opening in November , will cover ferries .",
        [2, 2, 9, 2, 2, 4, 5, 2, 9, 9, 9, 9],
        "det amod nsubj punct acl prep pobj punct aux ROOT dobj punct",
        ["DT", "JJ", "NN", ",", "VBG", "IN", "NNP", ",", "MD", "VB", "NNS", "."],
    )
    assert _future(doc.ents[0]) is True


def _text(doc: Doc) -> str:
    src = Source(id="S1", path="a", kind="text", original=doc.text)
    return _event_text(doc.ents[0], src, 0)[0]


def test_event_text_names_what_the_clause_tells_of() -> None:
    # A relative clause opens on its noun: "The levy, which was passed in November, funds ferries."
    doc = _tagged(
        "The levy , which was passed in November , funds ferries .",
        [1, 9, 1, 5, 5, 1, 5, 6, 1, 9, 9, 9],
        "det nsubj punct nsubjpass auxpass relcl prep pobj punct ROOT dobj punct",
        ["DT", "NN", ",", "WDT", "VBD", "VBN", "IN", "NNP", ",", "VBZ", "NNS", "."],
    )
    assert _text(doc) == "The levy, which was passed in November"
    # A second verb without a subject is told with its first: "The yard built hulls and
    # launched two ferries in November."
    doc = _tagged(
        "The yard built hulls and launched two ferries in November .",
        [1, 2, 2, 2, 2, 2, 7, 5, 5, 8, 2],
        ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "nummod", "dobj", "prep", "pobj", "punct"],
        ["DT", "NN", "VBD", "NNS", "CC", "VBD", "CD", "NNS", "IN", "NNP", "."],
    )
    assert _text(doc).startswith("The yard built hulls and launched")
    # A subordinating word does not open the event: "Fares fell after the port board cut
    # fees in November."
    doc = _tagged(
        ["Fares", "fell", "after", "the", "port", "board", "cut", "fees", "in", "November", "."],
        [1, 1, 6, 5, 5, 6, 1, 6, 6, 8, 1],
        "nsubj ROOT mark det compound nsubj advcl dobj prep pobj punct",
        ["NNS", "VBD", "IN", "DT", "NN", "NN", "VBD", "NNS", "IN", "NNP", "."],
    )
    assert _text(doc) == "the port board cut fees in November"


@pytest.mark.slow
def test_a_dated_noun_in_a_future_clause_is_the_coming_day(tmp_path: Path) -> None:
    import json

    import synoptic

    record = {
        "title": "Ferry diversions go on",
        "text": "Halvik Lines said its diversions would continue regardless of the outcome of "
        "Thursday's talks between the union and the port.",
        "published": "2025-06-18",  # a Wednesday
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.jsonl"])
    dates = {e.expression: e.date for e in brief.timeline}
    assert dates.get("Thursday") == "2025-06-19", dates


@pytest.mark.parametrize(
    "expression", ["a second day", "a 10th day", "11, 13", "2460", "the next year", "that day"]
)
def test_counts_of_days_bare_numbers_and_anaphora_are_not_dates(expression: str) -> None:
    assert resolve_date(expression, BASE) is None


def test_a_count_taken_into_a_relative_date_is_left_out() -> None:
    # "down from one in five last month": spaCy's DATE is "five last month".
    assert resolve_date("five last month", BASE) == ("2019-03", True)
    assert resolve_date("9/11", None) is not None  # a numeric date is still a date


def test_event_text_of_a_complement_or_when_clause_reads_as_a_clause() -> None:
    # "The guild is set to launch a party in November.": the verb that has the subject.
    doc = _tagged(
        "The guild is set to launch a party in November .",
        [1, 3, 3, 3, 5, 3, 7, 5, 5, 8, 3],
        "det nsubjpass auxpass ROOT aux xcomp det dobj prep pobj punct",
        ["DT", "NN", "VBZ", "VBN", "TO", "VB", "DT", "NN", "IN", "NNP", "."],
    )
    assert _text(doc).startswith("The guild is set to launch")
    # "Sales rose when the Orvik mill reopened in November.": no opening "when".
    doc = _tagged(
        "Sales rose when the Orvik mill reopened in November .",
        [1, 1, 6, 5, 5, 6, 1, 6, 7, 1],
        "nsubj ROOT advmod det compound nsubj advcl prep pobj punct",
        ["NNS", "VBD", "WRB", "DT", "NNP", "NN", "VBD", "IN", "NNP", "."],
    )
    assert _text(doc) == "the Orvik mill reopened in November"


def test_a_relative_clause_without_its_noun_is_told_by_its_sentence() -> None:
    # "Permits cover about 900 who, under the new rule, must leave by November.": the clause
    # hangs on a number, so the sentence tells it, not "who, under the new rule, must leave".
    doc = _tagged(
        "Permits cover about 900 who , under the new rule , must leave by November .",
        [1, 1, 3, 1, 12, 12, 12, 9, 9, 6, 12, 12, 3, 12, 13, 1],
        "nsubj ROOT advmod dobj nsubj punct prep det amod pobj punct aux relcl prep pobj punct",
        [
            "NNS",
            "VBP",
            "RB",
            "CD",
            "WP",
            ",",
            "IN",
            "DT",
            "JJ",
            "NN",
            ",",
            "MD",
            "VB",
            "IN",
            "NNP",
            ".",
        ],
    )
    assert _text(doc).startswith("Permits cover about 900 who")


def test_a_dated_noun_is_told_by_its_phrase() -> None:
    # "The mayor praised the victims of the November floods on Friday.": November dates the
    # floods, not the praise.
    doc = _tagged(
        "The mayor praised the victims of the November floods on Friday .",
        [1, 2, 2, 4, 2, 4, 8, 8, 5, 2, 9, 2],
        "det nsubj ROOT det dobj prep det compound pobj prep pobj punct",
        ["DT", "NN", "VBD", "DT", "NNS", "IN", "DT", "NNP", "NNS", "IN", "NNP", "."],
    )
    assert _text(doc) == "the November floods"
    # A year as a number of the noun: "Crews rebuilt the quay after the 1999 storm surge."
    doc = _tagged(
        "Crews rebuilt the quay after the 1999 storm surge .",
        [1, 1, 3, 1, 1, 8, 8, 8, 4, 1],
        "nsubj ROOT det dobj prep det nummod compound pobj punct",
        ["NNS", "VBD", "DT", "NN", "IN", "DT", "CD", "NN", "NN", "."],
    )
    doc.ents = [doc.char_span(doc.text.index("1999"), doc.text.index("1999") + 4, "DATE")]
    assert _text(doc) == "the 1999 storm surge"
    # "November's floods reached the quay.": the clause tells of the noun.
    doc = _tagged(
        ["November", "'s", "floods", "reached", "the", "quay", "."],
        [2, 0, 3, 3, 5, 3, 3],
        "poss case nsubj ROOT det dobj punct",
        ["NNP", "POS", "NNS", "VBD", "DT", "NN", "."],
    )
    assert _text(doc) == doc.text


def test_a_date_an_event_follows_is_not_that_events_date(tmp_path: Path) -> None:
    # "Ferries ran again after 9/11": the sailing is not of that day.
    nlp = spacy.blank("en")
    words = ["Ferries", "ran", "again", "after", "November", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 3, 1],
        deps=["nsubj", "ROOT", "advmod", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "B-DATE", "O"],
        sent_starts=[True, False, False, False, False, False],
    )
    assert _is_bound(doc.ents[0])
    assert not _is_bound(
        _tagged(
            "Shops reopened in November .",
            [1, 1, 1, 2, 1],
            "nsubj ROOT prep pobj punct",
            ["NNS", "VBD", "IN", "NNP", "."],
        ).ents[0]
    )


def test_a_time_stamp_line_is_not_an_event() -> None:
    words = ["Friday", ",", "November", "3", ",", "2023", "4:10", "PM", "Updated", ":", "5:02"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=[
            "PROPN",
            "PUNCT",
            "PROPN",
            "NUM",
            "PUNCT",
            "NUM",
            "NUM",
            "NOUN",
            "PROPN",
            "PUNCT",
            "NUM",
        ],
        ents=[
            "B-DATE",
            "I-DATE",
            "I-DATE",
            "I-DATE",
            "I-DATE",
            "I-DATE",
            "B-TIME",
            "I-TIME",
            "O",
            "O",
            "B-TIME",
        ],
        sent_starts=[k == 0 for k in range(len(words))],
    )
    assert _is_timestamp(doc[:])


def _mention(
    source: str, date: str | None, expression: str, text: str, head: str | None, lemmas: str
) -> _Mention:
    return _Mention(
        date=date,
        expression=expression,
        text=text,
        citation=Citation(source=source, start=0, end=len(text)),
        lemmas=frozenset(lemmas.split()),
        head=head,
        stems=frozenset(content_stems(text)),
    )


def test_one_event_in_other_words_from_two_outlets_is_one_entry() -> None:
    a = _mention(
        "S1",
        "2019-04-22",
        "Monday",
        "The study, published Monday in Vellum Review",
        "publish",
        "study publish vellum review booster dose",
    )
    b = _mention(
        "S2",
        "2019-04-22",
        "Monday",
        "a report published in a medical journal late on Monday",
        "publish",
        "report publish medical journal booster",
    )
    c = _mention(
        "S3",
        "2019-04-22",
        "Monday",
        "Ferry crews walked out on Monday",
        "walk",
        "ferry crew walk booster",
    )
    events = _merge([a, b, c], ["S1", "S2", "S3"])
    assert [e.sources for e in events] == [["S1", "S2"], ["S3"]]
    # Undated: "Oct. 5" and "October 5th" are one day; the same verb in one article is not
    # enough to make one event.
    d = _mention(
        "S1", None, "Oct. 5", "the novel is released on Oct. 5", "releas", "novel release tamsin"
    )
    e = _mention(
        "S2",
        None,
        "October 5th",
        "the launch will coincide with the release of Tamsin's novel on October 5th",
        None,
        "launch coincide release tamsin novel",
    )
    f = _mention(
        "S1",
        None,
        "Oct. 5",
        "the pilot is released from duty on Oct. 5",
        "releas",
        "pilot release duty tamsin harbour crane",
    )
    events = _merge([d, e, f], ["S1", "S2"])
    assert [e.sources for e in events] == [["S1", "S2"], ["S1"]]


def _first_date(sentence: str, expression: str) -> Any:
    from synoptic.backends.nlp import load_spacy

    doc = load_spacy()(sentence)
    return next(e for e in doc.ents if e.label_ == "DATE" and e.text == expression)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        (
            "Fares at the Orrin depot hit a record, the highest since November 2014.",
            "November 2014",
        ),
        ("A report on ferry bookings through April 9 shows a fall of 8%.", "April 9"),
        ("The Tarn population was 2.1 million, an increase of only 3.2% from 2010.", "2010"),
    ],
)
def test_a_date_that_bounds_a_measure_is_not_an_event(sentence: str, expression: str) -> None:
    # The date is where a comparison or a tally starts or stops, not when something happened.
    assert _is_bound(_first_date(sentence, expression))


@pytest.mark.slow
def test_a_date_a_state_was_reached_since_is_kept() -> None:
    # A verb's event begins at a "since" date: the ferry closed in May.
    assert not _is_bound(_first_date("The Orrin ferry has been closed since May 2019.", "May 2019"))
    # A date whose own event follows it ("..., when the storm closed the port") is kept.
    lowest = "The count was the lowest since March 2020, when the storm closed the port."
    assert not _is_bound(_first_date(lowest, "March 2020"))
    # "from June 11-13": the days an event runs, not where a tally starts.
    summit = "Voss will attend the Tarn summit in Halvik from June 11-13 and then fly home."
    assert not _is_bound(_first_date(summit, "June 11-13"))


def test_a_span_of_years_in_words_and_initials_are_not_dates() -> None:
    assert resolve_date("1998 to 2011", BASE) is None
    assert resolve_date("from 1998 through 2011", None) is None
    assert resolve_date("H.R. 1", BASE) is None
    assert resolve_date("April 25 to 27", BASE) == ("2019-04-25", True)  # days still a date


@pytest.mark.slow
def test_a_habit_and_a_name_are_not_events() -> None:
    assert _not_an_event(_first_date("Hikers typically start the Orrin trail in April.", "April"))
    assert _not_an_event(_first_date("Ferry crossings generally peak in August.", "August"))
    assert not _not_an_event(_first_date("Hikers started the Orrin trail in April.", "April"))


@pytest.mark.slow
def test_a_year_that_ends_a_name_is_told_by_the_name() -> None:
    # The 1965 event is the act, not its renewal in 2006.
    law = "The Harbour Safety Act of 1965 was last renewed in 2006 by the Tarn council."
    src = Source(id="S1", path="a", kind="text", original=law)
    assert _event_text(_first_date(law, "1965"), src, 0)[0] == "The Harbour Safety Act of 1965"
    assert "renewed in 2006" in _event_text(_first_date(law, "2006"), src, 0)[0]


def test_a_report_like_any_one_of_an_events_reports_joins_it() -> None:
    # S1 and S2 tell the vote in many shared words; S3 tells it in words shared with S2 only
    # ("ferry", "levy", "harbour", "board"): it is the same event, one entry.
    a = _mention(
        "S1",
        None,
        "Monday",
        "The Tarn council on Monday duly set the stage for a vote on the Orrin bridge",
        "set",
        "tarn council set stage vote orrin bridge toll",
    )
    b = _mention(
        "S2",
        None,
        "Monday",
        "The Tarn council on Monday agreed to put the harbour board's ferry levy to a vote",
        "agree",
        "tarn council agree vote orrin bridge harbour board ferry levy",
    )
    c = _mention(
        "S3",
        None,
        "Monday",
        "The council on Monday announced it would hear the ferry levy of the harbour board",
        "announce",
        "council announce hear ferry levy harbour board",
    )
    events = _merge([a, b, c], ["S1", "S2", "S3"])
    assert [e.sources for e in events] == [["S1", "S2", "S3"]]


@pytest.mark.slow
def test_a_month_or_weekday_in_a_name_is_not_a_date() -> None:
    # "Mayor June Halloran", a show called "Tuesday Nights": the word begins a name.
    assert _not_an_event(_first_date("Mayor June Halloran opened the bridge.", "June"))
    show = "Critics panned the new show, Tuesday Nights in Halvik, which opened on Friday."
    assert _not_an_event(_first_date(show, "Tuesday"))
    assert not _not_an_event(_first_date(show, "Friday"))
    # A date on a common noun is still a date: "the May ferry report".
    assert not _not_an_event(_first_date("Voss read the May ferry report aloud.", "May"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("As of Thursday morning, 43 people remained missing in the Halvik flood.", "Thursday"),
        ("No charges had been filed against the Orrin crew as of Wednesday.", "Wednesday"),
        ("The Tarn register listed 35 names as of Jan. 18.", "Jan. 18"),
    ],
)
def test_a_date_a_state_holds_at_is_not_an_event(sentence: str, expression: str) -> None:
    # "as of Thursday": how things stood then, no event of that day is told.
    assert _not_an_event(_first_date(sentence, expression))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        (
            "The Tarn ferry line is still down 6,000 trips compared with February 2020.",
            "February 2020",
        ),
        (
            "Orrin fares rose 4 percent compared to one year ago, the harbour board said.",
            "one year ago",
        ),
    ],
)
def test_a_date_a_figure_is_compared_with_is_not_an_event(sentence: str, expression: str) -> None:
    # The base of a comparison, like "since 2014" on a measure: no event of that date is told.
    assert _is_bound(_first_date(sentence, expression))


def test_an_undated_report_of_a_dated_event_joins_it() -> None:
    # An undated article gives "Nov. 18, 2017" once and "Nov. 18" (or "November") later for
    # the same event: one entry, at the full date. A weekday stays apart: it counts from the
    # undated article's own date, which is unknown.
    full = _mention(
        "S1",
        "2017-11-18",
        "Nov. 18, 2017",
        "Tamsin Voss was reported missing in Orrin County on Nov. 18, 2017",
        "report",
        "tamsin voss report missing orrin county",
    )
    day = _mention(
        "S2",
        None,
        "Nov. 18",
        "Tamsin Voss was reported as missing on Nov. 18 by her aunt",
        "report",
        "tamsin voss report missing aunt",
    )
    month = _mention(
        "S3",
        None,
        "November",
        "In November, Voss was reported missing by her aunt in Orrin",
        "report",
        "voss report missing aunt orrin",
    )
    weekday = _mention(  # 2017-11-18 was a Saturday
        "S4",
        None,
        "Saturday",
        "Voss, of Orrin County, was reported missing on Saturday",
        "report",
        "voss orrin county report missing",
    )
    other = _mention(  # another event of another November
        "S3", None, "November", "The Halvik ferry sank in November", "sink", "halvik ferry sink"
    )
    events = _merge([day, month, full, weekday, other], ["S1", "S2", "S3", "S4"])
    assert [(e.date, e.sources) for e in events] == [
        ("2017-11-18", ["S1", "S2", "S3"]),
        (None, ["S3"]),
        (None, ["S4"]),
    ]
    assert events[0].resolved and events[0].expression == "Nov. 18, 2017"
    # Not on another day.
    other_day = _mention(
        "S4",
        None,
        "Nov. 19",
        "Voss, of Orrin County, was reported missing on Nov. 19",
        "report",
        "voss orrin county report missing",
    )
    assert len(_merge([full, other_day], ["S1", "S4"])) == 2
    # A month alone fits many days: the same words are not enough without the same event
    # ("reported missing" / "spoke").
    spoke = _mention(
        "S4",
        None,
        "November",
        "Voss's lawyer spoke to the press in Orrin County in November",
        "spoke",
        "voss lawyer speak press orrin county missing",
    )
    assert len(_merge([full, spoke], ["S1", "S4"])) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        # An instruction to the reader (a link, a video), not a report.
        ("(See the ten best ferry routes of 2009.)", "2009"),
        ("Watch the report from Halvik News at 6 p.m. on June 1, 2018.", "June 1, 2018"),
        # Some Monday, not a particular one.
        ("Voss said she remembers it was a Monday.", "Monday"),
        # A state told with "be": how things stood, not what happened.
        ("In 1969, Tamsin Voss was 25 years old.", "1969"),
        ("The cost of the Orrin bridge was $2 million in 2002.", "2002"),
    ],
)
def test_an_instruction_some_day_and_a_state_are_not_events(sentence: str, expression: str) -> None:
    assert _not_an_event(_first_date(sentence, expression))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The Tarn council vote was on Monday.", "Monday"),
        ("There was an explosion at the Orrin depot on Friday.", "Friday"),
        ("It was Jan. 30, 1989, and the Halvik consulate had just closed.", "Jan. 30, 1989"),
        ("Voss was elected mayor of Orrin in 1969.", "1969"),
        ("Watchers saw the Halvik ferry sink on Monday.", "Monday"),
        ("Thursday's report from the Tarn office was the latest sign of a slowdown.", "Thursday"),
        ("The 11 May deadline is the anniversary of the Orrin flood in 1953.", "1953"),
        ("The first was in 1973, on a ferry that sank off Halvik.", "1973"),
        ("Voss said in a Monday letter that the bridge would close.", "Monday"),
        ("Voss said the Orrin reservoir would be full by 2029.", "2029"),  # a deadline
    ],
)
def test_an_event_told_with_be_or_a_date_as_complement_is_kept(
    sentence: str, expression: str
) -> None:
    assert not _not_an_event(_first_date(sentence, expression))


def test_a_dateline_before_the_lead_is_not_an_event() -> None:
    # "MONDAY, Jan. 25, 2016 (Harbour News) -- Ferry fares rose ...": the article's date line,
    # parsed into the lead's sentence; the lead's own event is dated by its own words.
    words = ["MONDAY", ",", "Jan.", "25", ",", "2016", "(", "Harbour", "News", ")", "--"]
    words += ["Ferry", "fares", "rose", "by", "a", "third", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        ents=["B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"] + ["O"] * 12,
        sent_starts=[k == 0 for k in range(len(words))],
    )
    assert _is_dateline(doc.ents[0])
    place = ["HALVIK", ",", "March", "3", "(", "Tarn", "Wire", ")", "-", "Fares", "rose", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=place,
        ents=["O", "O", "B-DATE", "I-DATE"] + ["O"] * 8,
        sent_starts=[k == 0 for k in range(len(place))],
    )
    assert _is_dateline(doc.ents[0])
    # A date that opens a sentence and is followed by its clause is not a dateline.
    lead = ["On", "March", "3", ",", "fares", "rose", "-", "by", "a", "third", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=lead,
        ents=["O", "B-DATE", "I-DATE"] + ["O"] * 8,
        sent_starts=[k == 0 for k in range(len(lead))],
    )
    assert not _is_dateline(doc.ents[0])
    aside = ["On", "Monday", "—", "a", "day", "after", "the", "vote", "—", "Voss", "quit", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=aside,
        ents=["O", "B-DATE"] + ["O"] * 10,
        sent_starts=[k == 0 for k in range(len(aside))],
    )
    assert not _is_dateline(doc.ents[0])


def test_a_few_story_words_in_two_long_sentences_do_not_make_one_event() -> None:
    # Long sentences of one story share its own words ("tarn", "ferry", "halvik", used around
    # four different dates) whatever event they tell: three of them in two sentences of ten
    # words are no sign of one event.
    strike = _mention(
        "S1",
        None,
        "Monday",
        "Tarn ferry crews walked out on Monday morning over pay, Halvik officials said",
        "walk",
        "tarn ferry crew walk halvik official morning shift pay quay",
    )
    fares = _mention(
        "S2",
        None,
        "Monday",
        "the Halvik harbour board raised Tarn ferry fares for summer tickets on Monday",
        "rais",
        "halvik harbour board raise tarn ferry fare ticket summer price",
    )
    vote = _mention(
        "S3",
        None,
        "Tuesday",
        "Tarn ferry unions in Halvik voted on Tuesday",
        "vote",
        "tarn ferry union halvik vote",
    )
    storm = _mention(
        "S4",
        None,
        "Sunday",
        "a storm closed the Tarn ferry terminal in Halvik on Sunday",
        "close",
        "storm close tarn ferry terminal halvik",
    )
    fog = _mention(
        "S4",
        None,
        "Saturday",
        "fog delayed the Tarn ferry from Halvik on Saturday",
        "delay",
        "fog delay tarn ferry halvik",
    )
    order = ["S1", "S2", "S3", "S4"]
    events = _merge([strike, fares, vote, storm, fog], order)
    assert sorted(e.sources for e in events) == [["S1"], ["S2"], ["S3"], ["S4"], ["S4"]]
    # Words of their own in common (not every source's) still make one event of two long
    # reports; and so do three words of five.
    pay = _mention(
        "S3",
        None,
        "Monday",
        "Halvik quay staff stopped work on Monday in a shift pay dispute, the Tarn union said",
        None,
        "quay staff stop work shift pay dispute union leader wage night dock",
    )
    walkout = "ferry crews walked off the job on Monday"
    again = _mention("S2", None, "Monday", walkout, None, "ferry crew walk job")
    events = _merge([strike, fares, vote, storm, fog, pay, again], order)
    assert sorted(e.sources for e in events) == [["S1", "S2", "S3"], ["S2"], ["S3"], ["S4"], ["S4"]]
    # Words around two or three dates only may be the words of those events: they count.
    events = _merge([strike, fares, vote], order[:3])
    assert sorted(e.sources for e in events) == [["S1", "S2"], ["S3"]]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "tally"),
    [
        ("So far this year, 40 people have died on the Tarn coast road.", "this year", True),
        ("So far, in 2031, more than 400 Tarn permits have been issued.", "2031", True),
        ("In 2018, sales of Halvik Dairy rose 4 percent.", "2018", True),
        ("Orrin Mills had revenues of $3.1 million last year.", "last year", True),
        ("Trade with Tarn amounted to just $34 million last year.", "last year", True),
        ("Halvik's population peaked in 1995 at 2.5 million.", "1995", True),
        # A forecast told as one stays, marked by its text; an event with a count stays.
        ("Growth in Tarn is expected to slow to 2 percent in 2020.", "2020", False),
        ("Orrin Mills will spend $3 million on the quay next year.", "next year", False),
        ("In 2018, Halvik Dairy laid off 400 workers.", "2018", False),
        ("Tarn ferry fares rose 4 percent on Monday.", "Monday", False),
        ("In 2015, Mara Vell had her first child in Orrin.", "2015", False),
    ],
)
def test_a_tally_over_a_period_is_not_an_event(sentence: str, expression: str, tally: bool) -> None:
    # "so far this year 40 have died", "in 2018 sales rose 4%": a running total or a measure
    # of a whole period, not something that happened on a date. A forecast marked as one
    # ("is expected to", "will") is what a reader looks ahead for, and stays.
    assert _not_an_event(_first_date(sentence, expression)) is tally


@pytest.mark.parametrize("expression", ["the last month", "the past week", "in the last year"])
def test_the_last_month_is_a_span_not_a_date(expression: str) -> None:
    # "shares have doubled in the last month": the span a change is measured over.
    assert resolve_date(expression, BASE) is None


def test_a_dated_noun_refers_back_to_its_sources_event_of_that_day() -> None:
    # "The crew boarded the shuttle on Friday ..." and later "Friday's attempt": one writer
    # telling one event twice, the second time by a noun of its day. One row.
    boarded = _mention(
        "S1",
        None,
        "Friday",
        "the Orrin crew boarded the shuttle on Friday for liftoff",
        "board",
        "orrin crew board shuttle liftoff",
    )
    attempt = _mention(
        "S1", None, "Friday", "Friday's attempt", "attempt", "attempt scrub wind gust"
    )
    attempt.reference = True
    events = _merge([boarded, attempt], ["S1"])
    assert [len(e.citations) for e in events] == [2]
    # Two events of that day in the source: which one the noun names is not known.
    protest = _mention(
        "S1",
        None,
        "Friday",
        "Halvik fishermen blocked the harbour on Friday",
        "block",
        "halvik fisherman block harbour",
    )
    events = _merge([boarded, protest, attempt], ["S1"])
    assert [len(e.citations) for e in events] == [1, 1, 1]
    # Another source's dated noun is not this writer's reference back.
    other = _mention("S2", None, "Friday", "Friday's attempt", "attempt", "attempt wind")
    other.reference = True
    events = _merge([boarded, other], ["S1", "S2"])
    assert [len(e.citations) for e in events] == [1, 1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ('Vell said on Halvik TV\'s "This Week" that the ferry would run.', "This Week"),
        ('"The ferry will run," Vell said on Halvik TV\'s "This Week."', "This Week"),
        ("Vell told the Tarn Wire's Today programme that the ferry would run.", "Today"),
    ],
)
def test_a_show_title_is_not_a_date(sentence: str, expression: str) -> None:
    # A relative date word capitalised inside a sentence ("This Week", "Today") names a show or
    # a section: prose writes the date in lower case ("this week").
    assert _not_an_event(_first_date(sentence, expression))


@pytest.mark.slow
def test_a_lower_case_relative_date_is_still_a_date() -> None:
    sentence = "Vell said this week that the ferry would run."
    assert not _not_an_event(_first_date(sentence, "this week"))
    assert not _not_an_event(_first_date("This week, Vell opened the Orrin bridge.", "This week"))
    quoted = 'Vell said: "Today we open the Orrin bridge to all ferry crews."'
    assert not _not_an_event(_first_date(quoted, "Today"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("ORIGINALLY PUBLISHED MARCH 2019: The Orrin ferry line grew fast.", "MARCH 2019"),
        ("Published March 4, 2019. The Orrin ferry line grew fast.", "March 4, 2019"),
        ("Updated on March 4, 2019 at 10:00 am", "March 4, 2019"),
    ],
)
def test_a_published_or_updated_line_is_not_an_event(sentence: str, expression: str) -> None:
    # The page's own date line, not an event of the story; nor the date a bare month after it
    # counts from.
    ent = _first_date(sentence, expression)
    assert _not_an_event(ent)


def test_a_decade_with_an_apostrophe_is_not_a_year() -> None:
    # "the mid-1990's", "the 1980's": a span of years, like "the 1990s".
    for expression in ("the mid-1990's", "mid-1990s", "the 1980's", "1990's"):
        assert resolve_date(expression, BASE) is None, expression


@pytest.mark.slow
def test_a_decade_whose_s_the_parser_left_out_is_not_a_year() -> None:
    # spaCy's date is "mid-1980", the "'s" after it: still the decade.
    sentence = "Tarn officials date their ferry troubles to storms in the mid-1980's."
    assert _not_an_event(_first_date(sentence, "mid-1980"))
    assert not _not_an_event(_first_date("Tarn opened its ferry line in 1980.", "1980"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        (
            "Halvik asked for a pause on ferry fares until the end of September.",
            "the end of September",
        ),
        ("The Tarn council voted to fund the harbour into December.", "December"),
        ("The Orrin ferry will run on a winter timetable through March.", "March"),
    ],
)
def test_the_end_of_a_span_is_not_an_event(sentence: str, expression: str) -> None:
    # "until the end of September", "through March": where something stops, not what happens.
    assert _is_bound(_first_date(sentence, expression))


@pytest.mark.slow
def test_a_negated_until_tells_when_the_event_happens() -> None:
    # "was not charged until Nov. 30": he was charged on Nov. 30.
    sentence = "Vell was held for a month but was not charged until Nov. 30."
    assert not _is_bound(_first_date(sentence, "Nov. 30"))
    # "until early Sunday, when ...": the when-clause tells that day's own event.
    sentence = "The Orrin crossing went to plan until early Sunday, when a gale closed the port."
    assert not _is_bound(_first_date(sentence, "early Sunday"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "bound"),
    [
        ("Since 2015 Vell had been working with a minority in the Tarn council.", "2015", True),
        ("Orrin rebels, who have been fighting since 1979, struck again.", "1979", True),
        ("Halvik clinics have received no fuel since 1995.", "1995", True),
        ("Vell has been mayor of Halvik since 2012.", "2012", True),
        ("The Orrin fleet has maintained a depot in Halvik since 2011.", "2011", True),
        ("The Orrin feud has killed some 300 people since 1986.", "1986", True),
        # A state a change of the date began: the port closed in May, the line stopped then.
        ("The Orrin port has been closed since May 2019.", "May 2019", False),
        (
            "Since October 2017 the Tarn line has practically stopped running.",
            "October 2017",
            False,
        ),
    ],
)
def test_a_state_since_a_date_is_not_an_event(sentence: str, expression: str, bound: bool) -> None:
    # "Since 2015 he had been working ...", "fighting since 1984": how things have stood since,
    # no event of that date is told.
    assert _is_bound(_first_date(sentence, expression)) is bound


@pytest.mark.slow
def test_a_page_line_is_no_anchor_for_a_bare_month(tmp_path: Path) -> None:
    import synoptic

    (tmp_path / "a.txt").write_text(
        "outlet: Tarn Wire\n\nFerry line grows\n\nORIGINALLY PUBLISHED JANUARY 2021: In the "
        "months leading up to the November vote, the Orrin ferry line attracted thousands of new "
        "riders by promising them free seats.\n\nThe yard is in Halvik.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    dates = {e.expression: e.date for e in brief.timeline}
    assert "JANUARY 2021" not in dates, dates
    assert dates.get("November", "absent") != "2021-11", dates  # not the November after it


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("Edda Voss won the November election in Halvik.", False),
        ("Edda Voss has won the November election in Halvik.", False),
        ("Edda Voss will contest the November election in Halvik.", True),
        # A plan told in the past may lie either side of the article's date.
        ("The Tarn council scheduled the November election in Halvik.", None),
    ],
)
def test_a_dated_noun_takes_the_tense_of_its_clause(sentence: str, future: bool | None) -> None:
    # "won the November election": the last November; "will contest": the next one.
    assert _future(_first_date(sentence, "November")) is future


@pytest.mark.slow
def test_a_second_date_of_a_sentence_gets_its_own_phrase(tmp_path: Path) -> None:
    # "said Thursday that two pilots arrested this week ...": the sentence is Thursday's
    # statement; "this week" is the arrests', told by their phrase, not the sentence again.
    import synoptic

    (tmp_path / "a.txt").write_text(
        "The Tarn ministry said on 14 March 2019 that two ferry pilots arrested this week are "
        "suspected of smuggling fuel.\n\nThe yard is in Halvik.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    texts = {e.expression: e.text for e in brief.timeline}
    assert texts["14 March 2019"].startswith("The Tarn ministry said"), texts
    assert texts["this week"] == "two ferry pilots arrested this week", texts
    # The phrase is a noun's or a verb's, not a preposition's ("in 2020 of the second ...").
    (tmp_path / "a.txt").write_text(
        "On 15 March 2019 the crews will enter the hull again, to prepare for the arrival in "
        "2020 of the second Orrin ferry.\n\nThe yard is in Halvik.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    texts = {e.expression: e.text for e in brief.timeline}
    assert texts["2020"].startswith("the arrival in 2020"), texts


def test_two_outlets_naming_one_event_by_a_shared_noun_are_one_entry() -> None:
    # "a primary win on Tuesday" / "Tuesday's primary vote": the event is named by the same
    # noun phrase's word ("primary") in both, on one date.
    win = _mention(
        "S1",
        None,
        "Tuesday",
        "The Tarn left is resting its hopes on a primary win on Tuesday to ease recent losses",
        "rest",
        "tarn left rest hope primary win ease recent loss",
    )
    win.nouns = frozenset({"win", "primari"})
    vote = _mention(
        "S2",
        None,
        "Tuesday",
        "Tuesday's primary vote in Halvik",
        "vote",
        "primary vote halvik district test wing",
    )
    vote.nouns = frozenset({"vote", "primari"})
    assert [e.sources for e in _merge([win, vote], ["S1", "S2"])] == [["S1", "S2"]]
    # Another noun of that day is another event.
    vote.nouns = frozenset({"vote", "runoff"})
    assert len(_merge([win, vote], ["S1", "S2"])) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "figurative"),
    [
        # "today ... tomorrow" set against each other in a generic statement: a figure of speech.
        (
            "Fortunes can vanish overnight, and the rulers of Orrin today can wind up jobless "
            "tomorrow.",
            "tomorrow",
            True,
        ),
        (
            "Fortunes can vanish overnight, and the rulers of Orrin today can wind up jobless "
            "tomorrow.",
            "today",
            True,
        ),
        # Told in the past or with "will", the two days are the events' own.
        ("The Tarn minister arrived today and will leave tomorrow.", "tomorrow", False),
        ("The Tarn minister arrived today and will leave tomorrow.", "today", False),
    ],
)
def test_today_against_tomorrow_in_a_generic_clause_is_no_event(
    sentence: str, expression: str, figurative: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is figurative


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A year that ends a name dates the named thing; the sentence tells of something else.
        ("Tarn says Orrin broke the Halvik Accord of 1994 when its troops crossed.", "1994", False),
        # A year on a description of a person ("a 2020 mayoral hopeful") tells no event.
        (
            "Piet Orrin, formerly a 2020 mayoral hopeful and 2021 candidate for governor of "
            "Halvik, is expected to leave the party this fall.",
            "2020",
            False,
        ),
        (
            "Piet Orrin, formerly a 2020 mayoral hopeful and 2021 candidate for governor of "
            "Halvik, is expected to leave the party this fall.",
            "2021",
            False,
        ),
        ("Edda Voss was elected mayor of Halvik in 2020.", "2020", True),
        ("Piet Orrin, the mayor, opened the Halvik bridge in 2019.", "2019", True),
    ],
)
def test_a_year_of_a_name_or_of_a_persons_description_is_no_event(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


def _texts_of(tmp_path: Path, body: str) -> list[tuple[str | None, str, str]]:
    import synoptic

    (tmp_path / "a.txt").write_text(f"{body}\n\nThe yard is in Halvik.\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    return [(e.date, e.expression, e.text) for e in brief.timeline]


@pytest.mark.slow
def test_two_dates_joined_by_and_each_get_their_own_phrase(tmp_path: Path) -> None:
    # "rose to director in 2012 and chair in 2014": not the same words under both dates.
    rows = _texts_of(
        tmp_path,
        "A loyal railwayman, Edda Voss had been with Tarn Rail since 1989, working her way up "
        "to director in 2012 and chair in 2014.",
    )
    texts = {date: text for date, _, text in rows}
    assert "2014" not in texts["2012"] and "2012" not in texts["2014"], rows
    assert texts["2012"].endswith("director in 2012"), rows
    assert texts["2014"] == "chair in 2014", rows
    rows = _texts_of(
        tmp_path,
        "The Orrin invitation was sent in May 2016, and the planning of the visit began in "
        "November.",
    )
    texts = {date: text for date, _, text in rows}
    assert texts["2016-05"] == "The Orrin invitation was sent in May 2016", rows


@pytest.mark.slow
def test_two_dates_of_one_phrase_are_one_row(tmp_path: Path) -> None:
    # "in 2022 or 2024": one plan, told once, under its first date.
    rows = _texts_of(tmp_path, "Edda Voss said she plans to open the Halvik line in 2022 or 2024.")
    assert len(rows) == 1 and rows[0][0] == "2022", rows
    assert "2022 or 2024" in rows[0][2], rows


def test_an_undated_day_sorts_by_the_clusters_one_year() -> None:
    # Every dated source of the cluster is of 2019: an undated "April 25" sorts among 2019's
    # rows, still marked unresolved, as its year is not told.
    early = _mention("S1", "2019-04-20", "April 20, 2019", "The Orrin ferry sank", "sink", "a")
    late = _mention("S1", "2019-05-01", "May 1, 2019", "The Tarn inquiry opened", "open", "b")
    day = _mention("S2", None, "April 25", "The Halvik summit opened", "open", "c")
    events = _merge([early, late, day], ["S1", "S2"], year=2019)
    assert [e.text for e in events] == [
        "The Orrin ferry sank",
        "The Halvik summit opened",
        "The Tarn inquiry opened",
    ]
    assert events[1].date is None and not events[1].resolved
    # No year the dated sources agree on: the undated row stays last.
    events = _merge([early, late, day], ["S1", "S2"])
    assert events[-1].text == "The Halvik summit opened"


def test_undated_relative_rows_sort_by_how_far_back_they_lie() -> None:
    # In an undated article "10 years ago" comes before "last week", which comes before
    # "Wednesday" (of this week) and "next month", whatever order the text tells them in.
    rows = [
        _mention("S1", None, "Wednesday", "Voss will meet Orrin on Wednesday", "meet", "a"),
        _mention("S1", None, "10 years ago", "their last meeting 10 years ago", "meet", "b"),
        _mention("S2", None, "last week", "Voss landed in Halvik last week", "land", "c"),
        _mention("S2", None, "next month", "a new party next month", "launch", "d"),
    ]
    rows[0].future = True
    events = _merge(rows, ["S1", "S2"])
    order = ["10 years ago", "last week", "Wednesday", "next month"]
    assert [e.expression for e in events] == order


@pytest.mark.slow
def test_and_between_two_nouns_does_not_cut_a_dates_text(tmp_path: Path) -> None:
    # "since Tarn and Orrin forces withdrew a week ago": "and" joins two nouns, not two
    # events, and the sentence of the first date is not cut there.
    rows = _texts_of(
        tmp_path,
        "Some 90 travellers left Halvik on a ferry on Thursday, the first departure since Tarn "
        "and Orrin crews completed their withdrawal a week ago.",
    )
    texts = {expression: text for _, expression, text in rows}
    assert texts["Thursday"].startswith("Some 90 travellers left Halvik"), rows
    assert not texts["Thursday"].endswith("since Tarn"), rows


@pytest.mark.slow
def test_a_year_on_a_role_a_person_holds_is_no_event(tmp_path: Path) -> None:
    # "was a contender for the 2016 nomination": the year describes the role; nothing is told
    # to have happened in 2016.
    rows = _texts_of(tmp_path, "Mara Kerrow was a contender for the 2016 nomination.")
    assert rows == [], rows
    rows = _texts_of(tmp_path, "Tam Orrin is a favourite for the 2024 race in Halvik.")
    assert rows == [], rows
    rows = _texts_of(tmp_path, "Kerrow is considered a contender for the 2024 nomination.")
    assert rows == [], rows
    rows = _texts_of(
        tmp_path, "Kerrow, once seen as a top contender for the 2016 nomination, endorsed Orrin."
    )
    assert rows == [], rows


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("The 2016 election was won by Tam Orrin.", "2016"),
        ("Tam Orrin lost the 2020 race to Mara Kerrow.", "2020"),
        ("Orrin said the 2018 inspection found cracks in the Halvik dam.", "2018"),
        ("It was a result of the 2016 election in Halvik.", "2016"),
    ],
)
def test_a_year_on_a_noun_something_happened_to_stays_dated(
    tmp_path: Path, body: str, year: str
) -> None:
    rows = _texts_of(tmp_path, body)
    assert [date for date, _, _ in rows] == [year], rows


def test_an_undated_day_takes_its_year_from_the_clusters_dates() -> None:
    # S2 has no date; the other sources are of late April 2019: "April 25" is the April 25
    # nearest their median date, marked as inferred (its own article does not tell the year).
    early = _mention("S1", "2019-04-20", "April 20, 2019", "The Orrin ferry sank", "sink", "a")
    late = _mention("S1", "2019-05-01", "May 1, 2019", "The Tarn inquiry opened", "open", "b")
    day = _mention("S2", None, "April 25 to 27", "The Halvik summit opened", "open", "c")
    base = datetime(2019, 4, 28)
    events = _merge([early, late, day], ["S1", "S2"], year=2019, base=base)
    assert [e.text for e in events] == [
        "The Orrin ferry sank",
        "The Halvik summit opened",
        "The Tarn inquiry opened",
    ]
    assert events[1].date == "2019-04-25" and events[1].resolved
    assert events[1].to_dict()["year_from"] == "cluster"
    assert "year_from" not in events[0].to_dict()
    # The nearest occurrence, across a new year: "Dec. 30" told near Jan. 3 is last December's.
    dec = _mention("S2", None, "Dec. 30", "The Halvik pact was signed", "sign", "d")
    (event,) = _merge([dec], ["S2"], base=datetime(2020, 1, 3))
    assert event.date == "2019-12-30"
    # "March 1" near a Feb. 29 median, and a Feb. 29 near a year without it.
    leap = _mention("S2", None, "Feb. 29", "The Tarn vote was held", "hold", "e")
    assert _merge([leap], ["S2"], base=datetime(2021, 3, 1))[0].date == "2020-02-29"
    # A weekday told with the day picks the year it falls on: Dec. 20 was a Sunday in 1998.
    sunday = _mention("S2", None, "Sunday, Dec. 20", "The Orrin editorial ran", "run", "f")
    assert _merge([sunday], ["S2"], base=datetime(1999, 6, 30))[0].date == "1998-12-20"


def test_an_undated_weekday_or_month_does_not_take_the_clusters_year() -> None:
    # A weekday counts from the undated article's own date, which another source's date does
    # not tell; a month alone and relative dates stay as they were.
    rows = [
        _mention("S2", None, "Wednesday", "Voss met Orrin on Wednesday", "meet", "a"),
        _mention("S2", None, "last week", "Voss landed in Halvik last week", "land", "b"),
        _mention("S2", None, "yesterday", "the Tarn bridge shut yesterday", "shut", "c"),
        _mention("S2", None, "Tuesday, April 23", "Orrin voted on Tuesday, April 23", "vote", "d"),
        _mention("S2", None, "May", "The Tarn ferry will return in May", "return", "e"),
    ]
    events = _merge(rows, ["S1", "S2"], base=datetime(2019, 4, 28))
    dates = {e.expression: e.date for e in events}
    assert dates["Wednesday"] is None and dates["last week"] is None
    assert dates["yesterday"] is None and dates["May"] is None
    assert dates["Tuesday, April 23"] == "2019-04-23"  # its day and month are written out
    assert all(not e.resolved for e in events if e.date is None)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The Orrin ferry season may be worse than last year.", "last year"),
        ("Ticket sales at the Tarn theatre are higher than last year, its head said.", "last year"),
        ("Harvests in Orrin this year were smaller than in 2017, officials said.", "2017"),
    ],
)
def test_a_date_after_than_is_the_base_of_a_comparison(sentence: str, expression: str) -> None:
    # "worse than last year": last year is what this one is measured against, no event of it.
    assert _is_bound(_first_date(sentence, expression))


@pytest.mark.slow
def test_no_later_than_a_date_is_a_deadline_not_a_comparison() -> None:
    # "no later than March 1" is when something must happen: kept, like "by March 1".
    ent = _first_date(
        "The Orrin council must approve the budget no later than March 1.", "no later than March 1"
    )
    assert not _is_bound(ent)


def test_one_event_named_by_related_words_from_two_outlets_is_one_entry() -> None:
    # "will be tried on March 3" / "goes on trial March 3": a verb and its noun (try/trial,
    # die/death) name one event; with the same day and a participant in common, one row.
    a = _mention(
        "S1",
        "2031-03-03",
        "March 3",
        "Pell Varro will be tried on March 3",
        "tri",
        "pell varro try clerk",
    )
    b = _mention(
        "S2", "2031-03-03", "March 3", "Varro goes on trial March 3", None, "varro go trial"
    )
    c = _mention(
        "S3", "2031-03-03", "March 3", "Varro's death on March 3", "death", "varro death"
    )
    d = _mention(
        "S4", "2031-03-03", "March 3", "Varro died on March 3", "die", "varro die ferry"
    )
    events = _merge([a, b, c, d], ["S1", "S2", "S3", "S4"])
    assert [e.sources for e in events] == [["S1", "S2"], ["S3", "S4"]]
    # Related words without a participant in common stay two rows: two things of one day.
    e = _mention("S1", "2031-03-04", "March 4", "Quill was tried on March 4", "tri", "quill try")
    f = _mention(
        "S2",
        "2031-03-04",
        "March 4",
        "a trial of Tessa Brune March 4",
        None,
        "trial brune",
    )
    assert len(_merge([e, f], ["S1", "S2"])) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A magazine's issue is where a text ran, not an event of the story.
        ("Brune's review ran in the Oct. 4 issue of Harbour Weekly.", "Oct. 4", False),
        ("The essay appeared in the March 2031 edition of the Orrin Review.", "March 2031", False),
        # What a company made over a period is a tally, even in a relative clause.
        (
            "Orrin Farms, which made more than $2 billion in egg sales last year, said no.",
            "last year",
            False,
        ),
        ("Voss made a $3 million gift to the Tarn library last year.", "last year", True),
        ("The Tarn council will issue its ruling on Oct. 4.", "Oct. 4", True),
    ],
)
def test_an_issue_date_and_a_sum_made_over_a_year_are_not_events(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


def test_two_outlets_sentences_of_one_day_that_embed_alike_are_one_entry() -> None:
    # "fell to his death Wednesday" / "landing on the quay on Wednesday": other words, one
    # event; the sentence vectors tell it. A year holds many events told alike: not merged.
    import numpy as np

    def unit(*xs: float) -> Any:
        v = np.array(xs, dtype=np.float32)
        return v / np.linalg.norm(v)

    a = _mention(
        "S1",
        "2031-05-07",
        "Wednesday",
        "Brune fell from the crane Wednesday",
        "fall",
        "brune fall crane",
    )
    b = _mention(
        "S2",
        "2031-05-07",
        "Wednesday",
        "landing on the quay on Wednesday",
        "land",
        "brune land quay",
    )
    a.vector, b.vector = unit(1.0, 0.2, 0.0), unit(1.0, 0.0, 0.2)
    assert [e.sources for e in _merge([a, b], ["S1", "S2"])] == [["S1", "S2"]]
    b.vector = unit(0.3, 1.0, 0.0)  # not alike
    assert len(_merge([a, b], ["S1", "S2"])) == 2
    # A third report like the second's, not the first's, joins as well.
    b.vector = unit(1.0, 0.0, 0.2)
    e = _mention(
        "S3",
        "2031-05-07",
        "Wednesday",
        "Brune, who landed on the quay Wednesday",
        None,
        "brune quay",
    )
    e.vector = unit(1.0, -0.5, 0.6)
    assert float(e.vector @ a.vector) < 0.75 <= float(e.vector @ b.vector)
    assert [e.sources for e in _merge([a, b, e], ["S1", "S2", "S3"])] == [["S1", "S2", "S3"]]
    c = _mention("S1", "2031", "2031", "Brune joined the crew in 2031", "join", "brune join crew")
    d = _mention("S2", "2031", "2031", "Brune's move to Tarn in 2031", "move", "brune move tarn")
    c.vector, d.vector = unit(1.0, 0.2, 0.0), unit(1.0, 0.0, 0.2)
    assert len(_merge([c, d], ["S1", "S2"])) == 2


def test_a_year_told_of_an_event_joins_its_full_date_only_when_the_words_tie_them() -> None:
    # "bought the Tarn quay in 2029" / "bought the Tarn quay on July 14, 2029": the same event
    # word and its participants, one event of that year so told: one row, at the finer date.
    year = _mention(
        "S1",
        "2029",
        "2029",
        "Orrin Mills bought the Tarn quay in 2029",
        "buy",
        "orrin mill buy tarn quay",
    )
    day = _mention(
        "S2",
        "2029-07-14",
        "July 14, 2029",
        "Orrin Mills bought the Tarn quay on July 14, 2029",
        "buy",
        "orrin mill buy tarn quay harbour",
    )
    other = _mention(
        "S1",
        "2029",
        "2029",
        "Orrin Mills sold the old Halvik yard in 2029",
        "sell",
        "orrin mill sell halvik yard",
    )
    events = _merge([year, day, other], ["S1", "S2"])
    assert [(e.date, e.sources) for e in events] == [
        ("2029", ["S1"]),
        ("2029-07-14", ["S1", "S2"]),
    ]
    assert events[1].expression == "July 14, 2029"
    assert events[1].text == "Orrin Mills bought the Tarn quay on July 14, 2029"
    # Two events of that year told alike: which one the year is of is unknown; it stays.
    again = _mention(
        "S3",
        "2029-09-02",
        "Sept. 2, 2029",
        "Orrin Mills bought the Tarn quay's crane on Sept. 2, 2029",
        "buy",
        "orrin mill buy tarn quay crane",
    )
    events = _merge([year, day, again], ["S1", "S2", "S3"])
    assert [e.sources for e in events] == [["S1"], ["S2"], ["S3"]]


def test_a_third_outlet_joins_an_event_through_the_report_in_its_own_word() -> None:
    # S1 "captured" and S2 "arrested" are one event (one align claim); S3's "who was
    # arrested ... Thursday" joins through S2's word, though S1 came first.
    a = _mention(
        "S1", None, "Thursday", "police captured Ilse Varro Thursday", "captur", "police varro"
    )
    b = _mention(
        "S2",
        None,
        "Thursday",
        "Varro was arrested at the Tarn quay on Thursday",
        "arrest",
        "varro tarn quay ferry",
    )
    c = _mention(
        "S3", None, "Thursday", "Varro, who was arrested Thursday", "arrest", "varro lawyer appeal"
    )
    a.claim = b.claim = "C1"
    events = _merge([a, b, c], ["S1", "S2", "S3"])
    assert [e.sources for e in events] == [["S1", "S2", "S3"]]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "future"),
    [
        # The present progressive with a day is an arrangement: the next Thursday, not the last.
        ("The Varro family is holding a memorial Thursday at the Halvik hall.", "Thursday", True),
        ("Tarn students are marching to the Orrin town hall on Friday.", "Friday", True),
        # The day of another verb keeps that verb's tense.
        ("Police are investigating a robbery that happened Tuesday.", "Tuesday", False),
        # A month alone may be the present state ("are rising in March"): not moved ahead.
        ("Prices at the Halvik market are rising in March.", "March", False),
    ],
)
def test_a_day_told_in_the_present_progressive_lies_ahead(
    sentence: str, expression: str, future: bool
) -> None:
    assert _future(_first_date(sentence, expression)) is future


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "future"),
    [
        # An infinitive on a noun or an adjective takes the tense of the verb that noun is in:
        # told in the past, the nearer day (the last Thursday in a Sunday paper), not the next.
        (
            "The Tarn Herald was the first paper to report on Thursday that Voss had quit.",
            "Thursday",
            None,
        ),
        (
            "Orrin criticized the mayor for not laying out a plan to fix the harbour during "
            "his speech on Wednesday.",
            "Wednesday",
            None,
        ),
        # The absolute "with" phrase tells what lies ahead, whatever the main verb's tense.
        (
            "With only five days to go before the runoff on Sunday, neither candidate said "
            "how they would pay.",
            "Sunday",
            True,
        ),
        # A passive infinitive is an infinitive.
        ("The goal is for 90 million adults to be fully vaccinated by July 4.", "July 4", True),
        # A bare verb joined by "or" shares the first verb's "will".
        (
            "Orrin will now have to either name someone else or wait until Jan. 10, when the "
            "law allows it.",
            "Jan. 10",
            True,
        ),
        # A present "be" whose complement is the date, or with a deadline: a fixed date ahead.
        ("The Halvik elections are Nov. 3.", "Nov. 3", True),
        ("The Halvik vote is on Monday.", "Monday", True),
        ("The plan by June 30 is to finish the Halvik bridge.", "June 30", True),
        # The time a plan verb sets something for may lie either side of the article's date.
        (
            "Voss said little about a council session scheduled for Wednesday morning.",
            "Wednesday",
            None,
        ),
        ("The Tarn board delayed the ferry ballot to May 9.", "May 9", None),
        ("The Tarn board has set May 9 for the ferry ballot.", "May 9", None),
        # The day of the act itself keeps the verb's tense.
        ("The council approved the plan Friday.", "Friday", False),
        # A participle used as a preposition ("including") takes the tense of the verb above.
        (
            "Voss will visit two ports on the trip, including the Tarn fair in Halvik from "
            "June 11-13.",
            "June 11-13",
            True,
        ),
        (
            "Voss visited two ports on the trip, including the Tarn fair in Halvik from "
            "June 11-13.",
            "June 11-13",
            False,
        ),
        # "must" tells what is to be done; "must have" a past inferred.
        ("The new mayor must take the oath on Nov. 24 in Halvik.", "Nov. 24", True),
        ("The ferry must have left on Friday.", "Friday", False),
    ],
)
def test_the_tense_of_infinitives_plans_and_fixed_dates(
    sentence: str, expression: str, future: bool | None
) -> None:
    assert _future(_first_date(sentence, expression)) is future


@pytest.mark.slow
def test_a_plan_or_a_fixed_date_resolves_ahead_of_the_article() -> None:
    # In a paper of Oct. 13, 2031: "set for November" is the coming one, and "are Nov. 3" too.
    base = datetime(2031, 10, 13)
    ent = _first_date("The Halvik hearings are set for November.", "November")
    assert resolve_date(ent.text, base, future=_future(ent)) == ("2031-11", True)
    ent = _first_date("The Halvik elections are Nov. 3.", "Nov. 3")
    assert resolve_date(ent.text, base, future=_future(ent)) == ("2031-11-03", True)
    # In a Sunday paper, the first to report on Thursday reported three days before.
    ent = _first_date(
        "The Tarn Herald was the first paper to report on Thursday that Voss had quit.", "Thursday"
    )
    assert resolve_date(ent.text, datetime(2031, 10, 12), future=_future(ent)) == (
        "2031-10-09",
        True,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Tarn pledged to cut its catch by a third from 2010 levels.", "2010"),
        ("Ferry traffic in Halvik is back to last year's levels.", "last year's"),
    ],
)
def test_a_level_a_change_is_measured_from_is_no_event(sentence: str, expression: str) -> None:
    assert _not_an_event(_first_date(sentence, expression))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "bound"),
    [
        # "down $2 million from last year": the base a change is counted from, no event of it.
        ("Fares at the Halvik depot are down $2 million from last year.", "last year", True),
        ("Bookings at the Orrin port were up 8 percent from 2030.", "2030", True),
        ("Edda Voss moved the Tarn ferry from Halvik last year.", "last year", False),
    ],
)
def test_a_date_a_change_is_counted_from_is_a_comparison_base(
    sentence: str, expression: str, bound: bool
) -> None:
    assert _is_bound(_first_date(sentence, expression)) is bound


@pytest.mark.slow
def test_a_list_of_years_told_by_one_sentence_is_one_row(tmp_path: Path) -> None:
    # "in 2031, 2029, 2028 and 2027": one statement about several years, one row whose text is
    # the sentence, not a row per year holding the rest of the list ("2029, 2028 and 2027").
    rows = _texts_of(
        tmp_path,
        "Crews at the Halvik works also dealt with pump failures in 2031, 2029, 2028 and 2027.",
    )
    assert len(rows) == 1 and rows[0][0] == "2031", rows
    assert rows[0][2].startswith("Crews at the Halvik works"), rows
    # Lists of years of several names: each list keeps its own name's phrase, as before.
    rows = _texts_of(
        tmp_path,
        "The winners were Edda Voss in 2018, Piet Orrin in 2022 and 2026, and Tessa Brune in "
        "2030 and 2034.",
    )
    texts = {date: text for date, _, text in rows}
    assert "Voss" not in texts.get("2026", "") and "Orrin" in texts.get("2026", ""), rows


def _told(expression: str, sentence: str, head: str, lemmas: str) -> _Mention:
    """A mention of S1 with the subject and object of ``sentence``'s parse."""
    from synoptic.stages.timeline import _participants

    m = _mention("S1", None, expression, sentence.rstrip("."), head, lemmas)
    m.subject, m.object = _participants(_first_date(sentence, expression))
    return m


def test_one_article_telling_one_event_twice_is_one_row() -> None:
    # "Edda Voss was sentenced on Tuesday" / "On Tuesday, Ms. Voss, 61, was sentenced to
    # six years": one article, one day, the same event word and the same subject.
    from synoptic.stages.timeline import _participants

    a = _told("Tuesday", "Edda Voss was sentenced on Tuesday.", "sentenc", "edda voss sentence")
    b = _told(
        "Tuesday",
        "On Tuesday, Ms. Voss, 61, was sentenced to six years in the Halvik jail.",
        "sentenc",
        "voss sentence year halvik jail",
    )
    assert (a.subject, b.subject) == ("voss", "voss")
    assert [e.sources for e in _merge([a, b], ["S1"])] == [["S1"]]
    # Another subject, or the same one doing it to another, is another event.
    c = _told("Tuesday", "Ilse Varro was sentenced on Tuesday.", "sentenc", "ilse varro sentence")
    assert len(_merge([a, c], ["S1"])) == 2
    d = _told("Friday", "Police arrested Orrin Mills on Friday.", "arrest", "police orrin mill")
    e = _told("Friday", "Police arrested Tamsin Brune on Friday.", "arrest", "police tamsin")
    assert (d.subject, d.object, e.object) == ("police", "mills", "brune")
    assert len(_merge([d, e], ["S1"])) == 2
    # A pronoun names no one in particular: "he drove ... Thursday" / "they were driven ...".
    f = _first_date("He drove through Tarn in a motorcade on Thursday.", "Thursday")
    assert _participants(f) == (None, None)
    # A participle's subject is the noun it tells of: "a video released Wednesday".
    g = _first_date("A video released by Harbour News on Wednesday shows the quay.", "Wednesday")
    assert _participants(g)[0] == "video"


def test_a_year_told_of_an_event_joins_its_day_with_one_participant_in_common() -> None:
    # "the girl murdered in 2041, Lene Holt's novel" / "murdered on Dec. 6, 2041, writes Holt":
    # the same event word and one participant, the one day of that year so told.
    year = _mention(
        "S1", "2041", "2041", "a girl who is murdered in 2041", "murder", "girl murder holt novel"
    )
    day = _mention(
        "S2",
        "2041-12-06",
        "Dec. 6, 2041",
        "I was murdered on Dec. 6, 2041",
        "murder",
        "murder holt film narrate",
    )
    assert [e.sources for e in _merge([year, day], ["S1", "S2"])] == [["S1", "S2"]]
    # The event word alone is not enough.
    alone = _mention(
        "S1", "2041", "2041", "a sailor murdered in 2041", "murder", "sailor murder tarn"
    )
    assert len(_merge([alone, day], ["S1", "S2"])) == 2


def test_a_weekday_joins_the_event_told_on_that_weekday_with_its_date() -> None:
    # "a lynx was shot dead on Wednesday" (undated) / "Tarka the lynx was shot and killed
    # early Wednesday, March 30": the other outlet names the weekday and its date; same event word
    # and a participant in common: one row, at the named date.
    named = _mention(
        "S1",
        None,
        "Wednesday, March 30",
        "Tarka the lynx was shot and killed early Wednesday, March 30",
        "shot",
        "tarka lynx shoot kill",
    )
    weekday = _mention(
        "S2",
        None,
        "Wednesday",
        "A lynx was shot dead in Orrin on Wednesday",
        "shot",
        "lynx shoot dead orrin",
    )
    other = _mention(
        "S2", None, "Wednesday", "Rangers hunted a wolf on Wednesday", "hunt", "ranger hunt wolf"
    )
    events = _merge([named, weekday, other], ["S1", "S2"])
    assert sorted(e.sources for e in events) == [["S1", "S2"], ["S2"]]
    joined = next(e for e in events if len(e.sources) == 2)
    assert joined.expression == "Wednesday, March 30"
    # The row names the date whichever outlet comes first.
    events = _merge([weekday, named], ["S2", "S1"])
    assert [(e.sources, e.expression) for e in events] == [
        (["S2", "S1"], "Wednesday, March 30")
    ]
    # Another weekday's date is not this one.
    thursday = _mention(
        "S1",
        None,
        "Thursday, March 31",
        "Tarka the lynx was shot and killed early Thursday, March 31",
        "shot",
        "tarka lynx shoot kill",
    )
    assert len(_merge([thursday, weekday], ["S1", "S2"])) == 2


@pytest.mark.parametrize(
    "expression", ["three to 10 years", "seven to eight days", "2 to 3 months"]
)
def test_a_range_of_durations_is_not_a_date(expression: str) -> None:
    # "sentenced to three to 10 years", "would be home in seven to eight days": how long, not
    # when.
    assert resolve_date(expression, BASE) is None


@pytest.mark.slow
def test_an_update_line_is_not_an_event() -> None:
    # "[UPDATE March 4, 2031] Tarn police have made no arrests.": the page's note of when it
    # was changed, like "Updated on March 4, 2031".
    sentence = "[UPDATE March 4, 2031] Tarn police have made no arrests in the ferry crash."
    assert _not_an_event(_first_date(sentence, "March 4, 2031"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A body named by the event it looks into ("the House Jan. 6 Select Committee", "the
        # Jan. 6 panel") dates no event of its own: what the body did has its own date.
        (
            "The Tarn Council's March 9 Select Committee said on Wednesday that it will "
            "hear Edda Voss.",
            "March 9",
            False,
        ),
        ("The March 9 panel summoned Piet Orrin to the Halvik hearing.", "March 9", False),
        ("The May 4 commission questioned the Tarn ferry crew.", "May 4", False),
        # The event's own noun keeps its date.
        ("The May 4 flood at the Tarn quay killed six people.", "May 4", True),
    ],
)
def test_a_date_naming_a_body_is_no_event(sentence: str, expression: str, event: bool) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


@pytest.mark.slow
def test_a_month_after_the_start_of_a_span_does_not_take_its_year(tmp_path: Path) -> None:
    # "rebuilt the fleet from 2031 until her election in October": the span runs from 2031 to
    # the article's present, so the bare "October" is not October 2031 (undated article: the
    # month stays without a year). A narrative's date still anchors: "sent in May 2031 and
    # the visit began in November" is November 2031.
    rows = _texts_of(
        tmp_path,
        "Edda Voss, who rebuilt the Tarn ferry fleet from 2031 until her election by the "
        "council in October, spoke at the Halvik quay.",
    )
    assert [d for d, e, _ in rows if e == "October"] == [None], rows
    rows = _texts_of(
        tmp_path,
        "The Orrin invitation was sent in May 2031, and the planning of the visit began in "
        "November.",
    )
    assert [d for d, e, _ in rows if e == "November"] == ["2031-11"], rows


def _unit(cos: float, axis: int) -> Any:
    """A unit vector at cosine ``cos`` to (1, 0, 0), off along ``axis`` (1 or 2)."""
    import numpy as np

    v = np.zeros(3)
    v[0], v[axis] = cos, (1 - cos * cos) ** 0.5
    return v


def test_the_days_closest_pair_of_two_outlets_is_one_event() -> None:
    # Two outlets tell one abduction of one day in their own words (cosine 0.65, two words in
    # common); the same article's other event of that day is far from both: one row of two
    # sources, the other apart.
    def rows(close: float, other: float, date: str = "2031-05-04") -> list[Any]:
        told = _mention(
            "S1",
            date,
            "May 4, 2031",
            "Ilse was with her cousin on May 4, 2031 when a stranger named Pim approached them",
            None,
            "ilse cousin stranger name pim approach",
        )
        call = _mention(
            "S1",
            date,
            "May 4, 2031",
            "a collect call was placed from a kiosk in Marlow on May 4, 2031",
            "place",
            "collect call place kiosk marlow",
        )
        other_words = _mention(
            "S2",
            date,
            "May 4, 2031",
            "She was skating on the pond with a friend on May 4, 2031, when Pim approached",
            "skate",
            "skate pond friend pim approach",
        )
        other_words.vector = _unit(1.0, 1)
        told.vector, call.vector = _unit(close, 1), _unit(other, 2)
        return [told, call, other_words]

    events = _merge(rows(0.65, 0.2), ["S1", "S2"])
    assert sorted(e.sources for e in events) == [["S1"], ["S1", "S2"]]
    joined = next(e for e in events if e.sources == ["S1", "S2"])
    assert "stranger" in joined.text
    # Another row of that day nearly as close: which one the other outlet tells is unknown.
    assert len(_merge(rows(0.65, 0.5), ["S1", "S2"])) == 3
    # Not close enough, or a month (it holds many events told alike): apart.
    assert len(_merge(rows(0.55, 0.2), ["S1", "S2"])) == 3
    assert len(_merge(rows(0.65, 0.2, "2031-05"), ["S1", "S2"])) == 3


@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A year on a make of car or a product with "a" or a possessive is its model year: one
        # of many things of that year, no event of the year is told.
        ("Police said Brandt was driving his 2031 black Porsche when he crashed.", "2031", False),
        ("Officers found a 2029 Hyundai Sonata parked near the Tarn quay.", "2029", False),
        ("Orrin sold the 2028 pickup truck to a dealer in Marlow.", "2028", False),
        # A year-like number counting a plain plural noun is a count, not a year.
        ("The Halvik army sought 2000 volunteers for the brigade.", "2000", False),
        # A year that is a book's or a film's title ("Orwell's 1984").
        ("Telescreens of the kind used in Brandt's 1984 now watch Marlow.", "1984", False),
        # Events named by their year stay events.
        ("Voss won the 2030 Halvik marathon in a sprint.", "2030", True),
        ("Voss lost the 2016 elections to Orrin.", "2016", True),
        ("A Tarn cabinet was formed after 2031 elections.", "2031", True),
        ("Brandt's 2031 campaign collapsed in the spring.", "2031", True),
    ],
)
def test_a_model_year_a_count_or_a_title_is_no_event(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # Nothing happened on the day: a reply not given, "no" thing reported.
        ("The Tarn ministry did not comment on Friday.", "Friday", False),
        ("Ilse Brandt did not respond to a request for comment on Tuesday.", "Tuesday", False),
        ("No looting had been reported by early Wednesday.", "early Wednesday", False),
        ("The Halvik quay was quiet by early Tuesday.", "early Tuesday", False),
        ("A Marlow spokesman declined to comment Tuesday.", "Tuesday", False),
        ("The Tarn ministry did not return calls on Friday.", "Friday", False),
        # A negated event of consequence, a "no" on a noun of the day, and a deadline stay.
        ("The Halvik Works did not reopen on Friday, its owner said.", "Friday", True),
        ("The Halvik dockers did not return to work on Friday.", "Friday", True),
        ("The Tarn council was not charged until Nov. 30.", "Nov. 30", True),
        ("No group has claimed Tuesday's bombing of the Halvik quay.", "Tuesday", True),
        ("The Halvik reservoir will be full by 2031.", "2031", True),
        ("No one was hurt Tuesday when a Halvik bus overturned.", "Tuesday", True),
    ],
)
def test_a_day_on_which_nothing_happened_is_no_event(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


def test_a_list_of_lengths_is_not_a_date() -> None:
    # "I lived there maybe five, six months": how long, not when.
    assert resolve_date("five, six months", BASE) is None


@pytest.mark.parametrize(
    "expression",
    ["the next decade", "over the next decade", "for the next decade", "the coming decade"],
)
def test_the_next_decade_is_a_span_not_a_date(expression: str) -> None:
    # "would run deficits over the next decade": the ten years a figure is counted over, like
    # "the last decade", not a point in time.
    assert resolve_date(expression, BASE) is None
    assert resolve_date(expression, None) is None


def test_an_undated_month_joins_the_one_day_of_it_told_alike() -> None:
    # "the two ministers meet in Tarn in June" / "the ministers are set to meet in Tarn on
    # June 15-16", both in undated articles: the month is of the day's event.
    month = _mention(
        "S1", None, "June", "the two ministers meet in Tarn in June", "meet", "minister meet tarn"
    )
    day = _mention(
        "S2",
        None,
        "June 15-16",
        "The ministers are set to meet in Tarn on June 15-16",
        "meet",
        "minister set meet tarn",
    )
    events = _merge([month, day], ["S1", "S2"])
    assert [(e.sources, e.expression) for e in events] == [(["S1", "S2"], "June 15-16")]
    # With two such days in the month, which one it is is unknown: it stays a row.
    other = _mention(
        "S2", None, "June 28", "The ministers meet again in Tarn on June 28", "meet",
        "minister meet tarn",
    )
    assert len(_merge([month, day, other], ["S1", "S2"])) == 3
    # A weekday is no day of a month, however alike the words.
    weekday = _mention(
        "S2", None, "Tuesday", "The ministers meet in Tarn on Tuesday", "meet",
        "minister meet tarn",
    )
    assert len(_merge([month, weekday], ["S1", "S2"])) == 2


def test_a_report_told_like_two_rows_of_its_day_makes_them_one() -> None:
    # "Orrin on Friday proposed a budget" (S1) and "the budget released by the cabinet on
    # Friday" (S2) share too little; S3's "Orrin on Friday released his budget" is told like
    # each of them: the three outlets tell one event.
    day = "2031-03-07"
    s1 = _mention(
        "S1", day, "Friday", "Orrin on Friday proposed a budget for Tarn", "propos",
        "orrin propose budget tarn deficit",
    )
    s2 = _mention(
        "S2", day, "Friday", "The budget released by the Tarn cabinet on Friday relies on growth",
        "releas", "budget release cabinet tarn rely growth",
    )
    s3 = _mention(
        "S3", day, "Friday", "Orrin on Friday released his budget for Tarn", "releas",
        "orrin release budget tarn",
    )
    import numpy as np

    s1.vector, s2.vector = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    # 0.83 from S1's, 0.55 from S2's: near both, too far from S2's to join it alone
    s3.vector = np.array([1.0, 0.66]) / np.hypot(1.0, 0.66)
    assert len(_merge([s1, s2], ["S1", "S2"])) == 2
    events = _merge([s1, s2, s3], ["S1", "S2", "S3"])
    assert [e.sources for e in events] == [["S1", "S2", "S3"]]
    # Like words alone do not bridge: the report's sentence must be near each row's.
    s3.vector = np.array([1.0, 0.0])
    assert len(_merge([s1, s2, s3], ["S1", "S2", "S3"])) == 2
    s3.vector = np.array([1.0, 0.66]) / np.hypot(1.0, 0.66)
    # Two rows one article told apart stay apart, whatever another outlet's report is like.
    own = _mention(
        "S1", day, "Friday", "The budget released by the Tarn cabinet on Friday relies on growth",
        "releas", "budget release cabinet tarn rely growth",
    )
    own.citation = Citation(source="S1", start=100, end=160)
    own.vector = s2.vector
    assert len(_merge([s1, own, s3], ["S1", "S3"])) == 2


@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A sum spent over a period is a tally of it, like a sum earned.
        ("The Tarn council spent more than $4 million last year on ferries.", "last year", False),
        ("Halvik spent $2.5 billion in 2030 funding quay builders.", "2030", False),
        # A sum spent on a day is that day's event; one to be spent, a forecast.
        ("The Tarn council spent $4 million on Monday to buy the quay.", "Monday", True),
        ("The Tarn council will spend $4 million next year on ferries.", "next year", True),
    ],
)
def test_a_sum_spent_over_a_period_is_no_event(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


@pytest.mark.parametrize(
    ("sentence", "expression", "bound"),
    [
        # A change counted from a date: the date is the change's base, no event of it.
        ("Economists expected ferry bookings to fall to 40,000 from last week.", "last week", True),
        ("Tarn fares rose to $12 from 2029, the council said.", "2029", True),
        # "from" a date that opens the days an event runs stays the event's.
        ("The Halvik fair ran from June 11 to June 13.", "June 11 to June 13", False),
    ],
)
def test_a_date_a_change_verb_counts_from_is_its_base(
    sentence: str, expression: str, bound: bool
) -> None:
    assert _is_bound(_first_date(sentence, expression)) is bound


def test_time_spent_is_no_tally_of_a_dated_noun() -> None:
    # "spent two years in jail after the 2029 protests": the protests are 2029's event.
    sentence = "Voss, who spent two years in jail after the 2029 Tarn protests, spoke."
    ent = _first_date(sentence, "2029")
    assert not _not_an_event(ent)


def test_an_undated_weekday_joins_the_one_written_day_told_alike() -> None:
    # Undated articles: "Corvel on Nov. 9 unveiled a ferry plan" / "In a plan unveiled Monday,
    # Corvel ...": the other outlet writes the day out; one row, at the written day.
    written = _mention(
        "S1",
        None,
        "Nov. 9",
        "Harbour chief Ana Corvel on Nov. 9 unveiled a ferry plan for Tarnby",
        "unveil",
        "harbour chief ana corvel unveil ferry plan tarnby",
    )
    weekday = _mention(
        "S2",
        None,
        "Monday",
        "In a plan unveiled Monday, Ana Corvel promised ferries to Tarnby",
        "unveil",
        "plan unveil ana corvel promise ferry tarnby",
    )
    events = _merge([written, weekday], ["S1", "S2"])
    assert [(e.sources, e.expression) for e in events] == [(["S1", "S2"], "Nov. 9")]
    # The row tells the written day whichever outlet comes first.
    events = _merge([weekday, written], ["S2", "S1"])
    assert [(e.sources, e.expression, e.text) for e in events] == [
        (["S2", "S1"], "Nov. 9", written.text)
    ]
    # One article that writes a day out and elsewhere says "Monday" tells two days.
    same_article = _mention(
        "S1",
        None,
        "Monday",
        "In a plan unveiled Monday, Ana Corvel promised ferries to Tarnby",
        "unveil",
        "plan unveil ana corvel promise ferry tarnby",
    )
    assert len(_merge([written, same_article], ["S1"])) == 2
    # A word of one sentence naming the other's event is not the same event word.
    listening = _mention(
        "S2",
        None,
        "Monday",
        "Ana Corvel listened Monday to a debate on the ferry plan she unveiled for Tarnby",
        "listen",
        "ana corvel listen debate ferry plan unveil tarnby",
    )
    assert len(_merge([written, listening], ["S1", "S2"])) == 2
    # Told in another tense (a plan for Monday / a day past), it is not that day's report.
    ahead = _mention(
        "S2",
        None,
        "Monday",
        "Ana Corvel will unveil a ferry plan for Tarnby on Monday",
        "unveil",
        "ana corvel unveil ferry plan tarnby",
    )
    ahead.future = True
    assert len(_merge([written, ahead], ["S1", "S2"])) == 2
    # A dated article's day is not joined: the weekday counts from its own article's unknown
    # date.
    dated = _mention(
        "S1",
        "2041-11-09",
        "Nov. 9, 2041",
        "Harbour chief Ana Corvel on Nov. 9, 2041 unveiled a ferry plan for Tarnby",
        "unveil",
        "harbour chief ana corvel unveil ferry plan tarnby",
    )
    assert len(_merge([dated, weekday], ["S1", "S2"])) == 2
    # Two written days told alike: which one is unknown, it stays apart.
    other = _mention(
        "S3",
        None,
        "Nov. 2",
        "Ana Corvel unveiled a first ferry plan for Tarnby on Nov. 2",
        "unveil",
        "ana corvel unveil first ferry plan tarnby",
    )
    assert len(_merge([written, other, weekday], ["S1", "S2", "S3"])) == 3


def test_an_undated_next_month_joins_the_one_written_month_told_alike() -> None:
    # "The ferry line will open in March" / "the ferry line will open next month": one row.
    written = _mention(
        "S1",
        None,
        "March",
        "The Tarnby ferry line will open in March to all passengers",
        "open",
        "tarnby ferry line open passenger",
    )
    written.future = True
    relative = _mention(
        "S2",
        None,
        "next month",
        "Corvel said the Tarnby ferry line will open next month",
        "open",
        "corvel tarnby ferry line open",
    )
    relative.future = True
    events = _merge([written, relative], ["S1", "S2"])
    assert [(e.sources, e.expression) for e in events] == [(["S1", "S2"], "March")]
    # One article may write the month out too ("will reopen next month" / "from early March").
    own = _mention(
        "S1",
        None,
        "next month",
        "Corvel said the Tarnby ferry line will open next month",
        "open",
        "corvel tarnby ferry line open",
    )
    own.future = True
    own.citation = Citation(source="S1", start=100, end=150)
    assert [e.sources for e in _merge([written, own], ["S1"])] == [["S1"]]
    # Two dates of one sentence are two dates ("its opening last month, agreed in March").
    written.sentence = own.sentence = 0
    assert len(_merge([written, own], ["S1"])) == 2
    # "Last month" is not a month still ahead.
    past = _mention(
        "S2",
        None,
        "last month",
        "The Tarnby ferry line opened last month",
        "open",
        "tarnby ferry line open",
    )
    assert len(_merge([written, past], ["S1", "S2"])) == 2


def test_this_week_joins_the_one_weekday_its_article_tells_alike() -> None:
    # One undated article: "Corvel's announcement this week of a ferry deal angered Tarnby" /
    # "announcing the deal on Wednesday": both count from the article's own date, one row.
    week = _mention(
        "S1",
        None,
        "this week",
        "Corvel's announcement this week of a ferry deal angered Tarnby",
        "anger",
        "corvel announcement ferry deal anger tarnby",
    )
    day = _mention(
        "S1",
        None,
        "Wednesday",
        "Corvel announcing the ferry deal on Wednesday",
        "announc",
        "corvel announce ferry deal",
    )
    day.citation = Citation(source="S1", start=200, end=240)
    events = _merge([week, day], ["S1"])
    assert [(e.sources, e.expression) for e in events] == [(["S1"], "Wednesday")]
    # Another article's weekday counts from another unknown date.
    other = _mention(
        "S2",
        None,
        "Wednesday",
        "Corvel announcing the ferry deal on Wednesday",
        "announc",
        "corvel announce ferry deal",
    )
    assert len(_merge([week, other], ["S1", "S2"])) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "date", "reference"),
    [
        ("The April 2027 flood closed the Orrin docks.", "April 2027", "2027-04", True),
        ("Planners still cite the big fire of June 1931 in Halvik.", "June 1931", "1931-06", True),
        ("Crews still talk of the blast of May 4, 2011.", "May 4, 2011", "2011-05-04", True),
        # a month framing another event: the outage is what is told, not the storms
        (
            "During the August 2029 strikes, the Orrin ferry was idle for 12 days.",
            "August 2029",
            "2029-08",
            False,
        ),
        (
            "The Halvik ferry ran until the end of May 1931.",
            "the end of May 1931",
            "1931-05",
            False,
        ),
        ("The 2000 Olympics drew crowds to Halvik.", "2000", "2000", False),
        # the tagger takes "encounter" for a verb; with its article it is the date's noun
        ("Police said that in the June 5 encounter the smugglers fled.", "June 5", None, True),
    ],
)
def test_a_months_noun_or_a_noun_of_a_date_refers_back(
    sentence: str, expression: str, date: str | None, reference: bool
) -> None:
    # A report names an event of a month again by its month ("the April 2027 flood", "the
    # fire of June 1931"), as it names a day's by its day ("Friday's attempt").
    assert _is_reference(_first_date(sentence, expression), date) is reference


@pytest.mark.slow
def test_a_source_naming_its_months_event_again_gives_one_row(tmp_path: Path) -> None:
    import synoptic

    (tmp_path / "a.txt").write_text(
        "A flood closed the Orrin docks in April 2027, stranding 40 ferries.\n\n"
        "Harbour staff later rebuilt the quay washed away in the April 2027 flood.\n\n"
        "Insurers still cite the April 2027 event when they price cover.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    rows = [e for e in brief.timeline if e.date == "2027-04"]
    assert len(rows) == 1 and len(rows[0].citations) == 3, brief.timeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Photo © Lena Marsh 1998", "1998"),
        ("Copyright 2019 Harbour News. All rights reserved.", "2019"),
    ],
)
def test_a_credit_lines_year_is_no_event(sentence: str, expression: str) -> None:
    # The year of a picture's or a text's rights dates no event.
    assert _is_page_line(_first_date(sentence, expression))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "nothing"),
    [
        ("We wouldn't reopen the Halvik yard this year.", "this year", True),
        ("Voss would not sell the yard in 2031, her lawyer said.", "2031", True),
        ("The Orrin ferry could not land on Friday.", "Friday", False),
        ("Voss said Friday she would not sell the yard.", "Friday", False),
        # a past thing judged happened; "won't" is a forecast, kept like any other
        ("The council should not have sold the yard in 2019.", "2019", False),
        ("The Tarn bridge won't reopen in 2031.", "2031", False),
    ],
)
def test_a_thing_one_would_not_do_is_no_event(
    sentence: str, expression: str, nothing: bool
) -> None:
    # A negated "would"/"might"/"should" tells of nothing done on the date; "could not land"
    # tells what happened, "should not have sold" a thing done, and "said Friday" is the date
    # of the saying.
    assert _not_an_event(_first_date(sentence, expression)) is nothing


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "recurring"),
    [
        ("They say that every year on June 3, the Orrin spring runs red.", "June 3", True),
        ("The Tarn market opens each year on March 1.", "March 1", True),
        ("Every year in April, the Halvik ferry crews hold a parade.", "April", True),
        # a start: the first of them was in 1990; and the day's own event
        ("The fair, held every year since 1990, drew 4,000 people on Saturday.", "1990", False),
        ("The fair, held every year since 1990, drew 4,000 people on Saturday.", "Saturday", False),
        # the parser hangs "Tuesday" on "costs": a weekday does not come round each year
        ("Orrin said Tuesday the ferry loses $2 million each year.", "Tuesday", False),
        ("The Orrin club meets every week on Tuesday.", "Tuesday", True),
    ],
)
def test_a_date_that_comes_round_every_year_is_no_event(
    sentence: str, expression: str, recurring: bool
) -> None:
    # "every year on June 3": a date that recurs, no event of one day.
    assert _not_an_event(_first_date(sentence, expression)) is recurring


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "measure"),
    [
        ("The official death toll for 2031 has not yet been published.", "2031", True),
        ("The 2031 tally of Tarn road deaths was revised on Monday.", "2031", True),
        ("Halvik had the highest rate of burglaries last year.", "last year", True),
        # the tally's revision is Monday's event; a thing had in a year, or a day's record
        ("The 2031 tally of Tarn road deaths was revised on Monday.", "Monday", False),
        ("Halvik had a ferry strike last year.", "last year", False),
        ("The Tarn council set a record number of fines on Monday.", "Monday", False),
        ("The Tarn rate hike of March 2031 hurt savers.", "March 2031", False),
    ],
)
def test_the_period_a_count_is_kept_for_is_no_event(
    sentence: str, expression: str, measure: bool
) -> None:
    # "the death toll for 2031", "had the highest rate of burglaries last year": the period a
    # figure measures, not a date something happened on.
    assert _not_an_event(_first_date(sentence, expression)) is measure



@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "counted"),
    [
        ("There were 41,250 ferry crossings at the Tarn quay in March.", "March", True),
        ("Of the 3,412 Halvik permits in May, nearly 900 were refused.", "May", True),
        ("Claims rose again, up from the 12,604 recorded in April.", "April", True),
        # One act with a count, a day's count, a count in words: events, kept.
        ("The Orrin storm killed 30 people in March.", "March", False),
        ("Tarn police made 300 arrests on Monday.", "Monday", False),
        ("The two letters in May went unanswered.", "May", False),
    ],
)
def test_a_month_a_count_in_figures_is_told_of_is_not_an_event(
    sentence: str, expression: str, counted: bool
) -> None:
    # "41,250 crossings in March": a statistic's period, many acts summed, no event of March.
    assert _not_an_event(_first_date(sentence, expression)) is counted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "bound"),
    [
        (
            "The Tarn fare rise in May marked the steepest one-month jump since June 2008.",
            "June 2008",
            True,
        ),
        ("The Tarn vote drew the biggest crowd since June 2008.", "June 2008", True),
        # A when-clause tells the date's own event; a plain "since" on an event verb is kept.
        (
            "The quay saw the largest crowd since May 2019, when the Orrin ferry sank.",
            "May 2019",
            False,
        ),
        ("The Orrin port has been closed since May 2019.", "May 2019", False),
    ],
)
def test_a_record_since_a_date_is_a_bound(sentence: str, expression: str, bound: bool) -> None:
    # "marked the steepest jump since June 2008": where the comparison starts, no event of 2008.
    assert _is_bound(_first_date(sentence, expression)) is bound


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "ongoing"),
    [
        ("Tarn rents have been creeping upward every month this year.", "this year", True),
        ("Halvik has been losing ferry workers in 2031.", "2031", True),
        # A change told once, in the perfect: an event of the year, kept.
        ("Orrin has lost 300 ferry workers in 2031.", "2031", False),
    ],
)
def test_a_period_a_perfect_progressive_runs_over_is_not_an_event(
    sentence: str, expression: str, ongoing: bool
) -> None:
    # "have been trending higher this year": an activity across the year, no event of it.
    assert _not_an_event(_first_date(sentence, expression)) is ongoing


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("As of 4 pm ET Tuesday, 80 people remained missing in the Halvik flood.", "Tuesday"),
        ("As of 4 p.m. ET on Tuesday, the Orrin register listed 35 names.", "Tuesday"),
    ],
)
def test_as_of_past_a_time_of_day_is_a_state(sentence: str, expression: str) -> None:
    # "As of 4 pm ET Tuesday": a time of day between "as of" and the date changes nothing.
    assert _not_an_event(_first_date(sentence, expression))


@pytest.mark.slow
def test_a_correction_note_is_no_event() -> None:
    # "An earlier version of this story, published Thursday, ...": the page's history.
    note = (
        "An earlier version of this article, posted on Thursday, wrongly gave the Tarn "
        "ferry's tonnage."
    )
    assert _is_page_line(_first_date(note, "Thursday"))
    assert _not_an_event(_first_date(note, "Thursday"))
    told = "Voss published an earlier version of the plan on Thursday."
    assert not _not_an_event(_first_date(told, "Thursday"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Monday paper: a weekday's noun in a past clause is the last one
        ("Tuesday's big flap was an interview the mayor gave to a Halvik radio station.", False),
        # a weekday's noun in a "will" clause is the next one
        ("Voss will face Orrin in Sunday's second round of elections.", True),
        # "will" on a weekday's noun that is the verb's object: a past day's thing talked of
        ("The Halvik board will review Friday's ruling on the ferry pier.", None),
        # a month's noun in an infinitive's object is not made a plan ("a panel to
        # investigate the Jan. 6 riot" is not next January's); a riot is no planned thing,
        # so it is the last one (see ``_UNFORESEEN``)
        ("Voss plans to set up a panel to look into the Jan. 6 riot on the pier.", False),
        # reported speech is told in the past for any time: the nearer of the two
        ("Voss said Sunday's runoff was too close to call.", None),
    ],
)
def test_a_weekday_noun_takes_its_clause_tense(sentence: str, expected: bool | None) -> None:
    expression = next(d for d in ("Tuesday", "Sunday", "Friday", "Jan. 6") if d in sentence)
    assert _future(_first_date(sentence, expression)) is expected


@pytest.mark.slow
def test_a_plan_verb_in_the_present_passive_looks_forward() -> None:
    # "are scheduled on June 15": an arrangement told in the present lies ahead.
    sentence = "The Tarn ferry talks are scheduled on June 15 at the port."
    assert _future(_first_date(sentence, "June 15")) is True


def test_last_week_joins_its_one_day_told_alike() -> None:
    # Thursday's paper says "last week", another outlet names the day: one event, at the day.
    week = _mention(
        "S1",
        "2019-W16",
        "last week",
        "the Halvik council voted last week to close the ferry pier",
        "vote",
        "halvik council vote close ferry pier",
    )
    day = _mention(
        "S2",
        "2019-04-17",
        "Wednesday",
        "the Halvik council voted on Wednesday to shut the ferry pier",
        "vote",
        "halvik council vote shut ferry pier",
    )
    other = _mention(
        "S3",
        "2019-04-24",
        "Wednesday",
        "the Orrin council voted on Wednesday to close the ferry pier",
        "vote",
        "orrin council vote close ferry pier",
    )
    events = _merge([week, day, other], ["S1", "S2", "S3"])
    assert [(e.date, e.sources) for e in events] == [
        ("2019-04-17", ["S1", "S2"]),
        ("2019-04-24", ["S3"]),
    ]


def test_a_week_told_as_a_plan_does_not_join_a_past_day() -> None:
    # "plans to announce this week" is not the day's "said on Tuesday it had not announced".
    week = _mention(
        "S1",
        "2019-W17",
        "this week",
        "the Halvik mayor plans to announce this week whether the ferry pier will close",
        "announc",
        "halvik mayor plan announce ferry pier close",
    )
    week.future = True
    day = _mention(
        "S2",
        "2019-04-23",
        "Tuesday",
        "the Halvik mayor said on Tuesday she had not announced whether the ferry pier will close",
        "announc",
        "halvik mayor say announce ferry pier close",
    )
    events = _merge([week, day], ["S1", "S2"])
    assert [(e.date, e.sources) for e in events] == [("2019-04-23", ["S2"]), ("2019-W17", ["S1"])]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "future"),
    [
        ("Ilse Varn was named to lead the Tarn guard as it tries to recover from the "
         "March 9 riot.", "March 9", False),
        ("The Halvik council will study the March 9 explosion at the Orrin depot.",
         "March 9", False),
        # A planned thing named by its date may still lie ahead.
        ("Ilse Varn leads the Tarn guard as it prepares for the March 9 vote.", "March 9", None),
    ],
)  # fmt: skip
def test_an_unforeseen_event_named_by_its_date_has_happened(
    sentence: str, expression: str, future: bool | None
) -> None:
    # "the Jan. 6 riot" in a July paper while the clause is in the present: no one schedules a
    # riot, so the date is the last one, not the nearer next January.
    assert _future(_first_date(sentence, expression)) is future
    resolved = resolve_date(
        expression, datetime(2031, 10, 20), future=_future(_first_date(sentence, expression))
    )
    assert resolved is not None
    assert resolved[0] == ("2031-03-09" if future is False else "2032-03-09")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Members of her staff are struggling to reach top aides, according to several reports "
        "on Friday.",
        "Staff morale is low, according to a Friday report by the Halvik Ledger.",
    ],
)
def test_a_date_of_a_cited_source_is_past(sentence: str) -> None:
    # "are struggling ..., according to reports on Friday" in a Saturday paper: the reports
    # exist already, so Friday is the last one, not the next (the claim's present tense is
    # no plan).
    assert _future(_first_date(sentence, "Friday")) is False


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        # the infinitive hangs on an adjective: its tense is the copula's ("were")
        ("The Halvik piers are open again after riders were unable to reach the ferries for "
         "several hours on Monday.", "Monday"),
        # a passive: the past is on the auxiliary ("was forced"), not on the participle
        ("Orrin was forced to step down as mayor in September after the vote.", "September"),
    ],
)  # fmt: skip
def test_an_infinitive_under_a_past_copula_or_passive_is_a_plan_told_in_the_past(
    sentence: str, expression: str
) -> None:
    # Told in the past, the infinitive's date is the nearer of last and next (see
    # ``_future_verb``), not the next one: in a Wednesday paper, Monday is two days back.
    ent = _first_date(sentence, expression)
    assert _future(ent) is None
    base = datetime(2031, 10, 22)  # a Wednesday
    expected = "2031-10-20" if expression == "Monday" else "2031-09"
    assert resolve_date(expression, base, future=_future(ent)) == (expected, True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        # "since" is another date's ("the first session since Aug. 9"), not Thursday's
        ("The two councils will meet on Thursday - their first session since Aug. 9.",
         "Thursday"),
        # the parser hangs Thursday on "Aug. 9": the "since" on the way up is Aug. 9's
        ("The two unions will hold their first formal session since Aug. 9 on Thursday in "
         "Halvik.", "Thursday"),
        # a causal "since": its clause is told in the present, so it gives a reason
        ("No ferries will sail this week, since the crew is holding a strike from Wednesday "
         "through Friday.", "Wednesday through Friday"),
    ],
)  # fmt: skip
def test_a_since_of_another_date_or_a_causal_since_does_not_look_back(
    sentence: str, expression: str
) -> None:
    assert _future(_first_date(sentence, expression)) is True
    # a temporal "since" clause still looks back
    kept = "The pier has been shut since the storm hit the harbour in May."
    assert _future(_first_date(kept, "May")) is False


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "future"),
    [
        # "as scheduled on Nov. 4": the time the opening is set for, either side of the paper
        ("Officials doubt the Halvik ferry will open as scheduled on Nov. 4.", "Nov. 4", None),
        # "fixed for": a plan verb's planned time, as "set for"
        ("The Voss trial was fixed for Nov. 5 at the Orrin court.", "Nov. 5", None),
        # "is due": a time fixed ahead, as "the vote is on Monday"
        ("Both councils await the outcome of a pier ruling that is due before Oct. 21.",
         "Oct. 21", True),
    ],
)  # fmt: skip
def test_a_scheduled_fixed_or_due_date_is_not_read_as_past(
    sentence: str, expression: str, future: bool | None
) -> None:
    # In a paper of Oct. 5, each date lies weeks ahead, not a year back.
    ent = _first_date(sentence, expression)
    assert _future(ent) is future
    resolved = resolve_date(expression, datetime(2031, 10, 5), future=_future(ent))
    assert resolved is not None
    assert resolved[0] is not None
    assert resolved[0].startswith("2031-1")


@pytest.mark.parametrize("expression", ["mid-September", "the end of September", "September"])
def test_the_current_month_told_ahead_is_this_month(expression: str) -> None:
    # "will add 500 berths by mid-September" in a paper of Sept. 7: the month still running,
    # not next year's September.
    assert resolve_date(expression, datetime(2031, 9, 7), future=True) == ("2031-09", True)
    # another month ahead is still the next one
    assert resolve_date("August", datetime(2031, 9, 7), future=True) == ("2032-08", True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "future"),
    [
        # what may come: the next Sunday
        ("The storm could make landfall on the Tarn coast sometime on Sunday.", "Sunday", True),
        ("The Halvik council may vote on the pier on Friday.", "Friday", True),
        # what could not be done happened ("could not land"), a past guessed ("may have left")
        ("The ferry could not land on Friday because of the wind.", "Friday", False),
        ("The suspect may have left the harbour on Friday.", "Friday", False),
        # a noun's date: the decision was Thursday's, whatever may follow it
        ("The decision Thursday could push the ferry law closer to the Halvik high court.",
         "Thursday", False),
    ],
)  # fmt: skip
def test_a_day_of_what_may_come_looks_ahead(
    sentence: str, expression: str, future: bool | None
) -> None:
    assert _future(_first_date(sentence, expression)) is future


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expression", "event"),
    [
        # A year that names a law, a title, a forecast or a budget dates no event.
        ("Tarn refused to hand Voss over under the 1998 Halvik Extradition Act.", "1998", False),
        ("Voss backed the Piet R. Orrin Ferry Rights Advancement Act of 2021.", "2021", False),
        ("The Orrin paper's 1712 Project angered the council.", "1712", False),
        ("The bank cut its 2024 growth forecast on Tuesday.", "2024", False),
        ("The bank cut its 2024 growth forecast on Tuesday.", "Tuesday", True),
        ("The council approved the 2025 budget on Monday.", "2025", False),
        ("Voss wants to repeal the 1961 law that let the mayor close the port.", "1961", False),
        (
            "The 2015 Halvik Peace Prize winner said that only four boats had been found.",
            "2015",
            False,
        ),
        # A month on such a noun is when it came out: "the March budget" is kept.
        ("Voss attacked the March budget in a speech to the council.", "March", True),
        # A year a thing is likened to.
        ("This will not be a repetition of 1987, Voss said.", "1987", False),
        # A weekday in a name ("the Good Friday agreement"), not the article's week.
        ("Crowds in Halvik marked the anniversary of the Good Friday agreement.", "Friday", False),
        ("Sen. Voss Tuesday said the ferry would sail.", "Tuesday", True),
        ("Voss attended Tarn Air Force Base Sunday for the ceremony.", "Sunday", True),
        ("Orrin met Voss in Halvik Monday to talk.", "Monday", True),
        # A sum received over a year is a tally; one grant received is an event.
        ("Last year, the rowers received about $2 million in prize money.", "Last year", False),
        ("The rowers received a $2 million grant last year.", "last year", True),
        # A year told by itself stays.
        ("In 2016, Voss signed the Tarn Ferries Act.", "2016", True),
    ],
)
def test_a_year_naming_a_text_a_likeness_or_a_named_day_is_no_event(
    sentence: str, expression: str, event: bool
) -> None:
    assert _not_an_event(_first_date(sentence, expression)) is not event


@pytest.mark.slow
def test_a_year_that_ends_an_untagged_name_is_told_by_the_name() -> None:
    # spaCy tags no name on this act: its capitalised words before "Act" are the name.
    law = "Voss backed the Piet R. Orrin Ferry Rights Advancement Act of 2021."
    src = Source(id="S1", path="a", kind="text", original=law)
    text = _event_text(_first_date(law, "2021"), src, 0)[0]
    assert text == "Piet R. Orrin Ferry Rights Advancement Act of 2021"


def test_a_weekday_beside_a_date_tells_its_year() -> None:
    """ "Sunday, Dec. 20" in a paper of Dec. 15, 1998, told in the past: the Dec. 20 that fell
    on a Sunday (1998), not the last Dec. 20 before the paper (1997, a Saturday)."""
    base = datetime(1998, 12, 15)
    assert resolve_date("Sunday, Dec. 20", base) == ("1998-12-20", True)
    assert resolve_date("Dec. 20", base) == ("1997-12-20", True)  # no weekday: as before
    # a weekday that fits neither year (a misprint) leaves the date as the tense read it
    assert resolve_date("Monday, Dec. 20", base) == ("1997-12-20", True)
