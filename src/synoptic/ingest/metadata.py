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

# Consent banners and long nav menus can put 30 lines above the title.
HEAD_MAX_PARAGRAPHS = 40
# A title has at least this many words when a longer line is there (nav labels have 1-3); a
# line of this many words or more right under a shorter headline is its standfirst.
TITLE_MIN_WORDS = 4
STANDFIRST_MIN_WORDS = 12
# A byline or date line at most this many paragraphs under a standfirst still belongs to the head.
STANDFIRST_GAP = 6
# A standfirst (or a title written as a sentence) has at most this many words: a newsletter's
# title and subtitle can both be sentences above the name and date.
STANDFIRST_MAX_WORDS = 45
# A sub-headline under a headline (both in sentence case) has at least this many words.
DECK_MIN_WORDS = 8
# A page's own headline repeated as the running header of a document turned into text is on at
# least this many pages.
RUNNING_TITLE_PAGES = 2
# Opening body paragraphs searched for a "..., writes X" author cue.
WRITES_CUE_PARAGRAPHS = 3
# Lines read for copyright / "updates from X" outlet cues, from each end of the text.
OUTLET_CUE_LINES = 12
# A bare line of at most this many names (no "By") may be a byline: "Jane Doe, John Roe".
BARE_NAMES_MAX = 3

_I = re.IGNORECASE
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
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
# (a full stop may close the date before the time and the line: "April 21, 2022. 10:11 pm CST.")
_TIME = (
    r"(?:[,.]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?\.?)"
)
# "Updated 2 hours ago" after a date, as wire pages print it on the same line.
_RELATIVE_TAIL = (
    r"(?:\s+(?:updated|last updated)\s+(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|"
    r"days?)\s+ago)?"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?"
_DATE_LINE = re.compile(
    rf"^(?:{_DATE_CUE}\s*(?:on\s*)?:?\s*)?(?:{_CLOCK},?\s+)?{_WEEKDAY}?(?:{_DATE}){_TIME}?"
    rf"{_RELATIVE_TAIL}\s*$",
    _I,
)
# A part of a date line that says nothing about the date: "9 min read", "Updated 3 hours ago".
_DATE_LINE_EXTRA = re.compile(
    r"^(?:\d+\s+min(?:ute)?s?(?:\s+read)?|(?:updated|last updated|published)?\s*(?:\d+|an?)\s+"
    r"(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}\)?)?)\s*$",
    _I,
)
# A live page's byline marks who is writing now: "Jane Doe (now) and John Roe (earlier)".
_BYLINE_NOTE = re.compile(r"\s*\((?:now|earlier|later|before|until \S+|from \S+)\)", _I)
# A line that credits a document's maker is not its title: "Prepared by X for Y".
_MAKER_LINE = re.compile(
    r"^(?:prepared|produced|commissioned|compiled|issued|written|edited)\s+(?:by|for)\b", _I
)
# A line wholly in brackets is a programme or section label ("(News 12 at 11)", "[Updated]"),
# never the title.
_BRACKETED = re.compile(r"^\([^()]*\)$|^\[[^\[\]]*\]$")
# An issuer given as a label and a value, on one line or two: "From: Department for X and The
# Rt Hon Jane Doe MP"; a post's publication on a blogging platform: "Published in X".
_ISSUER_LABEL = re.compile(
    r"^(?:from\s*:|(?:issued by|published by|published in)\s*:?)\s*(?P<rest>.*)$", _I
)
# A date cue as a label, its date on the next line.
_DATE_CUE_LINE = re.compile(rf"^{_DATE_CUE}\s*:?$", _I)
# A follow button right under a name: the name is the author's.
_FOLLOW = re.compile(r"^(?:follow|following|\+ follow|follow \+)$", _I)
_BY = re.compile(
    # "Written by: Jane Doe": a colon may follow the cue
    r"^(?:(?:by|written by|words by|text by|posted by|story by|reporting by)\s*:?|authors?\s*:)\s*"
    r"(?P<rest>.+)$",
    _I,
)
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\.?\s+", _I)
_BYLINE_SEP = re.compile(r"\s+[|•·—–]\s+|\s+-\s+")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_JOINED = re.compile(r"\band\b|&", _I)
_WRITES = re.compile(
    r"[,;:—–-]\s*writes\s+(?:(?:professor|prof\.|dr\.?|mr\.?|mrs\.?|ms\.?)\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al|da|di|le|la)){1,3})"
)
_OUTLET_CUE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:1[89]|2[01])\d\d(?:\s*[-–]\s*\d{2,4})?\s*)?"
    # "Copyright 2017 by X - All rights reserved", "Copyright 2014 X (Owner Corp.)"
    r"(?:by\s+)?(?P<a>[A-Z][^.|,;()]{1,60}?)(?=\s+[-–—]\s|\s*\(|[.|,;]|$)"
    r"|updates from\s+(?P<b>[A-Z][^.|,;!]{0,60})",
    _I,
)
# An agency's dateline opening the article: "KALLBY, Finland (Lake Wire) — ...", "(Wire) ...",
# "MONDAY, May 5, 2025 (Health Wire) -- ...": the place and date in capitalised words, the
# agency in parentheses, then a dash or the first sentence (or nothing: a dateline alone).
_AGENCY_DATELINE = re.compile(
    r"^(?:(?-i:[A-Z0-9])[\w.'’-]*,?(?:\s+(?-i:[A-Z0-9])[\w.'’-]*,?){0,6}\s+)?"
    r"\((?P<agency>(?-i:[A-Z])[\w&.'’/ -]{1,30}?)\)\s*(?:--|[-—–])?\s*(?=(?-i:[A-Z])|[\"“‘']|$)"
)
# Parentheses at the start that hold a credit or a note, not an agency.
_NOT_AGENCY = re.compile(r"\b(?:photos?|video|image|file|update[sd]?|watch|audio|pictured)\b", _I)
# A press release's issuer, printed by the wire service under it: "SOURCE Lake Ferries plc".
_SOURCE_CUE = re.compile(r"^SOURCE\s+(?P<name>[A-Z][^.|;]{1,60})$")
# A dateline opening the first paragraph: "KALLBY, Finland, March 6, 2025 /Wire/ -- ...".
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*){{0,2}},\s*(?P<date>(?i:{_MONTH})\s+{_DAY},?\s+"
    rf"{_YEAR}|{_DAY}\s+(?i:{_MONTH})\s+{_YEAR})\b\s*(?:/[^/]{{1,40}}/|\([^()]{{1,40}}\))?\s*(?:--|[-—–])"
)
_CORPORATE = re.compile(
    r"(?:\s+(?:ltd|limited|inc|llc|plc|gmbh|corp|corporation|co|s\.a|ag|media|group|holdings|"
    r"publishing|publications|company))+\.?$",
    _I,
)
# Words that open a role after a name without a comma ("Jane Doe Environment correspondent"):
# the beat or rank before the role word.
BEAT_WORDS = lexicon(
    "environment environmental political politics business economics economy health science "
    "technology tech education transport crime security defence defense diplomatic foreign home "
    "world international national local regional sports sport arts culture energy climate labour "
    "labor industry legal courts court data investigations investigative consumer media social "
    "affairs north south east west city deputy executive managing contributing staff special "
    "europe africa asia americas middle"
)
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
    # a phrase in capitals over the headline: the outlet only when nothing else names one
    kicker: str | None = None


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
    parts = [p for p in _BYLINE_SEP.split(line) if not _DATE_LINE_EXTRA.match(p)]
    if not parts or not all(_DATE_LINE.match(part) for part in parts):
        return None
    return parse_date(parts[0])


def _date_part(text: str) -> str | None:
    """The date in one part of a byline line (``By X | 2 May 2024``), if any."""
    parts = _BYLINE_SEP.split(" ".join(text.split()))[1:]
    return next((d for part in parts if (d := date_line(part))), None)


# -- people and outlets -----------------------------------------------------------------------


def _role_start(tokens: list[str]) -> int | None:
    """Where a role begins in ``Jane Doe Environment correspondent`` (2 here), if it does."""
    for i in range(2, len(tokens)):
        if tokens[i].lower() in ROLE_WORDS | BEAT_WORDS and any(
            t.lower() in ROLE_WORDS for t in tokens[i:]
        ):
            return i
    return None


def _names(part: str) -> list[str]:
    names = []
    for piece in _NAME_SPLIT.split(part.strip().rstrip(".")):
        piece = _HONORIFIC.sub("", piece.strip())
        if not piece:
            continue
        if any(w.lower() in ROLE_WORDS for w in piece.split()):
            start = _role_start(piece.split())  # "Jane Doe Environment correspondent"
            if start is not None and (name := cues.person_name(" ".join(piece.split()[:start]))):
                names.append(name)
            break
        name = cues.person_name(piece)
        if name is None:
            break
        names.append(name)
    return names


# First words of a place's name, which a byline may give after the comma ("By Jane Doe, New
# York"): a place is no second author.
_PLACE_START = lexicon("new san santa los las el la le saint st st. fort port mount north south "
                       "east west upper lower greater central")
# Words of a role or of a body that the byline's comma may put after the name besides
# :data:`ROLE_WORDS` ("Communications Officer", "Press Secretary", "Harbour Union").
_OTHER_ROLES = lexicon("officer manager spokesperson spokesman spokeswoman secretary assistant "
                       "coordinator president chair adviser advisor consultant specialist team "
                       "office department unit service union association society foundation "
                       "trust group party league federation company bank college school church "
                       "museum alliance coalition board commission authority institute council")


def _second_author(piece: str) -> bool:
    """Whether the words after the comma of ``By Jane Doe, X`` are a second author: a person's
    name with no word of an outlet's (``Lake Post``, ``Press Union``), a role's or a place's."""
    tokens = piece.split()
    lower = [t.lower().strip(".'’") for t in tokens]
    return (
        cues.person_name(piece.strip()) is not None
        and not any(t in cues.OUTLET_WORDS or t in ROLE_WORDS | BEAT_WORDS | _OTHER_ROLES
                    for t in lower)
        and not any(t.lower() in cues.GENERIC_OUTLET for t in tokens)
        and lower[0] not in _PLACE_START
    )


def byline(text: str, *, bare: bool = False) -> str | None:
    """The author(s) of a byline line, or None.

    Forms: ``By X``, ``By X and Y | date``, ``X, Senior Reporter``; with ``bare=True`` also a
    line that is only a name (used right under a title).
    """
    line = " ".join(text.split())
    noted = _BYLINE_NOTE.search(line) is not None  # "(now)" marks a byline as "By" does
    line = _BYLINE_NOTE.sub("", line)
    if len(cues.words(line)) > 16:
        return None
    match = _BY.match(line)
    rest = match.group("rest") if match else line
    first = _BYLINE_SEP.split(rest)[0]
    names = _names(first)
    if not names:
        return None
    if (
        match
        and len(names) == 2
        and first.count(",") == 1
        and not _JOINED.search(first)
        and not _second_author(first.split(",")[1])
    ):
        # "By Jane Doe, Press Union" / "Written by Jane Doe, Communications Officer": after
        # "By", a single comma with no "and" puts an outlet, a role or a place after the name;
        # the title-cased words are not a second name unless they read as one (below).
        names = names[:1]
    if not match and not noted:
        pieces = [_HONORIFIC.sub("", p) for p in _NAME_SPLIT.split(first.strip().rstrip("."))]
        has_role = any(w.lower() in ROLE_WORDS for w in " ".join(pieces[len(names) - 1 :]).split())
        # A bare line of names only ("Jane Doe, John Roe" on a think tank's page) is a byline
        # where a lone name is (under a title, above a date: the caller checks).
        only_names = len(pieces) == len(names) <= BARE_NAMES_MAX
        if not (has_role or (bare and only_names)):
            return None
    return " and ".join(names) if len(names) <= 2 else ", ".join(names)


def byline_outlet(text: str) -> str | None:
    """The outlet named after the authors of a byline: ``By Jane Doe and John Roe, WBN``,
    ``Jane Doe | Lake Post``."""
    line = " ".join(text.split())
    match = _BY.match(line)
    rest = match.group("rest") if match else line
    pieces = [p for p in re.split(r"\s*(?:,|\band\b|&|\s[|•·]\s)\s*", rest) if p]
    if len(pieces) < 2 or not _names(pieces[0]):
        return None
    last = pieces[-1].strip().rstrip(".")
    if cues.person_name(last) or any(w.lower() in ROLE_WORDS for w in last.split()):
        return None
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", last):  # an agency or network's initials
        return last
    return cues.outlet_name(last)


def role_line(text: str) -> bool:
    """A line under a name giving the author's role: ``Environment reporter, Kallby``,
    ``Senior Fellow, Industrial Safety Programme``, ``Chief Reporter``."""
    line = " ".join(text.split())
    first = line.split(",")[0].split()
    return (
        0 < len(first) <= 4
        and len(cues.words(line)) <= 10
        and first[-1].lower() in ROLE_WORDS
        and not cues.has_sentence_punct(line)
    )


def writes_cue(text: str) -> str | None:
    """The author named by an opinion-piece cue: ``..., writes Jane Doe, senior fellow at X``."""
    match = _WRITES.search(text)
    if match is None:
        return None
    return cues.person_name(match.group("name"))


_PICTURE_RIGHTS = re.compile(
    r"\b(?:image|photo|photograph|picture|video|media)\s+(?:copyright|©)", re.IGNORECASE
)


def dateline_outlet(text: str, *, alone: bool = False) -> str | None:
    """The agency of a dateline opening an article (``SELSWORTH (LWN) — ...``), or with
    ``alone=True`` of a line that is only a dateline (``NEW YORK (LWN)``)."""
    line = " ".join(text.split())
    match = _AGENCY_DATELINE.match(line)
    if match is None or _NOT_AGENCY.search(match["agency"]):
        return None
    if alone and (match.end() < len(line) or line.startswith("(")):
        return None  # a dateline alone names its place: "(News at 6)" is a programme
    return match["agency"].strip()


def outlet_cue(text: str) -> str | None:
    """An outlet named by ``© 2019 X``, ``Copyright X`` or ``updates from X``, else None."""
    if source := _SOURCE_CUE.match(" ".join(text.split())):
        return _CORPORATE.sub("", source.group("name")).strip() or None
    if _PICTURE_RIGHTS.search(text):
        return None  # "Image copyright AFP Image caption ...": the picture's owner, not the outlet
    match = _OUTLET_CUE.search(text)
    if match is None:
        return None
    name = (match.group("a") or match.group("b") or "").strip()
    name = re.split(r"\s+(?:all rights|terms|privacy)\b", name, flags=_I)[0].strip()
    name = re.sub(rf"\s+{_YEAR}$", "", name)  # "© Lake Post 2025"
    stripped = _CORPORATE.sub("", name).strip()
    name = stripped if len(stripped.split()) >= 1 and stripped else name
    if not name or len(name.split()) > 6 or not name[0].isupper():
        return None
    if name.split()[-1].lower() == "copyright":  # "© Crown copyright": a kind of right
        return None
    return name


# -- the reader -------------------------------------------------------------------------------


def _meta_line(text: str, after: str = "") -> bool:
    """A byline, or a date line that says it is one (a cue word or a time): a bare date under
    an intro paragraph may be the first entry of a timeline. A bare name counts when a date
    line (``after``) follows it, as blogs and newsletters print the author."""
    if byline(text) is not None:
        return True
    if byline(text, bare=True) is not None and date_line(after) is not None:
        return True
    line = " ".join(text.split())
    cued = re.match(rf"^{_DATE_CUE}\b", line, _I) or re.search(r"\d[:.]\d\d", line)
    return bool(cued) and date_line(line) is not None


def _head(texts: list[str]) -> list[int]:
    """Paragraphs before the first body paragraph; a standfirst (a sentence or two under the
    title) does not end the head when a byline or date line comes within a few lines of it."""
    head: list[int] = []
    limit = min(len(texts), HEAD_MAX_PARAGRAPHS)
    i = 0
    while i < limit:
        text = texts[i]
        if cues.is_body(text) and cues.furniture_kind(text) is None:
            ahead = _standfirst_end(texts, i)
            if ahead is None:
                break
            head.extend(range(i, ahead + 1))
            i = ahead + 1
            continue
        head.append(i)
        i += 1
    return head


def _standfirst_end(texts: list[str], index: int) -> int | None:
    """The byline or date line that follows the standfirst at ``index``, if one does."""
    if index == 0 or not any(cues.is_headline(texts[j]) for j in range(index)):
        return None  # a standfirst sits under a title
    end = min(len(texts), index + 1 + STANDFIRST_GAP)
    for j in range(index + 1, end):
        if _meta_line(texts[j], texts[j + 1] if j + 1 < len(texts) else ""):
            return j
        if _ISSUER_LABEL.match(" ".join(texts[j].split())) or (
            _DATE_CUE_LINE.match(texts[j].strip()) and j + 1 < len(texts)
            and date_line(texts[j + 1]) is not None
        ):  # "From:" / "Department for X"; "Published" / "12 February 2025"
            return j + 1 if j + 1 < len(texts) else j
        if cues.is_body(texts[j]) and cues.furniture_kind(texts[j]) is None:
            # A second short paragraph (a subtitle under a title written as a sentence) may
            # stand between the standfirst and the byline; article prose is longer.
            if j > index + 1 or len(cues.words(texts[index])) > STANDFIRST_MAX_WORDS:
                return None
            if len(cues.words(texts[j])) > STANDFIRST_MAX_WORDS:
                return None
    return None


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(cues.words(s)).lower()

    return bool(norm(a)) and norm(a) == norm(b)


def _classify_head(texts: list[str], head: list[int], found: Metadata, reading: Reading) -> None:
    dates: list[tuple[int, str]] = []
    for i in head:
        text = texts[i]
        if i in reading.consumed or cues.furniture_kind(text) is not None:
            continue
        if (dated := _dated_byline(text)) is not None:  # "Posted on 14 May 2025 by X"
            found.published = found.published or dated[0]
            found.author = found.author or dated[1]
            reading.consumed[i] = "metadata: byline"
        elif (when := date_line(text)) is not None:
            dates.append((i, when))
            reading.consumed[i] = "metadata: date"
        elif (issuer := _issuer(texts, head, i)) is not None:
            found.outlet = found.outlet or issuer[0]
            for j in issuer[1]:
                reading.consumed[j] = "metadata: outlet"
        elif (who := byline(text)) is not None or (
            (who := byline(text, bare=True)) is not None and _byline_follows(texts, head, i)
        ):
            found.author = found.author or who
            found.published = found.published or _date_part(text)
            found.outlet = found.outlet or byline_outlet(text)
            reading.consumed[i] = "metadata: byline"
            if _role_follows(texts, head, i) or _affiliation_follows(texts, head, i):
                reading.consumed[i + 1] = "metadata: byline"
        elif (who := _emailed_name(texts, head, i)) is not None:
            found.author = found.author or who
            reading.consumed[i] = reading.consumed[i + 1] = "metadata: byline"
        elif (
            outlet := _masthead(texts, i)
            or dateline_outlet(text, alone=True)
            or (_first_line_masthead(texts) if i == 0 else None)
        ) is not None:
            if _kicker_shaped(texts, i):  # an outlet only if nothing else names one
                reading.kicker = reading.kicker or outlet
            else:
                found.outlet = found.outlet or outlet
            reading.consumed[i] = "metadata: outlet"
    found.published = found.published or _publication_date(dates, reading.consumed)


def _masthead(texts: list[str], i: int) -> str | None:
    """:func:`cues.outlet_name` of a head line, but a phrase in capitals with no outlet's word
    right above the article's prose is the story's kicker ("RAIL CHAOS"): a masthead stands
    over a headline, a byline or a date."""
    name = cues.outlet_name(texts[i])
    if (
        name is not None
        and texts[i].isupper()
        and not any(w.lower().strip("'’") in cues.OUTLET_WORDS for w in texts[i].split())
        and i + 1 < len(texts)
        and cues.is_body(texts[i + 1])
    ):
        return None
    return name


def _kicker_shaped(texts: list[str], i: int) -> bool:
    """A phrase in capitals with no outlet's word right above the headline: as often a story's
    kicker ("COASTAL AFFAIRS", "RAIL CHAOS") as a masthead ("AL JAZEERA"), and nothing in its
    shape tells them apart, so it names the outlet only when no byline, dateline, copyright or
    repost line does (:func:`read_metadata`)."""
    text = " ".join(texts[i].split())
    return (
        text.isupper()
        and len(text.split()) >= 2
        and not any(w.lower().strip("'’") in cues.OUTLET_WORDS for w in text.split())
        and i + 1 < len(texts)
        and cues.is_headline(texts[i + 1])
    )


# One word in capitals that is a label, not a masthead ("BREAKING", "OPINION").
_LABEL_WORDS = lexicon(
    "breaking exclusive update updated live watch listen analysis opinion video videos photos "
    "gallery advertisement sponsored entertainment lifestyle travel culture world politics "
    "business sport sports news health science tech technology weather obituaries editorial "
    "comment features feature review reviews menu home search"
)


def _first_line_masthead(texts: list[str]) -> str | None:
    """A masthead of one word in capitals alone on the first line, above a headline (``LWN``,
    ``NORDWIRE``): a wire agency's or a broadcaster's name. A section label in capitals
    (``BREAKING``) is not one."""
    line = texts[0].strip()
    if _recurring_masthead(texts):
        return " ".join(line.split())
    if (
        not re.fullmatch(r"[A-Z][A-Z&]{1,11}", line)
        or line.lower() in _LABEL_WORDS
        or len(texts) < 2
        or not cues.is_headline(texts[1])
    ):
        return None
    return line if len(line) <= 4 else line.capitalize()


def _recurring_masthead(texts: list[str], author: str | None = None) -> bool:
    """A name on the first line that the page prints again on a line of its own or at the
    start of one (``X · Street 12 · City`` in the footer, ``X`` over a share card): the site's
    masthead, whatever words it is made of ("Dry Country", "Halden Forum for European Policy").
    Not a section label, nor a person's name (an author's page repeats that) unless ``author``
    names someone else (no word in common): a newsletter's two-word masthead is often shaped
    like a name."""
    line = " ".join(texts[0].split())
    tokens = line.split(" ")
    name = cues.person_name(line)
    if (
        not 2 <= len(tokens) <= 6
        or cues.has_sentence_punct(line)
        or (name is not None
            and (not author or set(cues.words(name.lower())) & set(cues.words(author.lower()))))
        or not all(t[:1].isupper() or t.lower() in {"of", "the", "and", "for", "&"}
                   for t in tokens)
        or line.lower() in _LABEL_WORDS
    ):
        return False
    again = re.compile(re.escape(line) + r"(?:\s*[·|,–—-]\s+\S.*)?", _I)
    return any(again.fullmatch(" ".join(t.split())) for t in texts[1:])


def _publication_date(dates: list[tuple[int, str]], consumed: dict[int, str]) -> str | None:
    """The date of the article among the head's date lines: the first one from just above the
    first byline on (a forum's member card or a masthead's date of today comes before the
    article's own byline), else the first one."""
    bylines = [i for i, detail in sorted(consumed.items()) if detail == "metadata: byline"]
    if bylines:
        near = [when for i, when in dates if i >= bylines[0] - 2]
        if near:
            return near[0]
    return dates[0][1] if dates else None


def _issuer(texts: list[str], head: list[int], i: int) -> tuple[str, list[int]] | None:
    """The outlet given by ``From: X`` / ``Published in X`` (the value maybe on the next line),
    and the lines that say it. Only the first of several issuers counts (``X and The Rt Hon Y``:
    the department, then its minister)."""
    match = _ISSUER_LABEL.match(" ".join(texts[i].split()))
    if match is None:
        return None
    lines, value = [i], match.group("rest")
    if not value and i + 1 in head:
        lines, value = [i, i + 1], texts[i + 1]
    first = re.split(r"\s*(?:,|;|\||\band\b(?=\s+(?:the\s+)?[A-Z]))\s*", value.strip())[0]
    first = first.strip().rstrip(".")
    if not first[:1].isupper() or re.search(r"\d", first) or not 1 <= len(first.split()) <= 8:
        return None
    if cues.has_sentence_punct(first):
        return None
    # "From: Jane Doe" is a letter's sender, not an outlet; "Published in X" names one.
    if texts[i].strip().lower().startswith("from") and cues.person_name(first):
        return None
    return first, lines


def _byline_follows(texts: list[str], head: list[int], i: int) -> bool:
    """A bare name is a byline when a role, a follow button or a date line comes right under
    it, or an affiliation line and then a date line."""
    if _role_follows(texts, head, i) or _affiliation_follows(texts, head, i):
        return True
    nxt = " ".join(texts[i + 1].split()) if i + 1 in head else ""
    if not (_FOLLOW.match(nxt) or date_line(nxt) is not None):
        return False
    # Only under a title: on a cover page "Interim Inspection Findings" above a date is
    # title-cased like a name.
    return any(
        len(cues.words(texts[j])) >= TITLE_MIN_WORDS and cues.furniture_kind(texts[j]) is None
        for j in head
        if j < i
    )


_EMAIL_LINE = re.compile(r"^(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+$")


def _emailed_name(texts: list[str], head: list[int], i: int) -> str | None:
    """A name (in capitals or not) with the reporter's e-mail address on the line under it
    ("JANE DOE" / "jane.doe@lakepost.example"): the byline. The address must spell the
    surname, so a masthead over a newsroom's address stays a masthead."""
    if i + 1 not in head:
        return None
    address = _EMAIL_LINE.match(" ".join(texts[i + 1].split()))
    line = " ".join(texts[i].split())
    name = cues.person_name(line.title() if line.isupper() else line)
    if address is None or name is None:
        return None
    surname = re.sub(r"\W", "", name.split()[-1].lower())
    return name if surname and surname in address["local"].lower() else None


def _affiliation_follows(texts: list[str], head: list[int], i: int) -> bool:
    """``Dr Jane Doe`` / ``University of X, School of Y`` / ``18 February 2025``."""
    if i + 2 not in head or date_line(texts[i + 2]) is None:
        return False
    nxt = texts[i + 1]
    return (
        cues.is_short_fragment(nxt, cues.HEADLINE_MAX_WORDS)
        and date_line(nxt) is None
        and cues.furniture_kind(nxt) is None
        and bool(re.search(r"\b(?:university|college|school|institute|centre|center|department|"
                           r"faculty|laboratory|foundation)\b", nxt, _I))
    )


def _dated_byline(text: str) -> tuple[str, str] | None:
    """The date and author of ``Posted on 14 May 2025 by Jane Doe`` (blog software's form)."""
    match = re.match(r"^(?P<when>.+?)\s+by\s+(?P<who>\S.*)$", " ".join(text.split()), _I)
    if match is None:
        return None
    when, who = date_line(match.group("when")), byline("By " + match.group("who"))
    return (when, who) if when and who else None


def _role_follows(texts: list[str], head: list[int], i: int) -> bool:
    return i + 1 in head and role_line(texts[i + 1])


def _pick_title(texts: list[str], head: list[int], consumed: dict[int, str]) -> int | None:
    """The last headline above the first byline or date line; nav labels (1-3 words) only when
    nothing longer is there, and a headline under the byline (aggregators print the source and
    byline first) before a label above it."""
    # A title needs text under it: the last paragraph of a text is never taken as one.
    free = [
        i
        for i in head
        if i not in consumed
        and i < len(texts) - 1
        and cues.is_headline(texts[i])
        and not _MAKER_LINE.match(texts[i].strip())
        and not _BRACKETED.match(texts[i].strip())
    ]
    long_enough = [i for i in free if len(cues.words(texts[i])) >= TITLE_MIN_WORDS]
    anchors = [i for i in head if consumed.get(i) in ("metadata: date", "metadata: byline")]
    if anchors:
        first = _first_strong(texts, anchors, consumed, long_enough)
        before = [i for i in free if i < first]
        long_before = [i for i in long_enough if i < first]
        after = [i for i in long_enough if i > anchors[-1]]
        closing = _full_stop_title(texts, head, consumed, first)
        if closing is not None and not (long_before and _standfirst_under(
            texts, closing, long_before[-1]
        )):
            return closing
        if long_before:
            return _not_standfirst(texts, long_before[-1], free)
        if after:
            return after[0]
        if before:
            return before[-1]
        if (sentence := _sentence_title(texts, head, consumed, anchors[0])) is not None:
            return sentence
    long_enough = [i for i in free if len(cues.words(texts[i])) >= 3]
    return long_enough[0] if long_enough else None


def _first_strong(
    texts: list[str], anchors: list[int], consumed: dict[int, str], titles: list[int]
) -> int:
    """The anchor the title sits on: the first byline or cued date line when a headline stands
    between it and an earlier bare date (a masthead's date of today above a ticker of other
    headlines), else the first anchor."""
    for i in anchors:
        strong = consumed.get(i) == "metadata: byline" or _meta_line(texts[i])
        if strong:
            return i if any(anchors[0] < t < i for t in titles) else anchors[0]
    return anchors[0]


def _sentence_title(
    texts: list[str], head: list[int], consumed: dict[int, str], anchor: int
) -> int | None:
    """A title written as a sentence or two (newsletters: "X didn't fail overnight. We were
    told."): the first short line above the byline that is neither furniture nor metadata."""
    for i in head:
        if i >= anchor:
            return None
        text = texts[i]
        if i in consumed or cues.furniture_kind(text) is not None:
            continue
        n_words = len(cues.words(text))
        if (
            2 <= n_words <= cues.HEADLINE_MAX_WORDS
            and text.strip()[:1].isupper()
            and len(cues.sentence_spans(text)) <= 2
        ):
            return i
        return None
    return None


def _full_stop_title(
    texts: list[str], head: list[int], consumed: dict[int, str], anchor: int
) -> int | None:
    """A headline that ends with a full stop ("Drought rules are written for wet years."),
    which ``is_headline`` refuses: the nearest line above the byline or date when it is one
    short sentence, capitalised, neither furniture nor metadata, and the first line of the page
    written as a sentence (under a paragraph of prose it is that prose's next paragraph)."""
    above = [i for i in head if i < anchor and i not in consumed
             and cues.furniture_kind(texts[i]) is None]
    if not above:
        return None
    i = above[-1]
    if any(cues.is_body(texts[j]) or cues.ends_sentence(texts[j]) for j in above[:-1]):
        return None
    text = " ".join(texts[i].split())
    n_words = len(cues.words(text))
    if (
        TITLE_MIN_WORDS <= n_words <= cues.HEADLINE_MAX_WORDS
        and text[:1].isupper()
        and text.endswith(".")
        and len(cues.sentence_spans(text)) == 1
    ):
        return i
    return None


def _standfirst_under(texts: list[str], index: int, headline: int) -> bool:
    """Whether the sentence at ``index`` is a standfirst under the headline at ``headline``:
    longer than it and of a standfirst's length (as in ``_not_standfirst``)."""
    n_words = len(cues.words(texts[index]))
    return headline < index and n_words >= STANDFIRST_MIN_WORDS and n_words > len(
        cues.words(texts[headline]))


def _not_standfirst(texts: list[str], index: int, free: list[int]) -> int:
    """The headline right above ``index`` when ``index`` is a long standfirst under it (or one
    of two clauses: "X faces a diversion; minister promises support" is a summary, not a
    headline)."""
    above = index - 1
    n_words = len(cues.words(texts[index]))
    if (
        above in free
        and len(cues.words(texts[above])) >= TITLE_MIN_WORDS
        and (
            ";" in texts[index]
            or (n_words >= STANDFIRST_MIN_WORDS and n_words > len(cues.words(texts[above])))
            or _deck(texts[index], texts[above])
        )
    ):
        return above
    return index


def _deck(text: str, above: str) -> bool:
    """A sub-headline (deck) under a headline: a clause of its own in sentence case (a capital,
    then lower-case words) of at least ``DECK_MIN_WORDS``, right under a headline set the same
    way. Two headlines in a row on a page are the title and its deck, in that order."""
    def sentence_case(line: str) -> bool:
        tokens = [t for t in cues.words(line) if t[:1].isalpha()]
        return len(tokens) >= DECK_MIN_WORDS and sum(t[:1].islower() for t in tokens[1:]) >= (
            len(tokens) - 1) / 2

    return sentence_case(text) and sentence_case(above)


def _read_title(
    texts: list[str], head: list[int], known: Metadata, found: Metadata, reading: Reading
) -> None:
    if known.title:
        for i in head[:3] if head else range(min(1, len(texts))):
            if i not in reading.consumed and _same(texts[i], known.title):
                reading.consumed[i] = "metadata: title"
                break
        return
    index = _pick_title(texts, head, reading.consumed)
    if index is None:
        index = _title_under_metadata(texts, reading.consumed)
    if index is None:
        return
    found.title = " ".join(texts[index].split())
    reading.consumed[index] = "metadata: title"
    nxt = next((i for i in head if i > index and i not in reading.consumed), None)
    if nxt is not None and not found.author and (who := byline(texts[nxt], bare=True)):
        found.author = who
        reading.consumed[nxt] = "metadata: byline"


# A title under the page's metadata lines is at most this many sentences ("Europe may close its
# doors again. What does that mean?", "Can I travel? It's complicated. What to know.").
TITLE_MAX_SENTENCES = 3


def _title_under_metadata(texts: list[str], consumed: dict[int, str]) -> int | None:
    """A title set as a sentence or a few ("Tollmouth closes its port. Here's why."), or with a
    question mark inside ("'A ferry crisis'? Tollmouth shuts its port"), which ``is_headline``
    refuses: the first line under the page's outlet lines (an ``outlet:`` label, a site name)
    when only such lines are above it, it is short, capitalised and two or three sentences (or
    one that does not end with a full stop), and a longer paragraph of prose follows. Without an
    outlet line above it the first line may be a short lead (Multi-News and DUC texts start that
    way), and under a byline or a date it is the first paragraph, so it is never taken there."""
    i = next((j for j in range(len(texts)) if j not in consumed), None)
    if i is None or i == 0 or i + 1 >= len(texts):
        return None
    if not all(consumed[j] == "metadata: outlet" for j in range(i)):
        return None
    text = " ".join(texts[i].split())
    n_words = len(cues.words(text))
    below = texts[i + 1]
    if (
        TITLE_MIN_WORDS <= n_words <= cues.HEADLINE_MAX_WORDS
        and text.lstrip("\"'“‘")[:1].isupper()
        and (n_sentences := len(cues.sentence_spans(text))) <= TITLE_MAX_SENTENCES
        # One sentence with a full stop reads as prose ("The ferry strike is over.").
        and (n_sentences >= 2 or not text.endswith("."))
        and cues.furniture_kind(text) is None
        and cues.is_body(below)
        and len(cues.words(below)) > n_words
    ):
        return i
    return None


def _fill_from_body(texts: list[str], found: Metadata, consumed: dict[int, str]) -> None:
    if not found.author:
        body = [t for i, t in enumerate(texts) if i not in consumed and cues.is_body(t)]
        for text in body[:WRITES_CUE_PARAGRAPHS]:
            if who := writes_cue(text):
                found.author = who
                break
    # a repost line names the outlet that wrote the story, a station line the broadcaster;
    # both before a copyright line, which may name the site that reposts it
    ends = texts[:OUTLET_CUE_LINES] + texts[-OUTLET_CUE_LINES:]
    if not found.outlet:
        for text in ends:
            if name := cues.repost_outlet(text) or cues.station_call_sign(text):
                found.outlet = name
                break
    # a first line shaped like a name, printed again, while the byline names someone else: a
    # newsletter's masthead ("Fen Notes" by Jane Doe), before a copyright line naming the author
    if not found.outlet and found.author and texts and _recurring_masthead(texts, found.author):
        found.outlet = " ".join(texts[0].split())
    if not found.outlet:
        for text in ends:
            if cues.furniture_kind(text) is not None and (name := outlet_cue(text)):
                found.outlet = name
                break
    if not found.outlet:  # the first paragraph of prose, not a caption above it
        body = [
            t
            for i, t in enumerate(texts)
            if i not in consumed and cues.is_body(t) and cues.furniture_kind(t) is None
        ]
        found.outlet = dateline_outlet(body[0]) if body else None
    if not found.published:
        body = [t for i, t in enumerate(texts) if i not in consumed and cues.is_body(t)]
        for text in body[:1]:
            if match := _DATELINE.match(text):
                found.published = parse_date(match.group("date"))


def _running_title(text: str, found: Metadata) -> str | None:
    """The title printed at the top of every page of a document turned into text (pages split
    by form feeds): more reliable than its cover, where a long title is broken over lines."""
    pages = text.split("\f")
    if len(pages) < RUNNING_TITLE_PAGES + 1:
        return None
    counts: dict[str, int] = {}
    for page in pages[1:]:
        top = [" ".join(line.split()) for line in page.splitlines() if line.strip()][:2]
        for line in set(top):
            counts[line] = counts.get(line, 0) + 1
    for line, n in sorted(counts.items(), key=lambda item: -item[1]):
        if (
            n >= RUNNING_TITLE_PAGES
            and len(cues.words(line)) >= TITLE_MIN_WORDS
            and cues.is_headline(line)
            and cues.outlet_name(line) is None
            and line != found.outlet
        ):
            return line
    return None


# A block of labelled fields opening the file, as notes, exports and clipping tools write them:
# "Title: ...", "Author: ...", "Source: ...", "Date: ...", "URL: ...".
_FIELD_LABELS = {
    **dict.fromkeys(["title", "headline"], "title"),
    **dict.fromkeys(["author", "authors", "by", "byline", "writer", "reporter"], "author"),
    **dict.fromkeys(
        ["outlet", "source", "publisher", "publication", "newspaper", "site", "website", "media"],
        "outlet",
    ),
    **dict.fromkeys(
        ["date", "published", "publication date", "published on", "pubdate", "load-date"],
        "published",
    ),
    **dict.fromkeys(["url", "link", "permalink"], "url"),
}
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{1,18}?)\s*:\s*(?P<value>\S.{0,200})$")


def _labelled_fields(texts: list[str], found: Metadata, reading: Reading) -> None:
    """Read the labelled fields at the very top of the file, one a paragraph, until the first
    paragraph that is not one. A date that does not parse is left in the text."""
    for i, text in enumerate(texts):
        match = _LABELLED.match(" ".join(text.split()))
        field_name = _FIELD_LABELS.get(match["label"].strip().lower()) if match else None
        if match is None or field_name is None:
            return
        value = match["value"].strip()
        if field_name == "outlet" and cues.credit_value(value):
            # "Source: Jane Doe / Wikimedia Commons" credits the picture, not the article.
            reading.consumed[i] = "media credit"
            continue
        if field_name == "published":
            if (when := parse_date(value)) is None:
                return
            found.published = found.published or when
        elif getattr(found, field_name) is None:
            setattr(found, field_name, value)
        reading.consumed[i] = f"metadata: {'date' if field_name == 'published' else field_name}"


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
    found = Metadata()
    reading = Reading(metadata=found)
    _labelled_fields(texts, found, reading)
    # A line quoted with a Markdown marker ("> Occupation: ...") is quoted matter, never the
    # title, byline or date line.
    quoted = {i for i, p in enumerate(paragraphs) if text[: p.start].rstrip(" \t").endswith(">")}
    head = [i for i in _head(texts) if i not in reading.consumed and i not in quoted]
    _classify_head(texts, head, found, reading)
    _read_title(texts, head, known, found, reading)
    if not known.title and (running := _running_title(text, found)) is not None:
        found.title = running
    if found.title:  # a wiki's section head as the title: without its "[ edit ]" link
        found.title = cues.WIKI_EDIT_LINK.sub("", found.title) or None
    merged = replace(known).filled_from(found)
    _fill_from_body(texts, merged, reading.consumed)
    merged.outlet = merged.outlet or reading.kicker
    reading.metadata = merged
    return reading
