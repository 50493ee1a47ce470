"""Ingest: files and folders in, :class:`synoptic.model.Source` objects out.

MINIMAL PLACEHOLDER (being replaced): reads .txt files only, one paragraph per non-empty line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from synoptic.config import Options
from synoptic.model import Paragraph, Problem, Source


def read_inputs(paths: Sequence[str | Path], options: Options) -> tuple[list[Source], list[Problem]]:
    """Read every article under ``paths``; return sources (sorted, ids S1..Sn) and problems."""
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    sources: list[Source] = []
    for f in sorted(files, key=lambda x: x.as_posix()):
        text = f.read_text("utf-8")
        paras, pos = [], 0
        for line in text.splitlines(keepends=True):
            if line.strip():
                start = pos + (len(line) - len(line.lstrip()))
                paras.append(Paragraph(start=start, end=pos + len(line.rstrip())))
            pos += len(line)
        sources.append(
            Source(id="", path=f.as_posix(), kind="text", original=text, paragraphs=paras)
        )
    for i, src in enumerate(sources, 1):
        src.id = f"S{i}"
    return sources, []
