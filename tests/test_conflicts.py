"""Conflicts, support and source profiles on a hand-written cluster with planted cases.

See tests/fixtures/agreement/README.md for what is planted. The deterministic backends are used
(hashing embedder, blank spaCy with an entity ruler for the cluster's names); one slow test runs
the shipped models on the same cluster.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import synoptic
from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend
from synoptic.stages.conflicts import Conflict
from synoptic.stages.profiles import SourceProfile, build_profiles

BRIDGE = Path(__file__).parent / "fixtures" / "agreement" / "bridge"
PATTERNS = [
    {"label": "FAC", "pattern": "Tollmouth Town Hall"},
    {"label": "FAC", "pattern": "Harwick Library"},
    {"label": "GPE", "pattern": "Tollmouth"},
    {"label": "PERSON", "pattern": "Marta Quell"},
]
POST, HERALD, WIRE, DIGEST = (
    "a_tollmouth_post",
    "b_harwick_herald",
    "c_river_wire",
    "d_valley_digest",
)


def _build(paths: list[Path]) -> synoptic.Brief:
    return synoptic.build_brief(paths, embedder=HashingEmbedder(), nlp=BlankBackend(PATTERNS))


@pytest.fixture(scope="module")
def brief() -> synoptic.Brief:
    return _build(sorted(BRIDGE.glob("*.txt")))


def sid(brief: synoptic.Brief, stem: str) -> str:
    return next(s.id for s in brief.sources if Path(s.path).stem == stem)


def values(c: Conflict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for side in c.sides:
        if side.role != "correction":
            out.setdefault(side.source, set()).add(side.value)
    return out


def of_kind(brief: synoptic.Brief, kind: str) -> list[Conflict]:
    return [c for c in brief.conflicts if c.kind == kind]


def _write(tmp_path: Path, *texts: str) -> list[Path]:
    """Each text as an article a.txt, b.txt, ... (one line each)."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"{chr(97 + n)}.txt"
        path.write_text(text + "\n", "utf-8")
        paths.append(path)
    return paths


def _real(tmp_path: Path, *texts: str) -> synoptic.Brief:
    """A brief of ``texts`` with the shipped models."""
    return synoptic.build_brief(_write(tmp_path, *texts))


def _build_texts(tmp_path: Path, *texts: str) -> synoptic.Brief:
    """A brief of ``texts`` with the deterministic backends."""
    return _build(_write(tmp_path, *texts))


def test_date_conflict_with_the_correction_noted(brief: synoptic.Brief) -> None:
    [date] = of_kind(brief, "date")
    v = values(date)
    assert v[sid(brief, POST)] == {"4 March"}
    assert v[sid(brief, HERALD)] == {"14 March"}
    assert v[sid(brief, WIRE)] == {"14 March"}
    assert "correction" in date.note
    assert any(s.role == "correction" and s.source == sid(brief, WIRE) for s in date.sides)


def test_number_conflict(brief: synoptic.Brief) -> None:
    [number] = of_kind(brief, "number")
    v = values(number)
    assert v == {sid(brief, POST): {"€12 million"}, sid(brief, HERALD): {"€19 million"}}


def test_fact_conflicts_place_and_outcome(brief: synoptic.Brief) -> None:
    facts = of_kind(brief, "fact")
    place = [c for c in facts if c.topic.startswith("place")]
    outcome = [c for c in facts if c.topic.startswith("outcome")]
    assert len(place) == 1 and len(outcome) == 1
    assert values(place[0]) == {
        sid(brief, POST): {"Tollmouth Town Hall"},
        sid(brief, HERALD): {"Harwick Library"},
    }
    assert values(outcome[0]) == {sid(brief, POST): {"approve"}, sid(brief, HERALD): {"reject"}}


def test_interpretation_conflict_rejected_view_against_assertion(brief: synoptic.Brief) -> None:
    [interp] = of_kind(brief, "interpretation")
    roles = {(s.source, s.role) for s in interp.sides}
    assert roles == {(sid(brief, POST), "rejects"), (sid(brief, HERALD), "asserts")}
    assert "political reasons" in interp.topic
    assert not interp.topic.lower().startswith("some residents")


def test_planted_non_conflicts_are_not_reported(brief: synoptic.Brief) -> None:
    every_value = {side.value for c in brief.conflicts for side in c.sides}
    for value in ("38,000", "38,500", "1962", "March 2025", "autumn"):
        assert not any(value in v for v in every_value), value
    sources = {side.source for c in brief.conflicts for side in c.sides}
    assert sid(brief, DIGEST) not in sources  # a copy is never a side
    wire_sides = [s for c in brief.conflicts for s in c.sides if s.source == sid(brief, WIRE)]
    assert all("claimed" not in s.text for s in wire_sides)  # a reported view is not asserted
    assert len(brief.conflicts) == 5


def test_every_side_is_checkable_from_its_offsets(brief: synoptic.Brief) -> None:
    for c in brief.conflicts:
        assert len({s.source for s in c.sides}) >= 2
        for side in c.sides:
            original = brief.source(side.source).original
            assert " ".join(original[side.start : side.end].split()) == side.text
            if side.role == "states":
                assert original[side.value_start : side.value_end] == side.value


def test_conflict_json_shape(brief: synoptic.Brief) -> None:
    data = json.loads(brief.to_json())
    assert [c["id"] for c in data["conflicts"]] == [f"X{i}" for i in range(1, 6)]
    side = data["conflicts"][0]["sides"][0]
    assert {"source", "text", "value", "start", "end", "role"} <= set(side)


def test_input_order_does_not_change_conflicts() -> None:
    paths = sorted(BRIDGE.glob("*.txt"))
    a = [c.to_dict() for c in _build(paths).conflicts]
    b = [c.to_dict() for c in _build(paths[::-1]).conflicts]
    assert a == b


def test_support_discounts_a_claim_its_sources_contradict(brief: synoptic.Brief) -> None:
    voted = [c for c in brief.claims if "voted to" in c.text]
    assert voted and all(c.support == "single-source" for c in voted)
    copied = [c for c in brief.claims if c.text.startswith("Shopkeepers")]
    assert copied and copied[0].independent_sources == 1
    assert copied[0].support == "single-source"


def _profiles(brief: synoptic.Brief) -> dict[str, SourceProfile]:
    return {p.source: p for p in build_profiles(brief)}


def test_profiles_unique_shared_copies_and_stance(brief: synoptic.Brief) -> None:
    profiles = _profiles(brief)
    post, herald, digest = (profiles[sid(brief, s)] for s in (POST, HERALD, DIGEST))
    assert post.unique_claims and post.claims >= len(post.unique_claims)
    assert 0.0 < post.shared < 1.0
    assert any("detours" in c.text for c in post.adds)
    assert digest.copies_from == [sid(brief, HERALD)]
    assert post.stance["rejection"] >= 1
    assert any(m.cue == "is mistaken" for m in post.markers)
    assert set(herald.conflicts) >= {c.id for c in of_kind(brief, "number")}


def test_profile_to_dict(brief: synoptic.Brief) -> None:
    d: dict[str, Any] = _profiles(brief)[sid(brief, POST)].to_dict()
    assert {"source", "unique_claims", "shared", "adds", "copies_from", "stance", "markers"} <= set(
        d
    )
    assert all({"claim", "text", "citations"} <= set(a) for a in d["adds"])


@pytest.mark.slow
def test_shipped_models_find_the_planted_conflicts() -> None:
    brief = synoptic.build_brief(sorted(BRIDGE.glob("*.txt")))
    kinds = {c.kind for c in brief.conflicts}
    assert {"date", "number", "interpretation"} <= kinds
    every_value = {side.value for c in brief.conflicts for side in c.sides}
    assert not any("38," in v for v in every_value)


def test_profiles_stage_puts_the_profiles_where_the_model_allows(brief: synoptic.Brief) -> None:
    from synoptic.stages._base import Context
    from synoptic.stages.profiles import profiles

    ctx = Context(options=synoptic.load_options(), embedder=HashingEmbedder(), nlp=BlankBackend())
    profiles(brief, ctx)
    found = getattr(brief, "profiles", None) or ctx.extra["profiles"]
    assert [p.source for p in found] == [s.id for s in brief.sources]


def test_figures_given_for_different_days_are_not_a_conflict() -> None:
    from synoptic.stages.conflicts import _different_days

    assert _different_days("27 ships waited on Tuesday.", "31 ships waited on Monday.")
    assert not _different_days("27 ships waited on Tuesday.", "31 ships waited on Tuesday.")
    assert not _different_days("27 ships waited.", "31 ships waited on Monday.")


def test_one_figure_in_two_unit_systems_is_not_a_conflict() -> None:
    from synoptic.stages.conflicts import _other_units

    assert _other_units("almost 800 degrees", 800, "1,470 degrees Fahrenheit", 1470)
    assert _other_units("a 42-kilometre race", 42, "a 26-mile race", 26)
    assert not _other_units("almost 800 degrees", 800, "1,100 degrees", 1100)
    assert not _other_units("800 degrees Fahrenheit", 800, "1,470 degrees Fahrenheit", 1470)


@pytest.mark.slow
def test_a_figure_restated_in_fahrenheit_is_not_reported(tmp_path: Path) -> None:
    def number_conflicts(other: str) -> list[Conflict]:
        (tmp_path / "a.txt").write_text(
            "The kiln lining of the Orrin glassworks must withstand temperatures of almost 800 "
            "degrees during a firing.\n",
            "utf-8",
        )
        (tmp_path / "b.txt").write_text(
            f"The kiln lining of the Orrin glassworks must withstand temperatures of {other} "
            "during a firing.\n",
            "utf-8",
        )
        brief = synoptic.build_brief([tmp_path / "a.txt", tmp_path / "b.txt"])
        return [c for c in brief.conflicts if c.kind == "number"]

    assert number_conflicts("about 1,100 degrees")  # the control: another figure
    assert not number_conflicts("close to 1,470 degrees Fahrenheit")


@pytest.mark.slow
def test_example_cluster_planted_conflicts_with_the_real_models() -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "cluster"
    brief = synoptic.build_brief([example])
    values = [
        {str(side.value) for side in c.sides} for c in brief.conflicts if c.kind != "interpretation"
    ]
    joined = [" ".join(sorted(v)) for v in values]
    assert any("13 June" in v and "3 June" in v for v in joined), joined
    assert any("14" in v and "9" in v for v in joined), joined
    # Ship counts taken on different days (the example's README) are not a contradiction.
    assert not any("27" in v and "31" in v for v in joined), joined
    assert any(c.kind == "interpretation" for c in brief.conflicts)


def test_two_spellings_of_one_name_are_not_a_person_conflict(tmp_path: Path) -> None:
    sentence = (
        "The envoy of the union met {} late on Monday night at an undisclosed location near "
        "the capital for two hours of talks."
    )
    patterns = [
        {"label": "PERSON", "pattern": p} for p in ("Mohammed Sarif", "Mohamed Sorif", "Ivo Kelner")
    ]

    def person_conflicts(a: str, b: str) -> list[Conflict]:
        (tmp_path / "a.txt").write_text(sentence.format(a) + "\n")
        (tmp_path / "b.txt").write_text(sentence.format(b) + "\n")
        brief = synoptic.build_brief(
            [tmp_path / "a.txt", tmp_path / "b.txt"],
            embedder=HashingEmbedder(),
            nlp=BlankBackend(patterns),
        )
        return [c for c in brief.conflicts if c.topic.startswith("person")]

    assert person_conflicts("Mohammed Sarif", "Ivo Kelner")  # the control: another person
    assert not person_conflicts("Mohammed Sarif", "Mohamed Sorif")


@pytest.mark.slow
def test_figures_about_different_named_subjects_are_not_a_conflict(tmp_path: Path) -> None:
    def number_conflicts(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "number"]

    tail = "reported revenues of $162 million for the year, the company said on Monday."
    same = f"Orrin Ferries {tail}"
    assert number_conflicts(
        same, f"Orrin Ferries {tail.replace('162', '190')}"
    )  # the control: one subject, two figures
    assert not number_conflicts(same, f"Kestrel Lines Inc. {tail.replace('162', '190')}")


@pytest.mark.slow
def test_counts_of_different_groups_of_people_are_not_a_conflict(tmp_path: Path) -> None:
    def number_conflicts(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "number"]

    officers = "Three police officers were hurt in the harbour clashes on Friday night."
    assert number_conflicts(
        officers, "By the mayor's count, five police officers were hurt in the harbour clashes."
    )  # the control: one group, two counts
    assert not number_conflicts(
        officers, "By the mayor's count, seventeen people were hurt in the harbour clashes."
    )
    assert number_conflicts(  # a compound of the same noun still counts the same people
        "Some 2,400 dockworkers walked off the job at the harbour on Monday morning.",
        "By the union's count, 3,100 workers walked off the job, halting the harbour.",
    )


@pytest.mark.slow
def test_a_copy_that_changed_a_figure_is_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Three police officers were injured in the clashes at the harbour on Friday night.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Five police officers were injured in the clashes at the harbour on Friday night.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt", tmp_path / "b.txt"])
    copy = brief.source("S2").sentences[0]
    assert copy.duplicate_of is not None  # the copy is still a copy (support counts once)
    assert [c.kind for c in brief.conflicts] == ["number"]


def test_the_end_of_a_span_is_not_a_date_of_its_own() -> None:
    from synoptic.stages.conflicts import in_range

    def at(text: str, value: str) -> bool:
        s = text.index(value)
        return in_range(text, s, s + len(value))

    assert at("Ferries were cancelled between 3 May and 16 May across the strait.", "16 May")
    assert at("Ferries were cancelled between 3 May and 16 May across the strait.", "3 May")
    assert at("The games run from Jan. 4 to Feb. 20 in the valley.", "Feb. 20")
    assert at("The fair will close during the Nov. 12-18 trade talks.", "Nov. 12")
    assert not at("The ferry service resumed on 16 May after the repairs.", "16 May")


def test_a_planned_date_is_not_compared_with_what_happened() -> None:
    from synoptic.stages.conflicts import prospective

    def at(text: str, value: str) -> bool:
        s = text.index(value)
        return prospective(text, s, s + len(value))

    assert at("Ostrander and Vell are scheduled to meet Nov. 23 to sign the accord.", "Nov. 23")
    assert at(
        "Our offer would lift the average wage to $41,000 and the floor to $30,500.", "$30,500"
    )
    assert not at("Ostrander and Vell agreed Nov. 13 to form a joint council.", "Nov. 13")
    # A plan in another clause of the sentence does not make this value a plan.
    assert not at("On the day the fair was scheduled to open, traders marched in 14 towns.", "14")


def test_a_value_hangs_on_the_word_before_its_preposition() -> None:
    from synoptic.stages.conflicts import value_anchor

    def anchor(text: str, value: str) -> str | None:
        return value_anchor(text, text.index(value))

    assert anchor("Talks broke down at a meeting on 13 June.", "13 June") == anchor(
        "The collapse of the talks at a meeting on 3 June.", "3 June"
    )
    # A name is not the event: the noun before its "of" is.
    assert anchor("after the opening of the Harbour Council on Sep. 24", "Sep. 24") != anchor(
        "to attend the first sitting of the new Harbour Council on Nov. 25", "Nov. 25"
    )
    assert anchor("the mayor said on 4 March that the bridge would close", "4 March") is None
    assert anchor("after a brief stay in Arlen", "Arlen") != anchor(
        "talks must be conducted in Mosk", "Mosk"
    )


def test_a_negation_must_deny_what_the_other_sentence_states() -> None:
    from synoptic.stages.conflicts import negates_shared

    stated = "The council approved the ferry contract with Orrin Lines on Tuesday."
    assert negates_shared("The council has not approved the ferry contract.", stated)
    # Negations of something else, or negators that deny nothing.
    assert not negates_shared(
        "The council approved the contract, but Orrin Lines didn't respond to questions.", stated
    )
    assert not negates_shared("Not only has the council approved the ferry contract.", stated)
    assert not negates_shared(
        "The council approved the ferry contract, but not the harbour budget.",
        "The council approved the ferry contract and the harbour budget.",
    )
    assert not negates_shared(
        "The ferry contract covers the spring, and there is no specific timetable.",
        "The ferry contract covers the spring, specifically the sailings of April.",
    )


def test_antonyms_must_be_said_of_one_thing() -> None:
    from synoptic.stages.conflicts import antonyms_on_one_thing

    assert antonyms_on_one_thing(
        "At that meeting the council voted to approve the repair budget.",
        "At that meeting the council voted to reject the repair budget.",
        "antonym:approv/reject",
    )
    # Said of two different things.
    assert not antonyms_on_one_thing(
        "The two unions had asked the mayor to chair talks, but disagreed on the venue.",
        "Last week the dockers' and pilots' unions agreed to form a joint committee.",
        "antonym:agre/disagre",
    )
    # "refused to accept" is a rejection, the same side as "rejected".
    assert not antonyms_on_one_thing(
        "The pilots refused to accept the results of the ballot at the harbour.",
        "The pilots rejected the results of the ballot at the harbour.",
        "antonym:accept/reject",
    )


@pytest.mark.slow
def test_dates_of_different_events_in_a_long_running_story_are_not_a_conflict(
    tmp_path: Path,
) -> None:
    def date_conflicts(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "date"]

    met = "Envoys of Ostrander and Vell met in Carrow on 12 April to discuss the river treaty."
    assert date_conflicts(  # the control: one meeting, two dates
        met, "The river treaty talks between Ostrander and Vell were held in Carrow on 25 April."
    )
    assert not date_conflicts(  # a plan and a past event
        met, "Envoys of Ostrander and Vell are scheduled to meet again on 25 May in Carrow."
    )
    assert not date_conflicts(  # the same people, another event
        met, "The river treaty was first proposed by Vell's foreign office on 25 April last year."
    )


def test_the_day_a_statement_was_made_does_not_date_what_it_reports() -> None:
    from synoptic.stages.conflicts import said_on

    text = "The Carrow Ledger said in an editorial on Sunday, 14 May: the audit was thin."
    assert said_on(text, text.index("14 May"))
    text = "Envoys told reporters on 14 May that the audit was thin."
    assert said_on(text, text.index("14 May"))
    text = "The harbour board published its audit on 12 May."
    assert not said_on(text, text.index("12 May"))
    text = "The harbour board released its report 12 May."  # "report" is the noun here
    assert not said_on(text, text.index("12 May"))


@pytest.mark.slow
def test_an_editorial_date_is_not_a_second_date_for_the_event(tmp_path: Path) -> None:
    dates = [
        c
        for c in _real(
            tmp_path,
            "The Carrow harbour commission released its 900-page report on the dredging contract "
            "12 May.",
            "The Carrow Ledger said in an editorial on Sunday, 14 May: The 900-page report on the "
            "dredging contract by the Carrow harbour commission, released on Friday, is thin.",
        ).conflicts
        if c.kind == "date"
    ]
    assert dates == []


def test_a_speakers_rejection_rejects_what_is_inside_the_quotation(tmp_path: Path) -> None:
    from synoptic.stages._interpretation import rejections

    brief = _build_texts(
        tmp_path,
        '"The harbour board\'s sudden resignation was wrong," declared councillor Ivo Brandt '
        "of the Carrow assembly.",
        'Councillor Petra Lind said: "This is wrong." The ferry plan was approved anyway.',
        '"The claim that the ferry plan was rushed through for votes is wrong," said Ivo Brandt.',
    )
    from synoptic.stages.conflicts import View

    view = View.build(brief)
    found = {view.raw[r][:12]: [x.proposition for x in rejections(view, r)] for r in view.rows()}
    # Not the attribution after the quotation, not a sentence outside it.
    assert found['"The harbour'] == []
    assert found["Councillor P"] == []
    [view_rejected] = found['"The claim t']
    assert "ferry plan was rushed" in view_rejected


def test_refusing_to_do_something_is_not_the_opposite_of_not_doing_it(tmp_path: Path) -> None:
    def outcomes(a: str, b: str) -> list[Conflict]:
        brief = _build_texts(tmp_path, a, b)
        return [c for c in brief.conflicts if c.topic.startswith("outcome")]

    stated = "The League recognises the Vell claim to the islands of the Carrow delta."
    assert outcomes(  # the control: a denial of the same predicate
        stated, "The League does not recognise the Vell claim to the islands of the Carrow delta."
    )
    assert not outcomes(
        "The League refuses to recognise the Vell claim to the islands of the Carrow delta.",
        "The League does not recognise the Vell claim to the islands of the Carrow delta.",
    )


@pytest.mark.slow
def test_two_places_are_a_conflict_only_as_answers_to_one_question(tmp_path: Path) -> None:
    def places(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.topic.startswith("place")]

    assert places(  # the control: one meeting, two venues
        "The treaty talks between the two governments were held in Lisbon on Tuesday.",
        "The treaty talks between the two governments were held in Madrid on Tuesday.",
    )
    assert not places(  # two facts about one group, not two answers
        "The border checks were meant to stop Kurdish refugees living in Germany from joining "
        "the protests.",
        "There are some 4,000 Kurdish refugees living in Romania.",
    )


@pytest.mark.slow
def test_counted_nouns_match_by_meaning_as_counts() -> None:
    from synoptic.backends.onnx_minilm import OnnxMiniLM
    from synoptic.stages.conflicts import _noun_matcher

    same = _noun_matcher(["city", "country", "vessel", "ship", "child", "adult"], OnnxMiniLM())
    assert same("vessel", "ship") is True
    assert same("city", "country") is False  # "three largest cities" / "worst 10 countries"
    assert same("child", "adult") is False
    assert same("dockworker", "worker") is True  # one ends the other
    assert same("city", "") is None


@pytest.mark.slow
def test_a_figure_of_something_else_does_not_give_the_other_sources_value(tmp_path: Path) -> None:
    def number_conflicts(*texts: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, *texts).conflicts if c.kind == "number"]

    fire = "The blaze at the Corran paper mill killed {} people on Friday night, officials said."
    found = number_conflicts(
        fire.format(45) + " Rescuers said the victims came from at least 12 nationalities.",
        fire.format(52) + " The mill had been shut twice for safety breaches.",
    )
    # "at least 12 nationalities" agrees with 52 as a bound, but counts something else
    assert [{s.value for s in c.sides} for c in found] == [{"45", "52"}]
    assert not number_conflicts(  # the control: the other source gives 52 of the same thing
        fire.format(45) + " The fire service later said 52 people had been killed in the blaze.",
        fire.format(52) + " The mill had been shut twice for safety breaches.",
    )


@pytest.mark.slow
def test_a_country_and_its_adjective_are_one_subject(tmp_path: Path) -> None:
    def number_conflicts(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "number"]

    assert number_conflicts(
        "A fire on a Norwegian ferry killed 14 passengers near the harbour on Tuesday.",
        "A fire on a ferry in Norway killed 19 passengers near the harbour on Tuesday.",
    )
    assert not number_conflicts(  # the control: two countries, two ferries
        "A fire on a Norwegian ferry killed 14 passengers near the harbour on Tuesday.",
        "A fire on a ferry in Portugal killed 19 passengers near the harbour on Tuesday.",
    )


def test_demonym_matches_a_country_and_its_adjective_only() -> None:
    from synoptic.stages.conflicts import _demonym

    assert _demonym("sweden", "swedish")
    assert _demonym("portugal", "portuguese")
    assert not _demonym("sweden", "norway")
    assert not _demonym("sweden", "sweden")  # equal keys are matched elsewhere
    assert not _demonym("north korea", "north korean")  # one word each only


@pytest.mark.slow
def test_two_figures_of_one_sentence_are_two_conflicts(tmp_path: Path) -> None:
    found = [
        c
        for c in _real(
            tmp_path,
            "The storm killed 12 people and destroyed 300 homes along the Vell valley on Sunday.",
            "The storm killed 17 people and destroyed 420 homes along the Vell valley on Sunday.",
        ).conflicts
        if c.kind == "number"
    ]
    assert sorted(sorted(s.value for s in c.sides) for c in found) == [
        ["12", "17"],
        ["300", "420"],
    ]


def test_what_a_source_adds_reads_on_its_own_first() -> None:
    from synoptic.model import Claim
    from synoptic.stages.profiles import MAX_ADDS, _listable, _readable_first

    def claim(n: int, text: str) -> Claim:
        return Claim(
            id=f"C{n}", text=text, sentences=[f"S1.{n}"], sources=["S1"], citations=[],
            independent_sources=1,
        )  # fmt: skip

    texts = [
        "The ferry summit has a symbolic meaning.",
        "It has restored the port's standing in the region for a decade.",
        "However, as the mayor said, the plan needs money from the state.",
        "The meeting marks a milestone for the two harbour towns.",
        "Why did the talks start now, after years of silence?",
        "More than one meeting will be needed to settle the tolls.",
        "Trade between the towns fell by a third last year.",
        "The ferry line will add two crossings in the spring.",
        "On that day two ferry captains were detained by the harbour police.",
    ]
    claims = [claim(n, t) for n, t in enumerate(texts)]
    picked = [c.text for c in _readable_first(claims)]
    assert len(picked) == MAX_ADDS
    assert texts[1] not in picked and texts[2] not in picked and texts[4] not in picked
    assert texts[8] not in picked  # dated by the sentence before it
    assert picked == [t for t in texts if t in picked]  # reading order
    assert _listable("The ferry summit has a symbolic meaning.")
    assert not _listable("Harbour news and views")  # a heading


# --- precision: what is not a conflict (each with a control that still is one) ----------------


def _person_conflicts(tmp_path: Path, a: str, b: str, names: list[str]) -> list[Conflict]:
    (tmp_path / "a.txt").write_text(a + "\n", "utf-8")
    (tmp_path / "b.txt").write_text(b + "\n", "utf-8")
    brief = synoptic.build_brief(
        [tmp_path / "a.txt", tmp_path / "b.txt"],
        embedder=HashingEmbedder(),
        nlp=BlankBackend([{"label": "PERSON", "pattern": n} for n in names]),
    )
    return [c for c in brief.conflicts if c.topic.startswith("person")]


def test_one_person_written_two_ways_is_not_a_person_conflict(tmp_path: Path) -> None:
    # Two wordings, so that the second is not a copy of the first.
    first = (
        "The envoy of the union met {} late on Monday night at an undisclosed location near "
        "the capital for two hours of talks."
    )
    second = (
        "Late on Monday night the union's envoy met {} for two hours of talks at an undisclosed "
        "location near the capital, officials confirmed."
    )
    names = ["Ivo Kelner", "Hand Kelner", "Hans Kelner", "Mayor Kelner", "Petra Lind"]

    def conflicts(a: str, b: str) -> list[Conflict]:
        return _person_conflicts(tmp_path, first.format(a), second.format(b), names)

    assert conflicts("Ivo Kelner", "Petra Lind")  # the control: another person
    assert not conflicts("Hand Kelner", "Hans Kelner")  # a typo in the first name
    assert not conflicts("Mayor Kelner", "Ivo Kelner")  # a title for the first name


def test_two_people_in_two_roles_are_not_a_person_conflict(tmp_path: Path) -> None:
    first = (
        "The harbour master died on Tuesday evening of heart failure at his home in Carrow, "
        "surrounded by {} and other family members."
    )
    second = "The harbour master died of heart failure at his home in Carrow on Tuesday, {}."
    names = ["Greta Holm", "Anna Berg", "Petra Hale"]

    def conflicts(a: str, b: str) -> list[Conflict]:
        return _person_conflicts(tmp_path, first.format(a), second.format(b), names)

    assert conflicts("his wife Greta Holm", "with his wife Anna Berg at his side")  # the control
    # the wife in one, the spokeswoman who said it in the other
    assert not conflicts("his wife Greta Holm", "with his wife at his side, Petra Hale said")


def test_person_role_is_the_word_a_name_hangs_on() -> None:
    from synoptic.stages.conflicts import person_role

    def role(text: str, name: str) -> str | None:
        s = text.index(name)
        return person_role(text, s, s + len(name))

    assert role("surrounded by his wife Greta Holm.", "Greta Holm") == role(
        "with his wife Anna Berg at his side.", "Anna Berg"
    )
    assert role("at his side, Petra Hale said.", "Petra Hale") == "said"
    assert role('"It was wrong," said Hans Kelner, the detective.', "Hans Kelner") == "said"
    assert role("Ivo Kelner, the lead detective, told reporters.", "Ivo Kelner") == "said"
    assert role("Ivo Kelner met the envoy.", "Ivo Kelner") == role(
        "Anna Berg met him.", "Anna Berg"
    )


@pytest.mark.slow
def test_two_people_doing_two_acts_are_not_a_person_conflict(tmp_path: Path) -> None:
    # Both names hang on "administration" (one role word), but one administration began the
    # pause and the other extends it: two acts, two doers, no disagreement about either.
    first = (
        "The department said it would be the last such extension of the pause on loan payments, "
        "which the Jenkins administration began in March 2019 during the flood emergency, and "
        "that the extra time would let lenders prepare.\n\n"
        "Harold Jenkins, who left office last year, has said little about the pause since."
    )
    second = (
        "The Okafor administration {} the pause on loan payments {}, which the department "
        "called the final extension.\n\n"
        "President Maria Okafor told reporters she wanted borrowers to have more time."
    )

    def people(act: str, when: str) -> list[set[str]]:
        brief = _real(tmp_path, first, second.format(act, when))
        return [values_of(c) for c in brief.conflicts if c.topic.startswith("person")]

    def values_of(c: Conflict) -> set[str]:
        return {side.value for side in c.sides}

    # the control: both sentences give the doer of one act
    assert people("began", "in March 2019 during the flood emergency") == [{"Jenkins", "Okafor"}]
    assert people("is extending", "because of the flood emergency through June 30") == []


def _kind(brief: synoptic.Brief, kind: str) -> list[Conflict]:
    if kind == "outcome":
        return [c for c in brief.conflicts if c.topic.startswith("outcome")]
    return [c for c in brief.conflicts if c.kind == kind]


def test_a_negation_needs_two_sentences_of_nearly_the_same_words(tmp_path: Path) -> None:
    def outcomes(a: str, b: str) -> list[Conflict]:
        return _kind(_build_texts(tmp_path, a, b), "outcome")

    assert outcomes(  # the control: one sentence with and without "not"
        "The ferry crew said the missing cargo had not been found by the divers.",
        "The ferry crew said the missing cargo had been found by the divers.",
    )
    # A negation in a relative clause is said of others ("others who did not work in his office").
    assert not outcomes(
        "Mayor Ivo Kelner resigned on Tuesday after a report found he had bullied nine clerks, "
        "including some who worked in his department.",
        "Mayor Ivo Kelner resigned on Tuesday after a report found he had bullied nine clerks, "
        "including others who did not work in his department.",
    )
    # "unlikely to meet" says what "not meeting" says.
    assert not outcomes(
        "Thousands of nurses could lose their jobs for not meeting the Monday deadline for the "
        "flu vaccine, the health board said.",
        "Thousands of nurses are unlikely to meet the Monday deadline for the flu vaccine and "
        "could lose their jobs, the health board said.",
    )


@pytest.mark.slow
def test_a_short_negated_sentence_is_not_the_paraphrase_of_a_long_one(tmp_path: Path) -> None:
    def outcomes(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "outcome")

    assert outcomes(  # the control
        "The ferry crew said the missing cargo had not been found by the divers.",
        "The ferry crew said the missing cargo had been found by the divers.",
    )
    # Its two words are in the long one, which finds something else.
    assert not outcomes(
        "He said the cargo had not been found.",
        "The severed mooring lines of the four ferries were found along the quay on Tuesday "
        "outside Carrow, and divers were searching for the cargo on Wednesday.",
    )
    # Not the first of its kind / the first with a further qualifier: no contradiction.
    assert not outcomes(
        "It is not the first time that the agency has renamed a harbour to honour a captain.",
        "It is the first time the agency has named one of its harbours after a captain who is "
        "still alive.",
    )


@pytest.mark.slow
def test_antonyms_on_the_clusters_topic_words_are_not_said_of_one_thing(tmp_path: Path) -> None:
    def outcomes(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "outcome")

    assert outcomes(  # the control: approve / reject the repair budget
        "The Carrow council voted on Tuesday to approve the repair budget for the old harbour "
        "bridge. The harbour bridge has been closed since May. The council met in the town hall.",
        "At the same meeting on Tuesday, the Carrow council voted to reject the repair budget for "
        "the old harbour bridge. Engineers say the bridge needs work. Residents want it open by "
        "winter.",
    )
    # "banning most night flights" / "allow the law on night flights": Carrow and night flights
    # are in most sentences of the story, so sharing them does not make one thing.
    assert not outcomes(
        "Carrow can keep banning most night flights after an appeals court rejected the airlines' "
        "latest attempt to stop the Carrow flights law. The Carrow law on night flights took "
        "effect in May. Airlines say the Carrow night flights law costs them millions. Residents "
        "near Carrow airport welcomed the ruling on night flights.",
        "The appeals court said on Thursday it will allow the Carrow law on night flights to "
        "remain in effect while it considers the airlines' appeal. The Carrow night flights law "
        "bans landings after 11 p.m. Airlines have fought the Carrow flights law since it passed. "
        "The Carrow airport authority said night flights fell by half.",
    )


@pytest.mark.slow
def test_shares_of_different_groups_are_not_a_conflict(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    survey = "found that {} of {} were unhappy with the new timetable."
    assert numbers(  # the control: one group, two shares
        f"The Carrow school survey {survey.format('30 percent', 'teachers')}",
        f"A school survey in Carrow {survey.format('20 percent', 'teachers')}",
    )
    assert not numbers(
        f"The Carrow school survey {survey.format('30 percent', 'teachers')}",
        f"A school survey in Carrow {survey.format('20 percent', 'parents')}",
    )
    # "of whom" is a share of the noun before it; the second share's group is the first's.
    assert not numbers(
        "The bleakest findings were for infants aged one to two, 31 percent of whom were acutely "
        "underfed, the Carrow survey found.",
        "According to the Carrow survey, 49 percent of children under age 5 are stunted and 20 "
        "percent are acutely underfed.",
    )


@pytest.mark.slow
def test_figures_for_a_word_qualified_two_ways_are_not_a_conflict(tmp_path: Path) -> None:
    def numbers(b: str) -> list[Conflict]:
        a = (
            "A Carrow study showed that mothers who took the drug often raised the risk of asthma "
            "in their children by 70 percent."
        )
        return _kind(_real(tmp_path, a, b), "number")

    assert numbers(  # the control: the same risk
        "Mothers who took the drug often had children with a 50 percent higher risk of asthma, "
        "the Carrow study showed."
    )
    assert not numbers(
        "Mothers who took the drug often had children with a 50 percent higher risk for eczema, "
        "the Carrow study showed."
    )


@pytest.mark.slow
def test_dates_of_two_named_things_in_like_sentences_are_not_a_conflict(tmp_path: Path) -> None:
    def dates(b: str) -> list[Conflict]:
        a = (
            "Orrin Soft rushed out its first programs, then took a bolder approach with Vellum "
            "Reader 4.2, which was introduced in August 1995."
        )
        return _kind(_real(tmp_path, a, b), "date")

    assert dates(  # the control: the same product, two months
        "The state filed its suit in May, before Orrin Soft's Vellum Reader 4.2 was introduced "
        "in June."
    )
    assert not dates(  # the reader's launch and the system's launch
        "The state filed its suit in May, before Orrin Soft's new system, Quarto 98, was "
        "introduced in June."
    )


@pytest.mark.slow
def test_dates_of_one_act_done_to_two_named_things_are_not_a_conflict(tmp_path: Path) -> None:
    def dates(b: str, told: str = "discovered in 1930") -> list[tuple[str, ...]]:
        a = f"Tarvos, {told}, spent decades as the outermost known moon of the planet Orrin."
        return [tuple(s.value for s in c.sides) for c in _kind(_real(tmp_path, a, b), "date")]

    assert dates(  # the control: the same moon, two years
        "Tarvos was discovered in 1931 and spent decades as the outermost known moon of the planet "
        "Orrin."
    ) == [("1930", "1931")]
    # Tarvos is named in the other sentence too, but what was discovered there is another thing
    other = (
        "Calls to demote Tarvos grew after a candidate Selwyn Ring object was discovered in 1992 "
        "beyond the planet Orrin."
    )
    assert not dates(other)
    assert not dates(other, told="which was discovered in 1930")  # a relative clause, the same


@pytest.mark.slow
def test_a_hedged_round_figure_agrees_with_what_it_rounds(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    assert numbers(  # the control: "about eight" is not seven
        "The probe will pass about eight times closer to the sun than any craft before it, "
        "the Carrow agency said.",
        "The probe will pass seven times closer to the sun than any craft before it, "
        "officials of the Carrow agency said.",
    )
    assert not numbers(
        "Since January Carrow has charged a 1.75 cent per ounce levy on sugary sodas sold in "
        "the city.",
        "The Carrow levy adds nearly two cents to each ounce of sugary sodas sold in the city "
        "since January.",
    )


def test_rounded_agrees_within_half_a_unit_of_the_last_digit() -> None:
    from synoptic.agreement import Value
    from synoptic.stages.conflicts import rounded_agrees

    def v(x: float, approx: bool = True) -> Value:
        return Value(start=0, end=1, text=str(x), value=(x,), unit="count", approx=approx)

    assert rounded_agrees(v(2), v(1.75))  # "nearly two"
    assert rounded_agrees(v(600), v(620))
    assert not rounded_agrees(v(8), v(7))  # "about eight" vs seven
    assert not rounded_agrees(v(3000), v(4299))
    assert not rounded_agrees(v(2, approx=False), v(1.75))  # only a hedged figure rounds


@pytest.mark.slow
def test_a_conflicts_topic_keeps_the_case_of_its_words(tmp_path: Path) -> None:
    [date] = _kind(
        _real(
            tmp_path,
            "Envoys of Ostrander and Vell met in Carrow on 12 April to discuss the river treaty.",
            "The river treaty talks between Ostrander and Vell were held in Carrow on 25 April.",
        ),
        "date",
    )
    assert date.topic.startswith("date of ")
    assert "Carrow" in date.topic and "carrow" not in date.topic


def test_as_written_keeps_names_and_drops_a_sentences_capital() -> None:
    from synoptic.stages.conflicts import as_written

    texts = (
        "Talks broke down at a meeting in Vladivostok on 3 June, NATO said.",
        "President Ostrander said talks at the Vladivostok meeting broke down on 13 June.",
    )
    assert as_written(["talks", "meeting", "vladivostok", "nato"], texts, frozenset()) == [
        "talks",  # capitalised only as the sentence's first word
        "meeting",
        "Vladivostok",
        "NATO",
    ]
    assert as_written(["president"], texts, frozenset()) == ["President"]  # before a name
    assert as_written(["envoys"], ("Envoys met.",), frozenset({"envoys"})) == ["Envoys"]


@pytest.mark.slow
def test_casualty_words_written_two_ways_are_one_quantity(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[set[str]]:
        return [{s.value for s in c.sides} for c in _kind(_real(tmp_path, a, b), "number")]

    statement = "The statement, released by the Vellmark rescue service, said {} after the blast."
    # "wounded" / "injured", "killed" / "died": one toll given two ways
    assert numbers(
        statement.format("19 people were wounded and 26 others were missing"),
        statement.format("22 people were hurt and 26 were missing"),
    ) == [{"19", "22"}]
    assert numbers(
        "The landslide in the Orrin valley killed 14 villagers on Sunday, the governor said.",
        "The governor said 19 villagers died in the landslide in the Orrin valley on Sunday.",
    ) == [{"14", "19"}]
    assert not numbers(  # the control: the wounded and the missing are two counts
        statement.format("19 people were wounded"),
        statement.format("22 people were missing"),
    )


@pytest.mark.slow
def test_a_total_and_its_new_spending_are_not_one_figure(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    act = "The Harbor Renewal Act passed by the Veldmark senate would cost {} over ten years."
    assert numbers(act.format("$1.3 trillion"), act.format("$900 billion"))  # the control
    assert not numbers(act.format("$1.3 trillion"), act.format("$610 billion in new spending"))
    assert not numbers(
        "The Veldmark harbor plan includes $610 billion in new spending, senators said on Tuesday.",
        "The Veldmark harbor plan would cost a total of $1.3 trillion, senators said on Tuesday.",
    )


@pytest.mark.slow
def test_figures_over_different_periods_are_not_one_figure(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    prices = "Consumer prices in Veldmark rose {}, the statistics office said on Thursday."
    assert numbers(  # the control: two annual figures
        prices.format("4.8 percent in the 12 months to March"),
        prices.format("5.6 percent in the 12 months to March"),
    )
    assert not numbers(
        prices.format("4.8 percent in the 12 months to March"),
        prices.format("0.5 percent in March alone"),
    )
    assert not numbers(
        "The Veldmark consumer price index rose 4.8 percent in March on a year-over-year basis, "
        "the statistics office said.",
        "In the month of March alone, Veldmark consumer prices rose 0.5 percent, the statistics "
        "office said.",
    )
    assert not numbers(
        "The Veldmark harbor plan would cost $912 billion over five years, senators said on "
        "Tuesday.",
        "The Veldmark harbor plan would cost $1.3 trillion over eight years, senators said on "
        "Tuesday.",
    )


def test_figure_scope_reads_the_period_and_a_part_of_a_figure() -> None:
    from synoptic.stages.conflicts import figure_scope

    def scope(text: str, figure: str) -> tuple[float | None, bool]:
        s = text.index(figure)
        return figure_scope(text, s, s + len(figure))

    assert scope("Prices rose 4.8 percent in the 12 months to March.", "4.8 percent") == (12, False)
    assert scope("Prices rose 5% in October on a year-over-year basis.", "5%") == (12, False)
    assert scope("In the month of April alone, prices rose 0.7%.", "0.7%") == (1, False)
    assert scope("Prices rose 0.6% in May alone.", "0.6%") == (1, False)
    assert scope("It would cost $912 billion over five years.", "$912 billion") == (60, False)
    assert scope("It includes $544 billion in new spending.", "$544 billion") == (None, True)
    assert scope("It sends an additional 3,000 troops.", "3,000") == (None, True)
    assert scope("Prices rose 4.8 percent in March.", "4.8 percent") == (None, False)
    assert scope("Prices rose 4.8 percent, the most in years.", "4.8 percent") == (None, False)
    # another figure's period is not this one's
    text = "It would cost $1.3 trillion over eight years and include $544 billion in new spending."
    assert scope(text, "$544 billion") == (None, True)
    assert scope(text, "$1.3 trillion") == (96, False)
    text = "It would cost $912 billion over five years or $1.3 trillion over eight years."
    assert scope(text, "$912 billion") == (60, False)
    assert scope(text, "$1.3 trillion") == (96, False)


def test_the_month_of_may_is_not_a_modal() -> None:
    from synoptic.stages.conflicts import prospective

    def at(text: str, figure: str) -> bool:
        s = text.index(figure)
        return prospective(text, s, s + len(figure))

    assert not at("Veldmark prices rose 0.6% in May, the office said.", "0.6%")
    assert not at("In May, Veldmark prices rose 0.6%.", "0.6%")
    assert at("Veldmark prices may rise 0.6% in June, the office said.", "0.6%")


@pytest.mark.slow
def test_a_figure_dated_in_may_is_compared(tmp_path: Path) -> None:
    found = _kind(
        _real(
            tmp_path,
            "Veldmark consumer prices rose 0.4 percent last month, the statistics office said.",
            "Veldmark consumer prices rose 0.8 percent in May, the statistics office said.",
        ),
        "number",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"0.4 percent", "0.8 percent"}]


@pytest.mark.slow
def test_the_window_of_a_record_is_not_a_figure_to_compare(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    assert numbers(  # the control: one sentence, two lengths
        "Judge Alva Renn handed Orrin Dale a 10-year prison sentence on Monday for the fraud.",
        "Judge Alva Renn handed Orrin Dale a 12-year prison sentence on Monday for the fraud.",
    )
    # "the sharpest 12-month spike" and "the largest 1-month spike" are two records
    assert not numbers(
        "The Veldmark statistics office said consumer prices in June rose 0.8% from May and 5.1% "
        "over the past year, the steepest 12-month inflation jump since August 2007.",
        "The price rise in Veldmark in June marked the biggest 1-month jump since June 2007.",
    )


@pytest.mark.slow
def test_a_toll_dated_to_another_year_is_another_event(tmp_path: Path) -> None:
    def numbers(b: str) -> list[Conflict]:
        a = (
            "A fire turned the Corran dance hall into a deathtrap on Saturday night, killing 60 "
            "people and injuring 162, police said."
        )
        return _kind(_real(tmp_path, a, b), "number")

    assert numbers(  # the control: the same night, another toll
        "Police said the fire at the dance hall in Corran on Saturday night killed 52 people."
    )
    assert not numbers(
        "Police said the fire at the dance hall in Corran was the deadliest since 1981, when 20 "
        "people died."
    )
    assert not numbers(
        "Police said the fire at the dance hall in Corran was the deadliest since 1981, when 20 "
        "people were killed."
    )


def test_past_year_reads_the_words_just_before_a_figure() -> None:
    from synoptic.stages.conflicts import _past_year

    def at(text: str, figure: str) -> tuple[str, int, int]:
        s = text.index(figure)
        return text, s, s + len(figure)

    other = "The fire killed 60 people on Saturday."
    assert _past_year(at("It was the deadliest since 1981, when 20 people died.", "20"), other)
    assert _past_year(at("In 1974, 20 people died in a warehouse fire.", "20"), other)
    assert not _past_year(at("In 1974, 20 people died in a warehouse fire.", "20"), "As in 1974.")
    assert not _past_year(at("The fire killed 52 people on Saturday.", "52"), other)
    # a year before another figure of the sentence dates that one
    text = "Since 1981 it has burned 3 times, and on Saturday it killed 52 people."
    assert not _past_year(at(text, "52"), other)


@pytest.mark.slow
def test_a_figure_inside_another_sources_range_is_not_a_conflict(tmp_path: Path) -> None:
    def numbers(a: str, b: str) -> list[Conflict]:
        return _kind(_real(tmp_path, a, b), "number")

    ranged = "The Carrow crane collapse on Monday injured 40 to 60 dock workers, officials said."
    assert numbers(  # the control: a figure outside the range
        ranged, "The Carrow crane collapse on Monday injured 90 dock workers, officials said."
    )
    assert not numbers(
        ranged, "The Carrow crane collapse on Monday injured 50 dock workers, officials said."
    )


def test_ranges_agree_when_they_overlap() -> None:
    from synoptic.agreement import Value, same_value

    def count(low: float, high: float | None = None) -> Value:
        return Value(start=0, end=1, text="x", value=(low,), unit="count", high=high)

    assert same_value(count(40, 60), count(50))
    assert same_value(count(50), count(40, 60))
    assert same_value(count(40, 60), count(55, 70))
    assert not same_value(count(40, 60), count(90))
    assert not same_value(count(40, 60), count(70, 80))


@pytest.mark.slow
def test_a_range_of_something_else_does_not_give_the_other_sources_share(tmp_path: Path) -> None:
    survey = "A Lerwick health board survey found {} percent of children in Dunmore are stunted."
    found = _kind(
        _real(
            tmp_path,
            survey.format(62) + " Actual payments to the clinics are often just 60 to 70 percent of"
            " the budgeted amount, aid workers said.",
            survey.format(65) + " The board plans a second survey next spring.",
        ),
        "number",
    )
    # "60 to 70 percent" of a budget holds 65, but it is a share of something else
    assert [{s.value for s in c.sides} for c in found] == [{"62 percent", "65 percent"}]


@pytest.mark.slow
def test_two_ages_of_one_person_are_a_conflict(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "The trial of Halvard Brenning, 44, a harbour engineer from Ostrava, opened on Monday. "
        "Brenning denies every charge brought against him by the port authority.",
        "Halvard Brenning, 46, went on trial on Monday in the port city of Ostrava. "
        "Brenning has said he will defend himself in court without a lawyer.",
    )
    ages = [c for c in _kind(brief, "number") if c.unit == "age"]
    assert [{s.value for s in c.sides} for c in ages] == [{"44", "46"}]
    assert "Halvard Brenning" in ages[0].topic


def test_age_of_reads_a_name_and_the_age_after_it() -> None:
    from synoptic.stages.conflicts import age_of

    assert age_of("The trial of Halvard Brenning, 44, a harbour engineer, opened.") == [
        ("Halvard Brenning", "44", 31, 33)
    ]
    assert age_of("Wang Li, 33, and Chen, 41, were tried.") == [
        ("Wang Li", "33", 9, 11),
        ("Chen", "41", 23, 25),
    ]
    assert not age_of("Sales rose on Monday, 12 stores said.")  # a count, not an age
    assert not age_of("In 1998, 12 people died.")


@pytest.mark.slow
def test_a_bound_of_something_else_does_not_give_a_population(tmp_path: Path) -> None:
    found = _kind(
        _real(
            tmp_path,
            "The island of Vessa must import 40,000 tons of rice a year to feed its 4 million"
            " people, the farm ministry said.",
            "Aid workers said the harvest is too small to feed Vessa's 5 million people. At least"
            " 300 people have fled by boat to the mainland since March.",
        ),
        "number",
    )
    # "at least 300 people" holds 4 million, but it counts those who fled, not the island
    assert [{s.value for s in c.sides} for c in found] == [{"4 million", "5 million"}]


@pytest.mark.slow
def test_two_weights_in_one_scene_are_a_conflict(tmp_path: Path) -> None:
    found = _kind(
        _real(
            tmp_path,
            "The harbour's 60-foot crane had never before lifted anything as heavy as the 38,000"
            "-pound Kesto, a turbine that was shipped from Ostrava in May.",
            "Crane driver Ola Brandt used the 60-foot crane to hoist the 35,000-pound cylinder"
            " as the tide turned and to set it gently on the deck.",
        ),
        "number",
    )
    # one shared figure (the 60-foot crane) sets one scene: two weights in it clash
    assert [{s.value for s in c.sides} for c in found] == [{"38,000-pound", "35,000-pound"}]
    assert found[0].topic.endswith("Kesto")


@pytest.mark.slow
def test_a_date_conflicts_heading_names_the_event_not_only_its_place(tmp_path: Path) -> None:
    # The sides share only the place ("Marrowby"): the heading named the place ("date of
    # Marrowby"). It names the event the date is of, from the noun or verb the date hangs on.
    [date] = _kind(
        _real(
            tmp_path,
            "In the wake of the Varrant-Oyelaran summit, which was held in Marrowby on May 14, "
            "and to grasp the meaning of the summit for the region, I offer a Tessalian view.",
            "On 4 May, in Marrowby, Tessaly, Tessalian Prime Minister Odile Varrant met with "
            "Brannock's leader Cassius Oyelaran.",
        ),
        "date",
    )
    assert date.topic == "date of the summit in Marrowby"


def test_nominalise_gives_the_event_noun_of_a_verb() -> None:
    from synoptic.stages.conflicts import nominalise

    verbs = ("meet", "sign", "plan", "make", "open", "die", "discover", "resign", "visit")
    assert [nominalise(v) for v in verbs] == [
        "meeting",
        "signing",
        "planning",
        "making",
        "opening",
        "death",
        "discovery",
        "resignation",
        "visit",
    ]


@pytest.mark.slow
def test_one_in_every_n_is_a_ratio_not_a_count(tmp_path: Path) -> None:
    # "one in every seven patients" gives a share, not a count of seven patients: it is no
    # figure against "nearly 9,000 patients" of a study.
    brief = _real(
        tmp_path,
        "A review of hospital records in Quenby showed that one in every seven asthma patients "
        "was younger than 12.",
        "For the review, Dr. Ilse Marrak and her team went through records on nearly 9,000 "
        "asthma patients treated in Quenby between 2001 and 2014.",
    )
    assert _kind(brief, "number") == []


@pytest.mark.slow
def test_a_finding_reported_in_a_planned_release_is_not_itself_planned(tmp_path: Path) -> None:
    # "would soon release data showing that 58 percent ...": the release is planned, the
    # finding is stated; it contradicts another source's 51 percent.
    brief = _real(
        tmp_path,
        "A survey of Dunmore's river towns found that 51 percent of households were flooded "
        "during the spring storms.",
        "Officials said the agency had finished its survey and would soon release figures "
        "showing that 58 percent of households in Dunmore's river towns were flooded.",
    )
    [number] = _kind(brief, "number")
    assert {s.value for s in number.sides} == {"51 percent", "58 percent"}
    # still planned: the figure is what the modal says
    assert not _kind(
        _real(
            tmp_path,
            "A survey of Dunmore's river towns found that 51 percent of households were flooded "
            "during the spring storms.",
            "Officials said the agency would pay 58 percent of households in Dunmore's river "
            "towns that were flooded during the spring storms.",
        ),
        "number",
    )


@pytest.mark.slow
def test_shares_said_of_two_different_predicates_are_not_compared(tmp_path: Path) -> None:
    # "30 percent of children are acutely malnourished" / "65 percent of children are
    # stunted": one group, two measures; what is said of the share tells them apart.
    brief = _real(
        tmp_path,
        "Aid workers said a survey of Ostravel children under five found that 41 percent "
        "are stunted by years of poor harvests.",
        "The agency said new survey data showed that 18 percent of Ostravel children under five "
        "are acutely malnourished after years of poor harvests.",
    )
    assert _kind(brief, "number") == []


@pytest.mark.slow
def test_a_date_in_a_fronted_phrase_dates_the_main_clause(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "On the morning of 4 June, the cargo barge Elvira Lund capsized on the Sarrow river. "
        "Six crew members were rescued by a passing tug.",
        "River police said the cargo barge Elvira Lund capsized on 14 June near the weir. "
        "Its six crew members were picked up by a tug.",
    )
    found = _kind(brief, "date")
    assert [{s.value for s in c.sides} for c in found] == [{"4 June", "14 June"}]


def test_age_of_reads_an_n_year_old_before_or_after_a_name() -> None:
    from synoptic.stages.conflicts import age_of

    raw = (
        "The 58-year-old Ilse Varrow took office; her rival, Tomas Brill, a 61-year-old "
        "lawyer, lost."
    )
    assert [(n, a) for n, a, _, _ in age_of(raw)] == [("Ilse Varrow", "58"), ("Tomas Brill", "61")]
    s, e = age_of(raw)[0][2:]
    assert raw[s:e] == "58"
    # a year-old thing, not a person: the caller keeps only the brief's people
    assert [n for n, *_ in age_of("The 30-year-old Harbour Bridge was closed.")] == [
        "Harbour Bridge"
    ]


@pytest.mark.slow
def test_an_n_year_old_and_a_comma_age_of_one_person_conflict(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "Orla Tennant, 51, was appointed head of the Kestrel shipping line on Monday. "
        "She replaces a founder who retired after two decades.",
        "Kestrel has named an insider as its new chief. "
        "The 55-year-old Tennant joined the shipping line as a clerk.",
    )
    ages = [c for c in _kind(brief, "number") if c.unit == "age"]
    assert [{s.value for s in c.sides} for c in ages] == [{"51", "55"}]


def test_antonyms_in_a_passive_are_said_of_its_subject() -> None:
    from synoptic.stages.conflicts import antonyms_on_one_thing

    a = "The bid to build a marina at Pellow Bay was rejected by the regional board on Friday."
    b = "Assessors approved the bid to build a marina on Friday afternoon."
    assert antonyms_on_one_thing(a, b, "antonym:approv/reject")
    # the subject of a passive is still not the other sentence's object when no word is shared
    c = "The harbour fee was rejected by the regional board on Friday."
    assert not antonyms_on_one_thing(c, b, "antonym:approv/reject")


@pytest.mark.slow
def test_a_place_the_entities_stage_knows_is_a_place_though_one_mention_is_tagged_otherwise(
    tmp_path: Path,
) -> None:
    brief = _real(
        tmp_path,
        "A tanker lorry overturned on Tuesday night, spilling diesel across the road. "
        "The crash happened near Hensley Cross, according to the highways agency. "
        "The road to Hensley Cross stays shut until Thursday.",
        "Diesel covered the carriageway on Wednesday morning after a tanker lorry overturned. "
        "The crash happened near Ardwick, the highways agency said. "
        "Crews from Ardwick spent the night clearing the spill.",
    )
    places = [c for c in _kind(brief, "fact") if c.topic.startswith("place")]
    assert [{s.value for s in c.sides} for c in places] == [{"Hensley Cross", "Ardwick"}]


@pytest.mark.slow
def test_a_toll_written_with_two_verbs_in_related_sentences_is_one_quantity(
    tmp_path: Path,
) -> None:
    brief = _real(
        tmp_path,
        "A boiler explosion at a bottling plant in the town of Orsk killed nine people "
        "on Saturday, regional officials said. The cause is being investigated.",
        "Eleven workers were rescued from the Orsk bottling plant. "
        "Officials said 13 people died in the explosion, which destroyed the boiler house.",
    )
    found = [c for c in _kind(brief, "number") if c.unit == "count"]
    assert [{s.value for s in c.sides} for c in found] == [{"nine", "13"}]


@pytest.mark.slow
def test_an_age_given_with_the_surname_alone_is_the_persons(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "Corwin Blakesly, 47, was named director of the Tavistock opera house on Friday. "
        "Blakesly previously ran a touring company.",
        "The opera house board appointed Corwin Blakesly, a former singer, as director. "
        "The 49-year-old Blakesly studied in Vienna.",
    )
    ages = [c for c in _kind(brief, "number") if c.unit == "age"]
    assert [{s.value for s in c.sides} for c in ages] == [{"47", "49"}]


@pytest.mark.slow
def test_two_sums_for_two_purposes_are_not_compared(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "The Fennick district has set aside €4 million for a new fire station. "
        "Building work should start in the spring.",
        "Skaters will get a new rink in Fennick. "
        "The district has set aside €7 million for the rink, which replaces an old hall.",
    )
    assert [c for c in _kind(brief, "number") if c.unit.startswith("money")] == []


@pytest.mark.slow
def test_two_sums_for_one_purpose_still_conflict(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "The Fennick district has set aside €4 million for the new fire station. "
        "Building work should start in the spring.",
        "Firefighters in Fennick will move next year. "
        "The district has set aside €7 million for a fire station on the ring road.",
    )
    found = [c for c in _kind(brief, "number") if c.unit.startswith("money")]
    assert [{s.value for s in c.sides} for c in found] == [{"€4 million", "€7 million"}]


@pytest.mark.slow
def test_two_years_for_one_founding_are_a_date_conflict(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "The bell foundry Marrick & Sons, which was founded in 1894, has closed its doors. "
        "Its last forty workers were told on Friday.",
        "Marrick & Sons is to close. The foundry was founded in 1849 by a blacksmith "
        "from the coast, and its bells hang in a hundred churches.",
    )
    found = _kind(brief, "date")
    assert [{s.value for s in c.sides} for c in found] == [{"1894", "1849"}]


def test_a_date_after_since_and_another_event_dates_that_event() -> None:
    from synoptic.stages.conflicts import since_reference

    raw = "It is the largest trial since the Corran dock riots in 1971."
    s = raw.index("1971")
    assert since_reference(raw, s, s + 4)
    # "since 1971" itself dates how long something has lasted: it is the sentence's own date
    raw = "The dock has been closed since 1971, the council said."
    s = raw.index("1971")
    assert not since_reference(raw, s, s + 4)


# The challenge set: 30 invented two-source clusters, 20 with one planted contradiction worded
# as different outlets word things, 10 with a trap and no contradiction (a figure and its
# update, a total and a part, two meetings, a planned and an actual date). Written before the
# rules that raised recall on it from 6 to 11 of 20 (docs/agreement.md); the floor keeps them.
# 11 -> 16 with the weekday, clock-time, prison-term, pounds and planning-noun rules, which were
# tuned on its misses (r04, r06, r09, r16, r18): for those kinds it is no longer out of sample
# (the FRESH clusters below were written before those rules).
CHALLENGE = Path(__file__).parent / "fixtures" / "conflict_challenge.json"
CHALLENGE_FOUND_FLOOR = 16


def _found(case: dict[str, Any], brief: Any) -> tuple[bool, int]:
    """Whether the planted contradiction is among the conflicts with its two values on two
    sides, and how many other conflicts there are (false alarms)."""
    def holds(value: str, side: str) -> bool:
        a, b = value.lower(), side.lower()
        return bool(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b)) or bool(
            re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a)
        )

    hit, wrong = False, 0
    for conflict in brief.conflicts:
        ok = False
        if case["contradiction"] and conflict.kind == case["kind"]:
            first, second = case["values"]
            with_first = {s.source for s in conflict.sides if holds(first, s.value)}
            with_second = {s.source for s in conflict.sides if holds(second, s.value)}
            ok = bool(with_first and with_second and with_first != with_second)
        hit = hit or ok
        wrong += not ok
    return hit, wrong


def test_challenge_set_recall_and_no_false_alarm(tmp_path: Path) -> None:
    cases = json.loads(CHALLENGE.read_text("utf-8"))
    found = alarms = 0
    for n, case in enumerate(cases):
        folder = tmp_path / f"c{n}"
        folder.mkdir()
        for i, src in enumerate(case["sources"]):
            (folder / f"s{i}.txt").write_text(
                f"outlet: {src['outlet']}\n\n{src['outlet']} report\n\n"
                f"Published: {src['published']}\n\n{src['text']}\n",
                "utf-8",
            )
        hit, wrong = _found(case, synoptic.build_brief([folder]))
        found += hit
        alarms += wrong
    assert sum(c["contradiction"] for c in cases) == 20
    assert found >= CHALLENGE_FOUND_FLOOR
    assert alarms == 0


def _dated(tmp_path: Path, *sources: tuple[str, str, str]) -> synoptic.Brief:
    """A brief (shipped models) of (outlet, published, text) sources, written as the challenge
    set writes them."""
    for i, (outlet, published, text) in enumerate(sources):
        (tmp_path / f"s{i}.txt").write_text(
            f"outlet: {outlet}\n\n{outlet} report\n\nPublished: {published}\n\n{text}\n", "utf-8"
        )
    return synoptic.build_brief([tmp_path])


def test_a_weekday_resolved_by_the_timeline_is_compared_with_a_date(tmp_path: Path) -> None:
    # "on Monday" in an article of Thursday 14 April 2022 is 11 April: the timeline stage
    # resolved it, and another source dates the same fire 12 April.
    brief = _dated(
        tmp_path,
        ("Pell Post", "Thursday 14 April 2022",
         "A fire broke out at the Orrin tannery in Pell on Monday, forcing the evacuation of "
         "40 workers. The owners said the damage was limited."),
        ("Vale Sentinel", "Friday 15 April 2022",
         "The fire at the Orrin tannery in Pell started on 12 April, and 40 workers were "
         "evacuated. The owners gave no estimate of the damage."),
    )  # fmt: skip
    dates = [c for c in brief.conflicts if c.kind == "date"]
    assert [sorted(s.value for s in c.sides) for c in dates] == [["12 April", "Monday"]]


def test_a_weekday_cited_mid_sentence_is_compared_with_a_date(tmp_path: Path) -> None:
    # The timeline cites the clause of "Monday's closure ..." that holds the weekday, not the
    # sentence's start; the weekday (11 April, in an article of Thursday 14 April 2022) is
    # still the sentence's, and another source dates the same closure 12 April.
    brief = _dated(
        tmp_path,
        ("Pell Post", "Thursday 14 April 2022",
         "The row between the owners and the union stems from Monday's closure of the Orrin "
         "tannery in Pell. The owners said the damage was limited."),
        ("Vale Sentinel", "Friday 15 April 2022",
         "The union called a strike over the closure of the Orrin tannery in Pell on 12 "
         "April. The owners gave no estimate of the lost wages."),
    )  # fmt: skip
    dates = [c for c in brief.conflicts if c.kind == "date"]
    assert [sorted(s.value for s in c.sides) for c in dates] == [["12 April", "Monday"]]


def test_a_weekday_that_resolves_to_the_other_date_agrees(tmp_path: Path) -> None:
    # Tuesday before Wednesday 8 September 2021 is 7 September; two meetings on two days are
    # two events.
    brief = _dated(
        tmp_path,
        ("Lisk Observer", "Wednesday 8 September 2021",
         "The Brantholm council voted on Tuesday to approve the Hollin Quay housing plan. "
         "The council will meet on Friday to discuss the town's parking rules."),
        ("Brant Echo", "Wednesday 8 September 2021",
         "The Brantholm council approved the Hollin Quay housing plan on 7 September. "
         "The harbour board will meet on 14 September to discuss the new moorings."),
    )  # fmt: skip
    assert [c for c in brief.conflicts if c.kind == "date"] == []


def test_two_times_of_day_for_one_event_are_a_conflict(tmp_path: Path) -> None:
    brief = _dated(
        tmp_path,
        ("Pell Post", "Thursday 14 April 2022",
         "Crews from Dorn arrived at the Orrin tannery at 9 a.m. and fought the blaze for six "
         "hours. Union leaders met the tannery's owners at 4 p.m. to discuss the damage."),
        ("Vale Sentinel", "Thursday 14 April 2022",
         "Crews from Dorn reached the Orrin tannery at 11:30 a.m., the county fire service said. "
         "A vigil for the injured was held at 8 p.m. outside the town hall."),
    )  # fmt: skip
    times = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "number"]
    assert times == [["11:30 a.m.", "9 a.m."]]


def test_a_figure_in_a_sentence_turning_to_another_place_is_not_compared(
    tmp_path: Path,
) -> None:
    # "Elsewhere in the region, ..." turns to another town's camp: its deadline is not the
    # first town's, though both are deadlines for protesters to leave a camp.
    texts = (
        ("Pell Post", "Thursday 14 April 2022",
         "Police in Orrin set a 4 a.m. deadline for the protesters to leave the camp on the "
         "river bank. The protesters left the camp before dawn."),
        ("Vale Sentinel", "Thursday 14 April 2022",
         "Police cleared the protest camp on the Orrin river bank overnight. Elsewhere in the "
         "region, a 7 p.m. deadline set by Dorn officials for protesters to leave a camp passed "
         "quietly."),
    )  # fmt: skip
    brief = _dated(tmp_path, *texts)
    assert [c for c in brief.conflicts if c.kind == "number"] == []
    # The same sentence without "Elsewhere in the region" is held against the first deadline.
    other = tmp_path / "plain"
    other.mkdir()
    plain = (
        texts[0],
        (texts[1][0], texts[1][1], texts[1][2].replace("Elsewhere in the region, a", "A")),
    )
    brief = _dated(other, *plain)
    times = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "number"]
    assert times == [["4 a.m.", "7 p.m."]]


def test_the_journey_and_the_visit_of_one_trip_are_not_two_dates_of_one_act(
    tmp_path: Path,
) -> None:
    # One flies out on one day and is on a visit the next: the two dates are two moments of one
    # trip. The same visit on two days is still a conflict.
    brief = _build_real_pair(
        tmp_path / "trip",
        "President Ilse Varga traveled to Oslo on Sept. 6 for talks on fishing rights with the "
        "Norwegian government.",
        "President Ilse Varga's visit to Oslo on Sept. 7 was meant to settle talks on fishing "
        "rights with the Norwegian government.",
    )
    assert [c for c in brief.conflicts if c.kind == "date"] == []
    brief = _build_real_pair(
        tmp_path / "visit",
        "President Ilse Varga's visit to Oslo on Sept. 6 was meant to settle talks on fishing "
        "rights with the Norwegian government.",
        "President Ilse Varga's visit to Oslo on Sept. 7 was meant to settle talks on fishing "
        "rights with the Norwegian government.",
    )
    dates = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "date"]
    assert dates == [["Sept. 6", "Sept. 7"]]


def _build_real_pair(folder: Path, *texts: str) -> synoptic.Brief:
    """A brief (shipped models) of undated one-sentence articles, in a folder of their own."""
    folder.mkdir()
    return _real(folder, *texts)


def test_two_price_tags_of_one_bill_are_not_compared(tmp_path: Path) -> None:
    # Outlets tag a bill with its new spending or its whole cost without saying which. A sum
    # given for the bill ("would cost $900 million") is still compared with another.
    brief = _build_real_pair(
        tmp_path / "tags",
        "Moderate lawmakers insisted that the $400 million harbour bill get a quick vote in the "
        "Brantholm assembly before the summer recess.",
        "Moderate lawmakers are eager to pass a $900 million harbour bill in the Brantholm "
        "assembly before the summer recess.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == []
    brief = _build_real_pair(
        tmp_path / "costs",
        "Moderate lawmakers said the harbour bill would cost $400 million, and they want a quick "
        "vote in the Brantholm assembly before the summer recess.",
        "Moderate lawmakers said the harbour bill would cost $900 million, and they want a quick "
        "vote in the Brantholm assembly before the summer recess.",
    )
    sums = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "number"]
    assert sums == [["$400 million", "$900 million"]]


def test_times_in_two_time_zones_are_not_compared(tmp_path: Path) -> None:
    brief = _dated(
        tmp_path,
        ("Pell Post", "Thursday 14 April 2022",
         "The Orrin space capsule splashed down off the coast at 3 p.m. ET on Thursday."),
        ("Vale Sentinel", "Thursday 14 April 2022",
         "The Orrin space capsule splashed down off the coast at 8 p.m. GMT on Thursday."),
    )  # fmt: skip
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def test_two_prison_terms_of_one_sentencing_are_a_conflict(tmp_path: Path) -> None:
    # Nothing but the term is shared around the figures; each source gives one term.
    brief = _dated(
        tmp_path,
        ("Assize Beat", "12 March 2019",
         "A former treasurer was sentenced to nine years in prison for draining a rowing "
         "club's accounts. The judge called the theft cynical."),
        ("Quayside Times", "12 March 2019",
         "Orla Fenwick, who kept the books of the Sallow rowing club, was jailed for seven "
         "years. She had spent the money on horses."),
    )  # fmt: skip
    terms = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "number"]
    assert terms == [["nine years", "seven years"]]


def test_prison_terms_of_two_defendants_are_not_compared(tmp_path: Path) -> None:
    brief = _dated(
        tmp_path,
        ("Assize Beat", "12 March 2019",
         "A former treasurer was sentenced to nine years in prison for draining a rowing "
         "club's accounts. Her partner was jailed for four years for helping her."),
        ("Quayside Times", "12 March 2019",
         "Orla Fenwick, who kept the books of the Sallow rowing club, was jailed for nine "
         "years. Her accomplice, Tam Rudd, received five years."),
    )  # fmt: skip
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def test_a_fine_in_pounds_is_money_not_a_weight(tmp_path: Path) -> None:
    brief = _dated(
        tmp_path,
        ("Shire Watch", "6 June 2017",
         "The Brindle Dairy company was fined 40,000 pounds on Tuesday for polluting the River "
         "Wenn. Magistrates heard that slurry had leaked for a week."),
        ("Wenn Valley News", "6 June 2017",
         "Magistrates handed Brindle Dairy a £25,000 fine over the slurry leak into the River "
         "Wenn. The firm said it had rebuilt its tanks."),
    )  # fmt: skip
    fines = [sorted(s.value for s in c.sides) for c in brief.conflicts if c.kind == "number"]
    assert fines == [["40,000 pounds", "£25,000"]]  # spaCy: QUANTITY


# A fresh check, written before the weekday, clock-time, prison-term and pounds rules: three
# invented clusters, each with planted contradictions (kind, value, other value) and two traps
# (two meetings on two days, two events at two hours; two defendants' terms, two companies'
# fines; a weekday that is the other source's date, two plans of one council). The code before
# those rules found 2 of the 6 with no false alarm; after, 4 (the fine of two differently
# worded sentences and the developer named two ways are still missed).
FRESH: list[dict[str, Any]] = [
    {"planted": [("date", "Monday", "12 April"), ("number", "9 a.m.", "11:30 a.m.")],
     "sources": [
        ("Dunmere Post", "Thursday 14 April 2022",
         "A fire broke out at the Kessling paper mill in Dunmere on Monday, forcing the "
         "evacuation of 60 workers. Firefighters arrived at the mill at 9 a.m. and fought the "
         "blaze for six hours. The town council will meet on Tuesday to discuss safety at the "
         "mill. Union leaders met the mill's managers at 4 p.m. on Wednesday."),
        ("Valley Herald", "Friday 15 April 2022",
         "The fire at the Kessling paper mill in Dunmere started on 12 April, and 60 workers "
         "were evacuated. Firefighters reached the mill at 11:30 a.m., according to the county "
         "fire service. The mill's owners will hold a meeting with their insurers on 20 April. "
         "A vigil for the injured was held at 8 p.m. outside the town hall.")]},
    {"planted": [("number", "nine years", "seven years"), ("number", "60,000 pounds", "£45,000")],
     "sources": [
        ("Carrow Gazette", "Saturday 3 June 2023",
         "Judge Amelia Thorne jailed the former haulage boss Dermot Pryce for nine years at "
         "Carrow Crown Court on Friday for a fuel fraud. His accountant, Lena Wick, was "
         "sentenced to three years. Pryce's firm, Tarn Freight, was fined 60,000 pounds for its "
         "part in the scheme. A second company, Olbrook Logistics, was fined £15,000 for poor "
         "record-keeping."),
        ("Northern Wire", "Saturday 3 June 2023",
         "Dermot Pryce received seven years in prison after a jury convicted him over the scam. "
         "Tarn Freight must pay a fine of £45,000, the court heard. Prosecutors said Lena Wick, "
         "who kept the books, would serve three years. Olbrook Logistics, which played no part "
         "in the fraud, was ordered to pay £15,000.")]},
    {"planted": [("fact", "approve", "rejected"), ("fact", "Corvane Homes", "Ashby Homes")],
     "sources": [
        ("Lisken Observer", "Wednesday 8 September 2021",
         "The Brantholm council voted 7-2 on Tuesday to approve the Hollin Quay housing plan. "
         "The scheme was drawn up by Corvane Homes, the developer founded by Petra Ashby. Work "
         "on the first 200 homes is due to begin in March. Earlier this year the council "
         "approved a new library for the town centre."),
        ("Brantholm Echo", "Wednesday 8 September 2021",
         "Councillors rejected the Hollin Quay housing plan on 7 September after a long debate. "
         "The developer, Ashby Homes, said it would appeal. Residents' groups had opposed the "
         "housing plan since the spring. Last year the council rejected a car park on the same "
         "waterfront.")]},
]  # fmt: skip
FRESH_FOUND_FLOOR = 4


def test_fresh_clusters_recall_and_no_false_alarm(tmp_path: Path) -> None:
    found = alarms = 0
    for n, case in enumerate(FRESH):
        folder = tmp_path / f"f{n}"
        folder.mkdir()
        brief = _dated(folder, *case["sources"])
        hits = set()
        for conflict in brief.conflicts:
            matched = [
                k
                for k, (kind, first, second) in enumerate(case["planted"])
                if conflict.kind == kind
                and _found(
                    {"contradiction": True, "kind": kind, "values": [first, second]},
                    SimpleNamespace(conflicts=[conflict]),
                )[0]
            ]
            hits.update(matched)
            alarms += not matched
        found += len(hits)
    assert found >= FRESH_FOUND_FLOOR
    assert alarms == 0



def test_two_weekdays_are_two_days_not_a_conflict(tmp_path: Path) -> None:
    # Day-by-day coverage: what one source saw on Tuesday and another on Wednesday are two
    # observations. A weekday is only held against a date written out.
    brief = _dated(
        tmp_path,
        ("Pell Post", "Wednesday 14 June 2023",
         "By noon on Tuesday, the harbour's own schedule listed 19 barges waiting in the "
         "Orrin channel, most of them grain barges from the upper river."),
        ("Vale Sentinel", "Thursday 15 June 2023",
         "More than a dozen barges were waiting in the Orrin channel on Wednesday, according "
         "to lock records, among them several grain barges from the upper river."),
    )  # fmt: skip
    assert [c for c in brief.conflicts if c.kind == "date"] == []


def test_a_planning_noun_before_a_past_verb_reports_a_vote() -> None:
    from synoptic.stages.conflicts import prospective

    raw = "The proposal drew 27 votes in favour, with several members abstaining."
    s = raw.index("27")
    assert not prospective(raw, s, s + 2)
    raw = "The plan was backed by 31 councillors after a long debate."
    s = raw.index("31")
    assert not prospective(raw, s, s + 2)
    # a plan that still looks ahead stays a plan
    raw = "The proposal would need 27 votes to pass."
    s = raw.index("27")
    assert prospective(raw, s, s + 2)
    raw = "Under the plan, 300 homes are to be built by the river."
    s = raw.index("300")
    assert prospective(raw, s, s + 3)


def test_a_penalty_faced_or_time_served_is_no_prison_term() -> None:
    from synoptic.stages.conflicts import prison_term

    def term(raw: str, figure: str) -> bool:
        s = raw.index(figure)
        return prison_term(raw, s, s + len(figure))

    assert term("Tarrow was sentenced to nine years in prison.", "nine years")
    assert term("Tarrow received seven years in prison for the fraud.", "seven years")
    # what a defendant risks, and years already spent behind bars, are no sentencing
    assert not term("He faces 14 years in prison on each count if convicted.", "14 years")
    assert not term("Vell spent 11 years in jail, much of it alone.", "11 years")
    assert not term("She could be jailed for up to ten years.", "ten years")


# Three kinds of false alarm read on the ECB+ sub-topics (real coverage of one event each):
# a page's time stamp left in the text, the start and the end of one season, and a figure's
# shared words naming several quantities (one recap gives two punch counts).


def test_a_page_stamp_in_the_text_dates_no_event() -> None:
    from synoptic.stages.conflicts import page_stamp

    for stamp in (
        "Published: Dec. 19, 2031 at 9:44 PM",
        "12:52 p.m. EDT May 2, 2031",
        "May 3rd, 2031 2:00pm EDT",
        "Last updated at 11:24, Tuesday, 18 June 2031",
        "PUBLISHED: 16:05 GMT, 9 June 2031 | UPDATED: 06:55 GMT, 10 June 2031",
    ):
        assert page_stamp(stamp), stamp
    for sentence in (
        "The summit was held on April 25, 2031.",
        "On 12 April, in Pell, the two leaders met.",
        "Updates on the talks were given on Monday, 3 May 2031.",
        "Lost it at 9 p.m. on May 3, 2031.",  # "lost", "it": words, not time zones
    ):
        assert not page_stamp(sentence), sentence


def test_the_start_and_the_end_of_one_thing_are_no_opposite_outcomes(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Election in Orsa\n\nVoters in Orsa began to cast their ballots at 8:00 am local time on "
        "Sunday in the country's fourth parliamentary election, said reports from Pell.",
        "Orsa votes\n\nThe fourth parliamentary election of Orsa ended Sunday evening as "
        "scheduled, said reports from Pell, the capital.",
    )
    assert [c for c in brief.conflicts if c.kind == "fact"] == []


def test_a_source_giving_two_values_of_the_quantity_takes_no_side(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Orr, who won the title fight on points, landed 178 punches to just 30 for Vell. In the "
        "tenth round Orr landed 28 of his 68 punches thrown.",
        "The final numbers showed Orr landing 178 of 369 punches thrown while Vell connected "
        "on just 30 of 207 punches thrown.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def _undated(tmp_path: Path, *texts: str) -> synoptic.Brief:
    for i, text in enumerate(texts):
        (tmp_path / f"s{i}.txt").write_text(f"{text}\n", "utf-8")
    return synoptic.build_brief([tmp_path])


def test_times_given_as_bounds_are_not_compared(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Fire in Pell\n\nThe fire at the Orrin tannery was extinguished by 7 a.m., after fire "
        "crews attacked it from all sides.",
        "Tannery fire\n\nThirty fire engines arrived to fight the fire at the Orrin tannery, and "
        "it was extinguished by 6:40 a.m.",
    )
    assert brief.conflicts == []


def test_a_part_added_to_a_total_is_not_the_total(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Star dies\n\nAda Page was married three times but had no children, her family said.",
        "Page dead at 85\n\nAda Page married two more times, yet both unions failed, her family "
        "said.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def test_two_outlets_conversions_of_one_sum_are_no_conflict(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Strike in Orsa\n\nThe strike was the first test of the government since agreeing a 110 "
        "billion euro ($143 billion) bailout at the weekend.",
        "Orsa strike\n\nThe strike was the first test of the government since agreeing a 110 "
        "billion euro ($158 billion) bailout over the weekend.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def test_a_figure_modifying_a_noun_is_compared_only_with_another_such() -> None:
    from synoptic.stages.conflicts import modifies

    def at(text: str, value: str) -> tuple[str, int, int]:
        return text, text.index(value), text.index(value) + len(value)

    assert modifies(*at("The Otters went on a 13-play, 73-yard drive that ended.", "73")) == "drive"
    assert modifies(*at("He got another three-year sentence.", "three-year")) == "sentence"
    assert modifies(*at("The Otters gave up 507 total yards.", "507")) is None
    assert modifies(*at("Sales rose from 5 to 10 units.", "5")) is None


def test_a_time_given_around_is_approximate_and_a_bound_is_no_time(tmp_path: Path) -> None:
    from synoptic.stages.conflicts import View, times_of_day

    brief = _undated(
        tmp_path,
        "Crash in Pell\n\nRaj Ortiz had parked her car around 7 p.m. Friday when a van hit her, "
        "and the road stayed closed until 9 p.m., police said.",
    )
    view = View.build(brief)
    found = [v for row in view.rows() for v in times_of_day(view, row)]
    assert [(v.text, v.approx) for v in found] == [("7 p.m.", True)]


def test_dates_of_two_different_acts_are_no_conflict(tmp_path: Path) -> None:
    # The fronted date shares the ship's name with the other sentence, but each dates another act.
    brief = _undated(
        tmp_path,
        "Navy strikes pirates\n\nOn November 19, the frigate Orsa sank a fishing trawler that was "
        "under the control of pirates, its third strike since it was deployed.",
        "Frigate in the gulf\n\nOn November 11, the frigate Orsa had repulsed two hijack "
        "attempts, one on a grain ship and the other on an oil carrier.",
    )
    assert [c for c in brief.conflicts if c.kind == "date"] == []


def test_stat_partner_reads_the_count_a_statistic_is_told_over() -> None:
    from synoptic.stages.conflicts import stat_partner

    def at(text: str, figure: str) -> str | None:
        s = text.index(figure)
        return stat_partner(text, s, s + len(figure))

    line = "Omar Daley had 31 carries for 142 yards against the Gulls."
    assert at(line, "142") == "31" and at(line, "31") == "142"
    assert at("He ran for 88 yards on nine carries.", "88") == "9"
    assert at("Vell hit 11 homers in 40 games with the Larks.", "11") == "40"
    assert at("He ran for 88 yards.", "88") is None
    assert at("Voters approved a 4 million bond in 2011.", "4") is None  # a year dates it


def test_statistics_told_over_different_counts_are_not_a_conflict(tmp_path: Path) -> None:
    # A game's line ("9 catches for 131 yards") and a season's ("61 catches for 870 yards")
    # are two statistics of one player, not two values of one quantity.
    brief = _real(
        tmp_path,
        "Harbor Gulls receiver Tomas Pelk had 9 catches for 131 yards in the win over the "
        "Kestrels on Sunday.",
        "Harbor Gulls receiver Tomas Pelk has 61 catches for 870 yards this season and caught "
        "the winning pass against the Kestrels.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_a_figure_someone_needed_is_a_target_not_what_happened(tmp_path: Path) -> None:
    # "needed 14 points to pass the record" is what the player had to score; "scored 31 points"
    # is what she scored: no contradiction.
    brief = _real(
        tmp_path,
        "Ravenholt guard Lina Osk needed 14 points against the Marsh Owls on Friday to pass "
        "Dee Marr for the school scoring record.",
        "Ravenholt guard Lina Osk scored 31 points against the Marsh Owls on Friday and passed "
        "Dee Marr for the school scoring record.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_a_running_total_is_not_contradicted_by_a_smaller_count(tmp_path: Path) -> None:
    # "so far ... 41 boats" and "has killed 30 people so far" are counts that grew; a smaller
    # count of one raid or an earlier report is part of them, not another value. A running total
    # smaller than the other count still conflicts.
    seized = _real(
        tmp_path,
        "So far the Talvik coast guard has seized 41 smuggling boats in the strait.",
        "The Talvik coast guard seized 12 smuggling boats in the strait, officials said.",
    )
    assert not [c for c in seized.conflicts if c.kind == "number"], seized.conflicts
    toll = _real(
        tmp_path,
        "The Mirrow dam collapse killed 12 people, officials said.",
        "The Mirrow dam collapse has killed 30 people so far, officials said.",
    )
    assert not [c for c in toll.conflicts if c.kind == "number"], toll.conflicts


def test_running_total_reads_so_far_totals_and_rising_counts() -> None:
    from synoptic.stages.conflicts import running_total

    def at(text: str, figure: str) -> bool:
        s = text.index(figure)
        return running_total(text, s, s + len(figure))

    assert at("So far, the navy has seized 41 boats.", "41")
    assert at("The navy has seized a total of 41 boats.", "41")
    assert at("The toll climbed to 30 on Friday.", "30")
    assert not at("He ran for a total of 226 yards, including an 86-yard run.", "86")
    assert not at("The navy seized 12 boats on Friday.", "12")
    assert not at("The price rose 30 percent.", "30")  # a rise by, not to


def test_a_short_aside_in_brackets_does_not_end_the_clause_of_a_figure() -> None:
    # "(R-Ky.)", "(D-N.Y.)": a party label in brackets sits inside the clause; the modal before
    # it still governs the figure after it (helper pass on AllSides 0-44).
    from synoptic.stages.conflicts import prospective

    raw = (
        "Members said they will accept an offer by Senator Ilse Varga (R-Tn.) to lift the "
        "toll cap for four months."
    )
    s = raw.index("four")
    assert prospective(raw, s, s + len("four months"))
    # a bracket holding the figure itself still starts its own clause
    raw = "The plan will cost 110 billion euros (143 billion dollars)."
    s = raw.index("143")
    assert not prospective(raw, s, s + 3)


def test_near_paraphrases_giving_two_durations_of_one_offer_conflict(tmp_path: Path) -> None:
    # Two outlets tell one offer in other words ("lift the toll cap" / "extending the road
    # levy cap") with another duration: one shared word outside the topic words is enough
    # when the sentences are near-paraphrases (helper pass on AllSides 0-44).
    brief = _undated(
        tmp_path,
        "Varga offer\n\nCouncillors on Tuesday signaled they will back a proposal by Mayor "
        "Ilse Varga (R-Tn.) to lift the toll cap for two months to avoid a transit crisis.\n\n"
        "The vote on the offer is due next week.",
        "Council deal\n\nCouncillors say they'll agree to a proposal by the mayor to end the toll "
        "dispute by extending the toll cap for only three months.\n\nThe mayor made the offer "
        "after a long night of talks.",
    )
    found = [c for c in brief.conflicts if c.kind == "number"]
    assert [sorted(s.value for s in c.sides) for c in found] == [
        ["only three months", "two months"]
    ]


def test_near_paraphrases_of_two_periods_or_two_sums_stay_apart(tmp_path: Path) -> None:
    # The near-paraphrase rule above needs the figures to hang on one word and to cover one
    # period: "last year" / "this year" are two harvests.
    from synoptic.stages.conflicts import _relative_periods

    assert _relative_periods("It harvested 3 tons this  Year, less than last year.") == {
        "this year",
        "last year",
    }
    brief = _undated(
        tmp_path,
        "Orsa grain\n\nOrsa needs at least 9 million tons of rye to feed its people, but managed "
        "last year to harvest just 5.6 million tons, the farm office said.",
        "Orsa short of rye\n\nOrsa is entering its third winter of rye shortages, having "
        "harvested only 6 million tons of rye this year, the farm office said.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == []


def test_a_claim_not_shown_is_a_rejected_view(tmp_path: Path) -> None:
    """'failed to show that X', 'claimed without evidence that X', 'falsely claimed X': the view
    is the clause after the cue, and two content words ('the vote was rigged') say enough."""
    from synoptic.stages._interpretation import rejections
    from synoptic.stages.conflicts import View

    brief = _build_texts(
        tmp_path,
        "The Carrow harbour inquiry failed to show that the vote was rigged. "
        "Councillor Oren Vash claimed, without evidence, that the ferry was sabotaged. "
        "Ivo Brandt falsely claimed the lighthouse keepers had been bribed by the board.",
        "It is not true that the ferry crossing was cancelled by Mayor Ilse Varga. "
        "The harbour clerk failed to show up for the Carrow hearing on Tuesday. "
        "The fear that the ferry fares will double is not unfounded.",
        "Not only did the harbour audit fail to show that the ferry was “sabotaged”...",
    )
    view = View.build(brief)
    found = {view.raw[r][:14]: [x.proposition for x in rejections(view, r)] for r in view.rows()}
    assert found["The Carrow har"] == ["the vote was rigged"]
    assert found["Councillor Ore"] == ["the ferry was sabotaged"]
    assert found["Ivo Brandt fal"] == ["the lighthouse keepers had been bribed by the board"]
    # "It is not true that X": X, not the sentence before.
    assert found["It is not true"] == ["the ferry crossing was cancelled by Mayor Ilse Varga"]
    assert found["The harbour cl"] == []  # "failed to show up" judges no view
    assert found["The fear that "] == []  # a negated cue rejects nothing
    assert found["Not only did t"] == ["the ferry was “sabotaged”"]  # the quotation closed


@pytest.mark.slow
def test_a_claim_of_evidence_against_its_not_being_shown(tmp_path: Path) -> None:
    """One source: the audit failed to show X; another quotes a speaker saying the same audit
    uncovered evidence of it. Both sides are cited."""
    brief = _real(
        tmp_path,
        "outlet: Carrow Ledger\n\nThe Carrow ferry sank in the harbour on Tuesday night.\n\n"
        'Mayor Ilse Varga said the harbour audit had "uncovered clear evidence of foul play" by '
        "the crew.\n\nNobody was hurt, the coast guard said.",
        "outlet: Tollmouth Post\n\nThe Carrow ferry went down on Tuesday night in the harbour.\n\n"
        "Not only did the harbour audit fail to show that the ferry was sabotaged...\n\n"
        "The coast guard reported no injuries.",
    )
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    roles = {side.role: side.text for side in interp.sides}
    assert "fail to show" in roles["rejects"]
    assert "evidence of foul play" in roles["asserts"]


@pytest.mark.slow
def test_a_short_view_not_shown_against_its_restatement(tmp_path: Path) -> None:
    brief = _real(
        tmp_path,
        "outlet: Carrow Ledger\n\nThe Carrow council vote was rigged, opposition leader Oren Vash "
        "told supporters at the harbour on Sunday.",
        "outlet: Tollmouth Post\n\nAn inquiry by the harbour board failed to show that the vote "
        "was rigged, its chair Petra Lind told reporters.",
    )
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    assert {side.role for side in interp.sides} == {"rejects", "asserts"}


def test_a_short_view_is_asserted_only_by_its_restatement(tmp_path: Path) -> None:
    """A two-word view ('I was jealous of Brandt') says too little to match by meaning: a reason
    that shares a name with it, however it stands out, does not assert it. The view ends where
    the speaker's quotation ends."""
    from synoptic.stages._interpretation import _asserts, rejections
    from synoptic.stages.conflicts import View

    reason = "Brandt had resigned from the harbour board because of allegations he lied."
    assert _asserts("I was jealous of Brandt", reason, 0.45, 2.5) == 0.0
    assert _asserts("I was jealous of Brandt", "Lind was jealous of Brandt.", 0.45, 2.5) == 1.0
    # A view of three content words still matches a reason by meaning.
    assert _asserts("Lind was jealous of Brandt", reason, 0.45, 2.5) == 0.45

    brief = _build_texts(
        tmp_path, '"It is not true that I was jealous of Brandt," Petra Lind wrote in Carrow.'
    )
    view = View.build(brief)
    [row] = [r for r in view.rows() if "jealous" in view.raw[r]]
    assert [x.proposition for x in rejections(view, row)] == ["I was jealous of Brandt"]


def test_a_reported_denial_is_a_rejected_view(tmp_path: Path) -> None:
    """'The ministry denied that X' rejects X (the clause after the cue); another source that
    states X is the other side. A denial with no clause after it, or a negated one, rejects
    nothing."""
    from synoptic.stages._interpretation import rejections
    from synoptic.stages.conflicts import View

    brief = _build_texts(
        tmp_path,
        "The Velmor dam failed because of poor maintenance by the water board, engineers said. "
        "The reservoir was drained on Friday.",
        "The Velmor water board denied that the dam failed because of poor maintenance. "
        "The board did not deny that the spillway had leaked for years. "
        "The court denied bail to the Velmor dam keeper.",
    )
    view = View.build(brief)
    found = {view.raw[r][:14]: [x.proposition for x in rejections(view, r)] for r in view.rows()}
    assert found["The Velmor wat"] == ["the dam failed because of poor maintenance"]
    assert found["The board did "] == []
    assert found["The court deni"] == []
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    roles = {side.role: side.text for side in interp.sides}
    assert "denied that" in roles["rejects"]
    assert roles["asserts"].startswith("The Velmor dam failed because")


def test_a_reported_denial_without_a_clause_rejects_nothing(tmp_path: Path) -> None:
    """'The keeper denied that he lied': a clause too short to be a view; the denial does not
    fall back on the sentence before it."""
    from synoptic.stages._interpretation import rejections
    from synoptic.stages.conflicts import View

    brief = _build_texts(
        tmp_path,
        "The Velmor dam keeper opened the sluice gates too early on Friday night. "
        "He has always denied that he lied to them about it.",
    )
    view = View.build(brief)
    [row] = [r for r in view.rows() if "denied" in view.raw[r]]
    assert rejections(view, row) == []


def test_a_denied_claim_restated_with_a_hyphenated_compound(tmp_path: Path) -> None:
    """'denied that the port funded “deep water” dredging' / 'said the port funded illegal
    deep-water dredging': a hyphenated compound and its spaced spelling are the same words, so
    the second sentence restates the denied view."""
    from synoptic.stages._interpretation import _asserts

    view = "the Velmor port authority funded “deep water” dredging"
    said = "Oren Vash said the port authority funded illegal deep-water dredging at Velmor harbour."
    assert _asserts(view, said, None, 0.0) >= 0.75
    brief = _build_texts(
        tmp_path,
        "In May, harbour master Ilse Varga denied that the Velmor port authority funded “deep "
        "water” dredging.",
        # the outlet's own statement: a named speaker saying it would make the row a dispute
        # between two reported people, which no outlet takes a side in (_both_reported)
        "Records show the port authority funded illegal deep-water dredging at Velmor harbour.",
    )
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    assert {side.role for side in interp.sides} == {"rejects", "asserts"}


def test_a_rumour_does_not_assert_the_view_it_reports() -> None:
    """'Brandt denied that he was the Lantern' / 'Brandt, long rumored to be the Lantern, died':
    a rumour or a possibility ('could have been') reports a view, it does not state it."""
    from synoptic.stages._interpretation import _asserts

    view = "he was the Lantern of Velmor"
    assert _asserts(view, "Ivo Brandt was the Lantern of Velmor, his sister said.", None, 0.0)
    for said in (
        "Ivo Brandt, who was long rumored to be the Lantern of Velmor, died on Sunday.",
        "A few Velmor historians have argued that Brandt could have been the Lantern.",
        "Brandt, suspected of being the Lantern of Velmor, died on Sunday.",
    ):
        assert _asserts(view, said, None, 0.0) == 0.0, said


# --- precision on one-event clusters (ECB+-like sports, crime and outage follow-ups) -------------


def test_figures_of_two_named_players_are_two_quantities(tmp_path: Path) -> None:
    # A sentence-initial surname the parser may not tag as a proper noun still names the
    # subject when the entities stage named it.
    brief = _undated(
        tmp_path,
        "Otters beat Pell\n\nOtters forward Ivo Fernbrough scored 20 points, said coach Dana "
        "Ilves. "
        "Fernbrough finished with 20 points and now has 2,302 for his career.",
        "Gulls win\n\nPell's Ilan Brody finished his team's victory with 25 points and 16 "
        "rebounds, both career highs.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == [], brief.conflicts


def test_a_number_written_apart_is_not_read_as_its_last_piece(tmp_path: Path) -> None:
    # "5. 4 per cent", "2, 117 points": a decimal or a thousands group split by a space (text
    # re-joined from tokens) is no figure "4 per cent" or "2 points".
    brief = _undated(
        tmp_path,
        "Unrest in Orsa\n\nMarkets met the unrest with alarm as Orsan shares plunged 5. 4 per "
        "cent.",
        "Orsa unrest\n\nBut markets met it with alarm as Orsan shares closed down 3. 9 percent.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == [], brief.conflicts


def test_a_part_of_a_count_is_not_compared_with_the_count(tmp_path: Path) -> None:
    # "28 of 41 passes": 41 is how many were thrown, not another count of completions.
    brief = _undated(
        tmp_path,
        "Otters win\n\nQuarterback Ivo Orr completed 28 passes for 329 yards in the win over "
        "the Gulls.",
        "Gulls fall\n\nQuarterback Ivo Orr completed 28 of 41 passes for 329 yards and a "
        "touchdown in the win over the Gulls.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == [], brief.conflicts


def test_a_contraction_written_apart_is_the_same_negation(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Audit in Pell\n\nMayor Ilse Varga didn ’ t return a call seeking further comment on "
        "the audit of the Pell water board.",
        "Pell audit\n\nMayor Ilse Varga didn't return a call seeking further comment on the "
        "audit of the Pell water board.",
    )
    assert [c for c in brief.conflicts if c.kind == "fact"] == [], brief.conflicts


def test_a_date_glossing_today_dates_the_report_not_an_event(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Cable fixed\n\nCable operator Orsacom announced today (4 November 2031) that repairs "
        "to the broken cable off Pell have been completed.",
        "Cable outage\n\nCable operator Orsacom said today (10 October 2031) that repairs to "
        "the broken cable off Pell would take around twelve days.",
    )
    assert [c for c in brief.conflicts if c.kind == "date"] == [], brief.conflicts


def test_a_web_address_takes_no_side(tmp_path: Path) -> None:
    brief = _undated(
        tmp_path,
        "Otters clinch\n\ncom / 2031 / 05 / 02 / otters - clinch - title - with - 20 - 13 - "
        "win - over - gulls /\n\nThe Otters beat the Gulls 20-13 in Pell.",
        "Gulls lose\n\nnet / 2031 / 05 / 02 / gulls - lose - 20 - 13 - to - the - otters /\n\n"
        "The Gulls lost to the Otters 20-13 in Pell.",
    )
    assert [c for c in brief.conflicts if c.kind == "fact"] == [], brief.conflicts


def test_a_view_that_is_only_a_name_rejects_nothing(tmp_path: Path) -> None:
    """'Brandt denied that he was Night Heron': the clause's content words are one name, which
    every sentence mentioning that name repeats; it is no view to match. A clause with a word
    besides the name ('he was paid by Night Heron') still is."""
    from synoptic.stages._interpretation import rejections
    from synoptic.stages.conflicts import View

    brief = _build_texts(
        tmp_path,
        "Ivo Brandt, the Velmor harbour clerk, denied that he was Night Heron. "
        "The Velmor harbour clerk Ivo Brandt denied that he was paid by Night Heron.",
    )
    view = View.build(brief)
    found = {view.raw[r][:14]: [x.proposition for x in rejections(view, r)] for r in view.rows()}
    assert found["Ivo Brandt, th"] == []
    assert found["The Velmor har"] == ["he was paid by Night Heron"]


def test_a_running_total_reaches_every_item_of_its_list(tmp_path: Path) -> None:
    # "a total of 14 rifles, 31 magazines and 923 rounds": the total holds each count listed.
    brief = _undated(
        tmp_path,
        "Pirates caught\n\nSix rifles, 12 magazines and 300 rounds of ammunition were seized from "
        "the pirate boats by the frigate Orsa.",
        "Frigate Orsa\n\nAn officer said the frigate Orsa has seized a total of 14 rifles, 31 "
        "magazines and 923 rounds of ammunition during the five operations it carried out.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == [], brief.conflicts


def test_a_figure_read_across_two_numerals_is_no_figure(tmp_path: Path) -> None:
    # "a port of 82,000 some 140 kilometers (87 miles) north": a reading that joins a
    # population to a distance ("82,000 some 140 kilometers" as 82,000 km) is no distance.
    brief = _undated(
        tmp_path,
        "Clinic in Tarvik\n\nDr. Ola Brek runs the Hesk clinic in Tarvik, a port of 82,000 some "
        "140 kilometers (87 miles) north of Varnby.",
        "Tarvik clinic\n\nDr. Ola Brek runs the Hesk clinic in Tarvik, a port of 82,000 people "
        "about 87 miles (140 kilometers) north of Varnby.",
    )
    assert [c for c in brief.conflicts if c.kind == "number"] == [], brief.conflicts


def test_a_time_before_another_event_is_no_delay() -> None:
    # "nine days before the regatta" is the gap between two events; "in 30 days" is how long
    # until the rule applies: two quantities, never compared.
    from synoptic.stages.conflicts import offset

    gap = "The quota rule takes effect nine days before the Pell regatta."
    delay = "The quota rules take effect in 30 days, the minister said."
    assert offset(gap, gap.index(" before")) == "before"
    assert offset(delay, delay.index(" days") + 5) is None
    later = "Crews left three hours later ."
    assert offset(later, later.index(" later")) == "later"


def test_a_date_ending_a_stretch_is_compared_only_with_another_end() -> None:
    # "at least until 1994, the trust hid its losses" ends a stretch; "not until 2009 ...
    # admitted" dates the admission.
    from synoptic.stages.conflicts import until_bound

    bound = "At least until 1994, the Varne trust had hidden its losses, the judge found."
    event = "It was not until 2009 that the Varne trust admitted hiding its losses."
    plain = "The Varne trust admitted hiding its losses in 2009."
    assert until_bound(bound, bound.index("1994"))
    assert not until_bound(event, event.index("2009"))
    assert not until_bound(plain, plain.index("2009"))


def test_a_part_of_a_series_is_not_the_series_count(tmp_path: Path) -> None:
    # "the first two films" picks the first films of a series; "four directors" counts the
    # series' directors, and "his first five points" is not his game's total.
    brief = _real(
        tmp_path,
        "Velmont Pictures entrusted the first two Corvan films to Ida Marsh before hiring a "
        "string of other filmmakers for the Corvan series.",
        "The Corvan series went through four directors, and Velmont Pictures has rarely "
        "rehired any of its Corvan directors.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts
    brief = _real(
        tmp_path,
        "With his first five points of the game, Dario Fennick passed Ole Brandt on the "
        "Herons' career scoring list.",
        "Dario Fennick had 12 points in the first eight minutes of the game and passed Ole "
        "Brandt on the Herons' career list.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_series_part_reads_the_word_before_the_figure() -> None:
    from synoptic.stages.conflicts import series_part

    line = "the first two films and the last 3 games of 12"
    assert series_part(line, line.index("two")) == "first"
    assert series_part(line, line.index("3")) == "last"
    assert series_part(line, line.index("12")) is None


def test_counts_of_two_groups_one_sentence_names_are_not_a_conflict(tmp_path: Path) -> None:
    # The second sentence names both the sailors it counts and the pirates: two groups, not
    # two counts of the pirates the first source gives.
    brief = _real(
        tmp_path,
        "The Norland navy has captured 23 Vessan pirates.",
        "Norland had taken a serious view of piracy incidents in the Gulf of Tarn following "
        "the abduction of the freighter Orla Star, which had 18 Norland sailors on board, by "
        "Vessan pirates on September 15, 2030.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_dates_of_two_named_things_of_one_kind_are_not_a_conflict(tmp_path: Path) -> None:
    # Two hurricanes destroyed the clinic years apart: each year dates its own hurricane.
    brief = _real(
        tmp_path,
        "When Hurricane Delphine destroyed the Marlow clinic in 1996, Dr. Ines Kettle made "
        "house calls to all her patients while it was rebuilt.",
        "Dr. Ines Kettle became known for rebuilding her Marlow clinic, destroyed in Hurricane "
        "Oswin in 2007.",
    )
    assert not [c for c in brief.conflicts if c.kind == "date"], brief.conflicts


def test_named_apart_needs_one_kind_and_two_names() -> None:
    from synoptic.stages.conflicts import named_apart

    assert named_apart("When Hurricane Delphine struck in 1996.", "Hurricane Oswin hit in 2007.")
    assert not named_apart("Hurricane Oswin struck in 1996.", "Hurricane Oswin hit in 2007.")
    assert not named_apart("The Corvan film opened in 1996.", "The Velmont film opened in 2007.")
    assert not named_apart("In March the dam broke.", "In June the dam broke.")


def test_both_groups_named_ignores_an_anaphoric_noun() -> None:
    # "injuring 162 others" counts people: a sentence with "60 people" does not make the
    # others a second group.
    from types import SimpleNamespace as NS

    from synoptic.stages.conflicts import _both_groups_named
    from synoptic.text import stem

    view = NS(stems=[{stem("people"), stem("kill")}, {stem("injur")}])
    a = NS(row=0, value=NS(noun="other"))
    b = NS(row=1, value=NS(noun="people"))
    assert not _both_groups_named(view, a, b)  # type: ignore[arg-type]
    a = NS(row=0, value=NS(noun="sailor"))
    b = NS(row=1, value=NS(noun="people"))
    assert _both_groups_named(view, a, b)  # type: ignore[arg-type]


def test_a_benchmark_figure_is_not_a_value(tmp_path: Path) -> None:
    # "better than eight years and $170 million" is what the offer beats, not its value.
    brief = _real(
        tmp_path,
        "The Harbor Gulls have offered first baseman Sam Dorrel eight years and $200 million, "
        "a radio host reported.",
        "There is at least one offer out there better than eight years and $170 million.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_benchmark_reads_a_comparison_in_the_clause() -> None:
    from synoptic.stages.conflicts import benchmark

    line = "an offer better than eight years and $170 million"
    assert benchmark(line, line.index("$170"))
    assert not benchmark("more than 60 people died", 10)  # a bound, kept
    line = "it did better than expected, and 60 people came"
    assert not benchmark(line, line.index("60"))


def test_counts_of_two_honours_are_not_a_conflict(tmp_path: Path) -> None:
    # A four-time all-star and a five-time All-Defensive Team honoree: two honours.
    brief = _real(
        tmp_path,
        "Pell, 48, a four-time league all-star while with the Gulls, was fired by the Kestrels "
        "in his fourth season.",
        "Pell is also a five-time league All-Defensive Team honoree.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_honour_reads_the_title_a_count_of_times_counts() -> None:
    from synoptic.stages.conflicts import _other_honours, honour

    def at(text: str, figure: str) -> frozenset[str] | None:
        return honour(text, text.index(figure) + len(figure))

    star = at("a four-time league all-star while with the Gulls", "four")
    team = at("a five - time league All - Defensive Team honoree.", "five")
    assert star and team and _other_honours(star, team)
    champ = at("a three-time champion, who", "three")
    olympic = at("a two-time Olympic champion.", "two")
    assert not _other_honours(champ, olympic)  # one title, once qualified
    assert at("four times the size", "four") is None


def test_antonyms_with_two_objects_are_not_an_opposite_outcome(tmp_path: Path) -> None:
    # "what won this game" and "lost a fumble": winning and losing two things.
    brief = _real(
        tmp_path,
        "Two interceptions and a careless fumble by Rafe Olsen were what won this game for the "
        "Gulls.",
        "The Kestrels drove deep in the second quarter, but the drive was halted when running "
        "back Rafe Olsen lost a fumble on the Gulls 16-yard line.",
    )
    assert not [c for c in brief.conflicts if c.kind == "fact"], brief.conflicts


def test_antonym_object_reads_the_word_after_determiners() -> None:
    from synoptic.stages.conflicts import antonym_object, antonyms_on_one_thing
    from synoptic.text import stem

    pair = {stem("won"), stem("lost")}
    assert antonym_object("what won this game for the Gulls", pair) == stem("game")
    assert antonym_object("Olsen lost a fumble", pair) == stem("fumble")
    assert antonym_object("the bid was lost by the council", pair) is None
    # One object both ways stays an opposite outcome.
    cue = f"antonym:{stem('won')}/{stem('lost')}"
    assert antonyms_on_one_thing(
        "Mayor Ada Frell won the runoff vote in Tarnby.",
        "Mayor Ada Frell lost the runoff vote in Tarnby.",
        cue,
    )


def test_statistics_over_two_stretches_are_not_a_conflict(tmp_path: Path) -> None:
    # A career's average and last season's total of one statistic: two stretches.
    brief = _real(
        tmp_path,
        "Marren signs with Gulls\n\nMarren, who turns 30 on May 2, has averaged more than 30 home "
        "runs and 100 RBIs in his six big-league seasons, while playing fine defense.",
        "Gulls land Marren\n\nMarren hit .301 with 31 homers and 117 RBIs last season, his best "
        "yet.",
    )
    assert not [c for c in brief.conflicts if c.kind == "number"], brief.conflicts


def test_stretches_reads_the_word_that_picks_a_stretch_out() -> None:
    from synoptic.stages.conflicts import stretches

    assert stretches("and 100 RBIs in his six big - league seasons, while") == {"season:6"}
    assert stretches("In 49 games with the Gulls he hit .341") == {"game:49"}
    assert stretches("117 RBIs last season") == {"season:last"}
    assert stretches("finished his third season with") == {"season:third"}
    assert stretches("now has 2,302 for his career") == {"career:this"}
    assert not stretches("25 points and 16 rebounds, both career highs")
    assert not stretches("a game-winning goal at the Olympic Games")


def test_dates_of_an_act_and_of_its_object_are_two_events(tmp_path: Path) -> None:
    # The day of a conviction and the day of the crime it was for.
    brief = _real(
        tmp_path,
        "Dario Fenn was convicted March 20 of first-degree murder for the killing of deputy Ilse "
        "Moor in Pellham.",
        "Dario Fenn was also convicted of the June 20, 2027 attempted murder of a man in Pellham, "
        "a shooting the jury found to be a gang crime.",
    )
    assert not [c for c in brief.conflicts if c.kind == "date"], brief.conflicts


def test_done_to_needs_the_act_before_the_thing() -> None:
    from synoptic.stages.conflicts import _done_to

    assert _done_to("Fenn was convicted of the June 20 murder", "convict", "murder")
    assert not _done_to("Voters in 2029 approved a bond", "approve", "voter")


def test_margin_reads_a_lead_not_a_score() -> None:
    from synoptic.stages.conflicts import margin

    def at(text: str, figure: str) -> bool:
        return margin(text, text.index(figure))

    assert at("the Gulls twice cut Pell ’ s lead to 3 points", "3")
    assert at("While he was in, the Otters' lead grew as great as 9 points", "9")
    assert not at("Ivo Marsh added 12 for the Gulls", "12")
    assert not at("the plan could lead to 3,000 job losses", "3,000")


@pytest.mark.slow
def test_two_weekdays_of_one_act_in_undated_articles_are_a_date_conflict(tmp_path: Path) -> None:
    """Undated articles (no publication date, so the timeline resolves no weekday) that give
    one act two weekdays: compared by name, only when the weekday hangs on the same word
    ("raided the port on Tuesday" / "raided the port early Wednesday") in close sentences."""

    def dates(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "date"]

    [found] = dates(
        "Coast guard units raided the smuggling port of Velmora on Tuesday, officials in Drenn "
        "said, after weeks of rising tension along the coast.",
        "Coast guard units raided the smuggling port of Velmora early Wednesday in an "
        "escalation of the long dispute with the Drenn cartels.",
    )
    assert {side.value for side in found.sides} == {"Tuesday", "Wednesday"}
    # Two acts on two days of day-by-day coverage: not one act's two dates.
    assert not dates(
        "Coast guard units raided the smuggling port of Velmora on Tuesday, officials in Drenn "
        "said, after weeks of rising tension along the coast.",
        "Coast guard units left the smuggling port of Velmora on Wednesday after weeks of "
        "rising tension along the coast, officials in Drenn said.",
    )
    # An activity that goes on for days: each day it went on is no second date of it.
    assert not dates(
        "Rescue teams were searching the flooded quarry of Velmora on Tuesday for the three "
        "missing miners from Drenn.",
        "Rescue teams were searching the flooded quarry of Velmora on Thursday for the three "
        "missing miners from Drenn.",
    )


@pytest.mark.slow
def test_a_fronted_bound_weekday_dates_its_main_clause(tmp_path: Path) -> None:
    """A weekday fronted as a bound ("By late Tuesday night, the channel had been closed") has
    no word before it to hang on: it dates its main clause's act, and as a bound it agrees with
    every earlier day and contradicts a later one ("closed the channel on Wednesday")."""

    def dates(a: str, b: str) -> list[Conflict]:
        return [c for c in _real(tmp_path, a, b).conflicts if c.kind == "date"]

    [found] = dates(
        "By late Tuesday night, the Velmora ferry channel had been closed to all traffic.",
        "The harbour board closed the Velmora ferry channel to all traffic on Wednesday after "
        "the storm damaged two piers.",
    )
    assert {side.value for side in found.sides} == {"Tuesday", "Wednesday"}
    # An earlier day is within the bound: closed on Monday is closed by Tuesday night.
    assert not dates(
        "By late Tuesday night, the Velmora ferry channel had been closed to all traffic.",
        "The harbour board closed the Velmora ferry channel to all traffic on Monday after "
        "the storm damaged two piers.",
    )


def _number_conflicts(tmp_path: Path, a: str, b: str) -> list[set[str]]:
    """The values of each number conflict a real brief of the two sentences finds."""
    found = _real(tmp_path, a, b).conflicts
    return [{s.value for s in c.sides} for c in found if c.kind == "number"]


@pytest.mark.slow
def test_an_amount_of_change_is_not_compared_with_a_level(tmp_path: Path) -> None:
    def number_conflicts(a: str, b: str) -> list[set[str]]:
        return _number_conflicts(tmp_path, a, b)

    ceiling = "The bill would raise the borrowing cap of Pellany {} the assembly said on Monday."
    # "by $480 billion" is the change, "to $2.9 trillion" the level it reaches: one bill
    assert not number_conflicts(
        ceiling.format("by $480 billion,"), ceiling.format("to $2.9 trillion,")
    )
    assert not number_conflicts(
        "Claims for jobless aid in Pellany fell 20,000 to 385,000 last week, the bureau said.",
        "Claims for jobless aid in Pellany fell to 385,000 last week, the bureau said on Monday.",
    )
    # the control: two changes of one cap
    assert number_conflicts(
        ceiling.format("by $480 billion,"), ceiling.format("by $300 billion,")
    ) == [{"$480 billion", "$300 billion"}]


@pytest.mark.slow
def test_a_figure_someone_asked_for_is_not_the_outcome(tmp_path: Path) -> None:
    def number_conflicts(a: str, b: str) -> list[set[str]]:
        return _number_conflicts(tmp_path, a, b)

    outcome = "The former mayor of Quillon was sentenced to six years in prison on Friday."
    assert not number_conflicts(
        "Prosecutors sought a sentence of 10 years for the former mayor of Quillon on Friday.",
        outcome,
    )
    # the control: two outcomes
    assert number_conflicts(
        "The former mayor of Quillon was sentenced to nine years in prison by the court on Friday.",
        outcome,
    ) == [{"nine years", "six years"}]
