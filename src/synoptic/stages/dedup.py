"""Stage 4, dedup (placeholder)."""

from __future__ import annotations

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="dedup", requires=("sentences",), assigns=("duplicates",))
def dedup(brief: Brief, ctx: Context) -> Brief:
    return brief
