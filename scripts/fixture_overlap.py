"""List test and example lines that share a run of words with the shared evaluation data.

    python scripts/fixture_overlap.py [FILES...] [--data ../shared] [--words 7]

Test texts must be invented, never copied from ``../shared/data`` or ``../shared/seeds``: this
prints every line of FILES (default: ``tests/test_*.py``, ``tests/fixtures/**``, ``examples/**``)
that shares a run of ``--words`` words with those texts, with the runs it shares. Stock English
("according to two sources familiar with the") and site-widget strings a cleaner must match word
for word are expected hits; article sentences are not. Reads the data by path, copies nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

_WORD = re.compile(r"[a-z0-9']+")
_MAX_BYTES = 20_000_000


def runs(text: str, n: int) -> set[str]:
    """The runs of ``n`` lower-cased words in ``text``."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def _texts(shared: Path) -> Iterable[str]:
    for path in sorted(shared.rglob("*")):
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            continue
        if path.suffix == ".jsonl" and "multinews" in path.parts:
            for line in path.open(encoding="utf-8", errors="ignore"):
                yield from json.loads(line).get("documents", [])
        elif path.suffix in {".jsonl", ".json", ".txt", ".xml", ""}:
            yield path.read_text(encoding="utf-8", errors="ignore")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[1].parent / "shared")
    parser.add_argument("--words", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no shared data at {args.data}", file=sys.stderr)
        return 2
    data: set[str] = set()
    for text in _texts(args.data):
        data |= runs(text, args.words)
    root = Path(__file__).parents[1]
    files = args.files or sorted(
        [*root.glob("tests/test_*.py"), *root.glob("tests/fixtures/**/*"),
         *root.glob("examples/**/*")]
    )
    hits = 0
    for path in files:
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
            shared = runs(line, args.words) & data
            if shared:
                hits += 1
                print(f"{path}:{number}: {line.strip()[:120]}  {sorted(shared)[:2]}")
    print(f"{hits} line(s) share a run of {args.words} words with {args.data}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
