"""The stage contract (after spaCy's ``requires``/``assigns``).

A stage is a plain callable ``(brief, ctx) -> brief`` wrapped by :func:`stage`, which records what
the stage reads from the brief and what it fills in. :class:`synoptic.pipeline.Pipeline` checks
those declarations when it is built, so a wrong order fails at once and names the stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from synoptic.config import Options

if TYPE_CHECKING:
    from synoptic.backends.embedders import Embedder
    from synoptic.backends.judge import Judge
    from synoptic.backends.nlp import NlpBackend
    from synoptic.model import Brief

# What a brief holds once ingest has run.
INGESTED = ("sources",)


@dataclass(slots=True, kw_only=True)
class Context:
    """What stages share besides the brief: options, backends, a progress hook."""

    options: Options
    embedder: Embedder
    nlp: NlpBackend
    progress: Callable[[str], None] = field(default=lambda name: None)
    # A judge instance for the judge stage; None: the one ``options`` configure, if any.
    judge: Judge | None = None


StageFn = Callable[["Brief", Context], "Brief"]


@dataclass(slots=True, frozen=True, kw_only=True)
class Stage:
    """A named step of the pipeline with its declared contract."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    fn: StageFn

    def __call__(self, brief: Brief, ctx: Context) -> Brief:
        return self.fn(brief, ctx)


def stage(
    *, name: str, requires: tuple[str, ...], assigns: tuple[str, ...]
) -> Callable[[StageFn], Stage]:
    """Declare a function as a pipeline stage."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name=name, requires=requires, assigns=assigns, fn=fn)

    return wrap
