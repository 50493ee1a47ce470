"""Metadata read from the text of an article: title, byline, date line, outlet.

Scraped pages open with a *head*: site furniture, the headline, a byline, a date line, then the
first paragraph of prose. The reader works in four steps:

1. the head is every paragraph before the first body paragraph (:func:`cues.is_body`), at most
   :data:`HEAD_MAX_PARAGRAPHS`; furniture lines (:func:`cues.boilerplate_kind`) are stepped over;
2. head lines are classified: a date line (``Published April 26, 2019``, ``30.04.2019``), a
   byline (``By X``, ``X, Senior Reporter``), a masthead (``THE HARBOUR LEDGER``);
3. the title is the last headline-shaped line before the first byline or date line, or else the
   first headline-shaped line of three words or more; a bare name right after it is a byline;
4. gaps are filled from cues elsewhere: ``..., writes X, <role>`` in the opening paragraphs
   (opinion pieces), ``© 2019 X``, ``Copyright X``, ``updates from X`` for the outlet.

Fields given by the input (HTML metadata, JSON Lines fields) always win over what the text says.
Dates are parsed by :mod:`dateparser` with a fixed base date and all parts required, and only
after a pattern has found a full day-month-year, so nothing is ever guessed relative to "now".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from synoptic.ingest import cues
from synoptic.ingest.cues import lexicon
from synoptic.ingest.paragraphs import Span

HEAD_MAX_PARAGRAPHS = 20
# Opening body paragraphs searched for a "..., writes X" author cue.
WRITES_CUE_PARAGRAPHS = 3
# Lines read for copyright / "updates from X" outlet cues, from each end of the text.
OUTLET_CUE_LINES = 12

_I = re.IGNORECASE
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2[01])\d\d"
_DATE = (
    rf"(?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})"
    rf"|(?P<mdy>{_MONTH}\s+{_DAY},?\s+{_YEAR})"
    rf"|(?P<dots>\d{{1,2}}\.\d{{1,2}}\.{_YEAR})"
    rf"|(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})"
    rf"|(?P<slash>\d{{1,2}}/\d{{1,2}}/{_YEAR})"
)
_DATE_CUE = r"(?:published|posted|updated|last updated|first published|date|dated|released)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)"
_DATE_LINE = re.compile(
    rf"^(?:{_DATE_CUE}\s*(?:on\s*)?:?\s*)?{_WEEKDAY}?(?:{_DATE}){_TIME}?\s*$", _I)
_BY = re.compile(
    r"^(?:by|written by|words by|text by|posted by|reporting by|authors?\s*:)\s*(?P<rest>.+)$", _I)
_BYLINE_SEP = re.compile(r"\s+[|•·—–]\s+|\s+-\s+")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_WRITES = re.compile(
    r"[,;:—–-]\s*writes\s+(?:(?:professor|prof\.|dr\.?|mr\.?|mrs\.?|ms\.?)\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al|da|di|le|la)){1,3})")
_OUTLET_CUE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:1[89]|2[01])\d\d(?:\s*[-–]\s*\d{2,4})?\s*)?"
    r"(?P<a>[A-Z][^.|,;]{1,60})|updates from\s+(?P<b>[A-Z][^.|,;!]{0,60})", _I)
_CORPORATE = re.compile(
    r"(?:\s+(?:ltd|limited|inc|llc|plc|gmbh|corp|corporation|co|s\.a|ag|media|group|holdings|"
    r"publishing|publications|company))+\.?$", _I)
ROLE_WORDS = lexicon(
    "correspondent reporter editor analyst writer staff columnist contributor fellow professor "
    "lecturer director researcher journalist chief head senior associate bureau desk economist "
    "expert scholar member author commentator producer presenter anchor intern"
)
_RELATIVE_BASE = datetime(2000, 1, 1)


@dataclass(slots=True, kw_only=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def filled_from(self, other: Metadata) -> Metadata:
        """This metadata with its gaps filled from ``other``."""
        return Metadata(
            title=self.title or other.title,
            author=self.author or other.author,
            published=self.published or other.published,
            outlet=self.outlet or other.outlet,
            url=self.url or other.url,
        )


@dataclass(slots=True, kw_only=True)
class Reading:
    """What the reader found: metadata, and which paragraphs it consumed (index -> detail)."""

    metadata: Metadata
    consumed: dict[int, str] = field(default_factory=dict)


# -- dates ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # slow to import: only when a date is actually parsed

    return dateparser


def _dateparse(text: str, order: str) -> str | None:
    settings = {
        "DATE_ORDER": order,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": _RELATIVE_BASE,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def _numeric(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """A full date written in ``text`` as ``YYYY-MM-DD``, or None when it has no full date.

    ``30.04.2019`` is day.month.year; ``04/05/2019`` is read only when unambiguous (one part is
    over 12), since the US and European orders disagree.
    """
    match = re.search(_DATE, text, _I)
    if match is None:
        return None
    kind = match.lastgroup
    found = match.group(0)
    if kind == "iso":
        year, month, day = (int(p) for p in found.split("-"))
        return _numeric(day, month, year)
    if kind in ("dots", "slash"):
        a, b, year = (int(p) for p in re.split(r"[./]", found))
        if kind == "slash" and a <= 12 and b <= 12 and a != b:
            return None
        day, month = (a, b) if kind == "dots" or a > 12 else (b, a)
        return _numeric(day, month, year)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", found.replace(" of ", " "), flags=_I)
    return _dateparse(cleaned, "DMY" if kind == "dmy" else "MDY")


def normalize_date(value: str | None) -> str | None:
    """A date field (``2019-04-26T10:00:00Z``, ``April 26, 2019``...) as ``YYYY-MM-DD``."""
    if not value or not re.search(_YEAR, value):
        return None
    value = value.strip()
    if re.match(rf"^{_YEAR}-\d{{2}}-\d{{2}}", value):
        return _numeric(int(value[8:10]), int(value[5:7]), int(value[:4]))
    return parse_date(value)


def date_line(text: str) -> str | None:
    """The date of a line that is only a date (with an optional cue and time), else None.

    A line of parts (``Published 2 May 2024 | Updated 3 May 2024``) gives its first date.
    """
    line = " ".join(text.split())
    if len(line) > 120:
        return None
    parts = _BYLINE_SEP.split(line)
    if not all(_DATE_LINE.match(part) for part in parts):
        return None
    return parse_date(parts[0])


def _date_part(text: str) -> str | None:
    """The date in one part of a byline line (``By X | 2 May 2024``), if any."""
    parts = _BYLINE_SEP.split(" ".join(text.split()))[1:]
    return next((d for part in parts if (d := date_line(part))), None)


# -- people and outlets -----------------------------------------------------------------------

def _names(part: str) -> list[str]:
    names = []
    for piece in _NAME_SPLIT.split(part.strip().rstrip(".")):
        if not piece:
            continue
        if any(w.lower() in ROLE_WORDS for w in piece.split()):
            break
        name = cues.person_name(piece)
        if name is None:
            break
        names.append(name)
    return names


def byline(text: str, *, bare: bool = False) -> str | None:
    """The author(s) of a byline line, or None.

    Forms: ``By X``, ``By X and Y | date``, ``X, Senior Reporter``; with ``bare=True`` also a
    line that is only a name (used right under a title).
    """
    line = " ".join(text.split())
    if len(cues.words(line)) > 16:
        return None
    match = _BY.match(line)
    rest = match.group("rest") if match else line
    first = _BYLINE_SEP.split(rest)[0]
    names = _names(first)
    if not names:
        return None
    if not match:
        pieces = _NAME_SPLIT.split(first.strip().rstrip("."))
        has_role = len(pieces) > len(names) and any(
            w.lower() in ROLE_WORDS for w in pieces[len(names)].split()
        )
        if not (has_role or (bare and len(pieces) == len(names) == 1)):
            return None
    return " and ".join(names) if len(names) <= 2 else ", ".join(names)


def writes_cue(text: str) -> str | None:
    """The author named by an opinion-piece cue: ``..., writes Jane Doe, senior fellow at X``."""
    match = _WRITES.search(text)
    if match is None:
        return None
    return cues.person_name(match.group("name"))


def outlet_cue(text: str) -> str | None:
    """An outlet named by ``© 2019 X``, ``Copyright X`` or ``updates from X``, else None."""
    match = _OUTLET_CUE.search(text)
    if match is None:
        return None
    name = (match.group("a") or match.group("b") or "").strip()
    name = re.split(r"\s+(?:all rights|terms|privacy)\b", name, flags=_I)[0].strip()
    stripped = _CORPORATE.sub("", name).strip()
    name = stripped if len(stripped.split()) >= 1 and stripped else name
    if not name or len(name.split()) > 6 or not name[0].isupper():
        return None
    return name


# -- the reader -------------------------------------------------------------------------------

def _head(texts: list[str]) -> list[int]:
    head = []
    for i, text in enumerate(texts[:HEAD_MAX_PARAGRAPHS]):
        if cues.is_body(text) and cues.furniture_kind(text) is None:
            break
        head.append(i)
    return head


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(cues.words(s)).lower()

    return bool(norm(a)) and norm(a) == norm(b)


def _classify_head(texts: list[str], head: list[int], found: Metadata, reading: Reading) -> None:
    for i in head:
        text = texts[i]
        if cues.furniture_kind(text) is not None:
            continue
        if (when := date_line(text)) is not None:
            found.published = found.published or when
            reading.consumed[i] = "metadata: date"
        elif (who := byline(text)) is not None:
            found.author = found.author or who
            found.published = found.published or _date_part(text)
            reading.consumed[i] = "metadata: byline"
        elif (outlet := cues.outlet_name(text)) is not None:
            found.outlet = found.outlet or outlet
            reading.consumed[i] = "metadata: outlet"


def _pick_title(texts: list[str], head: list[int], consumed: dict[int, str]) -> int | None:
    # A title needs text under it: the last paragraph of a text is never taken as one.
    free = [i for i in head
            if i not in consumed and i < len(texts) - 1 and cues.is_headline(texts[i])]
    anchors = [i for i in head if consumed.get(i) in ("metadata: date", "metadata: byline")]
    if anchors:
        before = [i for i in free if i < anchors[0]]
        if before:
            return before[-1]
    long_enough = [i for i in free if len(cues.words(texts[i])) >= 3]
    return long_enough[0] if long_enough else None


def _read_title(texts: list[str], head: list[int], known: Metadata, found: Metadata,
                reading: Reading) -> None:
    if known.title:
        for i in head[:3] if head else range(min(1, len(texts))):
            if i not in reading.consumed and _same(texts[i], known.title):
                reading.consumed[i] = "metadata: title"
                break
        return
    index = _pick_title(texts, head, reading.consumed)
    if index is None:
        return
    found.title = " ".join(texts[index].split())
    reading.consumed[index] = "metadata: title"
    nxt = next((i for i in head if i > index and i not in reading.consumed), None)
    if nxt is not None and not found.author and (who := byline(texts[nxt], bare=True)):
        found.author = who
        reading.consumed[nxt] = "metadata: byline"


def _fill_from_body(texts: list[str], found: Metadata, consumed: dict[int, str]) -> None:
    if not found.author:
        body = [t for i, t in enumerate(texts) if i not in consumed and cues.is_body(t)]
        for text in body[:WRITES_CUE_PARAGRAPHS]:
            if who := writes_cue(text):
                found.author = who
                break
    if not found.outlet:
        ends = texts[:OUTLET_CUE_LINES] + texts[-OUTLET_CUE_LINES:]
        for text in ends:
            if cues.furniture_kind(text) is not None and (name := outlet_cue(text)):
                found.outlet = name
                break


def read_metadata(text: str, paragraphs: list[Span], known: Metadata | None = None) -> Reading:
    """Read title, author, date and outlet from ``text`` (see the module docstring).

    Args:
        text: the article's original text.
        paragraphs: its paragraphs (offsets into ``text``).
        known: fields the input gave (HTML metadata, JSON Lines); they win over the text.

    Returns:
        The merged metadata and the paragraphs consumed as metadata lines.
    """
    known = known or Metadata()
    texts = [text[p.start : p.end] for p in paragraphs]
    head = _head(texts)
    found = Metadata()
    reading = Reading(metadata=found)
    _classify_head(texts, head, found, reading)
    _read_title(texts, head, known, found, reading)
    merged = replace(known).filled_from(found)
    _fill_from_body(texts, merged, reading.consumed)
    reading.metadata = merged
    return reading
