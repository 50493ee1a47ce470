"""Entities: canonical people, organisations and places across sources, with roles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend
from synoptic.config import load_options
from synoptic.facts import Entity
from synoptic.model import Brief, Paragraph, Source
from synoptic.stages import entities, segment
from synoptic.stages._base import Context
from synoptic.stages.entities import name_key, role_head, role_matches, same_name

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def load_eval() -> ModuleType:
    """scripts/eval_facts.py, which holds the fixture loader and the scorers."""
    if "eval_facts" not in sys.modules:
        path = ROOT / "scripts" / "eval_facts.py"
        spec = importlib.util.spec_from_file_location("eval_facts", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["eval_facts"] = module
        spec.loader.exec_module(module)
    return sys.modules["eval_facts"]


def _source(sid: str, text: str) -> Source:
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append(Paragraph(start=pos, end=pos + len(block)))
        pos += len(block) + 2
    return Source(id=sid, path=f"{sid}.txt", kind="text", original=text, paragraphs=paras)


def _blank_run(texts: list[str], patterns: list[dict[str, str]]) -> Brief:
    brief = Brief(sources=[_source(f"S{i}", t) for i, t in enumerate(texts, 1)], words=200)
    ctx = Context(
        options=load_options(),
        embedder=HashingEmbedder(),
        nlp=BlankBackend(entity_patterns=patterns),
    )
    return entities.entities(segment.segment(brief, ctx), ctx)


def test_name_key_ignores_case_dots_possessives_and_hyphens() -> None:
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Kim Jong-un’s") == name_key("kim jong un")
    assert name_key("the Orsa Farmers' Association") == "orsa farmers association"


def test_role_nominal_matches_demonym_and_head() -> None:
    assert role_matches("the russian president", "Russian President")
    assert role_matches("the north korean leader", "North Korea's leader")
    assert not role_matches("the russian president", "US President")
    assert not role_matches("the president", "Russian President")  # no modifier: ambiguous
    assert role_head("deputy director of the Chamber of Commerce") == "director"


def test_linking_without_a_model_surname_acronym_and_country_aliases() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Vladimir Putin"},
        {"label": "PERSON", "pattern": "Putin"},
        {"label": "GPE", "pattern": "North Korea"},
        {"label": "ORG", "pattern": "DPRK"},
        {"label": "ORG", "pattern": "European Union"},
        {"label": "ORG", "pattern": "EU"},
    ]
    brief = _blank_run(
        [
            "Vladimir Putin met officials of North Korea. The European Union was silent.",
            "Putin said the DPRK would talk. The EU disagreed.",
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert set(by_name) == {"Vladimir Putin", "North Korea", "European Union"}
    assert by_name["Vladimir Putin"].aliases == ["Putin"]
    assert by_name["Vladimir Putin"].sources == ["S1", "S2"]
    assert by_name["North Korea"].aliases == ["DPRK"]
    assert by_name["North Korea"].label == "place"
    assert by_name["European Union"].aliases == ["EU"]


def test_spellings_of_one_name_are_one_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": p}
        for p in ("Mohammed Sarif", "Mohamed Sarif", "Mohamed Sorif", "Sorif", "Ivo Sarif")
    ]
    brief = _blank_run(
        [
            "Mohammed Sarif spoke first. Ivo Sarif, his cousin, did not.",
            "Mohamed Sarif spoke. Later Sorif spoke again.",
            "Mohamed Sorif spoke too.",
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Ivo Sarif" in by_name  # another first name: another person
    (sarif,) = [e for e in brief.entities if e.name != "Ivo Sarif"]
    assert set(sarif.aliases) | {sarif.name} == {
        "Mohammed Sarif", "Mohamed Sarif", "Mohamed Sorif", "Sorif"
    }
    assert sarif.sources == ["S1", "S2", "S3"]
    assert same_name("Mohammed Morsi", "Mohamed Mursi")
    assert not same_name("John Smith", "Joan Smith")
    assert not same_name("Raul Castro", "Fidel Castro")


def test_a_short_first_name_is_the_same_person() -> None:
    assert same_name("Jeff Lindgren", "Jeffrey Lindgren")
    assert same_name("Dan Okafor", "Daniel Okafor")
    assert not same_name("Jo Okafor", "John Okafor")  # too short to tell
    assert not same_name("Jeff Lindgren", "Jeffrey Lindqvist")  # another surname
    assert not same_name("Jeff", "Jeffrey")  # a first name alone says nothing


def test_hyphenated_pairs_are_not_people() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Putin"},
        {"label": "PERSON", "pattern": "Kim"},
        {"label": "PERSON", "pattern": [{"TEXT": "Putin"}, {"TEXT": "-"}, {"TEXT": "Kim"}]},
    ]
    brief = _blank_run(["The Putin-Kim summit ended. Putin and Kim smiled."], patterns)
    assert sorted(e.name for e in brief.entities) == ["Kim", "Putin"]


def test_entity_to_dict_has_the_documented_fields() -> None:
    ent = Entity(name="Ama Lindqvist", label="person", aliases=["Lindqvist"], sources=["S1"])
    assert set(ent.to_dict()) >= {"name", "label", "aliases", "sources", "role"}


@pytest.mark.slow
def test_fixture_entities_meet_the_floor() -> None:
    ev = load_eval()
    brief, _ = ev.fixture_run(ev.FIXTURES)
    scores = ev.score_entities(brief, ev.load_gold(ev.FIXTURES))
    assert scores["found"] >= 0.9
    assert scores["aliases merged"] >= 0.9
    assert scores["label"] >= 0.85
    assert scores["role"] >= 0.8


@pytest.mark.slow
def test_fixture_roles_and_nominal_aliases() -> None:
    ev = load_eval()
    brief, _ = ev.fixture_run(ev.FIXTURES)
    by_name = {e.name: e for e in brief.entities}
    marsh = by_name["Helena Marsh"]
    assert "Marsh" in marsh.aliases
    assert "the environment minister" in marsh.aliases  # a role nominal from another source
    assert marsh.role is not None and "environment minister" in marsh.role.lower()
    assert "spokesman" in (by_name["Arvid Lund"].role or "")  # "The council's spokesman, X"
    assert "lawyer" in (by_name["Nadia Voss"].role or "")  # "Its lawyer, X"
    assert "commissioner" in (by_name["Marta Quist"].role or "")
    assert by_name["Orsa Farmers' Association"].sources == ["S1", "S2", "S4"]


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_merge_putin_and_read_expert_roles() -> None:
    ev = load_eval()
    from synoptic.ingest import read_inputs

    sources, _ = read_inputs([SEEDS], load_options())
    brief = ev.run_facts(Brief(sources=sources, words=200))
    people = {e.name: e for e in brief.entities if e.label == "person"}
    putin = next(e for e in people.values() if "Putin" in e.name)
    assert putin.name == "Vladimir Putin"
    assert "the Russian president" in putin.aliases
    assert not any(name.startswith("Putin-") for name in people)
    assert any("fellow" in (e.role or "") for e in people.values())


def test_a_list_of_names_or_a_form_of_address_is_not_a_role() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _role

    doc = load_spacy()(
        "The ranking put Frank Sinatra, Adolf Hitler, Julius Caesar near the top. "
        "Even Sir Isaac Newton came lower. Energy Minister Ilse Varga disagreed."
    )
    roles = {ent.text: _role(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert roles.get("Frank Sinatra") is None
    assert roles.get("Isaac Newton") is None
    assert roles.get("Ilse Varga") == "Energy Minister"


def test_a_name_with_a_digit_is_not_a_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "COVID-19"},
        {"label": "PERSON", "pattern": "Ana Ruiz"},
    ]
    brief = _blank_run(["Ana Ruiz said COVID-19 cases fell. COVID-19 tests are free."], patterns)
    people = {e.name for e in brief.entities if e.label == "person"}
    assert people == {"Ana Ruiz"}


def test_a_middle_initial_does_not_make_another_person() -> None:
    from synoptic.stages.entities import same_name

    assert same_name("Ann B. Corrigan", "Ann Corrigan")
    assert same_name("Tomas J. Wirth", "Tomas Wirth")
    assert not same_name("Ann B. Corrigan", "Ann Cole")
    assert not same_name("Ann Corrigan", "Bea Corrigan")


@pytest.mark.slow
def test_a_capitalised_word_before_a_name_is_not_a_title() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _role

    doc = load_spacy()(
        "Little Nora Lindqvist, of Halvik, was a typical 3-year-old. "
        "Mayor Ilse Varga visited him. Coach Arvid Lund did too."
    )
    roles = {ent.text: _role(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert roles.get("Nora Lindqvist") is None, roles
    assert roles.get("Ilse Varga") == "Mayor", roles
    assert roles.get("Arvid Lund") == "Coach", roles
