"""Helpers that stand in for slow spaCy accessors give the same answers as the accessors."""

from __future__ import annotations

from typing import Any

import pytest

from synoptic.backends.nlp import doc_text, get_nlp
from synoptic.stages.compress import _main_root
from synoptic.stages.quotes import _ent_text, _entity_root

pytestmark = pytest.mark.slow

TEXT = (
    "Premier Tomas Erling of Norland met Mikhail Orlov in Halvik on Friday. "
    "The Halvik Port Authority said 1,200 containers were stuck, and the ferry line "
    "to Estmark stopped for two days, according to Mira Olsen, a harbour pilot."
)


@pytest.fixture(scope="module")
def doc() -> Any:
    return get_nlp("spacy").parse([TEXT])[0]


def test_doc_text_is_the_text_and_kept(doc: Any) -> None:
    assert doc_text(doc) == doc.text == TEXT
    assert doc.user_data["synoptic.text"] == TEXT


def test_entity_lookup_by_iob_matches_doc_ents(doc: Any) -> None:
    assert doc.ents
    for tok in doc:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        assert _ent_text(tok) == (tok.text if ent is None else ent.text)
        assert _entity_root(tok).i == (tok.i if ent is None else ent.root.i)


def test_main_root_is_the_head_of_the_largest_tree(doc: Any) -> None:
    for sent in doc.sents:
        tokens = list(sent)
        inside = {t.i for t in tokens}
        sizes: dict[int, int] = {}
        for tok in tokens:  # the plain walk the memoised one replaces
            top = tok
            while top.head.i != top.i and top.head.i in inside:
                top = top.head
            sizes[top.i] = sizes.get(top.i, 0) + 1
        best = max(sizes, key=lambda i: (sizes[i], -i))
        assert _main_root(tokens).i == best
