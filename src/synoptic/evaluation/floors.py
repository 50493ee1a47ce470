"""Pinned quality floors for the CI gate (``scripts/quality_gate.py``); floors only go up.

The floors file is JSON::

    {
      "embed_backend": "minilm-onnx",
      "subsets": {"duc2004": 5, "multinews": 10},
      "floors": {"duc2004": {"rouge1": 38.5, "rouge2": 9.1}, "multinews": {...}}
    }

``subsets`` gives how many clusters (the first ones: DUC by id, Multi-News in file order) the
gate scores; ``floors`` the minimum mean score of the project on them. The gate refuses a file
whose floors are lower than (or missing from) the version committed in git ``HEAD`` unless it is
run with ``--allow-lower``: a floor is lowered on purpose, in a reviewed commit, never by accident.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

METRICS = ("rouge1", "rouge2")


@dataclass(slots=True, frozen=True, kw_only=True)
class Floors:
    """The content of a floors file."""

    embed_backend: str
    subsets: dict[str, int]
    floors: dict[str, dict[str, float]]

    def to_dict(self) -> dict[str, Any]:
        return {"embed_backend": self.embed_backend, "subsets": self.subsets, "floors": self.floors}


def parse_floors(data: Any) -> Floors:
    """Validate decoded JSON into :class:`Floors`.

    Raises:
        ValueError: a key is missing or a value has the wrong type.
    """
    if not isinstance(data, dict):
        raise ValueError("a floors file holds one JSON object")
    try:
        subsets = {str(k): int(v) for k, v in data["subsets"].items()}
        floors = {
            str(ds): {str(m): float(v) for m, v in metrics.items()}
            for ds, metrics in data["floors"].items()
        }
        backend = str(data["embed_backend"])
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"malformed floors file: {exc!r}") from None
    missing = sorted(set(floors) - set(subsets))
    if missing:
        raise ValueError(f"no subset size for {', '.join(missing)}")
    return Floors(embed_backend=backend, subsets=subsets, floors=floors)


def load_floors(path: Path) -> Floors:
    """Read and validate a floors file."""
    return parse_floors(json.loads(path.read_text("utf-8")))


def lowered(current: Floors, committed: Floors) -> list[str]:
    """The floors of ``committed`` that ``current`` lowers or drops, as messages."""
    out = []
    for dataset, metrics in sorted(committed.floors.items()):
        for metric, old in sorted(metrics.items()):
            new = current.floors.get(dataset, {}).get(metric)
            if new is None:
                out.append(f"{dataset}.{metric}: floor {old} was removed")
            elif new < old:
                out.append(f"{dataset}.{metric}: floor lowered from {old} to {new}")
        old_n, new_n = committed.subsets.get(dataset), current.subsets.get(dataset)
        if old_n is not None and new_n is not None and new_n != old_n:
            out.append(f"{dataset}: subset changed from {old_n} to {new_n} clusters")
    if current.embed_backend != committed.embed_backend:
        was, now = committed.embed_backend, current.embed_backend
        out.append(f"embed_backend changed from {was} to {now}")
    return out


def below(scores: dict[str, dict[str, float]], floors: Floors) -> list[str]:
    """The floors that ``scores`` (dataset -> metric -> value) miss, as messages."""
    out = []
    for dataset, metrics in sorted(floors.floors.items()):
        for metric, floor in sorted(metrics.items()):
            got = scores.get(dataset, {}).get(metric)
            if got is None:
                out.append(f"{dataset}.{metric}: not measured (floor {floor})")
            elif got < floor:
                out.append(f"{dataset}.{metric}: {got:.2f} is below the floor {floor}")
    return out


def raised(floors: Floors, scores: dict[str, dict[str, float]], margin: float) -> Floors:
    """Floors moved up to ``score - margin`` where that is higher (never down), 2 decimals."""
    new = {
        ds: {m: max(v, round(scores.get(ds, {}).get(m, v) - margin, 2)) for m, v in metrics.items()}
        for ds, metrics in floors.floors.items()
    }
    return Floors(embed_backend=floors.embed_backend, subsets=dict(floors.subsets), floors=new)


def committed_floors(path: Path) -> Floors | None:
    """The floors file as committed in git ``HEAD``; ``None`` outside git or if not committed."""
    path = path.resolve()
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=path.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        rel = path.relative_to(Path(top).resolve()).as_posix()
        shown = subprocess.run(
            ["git", "show", f"HEAD:{rel}"], cwd=top, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, ValueError, subprocess.CalledProcessError):
        return None
    return parse_floors(json.loads(shown))
