"""The stage contract, dedup, align and summarize on a small hand-written cluster."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

import synoptic
from synoptic import PipelineError
from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend
from synoptic.pipeline import DEFAULT_STAGES, Pipeline
from synoptic.text import jaccard, shingles, words

MINI = Path(__file__).parent / "fixtures" / "mini"


def _brief(paths: list[Path], **kw: object) -> synoptic.Brief:
    return synoptic.build_brief(paths, embedder=HashingEmbedder(), nlp=BlankBackend(), **kw)  # type: ignore[arg-type]


def test_pipeline_rejects_a_stage_before_what_it_requires() -> None:
    stages = list(DEFAULT_STAGES)
    names = [s.name for s in stages]
    align = stages.pop(names.index("align"))
    stages.insert(0, align)
    with pytest.raises(PipelineError, match="align"):
        Pipeline(stages)


def test_default_order_is_the_documented_one() -> None:
    names = Pipeline().names
    for before, after in [
        ("clean", "segment"),
        ("segment", "dedup"),
        ("embed", "align"),
        ("align", "summarize"),
    ]:
        assert names.index(before) < names.index(after)


def test_repeated_sentence_is_marked_once_and_not_independent() -> None:
    brief = _brief([MINI])
    src = next(s for s in brief.sources if s.path.endswith("a_tribune.txt"))
    repeated = [r for r in src.removed if r.reason == "repeated"]
    assert any("Engineers began repairing" in r.text for r in repeated), src.removed
    assert not any(
        s.text.startswith("Engineers began") for s in src.sentences[1:] if s.duplicate_of is None
    )
    assert "Engineers began repairing" in src.text
    assert src.text.count("Engineers began repairing the Lake Orra dam") == 1


def test_copied_sentence_across_sources_counts_once() -> None:
    brief = _brief([MINI])
    claim = next(c for c in brief.claims if "worst in the valley since 1987" in c.text)
    assert len(claim.sources) == 2
    assert claim.independent_sources == 1
    assert claim.support == "single-source"
    copied = [r for s in brief.sources for r in s.removed if r.reason == "copied"]
    assert any("1987" in r.text for r in copied)


def test_summary_within_budget_cited_and_without_near_duplicates() -> None:
    brief = _brief([MINI], words=60)
    assert brief.summary
    assert sum(len(s.text.split()) for s in brief.summary) <= 60
    for sent in brief.summary:
        assert sent.citations
        for cit in sent.citations:
            src = brief.source(cit.source)
            assert 0 <= cit.start < cit.end <= len(src.original)
        own = [
            c
            for c in sent.citations
            if " ".join(brief.source(c.source).original[c.start : c.end].split()) == sent.text
        ]
        assert own, "a summary sentence cites the passage it was taken from"
    texts = [shingles(words(s.text), 2) for s in brief.summary]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            assert jaccard(texts[i], texts[j]) < 0.5


def test_summary_cites_every_source_carrying_the_claim() -> None:
    brief = _brief([MINI], words=400)
    for sent in brief.summary:
        claim = next(c for c in brief.claims if c.id == sent.claim)
        assert {c.source for c in sent.citations} == set(claim.sources)


def test_same_json_whatever_the_order_of_the_files() -> None:
    files = sorted(MINI.glob("*.txt"))
    first = _brief(files).to_json()
    for seed in range(3):
        shuffled = files[:]
        random.Random(seed).shuffle(shuffled)
        assert _brief(shuffled).to_json() == first


def test_one_article_is_briefed_with_a_note() -> None:
    brief = _brief([MINI / "a_tribune.txt"])
    assert len(brief.sources) == 1
    assert brief.summary
    assert [p.kind for p in brief.problems] == ["single-source"]
    assert all(c.support == "single-source" for c in brief.claims)


def test_bad_files_never_lose_the_batch(tmp_path: Path) -> None:
    for f in MINI.glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "broken.txt").write_bytes(
        b"\xff\xfe\x00\xd8" * 10 + "caf\u00e9".encode("utf-16-le")[:3]
    )
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)
    brief = _brief([tmp_path, tmp_path / "missing.txt"])
    assert len(brief.sources) == 3
    kinds = {p.path.rsplit("/", 1)[-1]: p.kind for p in brief.problems}
    assert kinds["empty.txt"] == "empty"
    assert kinds["binary.txt"] == "binary"
    assert kinds["huge.txt"] == "too-large"
    assert kinds["missing.txt"] == "not-found"
    assert all(p.message for p in brief.problems)
    assert brief.summary


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    brief = _brief([tmp_path])
    assert brief.sources == []
    assert brief.summary == []
    assert [p.kind for p in brief.problems] == ["no-articles"]


def test_summary_flags_sentences_that_take_a_side_in_a_conflict() -> None:
    cluster = Path(__file__).parent / "fixtures" / "agreement" / "bridge"
    brief = _brief([cluster], words=400)
    sides = {}
    for c in brief.conflicts:
        for side in c.sides:
            sides.setdefault(side.sentence, set()).add(c.id)
    assert sides, "the fixture plants conflicts"
    flagged = [s for s in brief.summary if s.sentence in sides]
    assert flagged, "a 400-word summary of the fixture takes some conflict side"
    for sent in brief.summary:
        assert set(sent.disputed) == sides.get(sent.sentence, set())


def test_the_same_quotation_in_different_attributions_is_one_claim() -> None:
    import numpy as np

    from synoptic.model import Sentence
    from synoptic.stages.align import _PairScorer

    texts = [
        "“We will not sign a deal that hurts our ports,” Energy Minister Ilse Varga told reporters"
        " gathered outside the regional assembly building on Monday morning after a long session.",
        '"We will not sign a deal that hurts our ports, ever.',  # the quote goes on
        "The minister told reporters at dawn that talks on the port deal would resume.",
        "Dockworkers in Calderhaven voted on Friday to end the strike over automation plans.",
    ]
    sentences = [
        Sentence(id=f"S{i}.1", source=f"S{i}", start=0, end=len(t), text=t, paragraph=0, index=0)
        for i, t in enumerate(texts)
    ]
    vectors = np.tile(np.array([[0.6, 0.8]], dtype=np.float32), (4, 1))  # cosine 1 everywhere
    vectors[2:] = [[0.8, 0.6]]  # cosine 0.96 to the first two
    scorer = _PairScorer([0, 1, 2, 3], sentences, vectors)
    assert scorer.same_quote(0, 1)
    assert not scorer.same_quote(0, 2)
    assert scorer.overlap(0, 1) < 0.5  # the words alone would not link them
    assert scorer.score(0, 1) >= 0.9


def test_a_shared_topic_and_names_are_not_the_same_claim() -> None:
    import numpy as np

    from synoptic.model import Sentence
    from synoptic.stages.align import CLOSE_COSINE, MIN_CONTAINMENT, _PairScorer

    texts = [
        "Vell's position on river tolls will be used by Ostrander in its talks with the League.",
        "The League envoy said talks on river tolls can resume only after the spring floods.",
        "Ostrander will use Vell's position on river tolls in its talks with the League.",
        "Ferry crossings resumed at Carrow after the repairs were finished in the spring.",
        "Ferries at Carrow sailed again after 14 weeks of repairs to the pier.",
        "Boats were idle for 14 weeks while workers rebuilt the old pier and dredged the harbour "
        "at Carrow.",
    ]
    sentences = [
        Sentence(id=f"S{i}.1", source=f"S{i}", start=0, end=len(t), text=t, paragraph=0, index=0)
        for i, t in enumerate(texts)
    ]
    scorer = _PairScorer(list(range(6)), sentences, np.eye(6, dtype=np.float32))
    topical = 0.7  # the cosine given: related, not a paraphrase by the vectors alone
    assert topical < CLOSE_COSINE
    # The same topic, names and words, another statement: a loose echo, not a citation.
    assert scorer.containment(0, 1) < MIN_CONTAINMENT
    assert scorer.score(0, 1, cosine=topical, strict=False) >= 0.5
    assert scorer.score(0, 1, cosine=topical) == 0.0
    assert scorer.score(0, 1, cosine=CLOSE_COSINE) >= 0.5  # a close paraphrase by the vectors
    # Most of the shorter sentence's words in the other: the same claim.
    assert scorer.containment(0, 2) >= MIN_CONTAINMENT
    assert scorer.score(0, 2, cosine=topical) >= 0.5
    # A figure in common carries a link that shares fewer words.
    assert scorer.containment(4, 5) < MIN_CONTAINMENT
    assert scorer.score(4, 5, cosine=topical) >= 0.5
    assert scorer.score(3, 5, cosine=topical) == 0.0


def test_a_claim_is_shown_by_the_sentence_that_adds_least() -> None:
    import numpy as np

    from synoptic.model import Sentence
    from synoptic.stages.align import _PairScorer, _representative

    texts = [
        "On 3 March the Orlen Society held a panel after the meeting between Governor Ada Pell "
        "and Mayor Ruo Tam in Calderhaven.",
        "Governor Ada Pell met Mayor Ruo Tam in Calderhaven on 3 March.",
        "Ferries at Carrow sailed again after 14 weeks of repairs to the pier.",
    ]
    sentences = [
        Sentence(id=f"S{i}.1", source=f"S{i}", start=0, end=len(t), text=t, paragraph=0, index=0)
        for i, t in enumerate(texts)
    ]
    scorer = _PairScorer([0, 1, 2], sentences, np.eye(3, dtype=np.float32))
    # The meeting is what both say; the panel is the first sentence's own news.
    assert _representative([0, 1], scorer, texts) == 1
    assert _representative([1, 0], scorer, texts) == 1
    assert _representative([2], scorer, texts) == 2


def test_a_claim_is_not_shown_by_a_piece_of_a_quotation() -> None:
    import numpy as np

    from synoptic.model import Sentence
    from synoptic.stages.align import _PairScorer, _representative

    texts = [
        "the ferries will not sail to Carrow until the pier is safe.\u201d",
        "Ferries will not sail to Carrow until the pier is safe again, the harbour board said.",
    ]
    sentences = [
        Sentence(id=f"S{i}.1", source=f"S{i}", start=0, end=len(t), text=t, paragraph=0, index=0)
        for i, t in enumerate(texts)
    ]
    scorer = _PairScorer([0, 1], sentences, np.eye(2, dtype=np.float32))
    # The piece says least beyond the other, but it opens in lower case on an unpaired mark.
    assert _representative([0, 1], scorer, texts) == 1
    assert _representative([1, 0], scorer, texts) == 1


def test_align_records_echoes_at_least_as_wide_as_the_claims() -> None:
    brief = _brief([Path(__file__).parent / "fixtures" / "agreement" / "bridge"], words=200)
    copies = {s.id for s in brief.sentences() if s.duplicate_of}
    source_of = {s.id: s.source for s in brief.sentences()}
    linked = [c for c in brief.claims if c.independent_sources > 1]
    assert linked, "the fixture has claims carried by several sources"
    for claim in linked:
        for sid in claim.sentences:
            if sid not in copies:  # every other source of its claim is an echo of the sentence
                echoed = {source_of[e] for e in brief.echoes.get(sid, ())}
                assert len(echoed) >= claim.independent_sources - 1, sid


def test_each_distinct_sentence_is_embedded_once(tmp_path: Path) -> None:
    import numpy as np

    seen: list[str] = []

    class Counting(HashingEmbedder):
        def encode(self, texts: Any) -> np.ndarray:
            seen.extend(texts)
            return super().encode(texts)

    wire = "The ferry to Carrow resumed on Monday after a week of repairs to its engines."
    (tmp_path / "a.txt").write_text(f"{wire} The harbour was calm.\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"{wire} Tickets sold out by noon.\n", "utf-8")
    brief = synoptic.build_brief(
        [tmp_path / "a.txt", tmp_path / "b.txt"], embedder=Counting(), nlp=BlankBackend()
    )
    texts = [s.text for s in brief.sentences()]
    assert texts.count(wire) == 2 and seen.count(wire) == 1
    assert brief.embeddings is not None and len(brief.embeddings) == len(texts)
    rows = [i for i, t in enumerate(texts) if t == wire]
    assert np.array_equal(brief.embeddings[rows[0]], brief.embeddings[rows[1]])


@pytest.mark.slow
def test_same_json_under_another_hash_seed(tmp_path: Path) -> None:
    # Two processes differ in their hash seed, so in the order they walk a set of strings: a
    # brief must not follow it (a float sum over a set once flipped a summary sentence).
    import os
    import subprocess
    import sys

    example = Path(__file__).parent.parent / "examples" / "cluster"
    outputs = []
    for seed in ("11", "12"):
        out = tmp_path / f"seed{seed}"
        subprocess.run(
            [sys.executable, "-c", "from synoptic.cli.main import main; main()", "brief",
             str(example), "-o", str(out), "--format", "json"],
            env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, check=True,
        )
        outputs.append((tmp_path / f"seed{seed}.json").read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def _failing(name: str) -> Any:
    from synoptic.stages._base import Stage

    def fn(brief: Any, ctx: Any) -> Any:
        brief.quotes = ["half-filled"]
        raise StopIteration

    return Stage(name=name, requires=("sources",), assigns=(name,), fn=fn)


def _context() -> Any:
    from synoptic.config import load_options
    from synoptic.stages._base import Context

    return Context(options=load_options(), embedder=HashingEmbedder(), nlp=BlankBackend())


def test_a_failing_fact_stage_empties_its_section_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SYNOPTIC_STRICT", "0")
    brief = synoptic.Brief(sources=[], words=50)
    out = Pipeline([_failing("quotes")])(brief, _context())
    assert out.quotes == []
    assert [(p.path, p.kind) for p in out.problems] == [("stage:quotes", "stage-failed")]
    assert "StopIteration" in out.problems[0].message


def test_a_failing_core_stage_or_a_strict_run_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNOPTIC_STRICT", "0")
    with pytest.raises(StopIteration):  # the summary's own stages have no fallback
        Pipeline([_failing("align")])(synoptic.Brief(sources=[], words=50), _context())
    monkeypatch.setenv("SYNOPTIC_STRICT", "1")
    with pytest.raises(StopIteration):
        Pipeline([_failing("quotes")])(synoptic.Brief(sources=[], words=50), _context())
