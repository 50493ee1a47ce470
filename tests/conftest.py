"""Shared fixtures: deterministic backends and the bundled example cluster."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.nlp import BlankBackend

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cluster"
SHARED = ROOT.parent / "shared"

# A fact stage's error fails the test that met it (outside tests the brief goes on without that
# section, see synoptic.pipeline.FACT_STAGES); tests of that fallback unset it.
os.environ.setdefault("SYNOPTIC_STRICT", "1")


@pytest.fixture
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def blank_nlp() -> BlankBackend:
    return BlankBackend()


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE
