"""``synoptic eval``: ROUGE of the project beside published and live peers.

Mounted on the main CLI as ``synoptic eval``; also ``python -m synoptic.evaluation``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from synoptic.evaluation import allsides, duc2004, multinews
from synoptic.evaluation.datasets import Cluster
from synoptic.evaluation.harness import PROJECT, EvalReport, evaluate
from synoptic.evaluation.peers import PEERS, Summarizer
from synoptic.evaluation.project import Mode, ProjectSummarizer, choose_embedder
from synoptic.evaluation.report import print_report, save_json
from synoptic.evaluation.rouge import Measure


class MeasureChoice(StrEnum):
    """ROUGE's measure, chosen on the command line."""

    recall = "recall"
    f1 = "f1"


eval_app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Score synoptic's summaries with ROUGE beside published systems and live baselines.",
)
_err = Console(stderr=True)

EMBED_HELP = "embedder backend (default: the configured one; 'hashing' if it cannot load)"
Limit = Annotated[int | None, typer.Option("--limit", min=1, help="only the first N clusters")]
JsonOut = Annotated[Path | None, typer.Option("--json", help="also write the results as JSON")]
Embed = Annotated[str | None, typer.Option("--embedder", help=EMBED_HELP)]
Peers = Annotated[bool, typer.Option("--peers/--no-peers", help="run Lead, LexRank, TextRank")]
FULL_HELP = "run every stage (build_brief), not only those the summary depends on"
Full = Annotated[bool, typer.Option("--full-brief", help=FULL_HELP)]
Oracle = Annotated[bool, typer.Option("--oracle/--no-oracle", help="greedy oracle")]


@eval_app.command("duc2004")
def duc2004_cmd(
    data: Annotated[Path, typer.Option("--data", help="the duc2004 folder")],
    limit: Limit = None,
    json_out: JsonOut = None,
    embedder: Embed = None,
    peers: Peers = True,
    oracle: Oracle = True,
    full_brief: Full = False,
) -> None:
    """DUC 2004 Task 2: ROUGE-1/2 recall at 100 words vs 4 references, 12 published systems."""
    clusters = _load(lambda: duc2004.load_clusters(data, limit))
    report = run(
        clusters, "DUC 2004", "recall", duc2004.DUC_WORDS, embedder, peers, oracle, full_brief
    )
    _finish(report, json_out)


@eval_app.command("multinews")
def multinews_cmd(
    data: Annotated[Path, typer.Option("--data", help="dev100.jsonl or its folder")],
    limit: Limit = None,
    json_out: JsonOut = None,
    embedder: Embed = None,
    peers: Peers = True,
    full_brief: Full = False,
) -> None:
    """Multi-News: ROUGE-1/2 F1 at 250 words vs the one reference."""
    clusters = _load(lambda: multinews.load_clusters(data, limit))
    report = run(
        clusters, "Multi-News", "f1", multinews.MULTINEWS_WORDS, embedder, peers, False, full_brief
    )
    _finish(report, json_out)


@eval_app.command("allsides")
def allsides_cmd(
    data: Annotated[Path, typer.Option("--data", help="stories_dev.jsonl or its folder")],
    limit: Limit = None,
    json_out: JsonOut = None,
    embedder: Embed = None,
    peers: Peers = True,
    oracle: Oracle = True,
    full_brief: Full = False,
    measure: Annotated[
        MeasureChoice,
        typer.Option("--measure", help="recall (as DUC) or f1 (fairer to short summaries)"),
    ] = MeasureChoice.recall,
) -> None:
    """AllSides (held out, never tuned on): ROUGE-1/2 at 100 words vs the roundup's lead."""
    clusters = _load(lambda: allsides.load_clusters(data, limit))
    report = run(
        clusters,
        "AllSides",
        "f1" if measure is MeasureChoice.f1 else "recall",
        allsides.ALLSIDES_WORDS,
        embedder,
        peers,
        oracle,
        full_brief,
    )
    _finish(report, json_out)


def run(
    clusters: Sequence[Cluster],
    dataset: str,
    measure: Measure,
    words: int,
    embed: str | None,
    peers: bool,
    oracle: bool,
    full_brief: bool = False,
) -> EvalReport:
    """Evaluate the project (and the peers) on ``clusters`` with a progress bar on stderr."""
    choice = choose_embedder(embed)
    if choice.note:
        _err.print(f"[yellow]{choice.note}[/yellow]")
    mode: Mode = "full" if full_brief else "summary"
    live: dict[str, Summarizer] = {PROJECT: ProjectSummarizer(choice.embedder, mode=mode)}
    if peers:
        live.update(PEERS)
    with Progress(console=_err, transient=True, disable=not _err.is_terminal) as bar:
        task = bar.add_task(dataset, total=len(clusters))
        done: list[str] = []

        def tick(cluster: Cluster) -> None:
            bar.advance(task)
            done.append(cluster.id)
            if not _err.is_terminal:  # logs and CI: one line per cluster instead of a bar
                _err.print(f"{dataset}: {len(done)}/{len(clusters)} {cluster.id}")

        return evaluate(
            clusters,
            dataset=dataset,
            measure=measure,
            words=words,
            live=live,
            embedder=f"{choice.name}, {mode} pipeline",
            note=choice.note,
            oracle=oracle,
            on_cluster=tick,
        )


def _load(reader: Callable[[], list[Cluster]]) -> list[Cluster]:
    try:
        clusters = reader()
    except (FileNotFoundError, NotADirectoryError, ValueError) as exc:
        _err.print(f"[red]cannot read the dataset: {exc}[/red]")
        raise typer.Exit(2) from None
    if not clusters:
        _err.print("[red]the dataset holds no usable cluster[/red]")
        raise typer.Exit(2)
    return clusters


def _finish(report: EvalReport, json_out: Path | None) -> None:
    print_report(report)
    if json_out is not None:
        save_json([report], json_out)
        _err.print(f"results written to {json_out}")
