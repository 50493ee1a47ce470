"""Stage 5, embed: one L2-normalised vector per sentence from the configured embedder."""

from __future__ import annotations

import numpy as np

from synoptic.model import Brief
from synoptic.stages._base import Context, stage


@stage(name="embed", requires=("sentences",), assigns=("embeddings",))
def embed(brief: Brief, ctx: Context) -> Brief:
    texts = [s.text for s in brief.sentences()]
    if texts:
        # Each distinct text once: wire copies repeat sentences word for word (12 % of the
        # sentences of ten DUC 2004 clusters), and a sentence's vector depends on its text only.
        unique = list(dict.fromkeys(texts))
        row = {text: i for i, text in enumerate(unique)}
        vectors = ctx.embedder.encode(unique).astype(np.float32, copy=False)
        brief.embeddings = vectors[[row[t] for t in texts]]
    else:
        brief.embeddings = np.zeros((0, ctx.embedder.dim), dtype=np.float32)
    return brief
