"""The user's example cluster (../shared/seeds), briefed with the real backends.

Skipped on a clone without ../shared beside it. The checks are phrased generally: boilerplate
cues gone, no paragraph of argument lost, repeated text once, metadata read, summary coverage.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

import synoptic
from synoptic.text import jaccard, shingles, words

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout"),
]

BOILERPLATE_CUES = [
    r"^Watch$",
    r"live broadcast",
    r"Subscribe to",
    r"Sign up for",
    r"Total Index",
    r"Search All Site",
    r"^Return to the",
    r"Stay Informed",
    r"Register to receive",
    r"Views expressed are",
    r"views expressed here are the author",
    r"^Category:",
]


@lru_cache(maxsize=1)
def _brief() -> synoptic.Brief:
    return synoptic.build_brief([SEEDS])


def test_all_site_boilerplate_is_gone() -> None:
    for src in _brief().sources:
        for cue in BOILERPLATE_CUES:
            assert not re.search(cue, src.text, re.M | re.I), (src.path, cue)


def test_no_argument_is_lost() -> None:
    for src in _brief().sources:
        kept = src.text
        for para in src.original.split("\n"):
            para = para.strip()
            # A paragraph of argument: several sentences of prose.
            if len(para.split()) >= 40 and para.count(". ") >= 2:
                sentences = [s for s in re.split(r"(?<=[.!?])\s+", para) if len(s.split()) >= 8]
                kept_here = sum(
                    1 for s in sentences if " ".join(s.split()) in " ".join(kept.split())
                )
                # Repeated or copied text, and teasers of other articles, may go.
                removed_as_dup = any(
                    (r.reason in ("repeated", "copied") or "teaser" in r.detail)
                    and r.text.strip()[:60] in para
                    for r in src.removed
                )
                assert kept_here or removed_as_dup, (src.path, para[:80])


def test_repeated_text_appears_once() -> None:
    for src in _brief().sources:
        seen: set[str] = set()
        for sent in src.text.replace("\n", " ").split(". "):
            key = " ".join(words(sent))
            if len(key.split()) >= 10:
                assert key not in seen, (src.path, sent[:80])
                seen.add(key)


def test_authors_and_dates_are_read() -> None:
    brief = _brief()
    assert sum(1 for s in brief.sources if s.author) >= 3
    assert sum(1 for s in brief.sources if s.published) >= 2
    for src in brief.sources:
        if src.published:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", src.published)


def test_summary_cites_four_sources_without_near_duplicates() -> None:
    brief = _brief()
    cited = {c.source for s in brief.summary for c in s.citations}
    assert len(cited) >= 4
    bags = [shingles(words(s.text), 2) for s in brief.summary]
    for i in range(len(bags)):
        for j in range(i + 1, len(bags)):
            assert jaccard(bags[i], bags[j]) < 0.4, (brief.summary[i].text, brief.summary[j].text)
    assert sum(len(s.text.split()) for s in brief.summary) <= brief.words
