"""The one document model that flows through every stage.

A :class:`Brief` is created by the ingest step with its :class:`Source` list and is then filled in,
stage by stage (see :mod:`synoptic.pipeline`). Every piece of text the brief shows carries
character offsets into ``Source.original``, the source's own decoded text, so that
``source.original[start:end]`` is exactly the cited passage.

Offsets, per input kind:

- ``.txt``: the file's decoded text;
- ``.html``/``.htm``: the text trafilatura extracted from the page (the markup is not kept);
- ``.jsonl``: the line's ``text`` field (or the text extracted from its ``html`` field);
- ``.rss``/``.atom``/``.xml`` feeds: the text of the entry's content or summary (HTML turned
  into text, one paragraph a line).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

RemovalReason = Literal["boilerplate", "repeated", "copied"]
Support = Literal["consensus", "corroborated", "single-source"]
InputKind = Literal["text", "html", "jsonl", "feed"]

SCHEMA_VERSION = "1.2"


@dataclass(slots=True, kw_only=True, frozen=True)
class Citation:
    """A passage of one source: ``brief.source(source).original[start:end]``."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end}


@dataclass(slots=True, kw_only=True)
class Removed:
    """A passage the clean or dedup stage took out of a source, and why."""

    text: str
    reason: RemovalReason
    start: int
    end: int
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "detail": self.detail,
        }


@dataclass(slots=True, kw_only=True)
class Paragraph:
    """A kept paragraph, by offsets into ``Source.original``."""

    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class Sentence:
    """A sentence of a source, with offsets into ``Source.original``.

    ``duplicate_of`` is set by the dedup stage when the same or nearly the same sentence was
    already seen (in this source or, for copied text, in another one); such a sentence is still
    a citable passage but never counts as independent support.
    """

    id: str
    source: str
    start: int
    end: int
    text: str
    paragraph: int
    index: int
    duplicate_of: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())

    def citation(self) -> Citation:
        return Citation(source=self.source, start=self.start, end=self.end)


@dataclass(slots=True, kw_only=True)
class Source:
    """One article: its original text, metadata, what cleaning removed, and its sentences."""

    id: str
    path: str
    kind: InputKind
    original: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    # Offsets of the article body inside ``original`` once metadata lines are read; the clean
    # stage narrows this down to ``paragraphs``.
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The cleaned text: kept paragraphs, minus passages removed as repeated or copied."""
        cut = sorted((r.start, r.end) for r in self.removed if r.reason in ("repeated", "copied"))
        parts: list[str] = []
        for para in self.paragraphs:
            chunk = _cut_spans(self.original, para.start, para.end, cut).strip()
            if chunk:
                parts.append(chunk)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "kind": self.kind,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "text": self.text,
            "original": self.original,
            "removed": [r.to_dict() for r in sorted(self.removed, key=lambda r: r.start)],
        }


def _cut_spans(text: str, start: int, end: int, cut: list[tuple[int, int]]) -> str:
    out: list[str] = []
    pos = start
    for cs, ce in cut:
        if ce <= pos or cs >= end:
            continue
        out.append(text[pos:cs])
        pos = max(pos, ce)
    out.append(text[pos:end])
    return " ".join(p.strip() for p in out if p.strip())


@dataclass(slots=True, kw_only=True)
class Claim:
    """An information unit: sentences from one or more sources that say the same thing."""

    id: str
    text: str
    sentences: list[str]
    sources: list[str]
    citations: list[Citation]
    independent_sources: int
    support: Support = "single-source"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "sources": self.sources,
            "independent_sources": self.independent_sources,
            "support": self.support,
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(slots=True, kw_only=True)
class SummarySentence:
    """A summary sentence: one source sentence, whole or compressed, citing every passage that
    carries it.

    ``fragments`` are the pieces of the source sentence (``sentence``) the text is made of, in
    order: joining their whitespace-normalised texts with one space (none before a piece that
    opens on ``. , ; : ! ?``) gives ``text`` exactly
    (:func:`synoptic.stages.compress.join_fragments`). A whole sentence is one fragment.
    """

    text: str
    sentence: str
    claim: str
    citations: list[Citation]
    fragments: list[Citation] = field(default_factory=list)
    # Ids of the conflicts this sentence is one side of: the summary says so instead of stating
    # a disputed date or figure as settled.
    disputed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentence": self.sentence,
            "claim": self.claim,
            "citations": [c.to_dict() for c in self.citations],
            "fragments": [f.to_dict() for f in self.fragments],
            "disputed": self.disputed,
        }


@dataclass(slots=True, kw_only=True)
class Problem:
    """An input that could not be briefed (or only in part), with a message for the user."""

    path: str
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "message": self.message}


@dataclass(slots=True, kw_only=True)
class Brief:
    """The cited multi-source brief; the object every stage reads and fills in."""

    sources: list[Source]
    words: int
    problems: list[Problem] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    # Filled by the fact and agreement stages; each item is a dataclass with ``to_dict()``.
    conflicts: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    entities: list[Any] = field(default_factory=list)
    timeline: list[Any] = field(default_factory=list)
    numbers: list[Any] = field(default_factory=list)
    # Per source: what it adds, how much of it is shared, its stance (the profiles stage).
    profiles: list[Any] = field(default_factory=list)
    # Conflicts the optional judge dismissed (synoptic.stages.judge); serialised only if any.
    dismissed_conflicts: list[Any] = field(default_factory=list)
    # Working state, never serialised: one row per entry of ``self.sentences()``.
    embeddings: np.ndarray | None = None
    # spaCy ``Doc`` per kept paragraph, by source id (set by segment, read by the fact stages).
    docs: dict[str, list[Any]] = field(default_factory=dict)
    # Per sentence id: the ids of other sources' sentences on the same point by align's looser
    # test (topic and wording, not necessarily the same information). The summary's salience and
    # redundancy signal; claims and citations use the strict test.
    echoes: dict[str, set[str]] = field(default_factory=dict)

    def source(self, source_id: str) -> Source:
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def sentences(self) -> list[Sentence]:
        """All sentences of all sources, in source then text order (the embedding row order)."""
        return [s for src in self.sources for s in src.sentences]

    def to_dict(self) -> dict[str, Any]:
        dismissed = {"dismissed_conflicts": _dicts(self.dismissed_conflicts)}
        return {
            "schema_version": SCHEMA_VERSION,
            "words": self.words,
            "sources": [s.to_dict() for s in self.sources],
            "summary": [s.to_dict() for s in self.summary],
            "claims": [c.to_dict() for c in self.claims],
            "conflicts": _dicts(self.conflicts),
            "quotes": _dicts(self.quotes),
            "entities": _dicts(self.entities),
            "timeline": _dicts(self.timeline),
            "numbers": _dicts(self.numbers),
            "profiles": _dicts(self.profiles),
            **(dismissed if self.dismissed_conflicts else {}),
            "problems": [p.to_dict() for p in self.problems],
        }

    def to_json(self) -> str:
        """The brief as JSON (the contract in ``synoptic/data/brief.schema.json``)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _dicts(items: list[Any]) -> list[Any]:
    return [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
