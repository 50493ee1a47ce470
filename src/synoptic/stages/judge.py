"""Stage: the optional judge of conflicts (off unless ``[judge] url`` is set or a judge is given).

1. For each conflict the rules found, take its first two disagreeing sides (two ``states`` sides
   with different values, or the ``rejects`` and the ``asserts`` side of an interpretation).
2. Ask the judge (:mod:`synoptic.backends.judge`) about the two cited sentences, in a canonical
   order (by text), so neither the order of the files nor the source ids change the question.
3. Check the answer against the cited text: each side's quoted evidence must be found in its
   sentence (case, quotes and whitespace normalised); otherwise the answer is ``unverified`` and
   changes nothing, so a judge can never bring in words the sources do not hold.
4. A verified ``contradict`` confirms the conflict (its score rises to the judge's confidence); a
   verified ``compatible`` or ``unrelated`` dismisses it: it moves to
   ``brief.dismissed_conflicts``, where a reader still sees it with the judge's reasons.
   Verdicts below ``judge.min_confidence`` are recorded and change nothing.

A judge that fails never stops the brief: the conflict is kept as the rules found it, its record
says ``failed``, and one :class:`synoptic.model.Problem` (kind ``judge``) tells the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from synoptic._errors import BackendError
from synoptic.backends.judge import (
    Judge,
    JudgeUnavailable,
    OpenAIJudge,
    Verdict,
    judge_from_options,
    locate,
)
from synoptic.model import Brief, Problem
from synoptic.stages._base import Context, stage
from synoptic.stages.conflicts import Conflict, ConflictSide

Status = Literal["confirmed", "dismissed", "kept", "unverified", "failed"]


@dataclass(slots=True, kw_only=True, frozen=True)
class Evidence:
    """The words of one side the judge quoted, found in ``Source.original[start:end]``."""

    source: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True, kw_only=True)
class JudgeRecord:
    """What the judge said about a conflict and what it did (``status``)."""

    judge: str
    status: Status
    verdict: str | None = None
    confidence: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "judge": self.judge,
            "status": self.status,
            "verdict": self.verdict,
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "note": self.note,
        }


@dataclass(slots=True, kw_only=True)
class JudgedConflict(Conflict):
    """A conflict with the judge's record (serialised as ``"judge"``)."""

    judge: JudgeRecord

    def to_dict(self) -> dict[str, Any]:
        return {**Conflict.to_dict(self), "judge": self.judge.to_dict()}


@dataclass(slots=True, kw_only=True)
class Judged:
    """The outcome of judging a brief's conflicts."""

    kept: list[Conflict]
    dismissed: list[Conflict]
    # Conflicts with two disagreeing sides, and those the judge gave no usable answer for.
    judged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


@stage(name="judge", requires=("conflicts",), assigns=("judged_conflicts",))
def judge(brief: Brief, ctx: Context) -> Brief:
    """Let the configured judge confirm or dismiss the conflicts (no-op without a judge)."""
    url = ctx.options.judge_url
    if ctx.judge is None and (not url or not brief.conflicts):
        return brief
    try:
        judge_ = ctx.judge or judge_from_options(ctx.options)
    except BackendError as exc:
        brief.problems.append(_problem(url, f"{exc}; the conflicts are kept as the rules found"))
        return brief
    if judge_ is None or not brief.conflicts:
        return brief
    try:
        out = judge_conflicts(brief, judge_, min_confidence=ctx.options.judge_min_confidence)
    finally:
        if isinstance(judge_, OpenAIJudge) and ctx.judge is None:
            judge_.close()  # built here from the options: its connections end here too
    brief.conflicts = out.kept
    brief.dismissed_conflicts = out.dismissed
    if out.failed:
        brief.problems.append(
            _problem(
                url or judge_.name,
                f"the judge failed on {out.failed} of {out.judged} conflict(s) "
                f"({out.errors[0]}); those are kept as the rules found them",
            )
        )
    return brief


def _problem(path: str, message: str) -> Problem:
    return Problem(path=path or "judge", kind="judge", message=message)


def judge_conflicts(brief: Brief, judge: Judge, *, min_confidence: float = 0.6) -> Judged:
    """Ask ``judge`` about each conflict of ``brief``; split them into kept and dismissed."""
    out = Judged(kept=[], dismissed=[])
    down = ""
    for c in brief.conflicts:
        pair = disagreeing_pair(c)
        if pair is None:
            out.kept.append(c)
            continue
        out.judged += 1
        if down:
            record = JudgeRecord(judge=judge.name, status="failed", note=f"not asked: {down}")
        else:
            try:
                record = ask(brief, c, pair, judge, min_confidence)
            except BackendError as exc:
                out.errors.append(str(exc))
                if isinstance(exc, JudgeUnavailable):
                    down = "the judge could not be reached"
                record = JudgeRecord(judge=judge.name, status="failed", note=str(exc))
        out.failed += record.status == "failed"
        (out.dismissed if record.status == "dismissed" else out.kept).append(_with(c, record))
    return out


def disagreeing_pair(c: Conflict) -> tuple[ConflictSide, ConflictSide] | None:
    """The conflict's first two sides that disagree, or ``None`` if it has none."""
    if c.kind == "interpretation":
        rejects = next((s for s in c.sides if s.role == "rejects"), None)
        asserts = next((s for s in c.sides if s.role == "asserts"), None)
        return (rejects, asserts) if rejects and asserts else None
    states = [s for s in c.sides if s.role == "states"]
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            if a.value.lower() != b.value.lower() and a.source != b.source:
                return a, b
    return None


def ask(
    brief: Brief,
    c: Conflict,
    pair: tuple[ConflictSide, ConflictSide],
    judge: Judge,
    min_confidence: float,
) -> JudgeRecord:
    """Ask ``judge`` about the two sides and check its answer against their cited text.

    Raises:
        BackendError: the judge failed.
    """
    cited = {side: brief.source(side.source).original[side.start : side.end] for side in pair}
    flat = {side: " ".join(text.split()) for side, text in cited.items()}
    a, b = sorted(pair, key=lambda s: (flat[s], s.source, s.start))
    verdict = judge.judge(c.topic, flat[a], flat[b], c.kind)
    quotes = {a: verdict.evidence_a, b: verdict.evidence_b}
    found = [e for side in pair if (e := _evidence(side, cited[side], quotes[side])) is not None]
    record = JudgeRecord(
        judge=judge.name,
        status=_status(verdict, len(found) == 2, min_confidence),
        verdict=verdict.label,
        confidence=round(verdict.confidence, 4),
        evidence=found,
    )
    if record.status == "unverified":
        record.note = "the judge's quotes are not in the cited sentences; its verdict is ignored"
    elif record.status == "kept":
        record.note = f"confidence below {min_confidence}; the verdict changes nothing"
    return record


def _status(verdict: Verdict, verified: bool, min_confidence: float) -> Status:
    if not verified:
        return "unverified"
    if verdict.confidence < min_confidence:
        return "kept"
    return "confirmed" if verdict.label == "contradict" else "dismissed"


def _evidence(side: ConflictSide, cited: str, quote: str) -> Evidence | None:
    at = locate(quote, cited)
    if at is None:
        return None
    start, end = side.start + at[0], side.start + at[1]
    return Evidence(source=side.source, start=start, end=end, text=cited[at[0] : at[1]])


def _with(c: Conflict, record: JudgeRecord) -> JudgedConflict:
    score = c.score
    if record.status == "confirmed" and record.confidence is not None:
        score = max(score, record.confidence)
    return JudgedConflict(
        id=c.id,
        kind=c.kind,
        topic=c.topic,
        sides=list(c.sides),
        score=score,
        note=c.note,
        unit=c.unit,
        judge=record,
    )
