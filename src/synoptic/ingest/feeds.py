"""RSS and Atom feeds: one article per entry, read with feedparser.

A feed file (``.rss``, ``.atom``, or ``.xml`` holding RSS 0.9x/1.0/2.0 or Atom) is parsed with
`feedparser <https://feedparser.readthedocs.io>`_, which copes with the many dialects and broken
feeds found in the wild and sanitises the HTML of entries (scripts, styles, event handlers are
dropped). For each entry:

- the text is its longest ``content`` (``content:encoded``, Atom ``<content>``: the full article
  where the feed carries it), else its ``summary``/``description``; HTML is turned into text by
  trafilatura (one paragraph a line), falling back to the markup's plain text when trafilatura
  finds no main text in a short fragment. ``Source.original`` is that text: citations are offsets
  into it, as for an HTML page;
- the metadata come from the feed: the entry's title, author, link and publication date (or its
  update date), and the feed's own title as the outlet.

Entries are numbered from 1 in the file's order (``feed.xml#3``). An entry without text is a
problem of its own; the other entries are still read. A file that is not a feed raises
:class:`~synoptic._errors.InputError`. The feed is handed to feedparser as bytes, never as a
string: feedparser fetches a string that looks like a URL, and nothing here goes on the network.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import feedparser
import lxml.html
import trafilatura

from synoptic._errors import InputError
from synoptic.ingest.html import clean_field
from synoptic.ingest.metadata import Metadata

FEED_SUFFIXES = (".rss", ".atom", ".xml")


@dataclass(slots=True, kw_only=True)
class Entry:
    """One entry of a feed: its 1-based number, its text and metadata, or why it has none."""

    number: int
    text: str | None
    metadata: Metadata
    problem: str | None = None


def read_feed(text: str, path: str) -> Iterator[Entry]:
    """The entries of a feed, in file order.

    Raises:
        InputError: ``not-a-feed`` when the file is neither RSS nor Atom, ``no-text`` when the
            feed has no entries.
    """
    try:
        parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")))
    except Exception as exc:  # hostile XML must not stop the batch
        raise InputError(path, "not-a-feed", f"the feed reader failed ({type(exc).__name__}); "
                         "check that the file is an RSS or Atom feed") from None
    if not parsed.get("version") and not parsed.get("entries"):
        raise InputError(path, "not-a-feed", "this file is not an RSS or Atom feed; give "
                         "articles as .txt, .html or .jsonl, or a feed as .rss, .atom or .xml")
    entries = parsed.get("entries") or []
    if not entries:
        raise InputError(path, "no-text", "the feed has no entries")
    outlet = _title(parsed.get("feed", {}))
    for number, entry in enumerate(entries, 1):
        meta = Metadata(
            title=_title(entry),
            author=clean_field(entry.get("author")),
            published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            outlet=outlet,
            url=clean_field(entry.get("link")),
        )
        body = _entry_text(entry)
        if body is None:
            yield Entry(number=number, text=None, metadata=meta,
                        problem="this feed entry has neither content nor a summary with text")
        else:
            yield Entry(number=number, text=body, metadata=meta)


def _title(item: Any) -> str | None:
    """A feed's or entry's title as text: feedparser keeps a title that holds markup as HTML
    (``Valley <b>Times</b>``, ``Tom &amp; Jerry``), which would show its tags in the brief."""
    value = item.get("title")
    kind = str((item.get("title_detail") or {}).get("type") or "text/plain")
    if isinstance(value, str) and kind in ("text/html", "application/xhtml+xml") and value.strip():
        # unparseable markup: keep the title as it came
        with contextlib.suppress(Exception):
            value = str(lxml.html.fragment_fromstring(value, create_parent="div").text_content())
    return clean_field(value)


def _entry_text(entry: Any) -> str | None:
    """The entry's longest content, else its summary, as text (``None`` if there is none)."""
    candidates = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    best = max(candidates, key=lambda c: len(c["value"]), default=None)
    if best is None or not best["value"].strip():
        detail = entry.get("summary_detail") or {}
        best = {"value": entry.get("summary") or "", "type": detail.get("type", "text/html")}
    value, kind = best["value"], str(best.get("type") or "text/html")
    text = value if kind == "text/plain" else _html_text(value)
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return text if any(ch.isalnum() for ch in text) else None


def _html_text(markup: str) -> str:
    """Text of an entry's HTML: trafilatura's main text, else every text node (a summary of one
    sentence is too short for trafilatura to call it an article)."""
    if not markup.strip():
        return ""
    try:
        found = trafilatura.extract(f"<html><body>{markup}</body></html>",
                                    include_comments=False, include_tables=False)
    except Exception:  # hostile markup: fall back to the plain text below
        found = None
    if found and found.strip():
        return str(found)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:
        return ""
    for block in root.iter("p", "div", "li", "br", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return str(root.text_content())


def _date(parsed: Any) -> str | None:
    """ISO date of a feedparser time tuple (already in UTC), or ``None``."""
    if not isinstance(parsed, time.struct_time):
        return None
    return time.strftime("%Y-%m-%d", parsed)
