"""Measure disagreement detection on ClaimDiff (Ko et al. 2022), beside simple baselines.

    .venv/bin/python scripts/eval_claimdiff.py [--data DIR] [--embedder minilm-onnx|hashing]
    .venv/bin/python scripts/eval_claimdiff.py --allsides FILE [--stories N]

ClaimDiff pairs two claims from different outlets on one story; ``ClaimDiff-W`` labels whether
claim B *weakens* claim A, the closest public proxy for cross-source disagreement. Scored:

- ``compare_claims``: :func:`synoptic.compare_claims` says ``disagree``. Cross-validated with
  grouped K-fold by topic (``scripts/fit_compare.py`` refits the model and picks its threshold on
  the training folds), and, labelled in-sample, the shipped weights on the whole train split;
- ``negation only``: exactly one of the two claims holds a negator;
- ``embedding only``: cosine below / above a threshold picked on the training folds; the cut
  with the best F1 on all the data is also printed (an optimistic upper bound);
- ``hand-set cue rule``: ``agreement.score_relation``, the previous ``compare_claims``;
- ``always``: every pair flagged (precision = base rate).

On ``ClaimDiff-S`` the rate at which ``compare_claims`` flags *strengthening* pairs is reported as
a false alarm check. ``--allsides`` prints, for a few AllSides stories, the conflicts synoptic finds
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
from pathlib import Path
from typing import Any

import numpy as np

import fit_compare as fc  # scripts/ is on sys.path when this script runs
from synoptic import _claim_model as cm
from synoptic import agreement as ag
from synoptic.backends.embedders import Embedder, get_embedder

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "claimdiff"
DEFAULT_ALLSIDES = DEFAULT_DATA.parent / "allsides" / "stories_dev.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["data"]
    return rows


def shipped(rows: list[dict[str, Any]], embedder: Embedder, cos: np.ndarray) -> list[ag.Relation]:
    """:func:`synoptic.compare_claims` with the shipped weights (cosines computed once)."""
    return [
        ag.fitted_relation(r["claim_a"], r["claim_b"], float(c), embedder.name)
        for r, c in zip(rows, cos, strict=True)
    ]


def cross_validated(
    rows: list[dict[str, Any]], gold: np.ndarray, name: str, cos: np.ndarray
) -> fc.Scores:
    """compare_claims refitted fold by fold (the shipped features, gates and penalty)."""
    with_cos = "cosine" in cm.model_for(name).features
    names = fc.feature_names(with_cos)
    x = fc.feature_matrix(rows, cos if with_cos else None, names)
    gate = fc.gates(rows, cos, cm.model_for(name).unrelated_below)
    label = f"compare_claims, CV ({name})"
    return fc.cross_validate(label, fc.model_predictor(x, gold, gate), rows, gold)


def claimdiff(data: Path, embedder: Embedder) -> None:
    weak = load(data / fc.TRAIN_FILE)
    gold = np.array([r["relation"] == 1 for r in weak])
    print(f"ClaimDiff-W train: {len(weak)} pairs, {int(gold.sum())} weaken")
    cos = fc.cosines(embedder.name, weak)
    assert cos is not None
    print(
        f"\nCross-validated: grouped {fc.FOLDS}-fold by topic, {fc.REPEATS} fold draws, thresholds"
        " picked on the training folds (the last row: cosine cut picked on all, optimistic)"
    )
    print(fc.HEADER)
    for s in [cross_validated(weak, gold, embedder.name, cos), *fc.baselines(weak, gold, cos)]:
        print(s.row())
    rels = shipped(weak, embedder, cos)
    print("\nIn-sample: the shipped weights on the whole train split they were fitted on")
    says = np.array([r.label == "disagree" for r in rels])
    print(fc.score(f"compare_claims, shipped ({embedder.name})", says, gold).row())
    strong = data / "ClaimDiff-strength-train.json"
    if strong.exists():
        subset = [r for r in load(strong) if r["relation"] == 1]
        s_cos = fc.cosines(embedder.name, subset)
        assert s_cos is not None
        flagged = sum(r.label == "disagree" for r in shipped(subset, embedder, s_cos))
        neg = int(fc.negation_only(subset).sum())
        print(
            f"\nClaimDiff-S train: compare_claims flags {flagged}/{len(subset)} strengthening pairs"
            f" as disagree ({flagged / len(subset):.1%}); negation only {neg}"
            f" ({neg / len(subset):.1%})"
        )


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
