"""Numbers: money, counts, durations, percentages and measures, with a value and a unit.

spaCy's NER finds the spans (MONEY, PERCENT, QUANTITY, CARDINAL, and DATE/TIME spans that are
durations); it gives no value or unit, so this module reads them by hand:

1. value   digits ("2,400", "4.5"), scale words and suffixes ("14 million", "1.2bn"), and
           number words ("nineteen", "two hundred", "a dozen").
2. unit    "percent" for %, "per cent", "percent" (spaCy sometimes calls "9 per cent" MONEY);
           an ISO currency code from the symbol or word ($, €, £, "roubles"), looking just
           before the span too ("US$1.2bn"); "years"/"hours"/... for durations; the measure
           ("km") for quantities; for a count, the noun it counts, with people-nouns folded
           into "people" ("2,400 dockworkers" -> people).
Counts without a noun ("Article 2 of 5") and ordinals are skipped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from synoptic.backends.nlp import doc_text
from synoptic.facts import NumberMention
from synoptic.model import Brief, Source
from synoptic.stages._base import Context, stage
from synoptic.stages.entities import is_headline, paragraph_docs

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "half": 0.5,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12,
}  # fmt: skip
CURRENCY_SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₩": "KRW",
    "₹": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP", "sterling": "GBP",
    "gbp": "GBP", "ruble": "RUB", "rouble": "RUB", "rub": "RUB", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "won": "KRW", "rupee": "INR", "franc": "CHF",
}  # fmt: skip
DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade"}
MEASURES = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "m": "m", "metre": "m",
    "meter": "m", "kg": "kg", "kilogram": "kg", "tonne": "t", "ton": "t", "barrel": "barrels",
    "mw": "MW", "megawatt": "MW", "gw": "GW", "hectare": "ha", "acre": "acres",
}  # fmt: skip
# Nouns for people, folded into the unit "people" (hand list: spaCy has no semantic classes).
# fmt: off
PEOPLE = frozenset({
    "people", "person", "worker", "dockworker", "docker", "staff", "employee", "member",
    "resident", "protester", "demonstrator", "soldier", "troop", "civilian", "child", "adult",
    "student", "teacher", "officer", "official", "passenger", "patient", "voter", "migrant",
    "refugee", "victim", "inhabitant", "citizen", "doctor", "nurse", "journalist", "miner",
    "driver", "operator", "volunteer", "participant", "customer", "user", "fan", "casualty",
    "man", "woman"
})
# fmt: on
_DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(bn|mn|tn|m|k|b)?\b", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)
_POINTS = re.compile(r"percentage points?", re.I)


@stage(name="numbers", requires=("docs", "duplicates"), assigns=("numbers",))
def numbers(brief: Brief, ctx: Context) -> Brief:
    found = [n for src in brief.sources for n in _source_numbers(brief, src)]
    brief.numbers = _mark_copies(brief, found)
    return brief


def _mark_copies(brief: Brief, found: list[NumberMention]) -> list[NumberMention]:
    """Set ``copy_of`` on mentions whose sentence another source's sentence was copied into."""
    source_of = {s.id: s.source for s in brief.sentences()}
    sentences = {src.id: src.sentences for src in brief.sources}
    starts = {sid: [s.start for s in sents] for sid, sents in sentences.items()}
    out = []
    for n in found:
        sents = sentences[n.source]
        k = bisect.bisect_right(starts[n.source], n.start) - 1  # sentences are in text order
        sent = sents[k] if k >= 0 and n.end <= sents[k].end else None
        origin = source_of.get(sent.duplicate_of or "") if sent is not None else None
        out.append(replace(n, copy_of=origin) if origin and origin != n.source else n)
    return out


def _source_numbers(brief: Brief, src: Source) -> list[NumberMention]:
    out: list[NumberMention] = []
    for _, offset, doc in paragraph_docs(brief, src):
        if is_headline(doc):
            continue
        for ent in doc.ents:
            found = read_number(ent)
            if found is None:
                continue
            value, unit = found
            sent = ent.sent
            start = _with_symbol(ent, unit)
            out.append(
                NumberMention(
                    text=doc_text(doc)[start : ent.end_char],
                    value=value,
                    unit=unit,
                    context=" ".join(sent.text.split()),
                    source=src.id,
                    start=offset + start,
                    end=offset + ent.end_char,
                )
            )
    return out


def _with_symbol(ent: Any, unit: str) -> int:
    """Where the figure starts: spaCy leaves the currency symbol out of "$92" ("92")."""
    if ent.start > 0 and unit in CURRENCY_SYMBOLS.values():
        before = ent.doc[ent.start - 1]
        if before.text[-1:] in CURRENCY_SYMBOLS and before.idx + len(before) == ent.start_char:
            return int(before.idx)
    return int(ent.start_char)


def read_number(ent: Any) -> tuple[float, str] | None:
    """``(value, unit)`` for a spaCy entity span, or None when it is not an amount."""
    label = ent.label_
    if label not in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"):
        return None
    value = parse_value(ent.text)
    if value is None:
        return None
    after = doc_text(ent.doc)[ent.end_char : ent.end_char + 20]
    if _POINTS.search(ent.text) or _POINTS.search(after):
        return value, "percentage points"
    if _PERCENT.search(ent.text):
        return value, "percent"
    unit = _unit(ent, label)
    return (value, unit) if unit else None


def _unit(ent: Any, label: str) -> str | None:
    if label == "MONEY":
        return _currency(ent)
    if label in ("DATE", "TIME"):
        unit = ent.root.lemma_.lower()
        return f"{unit}s" if unit in DURATION_UNITS and ent.root.i == ent.end - 1 else None
    if label == "QUANTITY":
        last = str(ent[-1].lemma_).lower().rstrip(".")
        return MEASURES.get(last, last)
    return _counted(ent)


def _currency(ent: Any) -> str:
    before = doc_text(ent.doc)[max(0, ent.start_char - 3) : ent.start_char]
    for text in (ent.text, before):
        for sym, code in CURRENCY_SYMBOLS.items():
            if sym in text:
                return code
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    for tok in [*ent, *([after] if after is not None else [])]:
        word = CURRENCY_WORDS.get(str(tok.lemma_).lower()) or CURRENCY_WORDS.get(str(tok.lower_))
        if word:
            return word
    return "currency"


def _counted(ent: Any) -> str | None:
    root = ent.root
    if ent.start and ent.doc[ent.start - 1].lower_ in ("the", "these", "those", "its", "their"):
        return None  # "the two countries": a reference back, not a count
    head = root.head if root.dep_ in ("nummod", "quantmod") else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i < ent.start:
        return None
    lemma = str(head.lemma_).lower()
    if lemma in PEOPLE:
        return "people"
    if lemma in DURATION_UNITS:
        return f"{lemma}s"
    return MEASURES.get(lemma, lemma)


def parse_value(text: str) -> float | None:
    """The number in a span's text: "2,400", "€14 million", "1.2bn", "two hundred", "a dozen"."""
    words = text.lower().replace("-", " ").split()
    match = _DIGITS.search(text)
    if match:
        value = float(match.group(1).replace(",", ""))
        suffix = (match.group(2) or "").lower()
        if suffix:
            return value * SCALES[suffix]
        rest = text[match.end() :].lower().split()
        for word in rest[:2]:
            if word in SCALES and word not in ("m", "b", "k"):
                value *= SCALES[word]
        return value
    return _word_value(words)


def _word_value(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in WORDS and not (word in ("a", "an") and seen):
            current += WORDS[word]
            seen = True
        elif word in SCALES and word not in ("m", "b", "k", "mn", "bn", "tn"):
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1e3:
                total, current = total + current, 0.0
            seen = True
        elif word == "and" and seen:
            continue
    value = total + current
    return value if seen and value > 0 else None
