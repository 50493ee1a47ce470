"""The ``synoptic`` command: a thin shell that checks its inputs and calls the library.

Exit codes: 0 a brief was written; 1 no article could be briefed or an error stopped the run;
2 the command line itself is wrong (typer's usage errors).
"""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from synoptic._errors import SynopticError
from synoptic.api import build_brief
from synoptic.config import Options, load_options
from synoptic.model import Brief
from synoptic.pipeline import Pipeline

# Control characters in what is printed (a file name may hold ESC or BEL): shown as U+FFFD so
# that a hostile name cannot run terminal escape sequences.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _shown(text: str) -> str:
    """Text from paths and messages, safe to print: rich markup escaped, controls replaced."""
    return escape(_CONTROL.sub("\ufffd", text))


app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None)
err = Console(stderr=True)


class Format(enum.StrEnum):
    md = "md"
    html = "html"
    json = "json"
    all = "all"


@app.callback()
def _root() -> None:
    """synoptic: cited multi-source briefs of news clusters, offline."""


@app.command()
def brief(
    articles: list[Path] = typer.Argument(
        ...,
        help="Article files (.txt, .html, .jsonl, .rss/.atom/.xml feeds) or folders; - reads "
        "standard input.",
    ),
    out: Path | None = typer.Option(
        None, "-o", "--out", help="Write OUT.json/.md/.html (stem; any suffix is replaced)."
    ),
    fmt: Format = typer.Option(
        Format.all, "--format", "-f", help="What to write to OUT (or print, without -o)."
    ),
    words: int | None = typer.Option(
        None, "--words", "-w", help="Summary budget in words (default 200)."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="A TOML file layered over the defaults."
    ),
    embedder: str | None = typer.Option(
        None, "--embedder", help="Embedder backend: minilm-onnx or hashing."
    ),
    judge_url: str | None = typer.Option(
        None,
        "--judge-url",
        help="An OpenAI-compatible API root (e.g. http://127.0.0.1:8080/v1) whose model "
        "confirms or dismisses the conflicts; off by default.",
    ),
    judge_model: str | None = typer.Option(
        None, "--judge-model", help="The model name the judge's server expects."
    ),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print nothing but errors."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Also list what cleaning removed."),
) -> None:
    """Brief ARTICLES about one event: a cited summary, agreements, conflicts, quotes, timeline."""
    try:
        opts = load_options(
            config,
            words=words,
            embed_backend=embedder,
            judge_url=judge_url,
            judge_model=judge_model,
        )
        if out is not None:  # an unwritable -o fails before the long work, not after it
            try:
                _stem(out).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                _cannot_write(exc)
        result = _run(articles, opts, quiet=quiet)
    except SynopticError as exc:
        err.print(f"[red]error:[/red] {_shown(str(exc))}")
        raise typer.Exit(1) from None
    for problem in result.problems:
        err.print(f"[yellow]warning:[/yellow] {_shown(problem.path)}: {_shown(problem.message)}")
    if not result.sources:
        err.print("[red]error:[/red] no article could be briefed (see the warnings above)")
        raise typer.Exit(1)
    if out is None:
        _print(result, fmt, quiet=quiet, verbose=verbose)
        return
    try:
        written = _write(result, out, fmt)
    except OSError as exc:
        _cannot_write(exc)
    for path in written:
        if not quiet:
            err.print(f"wrote {_shown(str(path))}")
    if not quiet:
        _terminal(result, verbose=verbose)


def _run(articles: list[Path], opts: Options, *, quiet: bool) -> Brief:
    if quiet or not err.is_terminal:
        return build_brief(articles, options=opts)
    total = len(Pipeline().stages) + 1
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("reading articles", total=total)

        def step(name: str) -> None:
            bar.update(task, advance=1, description=name)

        return build_brief(articles, options=opts, progress=step)


def _rendered(result: Brief, fmt: str) -> str:
    from synoptic.render.html import render_html
    from synoptic.render.markdown import render_markdown

    if fmt == "json":
        return result.to_json()
    if fmt == "md":
        return render_markdown(result.to_dict())
    return render_html(result.to_dict())


def _cannot_write(exc: OSError) -> NoReturn:
    where = f" {exc.filename}" if exc.filename else ""
    err.print(f"[red]error:[/red] could not write{_shown(str(where))} "
              f"({_shown(exc.strerror or str(exc))}); choose another -o path")
    raise typer.Exit(1) from None


def _stem(out: Path) -> Path:
    return out.with_suffix("") if out.suffix in (".json", ".md", ".html") else out


def _write(result: Brief, out: Path, fmt: Format) -> list[Path]:
    formats = ["json", "md", "html"] if fmt is Format.all else [fmt.value]
    stem = _stem(out)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for name in formats:
        path = stem.with_name(f"{stem.name}.{name}")
        path.write_text(_rendered(result, name), "utf-8")
        written.append(path)
    return written


def _print(result: Brief, fmt: Format, *, quiet: bool, verbose: bool) -> None:
    if fmt is Format.all:
        _terminal(result, verbose=verbose)
    else:
        typer.echo(_rendered(result, fmt.value), nl=False)


def _terminal(result: Brief, *, verbose: bool) -> None:
    from synoptic.render.terminal import render_terminal

    render_terminal(result.to_dict(), Console())


def main() -> None:
    """Entry point of the ``synoptic`` console script."""
    from synoptic.evaluation.cli import eval_app

    app.add_typer(eval_app, name="eval", help="Score the summarizer against published systems.")
    app()
