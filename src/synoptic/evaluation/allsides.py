"""AllSides stories as a held-out summary check: one event told by a left, centre and right outlet.

One JSON object a line: ``news.{left,center,right}.{newsSource,newsTitle,newBody[]}`` and
``roundup[]``, an editor's neutral write-up. The roundup's **first paragraph** tells the event;
the later ones say how the outlets' coverage differed (about the coverage, not the event), so the
first paragraph alone is the reference. The documents are the outlets' body paragraphs (one a
line), left, centre, right (the order Lead's round robin reads them in); headlines are left out,
as DUC and Multi-News documents have none.

None of the summarizer's weights were tuned on this data: it checks whether the gains measured on
DUC 2004 and Multi-News carry over to another kind of cluster (three long, opinionated articles).
Stories with fewer than two sides or without a roundup are skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synoptic.evaluation.datasets import Cluster, read_jsonl

ALLSIDES_WORDS = 100
SIDES = ("left", "center", "right")


def parse_row(row: dict[str, Any], fallback_id: str) -> Cluster:
    """One JSONL row as a :class:`Cluster` (one reference: the roundup's first paragraph)."""
    news = row.get("news") or {}
    docs: list[str] = []
    for side in SIDES:
        body = (news.get(side) or {}).get("newBody") or []
        paras = [" ".join(str(p).split()) for p in body]
        text = "\n".join(p for p in paras if p)
        if text:
            docs.append(text)
    roundup = [" ".join(str(p).split()) for p in row.get("roundup") or []]
    reference = next((p for p in roundup if p), "")
    return Cluster(
        id=str(row.get("id", fallback_id)), documents=tuple(docs), references=(reference,)
    )


def load_clusters(path: str | Path, limit: int | None = None) -> list[Cluster]:
    """The usable stories of ``path`` in file order (the first ``limit`` of them).

    Raises:
        FileNotFoundError: ``path`` does not exist.
    """
    return read_jsonl(
        path,
        "stories_dev.jsonl",
        parse_row,
        lambda c: len(c.documents) >= 2 and bool(c.references[0]),
        limit,
    )
