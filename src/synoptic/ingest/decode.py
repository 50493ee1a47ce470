"""Bytes to text: byte-order marks, UTF-8, then charset-normalizer; binary files refused.

The cascade, in order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding;
2. NUL bytes: UTF-16 without a mark if they sit on every other byte; a few stray ones (a file
   saved by a faulty editor or cut off mid-write: under :data:`MAX_CONTROL_RATIO` of the bytes,
   with the other control characters) are read as spaces and counted, so the rest of the text is
   briefed with a warning; more of them make a binary file;
3. known binary signatures (PDF, ZIP/DOCX, images...) are refused;
4. strict UTF-8 (most files, and short UTF-8 texts that detectors get wrong); a text that is
   UTF-8 but for a few broken bytes (cut mid-character by a byte limit, one bad byte pasted in)
   is read as UTF-8 with those bytes replaced by U+FFFD, when its well-formed non-ASCII
   characters outnumber the broken sequences :data:`MOSTLY_UTF8_RATIO` to one (a cp1252 or
   Latin-1 text has almost no well-formed UTF-8 sequences: its accented letters are followed
   by ASCII). A detector would read the whole file in a wrong single-byte encoding instead;
5. charset-normalizer's best guess, preferring Windows-1252 when it fits as well (a Western
   single-byte text is usually cp1252, and detectors often call it cp1250/cp1257 on short
   texts; Latin-1 text decodes the same under cp1252 except for C1 controls, which text lacks);
6. a decoded text with too many control characters is refused as binary.

Calibration: :data:`WESTERN_SLACK` was set on short cp1252 and Latin-1 samples where
charset-normalizer ranks cp1257/cp1250 first with a mess ratio 0.00-0.03 below cp1252.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes

from synoptic._errors import InputError

# How much worse (mess ratio) cp1252 may be than the best guess and still be preferred.
WESTERN_SLACK = 0.05
# Share of control characters above which a decoded text is treated as binary.
MAX_CONTROL_RATIO = 0.01
# Share of NUL bytes on one parity above which a text without a BOM is read as UTF-16.
UTF16_NUL_RATIO = 0.3
# Well-formed non-ASCII characters per broken UTF-8 sequence for a text to be read as UTF-8.
MOSTLY_UTF8_RATIO = 4
_REPLACEMENT = "\ufffd"
_BROKEN = re.compile("\ufffd+")
# A UTF-16 surrogate on its own: no file decodes to one, but JSON ("\\ud800") and character
# references can spell it, and it cannot be written out as UTF-8 (the parser and every output
# would fail on it).
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters that are not white space (NUL, ESC, BEL, DEL, C1 controls but NEL): no
# article prose holds them, and passed on to a brief they would reach a terminal as escape
# sequences (a text file may hold a few, under MAX_CONTROL_RATIO; JSON may spell any).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF",
    b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"SQLite format 3",
)
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _TEXT_CONTROLS)


def _binary(path: str, why: str) -> InputError:
    return InputError(
        path, "binary",
        f"this looks like a binary file ({why}), not text; give articles as .txt, .html or "
        ".jsonl (convert PDFs or documents to text first)",
    )


def _undecodable(path: str) -> InputError:
    return InputError(
        path, "undecodable",
        "the text encoding could not be recognised; save the file as UTF-8 and try again",
    )


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) / 2
    if odd.count(0) / half >= UTF16_NUL_RATIO and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) / half >= UTF16_NUL_RATIO and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _guess(data: bytes, path: str) -> str:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _undecodable(path)
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + WESTERN_SLACK:
            return "cp1252"
    return str(best.encoding)


class Decoded(NamedTuple):
    """A file's text, and what was mended on the way: how many broken UTF-8 sequences became
    U+FFFD and how many stray NUL bytes became spaces (both zero for a clean file)."""

    text: str
    broken: int = 0
    nuls: int = 0


def _check_controls(text: str, path: str, nuls: int = 0) -> str:
    """``text``, unless it (with ``nuls`` NUL bytes already turned into spaces) holds too many
    control characters to be text."""
    controls = nuls + sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise _binary(path, "it is full of control characters")
    return text


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text and its number of broken sequences, when ``data`` is UTF-8 but for a few."""
    text = data.decode("utf-8", errors="replace")
    # A run of U+FFFD is one broken sequence (Python replaces each bad byte of it).
    broken = len(_BROKEN.findall(text)) - data.count(_REPLACEMENT.encode())
    well_formed = sum(1 for ch in text if ch > "\x7f" and ch != _REPLACEMENT)
    return (text, broken) if well_formed >= MOSTLY_UTF8_RATIO * broken else None


def printable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD and each control character that is
    not white space by a space: one character for one, so offsets into it do not move."""
    return _CONTROL.sub(" ", _SURROGATE.sub(_REPLACEMENT, text))


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes to text (see the module docstring for the cascade).

    Raises:
        InputError: ``binary`` or ``undecodable``, with a message saying what to do.
    """
    return decode_report(data, path).text


def _stray_nuls(data: bytes, path: str) -> tuple[bytes, int]:
    """``data`` with each NUL byte turned into a space, and how many there were, when they are
    a few strays in a text; a binary file (a signature, or more NULs than a text could hold
    with :data:`MAX_CONTROL_RATIO`) raises. A space for a NUL keeps every other byte where it
    was (a NUL is never part of a multi-byte UTF-8 or cp1252 character), and
    :func:`printable` would have made the same space of it."""
    # NULs with the other control bytes (a control character in any encoding a text without
    # NULs on every other byte may be in), so a binary file is still told apart here.
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if data.startswith(_SIGNATURES) or controls / len(data) > MAX_CONTROL_RATIO:
        raise _binary(path, "it contains NUL bytes")
    nuls = data.count(0)
    return data.replace(b"\x00", b" "), nuls


def decode_report(data: bytes, path: str) -> Decoded:
    """:func:`decode`, and what was mended: broken UTF-8 sequences replaced by U+FFFD and stray
    NUL bytes read as spaces."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_check_controls(data.decode(encoding), path))
            except UnicodeDecodeError:
                raise _undecodable(path) from None
    nuls = 0
    if b"\x00" in data:
        encoding16 = _utf16_without_bom(data)
        if encoding16 is None:
            data, nuls = _stray_nuls(data, path)
        else:
            try:
                return Decoded(_check_controls(data.decode(encoding16), path))
            except UnicodeDecodeError:
                raise _binary(path, "it contains NUL bytes") from None
    if data.startswith(_SIGNATURES):
        raise _binary(path, "its first bytes are a binary file signature")
    try:
        return Decoded(_check_controls(data.decode("utf-8"), path, nuls), 0, nuls)
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return Decoded(_check_controls(mostly[0], path, nuls), mostly[1], nuls)
    encoding = _guess(data, path)
    try:
        return Decoded(_check_controls(data.decode(encoding), path, nuls), 0, nuls)
    except (UnicodeDecodeError, LookupError):
        raise _undecodable(path) from None
