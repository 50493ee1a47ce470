#!/usr/bin/env python
"""Benchmark: seconds and peak memory of a full brief, cold and warm, beside sumy's LexRank.

    python scripts/bench.py [SEEDS] [--data ../shared/data] [--json FILE] [--embedder NAME]

Inputs: (1) the seeds folder, (2) a 10-article cluster, (3) a 100-article cluster, built at run
time from ``shared/data/duc2004`` (one DUC cluster; ten DUC clusters) and written to a temp dir
as ``.txt``; without ``shared/data`` the bundled ``examples/cluster`` texts are replicated with
light variations instead.

Each measurement runs in a fresh subprocess: COLD is the first brief, including importing
synoptic and loading the models; WARM is a second brief in the same process. Memory is the
process's peak resident set size (``resource.getrusage(...).ru_maxrss``, which includes native
allocations by spaCy and onnxruntime that tracemalloc would not see). sumy's LexRank runs on the
same files (cold includes importing sumy), with the same word budget.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # before any heavy import: the cold time starts here

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WORDS = 200  # the brief's default budget; LexRank gets the same


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


# --- children: one measurement per fresh process -------------------------------------------


def child_synoptic(folder: Path, embed: str | None) -> dict[str, Any]:
    """Two briefs of ``folder`` in this process: cold (imports, model loads) and warm."""
    import synoptic  # noqa: F401  (timed as part of the cold run)
    from synoptic.backends.nlp import get_nlp
    from synoptic.evaluation.project import choose_embedder

    t_import = time.perf_counter()
    choice = choose_embedder(embed)
    nlp = get_nlp("spacy")
    t_load = time.perf_counter()
    cold = _timed_brief(folder, choice.embedder, nlp)
    rss_cold = _rss_mib()
    warm = _timed_brief(folder, choice.embedder, nlp)
    return {
        "embedder": choice.name,
        "note": choice.note,
        "import_s": t_import - _T0,
        "load_s": t_load - t_import,
        "cold_s": cold["seconds"] + (t_load - _T0),
        "warm_s": warm["seconds"],
        "stages_cold": cold["stages"],
        "stages_warm": warm["stages"],
        "peak_rss_cold_mib": rss_cold,
        "peak_rss_mib": _rss_mib(),
        "articles": warm["articles"],
        "sentences": warm["sentences"],
        "summary_sentences": warm["summary"],
    }


def _timed_brief(folder: Path, embedder: Any, nlp: Any) -> dict[str, Any]:
    from synoptic import build_brief

    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    brief = build_brief(
        [folder], words=WORDS, embedder=embedder, nlp=nlp,
        progress=lambda name: marks.append((name, time.perf_counter())),
    )
    end = time.perf_counter()
    names = ["ingest"] + [m[0] for m in marks]
    times = [start] + [m[1] for m in marks] + [end]
    stages = {n: times[i + 1] - times[i] for i, n in enumerate(names)}
    stages["render (not in the brief's total)"] = _render_seconds(brief)
    return {
        "seconds": end - start, "stages": stages, "articles": len(brief.sources),
        "sentences": len(brief.sentences()), "summary": len(brief.summary),
    }


def _render_seconds(brief: Any) -> float:
    """Seconds to write the brief as ``--format all`` does (JSON, Markdown, HTML; the terminal
    view to a string): the CLI's cost after the brief, timed apart from it."""
    import io

    from rich.console import Console

    from synoptic.render import render_html, render_markdown, render_terminal

    start = time.perf_counter()
    brief.to_json()
    data = brief.to_dict()
    render_markdown(data)
    render_html(data)
    render_terminal(data, Console(file=io.StringIO(), width=100))
    return time.perf_counter() - start


def child_lexrank(folder: Path) -> dict[str, Any]:
    """sumy LexRank on the ``.txt`` files of ``folder``: cold (importing sumy) and warm.

    Importing the wrapper module imports the synoptic package too; that is not LexRank's cost,
    so the cold clock starts after it (sumy itself is imported inside the first call).
    """
    from synoptic.evaluation.peers import lexrank

    docs = [p.read_text("utf-8") for p in sorted(folder.rglob("*.txt"))]
    start = time.perf_counter()
    lexrank(docs, WORDS)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    lexrank(docs, WORDS)
    return {"cold_s": cold, "warm_s": time.perf_counter() - start, "peak_rss_mib": _rss_mib()}


# --- inputs ---------------------------------------------------------------------------------


def build_inputs(data: Path, tmp: Path) -> tuple[dict[str, Path], str]:
    """The 10- and 100-article clusters, and where they come from."""
    duc = data / "duc2004"
    out = {"10 articles": tmp / "c10", "100 articles": tmp / "c100"}
    if duc.is_dir():
        from synoptic.evaluation.duc2004 import load_clusters
        from synoptic.evaluation.project import write_cluster

        clusters = load_clusters(duc, 10)
        for name, picked in (("10 articles", clusters[:1]), ("100 articles", clusters)):
            out[name].mkdir()
            write_cluster([d for c in picked for d in c.documents], out[name])
        return out, f"DUC 2004 clusters from {duc} (10 = {clusters[0].id}; 100 = first 10 clusters)"
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples" / "cluster").glob("*.txt"))]
    for name, n in (("10 articles", 10), ("100 articles", 100)):
        out[name].mkdir()
        for i in range(n):
            (out[name] / f"doc{i:03d}.txt").write_text(_vary(texts[i % len(texts)], i), "utf-8")
    return out, "no shared data: bundled examples/cluster .txt files replicated with variations"


def _vary(text: str, i: int) -> str:
    """A light variation of an article: numbers shifted, a line of its own added."""
    shifted = re.sub(r"\d+", lambda m: str(int(m.group()) + i % 7), text)
    return f"Update {i}: coverage continues as the dispute enters day {i + 2}.\n\n{shifted}"


# --- parent ---------------------------------------------------------------------------------


def run_child(kind: str, folder: Path, embed: str | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, str(folder)]
    if embed:
        cmd += ["--embedder", embed]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench child failed ({kind} {folder}):\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.child:
        kind, folder = args.child
        res = child_synoptic(Path(folder), args.embed) if kind == "synoptic" else child_lexrank(
            Path(folder)
        )
        print(json.dumps(res))
        return 0
    with tempfile.TemporaryDirectory(prefix="synoptic-bench-") as tmp:
        clusters, origin = build_inputs(args.data, Path(tmp))
        inputs: dict[str, Path] = {}
        if args.seeds.is_dir():
            inputs["seeds"] = args.seeds
        inputs.update(clusters)
        results: dict[str, Any] = {"origin": origin, "words": WORDS, "runs": {}}
        for name, folder in inputs.items():
            print(f"... {name}", file=sys.stderr, flush=True)
            run: dict[str, Any] = {"synoptic": run_child("synoptic", folder, args.embed)}
            if not args.no_sumy:
                run["lexrank"] = run_child("lexrank", folder, None)
            results["runs"][name] = run
    _print(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


def _print(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    runs = results["runs"]
    first = next(iter(runs.values()))["synoptic"]
    console = Console(width=None if Console().is_terminal else 132)
    tab = Table(title=f"synoptic brief ({results['words']} words) vs sumy LexRank, seconds")
    for col in ("input", "articles", "sentences", "cold", "warm", "warm s/article",
                "peak RSS MiB", "LexRank cold", "LexRank warm", "warm ratio"):
        tab.add_column(col, justify="left" if col == "input" else "right")
    for name, run in runs.items():
        syn, lex = run["synoptic"], run.get("lexrank")
        ratio = f"{syn['warm_s'] / lex['warm_s']:.2f}" if lex and lex["warm_s"] > 0 else ""
        tab.add_row(
            name, str(syn["articles"]), str(syn["sentences"]), f"{syn['cold_s']:.2f}",
            f"{syn['warm_s']:.2f}", f"{syn['warm_s'] / max(1, syn['articles']):.3f}",
            f"{syn['peak_rss_mib']:.0f}",
            f"{lex['cold_s']:.2f}" if lex else "", f"{lex['warm_s']:.2f}" if lex else "", ratio,
        )
    console.print(tab)
    stages = Table(title="synoptic warm run, seconds per stage (cold: imports + model loads)")
    stages.add_column("stage")
    for name in runs:
        stages.add_column(name, justify="right")
    stage_names = list(first["stages_warm"])
    for stage in ["import + model load (cold)", *stage_names]:
        cells = []
        for run in runs.values():
            syn = run["synoptic"]
            value = syn["import_s"] + syn["load_s"] if stage.startswith("import") else (
                syn["stages_warm"].get(stage, 0.0)
            )
            cells.append(f"{value:.3f}")
        stages.add_row(stage, *cells)
    console.print(stages)
    note = f" ({first['note']})" if first["note"] else ""
    console.print(f"embedder: {first['embedder']}{note}")
    console.print(f"clusters: {results['origin']}")
    console.print("cold = fresh process (interpreter start excluded); warm = 2nd run, same process")
    console.print("peak RSS = resource.getrusage(RUSAGE_SELF).ru_maxrss of the measuring process")
    console.print("warm ratio = synoptic warm / LexRank warm (target <= 1 at 10 articles)")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("seeds", nargs="?", type=Path, default=SHARED / "seeds", help="seeds folder")
    p.add_argument("--data", type=Path, default=SHARED / "data", help="the shared/data folder")
    p.add_argument("--json", type=Path, help="also write the results to this JSON file")
    p.add_argument("--embedder", dest="embed", help="embedder (default: configured, or hashing)")
    p.add_argument("--no-sumy", action="store_true", help="skip the sumy LexRank timings")
    p.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
