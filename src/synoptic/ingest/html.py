"""HTML pages: the article text and metadata, extracted by trafilatura.

``Source.original`` for a page is the text trafilatura extracts (one paragraph a line); the markup
is not kept. Scripts, styles, navigation and comments never reach the text. Any failure of the
extractor on hostile markup becomes an :class:`~synoptic._errors.InputError`, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from synoptic._errors import InputError
from synoptic.ingest.decode import printable
from synoptic.ingest.metadata import Metadata, normalize_date

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
    """What was extracted from one HTML page."""

    text: str
    metadata: Metadata


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
    if not text or not any(ch.isalnum() for ch in text):
        raise _no_text(path, "the page holds no main text")
    meta = Metadata(
        title=clean_field(getattr(doc, "title", None)),
        author=clean_field(getattr(doc, "author", None)),
        published=normalize_date(clean_field(getattr(doc, "date", None))),
        outlet=clean_field(getattr(doc, "sitename", None)),
        url=clean_field(getattr(doc, "url", None)),
    )
    return Page(text=text, metadata=meta)


def clean_field(value: object) -> str | None:
    """A metadata string on one line, or None when it is missing or blank."""
    if not isinstance(value, str):
        return None
    value = " ".join(printable(value).split())
    return value or None
