"""Stage 3, segment: parse each kept paragraph once; sentences with offsets into the original.

The spaCy ``Doc`` of every paragraph is kept on ``brief.docs`` so that later stages (entities,
quotes, dates, numbers) reuse the same analysis instead of parsing again.
"""

from __future__ import annotations

from synoptic.model import Brief, Sentence, Source
from synoptic.stages._base import Context, stage


@stage(name="segment", requires=("paragraphs",), assigns=("sentences", "docs"))
def segment(brief: Brief, ctx: Context) -> Brief:
    jobs = [(src, i) for src in brief.sources for i in range(len(src.paragraphs))]
    texts = [src.original[src.paragraphs[i].start : src.paragraphs[i].end] for src, i in jobs]
    docs = ctx.nlp.parse(texts)
    for src in brief.sources:
        src.sentences = []
        brief.docs[src.id] = []
    for (src, p_index), doc in zip(jobs, docs, strict=True):
        brief.docs[src.id].append(doc)
        _add_sentences(src, p_index, doc)
    return brief


def _add_sentences(src: Source, p_index: int, doc: object) -> None:
    offset = src.paragraphs[p_index].start
    for sent in doc.sents:  # type: ignore[attr-defined]
        start, end = offset + sent.start_char, offset + sent.end_char
        while end > start and src.original[end - 1].isspace():
            end -= 1
        text = src.original[start:end]
        if not any(ch.isalnum() for ch in text):
            continue
        src.sentences.append(
            Sentence(
                id=f"{src.id}.{len(src.sentences) + 1}",
                source=src.id,
                start=start,
                end=end,
                text=" ".join(text.split()),
                paragraph=p_index,
                index=len(src.sentences),
            )
        )
