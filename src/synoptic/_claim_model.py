"""The fitted disagreement score behind :func:`synoptic.agreement.compare_claims`.

Two claims are described by a short vector of general features (:func:`pair_features`): the
stance markers either holds (negation, rejection, contrast, contested report verbs, quotation,
and their count with hedges), the gap in evaluative tone, word containment, length, and the
embedding cosine. A logistic regression over those features, fitted by
``scripts/fit_compare.py`` on ClaimDiff-W (train split), turns them into a disagreement
probability. Only its coefficients ship, in
``synoptic/data/compare_weights.json``, one model per embedder: the cosine of the hashing
test embedder lives on another scale than MiniLM's, so each embedder has weights fitted with its
own cosines, and an embedder without weights uses the ``words`` model, which has no cosine
feature at all.

Every feature is symmetric in the two claims (ClaimDiff labels a pair and its reverse alike in
98 % of cases), so ``score(a, b) == score(b, a)``. No feature looks at which words a dataset uses:
the lexicons are general English stance vocabulary, written by hand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from synoptic import agreement as ag
from synoptic._errors import BackendError
from synoptic.text import stem

WEIGHTS_FILE = "compare_weights.json"
# The model used for an embedder the weights file does not name (no cosine feature).
WORDS_MODEL = "words"

# Evaluative words (snowball stems are taken at load): a general list of judgement vocabulary,
# positive and negative, written for this module.
_POSITIVE = ag._phrases("""
    good|great|better|best|success|successful|effective|strong|stronger|strongest|safe|benefit
    beneficial|improve|improved|improvement|progress|win|winning|victory|praise|praised|welcome
    welcomed|positive|hope|hopeful|support|supported|help|helped|helpful|fair|legitimate|right
    boost|gain|gains|protect|protected|secure|healthy|reasonable|popular|honest|historic|robust
    landmark|achievement|accomplish|accomplished|wise|reliable|credible|clear|solid|thriving
""")
_NEGATIVE = ag._phrases("""
    bad|worse|worst|fail|failed|failure|failing|weak|weaker|weakest|unsafe|danger|dangerous|harm
    harmful|damage|damaged|risk|risky|threat|threaten|crisis|problem|problems|concern|concerns
    concerned|worry|worried|fear|fears|critic|critics|criticism|criticized|criticised|attack
    attacked|blame|blamed|controversy|controversial|scandal|false|wrong|lie|lies|lied|fraud
    corrupt|corruption|abuse|illegal|unfair|chaos|chaotic|disaster|disastrous|flawed|problematic
    questionable|doubt|doubts|skeptical|sceptical|troubling|alarming|negative|loss|losses|lost
    decline|declined|collapse|struggle|struggling|violence|violent|deadly|killed|death|deaths
    hurt|poor|costly|expensive|slammed|condemn|condemned|outrage|angry|accused|accusation
    misleading|dubious|partisan|radical|extreme|reckless|divisive|racist|hostile|tension
""")
# Verbs that report a view as one side's (a contested claim rather than a reported fact).
CONTESTED = ag._phrases("""
    argued|argues|argue|claimed|claims|claim|insisted|insists|alleged|alleges|accused|accuses
    contended|contends|maintained|maintains|asserted|asserts|suggested|suggests|disputed
    criticized|criticised|warned|warns|questioned|defended|defends|dismissed
""")
_QUOTES = ('"', "“", "”")


@cache
def _stems(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(p) for p in phrases)


@dataclass(slots=True, frozen=True)
class _Side:
    """What the features need from one claim, computed once."""

    words: int
    content: frozenset[str]
    negations: int
    rejections: int
    contrasts: int
    contested: int
    quoted: bool
    positive: int
    negative: int
    stance: int  # all stance markers: the above plus hedges


def _side(text: str) -> _Side:
    toks = ag.words(text)
    stems = [stem(w) for w in toks]
    negations = ag.negation_count(text)
    rejections = len(ag.find_phrases(text, ag.REJECTION_PHRASES))
    contrasts = len(ag.find_phrases(text, ag.CONTRASTS))
    contested = len(ag.find_phrases(text, CONTESTED))
    quoted = any(q in text for q in _QUOTES)
    hedges = len(ag.find_phrases(text, ag.HEDGES))
    return _Side(
        words=len(toks),
        content=frozenset(ag.content_stems(text)),
        negations=negations,
        rejections=rejections,
        contrasts=contrasts,
        contested=contested,
        quoted=quoted,
        positive=sum(1 for w in stems if w in _stems(_POSITIVE)),
        negative=sum(1 for w in stems if w in _stems(_NEGATIVE)),
        stance=negations + rejections + contrasts + contested + int(quoted) + hedges,
    )


def _either(x: float, y: float) -> float:
    return float(x > 0 or y > 0)


def _tone(side: _Side) -> float:
    """Share of positive among the evaluative words (0.5 when there are none)."""
    return (side.positive + 1) / (side.positive + side.negative + 2)


def pair_features(a: str, b: str, cos: float | None) -> dict[str, float]:
    """The features of the claim pair, symmetric in ``a`` and ``b``.

    ``cos`` is the embedding cosine of the two texts; ``None`` leaves the ``cosine`` feature out
    (the ``words`` model does not use it).
    """
    sa, sb = _side(a), _side(b)
    shared = len(sa.content & sb.content)
    longer = max(1, len(sa.content), len(sb.content))
    f = {
        "containment_min": shared / longer,
        "log_length_min": math.log(1 + min(sa.words, sb.words)),
        "negation_either": _either(sa.negations, sb.negations),
        "rejection_either": _either(sa.rejections, sb.rejections),
        "contrast_either": _either(sa.contrasts, sb.contrasts),
        "contested_either": _either(sa.contested, sb.contested),
        "quote_either": _either(sa.quoted, sb.quoted),
        "stance_markers": math.log1p(sa.stance + sb.stance),
        "sentiment_gap": abs(_tone(sa) - _tone(sb)),
    }
    if cos is not None:
        f["cosine"] = float(cos)
    return f


@dataclass(slots=True, frozen=True, kw_only=True)
class FittedModel:
    """One logistic regression (standardised features, weights, bias), its ``disagree``
    threshold, and the relatedness below which a pair is ``unrelated``."""

    name: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    unrelated_below: float

    def probability(self, feats: dict[str, float]) -> float:
        """The fitted probability that the pair disagrees (one weakens the other)."""
        x = np.array([feats[n] for n in self.features])
        z = (x - np.array(self.mean)) / np.array(self.scale)
        logit = float(np.dot(z, np.array(self.weights)) + self.bias)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def model_from_dict(name: str, spec: dict[str, Any]) -> FittedModel:
    """A :class:`FittedModel` from its JSON form (see ``scripts/fit_compare.py``).

    Raises:
        BackendError: the spec does not fit the features :func:`pair_features` computes.
    """
    model = FittedModel(
        name=name,
        features=tuple(str(f) for f in spec["features"]),
        mean=tuple(float(v) for v in spec["mean"]),
        scale=tuple(float(v) for v in spec["scale"]),
        weights=tuple(float(v) for v in spec["weights"]),
        bias=float(spec["bias"]),
        threshold=float(spec["threshold"]),
        unrelated_below=float(spec["unrelated_below"]),
    )
    known = set(pair_features("", "", 0.0))
    sizes = {len(model.features), len(model.mean), len(model.scale), len(model.weights)}
    if not set(model.features) <= known or len(sizes) != 1:
        raise BackendError(
            f"compare_claims model {name!r} in {WEIGHTS_FILE} does not match this version's"
            " features; refit it with scripts/fit_compare.py --write"
        )
    return model


@cache
def load_weights() -> dict[str, Any]:
    """The shipped weights file, parsed."""
    text = resources.files("synoptic").joinpath(f"data/{WEIGHTS_FILE}").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def model_for(embedder_name: str | None) -> FittedModel:
    """The model fitted with ``embedder_name``'s cosines, else the words-only model."""
    models: dict[str, dict[str, Any]] = load_weights()["models"]
    name = embedder_name if embedder_name in models else WORDS_MODEL
    return model_from_dict(name, models[name])
