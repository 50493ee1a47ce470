"""Embedders: the shipped MiniLM ONNX model against fp32 torch, and the hashing double."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from synoptic._errors import BackendError
from synoptic.backends.embedders import Embedder, HashingEmbedder, get_embedder
from synoptic.backends.onnx_minilm import MODEL_DIR, OnnxMiniLM, verify_checksums

REFERENCE = Path(__file__).resolve().parent / "data" / "embedder_reference.json"
# Measured on the shipped weight-only int8 model (docs/embedder.md): mean 0.9993, min 0.9963
# (the empty string; the others >= 0.9991) over the reference sentences. The floors leave room
# for other onnxruntime versions and CPUs, and fail on a broken export or pooling.
MEAN_COSINE_FLOOR = 0.995
MIN_COSINE_FLOOR = 0.99

# Own sentences, not taken from any data set.
TEXTS = [
    "The harbour authority closed the east pier after a crane toppled in high winds.",
    "A crane fell over in strong wind, and the port shut its eastern pier.",
    "Ticket prices for the festival will rise by 15 percent next summer.",
    "The minister resigned on Friday.",
    "Short.",
    "Residents of the three villages were told to boil their tap water until further notice.",
]


@pytest.fixture(scope="module")
def minilm() -> OnnxMiniLM:
    return OnnxMiniLM()


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data


# --- shipped model -------------------------------------------------------------------------


@pytest.mark.slow
def test_matches_fp32_reference(minilm: OnnxMiniLM, reference: dict[str, Any]) -> None:
    expected = np.asarray(reference["vectors"], dtype=np.float32)
    got = minilm.encode(reference["sentences"])
    cosines = np.sum(got * expected, axis=1)
    assert cosines.mean() >= MEAN_COSINE_FLOOR
    assert cosines.min() >= MIN_COSINE_FLOOR


@pytest.mark.slow
def test_shape_dtype_and_normalised(minilm: OnnxMiniLM) -> None:
    vectors = minilm.encode(TEXTS)
    assert vectors.shape == (len(TEXTS), 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_paraphrases_are_closer_than_unrelated(minilm: OnnxMiniLM) -> None:
    vectors = minilm.encode(TEXTS)
    sims = vectors @ vectors.T
    assert sims[0, 1] > 0.6
    assert sims[0, 1] > sims[0, 2] + 0.3


@pytest.mark.slow
def test_empty_input_and_empty_text(minilm: OnnxMiniLM) -> None:
    assert minilm.encode([]).shape == (0, 384)
    vectors = minilm.encode(["", "   "])
    assert vectors.shape == (2, 384)
    assert np.all(np.isfinite(vectors))


@pytest.mark.slow
def test_same_bytes_from_a_fresh_instance_other_threads_and_batches(minilm: OnnxMiniLM) -> None:
    other = OnnxMiniLM(threads=1, batch_size=2, verify=False)
    assert other.encode(TEXTS).tobytes() == minilm.encode(TEXTS).tobytes()


@pytest.mark.slow
def test_order_and_batch_neighbours_do_not_change_rows(minilm: OnnxMiniLM) -> None:
    vectors = minilm.encode(TEXTS)
    order = [3, 0, 5, 1, 4, 2]
    shuffled = minilm.encode([TEXTS[i] for i in order])
    assert shuffled.tobytes() == vectors[order].tobytes()
    # Weights are int8 but activations fp32: a row depends on its own text only.
    alone = np.vstack([minilm.encode([text]) for text in TEXTS])
    np.testing.assert_array_equal(alone, vectors)


@pytest.mark.slow
def test_long_text_is_truncated_not_rejected(minilm: OnnxMiniLM) -> None:
    long_text = " ".join(["the inquiry heard from another witness"] * 200)
    vector = minilm.encode([long_text])
    assert vector.shape == (1, 384)
    assert np.isfinite(vector).all()


@pytest.mark.slow
def test_registry_gives_the_onnx_model() -> None:
    embedder = get_embedder("minilm-onnx")
    assert isinstance(embedder, Embedder)
    assert embedder.name == "minilm-onnx"
    assert embedder.dim == 384


def test_shipped_files_match_checksums() -> None:
    verify_checksums(MODEL_DIR)
    for name in ("LICENSE", "NOTICE", "tokenizer.json", "embedder.json", "model.int8.onnx"):
        assert (MODEL_DIR / name).is_file()
    assert "Apache License" in (MODEL_DIR / "LICENSE").read_text(encoding="utf-8")


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    shutil.copy(MODEL_DIR / "embedder.json", tmp_path / "embedder.json")
    with pytest.raises(BackendError, match=r"missing.*hashing"):
        OnnxMiniLM(tmp_path, verify=False)
    with pytest.raises(BackendError, match="missing"):
        OnnxMiniLM(tmp_path / "nowhere")


def test_corrupted_file_fails_the_checksum(tmp_path: Path) -> None:
    for path in MODEL_DIR.iterdir():
        if path.name != "model.int8.onnx":
            shutil.copy(path, tmp_path / path.name)
    (tmp_path / "model.int8.onnx").write_bytes(b"not a model")
    with pytest.raises(BackendError, match="corrupted"):
        verify_checksums(tmp_path)


def test_reference_file_is_consistent(reference: dict[str, Any]) -> None:
    vectors = np.asarray(reference["vectors"], dtype=np.float32)
    assert vectors.shape == (len(reference["sentences"]), 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


# --- hashing double -----------------------------------------------------------------------


def test_hashing_is_a_normalised_embedder(hashing_embedder: HashingEmbedder) -> None:
    assert isinstance(hashing_embedder, Embedder)
    vectors = hashing_embedder.encode(TEXTS)
    assert vectors.shape == (len(TEXTS), hashing_embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)


def test_hashing_is_deterministic_and_row_independent(hashing_embedder: HashingEmbedder) -> None:
    together = hashing_embedder.encode(TEXTS)
    alone = np.vstack([HashingEmbedder().encode([text]) for text in TEXTS])
    assert together.tobytes() == alone.tobytes()


def test_hashing_ignores_case_and_punctuation(hashing_embedder: HashingEmbedder) -> None:
    a, b = hashing_embedder.encode(["The Minister resigned!", "the minister resigned"])
    assert float(a @ b) == pytest.approx(1.0)


def test_hashing_overlap_orders_similarity(hashing_embedder: HashingEmbedder) -> None:
    vectors = hashing_embedder.encode(
        ["the port shut its pier", "the port shut its eastern pier", "ticket prices will rise"]
    )
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2]
    assert sims[0, 2] == pytest.approx(0.0)


def test_hashing_empty_inputs(hashing_embedder: HashingEmbedder) -> None:
    assert hashing_embedder.encode([]).shape == (0, hashing_embedder.dim)
    empty = hashing_embedder.encode([""])
    assert not empty.any()


def test_unknown_embedder_names_the_choices() -> None:
    with pytest.raises(BackendError, match=r"hashing.*minilm-onnx"):
        get_embedder("no-such-model")
