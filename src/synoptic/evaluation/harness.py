"""Score the project and its peers on the same clusters with the same scorer and truncation.

1. every live system (the project first, then the peers) summarises each cluster, timed;
2. published outputs (DUC's ``systems/``) are read as they are;
3. optionally a greedy extractive oracle (reads the references: an upper bound);
4. each output is cut to the word budget and scored against the cluster's references.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from synoptic.evaluation.datasets import Cluster
from synoptic.evaluation.peers import Summarizer
from synoptic.evaluation.rouge import Measure, RougeScores, greedy_oracle, score
from synoptic.evaluation.text import split_sentences, truncate_words

Kind = Literal["project", "live", "published", "oracle"]
PROJECT = "synoptic"
ORACLE = "Oracle (greedy)"


@dataclass(slots=True, kw_only=True)
class SystemResult:
    """A system's mean scores over the clusters, and its mean seconds per cluster if run live."""

    name: str
    kind: Kind
    rouge1: float = 0.0
    rouge2: float = 0.0
    seconds: float | None = None
    clusters: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class EvalReport:
    """One benchmark run: settings and one row per system (the project first)."""

    dataset: str
    measure: Measure
    words: int
    clusters: int
    embedder: str
    note: str = ""
    rows: list[SystemResult] = field(default_factory=list)

    def row(self, name: str) -> SystemResult | None:
        return next((r for r in self.rows if r.name == name), None)

    def margin_over(self, peer: str) -> RougeScores | None:
        """The project's lead over ``peer`` in points, if both were scored."""
        mine, theirs = self.row(PROJECT), self.row(peer)
        if mine is None or theirs is None:
            return None
        return RougeScores(rouge1=mine.rouge1 - theirs.rouge1, rouge2=mine.rouge2 - theirs.rouge2)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Tally:
    """Running sums for one system."""

    def __init__(self, name: str, kind: Kind) -> None:
        self.result = SystemResult(name=name, kind=kind)
        self.time = 0.0

    def add(self, scores: RougeScores, seconds: float | None = None) -> None:
        self.result.rouge1 += scores.rouge1
        self.result.rouge2 += scores.rouge2
        self.result.clusters += 1
        if seconds is not None:
            self.time += seconds

    def finish(self) -> SystemResult:
        n = max(1, self.result.clusters)
        self.result.rouge1 /= n
        self.result.rouge2 /= n
        if self.result.kind in ("project", "live"):
            self.result.seconds = self.time / n
        return self.result


def evaluate(
    clusters: Sequence[Cluster],
    *,
    dataset: str,
    measure: Measure,
    words: int,
    live: Mapping[str, Summarizer],
    embedder: str = "",
    note: str = "",
    published: bool = True,
    oracle: bool = False,
    on_cluster: Callable[[Cluster], None] | None = None,
) -> EvalReport:
    """Run and score every system on ``clusters``; ``live[PROJECT]`` (if given) is the project.

    A live system that raises on a cluster scores 0 there; the error is kept in ``failures``.
    """
    tallies: dict[str, _Tally] = {
        name: _Tally(name, "project" if name == PROJECT else "live") for name in live
    }
    for cluster in clusters:
        for name, system in live.items():
            _run_live(tallies[name], system, cluster, words, measure)
        if published:
            for name, text in sorted(cluster.outputs.items()):
                tally = tallies.setdefault(name, _Tally(name, "published"))
                tally.add(_score([text], cluster, words, measure))
        if oracle:
            tally = tallies.setdefault(ORACLE, _Tally(ORACLE, "oracle"))
            candidates = [s for doc in cluster.documents for s in split_sentences(doc)]
            picked = greedy_oracle(candidates, cluster.references, words)
            tally.add(_score(picked, cluster, words, measure))
        if on_cluster:
            on_cluster(cluster)
    rows = [t.finish() for t in tallies.values()]
    order = {"project": 0, "live": 1, "published": 2, "oracle": 3}
    rows.sort(key=lambda r: (order[r.kind], -r.rouge2 if r.kind == "published" else 0))
    return EvalReport(
        dataset=dataset,
        measure=measure,
        words=words,
        clusters=len(clusters),
        embedder=embedder,
        note=note,
        rows=rows,
    )


def _run_live(tally: _Tally, system: Summarizer, cluster: Cluster, words: int, m: Measure) -> None:
    start = time.perf_counter()
    try:
        sentences = system(list(cluster.documents), words)
    except Exception as exc:  # one failed cluster is reported and scored 0, the run goes on
        tally.result.failures.append(f"{cluster.id}: {type(exc).__name__}: {exc}")
        sentences = []
    tally.add(_score(sentences, cluster, words, m), time.perf_counter() - start)


def _score(sentences: Sequence[str], cluster: Cluster, words: int, m: Measure) -> RougeScores:
    summary = " ".join(truncate_words(sentences, words))
    return score(summary, cluster.references, m)
