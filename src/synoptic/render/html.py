"""HTML: one self-contained page (inline CSS, no scripts, no external resources).

The page has the same sections as the Markdown brief, then the text of every source. Each summary
citation is a superscript link to the cited passage, highlighted with ``<mark>`` in its source's
text; hovering the link shows the passage. Conflict sides and quotes link to their passages too.
All article text and metadata is escaped with :func:`html.escape`, attributes included.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from synoptic.render._common import (
    DISPUTED_NOTE,
    NO_SUMMARY,
    NO_TEXT_NOTE,
    NONE_FOUND,
    REASON_LABELS,
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
    safe_id,
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

__all__ = ["render_html"]

Sources = Mapping[str, Mapping[str, Any]]

_CSS = """
:root{--ink:#1d1f23;--muted:#5c6370;--line:#d8dbe0;--bg:#fff;--panel:#f6f7f9;
--cite:#fff1a8;--conflict:#ffd6d1;--quote:#d6ecff;--accent:#2458b3}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
a{color:var(--accent)}
.meta,.muted{color:var(--muted);font-size:.92rem}
nav.toc{font-size:.9rem;margin:.8rem 0}
nav.toc a{margin-right:.8rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right}
td.d{white-space:nowrap}
h3+p.muted{margin-top:-.3rem}
sup.cite a{text-decoration:none;font-size:.75em;padding:0 .1em}
.conflict{background:var(--panel);border-left:4px solid #d9534f;padding:.3rem .9rem;margin:.8rem 0}
.conflict h3{margin-top:.5rem}
.kind{text-transform:uppercase;font-size:.75rem;letter-spacing:.05em;color:#b02a25}
.support{font-size:.8rem;color:var(--muted)}
blockquote{margin:.3rem 0 .6rem 1rem;padding-left:.7rem;border-left:3px solid var(--line)}
ol.notes{font-size:.88rem;color:var(--muted)}
.srctext{white-space:pre-wrap;background:var(--panel);padding:.8rem 1rem;border-radius:6px;
font-size:.92rem}
mark{background:var(--cite);padding:0 .05em}
mark.conflict-side{background:var(--conflict)}
mark.quote{background:var(--quote)}
mark.cited.quote,mark.cited.conflict-side{background:var(--cite);
box-shadow:inset 0 -3px 0 #e58a83}
mark.cited mark{background:none;border-bottom:2px solid #6fa8dc}
mark.cited mark.conflict-side{border-bottom-color:#e06b61}
mark:target{outline:2px solid var(--accent)}
.removed{color:#9aa0a8;text-decoration:line-through}
details{margin:.4rem 0}
summary{cursor:pointer}
@media (prefers-color-scheme:dark){:root{--ink:#e6e6e6;--muted:#a0a6b0;--line:#3a3f47;
--bg:#16181c;--panel:#1f2329;--cite:#5a4f00;--conflict:#5c2622;--quote:#1f3d5c;--accent:#7aa7ff}}
@media print{nav.toc{display:none}.srctext{white-space:pre-wrap}}
""".strip()

_SECTIONS = (
    ("sources", "Sources"),
    ("conflicts", "Conflicts &amp; disagreements"),
    ("summary", "Summary"),
    ("claims", "Agreed claims"),
    ("quotes", "Who said what"),
    ("timeline", "Timeline"),
    ("numbers", "Key numbers"),
    ("entities", "Entities"),
    ("adds", "What each source adds"),
    ("texts", "Source texts"),
    ("problems", "Problems"),
)


# The sections that report findings: shown with "None found." when empty.
_FINDINGS = ("conflicts", "claims", "quotes", "timeline", "numbers", "entities")


def esc(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape(str(value), quote=True)


@dataclass(slots=True, frozen=True)
class _Span:
    """A passage to highlight in a source text, with its CSS class."""

    cite: Cite
    css: str


def render_html(data: Data) -> str:
    """Render a brief (the dict of ``Brief.to_dict()``) as one self-contained HTML page.

    Args:
        data: the brief's JSON dict.

    Returns:
        The page, ending with a newline.
    """
    sources = sources_by_id(data)
    sections = {
        "sources": _sources_table(data),
        "conflicts": _conflicts(data, sources),
        "summary": _summary(data, sources),
        "claims": _claims(data),
        "quotes": _quotes(data, sources),
        "timeline": _timeline(data),
        "numbers": _numbers(data, sources),
        "entities": _entities(data),
        "adds": _adds(data),
        "texts": _texts(data),
        "problems": _problems(data),
    }
    # A section with nothing found says so ("none found" must not look like "not looked for");
    # with no source read, only the sections that hold something are shown.
    if shows_empty_sections(data):
        for key in _FINDINGS:
            sections[key] = sections[key] or f'<p class="none">{NONE_FOUND}</p>'
        sections["summary"] = sections["summary"] or f'<p class="none">{NO_SUMMARY}</p>'
    present = [(key, title) for key, title in _SECTIONS if sections[key]]
    toc = " ".join(f'<a href="#{key}">{title}</a>' for key, title in present)
    body = "\n".join(
        f'<section id="{key}">\n<h2>{title}</h2>\n{_note(key)}{sections[key]}\n</section>'
        for key, title in present
    )
    title = heading(data)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="synoptic">\n'
        f"<title>{esc(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n<main>\n"
        f'<header>\n<h1>{esc(title)}</h1>\n<p class="meta">{_overview(data)}</p>\n'
        f'<nav class="toc">{toc}</nav>\n</header>\n{body}\n</main>\n</body>\n</html>\n'
    )


def _note(key: str) -> str:
    """The section's one-line explanation (the same words as in Markdown), or ""."""
    note = SECTION_NOTES.get(key)
    return f'<p class="muted note">{esc(note)}</p>\n' if note else ""


def _overview(data: Data) -> str:
    facts = [esc(sources_note(data.get("sources", [])))]
    if date_range(data):
        facts.append(f"published {esc(date_range(data))}")
    facts.append(f"summary budget {esc(data.get('words', '?'))} words")
    found = findings_note(data)
    return " · ".join(facts) + (f'</p>\n<p class="meta">{esc(found)}' if found else "")


def _link(sources: Sources, cite: Cite | None) -> str:
    """``S1 (Outlet), 12–80`` linking to the highlighted passage, the passage on hover."""
    if cite is None:
        return ""
    tip = shorten(passage(sources, cite))
    label = f"{source_label(sources, cite.source)}, {cite.start}–{cite.end}"
    return f'<a href="#{cite.anchor}" title="{esc(tip)}">{esc(label)}</a>'


def _sources_table(data: Data) -> str:
    srcs = data.get("sources", [])
    if not srcs:
        return ""
    rows = [
        "<table>",
        "<thead><tr><th>Id</th><th>Outlet</th><th>File</th><th>Title</th><th>Author</th><th>Date</th>"
        '<th class="n">Words kept</th><th class="n">Passages removed</th></tr></thead>',
        "<tbody>",
    ]
    for s in srcs:
        sid = str(s.get("id", ""))
        rows.append(
            f'<tr><td><a href="#src-{safe_id(sid)}">{esc(sid)}</a></td>'
            f"<td>{esc(one_line(s.get('outlet') or '—'))}</td><td>{esc(file_name(s))}</td>"
            f"<td>{esc(one_line(s.get('title') or '—'))}</td>"
            f"<td>{esc(one_line(s.get('author') or '—'))}</td>"
            f'<td class="d">{esc(date_of(s.get("published")))}</td>'
            f'<td class="n">{kept_words(s)}</td><td class="n">{len(s.get("removed", []))}</td></tr>'
        )
    rows += ["</tbody>", "</table>"]
    return "\n".join(rows)


def _conflicts(data: Data, sources: Sources) -> str:
    out: list[str] = []
    for c in data.get("conflicts", []):
        label, topic = conflict_heading(c)
        sides = []
        for side in c.get("sides", []):
            value = side.get("value")
            tag = "strong" if value_is_figure(c) else "em"  # bold for figures and dates only
            shown = "" if value in (None, "") else f"<{tag}>{esc(show_value(value))}</{tag}> — "
            sides.append(
                f"<li>{shown}{esc(quoted(side_excerpt(side)))} "
                f'<span class="muted">({_link(sources, cite_of(side))})</span></li>'
            )
        verdict = f'\n<p class="muted">{esc(judge_line(c))}</p>' if judge_line(c) else ""
        out.append(
            f'<div class="conflict" id="conflict-{len(out) + 1}">'
            f'<h3><span class="kind">{esc(label.rstrip(":"))}</span> {esc(topic)}</h3>\n<ul>\n'
            + "\n".join(sides)
            + f"\n</ul>{verdict}</div>"
        )
    dismissed = [
        f"<li>{esc(' '.join(conflict_heading(c)))} — {esc(judge_line(c))}</li>"
        for c in data.get("dismissed_conflicts", [])
    ]
    if dismissed:
        if not out:
            out.append(f'<p class="none">{NONE_FOUND}</p>')
        out.append("<h3>Dismissed by the judge</h3>\n<ul>\n" + "\n".join(dismissed) + "\n</ul>")
    return "\n".join(out)


def _summary(data: Data, sources: Sources) -> str:
    summary = data.get("summary", [])
    if not summary:
        return ""
    numbers = number_citations(summary)
    sentences = []
    for sent in summary:
        sups = "".join(
            f'<sup class="cite"><a href="#{c.anchor}" '
            f'title="{esc(_tip(sources, c))}">[{numbers[c]}]</a></sup>'
            for c in sentence_cites(sent)
        )
        flags = "".join(
            f' <a class="disputed" href="#conflict-{n}">(disputed: see conflict {n})</a>'
            for n in disputed_numbers(data, sent)
        )
        sentences.append(f"{esc(one_line(sent.get('text', '')))}{sups}{flags}")
    # A passage a sentence repeats word for word is not quoted again (its link still shows it).
    verbatim = verbatim_cites(summary, sources)
    notes = [
        f'<li value="{n}">{_link(sources, c)}: '
        + (
            VERBATIM_NOTE
            if c in verbatim
            else esc(quoted(shorten(passage(sources, c))))
        )
        + "</li>"
        for c, n in numbers.items()
    ]
    return (
        "<p>"
        + " ".join(sentences)
        + "</p>\n"
        + _who(data)
        + '<ol class="notes">\n'
        + "\n".join(notes)
        + "\n</ol>"
    )


def _who(data: Data) -> str:
    """The "Who is who" list under the summary ("" when no short name in it needs one)."""
    items = []
    for gloss in who_is_who(data):
        alias, body = gloss_line(gloss)
        items.append(f"<li><strong>{esc(alias)}</strong>: {esc(body)}</li>")
    if not items:
        return ""
    return '<p><strong>Who is who</strong></p>\n<ul class="who">\n' + "\n".join(items) + "\n</ul>\n"


def _tip(sources: Sources, cite: Cite) -> str:
    return f"{source_label(sources, cite.source)}, {cite.start}–{cite.end}: " + shorten(
        passage(sources, cite)
    )


def _claims(data: Data) -> str:
    items = []
    for c, label, note in shown_agreed(data):
        disputed = "".join(
            f' <a class="disputed" href="#conflict-{n}">(disputed: see conflict {n})</a>'
            for n in claim_disputes(data, c)
        )
        items.append(
            f'<li>{esc(one_line(c.get("text", "")))} <span class="support">'
            f"{esc(label)}, {esc(note)}</span>{disputed}</li>"
        )
    split = []
    for c, _dissent in disputed_claims(data):
        see = "".join(
            f' <a class="disputed" href="#conflict-{n}">(disputed: see conflict {n})</a>'
            for n in claim_disputes(data, c)
        )
        ids = ", ".join(str(x) for x in c.get("sources", []))
        split.append(
            f'<li>{esc(one_line(c.get("text", "")))} <span class="support">'
            f"{esc(ids)} state different values</span>{see}</li>"
        )
    out = "<ul>\n" + "\n".join(items) + "\n</ul>" if items else ""
    if split and not items:
        out = f'<p class="none">{NONE_FOUND}</p>'
    if split:
        out += (
            f'\n<h3>Disputed</h3>\n<p class="muted">{esc(DISPUTED_NOTE)}</p>\n<ul>\n'
            + "\n".join(split)
            + "\n</ul>"
        )
    return out


def _quotes(data: Data, sources: Sources) -> str:
    out = []
    for speaker, role, quotes in quote_groups(data):
        head = f"<h3>{esc(speaker)}</h3>" + (f'<p class="muted">{esc(role)}</p>' if role else "")
        lines = [
            f"<blockquote>{esc(_said(same[0]))}"
            f' <span class="muted">— {"; ".join(_link(sources, cite_of(q)) for q in same)}, '
            f"{'direct quote' if same[0].get('direct') else 'reported'}</span></blockquote>"
            for same in same_statements(quotes)
        ]
        if len(lines) > STATEMENTS_SHOWN:
            rest = len(lines) - STATEMENTS_SHOWN
            lines[STATEMENTS_SHOWN:] = [
                f"<details><summary>{rest} more statements</summary>\n"
                + "\n".join(lines[STATEMENTS_SHOWN:])
                + "\n</details>"
            ]
        out.append(head + "\n" + "\n".join(lines))
    return "\n".join(out)


def _said(quote: Mapping[str, Any]) -> str:
    """A statement as shown: a direct quote in quotation marks, reported speech without."""
    text = shorten(str(quote.get("text", "")))
    return quoted(text) if quote.get("direct") else text


def _source_links(ids: Sequence[object]) -> str:
    return ", ".join(f'<a href="#src-{safe_id(str(s))}">{esc(s)}</a>' for s in ids)


def _timeline(data: Data) -> str:
    items = []
    for e in data.get("timeline", []):
        ids = _source_links(e.get("sources", []))
        items.append(
            f"<li><time>{esc(event_date(e))}</time> — {esc(event_excerpt(e))}"
            + (f' <span class="muted">({ids})</span>' if ids else "")
            + "</li>"
        )
    return '<ul class="timeline">\n' + "\n".join(items) + "\n</ul>" if items else ""


def _numbers(data: Data, sources: Sources) -> str:
    rows = []
    groups, hidden = key_number_groups(data)
    for g in groups:
        where = _source_links(g.sources)
        context = esc(context_around(g.context, g.text))
        rows.append(
            f"<tr><td><strong>{esc(g.text)}</strong></td><td>{context}</td><td>{where}</td></tr>"
        )
    if not rows:
        minor = minor_numbers_note(data, more=False)
        if minor and shows_empty_sections(data):
            return f'<p class="none">{NONE_FOUND}</p>\n<p class="muted">{esc(minor)}</p>'
        return ""
    more = f'\n<p class="muted">{hidden} more figures, in the JSON (numbers).</p>' if hidden else ""
    if minor := minor_numbers_note(data):
        more += f'\n<p class="muted">{esc(minor)}</p>'
    return (
        "<table>\n<thead><tr><th>Figure</th><th>Context</th><th>Source</th></tr></thead>\n"
        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>" + more
    )


def _entities(data: Data) -> str:
    rows = []
    entities, hidden = key_entities(data)
    for e in entities:
        aliases = "; ".join(one_line(a) for a in e.get("aliases", [])) or "—"
        rows.append(
            f"<tr><td>{esc(one_line(e.get('name', '')))}</td><td>{esc(e.get('label', ''))}</td>"
            f"<td>{esc(aliases)}</td><td>{esc(one_line(e.get('role') or '—'))}</td>"
            f"<td>{_source_links(e.get('sources', []))}</td></tr>"
        )
    if not rows:  # every name left to the JSON: no table with no rows
        return f'<p class="muted">{esc(others_note(hidden, 0))}</p>' if hidden else ""
    note = f'\n<p class="muted">{esc(others_note(hidden))}</p>' if hidden else ""
    return (
        "<table>\n<thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Role</th>"
        "<th>Sources</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>" + note
    )


def _adds(data: Data) -> str:
    if not data.get("claims"):
        return ""
    out = []
    for s in data.get("sources", []):
        sid = str(s.get("id", ""))
        claims, more = source_adds(data, sid)
        items = [f"<li>{esc(shorten(str(c.get('text', ''))))}</li>" for c in claims]
        if more:
            items.append(f"<li>… and {more} more</li>")
        if not kept_words(s):
            body = f'<p class="muted">{esc(NO_TEXT_NOTE)}</p>'
        elif items:
            body = "<ul>\n" + "\n".join(items) + "\n</ul>"
        else:
            body = '<p class="muted">Nothing that another source does not also report.</p>'
        if unlisted := unlisted_own(data, sid, len(claims) + more):
            body += f'\n<p class="muted">{esc(unlisted)}</p>'
        profile = profile_line(data, sid) if kept_words(s) else ""
        note = f'<p class="muted">{esc(profile)}</p>\n' if profile else ""
        out.append(f"<h3>{esc(sid)} — {esc(outlet_name(s))}</h3>\n{note}{body}")
    return "\n".join(out)


def _spans(data: Data) -> dict[str, list[_Span]]:
    """Passages to highlight, per source: summary citations, conflict sides, quotes."""
    found: dict[Cite, set[str]] = {}
    for sent in data.get("summary", []):
        for cite in sentence_cites(sent):
            found.setdefault(cite, set()).add("cited")
    marked = [
        *((s, "conflict-side") for c in data.get("conflicts", []) for s in c.get("sides", [])),
        # as shown: a quotation split by its attribution is one passage, linked as one
        *((q, "quote") for _s, _r, items in quote_groups(data) for q in items),
    ]
    for item, css in marked:
        where = cite_of(item)
        if where is not None:
            found.setdefault(where, set()).add(css)
    spans: dict[str, list[_Span]] = {}
    for cite in sorted(found):
        css = " ".join(sorted(found[cite]))
        spans.setdefault(cite.source, []).append(_Span(cite=cite, css=css))
    return spans


def _texts(data: Data) -> str:
    spans = _spans(data)
    out = [
        '<p class="muted legend"><mark class="cited">cited in the summary</mark> '
        '<mark class="conflict-side">side of a conflict</mark> <mark class="quote">quote</mark> '
        '<span class="removed">removed</span></p>'
    ]
    for s in data.get("sources", []):
        sid = str(s.get("id", ""))
        original = s.get("original")
        if not isinstance(original, str):
            continue
        removed = [
            (int(r["start"]), int(r["end"]), str(r.get("reason", "")))
            for r in s.get("removed", [])
            if isinstance(r.get("start"), int) and isinstance(r.get("end"), int)
        ]
        head = f"<h3>{esc(sid)} — {esc(outlet_name(s))}"
        if s.get("title"):
            head += f": {esc(one_line(s['title']))}"
        head += "</h3>"
        facts = (s.get("author"), s.get("published") and date_of(s["published"]), s.get("path"))
        meta = " · ".join(esc(one_line(v)) for v in facts if v)
        text = _marked_text(original, spans.get(sid, []), removed)
        out.append(
            f'<article id="src-{safe_id(sid)}">\n{head}\n<p class="muted">{meta}</p>\n'
            f'{_removed_list(s)}<div class="srctext">{text}</div>\n</article>'
        )
    return "\n".join(out) if len(out) > 1 else ""


@dataclass(slots=True)
class _Wrap:
    """An element wrapped around ``text[start:end]``; ``anchor`` goes on its first opening."""

    start: int
    end: int
    tag: str
    attrs: str
    anchor: str = ""


def _wraps(size: int, spans: list[_Span], removed: list[tuple[int, int, str]]) -> list[_Wrap]:
    classes: dict[Cite, set[str]] = {}
    for sp in spans:
        classes.setdefault(sp.cite, set()).update(sp.css.split())
    wraps = []
    for cite in sorted(classes):
        start, end = max(0, min(size, cite.start)), max(0, min(size, cite.end))
        css = " ".join(sorted(classes[cite]))
        wraps.append(
            _Wrap(
                start=start,
                end=max(start, end),
                tag="mark",
                attrs=f' class="{esc(css)}"',
                anchor=cite.anchor,
            )
        )
    for r_start, r_end, reason in sorted(removed):
        start, end = max(0, min(size, r_start)), max(0, min(size, r_end))
        if end > start:
            tip = esc("removed: " + REASON_LABELS.get(reason, reason))
            wraps.append(
                _Wrap(start=start, end=end, tag="span", attrs=f' class="removed" title="{tip}"')
            )
    return wraps


def _marked_text(original: str, spans: list[_Span], removed: list[tuple[int, int, str]]) -> str:
    """The escaped text with highlighted passages and struck-through removed passages.

    Wrappers nest: at each boundary the elements that end there are closed (and any element
    opened inside them is closed and reopened around the rest, so crossing passages still give
    well-formed HTML); then the elements that start there are opened, longest first. A passage's
    id goes on its first opening; an empty passage leaves an empty ``<span id>`` anchor.
    """
    wraps = _wraps(len(original), spans, removed)
    points = sorted({0, len(original), *(w.start for w in wraps), *(w.end for w in wraps)})
    out: list[str] = []
    stack: list[_Wrap] = []
    prev = 0
    for point in points:
        out.append(esc(original[prev:point]))
        prev = point
        _close(stack, point, out)
        starting = sorted(
            (w for w in wraps if w.start == point), key=lambda w: (-w.end, w.tag, w.anchor)
        )
        for w in starting:
            anchor = f' id="{w.anchor}"' if w.anchor else ""
            if w.end == w.start:
                out.append(f"<span{anchor}></span>" if anchor else "")
                continue
            out.append(f"<{w.tag}{w.attrs}{anchor}>")
            stack.append(w)
    return "".join(out)


def _close(stack: list[_Wrap], point: int, out: list[str]) -> None:
    """Close the wrappers that end at ``point``, reopening (without id) the ones inside them."""
    if not any(w.end <= point for w in stack):
        return
    reopen: list[_Wrap] = []
    while any(w.end <= point for w in stack):
        w = stack.pop()
        out.append(f"</{w.tag}>")
        if w.end > point:
            reopen.append(w)
    for w in reversed(reopen):
        out.append(f"<{w.tag}{w.attrs}>")
        stack.append(w)


def _removed_list(src: Mapping[str, Any]) -> str:
    groups = removed_by_reason(src)
    if not groups:
        return ""
    total = sum(len(g) for g in groups.values())
    counts = removed_counts(src)
    items = [
        f"<li><em>{esc(removed_label(r))}</em>: "
        f"{esc(quoted(shorten(str(r.get('text', '')), REMOVED_LIMIT)))}</li>"
        for rs in groups.values()
        for r in rs
    ]
    return (
        f"<details><summary>{total} passage{'s' if total != 1 else ''} removed "
        f"({esc(counts)})</summary>\n<ul>\n" + "\n".join(items) + "\n</ul></details>\n"
    )


def _problems(data: Data) -> str:
    items = [
        f"<li><code>{esc(one_line(p.get('path', '')))}</code> ({esc(p.get('kind', ''))}): "
        f"{esc(one_line(p.get('message', '')))}</li>"
        for p in data.get("problems", [])
    ]
    return "<ul>\n" + "\n".join(items) + "\n</ul>" if items else ""
