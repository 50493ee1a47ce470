"""Agreement and disagreement between two claims: cue lexicons and :func:`compare_claims`.

:func:`compare_claims` is the one place where synoptic decides whether two passages agree,
disagree or are unrelated; the conflicts stage and ``scripts/eval_claimdiff.py`` both call it.
It works in three steps:

1. **relatedness**: the larger of the embedding cosine and the content-word containment of the
   two texts (containment keeps a lexical paraphrase related under the hashing test embedder);
2. **cues**: disagreement evidence that needs no model: a rejection cue ("is incorrect",
   "merely speculation", "contrary to"), negation present in one text only, antonyms across the
   texts, different values for the same quantity or date, a hedge or contrast marker in one only;
3. **score**: the cues are combined as a noisy-or and scaled by relatedness, so that a negation
   in an unrelated sentence does not count.

The cue weights and the thresholds were set by hand on the project's own fixture clusters and
checked (not fitted) on the ClaimDiff train split; see ``docs/agreement.md`` for the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np

from synoptic.model import Support

if TYPE_CHECKING:
    from synoptic.backends.embedders import Embedder

Label = Literal["agree", "disagree", "unrelated"]

# Relatedness below which two texts are about different things, whatever their cues.
UNRELATED_BELOW = 0.22
# Relatedness at which cues count in full (linear ramp from UNRELATED_BELOW).
RELATED_FULL = 0.5
# Disagreement score from which the label is "disagree".
DISAGREE_FROM = 0.35

# Cue weights (noisy-or). A rejection is the strongest single signal; hedges alone are weak.
W_REJECTION = 0.6
W_NEGATION = 0.4
W_ANTONYM = 0.45
W_VALUE = 0.45
W_HEDGE = 0.15

# --- lexicons ----------------------------------------------------------------------------------

NEGATORS = frozenset(
    "not no never none nothing nobody neither nor without cannot hardly n't".split()
)

# Phrases by which an author rejects or qualifies a view (matched on lower-cased text).
REJECTION_PHRASES: tuple[str, ...] = (
    "is incorrect",
    "are incorrect",
    "was incorrect",
    "is not correct",
    "is not true",
    "is untrue",
    "is false",
    "is wrong",
    "are wrong",
    "is mistaken",
    "is misleading",
    "a biased",
    "is biased",
    "merely speculation",
    "mere speculation",
    "pure speculation",
    "is speculation",
    "speculative",
    "contrary to",
    "no evidence",
    "baseless",
    "unfounded",
    "groundless",
    "a myth",
    "far from",
    "overstated",
    "exaggerated",
    "rejected the claim",
    "rejects the claim",
    "denied",
    "denies",
    "dismissed",
    "disputed",
    "disputes",
    "refuted",
    "not the case",
    "does not hold",
    "misreading",
    "misrepresent",
)

HEDGES: tuple[str, ...] = (
    "may",
    "might",
    "could",
    "reportedly",
    "allegedly",
    "apparently",
    "possibly",
    "perhaps",
    "unclear",
    "unlikely",
    "not necessarily",
    "too early",
    "it remains to be seen",
    "seems",
    "appears",
)

CONTRASTS: tuple[str, ...] = (
    "however",
    "but",
    "although",
    "though",
    "yet",
    "despite",
    "nevertheless",
    "nonetheless",
    "whereas",
    "on the other hand",
    "in contrast",
    "instead",
)

CERTAINTY: tuple[str, ...] = (
    "clearly",
    "certainly",
    "undoubtedly",
    "obviously",
    "of course",
    "in fact",
    "must",
    "definitely",
    "without doubt",
)

ATTRIBUTION: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "according to",
    "claimed",
    "claims",
    "argued",
    "argues",
    "believes",
    "stated",
    "reported",
)

FIRST_PERSON: tuple[str, ...] = ("i", "we", "this author", "in my view", "our")

# Correction notices: a side carrying one is a later correction, not a plain contradiction.
CORRECTIONS: tuple[str, ...] = (
    "correction:",
    "an earlier version",
    "a previous version",
    "has been corrected",
    "was corrected",
    "we incorrectly",
    "incorrectly stated",
    "incorrectly reported",
)

# Antonym pairs, as snowball stems.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("increas", "decreas"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("higher", "lower"),
    ("win", "lose"),
    ("won", "lost"),
    ("accept", "reject"),
    ("approv", "reject"),
    ("pass", "fail"),
    ("success", "failur"),
    ("succeed", "fail"),
    ("agre", "disagre"),
    ("support", "oppos"),
    ("legal", "illeg"),
    ("guilti", "innoc"),
    ("convict", "acquit"),
    ("strengthen", "weaken"),
    ("allow", "ban"),
    ("confirm", "deni"),
    ("confirm", "deny"),
    ("open", "close"),
    ("true", "fals"),
    ("gain", "loss"),
    ("grow", "shrink"),
    ("expand", "contract"),
    ("start", "end"),
    ("began", "end"),
)

STOPWORDS = frozenset(
    """a an the and or of to in on at by for from with as is are was were be been being it its
    this that these those he she they them his her their we our you your i me my has have had do
    does did will would shall should can could may might must not no so if than then there here
    which who whom whose what when where why how all any some such into over under about after
    before between also only just more most other same very s t said says say told according
    while but however although though yet mr ms mrs dr one two three""".split()
)

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")


# --- text helpers --------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (``n't`` split off as its own token)."""
    out: list[str] = []
    for tok in _WORD.findall(text.lower().replace("’", "'")):
        if tok.endswith("n't") and len(tok) > 3:
            out.extend([tok[:-3], "n't"])
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def stem(word: str) -> str:
    """The snowball (Porter 2) stem of a lower-cased word."""
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


def content_stems(text: str) -> set[str]:
    """Stems of the content words of ``text`` (no stopwords, no numbers)."""
    return {
        stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit() and len(w) > 1
    }


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_phrases(text: str, phrases: tuple[str, ...]) -> list[str]:
    """The ``phrases`` that occur in ``text`` as whole words (case-insensitive), in lexicon order."""
    low = " " + " ".join(words(text)) + " "
    low = low.replace(" n't ", " not ")
    return [p for p in phrases if f" {p} " in low or (p.endswith(":") and p in text.lower())]


def negation_count(text: str) -> int:
    """How many negators ``text`` contains."""
    return sum(1 for w in words(text) if w in NEGATORS)


def numbers(text: str) -> list[float]:
    """Numeric values written in digits in ``text``."""
    out: list[float] = []
    for m in _NUMBER.finditer(text):
        try:
            out.append(float(m.group(1).replace(",", "")))
        except ValueError:  # pragma: no cover - the pattern only matches numbers
            continue
    return out


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
    if (negation_count(a) > 0) != (negation_count(b) > 0):
        cues.append(("negation", W_NEGATION))
    antonym = _antonym(a, b)
    if antonym:
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
    # Two texts that both give figures but share none of them (years count too: a different
    # year for the same event is a mismatch). Rounded figures ("about 600" vs "600") agree.
    na, nb = numbers(a), numbers(b)
    if not na or not nb:
        return False
    return not any(_close(x, y) for x in na for y in nb)


def _close(x: float, y: float) -> bool:
    return x == y or (max(x, y) > 0 and abs(x - y) / max(x, y) <= 0.02)


def score_relation(a: str, b: str, cos: float | None) -> Relation:
    """:func:`compare_claims` once the embedding cosine is known (``None``: words only)."""
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


def compare_claims(a: str, b: str, embedder: Embedder | None = None) -> Relation:
    """Whether claim ``b`` agrees with, disagrees with, or is unrelated to claim ``a``.

    Args:
        a: a claim (one sentence or a short passage).
        b: another claim, typically from another source.
        embedder: the sentence embedder to measure relatedness with; by default the configured
            one (``embed.backend`` in the shipped defaults), loaded once per process.

    Returns:
        A :class:`Relation`: ``label`` in ``{"agree", "disagree", "unrelated"}``, ``score`` the
        strength of disagreement in [0, 1], and the cues found.

    Example:
        >>> from synoptic.backends.embedders import HashingEmbedder
        >>> r = compare_claims("The talks failed.", "The talks did not fail.", HashingEmbedder())
        >>> r.label
        'disagree'
    """
    emb = embedder if embedder is not None else default_embedder()
    return score_relation(a, b, cosine(emb, a, b))


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
