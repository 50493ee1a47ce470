"""synoptic: cited multi-source briefs of news clusters."""

from synoptic._errors import (
    BackendError,
    ConfigError,
    InputError,
    PipelineError,
    SynopticError,
)
from synoptic.agreement import Relation, compare_claims
from synoptic.api import build_brief
from synoptic.config import Options, load_options
from synoptic.model import (
    Brief,
    Citation,
    Claim,
    Problem,
    Removed,
    Sentence,
    Source,
    SummarySentence,
)

__version__ = "0.1.0"

__all__ = [
    "BackendError",
    "Brief",
    "Citation",
    "Claim",
    "ConfigError",
    "InputError",
    "Options",
    "PipelineError",
    "Problem",
    "Relation",
    "Removed",
    "Sentence",
    "Source",
    "SummarySentence",
    "SynopticError",
    "__version__",
    "build_brief",
    "compare_claims",
    "load_options",
]
