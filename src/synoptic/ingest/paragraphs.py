"""Paragraphs of a plain text, as offsets into it.

Scraped pages put one paragraph on a line, so a non-empty line is a paragraph. Hard-wrapped text
(e-mail, Usenet, ``fmt`` output: every line cut near a fixed width, paragraphs separated by blank
lines) is detected and its lines are joined back into paragraphs:

1. find the lines (any of ``\\n``, ``\\r\\n``, ``\\r``), trimmed of surrounding whitespace;
2. decide once per text whether it is hard-wrapped (:func:`is_hard_wrapped`);
3. if so, join a line to the next when the next line's first word would not have fitted on it
   (the line was cut because it was full); otherwise every non-empty line stands alone.

Calibration: wrapped text in the wild is cut at 60-80 columns; scraped one-line paragraphs run to
hundreds of characters, so a text whose longest line is over :data:`WRAP_MAX_WIDTH` (or under
:data:`WRAP_MIN_WIDTH`: a list of short lines) is never treated as wrapped.
:data:`WRAP_MIN_SOFT` and :data:`WRAP_MIN_BREAKS` keep a page of short header lines from being
mistaken for wrapped prose.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
WRAP_MIN_BREAKS = 3
WRAP_MIN_SOFT = 0.6
WRAP_WIDTH_PERCENTILE = 0.9

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of a text: ``text[start:end]``."""

    start: int
    end: int


def lines(text: str) -> list[Span | None]:
    """Every line of ``text`` as its trimmed span, or None for a blank line."""
    out: list[Span | None] = []
    pos = 0
    for match in [*_NEWLINE.finditer(text), None]:
        end = match.start() if match else len(text)
        out.append(_trim(text, pos, end))
        if match is None:
            break
        pos = match.end()
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _first_word_len(text: str, span: Span) -> int:
    chunk = text[span.start : span.end]
    return len(chunk.split(maxsplit=1)[0])


def _breaks(spans: list[Span | None]) -> list[tuple[Span, Span]]:
    return [(a, b) for a, b in itertools.pairwise(spans) if a and b]


def _soft(text: str, line: Span, nxt: Span, width: int) -> bool:
    return (line.end - line.start) + 1 + _first_word_len(text, nxt) > width


def wrap_width(spans: list[Span | None]) -> int:
    """The width lines were cut at: the 90th percentile of line lengths (a stray long line,
    such as a URL, does not count)."""
    lengths = sorted(s.end - s.start for s in spans if s)
    return lengths[int(WRAP_WIDTH_PERCENTILE * (len(lengths) - 1))] if lengths else 0


def is_hard_wrapped(text: str, spans: list[Span | None]) -> bool:
    """Whether ``text`` looks cut into fixed-width lines (see the module notes)."""
    width = wrap_width(spans)
    breaks = _breaks(spans)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or len(breaks) < WRAP_MIN_BREAKS:
        return False
    soft = sum(_soft(text, a, b, width) for a, b in breaks)
    return soft / len(breaks) >= WRAP_MIN_SOFT


def split_paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text`` as trimmed spans, in order."""
    spans = lines(text)
    if not is_hard_wrapped(text, spans):
        return [s for s in spans if s]
    width = wrap_width(spans)
    paragraphs: list[Span] = []
    current: Span | None = None
    prev: Span | None = None
    for span in spans:
        if span is None:
            if current:
                paragraphs.append(current)
            current = prev = None
            continue
        if current and prev and _soft(text, prev, span, width):
            current = Span(current.start, span.end)
        else:
            if current:
                paragraphs.append(current)
            current = span
        prev = span
    if current:
        paragraphs.append(current)
    return paragraphs
