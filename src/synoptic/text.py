"""Small text helpers shared by the stages: word tokens, stems, shingles, stop words.

Stop words come from spaCy's English list (no model needed) and stems from the Snowball
(Porter 2) stemmer, so these helpers behave the same with every NLP backend.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_STEMMER = snowballstemmer.stemmer("english")
# Abbreviations whose full stop does not end a sentence ("Gov. Ruiz", "Jan. 6", "Roe v. Wade").
# A hand list: spaCy keeps its tokenizer exceptions inside the tokenizer, and the callers here
# (the evaluation's data-free splitter, ingest's line cues) must not load a pipeline.
_ABBREVIATIONS_TEXT = """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr
    inc corp co ltd bros vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd
    rev hon pres a.m p.m u.s u.n u.k e.g i.e"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner apostrophes kept)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def is_stop(word: str) -> bool:
    return word in STOP_WORDS or len(word) < 2


def content_stems(text: str) -> list[str]:
    """Stems of the non-stop words of ``text``, in order."""
    return [stem(w) for w in words(text) if not is_stop(w)]


def weekdays(text: str) -> frozenset[str]:
    """The weekday names in ``text``, lower-cased ("on Thursday" -> {"thursday"})."""
    return frozenset(m.group(0).lower() for m in WEEKDAY.finditer(text))


def shingles(tokens: list[str], n: int) -> set[str]:
    """Word n-grams of ``tokens`` (the whole token list when it is shorter than ``n``)."""
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def ends_with_abbreviation(before: str) -> bool:
    """Whether the token that ends ``before`` (the text up to a full stop) is an abbreviation
    of :data:`ABBREVIATIONS` or a single letter (an initial)."""
    # (rsplit, not a regex search for r"\S+$": that tries every start and is quadratic in a
    # long paragraph's prefix)
    if not before or before[-1].isspace():
        return False
    token = before.rsplit(None, 1)[-1].lstrip("\"'(`\u201c").lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
