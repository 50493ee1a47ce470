"""Sentence embedders behind one small protocol, chosen by name from a registry.

- ``minilm-onnx`` (default): all-MiniLM-L6-v2 exported to ONNX and quantised to int8, run with
  onnxruntime and tokenizers; the files ship in the package (see ``docs/embedder.md``).
- ``hashing``: a deterministic bag-of-words hashing embedder with no model files: the test double,
  also usable where quality matters less than speed.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from synoptic._errors import BackendError


@runtime_checkable
class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors (one row per sentence, float32)."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder:
    """Deterministic hashed bag of lower-cased words and word bigrams.

    Written by hand (not sklearn's HashingVectorizer) to avoid a heavy dependency for a test
    double; blake2b keeps it independent of PYTHONHASHSEED.
    """

    name = "hashing"

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim

    def _index(self, token: str) -> int:
        digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "little") % self.dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = [w.lower() for w in _WORD.findall(text)]
            for tok in words + [f"{a} {b}" for a, b in itertools.pairwise(words)]:
                out[row, self._index(tok)] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: np.ndarray = out / norms
        return result


def _minilm_onnx() -> Embedder:
    # Imported lazily: onnxruntime is only loaded when the model is used.
    from synoptic.backends.onnx_minilm import OnnxMiniLM

    return OnnxMiniLM()


_REGISTRY: dict[str, Callable[[], Embedder]] = {
    "hashing": HashingEmbedder,
    "minilm-onnx": _minilm_onnx,
}
_CACHE: dict[str, Embedder] = {}


def register(name: str, factory: Callable[[], Embedder]) -> None:
    """Make an embedder available under ``name``."""
    _REGISTRY[name] = factory


def available() -> list[str]:
    return sorted(_REGISTRY)


def get_embedder(name: str) -> Embedder:
    """The embedder registered under ``name`` (loaded once per process)."""
    if name not in _REGISTRY:
        raise BackendError(f"unknown embedder {name!r}; choose one of: {', '.join(available())}")
    if name not in _CACHE:
        _CACHE[name] = _REGISTRY[name]()
    return _CACHE[name]
