"""RSS and Atom feeds as input: one article an entry, metadata from the feed, bad feeds reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.config import load_options
from synoptic.ingest.readers import read_inputs

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def test_each_entry_with_text_is_an_article_with_the_feeds_metadata() -> None:
    sources, problems = read_inputs([FEEDS], load_options())
    by_path = {Path(s.path).name: s for s in sources}
    assert sorted(by_path) == ["courier.atom#1", "courier.atom#2", "valley-wire.rss#1",
                               "valley-wire.rss#3"]
    wire = by_path["valley-wire.rss#1"]
    assert (wire.kind, wire.outlet, wire.author, wire.published) == (
        "feed", "Valley Wire", "Ana Reyes", "2024-05-14")
    assert wire.title == "Orra dam gates opened as river rises"
    assert wire.url == "https://valleywire.example/orra"
    # The full content is preferred to the teaser, as text, one paragraph a line, no script.
    assert wire.original.startswith("The river authority of Velmar opened all six gates")
    assert "Short teaser" not in wire.original and "alert" not in wire.original
    assert len(wire.paragraphs) == 3
    atom = by_path["courier.atom#2"]
    assert atom.original == (
        "Commuters now face a 40-minute detour by road while the ferry is repaired.")
    assert atom.published == "2024-05-19"  # feedparser gives UTC: 05:30 on the 19th
    assert by_path["courier.atom#1"].author == "Mira Holt"
    # An entry without text is reported on its own; the rest of the feed is read.
    assert [(Path(p.path).name, p.kind) for p in problems] == [("valley-wire.rss#2", "no-text")]


def test_a_file_that_is_not_a_feed_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "settings.xml").write_text('<?xml version="1.0"?><config><a>1</a></config>')
    (tmp_path / "broken.rss").write_text("this is not xml at all")
    (tmp_path / "story.txt").write_text(
        "Ferry service across Lake Orrin was suspended on Friday after a crack was found.\n")
    sources, problems = read_inputs([tmp_path], load_options())
    assert [Path(s.path).name for s in sources] == ["story.txt"]
    assert sorted((Path(p.path).name, p.kind) for p in problems) == [
        ("broken.rss", "not-a-feed"), ("settings.xml", "not-a-feed")]


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "evil.atom").write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE feed [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title>'
        "<summary>Ferry service was suspended on Friday after a crack was found. &x;</summary>"
        "</entry></feed>"
    )
    sources, _ = read_inputs([tmp_path / "feed"], load_options())
    assert sources and all("TOPSECRETVALUE" not in s.original for s in sources)


@pytest.mark.slow
def test_a_feed_is_briefed_end_to_end() -> None:
    import json

    import synoptic
    from synoptic.backends.embedders import HashingEmbedder

    brief = synoptic.build_brief([FEEDS], embedder=HashingEmbedder())
    data = json.loads(brief.to_json())
    assert {s["kind"] for s in data["sources"]} == {"feed"}
    for sent in data["summary"]:
        for cite in sent["citations"]:
            src = next(s for s in data["sources"] if s["id"] == cite["source"])
            assert src["original"][cite["start"] : cite["end"]]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_standard_input_is_read_by_its_first_character(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (
        b'{"title": "Dam opens", "outlet": "Valley Wire", "text": "The river authority opened '
        b'all six gates of the Orra dam on Monday."}\n'
        b'{"title": "Ferry", "text": "Ferry service across Lake Orrin was suspended on Friday."}\n'
    )
    _stdin(monkeypatch, lines)
    sources, problems = read_inputs(["-"], load_options())
    assert [(s.path, s.kind, s.outlet) for s in sources] == [
        ("-#L1", "jsonl", "Valley Wire"), ("-#L2", "jsonl", None)]
    assert not problems
    _stdin(monkeypatch, (FEEDS / "courier.atom").read_bytes())
    sources, _ = read_inputs(["-"], load_options())
    assert [(s.path, s.kind) for s in sources] == [("-#1", "feed"), ("-#2", "feed")]
    _stdin(monkeypatch, b"Ferry service across Lake Orrin was suspended on Friday.\n")
    sources, _ = read_inputs(["-", FEEDS / "valley-wire.rss"], load_options())
    assert [s.kind for s in sources] == ["text", "feed", "feed"]
    _stdin(monkeypatch, b"  \n")
    sources, problems = read_inputs(["-"], load_options())
    assert not sources and [(p.path, p.kind) for p in problems] == [("-", "empty")]


def test_markup_in_feed_and_entry_titles_becomes_text(tmp_path: Path) -> None:
    (tmp_path / "harbour.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tollby <b>Post</b></title>'
        "<item><title>&lt;i&gt;Ferry&lt;/i&gt; Marisol aground &amp;amp; towed</title>"
        "<description>The ferry Marisol ran aground near Tollby harbour on Friday, the "
        "coastguard said.</description></item>"
        "<item><title>Tolls &amp; fares &lt; last year</title><description>Fares at Tollby "
        "harbour fell by a tenth this spring, the port said.</description></item>"
        "<item><title>Third, cut off", "utf-8")
    sources, problems = read_inputs([tmp_path], load_options())
    assert [s.outlet for s in sources] == ["Tollby Post", "Tollby Post"]
    assert [s.title for s in sources] == ["Ferry Marisol aground & towed",
                                          "Tolls & fares < last year"]
    assert [(Path(p.path).name, p.kind) for p in problems] == [("harbour.rss#3", "no-text")]


def test_too_much_standard_input_says_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"The ferry Marisol ran aground near Tollby on Friday.\n" * 10)
    sources, problems = read_inputs(["-"], load_options().with_overrides(ingest_max_bytes=100))
    assert not sources and [(p.path, p.kind) for p in problems] == [("-", "too-large")]
    assert "standard input" in problems[0].message and "the file is" not in problems[0].message
