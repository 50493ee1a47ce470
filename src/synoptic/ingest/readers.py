"""Files and folders in, :class:`~synoptic.model.Source` objects and problems out.

1. expand the paths: folders recursively (hidden files and folders skipped), one entry per file
   whatever path reached it, ``-`` for standard input (its kind told by its first character);
   a missing path, an unsupported file named directly or a folder with no article becomes a
   :class:`~synoptic.model.Problem`;
2. read each file's bytes (the size is checked before reading: a huge file is refused at once);
3. decode (:mod:`synoptic.ingest.decode`), then by kind: plain text as is, HTML through
   trafilatura (:mod:`synoptic.ingest.html`), JSON Lines one article a line, RSS/Atom feeds one
   article an entry (:mod:`synoptic.ingest.feeds`);
4. split paragraphs and read metadata lines (:mod:`synoptic.ingest.metadata`);
5. sort by path (then JSON Lines line or feed entry number), drop exact copies (same text and
   metadata: the same file saved twice) with a ``duplicate`` problem, and number the sources
   S1..Sn, so the result never depends on the order the paths were given in.

Every failure is an :class:`~synoptic._errors.InputError` turned into a problem; the rest of the
batch goes on.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synoptic._errors import InputError
from synoptic.config import Options
from synoptic.ingest.decode import decode_report, printable
from synoptic.ingest.feeds import FEED_SUFFIXES, read_feed
from synoptic.ingest.html import extract_html
from synoptic.ingest.metadata import Metadata, normalize_date, read_metadata
from synoptic.ingest.paragraphs import split_paragraphs
from synoptic.model import InputKind, Paragraph, Problem, Removed, Source

# ``-`` among the paths: read standard input (JSON Lines, a feed, an HTML page or one article).
STDIN = "-"
KINDS: dict[str, InputKind] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
                               **{suffix: "feed" for suffix in FEED_SUFFIXES}}
_SUPPORTED = ", ".join(KINDS)


@dataclass(slots=True, frozen=True)
class _File:
    path: Path
    shown: str


@dataclass(slots=True)
class _Read:
    """An article read from a file: its sort key and source (id not yet given)."""

    key: tuple[str, int]
    source: Source


# -- 1. paths to files ----------------------------------------------------------------------

def _walk(folder: Path, problems: list[Problem]) -> list[Path]:
    found: list[Path] = []

    def on_error(err: OSError) -> None:
        problems.append(Problem(path=Path(str(err.filename)).as_posix(), kind="unreadable",
                                message=f"could not list this folder ({err.strerror}); check "
                                "its permissions"))

    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return found


# Notes beside the articles (a folder's README, a licence) are passed over without a warning;
# any other file of another type in a folder is reported as skipped.
_QUIET_SUFFIXES = {".md", ".markdown", ".rst"}
_QUIET_STEMS = {"readme", "license", "licence", "notice", "copying"}


def _folder_files(folder: Path, problems: list[Problem]) -> list[_File]:
    files = []
    for path in _walk(folder, problems):
        if path.suffix.lower() in KINDS:
            files.append(_File(path, path.as_posix()))
        elif path.suffix.lower() in _QUIET_SUFFIXES or path.stem.lower() in _QUIET_STEMS:
            continue
        else:
            problems.append(Problem(
                path=path.as_posix(), kind="skipped",
                message=f"skipped: {path.suffix or 'no extension'!s} is not an article type "
                f"synoptic reads ({_SUPPORTED})"))
    if not files:
        problems.append(Problem(
            path=folder.as_posix(), kind="no-articles",
            message=f"this folder holds no article files ({_SUPPORTED}); point at the folder "
            "that holds the articles"))
    return files


def collect_files(paths: Sequence[str | Path]) -> tuple[list[_File], list[Problem]]:
    """Every article file under ``paths`` (deduplicated), and the problems met on the way."""
    problems: list[Problem] = []
    files: list[_File] = []
    for given in map(Path, paths):
        if str(given) == STDIN:
            files.append(_File(given, STDIN))
        elif given.is_dir():
            files.extend(_folder_files(given, problems))
        elif given.is_file():
            if given.suffix.lower() in KINDS:
                files.append(_File(given, given.as_posix()))
            else:
                problems.append(Problem(
                    path=given.as_posix(), kind="unsupported",
                    message=f"{given.suffix or 'a file without extension'} is not an article "
                    f"type synoptic reads; give {_SUPPORTED} files (convert other formats to "
                    "text first)"))
        elif given.exists():
            problems.append(Problem(path=given.as_posix(), kind="unreadable",
                                    message="not a regular file or folder; give article files"))
        else:
            problems.append(Problem(path=given.as_posix(), kind="not-found",
                                    message="no such file or folder; check the path"))
    unique: dict[str, _File] = {}
    for f in sorted(files, key=lambda f: f.shown):
        unique.setdefault(_identity(f.path), f)
    named = {p.path for p in problems if p.kind != "skipped"}
    problems = [p for p in problems if p.kind != "skipped" or p.path not in named]
    return sorted(unique.values(), key=lambda f: f.shown), problems


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # Python < 3.13 raises RuntimeError on a symlink loop
        return str(path.absolute())


# -- 2.-4. one file -------------------------------------------------------------------------

def _read_bytes(f: _File, max_bytes: int) -> bytes:
    if f.shown == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(
                f.shown, "too-large",
                f"standard input holds over {max_bytes:,} bytes, the limit (ingest.max_bytes); "
                "send fewer articles at once or raise the limit in your config file")
    else:
        try:
            status = f.path.stat()
            if not stat.S_ISREG(status.st_mode):
                # A named pipe or device found in a folder: reading it would block for ever.
                raise InputError(f.shown, "unreadable", "not a regular file (a named pipe, "
                                 "socket or device); give article files")
            size = status.st_size
            if size > max_bytes:
                raise _too_large(f.shown, size, max_bytes)
            with f.path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f.shown, "unreadable",
                             f"could not read the file ({exc.strerror or exc}); check that it "
                             "exists (a broken or looping link?) and its permissions") from None
    if len(data) > max_bytes:
        raise _too_large(f.shown, len(data), max_bytes)
    if not data.strip():
        raise InputError(f.shown, "empty", "standard input was empty; pipe articles in (JSON "
                         "Lines, a feed, or one article's text)" if f.shown == STDIN else
                         "the file is empty (or holds only white space); add the article "
                         "text or remove the file")
    return data


def _sniff(text: str) -> InputKind:
    """What standard input holds, by its first character: ``{`` JSON Lines, ``<`` a feed (or
    an HTML page, when it says so), anything else one article's plain text."""
    head = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        return "html" if "<html" in head or "<!doctype html" in head else "feed"
    return "text"


def _too_large(shown: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        shown, "too-large",
        f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit (ingest.max_bytes); "
        "split it or raise the limit in your config file")


def build_source(*, path: str, kind: InputKind, original: str,
                 known: Metadata | None = None, fallback: Metadata | None = None) -> Source:
    """A source from its original text: paragraphs, metadata lines read and set aside.
    ``known`` fields win over what the text says; ``fallback`` fields fill only what neither
    gives (an HTML page's author that is the outlet itself yields to a byline in the text).

    Raises:
        InputError: ``no-text`` when the text has no article paragraph.
    """
    original = printable(original)
    spans = split_paragraphs(original)
    reading = read_metadata(original, spans, known)
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    for i, span in enumerate(spans):
        if i in reading.consumed:
            removed.append(Removed(text=original[span.start : span.end], reason="boilerplate",
                                   start=span.start, end=span.end, detail=reading.consumed[i]))
        else:
            paragraphs.append(Paragraph(start=span.start, end=span.end))
    if not any(any(c.isalnum() for c in original[p.start : p.end]) for p in paragraphs):
        raise InputError(path, "no-text", "no article text found (only blank or metadata "
                         "lines); check the file holds the article")
    meta = reading.metadata.filled_from(fallback) if fallback else reading.metadata
    return Source(id="", path=path, kind=kind, original=original, title=meta.title,
                  outlet=meta.outlet, author=meta.author, published=meta.published,
                  url=meta.url, paragraphs=paragraphs, removed=removed)


def _read_file(f: _File, options: Options, problems: list[Problem]) -> list[_Read]:
    data = _read_bytes(f, options.ingest_max_bytes)
    text, broken, nuls = decode_report(data, f.shown)
    if broken:
        problems.append(Problem(
            path=f.shown, kind="garbled-text",
            message=f"{broken} byte sequence(s) are not valid UTF-8 (a file cut mid-character, "
            "or a stray byte) and show as \ufffd; the rest was read as UTF-8 and briefed"))
    if nuls:
        problems.append(Problem(
            path=f.shown, kind="garbled-text",
            message=f"{nuls} NUL byte(s) stand in the text (a faulty save or a file cut off "
            "mid-write) and were read as spaces; the rest of the text was briefed"))
    kind = _sniff(text) if f.shown == STDIN else KINDS[f.path.suffix.lower()]
    if not text.strip():
        raise InputError(f.shown, "empty", "the file holds only white space; add the article "
                         "text or remove the file")
    if kind == "jsonl":
        return list(_read_jsonl(text, f.shown, problems))
    if kind == "feed":
        return list(_read_feed(text, f.shown, problems))
    if kind == "html":
        page = extract_html(text, f.shown)
        source = build_source(path=f.shown, kind="html", original=page.text, known=page.metadata,
                              fallback=page.fallback)
    else:
        source = build_source(path=f.shown, kind="text", original=text)
    return [_Read((f.shown, 0), source)]


# -- JSON Lines -----------------------------------------------------------------------------

def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(printable(value).split())


def _jsonl_source(record: Any, shown: str) -> Source:
    if not isinstance(record, dict):
        raise InputError(shown, "bad-json", "this line is valid JSON but not an object; give "
                         'one {"title": ..., "text": ...} object a line')
    known = Metadata(title=_field(record, "title"), author=_field(record, "author"),
                     published=normalize_date(_field(record, "published")),
                     outlet=_field(record, "outlet"), url=_field(record, "url"))
    text = record.get("text")
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        # Paragraphs as a list (scraped datasets often store them so): one blank line between
        # them, and offsets point into that joined text.
        text = "\n\n".join(p.strip() for p in text if p.strip())
    if isinstance(text, str) and text.strip():
        return build_source(path=shown, kind="jsonl", original=text, known=known)
    if text is not None and not isinstance(text, str):
        raise InputError(shown, "no-text", 'the "text" field must be a string, or a list of '
                         f"paragraph strings; got {type(text).__name__}")
    markup = record.get("html")
    if isinstance(markup, str) and markup.strip():
        page = extract_html(markup, shown)
        return build_source(path=shown, kind="jsonl", original=page.text,
                            known=known.filled_from(page.metadata), fallback=page.fallback)
    raise InputError(shown, "no-text", 'this line has no "text" or "html" field with article '
                     "text; add one")


def _read_jsonl(text: str, shown: str, problems: list[Problem]) -> Iterator[_Read]:
    # Split on "\n" only: str.splitlines() would also break at U+2028 and friends, which JSON
    # strings may hold raw.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{shown}#L{number}"
        try:
            record = json.loads(line)
            yield _Read((shown, number), _jsonl_source(record, where))
        except json.JSONDecodeError as exc:
            problems.append(Problem(path=where, kind="bad-json",
                                    message=f"not valid JSON ({exc.msg} at column {exc.colno}); "
                                    "this line was skipped, the other lines were used"))
        except RecursionError:  # json.loads recurses once per nesting level
            problems.append(Problem(path=where, kind="bad-json",
                                    message="JSON nested too deep to be an article; this line "
                                    "was skipped, the other lines were used"))
        except InputError as exc:
            problems.append(Problem(path=exc.path, kind=exc.kind, message=exc.message))


# -- RSS / Atom -----------------------------------------------------------------------------

def _read_feed(text: str, shown: str, problems: list[Problem]) -> Iterator[_Read]:
    for entry in read_feed(text, shown):
        where = f"{shown}#{entry.number}"
        try:
            if entry.text is None:
                raise InputError(where, "no-text", f"{entry.problem}; it was skipped, the other "
                                 "entries were used")
            yield _Read((shown, entry.number), build_source(path=where, kind="feed",
                                                            original=entry.text,
                                                            known=entry.metadata))
        except InputError as exc:
            problems.append(Problem(path=exc.path, kind=exc.kind, message=exc.message))


# -- lost characters ----------------------------------------------------------------------

# A "?" inside a word ("e?ect", "signi?cant") or opening one ("?the plan?"): where a PDF
# extractor or a conversion to a narrow charset put it for a character it could not map (the
# "fi"/"ff" ligatures, curly quotes, dashes). Ordinary text puts "?" only after a word; URLs
# ("page?id=3") are skipped by the token filter below.
_LOST_MARK = re.compile(r"(?:(?<=[^\W\d_])\?(?=[^\W\d_]))|(?:(?<![^\s(\[])\?(?=[^\W\d_]))")
# At least this many such marks before the source is reported (one may be a typo).
GARBLED_MIN_MARKS = 3


def lost_marks(text: str) -> int:
    """How many "?" in ``text`` stand for a lost character (inside or at the start of a word),
    URL and query-string tokens aside."""
    return sum(
        len(_LOST_MARK.findall(token))
        for token in text.split()
        if "?" in token and not re.search(r"[/=&@]", token)
    )


def garbled_problem(source: Source) -> Problem | None:
    """A warning when the text has lost characters to "?"; the text itself is left as it is
    (offsets point into it), only the user is told."""
    marks = lost_marks(source.original)
    if marks < GARBLED_MIN_MARKS:
        return None
    return Problem(
        path=source.path, kind="garbled-text",
        message=f'{marks} question marks stand inside or at the start of words (as in "e?ect"): '
        "characters were lost when the text was extracted (often from a PDF: ligatures such as "
        '"fi", curly quotes); words, names and quotes from it may be misread. It was briefed as '
        "it is; extract it again as UTF-8 if you can")


# -- identical copies -----------------------------------------------------------------------

def _drop_copies(sources: list[Source], problems: list[Problem]) -> list[Source]:
    """The sources without exact copies: the same file saved twice (or a line repeated in JSON
    Lines) would count as two sources agreeing with each other. A copy is the same text *and*
    the same title, outlet, author, date and URL; the same wire story under two outlets is kept.
    The first in path order is kept, the others reported."""
    kept: dict[tuple[str | None, ...], Source] = {}
    out: list[Source] = []
    for source in sources:
        key = (source.original, source.title, source.outlet, source.author, source.published,
               source.url)
        if (first := kept.get(key)) is None:
            kept[key] = source
            out.append(source)
        else:
            problems.append(Problem(path=source.path, kind="duplicate",
                                    message=f"the same article as {first.path}; it was briefed "
                                    "once"))
    return out


# -- 5. all of it ---------------------------------------------------------------------------

def read_inputs(
    paths: Sequence[str | Path] | str | Path, options: Options
) -> tuple[list[Source], list[Problem]]:
    """Read every article under ``paths``.

    Args:
        paths: ``.txt``, ``.html``/``.htm``, ``.jsonl`` and feed (``.rss``/``.atom``/``.xml``)
            files, or folders holding them (or one such path given bare).
        options: the run's options (``ingest_max_bytes`` is read here).

    Returns:
        The sources, sorted by path then JSON Lines line and numbered S1..Sn, and one problem
        per input that could not be used (or was skipped). Both are the same whatever the order
        of ``paths``; when no article could be read the source list is empty.
    """
    if isinstance(paths, (str, Path)):
        # One path given bare: a string is a sequence of one-letter "paths", among them ".",
        # which would brief the whole working folder.
        paths = [paths]
    files, problems = collect_files(paths)
    reads: list[_Read] = []
    for f in files:
        try:
            reads.extend(_read_file(f, options, problems))
        except InputError as exc:
            problems.append(Problem(path=exc.path, kind=exc.kind, message=exc.message))
    reads.sort(key=lambda r: r.key)
    sources = _drop_copies([r.source for r in reads], problems)
    for source in sources:
        if (problem := garbled_problem(source)) is not None:
            problems.append(problem)
    for number, source in enumerate(sources, 1):
        source.id = f"S{number}"
    problems.sort(key=lambda p: (p.path, p.kind, p.message))
    return sources, problems
