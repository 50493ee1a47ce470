"""Options: the shipped ``default.toml``, a user's TOML layered over it, and keyword overrides.

All of it is validated into one frozen :class:`Options` object that stages read.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from synoptic._errors import ConfigError


@dataclass(slots=True, frozen=True, kw_only=True)
class Options:
    """Every tunable of a brief. See ``synoptic/data/default.toml`` for the defaults and notes."""

    words: int
    ingest_max_bytes: int
    embed_backend: str
    dedup_num_perm: int
    dedup_shingle: int
    dedup_near_duplicate: float
    align_similarity: float
    align_neighbours: int
    summarize_redundancy: float
    summarize_min_words: int
    summarize_max_words: int
    summarize_compress: bool
    # The optional judge of conflicts (synoptic.backends.judge); off while ``judge_url`` is "".
    judge_url: str
    judge_model: str
    judge_timeout: float
    judge_api_key_env: str
    judge_min_confidence: float

    def with_overrides(self, **overrides: Any) -> Options:
        """A copy with some options replaced (``None`` values are ignored)."""
        known = {f.name for f in fields(self)}
        bad = sorted(set(overrides) - known)
        if bad:
            raise ConfigError(
                f"unknown option(s) {', '.join(bad)}; known: {', '.join(sorted(known))}"
            )
        opts = replace(self, **{k: v for k, v in overrides.items() if v is not None})
        _validate(opts)
        return opts


def _flatten(table: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in table.items():
        if not isinstance(values, dict):
            raise ConfigError(f"config key {section!r} must be a [section]")
        for key, value in values.items():
            name = key if section == "brief" else f"{section}_{key}"
            flat[name] = value
    return flat


def _validate(opts: Options) -> None:
    if opts.words < 10:
        raise ConfigError(f"words must be at least 10 (got {opts.words})")
    if opts.ingest_max_bytes < 1:
        raise ConfigError("ingest.max_bytes must be positive")
    for name in ("dedup_near_duplicate", "align_similarity", "summarize_redundancy"):
        value = getattr(opts, name)
        if not 0.0 < value <= 1.0:
            raise ConfigError(f"{name} must be in (0, 1] (got {value})")
    _validate_judge(opts)


def _validate_judge(opts: Options) -> None:
    if opts.judge_url and not opts.judge_url.startswith(("http://", "https://")):
        raise ConfigError(f"judge.url must start with http:// or https:// (got {opts.judge_url!r})")
    if opts.judge_url and not opts.judge_model:
        raise ConfigError(
            "judge.url is set but judge.model is empty; name the server's model "
            "(--judge-model, or model in the config's [judge] section)"
        )
    if opts.judge_timeout <= 0:
        raise ConfigError(f"judge.timeout must be positive (got {opts.judge_timeout})")
    if not 0.0 <= opts.judge_min_confidence <= 1.0:
        raise ConfigError(
            f"judge.min_confidence must be in [0, 1] (got {opts.judge_min_confidence})"
        )


def load_options(config: str | Path | None = None, **overrides: Any) -> Options:
    """Build the options: shipped defaults, then ``config`` (a TOML file), then ``overrides``.

    Raises:
        ConfigError: the file is missing, is not TOML, or sets an unknown or invalid option.
    """
    default_text = resources.files("synoptic").joinpath("data/default.toml").read_text("utf-8")
    values = _flatten(tomllib.loads(default_text))
    if config is not None:
        path = Path(config)
        try:
            user = tomllib.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} not found") from None
        except UnicodeDecodeError:  # a binary file given by mistake
            raise ConfigError(f"config file {path} is not UTF-8 text; give a TOML file") from None
        except OSError as exc:  # a folder, or a file that cannot be read
            raise ConfigError(f"config file {path} could not be read "
                              f"({exc.strerror or exc}); give a TOML file") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        extra = _flatten(user)
        unknown = sorted(set(extra) - set(values))
        if unknown:
            raise ConfigError(f"{path}: unknown option(s) {', '.join(unknown)}")
        values.update(extra)
    try:
        opts = Options(**values)
    except TypeError as exc:
        raise ConfigError(f"invalid configuration: {exc}") from None
    _validate(opts)
    return opts.with_overrides(**overrides)
