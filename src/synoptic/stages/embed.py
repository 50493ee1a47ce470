"""Stage 5, embed: one L2-normalised vector per sentence from the configured embedder."""

from __future__ import annotations

import numpy as np

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="embed", requires=("sentences",), assigns=("embeddings",))
def embed(brief: Brief, ctx: Context) -> Brief:
    texts = [s.text for s in brief.sentences()]
    if texts:
        brief.embeddings = ctx.embedder.encode(texts).astype(np.float32, copy=False)
    else:
        brief.embeddings = np.zeros((0, ctx.embedder.dim), dtype=np.float32)
    return brief
