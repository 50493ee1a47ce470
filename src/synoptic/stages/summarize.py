"""Stage 7, summarize (placeholder)."""

from __future__ import annotations

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="summarize", requires=("claims", "embeddings"), assigns=("summary",))
def summarize(brief: Brief, ctx: Context) -> Brief:
    return brief
