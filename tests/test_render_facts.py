"""Who said what, timeline, key numbers in the terminal; source profiles in Markdown and HTML."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from synoptic.render._common import number_groups
from synoptic.render.html import render_html
from synoptic.render.markdown import render_markdown
from synoptic.render.terminal import render_terminal

ORIGINAL = "Mayor Ana Ruiz said the bridge reopens on 4 May. Repairs cost $3 million."


def _data() -> dict[str, Any]:
    return {
        "schema_version": "1.0",
        "words": 50,
        "sources": [
            {
                "id": "S1",
                "path": "a.txt",
                "title": "Bridge",
                "outlet": "Gazette",
                "author": None,
                "published": "2024-04-01",
                "text": ORIGINAL,
                "original": ORIGINAL,
                "removed": [],
            },
        ],
        "summary": [],
        "claims": [
            {
                "id": "C1",
                "text": "Repairs cost $3 million.",
                "sources": ["S1"],
                "independent_sources": 1,
                "support": "single-source",
                "citations": [{"source": "S1", "start": 49, "end": 73}],
            }
        ],
        "conflicts": [],
        "quotes": [
            {
                "speaker": "Ana Ruiz",
                "role": "mayor",
                "text": "the bridge reopens on 4 May",
                "source": "S1",
                "direct": False,
                "start": 20,
                "end": 47,
            }
        ],
        "entities": [],
        "timeline": [
            {
                "date": "2024-05-04",
                "text": "the bridge reopens on 4 May",
                "sources": ["S1"],
                "citations": [{"source": "S1", "start": 20, "end": 47}],
            }
        ],
        "numbers": [
            {
                "text": "$3 million",
                "value": 3e6,
                "unit": "USD",
                "context": ORIGINAL[49:],
                "source": "S1",
                "start": 62,
                "end": 72,
            }
        ],
        "profiles": [
            {
                "source": "S1",
                "claims": 1,
                "unique_claims": ["C1"],
                "shared_claims": [],
                "shared": 0.0,
                "adds": [],
                "copies_from": [],
                "conflicts": [],
                "stance": {"hedge": 2},
                "markers": [],
            }
        ],
        "problems": [],
    }


def test_terminal_shows_quotes_timeline_and_numbers() -> None:
    console = Console(record=True, width=120)
    render_terminal(_data(), console)
    out = console.export_text()
    for needle in (
        "Who said what",
        "Ana Ruiz (mayor)",
        "Timeline",
        "2024-05-04",
        "Key numbers",
        "$3 million",
    ):
        assert needle in out


def test_profiles_are_shown_per_source() -> None:
    data = _data()
    assert "0% of its claims also in another source" in render_markdown(data)
    assert "stance markers: hedge 2" in render_html(data)


def test_disputed_summary_sentence_points_to_its_conflict() -> None:
    data = _data()
    data["conflicts"] = [
        {
            "id": "X1",
            "kind": "date",
            "topic": "reopening",
            "sides": [
                {
                    "source": "S1",
                    "text": ORIGINAL[:48],
                    "value": "2024-05-04",
                    "start": 0,
                    "end": 48,
                },
            ],
        },
    ]
    data["summary"] = [
        {
            "text": ORIGINAL[:48],
            "sentence": "S1.1",
            "claim": "C0",
            "disputed": ["X1"],
            "citations": [{"source": "S1", "start": 0, "end": 48}],
        },
    ]
    assert "(disputed: see conflict 1)" in render_markdown(data)
    html = render_html(data)
    assert 'href="#conflict-1"' in html and 'id="conflict-1"' in html


def test_the_same_figure_in_several_sources_is_one_key_number() -> None:
    data = _data()
    first = data["numbers"][0]
    data["numbers"] = [
        {**first, "text": "4 days", "value": 4.0, "unit": "days"},
        first,
        {**first, "source": "S2", "text": "$3m", "start": 0, "end": 3},
    ]
    data["sources"] = [*data["sources"], {**data["sources"][0], "id": "S2"}]
    groups = number_groups(data)
    assert [g.text for g in groups] == ["$3 million", "4 days"]  # most sources first
    assert groups[0].sources == ["S1", "S2"]
    md = render_markdown(data).split("## Key numbers")[1]
    assert "**$3 million** — 2 sources" in md
    assert "**$3m**" not in md  # one line for the figure, citing both mentions
    assert "$3m" not in render_html(data).split("Key numbers")[1].split("</table>")[0]



def test_a_reprint_is_named_in_the_support_note() -> None:
    from synoptic.render._common import support_note

    claim = {"sources": ["S1", "S2", "S3"], "independent_sources": 2}
    assert support_note(claim) == "2 independent sources (S1, S2, S3; 1 of them reprints another)"
    assert support_note({"sources": ["S1", "S2"], "independent_sources": 2}).endswith("(S1, S2)")


def test_names_seen_once_are_left_to_the_json() -> None:
    data = _data()
    data["entities"] = [
        {"name": "Ana Ruiz", "label": "person", "aliases": [], "sources": ["S1"],
         "role": "mayor", "mentions": 1},
        {"name": "Tollmouth", "label": "place", "aliases": [], "sources": ["S1"],
         "role": None, "mentions": 3},
        {"name": "Apopyllus", "label": "place", "aliases": [], "sources": ["S1"],
         "role": None, "mentions": 1},
    ]
    for out in (render_markdown(data), render_html(data)):
        assert "Ana Ruiz" in out and "Tollmouth" in out
        assert "Apopyllus" not in out
        assert "1 more named once in one source" in out


def test_a_long_list_of_statements_is_folded() -> None:
    data = _data()
    first = data["quotes"][0]
    data["quotes"] = [{**first, "text": f"statement number {k}"} for k in range(12)]
    md = render_markdown(data)
    assert "statement number 7" in md
    assert "statement number 8" not in md
    assert "… and 4 more statements" in md
    page = render_html(data)
    assert page.count("statement number") == 12  # all in the HTML
    folded = page[page.index("<details><summary>4 more statements</summary>") :]
    assert "statement number 8" in folded and "statement number 7" not in folded


def test_small_counts_written_as_words_are_not_key_numbers() -> None:
    data = _data()
    first = data["numbers"][0]
    data["numbers"] = [
        {**first, "text": "one", "value": 1.0, "unit": "corner"},
        {**first, "text": "seven", "value": 7.0, "unit": "time"},
        {**first, "text": "two years", "value": 2.0, "unit": "years"},
        first,
    ]
    texts = [g.text for g in number_groups(data)]
    assert "one" not in texts and "seven" not in texts
    assert "two years" in texts
    md = render_markdown(data).split("## Key numbers")[1]
    assert "2 more small counts written as words" in md


def test_one_statement_reprinted_by_two_sources_is_one_line() -> None:
    data = _data()
    first = data["quotes"][0]
    data["sources"] = [*data["sources"], {**data["sources"][0], "id": "S2"}]
    data["quotes"] = [
        first,
        {**first, "source": "S2", "text": "The bridge reopens on 4 May."},  # the same words
        {**first, "text": "the ferry stops on 5 May"},
    ]
    md = render_markdown(data).split("## Who said what")[1].split("##")[0]
    statements = [line for line in md.splitlines() if line.startswith("  - ")]
    assert len(statements) == 2
    assert "S1" in statements[0] and "S2" in statements[0]
    page = render_html(data)
    section = page[page.index("Ana Ruiz") :]
    assert section.count("<blockquote>") == 2


def test_a_reprinted_figure_counts_as_one_source() -> None:
    data = _data()
    first = data["numbers"][0]
    data["sources"] = [*data["sources"], {**data["sources"][0], "id": "S2"}]
    data["numbers"] = [first, {**first, "source": "S2", "copy_of": "S1"}]
    [group] = number_groups(data)
    assert group.sources == ["S1", "S2"] and group.independent == 1
    md = render_markdown(data).split("## Key numbers")[1]
    assert "2 sources" not in md


def test_money_comes_first_and_spans_of_time_after_counts() -> None:
    data = _data()
    first = data["numbers"][0]
    data["numbers"] = [
        {**first, "text": "1 meeting", "value": 1.0, "unit": "meeting"},
        {**first, "text": "two hours", "value": 2.0, "unit": "hours"},
        {**first, "text": "40 km", "value": 40.0, "unit": "km"},
        {**first, "text": "12%", "value": 12.0, "unit": "percent"},
        {**first, "text": "€8 million", "value": 8e6, "unit": "EUR"},
        {**first, "text": "more than one", "value": 1.0, "unit": "meeting"},
        {**first, "text": "less than a year", "value": 1.0, "unit": "years"},
    ]
    texts = [g.text for g in number_groups(data)]
    assert texts == ["€8 million", "40 km", "12%", "two hours", "1 meeting"]  # one in words: JSON
    md = render_markdown(data).split("## Key numbers")[1]
    assert md.index("**€8 million**") < md.index("**40 km**") < md.index("**two hours**")


def test_one_source_does_not_fill_the_key_numbers() -> None:
    from synoptic.render._common import KEY_NUMBERS_PER_SOURCE, key_number_groups

    data = _data()
    first = data["numbers"][0]
    data["sources"] = [*data["sources"], {**data["sources"][0], "id": "S2"}]
    report = [
        {**first, "text": f"{n}%", "value": float(n), "unit": "percent"} for n in range(11, 31)
    ]
    other = {**first, "source": "S2", "text": "121 cases", "value": 121.0, "unit": "case"}
    data["numbers"] = [*report, other]
    shown, hidden = key_number_groups(data)
    texts = [g.text for g in shown]
    assert "121 cases" in texts
    assert sum(1 for g in shown if g.sources == ["S1"]) == KEY_NUMBERS_PER_SOURCE
    assert hidden == len(report) - KEY_NUMBERS_PER_SOURCE
    md = render_markdown(data).split("## Key numbers")[1]
    assert f"*{hidden} more figures, in the JSON (numbers).*" in md
    assert f"{hidden} more figures" in render_html(data)


def test_what_each_source_adds_shows_the_profile_choice() -> None:
    data = _data()
    claims = [
        {"id": f"C{n}", "text": f"Ferry claim number {n} says something new here.",
         "sources": ["S1"], "support": "single-source", "citations": []}
        for n in range(8)
    ]  # fmt: skip
    data["claims"] = claims
    chosen = [claims[n] for n in (1, 3, 4, 6, 7)]
    data["profiles"] = [
        {"source": "S1", "adds": [{"claim": c["id"], "text": c["text"]} for c in chosen]}
    ]
    md = render_markdown(data).split("## What each source adds")[1]
    assert "claim number 1 " in md and "claim number 0 " not in md
    assert "- … and 3 more" in md
    assert "claim number 0 " not in render_html(data).split("What each source adds")[1]
    # The profile's count of what it could list, when given, is the "more".
    data["profiles"][0]["adds_total"] = 6
    assert "- … and 1 more" in render_markdown(data)
    # A profile that found nothing of its own says so, and does not bring back the claims it
    # found said elsewhere.
    data["profiles"] = [{"source": "S1", "adds": [], "adds_total": 0}]
    md = render_markdown(data).split("## What each source adds")[1].split("\n## ")[0]
    s1 = md.split("### S1")[1].split("### ")[0]
    assert "Nothing that another source does not also report." in s1
    assert "claim number" not in s1 and "more" not in s1


def test_a_quotation_split_by_its_attribution_is_shown_as_one() -> None:
    text = (
        '"The gates will stay open," said Tomas Wren, the director, "until the level falls." '
        '"We are ready," Wren said. Later, "nothing" was said.'
    )
    data = _data()
    data["sources"][0]["original"] = data["sources"][0]["text"] = text

    def piece(words: str, direct: bool = True) -> dict[str, Any]:
        start = text.index(words)
        return {"speaker": "Tomas Wren", "role": "director", "text": words, "source": "S1",
                "direct": direct, "start": start, "end": start + len(words)}

    first, second = piece("The gates will stay open"), piece("until the level falls.")
    third, fourth = piece("We are ready"), piece("nothing")
    data["quotes"] = [first, second, third, fourth]
    md = render_markdown(data)
    # The gap is only an attribution between quotation marks: one statement, one passage.
    assert "“The gates will stay open … until the level falls.”" in md
    assert f"{first['start']}–{second['end']}" in md
    # A new quotation with no attribution before it, and one after narration ("Later,"),
    # stay apart.
    assert "“We are ready”" in md and "“nothing”" in md
    data["quotes"] = [first, {**second, "direct": False}]
    assert "“The gates will stay open”" in render_markdown(data)
    assert "The gates will stay open …" in render_html(_with_quotes(data, [first, second]))


def _with_quotes(data: dict[str, Any], quotes: list[dict[str, Any]]) -> dict[str, Any]:
    return {**data, "quotes": quotes}


# --- what a reviewer found: support, title, removed counts, empty sources, adds cut ----------

_A = "The council met in Harwick on 12 April to vote on the tram line."
_B = "The council met in Harwick on April 26 to vote on the tram line."


def _split_claim_data() -> dict[str, Any]:
    """Two sources whose sentences on one meeting give different full dates: one claim."""
    srcs = [
        {"id": sid, "path": f"{sid}.txt", "title": title, "outlet": outlet, "author": None,
         "published": None, "text": text, "original": text, "removed": []}
        for sid, title, outlet, text in (
            ("S1", "Harwick tram vote set", "Harwick Gazette", _A),
            ("S2", "Tram line vote looms in Harwick", "Fenmoor Post", _B),
        )
    ]
    return {
        "schema_version": "1.0", "words": 50, "sources": srcs, "summary": [],
        "claims": [
            {"id": "C1", "text": _A, "sources": ["S1", "S2"], "independent_sources": 2,
             "support": "corroborated",
             "citations": [{"source": "S1", "start": 0, "end": len(_A)},
                           {"source": "S2", "start": 0, "end": len(_B)}]},
        ],
        "conflicts": [], "quotes": [], "entities": [], "timeline": [], "numbers": [],
    }  # fmt: skip


def test_claim_whose_sources_give_different_dates_is_not_shown_as_agreed() -> None:
    data = _split_claim_data()
    md = render_markdown(data)
    assert "2 independent sources" not in md
    assert "*corroborated*" not in md
    assert "Disputed" in md and "S1" in md.split("Disputed", 1)[1]
    assert "2 independent sources" not in render_html(data)


def test_claim_split_by_a_conflict_counts_only_the_agreeing_sources() -> None:
    data = _split_claim_data()
    c = "The council met in Harwick to vote on the tram line."
    text3 = c + " It met on 12 April."
    data["sources"].append(
        {"id": "S3", "path": "S3.txt", "title": None, "outlet": "Tolby Star", "author": None,
         "published": None, "text": c, "original": c, "removed": []}
    )
    data["claims"][0]["sources"].append("S3")
    data["claims"][0]["independent_sources"] = 3
    data["claims"][0]["support"] = "consensus"
    data["claims"][0]["citations"].append({"source": "S3", "start": 0, "end": len(c)})
    data["conflicts"] = [
        {"kind": "date", "topic": "date of the vote", "sides": [
            {"source": "S1", "start": 0, "end": len(_A), "text": _A, "value": "2025-04-12"},
            {"source": "S2", "start": 0, "end": len(_B), "text": _B, "value": "2025-04-26"},
        ]},
    ]  # fmt: skip
    assert text3  # S3 takes no side: it agrees with either
    md = render_markdown(data)
    assert "3 independent sources" not in md
    assert "2 independent sources (S1, S3" in md
    assert "S2 differs" in md


def test_removed_summary_counts_metadata_apart_from_boilerplate() -> None:
    data = _split_claim_data()
    data["sources"][0]["removed"] = [
        {"source": "S1", "start": 0, "end": 10, "reason": "boilerplate", "text": "outlet: X",
         "detail": "metadata: title"},
        {"source": "S1", "start": 11, "end": 20, "reason": "boilerplate", "text": "Subscribe",
         "detail": "subscribe"},
    ]  # fmt: skip
    md = render_markdown(data)
    assert "2 passages removed (1 metadata, 1 boilerplate)" in md
    assert "2 passages removed (1 metadata, 1 boilerplate)" in render_html(data)


def test_source_with_no_text_left_is_said_to_have_none() -> None:
    data = _split_claim_data()
    data["sources"][1]["text"] = ""
    data["profiles"] = [{"source": "S2", "adds": [], "adds_total": 0, "shared": 0.0}]
    md = render_markdown(data)
    adds = md.split("## What each source adds", 1)[1]
    s2 = adds.split("### S2", 1)[1]
    assert "No text left after cleaning" in s2
    assert "Nothing that another source" not in s2
    assert "of its claims also in another source" not in s2  # no profile of an empty text
    header = md.split("\n\n", 2)[1]
    assert "1 with no text left" in header
    assert "No text left after cleaning" in render_html(data)


def test_adds_says_how_many_own_sentences_it_does_not_list() -> None:
    data = _split_claim_data()
    data["claims"] += [
        {"id": f"C{n}", "text": f"Own point number {n} of the Gazette here.", "sources": ["S1"],
         "independent_sources": 1, "support": "single-source", "citations": []}
        for n in range(2, 6)
    ]
    data["profiles"] = [
        {"source": "S1", "adds": [{"claim": "C2", "text": data["claims"][1]["text"]}],
         "adds_total": 1, "shared": 0.0},
        {"source": "S2", "adds": [], "adds_total": 0, "shared": 0.0},
    ]  # fmt: skip
    md = render_markdown(data)
    s1 = md.split("### S1", 1)[1].split("###", 1)[0]
    assert "Not listed: 3 other sentences only it carries" in s1
    assert "Not listed: 3 other sentences only it carries" in render_html(data)


def test_one_outlets_headline_as_title_is_attributed_when_headlines_differ() -> None:
    data = _split_claim_data()
    first = render_markdown(data).splitlines()[0]
    assert first == "# Brief: Harwick tram vote set (headline of Harwick Gazette)"
    for s in data["sources"]:
        s["title"] = "Harwick votes on tram line"
    assert render_markdown(data).splitlines()[0] == "# Brief: Harwick votes on tram line"
    # One outlet's headline among sources with none is still one outlet's words.
    data["sources"][1]["title"] = None
    first = render_markdown(data).splitlines()[0]
    assert first.startswith("# Brief: Harwick votes on tram line (headline of ")
    # A source with neither outlet nor author is named by its id, not by its title again.
    for s in data["sources"]:
        s["outlet"] = s["author"] = None
    first = render_markdown(data).splitlines()[0]
    assert first == "# Brief: Harwick votes on tram line (headline of source S1)"


# --- what a reader of real briefs found: dead quote links, generic speakers, doubled quotation
# marks, no word on what was (not) found -------------------------------------------------------


def test_a_quotation_joined_from_pieces_links_to_a_highlighted_passage() -> None:
    text = '"The gates will stay open," said Tomas Wren, the director, "until the level falls."'
    data = _data()
    data["sources"][0]["original"] = data["sources"][0]["text"] = text
    pieces = [
        {"speaker": "Tomas Wren", "role": "director", "text": words, "source": "S1",
         "direct": True, "start": text.index(words), "end": text.index(words) + len(words)}
        for words in ("The gates will stay open", "until the level falls.")
    ]
    page = render_html(_with_quotes(data, pieces))
    anchor = f"p-S1-{pieces[0]['start']}-{pieces[1]['end']}"
    assert f'href="#{anchor}"' in page
    assert f'id="{anchor}"' in page  # the joined statement's link leads somewhere


def test_a_speaker_the_sources_describe_but_do_not_name_reads_as_a_heading() -> None:
    data = _data()
    base = {"role": None, "source": "S1", "direct": False, "start": 20, "end": 47}
    data["quotes"] = [
        {**base, "speaker": "police commanders", "text": "the bridge reopens on 4 May"},
        {**base, "speaker": "Police commanders", "text": "the bridge reopens on May 4"},
        {**base, "speaker": "van der Berg", "text": "the bridge reopens soon"},
    ]
    md = render_markdown(data)
    assert "- **Police commanders**\n" in md and "**police commanders**" not in md
    assert md.count("**Police commanders**") == 1  # one speaker, one heading
    assert "- **van der Berg**" in md  # a name's particle keeps its case
    assert "<h3>Police commanders</h3>" in render_html(data)
    console = Console(record=True, width=120)
    render_terminal(data, console)
    assert "Police commanders [S1]" in console.export_text()


def test_a_passage_that_opens_with_a_quotation_mark_is_not_quoted_twice() -> None:
    text = '"We are ready," said Tomas Wren. The gates open at noon.'
    data = _data()
    data["sources"][0]["original"] = data["sources"][0]["text"] = text
    data["summary"] = [
        {"text": "Wren said the crews were ready.",
         "citations": [{"source": "S1", "start": 0, "end": 32}]}
    ]
    md = render_markdown(data)
    assert '1. S1, Gazette, 0–32: "We are ready," said Tomas Wren.' in md
    assert "“\"" not in md
    assert "“&quot;" not in render_html(data)


def test_the_header_counts_what_was_found_and_says_when_no_source_contradicts() -> None:
    data = _data()
    md, page = render_markdown(data), render_html(data)
    line = "Found: no conflicts between the sources · no agreed claims · 1 statement by 1 speaker"
    assert f"\n\n{line}" in md and line in page
    console = Console(record=True, width=120)
    render_terminal(data, console)
    out = console.export_text()
    assert "No conflicts found between the sources." in out
    assert "1 source," in out and "1 sources" not in out
