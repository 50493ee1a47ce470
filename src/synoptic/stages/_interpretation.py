"""The interpretation detector of the conflicts stage: a view one source rejects, another asserts.

1. A sentence with a rejection cue ("is incorrect", "merely speculation", "contrary to") rejects
   a view: the clause before the cue ("the point that X is incorrect"), the text after it
   ("contrary to X"), or the sentence before ("That reading is mistaken"), minus its
   attribution ("Some residents claimed that X").
2. Another source asserts the view when one of its sentences restates most of its words, or gives
   a reason ("prompted", "because", "led to") close to it in meaning that stands out from the
   rest of that source. Sentences that only report a view ("critics claimed") or reject it
   themselves assert nothing.
3. Other sources that reject the same view join the conflict as further ``rejects`` sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from synoptic import agreement as ag
from synoptic.backends.embedders import Embedder
from synoptic.stages.conflicts import Conflict, ConflictSide, View

# A view and a sentence asserting it: MiniLM cosines of a view and its restatement in other
# words run 0.35-0.6, but so do topic neighbours; hence the extra test in _asserts().
INTERPRETATION_RELATED = 0.38
# Share of the view's content words a sentence must repeat to restate it without a reason marker.
RESTATED = 0.75
# A view's match must stand this many standard deviations above its source's other sentences.
MIN_Z = 2.0
# Two rejected views this related are one view rejected by several sources.
SAME_VIEW = 0.45
_VAGUE_REPORT = ag._phrases(
    "claimed|claims|some say|some have|critics|commentators|it has been suggested|rumours|rumors"
    "|speculated|widespread"
)
# "That reading is wrong": the rejected view is in the sentence before.
_ANAPHOR = re.compile(
    r"\b(?:that|this|such|the|these|those)\s+(?:reading|view|claim|idea|interpretation|argument"
    r"|notion|assessment|account|suggestion|theory|explanation|analysis)\W*$|\b(?:that|this|it)\W*$",
    re.IGNORECASE,
)
_TRAILING_COPULA = re.compile(r"[\s,]+(?:is|are|was|were|be|seems|remains)\W*$", re.IGNORECASE)
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


def rejections(view: View, row: int) -> list[Rejection]:
    """The views sentence ``row`` rejects (one at most: the first cue found)."""
    raw = view.raw[row]
    cues = ag.find_phrases(raw, ag.AUTHORIAL_REJECTION)
    if not cues:
        return []
    cue = cues[0]
    at = raw.lower().find(cue)
    before, after = raw[: max(at, 0)], raw[at + len(cue) :] if at >= 0 else ""
    opened = _open_quote(before)
    if opened is not None:
        # A speaker's words: the view is what they call wrong inside the quotation, never the
        # attribution after it ('"The resignation was wrong," declared X') nor a sentence
        # outside it ('X said: "This is wrong."').
        prop = _TRAILING_COPULA.sub("", _proposition(before[opened:]).strip(' ,;:"“”'))
        if len(ag.content_stems(prop)) < 3 or _ANAPHOR.search(before[opened:]):
            return []
        return [Rejection(row=row, cue=cue, proposition=prop)] if _is_clause(prop) else []
    if _ANAPHOR.search(before):
        prev = _previous(view, row)
        return [Rejection(row=row, cue=cue, proposition=prev)] if prev else []
    prop = _proposition(before)
    if len(ag.content_stems(prop)) < 3:
        prop = after if len(ag.content_stems(after)) >= 3 else ""
    if len(ag.content_stems(prop)) < 3:
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
    sims, same_view = _proposition_sims(view, found, embedder)
    for k, rej in enumerate(found):
        best: dict[str, tuple[float, int]] = {}
        for src, idx in _rows_by_source(view, rows).items():
            if src == view.sents[rej.row].source:
                continue
            z = _zscores(sims[k], idx) if sims is not None else {}
            for j in idx:
                cos = float(sims[k][j]) if sims is not None else None
                rel = _asserts(rej.proposition, view.raw[j], cos, z.get(j, 0.0))
                if rel >= INTERPRETATION_RELATED and rel > best.get(src, (0.0, -1))[0]:
                    best[src] = (rel, j)
        for src in sorted(best):
            rel, j = best[src]
            conflict = _interpretation(view, rej, j, rel)
            for k2 in same_view.get(k, []):
                other = found[k2]
                if view.sents[other.row].source not in (src, view.sents[rej.row].source):
                    conflict.sides.append(_rejecting_side(view, other))
            yield conflict


def _proposition_sims(
    view: View, found: list[Rejection], embedder: Embedder | None
) -> tuple[np.ndarray | None, dict[int, list[int]]]:
    """Cosine of every rejected view (rows) with every comparable sentence (columns), and for
    each rejected view the other sources' rejected views that say the same."""
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
        return None, same
    return np.asarray(vecs @ mine.T), same


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
    something happened, and on a one-event cluster every sentence is a topic neighbour.
    """
    if _not_asserted(raw):
        return 0.0
    prop, stems = ag.content_stems(proposition), ag.content_stems(raw)
    restated = len(prop & stems) / len(prop) if prop else 0.0
    if restated >= RESTATED:
        return restated
    if cos is None or z < MIN_Z or not ag.find_phrases(raw, ag.EXPLANATION):
        return 0.0
    return cos


def _sentence_vectors(view: View) -> np.ndarray | None:
    if view.brief.embeddings is None or view.vecs is None:
        return None
    rows = {s.id: i for i, s in enumerate(view.brief.sentences())}
    return view.brief.embeddings[[rows[s.id] for s in view.sents]]


def _not_asserted(raw: str) -> bool:
    """A sentence that rejects a view itself, or only reports someone else's view."""
    return bool(ag.find_phrases(raw, ag.REJECTION_PHRASES) or ag.find_phrases(raw, _VAGUE_REPORT))


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
