"""DUC 2004 Task 2 as laid out in ``shared/data/duc2004`` (see its PROVENANCE.txt).

::

    docs/<cluster>/<document id>           TREC SGML: DOC elements with DOCNO and TEXT elements
    references/<cluster>/D3xxxx.M.100.T.X  four human summaries, one sentence a line
    systems/<System>/<cluster>.<System>    published systems' outputs (SumRepo)

The newswire text is hard-wrapped at ~70 columns with no paragraph marks, so each document is
unwrapped into one paragraph; TREC's ```` `` ```` and ``''`` quotes become ``"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from synoptic.evaluation.datasets import Cluster

DUC_WORDS = 100
_TAG = re.compile(r"<[^>]+>")


def _elements(sgml: str, name: str) -> list[str]:
    """The contents of every ``name`` element of ``sgml`` (TREC SGML has no attributes here)."""
    return re.findall(rf"<{name}>(.*?)</{name}>", sgml, re.S)


@dataclass(slots=True, frozen=True, kw_only=True)
class DucDoc:
    """One newswire article: its DOCNO and its text, one paragraph a line."""

    docno: str
    text: str


def parse_sgml(sgml: str) -> list[DucDoc]:
    """The ``<DOC>`` elements of a TREC SGML file (a document without ``<TEXT>`` is skipped)."""
    docs = []
    for block in _elements(sgml, "DOC"):
        docno, body = _elements(block, "DOCNO"), _elements(block, "TEXT")
        if not docno or not body:
            continue
        text = _unwrap(body[0])
        if text:
            docs.append(DucDoc(docno=docno[0].strip(), text=text))
    return docs


def _unwrap(body: str) -> str:
    # <P> marks paragraphs where present; otherwise the whole text is one paragraph.
    parts = re.split(r"</?P>", body, flags=re.I)
    paras = [" ".join(_TAG.sub(" ", p).split()) for p in parts]
    text = "\n".join(p for p in paras if p)
    return text.replace("``", '"').replace("''", '"')


def load_clusters(root: str | Path, limit: int | None = None) -> list[Cluster]:
    """The clusters under ``root`` (sorted by id), with references and published outputs.

    Raises:
        FileNotFoundError: ``root`` does not hold ``docs/`` and ``references/``.
    """
    root = Path(root)
    if not (root / "docs").is_dir() or not (root / "references").is_dir():
        raise FileNotFoundError(f"{root} has no docs/ and references/: is it the duc2004 folder?")
    ids = sorted(p.name for p in (root / "docs").iterdir() if p.is_dir())
    return [_cluster(root, cid) for cid in ids[:limit]]


def _cluster(root: Path, cid: str) -> Cluster:
    docs: list[DucDoc] = []
    for f in sorted((root / "docs" / cid).iterdir()):
        docs.extend(parse_sgml(f.read_text("utf-8", errors="replace")))
    docs.sort(key=lambda d: d.docno)
    refs = [
        " ".join(f.read_text("utf-8", errors="replace").split())
        for f in sorted((root / "references" / cid).iterdir())
        if f.is_file()
    ]
    return Cluster(
        id=cid,
        documents=tuple(d.text for d in docs),
        references=tuple(refs),
        outputs=_system_outputs(root / "systems", cid),
    )


def _system_outputs(systems: Path, cid: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not systems.is_dir():
        return out
    for sysdir in sorted(p for p in systems.iterdir() if p.is_dir()):
        f = sysdir / f"{cid}.{sysdir.name}"
        if f.is_file():
            out[sysdir.name] = " ".join(f.read_text("utf-8", errors="replace").split())
    return out
