"""The bundled example cluster holds what its README says is planted in it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cluster"
TXT = ("harbour-ledger.txt", "coastline-daily.txt", "northgate-tribune.txt")
LEDGER_LEAD = (
    "Some 2,400 dockworkers at the Port of Calderhaven walked off the job at 6 a.m. on Monday, "
    "halting container traffic at the country's second-busiest port and leaving 31 cargo ships "
    "waiting at anchor in the outer roads. The Calderhaven Dockers' Union says the walkout will "
    "last at least 72 hours unless the Port Authority improves its pay offer."
)


def _read(name: str) -> str:
    return (EXAMPLE / name).read_text("utf-8")


def _jsonl() -> list[dict[str, str]]:
    return [json.loads(line) for line in _read("freight-week.jsonl").splitlines() if line]


def test_five_outlets_in_three_formats() -> None:
    names = sorted(p.name for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    assert names == sorted([*TXT, "meridian-business-review.html", "freight-week.jsonl"])
    (record,) = _jsonl()
    assert set(record) >= {"title", "text", "url", "outlet", "author", "published"}
    page = _read("meridian-business-review.html")
    for meta in ('name="author"', 'property="og:site_name"', "article:published_time"):
        assert meta in page
    for noise in ("<nav", "<footer", "<script", "Advertisement"):
        assert noise in page


@pytest.mark.parametrize("name", TXT)
def test_txt_has_byline_date_and_boilerplate(name: str) -> None:
    text = _read(name)
    assert re.search(r"\b(1[78]) June 2025\b", text)
    assert "Subscribe to our newsletter" in text
    assert re.search(r"free articles this month|Watch live", text)
    words = len(text.split())
    assert 400 <= words <= 800, f"{name}: {words} words"


def test_repeated_paragraph_and_copied_passage() -> None:
    coastline = _read("coastline-daily.txt")
    repeated = "About 600 people, many of them dockers' families, gathered"
    assert coastline.count(repeated) == 2
    assert LEDGER_LEAD in _read("harbour-ledger.txt")
    assert f'As the Harbour Ledger reported on Tuesday: "{LEDGER_LEAD}"' in _read(
        "northgate-tribune.txt"
    )


def test_planted_conflicts() -> None:
    ledger, coastline, tribune = (_read(n) for n in TXT)
    freight = _jsonl()[0]["text"]
    meridian = _read("meridian-business-review.html")
    assert "at a meeting on 3 June" in ledger and "broke down on 3 June" in freight
    assert "at a meeting on 13 June" in coastline
    assert "about €14 million a day" in ledger and "around €9 million a day" in tribune
    assert "The strike was caused by that automation plan." in meridian
    assert "The idea that automation caused this strike is speculation." in coastline


def test_quotes_roles_and_relative_dates() -> None:
    everything = " ".join([*(_read(n) for n in TXT), _read("meridian-business-review.html"),
                           _jsonl()[0]["text"]])
    for said in (
        "said Irene Valcourt, general secretary of the Calderhaven Dockers' Union",
        "Ama Lindqvist, deputy director of the Calderhaven Chamber of Commerce, said",
        "Oskar Nyberg, head of logistics research at Halvard Securities, said",
        "said Carla Mendez, head of European operations at Orion Lines",
    ):
        assert said in everything
    for relative in ("Last May", "in May last year", "a year ago", "on Thursday"):
        assert relative in everything
