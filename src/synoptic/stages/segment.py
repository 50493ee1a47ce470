"""Stage 3, segment: sentences with offsets into ``Source.original``, one paragraph at a time."""

from __future__ import annotations

from synoptic.model import Brief, Sentence
from synoptic.stages._base import Context, stage


@stage(name="segment", requires=("paragraphs",), assigns=("sentences",))
def segment(brief: Brief, ctx: Context) -> Brief:
    for src in brief.sources:
        sentences: list[Sentence] = []
        for p_index, para in enumerate(src.paragraphs):
            chunk = src.original[para.start : para.end]
            for span in ctx.splitter.split(chunk):
                start, end = para.start + span.start, para.start + span.end
                text = src.original[start:end]
                if not any(ch.isalnum() for ch in text):
                    continue
                sentences.append(
                    Sentence(
                        id=f"{src.id}.{len(sentences) + 1}",
                        source=src.id,
                        start=start,
                        end=end,
                        text=" ".join(text.split()),
                        paragraph=p_index,
                        index=len(sentences),
                    )
                )
        src.sentences = sentences
    return brief
