"""Stage: the final support rule on every claim, and a profile of each source.

1. **support**: ``consensus`` when at least three independent sources, and more than half of
   the cluster's independent sources, carry a claim; ``corroborated`` with two; otherwise
   ``single-source`` (:func:`synoptic.agreement.support_level`). Copied text never counts twice:
   a claim's independent sources come from align, which counts a copy's original source once.
2. **profiles**: per source, what it adds that no other source has (its single-source claims),
   how much of what it says others also say, whose text it copies, its conflicts, and its stance
   markers (hedges, certainty, rejections, contrasts, attributions, first person).

The profiles go on ``brief.profiles`` (see docs/agreement.md for the JSON).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from synoptic import agreement as ag
from synoptic.model import Brief, Citation, Claim, Source
from synoptic.stages._base import Context, stage
from synoptic.stages.summarize import reads_alone

# Unique claims listed under "adds" per source (the count is always complete).
MAX_ADDS = 5
# Claims shorter than this are not listed under "adds" (headings, datelines), unless they are
# full sentences of at least MIN_SENTENCE_WORDS words.
MIN_ADD_WORDS = 8
MIN_SENTENCE_WORDS = 5
# Stance markers listed per source (the counts are always complete).
MAX_MARKERS = 12

STANCE_LEXICONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rejection", ag.REJECTION_PHRASES),
    ("hedge", ag.HEDGES),
    ("certainty", ag.CERTAINTY),
    ("contrast", ag.CONTRASTS),
    ("attribution", ag.ATTRIBUTION),
    ("first_person", ag.FIRST_PERSON),
)


@dataclass(slots=True, kw_only=True, frozen=True)
class StanceMarker:
    """A stance cue in a source: ``source.original[start:end]`` is the sentence holding it."""

    kind: str
    cue: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "cue": self.cue,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True, kw_only=True)
class SourceProfile:
    """What one source brings to the brief."""

    source: str
    outlet: str | None
    claims: int
    unique_claims: list[str]
    shared_claims: list[str]
    shared: float
    adds: list[Claim]
    copies_from: list[str]
    conflicts: list[str]
    stance: dict[str, int]
    markers: list[StanceMarker] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "outlet": self.outlet,
            "claims": self.claims,
            "unique_claims": self.unique_claims,
            "shared_claims": self.shared_claims,
            "shared": self.shared,
            "adds": [_add(c, self.source) for c in self.adds],
            "copies_from": self.copies_from,
            "conflicts": self.conflicts,
            "stance": self.stance,
            "markers": [m.to_dict() for m in self.markers],
        }


def _add(claim: Claim, source: str) -> dict[str, Any]:
    cites: list[Citation] = [c for c in claim.citations if c.source == source]
    return {"claim": claim.id, "text": claim.text, "citations": [c.to_dict() for c in cites]}


@stage(name="profiles", requires=("claims", "conflicts"), assigns=("support", "profiles"))
def profiles(brief: Brief, ctx: Context) -> Brief:
    """Set each claim's final support label and profile every source."""
    apply_support(brief)
    found = build_profiles(brief)
    brief.profiles = found
    return brief


def independent_sources(brief: Brief) -> int:
    """Sources that say something of their own (not only copies of other sources' sentences)."""
    return sum(1 for src in brief.sources if any(s.duplicate_of is None for s in src.sentences))


def apply_support(brief: Brief) -> None:
    """The final support label of every claim (see the module docstring).

    A claim whose own sentences stand on different sides of a conflict (one source dates the
    meeting to the 3rd, the other to the 13th) is supported only by the largest side that agrees,
    plus the claim's sources that take no side.
    """
    total = independent_sources(brief)
    for claim in brief.claims:
        supporters = claim.independent_sources - _disputed(brief, claim)
        claim.support = ag.support_level(supporters, total)


def _disputed(brief: Brief, claim: Claim) -> int:
    """How many of the claim's sources a conflict inside the claim takes away from its support."""
    members = set(claim.sentences)
    worst = 0
    for conflict in brief.conflicts:
        groups: dict[str, set[str]] = {}
        for side in conflict.sides:
            if side.sentence in members and side.role != "correction":
                groups.setdefault(side.value.lower(), set()).add(side.source)
        if len(groups) >= 2:
            sides = set().union(*groups.values())
            worst = max(worst, len(sides) - max(len(g) for g in groups.values()))
    return worst


def build_profiles(brief: Brief) -> list[SourceProfile]:
    """One profile per source, in source order."""
    origin = {s.id: s.source for s in brief.sentences() if s.duplicate_of is None}
    voices = {c.id: {origin[sid] for sid in c.sentences if sid in origin} for c in brief.claims}
    return [_profile(brief, src, voices) for src in brief.sources]


def _profile(brief: Brief, src: Source, voices: dict[str, set[str]]) -> SourceProfile:
    own = [c for c in brief.claims if src.id in voices[c.id]]
    unique = [c for c in own if c.independent_sources <= 1]
    shared = [c for c in own if c.independent_sources >= 2]
    # Only what no other source prints, not even as a copy.
    alone = [c for c in unique if c.sources == [src.id]]
    adds = _readable_first([c for c in alone if _listable(c.text)])
    markers = stance_markers(src)
    counts = {kind: 0 for kind, _ in STANCE_LEXICONS}
    for m in markers:
        counts[m.kind] += 1
    return SourceProfile(
        source=src.id,
        outlet=src.outlet,
        claims=len(own),
        unique_claims=[c.id for c in unique],
        shared_claims=[c.id for c in shared],
        shared=round(len(shared) / len(own), 4) if own else 0.0,
        adds=adds,
        copies_from=_copies_from(brief, src),
        conflicts=[c.id for c in brief.conflicts if src.id in {s.source for s in c.sides}],
        stance=counts,
        markers=markers[:MAX_MARKERS],
    )


def _readable_first(claims: list[Claim]) -> list[Claim]:
    """The first :data:`MAX_ADDS` claims that read on their own (:func:`reads_alone`), in reading
    order; claims that lean on the sentence before ("It has restored ...", "However, as ...") or
    ask a question fill the list only when there are too few others."""
    alone = [c for c in claims if reads_alone(c.text)]
    leaning = [c for c in claims if not reads_alone(c.text)]
    keep = {id(c) for c in (alone + leaning)[:MAX_ADDS]}
    return [c for c in claims if id(c) in keep]


def _listable(text: str) -> bool:
    """Long enough to list: :data:`MIN_ADD_WORDS` words, or a short full sentence ("The summit
    has a symbolic meaning.") rather than a heading or a dateline."""
    n = len(text.split())
    return n >= MIN_ADD_WORDS or (n >= MIN_SENTENCE_WORDS and text.rstrip().endswith(_ENDS))


_ENDS = (".", "!", '."', ".”", "!”")


def _copies_from(brief: Brief, src: Source) -> list[str]:
    owner = {s.id: s.source for s in brief.sentences()}
    found = {owner.get(s.duplicate_of, "") for s in src.sentences if s.duplicate_of}
    found.discard(src.id)
    found.discard("")
    order = [s.id for s in brief.sources]
    return sorted(found, key=order.index)


def stance_markers(src: Source) -> list[StanceMarker]:
    """Stance cues in a source's own sentences, in text order (copied sentences left out)."""
    out: list[StanceMarker] = []
    for sent in src.sentences:
        if sent.duplicate_of is not None:
            continue
        for kind, lexicon in STANCE_LEXICONS:
            for cue in ag.find_phrases(sent.text, lexicon):
                out.append(
                    StanceMarker(
                        kind=kind, cue=cue, sentence=sent.id, start=sent.start, end=sent.end
                    )
                )
    return out
