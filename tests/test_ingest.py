"""Ingest: files and folders to sources, decoding, HTML and JSON Lines, metadata, bad inputs."""

from __future__ import annotations

import itertools
import os
import random
import shutil
import time
from pathlib import Path

import pytest

import synoptic.ingest as ingest
from synoptic.config import Options, load_options
from synoptic.ingest import metadata, parse_date, read_inputs
from synoptic.ingest.cues import boilerplate_kind, outlet_name, person_name, sentence_spans
from synoptic.ingest.metadata import byline, date_line, normalize_date, outlet_cue, writes_cue
from synoptic.ingest.paragraphs import split_paragraphs
from synoptic.model import Source

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
FOLDER = FIXTURES / "folder"


@pytest.fixture(scope="module")
def options() -> Options:
    return load_options()


def _read(paths: list[str | Path], options: Options) -> tuple[list[Source], dict[str, str]]:
    sources, problems = read_inputs(paths, options)
    return sources, {p.path: p.kind for p in problems}


def _by_name(sources: list[Source], name: str) -> Source:
    return next(s for s in sources if s.path.endswith(name))


def _paragraph_texts(source: Source) -> list[str]:
    return [source.original[p.start : p.end] for p in source.paragraphs]


def test_public_names() -> None:
    assert set(ingest.__all__) == {name for name in dir(ingest) if not name.startswith("_")} & set(
        ingest.__all__
    )
    assert "read_inputs" in ingest.__all__


# -- folders, kinds, order -----------------------------------------------------------------

def test_folder_reads_every_kind_sorted(options: Options) -> None:
    sources, problems = _read([FOLDER], options)
    paths = [s.path for s in sources]
    assert [s.id for s in sources] == [f"S{i}" for i in range(1, len(sources) + 1)]
    assert paths == [
        f"{FOLDER.as_posix()}/lakeside.txt",
        f"{FOLDER.as_posix()}/nested/forum.htm",
        f"{FOLDER.as_posix()}/wire.jsonl#L1",
        f"{FOLDER.as_posix()}/wire.jsonl#L4",
    ]
    assert [s.kind for s in sources] == ["text", "html", "jsonl", "jsonl"]
    # notes.md beside the articles is passed over quietly
    assert problems == {f"{FOLDER.as_posix()}/wire.jsonl#L3": "bad-json"}


def test_order_of_paths_does_not_matter(options: Options) -> None:
    files = [FOLDER / "wire.jsonl", FOLDER / "lakeside.txt", FOLDER / "nested" / "forum.htm"]
    first, _ = read_inputs(files, options)
    second, _ = read_inputs(list(reversed(files)), options)
    assert [(s.id, s.path, s.original) for s in first] == [
        (s.id, s.path, s.original) for s in second
    ]


def test_same_file_twice_is_read_once(options: Options) -> None:
    sources, _ = read_inputs([FOLDER / "lakeside.txt", FOLDER, FOLDER / "lakeside.txt"], options)
    assert sum(s.path.endswith("lakeside.txt") for s in sources) == 1


# -- metadata --------------------------------------------------------------------------------

def test_text_metadata_lines_are_read_and_set_aside(options: Options) -> None:
    src = _by_name(read_inputs([FOLDER], options)[0], "lakeside.txt")
    assert src.title == "Ferry night crossings to resume in May"
    assert src.author == "Anna Lindqvist"
    assert src.published == "2024-04-12"
    assert src.outlet == "Lakeside Herald"
    details = {r.detail for r in src.removed}
    assert {"metadata: title", "metadata: byline", "metadata: date", "metadata: outlet"} <= details
    kept = " ".join(_paragraph_texts(src))
    assert "By Anna" not in kept and "12.04.2024" not in kept
    for r in src.removed:
        assert src.original[r.start : r.end] == r.text and r.reason == "boilerplate"


def test_html_is_extracted_without_scripts_or_navigation(options: Options) -> None:
    src = _by_name(read_inputs([FOLDER], options)[0], "forum.htm")
    assert src.title == "Loan guarantee for new ferries approved"
    assert src.author == "Marta Keel"
    assert src.published == "2024-04-20"
    assert src.outlet == "Orvel Forum Review"
    assert src.url == "https://review.example/2024/04/ferry-loan"
    assert "forty million crowns" in src.original
    for unwanted in ("Injected by script", "font-family", "tracker"):
        assert unwanted not in src.original
    assert all("Loan guarantee for new ferries" not in t for t in _paragraph_texts(src))


def test_jsonl_fields_and_html_field(options: Options) -> None:
    sources = read_inputs([FOLDER / "wire.jsonl"], options)[0]
    first, second = sources
    assert first.path.endswith("wire.jsonl#L1")
    assert (first.title, first.author, first.outlet) == (
        "Shipyard hires fifty welders for ferry order", "Juho Aalto", "Northern Wire")
    assert first.published == "2024-04-22"
    assert first.url == "https://wire.example/kallby"
    assert len(first.paragraphs) == 2
    assert second.published == "2024-04-23"
    assert "crews' union welcomed" in second.original


def test_hard_wrapped_lines_are_joined_into_paragraphs(options: Options) -> None:
    src = read_inputs([FIXTURES / "wrapped.txt"], options)[0][0]
    texts = _paragraph_texts(src)
    assert len(texts) == 2
    assert texts[0].startswith("The first night crossing") and "car deck." in texts[0]
    assert texts[1].startswith("Passengers said") and texts[1].endswith("every night.")
    assert src.author == "Anna Lindqvist"


def test_hard_wrapped_text_with_a_long_url_line() -> None:
    wrapped = (FIXTURES / "wrapped.txt").read_text("utf-8")
    text = wrapped + "\nhttps://example.invalid/" + "a" * 150 + "\n"
    assert len(split_paragraphs(text)) == len(split_paragraphs(wrapped)) + 1


def test_a_one_line_article_is_not_eaten_as_its_title(options: Options, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Ferry crossings resume on Lake Orvel"}\n')
    sources, problems = read_inputs([path], options)
    assert problems == [] and len(sources[0].paragraphs) == 1 and sources[0].title is None


def test_one_line_paragraphs_are_not_joined() -> None:
    text = "First paragraph is a line.\nSecond paragraph is a line.\nThird one.\n"
    assert len(split_paragraphs(text)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published April 26, 2019", "2019-04-26"),
        ("30.04.2019", "2019-04-30"),
        ("Published: Tuesday 17 June 2025", "2025-06-17"),
        ("17 June 2025, 07:45", "2025-06-17"),
        ("Posted on 3rd March 2024", "2024-03-03"),
        ("2024-02-29", "2024-02-29"),
        ("25/12/2023", "2023-12-25"),
        ("04/05/2023", None),  # US or European order: not guessed
        ("31.02.2024", None),
        ("Published yesterday", None),
        ("The summit was held on April 25, 2019 in Vladivostok.", None),  # not a date line
        ("Published 2 May 2024 | Updated 3 May 2024", "2024-05-02"),
        ("March 4, 2025 9:47 AM GMT Updated 2 hours ago", "2025-03-04"),
        ("Updated 6:05 PM GMT, Tue March 4, 2025", "2025-03-04"),
        ("March 21, 2025 · 9 min read", "2025-03-21"),
        ("Wed 5 Mar 2025 06.00 GMT", "2025-03-05"),
        ("9 min read", None),
        ("Updated 3 hours ago", None),
        # a full stop between the date and the time, and after the time zone
        ("Posted: Friday, May 9, 2025. 8:42 pm CST.", "2025-05-09"),
        ("The ferry sailed on May 9, 2025. 8:42 pm was its last call.", None),
    ],
)
def test_date_lines(text: str, expected: str | None) -> None:
    assert date_line(text) == expected


def test_date_fields_never_relative() -> None:
    assert normalize_date("2019-04-26T10:00:00Z") == "2019-04-26"
    assert normalize_date("April 26, 2019") == "2019-04-26"
    assert normalize_date("yesterday") is None
    assert normalize_date("3 days ago") is None
    assert parse_date("see 26 April 2019 and later") == "2019-04-26"


def test_byline_with_date(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ferry crews return\nBy Anna Lindqvist | 12 April 2024\n\nThe first night "
                    "crossing in two months left the northern pier at ten past nine.\n")
    src = read_inputs([path], options)[0][0]
    assert (src.author, src.published) == ("Anna Lindqvist", "2024-04-12")


def test_bylines_and_author_cues() -> None:
    assert byline("By Olga Petrova") == "Olga Petrova"
    assert byline("By Jan de Vries and Mia Holm | 3 May 2024") == "Jan de Vries and Mia Holm"
    assert byline("Tom Berg, Senior Reporter") == "Tom Berg"
    assert byline("Northgate Tribune") is None
    assert byline("Tom Berg") is None and byline("Tom Berg", bare=True) == "Tom Berg"
    assert writes_cue("Talks stalled again, writes Ines Moreau, a fellow at X.") == "Ines Moreau"
    assert writes_cue("Talks stalled, writes professor Ines Moreau, director.") == "Ines Moreau"
    assert writes_cue("She writes poems about the lake.") is None


def test_byline_forms_of_other_sites() -> None:
    assert byline("Harriet Pask Environment correspondent") == "Harriet Pask"
    assert byline("By Ana Whitcombe and Declan Rhee, WBN") == "Ana Whitcombe and Declan Rhee"
    assert metadata.byline_outlet("By Ana Whitcombe and Declan Rhee, WBN") == "WBN"
    assert metadata.byline_outlet("By Jan de Vries and Mia Holm | 3 May 2024") is None
    assert byline("Story by Colin Marsh") == "Colin Marsh"
    assert byline("Dr Rowan Elsby", bare=True) == "Rowan Elsby"
    assert byline("Environment reporter, Kallby") is None
    assert metadata._dated_byline("Posted on 14 May 2025 by Sanna Virta") == (
        "2025-05-14", "Sanna Virta")


def test_name_and_role_lines_standfirst_and_dateline(tmp_path: Path, options: Options) -> None:
    body = ("The first night crossing in two months left the northern pier at ten past nine, "
            "with forty cars and a full passenger deck.\n")
    path = tmp_path / "a.txt"
    path.write_text("Home\nNews\nWhat's On\nFerry crews return to the lake\nAnna Lindqvist\n"
                    "Transport reporter, Kallby\nPublished\n12 April 2024\n" + body)
    src = read_inputs([path], options)[0][0]
    assert (src.title, src.author, src.published) == (
        "Ferry crews return to the lake", "Anna Lindqvist", "2024-04-12")
    path.write_text("The Ferry Years\nA town and its boats, forty years on. It was never only "
                    "about getting across the water.\nBy Anna Lindqvist\nMarch 21, 2025 · 9 min "
                    "read\n" + body)
    src = read_inputs([path], options)[0][0]
    assert (src.title, src.author, src.published) == (
        "The Ferry Years", "Anna Lindqvist", "2025-03-21")
    path.write_text("Lake Ferries update on the night crossings\n\nFOR IMMEDIATE RELEASE\n\n"
                    "KALLBY, Finland, March 6, 2025 /Lake Wire/ -- " + body
                    + "\nSOURCE Lake Ferries plc\n")
    src = read_inputs([path], options)[0][0]
    assert (src.title, src.outlet, src.published) == (
        "Lake Ferries update on the night crossings", "Lake Ferries", "2025-03-06")


def test_a_timeline_date_under_the_intro_is_not_the_date(tmp_path: Path,
                                                        options: Options) -> None:
    path = tmp_path / "a.txt"
    path.write_text("How the ferry crisis unfolded\nThe night ferries stopped in March, and "
                    "the lake has argued about them ever since.\nMarch 3, 2024\nThe operator "
                    "suspends the night crossings after an inspection finds corrosion.\n")
    assert read_inputs([path], options)[0][0].published is None


def test_outlet_cues() -> None:
    assert outlet_cue("© 2024 Lakeside Herald Ltd. All rights reserved.") == "Lakeside Herald"
    assert outlet_cue("Copyright 2021 The Quay Post") == "The Quay Post"
    assert outlet_cue("Register to receive updates from KRX") == "KRX"
    assert outlet_name("THE QUAY POST") == "The Quay Post"
    assert outlet_name("Nord Gazette") == "Nord Gazette"
    assert outlet_name("Ferries resume") is None
    assert outlet_name("Lakes & District Gazette") == "Lakes & District Gazette"
    for label in ("My News", "Local News", "The Magazine", "News"):
        assert outlet_name(label) is None, label
    for name in ("The Times", "Daily Mail", "Sky News"):
        assert outlet_name(name) == name
    assert outlet_cue("SOURCE Lake Ferries plc") == "Lake Ferries"
    assert person_name("Anna Lindqvist") == "Anna Lindqvist"
    assert person_name("The Peninsula") is None
    assert boilerplate_kind("Anna Lindqvist") is None


# -- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-16", b""),  # Python writes a BOM
        ("utf-8-sig", b""),
        ("utf-16-le", b""),  # no BOM: found from the NUL pattern
        ("utf-8", b""),
    ],
)
def test_encodings(tmp_path: Path, options: Options, encoding: str, prefix: bytes) -> None:
    text = (FIXTURES / "accents.txt").read_text("utf-8")
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    sources, problems = read_inputs([path], options)
    assert problems == []
    assert sources[0].original == text
    assert "Café" in sources[0].original and "\ufeff" not in sources[0].original


def test_cp1252_smart_quotes(tmp_path: Path, options: Options) -> None:
    text = "“We will sail again,” the captain said — and the crowd cheered.\n" * 2
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_inputs([path], options)[0][0].original == text


# -- bad inputs ------------------------------------------------------------------------------

def _problem(paths: list[str | Path], options: Options) -> tuple[str, str]:
    sources, problems = read_inputs(paths, options)
    assert sources == []
    assert len(problems) == 1
    assert problems[0].message
    return problems[0].kind, problems[0].message


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("nul.txt", b"Some text\x00\x01\x02 with NUL bytes\x00" * 20, "binary"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "binary"),
        ("doc.html", b"%PDF-1.7\n" + b"stream" * 10, "binary"),
        ("noise.txt", random.Random(3).randbytes(3000).replace(b"\x00", b"\x80"), "undecodable"),
        ("nothing.html", b"<html><body><script>var a = 1;</script></body></html>", "no-text"),
        ("only-metadata.txt", b"By Anna Lindqvist\n12.04.2024\n", "no-text"),
    ],
)
def test_bad_files_are_reported(tmp_path: Path, options: Options, name: str, data: bytes,
                                kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert _problem([path], options)[0] == kind


def test_huge_file_is_refused_without_reading(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.seek(50_000_000)
        fh.write(b"x")
    started = time.perf_counter()
    kind, message = _problem([path], options)
    assert kind == "too-large" and "max_bytes" in message
    assert time.perf_counter() - started < 1.0


def test_size_limit_is_an_option(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A short article line with enough words in it.\n" * 10)
    assert _problem([path], options.with_overrides(ingest_max_bytes=100))[0] == "too-large"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The ferry sailed at nine.\n")
    path.chmod(0)
    try:
        assert _problem([path], options)[0] == "unreadable"
    finally:
        path.chmod(0o644)


def test_unreadable_file_any_user(tmp_path: Path, options: Options,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The ferry sailed at nine.\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    kind, message = _problem([path], options)
    assert kind == "unreadable" and "Permission denied" in message


def test_missing_path_and_unsupported_file(tmp_path: Path, options: Options) -> None:
    assert _problem([tmp_path / "nope.txt"], options)[0] == "not-found"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert _problem([pdf], options)[0] == "unsupported"


def test_folder_without_articles(tmp_path: Path, options: Options) -> None:
    (tmp_path / "notes.md").write_text("notes")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("The ferry sailed at nine on Monday evening.")
    sources, problems = read_inputs([tmp_path], options)
    assert sources == []
    assert {p.kind for p in problems} == {"skipped", "no-articles"}
    assert not any(p.path.endswith("notes.md") for p in problems)


def test_bad_inputs_never_lose_the_batch(tmp_path: Path, options: Options) -> None:
    shutil.copy(FOLDER / "lakeside.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 50)
    sources, problems = read_inputs([tmp_path, tmp_path / "missing.txt"], options)
    assert [s.path.rsplit("/", 1)[-1] for s in sources] == ["good.txt"]
    assert sorted(p.kind for p in problems) == ["binary", "empty", "not-found"]


def test_bad_jsonl_lines(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "A", "text": "The first article has a full sentence in it."}\n'
        "not json at all\n"
        "[1, 2, 3]\n"
        '{"title": "no text"}\n'
        '{"text": "The fifth line is a second good article, also a sentence."}\n'
    )
    sources, problems = read_inputs([path], options)
    assert [s.path.rsplit("#", 1)[-1] for s in sources] == ["L1", "L5"]
    assert [(p.path.rsplit("#", 1)[-1], p.kind) for p in problems] == [
        ("L2", "bad-json"), ("L3", "bad-json"), ("L4", "no-text")]


def test_jsonl_line_numbers_with_crlf_and_line_separators(tmp_path: Path,
                                                         options: Options) -> None:
    path = tmp_path / "feed.jsonl"
    first = '{"text": "One article with a raw line separator \u2028 inside, and more words."}'
    second = '{"text": "A second article, on the third line of the file."}'
    path.write_bytes(f"{first}\r\n\r\n{second}\r\n".encode())
    sources, problems = read_inputs([path], options)
    assert problems == []
    assert [s.path.rsplit("#", 1)[-1] for s in sources] == ["L1", "L3"]


def test_hostile_html_does_not_break_anything(tmp_path: Path, options: Options) -> None:
    body = "<p>The ferry operator said on Monday that all crossings would resume next week.</p>"
    markup = (
        "<html><head>" + "<script>var x = '<p>fake</p>';</script>" * 2000 + "</head><body>"
        + f'<div title="{"A" * 1_000_000}" onload="alert(1)">' + "<div>" * 500 + body
        + "</div>" * 500 + "</div><p><!-- <p>comment</p> --></p><iframe src=x></iframe>"
        + "</body></html>"
    )
    path = tmp_path / "hostile.html"
    path.write_text(markup)
    sources, problems = read_inputs([path], options)
    assert len(sources) + len(problems) == 1
    if sources:
        assert "fake" not in sources[0].original and "alert" not in sources[0].original


def test_no_article_at_all_returns_empty_list(tmp_path: Path, options: Options) -> None:
    sources, problems = read_inputs([tmp_path / "a.txt", tmp_path / "b.txt"], options)
    assert sources == [] and len(problems) == 2


def test_jsonl_text_as_a_list_of_paragraphs(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "A", "text": ["The ferry left at dawn with forty cars.", '
        '"  The crossing took six hours.  "]}\n'
        '{"title": "B", "text": 42}\n'
    )
    sources, problems = read_inputs([path], options)
    (src,) = sources
    assert src.original == "The ferry left at dawn with forty cars.\n\nThe crossing took six hours."
    assert len(src.paragraphs) == 2
    (problem,) = problems
    assert problem.kind == "no-text" and "list of paragraph strings" in problem.message


# -- metadata of other kinds of site (hclean2) -----------------------------------------------

_BODY = ("The bridge was closed at six in the morning after inspectors found fourteen broken "
         "wires inside the cable anchorage on the Selsworth side.\n")


def _meta(tmp_path: Path, options: Options, head: str) -> Source:
    path = tmp_path / "a.txt"
    path.write_text(head + _BODY)
    return read_inputs([path], options)[0][0]


def test_byline_forms_of_blogs_newsletters_and_live_pages() -> None:
    assert byline("Priya Lendrum (now) and Callum Ashe (earlier)") == (
        "Priya Lendrum and Callum Ashe")
    assert byline("Priya Lendrum and Callum Ashe") is None  # two bare names: no cue


def test_newsletter_title_written_as_sentences_name_and_date(tmp_path: Path,
                                                            options: Options) -> None:
    src = _meta(tmp_path, options,
                "The Estuary Ledger\nSubscribe\nSign in\nThe bridge didn't fail overnight. We "
                "were told, and we looked away.\nSix years ago an inspection warned that the "
                "anchorages were corroding. Here is what happened.\nNadia Fairbrook\n"
                "Feb 13, 2025\n214\n37\nShare\n")
    assert (src.title, src.outlet, src.author, src.published) == (
        "The bridge didn't fail overnight. We were told, and we looked away.",
        "The Estuary Ledger", "Nadia Fairbrook", "2025-02-13")


def test_blog_post_name_with_follow_button_and_publication(tmp_path: Path,
                                                           options: Options) -> None:
    src = _meta(tmp_path, options,
                "Member-only story\nWhat the bridge closure tells us about deferred "
                "maintenance\nTomasz Revell\nFollow\nPublished in\nInfrastructure Notes\n"
                "7 min read\n·\nFeb 15, 2025\n")
    assert (src.outlet, src.author, src.published) == (
        "Infrastructure Notes", "Tomasz Revell", "2025-02-15")


def test_cover_page_title_case_line_above_a_date_is_not_an_author(tmp_path: Path,
                                                                  options: Options) -> None:
    src = _meta(tmp_path, options, "ESTUARY CROSSINGS AUTHORITY\nInterim Inspection Findings\n"
                "14 February 2025\n")
    assert src.author is None and src.published == "2025-02-14"


def test_government_page_issuer_label_and_date_label(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options,
                "Cookies on this service\nWe use some essential cookies to make this service "
                "work.\nWe'd also like to use analytics cookies so we can understand how you use "
                "the service and make improvements.\nAccept analytics cookies\nHome\nTransport\n"
                "Press release\nSupport package for communities affected by the bridge closure\n"
                "Funding for extra ferry sailings, free bus travel and help for businesses on "
                "both sides of the estuary.\nFrom:\nDepartment for Regional Transport and The Rt "
                "Hon Gareth Pennock MP\nPublished\n12 February 2025\n")
    assert (src.title, src.outlet, src.author, src.published) == (
        "Support package for communities affected by the bridge closure",
        "Department for Regional Transport", None, "2025-02-12")


def test_ticker_headlines_under_todays_date_are_not_the_title(tmp_path: Path,
                                                              options: Options) -> None:
    src = _meta(tmp_path, options,
                "Breaking News\nFlood alert issued for three coastal districts as rains "
                "intensify\nWednesday, February 12, 2025\nEastern Standard Post\nHome\nWorld\n"
                "UK bridge closure strands thousands as engineers find broken wires\n"
                "Rehana Qadir\nPublished: February 12, 2025 | 21:14 IST\n")
    assert (src.title, src.author, src.published) == (
        "UK bridge closure strands thousands as engineers find broken wires", "Rehana Qadir",
        "2025-02-12")


def test_live_page_title_over_its_standfirst(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options,
                "Live\nBridge closure live: estuary crossing shut after broken cable wires "
                "found\nCommuters face 46-mile diversion as engineers inspect anchorage; "
                "minister promises support\nPriya Lendrum (now) and Callum Ashe (earlier)\n"
                "Tue 11 Feb 2025 16.52 GMT\n")
    assert (src.title, src.author, src.published) == (
        "Bridge closure live: estuary crossing shut after broken cable wires found",
        "Priya Lendrum and Callum Ashe", "2025-02-11")


def test_forum_repost_dates_the_article_not_the_member(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options,
                "Bridge to stay shut until April - Echo article\nStart date Feb 19, 2025\n"
                "docksider_77\nJoined\nMar 14, 2014\nMessages\n3,412\nFeb 19, 2025\n#1\n"
                "Copied from the Echo as it's behind their paywall now. Long but worth it.\n"
                "Bridge closure extended to April as more broken wires found\n"
                "By Fergus Laine, Transport Reporter\nWednesday 19 February 2025\n"
                "Port Ambry Echo\n")
    assert (src.title, src.outlet, src.author, src.published) == (
        "Bridge closure extended to April as more broken wires found", "Port Ambry Echo",
        "Fergus Laine", "2025-02-19")


def test_running_title_of_a_paged_document(tmp_path: Path, options: Options) -> None:
    header = "Kellaway Estuary Bridge – Interim Inspection Findings\nOFFICIAL\n"
    src = _meta(tmp_path, options,
                "KELLAWAY CROSSINGS AUTHORITY\nKellaway Estuary Bridge\nInterim Inspection "
                "Findings:\nSelsworth Main Cable Anchorage\nPrepared by Halden Structures Ltd "
                "for the Kellaway Crossings Authority\nDate: 14 February 2025\n\f" + header
                + "Contents\nPage 2 of 3\n\f" + header + "1 Summary\n")
    assert (src.title, src.outlet, src.published) == (
        "Kellaway Estuary Bridge – Interim Inspection Findings", "Kellaway Crossings Authority",
        "2025-02-14")


def test_outlet_cues_of_other_kinds_of_site() -> None:
    assert outlet_cue("© Crown copyright") is None
    assert outlet_cue("© Estuary Live 2025") == "Estuary Live"
    # A picture's rights holder is not the outlet.
    assert outlet_cue("Image copyright Valley Wire Image caption Mira Holt") is None
    assert outlet_cue("Photo © Lena Voss") is None
    assert outlet_name("Port Ambry Echo") == "Port Ambry Echo"
    assert metadata.date_line("Published: February 12, 2025 | 21:14 IST") == "2025-02-12"


def _meta_body(tmp_path: Path, options: Options, text: str) -> Source:
    path = tmp_path / "b.txt"
    path.write_text(text)
    return read_inputs([path], options)[0][0]


def test_outlet_from_an_agency_dateline(tmp_path: Path, options: Options) -> None:
    for opening, outlet in (
        ("KELLAND, Nordmark (LWN) — ", "LWN"),
        ("(Harbour Wire) ", "Harbour Wire"),
        ("Thornmere, Kelland (Ledger Health) -- ", "Ledger Health"),
        ("MONDAY, March 3, 2025 (Ferry News) -- ", "Ferry News"),
    ):
        src = _meta_body(tmp_path, options, "Bridge shut after wires snap\n\n" + opening + _BODY)
        assert src.outlet == outlet, opening
    # A dateline on a line of its own is not the title.
    src = _meta_body(tmp_path, options, "SELSWORTH (LWN)\n\n" + _BODY + _BODY.replace("six", "7"))
    assert (src.outlet, src.title) == ("LWN", None)
    # A parenthesis that is not an agency: lower case follows it, or it is a picture's credit.
    src = _meta_body(tmp_path, options, "(Kelland) officials closed the bridge early and said "
                     "the wires had failed in the cold.\n")
    assert src.outlet is None


def test_outlet_from_copyright_by_and_a_parenthesised_owner() -> None:
    assert outlet_cue("Copyright 2025 by KLDR - All rights reserved.") == "KLDR"
    assert outlet_cue("Copyright 2025 KLDR (Harbour Media Corp.) All rights reserved.") == "KLDR"


def test_single_word_masthead_on_the_first_line(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options, "NORDWIRE\nBridge shut after wires snap in the cold\n")
    assert (src.outlet, src.title) == ("Nordwire", "Bridge shut after wires snap in the cold")
    src = _meta(tmp_path, options, "BREAKING\nBridge shut after wires snap in the cold\n")
    assert src.outlet is None


def test_agency_dateline_under_a_caption_and_a_programme_line(tmp_path: Path,
                                                             options: Options) -> None:
    src = _meta_body(tmp_path, options, "Ferry queues at the harbour on Monday, March 3, 2025. "
                     "(LWN Photo/Ilse Marwick)\n\nSELSWORTH (LWN) — " + _BODY)
    assert src.outlet == "LWN"
    src = _meta_body(tmp_path, options, "(News at Six)\n\nSELSWORTH (KLDR) – " + _BODY)
    assert src.outlet == "KLDR"


def test_labelled_fields_at_the_top_of_a_file(tmp_path: Path, options: Options) -> None:
    src = _meta(
        tmp_path,
        options,
        "Title: Bridge shut after wires snap\nAuthor: Ilse Marwick\nSource: Kelland Ledger\n"
        "Date: 4 March 2025\nURL: https://ledger.example/bridge\n\n",
    )
    assert (src.title, src.author, src.outlet, src.published, src.url) == (
        "Bridge shut after wires snap",
        "Ilse Marwick",
        "Kelland Ledger",
        "2025-03-04",
        "https://ledger.example/bridge",
    )
    kept = [src.original[p.start : p.end] for p in src.paragraphs]
    assert not any(":" in k.split()[0] for k in kept)  # no field line left in the article
    # Only a block opening the file, with known labels: "Note: ..." ends it.
    src = _meta(tmp_path, options, "outlet: Kelland Ledger\nNote: the bridge is shut.\n\n")
    assert src.outlet == "Kelland Ledger"
    assert any(src.original[p.start : p.end].startswith("Note:") for p in src.paragraphs)


def test_outlet_from_a_repost_line_or_a_station_line(tmp_path: Path, options: Options) -> None:
    # An aggregator's repost line names the outlet that wrote the story, even after a call to
    # follow in the same paragraph; a station line names the broadcaster by its call sign.
    for text, outlet in (
        ("Bridge shut after wires snap\n\n" + _BODY + "\nFollow us on Twitter. Originally "
         "published on MarlowNews.com.\n", "MarlowNews.com"),
        ("Bridge shut after wires snap\n\n" + _BODY + "\nOriginally published on Kelland "
         "Ledger.\n", "Kelland Ledger"),
        ("KMRL – Marlow Falls, Ore.\n\nBridge shut after wires snap\n\n" + _BODY, "KMRL"),
    ):
        src = _meta_body(tmp_path, options, text)
        assert src.outlet == outlet, text
    # Prose that mentions a first publication names no outlet.
    src = _meta_body(tmp_path, options, "Bridge shut after wires snap\n\n" + _BODY + "\nThe "
                     "guide, originally published in 1912 by Kelland Ledger, is still sold.\n")
    assert src.outlet is None


# -- text from PDFs and wrapped pages: one line a paragraph, mojibake, credits, markup ---------

_PDF_LINES = (
    "The Harbour Board may not release a report containing classified figures\n\n"
    "provided to the Board in connection with the ferry inquiry. Under the charter,\n\n"
    "it is the Chair's duty to classify, declassify and limit access to\n\n"
    "records bearing on the safety of the Orvel crossing.\n\n"
    "Symptoms of a failing cable include:\n\n"
    "rust at the anchorage\n\n"
    "fraying strands\n\n"
    "Advertisement\n\n"
    "the board said on Tuesday that the crossing will reopen next week.\n"
)


def test_pdf_lines_cut_mid_sentence_are_joined_into_paragraphs() -> None:
    texts = [_PDF_LINES[s.start : s.end] for s in split_paragraphs(_PDF_LINES)]
    assert texts[0].startswith("The Harbour Board") and texts[0].endswith("Orvel crossing.")
    assert "charter,\n\nit is the Chair" in texts[0]
    # A list under a colon, short items and furniture are never joined.
    assert texts[1:5] == ["Symptoms of a failing cable include:", "rust at the anchorage",
                          "fraying strands", "Advertisement"]
    assert texts[5].startswith("the board said")
    # A footnote under a line cut after a function word is not the rest of its sentence.
    text = ("Accordingly, the Harbour Board has asked its own engineers to assess the\n\n"
            "1 See the Orvel crossing report of 2019, page 12.\n")
    assert len(split_paragraphs(text)) == 2
    # ... nor is a running footer in capitals; a line in sentence case is.
    text = ("The board has asked its own engineers at the harbour to report back to the\n\n"
            "PROPERTY OF THE ORVEL HARBOUR BOARD\n\n"
            "The board has asked its own engineers at the harbour to report back to the\n\n"
            "Transport Secretary before the crossing is opened again.\n")
    assert len(split_paragraphs(text)) == 3


def test_wrapped_lines_never_join_a_list_item_or_a_headline() -> None:
    text = ("- a first item of the list that runs on for quite a long way\n\n"
            "- and the second item of the same list that also runs on\n\n"
            "Harbour Board Votes To Reopen The Orvel Crossing Next Week\n\n"
            "after a long inquiry the board voted on Tuesday to reopen it.\n")
    assert len(split_paragraphs(text)) == 4


def test_blockquote_marker_is_not_part_of_the_line() -> None:
    text = "> Occupation: Mayor of Kelland\n\n>> nested quote line\n\n> 50 percent rise\n"
    texts = [text[s.start : s.end] for s in split_paragraphs(text)]
    assert texts == ["Occupation: Mayor of Kelland", "nested quote line", "> 50 percent rise"]


def test_a_photo_credit_labelled_source_is_not_the_outlet(tmp_path: Path,
                                                          options: Options) -> None:
    for credit in ("Source: Harbourfan77 / Wikimedia Commons", "Source: Ilse Marwick/Flickr",
                   "Source: Getty Images", "Source: AP Photo/Ilse Marwick"):
        src = _meta(tmp_path, options, credit + "\n\nBridge shut after wires snap\n\n")
        assert src.outlet is None, credit
        assert not any(src.original[p.start : p.end].startswith("Source")
                       for p in src.paragraphs) or boilerplate_kind(credit) == "media credit"
    assert _meta(tmp_path, options, "Source: Kelland Ledger\n\n").outlet == "Kelland Ledger"


def test_a_memo_subject_line_is_not_a_category() -> None:
    assert boilerplate_kind("Subject: Cable Safety Failures at the Orvel Harbour Board") is None
    assert boilerplate_kind("Subject: Ferries") == "category"
    assert boilerplate_kind("Subjects: ferries, bridges, cables") == "category"


def test_a_quoted_line_is_never_the_title(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options, "1. Ilse Marwick\n\n> Occupation: Mayor of Kelland\n\n")
    assert src.title != "Occupation: Mayor of Kelland"


# -- metadata and input problems on further kinds of site (h33clean) ---------------------------

def test_headline_ending_with_a_full_stop_is_the_title(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options,
                "Harbour Institute\n\nFaculty of Marine Engineering\n\n"
                "Pier cables will need replacing within a decade, engineers warn.\n\n"
                "April 30th, 2019 | 5 min read\n\n")
    assert src.title == "Pier cables will need replacing within a decade, engineers warn."
    assert src.published == "2019-04-30"


def test_a_long_standfirst_with_a_full_stop_is_not_taken_for_the_title(
    tmp_path: Path, options: Options
) -> None:
    src = _meta(tmp_path, options,
                "Selsworth bridge closed after broken cables found\n\n"
                "Inspectors found fourteen broken wires in one anchorage and the council says the "
                "bridge will stay shut for at least a month.\n\nBy Hanna Velde\n\n")
    assert src.title == "Selsworth bridge closed after broken cables found"


def test_by_name_comma_role_or_agency_gives_one_author(tmp_path: Path, options: Options) -> None:
    assert byline("Written by Marta Quennell, Communications Officer") == "Marta Quennell"
    assert byline("By Osric Faulds, Harbour Union") == "Osric Faulds"
    assert byline("By Osric Faulds and Marta Quennell, Harbour Post") == (
        "Osric Faulds and Marta Quennell")


def test_bare_line_of_names_over_a_date_is_the_byline(tmp_path: Path, options: Options) -> None:
    src = _meta(tmp_path, options,
                "Commentary\n\nBridge rules are written for calm weather.\n\n"
                "Osric Faulds, Marta Quennell\n\n30.04.2019\n\nDownload PDF\n\n")
    assert src.author == "Osric Faulds and Marta Quennell"
    assert src.title == "Bridge rules are written for calm weather."
    assert src.published == "2019-04-30"


def test_text_with_question_marks_for_lost_characters_is_reported(
    tmp_path: Path, options: Options
) -> None:
    text = ("Pier report\n\nThe e?ect of the storm on the pier was signi?cant, the o?cers said "
            "in ?the harbour plan? published on Monday.\n")
    path = tmp_path / "pdf.txt"
    path.write_text(text)
    sources, problems = read_inputs([path], options)
    assert [p.kind for p in problems] == ["garbled-text"]
    assert sources[0].original == text  # the text itself is not changed


def test_question_marks_of_questions_and_links_are_not_reported(
    tmp_path: Path, options: Options
) -> None:
    text = ("Pier report\n\nWhy did the pier fail? Nobody knows yet. What now? The report is at "
            "https://harbour.example/report?id=3&page=2 and asks: who pays? When? (?)\n")
    path = tmp_path / "q.txt"
    path.write_text(text)
    assert read_inputs([path], options)[1] == []


def test_headline_and_its_shorter_deck_give_the_headline(tmp_path: Path,
                                                         options: Options) -> None:
    src = _meta(tmp_path, options,
                "NEWS\n\nSelsworth bridge to stay shut for a month after cable wires snap\n\n"
                "Council also plans a second inspection of the north tower\n\n"
                "By Hanna Velde, Harbour Wire\n\n")
    assert src.title == "Selsworth bridge to stay shut for a month after cable wires snap"
    assert src.author == "Hanna Velde"


def test_first_line_printed_again_in_the_footer_is_the_outlet(tmp_path: Path,
                                                             options: Options) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Harbour Forum for Coastal Policy\n\nMenu\n\nBridge rules are written for calm "
                    "weather.\n\nOsric Faulds\n\n30.04.2019\n\n" + _BODY
                    + "\nHarbour Forum for Coastal Policy · Quay Street 12 · Selsworth\n")
    assert read_inputs([path], options)[0][0].outlet == "Harbour Forum for Coastal Policy"


@pytest.mark.parametrize(
    "headline",
    [
        "Tolvar Ferry Stays Docked. Keep It That Way.",  # two title-case sentences
        "U.S. Regulators Clear Tolvar Ferry Line to Sail Again",  # an abbreviation's full stop
        "Ferry Strike Ends in Tolvar, Ore.",  # ends on an abbreviation
    ],
)
def test_title_case_headline_with_full_stops_is_the_title(
    tmp_path: Path, options: Options, headline: str
) -> None:
    src = _meta(tmp_path, options,
                f"outlet: Tolvar Courier\n\n{headline}\n\n"
                "The ferry line between Tolvar and Osk will run again from Monday, the port "
                "authority said, after a strike that kept its two boats docked for nine days.\n\n"
                "Crews voted to accept a new rota late on Friday.\n")
    assert src.title == headline
    assert headline not in src.text


def test_a_sentence_case_line_with_a_full_stop_is_prose_not_a_title(
    tmp_path: Path, options: Options
) -> None:
    src = _meta(tmp_path, options,
                "outlet: Tolvar Courier\n\nThe ferry strike is over.\n\n"
                "The ferry line between Tolvar and Osk will run again from Monday, the port "
                "authority said.\n")
    assert src.title != "The ferry strike is over."


def test_newsletter_masthead_shaped_like_a_name_is_the_outlet(tmp_path: Path,
                                                             options: Options) -> None:
    # a two-word masthead printed again over the share card; the author is someone else, named
    # in the byline and in the copyright line
    path = tmp_path / "a.txt"
    path.write_text("Fen Notes\n\nSubscribe\n\nWho keeps the sluices?\n\nShare this post\n\n"
                    "Fen Notes\n\nWho keeps the sluices?\n\nMarta Oakley\n\nMay 02, 2019\n\n"
                    + _BODY + "\n© 2019 Marta Oakley\n")
    src = read_inputs([path], options)[0][0]
    assert src.author == "Marta Oakley"
    assert src.outlet == "Fen Notes"


def test_an_authors_own_page_is_not_an_outlet_named_after_her(tmp_path: Path,
                                                             options: Options) -> None:
    # the first line repeated is the author's own name: no outlet is made up from it
    path = tmp_path / "a.txt"
    path.write_text("Marta Oakley\n\nWho keeps the sluices?\n\nMarta Oakley\n\nMay 02, 2019\n\n"
                    + _BODY + "\n© 2019 Marta Oakley\n")
    src = read_inputs([path], options)[0][0]
    assert src.outlet != "Fen Notes"
    assert src.outlet in (None, "Marta Oakley")


def test_byline_of_two_names_after_a_comma_is_two_authors() -> None:
    # "By X, Y" with Y shaped like a person's name: two authors (a role or an outlet after the
    # comma still gives one author)
    assert byline("By Maren Tollefsen, Oskar Brandvik") == "Maren Tollefsen and Oskar Brandvik"
    assert byline("By Maren Tollefsen, Staff Writer") == "Maren Tollefsen"
    assert byline("By Maren Tollefsen, Nordwire") == "Maren Tollefsen"
    assert byline("By Maren Tollefsen, Press Union") == "Maren Tollefsen"
    assert byline("By Maren Tollefsen, Lake Post") == "Maren Tollefsen"
    assert byline("Written by Maren Tollefsen, Communications Officer") == "Maren Tollefsen"


def test_a_kicker_in_capitals_over_the_prose_is_no_outlet(tmp_path: Path,
                                                         options: Options) -> None:
    body = ("The slope that fell onto the mountain railway on Thursday had been on an "
            "inspector's list for six years, the railway's own report shows.\n")
    path = tmp_path / "a.txt"
    path.write_text("RAIL CHAOS\n" + body)
    assert read_inputs([path], options)[0][0].outlet is None
    # a masthead in capitals over a headline is the outlet
    path.write_text("FJORD SIGNAL\nRockslide shuts mountain railway for the season\n" + body)
    assert read_inputs([path], options)[0][0].outlet == "Fjord Signal"


def test_a_kicker_in_capitals_over_the_headline_yields_to_a_named_outlet(
        tmp_path: Path, options: Options) -> None:
    head = "HARBOUR TROUBLES\nFerry pier closed after storm damage\nBy Lene Tarvik\n"
    body = ("VESTRA (Bayline) - The main ferry pier at Vestra was closed on Friday after a storm "
            "tore away part of its deck, and the operator moved crossings to the fish quay.\n")
    path = tmp_path / "a.txt"
    # a dateline's agency names the outlet: the kicker is the story's label
    path.write_text(head + body)
    assert read_inputs([path], options)[0][0].outlet == "Bayline"
    # so does a copyright line at the foot
    path.write_text(head + body.replace("VESTRA (Bayline) - ", "")
                    + "Copyright 2026 Vestra Courier. All rights reserved.\n")
    assert read_inputs([path], options)[0][0].outlet == "Vestra Courier"
    # with nothing else naming one, the line in capitals is still read as the masthead
    path.write_text(head + body.replace("VESTRA (Bayline) - ", ""))
    assert read_inputs([path], options)[0][0].outlet == "Harbour Troubles"


def test_a_dateline_with_a_bar_is_no_title(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "a.txt"
    path.write_text("OSTREVIK, Norland |\n\nOSTREVIK, Norland (Nordwire) - A rockslide buried "
                    "300 metres of track on the mountain railway early on Thursday, and the "
                    "operator said trains would not run again before the spring.\n")
    src = read_inputs([path], options)[0][0]
    assert src.title is None and src.outlet == "Nordwire"
    assert boilerplate_kind("OSTREVIK, Norland |") == "dateline"


def test_a_headline_naming_the_u_s_is_the_title_not_prose(tmp_path: Path, options: Options) -> None:
    """The full stops of an initialism ("U.S.", "J. Doe") break no sentence: a twelve-word
    headline with one is a headline, not the first paragraph of prose."""
    src = _meta(tmp_path, options,
                "outlet: Tollmouth Post\n\n"
                "Marlow Says Rivals 'Walked Away' From Harbour Deal, U.S. Must 'Start Over'\n\n")
    assert src.title == "Marlow Says Rivals 'Walked Away' From Harbour Deal, U.S. Must 'Start Over'"
    assert src.outlet == "Tollmouth Post"


def test_a_line_wholly_in_brackets_is_not_the_title(tmp_path: Path, options: Options) -> None:
    """A broadcaster's programme label under the date ("(Evening News at 6)") is no headline."""
    src = _meta(tmp_path, options, "Tuesday, March 4, 2031\n\n(Evening News at 6)\n\n")
    assert src.title is None
    assert src.published == "2031-03-04"


def test_a_headline_with_an_abbreviated_month_or_title_is_the_title(
    tmp_path: Path, options: Options
) -> None:
    """The full stop of an abbreviation ("Jan. 9", "Gov. Ruiz") breaks no sentence: a headline
    with a date or an office in it is a headline, not prose."""
    for headline in ("Velmar panel summons a harbour official over the Jan. 9 flood",
                     "Tollmouth repeals the ferry law Gov. Ruiz used to close the port"):
        src = _meta(tmp_path, options, f"outlet: Tollmouth Post\n\n{headline}\n\n")
        assert src.title == headline
    assert sentence_spans("Gov. Ruiz signed it on Jan. 9. The port reopened.") == [
        (0, 30), (31, 49)]


def test_a_title_set_as_sentences_under_the_outlet_line_is_the_title(
    tmp_path: Path, options: Options
) -> None:
    """Under an outlet line, a short line of one to three sentences (or with a question mark
    inside) above a longer paragraph is the title; under a byline it is the first paragraph."""
    for headline in ("Tollmouth closes its ferry port again. Here's what that means.",
                     "'A harbour crisis'? Tollmouth shuts its ferry port for the winter"):
        src = _meta(tmp_path, options, f"outlet: Tollmouth Post\n\n{headline}\n\n")
        assert src.title == headline
        assert headline not in src.text
    lead = "Tollmouth closed its ferry port on Monday after the storm."
    src = _meta(tmp_path, options, f"By Mara Quint\n\n{lead}\n\n")
    assert src.title is None and lead in src.text


# -- hostile inputs (h104robust) --------------------------------------------------------------

_GOOD = ("The ferry Marisol ran aground near Tollby harbour on Friday, the coastguard said.\n\n"
         "Captain Edda Norrvik said all 41 passengers were taken ashore by lifeboat.\n")


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX symlinks")
def test_symlink_loop_is_reported_not_a_crash(tmp_path: Path, options: Options) -> None:
    (tmp_path / "good.txt").write_text(_GOOD, "utf-8")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink("loop-a.txt", tmp_path / "loop-b.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")
    sources, kinds = _read([tmp_path], options)
    assert [Path(s.path).name for s in sources] == ["good.txt"]
    assert kinds[(tmp_path / "loop.txt").as_posix()] == "unreadable"
    sources, kinds = _read([tmp_path / "loop.txt", tmp_path / "good.txt"], options)
    assert len(sources) == 1 and kinds


def test_one_huge_line_is_cut_into_paragraphs() -> None:
    # A page saved on one line (or a data dump) must not reach the parser as one paragraph of
    # millions of characters (spaCy refuses texts over 1,000,000 characters).
    sentence = "The dredger Kalmfors worked through the night near the Tollby pier. "
    text = sentence * 3000  # ~200,000 characters, one line
    spans = split_paragraphs(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= 10_000 for s in spans)
    assert spans[0].start == 0 and spans[-1].end == len(text.rstrip())
    # cut after a sentence, and nothing is lost between the pieces
    assert all(text[s.start : s.end].endswith(".") for s in spans)
    assert all(not text[a.end : b.start].strip() for a, b in itertools.pairwise(spans))
    words = "tollby " * 40_000  # no sentence end at all: cut between words
    spans = split_paragraphs(words)
    assert all(s.end - s.start <= 10_000 for s in spans)
    assert all(words[s.start : s.end].split() == ["tollby"] * len(words[s.start : s.end].split())
               for s in spans)


def test_identical_files_are_briefed_once(tmp_path: Path, options: Options) -> None:
    (tmp_path / "a.txt").write_text(_GOOD, "utf-8")
    (tmp_path / "a-copy.txt").write_text(_GOOD, "utf-8")
    other = "outlet: Tollby Post\n\n" + _GOOD
    (tmp_path / "b.txt").write_text(other, "utf-8")
    sources, kinds = _read([tmp_path], options)
    assert [Path(s.path).name for s in sources] == ["a-copy.txt", "b.txt"]
    assert kinds == {(tmp_path / "a.txt").as_posix(): "duplicate"}
    # the same text under another outlet (a syndicated wire story) is kept
    lines = [f'{{"outlet": "{o}", "text": "{_GOOD.splitlines()[0]}"}}' for o in ("Ost", "West")]
    (tmp_path / "wire.jsonl").write_text("\n".join([*lines, lines[0]]) + "\n", "utf-8")
    sources, kinds = _read([tmp_path / "wire.jsonl"], options)
    assert [s.outlet for s in sources] == ["Ost", "West"]
    assert list(kinds.values()) == ["duplicate"]


def test_whitespace_only_file_message_says_so(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n\n   ")
    kind, message = _problem([path], options)
    assert kind == "empty" and "white space" in message


def test_mostly_utf8_text_with_a_broken_byte_is_not_mojibake(tmp_path: Path,
                                                             options: Options) -> None:
    text = ("Ärztin Jördis Ålund said the café on Tollby quay “will reopen” — soon. " * 5).encode()
    # cut in the middle of the last multi-byte character, as a scraper's byte limit does
    path = tmp_path / "cut.txt"
    path.write_bytes(text + "é".encode()[:1])
    sources, _ = _read([path], options)
    assert sources[0].original.startswith("Ärztin Jördis Ålund said the café")
    assert "“will reopen” —" in sources[0].original


def test_broken_utf8_bytes_are_reported(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(("Jördis Ålund said the café “will reopen” soon. " * 4).encode() + b"\xc3")
    sources, kinds = _read([path], options)
    assert sources[0].original.endswith("\ufffd")
    assert kinds == {path.as_posix(): "garbled-text"}
    # a cp1252 text is still read as cp1252, not as broken UTF-8
    path.write_bytes("Jördis said the café “will reopen” soon. Åse agreed. ".encode("cp1252") * 3)
    sources, kinds = _read([path], options)
    assert "café “will reopen”" in sources[0].original and not kinds


def test_one_broken_sequence_among_few_accents_is_still_utf8(tmp_path: Path,
                                                              options: Options) -> None:
    path = tmp_path / "stray.txt"
    # four curly quotes, and one three-byte sequence that is not valid UTF-8 (an encoded
    # surrogate): one broken sequence, not three
    path.write_bytes("The harbour master said “the quay” is “closed” until Monday.".encode()
                     + b" \xed\xa0\x80 The ferry Marisol will stay in Tollby.")
    sources, kinds = _read([path], options)
    assert "“the quay” is “closed”" in sources[0].original
    assert kinds == {path.as_posix(): "garbled-text"}


def test_a_few_stray_nul_bytes_are_read_as_spaces_and_reported(tmp_path: Path,
                                                              options: Options) -> None:
    path = tmp_path / "nul.txt"
    body = ("The harbour master said the quay at Tollby would stay closed until Monday, "
            "while divers checked the piles for damage. ") * 4
    # one NUL mid-text and a run at the end (a file cut off mid-write), in UTF-8 with accents
    data = ("Jördis Ålund reported. " + body).encode() + b"\x00" + body.encode() + b"\x00" * 3
    path.write_bytes(data)
    sources, problems = read_inputs([path], options)
    assert len(sources) == 1
    original = sources[0].original
    assert original.startswith("Jördis Ålund reported. The harbour master")
    assert "\x00" not in original
    assert original.count("until Monday") == 8  # the text after the NUL is kept
    assert [(p.kind, p.message.split(" (")[0]) for p in problems] == [
        ("garbled-text", "4 NUL byte(s) stand in the text")]
    # one NUL in a cp1252 text: still cp1252
    path.write_bytes(("Jördis said the café “will reopen” soon. " * 3).encode("cp1252")
                     + b"\x00" + b" The ferry sails again on Friday." * 3)
    sources, problems = read_inputs([path], options)
    assert "café “will reopen”" in sources[0].original
    assert [p.kind for p in problems] == ["garbled-text"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_in_a_folder_does_not_hang(tmp_path: Path, options: Options) -> None:
    (tmp_path / "good.txt").write_text(_GOOD, "utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # nothing will ever write to it: reading would block
    started = time.perf_counter()
    sources, kinds = _read([tmp_path], options)
    assert time.perf_counter() - started < 5
    assert [Path(s.path).name for s in sources] == ["good.txt"]
    assert kinds == {(tmp_path / "pipe.txt").as_posix(): "unreadable"}


def test_deeply_nested_json_line_is_a_bad_line(tmp_path: Path, options: Options) -> None:
    path = tmp_path / "wire.jsonl"
    good = '{"title": "Ferry aground", "text": "' + _GOOD.splitlines()[0] + '"}'
    path.write_text("\n".join([good, "[" * 100_000 + "]" * 100_000,
                               '{"text": ' + "[" * 100_000 + '"x"' + "]" * 100_000 + "}"]),
                    "utf-8")
    sources, kinds = _read([path], options)
    assert [s.path for s in sources] == [f"{path.as_posix()}#L1"]
    assert kinds == {f"{path.as_posix()}#L2": "bad-json", f"{path.as_posix()}#L3": "bad-json"}


# A headline ending on a particle ("kicking in", "to watch for", "signs on") over a lede of one
# long line: the lede is not a wrapped line, so the headline was not cut mid-sentence.
_HEADLINE_ON_PARTICLE = (
    "Harbour fees on Lake Orvel to rise next spring, with new rates kicking in\n\n"
    "Ferry operators on Lake Orvel will pay a fifth more to dock at Kelland from April, the "
    "harbour board said on Tuesday, after a year of repairs to its piers and landing stages.\n\n"
    "The board's chair, Mira Talsen, said the rise would pay for a new breakwater.\n"
)


def test_a_headline_ending_on_a_particle_is_not_joined_to_the_lede(
        options: Options, tmp_path: Path) -> None:
    spans = split_paragraphs(_HEADLINE_ON_PARTICLE)
    assert len(spans) == 3
    path = tmp_path / "fees.txt"
    path.write_text(_HEADLINE_ON_PARTICLE, "utf-8")
    sources, _ = read_inputs([path], options)
    assert sources[0].title == "Harbour fees on Lake Orvel to rise next spring, with new rates "\
        "kicking in"
    # A line of a wrapped page cut after "for" still goes on with a capital on a line of
    # wrapped width.
    text = ("The harbour board has set aside a fifth of its budget this year for\n\n"
            "Kelland's new breakwater and the repairs to the piers.\n")
    assert len(split_paragraphs(text)) == 1


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path: Path,
                                                                options: Options) -> None:
    # JSON may spell a lone surrogate ("\ud800"); no parser or UTF-8 output can take one.
    path = tmp_path / "wire.jsonl"
    path.write_text('{"title": "Ferry \\ud800aground", "text": "The ferry Marisol ran aground '
                    'near Tollby \\udc00harbour on Friday, the coastguard said."}\n', "utf-8")
    sources, kinds = _read([path], options)
    assert kinds == {}
    assert sources[0].title == "Ferry \ufffdaground"
    assert sources[0].original == ("The ferry Marisol ran aground near Tollby \ufffdharbour on "
                                   "Friday, the coastguard said.")
    sources[0].original.encode("utf-8")


def test_control_characters_in_text_become_spaces_in_place(tmp_path: Path,
                                                            options: Options) -> None:
    # A few escape sequences (under the binary threshold) must not reach a terminal; each
    # control is one space, so the text keeps its length and offsets.
    text = ("The ferry Marisol ran aground near Tollby harbour on Friday, the coastguard said, "
            "and \x1b[31mall 41 passengers\x1b[0m were taken ashore by lifeboat.\n\n"
            "Captain Edda Norrvik said the crew had followed every rule of the harbour.\n")
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "b.jsonl").write_text('{"title": "Ferry\\u001b]0;x\\u0007 aground", "text": "'
                                      'Nul\\u0000 byte in the story about the ferry Marisol."}\n',
                                      "utf-8")
    sources, kinds = _read([tmp_path], options)
    assert kinds == {}
    a, b = _by_name(sources, "a.txt"), _by_name(sources, "b.jsonl#L1")
    assert len(a.original) == len(text)
    assert "\x1b" not in a.original
    assert "and  [31mall 41 passengers [0m were taken ashore by lifeboat." in a.original
    assert b.title == "Ferry ]0;x aground"
    assert b.original == "Nul  byte in the story about the ferry Marisol."


def test_html_with_a_reference_to_a_control_character_is_still_read(tmp_path: Path,
                                                                   options: Options) -> None:
    # "&#11;" (a pasted soft line break) made the HTML parser reject the whole page; references
    # from 128 to 159 are Windows-1252 punctuation and keep their meaning.
    (tmp_path / "a.html").write_text(
        "<html><body><article><p>The ferry Marisol ran aground near Tollby harbour on Friday,"
        "&#11;the coastguard said.</p><p>Captain Edda Norrvik said the crew&#146;s lifeboat "
        "took all 41 passengers ashore&#x1B;.</p></article></body></html>", "utf-8")
    sources, kinds = _read([tmp_path], options)
    assert kinds == {}
    assert "Tollby harbour on Friday, the coastguard said." in sources[0].original
    assert "the crew\u2019s lifeboat took all 41 passengers ashore ." in sources[0].original


def test_one_path_given_bare_is_one_path(tmp_path: Path, options: Options,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # A bare string is a sequence of one-letter paths, "." among them: the working folder.
    (tmp_path / "cluster").mkdir()
    (tmp_path / "cluster" / "a.txt").write_text(_GOOD, "utf-8")
    (tmp_path / "other.txt").write_text("Another story about a lighthouse keeper.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ("cluster", Path("cluster")):
        sources, problems = read_inputs(given, options)
        assert [s.path for s in sources] == ["cluster/a.txt"] and problems == []


# -- HTML pages: metadata mended with rules of news pages ------------------------------------

_FERRY_BODY = (
    "<article><p>The ferry operator said on Monday that all crossings between Tollby and Kallby "
    "would resume next week after repairs to the harbour ramp.</p><p>Passengers waited for "
    "hours at the terminal on Sunday, and the operator said refunds would be paid by the end of "
    "the month to everyone whose crossing was cancelled.</p></article>"
)


def _page(tmp_path: Path, name: str, head: str, body: str = _FERRY_BODY) -> Path:
    path = tmp_path / name
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", "utf-8")
    return path


def test_html_title_loses_the_site_name_and_date_appended_to_it(tmp_path: Path,
                                                                 options: Options) -> None:
    # Sites append their name (and some the date) to every headline; a date printed so is the
    # page's date. A tail after a dash that is not the site's name is part of the headline.
    _page(tmp_path, "a.html", '<meta property="og:site_name" content="LP.COM">'
          '<meta property="og:title" content="Tollby ferries to sail again | LP | 12.04.2024">')
    _page(tmp_path, "b.html", '<meta property="og:site_name" content="The Orvel Ledger">'
          '<meta property="og:title" content="Kallby harbour ramp reopens - The Orvel Ledger">')
    _page(tmp_path, "c.html", '<meta property="og:site_name" content="The Orvel Ledger">'
          '<meta property="og:title" content="Ferry refunds - the crossing nobody took">')
    sources, _ = _read([tmp_path], options)
    a, b, c = (_by_name(sources, n) for n in ("a.html", "b.html", "c.html"))
    assert (a.title, a.published) == ("Tollby ferries to sail again", "2024-04-12")
    assert b.title == "Kallby harbour ramp reopens"
    assert c.title == "Ferry refunds - the crossing nobody took"


def test_html_title_of_one_lower_case_word_yields_to_the_page_title(tmp_path: Path,
                                                                     options: Options) -> None:
    # A publishing system's name left as the structured data's headline is no title.
    _page(tmp_path, "a.html", "<title>Harbour ramp repairs finish early</title>"
          '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "cmsbox"}'
          "</script>")
    source = _read([tmp_path], options)[0][0]
    assert source.title == "Harbour ramp repairs finish early"


def test_html_author_list_loses_the_outlets_own_name(tmp_path: Path, options: Options) -> None:
    _page(tmp_path, "a.html", '<meta property="og:site_name" content="Orvel Post">'
          '<meta name="author" content="Marta Keel, Orvel Post">')
    source = _read([tmp_path], options)[0][0]
    assert (source.author, source.outlet) == ("Marta Keel", "Orvel Post")


def test_html_author_that_is_the_outlet_yields_to_a_byline_in_the_text(tmp_path: Path,
                                                                        options: Options) -> None:
    # "Written by: X" (a colon after the cue) in the text names the writer; the page's author
    # field naming the outlet itself says less. With no byline in the text it stays.
    head = ('<meta property="og:site_name" content="Orvel Post">'
            '<meta name="author" content="Orvel Post">')
    _page(tmp_path, "a.html", head, "<article><p>Written by: Marta Keel</p>"
          + _FERRY_BODY.removeprefix("<article>"))
    _page(tmp_path, "b.html", head)
    sources, _ = _read([tmp_path], options)
    assert _by_name(sources, "a.html").author == "Marta Keel"
    assert _by_name(sources, "b.html").author == "Orvel Post"
    assert byline("By: Marta Keel") == "Marta Keel"


def test_html_byline_box_with_the_outlet_and_a_date_is_no_author(tmp_path: Path,
                                                                 options: Options) -> None:
    # The extractor reads "Orvel Post" and the date's month as the author ("Orvel Post April"):
    # the outlet with a month cut off its date.
    body = ('<article><header><div class="byline"><span class="source">Orvel Post</span>'
            '<span class="time">April 12, 2024, 7:57 AM</span></div>'
            '<h1>Tollby ferries to sail again</h1></header>'
            + _FERRY_BODY.removeprefix("<article>"))
    _page(tmp_path, "a.html", '<meta property="og:site_name" content="Orvel Post">', body)
    source = _read([tmp_path], options)[0][0]
    assert source.author == "Orvel Post"


def test_html_article_drawn_by_scripts_is_read_from_its_structured_data(tmp_path: Path,
                                                                        options: Options) -> None:
    # The HTML holds only a caption (long enough for the extractor to take it for the
    # article); the article is in the JSON-LD articleBody.
    story = ("The harbour board of Tollby voted on Tuesday to rebuild the ferry ramp. " * 20
             + "Work starts in May, the board's chair Edda Norrvik said.")
    data = ('{"@context": "https://schema.org", "@graph": [{"@type": "OpinionNewsArticle", '
            f'"headline": "Tollby rebuilds its ramp", "articleBody": "{story}"}}]}}')
    caption = ("<figure><figcaption>Board members inspect the damaged ferry ramp at Tollby on "
               "Monday, a day before the vote on its repair, while the morning crossing waits "
               "at the old pier and passengers queue along the harbour wall in the rain for the "
               "only boat of the day to Kallby. Photo: Harbour Pictures</figcaption></figure>")
    _page(tmp_path, "a.html", f'<script type="application/ld+json">{data}</script>', caption)
    # Markup inside an articleBody is read as paragraphs, its scripts dropped.
    # (JSON in a page spells "</" as "<\\/", or the page's script would end there.)
    data = ('{"@type": "NewsArticle", "articleBody": "<p>' + story + '<\\/p><script>var ad = 1;'
            '<\\/script><p>The ramp was built in 1962.<\\/p>"}')
    _page(tmp_path, "b.html", f'<script type="application/ld+json">{data}</script>', caption)
    sources, kinds = _read([tmp_path], options)
    assert kinds == {}
    a, b = _by_name(sources, "a.html"), _by_name(sources, "b.html")
    assert a.original == story.strip()
    assert b.original == story.strip() + "\nThe ramp was built in 1962."


def test_hostile_structured_data_and_stuffed_attributes(tmp_path: Path, options: Options) -> None:
    # JSON-LD nested too deep or broken is passed over; a title or author attribute of
    # megabytes is no metadata; javascript: links and iframes never reach the text; a page
    # with no article is a problem and the batch goes on.
    ld = ('<script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>"
          '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
          + '{"a": ' * 3000 + "1" + "}" * 3000 + "}</script>"
          '<script type="application/ld+json">{"articleBody": "unclosed</script>')
    _page(tmp_path, "ld.html", ld)
    _page(tmp_path, "attr.html", f'<meta property="og:title" content="{"T" * 2_000_000}">'
          f'<meta name="author" content="{"Ann Lee " * 200_000}">')
    _page(tmp_path, "links.html", "", "<iframe src='javascript:alert(1)'></iframe>"
          + _FERRY_BODY.replace("Monday", "Friday").replace(
              "</article>", '<p><a href="javascript:alert(2)">Tap</a></p></article>'))
    _page(tmp_path, "none.html", "", "<nav><a href='/'><img src='logo.png'></a></nav>")
    sources, kinds = _read([tmp_path], options)
    assert kinds == {(tmp_path / "none.html").as_posix(): "no-text",
                     (tmp_path / "ld.html").as_posix(): "duplicate"}  # attr.html's text
    attr, links = _by_name(sources, "attr.html"), _by_name(sources, "links.html")
    assert "harbour ramp" in attr.original and attr.title is None and attr.author is None
    assert "alert" not in links.original and "javascript" not in links.original


def test_name_in_capitals_over_its_email_address_is_the_byline(tmp_path: Path,
                                                               options: Options) -> None:
    # A reporter's name with the address under it; a masthead over a newsroom address is not.
    prose = ("The ferry operator said on Monday that all crossings between Tollby and Kallby "
             "would resume next week after repairs to the harbour ramp.")
    (tmp_path / "a.txt").write_text(f"MARTA KEEL\nmarta.keel@orvelpost.example\n\n{prose}\n")
    (tmp_path / "b.txt").write_text(f"THE ORVEL POST\nnews@orvelpost.example\n\n{prose}\n")
    sources, _ = _read([tmp_path], options)
    a, b = _by_name(sources, "a.txt"), _by_name(sources, "b.txt")
    assert a.author == "Marta Keel"
    assert not any("marta.keel" in t for t in _paragraph_texts(a))
    assert b.author is None
