"""Measure the fact stages (entities, quotes, timeline, numbers).

    .venv/bin/python scripts/eval_facts.py fixtures            # hand-annotated set (in the repo)
    .venv/bin/python scripts/eval_facts.py semeval [DATA_DIR]  # SemEval-2015 Task 4 timelines
    .venv/bin/python scripts/eval_facts.py ecbplus [DATA_DIR]  # ECB+ cross-document entities
    .venv/bin/python scripts/eval_facts.py seeds [SEEDS_DIR]   # print what the seeds give
    .venv/bin/python scripts/eval_facts.py all

The shared data (``../shared/data``) is read by path at evaluation time, never copied.
``fixtures`` needs only the repository; the unit tests import :func:`load_fixture_brief`,
:func:`run_facts` and the ``score_*`` functions from here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from synoptic.backends.embedders import HashingEmbedder  # noqa: E402
from synoptic.backends.nlp import NlpBackend, get_nlp  # noqa: E402
from synoptic.config import load_options  # noqa: E402
from synoptic.model import Brief, Paragraph, Removed, Source  # noqa: E402
from synoptic.stages import entities, numbers, quotes, segment, timeline  # noqa: E402
from synoptic.stages._base import Context  # noqa: E402
from synoptic.stages.entities import name_key  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "facts"
SHARED = ROOT.parent / "shared"
BIO = "[author bio] "
FACT_STAGES = (entities.entities, quotes.quotes, timeline.timeline, numbers.numbers)


# -- running the stages -------------------------------------------------------------------------


def run_facts(brief: Brief, nlp: NlpBackend | None = None) -> Brief:
    """Segment (one parse) and the four fact stages, without embedding or alignment."""
    ctx = Context(options=load_options(), embedder=HashingEmbedder(), nlp=nlp or get_nlp("spacy"))
    brief = segment.segment(brief, ctx)
    for st in FACT_STAGES:
        brief = st(brief, ctx)
    return brief


@lru_cache(maxsize=4)
def fixture_run(folder: Path = FIXTURES) -> tuple[Brief, dict[str, str]]:
    """The fact stages run once (per process) on a fixture folder; tests share the result."""
    brief, ids = load_fixture_brief(folder)
    return run_facts(brief), ids


def load_fixture_brief(folder: Path = FIXTURES) -> tuple[Brief, dict[str, str]]:
    """The hand-written articles as a brief (ids S1.. in file order) and file -> source id."""
    sources, ids = [], {}
    for i, path in enumerate(sorted(folder.glob("*.txt")), 1):
        sources.append(_fixture_source(f"S{i}", path))
        ids[path.name] = f"S{i}"
    return Brief(sources=sources, words=200), ids


def _fixture_source(source_id: str, path: Path) -> Source:
    """Header lines ``key: value``, a blank line, then paragraphs separated by blank lines."""
    text = path.read_text("utf-8")
    head, _, _ = text.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    src = Source(id=source_id, path=path.as_posix(), kind="text", original=text, **_meta(meta))
    pos = len(head) + 2
    for block in text[pos:].split("\n\n"):
        start, end = pos, pos + len(block.rstrip())
        pos += len(block) + 2
        if not block.strip():
            continue
        if block.startswith(BIO):
            src.removed.append(
                Removed(
                    text=block[len(BIO) :].rstrip(),
                    reason="boilerplate",
                    start=start + len(BIO),
                    end=end,
                    detail="author bio",
                )
            )
        else:
            src.paragraphs.append(Paragraph(start=start, end=end))
    return src


def _meta(meta: dict[str, str]) -> dict[str, Any]:
    return {k: meta.get(k) for k in ("published", "outlet", "author")}


# -- scoring the hand-annotated set ------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PRF:
    """Precision, recall and F1 with the counts behind them."""

    tp_pred: int
    n_pred: int
    tp_gold: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<28} P {self.precision:.3f} ({self.tp_pred}/{self.n_pred})  "
            f"R {self.recall:.3f} ({self.tp_gold}/{self.n_gold})  F1 {self.f1:.3f}"
        )


def load_gold(folder: Path = FIXTURES) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "gold.json").read_text("utf-8"))
    return data


def _gold_span(brief: Brief, ids: dict[str, str], item: dict[str, Any]) -> tuple[str, int, int]:
    sid = ids[item["file"]]
    start = brief.source(sid).original.index(item["contains"])
    return sid, start, start + len(item["contains"])


def _same_speaker(pred: str, gold: str) -> bool:
    p, g = name_key(pred), name_key(gold)
    for det in ("a ", "an "):
        p = p.removeprefix(det)
    return p == g or (len(g) > 3 and (g in p or p in g))


def score_quotes(brief: Brief, ids: dict[str, str], gold: dict[str, Any]) -> dict[str, PRF]:
    """Speaker attribution: a prediction is right when it overlaps a gold statement of the same
    kind (direct or reported) in the same source and names the same speaker."""
    items = [(*_gold_span(brief, ids, g), g) for g in gold["quotes"]]

    def hits(q: Any, *, speaker: bool) -> list[int]:
        return [
            i
            for i, (sid, s, e, g) in enumerate(items)
            if sid == q.source
            and q.start < e
            and s < q.end
            and q.direct == g["direct"]
            and (not speaker or _same_speaker(q.speaker, g["speaker"]))
        ]

    out = {}
    for name, speaker in (("quotes (span+speaker)", True), ("quotes (span only)", False)):
        found = [hits(q, speaker=speaker) for q in brief.quotes]
        gold_hit = {i for h in found for i in h}
        out[name] = PRF(
            tp_pred=sum(1 for h in found if h),
            n_pred=len(found),
            tp_gold=len(gold_hit),
            n_gold=len(items),
        )
    return out


def score_entities(brief: Brief, gold: dict[str, Any]) -> dict[str, float]:
    """Share of gold entities found with the right label, merged aliases and role."""
    index: dict[str, Any] = {}
    for ent in brief.entities:
        for alias in [ent.name, *ent.aliases]:
            index.setdefault(name_key(alias), ent)
    found = label = merged = role = roles = 0
    for g in gold["entities"]:
        ent = index.get(name_key(g["name"]))
        if ent is None:
            continue
        found += 1
        label += ent.label == g["label"]
        merged += all(index.get(name_key(a)) is ent for a in g["aliases"])
        if g["role"]:
            roles += 1
            role += bool(ent.role and g["role"].lower() in ent.role.lower())
    n = len(gold["entities"])
    return {
        "found": found / n,
        "label": label / n,
        "aliases merged": merged / n,
        "role": role / max(roles, 1),
    }


def score_timeline(brief: Brief, ids: dict[str, str], gold: dict[str, Any]) -> PRF:
    """A gold date is found when a timeline citation covers its passage with the same date."""
    cites = [(c.source, c.start, c.end, ev.date) for ev in brief.timeline for c in ev.citations]
    items = [(*_gold_span(brief, ids, g), g["date"]) for g in gold["timeline"]]
    ok_gold = sum(
        1
        for sid, s, e, d in items
        if any(cs == sid and a <= s and e <= b and cd == d for cs, a, b, cd in cites)
    )
    ok_pred = sum(
        1
        for cs, a, b, cd in cites
        if any(cs == sid and a <= s and e <= b and cd == d for sid, s, e, d in items)
    )
    return PRF(tp_pred=ok_pred, n_pred=len(cites), tp_gold=ok_gold, n_gold=len(items))


def score_numbers(brief: Brief, ids: dict[str, str], gold: dict[str, Any]) -> PRF:
    """A gold amount is found when a number overlaps it with the same value and unit."""
    items = [(*_gold_span(brief, ids, g), g["value"], g["unit"]) for g in gold["numbers"]]

    def match(n: Any, it: tuple[str, int, int, float, str]) -> bool:
        sid, s, e, v, u = it
        return bool(
            n.source == sid
            and n.start < e
            and s < n.end
            and abs(n.value - v) < 1e-6 * max(1.0, abs(v))
            and n.unit == u
        )

    ok_pred = sum(1 for n in brief.numbers if any(match(n, it) for it in items))
    ok_gold = sum(1 for it in items if any(match(n, it) for n in brief.numbers))
    return PRF(tp_pred=ok_pred, n_pred=len(brief.numbers), tp_gold=ok_gold, n_gold=len(items))


def eval_fixtures(folder: Path = FIXTURES, verbose: bool = False) -> dict[str, Any]:
    """Score the fact stages on one hand-annotated folder (``gold.json`` beside the articles)."""
    brief, ids = load_fixture_brief(folder)
    gold = load_gold(folder)
    t0 = time.perf_counter()
    brief = run_facts(brief)
    elapsed = time.perf_counter() - t0
    results: dict[str, Any] = dict(score_quotes(brief, ids, gold))
    results["timeline"] = score_timeline(brief, ids, gold)
    results["numbers"] = score_numbers(brief, ids, gold)
    where = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"{where}: {len(brief.sources)} articles, {elapsed:.1f}s")
    for name, prf in results.items():
        print("  " + prf.line(name))
    ent = score_entities(brief, gold)
    print("  entities: " + ", ".join(f"{k} {v:.2f}" for k, v in ent.items()))
    results["entities"] = ent
    if verbose:
        for q in brief.quotes:
            print(f"    Q {q.source} {q.speaker!r} direct={q.direct} {q.text[:70]!r}")
        for ev in brief.timeline:
            print(f"    T {ev.date} {ev.sources} {ev.expression!r} {ev.text[:60]!r}")
    return results


# -- SemEval-2015 Task 4 (TimeLine) -------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class _Doc:
    doc_id: str
    sentences: list[list[str]]  # tokens per sentence (sentence ids are list positions)
    dct: str | None


def _read_cat(path: Path) -> _Doc:
    root = ET.parse(path).getroot()
    sents: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        sents[int(tok.get("sentence", "0"))].append(tok.text or "")
    ordered = [sents[i] for i in range(max(sents) + 1)] if sents else []
    dct = None
    if len(ordered) > 1:  # Wikinews: sentence 1 is the date line ("March 01, 2008")
        from synoptic.stages.timeline import resolve_date

        got = resolve_date(" ".join(ordered[1]), datetime(2000, 1, 1))
        dct = got[0] if got and got[0] and len(got[0]) == 10 else None
    return _Doc(doc_id=root.get("doc_id", path.stem), sentences=ordered, dct=dct)


def _doc_source(doc: _Doc, index: int) -> tuple[Source, list[tuple[int, int, int]]]:
    """One source per document; paragraphs are sentences (offsets kept per sentence id)."""
    parts, spans, pos = [], [], 0
    for sid, toks in enumerate(doc.sentences):
        text = " ".join(toks)
        parts.append(text)
        spans.append((sid, pos, pos + len(text)))
        pos += len(text) + 2
    src = Source(
        id=f"S{index}",
        path=doc.doc_id,
        kind="text",
        original="\n\n".join(parts),
        published=doc.dct,
    )
    src.paragraphs = [Paragraph(start=s, end=e) for sid, s, e in spans if sid > 1]
    return src, spans


def _gold_timeline(path: Path) -> list[tuple[int, str, set[str]]]:
    rows = []
    for line in path.read_text("utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 3:
            rows.append((int(cols[0]), _semeval_date(cols[1]), set(cols[2:])))
    return rows


def _relations(rows: Iterable[tuple[int, str, str]]) -> tuple[set[Any], set[Any]]:
    """TimeML-style relations of a timeline: the closure and the reduced (chain) graph.

    Events are ``doc-sent-word``; each dated event is INCLUDED in its date; an event BEFORE
    every event at a later position (closure) or the next position (reduced); events at one
    position are SIMULTANEOUS. Position 0 (undated, unordered) events get no relation, as in the
    task, where they only count for the anchoring they lack.
    """
    by_pos: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for pos, date, ev in rows:
        by_pos[pos].append((ev, date))
    closure: set[Any] = set()
    reduced: set[Any] = set()
    positions = sorted(p for p in by_pos if p > 0)
    for i, p in enumerate(positions):
        evs = by_pos[p]
        for ev, date in evs:
            rel = (ev, "IS_INCLUDED", date)
            closure.add(rel)
            reduced.add(rel)
            for ev2, _ in evs:
                if ev < ev2:
                    closure.add((ev, "SIMULTANEOUS", ev2))
                    reduced.add((ev, "SIMULTANEOUS", ev2))
            for j, q in enumerate(positions[i + 1 :]):
                for ev2, _ in by_pos[q]:
                    closure.add((ev, "BEFORE", ev2))
                    if j == 0:
                        reduced.add((ev, "BEFORE", ev2))
    return closure, reduced


def _event_word(
    ev: Any, brief: Brief, spans: dict[str, list[tuple[int, int, int]]], docs: dict[str, _Doc]
) -> list[str]:
    """``doc-sent-word`` ids of a timeline entry: the head verb of each cited clause."""
    out = []
    for c in ev.citations:
        src = brief.source(c.source)
        doc = docs[src.path]
        for sid, s, e in spans[c.source]:
            if s <= c.start < e + 1:
                text = src.original[c.start : c.end]
                word = _head_word(text)
                if word:
                    out.append(f"{doc.doc_id}-{sid}-{word}")
                break
    return out


def _head_word(text: str) -> str | None:
    from synoptic.backends.nlp import load_spacy

    nlp = load_spacy()
    doc = nlp(text)
    for tok in doc:
        if tok.dep_ == "ROOT":
            return str(tok.text)
    return None


def eval_semeval(data: Path) -> dict[str, float]:
    """Micro P/R/F1 of entity timelines against the gold, over all corpora found under ``data``.

    Reimplementation (not the official scorer, which is not shipped): temporal awareness
    (UzZaman & Allen 2011) on the relations of :func:`_relations`; precision is the share of
    the system's reduced relations found in the gold closure, recall the share of the gold's
    reduced relations found in the system closure.
    """
    corpora = sorted(p.parent for p in data.rglob("TimeLines_Gold_Standard"))
    corpora += sorted(p.parent for p in data.rglob("TimeLines_trial_data_task4*"))
    tp_p = n_p = tp_r = n_r = 0
    for corpus in corpora:
        got = _eval_corpus(corpus)
        if got is None:
            continue
        name, counts = got
        tp_p, n_p, tp_r, n_r = (a + b for a, b in zip((tp_p, n_p, tp_r, n_r), counts, strict=True))
        prf = PRF(tp_pred=counts[0], n_pred=counts[1], tp_gold=counts[2], n_gold=counts[3])
        print("  " + prf.line(name))
    total = PRF(tp_pred=tp_p, n_pred=n_p, tp_gold=tp_r, n_gold=n_r)
    print("  " + total.line("SemEval-2015 T4 (micro)"))
    print("  published: best Track B (GPLSIUA) F1 25.36; Track A systems single digits")
    return {"precision": total.precision, "recall": total.recall, "f1": total.f1}


def _eval_corpus(corpus: Path) -> tuple[str, tuple[int, int, int, int]] | None:
    cat = next(iter(sorted(corpus.glob("*trackA_CAT"))), None) or next(
        iter(sorted(corpus.glob("Corpus-trial-data_task4"))), None
    )
    gold_dir = corpus / "TimeLines_Gold_Standard"
    if not gold_dir.exists():
        gold_dir = next(iter(sorted(corpus.glob("TimeLines_trial_data_task4*"))), gold_dir)
    if cat is None or not gold_dir.exists():
        return None
    docs = {p.name.removesuffix(".xml"): _read_cat(p) for p in sorted(cat.glob("*.xml"))}
    sources, spans = [], {}
    for i, (name, doc) in enumerate(sorted(docs.items()), 1):
        src, sp = _doc_source(doc, i)
        src.path = name
        sources.append(src)
        spans[src.id] = sp
    brief = run_facts(Brief(sources=sources, words=200))
    _anchoring(brief, spans, docs, gold_dir)
    counts = [0, 0, 0, 0]
    for gold_file in sorted(gold_dir.glob("*.txt")):
        target = gold_file.read_text("utf-8").splitlines()[0].strip()
        gold_rows = [(p, d, sorted(evs)[0]) for p, d, evs in _gold_timeline(gold_file)]
        alias = {ev: sorted(evs)[0] for _, _, evs in _gold_timeline(gold_file) for ev in evs}
        sys_rows = _system_timeline(brief, target, spans, docs, alias)
        g_closure, g_reduced = _relations(gold_rows)
        s_closure, s_reduced = _relations(sys_rows)
        counts[0] += len(s_reduced & g_closure)
        counts[1] += len(s_reduced)
        counts[2] += len(g_reduced & s_closure)
        counts[3] += len(g_reduced)
    name = corpus.name if corpus.name.startswith("corpus") else "trial"
    return name, (counts[0], counts[1], counts[2], counts[3])


def _anchoring(
    brief: Brief,
    spans: dict[str, list[tuple[int, int, int]]],
    docs: dict[str, _Doc],
    gold_dir: Path,
) -> None:
    """Date accuracy where coverage is not the question: gold events with a date whose sentence
    the timeline cites; is the cited date the gold one (at the gold's precision)?"""
    dated: dict[tuple[str, int], set[str]] = defaultdict(set)
    for ev in brief.timeline:
        if ev.date is None or "W" in ev.date:
            continue
        for c in ev.citations:
            doc_id = docs[brief.source(c.source).path].doc_id
            for sid, s, e in spans[c.source]:
                if s <= c.start < e + 1:
                    dated[(doc_id, sid)].add(_semeval_date(ev.date))
    seen: set[tuple[str, str]] = set()
    right = total = 0
    for gold_file in sorted(gold_dir.glob("*.txt")):
        for _, date, evs in _gold_timeline(gold_file):
            for ev_id in evs:
                doc_id, sent_id, _ = ev_id.split("-", 2)
                key = (doc_id, int(sent_id))
                if date.startswith("XXXX") or key not in dated or (ev_id, date) in seen:
                    continue
                seen.add((ev_id, date))
                total += 1
                right += date in dated[key]
    if total:
        print(f"    anchoring: {right}/{total} = {right / total:.2f} of covered dated gold events")


def _system_timeline(
    brief: Brief,
    target: str,
    spans: dict[str, list[tuple[int, int, int]]],
    docs: dict[str, _Doc],
    alias: dict[str, str],
) -> list[tuple[int, str, str]]:
    """The project's timeline entries that mention the target entity, ranked by date."""
    keys = {name_key(target)}
    for ent in brief.entities:
        names = {name_key(n) for n in [ent.name, *ent.aliases]}
        if keys & names:
            keys |= names
    rows: list[tuple[str, str]] = []
    for ev in brief.timeline:
        if ev.date is None or "W" in ev.date:
            continue
        text = name_key(ev.text)
        if not any(re.search(rf"\b{re.escape(k)}\b", text) for k in keys if k):
            continue
        date = _semeval_date(ev.date)
        for word in _event_word(ev, brief, spans, docs):
            rows.append((date, alias.get(word, word)))
    # Underspecified dates come first among their kind, as in the gold ("2007-XX-XX" before
    # "2007-02-28").
    dates = sorted({d for d, _ in rows}, key=lambda d: d.replace("XX", "00"))
    return [(dates.index(d) + 1, d, w) for d, w in rows]


def _semeval_date(iso: str) -> str:
    parts = [*iso.split("-"), "XX", "XX"]
    return "-".join(parts[:3])


# -- ECB+ cross-document entity coreference ----------------------------------------------------

ECB_NAMED = ("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO", "LOC_FAC")


ECB_DEV_TOPICS = ("2", "5", "12", "18", "21", "23", "34", "35")


def eval_ecbplus(data: Path, limit: int | None = None, split: str = "dev") -> dict[str, float]:
    """B-cubed over gold entity mentions (people, organisations, places) within each topic.

    Each gold mention takes the canonical entity of a system mention overlapping it (a
    singleton when none); gold clusters are the ECB+ cross-document chains (instance ids).
    Scored on all such gold mentions and on the named ones (proper-name mentions, which is
    what the entities stage links), beside the all-singletons and same-string baselines.
    Not the standard evaluation (which scores predicted mentions with the CoNLL scorer, on the
    validated sentences of the test topics).
    """
    archive = next(iter(sorted(data.glob("*.tar.gz"))))
    topics: dict[str, dict[str, bytes]] = defaultdict(dict)
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            parts = Path(member.name).parts
            if not (member.isfile() and member.name.endswith(".xml")):
                continue
            if split == "dev" and parts[-2] not in ECB_DEV_TOPICS:
                continue
            fh = tar.extractfile(member)
            if fh is not None:
                topics[parts[-2]][parts[-1]] = fh.read()
    scores: dict[str, list[float]] = defaultdict(list)
    for topic in sorted(topics, key=lambda t: (len(t), t))[:limit]:
        for k, v in (_ecb_topic(topics[topic]) or {}).items():
            scores[k].extend(v)
    out = {}
    print(f"  ECB+ {split} topics: {min(len(topics), limit or len(topics))}")
    for k in sorted(scores):
        p, r, n = _b3(scores[k])
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[k] = f
        print(f"  ECB+ B3 {k:<34} P {p:.3f} R {r:.3f} F1 {f:.3f}  ({n} mentions)")
    return out


def _b3(flat: list[float]) -> tuple[float, float, int]:
    ps, rs = flat[0::2], flat[1::2]
    n = len(ps)
    return (sum(ps) / n if n else 0.0), (sum(rs) / n if n else 0.0), n


def _ecb_topic(files: dict[str, bytes]) -> dict[str, list[float]] | None:
    sources, gold = [], []
    for i, (name, raw) in enumerate(sorted(files.items()), 1):
        src, mentions = _ecb_doc(f"S{i}", name, raw)
        sources.append(src)
        gold.extend(mentions)
    if not gold:
        return None
    brief = run_facts(Brief(sources=sources, words=200))
    sys_mentions = _system_mentions(brief)
    out: dict[str, list[float]] = {}
    for subset in ("all", "named"):
        items = [m for m in gold if subset == "all" or _is_named(m[4])]
        truth = {i: m[3] for i, m in enumerate(items)}
        system, same = {}, {}
        for i, (sid, s, e, _, text) in enumerate(items):
            cand = [ent for (ssid, a, b, ent) in sys_mentions if ssid == sid and a < e and s < b]
            system[i] = cand[0] if cand else f"single-{i}"
            same[i] = name_key(text)
        singles = {i: f"single-{i}" for i in truth}
        out[f"{subset}: project"] = _b3_items(truth, system)
        out[f"{subset}: baseline singletons"] = _b3_items(truth, singles)
        out[f"{subset}: baseline same string"] = _b3_items(truth, same)
    return out


def _is_named(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    return (
        bool(words)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and (words[0].lower() not in ("he", "she", "it", "they", "his", "her", "their", "i", "we"))
    )


def _b3_items(gold: dict[int, str], pred: dict[int, str]) -> list[float]:
    by_g: dict[str, set[int]] = defaultdict(set)
    by_p: dict[str, set[int]] = defaultdict(set)
    for i in gold:
        by_g[gold[i]].add(i)
        by_p[pred[i]].add(i)
    flat = []
    for i in gold:
        inter = len(by_g[gold[i]] & by_p[pred[i]])
        flat.extend([inter / len(by_p[pred[i]]), inter / len(by_g[gold[i]])])
    return flat


def _ecb_doc(source_id: str, name: str, raw: bytes) -> tuple[Source, list[Any]]:
    root = ET.fromstring(raw)
    tokens = {t.get("t_id"): t for t in root.iter("token")}
    sent_text: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for t in root.iter("token"):
        sent_text[int(t.get("sentence", "0"))].append((t.get("t_id", ""), t.text or ""))
    pos, parts, offsets = 0, [], {}
    for sid in sorted(sent_text):
        words: list[str] = []
        for tid, word in sent_text[sid]:
            offsets[tid] = (pos + len(" ".join(words)) + (1 if words else 0), len(word))
            words.append(word)
        text = " ".join(words)
        parts.append((pos, pos + len(text)))
        pos += len(text) + 2
    original = "\n\n".join(" ".join(w for _, w in sent_text[s]) for s in sorted(sent_text))
    src = Source(id=source_id, path=name, kind="text", original=original)
    src.paragraphs = [Paragraph(start=s, end=e) for s, e in parts]
    markables: dict[str, tuple[str, list[str]]] = {}
    markables_el = root.find("Markables")
    for m in markables_el if markables_el is not None else []:
        ids = [a.get("t_id", "") for a in m.findall("token_anchor")]
        markables[m.get("m_id", "")] = (m.tag, ids)
    chains: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag != "CROSS_DOC_COREF":
            continue
        target = rel.find("target")
        if target is None:
            continue
        chain = rel.get("note") or rel.get("r_id") or ""
        for s_el in rel.findall("source"):
            chains[s_el.get("m_id", "")] = chain
    mentions = []
    for mid, (tag, ids) in markables.items():
        if tag not in ECB_NAMED or not ids or mid not in chains or ids[0] not in offsets:
            continue
        start = offsets[ids[0]][0]
        end = offsets[ids[-1]][0] + offsets[ids[-1]][1]
        text = " ".join(tokens[t].text or "" for t in ids if t in tokens)
        mentions.append((source_id, start, end, chains[mid], text))
    return src, mentions


def _system_mentions(brief: Brief) -> list[tuple[str, int, int, str]]:
    """Entity mentions as the entities stage sees them, with the canonical name they joined."""
    index: dict[str, str] = {}
    for ent in brief.entities:
        for alias in [ent.name, *ent.aliases]:
            index.setdefault(name_key(alias), ent.name)
    out = []
    for src in brief.sources:
        for p, doc in enumerate(brief.docs.get(src.id, [])):
            off = src.paragraphs[p].start
            for ent in doc.ents:
                key = name_key(ent.text)
                if key in index:
                    out.append((src.id, off + ent.start_char, off + ent.end_char, index[key]))
            for tok in doc:
                phrase = " ".join(t.lower_ for t in tok.subtree) if tok.pos_ == "NOUN" else ""
                if phrase and phrase in index:
                    out.append(
                        (
                            src.id,
                            off + tok.left_edge.idx,
                            off + tok.right_edge.idx + len(tok.right_edge),
                            index[phrase],
                        )
                    )
    return out


# -- seeds: a look, not a score -------------------------------------------------------------------


def show_seeds(folder: Path) -> None:
    from synoptic.ingest import read_inputs

    sources, _ = read_inputs([folder], load_options())
    brief = Brief(sources=sources, words=200)
    try:
        from synoptic.stages import clean

        ctx = Context(options=load_options(), embedder=HashingEmbedder(), nlp=get_nlp("spacy"))
        brief = clean.clean(brief, ctx)
    except Exception as exc:
        print(f"  (clean stage skipped: {exc})")
    brief = run_facts(brief)
    print("  people:")
    for e in brief.entities:
        if e.label == "person":
            print(f"    {e.name} {e.aliases} role={e.role!r} sources={e.sources}")
    print("  quotes:")
    for q in brief.quotes:
        print(f"    {q.source} {q.speaker} ({q.verb}, direct={q.direct}): {q.text[:80]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["fixtures", "semeval", "ecbplus", "seeds", "all"])
    parser.add_argument("data", nargs="?", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="ECB+ topics to read")
    args = parser.parse_args(argv)
    if args.what == "all" and args.data is not None:
        parser.error("DATA names one evaluation's data; 'all' reads each from ../shared")
    if args.what in ("fixtures", "all"):
        eval_fixtures(FIXTURES, args.verbose)
        eval_fixtures(FIXTURES / "heldout", args.verbose)
    if args.what in ("semeval", "all"):
        eval_semeval(args.data or SHARED / "data" / "timeline")
    if args.what in ("ecbplus", "all"):
        eval_ecbplus(args.data or SHARED / "data" / "ecbplus", args.limit)
    if args.what in ("seeds", "all"):
        show_seeds(args.data or SHARED / "seeds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
