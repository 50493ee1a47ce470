"""Terminal: a short brief for the console, drawn with rich.

Title, sources, conflicts, the summary with ``[n]`` markers and the passages they cite, and a line
of counts for what the full brief holds. Article text goes through :func:`rich.markup.escape`
and is printed as :class:`rich.text.Text`, so markup in it is shown, never interpreted.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from synoptic.render._common import (
    NO_SUMMARY,
    Data,
    cite_of,
    conflict_heading,
    context_around,
    date_of,
    date_range,
    disputed_numbers,
    event_date,
    event_excerpt,
    gloss_line,
    heading,
    judge_line,
    kept_words,
    number_citations,
    number_groups,
    one_line,
    passage,
    quoted,
    sentence_cites,
    shorten,
    show_value,
    side_excerpt,
    source_label,
    sources_by_id,
    speaker_name,
    value_is_figure,
    who_is_who,
)

__all__ = ["render_terminal"]

# The terminal brief quotes shorter passages than the documents do.
_TIP = 160
# Titles in the sources table are cut to this many characters.
_TITLE = 50


def render_terminal(data: Data, console: Console) -> None:
    """Print a short brief (the dict of ``Brief.to_dict()``) to ``console``.

    Args:
        data: the brief's JSON dict.
        console: where to print (``Console(record=True)`` or a file console in tests).
    """
    console.rule(f"[bold]{escape(heading(data))}[/bold]")
    _sources(data, console)
    _conflicts(data, console)
    _summary(data, console)
    _facts(data, console)
    console.print(Text(_counts(data), style="dim"))


def _sources(data: Data, console: Console) -> None:
    srcs = data.get("sources", [])
    if not srcs:
        console.print("[yellow]No sources could be read.[/yellow]")
        return
    span = date_range(data)
    title = f"{len(srcs)} source{'s' if len(srcs) != 1 else ''}" + (f", {span}" if span else "")
    table = Table(title=title, title_justify="left")
    for name in ("Id", "Outlet", "Title", "Author", "Date", "Words"):
        table.add_column(name, justify="right" if name == "Words" else "left")
    for s in srcs:
        # The outlet column states a fact: no author or title stands in for a missing outlet
        # (they have their own columns; citations use them as the source's name).
        table.add_row(
            Text(str(s.get("id", ""))),
            Text(one_line(s.get("outlet") or "—")),
            Text(shorten(str(s.get("title") or "—"), _TITLE)),
            Text(one_line(s.get("author") or "—")),
            Text(date_of(s.get("published"))),
            Text(str(kept_words(s))),
        )
    console.print(table)


def _conflicts(data: Data, console: Console) -> None:
    conflicts = data.get("conflicts", [])
    dismissed = data.get("dismissed_conflicts", [])
    if dismissed:
        console.print(f"\n[dim]{len(dismissed)} conflict(s) dismissed by the judge[/dim]")
    if not conflicts:
        if data.get("sources"):  # checked, none found: said, not left to be guessed
            console.print("\n[dim]No conflicts found between the sources.[/dim]")
        return
    sources = sources_by_id(data)
    console.print(f"\n[bold red]Conflicts & disagreements ({len(conflicts)})[/bold red]")
    for n, c in enumerate(conflicts, 1):  # numbered: the summary's "disputed" marks refer to them
        label, topic = conflict_heading(c)
        console.print(f"[red]{n}.[/red] [bold]{escape(label)}[/bold] {escape(topic)}")
        for side in c.get("sides", []):
            cite = cite_of(side)
            line = Text(f"{source_label(sources, cite.source) if cite else '?'}: ")
            value = side.get("value")
            if value not in (None, ""):
                # bold for figures and dates only; a stance ("asserts") or a name in italics
                line.append(show_value(value), style="bold" if value_is_figure(c) else "italic")
                line.append(" — ")
            line.append(quoted(side_excerpt(side, _TIP)), style="dim")
            console.print(Padding(line, (0, 0, 0, 4)))
        if judge_line(c):
            console.print(Padding(Text(judge_line(c), style="italic"), (0, 0, 0, 4)))


def _summary(data: Data, console: Console) -> None:
    summary = data.get("summary", [])
    if not summary:
        console.print(f"\n[yellow]{NO_SUMMARY}[/yellow]")
        return
    sources = sources_by_id(data)
    numbers = number_citations(summary)
    console.print("\n[bold]Summary[/bold]")
    text = Text()
    for i, sent in enumerate(summary):
        if i:
            text.append(" ")
        text.append(one_line(sent.get("text", "")))
        text.append("".join(f"[{numbers[c]}]" for c in sentence_cites(sent)), style="cyan")
        disputed = disputed_numbers(data, sent)
        if disputed:
            text.append(f" (disputed: see conflict {', '.join(map(str, disputed))})", style="red")
    console.print(text)
    glosses = who_is_who(data)
    if glosses:
        console.print("\n[bold]Who is who[/bold]")
    for gloss in glosses:
        alias, body = gloss_line(gloss)
        line = Text(f"{alias}: ", style="bold")
        line.append(body)
        console.print(Padding(line, (0, 0, 0, 2)))
    console.print()
    for cite, n in numbers.items():
        line = Text(f"[{n}] ", style="cyan")
        where = f"{source_label(sources, cite.source)}, {cite.start}–{cite.end}: "
        line.append(where, style="bold")
        line.append(shorten(passage(sources, cite), _TIP), style="dim")
        console.print(line)


# How many quotes, dated events and figures the terminal shows (the files hold all of them).
_FACTS = 6


def _facts(data: Data, console: Console) -> None:
    """Who said what, the timeline and key numbers, a few lines each."""
    sources = sources_by_id(data)
    quotes = data.get("quotes", [])
    if quotes:
        console.print("\n[bold]Who said what[/bold]")
        for q in quotes[:_FACTS]:
            line = Text(speaker_name(q.get("speaker")), style="bold")
            if q.get("role"):
                line.append(f" ({one_line(q['role'])})")
            line.append(f" [{q.get('source', '?')}]: ", style="cyan")
            text = shorten(str(q.get("text", "")), _TIP)
            line.append(quoted(text) if q.get("direct") else text, style="dim")
            console.print(Padding(line, (0, 0, 0, 2)))
    events = [e for e in data.get("timeline", []) if e.get("date")]
    if events:
        console.print("\n[bold]Timeline[/bold]")
        for e in sorted(events, key=lambda e: str(e["date"]))[:_FACTS]:
            line = Text(f"{event_date(e)}  ", style="bold")
            line.append(event_excerpt(e, _TIP))
            line.append(f" [{', '.join(map(str, e.get('sources', [])))}]", style="cyan")
            console.print(Padding(line, (0, 0, 0, 2)))
    groups = number_groups(data)
    if groups:
        console.print("\n[bold]Key numbers[/bold]")
        for g in groups[:_FACTS]:
            line = Text(g.text, style="bold")
            labels = ", ".join(source_label(sources, sid) for sid in g.sources)
            line.append(f" [{labels}]: ", style="cyan")
            line.append(context_around(g.context, g.text, _TIP), style="dim")
            console.print(Padding(line, (0, 0, 0, 2)))


def _counts(data: Data) -> str:
    parts = [
        f"{len(data.get(key, []))} {label}"
        for key, label in (
            ("claims", "claims"),
            ("quotes", "quotes"),
            ("entities", "entities"),
            ("timeline", "dated events"),
            ("numbers", "figures"),
        )
    ]
    removed = sum(len(s.get("removed", [])) for s in data.get("sources", []))
    parts.append(f"{removed} passage{'s' if removed != 1 else ''} removed")
    problems = len(data.get("problems", []))
    if problems:
        parts.append(f"{problems} problem{'s' if problems != 1 else ''}")
    return "\n" + " · ".join(parts) + " (use --format md or html for the full brief)"
