"""Fit the disagreement score of ``compare_claims`` on ClaimDiff-W (train) and cross-validate it.

    .venv/bin/python scripts/fit_compare.py [--data DIR] [--write]

For each embedder (``minilm-onnx``, ``hashing``, and ``words``: no cosine feature) the script

1. computes :func:`synoptic._claim_model.pair_features` for every pair of ClaimDiff-W train;
2. cross-validates an L2 logistic regression with grouped K-fold **by topic** (pairs of one topic,
   hence a pair and its ``_rev`` reverse, never sit in both a training and a test fold); the
   ``disagree`` threshold is the one with the best F1 on the training folds' own predictions;
3. fits the same model on the whole split and, with ``--write``, writes its coefficients, the
   threshold and the CV figures to ``src/synoptic/data/compare_weights.json``.

Only numpy is used (Newton's method on the penalised log-likelihood). The data is read by path
and never copied into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synoptic import _claim_model as cm
from synoptic import agreement as ag
from synoptic.backends.embedders import get_embedder

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "claimdiff"
WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "synoptic" / "data" / cm.WEIGHTS_FILE
TRAIN_FILE = "ClaimDiff-weak-train.json"
EMBEDDERS = ("minilm-onnx", "hashing", cm.WORDS_MODEL)
FOLDS = 5
REPEATS = 5
# L2 penalty on standardised coefficients (the bias is not penalised); see docs/agreement.md
# for the few values tried.
L2 = 30.0

# Relatedness below which compare_claims says "unrelated", per embedder; set by hand, not fitted
# (ClaimDiff has no unrelated pairs): sentences about different events score 0.0-0.1 with MiniLM.
# Other embedders keep agreement.UNRELATED_BELOW (0.22), the hashing test double included.
UNRELATED_BELOW = {"minilm-onnx": 0.1}

Rows = list[dict[str, Any]]


@dataclass(slots=True, frozen=True)
class Scores:
    """Precision, recall and F1 of one detector (pooled over folds when cross-validated).

    ``fold_f1``/``fold_sd``: mean and standard deviation of the F1 of single test folds (NaN when
    not cross-validated).
    """

    name: str
    flagged: float
    precision: float
    recall: float
    f1: float
    fold_f1: float = float("nan")
    fold_sd: float = float("nan")

    def row(self) -> str:
        folds = "" if np.isnan(self.fold_f1) else f" {self.fold_f1:>7.3f} ± {self.fold_sd:.3f}"
        return (
            f"{self.name:<44} {self.flagged:>8.0f} {self.precision:>9.3f} {self.recall:>7.3f}"
            f" {self.f1:>6.3f}{folds}"
        )

    def to_dict(self) -> dict[str, float]:
        out = {
            "flagged": round(self.flagged, 1),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        if not np.isnan(self.fold_f1):
            out |= {"fold_f1_mean": round(self.fold_f1, 4), "fold_f1_sd": round(self.fold_sd, 4)}
        return out


HEADER = (
    f"{'detector':<44} {'flagged':>8} {'precision':>9} {'recall':>7} {'F1':>6}"
    f" {'F1 of single folds':>18}"
)


def score(name: str, pred: np.ndarray, gold: np.ndarray) -> Scores:
    """Precision, recall and F1 of boolean ``pred`` against boolean ``gold``."""
    tp = float(np.sum(pred & gold))
    flagged, positives = float(np.sum(pred)), float(np.sum(gold))
    p = tp / flagged if flagged else 0.0
    r = tp / positives if positives else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(name, flagged, p, r, f)


def load(path: Path) -> Rows:
    rows: Rows = json.loads(path.read_text("utf-8"))["data"]
    return rows


def cosines(embedder_name: str, rows: Rows) -> np.ndarray | None:
    """Per-pair cosine with the named embedder; ``None`` for the words-only model."""
    if embedder_name == cm.WORDS_MODEL:
        return None
    emb = get_embedder(embedder_name)
    a = emb.encode([r["claim_a"] for r in rows])
    b = emb.encode([r["claim_b"] for r in rows])
    return np.asarray((a * b).sum(axis=1), dtype=float)


def feature_matrix(rows: Rows, cos: np.ndarray | None, names: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        f = cm.pair_features(r["claim_a"], r["claim_b"], None if cos is None else float(cos[i]))
        out[i] = [f[n] for n in names]
    return out


def feature_names(with_cosine: bool) -> list[str]:
    return list(cm.pair_features("a b c", "a b d", 0.5 if with_cosine else None))


@dataclass(slots=True, frozen=True)
class Gates:
    """The parts of ``fitted_relation`` around the model: nothing in them is fitted."""

    related: np.ndarray  # not ``unrelated``
    ruled: np.ndarray  # an explicit contradiction (``agreement.contradiction``)

    def apply(self, model_says: np.ndarray, rows: np.ndarray) -> np.ndarray:
        out: np.ndarray = self.related[rows] & (model_says | self.ruled[rows])
        return out

    def scores(self, rows: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        """Probabilities as the label sees them: 2 when ruled, -1 when unrelated."""

        def gated(prob: np.ndarray) -> np.ndarray:
            out = np.where(self.ruled[rows], 2.0, prob)
            return np.where(self.related[rows], out, -1.0)

        return gated


def gates(rows: Rows, cos: np.ndarray | None, unrelated_below: float) -> Gates:
    related, ruled = [], []
    for i, r in enumerate(rows):
        a, b = r["claim_a"], r["claim_b"]
        rel = ag.relatedness(a, b, None if cos is None else float(cos[i]))
        cues = tuple(name for name, _ in ag.disagreement_cues(a, b))
        related.append(rel >= unrelated_below)
        ruled.append(ag.contradiction(rel, cues))
    return Gates(np.array(related), np.array(ruled))


# --- model ---------------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Fit:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.scale
        p: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z @ self.weights + self.bias, -30, 30)))
        return p


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = L2,
    gate: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Fit:
    """L2-penalised logistic regression by Newton's method, threshold of best training F1.

    ``gate`` maps the training probabilities to what decides the label (see :class:`Gates`), so
    that the threshold is the best one for the whole decision, not for the model alone.
    """
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    fit = Fit(mean, scale, w[:-1], float(w[-1]), 0.5)
    prob = fit.probability(x)
    return Fit(
        mean,
        scale,
        w[:-1],
        float(w[-1]),
        best_threshold(gate(prob) if gate else prob, y, within=(0, 1)),
    )


def best_threshold(
    values: np.ndarray, gold: np.ndarray, below: bool = False, within: tuple[float, float] = (-1, 1)
) -> float:
    """The cut (``>=``, or ``<`` when ``below``) of ``values`` with the best F1 on ``gold``.

    Only values ``within`` the bounds are tried as cuts (gated probabilities use (0, 1): the -1
    of unrelated pairs and the 2 of ruled ones are never a cut of their own).
    """
    best, best_f1 = 0.5, -1.0
    inside = values[(values > within[0]) & (values <= within[1])]
    for t in np.unique(np.round(inside, 4)):
        f1 = score("", values < t if below else values >= t, gold).f1
        if f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


# --- cross-validation ----------------------------------------------------------------------------


def topic_folds(rows: Rows, folds: int, seed: int) -> np.ndarray:
    """A fold number per row; all rows of one topic share it."""
    topics = sorted({r["topic"] for r in rows})
    order = np.random.default_rng(seed).permutation(len(topics))
    fold_of = {topics[j]: k % folds for k, j in enumerate(order)}
    return np.array([fold_of[r["topic"]] for r in rows])


Predictor = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""Given training-row and test-row indices, the boolean predictions for the test rows."""


def cross_validate(
    name: str, predict: Predictor, rows: Rows, gold: np.ndarray, repeats: int = REPEATS
) -> Scores:
    """Pooled precision/recall/F1 over the test folds, averaged over ``repeats`` fold draws."""
    runs: list[Scores] = []
    folds: list[float] = []
    for seed in range(repeats):
        fold = topic_folds(rows, FOLDS, seed)
        pred = np.zeros(len(rows), dtype=bool)
        for k in range(FOLDS):
            train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
            pred[test] = predict(train, test)
            folds.append(score(name, pred[test], gold[test]).f1)
        runs.append(score(name, pred, gold))
    return Scores(
        name,
        float(np.mean([s.flagged for s in runs])),
        float(np.mean([s.precision for s in runs])),
        float(np.mean([s.recall for s in runs])),
        float(np.mean([s.f1 for s in runs])),
        float(np.mean(folds)),
        float(np.std(folds)),
    )


def model_predictor(x: np.ndarray, gold: np.ndarray, gate: Gates) -> Predictor:
    def predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        fit = fit_logistic(x[train], gold[train], gate=gate.scores(train))
        return gate.apply(fit.probability(x[test]) >= fit.threshold, test)

    return predict


def cosine_predictor(cos: np.ndarray, gold: np.ndarray) -> Predictor:
    """Embedding only: threshold and direction picked on the training folds."""

    def cut(values: np.ndarray, t: float, below: bool) -> np.ndarray:
        out: np.ndarray = values < t if below else values >= t
        return out

    def predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        cuts = [(best_threshold(cos[train], gold[train], below), below) for below in (True, False)]
        t, below = max(cuts, key=lambda c: score("", cut(cos[train], *c), gold[train]).f1)
        return cut(cos[test], t, below)

    return predict


def fixed(pred: np.ndarray) -> Predictor:
    """A detector with nothing to fit."""
    return lambda train, test: pred[test]


def negation_only(rows: Rows) -> np.ndarray:
    return np.array(
        [
            (ag.negation_count(r["claim_a"]) > 0) != (ag.negation_count(r["claim_b"]) > 0)
            for r in rows
        ]
    )


def rule_labels(rows: Rows, cos: np.ndarray) -> np.ndarray:
    """The hand-set cue rule (``agreement.score_relation``) says ``disagree``."""
    return np.array(
        [
            ag.score_relation(r["claim_a"], r["claim_b"], float(c)).label == "disagree"
            for r, c in zip(rows, cos, strict=True)
        ]
    )


def optimistic_cosine(cos: np.ndarray, gold: np.ndarray) -> Scores:
    """Embedding only with the best threshold on the evaluated data itself (an upper bound)."""
    best = score("", np.zeros(len(gold), dtype=bool), gold)
    for below in (True, False):
        t = best_threshold(cos, gold, below)
        s = score(
            f"embedding only, best cut on all (cos {'<' if below else '>='} {t:.2f})",
            cos < t if below else cos >= t,
            gold,
        )
        best = s if s.f1 > best.f1 else best
    return best


def baselines(rows: Rows, gold: np.ndarray, cos: np.ndarray) -> list[Scores]:
    """The simple detectors, cross-validated the same way, and the optimistic cosine cut."""
    return [
        cross_validate("negation only", fixed(negation_only(rows)), rows, gold),
        cross_validate(
            "embedding only, cut picked on train folds", cosine_predictor(cos, gold), rows, gold
        ),
        cross_validate(
            "hand-set cue rule (previous compare_claims)",
            fixed(rule_labels(rows, cos)),
            rows,
            gold,
        ),
        cross_validate("always", fixed(np.ones(len(rows), dtype=bool)), rows, gold),
        optimistic_cosine(cos, gold),
    ]


# --- main ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    embedder: str
    names: list[str]
    fit: Fit
    cv: Scores
    in_sample: Scores


def fit_embedder(embedder: str, rows: Rows, gold: np.ndarray, minilm: np.ndarray) -> Result:
    """Cross-validate and fit the model of ``embedder``.

    The ``words`` model has no cosine feature, but at run time relatedness still comes from the
    caller's embedder: it is fitted with MiniLM's relatedness deciding ``unrelated``.
    """
    cos = minilm if embedder == "minilm-onnx" else cosines(embedder, rows)
    names = feature_names(cos is not None)
    x = feature_matrix(rows, cos, names)
    below = UNRELATED_BELOW.get(embedder, ag.UNRELATED_BELOW)
    gate = gates(rows, minilm if cos is None else cos, below)
    predict = model_predictor(x, gold, gate)
    cv = cross_validate(f"compare_claims, CV ({embedder})", predict, rows, gold)
    fit = fit_logistic(x, gold, gate=gate.scores(np.arange(len(rows))))
    says = gate.apply(fit.probability(x) >= fit.threshold, np.arange(len(rows)))
    ins = score(f"compare_claims, in-sample ({embedder})", says, gold)
    print(
        f"{embedder}: {int((~gate.related).sum())} pairs unrelated"
        f" ({int(gold[~gate.related].sum())} weaken), {int(gate.ruled.sum())} ruled contradictions"
        f" ({int(gold[gate.ruled].sum())} weaken)"
    )
    return Result(embedder, names, fit, cv, ins)


def weights_json(results: list[Result], rows: Rows, baselines: list[Scores]) -> dict[str, Any]:
    models: dict[str, Any] = {}
    for r in results:
        models[r.embedder] = {
            "features": r.names,
            "mean": [round(float(v), 6) for v in r.fit.mean],
            "scale": [round(float(v), 6) for v in r.fit.scale],
            "weights": [round(float(v), 6) for v in r.fit.weights],
            "bias": round(r.fit.bias, 6),
            "threshold": round(r.fit.threshold, 4),
            "unrelated_below": UNRELATED_BELOW.get(r.embedder, ag.UNRELATED_BELOW),
            "cv": r.cv.to_dict(),
            "in_sample": r.in_sample.to_dict(),
        }
    return {
        "about": "Logistic regression behind synoptic.compare_claims; see scripts/fit_compare.py",
        "training_data": f"ClaimDiff-W train ({TRAIN_FILE}, Ko et al. 2022), {len(rows)} pairs, "
        f"{int(sum(r['relation'] for r in rows))} weaken",
        "fitted": dt.date.today().isoformat(),
        "cv": f"grouped {FOLDS}-fold by topic, {REPEATS} fold draws, threshold picked on the "
        "training folds; pooled precision/recall/F1 averaged over the draws, and the mean and "
        "standard deviation of single folds' F1",
        "l2": L2,
        "baselines": {s.name: s.to_dict() for s in baselines},
        "models": models,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS}")
    args = parser.parse_args(argv)
    path = args.data / TRAIN_FILE
    if not path.exists():
        print(f"{path} not found; pass --data (the shared data sits beside the repo)")
        return 2
    rows = load(path)
    gold = np.array([r["relation"] == 1 for r in rows])
    minilm_cos = cosines("minilm-onnx", rows)
    assert minilm_cos is not None
    results = [fit_embedder(embedder, rows, gold, minilm_cos) for embedder in EMBEDDERS]
    base = baselines(rows, gold, minilm_cos)
    print(HEADER)
    for s in [r.cv for r in results] + base:
        print(s.row())
    for r in results:
        print(r.in_sample.row())
        top = sorted(zip(r.names, r.fit.weights, strict=True), key=lambda t: -abs(t[1]))[:8]
        print("   ", ", ".join(f"{n} {w:+.2f}" for n, w in top))
    if args.write:
        WEIGHTS.write_text(json.dumps(weights_json(results, rows, base), indent=1) + "\n")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
