"""JSON: the brief's machine-readable contract (``synoptic/data/brief.schema.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from synoptic.model import Brief

__all__ = ["load_schema", "render_json"]


def render_json(brief: Brief | Mapping[str, Any]) -> str:
    """The brief as JSON: ``brief.to_json()``, or the same layout for an already-built dict.

    Args:
        brief: a :class:`~synoptic.model.Brief`, or its ``to_dict()`` result.

    Returns:
        Pretty-printed UTF-8 JSON ending with a newline; byte-identical for identical briefs.
    """
    if isinstance(brief, Brief):
        return brief.to_json()
    return json.dumps(dict(brief), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that :func:`render_json`'s output follows."""
    text = resources.files("synoptic").joinpath("data/brief.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
