"""The project as a summarizer with the peers' signature, and the choice of its embedder.

Two modes:

- ``full``: :func:`synoptic.build_brief`, every stage (what a user runs; the benchmark's mode);
- ``summary`` (the evaluation's default): only the stages the summary depends on, found from the
  stage contracts (``summarize`` and, backwards, every stage assigning something a kept stage
  requires). ``brief.summary`` is assigned by ``summarize`` alone, so it is the same text as the
  full brief's; the fact stages (entities, quotes, timeline, ...) are skipped for speed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from synoptic.api import build_brief
from synoptic.backends.embedders import Embedder, get_embedder
from synoptic.backends.nlp import NlpBackend, get_nlp
from synoptic.config import load_options
from synoptic.ingest import read_inputs
from synoptic.model import Brief
from synoptic.pipeline import DEFAULT_STAGES, Pipeline
from synoptic.stages._base import Context, Stage

Mode = Literal["full", "summary"]

FALLBACK_EMBEDDER = "hashing"


@dataclass(slots=True, frozen=True, kw_only=True)
class EmbedderChoice:
    """The embedder used, and why it is not the configured one if it is not."""

    embedder: Embedder
    name: str
    note: str = ""


def choose_embedder(name: str | None = None) -> EmbedderChoice:
    """The embedder ``name`` (default: the configured one), or ``hashing`` if it cannot load.

    The fallback lets the harness run before the ONNX model ships; ``note`` says it happened.
    """
    wanted = name or load_options().embed_backend
    try:
        return EmbedderChoice(embedder=get_embedder(wanted), name=wanted)
    except Exception as exc:  # any load failure: missing module, model files or runtime
        if name is not None and name != load_options().embed_backend:
            raise
        note = f"embedder {wanted!r} unavailable ({exc}); fell back to {FALLBACK_EMBEDDER!r}"
        return EmbedderChoice(
            embedder=get_embedder(FALLBACK_EMBEDDER), name=FALLBACK_EMBEDDER, note=note
        )


def write_cluster(documents: Sequence[str], folder: Path) -> list[Path]:
    """Write ``documents`` as ``doc001.txt``... (one paragraph a line, blank line between)."""
    paths = []
    for i, doc in enumerate(documents, 1):
        path = folder / f"doc{i:03d}.txt"
        paras = [" ".join(line.split()) for line in doc.splitlines() if line.strip()]
        path.write_text("\n\n".join(paras) + "\n", "utf-8")
        paths.append(path)
    return paths


def stages_for(target: str, stages: Sequence[Stage] = DEFAULT_STAGES) -> tuple[Stage, ...]:
    """The stages ``target`` depends on by contract (and ``target``), in pipeline order."""
    needed: set[str] = set()
    keep: list[Stage] = []
    for st in reversed(stages):
        if st.name == target or needed & set(st.assigns):
            keep.append(st)
            needed |= set(st.requires)
    if not keep:
        raise ValueError(f"no stage named {target!r}")
    return tuple(reversed(keep))


class ProjectSummarizer:
    """The project on documents written as ``.txt`` files; the text of ``brief.summary``."""

    def __init__(
        self, embedder: Embedder, nlp: NlpBackend | None = None, mode: Mode = "summary"
    ) -> None:
        self.embedder = embedder
        self.nlp = nlp or get_nlp("spacy")
        self.mode = mode
        self._pipeline = Pipeline(stages_for("summarize"))

    def __call__(self, documents: Sequence[str], words: int) -> list[str]:
        with tempfile.TemporaryDirectory(prefix="synoptic-eval-") as tmp:
            write_cluster(documents, Path(tmp))
            if self.mode == "full":
                brief = build_brief([tmp], words=words, embedder=self.embedder, nlp=self.nlp)
            else:
                brief = self._summary_only(Path(tmp), words)
        return [s.text for s in brief.summary]

    def _summary_only(self, folder: Path, words: int) -> Brief:
        # build_brief's first steps, then the summary's stages only.
        opts = load_options(words=words)
        sources, problems = read_inputs([folder], opts)
        brief = Brief(sources=sources, words=opts.words, problems=problems)
        ctx = Context(options=opts, embedder=self.embedder, nlp=self.nlp)
        return self._pipeline(brief, ctx)
