"""Shared fixtures: deterministic backends and the bundled example cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cluster"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def blank_nlp() -> BlankBackend:
    return BlankBackend()


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE
