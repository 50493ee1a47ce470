"""Baselines run live beside the project: round-robin Lead, sumy's LexRank and TextRank.

Every peer has the signature of :data:`Summarizer`: ``(documents, words) -> sentences``, the
sentences cut to the word budget by :func:`synoptic.evaluation.text.truncate_words`.
Multi-document input is given to sumy as one plain text, one paragraph (input line) after the
other, separated by blank lines (sumy's paragraph separator). sumy's English stemmer (Snowball)
and stop-word list ship with the packages and need no NLTK data; the tokenizer is
:class:`RegexTokenizer`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from synoptic.evaluation.text import (
    RegexTokenizer,
    paragraphs,
    split_sentences,
    truncate_words,
    word_count,
)

Summarizer = Callable[[Sequence[str], int], list[str]]


def lead(documents: Sequence[str], words: int) -> list[str]:
    """Round-robin Lead: the 1st sentence of each document, then the 2nd of each, and so on."""
    per_doc = [split_sentences(doc) for doc in documents]
    picked: list[str] = []
    depth = 0
    while word_count(picked) < words and any(depth < len(s) for s in per_doc):
        picked.extend(s[depth] for s in per_doc if depth < len(s))
        depth += 1
    return truncate_words(picked, words)


def _sumy_ranked(algorithm: Any, documents: Sequence[str], words: int) -> list[str]:
    """Run a sumy summarizer; keep its best-rated sentences, best first, up to ``words``."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    # sumy joins the lines of a paragraph; a blank line between lines keeps them apart.
    text = "\n\n".join(p for doc in documents for p in paragraphs(doc))
    parser = PlaintextParser.from_string(text, RegexTokenizer())
    summarizer = algorithm(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    ranked: list[str] = []

    def take_budget(infos: Sequence[Any]) -> list[Any]:
        # sumy hands this "count" callable the sentences sorted by rating, best first.
        chosen = []
        for info in infos:
            if word_count(ranked) >= words:
                break
            chosen.append(info)
            ranked.append(str(info.sentence))
        return chosen

    summarizer(parser.document, take_budget)
    return truncate_words(ranked, words)


def lexrank(documents: Sequence[str], words: int) -> list[str]:
    """sumy's LexRank (threshold 0.1), English stemming and stop words."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy_ranked(LexRankSummarizer, documents, words)


def textrank(documents: Sequence[str], words: int) -> list[str]:
    """sumy's TextRank, English stemming and stop words."""
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy_ranked(TextRankSummarizer, documents, words)


PEERS: dict[str, Summarizer] = {
    "Lead": lead,
    "LexRank (sumy)": lexrank,
    "TextRank (sumy)": textrank,
}
