"""The stage order, in one place.

1. ingest      read files, decode, extract HTML, read metadata      (synoptic.ingest)
2. clean       drop site boilerplate and paragraphs repeated in one article
3. segment     sentences with offsets
4. dedup       exact and near-duplicate sentences within and across sources (MinHash LSH)
   facts       entities, quotes, numbers from the same parse; the timeline after align
5. embed       sentence vectors from the chosen embedder backend
6. align       group sentences of different sources into claims; count independent sources
   conflicts   dates, figures, facts and readings the sources disagree on
   judge       optional: an NLI/LLM judge confirms or dismisses each conflict (off by default)
   profiles    support per claim; what each source adds, shares, copies; its stance
7. summarize   pick cited sentences within the word budget
8. render      JSON, Markdown, HTML, terminal                         (synoptic.render)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from synoptic._errors import PipelineError
from synoptic.model import Brief, Problem
from synoptic.stages import (
    align,
    clean,
    conflicts,
    dedup,
    embed,
    entities,
    judge,
    numbers,
    profiles,
    quotes,
    segment,
    summarize,
    timeline,
)
from synoptic.stages._base import INGESTED, Context, Stage

log = logging.getLogger(__name__)

DEFAULT_STAGES: tuple[Stage, ...] = (
    clean.clean,
    segment.segment,
    dedup.dedup,
    entities.entities,
    quotes.quotes,
    numbers.numbers,
    embed.embed,
    align.align,
    timeline.timeline,
    conflicts.conflicts,
    judge.judge,
    profiles.profiles,
    summarize.summarize,
)


class Pipeline:
    """An ordered list of stages whose contracts were checked when it was built."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES) -> None:
        available = set(INGESTED)
        for st in stages:
            missing = [r for r in st.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {', '.join(missing)}, which no earlier stage "
                    f"assigns; put a stage that assigns it before {st.name!r}"
                )
            available.update(st.assigns)
        self.stages = tuple(stages)

    @property
    def names(self) -> list[str]:
        return [st.name for st in self.stages]

    def __call__(self, brief: Brief, ctx: Context) -> Brief:
        for st in self.stages:
            ctx.progress(st.name)
            if st.name not in FACT_STAGES or strict():
                brief = st(brief, ctx)
                continue
            try:
                brief = st(brief, ctx)
            except Exception as exc:  # a rule's bug on one odd sentence must not lose the brief
                brief = _without(brief, st, exc)
        return brief


# Stages that fill one section of the brief from the parse and that nothing else needs whole
# (the summary never reads them): when one of them fails on an input its rules never met, the
# brief goes on with that section empty and says so in ``problems`` (kind ``stage-failed``)
# rather than losing the whole brief. Every other stage's error propagates.
FACT_STAGES = frozenset({"entities", "quotes", "numbers", "timeline", "conflicts"})
STRICT_ENV = "SYNOPTIC_STRICT"


def strict() -> bool:
    """Whether a fact stage's error propagates (``SYNOPTIC_STRICT=1``; the test suite sets it,
    so that a rule's bug fails its tests instead of emptying a section)."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def _without(brief: Brief, st: Stage, exc: Exception) -> Brief:
    """``brief`` with the sections ``st`` fills emptied and the failure recorded."""
    log.warning("stage %s failed: %s: %s", st.name, type(exc).__name__, exc)
    for name in st.assigns:
        if isinstance(getattr(brief, name, None), list):
            setattr(brief, name, [])
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    brief.problems.append(
        Problem(
            path=f"stage:{st.name}",
            kind="stage-failed",
            message=(
                f"the {st.name} stage failed on this input ({detail}); the brief is complete "
                f"but for its {st.name}, which is left empty (please report this input)"
            ),
        )
    )
    return brief
