"""Ingest (stage 1): files and folders in, :class:`synoptic.model.Source` objects out.

Modules, in the order a file goes through them:

- :mod:`~synoptic.ingest.readers`     paths to files, sizes, kinds, JSON Lines; :func:`read_inputs`
- :mod:`~synoptic.ingest.decode`      bytes to text (BOMs, UTF-8, charset-normalizer), binaries
- :mod:`~synoptic.ingest.html`        HTML to text and metadata with trafilatura
- :mod:`~synoptic.ingest.paragraphs`  paragraphs as offsets (one a line; hard-wrapped text joined)
- :mod:`~synoptic.ingest.metadata`    title, byline, date line, outlet read from the text
- :mod:`~synoptic.ingest.cues`        line shapes and boilerplate cues (shared with clean)
"""

from __future__ import annotations

from synoptic.ingest.metadata import Metadata, normalize_date, parse_date
from synoptic.ingest.readers import build_source, read_inputs

__all__ = ["Metadata", "build_source", "normalize_date", "parse_date", "read_inputs"]
