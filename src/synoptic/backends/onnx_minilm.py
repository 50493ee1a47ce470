"""The default sentence embedder: all-MiniLM-L6-v2 as an int8 ONNX model, run without torch.

The model files ship in ``synoptic/data/minilm/`` (made by ``scripts/export_embedder.py``; see
``docs/embedder.md`` for how they were made and measured). The weights are int8, the activations
fp32, so a sentence's vector does not depend on the other sentences of its batch (measured: the
same bytes alone or in any batch). Encoding follows sentence-transformers:

1. tokenise with the model's own ``tokenizer.json`` (lower-cased WordPiece), truncated to 256
   tokens, the model's ``max_seq_length``;
2. sort the texts by token count (then by text) and cut them into batches of at most 32
   sentences and 2048 padded tokens, so each batch pads little; the order depends only on the
   texts, so a permutation of the input gives the same batches even if a future model were
   batch-sensitive;
3. run the transformer with onnxruntime on a fixed number of threads;
4. mean-pool the token vectors under the attention mask and L2-normalise each row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from synoptic._errors import BackendError

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "minilm"
CHECKSUMS = "SHA256SUMS"
# At most 32 sentences and 2048 padded tokens per onnxruntime call: sentences are sorted by
# length, so a batch pads little, and one long text does not make 31 short ones pay for its
# padding (the 20 reference sentences, one of 256 tokens: 22 s -> 1.8 s on a loaded machine).
BATCH_SIZE = 32
BATCH_TOKENS = 2048
# Two intra-op threads: the size of the target laptop/CI machine. The count is fixed (never
# "all cores") so a run does not depend on the machine's load; results were byte-identical
# with 1 and 2 threads when measured.
THREADS = 2
_EPS = 1e-12


@dataclass(frozen=True, slots=True, kw_only=True)
class _Settings:
    """What ``embedder.json`` (written by the export script) says about the model."""

    file: str
    dim: int
    max_tokens: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_checksums(model_dir: Path = MODEL_DIR) -> None:
    """Check every file listed in ``SHA256SUMS`` against its SHA-256 digest.

    Raises:
        BackendError: a file is missing or its digest differs.
    """
    sums = model_dir / CHECKSUMS
    if not sums.is_file():
        raise BackendError(_missing(model_dir, CHECKSUMS))
    for line in sums.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        expected, name = line.split(maxsplit=1)
        path = model_dir / name.strip()
        if not path.is_file():
            raise BackendError(_missing(model_dir, name.strip()))
        if _sha256(path) != expected:
            raise BackendError(
                f"embedder file {path} is corrupted (SHA-256 differs from {CHECKSUMS}); "
                "reinstall synoptic, or use the 'hashing' embedder"
            )


def _missing(model_dir: Path, name: str) -> str:
    return (
        f"the minilm-onnx embedder needs {model_dir / name}, which is missing; reinstall "
        "synoptic (the model ships in its wheel), regenerate it with scripts/export_embedder.py, "
        "or choose the 'hashing' embedder"
    )


def _read_settings(model_dir: Path) -> _Settings:
    path = model_dir / "embedder.json"
    if not path.is_file():
        raise BackendError(_missing(model_dir, "embedder.json"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    return _Settings(file=str(raw["file"]), dim=int(raw["dim"]), max_tokens=int(raw["max_tokens"]))


class OnnxMiniLM:
    """all-MiniLM-L6-v2 (384 dimensions), int8 ONNX, mean pooling, L2-normalised rows.

    Args:
        model_dir: directory holding the model, tokenizer, ``embedder.json`` and ``SHA256SUMS``;
            defaults to the files shipped in the package.
        threads: onnxruntime intra-op threads (fixed, for reproducible timing and results).
        batch_size: sentences per onnxruntime call.
        verify: check the files' SHA-256 digests before loading (about 0.1 s).

    Raises:
        BackendError: a model file is missing, corrupted or cannot be loaded.
    """

    name = "minilm-onnx"
    dim = 384

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        threads: int = THREADS,
        batch_size: int = BATCH_SIZE,
        verify: bool = True,
    ) -> None:
        self.model_dir = MODEL_DIR if model_dir is None else Path(model_dir)
        self.batch_size = max(1, batch_size)
        settings = _read_settings(self.model_dir)
        if verify:
            verify_checksums(self.model_dir)
        self.dim = settings.dim
        self.max_tokens = settings.max_tokens
        self._tokenizer = self._load_tokenizer()
        self._session = self._load_session(self.model_dir / settings.file, threads)

    def _load_tokenizer(self) -> Any:
        from tokenizers import Tokenizer

        path = self.model_dir / "tokenizer.json"
        if not path.is_file():
            raise BackendError(_missing(self.model_dir, "tokenizer.json"))
        tokenizer = Tokenizer.from_file(str(path))
        tokenizer.no_padding()  # the shipped file pads to 128; we pad per batch instead
        tokenizer.enable_truncation(max_length=self.max_tokens)
        return tokenizer

    @staticmethod
    def _load_session(path: Path, threads: int) -> Any:
        import onnxruntime as ort

        if not path.is_file():
            raise BackendError(_missing(path.parent, path.name))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        # Let constant folding dequantise the int8 weights once, at load, so inference runs at
        # fp32 speed on fp32 activations (without it every call dequantises them again).
        options.add_session_config_entry("session.disable_quant_qdq", "1")
        try:
            return ort.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise BackendError(f"could not load the embedder model {path}: {exc}") from exc

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``.

        Args:
            texts: sentences (any length; past 256 tokens only the start is read).

        Returns:
            A ``(len(texts), 384)`` float32 array of L2-normalised rows, row ``i`` for
            ``texts[i]``; the same texts in any order give the same rows, byte for byte.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lambda i: (lengths[i], texts[i]))
        for rows in self._batches(order, lengths):
            out[rows] = self._run([encodings[i].ids for i in rows])
        return out

    def _batches(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        """Cut ``order`` (sorted by length, shortest first) into batches within both limits."""
        batches: list[list[int]] = [[]]
        for i in order:
            batch = batches[-1]
            too_many = len(batch) >= self.batch_size
            if batch and (too_many or (len(batch) + 1) * lengths[i] > BATCH_TOKENS):
                batches.append([])
            batches[-1].append(i)
        return batches

    def _run(self, batch_ids: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in batch_ids)
        input_ids = np.zeros((len(batch_ids), width), dtype=np.int64)
        mask = np.zeros((len(batch_ids), width), dtype=np.int64)
        for row, ids in enumerate(batch_ids):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feeds = {
            "input_ids": input_ids,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        try:
            (hidden,) = self._session.run(["last_hidden_state"], feeds)
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise BackendError(
                f"the minilm-onnx embedder failed ({exc}); try the 'hashing' embedder"
            ) from exc
        return _mean_pool_normalise(np.asarray(hidden, dtype=np.float32), mask)


def _mean_pool_normalise(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask.astype(np.float32)[:, :, None]
    summed = (hidden * weights).sum(axis=1)
    counts = np.maximum(weights.sum(axis=1), 1e-9)
    pooled = summed / counts
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), _EPS)
    result: np.ndarray = (pooled / norms).astype(np.float32)
    return result
