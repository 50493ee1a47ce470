"""Stage 6, align (placeholder)."""

from __future__ import annotations

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="align", requires=("embeddings", "duplicates"), assigns=("claims",))
def align(brief: Brief, ctx: Context) -> Brief:
    return brief
