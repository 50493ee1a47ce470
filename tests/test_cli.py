"""The command line, end to end on the small fixture cluster (real spaCy, hashing embedder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synoptic.cli.main import app

MINI = Path(__file__).parent / "fixtures" / "mini"
runner = CliRunner()


@pytest.mark.slow
def test_brief_writes_all_formats(tmp_path: Path) -> None:
    out = tmp_path / "brief"
    result = runner.invoke(app, ["brief", str(MINI), "-o", str(out), "--embedder", "hashing", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "brief.json").read_text("utf-8"))
    assert len(data["sources"]) == 3
    assert data["summary"] and all(s["citations"] for s in data["summary"])
    assert (tmp_path / "brief.md").read_text("utf-8").strip()
    assert "<html" in (tmp_path / "brief.html").read_text("utf-8").lower()


@pytest.mark.slow
def test_json_to_stdout_for_pipelines() -> None:
    result = runner.invoke(
        app,
        ["brief", str(MINI), "--format", "json", "--embedder", "hashing", "-q", "--words", "50"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 50


def test_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    result = runner.invoke(app, ["brief", str(tmp_path), "--embedder", "hashing", "-q"])
    assert result.exit_code == 1
    assert "no article could be briefed" in result.output


def test_bad_option_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", str(MINI), "--embedder", "nope", "-q"])
    assert result.exit_code == 1
    assert "unknown embedder" in result.output


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    result = runner.invoke(
        app, ["brief", str(MINI), "-o", str(blocker / "brief"), "--embedder", "hashing", "-q"]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "could not write" in result.output


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="needs symlinks")
def test_symlink_loop_beside_articles_is_a_warning(tmp_path: Path) -> None:
    import os
    import shutil

    for f in MINI.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    os.symlink("loop.txt", tmp_path / "loop.txt")
    result = runner.invoke(app, ["brief", str(tmp_path), "--format", "json", "--embedder",
                                 "hashing", "-q", "--words", "40"])
    assert result.exit_code == 0, result.output
    assert "loop.txt" in result.output and "could not read" in result.output


def test_control_characters_in_a_file_name_are_not_printed(tmp_path: Path) -> None:
    # A hostile file name must not run terminal escape sequences in a warning.
    (tmp_path / "bad\x1b[2Jname.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["brief", str(tmp_path), "--embedder", "hashing", "-q"])
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert "bad\ufffd[2Jname.txt" in result.output


@pytest.mark.parametrize("make", ["binary", "folder"])
def test_a_config_that_is_not_a_text_file_is_a_clear_error(tmp_path: Path, make: str) -> None:
    # --config given a picture or a folder by mistake: a message, not a traceback.
    config = tmp_path / "settings.toml"
    if make == "binary":
        config.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    else:
        config.mkdir()
    result = runner.invoke(app, ["brief", str(MINI), "--config", str(config), "-q"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "config file" in result.output and "give a TOML file" in result.output
