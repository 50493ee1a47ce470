"""Paragraphs of a plain text, as offsets into it.

Scraped pages put one paragraph on a line, so a non-empty line is a paragraph. Hard-wrapped text
(e-mail, Usenet, ``fmt`` output: every line cut near a fixed width, paragraphs separated by blank
lines) is detected and its lines are joined back into paragraphs:

1. find the lines (any of ``\\n``, ``\\r\\n``, ``\\r``), trimmed of surrounding whitespace;
2. decide once per text whether it is hard-wrapped (:func:`is_hard_wrapped`);
3. if so, join a line to the next when the next line's first word would not have fitted on it
   (the line was cut because it was full); otherwise every non-empty line stands alone.

Text turned out of a PDF, or a wrapped page copied with a blank line after every line, gives one
*line* a paragraph, cut mid-sentence. When the text is not hard-wrapped (step 3), a line is
joined to the next (:func:`_goes_on`) when it was cut: it is as long as a wrapped line
(:data:`JOIN_MIN_CHARS`-:data:`WRAP_MAX_WIDTH` characters), does not end like a sentence or a
list intro (``:``), and the next line goes on in lower case, or the cut line ends on a function
word ("of", "the", "to") and the next goes on with a capital, not in title case, on a line no
longer than a wrapped one (a headline ending on "in" or "for" is not joined to a lede of one
long line). A byline, a headline in title case and a line cleaning removes as furniture
(:func:`cues.boilerplate_kind`; paragraphs are made before cleaning) are never joined, nor is a
list item to the line above it (an item's own wrapped text does join it). The joined paragraph
spans both lines, blank line included, so offsets stay exact.

A paragraph longer than :data:`MAX_PARAGRAPH_CHARS` (a page saved on one line, a data dump) is
cut into pieces of at most that length, after the last sentence end that fits, else between
words (:func:`_cut_long`): no news paragraph is that long, and the parser refuses texts of a
million characters and needs memory in proportion to a paragraph's length.

A Markdown blockquote marker opening a line (``> text``, ``>> text``) is markup: the line starts
after it (not before a digit, where ``> 50`` means "more than 50").

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

from synoptic.ingest import cues

WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
WRAP_MIN_BREAKS = 3
WRAP_MIN_SOFT = 0.6
WRAP_WIDTH_PERCENTILE = 0.9
# A line of a PDF or a wrapped page cut mid-sentence has at least this many characters (list
# items, nav labels and captions given one a line are mostly shorter).
JOIN_MIN_CHARS = 40
# The longest paragraph kept whole (news paragraphs run to a few thousand characters at most).
MAX_PARAGRAPH_CHARS = 10_000

_NEWLINE = re.compile(r"\r\n|\r|\n")
_BLOCKQUOTE = re.compile(r">+[ \t]+(?!\d)")
# A list item opens with these ("- x", "* x", "• x", "1. x", "(a) x"), a byline with "By ".
_ITEM = re.compile(r"[-*•·–—]\s|\(?\d{1,3}[.)]\s|\([a-z]\)\s")
_BYLINE = re.compile(r"By\s")


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
    if (marker := _BLOCKQUOTE.match(text, start, end)) is not None:
        start = marker.end()
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
    return [piece for span in _paragraphs(text) for piece in _cut_long(text, span)]


# Where a long paragraph may be cut: after a sentence end, else at any white space.
_SENTENCE_GAP = re.compile(r"(?<=[.!?…\"'”’)])\s+")
_GAP = re.compile(r"\s+")


def _cut_long(text: str, span: Span) -> list[Span]:
    """``span`` cut into pieces of at most :data:`MAX_PARAGRAPH_CHARS` (see the module notes)."""
    pieces: list[Span] = []
    start = span.start
    while span.end - start > MAX_PARAGRAPH_CHARS:
        limit = start + MAX_PARAGRAPH_CHARS
        cut = None
        for pattern in (_SENTENCE_GAP, _GAP):
            gaps = [m for m in pattern.finditer(text, start + 1, limit + 1) if m.start() > start]
            if gaps:
                cut = gaps[-1]
                break
        end, nxt = (cut.start(), cut.end()) if cut else (limit, limit)
        pieces.append(Span(start, end))
        start = nxt
    pieces.append(Span(start, span.end))
    return pieces


def _paragraphs(text: str) -> list[Span]:
    spans = lines(text)
    if not is_hard_wrapped(text, spans):
        return _rejoin(text, [s for s in spans if s])
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


def _cut(line: str) -> bool:
    """A line that may have been cut mid-sentence (see the module notes)."""
    return (
        JOIN_MIN_CHARS <= len(line) <= WRAP_MAX_WIDTH
        and "\n" not in line
        and not cues.ends_sentence(line)
        and not line.endswith((":", ";"))
        and _BYLINE.match(line) is None
        and cues.boilerplate_kind(line) is None
        and not _title_case(line)
    )


def _title_case(line: str) -> bool:
    """A headline in title case: opens with a capital, 80% of its content words do, and it does
    not end on a function word."""
    tokens = line.split()
    content = [w for w in tokens if w.isalpha() and w.lower() not in cues.DANGLING]
    capitals = sum(w[0].isupper() for w in content)
    # A headline does not end on "for" or "the"; a cut line of prose naming offices may.
    cut_short = tokens[-1].lower() in cues.DANGLING
    return (line[:1].isupper() and not cut_short and len(content) >= 3
            and capitals >= 0.8 * len(content))


def _goes_on(line: str, nxt: str) -> bool:
    """Whether ``nxt`` goes on with the sentence ``line`` was cut in."""
    if not _cut(line) or _ITEM.match(nxt) or cues.boilerplate_kind(nxt) is not None:
        return False
    if nxt[:1].islower():
        return True
    # Cut after a function word, the next line goes on with a capital ("... into the" /
    # "Board's inquiry"), not with a digit (a footnote) nor in title case (a headline, a
    # running header in capitals). The next line is itself of wrapped width: a headline
    # ending on a particle ("... with new rates kicking in", "What to watch for") stands over
    # a lede of one long line, which no wrap made.
    last = line.split()[-1].lstrip("\"'“‘(?")
    return (last.islower() and last in cues.DANGLING and nxt[:1].isupper()
            and not _title_case(nxt) and len(nxt) <= WRAP_MAX_WIDTH)


def _rejoin(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    last: Span | None = None  # the last line of out[-1]
    for span in spans:
        if out and last and _goes_on(text[last.start : last.end], text[span.start : span.end]):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
        last = span
    return out
