"""What every benchmark reader returns: clusters of documents with reference summaries."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True, frozen=True, kw_only=True)
class Cluster:
    """One summarisation task: documents (one paragraph a line) and human references.

    ``outputs`` holds published systems' summaries of this cluster, by system name.
    """

    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...]
    outputs: dict[str, str] = field(default_factory=dict)


def read_jsonl(
    path: str | Path,
    default_file: str,
    parse_row: Callable[[dict[str, Any], str], Cluster],
    usable: Callable[[Cluster], bool],
    limit: int | None = None,
) -> list[Cluster]:
    """The usable clusters of a JSON Lines file (``default_file`` inside ``path`` if it is a
    folder), one row each through ``parse_row(row, fallback_id)``, in file order, at most
    ``limit``.

    Raises:
        FileNotFoundError: ``path`` does not exist.
    """
    path = Path(path)
    if path.is_dir():
        path = path / default_file
    clusters: list[Cluster] = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            cluster = parse_row(json.loads(line), f"line{n}")
            if usable(cluster):
                clusters.append(cluster)
            if limit is not None and len(clusters) >= limit:
                break
    return clusters
