"""The interpretation detector of the conflicts stage: a view one source rejects, another asserts.

1. A sentence with a rejection cue ("is incorrect", "merely speculation", "contrary to") rejects
   a view: the clause before the cue ("the point that X is incorrect"), the text after it
   ("contrary to X"), or the sentence before ("That reading is mistaken"), minus its
   attribution ("Some residents claimed that X"). A clause after the cue introduced by "that"
   ("failed to show that X", "claimed without evidence that X", "It is not true that X") is the
   view itself, and two content words are enough for it ("the vote was rigged"). A negated cue
   ("is not unfounded", "did not fail to show") rejects nothing. An actor's denial of a "that"
   clause ("the ministry denied that X", "disputed the claim that X") rejects that clause and
   nothing else (:data:`synoptic.agreement.REPORTED_DENIAL`): the other source states X. So does
   a verb of refutation before "the notion/claim that X" ("the hearing shattered the notion
   that X", "contradicted the mayor's claim that X"), and a claim the author calls a lie
   ("his lie that X", "the lies claiming that X"; a relative "that", "a lie that he told",
   states no view). A claim rejected as a noun phrase ("his
   false ballot fraud claims", "baseless claims of ballot tampering") rejects the thing named
   ("ballot fraud"), and only a claim of evidence of it asserts it ('Y said the recount
   "uncovered evidence of fraud"', close to the rejecting sentence).
2. Another source asserts the view when one of its sentences restates most of its words, or gives
   a reason ("prompted", "because", "led to") close to it in meaning that stands out from the
   rest of that source (a view of two content words: restated only), with the view's polarity
   ("the vote was not rigged" restates no "the vote was rigged"). Against "failed to show
   that X" a claim that the same thing did show something counts ('the audit failed to show
   that X' / 'Y said the audit "uncovered evidence of Z"', a quoted claim) when it is close to
   the rejecting sentence. Sentences that only report a view ("critics claimed", "rumored to
   be X", "could have been X") or reject it themselves assert nothing. Words are compared with
   hyphenated compounds split ("deep-water" repeats "deep water").
3. Other sources that reject the same view join the conflict as further ``rejects`` sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from synoptic import agreement as ag
from synoptic.backends.embedders import Embedder
from synoptic.stages.conflicts import Conflict, ConflictSide, View, _sentence_tokens

# A view and a sentence asserting it: MiniLM cosines of a view and its restatement in other
# words run 0.35-0.6, but so do topic neighbours; hence the extra test in _asserts().
INTERPRETATION_RELATED = 0.38
# Share of the view's content words a sentence must repeat to restate it without a reason marker.
RESTATED = 0.75
# A view's match must stand this many standard deviations above its source's other sentences.
MIN_Z = 2.0
# Two rejected views this related are one view rejected by several sources.
SAME_VIEW = 0.45
# Content words a view needs: three in general (fewer say too little to match on), two in a
# clause the cue introduces with "that", which marks it as the view ("failed to show that the
# vote was rigged").
MIN_VIEW_WORDS = 3
MIN_THAT_VIEW_WORDS = 2
# Cues after which the view follows even without "that" ("falsely claimed the vote was rigged").
_BARE_VIEW_CUES = frozenset(c for c in ag.FALSE_CLAIM if c.startswith("falsely"))
# An actor's denial ("the ministry denied that X") rejects its "that" clause, never the
# sentence before it.
_REPORTED_DENIAL = frozenset(ag.REPORTED_DENIAL)
# "failed to show that X", "the claim that X is baseless", "the debunked theory that X".
_THAT_CLAUSE = re.compile(
    r"^[\s,]*(?:(?:the\s+)?(?:claims?|theory|notion|idea|allegations?|assertion|view|suggestion)"
    r"\s+)?that\s+",
    re.IGNORECASE,
)
_BARE_CLAUSE = re.compile(r"^[\s,]*(?:that\s+)?", re.IGNORECASE)
# Where a view introduced by "that" ends: a semicolon, a dash, an ellipsis.
_CLAUSE_END = re.compile(r"\s*(?:;|\s[—–-]\s|\.\.\.|…)")
# "..., its chair told reporters": who said it, after the view.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+[^,]{0,60}?\b(?:said|says|told|added|wrote|according to)\b[^,]*$", re.IGNORECASE
)
# "is not unfounded", "did not fail to show that": the cue is denied.
_NEGATED_CUE = re.compile(r"(?:\b(?:not|never)|n[’']t)\s*$", re.IGNORECASE)
# A view only reported, rumoured or held possible ("rumored to be X", "could have been X").
_VAGUE_REPORT = ag._phrases(
    "claimed|claims|some say|some have|critics|commentators|it has been suggested|rumours|rumors"
    "|speculated|widespread|rumored|rumoured|suspected of|suspect of being|thought to be"
    "|could have been|may have been|might have been"
)
# A view the outlet reports a named holder arguing for, with a verb of claiming that keeps its
# distance ("Vash has argued that X", "insisted that X", "said without evidence that X"): the
# outlet does not state X itself, so the sentence is no assertion of X by the outlet.
_DISTANCED_CLAIM = ag._phrases(
    "alleged that|alleges that|allege that|argued that|argues that|argue that|insisted that"
    "|insists that|insist that|contended that|contends that|maintained that|maintains that"
    "|asserted that|asserts that|without evidence|without offering evidence"
    "|without providing evidence|without proof|baselessly"
)
# "That reading is wrong": the rejected view is in the sentence before.
_ANAPHOR = re.compile(
    r"\b(?:that|this|such|the|these|those)\s+(?:reading|view|claim|idea|interpretation|argument"
    r"|notion|assessment|account|suggestion|theory|explanation|analysis)\W*$|\b(?:that|this|it)\W*$",
    re.IGNORECASE,
)
_TRAILING_COPULA = re.compile(
    r"[\s,]+(?:(?:has|have|had)\s+been|is|are|was|were|be|been|seems|remains)\W*$", re.IGNORECASE
)
# "Some residents have claimed that X": the view is X.
_ATTRIBUTED = re.compile(
    r"^[^.;:]{0,80}?\b(?:claim(?:s|ed)?|sa(?:y|ys|id)|argue[sd]?|suggest(?:s|ed)?|believe[sd]?"
    r"|think|thinks|thought|contend(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?)\s+that\s+",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True, kw_only=True)
class Rejection:
    """A view a sentence rejects or qualifies: the cue and the rejected proposition."""

    row: int
    cue: str
    proposition: str
    # a noun phrase ("ballot fraud" of "false ballot fraud claims"): asserted only by a claim
    # of evidence of it (:func:`_evidence_of`)
    noun: bool = False


def rejections(view: View, row: int) -> list[Rejection]:
    """The views sentence ``row`` rejects (one at most: a claim rejected as a noun phrase, else
    the first cue found, else a verb of refutation's "that" clause)."""
    # a noun verdict first: in "baseless claims of X" the cue "baseless" judges X, not the words
    # before it ("The board answered baseless claims of X")
    found = _rejected_noun_claim(view.raw[row], row)
    if not found:
        found = _cue_rejections(view, row)
    if not found:
        found = _refuted_that(view.raw[row], row)
    if not found:
        found = _lie_that(view, row)
    return found


# The author calling a claim a lie ("Trump's lie that the vote was stolen", "the party's lies
# claiming that X"): X is rejected. "lie" must be a noun and "that" must open a content clause
# (spaCy's "mark"): in "a lie that they told" the "that" is a relative pronoun and X is no view.
_LIE_THAT = re.compile(
    r"\blies?\s+(?:(?:claiming|saying|suggesting|asserting)\s+)?that\s+", re.IGNORECASE
)


def _lie_that(view: View, row: int) -> list[Rejection]:
    raw = view.raw[row]
    m = _LIE_THAT.search(raw)
    if m is None or _NEGATED_CUE.search(raw[: m.start()]) or not _lie_noun_then_mark(view, row, m):
        return []
    cue = m.group().strip().lower()
    clause = _that_clause(raw[m.end() :], cue, quoted=_open_quote(raw[: m.start()]) is not None)
    return [Rejection(row=row, cue=cue, proposition=clause)] if clause else []


def _lie_noun_then_mark(view: View, row: int, m: re.Match[str]) -> bool:
    """Whether the parse reads the matched "lie" as a noun and its "that" as the marker of a
    content clause (no parse: no rejection; a missed view is better than a wrong one). Before
    "claiming that" the verb reading calls the claim a lie as well ("he lies, claiming that X";
    the parser often tags "the party lies claiming" so), and "lie" may be either."""
    base = view.sents[row].start
    by_offset = {at - base: tok for at, tok in _sentence_tokens(view, row)}
    lie = by_offset.get(m.start())
    that = by_offset.get(m.start() + len(m.group().rstrip()) - len("that"))
    claiming = len(m.group().split()) == 3
    return (
        lie is not None
        and (lie.pos_ == "NOUN" or (claiming and lie.pos_ == "VERB"))
        and that is not None
        and that.lower_ == "that"
        and that.dep_ == "mark"
    )


# A verb of refutation before "the notion/claim ... that X" ("the hearing shattered the notion
# that X", "the ledgers contradicted the mayor's claim last week that X"): X is rejected, by the
# author or by what the author reports, like an actor's denial (ag.REPORTED_DENIAL). Only with
# "that": "shattered the windows" states no view.
_REFUTED_THAT = re.compile(
    r"\b(?:contradict(?:ed|s)?|dispel(?:led|s)?|shatter(?:ed|s)?|refute[sd]?|rebut(?:ted|s)?"
    r"|undercut|undercuts|disprove[sd]?|demolish(?:ed|es)?|punctur(?:ed|es))"
    r"\s+(?:the|an?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s)"
    r"\s+(?:notion|claims?|idea|narrative|suggestion|assertion|allegations?|argument"
    r"|contention|theory|belief)(?:\s+[a-z]+){0,2}?\s+that\s+"
)


def _refuted_that(raw: str, row: int) -> list[Rejection]:
    m = _REFUTED_THAT.search(raw)
    if m is None or _NEGATED_CUE.search(raw[: m.start()]):
        return []
    cue = m.group().strip().lower()
    clause = _that_clause(raw[m.end() :], cue, quoted=_open_quote(raw[: m.start()]) is not None)
    return [Rejection(row=row, cue=cue, proposition=clause)] if clause else []


# A claim the author rejects as a noun phrase: "his false ballot fraud claims" (the view is the
# words between), "baseless claims of ballot tampering in X" (the words after "of", up to a
# preposition). Such a view is no clause, so only a claim of evidence of it asserts it
# (:func:`_evidence_of`): "Y said the recount uncovered evidence of fraud".
_NOUN_VERDICT = re.compile(
    r"\b(?:false|baseless|unfounded|groundless|bogus|debunked|unsubstantiated|discredited)"
    r"((?:\s+[\w’'-]+){0,3}?)\s+(claims?|allegations?|accusations?|charges|theor(?:y|ies))\b"
    r"(?!\s+that\b)",
    re.IGNORECASE,
)
# Where the noun phrase after "claims of" ends: a preposition, a conjunction or a relative word.
_NOUN_END = ag._phrases(
    "in|at|on|by|from|against|during|that|which|who|and|or|to|after|before|for|about|with|as"
    "|were|was|are|is|had|have|has"
)


def _rejected_noun_claim(raw: str, row: int) -> list[Rejection]:
    m = _NOUN_VERDICT.search(raw)
    if m is None or m.group(2)[0].isupper() or _NEGATED_CUE.search(raw[: m.start()]):
        return []  # "the False Claims Act": a name
    between = m.group(1).split()
    if between and all(ag.content_stems(w) for w in between):
        words = between  # "false ballot fraud claims"
    else:
        of = re.match(r"\s+of\s+([^,.;:!?()\"“”]+)", raw[m.end() :])
        if between or of is None:
            return []
        words = []
        for w in of.group(1).split():
            if w.lower() in _NOUN_END:
                break
            words.append(w)
        words = words[:4]
    if not words or not words[-1][0].islower() or not ag.content_stems(words[-1]):
        return []  # no thing named, or only a name
    return [Rejection(row=row, cue=m.group().lower(), proposition=" ".join(words), noun=True)]


# Negators that deny a claim of evidence standing just before it ("did not uncover evidence of"):
# the shared negators, and the words that deny an amount of evidence ("little/lack of evidence").
_NEGATORS = ag.NEGATORS | frozenset(ag._phrases("little|lack|lacked"))


def _evidence_of(proposition: str, raw: str) -> bool:
    """Whether ``raw`` claims evidence or a finding of the noun-phrase view ``proposition``
    ('uncovered clear evidence of FRAUD' for "ballot fraud"): a phrase of
    :data:`ag.EVIDENCE_CLAIM` with the view's head noun (its last word) among the few words after
    it, not negated just before it, in a sentence that rejects or only reports nothing."""
    head = ag.content_stems(proposition.split()[-1])
    if not head or _not_asserted(raw) or _NOUN_VERDICT.search(raw):
        return False
    low = raw.lower()
    for phrase in ag.find_phrases(raw, ag.EVIDENCE_CLAIM):
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            before = ag.words(low[: m.start()])[-3:]
            after = re.split(r"[,;:.]", low[m.end() :], maxsplit=1)[0].split()[:5]
            if any(w in _NEGATORS for w in before) or any(w in _NEGATORS for w in after):
                continue
            if head <= ag.content_stems(" ".join(after)):
                return True
    return False


def _cue_rejections(view: View, row: int) -> list[Rejection]:
    """The view a rejection cue of :data:`ag.AUTHORIAL_REJECTION` rejects."""
    raw = view.raw[row]
    cues = ag.find_phrases(raw, ag.AUTHORIAL_REJECTION)
    if not cues:
        return []
    cue = cues[0]
    at = raw.lower().find(cue)
    before, after = raw[: max(at, 0)], raw[at + len(cue) :] if at >= 0 else ""
    if _NEGATED_CUE.search(before):
        return []
    opened = _open_quote(before)
    clause = _that_clause(after, cue, quoted=opened is not None)
    if clause:
        return [Rejection(row=row, cue=cue, proposition=clause)]
    if cue in _REPORTED_DENIAL:
        return []  # "X denied that he lied": the denied view is the clause or nothing
    if opened is not None:
        # A speaker's words: the view is what they call wrong inside the quotation, never the
        # attribution after it ('"The resignation was wrong," declared X') nor a sentence
        # outside it ('X said: "This is wrong."').
        prop = _TRAILING_COPULA.sub("", _proposition(before[opened:]).strip(' ,;:"“”'))
        if len(ag.content_stems(prop)) < MIN_VIEW_WORDS or _ANAPHOR.search(before[opened:]):
            return []
        return [Rejection(row=row, cue=cue, proposition=prop)] if _is_clause(prop) else []
    if _ANAPHOR.search(before):
        prev = _previous(view, row)
        return [Rejection(row=row, cue=cue, proposition=prev)] if prev else []
    prop = _proposition(before)
    if len(ag.content_stems(prop)) < MIN_VIEW_WORDS:
        prop = after if len(ag.content_stems(after)) >= MIN_VIEW_WORDS else ""
    if len(ag.content_stems(prop)) < MIN_VIEW_WORDS:
        prop = _previous(view, row)  # "That reading is mistaken": the view is the sentence before
    prop = _TRAILING_COPULA.sub("", prop.strip(" ,;:"))
    return [Rejection(row=row, cue=cue, proposition=prop)] if _is_clause(prop) else []


# Words that make a clause of a proposition (a finite verb, roughly): a view says that something
# is so; "the board's sudden resignation was wrong" judges an act and rejects no view.
_FINITE = frozenset(
    ag._phrases(
        "is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|should"
        "|may|might|must|'s|'re"
    )
)


def _is_clause(prop: str) -> bool:
    tokens = ag.words(prop.replace("’", "'"))
    return any(t in _FINITE or (len(t) > 4 and t.endswith("ed")) for t in tokens)


def _that_clause(after: str, cue: str, *, quoted: bool) -> str:
    """The view a cue introduces with "that" ("failed to show that X"), or ""."""
    if quoted or after.count('"') % 2 or after.count("”") > after.count("“"):
        # a speaker's words ('"It is not true that X," she wrote'): the view ends with them
        after = re.split(r"[\"“”]", after, maxsplit=1)[0]
    bare = cue in _BARE_VIEW_CUES or cue.endswith(" that")  # the cue holds the "that"
    m = (_BARE_CLAUSE if bare else _THAT_CLAUSE).match(after)
    if m is None:
        return ""
    clause = _CLAUSE_END.split(after[m.end() :], maxsplit=1)[0]
    clause = _balanced(_TRAILING_ATTRIBUTION.sub("", clause).strip(' ,;:.!?"“”'))
    if len(ag.content_stems(clause)) < MIN_THAT_VIEW_WORDS or not _is_clause(clause):
        return ""
    return "" if _only_a_name(clause) else clause


def _only_a_name(clause: str) -> bool:
    """Whether every content word of ``clause`` is capitalised ("he was Night Heron"): a view
    that is only a name, which any sentence naming it would seem to restate."""
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", clause) if ag.content_stems(w)]
    return bool(content) and all(w[0].isupper() for w in content)


def _balanced(text: str) -> str:
    """``text`` with the closing quotation mark its last quoted word lost ('was “stolen')."""
    if text.count("“") > text.count("”"):
        return text + "”"
    return text + '"' if text.count('"') % 2 else text


def _open_quote(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` starts, or None."""
    marks = [m for m in re.finditer(r"[\"“”]", text)]
    curly_open = [m for m in marks if m.group() == "“"]
    if curly_open and curly_open[-1].start() > max(
        (m.start() for m in marks if m.group() == "”"), default=-1
    ):
        return curly_open[-1].end()
    straight = [m for m in marks if m.group() == '"']
    return straight[-1].end() if len(straight) % 2 else None


def _proposition(before: str) -> str:
    low = before.lower()
    for marker in (" that ", " view ", " idea ", " claim ", " notion ", " point "):
        at = low.rfind(marker)
        if at >= 0 and len(ag.content_stems(before[at:])) >= 3:
            return before[at + len(marker) :]
    parts = re.split(r"[,;:]\s", before)
    return parts[-1] if len(ag.content_stems(parts[-1])) >= 3 else before


def _previous(view: View, row: int) -> str:
    if row == 0:
        return ""
    prev, cur = view.sents[row - 1], view.sents[row]
    same = prev.source == cur.source and prev.paragraph == cur.paragraph
    return _ATTRIBUTED.sub("", view.raw[row - 1]) if same else ""


def interpretation_conflicts(view: View, embedder: Embedder | None) -> Iterator[Conflict]:
    """Conflicts between a view one source rejects and another source's assertion of it."""
    rows = view.rows()
    found = [r for i in rows for r in rejections(view, i)]
    if not found:
        return
    sims, same_view, mine = _proposition_sims(view, found, embedder)
    for k, rej in enumerate(found):
        best: dict[str, tuple[float, int]] = {}
        subject = _failed_subject(view.raw[rej.row], rej.cue)
        for src, idx in _rows_by_source(view, rows).items():
            if src == view.sents[rej.row].source:
                continue
            z = _zscores(sims[k], idx) if sims is not None else {}
            for j in idx:
                cos = float(sims[k][j]) if sims is not None else None
                if rej.noun:
                    rel = _noun_asserted(view, rej, j, mine)
                    if rel > best.get(src, (0.0, -1))[0]:
                        best[src] = (rel, j)
                    continue
                rel = _asserts(rej.proposition, view.raw[j], cos, z.get(j, 0.0))
                if not rel and subject and mine is not None:
                    rel = _claims_shown(view.raw[j], subject, float(mine[j] @ mine[rej.row]))
                if rel >= INTERPRETATION_RELATED and rel > best.get(src, (0.0, -1))[0]:
                    best[src] = (rel, j)
        for src in sorted(best):
            rel, j = best[src]
            if _both_reported(view, rej, j):
                continue
            conflict = _interpretation(view, rej, j, rel)
            for k2 in same_view.get(k, []):
                other = found[k2]
                if view.sents[other.row].source not in (src, view.sents[rej.row].source):
                    conflict.sides.append(_rejecting_side(view, other))
            yield conflict


def _proposition_sims(
    view: View, found: list[Rejection], embedder: Embedder | None
) -> tuple[np.ndarray | None, dict[int, list[int]], np.ndarray | None]:
    """Cosine of every rejected view (rows) with every comparable sentence (columns), for each
    rejected view the other sources' rejected views that say the same, and the sentence vectors."""
    props = [r.proposition for r in found]
    mine = _sentence_vectors(view)
    vecs = embedder.encode(props) if embedder is not None else None
    same: dict[int, list[int]] = {}
    for a in range(len(found)):
        for b in range(len(found)):
            if view.sents[found[a].row].source == view.sents[found[b].row].source:
                continue
            cos = float(vecs[a] @ vecs[b]) if vecs is not None else None
            if ag.relatedness(props[a], props[b], cos) >= SAME_VIEW:
                same.setdefault(a, []).append(b)
    if vecs is None or mine is None:
        return None, same, mine
    return np.asarray(vecs @ mine.T), same, mine


def _rows_by_source(view: View, rows: list[int]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for j in rows:
        out.setdefault(view.sents[j].source, []).append(j)
    return out


def _zscores(sims: np.ndarray, idx: list[int]) -> dict[int, float]:
    """How far each sentence's cosine stands above the rest of its source (in std units)."""
    vals = sims[idx]
    sd = float(vals.std())
    if len(idx) < 3 or sd == 0.0:
        return {j: MIN_Z for j in idx}
    mu = float(vals.mean())
    return {j: (float(sims[j]) - mu) / sd for j in idx}


def _asserts(proposition: str, raw: str, cos: float | None, z: float) -> float:
    """How closely ``raw`` restates ``proposition`` (0 when it cannot be an assertion of it).

    A sentence that repeats most of the view's words restates it. Otherwise it must give an
    explanation or a reason ("prompted", "because", "led to") close to the view, and stand out
    from the rest of its source (``z``): the views that get rejected are readings of why
    something happened, and on a one-event cluster every sentence is a topic neighbour. A view
    of fewer than three content words ("I was jealous of Brandt") is matched by restatement only:
    its meaning is mostly a name, which any reason about that person shares.
    """
    if _not_asserted(raw) or _negated(proposition) != _negated(raw):
        return 0.0  # "the vote was not rigged" repeats "the vote was rigged" but denies it
    prop, stems = _compound_stems(proposition), _compound_stems(raw)
    restated = len(prop & stems) / len(prop) if prop else 0.0
    if restated >= RESTATED:
        return restated
    if cos is None or z < MIN_Z or len(prop) < MIN_VIEW_WORDS:
        return 0.0
    return cos if ag.find_phrases(raw, ag.EXPLANATION) else 0.0


# A negator: the content words a restatement is compared on leave it out, so a view and its
# denial ("the vote was (not) rigged") would repeat each other. A sentence negated anywhere is
# taken as denying (a missed assertion is better than a false disagreement).
# A hyphenated "no-deal" or "no-fly" names a thing and negates nothing.
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither)\b(?![-‐‑])|n[’']t\b", re.IGNORECASE)


def _negated(text: str) -> bool:
    return _NEGATION.search(text) is not None


# A hyphen inside a word: "deep-water" is "deep water" said with a hyphen.
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _compound_stems(text: str) -> set[str]:
    """Content stems of ``text`` with hyphenated compounds split into their words, so that a
    view restated with "deep-water" for "deep water" (or the reverse) repeats its words."""
    return ag.content_stems(_WORD_HYPHEN.sub(" ", text))


def _failed_subject(raw: str, cue: str) -> set[str]:
    """What failed to show the view ("the draft audit failed to show that X": {"audit"}): the
    last content word before a "fail to" cue in its clause; empty for other cues."""
    if not cue.startswith("fail"):
        return set()
    at = raw.lower().find(cue)
    clause = re.split(r"[,;:]\s", raw[: max(at, 0)])[-1]
    nouns = [w for w in ag.words(clause) if ag.content_stems(w)]
    return ag.content_stems(nouns[-1]) if nouns else set()


def _claims_shown(raw: str, subject: set[str], sentence_cos: float) -> float:
    """A claim that the thing which failed to show a view did show something: 'the audit
    "uncovered evidence of foul play"' against 'the audit failed to show that X'. It must name
    that thing, claim evidence or a finding, and be close to the rejecting sentence (the view
    alone is often too short to compare: "the vote was rigged" / "evidence of fraud")."""
    if _not_asserted(raw) or not subject <= ag.content_stems(raw):
        return 0.0
    if sentence_cos < INTERPRETATION_RELATED or not ag.find_phrases(raw, ag.EVIDENCE_CLAIM):
        return 0.0
    return sentence_cos


def _noun_asserted(view: View, rej: Rejection, j: int, mine: np.ndarray | None) -> float:
    """How strongly sentence ``j`` asserts the noun-phrase view of ``rej``: a claim of evidence
    of it (:func:`_evidence_of`) that is also close to the rejecting sentence (the two tell of
    one thing: a claim of "evidence of fraud" about another vote is no side)."""
    if not _evidence_of(rej.proposition, view.raw[j]):
        return 0.0
    if mine is None:
        return 1.0
    cos = float(mine[j] @ mine[rej.row])
    return cos if cos >= INTERPRETATION_RELATED else 0.0


def _sentence_vectors(view: View) -> np.ndarray | None:
    if view.brief.embeddings is None or view.vecs is None:
        return None
    rows = {s.id: i for i, s in enumerate(view.brief.sentences())}
    return view.brief.embeddings[[rows[s.id] for s in view.sents]]


def _not_asserted(raw: str) -> bool:
    """A sentence that rejects a view itself, or only reports someone else's view."""
    return bool(
        ag.find_phrases(raw, ag.REJECTION_PHRASES)
        or ag.find_phrases(raw, ag.AUTHORIAL_REJECTION)
        or ag.find_phrases(raw, _VAGUE_REPORT)
        or ag.find_phrases(raw, _DISTANCED_CLAIM)
        or _LIE_THAT.search(raw) is not None
    )


# A named speaker holding a view, not at the start of the sentence (where any word is capital):
# "At the hearing, Senator Vash said X". An unnamed group ("X, engineers said") is how outlets
# source a finding, so it is left as the outlet's own.
_NAMED_SPEAKER = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][\w’'-]+\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|claimed"
    r"|claims|argued|argues|stated|believes)\b"
)


def _both_reported(view: View, rej: Rejection, j: int) -> bool:
    """Whether neither side is an outlet's own view: one outlet reports an actor denying X ("the
    director denied that X") and the other reports a named speaker holding X ("Senator Vash said
    X"). That is a dispute between the two people, which both outlets may report alike, not a
    disagreement between the outlets."""
    return rej.cue in _REPORTED_DENIAL and _NAMED_SPEAKER.search(view.raw[j]) is not None


def _rejecting_side(view: View, rej: Rejection) -> ConflictSide:
    at = view.raw[rej.row].lower().find(rej.cue)
    v0 = view.sents[rej.row].start + max(at, 0)
    return view.side(rej.row, f"rejects ({rej.cue})", v0, v0 + len(rej.cue), role="rejects")


def _interpretation(view: View, rej: Rejection, j: int, rel: float) -> Conflict:
    topic = rej.proposition if len(rej.proposition) <= 160 else rej.proposition[:157] + "..."
    return Conflict(
        id="",
        kind="interpretation",
        topic=topic,
        sides=[
            _rejecting_side(view, rej),
            view.side(j, "asserts", view.sents[j].start, view.sents[j].end, role="asserts"),
        ],
        score=round(ag.W_REJECTION + (1 - ag.W_REJECTION) * rel, 4),
    )
