"""Markdown: the brief as a document to read, share or paste into a ticket.

Sections, in order (a section with nothing found says "None found."; with no source read at
all, they are left out): title and overview, sources table, conflicts and
disagreements, summary with numbered citations and footnotes quoting each cited passage, agreed
claims, who said what, timeline, key numbers, entities, what each source adds, removed passages
(collapsed), problems. Article text is escaped so that it can never turn into markup, links or
raw HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from synoptic.render._common import (
    DISPUTED_NOTE,
    NO_SUMMARY,
    NO_TEXT_NOTE,
    NONE_FOUND,
    REMOVED_LIMIT,
    SECTION_NOTES,
    STATEMENTS_SHOWN,
    VERBATIM_NOTE,
    Cite,
    Data,
    cite_of,
    claim_disputes,
    conflict_heading,
    context_around,
    date_of,
    date_range,
    disputed_claims,
    disputed_numbers,
    event_date,
    event_excerpt,
    file_name,
    findings_note,
    gloss_line,
    heading,
    judge_line,
    kept_words,
    key_entities,
    key_number_groups,
    minor_numbers_note,
    number_citations,
    one_line,
    others_note,
    outlet_name,
    passage,
    profile_line,
    quote_groups,
    quoted,
    removed_by_reason,
    removed_counts,
    removed_label,
    same_statements,
    sentence_cites,
    shorten,
    show_value,
    shown_agreed,
    shows_empty_sections,
    side_excerpt,
    source_adds,
    source_label,
    sources_by_id,
    sources_note,
    unlisted_own,
    value_is_figure,
    verbatim_cites,
    who_is_who,
)

__all__ = ["md_escape", "render_markdown"]

# CommonMark lets a backslash escape any ASCII punctuation; these are the characters that could
# start markup (emphasis, links, HTML, tables, headings, code, strikethrough).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")

Sources = Mapping[str, Mapping[str, Any]]


def md_escape(text: object) -> str:
    """One line of article text or metadata, made inert for Markdown."""
    flat = one_line(text)
    return _ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", flat))


def render_markdown(data: Data) -> str:
    """Render a brief (the dict of ``Brief.to_dict()``) as Markdown.

    Args:
        data: the brief's JSON dict.

    Returns:
        The Markdown text, ending with a newline.
    """
    sources = sources_by_id(data)
    blocks = [
        _header(data),
        _sources_table(data),
        _conflicts(data, sources),
        _summary(data, sources),
        _claims(data, sources),
        _quotes(data, sources),
        _timeline(data, sources),
        _numbers(data, sources),
        _entities(data),
        _adds(data),
        _removed(data),
        _problems(data),
    ]
    return "\n\n".join(b for b in blocks if b) + "\n"


def _header(data: Data) -> str:
    srcs = data.get("sources", [])
    facts = [md_escape(sources_note(srcs))]
    if date_range(data):
        facts.append(f"published {date_range(data)}")
    facts.append(f"summary budget {data.get('words', '?')} words")
    found = findings_note(data)
    return f"# {md_escape(heading(data))}\n\n" + " · ".join(facts) + (
        f"\n\n{md_escape(found)}" if found else ""
    )


def _sources_table(data: Data) -> str:
    srcs = data.get("sources", [])
    if not srcs:
        return ""
    rows = [
        "## Sources",
        "",
        "| Id | Outlet | File | Title | Author | Date | Words kept | Passages removed |",
        "| --- | --- | --- | --- | --- | --- | ---: | ---: |",
    ]
    for s in srcs:
        cells = [
            md_escape(s.get("id", "")),
            md_escape(one_line(s.get("outlet") or "—")),
            md_escape(file_name(s)),
            md_escape(s.get("title") or "—"),
            md_escape(s.get("author") or "—"),
            date_of(s.get("published")),
            str(kept_words(s)),
            str(len(s.get("removed", []))),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _note(key: str) -> str:
    """The section's one-line explanation, in italics."""
    return f"*{md_escape(SECTION_NOTES[key])}*"


def _empty(title: str, key: str, data: Data) -> str:
    """A section with nothing found: its heading, its note and "None found." ("" when the
    brief read no source, so nothing was looked for)."""
    if not shows_empty_sections(data):
        return ""
    return f"## {title}\n\n{_note(key)}\n\n{NONE_FOUND}"


def _where(sources: Sources, cite: Cite | None) -> str:
    if cite is None:
        return ""
    return f"{md_escape(source_label(sources, cite.source))}, {cite.start}–{cite.end}"


def _conflicts(data: Data, sources: Sources) -> str:
    conflicts = data.get("conflicts", [])
    dismissed = data.get("dismissed_conflicts", [])
    if not conflicts and not dismissed:
        return _empty("Conflicts & disagreements", "conflicts", data)
    out = ["## Conflicts & disagreements", _note("conflicts")]
    if not conflicts:
        out.append(NONE_FOUND)
    for i, c in enumerate(conflicts, 1):
        label, topic = conflict_heading(c)
        out.append(f"### {i}. {md_escape(label)} {md_escape(topic)}")
        lines = []
        for side in c.get("sides", []):
            value = side.get("value")
            mark = "**" if value_is_figure(c) else "*"  # bold for figures and dates only
            shown = (
                f"{mark}{md_escape(show_value(value))}{mark} — " if value not in (None, "") else ""
            )
            text = md_escape(quoted(side_excerpt(side)))
            lines.append(f"- {shown}{text} ({_where(sources, cite_of(side))})")
        if judge_line(c):
            lines.append(f"\n*{md_escape(judge_line(c))}*")
        out.append("\n".join(lines))
    if dismissed:
        out.append("### Dismissed by the judge")
        out.append("\n".join(f"- {_dismissed(c)}" for c in dismissed))
    return "\n\n".join(out)


def _dismissed(c: Mapping[str, Any]) -> str:
    label, topic = conflict_heading(c)
    return f"{md_escape(label)} {md_escape(topic)} — {md_escape(judge_line(c))}"


def _summary(data: Data, sources: Sources) -> str:
    summary = data.get("summary", [])
    if not summary:
        empty = _empty("Summary", "summary", data)
        return empty.replace(NONE_FOUND, NO_SUMMARY)
    numbers = number_citations(summary)
    sentences = []
    for sent in summary:
        marks = "".join(f"[{numbers[c]}]" for c in sentence_cites(sent))
        disputed = disputed_numbers(data, sent)
        if disputed:
            marks += " *(disputed: see conflict " + ", ".join(map(str, disputed)) + ")*"
        sentences.append(f"{md_escape(sent.get('text', ''))} {marks}".rstrip())
    verbatim = verbatim_cites(summary, sources)
    notes = []
    for cite, n in numbers.items():
        shown = (
            VERBATIM_NOTE
            if cite in verbatim
            else md_escape(quoted(shorten(passage(sources, cite))))
        )
        notes.append(f"{n}. {_where(sources, cite)}: {shown}")
    return (
        f"## Summary\n\n{_note('summary')}\n\n"
        + " ".join(sentences)
        + _who(data)
        + "\n\n**Sources cited**\n\n"
        + "\n".join(notes)
    )


def _who(data: Data) -> str:
    """The "Who is who" list under the summary ("" when no short name in it needs one)."""
    lines = []
    for gloss in who_is_who(data):
        alias, body = gloss_line(gloss)
        lines.append(f"- **{md_escape(alias)}**: {md_escape(body)}")
    return "\n\n**Who is who**\n\n" + "\n".join(lines) if lines else ""


def _claims(data: Data, sources: Sources) -> str:
    claims = shown_agreed(data)
    split = disputed_claims(data)
    if not claims and not split:
        return _empty("Agreed claims", "claims", data)
    lines = ["## Agreed claims", "", _note("claims"), ""]
    if not claims:
        lines.append(NONE_FOUND)
    for c, label, note in claims:
        disputed = claim_disputes(data, c)
        mark = (
            " *(disputed: see conflict " + ", ".join(map(str, disputed)) + ")*" if disputed else ""
        )
        lines.append(
            f"- {md_escape(c.get('text', ''))} — *{md_escape(label)}*, {md_escape(note)}{mark}"
        )
    if split:
        lines += ["", f"**Disputed** — *{md_escape(DISPUTED_NOTE)}*", ""]
        for c, _dissent in split:
            disputed = claim_disputes(data, c)
            mark = (
                " *(disputed: see conflict " + ", ".join(map(str, disputed)) + ")*"
                if disputed
                else ""
            )
            ids = ", ".join(str(x) for x in c.get("sources", []))
            lines.append(
                f"- {md_escape(c.get('text', ''))} — {md_escape(ids)} state different values"
                f"{mark}"
            )
    return "\n".join(lines)


def _quotes(data: Data, sources: Sources) -> str:
    groups = quote_groups(data)
    if not groups:
        return _empty("Who said what", "quotes", data)
    lines = ["## Who said what", "", _note("quotes"), ""]
    for speaker, role, items in groups:
        lines.append(f"- **{md_escape(speaker)}**" + (f", {md_escape(role)}" if role else ""))
        statements = same_statements(items)
        for same in statements[:STATEMENTS_SHOWN]:
            q = same[0]
            said = shorten(str(q.get("text", "")))
            said, kind = (quoted(said), "direct quote") if q.get("direct") else (said, "reported")
            said = md_escape(said)
            where = "; ".join(_where(sources, cite_of(x)) for x in same)
            lines.append(f"  - {said} — {where}, {kind}")
        if len(statements) > STATEMENTS_SHOWN:
            lines.append(
                f"  - *… and {len(statements) - STATEMENTS_SHOWN} more statements "
                "(all in the JSON `quotes` and the HTML brief)*"
            )
    return "\n".join(lines)


def _timeline(data: Data, sources: Sources) -> str:
    events = data.get("timeline", [])
    if not events:
        return _empty("Timeline", "timeline", data)
    lines = ["## Timeline", "", _note("timeline"), ""]
    for e in events:
        ids = ", ".join(md_escape(s) for s in e.get("sources", []))
        lines.append(
            f"- **{md_escape(event_date(e))}** — {md_escape(event_excerpt(e))}"
            + (f" ({ids})" if ids else "")
        )
    return "\n".join(lines)


def _numbers(data: Data, sources: Sources) -> str:
    groups, hidden = key_number_groups(data)
    if not groups:
        empty = _empty("Key numbers", "numbers", data)
        minor = minor_numbers_note(data, more=False)
        return f"{empty}\n\n*{md_escape(minor)}*" if empty and minor else empty
    lines = ["## Key numbers", "", _note("numbers"), ""]
    for g in groups:
        context = md_escape(context_around(g.context, g.text))
        where = _where_all(sources, [c for c in map(cite_of, g.mentions) if c is not None])
        count = f" — {g.independent} sources" if g.independent > 1 else ""
        lines.append(f"- **{md_escape(g.text)}**{count} — {context} ({where})")
    if hidden:
        lines += ["", f"*{hidden} more figures, in the JSON (numbers).*"]
    if minor := minor_numbers_note(data):
        lines += ["", f"*{md_escape(minor)}*"]
    return "\n".join(lines)


def _where_all(sources: Sources, cites: list[Cite]) -> str:
    """Several passages, each source named once: ``S3, Ledger, 909–917, 3922–3929; S1, …``."""
    spans: dict[str, list[str]] = {}
    for cite in cites:
        spans.setdefault(cite.source, []).append(f"{cite.start}–{cite.end}")
    return "; ".join(
        f"{md_escape(source_label(sources, sid))}, {', '.join(where)}"
        for sid, where in spans.items()
    )


def _entities(data: Data) -> str:
    entities, hidden = key_entities(data)
    if not entities:
        empty = _empty("Entities", "entities", data)
        if empty and hidden:  # every name left to the JSON: no table with no rows
            return empty.replace(NONE_FOUND, f"*{md_escape(others_note(hidden, 0))}*")
        return empty
    rows = [
        "## Entities",
        "",
        _note("entities"),
        "",
        "| Name | Type | Also called | Role | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for e in entities:
        cells = [
            md_escape(e.get("name", "")),
            md_escape(e.get("label", "")),
            "; ".join(md_escape(a) for a in e.get("aliases", [])) or "—",
            md_escape(e.get("role") or "—"),
            ", ".join(md_escape(s) for s in e.get("sources", [])),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    if hidden:
        rows += ["", f"*{others_note(hidden)}*"]
    return "\n".join(rows)


def _adds(data: Data) -> str:
    srcs = data.get("sources", [])
    if not srcs or not data.get("claims"):
        return ""
    out = ["## What each source adds", _note("adds")]
    for s in srcs:
        sid = str(s.get("id", ""))
        claims, more = source_adds(data, sid)
        lines = [f"### {md_escape(sid)} — {md_escape(outlet_name(s))}", ""]
        profile = profile_line(data, sid) if kept_words(s) else ""
        if profile:
            lines += [f"*{md_escape(profile)}*", ""]
        if not kept_words(s):
            lines.append(md_escape(NO_TEXT_NOTE))
        elif not claims:
            lines.append("Nothing that another source does not also report.")
        for c in claims:
            lines.append(f"- {md_escape(shorten(str(c.get('text', ''))))}")
        if more:
            lines.append(f"- … and {more} more")
        if unlisted := unlisted_own(data, sid, len(claims) + more):
            lines += ["", f"*{md_escape(unlisted)}*"]
        out.append("\n".join(lines))
    return "\n\n".join(out)


def _removed(data: Data) -> str:
    blocks = []
    for s in data.get("sources", []):
        groups = removed_by_reason(s)
        if not groups:
            continue
        total = sum(len(g) for g in groups.values())
        counts = html.escape(removed_counts(s))
        head = (
            f"<details><summary>{html.escape(str(s.get('id', '')))} — "
            f"{html.escape(outlet_name(s))}: {total} passage{'s' if total != 1 else ''} "
            f"removed ({counts})</summary>"
        )
        lines = []
        for items in groups.values():
            for r in items:
                label = md_escape(removed_label(r))
                text = md_escape(quoted(shorten(str(r.get("text", "")), REMOVED_LIMIT)))
                lines.append(f"- *{label}*: {text} ({r.get('start')}–{r.get('end')})")
        blocks.append(head + "\n\n" + "\n".join(lines) + "\n\n</details>")
    if not blocks:
        return ""
    return f"## Removed passages\n\n{_note('removed')}\n\n" + "\n\n".join(blocks)


def _problems(data: Data) -> str:
    problems = data.get("problems", [])
    if not problems:
        return ""
    lines = ["## Problems", ""]
    for p in problems:
        lines.append(
            f"- {md_escape(p.get('path', ''))} ({md_escape(p.get('kind', ''))}): "
            f"{md_escape(p.get('message', ''))}"
        )
    return "\n".join(lines)
