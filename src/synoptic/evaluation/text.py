"""Data-free sentence and word splitting, and word-budget truncation shared by every system.

sumy's default tokenizer needs NLTK's ``punkt`` data, which cannot be installed offline, so the
live peers (and the Lead baseline) split text with the regular expressions below. They are the
same for every peer; the project uses its own analysis backend (spaCy), as it does in production.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synoptic.text import ends_with_abbreviation

# A sentence ends at . ! or ? (plus closing quotes or brackets) when the next word starts with a
# capital, a digit or an opening quote. The abbreviations below do not end a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018`(\[]*[A-Z0-9])")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences. Every line is a paragraph, so a line break ends a sentence.

    (Hard-wrapped text must be unwrapped by its reader first, as the DUC reader does.)
    """
    out: list[str] = []
    for line in text.splitlines():
        flat = " ".join(line.split())
        out.extend(_split_paragraph(flat))
    return out


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of ``text``, whitespace-normalised (one paragraph a line)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _split_paragraph(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if ends_with_abbreviation(text[start : match.start()]) and match.group().startswith("."):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def split_words(sentence: str) -> list[str]:
    """The words of a sentence (letters, with inner apostrophes/hyphens, or numbers)."""
    return _WORD.findall(sentence)


class RegexTokenizer:
    """A tokenizer for sumy's parsers (``to_sentences`` and ``to_words``) that needs no data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(split_words(sentence))


def truncate_words(sentences: Sequence[str], words: int) -> list[str]:
    """Keep sentences in order until ``words`` whitespace-separated words; cut the last one.

    This is ROUGE's ``-l`` convention, applied the same way to every system's output.
    """
    out: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()
        if left <= 0:
            break
        if not tokens:
            continue
        out.append(" ".join(tokens[:left]))
        left -= len(tokens[:left])
    return out


def word_count(sentences: Sequence[str]) -> int:
    """Whitespace-separated words in ``sentences``."""
    return sum(len(s.split()) for s in sentences)
