"""ROUGE-1/2 with the ``rouge-score`` package, averaged over references; a greedy oracle.

Scores are percentages (x100). The scorer is ``RougeScorer(["rouge1", "rouge2"],
use_stemmer=True)`` (Porter stemming, stop words kept), the convention of the DUC 2004
literature; every system's output is truncated to the same word budget before scoring.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from synoptic.evaluation.text import truncate_words, word_count

Measure = Literal["recall", "f1"]
_FIELD = {"recall": "recall", "f1": "fmeasure"}


@dataclass(slots=True, frozen=True, kw_only=True)
class RougeScores:
    """ROUGE-1 and ROUGE-2 of one summary, as percentages."""

    rouge1: float
    rouge2: float


@lru_cache(maxsize=1)
def _scorer() -> Any:
    from rouge_score.rouge_scorer import RougeScorer

    return RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


def score(summary: str, references: Sequence[str], measure: Measure) -> RougeScores:
    """ROUGE-1/2 ``measure`` of ``summary``, the mean over ``references`` (x100).

    An empty summary scores 0. The summary is scored as given: truncate it first.
    """
    if not references:
        raise ValueError("at least one reference summary is needed")
    attr = _FIELD[measure]
    r1 = r2 = 0.0
    for ref in references:
        result = _scorer().score(ref, summary)
        r1 += getattr(result["rouge1"], attr)
        r2 += getattr(result["rouge2"], attr)
    n = len(references)
    return RougeScores(rouge1=100.0 * r1 / n, rouge2=100.0 * r2 / n)


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    # The scorer's own tokenizer (lower-case, alphanumerics, Porter stems), cached per sentence.
    return tuple(_scorer()._tokenizer.tokenize(text))


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _recall_sum(tokens: Sequence[str], refs: Sequence[tuple[Counter[Any], Counter[Any]]]) -> float:
    got1, got2 = _ngrams(tokens, 1), _ngrams(tokens, 2)
    total = 0.0
    for ref1, ref2 in refs:
        total += sum((got1 & ref1).values()) / max(1, sum(ref1.values()))
        total += sum((got2 & ref2).values()) / max(1, sum(ref2.values()))
    return total


def greedy_oracle(sentences: Sequence[str], references: Sequence[str], words: int) -> list[str]:
    """Greedy extractive oracle: add the sentence that most raises ROUGE-1 + ROUGE-2 recall.

    Stops when the budget is full or no sentence helps. An upper bound for extractive systems,
    not a system: it reads the references.
    """
    refs = [(_ngrams(t, 1), _ngrams(t, 2)) for t in map(_tokens, references)]
    candidates = {i: s for i, s in enumerate(sentences) if s.split()}
    chosen: list[str] = []
    best = 0.0
    while candidates and word_count(chosen) < words:
        # ``chosen`` is under budget, so only the candidate itself can be cut.
        base = [t for c in chosen for t in _tokens(c)]
        room = words - word_count(chosen)
        trials = {
            i: _recall_sum(base + list(_tokens(" ".join(s.split()[:room]))), refs)
            for i, s in candidates.items()
        }
        pick = max(trials, key=lambda i: (trials[i], -i))
        if trials[pick] <= best:
            break
        best = trials[pick]
        chosen.append(candidates.pop(pick))
    return truncate_words(chosen, words)
