"""Exceptions raised by synoptic.

    SynopticError
     ├── InputError        an article could not be read (empty, binary, undecodable, too large)
     ├── ConfigError       an option or the configuration file is wrong
     ├── BackendError      a backend (embedder, NLP model) is missing or failed to load
     └── PipelineError     stages are in an order that breaks their contracts

Every message says what happened and what to do next. Per-article problems never stop a batch:
the ingest step turns an :class:`InputError` into a :class:`synoptic.model.Problem` on the brief.
"""

from __future__ import annotations


class SynopticError(Exception):
    """Base class of every error synoptic raises on purpose."""


class InputError(SynopticError):
    """An input file or article could not be used.

    Attributes:
        path: the file (or ``file.jsonl#line``) that failed.
        kind: a short machine-readable reason (``empty``, ``binary``, ``undecodable``,
            ``too-large``, ``unreadable``, ``no-text``, ``bad-json``, ``not-a-feed``,
            ``not-found``).
    """

    def __init__(self, path: str, kind: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.message = message


class ConfigError(SynopticError):
    """A configuration value is invalid."""


class BackendError(SynopticError):
    """A backend could not be loaded or run."""


class PipelineError(SynopticError):
    """The pipeline's stages do not fit together."""
