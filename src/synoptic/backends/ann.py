"""Nearest-neighbour search over sentence vectors (usearch), so no stage compares all pairs.

Small sets are searched exactly (usearch's SIMD brute force, which is cheaper than building a
graph); larger ones go through an HNSW index built on one thread in a fixed order, which keeps
results repeatable.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import onnxruntime  # noqa: F401  # must load before usearch: the reverse order segfaults (ort>=1.23)
from usearch.index import Index

# Below this many vectors an exact scan is faster than building an HNSW graph.
EXACT_BELOW = 2048


class Neighbours(NamedTuple):
    """``indices[i]``: the rows nearest to row ``i`` (not itself); ``similarity``: their cosines."""

    indices: np.ndarray
    similarity: np.ndarray


def nearest(vectors: np.ndarray, k: int) -> Neighbours:
    """The ``k`` nearest rows of every row of ``vectors`` (L2-normalised), by cosine similarity."""
    n = len(vectors)
    k = min(k, n - 1)
    if k <= 0:
        empty = np.zeros((n, 0), dtype=np.int64)
        return Neighbours(empty, empty.astype(np.float32))
    index = Index(ndim=vectors.shape[1], metric="ip", dtype="f32")
    keys = np.arange(n, dtype=np.uint64)
    index.add(keys, vectors.astype(np.float32), threads=1)
    found = index.search(vectors.astype(np.float32), k + 1, threads=1, exact=n < EXACT_BELOW)
    keys_found = np.asarray(found.keys, dtype=np.int64)
    dist = np.asarray(found.distances, dtype=np.float32)
    indices = np.zeros((n, k), dtype=np.int64)
    sims = np.zeros((n, k), dtype=np.float32)
    for row in range(n):
        pairs = [
            (float(1.0 - d), int(j))
            for j, d in zip(keys_found[row], dist[row], strict=True)
            if j != row and j >= 0 and j < n
        ]
        pairs.sort(key=lambda p: (-p[0], p[1]))
        pairs = pairs[:k]
        for col, (sim, j) in enumerate(pairs):
            indices[row, col] = j
            sims[row, col] = sim
        for col in range(len(pairs), k):
            indices[row, col] = row
            sims[row, col] = -1.0
    return Neighbours(indices, sims)
