"""Measure disagreement detection on ClaimDiff (Ko et al. 2022), beside simple baselines.

    .venv/bin/python scripts/eval_claimdiff.py [--data DIR] [--embedder minilm-onnx|hashing]
    .venv/bin/python scripts/eval_claimdiff.py --allsides FILE [--stories N]

ClaimDiff pairs two claims from different outlets on one story; ``ClaimDiff-W`` labels whether
claim B *weakens* claim A, the closest public proxy for cross-source disagreement. Scored:

- ``synoptic``: :func:`synoptic.compare_claims` says ``disagree``;
- ``negation only``: exactly one of the two claims holds a negator;
- ``embedding only``: cosine below / above a threshold; the threshold (and direction) giving the
  best F1 on the same data is reported, so this baseline is an optimistic upper bound;
- ``always``: every pair flagged (precision = base rate).

On ``ClaimDiff-S`` the rate at which synoptic flags *strengthening* pairs is reported as a false
alarm check. ``--allsides`` prints, for a few AllSides stories, the conflicts synoptic finds
between the left, centre and right articles beside the editor's note on how coverage differed
(a sanity check to read, not a score).

The data is read by path at evaluation time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synoptic import agreement as ag
from synoptic.backends.embedders import Embedder, get_embedder

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "claimdiff"
DEFAULT_ALLSIDES = DEFAULT_DATA.parent / "allsides" / "stories_dev.jsonl"


@dataclass(slots=True, frozen=True)
class Scores:
    name: str
    flagged: int
    precision: float
    recall: float
    f1: float

    def row(self) -> str:
        return (
            f"{self.name:<34} {self.flagged:>7} {self.precision:>9.3f} {self.recall:>7.3f}"
            f" {self.f1:>6.3f}"
        )


def score(name: str, pred: Sequence[bool], gold: Sequence[bool]) -> Scores:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    flagged, positives = sum(pred), sum(gold)
    p = tp / flagged if flagged else 0.0
    r = tp / positives if positives else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(name, flagged, p, r, f)


def load(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["data"]
    return rows


def cosines(embedder: Embedder, rows: list[dict[str, Any]]) -> np.ndarray:
    a = embedder.encode([r["claim_a"] for r in rows])
    b = embedder.encode([r["claim_b"] for r in rows])
    return np.asarray((a * b).sum(axis=1))


def best_threshold(cos: np.ndarray, gold: list[bool]) -> Scores:
    best = score("embedding only", [False] * len(gold), gold)
    for t in np.linspace(-0.2, 1.0, 121):
        for below in (True, False):
            pred = [bool(c < t) if below else bool(c >= t) for c in cos]
            s = score(f"embedding only (cos {'<' if below else '>='} {t:.2f})", pred, gold)
            if s.f1 > best.f1:
                best = s
    return best


def evaluate(rows: list[dict[str, Any]], embedder: Embedder) -> list[Scores]:
    gold = [r["relation"] == 1 for r in rows]
    cos = cosines(embedder, rows)
    rels = [
        ag.score_relation(r["claim_a"], r["claim_b"], float(c))
        for r, c in zip(rows, cos, strict=True)
    ]
    neg = [
        (ag.negation_count(r["claim_a"]) > 0) != (ag.negation_count(r["claim_b"]) > 0) for r in rows
    ]
    cue_only = [bool(x.cues) and x.label != "unrelated" for x in rels]
    return [
        score("synoptic compare_claims", [x.label == "disagree" for x in rels], gold),
        score("synoptic cues, no score floor", cue_only, gold),
        score("negation only", neg, gold),
        best_threshold(cos, gold),
        score("always", [True] * len(gold), gold),
    ]


def flag_rate(rows: list[dict[str, Any]], embedder: Embedder, label: int) -> tuple[int, int]:
    subset = [r for r in rows if r["relation"] == label]
    cos = cosines(embedder, subset)
    flagged = sum(
        ag.score_relation(r["claim_a"], r["claim_b"], float(c)).label == "disagree"
        for r, c in zip(subset, cos, strict=True)
    )
    return flagged, len(subset)


def claimdiff(data: Path, embedder: Embedder) -> None:
    weak = load(data / "ClaimDiff-weak-train.json")
    print(f"ClaimDiff-W train: {len(weak)} pairs, {sum(r['relation'] for r in weak)} weaken")
    print(f"{'detector':<34} {'flagged':>7} {'precision':>9} {'recall':>7} {'F1':>6}")
    for s in evaluate(weak, embedder):
        print(s.row())
    strong = data / "ClaimDiff-strength-train.json"
    if strong.exists():
        flagged, n = flag_rate(load(strong), embedder, 1)
        print(f"ClaimDiff-S train: synoptic flags {flagged}/{n} strengthening pairs as disagree")


def allsides(path: Path, stories: int, embedder_name: str) -> None:
    import synoptic

    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    step = max(1, len(rows) // stories)
    for row in rows[::step][:stories]:
        with tempfile.TemporaryDirectory() as tmp:
            for side, art in sorted(row["news"].items()):
                body = "\n\n".join(p for p in art.get("newBody", []) if p.strip())
                head = f"outlet: {art.get('newsSource', side)}\n\n{art.get('newsTitle', '')}"
                text = f"{head}\n\n{body}\n"
                Path(tmp, f"{side}.txt").write_text(text, "utf-8")
            brief = synoptic.build_brief([tmp], embed_backend=embedder_name)
            names = {s.id: Path(s.path).stem for s in brief.sources}
        print(f"\n=== {row['issue']}")
        note = row["roundup"][1] if len(row.get("roundup", [])) > 1 else ""
        print(f"editor: {note.strip()[:400]}")
        for c in brief.conflicts:
            sides = "; ".join(f"{names[s.source]}: {s.value[:60]!r}" for s in c.sides)
            print(f"  {c.kind:<14} {c.topic[:70]!r} -> {sides}")
        if not brief.conflicts:
            print("  (no conflicts found)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--embedder", default="minilm-onnx")
    parser.add_argument("--allsides", type=Path, nargs="?", const=DEFAULT_ALLSIDES)
    parser.add_argument("--stories", type=int, default=6)
    args = parser.parse_args(argv)
    run: Callable[[], None]
    if args.allsides:
        run = lambda: allsides(args.allsides, args.stories, args.embedder)  # noqa: E731
        path = args.allsides
    else:
        run = lambda: claimdiff(args.data, get_embedder(args.embedder))  # noqa: E731
        path = args.data
    if not path.exists():
        print(f"{path} not found; pass --data/--allsides (the shared data sits beside the repo)")
        return 2
    start = time.time()
    run()
    print(f"\n({time.time() - start:.1f}s, embedder {args.embedder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
