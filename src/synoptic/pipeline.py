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

from collections.abc import Sequence

from synoptic._errors import PipelineError
from synoptic.model import Brief
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
            brief = st(brief, ctx)
        return brief
