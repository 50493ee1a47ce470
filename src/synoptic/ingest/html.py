"""HTML pages: the article text and metadata, extracted by trafilatura.

``Source.original`` for a page is the text trafilatura extracts (one paragraph a line); the markup
is not kept. Scripts, styles, navigation and comments never reach the text. Any failure of the
extractor on hostile markup becomes an :class:`~synoptic._errors.InputError`, never a crash.

Trafilatura's metadata is mended with a few general rules of news pages:

- a title loses the site name (and a date) the site appends to every headline
  (``Ferry strike ends - Lake Post``, ``Ferry strike ends | LP | 12.04.2024``); a date printed so
  in the title is the page's date;
- a title that is one lower-case word (a publishing system's name left in the structured data,
  ``pagesmith``) yields to the page's meta-tag title;
- an author list loses the outlet's own name (``Jane Doe; Lake Post``); an author that is only the
  outlet (or a one-word user name) is kept only when the text has no byline;
- a page whose HTML holds less than half of the article its structured data carries
  (``articleBody``: pages drawn by scripts) is read from the structured data.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.metadata import examine_meta, extract_title

from synoptic._errors import InputError
from synoptic.ingest.decode import printable
from synoptic.ingest.metadata import Metadata, date_line, normalize_date

# htmldate's defaults look at today's date (``max_date``) and search the whole page text for
# anything date-like; fix both so the same page always gives the same date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2999-12-31"}


# A numeric character reference to a C0 control character ("&#11;", the soft line break some
# editors paste, "&#x1B;"): the HTML parser under the extractor rejects the whole page for one.
# Each is read as the white space a browser would show. (References from 128 to 159 are not
# controls in HTML but Windows-1252 punctuation, "&#146;" an apostrophe; they are left alone.)
_CONTROL_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));?")


def _control_ref(match: re.Match[str]) -> str:
    code = int(match[1], 16) if match[1] else int(match[2])
    return " " if (code < 0x20 and code not in (0x09, 0x0A, 0x0D)) or code == 0x7F else match[0]


@dataclass(slots=True, kw_only=True)
class Page:
    """What was extracted from one HTML page: the text, the metadata that wins over what the
    text says, and ``fallback`` fields used only where the text says nothing (an author that is
    the outlet itself yields to a byline in the text)."""

    text: str
    metadata: Metadata
    fallback: Metadata = field(default_factory=Metadata)


def _no_text(path: str, why: str) -> InputError:
    return InputError(
        path, "no-text",
        f"no article text could be extracted from this HTML ({why}); check that it is an "
        "article page, or save the article text as .txt",
    )


def extract_html(markup: str, path: str) -> Page:
    """Extract the main text and metadata of an HTML page.

    Raises:
        InputError: ``no-text`` when the page has no extractable article text.
    """
    markup = _CONTROL_REF.sub(_control_ref, printable(markup))
    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # hostile markup must not stop the batch
        raise _no_text(path, f"the extractor failed: {type(exc).__name__}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if (body := structured_body(markup)) is not None and len(body) > 2 * len(text or ""):
        text = body
    if not text or not any(ch.isalnum() for ch in text):
        raise _no_text(path, "the page holds no main text")
    outlet = clean_field(getattr(doc, "sitename", None))
    url = clean_field(getattr(doc, "url", None))
    sites = {key for key in (_site_key(outlet), _site_key(_host(url))) if key}
    title = clean_field(getattr(doc, "title", None))
    if title is not None and _placeholder(title):
        title = _meta_title(markup)
    title, title_date = strip_site_name(title, sites) if title else (None, None)
    author, org = split_outlet_author(clean_field(getattr(doc, "author", None)), sites)
    meta = Metadata(
        title=title,
        author=author,
        published=title_date or normalize_date(clean_field(getattr(doc, "date", None))),
        outlet=outlet,
        url=url,
    )
    return Page(text=text, metadata=meta, fallback=Metadata(author=org))


# -- titles ----------------------------------------------------------------------------------

# The separator before a site name appended to a headline: a bar or a dash with spaces round it
# ("Ferry strike ends - Lake Post"; "Torres-Guillén" has none).
_TITLE_TAIL = re.compile(r"^(?P<head>.*\S)\s+[|\u2013\u2014-]\s+(?P<tail>\S.*?)\s*$")
# A domain's last part (".com", ".co.uk") and a leading "www." are no part of a site's name.
_DOMAIN_SUFFIX = re.compile(r"\.(?:com|org|net|co|gov|edu|info|news|[a-z]{2})(?:\.[a-z]{2})?$")


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url or "").hostname
    except ValueError:  # a malformed link in hostile markup: no host
        return None


def _site_key(name: str | None) -> str:
    """A site's name reduced to compare spellings: ``The Lake Post``, ``lakepost.com`` and
    ``www.thelakepost.co.uk`` all give ``lakepost``."""
    if not name:
        return ""
    name = name.strip().lower().removeprefix("www.")
    name = _DOMAIN_SUFFIX.sub("", name) if " " not in name else name
    key = re.sub(r"[\W_]+", "", name)
    return key.removeprefix("the")


def strip_site_name(title: str, sites: set[str]) -> tuple[str, str | None]:
    """``title`` without the site name and date the site appends to every headline, and the
    date so appended (``YYYY-MM-DD``) if any. A tail that is neither is part of the headline
    ("Hating X - the prejudice you may boast about"), and at least two words stay."""
    date = None
    while (match := _TITLE_TAIL.match(title)) is not None and len(match["head"].split()) >= 2:
        tail = match["tail"]
        if _site_key(tail) in sites:
            title = match["head"]
        elif (when := date_line(tail)) is not None:
            date, title = date or when, match["head"]
        else:
            break
    return title, date


def _placeholder(title: str) -> bool:
    """A title of one lower-case word is a publishing system's name left in the page's
    structured data ("pagesmith"), never a headline (a headline has several words)."""
    return " " not in title and title.islower()


def _meta_title(markup: str) -> str | None:
    """The title the page's meta tags give (Open Graph, Twitter), else its ``<title>`` or
    headline element, as trafilatura reads them."""
    try:
        tree = trafilatura.load_html(markup)
        title = (examine_meta(tree).title or extract_title(tree)) if tree is not None else None
    except Exception:  # hostile markup: no title rather than no page
        return None
    title = clean_field(title)
    return None if title is None or _placeholder(title) else title


# -- authors ---------------------------------------------------------------------------------

# A month name closing an author field: a byline box's date cut off at its day number ("Lake Post
# February" from "Lake Post / February 24, 2020").
_MONTH_TAIL = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$"
)


def split_outlet_author(author: str | None, sites: set[str]) -> tuple[str | None, str | None]:
    """The author field as (people, organisation): names that are the outlet's own
    (``Jane Doe; Lake Post``, ``Lake Post February``) and a one-word user name (``LPTEAM``)
    are no byline; they are returned apart, to be used only when the text names no author."""
    if not author:
        return None, None
    people: list[str] = []
    orgs: list[str] = []
    for part in (p.strip() for p in author.split(";")):
        site = _MONTH_TAIL.sub("", part)
        if _site_key(site) in sites:
            orgs.append(site)
        elif " " not in part:
            orgs.append(part)
        elif part:
            people.append(part)
    return ("; ".join(people) or None), (None if people or not orgs else orgs[0])


# -- the article in the page's structured data -----------------------------------------------

_LD_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
# How deep the structured data is searched for an article ("@graph" lists nest it twice).
_LD_MAX_DEPTH = 6
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|br|blockquote)\b[^>]*>", re.IGNORECASE)
_CODE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")


def structured_body(markup: str) -> str | None:
    """The longest ``articleBody`` of an article in the page's JSON-LD, as text with one
    paragraph a line, or None. Pages drawn by scripts carry the article there and little of it
    in their HTML. Data that does not parse, or nests too deep, is passed over."""
    bodies: list[str] = []
    for match in _LD_SCRIPT.finditer(markup):
        try:
            data = json.loads(match[1])
        except (ValueError, RecursionError):
            continue
        _collect_bodies(data, bodies, 0)
    if not bodies:
        return None
    text = _as_text(max(bodies, key=len))
    return text if any(ch.isalnum() for ch in text) else None


def _collect_bodies(data: Any, bodies: list[str], depth: int) -> None:
    if depth > _LD_MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            _collect_bodies(item, bodies, depth + 1)
    elif isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str) and body.strip():
            bodies.append(body)
        for value in data.values():
            if isinstance(value, (list, dict)):
                _collect_bodies(value, bodies, depth + 1)


def _as_text(body: str) -> str:
    """An ``articleBody`` as plain text: markup in it (some sites put the HTML there) read as
    paragraphs, entities decoded, one paragraph a line."""
    if "<" in body:
        body = _TAG.sub("", _BLOCK_TAG.sub("\n", _CODE.sub("", body)))
    lines = (" ".join(printable(html.unescape(line)).split()) for line in body.splitlines())
    return "\n".join(line for line in lines if line)


# A metadata field longer than this is no title, byline or date but a stuffed attribute (the
# longest headlines and author lists run to about 300 characters, long links to 1,000).
FIELD_MAX_CHARS = 1000


def clean_field(value: object) -> str | None:
    """A metadata string on one line, or None when it is missing, blank or too long to be one."""
    if not isinstance(value, str) or len(value) > 4 * FIELD_MAX_CHARS:
        return None
    value = " ".join(printable(value).split())
    return value if value and len(value) <= FIELD_MAX_CHARS else None
