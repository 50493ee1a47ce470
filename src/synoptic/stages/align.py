"""Stage 6, align: group sentences of different sources that carry the same information.

1. Candidates are the sentences that are not duplicates and are long enough to state something.
2. Each candidate's nearest neighbours come from an ANN search (no all-pairs comparison); pairs
   from different sources at cosine >= ``align.similarity`` are the links.
3. Links are merged strongest first into claims, under two rules that keep claims tight: a claim
   holds at most one sentence per source, and every pair of its sentences stays above
   ``LINKAGE`` x the threshold (a cheap complete-linkage check that stops chaining).
4. Copies (``duplicate_of``) join the claim of their original as extra citations, but the number
   of *independent* sources counts each original source once.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from synoptic.backends.ann import nearest
from synoptic.model import Brief, Claim, Sentence, Support
from synoptic.stages._base import Context, stage

# Sentences with fewer words are headings or fragments, not information units.
MIN_CLAIM_WORDS = 5
# Every pair inside a claim must reach LINKAGE x align.similarity (calibrated on the bundled
# example and the seeds: 0.9 keeps paraphrases together without chaining topic-neighbours).
LINKAGE = 0.9


@stage(name="align", requires=("embeddings", "duplicates"), assigns=("claims",))
def align(brief: Brief, ctx: Context) -> Brief:
    sentences = brief.sentences()
    assert brief.embeddings is not None
    vectors = brief.embeddings
    cand = [i for i, s in enumerate(sentences) if _is_candidate(s)]
    groups = _group(cand, sentences, vectors, ctx.options.align_similarity, ctx.options.align_neighbours)
    brief.claims = _claims(groups, sentences, vectors, len(brief.sources))
    return brief


def _is_candidate(sent: Sentence) -> bool:
    return sent.duplicate_of is None and sent.words >= MIN_CLAIM_WORDS and not sent.text.endswith("?")


def _group(
    cand: list[int], sentences: list[Sentence], vectors: np.ndarray, threshold: float, k: int
) -> list[list[int]]:
    """Merge candidate rows into groups (lists of row indices into ``sentences``)."""
    if not cand:
        return []
    sub = vectors[cand]
    nb = nearest(sub, k)
    links: set[tuple[float, int, int]] = set()
    for a in range(len(cand)):
        for b, sim in zip(nb.indices[a], nb.similarity[a], strict=True):
            i, j = cand[a], cand[int(b)]
            if sim >= threshold and sentences[i].source != sentences[j].source:
                links.add((round(float(sim), 6), min(i, j), max(i, j)))
    group_of = {i: [i] for i in cand}
    for _sim, i, j in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or not _can_merge(gi, gj, sentences, vectors, threshold * LINKAGE):
            continue
        gi.extend(gj)
        for member in gj:
            group_of[member] = gi
    unique = {id(g): g for g in group_of.values()}
    return sorted((sorted(g) for g in unique.values()), key=lambda g: g[0])


def _can_merge(
    a: list[int], b: list[int], sentences: list[Sentence], vectors: np.ndarray, floor: float
) -> bool:
    if {sentences[i].source for i in a} & {sentences[j].source for j in b}:
        return False
    return float((vectors[a] @ vectors[b].T).min()) >= floor


def _claims(
    groups: list[list[int]], sentences: list[Sentence], vectors: np.ndarray, n_sources: int
) -> list[Claim]:
    copies: dict[str, list[Sentence]] = {}
    for s in sentences:
        if s.duplicate_of is not None:
            copies.setdefault(s.duplicate_of, []).append(s)
    order = {s.id: i for i, s in enumerate(sentences)}
    claims = []
    for number, group in enumerate(groups, 1):
        members = [sentences[i] for i in group]
        cited = members + [c for m in members for c in copies.get(m.id, [])]
        cited.sort(key=lambda s: order[s.id])
        independent = len({m.source for m in members})
        claims.append(
            Claim(
                id=f"C{number}",
                text=sentences[_medoid(group, vectors)].text,
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


def _medoid(group: list[int], vectors: np.ndarray) -> int:
    if len(group) <= 2:
        return group[0]
    sims = vectors[group] @ vectors[group].T
    scores = sims.sum(axis=1)
    best = max(range(len(group)), key=lambda i: (round(float(scores[i]), 6), -i))
    return group[best]


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def claim_index(brief: Brief) -> dict[str, Claim]:
    """Sentence id -> the claim that cites it."""
    return {sid: c for c in brief.claims for sid in c.sentences}

