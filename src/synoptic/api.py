"""The public entry point: :func:`build_brief`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from synoptic.backends.embedders import Embedder, get_embedder
from synoptic.backends.judge import Judge
from synoptic.backends.nlp import NlpBackend, get_nlp
from synoptic.config import Options, load_options
from synoptic.ingest import read_inputs
from synoptic.model import Brief
from synoptic.pipeline import Pipeline
from synoptic.stages._base import Context


def build_brief(
    paths: Sequence[str | Path] | str | Path,
    *,
    words: int | None = None,
    config: str | Path | None = None,
    options: Options | None = None,
    embedder: Embedder | None = None,
    nlp: NlpBackend | None = None,
    progress: Callable[[str], None] | None = None,
    judge: Judge | None = None,
    **overrides: Any,
) -> Brief:
    """Brief the articles in ``paths`` (files or folders).

    Args:
        paths: ``.txt``, ``.html``/``.htm`` and ``.jsonl`` files, or folders holding them (one
            path may be given bare: ``build_brief("cluster/")``).
        words: the summary budget in words (default from the configuration, 200).
        config: a TOML file layered over the shipped defaults.
        options: ready-made options (``config`` and ``overrides`` are then ignored).
        embedder: an embedder instance to use instead of the configured one.
        nlp: an analysis backend to use instead of the shipped spaCy model.
        progress: called with each stage's name as it starts.
        judge: a judge of conflicts to use instead of the configured one (``[judge] url``;
            none by default). See :mod:`synoptic.stages.judge`.
        **overrides: any :class:`synoptic.config.Options` field.

    Returns:
        The brief. Inputs that could not be read are listed in ``brief.problems``; the rest is
        briefed. The result does not depend on the order of ``paths``.
    """
    opts = options or load_options(config, words=words, **overrides)
    sources, problems = read_inputs(paths, opts)
    brief = Brief(sources=sources, words=opts.words, problems=problems)
    ctx = Context(
        options=opts,
        embedder=embedder or get_embedder(opts.embed_backend),
        nlp=nlp or get_nlp("spacy"),
        progress=progress or (lambda name: None),
        judge=judge,
    )
    return Pipeline()(brief, ctx)
