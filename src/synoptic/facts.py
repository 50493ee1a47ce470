"""The facts a brief lists beside its summary: who, who said what, when, and how much.

Filled by the stages :mod:`synoptic.stages.entities`, :mod:`~synoptic.stages.quotes`,
:mod:`~synoptic.stages.timeline` and :mod:`~synoptic.stages.numbers` (see ``docs/facts.md``).
Every item keeps character offsets into ``Source.original`` so it can be cited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from synoptic.model import Citation

EntityLabel = Literal["person", "organization", "place"]


@dataclass(slots=True, kw_only=True)
class Entity:
    """A person, organisation or place, one entry across all sources.

    ``name`` is the canonical (fullest) name; ``aliases`` are the other ways the sources refer to
    it ("Putin", "the Russian president"); ``role`` is read from the text for people.
    """

    name: str
    label: EntityLabel
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "aliases": self.aliases,
            "sources": self.sources,
            "role": self.role,
            "mentions": self.mentions,
        }


@dataclass(slots=True, kw_only=True)
class Quote:
    """A statement attributed to a speaker: a quotation (``direct``) or reported speech.

    ``source.original[start:end]`` is ``text``; ``speaker`` is an entity's canonical name (or
    the author of the piece, for its first-person statements).
    """

    speaker: str
    role: str | None
    text: str
    source: str
    direct: bool
    start: int
    end: int
    verb: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "role": self.role,
            "text": self.text,
            "source": self.source,
            "direct": self.direct,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
        }


@dataclass(slots=True, kw_only=True)
class TimelineEvent:
    """A dated event, merged across the sources that report it.

    ``date`` is ISO at its real precision ("2019", "2018-05", "2019-04-25"), or ``None`` with
    ``resolved`` false when the expression is relative and the article has no date.
    ``year_from`` is ``"cluster"`` when the article has no date and tells a day and month
    whose year the other sources' dates give (the timeline stage's step 5); else ``None``,
    and the JSON leaves the field out.
    """

    date: str | None
    text: str
    expression: str
    sources: list[str]
    citations: list[Citation]
    resolved: bool = True
    year_from: Literal["cluster"] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date,
            "resolved": self.resolved,
            "expression": self.expression,
            "text": self.text,
            "sources": self.sources,
            "citations": [c.to_dict() for c in self.citations],
        }
        if self.year_from is not None:
            out["year_from"] = self.year_from
        return out


@dataclass(slots=True, kw_only=True)
class NumberMention:
    """An amount in the text: money, a count, a duration, a percentage, a measure."""

    text: str
    value: float
    unit: str
    context: str
    source: str
    start: int
    end: int
    # The high end of a range ("between 40 and 60 people": value 40, value_high 60), else None.
    value_high: float | None = None
    # The source this mention's sentence was copied from (dedup's ``duplicate_of`` in another
    # source), so that a reprinted figure does not count as a second source.
    copy_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "context": self.context,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }
        if self.value_high is not None:
            out["value_high"] = self.value_high
        if self.copy_of is not None:
            out["copy_of"] = self.copy_of
        return out
