"""Stage 4, dedup: exact and near-duplicate sentences within and across sources.

1. Every sentence gets a set of word 3-shingles and a MinHash (datasketch).
2. Sentences are visited oldest source first (by publication date, then source id) and in text
   order; each is looked up in a MinHash LSH index of the sentences visited before it.
3. A candidate whose real Jaccard similarity reaches ``dedup.near_duplicate`` (or an exact match
   of the normalised text) makes the sentence a duplicate: ``repeated`` inside one source,
   ``copied`` across sources. It stays citable but never counts as independent support, and its
   passage is listed in ``source.removed``.

LSH keeps this near-linear in the number of sentences: no all-pairs comparison.
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from synoptic.model import Brief, RemovalReason, Removed, Sentence, Source
from synoptic.stages._base import Context, stage
from synoptic.text import jaccard, shingles, words

# Sentences shorter than this (in words) are only matched exactly: a near-match of three words
# ("He said so.") says nothing about copying.
MIN_WORDS_NEAR = 6


@stage(name="dedup", requires=("sentences",), assigns=("duplicates",))
def dedup(brief: Brief, ctx: Context) -> Brief:
    opts = ctx.options
    order = sorted(brief.sources, key=lambda s: (s.published or "9999", _source_rank(s)))
    visited = [sent for src in order for sent in src.sentences]
    tokens = [words(s.text) for s in visited]
    sh = [shingles(t, opts.dedup_shingle) for t in tokens]
    hashes = MinHash.bulk(
        [[x.encode("utf-8") for x in sorted(s)] for s in sh], num_perm=opts.dedup_num_perm
    )
    lsh = MinHashLSH(threshold=opts.dedup_near_duplicate, num_perm=opts.dedup_num_perm)
    exact: dict[str, int] = {}
    for i, sent in enumerate(visited):
        key = " ".join(tokens[i])
        original = exact.get(key)
        if original is None and len(tokens[i]) >= MIN_WORDS_NEAR:
            candidates = sorted(int(c) for c in lsh.query(hashes[i]))
            best = [c for c in candidates if jaccard(sh[i], sh[c]) >= opts.dedup_near_duplicate]
            original = best[0] if best else None
        if original is not None:
            sent.duplicate_of = visited[original].id
            continue
        exact.setdefault(key, i)
        if len(tokens[i]) >= MIN_WORDS_NEAR:
            lsh.insert(str(i), hashes[i])
    for src in brief.sources:
        src.removed.extend(_removed_passages(src))
    return brief


def _source_rank(src: Source) -> int:
    return int(src.id[1:]) if src.id[1:].isdigit() else 0


def _removed_passages(src: Source) -> list[Removed]:
    """One Removed per run of consecutive duplicate sentences of one paragraph and reason."""
    runs: list[list[Sentence]] = []
    for sent in src.sentences:
        if sent.duplicate_of is None:
            continue
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and prev.paragraph == sent.paragraph
            and prev.index == sent.index - 1
            and _reason(src, prev) == _reason(src, sent)
        ):
            runs[-1].append(sent)
        else:
            runs.append([sent])
    return [
        Removed(
            text=src.original[run[0].start : run[-1].end],
            reason=_reason(src, run[0]),
            start=run[0].start,
            end=run[-1].end,
            detail="same as " + ", ".join(s.duplicate_of or "" for s in run),
        )
        for run in runs
    ]


def _reason(src: Source, sent: Sentence) -> RemovalReason:
    assert sent.duplicate_of is not None
    same_source = sent.duplicate_of.split(".")[0] == src.id
    return "repeated" if same_source else "copied"
