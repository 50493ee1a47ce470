"""Stage 6, align: group sentences of different sources that carry the same information.

1. Candidates are the sentences that are not duplicates and are long enough to state something.
2. Each candidate's nearest neighbours come from an ANN search (no all-pairs comparison). A pair
   from different sources is scored by the mean of its cosine and its word overlap (content stems
   weighted by inverse sentence frequency in the cluster, cosine-normalised): embeddings alone put
   sentences on the same topic together ("the summit", "Russia"), overlap alone misses
   paraphrase. Pairs scoring >= ``align.similarity`` (with cosine >= ``MIN_COSINE`` and overlap
   >= ``MIN_OVERLAP``, or ``LOW_OVERLAP`` at a cosine of ``HIGH_COSINE`` when neither is a heading
   and their figures do not differ, and either most of the shorter sentence's words in the other,
   a cosine of ``CLOSE_COSINE`` with no figures that differ, or a shared figure) are the links.
   Figures are amounts (:func:`amounts`): a number inside a name ("COVID-19"), a time of day
   ("3 pm") or the day of a date ("by June 4") measures nothing two sentences could agree on.
   Two sentences that tell one event in other words share its clause (:func:`frames`,
   :func:`same_clause`): the same verb and an argument in common, and no objects that differ
   ("the envoy met with Marrow" / "Voss met with the deposed mayor Marrow"), at
   a cosine of ``FRAME_COSINE``, or two arguments in common under other verbs ("Oda asked Brell
   to carry a note" / "Oda wanted Brell to hand the minutes"), at ``JOIN_COSINE``. Such a
   pair reaches the threshold and no further (links on shared words merge first); never with
   figures that differ, a heading, or a negation in one only.
   Two sentences that quote the same words (a quotation of at least ``MIN_QUOTE_WORDS`` words,
   80 % of it shared) count as full overlap: outlets wrap the same quote in different
   attributions ("..., the mayor said of the protesters" / "..., she said in a
   question-and-answer session"), which dilutes the overlap of the whole sentences.
3. Links are merged strongest first into claims, under two rules that keep claims tight: a claim
   holds at most one sentence per source, and every pair of its sentences stays above
   ``LINKAGE`` x the threshold (a cheap complete-linkage check that stops chaining), save that
   a lone sentence linked to one member joins when it stands close by the vectors to each other
   member, with no date, count, quotation, figure or negation setting them apart
   (:meth:`_PairScorer.near`): three outlets word one fact three ways, and the outer two often
   share too few words to link.
   Two sentences that each give a full date (or each a weekday), and no date in common, are
   never linked (:meth:`_PairScorer.other_dates`): worded alike, they date different things or
   disagree on one, and counting them as agreement misstated what the sources say. Nor are a
   statement and a sentence that tells it was taken back ("retracted", "later clarified"), and
   word containment counts only from two shared content words (one is chance, though it be all
   of a short sentence's). Two sentences that each give a count in words ("three people",
   "two men") and no figure in common are never linked either: they disagree on the count
   (spans of time or distance, "three decades" / "five terms", are compared only with spans in
   the same unit). Nor are two sentences that each quote a speaker at length with different words
   (the attribution is what they share); a quoted title ("Lessons From Ships and Sails") is no
   quotation.
4. Copies (``duplicate_of``) join the claim of their original as extra citations, but the number
   of *independent* sources counts each original source once; a source holding a copy of a
   member adds no sentence of its own to that claim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from synoptic.agreement import MIN_SHARED_WORDS, NEGATORS, find_dates, words
from synoptic.backends.ann import nearest
from synoptic.model import Brief, Claim, Sentence, Support
from synoptic.stages._base import Context, stage
from synoptic.stages.numbers import SCALES
from synoptic.stages.numbers import WORDS as NUMBER_WORDS
from synoptic.text import content_stems, weekdays

# Sentences with fewer words are headings or fragments, not information units.
MIN_CLAIM_WORDS = 5
# Every pair inside a claim must reach LINKAGE x align.similarity. These were calibrated by
# reading every cross-source pair above cosine 0.5 in the bundled example and the seeds: the
# planted paraphrases score 0.50-0.75, topic neighbours ("the summit has a symbolic meaning" vs
# "the summit was held in Vladivostok") stay below 0.50.
LINKAGE = 1.0
MIN_COSINE = 0.55
MIN_OVERLAP = 0.3
# Two sentences this close by the vectors need only half the word overlap (the mean with the
# cosine still has to reach ``align.similarity``): outlets word one event fact differently ("a
# federal court dismissed the FTC's antitrust complaint" / "a federal judge threw out antitrust
# lawsuits brought by the FTC"), and at cosine 0.80 and more the pairs read on AllSides 150-199
# below the 0.3 floor were the same fact, but for figures that differ ("$5 trillion in new
# spending" / "a $6 trillion budget", :meth:`_PairScorer.other_figures`) and headings ("Treatment
# Patterns in Patients Too Young for Screening", :func:`_is_title`), which keep the full floor:
# the vectors put a heading close to any sentence on its topic. Read on AllSides 200-240 and
# Multi-News 90-99, the pairs at cosine 0.75-0.80 under the floor whose mean still reaches the
# threshold (overlap 0.2-0.3) were 6 of 7 the same fact ("the mayor on Monday struck down a
# decree that barred ..." / "the mayor on Monday revoked an order that kept ... out"); the
# floor was lowered from 0.80 to 0.75. Below 0.75 the leads stay a known miss (see the test of two
# leads below the floor: a lower floor there cost the AllSides summary).
HIGH_COSINE = 0.75
LOW_OVERLAP = 0.15
# A link also needs one of: most of the shorter sentence's content words in the other, a close
# paraphrase, or a figure in common. Measured by reading 197 cross-source pairs of 17 real
# clusters (the seeds, 12 Multi-News, 4 DUC): the rule drops 14 of 16 links between sentences
# that share a topic and names but not information ("Velmar's stance will weigh in the talks"
# / "such a deal can only happen if the talks move"), at the cost of 7 of 95 true links
# (paraphrases with few words in common). A claim's members must all be linkable (LINKAGE 1.0):
# the looser 0.9 let in 5 links, of which 1 was the same information, 2 partly, 2 not.
MIN_CONTAINMENT = 0.54
# A lone sentence joins a claim when it links to one member and stands this close by the vectors
# to each other member (:meth:`_PairScorer.near`): read on AllSides 100-139, the pairs of one
# fact told by three outlets whose outer wordings failed the link scored cosine 0.67-0.72.
JOIN_COSINE = 0.65
CLOSE_COSINE = 0.75
_DIGITS = re.compile(r"\d[\d.]*\d|\d")
# A number written into a name ("COVID-19", "F-35", "G7") is not a figure two reports agree on:
# two sentences naming the virus share "19" whatever else they say.
NAMED_NUMBER = re.compile(r"\b[^\W\d_]+-?\d+\b")
# A time of day ("3 pm", "10:30 a.m.") dates a report rather than measuring anything: "by 3 pm,
# 6.2% of the pumps had run dry" and "over 3 percent of pumps were empty" share no amount.
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?", re.IGNORECASE)
# A year ("2022", "1992") dates a figure rather than being one: two budgets of one fiscal year.
_YEAR = re.compile(r"(?:19|20)\d\d")
# Counts written in words, compared as digits ("three people" / "two men" disagree; "ten" is
# "10"): the numbers stage's number words from two up, and "dozen". "One" (and "a", "half") is
# left out: it is mostly a pronoun ("one of the ...").
_COUNT_WORDS = {w: str(int(v)) for w, v in NUMBER_WORDS.items() if v >= 2} | {
    "dozen": str(int(SCALES["dozen"]))
}
_COUNT = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\b", re.IGNORECASE)
# A span of time or distance ("three decades", "five terms", "a 10-year sentence", "two miles")
# measures how long or how far, in its own unit: "served for three decades" and "served five
# terms" do not disagree, nor does either with "died at 94", and "two miles apart" is no count of
# the "three people" in the same sentence; only spans in the same unit do ("for three years" /
# "for two years"). The unit word is kept with the figure (:func:`spans`) and figures are
# compared unit by unit. An age ("a 94-year-old", "94 years old") is no span: it is the figure
# of "died at 94".
_TIME_UNITS = (
    "second|minute|hour|day|night|week|month|year|decade|century|centuries|term"
    "|mile|kilometer|kilometre|km|feet|foot|meter|metre|yard|inch|inche"
)
_SPAN = re.compile(
    r"\b(\d[\d,.]*|" + "|".join(_COUNT_WORDS) + r")[\s-]+(" + _TIME_UNITS + r")s?\b(?![\s-]old)",
    re.IGNORECASE,
)
# A shared quotation needs this many words to make two sentences one claim.
MIN_QUOTE_WORDS = 6
# A quotation runs to its closing mark, or to the end of the sentence when the quote goes on
# past it ("I don't think so. It happens," he said: the first sentence has no closing mark).
_QUOTED = re.compile(r"[“\"]([^“”\"]+)(?:[”\"]|$)")
_WORD = re.compile(r"\w+")
# Words that take a statement back. A sentence that tells a statement and its retraction
# ("initially said that 'X', but later clarified that ...") does not carry X, though it quotes
# it; a sentence that only states X and one that tells X was taken back are never one claim.
# Verbs only: "denied" and "corrected" also open plain statements of the same fact, and so
# does "clarified" without "later" ("the ministry clarified that the bridge is closed").
_TAKEN_BACK = re.compile(
    r"\b(?:retract\w*|recant\w*|backtrack\w*|walk(?:s|ed|ing)? back|later clarified)\b",
    re.IGNORECASE,
)
# A negation (the shared ``NEGATORS``) or a failure: two close sentences of which only one has
# it may tell opposite outcomes ("voted to overturn" / "failed to override"), so they do not
# join one claim on their vectors alone (:meth:`_PairScorer.near`).
_NEGATING = NEGATORS | {"fail", "fails", "failed", "failing"}
# Two sentences that tell one event in other words still share its clause: the verb and one of
# its arguments ("the envoy met with Marrow at a villa" / "Lena Voss met with the deposed
# Marrow"), or two of its arguments under other verbs ("Oda asked Brell to carry a note" /
# "Oda wanted Brell to hand the minutes"). Topic neighbours share names but not the clause
# (:func:`frames`, :meth:`_PairScorer.same_frame`). The same verb needs FRAME_COSINE; other
# verbs need the vectors to vouch for them (JOIN_COSINE). Read on AllSides dev 0-59 and
# Multi-News dev 0-19, the rule added 5 agreed claims, all right; below 0.6 (and other verbs
# below 0.65) the pairs it matched were topic neighbours ("X gathered the leaders" / "X will
# press the leaders").
FRAME_COSINE = 0.6
# A reporting verb's clause is what was said; its subject is the attribution, not the fact.
_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "add", "state", "write", "note", "claim", "confirm"}
    | {"warn", "explain", "accord"}
)
# Verbs that carry little of their own: sharing one of them and a noun is no shared event.
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "become"})
# Dependencies of a verb's arguments: its subject, and what it acts on (a passive subject is
# the object: "was found on the patio" / "found him on the patio").
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass"})
# Times and amounts are no arguments to match on: dates and figures are compared apart.
_NOT_ARGUMENT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})


@stage(name="align", requires=("embeddings", "duplicates"), assigns=("claims", "echoes"))
def align(brief: Brief, ctx: Context) -> Brief:
    sentences = brief.sentences()
    assert brief.embeddings is not None
    vectors = brief.embeddings
    cand = [i for i, s in enumerate(sentences) if _is_candidate(s)]
    parses = _parses(brief, sentences, cand)
    scorer = _PairScorer(cand, sentences, vectors, parses, ctx.options.align_similarity)
    echoes: dict[int, set[int]] = {}
    groups = _group(
        cand, sentences, scorer, ctx.options.align_similarity, ctx.options.align_neighbours, echoes
    )
    brief.claims = _claims(groups, sentences, scorer, len(brief.sources))
    brief.echoes = {
        sentences[i].id: {sentences[j].id for j in found} for i, found in echoes.items()
    }
    return brief


def _parses(brief: Brief, sentences: list[Sentence], rows: list[int]) -> dict[int, list[Any]]:
    """The parsed tokens of each row's sentence, from its paragraph's spaCy ``Doc`` (none
    without a parse)."""
    out: dict[int, list[Any]] = {}
    for i in rows:
        s = sentences[i]
        docs = brief.docs.get(s.source, [])
        src = brief.source(s.source)
        if s.paragraph < len(docs) and s.paragraph < len(src.paragraphs):
            base = src.paragraphs[s.paragraph].start
            out[i] = [t for t in docs[s.paragraph] if s.start <= base + t.idx < s.end]
    return out


def _is_candidate(sent: Sentence) -> bool:
    return (
        sent.duplicate_of is None and sent.words >= MIN_CLAIM_WORDS and not sent.text.endswith("?")
    )


class WordOverlap:
    """IDF-weighted content-stem overlap between sentences (row -> text), the IDF taken over the
    sentences given; shared by align's link score and the profiles' "said elsewhere" test."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.bags = {i: frozenset(content_stems(t)) for i, t in texts.items()}
        df = Counter(t for bag in self.bags.values() for t in bag)
        n = max(1, len(texts))
        self.idf = {t: math.log(n / c) + 0.1 for t, c in df.items()}
        self.mass = {i: sum(self.idf[t] for t in bag) for i, bag in self.bags.items()}

    def overlap(self, i: int, j: int) -> float:
        """Shared words' IDF mass, cosine-normalised by the two sentences' masses."""
        shared = sum(self.idf[t] for t in self.bags[i] & self.bags[j])
        return shared / (math.sqrt(self.mass[i] * self.mass[j]) or 1.0)


@dataclass(frozen=True, slots=True)
class Frame:
    """A main-clause verb (lemma) with its subjects and its objects, each argument the set of
    its keys (:func:`_arguments`)."""

    verb: str
    subjects: tuple[frozenset[str], ...]
    objects: tuple[frozenset[str], ...]


def frames(tokens: Sequence[Any]) -> tuple[Frame, ...]:
    """The main clauses of a parsed sentence (spaCy tokens): its root verbs, their conjoined
    verbs and infinitives ("asked Brell to carry"), and the clause under a reporting verb
    (whose speaker is left out: "X said that ..." shares no event with "X said that ...")."""
    todo = [t for t in tokens if t.dep_ == "ROOT"]
    seen: set[int] = set()
    found: list[Frame] = []
    while todo:
        verb = todo.pop(0)
        if verb.i in seen:
            continue
        seen.add(verb.i)
        reporting = verb.lemma_.lower() in _REPORTING
        for child in verb.children:
            if child.pos_ in ("VERB", "AUX") and (
                child.dep_ in ("conj", "xcomp")
                or (child.dep_ == "ccomp" and (reporting or _infinitive(child)))
            ):
                todo.append(child)
        if reporting or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects: list[frozenset[str]] = []
        objects: list[frozenset[str]] = []
        for child in verb.children:
            heads = [child]
            if child.dep_ in ("prep", "agent"):
                heads = [g for g in child.children if g.dep_ == "pobj"]
                bag = subjects if child.dep_ == "agent" else objects
            elif child.dep_ in _SUBJECT_DEPS:
                bag = subjects
            elif child.dep_ in _OBJECT_DEPS:
                bag = objects
            else:
                continue
            for head in heads:
                keys = _arguments(head)
                if keys or (bag is objects and head.pos_ == "PRON"):
                    # An object pronoun ("assaulted him") is an object of its own, unknown:
                    # it matches nothing and differs from a named one ("assaulted her son").
                    bag.append(keys)
        found.append(Frame(verb.lemma_.lower(), tuple(subjects), tuple(objects)))
    return tuple(found)


def _infinitive(verb: Any) -> bool:
    """Whether a clause is an infinitive ("wanted Brell to hand the minutes"): what the
    main verb asks or wants done is part of its event."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _arguments(token: Any) -> frozenset[str]:
    """The keys of an argument: its noun's lemma or its name's word, with the names set before
    or beside it ("the deposed mayor Marrow": mayor, marrow); none for pronouns, times and
    amounts (compared apart), which two sentences share whatever they tell."""
    found = {_key(token)} | {
        _key(c)
        for c in token.children
        if c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    }
    return frozenset(k for k in found if k)


def _key(token: Any) -> str | None:
    """A noun's lemma or a name's word (lower case); None for other words, times, amounts."""
    if token.pos_ not in ("NOUN", "PROPN") or token.like_num or token.ent_type_ in _NOT_ARGUMENT:
        return None
    return str(token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower())


def same_clause(a: tuple[Frame, ...], b: tuple[Frame, ...], other_verbs: bool) -> bool:
    """Whether two sentences' :func:`frames` tell one event: one verb (not a light one) with
    an argument in common and no objects that differ ("AFM affects adults" / "AFM affects the
    spinal cord" share the subject and tell two facts), or, with ``other_verbs``, two
    arguments in common, one of them no subject of both ("Oda asked Brell to carry a note" /
    "Oda wanted Brell to hand the minutes": Oda and Brell)."""
    for fa in a:
        for fb in b:
            if fa.verb != fb.verb or fa.verb in _LIGHT_VERBS:
                continue
            if _meet(fa.objects, fb.objects) or (
                _meet(fa.subjects, fb.subjects) and not (fa.objects and fb.objects)
            ):
                return True
    if not other_verbs:
        return False
    # Shared arguments as (argument of a, argument of b, both subjects); two of them must be
    # two arguments on each side (a two-word name is one argument), not both subjects.
    args_a = [(x, role) for f in a for role, xs in ((1, f.subjects), (0, f.objects)) for x in xs]
    args_b = [(y, role) for f in b for role, ys in ((1, f.subjects), (0, f.objects)) for y in ys]
    links = [
        (m, n, ra and rb)
        for m, (x, ra) in enumerate(args_a)
        for n, (y, rb) in enumerate(args_b)
        if x & y
    ]
    return any(
        m1 != m2 and n1 != n2 and not (s1 and s2) for m1, n1, s1 in links for m2, n2, s2 in links
    )


def _meet(xs: tuple[frozenset[str], ...], ys: tuple[frozenset[str], ...]) -> bool:
    """Whether an argument of ``xs`` and one of ``ys`` share a key."""
    return any(x & y for x in xs for y in ys)


class _PairScorer(WordOverlap):
    """Link score of two sentences: mean of cosine and IDF-weighted content-word overlap."""

    def __init__(
        self,
        cand: list[int],
        sentences: list[Sentence],
        vectors: np.ndarray,
        parses: Mapping[int, Sequence[Any]] | None = None,
        threshold: float = 0.5,
    ) -> None:
        super().__init__({i: sentences[i].text for i in cand})
        parses = parses or {}
        self.threshold = threshold
        self.frames = {i: frames(parses.get(i, ())) for i in cand}
        self.vectors = vectors
        self.quotes = {i: quotations(sentences[i].text) for i in cand}
        # Spans of time are kept apart from the other figures, with their unit (``_SPAN``).
        self.spans = {i: spans(sentences[i].text) for i in cand}
        rest = {i: _SPAN.sub(" ", sentences[i].text) for i in cand}
        self.digits = {i: amounts(rest[i]) for i in cand}
        self.days = {i: full_dates(sentences[i].text) for i in cand}
        self.weekdays = {i: weekdays(sentences[i].text) for i in cand}
        self.taken_back = {i: bool(_TAKEN_BACK.search(sentences[i].text)) for i in cand}
        self.counts = {i: counts(rest[i]) for i in cand}
        self.heading = {i: _is_title(sentences[i].text) for i in cand}
        self.negated = {i: not _NEGATING.isdisjoint(words(sentences[i].text)) for i in cand}

    def cosine(self, i: int, j: int) -> float:
        return float(self.vectors[i] @ self.vectors[j])

    def same_quote(self, i: int, j: int) -> bool:
        return shares_quotation(self.quotes[i], self.quotes[j], MIN_QUOTE_WORDS)

    def other_dates(self, i: int, j: int) -> bool:
        """Both sentences give a full date and none in common: "met on 12 April" and "met on
        April 26" are worded alike but say different things (a meeting and a later panel),
        so they are never one claim, whatever their words and quotations share. Weekdays are
        compared the same way, apart from dates (a "Thursday" may be an "April 12"): "first
        reported on Thursday that X" and "on Saturday retracted the reports that X" share
        most of their words but tell two acts."""
        days, wdays = self.days, self.weekdays
        return bool(
            (days[i] and days[j] and not days[i] & days[j])
            or (wdays[i] and wdays[j] and not wdays[i] & wdays[j])
        )

    def other_counts(self, i: int, j: int) -> bool:
        """Both sentences give a count in words and no figure (in words or digits) in common:
        "three people armed with knives" and "two men armed with knives" disagree. So do two
        spans of time in the same unit and none in common (:meth:`other_spans`)."""
        ci, cj = self.counts[i], self.counts[j]
        return bool(
            ci and cj and not (ci | self.digits[i]) & (cj | self.digits[j])
        ) or self.other_spans(i, j)

    def other_spans(self, i: int, j: int) -> bool:
        """Both sentences give a span of time in one unit and no such span in common: "for
        three years" and "for two years" disagree; "three decades" and "five terms" are two
        measures of one career (``_SPAN``)."""
        si, sj = self.spans[i], self.spans[j]
        units = {u for _, u in si} & {u for _, u in sj}
        return any(not {v for v, w in si if w == u} & {v for v, w in sj if w == u} for u in units)

    def other_figures(self, i: int, j: int) -> bool:
        """Both sentences give a figure (digits or a count in words; years left out) and none
        in common: "$5 trillion in new spending" and "a $6 trillion budget" tell two sums.
        Such a pair may still link on the full word overlap floor, as before."""
        fi = {f for f in self.digits[i] | self.counts[i] if not _YEAR.fullmatch(f)}
        fj = {f for f in self.digits[j] | self.counts[j] if not _YEAR.fullmatch(f)}
        return bool(fi and fj and not fi & fj) or self.other_spans(i, j)

    def other_quotes(self, i: int, j: int) -> bool:
        """Both sentences quote ``MIN_QUOTE_WORDS`` words or more and no two of their quotations
        share half the shorter one's words: they report different statements, and what they
        share is the attribution ("..., said X, a former official of the port authority who now
        teaches at Y"). A sentence that reports a statement without quoting it is not compared."""
        qi = [q for q in self.quotes[i] if len(q) >= MIN_QUOTE_WORDS]
        qj = [q for q in self.quotes[j] if len(q) >= MIN_QUOTE_WORDS]
        return bool(qi and qj) and not any(
            len(x & y) >= 0.5 * min(len(x), len(y)) for x in qi for y in qj
        )

    def apart(self, i: int, j: int) -> bool:
        """Never one claim: other dates (:meth:`other_dates`), counts (:meth:`other_counts`) or
        quotations (:meth:`other_quotes`), or only one of the two tells a statement taken back
        (``_TAKEN_BACK``): "'the bridge is closed', a spokesman said" and "he first said 'the
        bridge is closed', but later clarified that one lane was open" quote the same words and
        say opposite things."""
        return (
            self.other_dates(i, j)
            or self.other_counts(i, j)
            or self.other_quotes(i, j)
            or self.taken_back[i] != self.taken_back[j]
        )

    def near(self, i: int, j: int) -> bool:
        """Close enough to stand in one claim beside a sentence they both link to: a cosine of
        ``JOIN_COSINE``, nothing that sets them apart and no figures that differ. Three outlets
        word one fact three ways ("will again require riders to carry permits on ferries" /
        "requires restoring a ferry permit rule" / "decided to reinstate the ferry permit
        mandate"); the middle wording links to both, the outer two share too few words to link
        to each other, and the full pairwise floor left the third source out of the claim. A
        negation or a failure in one only (``_NEGATING``) keeps them apart: "the senators voted
        to overturn the veto" and "lawmakers failed to override the veto" are close vectors
        telling opposite outcomes."""
        return (
            self.cosine(i, j) >= JOIN_COSINE
            and not self.apart(i, j)
            and not self.other_figures(i, j)
            and not (self.heading[i] or self.heading[j])
            and self.negated[i] == self.negated[j]
        )

    def same_frame(self, i: int, j: int, cos: float) -> bool:
        """One event told in other words (:func:`same_clause`): a verb and an argument in
        common at ``FRAME_COSINE``, two arguments under other verbs at ``JOIN_COSINE``; never
        a heading, figures that differ, or a negation or failure in one only (as in
        :meth:`near`)."""
        return (
            cos >= FRAME_COSINE
            and same_clause(self.frames[i], self.frames[j], cos >= JOIN_COSINE)
            and not (self.heading[i] or self.heading[j])
            and not self.other_figures(i, j)
            and self.negated[i] == self.negated[j]
        )

    def score(self, i: int, j: int, cosine: float | None = None, strict: bool = True) -> float:
        """The link score; ``strict=False`` skips the same-information test (topic echoes)."""
        cos = self.cosine(i, j) if cosine is None else cosine
        if strict and self.apart(i, j):
            return 0.0
        if self.same_quote(i, j):  # the quoted words are the evidence, whatever wraps them
            return (max(cos, 0.0) + 1.0) / 2
        worded = self._worded(i, j, cos, strict)
        if worded < self.threshold and self.same_frame(i, j, cos):
            # The shared clause is the evidence the wording lacks: the pair reaches the link
            # threshold and no further, so that links on shared words merge first.
            return self.threshold
        return worded

    def _worded(self, i: int, j: int, cos: float, strict: bool) -> float:
        """The score on the vectors and the shared words (:meth:`score` without quotations and
        shared clauses)."""
        ov = self.overlap(i, j)
        close = (
            cos >= HIGH_COSINE
            and not (self.heading[i] or self.heading[j])
            and not self.other_figures(i, j)
        )
        if cos < MIN_COSINE or ov < (LOW_OVERLAP if close else MIN_OVERLAP):
            return 0.0
        if strict and not self.same_information(i, j, cos):
            return 0.0  # same topic and names, not the same information
        return (cos + ov) / 2

    def same_information(self, i: int, j: int, cos: float) -> bool:
        """Most of the shorter sentence's words in the other, a close paraphrase, or a figure in
        common, in digits or words (the strict test on top of the topic score). Two sentences
        alike in all but their figures (:meth:`other_figures`) are no close paraphrase: "a goal
        of 70% of adults with one dose by July 4" and "a goal of 160 million adults fully
        vaccinated by July 4" embed at 0.82 and tell two goals; they need the words."""
        return (
            (cos >= CLOSE_COSINE and not self.other_figures(i, j))
            or self.same_frame(i, j, cos)
            or self.containment(i, j) >= MIN_CONTAINMENT
            or bool((self.digits[i] | self.counts[i]) & (self.digits[j] | self.counts[j]))
            or bool(self.spans[i] & self.spans[j])
        )

    def containment(self, i: int, j: int) -> float:
        """IDF-weighted share of the shorter sentence's content words found in the other; 0
        when they share fewer than ``MIN_SHARED_WORDS`` (as in :mod:`synoptic.agreement`): one
        word in common is chance, though it be all of a short sentence's ("We have always
        trusted the river" / "But we trusted you, all of us": only "trusted")."""
        both = self.bags[i] & self.bags[j]
        if len(both) < MIN_SHARED_WORDS:
            return 0.0
        shorter = min((i, j), key=lambda k: (len(self.bags[k]), self.mass[k]))
        shared = sum(self.idf[t] for t in both)
        return shared / (self.mass[shorter] or 1.0)


def figures(text: str) -> frozenset[str]:
    """The digit strings of a sentence (thousands separators dropped): "2,400" is "2400"."""
    return frozenset(_DIGITS.findall(text.replace(",", "")))


def amounts(text: str) -> frozenset[str]:
    """The :func:`figures` that measure something: numbers inside names (``NAMED_NUMBER``),
    times of day (``_CLOCK``) and the days of full dates left out. "by June 4" in two sentences
    is a shared deadline, not a shared amount: "60% of riders with a season pass by June 4" and
    "40,000 riders with a digital ticket by June 4" tell two goals, and the "4" made them one
    claim (dates are compared apart, :meth:`_PairScorer.other_dates`)."""
    found = figures(_CLOCK.sub(" ", NAMED_NUMBER.sub(" ", text)))
    days = {str(day) for _, day in full_dates(text)}
    return found - days if days else found


def spans(text: str) -> frozenset[tuple[str, str]]:
    """The spans of time of a sentence as (figure, unit): "three decades" -> ("3", "decade")."""
    found = set()
    for number, unit in _SPAN.findall(text):
        value = _COUNT_WORDS.get(number.lower(), number.replace(",", "").rstrip("."))
        unit = unit.lower()
        unit = {"centuries": "century", "feet": "foot", "inche": "inch"}.get(unit, unit)
        found.add((value, unit))
    return frozenset(found)


def counts(text: str) -> frozenset[str]:
    """The counts written in words of a sentence, as digits ("three people" -> {"3"})."""
    return frozenset(_COUNT_WORDS[m.lower()] for m in _COUNT.findall(text))


def full_dates(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of each full date in a sentence ("12 April", "April 12, 2031"); the
    year is left out because one outlet often omits it where another gives it."""
    return frozenset(
        (int(v.value[1]), int(v.value[2])) for v in find_dates(text) if v.unit == "day"
    )


def quotations(text: str) -> list[frozenset[str]]:
    """The word sets of the quotations in a sentence (straight or curly double quotes), titles
    left out (:func:`_is_title`)."""
    return [
        frozenset(w.lower() for w in _WORD.findall(q.replace("’", "'")))
        for q in _QUOTED.findall(text)
        if not _is_title(q)
    ]


def _is_title(quoted: str) -> bool:
    """Whether quoted words are a title ("Competing on Time: Lessons From Ships and Sails"),
    not words someone said: three or more words of four letters or more, each capitalised. Two
    sentences naming one book tell different things about it (one outlet's subpoena of the
    manuscript, another's quote of its author), so a shared title is no shared quotation."""
    long = [w for w in _WORD.findall(quoted) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def shares_quotation(a: list[frozenset[str]], b: list[frozenset[str]], min_words: int) -> bool:
    """Whether two sentences' :func:`quotations` quote the same words: the shorter quotation
    has at least ``min_words`` words, 80 % of them in the other."""
    for x in a:
        for y in b:
            short = min(len(x), len(y))
            if short >= min_words and len(x & y) >= 0.8 * short:
                return True
    return False


def _group(
    cand: list[int],
    sentences: list[Sentence],
    scorer: _PairScorer,
    threshold: float,
    k: int,
    echoes: dict[int, set[int]] | None = None,
) -> list[list[int]]:
    """Merge candidate rows into groups (lists of row indices into ``sentences``); ``echoes``
    collects, per row, the rows of other sources it is loosely linked to."""
    if not cand:
        return []
    nb = nearest(scorer.vectors[cand], k)
    links: set[tuple[float, int, int]] = set()
    for a in range(len(cand)):
        for b, sim in zip(nb.indices[a], nb.similarity[a], strict=True):
            i, j = cand[a], cand[int(b)]
            if sim < MIN_COSINE or sentences[i].source == sentences[j].source:
                continue
            score = scorer.score(i, j, float(sim), strict=False)
            if score < threshold:
                continue
            if echoes is not None:
                echoes.setdefault(i, set()).add(j)
                echoes.setdefault(j, set()).add(i)
            if scorer.apart(i, j):
                continue  # an echo, never a link (:meth:`_PairScorer.apart`)
            if scorer.same_quote(i, j) or scorer.same_information(i, j, float(sim)):
                links.add((round(score, 6), min(i, j), max(i, j)))
    # The sources that hold each row: its own and those of its copies. A source that copied a
    # sentence already carries that sentence's claim; a second sentence of its own on the same
    # topic ("several said they would back the bill" copied, "still, he said he would back it")
    # would count it as a second, independent source.
    holders = {i: {sentences[i].source} for i in cand}
    row = {s.id: i for i, s in enumerate(sentences)}
    for s in sentences:
        if s.duplicate_of is not None and row.get(s.duplicate_of) in holders:
            holders[row[s.duplicate_of]].add(s.source)
    group_of = {i: [i] for i in cand}
    for _score, i, j in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or not _can_merge(gi, gj, holders, scorer, threshold * LINKAGE):
            continue
        gi.extend(gj)
        for member in gj:
            group_of[member] = gi
    unique = {id(g): g for g in group_of.values()}
    return sorted((sorted(g) for g in unique.values()), key=lambda g: g[0])


def _can_merge(
    a: list[int], b: list[int], holders: dict[int, set[str]], scorer: _PairScorer, floor: float
) -> bool:
    """One sentence a source (copies included: ``holders``), every pair above ``floor``; a lone
    sentence joins a claim when it links to one member and is near each other one
    (:meth:`_PairScorer.near`)."""
    if set().union(*(holders[i] for i in a)) & set().union(*(holders[j] for j in b)):
        return False
    if len(a) > 1 and len(b) > 1:
        return all(scorer.score(i, j) >= floor for i in a for j in b)
    lone, group = (a[0], b) if len(a) == 1 else (b[0], a)
    linked = [scorer.score(lone, j) >= floor for j in group]
    near = (ok or scorer.near(lone, j) for ok, j in zip(linked, group, strict=True))
    return any(linked) and all(near)


def _claims(
    groups: list[list[int]], sentences: list[Sentence], scorer: _PairScorer, n_sources: int
) -> list[Claim]:
    copies: dict[str, list[Sentence]] = {}
    for s in sentences:
        if s.duplicate_of is not None:
            copies.setdefault(s.duplicate_of, []).append(s)
    order = {s.id: i for i, s in enumerate(sentences)}
    texts = [s.text for s in sentences]
    claims = []
    for number, group in enumerate(groups, 1):
        members = [sentences[i] for i in group]
        cited = members + [c for m in members for c in copies.get(m.id, [])]
        cited.sort(key=lambda s: order[s.id])
        independent = len({m.source for m in members})
        claims.append(
            Claim(
                id=f"C{number}",
                text=sentences[_representative(group, scorer, texts)].text,
                sentences=[s.id for s in cited],
                sources=_unique(s.source for s in cited),
                citations=[s.citation() for s in cited],
                independent_sources=independent,
                support=support_level(independent, n_sources),
            )
        )
    return claims


def support_level(independent: int, n_sources: int) -> Support:
    """``consensus`` when more than half of the sources (and at least two) carry a claim."""
    if independent >= 2 and independent > n_sources / 2:
        return "consensus"
    if independent >= 2:
        return "corroborated"
    return "single-source"


def _representative(group: list[int], scorer: _PairScorer, texts: list[str]) -> int:
    """The member that says least beyond what the others say: the highest mean share of its
    content words (IDF-weighted) found in each other member, then the most central by cosine,
    then the first.

    A claim's text is what the sources agree on, so the sentence that adds an event of its own
    ("the club hosted a discussion after the leaders met in the port") must not stand for a
    sentence that only says the leaders met there; the cosine medoid picked either. Before
    all that, a member that reads as a whole sentence stands for the claim rather than a piece
    of a quotation the splitter cut ("nobody can tell who he is working for.”", an unpaired
    mark) or a piece opening in lower case.
    """
    if len(group) == 1:
        return group[0]

    def inside(i: int, j: int) -> float:
        shared = sum(scorer.idf[t] for t in scorer.bags[i] & scorer.bags[j])
        return shared / (scorer.mass[i] or 1.0)

    def key(i: int) -> tuple[bool, float, float, int]:
        others = [j for j in group if j != i]
        held = sum(inside(i, j) for j in others) / len(others)
        central = sum(scorer.cosine(i, j) for j in others) / len(others)
        return (_whole(texts[i]), round(held, 6), round(central, 6), -i)

    return max(group, key=key)


def _whole(text: str) -> bool:
    """Whether a sentence reads as a whole one: it opens in capitals (or a digit or a mark) and
    its quotation marks pair up (curly ones open and close, straight ones come in twos)."""
    text = text.strip()
    if text[:1].islower():
        return False
    return text.count("\u201c") == text.count("\u201d") and text.count('"') % 2 == 0


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def claim_index(brief: Brief) -> dict[str, Claim]:
    """Sentence id -> the claim that cites it."""
    return {sid: c for c in brief.claims for sid in c.sentences}
