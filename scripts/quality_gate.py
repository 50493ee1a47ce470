#!/usr/bin/env python
"""CI quality gate: the project's ROUGE on a fast subset of DUC 2004 and Multi-News must stay
at or above the floors pinned in ``scripts/quality_floors.json``.

    python scripts/quality_gate.py [--data ../shared/data] [--allow-lower] [--raise-floors]

Exit codes: 0 passed (or skipped: no data), 1 a score is below its floor, 2 the floors file is
invalid or lowers a floor committed in git HEAD (pass ``--allow-lower`` to do that on purpose).
``--raise-floors`` rewrites the file with floors moved up to ``score - margin`` (never down).
See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synoptic.evaluation.floors import Floors
    from synoptic.evaluation.rouge import Measure

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "scripts" / "quality_floors.json"
DATA = ROOT.parent / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    from synoptic.evaluation import floors as fl

    try:
        current = fl.load_floors(args.floors)
        committed = fl.committed_floors(args.floors)
    except (OSError, ValueError) as exc:
        print(f"quality gate: cannot read floors: {exc}", file=sys.stderr)
        return 2
    problems = fl.lowered(current, committed) if committed else []
    if problems and not args.allow_lower:
        print("quality gate: the floors file lowers committed floors (--allow-lower to do so):")
        print("\n".join(f"  - {p}" for p in problems))
        return 2
    if not args.data.is_dir():
        print(f"quality gate: skipped, no evaluation data at {args.data}")
        return 0
    scores = _measure(current, args.data)
    failures = fl.below(scores, current)
    for problem in failures:
        print(f"  FAIL {problem}")
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", "utf-8")
    if failures:
        return 1
    if args.raise_floors:
        new = fl.raised(current, scores, args.margin)
        args.floors.write_text(json.dumps(new.to_dict(), indent=2) + "\n", "utf-8")
        print(f"quality gate: floors written to {args.floors}")
    print("quality gate: passed")
    return 0


def _measure(floors: Floors, data: Path) -> dict[str, dict[str, float]]:
    """The project's mean ROUGE on each dataset's gate subset (0 if any cluster failed)."""
    from synoptic.backends.embedders import get_embedder
    from synoptic.evaluation import duc2004, multinews
    from synoptic.evaluation.harness import PROJECT, evaluate
    from synoptic.evaluation.project import ProjectSummarizer
    from synoptic.evaluation.report import print_report

    project = ProjectSummarizer(get_embedder(floors.embed_backend), mode="summary")
    scores: dict[str, dict[str, float]] = {}
    for dataset, size in sorted(floors.subsets.items()):
        if dataset == "duc2004":
            clusters = duc2004.load_clusters(data / "duc2004", size)
            measure: Measure = "recall"
            words = duc2004.DUC_WORDS
        elif dataset == "multinews":
            clusters = multinews.load_clusters(data / "multinews", size)
            measure, words = "f1", multinews.MULTINEWS_WORDS
        else:
            raise SystemExit(f"quality gate: unknown dataset {dataset!r} in the floors file")
        report = evaluate(
            clusters, dataset=f"{dataset} (gate subset)", measure=measure, words=words,
            live={PROJECT: project}, embedder=floors.embed_backend, published=False,
        )
        print_report(report)
        row = report.rows[0]
        ok = not row.failures
        scores[dataset] = {
            "rouge1": round(row.rouge1, 2) if ok else 0.0,
            "rouge2": round(row.rouge2, 2) if ok else 0.0,
        }
    return scores


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data", type=Path, default=DATA, help="the shared/data folder")
    p.add_argument("--floors", type=Path, default=FLOORS, help="the floors file")
    p.add_argument("--allow-lower", action="store_true", help="accept floors below git HEAD's")
    p.add_argument("--raise-floors", action="store_true", help="raise floors to score - margin")
    p.add_argument("--margin", type=float, default=1.0, help="points kept below the score")
    p.add_argument("--json", type=Path, help="write the measured scores to this file")
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
