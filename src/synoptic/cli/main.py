"""`synoptic` command line (placeholder being extended)."""

from __future__ import annotations

from pathlib import Path

import typer

from synoptic.api import build_brief

app = typer.Typer(no_args_is_help=True, add_completion=False)


@app.callback()
def _root() -> None:
    """synoptic: cited multi-source briefs of news clusters."""


@app.command()
def brief(
    articles: list[Path],
    out: Path = typer.Option(None, "-o", "--out"),
    words: int = typer.Option(None, "--words"),
) -> None:
    """Brief ARTICLES (files or folders)."""
    result = build_brief(articles, words=words)
    text = result.to_json()
    if out:
        out.with_suffix(".json").write_text(text, "utf-8")
    else:
        typer.echo(text)


def main() -> None:
    app()
