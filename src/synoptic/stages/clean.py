"""Stage 2, clean: drop site boilerplate and paragraphs repeated inside one article.

PLACEHOLDER (being replaced): keeps everything.
"""

from __future__ import annotations

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="clean", requires=("sources",), assigns=("paragraphs",))
def clean(brief: Brief, ctx: Context) -> Brief:
    return brief
