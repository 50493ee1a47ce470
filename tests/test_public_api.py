"""The public surface: everything exported is listed in __all__, and nothing private leaks."""

from __future__ import annotations

import synoptic


def test_all_exports_exist_and_are_complete() -> None:
    public = {name for name in dir(synoptic) if not name.startswith("_")}
    modules = {
        "api",
        "backends",
        "config",
        "ingest",
        "model",
        "pipeline",
        "stages",
        "text",
        "render",
        "cli",
        "evaluation",
        "facts",
        "agreement",
    }
    assert public - modules <= set(synoptic.__all__)
    for name in synoptic.__all__:
        assert hasattr(synoptic, name), name


def test_build_brief_and_to_json_are_public() -> None:
    assert callable(synoptic.build_brief)
    assert callable(synoptic.Brief.to_json)
