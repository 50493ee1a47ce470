"""Multi-News clusters from a JSONL file: ``{"id", "documents": [str], "summary": str}`` a line.

Multi-News writes line breaks as a placeholder token (an upper-case word ending in ``_CHAR``);
every such placeholder becomes a newline here.
Empty documents are dropped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from synoptic.evaluation.datasets import Cluster, read_jsonl

MULTINEWS_WORDS = 250
# Placeholders of the form WORD_CHAR stand for a line break in the Multi-News dump.
_LINE_BREAK = re.compile(r"[A-Z]+_CHAR")


def clean(text: str) -> str:
    """Newlines for the line-break placeholders, whitespace normalised, blank lines dropped."""
    lines = _LINE_BREAK.sub("\n", text).splitlines()
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def parse_row(row: dict[str, Any], fallback_id: str) -> Cluster:
    """One JSONL row as a :class:`Cluster` (one reference: the row's ``summary``)."""
    docs = tuple(d for d in (clean(str(x)) for x in row.get("documents", [])) if d)
    summary = " ".join(clean(str(row.get("summary", ""))).split())
    return Cluster(id=str(row.get("id", fallback_id)), documents=docs, references=(summary,))


def load_clusters(path: str | Path, limit: int | None = None) -> list[Cluster]:
    """The clusters of ``path`` in file order (the first ``limit`` usable ones).

    Rows without documents or without a summary are skipped.

    Raises:
        FileNotFoundError: ``path`` does not exist.
    """
    return read_jsonl(
        path, "dev100.jsonl", parse_row, lambda c: bool(c.documents and c.references[0]), limit
    )
