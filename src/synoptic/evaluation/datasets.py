"""What every benchmark reader returns: clusters of documents with reference summaries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True, kw_only=True)
class Cluster:
    """One summarisation task: documents (one paragraph a line) and human references.

    ``outputs`` holds published systems' summaries of this cluster, by system name.
    """

    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...]
    outputs: dict[str, str] = field(default_factory=dict)
