"""The JSON contract: real output of the pipeline validates against ``brief.schema.json``.

The brief is built from the bundled example cluster with the deterministic test doubles (hashing
embedder, blank spaCy backend), so this runs offline in a few seconds. Besides the schema, it
checks the offset invariant every renderer relies on: each passage is
``sources[source].original[start:end]``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import synoptic
from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend
from synoptic.render import load_schema, render_json

jsonschema = pytest.importorskip("jsonschema")

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cluster"
SCHEMA_FILE = Path(synoptic.__file__).parent / "data" / "brief.schema.json"


@pytest.fixture(scope="module")
def example_brief() -> dict[str, Any]:
    brief = synoptic.build_brief([EXAMPLE], embedder=HashingEmbedder(), nlp=BlankBackend())
    data: dict[str, Any] = json.loads(render_json(brief))
    return data


def _validator() -> Any:
    return jsonschema.Draft202012Validator(load_schema())


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert load_schema() == schema


def test_schema_version_matches_the_model() -> None:
    from synoptic.model import SCHEMA_VERSION

    assert _validator().is_valid({**_minimal(), "schema_version": SCHEMA_VERSION})


def test_example_brief_validates(example_brief: dict[str, Any]) -> None:
    errors = sorted(_validator().iter_errors(example_brief), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_example_brief_reads_every_article(example_brief: dict[str, Any]) -> None:
    outlets = {s["outlet"] for s in example_brief["sources"]}
    assert len(example_brief["sources"]) == 5
    assert {"The Harbour Ledger", "Freight Week", "Meridian Business Review"} <= outlets
    assert example_brief["summary"], "the example should give a summary"


def _passages(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    """Every (where, passage, text-it-must-equal-or-None) the brief holds."""
    for i, src in enumerate(data["sources"]):
        for r in src["removed"]:
            yield f"sources[{i}].removed", {**r, "source": src["id"]}, r["text"]
    for i, s in enumerate(data["summary"]):
        for c in s["citations"]:
            yield f"summary[{i}]", c, None
    for i, c in enumerate(data["claims"]):
        for cit in c["citations"]:
            yield f"claims[{i}]", cit, None
    for i, c in enumerate(data["conflicts"]):
        for side in c["sides"]:
            yield f"conflicts[{i}]", side, None
    for i, q in enumerate(data["quotes"]):
        yield f"quotes[{i}]", q, q["text"]
    for i, e in enumerate(data["timeline"]):
        for cit in e["citations"]:
            yield f"timeline[{i}]", cit, None
    for i, n in enumerate(data["numbers"]):
        yield f"numbers[{i}]", n, n["text"]


def test_every_passage_is_an_exact_slice_of_its_source(example_brief: dict[str, Any]) -> None:
    originals = {s["id"]: s["original"] for s in example_brief["sources"]}
    seen = 0
    for where, p, expected in _passages(example_brief):
        assert p["source"] in originals, f"{where}: unknown source {p['source']}"
        original = originals[p["source"]]
        assert 0 <= p["start"] < p["end"] <= len(original), f"{where}: offsets out of bounds {p}"
        if expected is not None:
            assert original[p["start"] : p["end"]] == expected, where
        seen += 1
    assert seen > 0


def test_summary_sentences_are_their_cited_text(example_brief: dict[str, Any]) -> None:
    originals = {s["id"]: s["original"] for s in example_brief["sources"]}
    for s in example_brief["summary"]:
        cited = [" ".join(originals[c["source"]][c["start"] : c["end"]].split())
                 for c in s["citations"]]
        assert " ".join(s["text"].split()) in cited, s["text"]


def test_references_point_at_existing_sources(example_brief: dict[str, Any]) -> None:
    ids = {s["id"] for s in example_brief["sources"]}
    for c in example_brief["claims"]:
        assert set(c["sources"]) <= ids
        assert {cit["source"] for cit in c["citations"]} <= set(c["sources"])
    for key in ("entities", "timeline"):
        for item in example_brief[key]:
            assert set(item["sources"]) <= ids


def _minimal() -> dict[str, Any]:
    return {
        "schema_version": "1.0", "words": 100,
        "sources": [{"id": "S1", "path": "a.txt", "kind": "text", "title": None, "outlet": None,
                     "author": None, "published": "2025-06-17", "url": None, "text": "A b.",
                     "original": "A b.", "removed": []}],
        "summary": [{"text": "A b.", "citations": [{"source": "S1", "start": 0, "end": 4}]}],
        "claims": [], "conflicts": [], "quotes": [], "entities": [], "timeline": [],
        "numbers": [], "problems": [],
    }


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("sources", 0, "published"), "17 June 2025"),
        (("sources", 0, "removed"), [{"text": "x", "reason": "ads", "start": 0, "end": 1}]),
        (("summary", 0, "citations"), []),
        (("summary", 0, "citations", 0, "start"), -1),
        (("claims",), [{"text": "x", "sources": ["S1"], "support": "likely",
                        "citations": [{"source": "S1", "start": 0, "end": 1}]}]),
        (("conflicts",), [{"kind": "mood", "topic": "x", "sides": []}]),
        (("quotes",), [{"speaker": "A", "role": None, "text": "x", "source": "S1",
                        "direct": "yes", "start": 0, "end": 1}]),
        (("schema_version",), "2.0"),
    ],
)
def test_schema_rejects_broken_briefs(path: tuple[Any, ...], value: Any) -> None:
    data = _minimal()
    assert _validator().is_valid(data)
    broken = copy.deepcopy(data)
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not _validator().is_valid(broken)


def test_fact_items_may_carry_extra_fields() -> None:
    data = _minimal()
    data["numbers"] = [{"text": "9 per cent", "value": 9, "unit": "percent", "context": "x",
                        "source": "S1", "start": 0, "end": 1, "kind": "percentage"}]
    data["timeline"] = [{"date": None, "resolved": False, "expression": "last May", "text": "x",
                         "sources": ["S1"], "citations": []},
                        {"date": "2025-W25", "text": "this week", "sources": ["S1"],
                         "citations": []}]
    assert _validator().is_valid(data)
    data["timeline"][0]["date"] = "June 2025"
    assert not _validator().is_valid(data)
