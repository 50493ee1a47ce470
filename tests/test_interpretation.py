"""The interpretation detector (synoptic.stages._interpretation): views rejected as noun phrases
("false ballot fraud claims") or by a verb of refutation ("shattered the notion that X"), and
what asserts them. Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

# The articles are written and briefed as in the conflicts tests (one helper, not two copies).
from test_conflicts import _build_texts, _real


def _found(tmp_path: Path, *texts: str, parsed: bool = False) -> dict[str, list[str]]:
    from synoptic.stages._interpretation import rejections
    from synoptic.stages.conflicts import View

    view = View.build((_real if parsed else _build_texts)(tmp_path, *texts))
    return {view.raw[r][:14]: [x.proposition for x in rejections(view, r)] for r in view.rows()}


def test_a_claim_rejected_as_a_noun_phrase_is_a_view(tmp_path: Path) -> None:
    """'false ballot fraud claims', 'baseless claims of ballot tampering in X': the view is the
    noun phrase the claims are about; a name ('the False Claims Act') and a negated verdict are
    no view."""
    found = _found(
        tmp_path,
        "Councillor Oren Vash repeated his false ballot fraud claims at the Carrow harbour rally. "
        "The Tollmouth board answered baseless claims of ballot tampering in the ferry vote. "
        "Lawyers for the Carrow ferry line cited the False Claims Act in their suit. "
        "The claims of ballot tampering in Carrow are not baseless, the auditor wrote.",
    )
    assert found["Councillor Ore"] == ["ballot fraud"]
    assert found["The Tollmouth "] == ["ballot tampering"]
    assert found["Lawyers for th"] == []
    assert found["The claims of "] == []


def test_a_noun_phrase_view_is_asserted_only_by_a_claim_of_evidence() -> None:
    """What asserts 'ballot fraud': a sentence claiming evidence or a finding of it, unnegated;
    a sentence that only names the claims or finds no evidence does not."""
    from synoptic.stages._interpretation import _evidence_of

    view = "ballot fraud"
    assert _evidence_of(view, 'Vash said the recount "uncovered evidence of FRAUD" in Carrow.')
    assert _evidence_of(view, "The recount proved ballot fraud in two Carrow wards, Vash said.")
    assert not _evidence_of(view, "The recount found no evidence of fraud in Carrow.")
    assert not _evidence_of(view, "The recount did not uncover evidence of fraud in Carrow.")
    assert not _evidence_of(view, "Vash repeated his ballot fraud claims in Carrow on Sunday.")
    assert not _evidence_of(view, "The recount uncovered evidence of a printing error, not fraud.")


def test_a_view_a_verb_of_refutation_rejects(tmp_path: Path) -> None:
    """'shattered the notion that X', 'contradicted the mayor's claim last week that X': X is the
    rejected view; a negated verb, or a verb with no 'that' clause, rejects nothing."""
    found = _found(
        tmp_path,
        "The hearing shattered the notion that the harbour chief had acted outside the chain "
        "of command. The new ledgers contradicted Mayor Ilse Varga's claim last week that the "
        "ferry fares had fallen. The storm shattered the windows of the Carrow ferry office. "
        "The ledgers did not contradict the claim that the Tollmouth ferry lost money.",
    )
    assert found["The hearing sh"] == ["the harbour chief had acted outside the chain of command"]
    assert found["The new ledger"] == ["the ferry fares had fallen"]
    assert found["The storm shat"] == []
    assert found["The ledgers di"] == []


@pytest.mark.slow
def test_false_claims_of_a_thing_against_a_claim_of_its_evidence(tmp_path: Path) -> None:
    """One source calls the claims of ballot fraud false; another quotes a speaker saying the
    recount uncovered evidence of it: an interpretation conflict citing both."""
    brief = _real(
        tmp_path,
        "outlet: Carrow Ledger\n\nThe Carrow council recount ended on Friday.\n\n"
        'Councillor Oren Vash said the recount had "uncovered clear evidence of FRAUD" in '
        "the harbour wards.\n\nThe council will meet again in May.",
        "outlet: Tollmouth Post\n\nThe Carrow council recount ended on Friday.\n\n"
        "The recount gave no support to Councillor Oren Vash's false ballot fraud claims.\n\n"
        "The council meets again in May.",
    )
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    roles = {side.role: side.text for side in interp.sides}
    assert "false ballot fraud claims" in roles["rejects"]
    assert "evidence of FRAUD" in roles["asserts"]


def test_a_restatement_of_the_other_polarity_asserts_nothing() -> None:
    """'the vote was not rigged' repeats every word of the rejected view 'the vote was rigged'
    but agrees with its rejection; so does 'the advisers recommended a residual force' against
    the rejected 'the advisers didn't recommend a residual force'."""
    from synoptic.stages._interpretation import _asserts

    assert _asserts("the Carrow vote was rigged", "The Carrow vote was rigged, Vash said.", None, 0)
    assert not _asserts("the Carrow vote was rigged", "The Carrow vote was not rigged.", None, 0)
    view = "the harbour advisers didn't recommend keeping a residual ferry crew"
    assert not _asserts(
        view, "The harbour advisers recommended keeping a residual ferry crew.", None, 0
    )


def test_a_hyphenated_no_negates_nothing() -> None:
    """'a no-deal summit' names a summit: a view holding it is not negated."""
    from synoptic.stages._interpretation import _negated

    assert not _negated("Varga met Vash after a no-deal summit in Carrow")
    assert _negated("Varga did not meet Vash in Carrow")
    assert _negated("Varga didn’t meet Vash in Carrow")


@pytest.mark.slow
def test_a_claim_the_author_calls_a_lie_is_a_view(tmp_path: Path) -> None:
    """The author calls a claim a lie ("Vash's lie that X", "the party's lies claiming that
    X"): X is the rejected view; "a lie that he told" (a relative "that") and a negated "not a
    lie" reject nothing. The parse tells the two "that"s apart, so the shipped models build the
    brief."""
    found = _found(
        tmp_path,
        "Councillors rebuked Oren Vash's lie that the Carrow harbour vote was stolen. "
        "The Tollmouth board answered the party's lies claiming that the ferry levy doubled "
        "harbour rents. "
        "Vash called it a lie that the harbour clerks repeated at the Carrow rally. "
        "It was not a lie that the Carrow ferry fares had risen in March. "
        "Voters must reject the Tollmouth Project lies claiming that the Carrow ferry was "
        "built by convicts.",
        parsed=True,
    )
    assert found["Councillors re"] == ["the Carrow harbour vote was stolen"]
    assert found["The Tollmouth "] == ["the ferry levy doubled harbour rents"]
    assert found["Vash called it"] == []
    assert found["It was not a l"] == []
    assert found["Voters must re"] == ["the Carrow ferry was built by convicts"]


@pytest.mark.slow
def test_a_claim_called_a_lie_against_a_speaker_asserting_it(tmp_path: Path) -> None:
    """One source calls a claim a lie; another quotes a speaker making it: an interpretation
    conflict citing both, and the rejecting sentence is no assertion of the view."""
    brief = _real(
        tmp_path,
        "outlet: Carrow Ledger\n\nThe Carrow council recount ended on Friday.\n\n"
        "Councillor Oren Vash said the Carrow harbour vote was stolen by the ferry board.\n\n"
        "The council will meet again in May.",
        "outlet: Tollmouth Post\n\nThe Carrow council recount ended on Friday.\n\n"
        "The recount answered Councillor Oren Vash's lie that the Carrow harbour vote was "
        "stolen.\n\nThe council meets again in May.",
    )
    [interp] = [c for c in brief.conflicts if c.kind == "interpretation"]
    roles = {side.role: side.text for side in interp.sides}
    assert interp.topic == "the Carrow harbour vote was stolen"
    assert "lie that" in roles["rejects"]
    assert roles["asserts"].startswith("Councillor Oren Vash said")


def test_a_view_a_holder_argues_or_alleges_is_no_assertion() -> None:
    """'Vash has argued that X', 'insisted that X', 'said without evidence that X': the outlet
    reports a holder's view at a distance and states nothing; a plain 'Vash said X' is still a
    speaker asserting it."""
    from synoptic.stages._interpretation import _asserts

    view = "the Carrow harbour vote was rigged"
    assert _asserts(view, "Vash said the Carrow harbour vote was rigged.", None, 0)
    assert not _asserts(view, "Vash has argued that the Carrow harbour vote was rigged.", None, 0)
    assert not _asserts(view, "Vash insisted that the Carrow harbour vote was rigged.", None, 0)
    assert not _asserts(
        view, "Vash said without evidence that the Carrow harbour vote was rigged.", None, 0
    )


def test_a_reported_denial_against_a_reported_claim_is_no_conflict(tmp_path: Path) -> None:
    """One outlet reports an official denying X, the other a councillor saying X: a dispute
    between two people both outlets report, not a view one outlet rejects; the same denial
    against an outlet stating X itself is still a conflict."""
    from synoptic.stages._interpretation import interpretation_conflicts
    from synoptic.stages.conflicts import View

    denial = (
        "Harbour chief Ilse Varga denied that the Tollmouth ferry board raised the harbour "
        "fares in March."
    )
    said = "Councillor Oren Vash said the Tollmouth ferry board raised the harbour fares in March."
    stated = "The Tollmouth ferry board raised the harbour fares in March."
    for other, expected in ((said, 0), (stated, 1)):
        folder = tmp_path / f"c{expected}"
        folder.mkdir()
        view = View.build(_build_texts(folder, denial, other))
        found = list(interpretation_conflicts(view, None))
        assert len(found) == expected
