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
from synoptic.facts import Entity, EntityLabel
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
        "Mohammed Sarif",
        "Mohamed Sarif",
        "Mohamed Sorif",
        "Sorif",
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


def test_a_rank_is_not_a_name_nor_the_end_of_one() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Sgt"},
        {"label": "ORG", "pattern": "Halvik Police Sgt"},
        {"label": "PERSON", "pattern": "Ivo Brandt"},
    ]
    brief = _blank_run(
        [
            "The car stopped, said Halvik police Sgt. Ivo Brandt on Monday.",
            "According to Halvik Police Sgt Ivo Brandt, the car stopped on Monday.",
        ],
        patterns,
    )
    names = {e.name for e in brief.entities}
    assert "Sgt" not in names
    assert "Halvik Police Sgt" not in names
    assert "Ivo Brandt" in names


def test_a_person_of_an_organisation_is_the_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Brandt of Kestrel Hospital"},
        {"label": "PERSON", "pattern": "Brandt"},
        {"label": "ORG", "pattern": "Kestrel Hospital"},
    ]
    brief = _blank_run(
        [
            "Ivo Brandt of Kestrel Hospital said the ward was full. Brandt left.",
            "Kestrel Hospital opened a new ward, Brandt said on Monday.",
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Ivo Brandt"].label == "person"
    assert "Brandt" in by_name["Ivo Brandt"].aliases
    assert by_name["Kestrel Hospital"].label == "organization"


def test_a_lone_surname_votes_with_the_full_name() -> None:
    from synoptic.stages.entities import Mention, _entity, _link

    def mention(name: str, label: EntityLabel, start: int) -> entities.Mention:
        return Mention(name=name, label=label, source="S1", start=start, end=start + 5)

    mentions = [mention("Ilse Varga", "person", 0), mention("Ilse Varga", "person", 5)]
    mentions += [mention("Varga", "organization", 10 * i) for i in range(1, 4)]
    mentions.append(mention("Varga", "place", 50))
    clusters = _link(mentions, {"S1": 0})
    assert len(clusters) == 1
    assert _entity(clusters[0]).label == "person"


def test_fragments_directions_credits_and_split_offices_are_not_entities() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Treaty"},
        {"label": "PERSON", "pattern": "Orsk"},
        {"label": "LOC", "pattern": "North"},
        {"label": "PERSON", "pattern": "Nils Berg/Halvik Post"},
        {"label": "ORG", "pattern": "Justice Department"},
        {"label": "ORG", "pattern": "Office"},
    ]
    brief = _blank_run(
        [
            "Both broke the Treaty on the Banning of Kelp, and the Orsk – Velta project stalled.",
            "Nobody in the North was told, said a photo by Nils Berg/Halvik Post on Monday.",
            "The Justice Department and the Halvik Attorney's Office reopened the case.",
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == {"Justice Department"}


def test_a_middle_name_and_a_committee_prefix() -> None:
    from synoptic.stages.entities import _canonical_keys

    keys = {"tomas arvid ek", "tomas ek", "ek"}
    canon = _canonical_keys(keys, keys)
    assert canon["tomas arvid ek"] == canon["tomas ek"] == canon["ek"]
    orgs = {"house", "house rules and budget committee"}
    assert _canonical_keys(orgs, set())["house"] == "house"


def test_a_role_ends_at_a_participle_clause() -> None:
    assert role_head("detective leading the disaster inquiry") == "detective"
    assert role_head("programming language developed by Kestrel") == "language"
    assert role_head("deputy managing director of the bank") == "director"
    assert role_head("event meant to restore trust in the harbour board") == "event"
    assert role_head("candidate expected to win the Velmor seat") == "candidate"


def test_an_event_set_after_a_phrase_ending_on_a_name_is_no_role() -> None:
    """"a summit hosted by President Ivo Marten, an event meant to ...": the apposition
    describes the summit, not the president."""
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _role

    doc = load_spacy()(
        "Nordmark and other countries raised their targets for cutting coal emissions at a "
        "global energy summit hosted by President Ivo Marten, an event meant to resurrect "
        "Nordmark leadership in the fight against pollution."
    )
    roles = {ent.text: _role(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert roles.get("Ivo Marten") == "President", roles


def test_party_labels_are_not_roles_nor_places() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention, _role

    doc = load_spacy()(
        "Rep. Ana Ruiz, D-Ore., hailed the deal on Monday. "
        "Sen. Ivo Kelner (R-Ky.) said the bill would fail. "
        "Tomas Ek, co-founder of Kestrel, said nothing."
    )
    roles = {ent.text: _role(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    assert roles.get("Ana Ruiz") == "Rep.", roles
    assert roles.get("Tomas Ek") is None, roles
    places = [ent.text for ent in doc.ents if ent.label_ == "GPE" and _mention(ent, "S1", 0)]
    assert "Ky." not in places


def test_a_corporate_suffix_or_a_thing_apposition_is_an_organisation() -> None:
    from synoptic.stages.entities import Mention, _entity, _link

    mentions = [
        Mention(name="Kestrel Inc.", label="person", source="S1", start=0, end=12),
        Mention(name="Kestrel Inc.", label="person", source="S1", start=20, end=32),
    ]
    assert _entity(_link(mentions, {"S1": 0})[0]).label == "organization"

    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()("The report was posted by Kelvo, a federal database of missing persons.")
    kelvo = next(_mention(ent, "S1", 0) for ent in doc.ents if ent.text == "Kelvo")
    assert kelvo is not None and kelvo.role is None  # a database is not a person's function


def test_codes_storms_events_laws_and_app_features_are_not_entities() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ana Velt"},
        {"label": "ORG", "pattern": "KV-19"},
        {"label": "GPE", "pattern": "Hurricane Ada"},
        {"label": "ORG", "pattern": "Kelvo Event"},
        {"label": "ORG", "pattern": "Orsa Solar Probe"},
        {"label": "PERSON", "pattern": "Snapgram Story"},
        {"label": "ORG", "pattern": "Banning of Kelp"},
    ]
    text = (
        "Ana Velt said KV-19 spread after Hurricane Ada and the Kelvo Event. The Orsa Solar "
        "Probe saw it. Ana Velt posted a Snapgram Story under the Treaty on the Banning of Kelp."
    )
    brief = _blank_run([text, text], patterns)
    assert {e.name for e in brief.entities} == {"Ana Velt"}


def test_cut_names_units_and_defined_terms_are_not_entities() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _cut_short, _mention, defined_terms

    assert _cut_short("Ivo de") and _cut_short("Tomas the") and _cut_short("’s Hall")
    assert _cut_short('Ivo "Kip') and _cut_short("pro-Velt")
    assert not _cut_short("Ivo de Berg") and not _cut_short("Halvik news agency")
    doc = load_spacy()("The storm cut power, and the grid lost 9,450 MW within an hour.")
    assert all(_mention(ent, "S1", 0) is None for ent in doc.ents if ent.text == "MW")
    text = "A burst of coronal mass ejection (CME) hit, the Orsa Wildlife Authority (OWA) said."
    assert defined_terms(text) == {"CME"}  # a capitalised expansion names an organisation


def test_the_field_of_a_title_is_not_an_organisation() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Berg"},
        {"label": "PERSON", "pattern": "Ana Velt"},
        {"label": "ORG", "pattern": "Defence"},
        {"label": "ORG", "pattern": "State"},
        {"label": "ORG", "pattern": "Kestrel"},
    ]
    brief = _blank_run(
        [
            "Defence Minister Ivo Berg said defence costs rose. Secretary of State Ana Velt sat.",
            "Kestrel CEO Ana Velt left. Defence Minister Ivo Berg stayed. Kestrel said so.",
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == {"Ivo Berg", "Ana Velt", "Kestrel"}


def test_linking_bodies_initials_plurals_and_a_dominant_surname() -> None:
    from collections import Counter

    from synoptic.stages.entities import _canonical_keys

    people = {"dana colby", "ilse varga", "tomas varga", "varga"}
    orgs = {"dc", "senate", "senate kelp committee", "velta wildlife services"}
    orgs |= {"velta wildlife service", "cape of orsa", "cape orsa"}
    counts = Counter({"ilse varga": 6, "tomas varga": 1, "varga": 5})
    canon = _canonical_keys(people | orgs, people, counts=counts)
    assert canon["dc"] == "dc"  # initials are not a person's
    assert canon["senate"] == "senate"  # a committee of the Senate is not the Senate
    assert canon["velta wildlife services"] == canon["velta wildlife service"]
    assert canon["cape of orsa"] == canon["cape orsa"]
    assert canon["varga"] == "ilse varga"  # named six times to the other Varga's once
    even = Counter({"ilse varga": 2, "tomas varga": 1})
    assert _canonical_keys(people, people, counts=even)["varga"] == "varga"


def test_place_and_legislature_heads_override_the_label() -> None:
    from synoptic.stages.entities import Mention, _entity, _link

    def label(name: str, tagged: EntityLabel) -> str:
        mentions = [
            Mention(name=name, label=tagged, source="S1", start=i * 20, end=i * 20 + 9)
            for i in range(2)
        ]
        return _entity(_link(mentions, {"S1": 0})[0]).label

    assert label("Velta Cathedral", "person") == "place"
    assert label("Orsa Hill", "organization") == "place"
    assert label("Mira Hill", "person") == "person"  # "Hill" may be a surname
    assert label("Senate", "place") == "organization"


def test_run_together_names_and_doubled_words() -> None:
    patterns = [
        {"label": "PERSON", "pattern": p}
        for p in ("Ana Velt", "Ivo Berg", "Ana Velt Ivo Berg", "Tomas Ek Ek", "Tomas Ek")
    ]
    brief = _blank_run(
        ["Ana Velt met Ivo Berg. A caption read Ana Velt Ivo Berg. Tomas Ek Ek said Tomas Ek."],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert set(by_name) == {"Ana Velt", "Ivo Berg", "Tomas Ek"}
    assert by_name["Tomas Ek"].mentions == 2


def test_a_description_or_a_reign_is_not_a_role() -> None:
    from synoptic.stages.entities import _clean_role

    assert _clean_role("controversial figure") is None
    assert _clean_role("subject of an inquiry before the vote") is None
    assert _clean_role("r. 1310-1322 AD") is None
    assert _clean_role("Roman Emperor") == "Roman Emperor"
    assert _clean_role("Sen.") == "Sen."


def test_a_title_that_opens_a_place_name_stays() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()("Tourists flew to Prince Marten Island last year.")
    names = [m.name for ent in doc.ents if (m := _mention(ent, "S1", 0))]
    assert names == ["Prince Marten Island"]


def test_the_subject_before_a_misparsed_name_is_not_its_title() -> None:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from synoptic.stages.entities import _title_role

    # As en_core_web_sm parses such a sentence when the name is also a verb ("Trump", "Bush"):
    # the name is the root verb and "The border visit in particular" its subject.
    sentence = "The border visit in particular offers Hale the chance to speak ."
    labels = "det compound nsubj prep amod pobj ROOT det dobj aux acl punct"
    coarse = "DET NOUN NOUN ADP ADJ NOUN VERB DET NOUN PART VERB PUNCT"
    words, deps, pos = (x.split() for x in (sentence, labels, coarse))
    heads = [2, 2, 6, 2, 5, 3, 6, 8, 6, 10, 8, 6]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _title_role(Span(doc, 6, 7, label="PERSON")) is None
    # A real title is still read.
    sentence = "Energy Minister Ilse Varga spoke ."
    labels = "compound compound compound nsubj ROOT punct"
    coarse = "PROPN PROPN PROPN PROPN VERB PUNCT"
    words, deps, pos = (x.split() for x in (sentence, labels, coarse))
    doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 4, 4, 4], deps=deps, pos=pos)
    assert _title_role(Span(doc, 2, 4, label="PERSON")) == "Energy Minister"


def test_a_title_glued_to_a_name_does_not_reach_back_over_a_comma() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc, Span

    from synoptic.stages.entities import _head_role

    # As en_core_web_sm parses such a sentence: the name apposed to "expert", and "the
    # unvaccinated ," (the end of the "among" phrase) hung on "expert" too. (English's
    # vocabulary gives the words their lower case, which the role's checks read.)
    sentence = (
        "Prices rose , mostly among the unvaccinated , top Velmar infectious disease expert "
        "Dr. Ivo Marrek said on Sunday ."
    )
    labels = (
        "nsubj ccomp punct advmod prep det amod punct amod nmod amod compound pobj "
        "compound compound appos ROOT prep pobj punct"
    )
    coarse = (
        "NOUN VERB PUNCT ADV ADP DET ADJ PUNCT ADJ PROPN ADJ NOUN NOUN "
        "PROPN PROPN PROPN VERB ADP PROPN PUNCT"
    )
    words, deps, pos = (x.split() for x in (sentence, labels, coarse))
    heads = [1, 16, 1, 4, 1, 12, 12, 12, 12, 11, 11, 12, 4, 15, 15, 12, 16, 16, 17, 16]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _head_role(Span(doc, 14, 16, label="PERSON")) == "top Velmar infectious disease expert"


def _spacy_mentions(text: str) -> list[tuple[str, str | None]]:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()(text)
    return [(m.name, m.role) for ent in doc.ents if (m := _mention(ent, "S1", 0))]


@pytest.mark.slow
def test_a_hyphenated_given_name_is_kept_whole() -> None:
    names = [n for n, _ in _spacy_mentions("President Park Jae-in met the envoy on Monday.")]
    assert names == ["Park Jae-in"]


def test_an_unclosed_bracket_is_not_part_of_a_name() -> None:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from synoptic.stages.entities import _mention

    words = ["The", "Board", "of", "Harbour", "Pilots", "(", "BHP", "said"]
    spaces = [True, True, True, True, True, False, True, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    mention = _mention(Span(doc, 1, 7, label="ORG"), "S1", 0)
    assert mention is not None and mention.name == "Board of Harbour Pilots"


@pytest.mark.slow
def test_others_in_a_list_are_not_a_role() -> None:
    mentions = _spacy_mentions(
        "The board said it would ask whether to charge former mayor Ivo Kelner, other "
        "executives at his firm or the firm itself."
    )
    assert ("Ivo Kelner", "former mayor") in mentions


@pytest.mark.slow
def test_a_description_after_is_is_not_a_role() -> None:
    mentions = dict(_spacy_mentions('School counselor Ada Morales said Tomas was "a kind soul."'))
    assert mentions.get("Tomas") is None


@pytest.mark.slow
def test_a_long_title_case_headline_is_a_headline() -> None:
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import is_headline

    nlp = load_spacy()
    title = "Senator Ivo Kelner Thinks the Navy Is Too 'Soft' to Be Useful. If Only That Were True"
    assert is_headline(nlp(title))
    assert not is_headline(
        nlp("On Monday the harbour board met in Velta and voted to close the Old Pier for good")
    )


@pytest.mark.slow
def test_an_all_capitals_transcript_gives_no_names() -> None:
    text = (
        "Ada Lind was arrested in Velta on Tuesday.\n\n"
        "POLICE SAY ADA LIND WOULD NOT OPEN HER DOOR WHEN OFFICERS KNOCKED. ERIK, SHE TOLD THE "
        "SHERIFF SHE WAS BUSY AND THAT SHE BOUGHT SOY FORMULA FROM HARBOR FOODS FOR THE BABY."
    )
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append(Paragraph(start=pos, end=pos + len(block)))
        pos += len(block) + 2
    src = Source(id="S1", path="a.txt", kind="text", original=text, paragraphs=paras)
    brief = load_eval().run_facts(Brief(sources=[src], words=200))
    assert all(not e.name.isupper() for e in brief.entities)


def _facts_run(text: str) -> Brief:
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append(Paragraph(start=pos, end=pos + len(block)))
        pos += len(block) + 2
    src = Source(id="S1", path="a.txt", kind="text", original=text, paragraphs=paras)
    result: Brief = load_eval().run_facts(Brief(sources=[src], words=200))
    return result


def _labels_of(text: str) -> dict[str, str]:
    """Each entity's name -> its label, in a brief of ``text`` (real models)."""
    return {e.name: e.label for e in _facts_run(text).entities}


@pytest.mark.slow
def test_a_full_name_with_a_role_takes_its_surname_and_nations_is_a_body() -> None:
    brief = _facts_run(
        "Ines Varga, the Norwegian ambassador to the United Nations, said the council would meet "
        'on Monday.\n\n"Enough is enough," Varga said at the United Nations.'
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Varga" not in by_name
    assert "Varga" in by_name["Ines Varga"].aliases
    assert by_name["United Nations"].label == "organization"
    assert {q.speaker for q in brief.quotes} == {"Ines Varga"}


def test_a_name_ending_in_an_office_is_the_office_not_a_person() -> None:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from synoptic.stages.entities import _mention

    words = ["The", "Halvik", "County", "Sheriff", "says", "the", "crash", "was", "an"]
    doc = Doc(Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False])
    assert _mention(Span(doc, 1, 4, label="PERSON"), "S1", 0) is None
    # A surname that is also a title word stays a name.
    words = ["Carole", "King", "sang", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, False, False])
    mention = _mention(Span(doc, 0, 2, label="PERSON"), "S1", 0)
    assert mention is not None and mention.name == "Carole King"


@pytest.mark.slow
def test_a_corporate_suffix_does_not_make_another_organisation() -> None:
    brief = _facts_run(
        "Kestrel Corp. said profits rose. Kestrel said it would hire. The Kestrel Network lost "
        "money. Kestrel Corp. shares fell."
    )
    by_name = {e.name: e for e in brief.entities}
    assert set(by_name["Kestrel Corp."].aliases) == {"Kestrel"}
    assert by_name["Kestrel Corp."].label == "organization"


@pytest.mark.slow
def test_a_virus_variant_is_not_a_place() -> None:
    brief = _facts_run(
        "Cases are rising in Halvik because of the Delta variant, officials said. The Delta "
        "variant spreads fast, and the Kappa strain is next."
    )
    names = {e.name for e in brief.entities}
    assert "Delta" not in names and "Kappa" not in names


@pytest.mark.slow
def test_a_title_before_the_name_keeps_its_hyphen_and_drops_a_form_of_address() -> None:
    mentions = dict(
        _spacy_mentions(
            "White House chief medical adviser Dr. Ines Varga said on Sunday the virus was "
            "spreading. WHO Director-General Ivo Kelner said on Thursday the theory was open. "
            "Harbour chief medical adviser Dr. Ada Lind said Sunday that officials are "
            "considering it."
        )
    )
    assert mentions["Ines Varga"] == "White House chief medical adviser"
    assert (mentions["Ada Lind"] or "").endswith("chief medical adviser")
    assert (mentions["Ivo Kelner"] or "").endswith("Director-General")


@pytest.mark.slow
def test_the_field_of_a_title_before_a_name_and_a_hyphen_outside_the_span() -> None:
    brief = _facts_run(
        "Interior Secretary Deb Halvorsen visited the park on Monday, and Halvorsen said the land "
        "would be protected."
    )
    assert "Interior" not in {e.name for e in brief.entities}
    names = [n for n, _ in _spacy_mentions("President Kim Dae-jung met President Moon Jae-in.")]
    assert "Moon Jae-in" in names and "Moon Jae" not in names
    names = [n for n, _ in _spacy_mentions("The Ana Velt-led talks of the Reagan-era went on.")]
    assert all("-" not in n for n in names)


@pytest.mark.slow
def test_a_name_before_police_is_a_place() -> None:
    brief = _facts_run("Norwich police said a 30-year-old man was arrested on Friday.")
    assert all(e.label != "person" for e in brief.entities if e.name == "Norwich")


def test_a_suffixed_company_name_tagged_as_a_person_joins_its_short_name() -> None:
    from synoptic.stages.entities import _canonical_keys

    keys = {"orvane corp", "orvane", "orvane network", "ada lind", "orvane computer inc"}
    canon = _canonical_keys(keys, {"orvane corp", "orvane network", "ada lind"})
    assert canon["orvane corp"] == "orvane" == canon["orvane"] == canon["orvane computer inc"]
    assert canon["orvane network"] == "orvane network" and canon["ada lind"] == "ada lind"


@pytest.mark.slow
def test_a_body_before_a_title_stays_an_organisation() -> None:
    brief = _facts_run(
        "Kelvo Director Ana Velt said on Monday the inquiry would go on, and Kelvo agents "
        "searched the office. Kelvo said more searches would follow."
    )
    assert "Kelvo" in {e.name for e in brief.entities}


@pytest.mark.slow
def test_a_product_with_a_product_cue_is_not_a_place_or_a_body() -> None:
    brief = _facts_run(
        "Orvane released Windows 98 last June, and the Windows operating system sold well. "
        "Users of the Explorer browser complained that Explorer crashed. Orvane said sales "
        "rose. Halvo said the Halvo app would stay free."
    )
    names = {e.name for e in brief.entities}
    assert not {"Windows", "Windows 98", "Explorer"} & names
    assert "Halvo" in names  # it speaks: the maker of the app, not the app


def test_a_version_number_after_a_product_line_is_a_product() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Kelvo"},
        {"label": "GPE", "pattern": "Windows 98"},
        {"label": "GPE", "pattern": "Windows 95"},
        {"label": "GPE", "pattern": "Halvik 2.0"},
        {"label": "GPE", "pattern": "Route 66"},
    ]
    brief = _blank_run(
        [
            "Kelvo sold Windows 98 in June. Windows 95 sold more, and Halvik 2.0 is next. "
            "Kelvo said so on Route 66."
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == {"Kelvo", "Route 66"}


def test_a_product_named_after_its_maker_is_not_the_maker() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Orvane"},
        {"label": "ORG", "pattern": "Orvane Exchange"},
        {"label": "ORG", "pattern": "Kestrel Textiles"},
        {"label": "ORG", "pattern": "Kestrel"},
    ]
    brief = _blank_run(
        [
            "Orvane said on Monday that profits rose. Orvane shares fell. Hackers broke into "
            "Orvane Exchange, Orvane said.",
            "Kestrel Textiles cut jobs. Kestrel said more cuts would follow.",
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Orvane" in by_name and "Orvane" not in by_name["Orvane Exchange"].aliases
    assert by_name["Kestrel Textiles"].aliases == ["Kestrel"]


@pytest.mark.slow
def test_a_surname_that_is_a_place_of_the_story_stays_the_place() -> None:
    brief = _facts_run(
        "Norris Washington, a teacher in Washington, said the school was closed. Officials in "
        "Washington agreed on Monday."
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Washington" not in by_name["Norris Washington"].aliases
    assert by_name["Washington"].label == "place"
    # The subject of a clause is the person, whatever the tag: "As Washington saw it".
    brief = _facts_run(
        "Norris Washington, a teacher in Washington, said the school was closed. Officials in "
        "Washington agreed on Monday. As Washington saw it, the board had failed."
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Norris Washington"].aliases == ["Washington"]
    assert by_name["Washington"].mentions == 2


def test_initials_alone_are_not_a_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "W.J."},
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "GPE", "pattern": "U.S."},
    ]
    brief = _blank_run(
        ["W.J. said the plan was fine. Ada Lind flew to the U.S. on Monday."], patterns
    )
    assert {e.name for e in brief.entities} == {"Ada Lind", "U.S."}


@pytest.mark.slow
def test_a_hyphenated_first_name_is_kept_whole() -> None:
    brief = _facts_run(
        "Per-Olof Ortarsen, the chairman of Velta Bank, spoke on Monday. Ortarsen said rates "
        "would rise. Per-Olof Ortarsen added that the bank was sound."
    )
    assert "Per-Olof Ortarsen" in {e.name for e in brief.entities}


def test_a_body_or_place_written_short_first_still_joins_its_full_name() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Commerce"},
        {"label": "ORG", "pattern": "Commerce Department"},
        {"label": "ORG", "pattern": "Orsa"},
        {"label": "LOC", "pattern": "Orsa Peninsula"},
    ]
    brief = _blank_run(
        [
            "Funds for Commerce ran out near Orsa. The Commerce Department said the Orsa "
            "Peninsula was next."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Commerce Department"].aliases == ["Commerce"]
    assert by_name["Orsa Peninsula"].aliases == ["Orsa"]


def test_a_role_nominal_with_a_year_is_not_the_role() -> None:
    assert role_matches("the U.S. president", "US President")
    assert role_matches("the russian leader", "Russian President")
    assert not role_matches("the 1996 peace prize winner", "Peace Prize winner")
    assert not role_matches("the opposition leader", "Russian President")


@pytest.mark.slow
def test_a_platform_described_by_apposition_is_no_person() -> None:
    brief = _facts_run(
        "Users of Gabbler, a social media platform, lost access. The company's chief executive "
        "said Gabbler would return."
    )
    people = {e.name for e in brief.entities if e.label == "person"}
    assert "Gabbler" not in people


@pytest.mark.slow
def test_a_plural_kin_noun_before_a_name_is_not_part_of_it() -> None:
    brief = _facts_run(
        "Parents Ada and Ivo Brenner said the clinic in Halvik had closed. Ada Brenner said the "
        "girl had been healthy."
    )
    names = {e.name for e in brief.entities if e.label == "person"}
    assert not any(n.startswith("Parents") for n in names)


@pytest.mark.slow
def test_a_role_ends_before_a_relative_clause_and_is_never_what_one_is_not() -> None:
    brief = _facts_run(
        "The hearing heard from Marla Venn, the defendant's oldest daughter, who said her father "
        'was "my best friend." The memo named Ivo Kelner, not the campaign chairman, as the '
        "source."
    )
    roles = {e.name: e.role for e in brief.entities}
    assert roles.get("Marla Venn") == "defendant's oldest daughter"
    assert roles.get("Ivo Kelner") is None


@pytest.mark.slow
def test_an_event_noun_before_a_role_is_not_part_of_the_role() -> None:
    # "the resignation of <role> X": X holds the role, not the resignation.
    brief = _facts_run(
        "The row began with the resignation of the mayor's chief adviser Ivo Kelner last week. "
        "Kelner said he had done nothing wrong."
    )
    role = next(e.role for e in brief.entities if e.name == "Ivo Kelner")
    assert role is not None and not role.startswith("resignation")


@pytest.mark.slow
def test_a_hyphenated_surname_alone_is_the_person() -> None:
    # The small model tags "Amsel-Brandt" alone as an organisation again and again; a surname
    # with a hyphen is still one word of the person's name and votes for the person.
    labels = _labels_of(
        "The state called economist Rolf Amsel-Brandt on Monday. Lawyers for the chain said "
        "Amsel-Brandt's argument was weak. Amsel-Brandt replied that prices had risen. "
        "Amsel-Brandt's report ran to 90 pages, and Amsel-Brandt's critics were many."
    )
    assert labels.get("Rolf Amsel-Brandt") == "person"


@pytest.mark.parametrize(
    "description", ["a small planet", "a small planet beyond the belt", "the distant planet"]
)
@pytest.mark.slow
def test_a_described_thing_with_an_adjective_is_no_person(description: str) -> None:
    labels = _labels_of(
        f"Astronomer Ada Lind has studied the outer system for years. Verlin, {description}, "
        "has a thin atmosphere. Verlin has two moons."
    )
    assert labels.get("Verlin") != "person"


@pytest.mark.parametrize(
    "text",
    [
        "Velmora said the breach hit 2 million users. Shares of Velmora fell 4% on Monday.",
        "Dravix said the vaccine worked. Dravix's shares rose 5%. Officials in Halvik cheered.",
        "Investors sold shares of Zellick after Zellick said revenue fell.",
        "Users were angry at Quillbay. Quillbay, the company, said the outage was over.",
    ],
)
@pytest.mark.slow
def test_a_name_the_text_treats_as_a_company_is_an_organisation(text: str) -> None:
    # The small model tags one-word company names as people or places; "shares of X", "X's
    # chief executive", a corporate suffix or "X, the company" say what they are.
    brief = _facts_run(text)
    labels = {name_key(e.name): e.label for e in brief.entities}
    company = next(k for k in labels if k in ("velmora", "dravix", "zellick", "quillbay"))
    assert labels[company] == "organization", labels


@pytest.mark.slow
def test_a_person_with_a_spokesperson_stays_a_person() -> None:
    labels = _labels_of(
        "Senator Ada Kellworth spoke on Monday. Kellworth's spokesperson said she would vote no. "
        "Kellworth later said the bill was flawed."
    )
    assert labels.get("Ada Kellworth") == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Friday. Ivo Marrek, no known relation to the mayor, spoke first.",
        "News article by- Ivo Marrek. The council met on Friday to discuss the new pier.",
    ],
)
@pytest.mark.slow
def test_a_role_is_a_description_of_the_person_not_the_words_beside_the_name(text: str) -> None:
    brief = _facts_run(text)
    roles = {e.name: e.role for e in brief.entities}
    assert roles.get("Ivo Marrek") is None, roles


@pytest.mark.slow
def test_a_labelled_occupation_field_is_the_persons_role() -> None:
    brief = _facts_run(
        "The victims were named on Tuesday.\n\nName: Ivo Marrek\nAge: 34\nOccupation: nurse\n\n"
        "Marrek had worked at the Halvik clinic for ten years, his family said."
    )
    roles = {e.name: e.role for e in brief.entities}
    assert roles.get("Ivo Marrek") == "nurse", roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The case stems from a 2019 Snapgab post that a student wrote off campus. The "
            "student used a vulgar word on Snapgab.",
            "Snapgab",
        ),
        (
            "Ada Lind, an aide, posted on Twindle that she had quit. Twindle said the post broke "
            "no rule.",
            "Twindle",
        ),
    ],
)
@pytest.mark.slow
def test_a_platform_the_text_posts_on_is_an_organisation(text: str, name: str) -> None:
    labels = {e.name: e.label for e in _facts_run(text).entities}
    assert labels.get(name) == "organization", labels


@pytest.mark.slow
def test_a_place_said_on_stays_a_place() -> None:
    labels = _labels_of(
        "Senator Ada Lind said on Capitol Hill that the bill would pass. Lind spoke after the vote."
    )
    assert labels.get("Capitol Hill") == "place"


@pytest.mark.slow
def test_names_listed_after_a_plural_body_noun_are_organisations() -> None:
    labels = _labels_of(
        "Several militia groups, including Harqat Velbani (HV) and Saraya'at al-Ordun (SO), used "
        "the depots. The strikes hit three sites near the border on Sunday."
    )
    assert labels.get("Harqat Velbani") == "organization", labels
    assert labels.get("Saraya'at al-Ordun") == "organization", labels


@pytest.mark.slow
def test_people_listed_after_a_plural_person_noun_stay_people() -> None:
    labels = _labels_of(
        "Several senators, including Ada Kellworth and Ivo Marrek, voted against the bill on "
        "Monday after a long debate."
    )
    assert labels.get("Ada Kellworth") == "person", labels


@pytest.mark.slow
def test_a_stance_is_not_a_role() -> None:
    brief = _facts_run(
        "Velmark President Ivo Dansk met the envoy on Monday. Dansk, a proponent of more "
        "dialogue and diplomacy with the north, said talks would resume."
    )
    roles = {e.name: e.role for e in brief.entities}
    assert roles.get("Ivo Dansk") == "Velmark President", roles


@pytest.mark.slow
def test_the_body_a_person_works_at_is_an_organisation() -> None:
    labels = _labels_of(
        "Ada Lind, a global fellow at the Orsa Center, said the tests would go on. Ivo Dansk, a "
        "senior fellow at the Wilmer Institute, agreed."
    )
    assert labels.get("Orsa Center") == "organization", labels


@pytest.mark.slow
def test_a_park_a_person_works_at_stays_a_place() -> None:
    labels = _labels_of(
        "Lions escaped from Orsa National Park again. \"We lost one of our oldest lions,\" said "
        "Ada Lind, a senior park warden at Orsa National Park."
    )
    assert labels.get("Orsa National Park") == "place", labels


@pytest.mark.slow
def test_a_role_keeps_a_job_beside_a_stance_and_a_furniture_word_after_its_head() -> None:
    brief = _facts_run(
        "Gerald Penn, a radio host and Velt supporter, said the talks went well.\n\n"
        "Ada Lind, a teacher leading a campaign to put a poet's image on the new stamp, said the "
        "post office had agreed."
    )
    roles = {e.name: e.role for e in brief.entities}
    assert roles.get("Gerald Penn") == "radio host and Velt supporter", roles
    assert (roles.get("Ada Lind") or "").startswith("teacher leading a campaign"), roles


def test_an_acronym_of_a_names_first_words_and_a_country_prefix_join_it() -> None:
    from synoptic.stages.entities import _canonical_keys

    orgs = {
        "velmar centers for harbour safety and inspection",
        "us velmar centers for harbour safety and inspection",
        "vchs",
        "uk ferry board",
        "ferry board",
    }
    canon = _canonical_keys(orgs | {"us", "uk"}, set(), acronyms={"vchs"})
    assert canon["vchs"] == canon["velmar centers for harbour safety and inspection"]
    assert canon["us velmar centers for harbour safety and inspection"] == canon["vchs"]
    assert canon["uk ferry board"] == canon["ferry board"]
    # A second name with those initials: the acronym stays apart.
    other = orgs | {"velmar coast highway service board"}
    assert _canonical_keys(other, set(), acronyms={"vchs"})["vchs"] == "vchs"
    # Not an acronym as written: a word that happens to be the initials does not join.
    assert _canonical_keys(orgs, set())["vchs"] == "vchs"


def test_a_maker_named_by_its_product_is_an_organisation() -> None:
    ents = [
        Entity(name="Kelvax", label="person"),
        Entity(name="Dornig", label="person"),
        Entity(name="Orvane", label="person"),
        Entity(name="Ivo Dansk", label="person"),
        Entity(name="Velmark", label="place"),
    ]
    texts = [
        "Half of the town got the Kelvax or Dornig vaccines. A Dornig dose costs little, and "
        "Orvane's pill is cheaper. Ivo Dansk vaccines? Velmark vaccine rules changed."
    ]
    entities._relabel_companies(ents, texts)
    labels = {e.name: e.label for e in ents}
    assert labels == {
        "Kelvax": "organization",
        "Dornig": "organization",
        "Orvane": "organization",
        "Ivo Dansk": "person",
        "Velmark": "place",
    }, labels


def _labels(brief: Brief) -> dict[str, EntityLabel]:
    return {e.name: e.label for e in brief.entities}


def test_an_outlet_is_an_organisation_not_a_place() -> None:
    # The source's own outlet field, and "told the X" / "X reported" in the text.
    patterns = [
        {"label": "GPE", "pattern": "Orsa Ledger"},
        {"label": "GPE", "pattern": "Velmont Courier"},
        {"label": "GPE", "pattern": "Kelby Herald"},
        {"label": "GPE", "pattern": "Orsa"},
    ]
    texts = [
        "Ivo Brant spoke in Orsa on Monday about the dam and the river.\n\n"
        "He told the Velmont Courier that the works would end soon.\n\n"
        "The Kelby Herald reported that the cost had doubled.",
        "The Orsa Ledger wrote about the dam in Orsa on Monday as well.",
    ]
    brief = Brief(sources=[_source(f"S{i}", t) for i, t in enumerate(texts, 1)], words=200)
    brief.sources[1].outlet = "Orsa Ledger (News)"
    ctx = Context(
        options=load_options(),
        embedder=HashingEmbedder(),
        nlp=BlankBackend(entity_patterns=patterns),
    )
    labels = _labels(entities.entities(segment.segment(brief, ctx), ctx))
    assert labels["Velmont Courier"] == "organization"
    assert labels["Kelby Herald"] == "organization"
    assert labels["Orsa Ledger"] == "organization"
    assert labels["Orsa"] == "place"


def test_a_body_head_makes_an_organisation_and_a_place_head_a_place() -> None:
    patterns = [
        {"label": "GPE", "pattern": "Tarvel County Child Protective Services"},
        {"label": "GPE", "pattern": "House of Representatives"},
        {"label": "GPE", "pattern": "Department of Harbours"},
        {"label": "ORG", "pattern": "Tarvel County"},
    ]
    brief = _blank_run(
        [
            "Officials of Tarvel County Child Protective Services visited the home on Monday.\n\n"
            "The House of Representatives voted on the bill, and the Department of Harbours "
            "objected to it.\n\nThe case is in Tarvel County, where the family lives."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Tarvel County Child Protective Services"] == "organization"
    assert labels["House of Representatives"] == "organization"
    assert labels["Department of Harbours"] == "organization"
    assert labels["Tarvel County"] == "place"


def test_common_words_capitals_and_time_zones_are_no_people() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Booster"},
        {"label": "PERSON", "pattern": "ET"},
        {"label": "PERSON", "pattern": "MALARIA"},
        {"label": "PERSON", "pattern": "Ada Velk"},
        {"label": "PERSON", "pattern": "Velk"},
    ]
    brief = _blank_run(
        [
            "Booster clinics opened on Monday, said Ada Velk, who runs the health office.\n\n"
            "The booster is free, and the clinics open at 9 a.m. ET every day of the week.\n\n"
            "MALARIA cases fell last year, Velk said at the meeting in the town hall."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "Booster" not in labels
    assert "ET" not in labels
    assert "MALARIA" not in labels
    assert labels["Ada Velk"] == "person"


def test_three_names_with_an_age_are_a_person() -> None:
    patterns = [{"label": "ORG", "pattern": "Marla Dene Voss"}]
    brief = _blank_run(
        [
            "Marla Dene Voss, 34, was charged on Tuesday after the crash on the bridge.\n\n"
            "Police said Marla Dene Voss had been driving home from work that night."
        ],
        patterns,
    )
    assert _labels(brief)["Marla Dene Voss"] == "person"


def test_a_body_named_like_a_person_is_not_made_one_without_a_cue() -> None:
    patterns = [{"label": "ORG", "pattern": "Harlan Brooke Weiss"}]
    brief = _blank_run(
        [
            "Harlan Brooke Weiss, the law firm, filed the suit on Tuesday in the city court.\n\n"
            "A lawyer at Harlan Brooke Weiss said the firm would appeal the ruling soon."
        ],
        patterns,
    )
    assert _labels(brief)["Harlan Brooke Weiss"] == "organization"


def test_citation_pieces_are_not_people() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Brakstein Q"},
        {"label": "PERSON", "pattern": "Velloran T"},
        {"label": "PERSON", "pattern": "Ines Marrow"},
    ]
    brief = _blank_run(
        [
            "Ines Marrow, who led the study, said the results were clear and strong.\n\n"
            "References: Brakstein Q, Velloran T, Osk P. Outcomes of a trial in mice. "
            "J Halv Med. 2019;4:1-9. Velloran T, Brakstein Q. A second trial. 2020;5:2-8."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "Brakstein Q" not in labels
    assert "Velloran T" not in labels
    assert labels["Ines Marrow"] == "person"


def test_reports_a_possessive_office_and_a_described_company_are_bodies() -> None:
    patterns = [
        {"label": "GPE", "pattern": "Halvik Gazette"},
        {"label": "GPE", "pattern": "Tarvel County Sheriff’s Office"},
        {"label": "GPE", "pattern": "Orbrite"},
    ]
    brief = _blank_run(
        [
            "The fire started at night, the Halvik Gazette reports, and spread fast.\n\n"
            "She was held, according to Tarvel County Sheriff’s Office records seen on Monday.\n\n"
            "Shareholders at Orbrite, the mining company, rebelled over pay last year."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Halvik Gazette"] == "organization"
    assert labels["Tarvel County Sheriff’s Office"] == "organization"
    assert labels["Orbrite"] == "organization"


@pytest.mark.slow
def test_an_injury_in_brackets_is_not_a_role() -> None:
    mentions = _spacy_mentions(
        "The Harbour Hawks listed running back Ivo Brandt (knee) and tight end Ola Marsk "
        "(groin) as out for Sunday."
    )
    mentions += _spacy_mentions(
        "Tavro Quinlan (ankle), linebacker Eli Dorn (hamstring) and guard Sam Pell (knee) did "
        "not practice."
    )
    roles = dict(mentions)
    assert roles.get("Ivo Brandt") is None
    assert roles.get("Ola Marsk") == "tight end"
    assert roles.get("Tavro Quinlan") is None
    assert roles.get("Sam Pell") is None


def test_a_role_ends_where_the_next_listed_person_begins() -> None:
    from synoptic.stages.entities import _clean_role

    assert _clean_role("watchmaker , and Una Dahl , a seamstress") == "watchmaker"
    assert (
        _clean_role("acting director who lived nearby ; and deputy counsel Ada Lind")
        == "acting director who lived nearby"
    )
    assert _clean_role("knee ) and linebacker Eli Dorn ( hamstring") is None
    assert _clean_role("mayor (acting) of Velta") == "mayor (acting) of Velta"


def test_a_plural_head_is_no_persons_role() -> None:
    from synoptic.stages.entities import _clean_role

    assert _clean_role("Velmont Post reporters") is None
    assert _clean_role("daughters") is None
    assert _clean_role("14 points") is None
    assert _clean_role("running backs") is None
    # Singular heads that end in "s" stay roles.
    assert _clean_role("crime boss") == "crime boss"
    assert _clean_role("actress") == "actress"
    assert _clean_role("alumnus of Orsa College") == "alumnus of Orsa College"
    assert _clean_role("director of communications") == "director of communications"


@pytest.mark.slow
def test_a_place_described_by_apposition_is_a_place() -> None:
    labels = _labels_of(
        "Velm Harbor, a major port, was badly hit by the quake on Monday.\n\n"
        "The quake hit Gorvan, a fishing village on the coast, and Ilse Warda, a retired "
        "teacher, said it was loud."
    )
    assert labels["Velm Harbor"] == "place"
    assert labels["Gorvan"] == "place"
    assert labels["Ilse Warda"] == "person"


def test_a_team_named_in_the_plural_is_an_organisation() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Otters"},
        {"label": "GPE", "pattern": "Velmont Otters"},
        {"label": "PERSON", "pattern": "Rivertown Falcons"},
        {"label": "GPE", "pattern": "Velmont"},
        {"label": "GPE", "pattern": "Rivertown"},
        {"label": "PERSON", "pattern": "Ada Jones"},
        {"label": "PERSON", "pattern": "Jones"},
        {"label": "GPE", "pattern": "Orsa Islands"},
        {"label": "GPE", "pattern": "Orsa"},
    ]
    brief = _blank_run(
        [
            "The Otters beat the Rivertown Falcons 24-10 in Velmont on Sunday, and the Velmont "
            "Otters now lead the league.\n\n"
            "Ada Jones scored twice. Jones said the Otters had worked hard since the spring.\n\n"
            "Fans from Rivertown and from the Orsa Islands watched; Orsa sent a band."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Otters"] == "organization"
    assert labels["Velmont Otters"] == "organization"
    assert labels["Rivertown Falcons"] == "organization"
    assert labels["Ada Jones"] == "person"
    assert labels["Orsa Islands"] == "place"


def test_a_group_of_states_is_a_body_and_an_age_is_no_entity() -> None:
    patterns = [
        {"label": "GPE", "pattern": "G7"},
        {"label": "GPE", "pattern": "G20"},
        {"label": "ORG", "pattern": "Bronze Age"},
        {"label": "PERSON", "pattern": "Stone Age"},
        {"label": "GPE", "pattern": "Velta"},
    ]
    brief = _blank_run(
        [
            "Leaders of the G7 met in Velta, and the G20 will meet there next year.\n\n"
            "Velta was settled in the Bronze Age, and tools from the Stone Age were found."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["G7"] == "organization"
    assert labels["G20"] == "organization"
    assert labels["Velta"] == "place"
    assert "Bronze Age" not in labels
    assert "Stone Age" not in labels


def test_names_after_village_of_are_places() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Darvesh"},
        {"label": "ORG", "pattern": "Kolbaran"},
        {"label": "PERSON", "pattern": "Sirmeh"},
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "ORG", "pattern": "Velta Council"},
    ]
    brief = _blank_run(
        [
            "Houses in the village of Darvesh fell, and the villages Kolbaran and Sirmeh lost "
            "power.\n\n"
            "Ada Lind, who runs the town of Velta Council office, said help was on its way."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Darvesh"] == "place"
    assert labels["Kolbaran"] == "place"
    assert labels["Sirmeh"] == "place"
    assert labels["Ada Lind"] == "person"
    assert labels["Velta Council"] == "organization"


def test_a_disease_written_before_cases_is_no_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Velmo"},
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "PERSON", "pattern": "Lind"},
    ]
    brief = _blank_run(
        [
            "Velmo cases rose again in the port, and the Velmo outbreak closed two schools.\n\n"
            "Ada Lind, the health officer, said Velmo patients filled the ward. Lind cases were "
            "not a thing, Lind said; Lind spoke for an hour."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "Velmo" not in labels
    assert labels["Ada Lind"] == "person"


def test_a_job_written_before_a_name_is_the_role_not_the_name() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Kicker Ivo Brandal"},
        {"label": "PERSON", "pattern": "Orsa Wolves QB Tamsin Reve"},
        {"label": "ORG", "pattern": "Velta GM Odo Marsk"},
        {"label": "PERSON", "pattern": "Odo Marsk"},
        {"label": "PERSON", "pattern": "Tyler Amos Venn"},
        {"label": "ORG", "pattern": "NBA Velta Hawks"},
    ]
    brief = _blank_run(
        [
            "Kicker Ivo Brandal missed twice, and the kicker left the field early.\n\n"
            "Orsa Wolves QB Tamsin Reve threw for 300 yards.\n\n"
            "Velta GM Odo Marsk said the season was over. Odo Marsk did not take questions.\n\n"
            "Tyler Amos Venn, a fan, watched the NBA Velta Hawks on Sunday."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Ivo Brandal"].label == "person"
    assert by_name["Ivo Brandal"].role == "kicker"
    assert by_name["Tamsin Reve"].role == "Orsa Wolves QB"
    assert by_name["Odo Marsk"].label == "person"
    assert "Velta GM Odo Marsk" not in by_name
    # A given name with a role's suffix that the text never writes in lower case stays a name,
    # and a league's letters before a team are no position.
    assert "Tyler Amos Venn" in by_name
    assert by_name["NBA Velta Hawks"].label == "organization"


def test_a_ship_is_no_person_place_or_body() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "MV Ardent Gull"},
        {"label": "GPE", "pattern": "Warship INS Korvald"},
        {"label": "ORG", "pattern": "INS District Office"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        [
            "Pirates seized the MV Ardent Gull off the coast, and the Warship INS Korvald "
            "gave chase.\n\n"
            "Ada Lind of the INS District Office said the crew was safe."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "MV Ardent Gull" not in labels
    assert "Warship INS Korvald" not in labels
    assert labels["INS District Office"] == "organization"
    assert labels["Ada Lind"] == "person"
    # The role read from the text says what it is.
    assert entities._vessel(Entity(name="Selvo", label="person", role="Greek chemical tanker"))
    assert not entities._vessel(Entity(name="Ada Lind", label="person", role="mail carrier"))


def test_a_university_named_state_or_tech_is_a_body() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Orsa State"},
        {"label": "GPE", "pattern": "Velta Tech"},
        {"label": "GPE", "pattern": "Halvik State"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        [
            "Orsa State beat Velta Tech 71-64, and Ada Lind scored 20.\n\n"
            "Fans drove in from across Halvik State for the game."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Orsa State"] == "organization"
    assert labels["Velta Tech"] == "organization"
    assert labels["Halvik State"] == "place"
    assert labels["Ada Lind"] == "person"


def test_an_edition_of_a_software_product_is_no_entity() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Orvix"},
        {"label": "GPE", "pattern": "Orvix KV"},
        {"label": "ORG", "pattern": "Orvix Update"},
        {"label": "ORG", "pattern": "KV Professional"},
        {"label": "ORG", "pattern": "Halvik Corp"},
        {"label": "GPE", "pattern": "US"},
        {"label": "GPE", "pattern": "US Harbour Board"},
    ]
    brief = _blank_run(
        [
            "Halvik Corp said the flaw hits the Orvix operating system. Users of Orvix KV and "
            "KV Professional should run Orvix Update now.\n\n"
            "In the US, the US Harbour Board said its US app was safe."
        ],
        patterns,
    )
    labels = _labels(brief)
    for name in ("Orvix", "Orvix KV", "Orvix Update", "KV Professional"):
        assert name not in labels
    assert labels["Halvik Corp"] == "organization"
    assert "US Harbour Board" in labels


def test_a_lower_case_word_before_a_persons_name_is_not_the_name() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "unbeaten Ivo Kelner"},
        {"label": "PERSON", "pattern": "Ivo Kelner"},
        {"label": "PERSON", "pattern": "a Mara Velt"},
        {"label": "PERSON", "pattern": "Mara Velt"},
        {"label": "PERSON", "pattern": "de Orsa"},
    ]
    brief = _blank_run(
        [
            "The bout pits unbeaten Ivo Kelner against a veteran. Ivo Kelner is 31.\n\n"
            "She was a Mara Velt for a new age, wrote Tomas de Orsa. Mara Velt never met her."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "unbeaten Ivo Kelner" not in labels and labels["Ivo Kelner"] == "person"
    assert "a Mara Velt" not in labels and labels["Mara Velt"] == "person"
    assert "de Orsa" in labels


def test_a_name_written_before_code_is_a_language_not_a_body() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Velscript"},
        {"label": "ORG", "pattern": "QLX"},
        {"label": "ORG", "pattern": "Halvik Corp"},
        {"label": "ORG", "pattern": "Halvik"},
    ]
    brief = _blank_run(
        [
            "Attackers hid Velscript code in the page and used QLX injection against the "
            "database. Velscript runs in every browser.\n\n"
            "Halvik Corp said Halvik code was not affected, and Halvik shares rose."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert "Velscript" not in labels
    assert "QLX" not in labels
    assert labels["Halvik Corp"] == "organization"


def test_a_street_abbreviation_names_a_place_and_a_towns_police_or_fire_a_body() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Tovel Ave"},
        {"label": "ORG", "pattern": "Marrow Ave"},
        {"label": "GPE", "pattern": "Kesby Police"},
        {"label": "PERSON", "pattern": "Kesby Fire"},
        {"label": "PERSON", "pattern": "Falling Fire"},
        {"label": "GPE", "pattern": "Kesby"},
    ]
    brief = _blank_run(
        [
            "Crews from Kesby Fire and Rescue reached the shop on Tovel Ave at noon. Kesby "
            "Police closed Marrow Ave for the night.\n\n"
            "Kesby is a quiet town. Falling Fire, a novel, is set there."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Tovel Ave"] == "place" and labels["Marrow Ave"] == "place"
    assert labels["Kesby Police"] == "organization"
    assert labels["Kesby Fire"] == "organization"
    assert labels.get("Falling Fire") != "organization"  # "Falling" is no town of the story


def test_a_resident_or_district_cue_makes_a_place() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ostra Bel"},
        {"label": "PERSON", "pattern": "Karvia"},
        {"label": "PERSON", "pattern": "Lune Darrow"},
    ]
    brief = _blank_run(
        [
            "The Ostra Bel resident was arrested on Monday. Youths gathered in the Karvia "
            "district at night.\n\n"
            "Lune Darrow said the streets were calm."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Ostra Bel"] == "place"
    assert labels["Karvia"] == "place"
    assert labels["Lune Darrow"] == "person"


def test_a_one_letter_variant_of_a_persons_name_word_joins_that_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Dana Pellson"},
        {"label": "PERSON", "pattern": "Pellsen"},
        {"label": "PERSON", "pattern": "Tarika Vossel"},
        {"label": "PERSON", "pattern": "Tarike"},
    ]
    brief = _blank_run(
        [
            "Dana Pellson was charged on Monday. Lawyers said Pellsen would plead guilty.\n\n"
            "Her sister Tarika Vossel spoke outside. Tarike said she was calm."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Pellsen" in by_name["Dana Pellson"].aliases and "Pellsen" not in by_name
    assert "Tarike" in by_name["Tarika Vossel"].aliases and "Tarike" not in by_name
    # Two people it could be: left alone.
    patterns.append({"label": "PERSON", "pattern": "Rika Pellsan"})
    brief = _blank_run(
        [
            "Dana Pellson was charged on Monday. Lawyers said Pellsen would plead guilty.\n\n"
            "Rika Pellsan, a cousin, spoke outside."
        ],
        patterns,
    )
    assert "Pellsen" in {e.name for e in brief.entities}


def test_a_nationality_before_a_persons_name_is_the_role() -> None:
    patterns = [
        {"label": "NORP", "pattern": "Velmish"},
        {"label": "PERSON", "pattern": "Velmish Ivo Darn"},
        {"label": "PERSON", "pattern": "Ivo Darn"},
        {"label": "PERSON", "pattern": "Velmish swimmer Ada Korr"},
    ]
    brief = _blank_run(
        [
            "Velmish Ivo Darn won the bout on Saturday. The Velmish federation praised Ivo "
            "Darn.\n\n"
            "Velmish swimmer Ada Korr won gold."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Velmish Ivo Darn" not in by_name
    assert by_name["Ivo Darn"].role == "Velmish"
    assert "Velmish swimmer Ada Korr" not in by_name
    assert by_name["Ada Korr"].role == "Velmish swimmer"


def test_a_name_written_as_a_whole_quotation_is_a_title_not_a_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Falling Lanterns"},
        {"label": "PERSON", "pattern": "Ivo Darn"},
    ]
    brief = _blank_run(
        [
            'The studio said Falling Lanterns would open in May. Filming of "Falling Lanterns" '
            "ended in March.\n\n"
            'Ivo Darn, who plays the lead, said "the nights were cold".\n\n'
            'The informant, known as "Grey Lantern", met reporters in a garage. Grey Lantern '
            "was never paid."
        ],
        [*patterns, {"label": "PERSON", "pattern": "Grey Lantern"}],
    )
    labels = _labels(brief)
    assert "Falling Lanterns" not in labels
    assert labels["Ivo Darn"] == "person"
    assert labels["Grey Lantern"] == "person"  # a nickname: 'known as "..."'


@pytest.mark.slow
def test_a_quoted_name_with_a_persons_role_stays_a_person() -> None:
    brief = _facts_run(
        "Sara Lind, 33, was previously engaged to MTV host Kevin Hale in 2001.\n\n"
        'Lind may be best known for her romance with MTV\'s "Kevin Hale" and her film roles.'
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels.get("Kevin Hale") == "person"


def test_a_one_word_name_always_written_after_the_is_no_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Velkaris"},
        {"label": "PERSON", "pattern": "Ostrel"},
        {"label": "PERSON", "pattern": "Ada Ostrel"},
    ]
    brief = _blank_run(
        [
            "Tourists climbed to the Velkaris at dawn. Cafes below the Velkaris were busy.\n\n"
            "Ada Ostrel runs one of them. The Ostrel family has run it since 1990, and Ostrel "
            "said trade was good.\n\n"
            "The plan has terms the Korvan and Ostrel teams rejected."
        ],
        [*patterns, {"label": "PERSON", "pattern": "Korvan"}],
    )
    labels = _labels(brief)
    assert "Velkaris" not in labels
    assert labels["Ada Ostrel"] == "person"
    assert labels["Korvan"] == "person"  # "the Korvan and Ostrel teams": a name as modifier


def test_a_name_followed_by_a_comma_and_a_place_of_the_story_is_a_place() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Corvel"},
        {"label": "PERSON", "pattern": "Ada Ruiz"},
        {"label": "GPE", "pattern": "Marnia"},
    ]
    brief = _blank_run(
        [
            "A man from Corvel, Marnia, called the police. Corvel is a small town.\n\n"
            "Ada Ruiz, Marnia's envoy, said the talks would go on."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Corvel"] == "place"
    assert labels["Ada Ruiz"] == "person"


def test_a_name_beside_a_newspaper_noun_is_an_outlet() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Velmiki"},
        {"label": "GPE", "pattern": "Orsa Typos"},
        {"label": "PERSON", "pattern": "Ada Ruiz"},
    ]
    brief = _blank_run(
        [
            "A poll for the Velmiki newspaper found wide anger. The conservative daily Orsa "
            "Typos called for calm.\n\n"
            "Ada Ruiz said she reads Velmiki every day."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Velmiki"] == "organization"
    assert labels["Orsa Typos"] == "organization"
    assert labels["Ada Ruiz"] == "person"


def test_an_age_before_a_name_tagged_a_place_makes_a_person() -> None:
    patterns = [{"label": "GPE", "pattern": "Lyon Daravel"}, {"label": "GPE", "pattern": "Lyon"}]
    brief = _blank_run(
        [
            '"We want change," said 32-year-old protester Lyon Daravel. Lyon Daravel marched '
            "all night.\n\n"
            "Lyon is far away."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Lyon Daravel"] == "person"
    assert labels["Lyon"] == "place"


def test_a_place_after_in_is_not_made_a_company_or_an_outlet_by_a_cue() -> None:
    # "... mines in Kelvania, the company said" and "the Orsa Rights Centre in Kelvania
    # reported": the cue is the clause's, and the name after "in" is where, not who.
    patterns = [
        {"label": "GPE", "pattern": "Kelvania"},
        {"label": "ORG", "pattern": "Velmora"},
        {"label": "ORG", "pattern": "Orsa Rights Centre"},
        {"label": "GPE", "pattern": "Quillbay"},
    ]
    brief = _blank_run(
        [
            "Velmora closed two mines in Kelvania, the company said on Monday.\n\n"
            "Three men were held, the Orsa Rights Centre in Kelvania reported.",
            "Quillbay, the company, said the outage was over in Kelvania.",
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Kelvania"] == "place"
    assert labels["Quillbay"] == "organization"  # no "in" before it: the cue stands


def test_a_company_written_with_its_suffix_joins_its_first_word() -> None:
    from synoptic.stages.entities import _canonical_keys

    # "Kestrel" comes first in one source, so only the corporate suffix ("Kestrel Foods Inc.")
    # says the longer name is the company's own, not a product named after a maker.
    keys = {"kestrel", "kestrel foods", "kestrel foods inc", "ada lind"}
    firsts = {"kestrel": {"S1": 0, "S2": 5}, "kestrel foods": {"S2": 0, "S1": 90}}
    canon = _canonical_keys(keys, {"ada lind"}, firsts=firsts)
    assert canon["kestrel"] == canon["kestrel foods"] == canon["kestrel foods inc"]
    # Without a suffix the maker stays apart from the product named after it.
    bare = _canonical_keys(
        {"orvane", "orvane exchange"},
        set(),
        firsts={"orvane": {"S1": 0}, "orvane exchange": {"S1": 40}},
    )
    assert bare["orvane"] == "orvane"


def test_an_acronym_taking_a_letter_inside_a_word_joins_the_name() -> None:
    from synoptic.stages.entities import _canonical_keys

    keys = {"kol", "kelvin online inc", "kelvin online", "ada lind"}
    canon = _canonical_keys(keys, {"ada lind"}, acronyms={"kol"})
    assert canon["kol"] == canon["kelvin online"]
    # Two names it could stand for: it stays apart.
    two = keys | {"kelvin outlands"}
    assert _canonical_keys(two, {"ada lind"}, acronyms={"kol"})["kol"] == "kol"
    # Not written in capitals: no acronym.
    assert _canonical_keys(keys, {"ada lind"})["kol"] == "kol"
    # A place: "MTV" is not "Mountain View".
    view = _canonical_keys({"mtv", "mountain view"}, set(), {"mountain view"}, acronyms={"mtv"})
    assert view["mtv"] == "mtv"


@pytest.mark.slow
def test_a_verb_misread_as_a_noun_before_a_name_is_no_role() -> None:
    # "that the council release X": the parser takes "release" for a noun apposed to the name;
    # a role noun right before a name (no comma) names a function or a relation.
    mentions = dict(
        _spacy_mentions(
            "Ninety activists demanded in a joint letter that the council release Ivo Marrek, "
            "Ola Berg and Tam Ruiz, saying the arrests were wrong."
        )
    )
    assert mentions["Ivo Marrek"] is None
    assert (
        dict(_spacy_mentions("Her brother Ivo Marrek said the arrest was wrong."))["Ivo Marrek"]
        == "brother"
    )


@pytest.mark.slow
def test_a_plural_noun_the_name_is_apposed_to_is_no_role() -> None:
    # "their planned rally names Governor Ada Lind": "names" is the verb, read as a plural
    # noun; the title written into the name's phrase is the role.
    mentions = dict(
        _spacy_mentions(
            "The leaflet the farmers are handing out for their planned rally names Governor "
            "Ada Lind, Mayor Ivo Kelner and Sen. Tam Ruiz."
        )
    )
    assert mentions["Ada Lind"] == "Governor"
    assert mentions["Ivo Kelner"] == "Mayor"


def test_a_name_written_before_a_schools_name_is_that_body() -> None:
    # "Orsa Knolls High School ... Orsa Knolls Principal Ivo Dane": the small model's person
    # is the school; a person named in prose ("Ada Lind Joins ...") stays a person.
    patterns = [
        {"label": "PERSON", "pattern": "Orsa Knolls"},
        {"label": "PERSON", "pattern": "Ivo Dane"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        [
            "Tam was a graduate of Orsa Knolls High School and studied in Velta.\n\n"
            '"He was kind," Orsa Knolls Principal Ivo Dane said. We miss him at Orsa Knolls.',
            "Ada Lind Joins Velta University\n\nAda Lind said on Monday she would teach. "
            "Ada Lind starts in May, and Ada Lind will live nearby.",
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Orsa Knolls"] == "organization"
    assert labels["Ivo Dane"] == "person"
    assert labels["Ada Lind"] == "person"


def test_a_company_cued_in_the_text_joins_its_first_word_despite_a_stray_place_tag() -> None:
    from synoptic.stages.entities import _canonical_keys

    # "Kestrel Foods Inc." written in the text (not tagged as a name), "Kestrel" first in one
    # source and once tagged a place; a junk longer span ("kestrel foods that ada") does not
    # make the first word ambiguous.
    keys = {"kestrel", "kestrel foods", "kestrel foods that ada", "velta", "velta post", "ada lind"}
    firsts = {"kestrel": {"S1": 0}, "kestrel foods": {"S1": 90}}
    canon = _canonical_keys(
        keys,
        {"ada lind"},
        {"kestrel", "velta"},
        firsts=firsts,
        companies={"kestrel foods", "velta post"},
        weak_places={"kestrel"},
    )
    assert canon["kestrel"] == "kestrel foods"
    assert canon["velta"] == "velta"  # a place in most of its uses stays the place


def test_a_bodys_first_word_alone_takes_the_full_names_label() -> None:
    from synoptic.stages.entities import Mention, _entity, _link

    def mention(name: str, label: EntityLabel, start: int) -> entities.Mention:
        return Mention(name=name, label=label, source="S1", start=start, end=start + 5)

    # "Kestrel Textiles" once, then "Kestrel" three times, which the small model calls a person.
    mentions = [mention("Kestrel Textiles", "organization", 0)]
    mentions += [mention("Kestrel", "person", 10 * i) for i in range(1, 4)]
    clusters = _link(mentions, {"S1": 0})
    assert len(clusters) == 1
    assert _entity(clusters[0]).label == "organization"


def test_a_department_of_x_is_the_x_department() -> None:
    # "Velmish Department of Fisheries" / "Fisheries Department" (and a country before it,
    # "U.S. Ministry of Harbour Affairs" / "Harbour Ministry") are one body each.
    patterns = [
        {"label": "ORG", "pattern": "Fisheries Department"},
        {"label": "ORG", "pattern": "Department of Fisheries"},
        {"label": "ORG", "pattern": "U.S. Ministry of Harbour Affairs"},
        {"label": "ORG", "pattern": "Harbour Ministry"},
    ]
    brief = _blank_run(
        [
            "The Fisheries Department said on Monday that the quota would fall. "
            "The Harbour Ministry agreed.",
            "The Department of Fisheries cut the quota, and the U.S. Ministry of Harbour Affairs "
            "backed it.",
        ],
        patterns,
    )
    orgs = sorted(e.name for e in brief.entities if e.label == "organization")
    assert len(orgs) == 2, orgs


def test_a_one_word_name_cut_off_by_a_teasers_ellipsis_is_no_entity() -> None:
    # "... former Orsa officer Ivo..." ends a teaser: "Ivo" is half a name.
    patterns = [
        {"label": "PERSON", "pattern": "Ivo"},
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "PERSON", "pattern": "Lind"},
        {"label": "GPE", "pattern": "Orsa"},
    ]
    brief = _blank_run(
        [
            "Protests broke out within days of his arrest by former Orsa officer Ivo...",
            "Ada Lind said the protests in Orsa would go on. Ada Lind spoke on Monday.\n\n"
            "The protests went on, said Lind...",
        ],
        patterns,
    )
    names = {e.name for e in brief.entities}
    assert "Ivo" not in names
    assert {"Ada Lind", "Orsa"} <= names
    assert next(e for e in brief.entities if e.name == "Ada Lind").mentions == 3


def test_a_surname_in_a_court_cases_name_is_no_entity() -> None:
    # "Velt v. Orsa Fishers Union" names a case: "Velt" stands for the case, not a person; a
    # party named in full is still a body the text names.
    patterns = [
        {"label": "PERSON", "pattern": "Velt"},
        {"label": "GPE", "pattern": "Kamm"},
        {"label": "ORG", "pattern": "Orsa Fishers Union"},
        {"label": "ORG", "pattern": "Supreme Court"},
        {"label": "PERSON", "pattern": "Ada Brenner"},
        {"label": "PERSON", "pattern": "Brenner"},
        {"label": "ORG", "pattern": "Lions"},
    ]
    brief = _blank_run(
        [
            "The Supreme Court will hear Velt v. Orsa Fishers Union next year, a case that could "
            "overturn Kamm v. Dale.",
            "The Supreme Court took the case on Monday. The ruling in Kamm stood for decades. "
            "Ada Brenner v. Orsa and Lions vs. Hawks are other matters; Brenner said so.",
        ],
        patterns,
    )
    names = {e.name for e in brief.entities}
    assert not {"Velt", "Kamm"} & names
    assert {"Supreme Court", "Orsa Fishers Union", "Ada Brenner", "Lions"} <= names


def test_a_chair_before_a_name_is_a_title_and_after_a_body_a_role() -> None:
    # "Conference Chair Ada Lind", "the ORP Chair": a title, not part of a name or a body.
    patterns = [
        {"label": "PERSON", "pattern": "Chair Ada Lind"},
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "ORG", "pattern": "ORP Chair"},
        {"label": "ORG", "pattern": "ORP"},
    ]
    brief = _blank_run(
        [
            "Members voted to remove Conference Chair Ada Lind from her post on Monday.",
            "A letter by ORP Chair Ada Lind was sent. The ORP said Ada Lind had erred.",
        ],
        patterns,
    )
    names = {e.name for e in brief.entities}
    assert "Ada Lind" in names
    assert not {"Chair Ada Lind", "ORP Chair"} & names


def test_makers_listed_before_a_product_noun_are_organisations() -> None:
    # "the Kelvax, Dornig and Brill & Brill vaccines", "Dornig and Kelvax and Brill & Brill":
    # a list of three makers before the product noun.
    patterns = [
        {"label": "PERSON", "pattern": "Kelvax"},
        {"label": "PERSON", "pattern": "Dornig"},
        {"label": "ORG", "pattern": "Brill & Brill"},
    ]
    brief = _blank_run(
        [
            "The country will ship doses of the Kelvax, Dornig and Brill & Brill vaccines abroad.",
            "We will share doses of Dornig and Kelvax and Brill & Brill vaccines, he said.",
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Kelvax"] == "organization"
    assert labels["Dornig"] == "organization"


def test_a_committee_written_without_its_parent_body_joins_the_full_name() -> None:
    from synoptic.stages.entities import _canonical_keys

    # "Velmish Senate Harbour Committee" and, later, "the Harbour Committee"; the Senate is
    # named in the cluster. A place before a body ("Orsa Fishers Union" / "Fishers Union") is
    # not a parent body, and two longer names leave the short one alone.
    keys = {
        "senate",
        "senate harbour committee",
        "harbour committee",
        "orsa",
        "orsa fishers union",
        "fishers union",
        "assembly",
        "assembly budget committee",
        "council budget committee",
        "council",
        "budget committee",
    }
    canon = _canonical_keys(keys, set(), {"orsa"})
    assert canon["harbour committee"] == "senate harbour committee"
    assert canon["fishers union"] == "fishers union"
    assert canon["budget committee"] == "budget committee"


def test_a_country_and_its_adjective_before_one_body_name_join() -> None:
    from synoptic.stages.entities import _canonical_keys

    # "Velmia Airlines" / "Velmian Airlines", "Orsa Defense Force" / "Orsan Defense Forces":
    # one body, named after the country or with its adjective. Different rests stay apart.
    keys = {
        "velmia airlines",
        "velmian airlines",
        "orsa defense force",
        "orsan defense forces",
        "velmia harbour board",
        "velmian fishers union",
    }
    canon = _canonical_keys(keys, set())
    assert canon["velmia airlines"] == canon["velmian airlines"]
    assert canon["orsa defense force"] == canon["orsan defense forces"]
    assert canon["velmia harbour board"] != canon["velmian fishers union"]


def test_house_joins_the_one_house_of_the_legislature_the_cluster_names() -> None:
    from synoptic.stages.entities import _canonical_keys

    keys = {
        "house",
        "house of representatives",
        "senate",
        "house harbour committee",
        "harbour committee",
    }
    canon = _canonical_keys(keys, set())
    assert canon["house"] == "house of representatives"
    # "House" still parents its committee written without it.
    assert canon["harbour committee"] == "house harbour committee"
    # Two houses named: "House" alone is left as written.
    canon = _canonical_keys({"house", "house of commons", "house of lords"}, set())
    assert canon["house"] == "house"


def test_a_rank_abbreviation_after_a_name_is_cut_off() -> None:
    # "the Velmish Harbour Authority Brig. Gen. Ado Fenn": the small model runs the body's name
    # into the rank of the person after it; "Lt. Col. Ado Fenn": "Col" alone tagged a person.
    brief = _blank_run(
        [
            "The letter went to the chairman of the Velmish Harbour Authority Brig. Gen. Ado "
            "Fenn on Monday.\n\nLt. Col. Ado Fenn said the port would reopen.",
        ],
        [
            {"label": "ORG", "pattern": "Velmish Harbour Authority Brig"},
            {"label": "PERSON", "pattern": "Col"},
            {"label": "PERSON", "pattern": "Ado Fenn"},
        ],
    )
    names = {e.name for e in brief.entities}
    assert "Velmish Harbour Authority" in names
    assert "Velmish Harbour Authority Brig" not in names
    assert "Col" not in names


def test_a_body_name_holding_and_is_not_cut_at_the_and() -> None:
    # "the Velmish Fisheries and Harbour Authority": the small model tags the halves. Words
    # always written before "and <body>" are the first half of its name; a body also written
    # alone ("the Senate", below) stays its own entity.
    brief = _blank_run(
        [
            "The Velmish Fisheries and Harbour Authority fined the firm.\n\n"
            "A spokesman for the Velmish Fisheries and Harbour Authority declined to comment.",
            "The Senate and Budget Committee met on Tuesday.\n\nThe Senate adjourned.",
        ],
        [
            {"label": "ORG", "pattern": "Velmish Fisheries"},
            {"label": "ORG", "pattern": "Harbour Authority"},
            {"label": "ORG", "pattern": "Senate"},
            {"label": "ORG", "pattern": "Budget Committee"},
        ],
    )
    names = {e.name for e in brief.entities}
    assert "Velmish Fisheries and Harbour Authority" in names
    assert "Harbour Authority" not in names
    assert "Velmish Fisheries" not in names
    assert {"Senate", "Budget Committee"} <= names


def test_a_building_named_before_and_a_body_is_no_part_of_its_name() -> None:
    brief = _blank_run(
        ["Both the Orsa Town Hall and Harbour Authority declined to comment."],
        [
            {"label": "ORG", "pattern": "Orsa Town Hall"},
            {"label": "ORG", "pattern": "Harbour Authority"},
        ],
    )
    names = {e.name for e in brief.entities}
    assert {"Orsa Town Hall", "Harbour Authority"} <= names


def test_a_name_right_after_a_places_based_is_a_body() -> None:
    # "Orsa-based Kelvane": a body based somewhere, whatever the small model's person tag.
    brief = _blank_run(
        ["Orsa-based Kelvane has given $5,000 to the fund.\n\nKelvane will match gifts."],
        [{"label": "PERSON", "pattern": "Kelvane"}],
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels["Kelvane"] == "organization"


def test_a_states_abbreviation_joins_the_one_place_name_it_abbreviates() -> None:
    from synoptic.stages.entities import _join_abbreviated_places

    # "Velma." and "Velmaria"; "W.Ors." and "West Orsany": the abbreviation's letters begin the
    # name's words, in order. "Kelv." could abbreviate two places: left alone. A name without
    # full stops ("Iren") is no abbreviation.
    def place(name: str) -> Entity:
        return Entity(name=name, label="place", sources=["S1"], mentions=1)

    names = ["Velma.", "Velmaria", "W.Ors.", "West Orsany", "Kelv.", "Kelvania", "Kelvora"]
    # A short one-part abbreviation could be many names' letters: "Da." is not "Dunmara".
    names += ["Da.", "Dunmara", "Iren", "Irelandia"]
    ents = _join_abbreviated_places([place(n) for n in names])
    by_name = {e.name: e for e in ents}
    assert "Velma." in by_name["Velmaria"].aliases and by_name["Velmaria"].mentions == 2
    assert "W.Ors." in by_name["West Orsany"].aliases
    assert {"Kelv.", "Da.", "Iren"} <= set(by_name)
    assert "Velma." not in by_name


def test_a_word_in_capitals_the_cluster_also_writes_in_lower_case_is_no_name() -> None:
    # "TIDES" of a shouted heading tagged a body or a place, "tides" in the prose; an acronym
    # never written in lower case ("VELMACO") stays.
    brief = _blank_run(
        [
            "The report on TIDES was read out.\n\nThe tides rose at Orsa, VELMACO said.",
        ],
        [
            {"label": "ORG", "pattern": "TIDES"},
            {"label": "ORG", "pattern": "VELMACO"},
            {"label": "GPE", "pattern": "Orsa"},
        ],
    )
    names = {e.name for e in brief.entities}
    assert "TIDES" not in names
    assert {"VELMACO", "Orsa"} <= names


def test_a_nickname_and_the_formal_first_name_are_one_person() -> None:
    # Invented people: "Al" is the first letters of "Alfonso", "Chuck" a common hypocorism of
    # "Charles"; with both full names one person, the surname alone joins them too.
    patterns = [
        {"label": "PERSON", "pattern": p}
        for p in ("Alfonso R. Penteri", "Al Penteri", "Charles Wexby", "Chuck Wexby")
    ] + [{"label": "ORG", "pattern": "Penteri"}, {"label": "PERSON", "pattern": "Wexby"}]
    brief = _blank_run(
        [
            "Sen. Alfonso R. Penteri spoke first. Charles Wexby answered him. Penteri left.",
            "A spokesman said Al Penteri was proud. Chuck Wexby said no. Wexby and Penteri met.",
        ],
        patterns,
    )
    names = sorted(sorted({e.name, *e.aliases}) for e in brief.entities)
    assert names == [
        ["Al Penteri", "Alfonso R. Penteri", "Penteri"],
        ["Charles Wexby", "Chuck Wexby", "Wexby"],
    ]
    assert {e.label for e in brief.entities} == {"person"}


def test_different_first_names_with_one_surname_stay_apart() -> None:
    # "Alma" is not a nickname of "Albert", "Chuck" not of "Chester", "Jo" not of "John".
    # Nor "Dan" of "Danielle": a couple sharing a surname.
    people = ("Albert Quorn", "Alma Quorn", "Chester Dilby", "Chuck Dilby", "John Perl", "Jo Perl",
              "Dan Wrenfield", "Danielle Wrenfield")
    patterns = [{"label": "PERSON", "pattern": p} for p in people]
    brief = _blank_run(
        [
            "Albert Quorn and Alma Quorn spoke. Chester Dilby and Chuck Dilby did not. John "
            "Perl and Jo Perl left. Dan Wrenfield and Danielle Wrenfield wed."
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == set(people)


def test_a_structure_named_by_its_head_word_is_a_place() -> None:
    # Invented landmarks the small model tags ORG: the last word says it is a structure.
    names = ("Velmora Monument", "Karst Central Terminal", "Orsa National Guard Armory")
    patterns = [{"label": "ORG", "pattern": p} for p in (*names, "Tarrin Dome", "Brell Stadium")]
    brief = _blank_run(
        [
            "Crowds met at the Velmora Monument, then at Karst Central Terminal. A show at the "
            "Orsa National Guard Armory drew more. Aides sat under the Tarrin Dome.",
            "The team left Brell Stadium.",
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {n: "place" for n in (*names, "Tarrin Dome", "Brell Stadium")}


def test_a_body_with_its_countrys_adjective_is_the_body_written_without_it() -> None:
    # Invented countries: "Velmian Harbour Ministry" is the "Harbour Ministry" of the same
    # cluster; with two countries' "Transport Ministry" the bare one is left alone.
    patterns = [{"label": "GPE", "pattern": p} for p in ("Velmia", "Orsa", "Karst")] + [
        {"label": "ORG", "pattern": p}
        for p in (
            "Velmian Harbour Ministry",
            "Harbour Ministry",
            "Orsan Transport Ministry",
            "Karstian Transport Ministry",
            "Transport Ministry",
        )
    ]
    brief = _blank_run(
        [
            "Velmia closed its ports, the Velmian Harbour Ministry said. Orsa and Karst agreed.",
            "The Harbour Ministry gave no date. The Orsan Transport Ministry and the Karstian "
            "Transport Ministry met. The Transport Ministry spoke.",
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Velmian Harbour Ministry"].aliases == ["Harbour Ministry"]
    assert "Transport Ministry" in by_name
    assert by_name["Orsan Transport Ministry"].aliases == []


def test_a_clerics_title_is_cut_from_the_name() -> None:
    patterns = [
        {"label": "PERSON", "pattern": p}
        for p in ("Archbishop Tomas Vendel", "Vendel", "Rabbi Ilan Sorek", "Cardinal Piet Marr")
    ]
    brief = _blank_run(
        [
            "Archbishop Tomas Vendel spoke. Vendel left. Rabbi Ilan Sorek and Cardinal Piet "
            "Marr met."
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == {"Tomas Vendel", "Ilan Sorek", "Piet Marr"}


def test_initials_written_with_or_without_a_space_are_one_name() -> None:
    patterns = [{"label": "PERSON", "pattern": p} for p in ("F.W. Darnel", "F. W. Darnel")]
    brief = _blank_run(["F.W. Darnel spoke.", "Later F. W. Darnel left."], patterns)
    assert [{e.name, *e.aliases} for e in brief.entities] == [{"F. W. Darnel", "F.W. Darnel"}]
    assert name_key("J. R. R. Velk") == name_key("J.R.R. Velk") == "jrr velk"
    assert name_key("George W. Velk") == "george w velk"


def test_a_bodys_span_run_on_into_of_and_lower_case_words_is_cut() -> None:
    # "accused the Velmar Dockers Union of abuses": the small model runs the name on.
    patterns = [{"label": "ORG", "pattern": "Velmar Dockers Union of abuses"}]
    brief = _blank_run(["A panel accused the Velmar Dockers Union of abuses on Monday."], patterns)
    assert [e.name for e in brief.entities] == ["Velmar Dockers Union"]


def test_a_shouted_heading_run_into_a_repeated_word_is_no_name() -> None:
    # A report's section heading glued to the text: "... by the O.R.P. O.R.P. CAMPS The panel".
    patterns = [
        {"label": "ORG", "pattern": p} for p in ("O.R.P. O.R.P. CAMPS", "FARMING Farming")
    ] + [{"label": "PERSON", "pattern": "Sirhan Sirhan"}]
    brief = _blank_run(
        [
            "It was run by the O.R.P. O.R.P. CAMPS The panel found abuse. FARMING Farming was "
            "central to the state. Sirhan Sirhan spoke."
        ],
        patterns,
    )
    assert [e.name for e in brief.entities] == ["Sirhan"]


@pytest.mark.slow
def test_a_body_described_as_a_movement_takes_no_persons_role() -> None:
    # "-ment" ends no person's job ("movement", "government"), though "-ent" ends "president";
    # a role would make the body a person's name, which its acronym could not join.
    text = "The Velmar Liberty Front, a liberation movement that now runs the country, denied it."
    assert _spacy_mentions(text) == [("Velmar Liberty Front", None)]


def test_a_lower_case_word_before_a_bodys_name_is_cut() -> None:
    patterns = [
        {"label": "ORG", "pattern": p}
        for p in ("the white Velmar Party", "white Velmar Party", "Velmar Party")
    ]
    brief = _blank_run(
        ["Then the white Velmar Party ruled. A white Velmar Party lost. Velmar Party won."],
        patterns,
    )
    assert [(e.name, e.aliases) for e in brief.entities] == [("Velmar Party", [])]


def test_mideast_is_the_middle_east() -> None:
    patterns = [{"label": "LOC", "pattern": p} for p in ("Mideast", "Middle East")]
    brief = _blank_run(["Talks on the Mideast resumed.", "The Middle East waited."], patterns)
    assert [(e.name, e.aliases) for e in brief.entities] == [("Middle East", ["Mideast"])]


def test_a_bare_body_name_mentioned_more_often_than_the_adjective_form_stays_apart() -> None:
    patterns = [{"label": "GPE", "pattern": "Orsa"}] + [
        {"label": "ORG", "pattern": p} for p in ("Orsan Fisheries Ministry", "Fisheries Ministry")
    ]
    brief = _blank_run(
        [
            "Orsa's Orsan Fisheries Ministry spoke.",
            "The Fisheries Ministry of Velmia spoke. The Fisheries Ministry of Karst did too.",
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} >= {"Orsan Fisheries Ministry", "Fisheries Ministry"}


def test_an_acronym_joins_a_name_written_only_with_its_country_before_it() -> None:
    from synoptic.stages.entities import _canonical_keys

    # Only "U.S. Harbour Safety Board" is written in full: "HSB" is its initials without the
    # country, and the country's own initial does not have to be in the acronym.
    orgs = {"us harbour safety board", "hsb", "velmar coastal harbour safety service"}
    canon = _canonical_keys(orgs | {"us"}, set(), acronyms={"hsb", "vchs"})
    assert canon["hsb"] == "us harbour safety board"
    # The first words' initials, too ("VCA" for "US Velmar Coast Authority for Ports").
    more = {"us velmar coast authority for ports", "vca"}
    assert _canonical_keys(more | {"us"}, set(), acronyms={"vca"})["vca"] == (
        "us velmar coast authority for ports"
    )
    # Two names it could stand for: left alone.
    two = orgs | {"uk harbour safety bureau"}
    assert _canonical_keys(two | {"us", "uk"}, set(), acronyms={"hsb"})["hsb"] == "hsb"


def test_a_country_alias_opening_a_body_name_is_the_name_written_in_full() -> None:
    from synoptic.stages.entities import _canonical_keys

    orgs = {"un ocean council", "united nations ocean council", "us harbour board"}
    canon = _canonical_keys(orgs, set())
    assert canon["un ocean council"] == canon["united nations ocean council"]
    assert canon["us harbour board"] == "us harbour board"  # nothing written in full


def test_a_plural_first_word_is_a_spelling_variant_of_a_body_name() -> None:
    from synoptic.stages.entities import _canonical_keys

    orgs = {"centers for harbour safety", "center for harbour safety", "velmar port authority"}
    canon = _canonical_keys(orgs, set())
    assert canon["center for harbour safety"] == canon["centers for harbour safety"]
    assert canon["velmar port authority"] == "velmar port authority"


def test_a_name_apposed_to_its_partner_is_a_company_not_a_person() -> None:
    """ "Halvern and its partner Ostrava Biologics": a company's relation owned by "its" makes
    the name a body's, without a person's role; a body's people ("its founder") stay people."""
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()(
        "Now Halvern and its partner Ostrava Biologics will seek approval for the pill."
    )
    (ent,) = [e for e in doc.ents if e.text == "Ostrava Biologics"]
    mention = _mention(ent, "S1", 0)
    assert mention is not None
    assert mention.org_vote and mention.role is None
    doc = load_spacy()("The board of Halvern thanked its founder, Ada Lind, on Monday.")
    (ent,) = [e for e in doc.ents if e.text == "Ada Lind"]
    mention = _mention(ent, "S1", 0)
    assert mention is not None and not mention.org_vote and mention.role == "founder"


def test_a_platform_gone_on_and_a_maker_of_a_named_diseases_vaccine_are_organisations() -> None:
    # "went on Twindle", "confirmed it on Snapgab": a platform, as "posted on"; "Halvern's
    # Velmo-21 vaccine", "Halvern and Ostrava's VELMO vaccine": a disease's name (a code with a
    # digit, or capitals) may stand between the maker and its product noun; "Tessaly data": a
    # database. A person's policy about a vaccine ("Dansk's Velmo-21 vaccine mandate") is no
    # product of his.
    ents = [
        Entity(name="Twindle", label="person"),
        Entity(name="Snapgab", label="person"),
        Entity(name="Halvern", label="person"),
        Entity(name="Ostrava", label="person"),
        Entity(name="Tessaly", label="person"),
        Entity(name="Dansk", label="person"),
        Entity(name="Velmark", label="place"),
    ]
    texts = [
        "Ivo Lind went on Twindle to ask for calm. The county confirmed it on Snapgab. "
        "Halvern's Velmo-21 vaccine works, and Halvern and Ostrava's VELMO vaccine too. "
        "According to Tessaly data, 49 cases were won. Dansk's Velmo-21 vaccine mandate was "
        "upheld. Velmark data were poor. Ada Lind announced sanctions on Dansk."
    ]
    entities._relabel_companies(ents, texts)
    labels = {e.name: e.label for e in ents}
    assert labels == {
        "Twindle": "organization",
        "Snapgab": "organization",
        "Halvern": "organization",
        "Ostrava": "organization",
        "Tessaly": "organization",
        "Dansk": "person",
        "Velmark": "place",
    }, labels


def test_a_person_with_a_vaccine_policy_is_no_maker() -> None:
    ents = [Entity(name="Dansk", label="person")]
    entities._relabel_companies(ents, ["Dansk's vaccine mandate and Dansk vaccine rules stand."])
    assert ents[0].label == "person"


def test_a_one_word_name_said_with_its_is_a_body() -> None:
    # "Halvern says its pill works", "Tessaly and its partner": a body's pronoun. A person's
    # sentence puts a noun before "its" ("Judge Velt said the agency exceeded its power").
    ents = [
        Entity(name="Halvern", label="person"),
        Entity(name="Tessaly", label="person"),
        Entity(name="Velt", label="person"),
    ]
    texts = [
        "Halvern says its pill works. Tessaly and its partner Orsk agreed. Velt said the agency "
        "exceeded its power."
    ]
    entities._relabel_companies(ents, texts)
    labels = {e.name: e.label for e in ents}
    assert labels == {"Halvern": "organization", "Tessaly": "organization", "Velt": "person"}


def test_a_short_or_undotted_state_abbreviation_joins_the_one_place_it_abbreviates() -> None:
    # "Flr." of "Florava" (three letters, in order from the first: agencies cut inside a word,
    # "Fla."), "S.Orv" of "South Orvania" (the last full stop left off, "W.Va"). A two-letter
    # "Da." stays alone (see above), and so does a three-letter one with two candidates.
    from synoptic.stages.entities import _join_abbreviated_places

    def place(name: str) -> Entity:
        return Entity(name=name, label="place", sources=["S1"], mentions=1)

    names = ["Flr.", "Florava", "S.Orv", "South Orvania", "Kst.", "Kastel", "Kostrava", "Da."]
    # A title mis-tagged a place ("Gen.") abbreviates no place ("Genovia").
    names += ["Gen.", "Genovia"]
    ents = _join_abbreviated_places([place(n) for n in [*names, "Dunmara"]])
    by_name = {e.name: e for e in ents}
    assert "Flr." in by_name["Florava"].aliases
    assert "S.Orv" in by_name["South Orvania"].aliases
    assert {"Kst.", "Da.", "Gen."} <= set(by_name)
    assert "Flr." not in by_name and "S.Orv" not in by_name


def test_a_numbered_compound_before_a_body_is_no_role() -> None:
    # "the 100-member Velmar Senate": a modifier, not a person's function, so the body's name
    # is not taken for a person's (which kept "Velmar Senate" from joining "Senate").
    from synoptic.stages.entities import _clean_role

    assert _clean_role("100-member") is None
    assert _clean_role("12-year-old") is None
    assert _clean_role("two-term senator") == "two-term senator"


def test_a_company_described_as_a_maker_or_a_giant_is_a_body() -> None:
    # "its aircraft manufacturing giant — Orvane", "Velmian planemaker Orvane": what the text
    # calls the name is a company's, not a person's role.
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    nlp = load_spacy()
    for text, name in [
        (
            "Each side subsidises its aircraft manufacturing giant, Orvane Dell, in the dispute.",
            "Orvane Dell",
        ),
        ("The subsidies for Velmian planemaker Orvane Dell were ruled illegal.", "Orvane Dell"),
    ]:
        doc = nlp(text)
        ents = [e for e in doc.ents if e.text == name]
        if not ents:
            continue
        mention = _mention(ents[0], "S1", 0)
        assert mention is not None
        assert mention.role is None and mention.org_vote, (text, mention)
    doc = nlp("The film was made by Ada Lind, a filmmaker from Orsa, in the spring.")
    (ent,) = [e for e in doc.ents if e.text == "Ada Lind"]
    mention = _mention(ent, "S1", 0)
    assert mention is not None and mention.role is not None and not mention.org_vote


def test_a_platforms_user_and_a_statement_on_it_make_it_a_body() -> None:
    # "a Snapgab user spliced it", "wrote a statement on Twindle": a platform; "wrote a book on
    # Velt" is about a person.
    ents = [
        Entity(name="Snapgab", label="person"),
        Entity(name="Twindle", label="person"),
        Entity(name="Velt", label="person"),
    ]
    texts = [
        "A Snapgab user spliced the clips. Senator Ana Korr wrote a statement on Twindle "
        "praising the vote. Ivo Lind wrote a book on Velt last year."
    ]
    entities._relabel_companies(ents, texts)
    labels = {e.name: e.label for e in ents}
    assert labels == {"Snapgab": "organization", "Twindle": "organization", "Velt": "person"}


def test_a_country_and_a_title_before_a_name_tagged_a_body_leave_a_person() -> None:
    # "Velmaria President Ivo Dantresk" tagged ORG: a place, a title, then a name of two
    # capitalised words is a person holding that title, even when the cluster never writes his
    # name alone; a body named after a title ("Orsa Queen Mary Hospital") stays a body.
    patterns = [
        {"label": "ORG", "pattern": "Velmaria President Ivo Dantresk"},
        {"label": "ORG", "pattern": "Dantresk"},
        {"label": "ORG", "pattern": "Orsa Queen Mary Hospital"},
    ]
    brief = _blank_run(
        [
            "Ana Korr met Velmaria President Ivo Dantresk on Monday. The president spoke. "
            "At a news conference with Dantresk, she spoke of the Orsa Queen Mary Hospital, "
            "named after a queen."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert by_name["Ivo Dantresk"].label == "person", by_name
    assert "Dantresk" in by_name["Ivo Dantresk"].aliases
    assert by_name["Ivo Dantresk"].role == "Velmaria president"
    assert by_name["Orsa Queen Mary Hospital"].label == "organization"


def test_a_name_before_era_is_a_persons() -> None:
    # "Velt-era tariffs": an era named after a person, which the small model tags ORG.
    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()("The deal ended one set of Velt-era tariffs on steel.")
    ents = [e for e in doc.ents if e.text == "Velt"]
    assert ents
    ents[0].label_ = "ORG"
    mention = _mention(ents[0], "S1", 0)
    assert mention is not None and mention.label == "person"


def test_a_departments_field_of_two_words_written_alone_is_the_department() -> None:
    # "Harbour and Coastal Services" written alone is the "Department of Harbour and Coastal
    # Services"; a one-word field ("Justice") or a ministry's ("Foreign Affairs", also a
    # magazine's name) is left alone.
    from synoptic.stages.entities import _canonical_keys

    keys = {
        "department of harbour and coastal services",
        "harbour and coastal services",
        "department of justice",
        "justice",
        "ministry of foreign affairs",
        "foreign affairs",
    }
    canon = _canonical_keys(keys, set())
    assert canon["harbour and coastal services"] == "department of harbour and coastal services"
    assert canon["justice"] == "justice"
    assert canon["foreign affairs"] == "foreign affairs"


def _forced_mention(text: str, name: str, label: str) -> object:
    """``_mention`` of ``name`` in ``text`` as parsed by the small model, tagged ``label``."""
    from spacy.tokens import Span

    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _mention

    doc = load_spacy()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    ent = Span(doc, span.start, span.end, label=label)
    doc.ents = [ent]
    return _mention(doc.ents[0], "S1", 0)


def test_a_one_word_plural_adjective_or_adverb_tagged_a_name_is_no_name() -> None:
    # "Detectives said ...", "Untrained staff ...", "PERHAPS LATER.": the tagger reads a common
    # plural, an adjective or an adverb, which no name is; a singular noun may be a title's
    # ("Tempo said", a magazine) and a proper noun stays.
    # The word is dropped unless another mention is or holds it ("Ana Brillos" keeps "Brillos").
    from synoptic.stages.entities import Mention, _without_common_words

    detectives = _forced_mention("Detectives said the Orsk gang fled north.", "Detectives", "ORG")
    untrained = _forced_mention("Untrained clerks counted the ballots.", "Untrained", "ORG")
    kelvane = _forced_mention("Kelvane said the Orsk gang fled north.", "Kelvane", "ORG")
    assert isinstance(detectives, Mention) and isinstance(untrained, Mention)
    assert isinstance(kelvane, Mention) and not kelvane.common
    brillos = Mention(name="Brillos", label="person", source="S1", start=0, end=7, common=True)
    full = Mention(name="Ana Brillos", label="person", source="S1", start=20, end=31)
    kept = _without_common_words([detectives, untrained, kelvane, brillos, full])
    assert [m.name for m in kept] == ["Kelvane", "Brillos", "Ana Brillos"]


def test_a_name_ending_in_award_prize_or_plan_is_no_entity() -> None:
    # An award ("the Orsa Humanitarian Award", "the Dorvel Prize") or a plan ("the Velmish
    # Families Plan"): things, not people, bodies or places; a planning board is a body.
    from synoptic.stages.entities import _names_a_thing

    assert _names_a_thing("Orsa Humanitarian Award")
    assert _names_a_thing("Velm Film Awards")
    assert _names_a_thing("Dorvel Prize")
    assert _names_a_thing("Biden’s Velmish Families Plan")
    assert not _names_a_thing("Orsa Planning Board")


def test_told_the_x_government_and_x_reported_to_make_no_outlet() -> None:
    # "told the Velmaria government", "Velmaria reported to the Orsa Health Body": a country
    # that is told or reports to someone, not a publication; "told the Orsa Ledger" is one.
    ents = [
        Entity(name="Velmaria", label="place"),
        Entity(name="Kostrava", label="place"),
        Entity(name="Orsa Ledger", label="place"),
    ]
    text = (
        "Kelvane told the Velmaria government that the attack came from abroad. Kostrava "
        "reported to the Orsa Health Body that 40 people fell ill. Ana Lind told the Orsa "
        "Ledger that she would stay."
    )
    brief = Brief(sources=[_source("S1", text)], words=200)
    entities._relabel_outlets(ents, brief)
    labels = {e.name: e.label for e in ents}
    assert labels == {"Velmaria": "place", "Kostrava": "place", "Orsa Ledger": "organization"}


def test_a_country_joined_by_a_hyphen_to_a_name_is_a_pair_and_a_prefixed_name_no_name() -> None:
    # "the U.S.-Velmaria border": two countries' adjective, even when neither stands alone in the
    # cluster (a country's alias is known without the text); "the trans-Orsan link" is an
    # adjective too; "al-Kadri" keeps its particle.
    from synoptic.stages.entities import _is_pair

    assert _is_pair("U.S.-Velmaria", set())
    assert not _is_pair("Orsa-Velmaria", set())
    text = "Both leaders praised the trans-Orsan link and al-Kadri spoke."
    assert _forced_mention(text, "trans-Orsan", "LOC") is None
    assert _forced_mention(text, "al-Kadri", "PERSON") is not None


def test_a_name_ends_before_an_opening_quote_or_a_spaced_dash() -> None:
    # "Velmo’s 'Flag Post' form" tagged PERSON whole: the name is Velmo's; "Ana Korr — Orsa has
    # two parties": the name ends at the dash; "the “Grim Ten”" opens on a quotation mark: a
    # title's, no name. "O'Neil" and "Orsa-Velm" keep their marks.
    text = "She used Velmo’s 'Flag Post' form today."
    cut = _forced_mention(text, "Velmo’s 'Flag Post", "PERSON")
    assert cut is not None and cut.name == "Velmo"
    dash = _forced_mention("It split Ana Korr — Orsa has two parties.", "Ana Korr — Orsa", "PERSON")
    assert dash is not None and dash.name == "Ana Korr"
    assert _forced_mention("They fought the “Grim Ten” of the house.", "“Grim Ten", "ORG") is None
    kept = _forced_mention("Then Jackie O'Neil spoke.", "Jackie O'Neil", "PERSON")
    assert kept is not None and kept.name == "Jackie O'Neil"


def test_a_name_ending_in_organization_is_a_body() -> None:
    # "Orsa Women’s Health Organization" tagged a place: its head word says what it is.
    patterns = [{"label": "GPE", "pattern": "Orsa Women’s Health Organization"}]
    brief = _blank_run(
        ["The court heard the case brought by Orsa Women’s Health Organization on Monday."],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Orsa Women’s Health Organization": "organization"}


def test_a_name_tagged_a_date_as_often_as_a_name_is_no_entity() -> None:
    # "Velmtide" (a holiday) tagged DATE twice and a place twice: no place; "Orsa" tagged a
    # date once ("Orsa Day" cut) and a place twice stays.
    from collections import Counter

    from synoptic.stages.entities import Mention, _without_dates

    def mention(name: str) -> Mention:
        return Mention(name=name, label="place", source="S1", start=0, end=len(name))

    # "Dorn" tagged a date as often, but a word of "Ivo Dorn", stays his.
    mentions = [mention("Velmtide"), mention("Velmtide"), mention("Orsa"), mention("Orsa")]
    mentions += [mention("Ivo Dorn"), mention("Dorn")]
    kept = _without_dates(mentions, Counter({"Velmtide": 2, "Orsa": 1, "Dorn": 3}))
    assert [m.name for m in kept] == ["Orsa", "Orsa", "Ivo Dorn", "Dorn"]


def test_a_name_before_a_viruss_variant_is_no_entity() -> None:
    # "the Velmo coronavirus variant", "Velmo VX-19 variant": the virus's name between.
    for text in (
        "The Velmo coronavirus variant doubles the risk.",
        "Doctors fear the Velmo VX-19 variant most.",
    ):
        assert _forced_mention(text, "Velmo", "GPE") is None, text
    assert _forced_mention("Cases rose in Velmo last week.", "Velmo", "GPE") is not None


def test_a_full_name_tagged_a_person_as_often_as_not_gives_its_surname_to_the_person() -> None:
    # "Ivo Tarnel" tagged PERSON once and ORG once (a tie goes to person, as in ``_entity``):
    # his surname alone, tagged a place three times, is still his.
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Tarnel"},
        {"label": "ORG", "pattern": "Ivo Tarnel’s"},
        {"label": "GPE", "pattern": "Tarnel"},
    ]
    brief = _blank_run(
        [
            "“I was here for the game,” Ivo Tarnel said. Ivo Tarnel’s son was playing. Tarnel "
            "said he ran. Later Tarnel said the boy was hurt. Tarnel said he would stay."
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Ivo Tarnel": "person"}, labels


def test_a_nobility_title_of_a_place_is_a_person() -> None:
    # "the Duchess of Orsa" tagged ORG: the title names the woman who holds it; a hospital
    # named after one stays a body.
    patterns = [
        {"label": "ORG", "pattern": "Duchess of Orsa"},
        {"label": "ORG", "pattern": "Prince of Velm Hospital"},
    ]
    brief = _blank_run(
        ["The Duchess of Orsa was treated at the Prince of Velm Hospital on Monday."], patterns
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Duchess of Orsa": "person", "Prince of Velm Hospital": "organization"}


def test_a_name_of_a_doctrine_in_ism_is_no_entity() -> None:
    # "Tarkelism", "Northern Velmism": a creed or an ideology (a word ending in "-ism") is an
    # idea, not a person, a body or a place; the party named after it stays a body.
    patterns = [
        {"label": "ORG", "pattern": "Tarkelism"},
        {"label": "ORG", "pattern": "Northern Velmism"},
        {"label": "ORG", "pattern": "Tarkelist Party"},
    ]
    brief = _blank_run(
        [
            "The Tarkelist Party said Tarkelism was its guide. Critics said Northern Velmism "
            "had shaped the vote more than Tarkelism did."
        ],
        patterns,
    )
    assert {e.name for e in brief.entities} == {"Tarkelist Party"}


def test_a_persons_initials_in_capitals_join_the_full_name() -> None:
    # "ABV" for "Ada B. Velt": capitals that are the initials of a person's full name of three
    # words (with a middle name or initial) are that person, as "OBC" is the "Orsa Bay Council".
    patterns = [
        {"label": "PERSON", "pattern": "Ada B. Velt"},
        {"label": "ORG", "pattern": "ABV"},
        {"label": "PERSON", "pattern": "Velt"},
    ]
    brief = _blank_run(
        [
            "Ada B. Velt won the vote in Orsa. ABV, as her fans call her, said little.",
            "Velt thanked voters. Velt said ABV would serve everyone.",
        ],
        patterns,
    )
    people = [e for e in brief.entities if e.label == "person"]
    assert len(brief.entities) == 1 and len(people) == 1, brief.entities
    assert "ABV" in people[0].aliases


def test_dotted_initials_of_a_body_join_its_full_name() -> None:
    # "O.B.I." for the "Orsan Bureau of Inquiry", tagged a place (as the small model tags most
    # dotted initials): the body's own name, whatever the tag.
    patterns = [
        {"label": "ORG", "pattern": "Orsan Bureau of Inquiry"},
        {"label": "GPE", "pattern": "O.B.I."},
    ]
    brief = _blank_run(
        [
            "The Orsan Bureau of Inquiry opened a case on Monday.",
            "Agents of the O.B.I. searched the office. The O.B.I. declined to comment.",
        ],
        patterns,
    )
    assert [(e.name, e.label) for e in brief.entities] == [
        ("Orsan Bureau of Inquiry", "organization")
    ], brief.entities


def test_people_on_a_one_word_name_make_a_platform() -> None:
    # "people on Snapgab", "users on Snapgab": people are on a platform, not on a person.
    patterns = [
        {"label": "PERSON", "pattern": "Snapgab"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        ["Ada Lind was angry. Many people on Snapgab joked about the outage on Monday."],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Ada Lind": "person", "Snapgab": "organization"}, labels


def test_a_name_right_after_a_things_noun_is_that_thing() -> None:
    # "the newspaper Velmar", "an editor at the weekly journal Orsiva": a lower-case noun of a
    # body or a thing right before the name says what it is, whatever the tag; a person's job
    # before a name ("editor Ada Lind") is no such noun.
    patterns = [
        {"label": "PERSON", "pattern": "Velmar"},
        {"label": "GPE", "pattern": "Orsiva"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        [
            "Editor Ada Lind told the newspaper Velmar that the study in the journal Orsiva "
            "was flawed.",
            "Ada Lind said the journal Orsiva would not reply.",
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Ada Lind": "person", "Velmar": "organization", "Orsiva": "organization"}


@pytest.mark.slow
def test_a_name_described_as_a_product_is_no_entity() -> None:
    # "Kelvomir, an antiviral pill", "Orsa Nights, a film ...": an apposition whose head is a
    # product's or a work's noun says the name is a thing (the entity table holds people,
    # bodies and places), at all its mentions.
    labels = _labels_of(
        "Halvern Labs said on Monday that Kelvomir, an antiviral pill, cut deaths by half. "
        "Orsa Nights, a film about the trial, opened on Friday in Velmstad. Doctors said "
        "Kelvomir was cheap."
    )
    assert "Kelvomir" not in labels and "Orsa Nights" not in labels, labels
    assert labels.get("Velmstad") == "place", labels


def test_an_ordinal_in_words_or_digits_is_one_name() -> None:
    # "the Fifth Orsa Court" and "the 5th Orsa Court": one court, however the number is written.
    patterns = [
        {"label": "ORG", "pattern": "Fifth Orsa Court"},
        {"label": "ORG", "pattern": "5th Orsa Court"},
    ]
    brief = _blank_run(
        ["The Fifth Orsa Court ruled on Monday.", "The 5th Orsa Court upheld the ban."], patterns
    )
    assert len(brief.entities) == 1 and brief.entities[0].mentions == 2, brief.entities
    assert name_key("Third Avenue") == name_key("3rd Avenue")


def test_a_company_noun_opening_a_span_is_not_the_companys_name() -> None:
    # "Drugmaker Halvern" at a sentence's start, tagged as one name: the noun says what
    # Halvern is, and the name is Halvern's.
    patterns = [
        {"label": "ORG", "pattern": "Drugmaker Halvern"},
        {"label": "ORG", "pattern": "Halvern"},
    ]
    brief = _blank_run(
        ["Drugmaker Halvern said on Monday its pill works.", "Halvern will ask for approval."],
        patterns,
    )
    assert [(e.name, e.label, e.mentions) for e in brief.entities] == [
        ("Halvern", "organization", 2)
    ], brief.entities


def test_a_two_word_name_opening_one_longer_name_is_that_person() -> None:
    # "Lina Marisol" and "Lina Marisol Okonta": one outlet leaves out the last family name
    # (as with "Gabriel García" / "Gabriel García Márquez"); two longer names so opening
    # ("Kim Dal Su", "Kim Dal Ho") leave the short one alone.
    patterns = [
        {"label": "PERSON", "pattern": "Lina Marisol Okonta"},
        {"label": "PERSON", "pattern": "Lina Marisol"},
    ]
    brief = _blank_run(
        ["Lina Marisol Okonta runs a bakery in Orsa.", "Lina Marisol said her shop was closed."],
        patterns,
    )
    assert [(e.name, e.mentions) for e in brief.entities] == [("Lina Marisol Okonta", 2)], (
        brief.entities
    )
    patterns = [
        {"label": "PERSON", "pattern": "Kim Dal Su"},
        {"label": "PERSON", "pattern": "Kim Dal Ho"},
        {"label": "PERSON", "pattern": "Kim Dal"},
    ]
    brief = _blank_run(["Kim Dal Su met Kim Dal Ho.", "Kim Dal said they met."], patterns)
    assert len(brief.entities) == 3, brief.entities


def test_two_person_spans_around_a_name_particle_are_one_name() -> None:
    # "Rui dos Varela" tagged as "Rui" and "Varela" apart: a lower-case particle of a surname
    # between two person spans joins them into one name.
    patterns = [{"label": "PERSON", "pattern": "Rui"}, {"label": "PERSON", "pattern": "Varela"}]
    brief = _blank_run(
        ["Rui dos Varela was hurt in Orsa.", "Rui dos Varela said the police beat him."],
        patterns,
    )
    assert [e.name for e in brief.entities] == ["Rui dos Varela"], brief.entities


def test_a_full_name_tagged_a_place_with_an_age_after_it_is_a_person() -> None:
    # "Ruso Ventim, 35," tagged a place: an age written after a name is a person's (a count
    # after a place has more digits, "Orsa Falls, 3,400 people").
    patterns = [
        {"label": "GPE", "pattern": "Ruso Ventim"},
        {"label": "GPE", "pattern": "Orsa Falls"},
        {"label": "PERSON", "pattern": "Ivo Lind"},
    ]
    brief = _blank_run(
        [
            "Ivo Lind, 50, and Ruso Ventim, 35, were hurt near Orsa Falls, 3,400 people "
            "in all, on Monday."
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Ivo Lind": "person", "Ruso Ventim": "person", "Orsa Falls": "place"}, labels


def test_a_one_word_field_before_a_ministers_title_is_no_body() -> None:
    # "The Fisheries Minister asked ...": "Fisheries" is the minister's portfolio, not a body
    # of the story (the sources need not write "fisheries" in lower case); a body's name
    # written elsewhere on its own is kept there.
    patterns = [
        {"label": "ORG", "pattern": "Fisheries"},
        {"label": "ORG", "pattern": "Orsa Harbour Board"},
    ]
    brief = _blank_run(
        ["The Fisheries Minister asked the Orsa Harbour Board to close the port on Monday."],
        patterns,
    )
    assert [e.name for e in brief.entities] == ["Orsa Harbour Board"], brief.entities


def test_a_police_rank_in_capitals_before_a_name_is_no_part_of_it() -> None:
    # "DC Marrow", "Det Con Ivo Marrow": the ranks go, so the surname alone joins the full name.
    patterns = [
        {"label": "PERSON", "pattern": "Det Con Ivo Marrow"},
        {"label": "PERSON", "pattern": "DC Marrow"},
        {"label": "PERSON", "pattern": "Marrow"},
    ]
    brief = _blank_run(
        [
            "Det Con Ivo Marrow, the head of the search team, spoke at the hearing.",
            "DC Marrow told the hearing that the path was wet. Marrow left at noon.",
        ],
        patterns,
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ivo Marrow": ["Marrow"]}


def test_a_surname_alone_joins_the_full_name_ending_in_jr() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Marrow Jr."},
        {"label": "PERSON", "pattern": "Marrow"},
    ]
    brief = _blank_run(
        ["Ivo Marrow Jr. was charged on Monday. Marrow denied the charge."], patterns
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ivo Marrow Jr.": ["Marrow"]}


def test_a_surname_after_an_untagged_hyphenated_given_name_takes_it() -> None:
    # The small model tags no one in "Per-Anders Ortvald of ..." (split at the hyphen), only
    # the later "Ortvald said".
    patterns = [{"label": "PERSON", "pattern": "Ortvald"}]
    brief = _blank_run(
        [
            "Per-Anders Ortvald of the harbour service arrived at dawn.",
            "The crews came quickly, Ortvald said.",
        ],
        patterns,
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Per-Anders Ortvald": ["Ortvald"]}
    # Two such given names: two people, the surname alone is left as written.
    brief = _blank_run(
        [
            "Per-Anders Ortvald and Eva-Lena Ortvald arrived at dawn.",
            "The crews came quickly, Ortvald said.",
        ],
        patterns,
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ortvald": []}


def test_a_surname_two_people_share_stays_apart_but_is_a_person() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Marrow"},
        {"label": "PERSON", "pattern": "Ada Marrow"},
        {"label": "ORG", "pattern": "Marrow"},
    ]
    brief = _blank_run(
        ["Ivo Marrow and Ada Marrow ran the farm. Marrow's boat sank in May."], patterns
    )
    rows = {e.name: (e.label, e.aliases) for e in brief.entities}
    assert rows == {
        "Ivo Marrow": ("person", []),
        "Ada Marrow": ("person", []),
        "Marrow": ("person", []),
    }


def test_a_two_word_surname_shared_by_parent_and_child_is_the_most_named_ones() -> None:
    # "Ada Dickson Lowe" and her father "Ivo Dickson Lowe": "Dickson Lowe" alone is Ada (the
    # one named most), and her father keeps his own row.
    patterns = [
        {"label": "PERSON", "pattern": "Ada Dickson Lowe"},
        {"label": "PERSON", "pattern": "Ivo Dickson Lowe"},
        {"label": "PERSON", "pattern": "Dickson Lowe"},
    ]
    brief = _blank_run(
        [
            "Ada Dickson Lowe opened the shop in May. Her father, Ivo Dickson Lowe, was a "
            "surgeon. Dickson Lowe said the shop would stay open.",
            "Ada Dickson Lowe sold bread. Dickson Lowe said so.",
        ],
        patterns,
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ada Dickson Lowe": ["Dickson Lowe"], "Ivo Dickson Lowe": []}


@pytest.mark.slow
def test_a_hashtag_or_a_prize_before_winning_is_no_person() -> None:
    # "the #KeepCalm campaign": a hashtag; "the Emmy-winning drama": a prize (no person is won).
    hashtag = "The singer, a voice of the #KeepCalm campaign, spoke on Monday."
    assert _forced_mention(hashtag, "KeepCalm", "PERSON") is None
    assert _forced_mention("She starred in the Emmy-winning drama.", "Emmy", "PERSON") is None
    # (a person before another hyphenated word stays: "the Dane-backed bill")
    backed = _forced_mention("They passed the Dane-backed bill.", "Dane", "PERSON")
    assert backed is not None and getattr(backed, "name", None) == "Dane"


@pytest.mark.slow
def test_a_pronoun_an_office_acronym_or_letters_after_a_name_are_no_part_of_it() -> None:
    cases = [
        ("The case involved Lind, Whom Ivo Dane had also investigated.", "Whom Ivo Dane"),
        ("Yates and DAG Ivo Dane each signed one of the orders.", "DAG Ivo Dane"),
        ("Criminologist Ivo Dane Ph.D. says the trade is old.", "Ivo Dane Ph.D."),
        ("The prosecutor, Ivo Dane QC, is a former solicitor.", "Ivo Dane QC"),
    ]
    for text, span in cases:
        mention = _forced_mention(text, span, "PERSON")
        assert getattr(mention, "name", None) == "Ivo Dane", text
    # (two capitals may be a given name's initials: "AJ Ivo Dane" is left as it is)
    initials = _forced_mention("Yates and AJ Ivo Dane each signed.", "AJ Ivo Dane", "PERSON")
    assert getattr(initials, "name", None) == "AJ Ivo Dane"


@pytest.mark.slow
def test_two_adjectives_opening_a_sentence_are_no_name() -> None:
    from synoptic.stages.entities import Mention

    mention = _forced_mention(
        "Unnamed Irish officer: he told the court he saw the boat.", "Unnamed Irish", "PERSON"
    )
    assert isinstance(mention, Mention) and mention.common


@pytest.mark.slow
def test_a_name_before_region_or_area_or_described_as_a_zone_is_a_place() -> None:
    from synoptic.stages.entities import Mention

    area = _forced_mention(
        "There was disorder in the loyalist Velm Row area of the city.", "Velm Row", "PERSON"
    )
    assert isinstance(area, Mention) and area.label == "place" and area.place_vote
    zone = _forced_mention(
        "Fighters came from the Velmara, a dry zone between the hills and the coast.",
        "Velmara",
        "PERSON",
    )
    assert isinstance(zone, Mention) and zone.described_place and zone.role is None


@pytest.mark.slow
def test_a_name_ending_in_an_initial_before_an_ellipsis_is_cut_off() -> None:
    from synoptic.stages.entities import Mention

    mention = _forced_mention("The order was backed by Judges Ivo C....", "Ivo C", "PERSON")
    assert isinstance(mention, Mention) and mention.cut_off


@pytest.mark.slow
def test_a_surname_the_span_leaves_out_joins_the_name() -> None:
    text = "President Ivo Dane Kourouma was ousted on Monday by a junta."
    mention = _forced_mention(text, "Ivo Dane", "PERSON")
    assert getattr(mention, "name", None) == "Ivo Dane Kourouma"
    # (not a field's label after the name in a credits line)
    credits = "Cast: Ada Lind, Ivo Dane Director: Oda Berg"
    mention = _forced_mention(credits, "Ivo Dane", "PERSON")
    assert getattr(mention, "name", None) == "Ivo Dane"


def test_names_listed_after_buildings_of_worship_of_are_places() -> None:
    patterns = [{"label": "PERSON", "pattern": p} for p in ("Orvane", "Velkor", "Sidi Talun")]
    brief = _blank_run(
        ["The sites include the great temples of Orvane, Velkor and Sidi Talun."], patterns
    )
    assert {e.name: e.label for e in brief.entities} == {
        "Orvane": "place",
        "Velkor": "place",
        "Sidi Talun": "place",
    }


def test_a_places_people_in_the_plural_is_no_person() -> None:
    patterns = [
        {"label": "GPE", "pattern": "Velm"},
        {"label": "PERSON", "pattern": "Velmites"},
        {"label": "PERSON", "pattern": "Ivo Dane"},
    ]
    brief = _blank_run(
        ["The boat reached Velm at dawn. His fellow Velmites, fuelled by rumour, met Ivo Dane."],
        patterns,
    )
    assert {e.name: e.label for e in brief.entities} == {"Velm": "place", "Ivo Dane": "person"}


def test_a_country_tagged_a_person_is_a_place_by_its_people_and_in() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Orsa"},
        {"label": "PERSON", "pattern": "Landlocked Orsa"},
        {"label": "NORP", "pattern": "Orsan"},
    ]
    brief = _blank_run(
        [
            "Fighting spread in Orsa on Monday. Orsan troops fled north.\n\n"
            "Landlocked Orsa has to import its fuel. Orsa said it would talk."
        ],
        patterns,
    )
    assert [(e.name, e.label, e.aliases) for e in brief.entities] == [("Orsa", "place", [])]


@pytest.mark.slow
def test_a_holiday_a_credits_label_and_a_decoded_possessive_are_no_part_of_a_name() -> None:
    holiday = "Fans queued for the premiere of Valentine's Day in Velta."
    assert _forced_mention(holiday, "Valentine", "PERSON") is None
    credits = "Cast: Ada Lind, Oda Berg Director: Ivo Dane Screenplay: Ana Velt"
    mention = _forced_mention(credits, "Ivo Dane Screenplay", "PERSON")
    assert getattr(mention, "name", None) == "Ivo Dane"
    decoded = _forced_mention("It is the Ivo Dane?s duty to act.", "Ivo Dane?s", "PERSON")
    assert getattr(decoded, "name", None) == "Ivo Dane"


@pytest.mark.slow
def test_a_body_apposed_to_a_person_by_a_misparse_is_no_role() -> None:
    text = (
        "At the urging of, in particular, Orsa Coast President Ivo Dane, a diplomatic emergency "
        "committee has been formed that is to meet."
    )
    mention = _forced_mention(text, "Ivo Dane", "PERSON")
    assert getattr(mention, "name", None) == "Ivo Dane"
    assert getattr(mention, "role", "") == "Orsa Coast President"


def test_a_name_between_an_and_nomination_is_a_prize_unless_named_elsewhere() -> None:
    # "an Emmy nomination": a prize; "a Velt nominee" with Velt named elsewhere: a person.
    patterns = [
        {"label": "PERSON", "pattern": "Ada Lind"},
        {"label": "PERSON", "pattern": "Emmy"},
        {"label": "PERSON", "pattern": "Ivo Velt"},
        {"label": "PERSON", "pattern": "Velt"},
    ]
    brief = _blank_run(
        [
            "Ada Lind received an Emmy nomination for the role.",
            "Ada Lind, a Velt nominee, took office. Ivo Velt praised her.",
        ],
        patterns,
    )
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ada Lind": [], "Ivo Velt": ["Velt"]}


def test_a_species_name_and_its_genus_alone_are_no_person() -> None:
    # "Velox brevipenna": a genus and a Latin epithet written nowhere else; "Velox" alone is
    # the same animal. A person with a lower-case word of English after the name is kept.
    patterns = [
        {"label": "PERSON", "pattern": "Velox brevipenna"},
        {"label": "PERSON", "pattern": "Velox"},
        {"label": "PERSON", "pattern": "Ivo Dane"},
    ]
    brief = _blank_run(
        [
            "The fossil, named Velox brevipenna, was found by Ivo Dane. Velox had long feathers.",
        ],
        patterns,
    )
    people = {e.name for e in brief.entities if e.label == "person"}
    assert people == {"Ivo Dane"}


def test_an_epithet_written_alone_elsewhere_makes_no_species() -> None:
    # "Tarsa nova ... A nova": the lower-case word is prose, so the names stay (as before).
    patterns = [
        {"label": "PERSON", "pattern": "Tarsa nova"},
        {"label": "PERSON", "pattern": "Tarsa"},
    ]
    brief = _blank_run(["Tarsa nova was seen. A nova is a star. Tarsa said so."], patterns)
    assert {e.name for e in brief.entities if e.label == "person"} == {"Tarsa nova"}


@pytest.mark.slow
def test_a_papers_figure_label_is_no_person() -> None:
    text = "The teeth are small (Supplementary Figs. 1-5), as the authors note."
    assert _forced_mention(text, "Supplementary Figs", "PERSON") is None


def test_a_trail_or_a_rock_formation_tagged_person_is_a_place() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Orsa Trail"},
        {"label": "PERSON", "pattern": "Velm Formation"},
    ]
    brief = _blank_run(
        ["She hiked the Orsa Trail. The bones came from the Velm Formation."], patterns
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Orsa Trail": "place", "Velm Formation": "place"}


def test_role_head_of_a_job_after_a_body_named_with_of() -> None:
    # "University of Orsa biologist": the "of" is inside the body's name; the job is the head.
    assert role_head("University of Orsa biologist") == "biologist"
    assert role_head("Ministry of Health spokesman") == "spokesman"
    assert role_head("Minister of finance") == "minister"
    assert role_head("director of the Velm Institute") == "director"


@pytest.mark.slow
def test_a_number_sign_after_a_pseudonym_is_no_part_of_the_name() -> None:
    text = "A man identified as John Doe No. 12 filed the suit on Monday."
    mention = _forced_mention(text, "John Doe No", "PERSON")
    assert getattr(mention, "name", None) == "John Doe"


def test_mr_and_mrs_of_one_surname_are_two_people_and_the_bare_surname_neither() -> None:
    # "Mr Velt" and "Mrs. Velt": a couple, two rows named with their honorifics; "Velt" alone
    # and the full name "Ivo Velt" may be either, so neither joins them.
    patterns = [{"label": "PERSON", "pattern": "Velt"}, {"label": "PERSON", "pattern": "Ivo Velt"}]
    brief = _blank_run(
        [
            "Ivo Velt and his wife run the farm. Mrs. Velt said the land was poor.",
            "Mr Velt said the buyer was a neighbour. Mrs Velt agreed. Velt added more.",
        ],
        patterns,
    )
    people = {e.name: (e.aliases, e.mentions) for e in brief.entities if e.label == "person"}
    assert people == {
        "Mrs Velt": ([], 2),
        "Ivo Velt": ([], 1),
        "Mr Velt": ([], 1),
        "Velt": ([], 1),
    }


def test_one_sexs_honorifics_still_join_the_full_name() -> None:
    # Only "Mrs" before the surname: no second person, the surname is Ana Velt's (as before).
    patterns = [{"label": "PERSON", "pattern": "Velt"}, {"label": "PERSON", "pattern": "Ana Velt"}]
    brief = _blank_run(["Ana Velt runs the farm. Mrs Velt said the land was poor."], patterns)
    people = {e.name: e.aliases for e in brief.entities if e.label == "person"}
    assert people == {"Ana Velt": ["Velt"]}


@pytest.mark.slow
def test_a_trade_noun_before_a_name_makes_it_a_company() -> None:
    # "the software vendor X": a firm's trade, not a person's job; and what the text once
    # calls a group stays one over the small model's person tags on its bare mentions.
    labels = _labels_of(
        "The breach began with an attack on the software vendor Kelvane, investigators said on "
        "Tuesday.\n\nThe hacking group Velkor demanded a payment of $5 million. Velkor said the "
        "files would be sold. Analysts said Velkor had struck before, and Velkor denied it."
    )
    assert labels["Kelvane"] == "organization"
    assert labels["Velkor"] == "organization"


@pytest.mark.slow
def test_a_lone_name_that_reports_or_polls_is_a_publication() -> None:
    labels = _labels_of(
        "Economists polled by Harwick had expected a gain of 200,000 jobs.\n\nThe talks had "
        "collapsed, Zorvex reported on Tuesday, citing two officials."
    )
    assert labels == {"Harwick": "organization", "Zorvex": "organization"}


@pytest.mark.slow
def test_adding_on_a_name_is_a_platform() -> None:
    labels = _labels_of(
        'A spokesman for the museum praised the gift, adding on Zindler that it was "a proud day."'
    )
    assert labels == {"Zindler": "organization"}


@pytest.mark.slow
def test_a_title_hyphenated_to_then_is_no_given_name() -> None:
    brief = _facts_run("Then-Senator Brandt opposed the bill. Brandt later said he regretted it.")
    assert [(e.name, e.role) for e in brief.entities] == [("Brandt", "Senator")]


@pytest.mark.slow
def test_an_adjective_before_a_numbered_name_is_no_part_of_it() -> None:
    names = [n for n, _ in _spacy_mentions("The panel cited the respected 9/11 Commission.")]
    assert names == ["9/11 Commission"]


def test_a_full_name_tagged_a_body_joins_its_surname_person() -> None:
    # The small model often tags a full name before "'s" ORG; the surname alone said as a
    # person later makes both one person, named in full.
    patterns = [
        {"label": "ORG", "pattern": "Dane Holbrook"},
        {"label": "PERSON", "pattern": "Holbrook"},
    ]
    brief = _blank_run(
        [
            "Several drawings were used in Dane Holbrook's documentary.",
            "Holbrook said the archive was open to him.",
        ],
        patterns,
    )
    assert [(e.name, e.label, e.aliases, e.sources, e.mentions) for e in brief.entities] == [
        ("Dane Holbrook", "person", ["Holbrook"], ["S1", "S2"], 2)
    ]


def test_two_full_names_tagged_bodies_leave_their_shared_surname_alone() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Dane Holbrook"},
        {"label": "ORG", "pattern": "Ilse Holbrook"},
        {"label": "PERSON", "pattern": "Holbrook"},
    ]
    brief = _blank_run(
        ["Dane Holbrook's film and Ilse Holbrook's book came out. Holbrook said little."],
        patterns,
    )
    assert {e.name: e.label for e in brief.entities} == {
        "Dane Holbrook": "organization",
        "Ilse Holbrook": "organization",
        "Holbrook": "person",
    }


def test_highlands_and_a_drive_tagged_people_are_places() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Corvane Highlands"},
        {"label": "PERSON", "pattern": "Tessel Drive"},
    ]
    brief = _blank_run(
        ["He may be sent to Corvane Highlands, officials said. Crews closed Tessel Drive."],
        patterns,
    )
    assert {e.name: e.label for e in brief.entities} == {
        "Corvane Highlands": "place",
        "Tessel Drive": "place",
    }


@pytest.mark.slow
def test_a_possessive_inside_a_persons_span_ends_the_owner() -> None:
    # The small model runs "Velton's" and the next name into one PERSON span.
    text = "“Not saying Mr. Velton’s Jesus, but we know,” he said."
    names = [n for n, _ in _spacy_mentions(text)]
    assert names == ["Jesus"]


def test_a_body_named_after_highlands_stays_a_body() -> None:
    patterns = [{"label": "ORG", "pattern": "SCI Corvane Highlands"}]
    brief = _blank_run(["He was moved to SCI Corvane Highlands on Monday."], patterns)
    assert {e.name: e.label for e in brief.entities} == {"SCI Corvane Highlands": "organization"}


def test_x_reported_after_a_sentence_ending_in_a_place_word_still_cues_a_publication() -> None:
    # The capitalised run before "reported" crosses a sentence's end ("in March. Velmora"): the
    # "in" before it is the last sentence's, so the lone name is still a publication.
    patterns = [{"label": "PERSON", "pattern": "Velmora"}]
    brief = _blank_run(
        ["The depot was first opened in March. Velmora reported a loss for the quarter."],
        patterns,
    )
    assert _labels(brief) == {"Velmora": "organization"}


def test_a_name_before_a_spokesperson_and_a_full_name_is_the_body_spoken_for() -> None:
    # "Orsa Mart spokeswoman Ada Velt": the name before the spokesperson is a body, tagged a
    # person or not; a person's spokesperson is written with a possessive.
    patterns = [
        {"label": "PERSON", "pattern": "Orsa Mart"},
        {"label": "PERSON", "pattern": "Ada Velt"},
        {"label": "PERSON", "pattern": "Ivo Dane"},
        {"label": "PERSON", "pattern": "Lena Brisk"},
    ]
    brief = _blank_run(
        [
            "Orsa Mart spokeswoman Ada Velt said the stores would reopen on Friday.",
            "Lena Brisk's spokesman Ivo Dane declined to comment.",
        ],
        patterns,
    )
    assert _labels(brief) == {
        "Orsa Mart": "organization",
        "Ada Velt": "person",
        "Ivo Dane": "person",
        "Lena Brisk": "person",
    }


def test_a_full_name_tagged_a_body_before_a_person_s_possessive_is_a_person() -> None:
    # No surname row to join: "Ivo Marten's widow" (kin, a life's events) is said only of a
    # person; "Orsa Halvik's report" and "Orsa Halvik's sister company" may be a firm's.
    patterns = [
        {"label": "ORG", "pattern": "Ivo Marten"},
        {"label": "ORG", "pattern": "Orsa Halvik"},
        {"label": "ORG", "pattern": "Dela Brun"},
    ]
    brief = _blank_run(
        [
            "The letter was read aloud by Ivo Marten's widow at the hearing.",
            "Orsa Halvik's report was cited twice. Dela Brun's sister company declined to comment.",
        ],
        patterns,
    )
    assert _labels(brief) == {
        "Ivo Marten": "person",
        "Orsa Halvik": "organization",
        "Dela Brun": "organization",
    }


def test_a_publication_s_last_word_tagged_a_person_joins_the_publication() -> None:
    # "the Orsa News ... the News report": the lone word is the paper's short name, not a
    # person's surname, so the full name stays an organisation and takes the word as an alias.
    patterns = [
        {"label": "ORG", "pattern": "Orsa News"},
        {"label": "PERSON", "pattern": "News"},
    ]
    brief = _blank_run(
        [
            "The driver was named by the Orsa News on Monday.",
            "The van left the road at noon, according to the News report.",
        ],
        patterns,
    )
    assert [(e.name, e.label, e.aliases, e.sources, e.mentions) for e in brief.entities] == [
        ("Orsa News", "organization", ["News"], ["S1", "S2"], 2)
    ]


def test_a_storm_s_name_written_alone_is_no_entity() -> None:
    # "Hurricane Velda ... Velda forced": the lone name is the storm's, neither a person nor
    # a body; a person of another name in the same text is kept.
    patterns = [
        {"label": "PERSON", "pattern": "Velda"},
        {"label": "ORG", "pattern": "Orrin"},
        {"label": "PERSON", "pattern": "Ada Lind"},
    ]
    brief = _blank_run(
        [
            "Hurricane Velda reached the coast on Sunday. Velda forced the port to close, Ada "
            "Lind said.",
            "Tropical Storm Orrin weakened as Orrin moved north.",
        ],
        patterns,
    )
    assert _labels(brief) == {"Ada Lind": "person"}


def test_names_listed_before_a_shared_plural_place_noun_are_places() -> None:
    # "Orsa, Velm and Dara counties", "towns like Kestrin and Poll": each listed name is a
    # place, whatever the small model's tag (the plural stays out of the last name).
    patterns = [
        {"label": "PERSON", "pattern": "Orsa"},
        {"label": "PERSON", "pattern": "Velm"},
        {"label": "ORG", "pattern": "Dara"},
        {"label": "ORG", "pattern": "Gant"},
        {"label": "PERSON", "pattern": "Kestrin"},
        {"label": "ORG", "pattern": "Poll"},
    ]
    brief = _blank_run(
        [
            "Schools in Orsa, Velm and Dara counties stayed shut. Kelvar's Gant and Pim "
            "Counties did not.",
            "The water rose fastest in towns like Kestrin and Poll.",
        ],
        patterns,
    )
    assert _labels(brief) == {
        "Orsa": "place",
        "Velm": "place",
        "Dara": "place",
        "Gant": "place",
        "Kestrin": "place",
        "Poll": "place",
    }


def test_code_word_written_with_a_number_is_no_name() -> None:
    # "Velmo" beside "Velmo-21": a disease's code in short, not a body (the small model's ORG)
    patterns = [
        {"label": "ORG", "pattern": "Velmo"},
        {"label": "PERSON", "pattern": "Ana Tarn"},
    ]
    brief = _blank_run(
        ["Velmo-21 spread fast in Orrin. Ana Tarn said Velmo antibodies wane over time."],
        patterns,
    )
    assert [(e.name, e.label) for e in brief.entities] == [("Ana Tarn", "person")]


def test_surname_before_administration_is_a_person() -> None:
    patterns = [{"label": "ORG", "pattern": "Halvik"}]
    brief = _blank_run(["The pause was started by the Halvik administration in March."], patterns)
    assert [(e.name, e.label) for e in brief.entities] == [("Halvik", "person")]


def test_bill_number_pieces_are_no_names() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "S. Con"},
        {"label": "PERSON", "pattern": "Res"},
        {"label": "PERSON", "pattern": "Orrin Velk"},
    ]
    brief = _blank_run(
        ["Orrin Velk backed S. Con. Res. 9 on the ferry levy on Tuesday."], patterns
    )
    assert [(e.name, e.label) for e in brief.entities] == [("Orrin Velk", "person")]


def test_follower_noun_after_a_bare_name_gives_no_row() -> None:
    # "Velk supporter": a politician's or a party's followers; the text does not say which
    patterns = [{"label": "ORG", "pattern": "Velk"}, {"label": "PERSON", "pattern": "Ana Tarn"}]
    brief = _blank_run(["An officer stopped Velk supporter Ana Tarn at the gate."], patterns)
    assert [(e.name, e.label) for e in brief.entities] == [("Ana Tarn", "person")]


def test_a_peoples_name_ending_in_native_is_no_person() -> None:
    patterns = [{"label": "PERSON", "pattern": "Halvik Native"}]
    brief = _blank_run(["More people identify as Halvik Native than before."], patterns)
    assert brief.entities == []


@pytest.mark.slow
def test_performers_trade_before_a_full_name_is_no_part_of_it() -> None:
    names = [n for n, _ in _spacy_mentions("Later, Singer Orrin Velk and his manager left.")]
    assert names == ["Orrin Velk"]


def test_two_names_of_a_list_glued_at_a_comma_give_no_row() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Orsa Opens, Tarn Velk"},
        {"label": "PERSON", "pattern": "Ana Halvik"},
    ]
    brief = _blank_run(["With three Orsa Opens, Tarn Velk led. Ana Halvik trailed."], patterns)
    assert [(e.name, e.label) for e in brief.entities] == [("Ana Halvik", "person")]


def test_a_campus_named_after_a_comma_keeps_its_row() -> None:
    patterns = [{"label": "ORG", "pattern": "University of Orsa, Velk Bay"}]
    brief = _blank_run(["She studied at the University of Orsa, Velk Bay, for a year."], patterns)
    assert [(e.name, e.label) for e in brief.entities] == [
        ("University of Orsa, Velk Bay", "organization")
    ]


def test_a_firm_written_with_and_co_is_a_body_and_its_founders_surname_joins_him() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Marten Jr."},
        {"label": "PERSON", "pattern": "IM Marten"},
        {"label": "ORG", "pattern": "IM Marten & Co."},
        {"label": "PERSON", "pattern": "Marten"},
    ]
    brief = _blank_run(
        [
            "Trade chief Ivo Marten Jr. sold IM Marten & Co. in 2006.\n\n"
            "Later IM Marten paid a fine. Marten said he owed nothing.\n\n"
            "Marten spoke again on Friday."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Marten" in by_name["Ivo Marten Jr."].aliases
    assert by_name["IM Marten & Co."].label == "organization"
    assert "IM Marten" in by_name["IM Marten & Co."].aliases
    assert "Marten" not in by_name


def test_a_caucus_is_a_body() -> None:
    patterns = [{"label": "PERSON", "pattern": "Reform Caucus"}]
    brief = _blank_run(["The Reform Caucus met twice. The Reform Caucus voted no."], patterns)
    assert _labels(brief)["Reform Caucus"] == "organization"


def test_a_plural_full_name_after_the_is_a_team_but_not_before_a_noun() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Harlow Otters"},
        {"label": "PERSON", "pattern": "Ivo Sanders"},
    ]
    brief = _blank_run(
        [
            "The senator asked the Harlow Otters to pay their dancers. The Harlow Otters have "
            "not replied.\n\n"
            "Staff on the Ivo Sanders campaign said Ivo Sanders would speak."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Harlow Otters"] == "organization"
    assert labels["Ivo Sanders"] == "person"


@pytest.mark.slow
def test_the_subject_of_a_clause_with_its_is_a_body() -> None:
    from spacy.tokens import Span

    from synoptic.backends.nlp import load_spacy
    from synoptic.stages.entities import _its_subject

    nlp = load_spacy()

    def its(text: str, name: str) -> bool:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        return _its_subject(Span(doc, start, start + len(name.split()), label="PERSON"))

    assert its("Velmora has offered to drop its claim for costs.", "Velmora")
    assert its("Velmora cut its prices in June.", "Velmora")
    assert not its("Velmora said the agency broke its own rules.", "Velmora")
    assert not its("Velmora told the firm to drop its claim.", "Velmora")
    assert not its("Velmora cut his prices in June.", "Velmora")


def test_a_name_said_its_of_twice_is_a_body() -> None:
    from collections import Counter

    from synoptic.stages.entities import _Cluster, _entity

    cluster = _Cluster(
        key="kelmont varsh",
        names=Counter({"Kelmont Varsh": 3, "Kelmont": 4}),
        labels=Counter({"person": 7}),
        sources={"S1"},
        its=2,
    )
    assert _entity(cluster).label == "organization"
    cluster.its = 1  # one clause may be a misparse
    assert _entity(cluster).label == "person"


@pytest.mark.slow
def test_a_rank_between_a_function_and_a_name_is_no_part_of_the_role() -> None:
    mentions = dict(_spacy_mentions("Palace physician Adm. Ivo Marten said the king was well."))
    assert mentions.get("Ivo Marten") == "Palace physician"


def test_two_swapped_letters_are_one_spelling() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Carl Velnaeus"},
        {"label": "PERSON", "pattern": "Velneaus"},
    ]
    brief = _blank_run(
        ["Carl Velnaeus named the plants. Velneaus worked alone.\n\nVelneaus died in 1778."],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert set(by_name) == {"Carl Velnaeus"}
    assert by_name["Carl Velnaeus"].aliases == ["Velneaus"]


def test_and_co_in_lower_case_is_the_person_and_colleagues() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ada Velk"},
        {"label": "ORG", "pattern": "Velk and co."},
    ]
    brief = _blank_run(
        ["A team led by Ada Velk read the files. According to Velk and co., the count rose."],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert set(by_name) == {"Ada Velk"}
    assert by_name["Ada Velk"].aliases == ["Velk"]


def test_a_billionaire_written_before_a_name_is_no_part_of_it() -> None:
    patterns = [{"label": "PERSON", "pattern": "Billionaire Ivo Marten"}]
    brief = _blank_run(["Billionaire Ivo Marten bought the hotel."], patterns)
    assert [e.name for e in brief.entities] == ["Ivo Marten"]


def test_a_persons_name_before_a_bodys_name_is_the_body() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Ivo Velt"},
        {"label": "PERSON", "pattern": "Velt"},
        {"label": "ORG", "pattern": "Velt Harbour Board"},
        {"label": "ORG", "pattern": "Harbour Board"},
    ]
    brief = _blank_run(
        [
            "Ivo Velt ran the port. A former Velt Harbour Board clerk spoke.\n\n"
            "The Harbour Board declined to comment. Velt did not reply."
        ],
        patterns,
    )
    by_name = {e.name: e for e in brief.entities}
    assert "Velt Harbour Board" not in by_name
    assert by_name["Harbour Board"].mentions == 2
    assert by_name["Harbour Board"].aliases == []


def test_an_abbreviation_defined_with_or_is_a_term() -> None:
    from synoptic.stages.entities import defined_terms

    assert defined_terms("Next year's cost-of-living rise, or COLR, will be 4%.") == {"COLR"}
    assert defined_terms("The harbour pilots, or HP, met.") == {"HP"}
    assert defined_terms("The harbour pilots, or BHP, met.") == set()


def test_a_bodys_branch_named_after_a_place_is_the_body_and_the_place_stays() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Rally"},
        {"label": "GPE", "pattern": "Rally Port Velton"},
        {"label": "GPE", "pattern": "Port Velton"},
        {"label": "GPE", "pattern": "Rally Orsa"},
        {"label": "GPE", "pattern": "Orsa"},
    ]
    brief = _blank_run(
        [
            "Rally Port Velton marched on Monday. Rally Port Velton set up tents.\n\n"
            "Rally has camps in Port Velton and Orsa. Rally grew. Rally Orsa and Rally Orsa "
            "joined.\n\nPort Velton is a city; Port Velton has a port. Orsa too."
        ],
        patterns,
    )
    labels = _labels(brief)
    assert labels["Rally Port Velton"] == "organization"
    assert labels["Rally Orsa"] == "organization"
    assert labels["Port Velton"] == "place"


@pytest.mark.slow
def test_a_rank_after_the_end_of_a_bodys_name_is_the_whole_role() -> None:
    mentions = dict(
        _spacy_mentions("Senators heard from Chief of the Defence Staff Gen. Ivo Marten.")
    )
    assert mentions.get("Ivo Marten") == "Gen."


def test_a_group_tagged_a_place_is_a_body() -> None:
    patterns = [{"label": "GPE", "pattern": "Orsa Steel Group"}]
    brief = _blank_run(["Orsa Steel Group bought the mill. Orsa Steel Group cut jobs."], patterns)
    assert _labels(brief)["Orsa Steel Group"] == "organization"


def test_a_virus_a_nerve_agent_or_a_people_is_no_row_unless_written_as_a_place() -> None:
    patterns = [
        {"label": "GPE", "pattern": "Velmor"},
        {"label": "GPE", "pattern": "Kresh"},
        {"label": "GPE", "pattern": "Dravani"},
        {"label": "GPE", "pattern": "Orsa"},
        {"label": "GPE", "pattern": "Tavel"},
        {"label": "PERSON", "pattern": "Velt"},
    ]
    brief = _blank_run(
        [
            "The Velmor virus reached two farms near Orsa. Velmor spreads fast.",
            "Symptoms from Kresh came fast. The Kresh nerve agent kills within minutes.",
            "Members of the nomadic Dravani people seized the north. Dravani fighters left.",
            # a town the virus is named after, and in which it is found, stays a place
            "The Tavel virus was first found in Tavel, officials in Orsa said.",
            # "the Velt people": a person's staff, not a people
            "Velt said the Velt people knew the plan.",
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Orsa": "place", "Tavel": "place", "Velt": "person"}, labels


def test_a_name_written_before_members_is_a_group() -> None:
    patterns = [
        {"label": "PERSON", "pattern": "Harqat Velbani"},
        {"label": "PERSON", "pattern": "Ada Velt"},
        {"label": "PERSON", "pattern": "Velt"},
    ]
    brief = _blank_run(
        [
            "Fighters of Harqat Velbani seized the town. Harqat Velbani members went from door "
            "to door.",
            # a family's members are written with "family": the person stays a person
            "Ada Velt said the Velt family members were safe. Velt declined to comment.",
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Harqat Velbani": "organization", "Ada Velt": "person"}, labels


def test_a_place_named_after_its_kind_and_of_ends_with_its_sentence() -> None:
    brief = _blank_run(
        [
            "A grave was found in the mountainous region of Velmara. Police said Velmara had "
            "few officers.",
        ],
        [{"label": "PERSON", "pattern": "Velmara"}],
    )
    # (the name ends with its sentence: "Velmara. Police" is no name)
    assert {e.name: e.label for e in brief.entities} == {"Velmara": "place"}


def test_a_model_written_after_its_makers_name_is_no_person() -> None:
    patterns = [
        {"label": "ORG", "pattern": "Orvane"},
        {"label": "PERSON", "pattern": "Tessa"},
        {"label": "PERSON", "pattern": "Ivo Brandt"},
        {"label": "PERSON", "pattern": "Brandt"},
    ]
    brief = _blank_run(
        [
            "Police said his black Orvane 300 Tessa was missing. The Orvane Tessa had no plates, "
            "and Orvane said nothing.",
            # a job's noun comes between a company and its person: "Orvane chief Ivo Brandt"
            "Orvane chief Ivo Brandt spoke. Orvane said Brandt would stay.",
        ],
        patterns,
    )
    labels = {e.name: e.label for e in brief.entities}
    assert labels == {"Orvane": "organization", "Ivo Brandt": "person"}, labels
