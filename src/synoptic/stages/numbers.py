"""Numbers: money, counts, durations, percentages and measures, with a value and a unit.

spaCy's NER finds the spans (MONEY, PERCENT, QUANTITY, CARDINAL, and DATE/TIME spans that are
durations); it gives no value or unit, so this module reads them by hand:

1. value   digits ("2,400", "4.5"), scale words and suffixes ("14 million", "1.2bn"), and
           number words ("nineteen", "two hundred", "a dozen").
2. unit    "percent" for %, "per cent", "percent" (spaCy sometimes calls "9 per cent" MONEY);
           an ISO currency code from the symbol or word ($, €, £, "roubles"), looking just
           before the span too ("US$1.2bn"); "years"/"hours"/... for durations; the measure
           ("km") for quantities; for a count, the noun it counts, with people-nouns and
           nationalities folded into "people" ("2,400 dockworkers", "27 Palestinians" -> people).
           A figure a plural subject changed to or from ("claims fell to 473,000") counts
           that subject.
A count in digits with no noun that is the subject or object of its clause ("some 3,000 were
evacuated") is kept with the unit "" (unknown); other counts without a noun ("Article 2 of 5")
and ordinals are skipped, and so are numbers that are
not amounts: years ("the 2016 cycle", "2,400 BC"), dates ("9/11-style"), times, ratios and
splits ("1:45", "55-to-45", "a 6-3 majority", "one in 10", a record "52-3"), a number on a
singular noun ("a 911 call"), a number one dials or an age one turns ("called 911", "turns
29"), labels ("No. 10", "#1") and averages (".358"), spans of time that name a measure ("the
five-year survival rate"), vague amounts ("a few days"; "a couple" is 2), and numbers that
belong to a name ("13 Rochester ...", "50 U.S.C."). A figure's text leaves out the determiners
that open spaCy's span ("the other 9 minutes" -> "9 minutes"). Also no amounts: 24-hour clock
times ("at 1400 hours"), "at one point", "one in every 500", "a 4x4", and a kind of day or year
("a short week", "on a day when"). A height in feet and inches ("5-foot-8") is one length in ft.
"per cent" after a span that left it out makes a percentage ("Sixty-five" + "per cent"); a range
whose low end the span left out keeps it ("72 to" + "120 hours"); "from X to Y" is a range only
after "range"/"vary" (else a change); a duration in two units is one ("1hr 4 mins"); "1/2 liter"
is 0.5; degrees on the Richter scale are a magnitude; map coordinates ("45 degrees north"), sizes
("8-by-12 feet"), chants in capitals ("ONE MORE YEAR"), "911 calls", "one thing" and "one person
said" (a source) are no amounts; a count with no noun takes the noun of an earlier count only in
a clause joined to it ("nine rebounds, scoring 14" does not).
Also: a range of percentages keeps its high end ("80% to 85%", "50%-52%"); people a figure is
"according to" are its sources; "one such X", "One problem is that ...", "one day" meaning some
day, a number word in a capitalized title ("the film Two Quiet Rivers"), "an average gallon"
and "half its fuel" (a share) are no amounts; "one vaccine dose" counts doses; "8.5 cents" is
0.085 of the currency; "a 10-pound note" is money; a change "from $X to $Y" gives both sums;
"N others" takes no noun (other than people) from a count in another role.
Nor are these amounts: "one" in a hyphenated compound naming a kind ("a one-page order",
"one-way mirrors"), "one" and a singular noun after "in"/"on"/"at" ("in one corner", "on one
side", "in one swift blow"), an ordinal time ("for a second day"), the base of a ratio told with
"of" ("four of ten voters"), and a date spaCy joined to a duration across a colon ("Oct. 10: Just
days"); "one full percentage point" is in percentage points.
After a verb of change, "X to Y" with Y five times X or more is a change by X (a count of unknown
unit) to Y, not a range ("claims dropped 18,000 to 367,000"); "a quarter" before a scale is a
quarter of it ("a quarter-trillion dollars"); a span spaCy called money that names no currency
and counts a plural noun counts that noun ("1 billion vaccine doses"); a figure's text does not
end on a joining word ("63 percent to" of "63 percent to 33 percent"); "according to two
sources" names sources; "two long-range ones" has no known unit.
"multi-billion" has no number; "one reason", "one big advantage" make a point, not a count; a
noun in "-ist" ("100 activists") counts people; a count the parser hung on an auxiliary ("and
31 were missing") stands in a clause joined to the earlier count's; "500 million more doses"
counts doses; "two or three days", "40 or 50 protesters" are ranges.
A count hung on a noun that a number of its own follows after a preposition names no noun
("a drop of 320,000 over three years"); money with no currency after a count of a noun counts
that noun ("25 million visitors, while ... attracts 20 million"); "for every 30,000 citizens"
is a rate's base; a span of time under "aged"/"age" is an age; "a three-to-five year bet" is a
range; a figure glued to a brace or backslash (old wire copy's lost fractions: "4{ minutes")
and a bare figure with a fraction ("jumped 4 3/8") are no amounts.
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
from synoptic.stages.quotes import SPEECH_VERBS

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
    # Short forms of million in casual and wire copy ("$100 mil", "5 mln").
    "mil": 1e6, "mln": 1e6,
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
    # Wire style ("dlrs 30 billion"), and the plural of Brazil's real: the singular is too
    # ambiguous ("a real risk").
    "dlr": "USD", "dlrs": "USD", "reals": "BRL", "reais": "BRL",
}  # fmt: skip
# Codes written before a figure ("US$ 5", "USD 30 billion", "dlrs 30 billion").
CURRENCY_CODES = {
    "us$": "USD", "usd": "USD", "eur": "EUR", "gbp": "GBP", "dlrs": "USD", "dlr": "USD",
}  # fmt: skip
DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade"}
MEASURES = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "m": "m", "metre": "m",
    "meter": "m", "kg": "kg", "kilogram": "kg", "tonne": "t", "ton": "t", "barrel": "barrels",
    "mw": "MW", "megawatt": "MW", "gw": "GW", "hectare": "ha", "acre": "acres",
    # Imperial weights and lengths, as US copy gives them ("the 44,000-pound module"): only
    # spans spaCy calls QUANTITY read these, so "pound" the currency stays money.
    "pound": "lb", "lb": "lb", "lbs": "lb", "ounce": "oz", "foot": "ft", "feet": "ft", "ft": "ft",
    "inch": "in", "yard": "yd", "gallon": "gal", "litre": "l", "liter": "l",
    # Small metric lengths, spelled out or not, are one unit ("11 centimeters" is "11 cm").
    "cm": "cm", "centimetre": "cm", "centimeter": "cm", "mm": "mm", "millimetre": "mm",
    "millimeter": "mm",
}  # fmt: skip
# Nouns for people, folded into the unit "people" (hand list: spaCy has no semantic classes).
# Not "operator": mobile, tour and network operators are companies.
# fmt: off
PEOPLE = frozenset({
    "people", "person", "worker", "dockworker", "docker", "staff", "employee", "member",
    "resident", "protester", "demonstrator", "soldier", "troop", "civilian", "child", "adult",
    "student", "teacher", "officer", "official", "passenger", "patient", "voter", "migrant",
    "refugee", "victim", "inhabitant", "citizen", "doctor", "nurse", "journalist", "miner",
    "driver", "volunteer", "participant", "customer", "user", "fan", "casualty",
    "man", "woman", "prisoner", "detainee", "inmate", "hostage", "captive", "supporter",
    "delegate", "foreigner", "immigrant", "gunman", "kidnapper", "suspect", "murderer",
    "policeman", "policewoman", "toddler", "girl", "boy", "parent", "borrower", "tenant",
    "investor", "shareholder", "senator", "lawmaker", "legislator", "colleague", "pilgrim",
    "militant", "fighter", "rebel", "settler", "survivor", "evacuee", "applicant", "recruit",
    "infant", "baby", "teenager", "pupil", "athlete", "player", "tourist", "visitor", "guest",
    "spectator", "mourner", "homeowner", "individual", "crew", "female", "male",
})
# fmt: on
_DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(bn|mn|tn|m|k|b)?\b", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)
_POINTS = re.compile(r"percentage points?", re.I)
# "percentage point" after one word that the 20 characters read after a span may cut ("by one
# full percentage point").
_POINTS_AFTER = re.compile(r"\s+[a-z]+\s+percentage points?\b", re.I)
# "per cent", "percent" or "%" right after a span that left it out ("Sixty-five" + " per cent").
_PERCENT_AFTER = re.compile(r"\s*(?:per\s*cent\b|percent\b)|%", re.I)
# "2 1/2", "2-1/2", and wire style "2 1-2": a whole number and a fraction.
_FRACTION = re.compile(r"\b(\d+)(?:\s+|-(?=\d/))(\d)[-/](\d{1,2})\b")
_UNICODE_FRACTIONS = {"½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3"}
# A brace or backslash on a figure is no part of English prose: old wire copy writes a lost
# fraction so ("gained 2}", "4{ minutes", "to 89\."), and the figure's value is unsure.
_GARBLED = re.compile(r"[{}\\]")
# The replacement character, or its UTF-8 bytes read as Latin-1 ("ï¿½"): a character lost in a
# bad conversion (a chart's labels pasted as text); "½" inside "ï¿½" is no half, and the value
# of a figure glued to it is unsure.
_LOST_CHAR = re.compile("\ufffd|\u00ef\u00bf\u00bd")
# Not an amount: a time or a ratio ("1:45", "2.35:1"), a score or vote split ("55-to-45").
_CLOCK = re.compile(r"\d:\d")
_SPLIT_AFTER = re.compile(r":\d|\s*-?\s*to-\d", re.I)
# A count glued to a second number ("a 6-3 majority", "won 4-1"): a vote split or a score.
_SPLIT_DASH = re.compile(r"[-–]\d")
# Digits with a slash ("9/11", "4/20"): a date, or a fraction parse_value would misread.
_SLASHED = re.compile(r"\d+/\d+(?:/\d+)?")
# Nouns that a span of time names a measure of ("the five-year survival rate", "a four-week
# moving average", "a 40-year low"): the span is part of the measure's name, not an amount.
_MEASURE_NAMES = frozenset({"rate", "average", "high", "low", "yield", "mortgage", "bond", "odds"})
# Verbs of a level's change: "claims fell to 473,000" counts claims (the timeline reads them
# too: "from" a date on them is where the change counts from).
CHANGE_VERBS = frozenset({
    "fall", "rise", "drop", "climb", "increase", "decrease", "decline", "jump", "grow",
    "shrink", "surge", "soar", "plunge", "slip", "dip", "tumble", "swell", "edge", "sink",
    "slide",
})  # fmt: skip
# Eras after a year: "2,400 BC" is a date, not a count of BCs.
_ERAS = frozenset({"bc", "bce", "ad", "ce", "b.c.", "a.d."})
# Quantifiers that leave a scale word without a number: "several billion", "many thousand",
# "multi-billion dollar contracts" (also glued: "multimillion").
_VAGUE = frozenset({"several", "few", "many", "some", "multiple", "numerous", "tens", "multi"})
# Scale suffixes spaCy splits off a figure and leaves out of the span ("$20m" -> "$20", "m").
_GLUED_SCALES = frozenset({"m", "mn", "bn", "b", "tn", "k"})
# Words a sum of money may hold besides its number, scale and currency ("about $5 million");
# anything else ("50 U.S.C.") means spaCy took a citation or a name for money.
_MONEY_WORDS = frozenset({
    "about", "around", "nearly", "almost", "roughly", "some", "over", "under", "more", "than",
    "less", "up", "to", "just", "only", "at", "least", "most", "approximately", "estimated",
    "between", "and", "or", "a", "an", "the", "another", "of", "cents", "cent", "us", "u.s.",
})  # fmt: skip


# A range inside one figure's span: "between 40 and 60", "three to five", "two or three days",
# "$1 million to $2 million", "40-60", "80% to 85%", "50%-52%" (the low end may close on its
# "%"). The separator must stand between two numbers (not "6-3": a split is refused before, by
# read_number).
_RANGE = re.compile(
    r"^(?P<low>.*?\w%?)\s*(?:\bto\b|\band\b|\bor\b|[-\u2013\u2014])\s*"
    r"(?P<high>[$\u20ac\u00a3]?\s*\w.*)$",
    re.I,
)


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
        ents = list(doc.ents)
        high_end = False  # this entity is the high end of a range told with the one before
        taken = 0  # where the last duration in two units ended
        for k, ent in enumerate(ents):
            if high_end:
                high_end = False
                continue
            if ent.start_char < taken:
                continue  # "8 minutes" of "2 hours, 8 minutes", read with the hours
            ent = _count_before_size(ent)  # "five 40-foot containers": five containers
            if (two := _two_unit_duration(ent)) is not None:
                value, unit, start, taken = two
                out.append(_mention(src, doc, offset, ent, start, taken, value, None, unit))
                continue
            joined = _range_low(ent, ents[k + 1]) if k + 1 < len(ents) else None
            last = ent if joined is None else ents[k + 1]
            high_end = joined is not None
            found = read_number(last)
            if found is None and joined is not None:
                found = _or_high(ent, ents[k + 1])  # "3 or 4 engineers": the unit is the 3's
            if found is None:
                continue
            value, unit = found
            sent = ent.sent
            start = _with_negation(ent, _past_determiners(ent, _with_symbol(ent, unit)))
            end = _span_end(last, unit)
            span = read_range(ent) if joined is None else (joined, value)
            if span is None and joined is None and (tail := _range_tail(ent, unit)) is not None:
                span, end = tail[0], tail[1]
                high_end = k + 1 < len(ents) and ents[k + 1].start_char < end
            if span is None and joined is None and (head := _range_head(ent, value)) is not None:
                span, start = (head[0], value), head[1]
                while out and out[-1].source == src.id and out[-1].end > offset + start:
                    out.pop()  # the low end read alone before
            if span is not None:
                value = span[0]
            high = span[1] if span is not None else None
            if span is None and joined is None and (sums := _change_in_span(ent, unit, start, end)):
                for val, a, b in sums:  # "from $3 billion to $5 billion": two sums, not one
                    out.append(_mention(src, doc, offset, sent, a, b, val, None, unit))
                continue
            out.append(_mention(src, doc, offset, sent, start, end, value, high, unit))
            if span is None and (to := _change_to(ent, unit, end, ents[k + 1 :])) is not None:
                out.append(_mention(src, doc, offset, sent, to[1], to[2], to[0], None, unit))
    return out


def _hyphened_size(toks: Any) -> bool:
    """Whether ``toks`` are a hyphened size and nothing else: "20-foot", "twenty-foot",
    "12-ounce" (a number, a hyphen, a unit word)."""
    return (
        len(toks) == 3
        and toks[0].like_num
        and toks[1].text in ("-", "\u2013")
        and toks[2].lemma_.lower() in MEASURES
        and not toks[1].whitespace_
    )


def _size_of_counted(ent: Any) -> bool:
    """A hyphened size right after a count ("1.9 million twenty-foot equivalent units", "three
    20-foot beams"): the size says what kind of thing is counted; the count is the figure."""
    if ent.label_ != "QUANTITY" or not _hyphened_size(ent) or not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    return bool(before.like_num and before.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY"))


def _count_before_size(ent: Any) -> Any:
    """ "five 40-foot containers", which spaCy reads as one QUANTITY: the figure is the count
    (five containers), not the containers' size; the count alone, as a CARDINAL span."""
    if ent.label_ != "QUANTITY" or len(ent) != 4 or not ent[0].like_num:
        return ent
    if not _hyphened_size(ent[1:]):
        return ent
    count = ent[0]
    return ent.doc.char_span(count.idx, count.idx + len(count.text), label="CARDINAL")


def _change_in_span(
    ent: Any, unit: str, start: int, end: int
) -> list[tuple[float, int, int]] | None:
    """The two sums, ``(value, start, end)`` each, of a change "from $3 billion to $5 billion"
    that spaCy read as one span (:func:`read_range` refuses it as a range), else None. The
    scale of the second scales a first written without one ("from $3 to $5 billion")."""
    k = ent.start - 1
    if k >= 0 and ent.doc[k].text in CURRENCY_SYMBOLS:
        k -= 1  # "from" + "$" + "3 billion to $5 billion"
    if not _is_money(unit) or k < 0 or ent.doc[k].lower_ != "from" or _ranges(ent.doc[k]):
        return None  # not "ranged from $2 to $5": a range, read as one
    text = doc_text(ent.doc)[start:end]
    match = _RANGE.match(text)
    if match is None or not re.search(r"\bto\b", text[match.end("low") : match.start("high")]):
        return None
    low, high = parse_value(match["low"]), parse_value(match["high"])
    if low is None or high is None:
        return None
    if _scale_of(match["high"]) > 1 and _scale_of(match["low"]) == 1:
        low *= _scale_of(match["high"])
    return [(low, start, start + match.end("low")), (high, start + match.start("high"), end)]


# The new level of a sum changed "from $X": " to $150,000", " to €2.5 million".
_TO_SUM = re.compile(
    r"\s+to\s+(?P<fig>(?P<sym>[$\u20ac\u00a3])\s*\d[\d,]*(?:\.\d+)?"
    r"(?:\s*(?:million|billion|trillion|bn|mn|m|k)\b)?)"
)


def _change_to(ent: Any, unit: str, end: int, later: list[Any]) -> tuple[float, int, int] | None:
    """``(value, start, end)`` of the second sum of a change "from $100,000 to $150,000" that
    spaCy left out of its entities (it reads only the first), else None. The second sum must
    be in the same currency."""
    k = ent.start - 1
    if k >= 0 and ent.doc[k].text in CURRENCY_SYMBOLS:
        k -= 1  # "from $100,000": spaCy leaves the symbol out of the span
    if not _is_money(unit) or k < 0 or ent.doc[k].lower_ != "from":
        return None
    match = _TO_SUM.match(doc_text(ent.doc), end)
    if match is None or CURRENCY_SYMBOLS[match["sym"]] != unit:
        return None
    if any(e.start_char < match.end() for e in later):
        return None  # spaCy read it: it comes as an entity of its own
    value = parse_value(match["fig"])
    return None if value is None else (value, match.start("fig"), match.end())


def _mention(
    src: Source,
    doc: Any,
    offset: int,
    span: Any,
    start: int,
    end: int,
    value: float,
    high: float | None,
    unit: str,
) -> NumberMention:
    return NumberMention(
        text=doc_text(doc)[start:end],
        value=value,
        value_high=high,
        unit=unit,
        context=" ".join(span.sent.text.split()),
        source=src.id,
        start=offset + start,
        end=offset + end,
    )


# A duration told in two units, the second the next smaller: "1hr 4 mins", "2 hours, 8
# minutes", "12 minutes, 31 seconds". spaCy reads it as one span with a number in the middle,
# or as two durations; it is one, in the larger unit.
_TWO_UNITS = re.compile(
    r"(?P<a>\d+)\s*(?P<ua>hours?|hrs?|minutes?|mins?)\b\s*,?\s*(?:and\s+)?"
    r"(?P<b>\d{1,2})\s*(?P<ub>minutes?|mins?|seconds?|secs?)\b",
    re.I,
)


def _two_unit_duration(ent: Any) -> tuple[float, str, int, int] | None:
    """``(value, unit, start, end)`` of a duration in two units that overlaps the span, else
    None."""
    if ent.label_ not in ("DATE", "TIME", "QUANTITY", "CARDINAL"):
        return None
    text = doc_text(ent.doc)
    for tok in ent.doc[max(0, ent.start - 2) : ent.end]:
        match = _TWO_UNITS.match(text, tok.idx)
        if match is None or match.end() <= ent.start_char:
            continue
        big = "hours" if match["ua"].lower().startswith("h") else "minutes"
        small = "seconds" if match["ub"].lower().startswith("s") else "minutes"
        if big == small or int(match["b"]) >= 60:
            return None  # "5 minutes, 10 minutes": a list
        return int(match["a"]) + int(match["b"]) / 60, big, match.start(), match.end()
    return None


_RANGE_WORDS = frozenset({"to", "-", "\u2013"})


def _range_head(ent: Any, high: float) -> tuple[float, int] | None:
    """``(low, start)`` of a range whose low end the span left out ("72 to" + "120 hours"),
    else None. Not after "from" ("rose from 72 to 120": a change) or a second number ("a 3-2
    win to 5") or a date ("for 2017 to $12.4 million"); the low end must be lower."""
    doc, k = ent.doc, ent.start
    if k >= 4 and ent.label_ != "CARDINAL" and _hyphened_to(doc, k):
        k -= 2  # "a three-to-five year bet": read as "three to" + "five year"
    if k < 2 or doc[k - 1].lower_ not in _RANGE_WORDS or not doc[k - 2].like_num:
        return None
    if k >= 3 and doc[k - 3].lower_ == "from" and _ranges(doc[k - 3]):
        pass  # "ranged from 2,000 to 5,000"
    elif k >= 3 and (doc[k - 3].lower_ in ("from", "between") or doc[k - 3].like_num):
        return None
    if "/" in doc[k - 2].text or ":" in doc[k - 2].text:
        return None
    if doc[k - 2].ent_type_ == "DATE" and _A_YEAR.fullmatch(doc[k - 2].text):
        return None  # "his pay for 2017 to $12.4 million": the year the sum is for, no range
    low = parse_value(doc[k - 2].text)
    if low is None or not 0 < low < high or (k >= 3 and _change_by(doc[k - 3], low, high)):
        return None  # "dropped 20,000 to" + "385,000": a change, not a range
    return low, int(doc[k - 2].idx)


# A year written alone, as a date spaCy tagged ("for 2017").
_A_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _hyphened_to(doc: Any, k: int) -> bool:
    """Whether "N-to-" stands right before token ``k`` ("a three-to-five year bet"). Only before
    a span that names its unit: "a 55-to-45 vote" is a split (refused by read_number)."""
    return bool(doc[k - 1].text == "-" and doc[k - 2].lower_ == "to" and doc[k - 3].text == "-")


def _with_symbol(ent: Any, unit: str) -> int:
    """Where the figure starts: spaCy leaves the currency symbol out of "$92" ("92"), and the
    wire's currency code out of "dlrs 30 billion"."""
    if ent.start > 0 and _is_money(unit) and unit != "currency":
        before = ent.doc[ent.start - 1]
        if before.text[-1:] in CURRENCY_SYMBOLS and before.idx + len(before) == ent.start_char:
            return int(before.idx)
        if before.lower_ in CURRENCY_CODES and CURRENCY_CODES[before.lower_] == unit:
            return int(before.idx)
    return int(ent.start_char)


# Words spaCy takes into a figure's span that are not the figure: "the other 9 minutes",
# "another 40 minutes", "these 12 years". "a"/"an" stay: "a dozen", "a million" read them.
_DETERMINERS = frozenset({"the", "other", "another", "this", "that", "these", "those"})


def _past_determiners(ent: Any, start: int) -> int:
    """Where the figure starts once the determiners that open its span are left out ("the
    other 9 minutes" -> "9 minutes"), when a number or a currency symbol follows them;
    ``start`` otherwise."""
    if start != ent.start_char:
        return start  # a currency symbol before the span opens the figure
    k = 0
    while k < len(ent) - 1 and ent[k].lower_ in _DETERMINERS:
        k += 1
    figure = ent[k].like_num or ent[k].text[:1] in CURRENCY_SYMBOLS
    return int(ent[k].idx) if figure else start  # "the last three days" stays whole


# Comparatives that "no" or "not" before them turns into a bound: "no less than five times"
# is at least five, the reverse of "less than five", so the figure keeps its "no".
_BOUND_COMPARATIVES = frozenset({"less", "more", "fewer"})


def _with_negation(ent: Any, start: int) -> int:
    """Where the figure starts when a "no" or "not" the tagger left out of the span negates
    the comparative that opens it ("no less than five"); ``start`` otherwise."""
    doc = ent.doc
    if start != ent.start_char or ent.start == 0 or ent[0].lower_ not in _BOUND_COMPARATIVES:
        return start
    before = doc[ent.start - 1]
    return int(before.idx) if before.lower_ in ("no", "not") else start


def _glued_scale(ent: Any) -> Any:
    """The scale suffix spaCy split off the figure and left out of the span ("$20m": "m"), or
    None. "m", "b" and "k" only right after the last digit, so "20 m" (metres, or a name) is
    not taken; "bn", "mn" and "tn" name nothing else, so also after a space ("US$ 7.2 bn")."""
    if ent.end >= len(ent.doc) or not ent[-1].text[-1:].isdigit():
        return None
    after = ent.doc[ent.end]
    glued = after.idx == ent.end_char and after.lower_ in _GLUED_SCALES
    return after if glued or after.lower_ in _SPACED_SCALES else None


# "mil" and "mln" are million's short forms only ("$100 mil"), so a space may stand before them.
_SPACED_SCALES = frozenset({"bn", "mn", "tn", "mil", "mln"})


def _count_scale(ent: Any) -> Any:
    """The scale suffix after a count ("70m passengers", "2m euros"), or None. "m" is a scale
    only before a plural noun ("fell 600m", "a 20m wall", "50m by 50m" are metres); "bn", "mn"
    and "tn" name nothing else, so also with no noun ("rose to 7bn")."""
    if ent.label_ != "CARDINAL" or (scale := _glued_scale(ent)) is None:
        return None
    nxt = _counted_after(scale)
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS"):
        return scale
    if scale.lower_ not in _SPACED_SCALES:
        return None
    return None if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") else scale


def _counted_after(scale: Any) -> Any:
    """The word after a scale suffix, or the plural noun a few names or adjectives later
    ("2m Halvik users": "users"); None at the end of the text."""
    doc = scale.doc
    if scale.i + 1 >= len(doc):
        return None
    for tok in doc[scale.i + 1 : scale.i + 4]:
        if tok.tag_ in ("NNS", "NNPS"):
            return tok
        if tok.pos_ not in ("PROPN", "ADJ"):
            break
    return doc[scale.i + 1]


# A "+" after a figure, "at least" it ("10,000+ people"), alone or on the scale word
# ("$1 trillion+": spaCy's tokenizer keeps "trillion+" as one token and leaves it out of the
# span). The mention keeps the figure's value and shows the "+" in its text.
_PLUS = re.compile(r"(?P<scale>[a-z]*)\+", re.I)


def _plus_tail(ent: Any) -> Any:
    """The token "+" glued to the figure ("10,000+") or a scale word with a "+" right after
    it ("1 trillion+"), or None."""
    if ent.end >= len(ent.doc) or not ent[-1].text[-1:].isdigit():
        return None
    after = ent.doc[ent.end]
    match = _PLUS.fullmatch(after.text)
    if match is None:
        return None
    scale = match["scale"].lower()
    if scale:
        return after if scale in SCALES and scale not in _GLUED_SCALES else None
    return after if after.idx == ent.end_char else None


def _span_end(ent: Any, unit: str) -> int:
    """Where the figure ends: after a glued scale suffix of a sum of money ("$20m"), after a
    "+" ("10,000+", "$1 trillion+")."""
    if unit == "ft" and (height := _height(ent)) is not None:
        return height[1]
    if ent.label_ == "QUANTITY" and (measure := _measure_before_noun(ent)) is not None:
        return int(measure.idx + len(measure))  # "30 degree" of "a 30 degree angle"
    if "/" in unit or unit == "mph":
        speed = _speed_after(ent, MEASURES.get(_measure_word(ent), ""))
        if speed is not None:
            return speed[1]  # "12 miles per second": the rate's time is the figure's
    if unit == "percent" and (pct := _PERCENT_AFTER.match(doc_text(ent.doc), ent.end_char)):
        return pct.end()  # "Sixty-five per cent"
    scale = _glued_scale(ent) if _is_money(unit) else _count_scale(ent)
    end = scale if scale is not None else _plus_tail(ent)
    if end is None and len(ent) > 1 and ent[-1].lower_ in _JOINING_WORDS:
        end = ent[-2]  # "63 percent to" of "63 percent to 33 percent": the figure ends before
    return int(end.idx + len(end)) if end is not None else int(ent.end_char)


# Words that join two figures, which spaCy sometimes takes into the first one's span.
_JOINING_WORDS = frozenset({"to", "and", "or", "versus", "vs", "vs.", "-", "\u2013"})


def _is_money(unit: str) -> bool:
    return unit == "currency" or (len(unit) == 3 and unit.isupper())


def read_number(ent: Any) -> tuple[float, str] | None:
    """``(value, unit)`` for a spaCy entity span, or None when it is not an amount."""
    label = ent.label_
    if label not in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"):
        return None
    text = ent.text  # spaCy joins the tokens anew on every access
    after = doc_text(ent.doc)[ent.end_char : ent.end_char + 20]
    if _CLOCK.search(text) or _SPLIT_AFTER.match(after) or _SLASHED.fullmatch(text):
        return None
    if _GARBLED.search(text) or _GARBLED.match(after):
        return None  # "4{ minutes", "to 89\.": a character lost in transmission, value unsure
    cut = _CUT_BY_ELLIPSIS.match(doc_text(ent.doc), ent.end_char)
    if cut and ent[-1].text[-1:].isdigit():
        return None  # "another $10...": a teaser cut off the scale word, the value unsure
    if _LOST_CHAR.search(text) or _a_garbled_line(ent):
        return None  # a lost character before "39%", read as a half; a chart's labels
    if label == "CARDINAL" and (_SPLIT_DASH.match(after) or _is_split(ent, text)):
        return None
    if _DECIMAL_ONLY.match(text) or _is_label(ent) or _a_ranking(ent):
        return None  # ".358", a batting average; "No. 10", "#1"; "the top 10 movies"
    if _size_of_counted(ent):
        return None  # "three 20-foot beams": the 20-foot is the beams' kind, not a figure
    if _SIZE_BY_SIZE.search(text):
        return None  # "8-by-12 feet": an area's sides in one span
    if _is_chant(ent):
        return None  # "ONE MORE YEAR!": a slogan
    if _in_a_title(ent):
        return None  # "the film Two Quiet Rivers": a name, not two rivers
    if _is_clock_time(ent):
        return None  # "at 1400 hours", "0600 local time"
    if _no_count_of_one(ent) or _hyperbole(ent) or _number_pair(ent):
        return None  # "any one person", "a million times", "a one-two punch": no figure
    height = _height(ent)
    if height is not None:
        return height[0], "ft"  # "5-foot-8": one length, not 5 feet and a count of 8
    value = parse_value(text)
    if value is None:
        return None
    points_after = _POINTS_AFTER.match(doc_text(ent.doc), ent.end_char)
    if _POINTS.search(text) or _POINTS.search(after) or points_after:
        return value, "percentage points"
    if _PERCENT.search(text) or _PERCENT_AFTER.match(after):
        return value, "percent"  # "Sixty-five per cent": spaCy may leave "per cent" out
    unit = _money_before(ent) if label != "DATE" else None
    unit = unit or _unit(ent, label)
    if unit is None or _is_year(ent, label, value, unit):
        return None
    cents = ent[-1].lower_ in ("cent", "cents") and not any(c in text for c in CURRENCY_SYMBOLS)
    if _is_money(unit) and cents:
        value /= 100  # "8.5 cents" is 0.085 of the currency, not 8.5 of it
    if label == "QUANTITY" and _NEGATIVE.match(text):
        value = -value  # "minus 17 degrees", "-17 degrees"
    if unit in ("", "degree") and _RICHTER.match(after):
        unit = "magnitude"  # "5.6 on the Richter scale", "3.8 degrees on the Richter scale"
    scale = _glued_scale(ent) if _is_money(unit) else _count_scale(ent)
    if scale is not None:
        value *= SCALES[scale.lower_]
    plus = _plus_tail(ent)
    if plus is not None and len(plus.text) > 1:
        value *= SCALES[plus.text[:-1].lower()]  # "$1 trillion+"
    return value, unit


# An ellipsis that ends the paragraph right after a figure's last digit: an excerpt cut there,
# perhaps before the figure's scale word or unit ("another $10..." of "$10 billion").
_CUT_BY_ELLIPSIS = re.compile(r"[ \t]*(?:\.\.\.|\u2026)[^\w\n]*(?:\n|$)")

# A measure below zero: "minus 17 degrees", "-17 degrees" (spaCy's QUANTITY keeps the sign).
_NEGATIVE = re.compile(r"(?:minus\s+|[-\u2212]\s*(?=\d))", re.I)

# A height told in feet and inches, "5-foot-8", "six-foot-five", "5-feet-8 inches" (spaced
# "5 - foot - 8" too):
# spaCy reads it as "5 ... 8", or cuts it after the feet ("6" of "6-foot-2").
_HEIGHT = re.compile(
    r"(?P<ft>\w+)\s*-\s*(?:foot|feet)\s*-\s*(?P<inch>\w+)(?:\s*(?:inches|inch)\b)?\b", re.I
)


def _height(ent: Any) -> tuple[float, int] | None:
    """``(feet, end)`` of a height in feet and inches that starts the span (the inches as a
    fraction of a foot; ``end``: where the inches end in the document), else None."""
    match = _HEIGHT.match(doc_text(ent.doc), ent.start_char)
    if match is None or match.end() < ent.end_char:
        return None
    feet, inches = parse_value(match["ft"]), parse_value(match["inch"])
    if feet is None or inches is None or not (0 < feet < 10 and 0 <= inches < 12):
        return None
    return feet + inches / 12, match.end()


# A clock time in the 24-hour or military form: "at 1400 hours", "by 2300 hrs", "0600 local
# time" (a count is not written with a leading zero). "1000 hours of footage" stays a duration:
# without a leading zero the time needs a preposition of time before it.
# Words before "one" that make it no count: "any one person" is whichever person, "not one
# day" is no day at all.
_NOT_ONE_WORDS = frozenset({"any", "not"})


def _no_count_of_one(ent: Any) -> bool:
    """ "one" after "any" or "not" ("too big for any one person", "Not one day went by"), or a
    "one" glued by a hyphen to a plural noun, which one cannot count, so the two make a noun
    ("one-liners", "one-offs")."""
    if ent[0].lower_ != "one":
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in _NOT_ONE_WORDS:
        return True
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "\u2013"):
        return False
    noun = doc[ent.end + 1]
    glued = ent.end_char == doc[ent.end].idx and doc[ent.end].idx + 1 == noun.idx
    return bool(glued and noun.tag_ == "NNS")


# Round numbers in words that speech uses exaggerating ("a million times", "not in a
# thousand years").
_HYPERBOLE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "zillion"})
_NEGATIONS = frozenset({"not", "never", "n't", "no"})
# What follows "times" in a multiple: a comparative ("times brighter") or the thing multiplied
# ("times the dose", "times its size").
_MULTIPLE_TAGS = frozenset({"JJR", "RBR", "DT", "PRP$"})


def _hyperbole(ent: Any) -> bool:
    """ "a million times" that counts no repeats ("thought about it a million times"; not a
    multiple: "a million times brighter", "a thousand times the dose"), and "in a million
    years" in a denied clause ("not in a million years"): a figure of speech, not a figure."""
    doc = ent.doc
    scale = next((t for t in ent if t.lower_ in _HYPERBOLE_SCALES), None)
    article = ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an")
    if scale is None or any(t.like_num and t.text[:1].isdigit() for t in ent):
        return False
    if not (article or ent[0].lower_ in ("a", "an")):
        return False
    after = doc[scale.i + 1] if scale.i + 1 < len(doc) else None
    if after is None:
        return False
    if after.lower_ == "times":
        nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
        multiple = nxt is not None and (nxt.tag_ in _MULTIPLE_TAGS or nxt.lower_ == "as")
        return not multiple and _told_of_oneself(after.head)
    if after.lemma_.lower() == "year":
        first = ent.start - (0 if ent[0].lower_ in ("a", "an") else 1)
        in_ = first > 0 and doc[first - 1].lower_ == "in"
        return in_ and any(t.lower_ in _NEGATIONS for t in ent.sent if t.i < first)
    return False


def _told_of_oneself(verb: Any) -> bool:
    """Whether a verb's subject is a personal pronoun ("I have told you a million times",
    "she thought about it a million times"): people exaggerate their own repeats, while "the
    clip was viewed a million times" may be a count. Up from a noun the parser may have hung
    "times" on ("replayed the final a million times")."""
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in verb.children)


# Number words from one to nine: a compound numeral joins tens and units ("twenty-five"), so
# two of these joined by a hyphen are a pair, a score or a sequence ("a one-two punch").
_UNIT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _number_pair(ent: Any) -> bool:
    """ "one-two" in "a one-two punch": two unit words joined by a hyphen, no count."""
    parts = re.split(r"[-\u2013]", ent.text.lower())
    return len(parts) == 2 and all(p in _UNIT_WORDS for p in parts)


_CLOCK_DIGITS = re.compile(r"(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)")
_CLOCK_AFTER = frozenset({"hours", "hrs", "hour", "gmt", "utc", "local", "z"})
_CLOCK_BEFORE = frozenset({"at", "by", "until", "till", "from", "since"})


def _is_clock_time(ent: Any) -> bool:
    """Whether the span opens with a 24-hour clock time ("1400 hours", "0600 GMT")."""
    tokens = [t for t in ent if t.lower_ not in ("about", "around", "approximately")]
    if not tokens or not (clock := _CLOCK_DIGITS.fullmatch(tokens[0].text)):
        return False
    if int(clock["hh"]) > 23:
        return False
    doc = ent.doc
    after = doc[tokens[0].i + 1].lower_ if tokens[0].i + 1 < len(doc) else ""
    if tokens[0].text.startswith("0"):
        return True
    k = ent.start - 1
    while k >= 0 and doc[k].lower_ in ("about", "around", "approximately"):
        k -= 1
    return after in _CLOCK_AFTER and k >= 0 and doc[k].lower_ in _CLOCK_BEFORE


# Two sides of a size: "8-by-12 feet", "10 by 20 metres".
_SIZE_BY_SIZE = re.compile(r"\d\s*-?\s*by\s*-?\s*\d", re.I)


def _is_chant(ent: Any) -> bool:
    """A number word in capitals before another word in capitals ("ONE MORE YEAR"): a chant, a
    slogan or a sign quoted in the text, not an amount (headlines are skipped before)."""
    first = ent[0]
    if not (first.is_alpha and first.is_upper and len(first) > 1 and first.lower_ in WORDS):
        return False
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is None or not (nxt.is_alpha and nxt.is_upper and len(nxt) > 1):
        return False
    return any(t.text == "!" for t in ent.doc[ent.end : ent.end + 5])  # not a lede in capitals


# Tokens after which a capital opens a new clause or a quotation, not a name ("she said: Two
# men ...", "(Three of them ...").
_OPENERS = frozenset(
    {'"', "\u201c", "'", "\u2018", "(", "[", ":", ";", "-", "\u2013", "\u2014", "..."}
)


def _in_a_title(ent: Any) -> bool:
    """A number word written with a capital inside a sentence and followed by a capitalized
    word: part of a title or a name ("the film Two Quiet Rivers", "a short film, Three Kings,"),
    as a count there would be in lower case."""
    first = ent[0]
    if not (first.is_alpha and first.is_title and first.lower_ in WORDS):
        return False
    if first.lower_ in ("a", "an"):
        return False
    if first.i == ent.sent.start or ent.doc[first.i - 1].text in _OPENERS:
        return False
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_title


# Two numbers joined by a dash in one span ("52-3", "50 - 32").
_DASH_PAIR = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)")
# A fraction written without its whole number: ".358", a batting average or a calibre.
_DECIMAL_ONLY = re.compile(r"\.\d")


def _is_split(ent: Any, text: str) -> bool:
    """A record or score, not a range: "52-3" (a range's high end is higher), "an 18-30
    record" (a range counts a plural noun). ``text`` is the span's."""
    pair = _DASH_PAIR.fullmatch(text.strip())
    if pair is None:
        return False
    if int(pair[2]) <= int(pair[1]):
        return True
    head = ent.root.head if ent.root.dep_ in ("nummod", "compound", "amod") else None
    return head is not None and head.tag_ == "NN" and head.i >= ent.end


# Words that make the number after them a label: "No. 10 jersey", "Juror No. 12", "#1 movie".
_LABEL_WORDS = frozenset({"no.", "no", "nos.", "#"})
_LABEL_BEFORE = re.compile(r"(?:#|\bnos?\s*\.?\s*)$", re.I)


def _is_label(ent: Any) -> bool:
    """A number that names rather than counts: after "No." (capitalized: "no 5" is rare and
    "No 10" a label) or a glued "#"."""
    start = ent.start_char
    if not _LABEL_BEFORE.search(doc_text(ent.doc)[max(0, start - 6) : start]):
        return False  # the common case, told without making tokens
    before = ent.doc[ent.start - 1]
    glued = before.idx + len(before) == ent.start_char
    if before.text == "#":
        return bool(glued)  # "# 13 billion" is a pound sign lost to an encoding
    if before.text == "." and ent.start > 1:
        before = ent.doc[ent.start - 2]  # the small model splits "No." in "Juror No. 12"
    return before.lower_ in _LABEL_WORDS and (before.text[0].isupper() or before.text == "no.")


def _a_garbled_line(ent: Any) -> bool:
    """Whether the span stands in a line with lost characters and no verb: a chart's or a
    table's labels pasted as text ("40% <lost> 97% 30%"), where no clause says what a
    figure measures. Prose with a lost character still has its verbs."""
    sent = ent.sent
    return bool(_LOST_CHAR.search(sent.text)) and not any(
        t.pos_ in ("VERB", "AUX") for t in sent
    )


# Words that, between a determiner and a number, make it the size of a ranked list ("the top
# 10 movies of the year", "its bottom five schools"): a list's cut-off, not an amount.
_RANK_WORDS = frozenset({"top", "bottom"})


def _a_ranking(ent: Any) -> bool:
    """Whether the number opens after "the top"/"a bottom"/... ("See the top 10 movies")."""
    if ent.start < 2 or ent.label_ != "CARDINAL":
        return False
    rank, det = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return rank.lower_ in _RANK_WORDS and det.tag_ in ("DT", "PRP$")


def _money_before(ent: Any) -> str | None:
    """The currency written just before a figure spaCy did not call money: "dlrs 30 billion",
    "$ 6", "USD 5"."""
    if ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    if before.text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[before.text]
    return CURRENCY_CODES.get(before.lower_)


def _is_year(ent: Any, label: str, value: float, unit: str) -> bool:
    """A year, not an amount: "the 2016 cycle", "in 1999", "2,400 BC". A plural noun after it
    keeps a count ("2000 people")."""
    if unit in _ERAS:
        return True
    text = ent.text.strip()
    if label not in ("CARDINAL", "DATE") or not re.fullmatch(r"\d{4}", text):
        return False
    head = ent.root.head if ent.root.dep_ in ("nummod", "compound") else None
    plural = head is not None and head.tag_ in ("NNS", "NNPS") and head.i >= ent.end
    return 1500 <= value <= 2100 and not plural


# Words that make "pounds" a weight when spaCy took it for money: "a mass of 1 million pounds".
_WEIGHT_WORDS = frozenset({"weigh", "mass", "heavy", "payload", "load", "weight"})


def _unit(ent: Any, label: str) -> str | None:
    if label == "MONEY":
        currency = _currency(ent)
        if currency == "GBP" and "£" not in ent.text and _weighed(ent):
            return "lb"
        if currency == "currency" and (counted := _money_counts(ent)) is not None:
            return counted  # "1 billion additional vaccine doses": spaCy's MONEY, but doses
        if currency == "currency" and (elided := _elided(ent)) is not None:
            return elided  # "25 million visitors, while ... attracts 20 million": visitors
        return currency
    if label in ("DATE", "TIME"):
        unit = ent.root.lemma_.lower()
        if unit not in DURATION_UNITS or ent.root.i != ent.end - 1 or _names_a_measure(ent):
            return None
        if _number_cut_off(ent):
            return None  # "Saturday, Oct. 10: Just days": the number is a date's
        if _an_age(ent):
            return None  # "infants aged between 4 months and 3 years": ages, not durations
        return None if _a_kind_of_time(ent) or _some_day(ent) else f"{unit}s"
    if label == "QUANTITY":
        if (measure := _measure_before_noun(ent)) is not None:
            word = str(measure.lemma_).lower()
            return MEASURES.get(word, word)
        if not _unit_is_a_noun(ent):
            return None  # "swelled to 3,000 overnight": spaCy took an adverb for the unit
        last = _measure_word(ent)
        if last == "degree":
            after = doc_text(ent.doc)[ent.end_char : ent.end_char + 30]
            if _COMPASS.match(after):
                return None  # "45 degrees north": a map coordinate, not an amount
        if (speed := _speed(ent)) is not None:
            return speed
        if (rate := _speed_after(ent, MEASURES.get(last, last))) is not None:
            return rate[0]
        if last == "pound" and (_paid(ent) or _banknote(ent)):
            return "GBP"
        if _a_kind_of_time(ent):
            return None  # "an average gallon": a unit described, as "a short week" is
        return MEASURES.get(last, last)
    return _counted(ent)


# Adjectives of a dimension that close a hyphened size ("a 10-foot-long probe", "a
# 4-inch-thick shield"): the unit is the measure before them, not the adjective.
_DIMENSIONS = frozenset({"long", "wide", "high", "tall", "deep", "thick", "broad"})


def _measure_before_noun(ent: Any) -> Any:
    """The measure word of "a 30 degree angle", "a 12 foot fence" when spaCy's span runs on to
    the noun the measure describes (the size written without its hyphen), else None: the unit
    is the measure, not the thing measured."""
    if len(ent) < 3 or not ent[-3].like_num:
        return None
    measure, noun = ent[-2], ent[-1]
    known = measure.lemma_.lower() in MEASURES or measure.lemma_.lower() == "degree"
    if not known or measure.dep_ != "compound" or measure.head.i != noun.i:
        return None
    return measure if noun.pos_ == "NOUN" and noun.lemma_.lower() not in MEASURES else None


def _unit_is_a_noun(ent: Any) -> bool:
    """Whether a quantity's last word can name a unit: a noun or a symbol, not an adverb or a
    verb spaCy ran the span on to ("3,000 overnight"). A known measure always can."""
    last = ent[-1]
    if last.lower_.rstrip(".") in MEASURES or last.like_num or last.text in ("-", "\u2013"):
        return True
    return last.pos_ not in ("ADV", "VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ")


def _measure_word(ent: Any) -> str:
    """The lemma of a QUANTITY's unit word: its last word, past a dimension adjective and the
    hyphens of a hyphened size ("10-foot-long" -> "foot")."""
    toks = list(ent)
    while len(toks) > 1 and (toks[-1].text in ("-", "\u2013") or toks[-1].lower_ in _DIMENSIONS):
        toks.pop()
    return str(toks[-1].lemma_).lower().rstrip(".")


def _money_counts(ent: Any) -> str | None:
    """The unit of a span spaCy called money though it names no currency, when its number
    counts a plural noun after it ("more than 1 billion additional vaccine doses"), else None
    (a sum of no stated currency stays one: "spent 5 million on roads")."""
    root = ent.root
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head  # "1 billion ... vaccine doses": the parser may hang it on "vaccine"
    if root.dep_ != "nummod" or head.tag_ != "NNS" or head.i < ent.end:
        return None
    unit = _head_unit(ent, head)
    return unit if unit not in (None, BARE_UNIT, "times") else None


# Words that name an age: a span of time under "aged" or "age" ("aged 6 to 12 years", "at the
# age of 15 years") tells how old people are, not how long something lasted.
_AGE_WORDS = frozenset({"aged", "age", "ages"})
# The links from a span up to the word it tells the age of: "aged [between [6 months [and
# 6 years]]]".
_AGE_LINKS = frozenset({"conj", "pobj", "prep", "dobj", "npadvmod"})


def _an_age(ent: Any) -> bool:
    """Whether a span of time is an age ("infants aged between 4 months and 3 years")."""
    tok = ent.root
    while tok.dep_ in _AGE_LINKS and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in _AGE_WORDS:
            return True
    return False


def _number_cut_off(ent: Any) -> bool:
    """Whether a colon or semicolon stands between a span's last number and its unit of time
    ("Saturday, Oct. 10: Just days before ..."): spaCy joined a date to a duration that has no
    number of its own."""
    nums = [t.i for t in ent if t.like_num]
    return bool(nums) and any(t.text in (":", ";") for t in ent.doc[nums[-1] + 1 : ent.root.i])


# Words that may stand between "a" and a unit of time in a duration ("a full week"); any other
# word makes the span a kind of day or year, not one of them ("a short week", "a standout
# year", "a business day").
_DURATION_WORDS = frozenset({"full", "whole", "single", "further", "additional", "extra", "more"})
_COUNT_WORDS = frozenset({"couple", "dozen", "hundred", "few"})


def _a_kind_of_time(ent: Any) -> bool:
    """ "a short week", "a standout year", or "on a day when ...": a time the text describes or
    points at, not a duration of one unit; likewise a measure's unit ("an average gallon")."""
    article = next((t for t in ent if t.lower_ in ("a", "an")), None)
    if article is None:
        return False
    if article.i == ent.start and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "on":
        return True  # "on a day when": a day, not a duration
    between = ent.doc[article.i + 1 : ent.root.i]
    # spaCy's like_num is true of ordinals too: "a second day" is the second of several days,
    # not a number of them, so a number here must have a value
    counts = [t for t in between if t.like_num and parse_value(t.text) is not None]
    if counts or any(t.lower_ in WORDS or t.lower_ in _COUNT_WORDS for t in between):
        return False  # "a half-hour", "a couple hours", "a record 10 days": a number counts
    return any(not t.is_punct and t.lower_ not in _DURATION_WORDS for t in between)


# Words that open a clause's subject after a sentence-opening "One day" ("One day the mill
# will reopen", "One day, he ..."): the idiom, not a duration ("One day of talks", "One day is
# enough" stay).
_SUBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", ","})


# Verbs of wish and hope, after which "one day to ..." is some day ("hopes one day to sail"),
# as stems: the small model lemmatizes "hopes" to "hop".
_WISH_STEMS = ("hop", "want", "wish", "dream", "expect", "aspir", "aim", "plan")


def _some_day(ent: Any) -> bool:
    """ "one day" meaning some day, at an unnamed time to come or past: after a modal ("could
    one day lead") or a verb of wish ("hopes one day to sail"), or opening a sentence before its
    subject ("One day the mill will reopen")."""
    if ent.text.lower() != "one day":
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.tag_ == "MD":
        return True
    if _future_some_day(ent):
        return True
    wish = before is not None and before.lower_.startswith(_WISH_STEMS)
    if wish and after is not None and after.lower_ == "to":
        return True  # not "it took one day to clear", "gave him one day to leave"
    opens = ent.start == ent.sent.start or (before is not None and before.text in _OPENERS)
    return opens and after is not None and after.tag_ in _SUBJECT_OPENERS


# Verbs whose "one day" is how long something lasts or takes, even after a modal ("will last
# one day", "could take one day").
_LASTING_VERBS = frozenset({"last", "take", "spend", "stay", "wait", "remain", "run", "need"})


def _future_some_day(ent: Any) -> bool:
    """ "one day" as an adverb of a verb with a modal ("We will find it one day"): some day to
    come, not a day's length (not "the fair will last one day")."""
    verb = ent.root.head
    if ent.root.dep_ != "npadvmod" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _LASTING_VERBS:
        return False
    return any(c.tag_ == "MD" for c in verb.children)


# After "N degrees": a point of the compass or a coordinate ("45 degrees north", "12 degrees
# latitude"), or the Richter scale, on which an earthquake's "degrees" are its magnitude.
_COMPASS = re.compile(
    r"\s*(?:in\s+)?(?:north|south|east|west|[NSEW]\b|latitude|longitude|lat\b|long\b)", re.I
)
_RICHTER = re.compile(r"\s*(?:on|in)\s+(?:the\s+)?(?:open-ended\s+)?richter\b", re.I)


def _speed(ent: Any) -> str | None:
    """ "mph" for "120 miles per hour" and "120 miles an hour" ("km/h" for kilometres), else
    None: a QUANTITY's last word is its unit, and here that is the hour."""
    words = [t.lower_ for t in ent if t.text != "-"]  # "a 55 mile-per-hour limit" too
    if len(words) < 3 or words[-1] != "hour" or words[-2] not in ("per", "an", "a"):
        return None
    if words[-3] in ("miles", "mile"):
        return "mph"
    return "km/h" if words[-3].startswith(("kilomet", "km")) else None


# A length's rate told after spaCy's span: "12 miles per second", "7 km a second".
_PER_TIME = re.compile(r"[ \t]+(?:per|an?)[ \t]+(second|minute|hour)\b", re.I)
_TIME_SHORT = {"second": "s", "minute": "min", "hour": "h"}
_LENGTH_SHORT = {"miles": "mi", "km": "km", "m": "m", "ft": "ft"}


def _speed_after(ent: Any, unit: str) -> tuple[str, int] | None:
    """``(unit, end)`` of a speed whose "per second" spaCy left out of a length's span ("12
    miles per second" is 12 mi/s, not a distance of 12 miles), else None."""
    match = _PER_TIME.match(doc_text(ent.doc), ent.end_char)
    if match is None or unit not in _LENGTH_SHORT:
        return None
    per = _TIME_SHORT[match[1].lower()]
    speed = {"mi/h": "mph"}.get(f"{_LENGTH_SHORT[unit]}/{per}", f"{_LENGTH_SHORT[unit]}/{per}")
    return speed, match.end()


# Verbs and nouns of payment: spaCy calls "fined 40,000 pounds" and "earns 90,000 pounds a
# year" a QUANTITY, but pounds paid, earned or fined are money. A weight word, "pounds of"
# ("40 pounds of cocaine") or a hyphenated size ("a 200-pound man") keeps a weight; "lost 50
# pounds" is left a weight (diets are told in pounds too).
_PAY_WORDS = frozenset({
    "fine", "fined", "pay", "earn", "cost", "charge", "spend", "raise", "owe", "award", "donate",
    "sell", "buy", "bid", "worth", "price", "salary", "wage", "fee", "bill",
    "loan", "debt", "damage", "compensation", "bonus", "package", "aid", "deal", "budget",
    "fund", "grant", "profit", "revenue", "bail", "penalty", "ransom", "reward", "payout",
})  # fmt: skip


def _paid(ent: Any) -> bool:
    doc = ent.doc
    if "-" in ent.text or (ent.end < len(doc) and doc[ent.end].lower_ == "of") or _weighed(ent):
        return False
    near = [ent.root.head, *doc[max(0, ent.start - 3) : ent.start]]
    if ent.end < len(doc):
        near.append(doc[ent.end])
    return any(t.lemma_.lower() in _PAY_WORDS or t.lower_ in _PAY_WORDS for t in near)


# What a sum before it names the value of: "a 10-pound note", "a five-pound coin".
_NOTES = frozenset({"note", "banknote", "bill", "coin"})


def _banknote(ent: Any) -> bool:
    """Whether the span is the value of a banknote or a coin ("a 10-pound note"), not a weight."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lemma_.lower() in _NOTES


def _weighed(ent: Any) -> bool:
    """Whether a weight word stands in the few words before a sum in pounds."""
    before = ent.doc[max(0, ent.start - 4) : ent.start]
    return any(t.lemma_.lower() in _WEIGHT_WORDS for t in before)


def _names_a_measure(ent: Any) -> bool:
    """A span of time in a measure's name: "the five-year survival rate", "a 40-year low"."""
    if ent.root.dep_ not in ("compound", "nmod", "amod", "npadvmod"):
        return False
    noun = ent.root.head
    while noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "five-year survival rate": up to "rate"
    words = {noun.lemma_.lower(), noun.lower_}  # "odds" has the lemma "odd"
    return bool(noun.pos_ == "NOUN" and words & _MEASURE_NAMES)


def _currency(ent: Any) -> str | None:
    """The ISO code of a sum of money; "currency" when it gives none; None when the span holds
    words a sum does not ("50 U.S.C.": spaCy took a citation for money)."""
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
    words = [t.lower_ for t in ent if any(c.isalpha() for c in t.text) and not _MM.search(t.text)]
    odd = [w for w in words if w not in SCALES and w not in WORDS and w not in _MONEY_WORDS]
    return None if odd else "currency"


def _counted(ent: Any) -> str | None:
    root = ent.root
    share = parse_value(ent.text) if not any(ch.isdigit() for ch in ent.text) else None
    if share is not None and share < 1:
        return None  # "nearly half its fuel": a share of a thing, as "one-third of homes" is
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if before in ("the", "these", "those") or (before in _POSSESSIVES and not _is_total(ent)):
        return None  # "the two countries": a reference back, not a count
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("times", "fold"):
        return "times"  # "10 times the size": a multiple, whatever noun follows
    if _is_ratio_base(ent):
        return None  # "one in 10 ferries", "one in every 500 users": a ratio, not ten ferries
    if _NUMBER_BY_NUMBER.fullmatch(ent.text) or _at_one_point(ent):
        return None  # "a 4x4" (a vehicle, a size); "at one point": a moment
    if ent.start and ent.doc[ent.start - 1].lower_ in ("per", "every"):
        # "per 100,000 births", "one delegate for every 30,000 citizens": a rate's base, not
        # 100,000 births
        return None
    if (rate := _rate(ent)) is not None:
        return rate
    if (scale := _count_scale(ent)) is not None:
        # "70m passengers": the scale suffix stands between figure and noun (the parser takes
        # "m" for the noun); "rose to 7bn": no noun
        nxt = _counted_after(scale)
        plural = nxt is not None and nxt.tag_ in ("NNS", "NNPS")
        return _head_unit(ent, nxt) if plural else BARE_UNIT
    plus = _plus_tail(ent)
    if plus is not None and plus.i + 1 < len(ent.doc):
        # "10,000+ people", "2 million+ residents": the "+" stands between figure and noun,
        # and the parser often attaches the figure to something else
        return _head_unit(ent, ent.doc[plus.i + 1])
    head = root.head if root.dep_ in ("nummod", "quantmod") else None
    if head is None and (more := _more_noun(root)) is not None:
        head = more  # "500 million more doses": the parser hangs the number on "more"
    if head is None and root.lower_ == "between":  # "between 40 and 60 workers": the 40's noun
        inner = [t for t in ent if t.dep_ in ("nummod", "quantmod") and t.head.i >= ent.end]
        head = inner[0].head if inner else None
    if head is None:
        return _changed_to(ent) or _elided(ent) or _bare(ent)
    if _a_source(ent, head):
        return None  # "said one person who attended": a source, not a count
    if _one_as_a_word(ent, head):
        return None  # "one such measure", "One problem is that ...", "a one-dose vaccine"
    if _counts_another(ent, head):
        return None  # "a drop of 210,000 over three years": the years are the three's
    return _head_unit(ent, _compound_head(ent, head))


def _counts_another(ent: Any, head: Any) -> bool:
    """Whether a preposition and a number of the noun's own stand between a count and the noun
    the parser hung it on ("a drop of 210,000 over three years"): the noun is the other
    number's, and the count names none (a range's "to" is no such preposition)."""
    between = ent.doc[ent.end : head.i]
    prep = next((t for t in between if t.pos_ == "ADP" and t.lower_ not in _RANGE_WORDS), None)
    return prep is not None and any(t.like_num for t in ent.doc[prep.i + 1 : head.i])


# Comparatives a number may hang on before the noun it counts ("2,000 more troops").
_MORE_WORDS = frozenset({"more", "fewer", "extra", "additional"})


def _more_noun(root: Any) -> Any:
    """The plural noun after "N more" ("500 million more doses"), when the parser made the
    number an adverbial of "more" and "more" a modifier of the noun; else None."""
    more = root.head
    if root.dep_ != "npadvmod" or more.lower_ not in _MORE_WORDS or more.i <= root.i:
        return None
    noun = more.head
    plural = noun.tag_ in ("NNS", "NNPS") and noun.i > more.i
    return noun if more.dep_ == "amod" and plural else None


def _compound_head(ent: Any, head: Any) -> Any:
    """The noun "one" counts is the last of a run of common nouns after it, when the parser hung
    the number on a singular one before the last: "one vaccine dose" counts doses (the small
    model even parses "vaccine" as the subject of "dose"). Only for one: after more than one a
    singular noun is refused by :func:`_head_unit` ("two time outs"). Not a compound joined to
    the number by a hyphen ("a one-dose vaccine")."""
    doc = ent.doc
    if not _is_one(ent) or (ent.end < len(doc) and doc[ent.end].text in ("-", "\u2013")):
        return head
    while head.pos_ == "NOUN" and head.tag_ == "NN" and head.i + 1 < len(doc):
        nxt = doc[head.i + 1]
        if nxt.pos_ != "NOUN" or nxt.tag_ not in ("NN", "NNS"):
            break
        head = nxt
    return head


# Whom a figure is "according to": people, or "sources" ("according to two sources familiar
# with the talks").
_SOURCE_NOUNS = PEOPLE | {"source"}


# "one official said" names a source, not a count of one official (the verbs: quotes' SPEECH_VERBS);
# so does "according to two people familiar with the talks", whatever the count.
def _a_source(ent: Any, head: Any) -> bool:
    """ "one" on the subject of a verb of speech ("one venture investor observed"), or a count
    of people after "according to" ("according to three officials briefed on the deal")."""
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0:
        according = head.doc[head.head.i - 1].lower_ == "according"
        return according and str(head.lemma_).lower() in _SOURCE_NOUNS
    if ent.text.strip().lower() != "one" or head.dep_ != "nsubj":
        return False
    return bool(head.head.lemma_.lower() in SPEECH_VERBS)


def _one_as_a_word(ent: Any, head: Any) -> bool:
    """ "one" that counts nothing: an instance ("one such measure"), a point a sentence opens
    ("One problem is that the bridge is closed": the clause after "is" is the point), a
    hyphenated compound that names a kind of a later noun ("a one-page order", "one-way
    mirrors", "a one-shot vaccine"), or a thing a preposition of place or manner picks out ("in
    one corner", "on one side", "in one swift blow"; as "at one point" is a moment)."""
    if ent.text.strip().lower() != "one":
        return False
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "such":
        return True
    if _one_hyphen_kind(ent, head) or _picked_out(head) or _one_then_another(ent, head):
        return True
    if head.tag_ == "NN" and head.lemma_.lower() in _POINT_NOUNS:
        return True  # "one reason was ...", "holds one big advantage": a point being made
    verb = head.head
    opens = head.dep_ == "nsubj" and verb.lemma_ == "be"
    return bool(opens and any(c.dep_ == "ccomp" for c in verb.children))


def _one_then_another(ent: Any, head: Any) -> bool:
    """ "One vendor sells names; another sells addresses": "one" opens the first of examples
    that a later "another" standing alone (no noun of its own) continues; it counts nothing.
    Not people: "one man was killed and another hurt" tells a toll."""
    if str(head.lemma_).lower() in PEOPLE:
        return False
    later = (t for t in ent.sent if t.i >= ent.end)
    return any(t.lower_ == "another" and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in later)


# Nouns that "one" introduces as a point of an argument rather than counts: "one reason was
# ...", "one big advantage", "one example is ...".
_POINT_NOUNS = frozenset({
    "reason", "advantage", "disadvantage", "explanation", "example", "factor", "possibility",
    "drawback", "benefit", "concern", "problem", "question", "lesson",
})  # fmt: skip


def _one_hyphen_kind(ent: Any, head: Any) -> bool:
    """ "one-page order": "one" glued by a hyphen to a singular noun that itself qualifies a
    noun after it. The length or kind it tells ("one page", "one shot") is no key figure."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "\u2013"):
        return False
    glued = doc[ent.end].idx == ent.end_char and head.i == ent.end + 1
    noun = head.head
    return bool(
        glued
        and head.tag_ == "NN"
        and head.dep_ in ("compound", "amod", "nmod")
        and noun.i > head.i
        and noun.pos_ in ("NOUN", "PROPN")
    )


# Prepositions after which "one" and a singular noun pick out a place or a manner ("in one
# corner", "on one side", "in one swift blow"), not a count.
_PICKING_PREPOSITIONS = frozenset({"in", "on", "at"})
# ... except the counts of a charge sheet: "convicted on one count of fraud" counts charges.
_CHARGE_NOUNS = frozenset({"count", "charge"})


def _picked_out(head: Any) -> bool:
    """Whether the noun "one" counts is a singular object of "in", "on" or "at" (not a count
    of a charge: "on one count of fraud")."""
    prep = head.head
    return bool(
        head.dep_ == "pobj"
        and head.tag_ == "NN"
        and prep.lower_ in _PICKING_PREPOSITIONS
        and head.lemma_.lower() not in _CHARGE_NOUNS
    )


# Two numbers joined by an "x": a size or the name of a vehicle ("a 4x4", "2x4"), not a count.
_NUMBER_BY_NUMBER = re.compile(r"\d+\s*x\s*\d+", re.I)


def _is_ratio_base(ent: Any) -> bool:
    """The base of a ratio: "10" in "one in 10", "500" in "one in every 500", "ten" in "four
    of ten voters" (the number before "of" must have a value: "the first of 12 ferries" counts
    ferries, and spaCy's like_num is true of ordinals)."""
    doc, k = ent.doc, ent.start - 1
    if k >= 0 and doc[k].lower_ in ("every", "each"):
        k -= 1
    if k >= 1 and doc[k].lower_ == "of":
        return doc[k - 1].like_num and parse_value(doc[k - 1].text) is not None
    return bool(k >= 1 and doc[k].lower_ == "in" and doc[k - 1].like_num)


def _at_one_point(ent: Any) -> bool:
    """ "at one point", "at one time": a moment, not a count of points."""
    doc = ent.doc
    if ent.text.lower() != "one" or ent.start == 0 or doc[ent.start - 1].lower_ != "at":
        return False
    return ent.end < len(doc) and doc[ent.end].lower_ in ("point", "time", "stage")


# A possessive before a count usually points back ("their two sons"), but not before a total
# of a thousand or more: "to feed its 23 million people" gives a country's population.
_POSSESSIVES = frozenset({"its", "their"})
_TOTAL_FROM = 1000


def _is_total(ent: Any) -> bool:
    value = parse_value(ent.text)
    return value is not None and value >= _TOTAL_FROM


def _changed_to(ent: Any) -> str | None:
    """The noun of a level a plural subject changed to or from: "jobless claims fell to 473,000
    from 507,000" counts claims. A singular subject ("the index rose to 5,120") is a level, not
    a count of it."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("to", "from"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    return _head_unit(ent, subject, counted=False)


# Where a count with no noun of its own stands for a noun phrase ("... and 200 were hurt");
# not after a preposition ("as young as 15") or in a list ("parts one, two and three").
_ELIDED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _elided(ent: Any) -> str | None:
    """The noun of a count that leaves it out, from the count just before it in the sentence:
    "14 people died and more than 200 were injured", "2,000 jobs in May and 1,500 in June"."""
    if ent.root.dep_ not in _ELIDED_DEPS or "-" in ent.text:
        return None  # "more than one-third": a share, not a count
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
        return None  # "one of them": a part of a group, named after it
    if _dialled(ent.root):
        return None  # "called 911"
    earlier = [e for e in ent.sent.ents if e.end <= ent.start and _a_count_span(e)]
    if not earlier:
        return None
    prev = earlier[-1]
    head = prev.root.head if prev.root.dep_ in ("nummod", "quantmod") else None
    if head is not None and not _parallel(head, ent.root) and not _a_part(ent, prev):
        return None  # "nine rebounds, scoring 14": another clause, another thing counted
    unit = _head_unit(prev, head) if head is not None else None
    return unit if unit not in (None, "times") and not _is_money(unit or "") else None


def _a_count_span(ent: Any) -> bool:
    """Whether a span may count a noun: spaCy's CARDINAL, or its MONEY with no currency named
    ("more than 25 million monthly visitors")."""
    return ent.label_ == "CARDINAL" or (ent.label_ == "MONEY" and _currency(ent) == "currency")


def _parallel(noun: Any, count: Any) -> bool:
    """Whether ``count`` (a number standing for a noun phrase) is in a clause joined to that of
    ``noun`` (the noun an earlier count counted): the same verb, verbs joined by "and" ("14
    people died and 200 were injured"), or nouns so joined ("2,000 jobs in May and 1,500 in
    June"); not a side clause ("nine rebounds, scoring 14")."""

    def top(tok: Any) -> Any:
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
            tok = tok.head
        return tok

    noun, count = top(noun), top(count)
    if noun.i == count.i:
        return True
    verb, other = noun.head, count.head
    if other.dep_ in ("aux", "auxpass") and other.head.i != other.i:
        other = other.head  # "and 31 were missing" with "31" hung on "were": the clause's verb
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # "finished with 20 points and now has 2,302": up to "finished"
    if verb.i == other.i:
        return True
    joined = other.dep_ == "conj" and other.head.i == verb.i
    return bool(joined or (verb.dep_ == "conj" and verb.head.i == other.i))


def _a_part(ent: Any, prev: Any) -> bool:
    """Whether the count is at most the earlier one: in another clause, a count that stands
    for the earlier noun names a part of that group ("shot three people, killing one", "of 23
    pirates, 12 are ...")."""
    value, before = parse_value(ent.text), parse_value(prev.text)
    return value is not None and before is not None and value <= before


# What a count with no noun at all stands for in its clause ("some 3,000 were evacuated",
# "nearly 40,000 have signed", "there are about 10,000 in Tarnby"); "attr" only after "there".
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
BARE_UNIT = ""  # no noun to count: the unit is unknown, not guessed
_SPLIT_WORDS = frozenset({"to", "in", "out", "-", "\u2013"})


def _bare(ent: Any) -> str | None:
    """:data:`BARE_UNIT` for a count in digits that is the subject or object of its clause and
    names no noun, not even one before it ("some 3,000 were evacuated"), else None. Not a part
    of a group ("one of them"), a share ("one-third"), a label ("Item 12": a compound) or a
    year (refused later, by :func:`_is_year`), nor a vote split or a ratio ("passed 252 to
    175", "some 1 in 5"), nor a figure with a fraction ("jumped 4 3/8": a price's change; things
    are counted whole). Words ("two were hurt") are left out: the key numbers skip bare small
    number words, and a reference back ("the two") reads the same."""
    root = ent.root
    there = root.dep_ == "attr" and any(c.dep_ == "expl" for c in root.head.children)
    # "claims dropped 18,000 to 367,000": the amount of a change, which the parser hangs on
    # the verb as an adverbial noun phrase
    by = root.dep_ == "npadvmod" and root.head.lemma_.lower() in CHANGE_VERBS
    if root.dep_ not in _BARE_DEPS and not there and not by:
        return None
    if "-" in ent.text or not any(ch.isdigit() for ch in ent.text):
        return None
    if "/" in ent.text:
        return None  # "Kell Mills jumped 4 3/8, to 76": a price's change; things come whole
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return None
    split = ent.end + 1 < len(doc) and doc[ent.end].lower_ in _SPLIT_WORDS
    if split and doc[ent.end + 1].like_num and not by:
        return None  # "passed 252 to 175", "some 1 in 5": a vote split or a ratio
    if _dialled(root):
        return None  # "dialed 911": a telephone number; "will turn 29": an age
    return BARE_UNIT


# Verbs whose bare number object is no count: a number one calls, an age one turns.
_NOT_COUNTING_VERBS = frozenset({"call", "dial", "phone", "ring", "text", "turn"})


def _dialled(root: Any) -> bool:
    """Whether a number is the object of a verb that takes no count ("called 911", "turns 29")."""
    return bool(root.dep_ == "dobj" and root.head.lemma_.lower() in _NOT_COUNTING_VERBS)


def _head_unit(ent: Any, head: Any, *, counted: bool = True) -> str | None:
    """The unit of a count from the noun its number modifies (``counted``) or whose level it
    is (the subject of "fell to 473,000", written before the number)."""
    if head.pos_ not in ("NOUN", "PROPN") or (counted and head.i < ent.start):
        return None
    lemma = str(head.lemma_).lower()
    if lemma == "thing":
        return None  # "one thing I felt": a phrase, not a figure
    if lemma == "one":
        return BARE_UNIT  # "two long-range ones": "ones" stands for a noun named before
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return _counted_name(head, lemma)  # not "100 mg", which spaCy may call a name too
    word = CURRENCY_WORDS.get(lemma) or CURRENCY_WORDS.get(head.lower_)
    if word:
        return word  # "24.2 million euros", "7 reals": spaCy's CARDINAL, but money
    if lemma in PEOPLE or _person_in_ist(lemma):
        return "people"
    if lemma in DURATION_UNITS:
        return f"{lemma}s"
    hyphen = head.i == ent.end + 1 and head.doc[ent.end].text == "-"  # "a two-time champion"
    if lemma == "time" and (head.tag_ == "NNS" or _is_one(ent) or hyphen):
        return "times"  # not "two time outs" (a singular "time" after more than one)
    if counted and lemma == "call" and ent.text.strip() == _EMERGENCY_NUMBER:
        return None  # "911 calls": calls to the emergency number, not a count of 911
    hyphened = _hyphen_compound(ent, head)
    if hyphened is not None:
        return hyphened  # "nine break-ins": the noun is the whole compound, not "in"
    if lemma == "other" and counted:
        return _others(ent)
    if lemma in MEASURES:
        return MEASURES[lemma]
    if counted and head.tag_ == "NN" and not _is_one(ent) and "-" not in ent.text:
        return None  # "a 911 call", "a 6-3 majority": more than one takes a plural noun
    return _LEMMA_FIXES.get(lemma, lemma)


def _person_in_ist(lemma: str) -> bool:
    """A noun of people in "-ist" ("activist", "economist", "journalist"): the suffix names
    someone who does or holds something; seven letters or more, so not "list", "wrist", "twist"
    or "assist", and not a list of some kind ("checklist", "playlist", "shortlist")."""
    return (
        len(lemma) >= 7
        and lemma.endswith("ist")
        and lemma.isalpha()
        and not lemma.endswith(_LIST_COMPOUNDS)
    )


_LIST_COMPOUNDS = ("checklist", "playlist", "shortlist", "blacklist", "watchlist", "wishlist")


# The US emergency number, before "call(s)" (a convention of US copy, not a count).
_EMERGENCY_NUMBER = "911"


def _hyphen_compound(ent: Any, head: Any) -> str | None:
    """The singular of a hyphenated noun a count modifies ("nine break-ins": "break-in"), when
    the tokenizer split it and the parser took its last part for the noun; else None."""
    doc = head.doc
    if head.i < ent.end + 2 or doc[head.i - 1].text not in ("-", "\u2013"):
        return None
    first, dash = doc[head.i - 2], doc[head.i - 1]
    glued = first.idx + len(first) == dash.idx and dash.idx + 1 == head.idx
    if not glued or not first.is_alpha or first.like_num:
        return None
    return f"{first.lower_}-{head.lemma_.lower()}"


# Plurals en_core_web_sm lemmatizes wrongly, as seen in news ("20 million doses": "dos").
_LEMMA_FIXES = {"dos": "dose", "basis": "base"}  # "four fan bases"


def _others(ent: Any) -> str:
    """The unit of "N others": what a count before it in the sentence counted ("killed two
    workers and wounded three others": people), else :data:`BARE_UNIT` (not "other")."""
    earlier = [e for e in ent.sent.ents if e.end <= ent.start and e.label_ == "CARDINAL"]
    others = ent.root.head
    for prev in reversed(earlier):
        head = prev.root.head if prev.root.dep_ in ("nummod", "quantmod") else None
        unit = _head_unit(prev, head) if head is not None and head.lemma_ != "other" else None
        if unit and unit != "people" and _another_role(head, others):
            continue  # people stay: "killed four miners, and six others were hurt"
        if unit and unit != "times" and not _is_money(unit):
            return unit
    return BARE_UNIT


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _another_role(noun: Any, others: Any) -> bool:
    """Whether "others" plays another role than the noun an earlier count counts, so that it
    stands for something else: the subject where the noun was an object ("scored 20 points, and
    six others reached ..."), or the object of a verb with a subject of its own ("police seized
    40 rifles, and a gunman shot six others"). Other parses are left as they were, and so are
    counts of people (the caller's check): others after people are people."""
    if others.dep_ in _SUBJECTS:
        return noun.dep_ not in _SUBJECTS
    if others.dep_ != "dobj" or others.head.i == noun.head.i:
        return False
    return any(c.dep_ in _SUBJECTS for c in others.head.children)


def _rate(ent: Any) -> str | None:
    """The unit of a rate, "per 100,000 live births" in "20.1 per 100,000 live births", or None
    when no "per" and a number follow the figure."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "per" or not doc[ent.end + 1].like_num:
        return None
    end = ent.end + 1
    while end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].pos_ in ("ADJ", "NOUN")):
        end += 1  # "100,000 live births"
        if doc[end].pos_ == "NOUN" and doc[end].tag_ in ("NNS", "NN"):
            break
    return "per " + " ".join(t.lower_ for t in doc[ent.end + 1 : end + 1])


def _is_one(ent: Any) -> bool:
    value = parse_value(ent.text)
    return value is not None and value <= 1


def _counted_name(head: Any, lemma: str) -> str | None:
    """A count of a proper noun: a nationality or group in the plural counts people ("27
    Palestinians", "12 million Americans"); a singular name is not what a number counts ("his
    13 Rochester rental properties", "mother of 10 Mrs Smith", "484 US")."""
    if head.tag_ == "NNPS" or head.ent_type_ == "NORP":
        if head.ent_type_ == "NORP":
            return "people"
        if head.ent_type_ or not head.text.isalpha():
            # A product or a model in the plural ("14 AK 47 Rifles", "seven AK-47s"): the
            # thing, in the singular, not people
            return re.sub(r"(?<!s)s$", "", head.lower_)
        return "people" if lemma.endswith("s") else lemma
    word = CURRENCY_WORDS.get(head.lower_)
    return word or None


_NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_RANGE_JOINS = frozenset({" to ", "-", "\u2013", " - ", " \u2013 ", " and ", " or "})


def _or_high(ent: Any, nxt: Any) -> tuple[float, str] | None:
    """``(high, unit)`` of a range "3 or 4 engineers" whose high end spaCy's parse leaves with
    no noun (the parser joins "4" to "3"): the high end's value and the low end's unit; None
    unless the two are joined by "or"."""
    if doc_text(ent.doc)[ent.end_char : nxt.start_char] != " or ":
        return None
    low, ends = read_number(ent), _range_ends(ent.text, nxt.text)
    return (ends[1], low[1]) if low is not None and ends is not None else None


def _range_low(ent: Any, nxt: Any) -> float | None:
    """The low end of a range spaCy split in two entities ("40" and "60" in "40 to 60 workers",
    "between 5 and 7 percent"), or None when ``ent`` and ``nxt`` are not one."""
    if ent.label_ not in _NUMERIC_LABELS or nxt.label_ not in _NUMERIC_LABELS:
        return None
    text = doc_text(ent.doc)
    join = text[ent.end_char : nxt.start_char]
    if join not in _RANGE_JOINS:
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if join == " and " and before != "between":
        return None  # "3 and 4 houses" is a list
    if before == "from" and not _ranges(ent.doc[ent.start - 1]):
        return None  # "rose from 3 to 5": a change
    ends = _range_ends(ent.text, nxt.text)
    if ends is not None and ent.start > 0 and _change_by(ent.doc[ent.start - 1], *ends):
        return None  # "dropped 20,000 to 385,000": a change by 20,000 to 385,000
    return ends[0] if ends is not None else None


# After a verb of change, "X to Y" with Y at least this many times X is a change by X to the
# level Y ("claims dropped 18,000 to 367,000"), not a range: a range's ends are close ("wages
# could rise 10 to 15 percent").
_CHANGE_RATIO = 5


def _change_by(verb: Any, low: float, high: float) -> bool:
    """Whether "low to high" right after ``verb`` tells a change by ``low`` to ``high``."""
    return bool(verb.lemma_.lower() in CHANGE_VERBS and high >= _CHANGE_RATIO * low)


# The high end of a range that spaCy left out of the span: "between 200" + " and 350", a sum
# "$140" + "-150MM".
_BETWEEN_TAIL = re.compile(r"\s+and\s+(?P<high>\d[\d,]*(?:\.\d+)?(?:\s*(?:MM\b|[a-z]+))?)")
_MONEY_TAIL = re.compile(r"\s*[-\u2013]\s*(?P<high>\d[\d,]*(?:\.\d+)?(?:\s*(?:MM\b|[a-z]+))?)")


def _range_tail(ent: Any, unit: str) -> tuple[tuple[float, float], int] | None:
    """``((low, high), end)`` of a range whose high end follows the span, else None."""
    text = doc_text(ent.doc)
    if ent[0].lower_ == "between" and ent[-1].like_num:
        match = _BETWEEN_TAIL.match(text, ent.end_char)
    elif _is_money(unit) and ent[-1].text[-1:].isdigit():
        match = _MONEY_TAIL.match(text, ent.end_char)
    else:
        return None
    if match is None:
        return None
    high = match["high"]
    if not high[-1].isdigit() and _scale_of(high) == 1:
        high = re.sub(r"\s*[A-Za-z]+$", "", high)  # "350 passengers": the noun is no scale
    ends = _range_ends(ent.text, high)
    return (ends, match.start("high") + len(high)) if ends else None


def read_range(ent: Any) -> tuple[float, float] | None:
    """``(low, high)`` of a figure that is a range ("between 40 and 60 people", "three to five
    years", "between $5 and $7 billion": the scale of the high end also scales the low one), or
    None. "from $3 billion to $5 billion" is a change, not a range: None."""
    if _height(ent) is not None:
        return None  # "5-foot-8": feet and inches
    text = " ".join(ent.text.split())
    after_from = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "from"
    after_from = after_from and not _ranges(ent.doc[ent.start - 1])
    if after_from or text.lower().startswith("from "):
        return None
    match = _RANGE.match(re.sub(r"^between\s+", "", text, flags=re.I))
    if match is None or not _starts_with_number(match["high"]):
        return None  # "half-a-dozen", "3-of-4": no second number after the hyphen
    return _range_ends(match["low"], match["high"])


# Verbs after which "from X to Y" spans a range rather than telling a change ("estimates ranged
# from 2,000 to 5,000" against "the toll rose from 12 to 30").
_RANGE_VERBS = frozenset({"range", "vary"})


def _ranges(from_tok: Any) -> bool:
    """Whether the "from" token hangs on a verb of range ("ranged from")."""
    return bool(from_tok.head.lemma_.lower() in _RANGE_VERBS)


def _starts_with_number(text: str) -> bool:
    """Whether the high end of a range opens with a number ("60", "$7", "five"), not "a"."""
    first = text.lstrip("$\u20ac\u00a3 ").split(None, 1)[0].lower() if text.strip() else ""
    return first[:1].isdigit() or (first in WORDS and first not in ("a", "an")) or first in SCALES


def _range_ends(low_text: str, high_text: str) -> tuple[float, float] | None:
    """The two ends of a range written as ``low_text`` and ``high_text``, the high end's scale
    scaling a low end written without one ("$5 and $7 billion", "1 to 2 million"); None unless
    both parse and the low one is lower."""
    low, high = parse_value(low_text), parse_value(high_text)
    if low is None or high is None:
        return None
    scale = _scale_of(high_text)
    if scale > 1 and _scale_of(low_text) == 1:
        low *= scale
    return (low, high) if 0 < low < high else None


def _scale_of(text: str) -> float:
    """The scale word or suffix in a figure's text ("2 million", "$7bn"), else 1."""
    text = _MM.sub(r"\1 million", text)
    match = _DIGITS.search(text)
    if match and match.group(2):
        return SCALES[match.group(2).lower()]
    found = [SCALES[w] for w in text.lower().split() if w in SCALES and w not in _GLUED_SCALES]
    return max(found, default=1.0)


# "MM" after a figure, finance's million ("$160MM"); in capitals only: "5.56mm" is millimetres.
_MM = re.compile(r"(\d)\s*MM\b")
# "a quarter" before a scale word is a quarter of it ("nearly a quarter-trillion dollars", "a
# quarter of a billion"); only there: "quarter" is no number word ("two quarter-finals").
_QUARTER = re.compile(
    r"\b(?:a\s+)?quarter(?:\s+of\s+a)?[-\s]+(?=(?:thousand|million|billion|trillion)\b)", re.I
)


def parse_value(text: str) -> float | None:
    """The number in a span's text: "2,400", "€14 million", "1.2bn", "two hundred", "a dozen",
    "2 1/2"."""
    for char, spelled in _UNICODE_FRACTIONS.items():
        text = text.replace(char, spelled)
    text = _MM.sub(r"\1 million", text)
    text = _QUARTER.sub("0.25 ", text)
    words = text.lower().replace("-", " ").split()
    match = _DIGITS.search(text)
    if match:
        value = float(match.group(1).replace(",", ""))
        suffix = (match.group(2) or "").lower()
        if suffix:
            return value * SCALES[suffix]
        lone = _LONE_FRACTION.match(text, match.start())
        if lone and int(lone[1]) < int(lone[2]) and not text[: match.start()].strip():
            return int(lone[1]) / int(lone[2])  # "1/2 liter": the fraction alone
        value += _fraction(text, match)
        rest = text[match.end() :].lower().replace("-", " ").split()  # "$161-million"
        for word in rest[:2]:
            if word in SCALES and word not in ("m", "b", "k"):
                value *= SCALES[word]
        return value
    return _word_value(words)


# A fraction with no whole number before a unit: "1/2 liter", "3/4 mile" (numerator below
# denominator; a slashed span alone, a date such as "9/11", is refused before).
_LONE_FRACTION = re.compile(r"([1-9])/([2-9]|1[0-6])\b(?!/)")


def _fraction(text: str, match: re.Match[str]) -> float:
    """The fraction after a whole number: "2 1/2", wire style "2 1-2"; else 0."""
    frac = _FRACTION.match(text, match.start())
    if frac and frac.group(1) == match.group(1).replace(",", ""):
        num, den = int(frac.group(2)), int(frac.group(3))
        if 0 < num < den:
            return num / den
    return 0.0


def _word_value(words: list[str]) -> float | None:
    """A number in words; for a range ("three to five", "between two and four") its first
    number, not the sum of both."""
    total, current, seen = 0.0, 0.0, False
    last = 0.0  # the last number word added to ``current``: "twenty five" goes on, "three five" not
    previous = ""
    article = False  # ``current`` is a lone "a"/"an": "an eight percent" is 8, "a half" 0.5
    for word in words:
        if word in WORDS and not (word in ("a", "an") and seen):
            value = WORDS[word]
            if article:
                current, article = 0.0, False
            if seen and last and value >= 1 and (last < 20 or value >= 20 or last % 10):
                break  # a second number: a range or a list, not one figure
            article = word in ("a", "an")
            current += value
            last = value if value >= 1 and not article else 0.0
            seen = True
        elif word.startswith("multi") and word[5:] in SCALES and not seen:
            return None  # "multimillion-dollar": millions, but no number of them
        elif word in SCALES and word not in ("m", "b", "k", "mn", "bn", "tn"):
            if not seen and previous in _VAGUE:
                return None  # "several billion dollars": no number to scale
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1e3:
                total, current = total + current, 0.0
            last, article = 0.0, False
            seen = True
        elif word == "and" and seen:
            continue
        elif word == "few":
            return None  # "a few minutes", "a few hundred": no figure ("a" is not one here)
        elif word == "couple" and previous in ("a", "an"):
            current, article, last, seen = 2.0, False, 2.0, True  # "a couple (of) hours"
        previous = word
    value = total + current
    return value if seen and value > 0 else None
