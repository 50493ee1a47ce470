"""One rich table per run (the project first), the margin over Lead, and a JSON dump."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from synoptic.evaluation.harness import EvalReport

LEAD = "Lead"


def table(report: EvalReport) -> Table:
    """The results as a rich table."""
    label = "R" if report.measure == "recall" else "F1"
    title = (
        f"{report.dataset}: ROUGE {label} at {report.words} words, stemmed, "
        f"{report.clusters} clusters (embedder: {report.embedder or 'n/a'})"
    )
    tab = Table(title=title)
    tab.add_column("system")
    tab.add_column("kind")
    tab.add_column(f"ROUGE-1 {label}", justify="right")
    tab.add_column(f"ROUGE-2 {label}", justify="right")
    tab.add_column("s/cluster", justify="right")
    for row in report.rows:
        seconds = "" if row.seconds is None else f"{row.seconds:.2f}"
        name = f"[bold]{row.name}[/bold]" if row.kind == "project" else row.name
        if row.failures:
            name += f" ({len(row.failures)} failed)"
        tab.add_row(name, row.kind, f"{row.rouge1:.2f}", f"{row.rouge2:.2f}", seconds)
    return tab


def print_report(report: EvalReport, console: Console | None = None) -> None:
    """Print the table, the margin over Lead and any failures."""
    console = console or Console()
    console.print(table(report))
    margin = report.margin_over(LEAD)
    if margin is not None:
        console.print(
            f"margin over Lead: ROUGE-1 {margin.rouge1:+.2f}, ROUGE-2 {margin.rouge2:+.2f} points"
        )
    if report.note:
        console.print(f"note: {report.note}")
    for row in report.rows:
        for failure in row.failures:
            console.print(f"[red]{row.name} failed on {failure}[/red]")


def save_json(reports: list[EvalReport], path: Path) -> None:
    """Write the reports as JSON (a list, one object per dataset)."""
    data = [r.to_dict() for r in reports]
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")
