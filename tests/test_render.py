"""Renderers: golden files for Markdown and HTML, must-contain / must-not-contain checks.

The brief rendered here is built by hand (``sample_brief``) so the golden files do not move when
the pipeline changes; it has every section. Regenerate the golden files after an intended change
with ``SYNOPTIC_UPDATE_GOLDEN=1 pytest tests/test_render.py`` and review the diff.
"""

from __future__ import annotations

import copy
import html
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from synoptic.model import Brief, Citation, Claim, Paragraph, Source, SummarySentence
from synoptic.render import render_html, render_json, render_markdown, render_terminal
from synoptic.render._common import Cite, claim_disputes, conflict_heading, quoted, shorten
from synoptic.render.html import _marked_text, _Span
from synoptic.render.markdown import md_escape

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SYNOPTIC_UPDATE_GOLDEN") == "1"

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "</style><b>bold</b>",
    "[click](javascript:alert(3))",
    "[bold red]rich markup[/bold red]",
]

_TEXTS = {
    "S1": (
        "Ferry service across Lake Orrin was suspended on Friday after a hull crack was found "
        "on the MV Kestrel.\n\nThe inspection took place on 4 May, said Mira Holt, operations "
        "director of Orrin Ferries. \"Safety comes first,\" Holt said. Repairs will cost "
        "about 2.1 million crowns.\n\nSubscribe to our newsletter"
    ),
    "S2": (
        "The Lake Orrin ferry was halted on Friday when inspectors found a crack in the hull of "
        "the Kestrel.\n\nThe inspection was on 14 May. Repairs are expected to cost 3 million "
        "crowns, according to the regional transport office.\n\nThe crack was caused by years "
        "of underfunded maintenance, local councillors say."
    ),
    "S3": (
        "Ferries on Lake Orrin stopped on Friday.\n\nBlaming maintenance budgets is speculation, "
        "said Ivo Lang, a naval engineer at Orrin Polytechnic. Commuters now face a 40-minute "
        "detour by road."
    ),
}


def _span(sid: str, text: str) -> dict[str, Any]:
    start = _TEXTS[sid].index(text)
    return {"source": sid, "start": start, "end": start + len(text)}


def _side(sid: str, text: str, value: Any) -> dict[str, Any]:
    return {**_span(sid, text), "text": text, "value": value}


def sample_brief() -> dict[str, Any]:
    """A small brief with every section, built by hand to the JSON contract."""
    s1a = "Ferry service across Lake Orrin was suspended on Friday after a hull crack was found on the MV Kestrel."  # noqa: E501
    s2a = "The Lake Orrin ferry was halted on Friday when inspectors found a crack in the hull of the Kestrel."  # noqa: E501
    s3a = "Ferries on Lake Orrin stopped on Friday."
    s1b = "Repairs will cost about 2.1 million crowns."
    s3b = "Commuters now face a 40-minute detour by road."
    sources = [
        {
            "id": "S1", "path": "a/lakeside-courier.txt", "kind": "text",
            "title": "Lake Orrin ferry suspended after hull crack", "outlet": "Lakeside Courier",
            "author": "Ana Reyes", "published": "2024-05-18", "url": None,
            "text": _TEXTS["S1"].rsplit("\n\n", 1)[0], "original": _TEXTS["S1"],
            "removed": [
                {**_span("S1", "Subscribe to our newsletter"), "reason": "boilerplate",
                 "text": "Subscribe to our newsletter", "detail": "newsletter"},
            ],
        },
        {
            "id": "S2", "path": "b/orrin-post.html", "kind": "html",
            "title": "Kestrel ferry halted", "outlet": "Orrin Post", "author": None,
            "published": "2024-05-19T08:00:00Z", "url": "https://orrin-post.example/kestrel",
            "text": _TEXTS["S2"], "original": _TEXTS["S2"], "removed": [],
        },
        {
            "id": "S3", "path": "c/wire.jsonl", "kind": "jsonl", "title": None, "outlet": None,
            "author": "Wire staff", "published": None, "url": None,
            "text": _TEXTS["S3"], "original": _TEXTS["S3"], "removed": [],
        },
    ]
    return {
        "schema_version": "1.0",
        "words": 60,
        "sources": sources,
        "summary": [
            {"text": s1a, "sentence": "S1-0", "claim": "C1",
             "citations": [_span("S1", s1a), _span("S2", s2a), _span("S3", s3a)]},
            {"text": s1b, "sentence": "S1-3", "claim": "C3", "citations": [_span("S1", s1b)]},
            {"text": s3b, "sentence": "S3-2", "claim": "C4", "citations": [_span("S3", s3b)]},
        ],
        "claims": [
            {"id": "C1", "text": s1a, "sources": ["S1", "S2", "S3"], "independent_sources": 3,
             "support": "consensus",
             "citations": [_span("S1", s1a), _span("S2", s2a), _span("S3", s3a)]},
            {"id": "C2", "text": "The inspection took place on 4 May.", "sources": ["S1", "S2"],
             "independent_sources": 2, "support": "corroborated",
             "citations": [_span("S1", "The inspection took place on 4 May"),
                           _span("S2", "The inspection was on 14 May.")]},
            {"id": "C3", "text": s1b, "sources": ["S1"], "independent_sources": 1,
             "support": "single-source", "citations": [_span("S1", s1b)]},
            {"id": "C4", "text": s3b, "sources": ["S3"], "independent_sources": 1,
             "support": "single-source", "citations": [_span("S3", s3b)]},
        ],
        "conflicts": [
            {"kind": "date", "topic": "When the Kestrel was inspected", "sides": [
                _side("S1", "The inspection took place on 4 May", "2024-05-04"),
                _side("S2", "The inspection was on 14 May.", "2024-05-14")]},
            {"kind": "number", "topic": "Cost of the repairs", "sides": [
                _side("S1", "about 2.1 million crowns", 2100000),
                _side("S2", "3 million crowns", 3000000)]},
            {"kind": "interpretation", "topic": "Why the hull cracked", "sides": [
                _side("S2", "The crack was caused by years of underfunded maintenance, local "
                      "councillors say.", "caused by underfunded maintenance"),
                _side("S3", "Blaming maintenance budgets is speculation", "speculation")]},
        ],
        "quotes": [
            {**_span("S1", "Safety comes first,"), "speaker": "Mira Holt",
             "role": "operations director of Orrin Ferries", "text": "Safety comes first,",
             "direct": True, "verb": "said"},
            {**_span("S1", "The inspection took place on 4 May"), "speaker": "Mira Holt",
             "role": "operations director of Orrin Ferries",
             "text": "The inspection took place on 4 May", "direct": False, "verb": "said"},
            {**_span("S3", "Blaming maintenance budgets is speculation"), "speaker": "Ivo Lang",
             "role": "a naval engineer at Orrin Polytechnic",
             "text": "Blaming maintenance budgets is speculation", "direct": False, "verb": "said"},
        ],
        "entities": [
            {"name": "Mira Holt", "label": "person", "aliases": ["Holt"], "sources": ["S1"],
             "role": "operations director of Orrin Ferries", "mentions": 2},
            {"name": "Lake Orrin", "label": "place", "aliases": [], "sources": ["S1", "S2", "S3"],
             "role": None, "mentions": 3},
        ],
        "timeline": [
            {"date": "2024-05-04", "resolved": True, "expression": "4 May",
             "text": "The hull of the MV Kestrel is inspected.", "sources": ["S1"],
             "citations": [_span("S1", "The inspection took place on 4 May")]},
            {"date": "2024-05-17", "resolved": True, "expression": "on Friday",
             "text": "Ferry service across Lake Orrin is suspended.", "sources": ["S1", "S2", "S3"],
             "citations": [_span("S1", s1a), _span("S2", s2a)]},
        ],
        "numbers": [
            {**_span("S1", "2.1 million crowns"), "text": "2.1 million crowns", "value": 2100000,
             "unit": "crowns", "context": s1b},
            {**_span("S3", "40-minute"), "text": "40-minute", "value": 40, "unit": "minute",
             "context": s3b},
        ],
        "problems": [
            {"path": "d/empty.txt", "kind": "empty", "message": "no article text; skipped"},
        ],
    }


def hostile_brief() -> dict[str, Any]:
    """The sample with hostile text in every metadata field, article text and fact."""
    data = copy.deepcopy(sample_brief())
    payload = " ".join(HOSTILE)
    for src in data["sources"]:
        src["title"] = payload
        src["author"] = payload
        src["outlet"] = payload
        src["original"] = payload + "\n\n" + src["original"]
        src["text"] = payload + "\n\n" + src["text"]
        shift = len(payload) + 2
        for r in src["removed"]:
            r["start"] += shift
            r["end"] += shift
    data["summary"][0]["text"] = payload
    data["summary"][0]["citations"].append({"source": "S1", "start": 0, "end": len(payload)})
    for group in ("conflicts",):
        for c in data[group]:
            c["topic"] = payload
            for side in c["sides"]:
                side["text"] = payload
                side["value"] = payload
    for q in data["quotes"]:
        q["speaker"] = payload
        q["role"] = payload
        q["text"] = payload
    for key in ("entities",):
        for e in data[key]:
            e["name"] = payload
            e["aliases"] = [payload]
    for e in data["timeline"]:
        e["text"] = payload
    for n in data["numbers"]:
        n["text"] = payload
        n["context"] = payload
    for c in data["claims"]:
        c["text"] = payload
    data["problems"][0]["message"] = payload
    return data


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        if not UPDATE:
            pytest.skip(f"wrote missing golden file {path}; review it and run again")
    assert text == path.read_text("utf-8"), (
        f"{name} differs from the golden file; if the change is intended, run "
        "SYNOPTIC_UPDATE_GOLDEN=1 pytest tests/test_render.py and review the diff"
    )


# --- golden files -----------------------------------------------------------------------------


def test_markdown_matches_golden() -> None:
    _golden("sample.md", render_markdown(sample_brief()))


def test_html_matches_golden() -> None:
    _golden("sample.html", render_html(sample_brief()))


def test_sample_brief_follows_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from synoptic.render import load_schema

    jsonschema.Draft202012Validator(load_schema()).validate(sample_brief())


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_sections_in_order() -> None:
    md = render_markdown(sample_brief())
    heads = [
        "# Brief: Lake Orrin ferry suspended after hull crack",
        "## Sources",
        "## Conflicts & disagreements",
        "## Summary",
        "## Agreed claims",
        "## Who said what",
        "## Timeline",
        "## Key numbers",
        "## Entities",
        "## What each source adds",
        "## Removed passages",
        "## Problems",
    ]
    positions = [md.index(h) for h in heads]
    assert positions == sorted(positions)


def test_markdown_summary_cites_numbered_passages() -> None:
    data = sample_brief()
    md = render_markdown(data)
    assert "found on the MV Kestrel. [1][2][3]" in md
    assert "about 2.1 million crowns. [4]" in md
    # Each footnote quotes the exact passage, with its source and offsets, unless the sentence
    # citing it is that passage word for word.
    for cite in data["summary"][0]["citations"][1:]:
        src = next(s for s in data["sources"] if s["id"] == cite["source"])
        quoted = src["original"][cite["start"] : cite["end"]]
        assert f"{cite['start']}–{cite['end']}: “{md_escape(quoted)}”" in md
    assert "1. S1, Lakeside Courier, 0–103: word for word as in the summary" in md


def test_markdown_lists_facts_and_sources() -> None:
    md = render_markdown(sample_brief())
    row = "| S1 | Lakeside Courier | lakeside-courier.txt | Lake Orrin ferry suspended after hull"
    assert row in md
    assert "| S3 | — | wire.jsonl |" in md  # no outlet: not made up from the file name
    assert "Orrin Post and 1 with no outlet named ·" in md  # the header counts it
    assert "### 1. Date: When the Kestrel was inspected" in md
    assert "**2024-05-04**" in md and "**2024-05-14**" in md
    assert "- **2,100,000** — “about 2.1 million crowns” (S1, Lakeside Courier, 246–270)" in md
    assert "- **Mira Holt**, operations director of Orrin Ferries" in md
    assert "direct quote" in md and "reported" in md
    assert "*consensus*, 3 independent sources (S1, S2, S3)" in md
    assert "### S3 — Wire staff\n\n- Commuters now face a 40-minute detour by road." in md
    assert "<details><summary>S1 — Lakeside Courier: 1 passage removed" in md
    assert "d/empty.txt (empty): no article text; skipped" in md


def test_an_agreed_claim_with_a_contradicted_passage_is_marked_disputed() -> None:
    data: dict[str, Any] = {
        "conflicts": [
            {"id": "X1", "sides": [{"source": "S3", "start": 0, "end": 40}]},
            {"id": "X2", "sides": [{"source": "S2", "start": 100, "end": 160}]},
        ]
    }
    cites = [{"source": "S1", "start": 0, "end": 50}, {"source": "S2", "start": 90, "end": 120}]
    assert claim_disputes(data, {"citations": cites}) == [2]  # only S2's passage is a side
    assert claim_disputes(data, {"citations": [{"source": "S2", "start": 0, "end": 100}]}) == []
    md = render_markdown(sample_brief())
    agreed = md.split("## Agreed claims", 1)[1].split("\n## ", 1)[0]
    assert "(disputed: see conflict" in agreed


def test_a_conflict_topic_that_names_its_label_is_not_labelled_twice() -> None:
    assert conflict_heading({"kind": "date", "topic": "date of Vell Carrow"}) == (
        "Date:", "Vell Carrow")
    assert conflict_heading({"kind": "number", "topic": "figure for the repairs"}) == (
        "Number:", "the repairs")
    assert conflict_heading({"kind": "fact", "topic": "outcome: the vote"}) == (
        "Outcome:", "the vote")
    assert conflict_heading({"kind": "interpretation", "topic": "why: it cracked"}) == (
        "Interpretation:", "why: it cracked")
    data = sample_brief()
    data["conflicts"][0]["topic"] = "date of the inspection"
    assert "### 1. Date: the inspection" in render_markdown(data)
    assert '<span class="kind">Date</span> the inspection</h3>' in render_html(data)


def test_markdown_escapes_hostile_text() -> None:
    md = render_markdown(hostile_brief())
    assert r"\<script\>alert(1)\</script\>" in md
    assert r"\[click\](javascript:alert(3))" in md
    # Rendered by a CommonMark parser (markdown-it, which rich ships with), nothing hostile
    # becomes a tag or a link: the only raw HTML is the renderer's own <details>.
    markdown_it = pytest.importorskip("markdown_it")
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    tags = _parse(page)
    assert set(tags.tags) <= {
        "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "table", "thead", "tbody", "tr",
        "th", "td", "details", "summary",
    }
    assert "javascript:" not in "".join(tags.hrefs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_unresolved_dates_show_their_wording() -> None:
    data = sample_brief()
    data["timeline"][0].update(date=None, resolved=False, expression="last May")
    assert "- **last May (date unresolved)** — The hull" in render_markdown(data)
    assert "<time>last May (date unresolved)</time>" in render_html(data)


def test_renderers_handle_an_empty_brief() -> None:
    empty = {"schema_version": "1.0", "words": 200, "sources": [], "summary": [], "claims": [],
             "conflicts": [], "quotes": [], "entities": [], "timeline": [], "numbers": [],
             "problems": [{"path": "x.pdf", "kind": "unsupported", "message": "not an article"}]}
    md = render_markdown(empty)
    assert md.startswith("# Brief\n") and "x.pdf" in md and "## Summary" not in md
    page = render_html(empty)
    assert "<title>Brief</title>" in page and "x.pdf" in page
    console = Console(file=io.StringIO(), width=80, record=True)
    render_terminal(empty, console)
    assert "No sources could be read" in console.export_text()


# --- HTML -------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Collects ids, links and tag balance of a page."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("href"):
            self.hrefs.append(str(found["href"]))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def test_html_is_well_formed_and_self_contained() -> None:
    page = render_html(sample_brief())
    tags = _parse(page)
    assert tags.errors == [] and tags.stack == []
    assert len(tags.ids) == len(set(tags.ids)), "duplicate ids"
    assert "script" not in tags.tags and "link" not in tags.tags and "img" not in tags.tags
    assert "@import" not in page and "url(" not in page
    external = [h for h in tags.hrefs if not h.startswith("#")]
    assert external == []


def test_html_citations_link_to_highlighted_passages() -> None:
    data = sample_brief()
    page = render_html(data)
    tags = _parse(page)
    for sentence in data["summary"]:
        for cite in sentence["citations"]:
            anchor = Cite(cite["source"], cite["start"], cite["end"]).anchor
            assert f'href="#{anchor}"' in page
            assert anchor in tags.ids
            src = next(s for s in data["sources"] if s["id"] == cite["source"])
            passage = src["original"][cite["start"] : cite["end"]]
            # The passage is highlighted in the source text and shown on hover.
            assert re.search(rf'<mark class="[^"]*" id="{anchor}">', page)
            assert f'title="{html.escape(shorten(passage), quote=True)}"' in page or (
                html.escape(shorten(passage), quote=True) in page
            )
    for href in tags.hrefs:
        assert href[1:] in tags.ids or href[1:] in {"sources", "conflicts", "summary", "claims",
                                                     "quotes", "timeline", "numbers", "entities",
                                                     "adds", "texts", "problems"}, href
    assert '<sup class="cite"><a href="#p-S1-0-' in page


def test_html_escapes_hostile_text() -> None:
    page = render_html(hostile_brief())
    tags = _parse(page)
    assert tags.errors == [] and tags.stack == []
    assert "script" not in tags.tags and "img" not in tags.tags and "b" not in tags.tags
    assert page.count("</style>") == 1
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    # No attribute value was broken out of: every onerror is inside escaped text.
    assert "onerror=" not in re.sub(r"&lt;img[^<]*?&gt;", "", page)


def test_html_marks_removed_text_and_keeps_it_readable() -> None:
    page = render_html(sample_brief())
    removed = '<span class="removed" title="removed: boilerplate">Subscribe to our newsletter'
    assert removed + "</span>" in page


_SEGMENTS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(["cited", "quote"])),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=60), spans=_SEGMENTS, removed=_SEGMENTS)
def test_marked_text_keeps_the_text_and_nests(
    text: str, spans: list[tuple[int, int, str]], removed: list[tuple[int, int, str]]
) -> None:
    marked = _marked_text(
        text,
        [_Span(cite=Cite("S1", min(a, b), max(a, b)), css=css) for a, b, css in spans],
        [(min(a, b), max(a, b), "boilerplate") for a, b, _ in removed],
    )
    tags = _parse(f"<div>{marked}</div>")
    assert tags.errors == [] and tags.stack == []
    assert html.unescape(re.sub(r"<[^>]*>", "", marked)) == text
    # Every passage gets exactly one anchor, whatever the overlaps.
    anchors = {Cite("S1", min(a, b), max(a, b)).anchor for a, b, _ in spans}
    assert sorted(tags.ids) == sorted(anchors)


# --- terminal and JSON ------------------------------------------------------------------------


def test_terminal_prints_a_short_brief() -> None:
    console = Console(file=io.StringIO(), width=240, record=True)
    render_terminal(sample_brief(), console)
    out = console.export_text()
    assert "Brief: Lake Orrin ferry suspended after hull crack" in out
    assert "Lakeside Courier" in out
    assert "Conflicts & disagreements (3)" in out
    assert "found on the MV Kestrel.[1][2][3]" in out
    assert "[4] S1, Lakeside Courier, 228–271: Repairs" in out
    assert "S1, Lakeside Courier: 2024-05-04 — “The inspection took place on 4 May”" in out
    counts = "4 claims · 3 quotes · 2 entities · 2 dated events · 2 figures · 1 passage removed"
    assert counts in out


def test_terminal_numbers_conflicts_and_marks_disputed_summary_sentences() -> None:
    data = sample_brief()
    data["conflicts"][1]["id"] = "X2"
    data["summary"][0]["disputed"] = ["X2"]
    console = Console(file=io.StringIO(), width=240, record=True)
    render_terminal(data, console)
    out = console.export_text()
    assert "\n2. " in out and "\n1. " in out
    assert "[1][2][3] (disputed: see conflict 2)" in out


def test_terminal_shows_markup_in_text_literally() -> None:
    console = Console(file=io.StringIO(), width=200, record=True)
    render_terminal(hostile_brief(), console)
    out = console.export_text()
    assert "[bold red]rich markup[/bold red]" in out
    assert "<script>alert(1)</script>" in out


def test_render_json_is_the_contract() -> None:
    text = "One sentence here."
    src = Source(id="S1", path="a.txt", kind="text", original=text,
                 paragraphs=[Paragraph(start=0, end=len(text))])
    cite = Citation(source="S1", start=0, end=len(text))
    brief = Brief(
        sources=[src], words=50,
        claims=[Claim(id="C1", text=text, sentences=["S1-0"], sources=["S1"], citations=[cite],
                      independent_sources=1)],
        summary=[SummarySentence(text=text, sentence="S1-0", claim="C1", citations=[cite])],
    )
    out = render_json(brief)
    assert out == brief.to_json()
    assert render_json(json.loads(out)) == out
    assert render_markdown(json.loads(out)) == render_markdown(brief.to_dict())


def test_renderers_on_the_example_cluster(
    example_dir: Path, hashing_embedder: Any, blank_nlp: Any
) -> None:
    import synoptic

    brief = synoptic.build_brief([example_dir], embedder=hashing_embedder, nlp=blank_nlp)
    data = json.loads(render_json(brief))
    page = render_html(data)
    tags = _parse(page)
    assert tags.errors == [] and tags.stack == []
    assert len(tags.ids) == len(set(tags.ids))
    for href in tags.hrefs:
        assert href.startswith("#") and (href[1:] in tags.ids or "-" not in href), href
    md = render_markdown(data)
    assert md.count("## Summary") == 1 and "| S5 | Northgate Tribune |" in md
    assert "Subscribe to our newsletter" not in md.split("## Removed passages")[0]
    console = Console(file=io.StringIO(), width=120, record=True)
    render_terminal(data, console)
    assert "[1]" in console.export_text()
    assert render_html(data) == page and render_markdown(data) == md


# --- reading the brief as an analyst (names, header, figures, section notes) -----------------


def _unnamed_outlets() -> dict[str, Any]:
    """The sample with S3 from a file named by a hash, with a title and no outlet or author."""
    data = copy.deepcopy(sample_brief())
    s3 = data["sources"][2]
    s3.update(path="c/007_5f3a9c0e1d2b4a68.txt", author=None,
              title="Orrin commuters face long detours while the Kestrel is repaired")
    return data


def test_a_source_without_an_outlet_is_named_by_author_or_title_not_its_file_name() -> None:
    data = _unnamed_outlets()
    md, page = render_markdown(data), render_html(data)
    for text in (md, page):
        assert "007_5f3a9c0e1d2b4a68.txt," not in text  # never a citation's label
        assert "S3, “Orrin commuters face long detours…”, " in text
    assert "### S3 — “Orrin commuters face long detours…”" in md
    assert "| S3 | — | 007\\_5f3a9c0e1d2b4a68.txt |" in md  # the table still gives the file
    data["sources"][2]["author"] = "Tove Brandt"
    assert "(S3, Tove Brandt, " in render_markdown(data)  # an author before a title
    console = Console(record=True, width=200)
    render_terminal(data, console)
    assert "S3, Tove Brandt" in console.export_text()


def test_the_header_says_plainly_which_sources_name_no_outlet() -> None:
    md, page = render_markdown(sample_brief()), render_html(sample_brief())
    line = "3 sources: Lakeside Courier, Orrin Post and 1 with no outlet named ·"
    assert f"\n\n{line}" in md and f'<p class="meta">{line}' in page
    data = copy.deepcopy(sample_brief())
    for s in data["sources"]:
        s["outlet"] = None
    assert "\n\n3 sources, no outlet named ·" in render_markdown(data)
    data["sources"][0]["outlet"] = "Lakeside Courier"
    assert "\n\n3 sources: Lakeside Courier and 2 with no outlet named ·" in render_markdown(data)


def _long_figure_brief() -> dict[str, Any]:
    data = copy.deepcopy(sample_brief())
    context = (
        "The regional transport office, which has overseen the Lake Orrin crossings since the "
        "old harbour board was wound up, said late on Thursday evening that the hull repairs "
        "would take 11 weeks at the Vellby yard."
    )
    data["numbers"] = [
        {"source": "S2", "start": 10, "end": 18, "text": "11 weeks", "value": 11,
         "unit": "weeks", "context": context},
        {"source": "S2", "start": 40, "end": 48, "text": "11 weeks", "value": 11,
         "unit": "weeks", "context": context},
    ]
    return data


def test_a_key_number_shows_the_words_around_the_figure() -> None:
    data = _long_figure_brief()
    md, page = render_markdown(data), render_html(data)
    for text in (md, page):
        assert "would take 11 weeks at the Vellby yard." in text
        assert "…" in text.split("would take 11 weeks")[0].rsplit("11 weeks", 1)[-1]
    console = Console(record=True, width=300)
    render_terminal(data, console)
    assert "take 11 weeks at the Vellby yard" in console.export_text()


def test_a_figure_given_twice_by_one_source_names_the_source_once() -> None:
    md = render_markdown(_long_figure_brief())
    assert "(S2, Orrin Post, 10–18, 40–48)" in md


def test_every_section_says_what_it_holds_in_markdown_and_html() -> None:
    md, page = render_markdown(sample_brief()), render_html(sample_brief())
    sections = ["Conflicts", "Summary", "Agreed claims", "Who said what", "Timeline",
                "Key numbers", "Entities", "What each source adds"]
    for name in sections:
        block = md.split(f"## {name}", 1)[1]
        note = block.split("\n\n", 2)[1]
        assert note.startswith("*") and note.endswith("*") and len(note) > 30, name
        assert html.unescape(note.strip("*")).replace("\\", "") in html.unescape(page), name


def test_a_footnote_that_repeats_its_sentence_word_for_word_is_not_quoted_again() -> None:
    md = render_markdown(sample_brief())
    notes = md.split("**Sources cited**", 1)[1].split("\n## ", 1)[0]
    assert "1. S1, Lakeside Courier, 0–103: word for word as in the summary" in notes
    assert "“The Lake Orrin ferry was halted on Friday" in notes  # other words: quoted
    page = render_html(sample_brief())
    assert "word for word as in the summary" in page


def test_one_more_small_count_is_singular_and_profiles_read_as_words() -> None:
    data = copy.deepcopy(sample_brief())
    data["numbers"].append({**_span("S3", "Ferries"), "text": "one", "value": 1, "unit": "",
                            "context": "Ferries on Lake Orrin stopped on Friday."})
    data["profiles"] = [{"source": "S1", "shared": 0.5, "conflicts": ["K1"],
                         "stance": {"first_person": 2}, "adds": []}]
    md = render_markdown(data)
    assert "*1 more small count written as words, in the JSON (numbers).*" in md
    assert "first person 2" in md and "first\\_person" not in md
    assert "50% of its claims also in another source; side of 1 conflict;" in md


def test_a_long_title_standing_for_a_source_is_cut_at_its_colon() -> None:
    data = _unnamed_outlets()
    data["sources"][2]["title"] = "Kestrel repairs: what the Vellby yard says about the hull"
    assert "(S3, “Kestrel repairs…”, 42–84)" in render_markdown(data)


def test_the_terminal_outlet_column_names_no_author_or_title_as_an_outlet() -> None:
    console = Console(record=True, width=200)
    render_terminal(_unnamed_outlets(), console)
    row = next(line for line in console.export_text().splitlines() if "│ S3 " in line)
    cells = [c.strip() for c in row.split("│")]
    assert cells[2] == "—"
    assert "Orrin commuters face long detours" in row  # the title is its own column


def test_a_removed_passage_says_what_it_was() -> None:
    from synoptic.render._common import removed_label

    assert removed_label({"reason": "boilerplate", "detail": "subscribe"}) == (
        "boilerplate: subscribe"
    )
    assert removed_label({"reason": "boilerplate", "detail": "metadata: byline"}) == (
        "read as metadata: byline"
    )
    assert removed_label({"reason": "repeated"}) == "repeated in the article"
    assert removed_label({"reason": "boilerplate"}) == "boilerplate"


def test_a_date_whose_year_the_other_sources_give_says_so() -> None:
    data = sample_brief()
    data["timeline"][0].update(date="2024-05-04", expression="4 May", year_from="cluster")
    note = "2024-05-04 (year from the other sources' dates)"
    assert f"- **{note}** — The hull" in render_markdown(data)
    assert f"<time>{html.escape(note)}</time>" in render_html(data)
    console = Console(file=io.StringIO(), width=200, record=True)
    render_terminal(data, console)
    assert note in console.export_text()


def _headless(data: dict[str, Any]) -> dict[str, Any]:
    for src in data["sources"]:
        src["title"] = None
    return data


def test_a_brief_without_headlines_is_titled_by_the_names_most_sources_share() -> None:
    data = _headless(sample_brief())
    data["entities"] = [
        {"name": "Mira Holt", "label": "person", "aliases": [], "sources": ["S1"],
         "role": None, "mentions": 9},  # one source of three: not in the title
        {"name": "Orrin Ferries", "label": "organization", "aliases": [],
         "sources": ["S2", "S1"], "role": None, "mentions": 2},
        {"name": "Lake Orrin", "label": "place", "aliases": [], "sources": ["S1", "S2", "S3"],
         "role": None, "mentions": 3},
        {"name": "Kestrel", "label": "organization", "aliases": [], "sources": ["S1", "S3"],
         "role": None, "mentions": 4},
    ]
    title = "Brief: Lake Orrin, Kestrel, Orrin Ferries — names most sources share"
    assert render_markdown(data).startswith(f"# {title}\n")
    # The same title whatever order the entities come in.
    data["entities"].reverse()
    assert render_markdown(data).startswith(f"# {title}\n")
    assert f"<title>{html.escape(title)}</title>" in render_html(data)
    # Names no two sources share: just "Brief".
    for ent in data["entities"]:
        ent["sources"] = ent["sources"][:1]
    assert render_markdown(data).startswith("# Brief\n")


def test_a_title_of_shared_names_is_escaped() -> None:
    data = _headless(sample_brief())
    data["entities"] = [
        {"name": "<script>alert(1)</script>", "label": "person", "aliases": [],
         "sources": ["S1", "S2"], "role": None, "mentions": 2},
    ]
    page = render_html(data)
    assert "<script>alert(1)</script>" not in page
    assert "<title>Brief: &lt;script&gt;alert(1)&lt;/script&gt; — names" in page
    assert render_markdown(data).startswith("# Brief: \\<script\\>")


def _long_dated_brief() -> dict[str, Any]:
    data = sample_brief()
    opening = "The ferry operator told shareholders, in a letter that ran to several pages " * 4
    data["timeline"][0].update(
        expression="the end of this year",
        text=opening + "that the Kestrel would be replaced by the end of this year.",
    )
    data["conflicts"][0]["sides"][1]["text"] = opening + "that the inspection was on 14 May."
    data["conflicts"][0]["sides"][1]["value"] = "14 May"
    return data


def test_a_long_timeline_row_or_conflict_side_still_shows_its_date() -> None:
    data = _long_dated_brief()
    md = render_markdown(data)
    assert "by the end of this year." in md and "— …" in md
    assert "inspection was on 14 May.”" in md
    page = render_html(data)
    assert "by the end of this year." in page and "inspection was on 14 May.”" in page
    console = Console(file=io.StringIO(), width=400, record=True)
    render_terminal(data, console)
    out = console.export_text()
    assert "end of this year." in out and "on 14 May.”" in out


def test_a_wire_credit_is_no_title_name() -> None:
    # Every source credits the same agency in its dateline ("ORRIN (Lakewire) -"): the name is
    # the most shared of all, but it says who sent the story, not what it is about.
    data = _headless(sample_brief())
    for src in data["sources"]:
        src["text"] = "ORRIN (Lakewire) - " + src["text"] + " (Lakewire Photo/Ivo Lang)"
    data["entities"] = [
        {"name": "Lakewire", "label": "organization", "aliases": [],
         "sources": ["S1", "S2", "S3"], "role": None, "mentions": 6},
        {"name": "Lake Orrin", "label": "place", "aliases": [], "sources": ["S1", "S2", "S3"],
         "role": None, "mentions": 3},
        {"name": "Kestrel", "label": "organization", "aliases": [], "sources": ["S1", "S3"],
         "role": None, "mentions": 4},
    ]
    title = "Brief: Lake Orrin, Kestrel — names most sources share"
    assert render_markdown(data).startswith(f"# {title}\n")
    # named in a sentence by one source ("told Lakewire"), it is a name of the story again
    data["sources"][0]["text"] += " The operator told Lakewire the crossing would reopen."
    assert render_markdown(data).startswith(
        "# Brief: Lakewire, Lake Orrin, Kestrel — names most sources share\n")


@pytest.mark.parametrize(
    ("expression", "shown"),
    [
        ("Dec. 17", "Dec. 17 (year not given)"),
        ("June", "June (year not given)"),
        ("12 March", "12 March (year not given)"),
        ("last May", "last May (date unresolved)"),
        ("Monday", "Monday (date unresolved)"),
    ],
)
def test_a_day_or_month_without_its_year_says_only_the_year_is_missing(
    expression: str, shown: str
) -> None:
    # "Dec. 17 (date unresolved)" reads as if the day were unknown: only the year is; a relative
    # date ("last May", "Monday") is unresolved, as it counts from an unknown article date.
    data = sample_brief()
    data["timeline"][0].update(date=None, resolved=False, expression=expression)
    assert f"- **{shown}** — " in render_markdown(data)
    assert f"<time>{shown}</time>" in render_html(data)


# --- sections with nothing found, values, quotation marks (h96render) --------------------------


def test_a_section_with_nothing_found_says_so() -> None:
    # "none found" and "not looked for" must not look alike: an empty section is shown with a
    # one-line note in Markdown and HTML; the JSON keeps its empty lists.
    data = sample_brief()
    for key in ("conflicts", "quotes", "entities", "timeline", "numbers", "problems"):
        data[key] = []
    data["claims"] = [c for c in data["claims"] if c["support"] == "single-source"]
    md = render_markdown(data)
    page = render_html(data)
    for head in ("Conflicts & disagreements", "Agreed claims", "Who said what", "Timeline",
                 "Key numbers", "Entities"):
        section = md.split(f"## {head}\n", 1)[1].split("\n## ", 1)[0]
        assert "None found." in section, head
        key = head.replace("&", "&amp;")
        html_section = page.split(f"<h2>{key}</h2>", 1)[1].split("</section>", 1)[0]
        assert "None found." in html_section, head
    assert "## Problems" not in md and "<h2>Problems</h2>" not in page
    assert '<a href="#timeline">Timeline</a>' in page


def test_only_disputed_claims_say_none_agreed() -> None:
    data = sample_brief()
    data["claims"] = [c for c in data["claims"] if c["id"] == "C2"]  # split by a conflict
    md = render_markdown(data)
    section = md.split("## Agreed claims\n", 1)[1].split("**Disputed**", 1)[0]
    assert "None found." in section
    assert "None found." in render_html(data).split("<h2>Agreed claims</h2>", 1)[1].split(
        "<h3>Disputed</h3>", 1
    )[0]


def test_interpretation_values_are_not_bold_like_figures() -> None:
    data = sample_brief()
    md = render_markdown(data)
    assert "- **2024-05-04** — " in md and "- **2,100,000** — " in md
    assert "**speculation**" not in md and "- *speculation* — " in md
    page = render_html(data)
    assert "<strong>2,100,000</strong>" in page
    assert "<strong>speculation</strong>" not in page and "<em>speculation</em> — " in page
    console = Console(file=io.StringIO(), width=200, force_terminal=True, color_system="standard")
    render_terminal(data, console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1mspeculation" not in out and "\x1b[1m2,100,000" in out


def test_entities_all_named_once_leave_no_empty_table() -> None:
    data = sample_brief()
    data["entities"] = [
        {"name": "Vell Carrow", "label": "place", "aliases": [], "sources": ["S1"],
         "role": None, "mentions": 1},
    ]
    md = render_markdown(data)
    section = md.split("## Entities\n", 1)[1].split("\n## ", 1)[0]
    assert "| Name |" not in section and "more named" not in section
    assert "None named twice or by two sources; 1 named once" in section
    html_section = render_html(data).split("<h2>Entities</h2>", 1)[1].split("</section>", 1)[0]
    assert "<table>" not in html_section and "None named twice" in html_section


def test_only_small_counts_leave_key_numbers_empty_and_say_so() -> None:
    data = sample_brief()
    data["numbers"] = [
        {**data["numbers"][0], "text": "two", "value": 2, "unit": "", "context": "two ferries"},
    ]
    md = render_markdown(data)
    section = md.split("## Key numbers\n", 1)[1].split("\n## ", 1)[0]
    assert "None found." in section and "1 small count written as words" in section
    assert "1 more small count" not in section
    page = render_html(data)
    assert '<a href="#numbers">' in page and "1 small count written as words" in page


def test_a_passage_that_opens_a_quotation_it_does_not_close_is_closed() -> None:
    assert quoted('"We will not move. ') == '"We will not move."'
    assert quoted("“We will not move.") == "“We will not move.”"
    assert quoted('"We are ready," said Wren.') == '"We are ready," said Wren.'
    assert quoted("We are ready.") == "“We are ready.”"


def test_a_title_credit_with_parentheses_is_not_nested_in_parentheses() -> None:
    data = sample_brief()
    data["sources"][0]["outlet"] = "Lakeside Courier (Online)"
    md = render_markdown(data)
    assert md.startswith(
        "# Brief: Lake Orrin ferry suspended after hull crack — headline of Lakeside Courier"
        " (Online)\n"
    )


def test_an_empty_summary_says_why_in_markdown_and_html() -> None:
    data = sample_brief()
    data["summary"] = []
    md = render_markdown(data)
    assert "## Summary\n" in md and "No summary: nothing in the sources could be cited." in md
    page = render_html(data)
    assert '<a href="#summary">' in page and "nothing in the sources could be cited" in page


# --- who is who under the summary ---------------------------------------------------------------


def _who_brief(first: str, second: str) -> dict[str, Any]:
    """The sample with a summary of two invented sentences and the entities they name."""
    data = sample_brief()
    text = _TEXTS["S1"]
    data["summary"] = [
        {"text": first, "sentence": "S1-0", "claim": "C1",
         "citations": [{"source": "S1", "start": 0, "end": 20}]},
        {"text": second, "sentence": "S1-1", "claim": "C2",
         "citations": [{"source": "S1", "start": 21, "end": min(60, len(text))}]},
    ]
    data["entities"] = [
        {"name": "Mira Holt", "label": "person", "aliases": ["Holt", "the director"],
         "sources": ["S1", "S2"], "role": "operations director of Orrin Ferries", "mentions": 3},
        {"name": "Ivo Lang", "label": "person", "aliases": ["Lang"], "sources": ["S3"],
         "role": "a naval engineer at Orrin Polytechnic", "mentions": 2},
        {"name": "Orrin Transport Authority", "label": "organization", "aliases": ["OTA"],
         "sources": ["S2"], "role": None, "mentions": 2},
        {"name": "Lake Orrin", "label": "place", "aliases": ["Orrin"], "sources": ["S1", "S2"],
         "role": None, "mentions": 4},
    ]
    return data


def test_who_is_who_glosses_short_names_the_summary_has_not_introduced() -> None:
    from synoptic.render._common import who_is_who

    data = _who_brief(
        "Ivo Lang inspected the hull on Friday, the OTA said.",
        "According to Holt, the director, repairs will take weeks; Lang agreed.",
    )
    glosses = who_is_who(data)
    # Lang was named in full first; the place's short name is no person's; the descriptor
    # "the director" is not a name: only the initialism and the surname need a gloss, in order.
    assert [(g.alias, g.name) for g in glosses] == [
        ("OTA", "Orrin Transport Authority"),
        ("Holt", "Mira Holt"),
    ]
    assert glosses[1].role == "operations director of Orrin Ferries"
    md = render_markdown(data)
    assert "**Who is who**" in md
    assert (
        "- **Holt**: Mira Holt, operations director of Orrin Ferries "
        "(S1, S2)" in md
    )
    assert md.index("**Who is who**") < md.index("**Sources cited**")
    page = render_html(data)
    assert "Who is who" in page and "Mira Holt, operations director of Orrin Ferries" in page
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_terminal(data, console)
    assert "Holt: Mira Holt, operations director of Orrin Ferries" in console.file.getvalue()


def test_who_is_who_says_nothing_when_no_name_needs_it() -> None:
    data = _who_brief(
        "Mira Holt of Orrin Ferries closed the dock.",
        "Holt said Orrin would wait.",
    )
    md = render_markdown(data)
    assert "Who is who" not in md
    assert "Who is who" not in render_html(data)
    assert "Who is who" not in render_markdown(sample_brief())


def test_who_is_who_skips_a_short_name_two_entities_could_own() -> None:
    from synoptic.render._common import who_is_who

    data = _who_brief("Holt said the ferry would wait.", "The dock stayed shut.")
    # A second Holt the sources name in full: "Holt" could be either, so no gloss at all.
    data["entities"].append({"name": "Dana Holt", "label": "person", "aliases": [],
                             "sources": ["S2"], "role": "mayor", "mentions": 1})
    assert who_is_who(data) == []


def test_who_is_who_escapes_hostile_text() -> None:
    data = _who_brief("Holt said the ferry would wait.", "The dock stayed shut.")
    payload = " ".join(HOSTILE)
    data["entities"][0]["role"] = payload
    data["entities"][0]["name"] = "Mira Holt " + payload
    page = render_html(data)
    tags = _parse(page)
    assert tags.errors == [] and tags.stack == []
    assert "script" not in tags.tags and "img" not in tags.tags and "b" not in tags.tags
    assert "<script>" not in page and "Who is who" in page
    md = render_markdown(data)
    assert r"\<script\>alert(1)\</script\>" in md and "Who is who" in md


def test_who_is_who_leaves_names_that_tell_who_they_are() -> None:
    from synoptic.render._common import who_is_who

    data = _who_brief(
        "Operations Director Holt closed the Transport Office, Tomas Wren said.",
        "Holt and Wren met the OTA.",
    )
    data["entities"] += [
        {"name": "Orrin Transport Office", "label": "organization",
         "aliases": ["Transport Office"], "sources": ["S2"], "role": None, "mentions": 2},
        {"name": "Tomas K. Wren", "label": "person", "aliases": ["Tomas Wren", "Wren"],
         "sources": ["S3"], "role": "harbour master", "mentions": 2},
    ]
    # The role stands before "Holt"; an organisation named in words is named; "Tomas K. Wren"
    # adds only an initial to "Tomas Wren", and Wren is then told. Only the initialism is left.
    assert [g.alias for g in who_is_who(data)] == ["OTA"]


def test_who_is_who_takes_another_spelling_of_a_full_name_as_the_name() -> None:
    from synoptic.render._common import who_is_who

    data = _who_brief("Mira Holte closed the dock.", "Holt said it would stay shut.")
    data["entities"][0]["aliases"] = ["Holt", "Mira Holte"]
    # "Mira Holte" is the name in another spelling, not a short name: no gloss, Holt is told.
    assert who_is_who(data) == []


def test_who_is_who_takes_an_organisation_named_in_words_as_told() -> None:
    from synoptic.render._common import who_is_who

    data = _who_brief("The Transport Authority of Orrin met.", "The OTA said the dock would shut.")
    data["entities"][2]["name"] = "Regional Transport Authority of Orrin"
    data["entities"][2]["aliases"] = ["OTA", "Transport Authority of Orrin"]
    # The summary named it in words (its canonical name adds only "Regional"): "OTA" is known.
    assert who_is_who(data) == []


def test_control_characters_in_a_file_name_are_not_written_out() -> None:
    # Article text is cleaned of controls at ingest, but a file name may hold ESC or BEL; a
    # Markdown or HTML file shown in a terminal would run them.
    data = copy.deepcopy(sample_brief())
    data["sources"][0]["path"] = "a/lake\x1b[2Jside\x07.txt"
    data["problems"] = [{"path": "a/bad\x1b]0;x\x07.txt", "kind": "binary", "message": "no"}]
    for page in (render_markdown(data), render_html(data)):
        assert not any(ch < " " and ch not in "\n\t" for ch in page)
        shown = page.replace("\\", "")  # Markdown escapes the brackets
        assert "lake\ufffd[2Jside\ufffd.txt" in shown and "bad\ufffd]0;x\ufffd.txt" in shown
