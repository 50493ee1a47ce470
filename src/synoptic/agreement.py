"""Agreement and disagreement between two claims: cue lexicons and :func:`compare_claims`.

:func:`compare_claims` is the public judgement of whether two passages agree, disagree or are
unrelated (``scripts/eval_claimdiff.py`` measures it). It works in three steps:

1. **relatedness**: the larger of the embedding cosine and the content-word containment of the
   two texts; below the model's ``unrelated_below`` the pair is ``unrelated`` (score 0);
2. **fitted score**: a logistic regression over general features of the pair (stance markers
   in either text, relatedness, length, evaluative tone gap; :mod:`synoptic._claim_model`),
   fitted on ClaimDiff-W by ``scripts/fit_compare.py``, gives the probability of disagreement;
   ``disagree`` from the threshold picked with it;
3. **contradictions**: an antonym, a different value for one quantity or a rejection between
   near-paraphrases (a negation between near-identical texts) is ``disagree`` whatever the
   model says: ClaimDiff holds too few of them to learn from (:func:`contradiction`).

:func:`score_relation` is the earlier hand-set rule (cues as a noisy-or scaled by relatedness);
the conflicts stage still gates its outcome rule on it, and :func:`compare_claims` uses its
score for ruled contradictions. See ``docs/agreement.md`` for the measured figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np

from synoptic.model import Support
from synoptic.text import stem

if TYPE_CHECKING:
    from synoptic.backends.embedders import Embedder

Label = Literal["agree", "disagree", "unrelated"]

# Relatedness below which two texts are about different things, whatever their cues.
UNRELATED_BELOW = 0.22
# Relatedness at which cues count in full (linear ramp from UNRELATED_BELOW).
RELATED_FULL = 0.5
# Cue score from which :func:`score_relation` says "disagree".
DISAGREE_FROM = 0.35
# Relatedness from which an antonym, a value mismatch or a rejection is a contradiction whatever
# the fitted model says; a lone negation needs near-identical texts (as in the conflicts stage).
CONTRADICTION_RELATED = 0.6
NEGATION_RELATED = 0.8

# One shared word is chance: word containment counts from this many shared content words.
MIN_SHARED_WORDS = 2

# Cue weights (noisy-or). A rejection is the strongest single signal; hedges alone are weak.
W_REJECTION = 0.6
W_NEGATION = 0.4
W_ANTONYM = 0.45
W_VALUE = 0.45
W_HEDGE = 0.15

# --- lexicons ----------------------------------------------------------------------------------
# Written as "|"-separated phrases, matched as whole words on lower-cased text.


def _phrases(spec: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in spec.replace("\n", "|").split("|") if p.strip())


NEGATORS = frozenset(
    _phrases("not|no|never|none|nothing|nobody|neither|nor|without|cannot|hardly|n't")
)

# Phrases by which an author rejects or qualifies a view.
REJECTION_PHRASES = _phrases("""
    is incorrect|are incorrect|was incorrect|is not correct|is not true|is untrue|is false
    is wrong|are wrong|was wrong|were wrong|is mistaken|is misleading|a biased|is biased
    merely speculation
    mere speculation|pure speculation|is speculation|speculative|contrary to|no evidence
    baseless|unfounded|groundless|a myth|overstated|exaggerated|not the case
    does not hold|misreading|merely a speculation|just speculation|only speculation
""") + _phrases("""
    rejected the claim|rejects the claim|denied|denies|dismissed|disputed|refuted|misrepresent
""")
# The last group reports an actor's denial ("the ministry denied ..."): evidence of disagreement
# between two claims, but not the author's own verdict on a view (see AUTHORIAL_REJECTION).
# An author's verdict that a claim was not shown ("the audit failed to show that X", "claimed
# without evidence that X"); the "fail to" forms need "that", or "failed to show up" would count.
EVIDENCE_REJECTION = _phrases("""
    failed to show that|fail to show that|fails to show that|failed to prove that|fail to prove that
    fails to prove that|failed to demonstrate that|failed to establish that|without evidence
    no proof|unsubstantiated|not enough evidence|insufficient evidence
""")
# An author's verdict that a claim is false; "false claims" only before "that" ("filing false
# claims" is a charge, not a verdict), "falsely claimed" with or without it.
FALSE_CLAIM = _phrases("""
    debunked|false claim that|false claims that|falsely claimed|falsely claiming|falsely claims
    falsely said|falsely asserted|falsely stated
""")
# An actor's denial of a stated claim ("the ministry denied that X", "disputed the claim that
# X"): the view is the clause after it. Only with "that": "denied bail", "denied wrongdoing",
# "dismissed the lawsuit" deny a thing or end a case, and state no view another source could hold.
REPORTED_DENIAL = _phrases("""
    denied that|denies that|deny that|denying that|disputed that
    denied claims that|denied reports that|denied the claim that|denied allegations that
    disputed the claim that|disputed claims that|disputes the claim that|rejected the idea that
    rejects the idea that|rejected claims that|rejected the notion that|dismissed the idea that
    dismissed claims that|dismissed the claim that|dismissed suggestions that|refuted the claim that
""")
# The rejections read by the interpretation detector: the author's own, and an actor's denial
# of a "that" clause (another source stating that clause is the other side). The groups above
# are kept out of REJECTION_PHRASES: the fitted compare model and the stance markers count it.
AUTHORIAL_REJECTION = (
    REJECTION_PHRASES[: REJECTION_PHRASES.index("rejected the claim")]
    + EVIDENCE_REJECTION
    + FALSE_CLAIM
    + REPORTED_DENIAL
)
# A claim of evidence or of a finding: what an evidence rejection ("no evidence that X") denies.
EVIDENCE_CLAIM = _phrases("""
    evidence of|evidence that|proof of|proof that|proves|proved|proven|uncovered|shows that
    showed that|shown that|found that|demonstrates|demonstrated
""")
# Markers of an explanation or a reason: the views sources dispute are mostly readings of why.
EXPLANATION = _phrases("""
    because|prompted|prompt|led to|lead to|due to|reason|reasons|caused|cause|causes|why
    in order to|result of|as a result|motivated|drove|driven by|behind|explains|explained
    aimed at|so as to|owing to|stems from|stemmed from|triggered|pushed
""")
HEDGES = _phrases("""
    may|might|could|reportedly|allegedly|apparently|possibly|perhaps|unclear|unlikely
    not necessarily|too early|it remains to be seen|seems|appears
""")
CONTRASTS = _phrases("""
    however|but|although|though|yet|despite|nevertheless|nonetheless|whereas
    on the other hand|in contrast|instead
""")
CERTAINTY = _phrases(
    "clearly|certainly|undoubtedly|obviously|of course|in fact|must|definitely|without doubt"
)
ATTRIBUTION = _phrases(
    "said|says|told|according to|claimed|claims|argued|argues|believes|stated|reported"
)
FIRST_PERSON = _phrases("i|we|this author|in my view|our")
# Correction notices: a side carrying one is a later correction, not a plain contradiction.
CORRECTIONS = _phrases("""
    correction:|an earlier version|a previous version|has been corrected|was corrected
    we incorrectly|incorrectly stated|incorrectly reported
""")
# Antonym pairs, as snowball stems ("a/b").
ANTONYMS = tuple(
    (x, y)
    for x, y in (
        pair.split("/")
        for pair in _phrases("""
            increas/decreas|rise/fall|rose/fell|higher/lower|win/lose|won/lost|accept/reject
            approv/reject|pass/fail|success/failur|succeed/fail|agre/disagre|support/oppos
            legal/illeg|guilti/innoc|convict/acquit|strengthen/weaken|allow/ban|confirm/deni
            confirm/deny|open/close|true/fals|gain/loss|grow/shrink|expand/contract|start/end
            began/end
        """)
    )
)
STOPWORDS = frozenset(
    _phrases("""
    a|an|the|and|or|of|to|in|on|at|by|for|from|with|as|is|are|was|were|be|been|being|it|its|this
    that|these|those|he|she|they|them|his|her|their|we|our|you|your|i|me|my|has|have|had|do|does
    did|will|would|shall|should|can|could|may|might|must|not|no|so|if|than|then|there|here|which
    who|whom|whose|what|when|where|why|how|all|any|some|such|into|over|under|about|after|before
    between|also|only|just|more|most|other|same|very|s|t|said|says|say|told|according|while|but
    however|although|though|yet|mr|ms|mrs|dr|one|two|three
""")
)

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d", re.UNICODE)


# --- text helpers --------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (``n't`` split off as its own token)."""
    return list(_words(text))


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    # Cached: the conflict rules tokenise the same sentences once per pair they look at.
    out: list[str] = []
    for tok in _WORD.findall(text.lower().replace("’", "'")):
        if tok.endswith("n't") and len(tok) > 3:
            out.extend([tok[:-3], "n't"])
        else:
            out.append(tok)
    return tuple(out)


def content_stems(text: str) -> set[str]:
    """Stems of the content words of ``text`` (no stopwords, no numbers)."""
    return {
        stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit() and len(w) > 1
    }


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger one (0 when they share fewer than 2 words)."""
    if len(a & b) < MIN_SHARED_WORDS:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_phrases(text: str, phrases: tuple[str, ...]) -> list[str]:
    """The ``phrases`` found in ``text`` as whole words (case-insensitive), in lexicon order."""
    low = " " + " ".join(words(text)) + " "
    low = low.replace(" n't ", " not ")
    return [p for p in phrases if f" {p} " in low or (p.endswith(":") and p in text.lower())]


def negation_count(text: str) -> int:
    """How many negators ``text`` contains."""
    return sum(1 for w in words(text) if w in NEGATORS)


# --- dates and figures -------------------------------------------------------------------------

# Words either side of a value that say what it is the value of.
WINDOW_BEFORE = 8
WINDOW_AFTER = 4
# Figures hedged with "about", "some", ... agree within this relative tolerance; others within 2 %.
APPROX_TOLERANCE = 0.1
EXACT_TOLERANCE = 0.02

_MONTH_NAMES = _phrases(
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
MONTHS = {name: i for i, full in enumerate(_MONTH_NAMES, 1) for name in {full, full[:3]}}
MONTHS["sept"] = 9
_M = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_PATTERNS = (
    # (not the second figure of a score before a date: "won 30-7 Oct. 19" is October 19)
    ("dmy", re.compile(
        rf"(?<!\d[-\u2013])\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+(\d{{4}}))?\b"
    )),
    ("mdy", re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?")),
    ("my", re.compile(rf"\b{_M}\s+(\d{{4}})\b")),
    # "in November" (year 0: any year); only after a preposition, so that "May" the verb is safe.
    ("m", re.compile(rf"\b(?:in|since|until|by|from|early|late|mid-?)\s+{_M}(?!\s*\d)\b")),
)
# Values describe what their own clause says: context windows stop at these.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|when|whereas)\b")
# A sentence that opens with a prepositional phrase holding the value, closed by a comma.
_FRONTED = re.compile(
    r"^\W*(?:(?:early|late|shortly|just)\s+)?(?:on|in|at|by|during|before|after)\b[^,;:()]{0,40}$",
    re.IGNORECASE,
)
_FRONTED_END = re.compile(r"^[^,;:()]{0,25},")
_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
_PERCENT = re.compile(r"^\s*(%|per ?cent\b|percent\b)", re.IGNORECASE)
_SCALE = frozenset({"thousand", "million", "billion", "trillion", "bn"})
_TIME_AFTER = re.compile(r"^\s*(a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d)", re.IGNORECASE)
LOWER_BOUND = _phrases("more than|over|at least|upwards of|in excess of|no fewer than|above")
UPPER_BOUND = _phrases("less than|fewer than|under|up to|at most|no more than|below|within")
APPROX = _phrases(
    "about|around|roughly|some|nearly|almost|approximately|over|more than|less than|at least"
    "|up to|just over|just under|estimated|an estimated"
)
_UNIT_WORDS = frozenset(
    {
        "per",
        "cent",
        "percent",
        *_SCALE,
        *_phrases("year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes"),
        *(w for p in APPROX + LOWER_BOUND + UPPER_BOUND for w in p.split()),
    }
)


@dataclass(slots=True, frozen=True, kw_only=True)
class Value:
    """A date or figure as written, with the words around it that say what it measures.

    ``value`` is ``(year, month, day)`` or ``(year, month)`` for dates (year 0 when not given)
    and ``(number,)`` for figures; ``unit`` is ``day``, ``month``, ``percent``, ``money`` or
    ``count`` (or ``duration:hours``, ``money:EUR`` from the numbers stage); ``noun`` is what
    a count counts when known; ``bound`` is ``min`` for "more than 24", ``max`` for "up to 24";
    ``start``/``end`` are offsets into the text (plus ``base``).
    """

    start: int
    end: int
    text: str
    value: tuple[float, ...]
    unit: str
    approx: bool = False
    context: frozenset[str] = frozenset()
    context_words: tuple[str, ...] = ()
    noun: str = ""
    bound: str = ""
    high: float | None = None  # the high end of a range ("between 40 and 60": 60)


def find_dates(raw: str, base: int = 0) -> list[Value]:
    """Absolute dates in ``raw``: "3 June", "April 25, 2019", "May 2018" (not "a year ago")."""
    found: list[Value] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(raw):
            if any(m.start() < v.end - base and v.start - base < m.end() for v in found):
                continue
            value = _date_value(kind, m.groups())
            if value is not None:
                unit = "day" if len(value) == 3 else "month"
                found.append(_value(raw, base, m.start(), m.end(), value, unit, False))
    return sorted(found, key=lambda v: v.start)


# A year alone, after a preposition ("founded in 1894"); not a span's end, nor after "since"
# ("the highest pace since 1992" is a record's window, not a date).
_YEAR_ALONE = re.compile(
    r"\b(?:in|until|by)\s+((?:1[89]|20)\d\d)\b(?!\s*(?:[-–/]|to\b|and\b|or\b)\s*\d)"
)


def find_years(raw: str, base: int = 0) -> list[Value]:
    """Years given alone ("was founded in 1894"; unit ``year``), not inside a span ("from 1990
    to 1994"). Kept apart from :func:`find_dates`, whose callers want days and months."""
    found = []
    for m in _YEAR_ALONE.finditer(raw):
        if re.search(r"\b(?:from|between)\s+$", raw[: m.start()]):
            continue
        found.append(_value(raw, base, m.start(1), m.end(1), (float(m.group(1)),), "year", False))
    return found


def _date_value(kind: str, groups: tuple[str | None, ...]) -> tuple[float, ...] | None:
    if kind == "my":
        return (float(groups[1] or 0), float(_month(groups[0])))
    if kind == "m":
        return (0.0, float(_month(groups[0])))
    day, month, year = groups if kind == "dmy" else (groups[1], groups[0], groups[2])
    d = int(day or 0)
    if not 1 <= d <= 31:
        return None
    return (float(year or 0), float(_month(month)), float(d))


def _month(name: str | None) -> int:
    key = str(name).lower().rstrip(".")
    return MONTHS.get(key, MONTHS.get(key[:3], 0))


def find_figures(raw: str, base: int = 0) -> list[Value]:
    """Figures written in digits in ``raw`` with their unit class; dates, times, years skipped."""
    dates = [(v.start, v.end) for v in find_dates(raw)]
    found: list[Value] = []
    for m in _FIGURE.finditer(raw):
        s, e = m.start(), m.end()
        if any(s < de and ds < e for ds, de in dates) or _TIME_AFTER.match(raw[e:]):
            continue
        number = float(m.group(1).replace(",", ""))
        unit, e = _unit(raw, s, e)
        if unit == "money":
            s -= 1  # the value as written includes its currency sign
        if unit == "count" and 1800 <= number <= 2100 and "." not in m.group(1):
            continue  # a year: compared as a date, not as a figure
        before = " " + " ".join(words(raw[max(0, s - 30) : s])[-3:]) + " "
        approx = any(f" {a} " in before for a in APPROX)
        value = _value(raw, base, s, e, (number,), unit, approx)
        found.append(replace(value, bound=bound_of(raw[max(0, s - 25) : s])))
    return found


def _unit(raw: str, s: int, e: int) -> tuple[str, int]:
    pct = _PERCENT.match(raw[e:])
    if pct:
        return "percent", e + pct.end()
    unit = "money" if s > 0 and raw[s - 1] in "$€£¥" else "count"
    nxt = re.match(r"^\s*([A-Za-z]+)", raw[e:])
    if nxt and nxt.group(1).lower() in _SCALE:
        e += nxt.end()
    return unit, e


def value_at(
    raw: str,
    base: int,
    s: int,
    e: int,
    value: tuple[float, ...],
    unit: str,
    approx: bool,
    noun: str = "",
) -> Value:
    """The :class:`Value` written at ``raw[s:e]``, with the words of its clause as context."""
    return replace(_value(raw, base, s, e, value, unit, approx), noun=noun)


def bound_of(lead: str) -> str:
    """``min`` when ``lead`` (the few words before a figure, or the figure's own text) says
    "more than", "at least"...; ``max`` for "up to", "under"...; else ``""``."""
    found = " " + " ".join(words(lead)[-5:]) + " "
    if any(f" {p} " in found for p in LOWER_BOUND):
        return "min"
    if any(f" {p} " in found for p in UPPER_BOUND):
        return "max"
    return ""


def _value(
    raw: str, base: int, s: int, e: int, value: tuple[float, ...], unit: str, approx: bool
) -> Value:
    # The value's own clause first; the plain word window when that clause says nothing
    # ("On 12 April, in Vladivostok, ...").
    left = _CLAUSE_BREAK.split(raw[:s])[-1]
    right = _CLAUSE_BREAK.split(raw[e:])[0]
    around = words(left)[-WINDOW_BEFORE:] + words(right)[:WINDOW_AFTER]
    if _FRONTED.match(raw[:s]) and _FRONTED_END.match(raw[e:]):
        # A fronted phrase ("On the morning of 9 May, the ferry sank"): it dates the clause it
        # introduces, whose first words (the subject, often the verb) say what happened.
        main = _CLAUSE_BREAK.split(raw[e:].split(",", 1)[1])[0]
        around += words(main)[:WINDOW_BEFORE]
    ctx = _context_words(around)
    if not ctx:
        ctx = _context_words(words(raw[:s])[-WINDOW_BEFORE:] + words(raw[e:])[:WINDOW_AFTER])
    return Value(
        start=base + s,
        end=base + e,
        text=raw[s:e],
        value=value,
        unit=unit,
        approx=approx,
        context=frozenset(stem(w) for w in ctx),
        context_words=ctx,
    )


def _context_words(around: list[str]) -> tuple[str, ...]:
    return tuple(
        w
        for w in around
        if w not in STOPWORDS
        and w not in _UNIT_WORDS
        and w not in MONTHS
        and not w[0].isdigit()
        and len(w) > 2
    )


def same_value(a: Value, b: Value) -> bool:
    """Whether two values of one unit agree (a missing year matches any year; rounding allowed)."""
    if a.unit != b.unit:
        return False
    if a.unit in ("day", "month", "year"):
        return all(x == y or 0 in (x, y) for x, y in zip(a.value, b.value, strict=True))
    x, y = a.value[0], b.value[0]
    tol = APPROX_TOLERANCE if (a.approx or b.approx) else EXACT_TOLERANCE
    if a.high is not None or b.high is not None:
        # A range agrees with every value or range it overlaps ("40 to 60" and 50).
        x_high = a.high if a.high is not None else x
        y_high = b.high if b.high is not None else y
        return x <= y_high * (1 + tol) and y <= x_high * (1 + tol)
    # A bound agrees with every value on its side of it ("more than two dozen" and 27).
    if a.bound or b.bound:
        return _within_bound(a, y) if a.bound else _within_bound(b, x)
    return x == y or (max(abs(x), abs(y)) > 0 and abs(x - y) / max(abs(x), abs(y)) <= tol)


def _within_bound(bounded: Value, other: float) -> bool:
    limit = bounded.value[0]
    return other >= limit if bounded.bound == "min" else other <= limit


def same_quantity(
    a: Value,
    b: Value,
    is_date: bool,
    common: frozenset[str] = frozenset(),
    same_noun: bool | None = None,
) -> bool:
    """Whether ``a`` and ``b`` give *different* values for what reads as the same quantity.

    Same unit and precision, different values, and shared words around them: one for dates
    (the event: "meeting", "summit") or figures counting the same noun, two for other
    figures ("port's shipping schedule listed 27 vessels waiting" / "31 cargo ships waiting").
    Words in ``common`` (a cluster's topic words) do not count. ``same_noun`` says whether the
    two count the same thing (default: the same ``noun``).
    """
    if a.unit != b.unit or same_value(a, b):
        return False
    years_known = 0 not in (a.value[0], b.value[0])
    if is_date and years_known and a.value[0] != b.value[0] and a.value[1:2] != b.value[1:2]:
        return False  # another year and another month: another event, not a slip
    # The counted noun is the unit, not a word around the value ("1,840 cases" / "23,000 cases").
    shared = (a.context & b.context) - common - {stem(a.noun), stem(b.noun)}
    if same_noun is None:
        same_noun = bool(a.noun) and a.noun == b.noun
    need = 1 if is_date or same_noun else 2
    return bool(shared) and len(shared) >= min(need, len(a.context), len(b.context))


# --- relation ------------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True, kw_only=True)
class Relation:
    """How claim ``b`` relates to claim ``a``.

    Attributes:
        label: ``agree``, ``disagree`` or ``unrelated``.
        score: strength of disagreement in [0, 1] (0 for no disagreement evidence).
        similarity: relatedness in [0, 1] (embedding cosine or word containment, the larger).
        cues: the disagreement evidence found, e.g. ``("rejection:is incorrect", "negation")``.
    """

    label: Label
    score: float
    similarity: float
    cues: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "score": self.score,
            "similarity": self.similarity,
            "cues": list(self.cues),
        }


def cosine(embedder: Embedder, a: str, b: str) -> float:
    """Cosine of the two texts' vectors (the embedders return L2-normalised rows)."""
    vecs = embedder.encode([a, b])
    return float(np.clip(np.dot(vecs[0], vecs[1]), -1.0, 1.0))


def relatedness(a: str, b: str, cos: float | None) -> float:
    """The larger of the embedding cosine and the content-word containment, in [0, 1]."""
    lexical = containment(content_stems(a), content_stems(b))
    return max(0.0, min(1.0, max(lexical, cos if cos is not None else 0.0)))


def disagreement_cues(a: str, b: str) -> list[tuple[str, float]]:
    """Disagreement evidence between ``a`` and ``b``, each with its weight."""
    cues: list[tuple[str, float]] = []
    rej_a, rej_b = find_phrases(a, REJECTION_PHRASES), find_phrases(b, REJECTION_PHRASES)
    if bool(rej_a) != bool(rej_b):
        cues.append((f"rejection:{(rej_a or rej_b)[0]}", W_REJECTION))
    negated = (negation_count(a) > 0) != (negation_count(b) > 0)
    antonym = _antonym(a, b)
    # "will oppose" vs "no intention of supporting": a negation and an antonym cancel out.
    if negated and not antonym:
        cues.append(("negation", W_NEGATION))
    if antonym and not negated:
        cues.append((f"antonym:{antonym}", W_ANTONYM))
    if _value_mismatch(a, b):
        cues.append(("value", W_VALUE))
    hedge_a = find_phrases(a, HEDGES + CONTRASTS)
    hedge_b = find_phrases(b, HEDGES + CONTRASTS)
    if bool(hedge_a) != bool(hedge_b):
        cues.append((f"hedge:{(hedge_a or hedge_b)[0]}", W_HEDGE))
    return cues


def _antonym(a: str, b: str) -> str | None:
    sa = {stem(w) for w in words(a)}
    sb = {stem(w) for w in words(b)}
    for x, y in ANTONYMS:
        if (x in sa and y in sb and y not in sa and x not in sb) or (
            y in sa and x in sb and x not in sa and y not in sb
        ):
            return f"{x}/{y}"
    return None


def _value_mismatch(a: str, b: str) -> bool:
    # The same quantity or event given different values, and neither text has the other's value.
    va = find_dates(a) + find_figures(a)
    vb = find_dates(b) + find_figures(b)
    if any(same_value(x, y) for x in va for y in vb):
        return False
    return any(same_quantity(x, y, x.unit in ("day", "month")) for x in va for y in vb)


def score_relation(a: str, b: str, cos: float | None) -> Relation:
    """The hand-set cue relation (``None`` cosine: words only); not fitted, kept for rules.

    The cues are combined as a noisy-or, scaled by a ramp of relatedness, and ``disagree`` from
    :data:`DISAGREE_FROM`. The conflicts stage's outcome rule gates on it (an antonym or negation
    between aligned sentences); :func:`compare_claims` uses the fitted model instead.
    """
    related = relatedness(a, b, cos)
    cues = disagreement_cues(a, b)
    raw = 1.0 - float(np.prod([1.0 - w for _, w in cues])) if cues else 0.0
    ramp = (related - UNRELATED_BELOW) / (RELATED_FULL - UNRELATED_BELOW)
    score = round(raw * max(0.0, min(1.0, ramp)), 4)
    label: Label
    if related < UNRELATED_BELOW:
        label = "unrelated"
    elif score >= DISAGREE_FROM:
        label = "disagree"
    else:
        label = "agree"
    return Relation(
        label=label,
        score=score,
        similarity=round(related, 4),
        cues=tuple(name for name, _ in cues),
    )


def contradiction(related: float, cues: tuple[str, ...]) -> bool:
    """An explicit contradiction between near-paraphrases, whatever the fitted model says.

    An antonym, a different value for one quantity, or an authorial rejection between texts
    related at :data:`CONTRADICTION_RELATED` or more; a negation in one text only between
    near-identical texts (:data:`NEGATION_RELATED`). ClaimDiff's weakening pairs hold almost
    none of these (its "weakens" is about nuance), so the model cannot learn them; they stay
    rules, as in the conflicts stage.
    """
    if related >= NEGATION_RELATED and "negation" in cues:
        return True
    strong = ("antonym:", "value", "rejection:")
    return related >= CONTRADICTION_RELATED and any(c.startswith(strong) for c in cues)


def fitted_relation(a: str, b: str, cos: float | None, embedder_name: str | None) -> Relation:
    """:func:`compare_claims` once the cosine is known, with the model fitted for the embedder.

    ``cos`` is the embedding cosine (``None``: words only); ``embedder_name`` picks the weights
    fitted with that embedder's cosines (an embedder without weights, or no cosine, gets the
    words-only model, which uses ``cos`` for relatedness only). The score is the model's
    probability of disagreement, raised to the cue score of :func:`score_relation` when
    :func:`contradiction` holds.
    """
    from synoptic import _claim_model as cm  # imports this module: loaded on first use

    related = relatedness(a, b, cos)
    cues = tuple(name for name, _ in disagreement_cues(a, b))
    model = cm.model_for(embedder_name if cos is not None else None)
    if related < model.unrelated_below:
        return Relation(label="unrelated", score=0.0, similarity=round(related, 4), cues=cues)
    prob = model.probability(cm.pair_features(a, b, cos if "cosine" in model.features else None))
    ruled = contradiction(related, cues)
    score = max(prob, score_relation(a, b, cos).score) if ruled else prob
    label: Label = "disagree" if ruled or prob >= model.threshold else "agree"
    return Relation(label=label, score=round(score, 4), similarity=round(related, 4), cues=cues)


def compare_claims(a: str, b: str, embedder: Embedder | None = None) -> Relation:
    """Whether claim ``b`` agrees with, disagrees with, or is unrelated to claim ``a``.

    The judgement is symmetric: ``compare_claims(b, a)`` gives the same label and score.

    Args:
        a: a claim (one sentence or a short passage).
        b: another claim, typically from another source.
        embedder: the sentence embedder to measure relatedness with; by default the configured
            one (``embed.backend`` in the shipped defaults), loaded once per process.

    Returns:
        A :class:`Relation`: ``label`` in ``{"agree", "disagree", "unrelated"}``, ``score`` the
        fitted probability of disagreement in [0, 1] (``disagree`` from the model's threshold,
        about 0.15 with MiniLM), and the cues found.

    Example:
        >>> from synoptic.backends.embedders import HashingEmbedder
        >>> r = compare_claims("The talks failed.", "The talks did not fail.", HashingEmbedder())
        >>> r.label
        'disagree'
    """
    emb = embedder if embedder is not None else default_embedder()
    return fitted_relation(a, b, cosine(emb, a, b), emb.name)


def default_embedder() -> Embedder:
    """The embedder named in the shipped configuration (``embed.backend``)."""
    from synoptic.backends.embedders import get_embedder
    from synoptic.config import load_options

    return get_embedder(load_options().embed_backend)


# --- support -------------------------------------------------------------------------------------


def support_level(independent: int, cluster_sources: int) -> Support:
    """The support label of a claim carried by ``independent`` independent sources.

    ``consensus`` needs at least three independent sources and more than half of the cluster's
    independent sources; ``corroborated`` needs two; anything else is ``single-source``.
    """
    if independent >= 3 and independent * 2 > cluster_sources:
        return "consensus"
    if independent >= 2:
        return "corroborated"
    return "single-source"
