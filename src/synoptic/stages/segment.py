"""Stage 3, segment: parse each kept paragraph once; sentences with offsets into the original.

The spaCy ``Doc`` of every paragraph is kept on ``brief.docs`` so that later stages (entities,
quotes, dates, numbers) reuse the same analysis instead of parsing again.
"""

from __future__ import annotations

import re
from typing import Any

from synoptic.backends.nlp import doc_text
from synoptic.ingest import cues
from synoptic.model import Brief, Sentence, Source
from synoptic.stages._base import Context, stage

_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s*$")
# A short capitalised abbreviation ("Res.", "No.", "H.") before a number or a lower-case word:
# "the council passed Res. 12, the ferry rule" is one sentence.
_ABBREVIATION = re.compile(r"(?:^|\s)[A-Z][a-z]{0,3}\.\s*$")
# A title before a name never ends a sentence: "... to the chairman, Brig. | Gen. Fayez Zeid".
# spaCy's tokenizer knows most of these as abbreviations, but its parser still starts a sentence
# after some ("backed by Sens. | Ann Orr and ..."), so the list is written out here.
_TITLE = re.compile(
    r"(?:^|[\s(])(?:Brig|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Gov|Rep|Reps|Sens|Dr|Mr|Mrs|Ms"
    r"|Prof|Rev|Hon|Amb|Supt|Insp|Det|Fr|Drs|Dist|Atty|Asst|Dep|Pres|Ald|Cpt)\.\s*$"
)
# A clock time ("3 p.m.") or a company's abbreviation ("Orvane Inc.") before a weekday or a
# month does not end the sentence: the day dates the clause ("at 3 p.m. | Tuesday the council
# met", "Orvane Inc. | Monday said"). spaCy's model breaks there now and then because the
# abbreviation's full stop is also where a sentence could end; a real end is followed by some
# other word ("at 3 p.m. | The council then met").
_DATED_ABBREVIATION = re.compile(r"(?:^|\s)(?:[ap]\.m|Inc|Corp|Co|Ltd|Bros|Jr|Sr)\.\s*$")
_DAY_OR_MONTH = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)(?![\w'’])"
)
# A quotation that ends on its own mark ('"Be peaceful!"', '"Is it safe?"') goes on in lower case
# when the sentence does: '"Is it safe?" | she asked.', '"You resign!" | at the speaker ...'.
_ENDS_QUOTATION = re.compile(r"[.!?,][\"'\u201d\u2019]\s*$")
# "Sen." is a title after a lower-case word or at the start ("said Sen. | Ann Orr"), a name after
# a capitalised one ("... loyal to Hun Sen. | The king ...").
_SENATOR = re.compile(r"(?:^|(\S+)\s+)\(?Sen\.\s*$")
# An ellipsis (". . .", "...", "…") marks words left out, not always an end: a piece after it that
# opens in lower case goes on ("and people just . . . | kept . . . | talking", '"Fines are useless
# ... | they will pay nothing," she said'); one opening on a capital is a new sentence.
_ENDS_ELLIPSIS = re.compile(r"(?:\.\s?\.\s?\.|\u2026)[\"'\u201d\u2019]?\s*$")
# An initialism ("U.K.", "U.S.") in a paragraph that does not end like a sentence (a headline)
# is no end: "Orr to Tell Council U.K. | Won't Back Ferry Plan". Only initialisms: a short word
# of a title-case headline or caption ("... To Go Out. | Here's What", "... Asia. | Originally")
# looks like "Gov." but does end a sentence there.
_ENDS_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}\s*$")
# A clock time is often followed by its time zone or "local time": "around 2:40 a.m. | ET, the
# office said", "by 6 p.m. | local time". A zone's capitals are no sentence start there.
_ENDS_CLOCK = re.compile(r"(?:^|\s)[ap]\.m\.\s*$")
_TIME_ZONE = re.compile(r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET)(?![\w'’])")
# A one-word label in parentheses whose last full stop is an abbreviation's, such as a party and
# state ("Sen. Ann Orr (R-N.Tr.) | came to an end"): a lower-case piece after it goes on. A
# parenthesis of several words ("(for repairs.)") may close a sentence and is left alone.
_ENDS_LABEL = re.compile(r"\([^\s()]+\.\)\s*$")
# A quotation closed on "?" or "!" followed by a short attribution ('"Got that?" | Ilse Varn
# wrote.'): the speaker and verb finish the sentence. Written out as a few surface forms because
# the check runs on the text of a piece (the blank test pipeline has no lemmas); a quotation
# closed on a full stop is a sentence of its own and is left alone.
_ENDS_ASKED = re.compile(r"[!?][\"'\u201d\u2019]\s*$")
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|wrote|writes|asked|asks|added|adds|replied|tweeted"
    r"|told\s+\w+|shouted|yelled)\.\s*$"
)
# A year or date heading an entry of a chronology ("1953: | Forms a commando unit", "Oct. 9,
# 1998: | Named foreign minister"): a short piece with a digit, ending on a colon, opens the
# entry after it. Only with a digit: a site's label ("Read more: | ...") stays apart.
_DATED_HEADING = re.compile(r"^[^\n]*\d[^\n]*:\s*$")
_HEADING_WORDS = 4
# A dash never ends a sentence: a dateline ("TARNWICK (KTVN) –", "(Harbour Health) -") goes on
# into the lede. Only a short piece (a dateline's few words): a longer one ending on a dash is a
# headline run into its dateline ("Ferry Tolls Rise, Board Says TARNWICK (KTVN) -"), which would
# carry the headline into the lede.
_DATELINE_WORDS = 6
_ENDS_DASH = re.compile(r"(?:\s|^)(?:-{1,2}|[\u2013\u2014])\s*$")
# A blank line inside one parser sentence: the paragraph reader joined a headline to the lede
# because the headline ends on a word that may dangle ("... 9 unaccounted for" / "Gov. Ann Orr
# ..."). spaCy's parser, given no full stop, then runs the two into one sentence. A headline
# ends on a particle ("for", "in", "on") but not on an article, possessive or conjunction, after
# which a line cut mid-sentence goes on ("sent into the | Board's inquiry").
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_INNER_END = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s")  # a sentence end inside a line
# The reader's own list of words a cut line may end on, less the particles a headline ends on.
_GOES_ON = cues.DANGLING - {"in", "on", "for"}


def _ends_on_title(text: str) -> bool:
    if _TITLE.search(text):
        return True
    m = _SENATOR.search(text)
    return m is not None and not (m.group(1) or "a")[0].isupper()


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


def _spans(doc: Any) -> list[tuple[int, int]]:
    """The parser's sentences, with a split that cannot be a sentence start undone.

    The parser sometimes breaks at a wire-style dash or an odd token (``the port is one more
    stop _ the ferry line and the rail link``) or after an abbreviation (``Res. | 12, the ferry
    rule``): a piece that opens on a lower-case letter after a piece that does not end like a
    sentence, or on a digit or lower-case letter after a short capitalised abbreviation, or on a
    capital after a title (``Brig. | Gen. Fayez Zeid``), or on a weekday or month after a clock
    time or a company's abbreviation (``3 p.m. | Tuesday``), or in lower case after a quotation
    closed on its own mark (``"Is it safe?" | she asked.``) or after an ellipsis (``just . . . |
    kept``), or on an editor's bracket after an unfinished piece (``President Vell | [Anders]``),
    or after an initialism in a paragraph that does not end like a sentence (a headline: ``Orr
    to Tell Council U.K. | Won't Back Ferry Plan``), or in all-capitals text after an unfinished
    piece (``POLICE SAY | ILSA VORN REFUSED``), or on a time zone or lower-case word after a clock
    time (``2:40 a.m. | ET``), or in lower case after a one-word label in parentheses (``Ann Orr
    (R-N.Tr.) | came``), or as a short attribution after a quotation closed on "?" or "!"
    (``"Got that?" | Ilse Varn wrote.``), or after a chronology's dated heading (``1953: |
    Forms ...``), or after a piece ending on a dash (a dateline:
    ``TARNWICK (KTVN) – | Two ferries``), is glued back to it. A sentence running across a blank
    line after a headline (``... 9 unaccounted for || Gov. Ann Orr ...``) is cut there.
    """
    out: list[tuple[int, int]] = []
    text = doc_text(doc)
    headline = not _ENDS_SENTENCE.search(text)
    for sent in doc.sents:
        first = next((ch for ch in sent.text if ch.isalnum()), "")
        before = text[slice(*out[-1])] if out else ""
        glue = (
            (first.isalpha() and first.islower() and not _ENDS_SENTENCE.search(before))
            or ((first.isdigit() or first.islower()) and _ABBREVIATION.search(before) is not None)
            or (first.isupper() and _ends_on_title(before))
            or (_DATED_ABBREVIATION.search(before) is not None and _starts_dated(sent.text))
            or (sent.text[:1].islower() and _ENDS_QUOTATION.search(before) is not None)
            or (first.isalpha() and first.islower() and _ENDS_ELLIPSIS.search(before) is not None)
            or (sent.text[:1] == "[" and not _ENDS_SENTENCE.search(before))
            or (headline and _ENDS_INITIALISM.search(before) is not None)
            or (
                first.isupper()
                and _all_capitals(sent.text)
                and _all_capitals(before)
                and not _ENDS_SENTENCE.search(before)
            )
            or (
                _ENDS_CLOCK.search(before) is not None
                and (first.islower() or _TIME_ZONE.match(sent.text.lstrip()) is not None)
            )
            or (first.islower() and _ENDS_LABEL.search(before) is not None)
            or (
                _ENDS_ASKED.search(before) is not None
                and _ATTRIBUTION.match(sent.text) is not None
            )
            or (
                _DATED_HEADING.match(before.strip()) is not None
                and len(before.split()) <= _HEADING_WORDS
            )
            or (
                _ENDS_DASH.search(before) is not None
                and len(before.split()) <= _DATELINE_WORDS + 1  # the dash is a word
            )
        )
        if out and glue:
            out[-1] = (out[-1][0], sent.end_char)
        else:
            out.append((sent.start_char, sent.end_char))
    return [piece for span in out for piece in _split_blank_lines(text, span)]


def _split_blank_lines(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` cut after a headline stuck to the lede across a blank line.

    Only the first line of a paragraph can be a headline, and only one that holds no sentence
    end and does not itself end like one: a double-spaced scan of a typed page also has blank
    lines inside its sentences ("Ann Orr has admitted in || British court filings that ..."),
    never at a headline's place.
    """
    start, end = span
    m = _BLANK_LINE.search(text, start, end) if start == 0 else None
    if m is None:
        return [span]
    head = text[start : m.start()].strip()
    last = head.split()[-1].lower() if head else ""
    after = text[m.end() : m.end() + 2].lstrip("\"'“‘(")
    if (
        len(head.split()) >= 3
        and "\n" not in head
        and not _ENDS_SENTENCE.search(head)
        and _INNER_END.search(head) is None
        and last not in _GOES_ON
        and after[:1].isupper()
    ):
        return [(start, m.start()), (m.end(), end)]
    return [span]


def _all_capitals(text: str) -> bool:
    """Whether ``text`` has capital letters and no lower-case ones ("POLICE SAY | ILSA VORN").

    The parser reads every capitalised word of all-capitals text (a broadcast transcript) as a
    possible sentence start, so there a piece that does not end like a sentence goes on; a
    headline in capitals before a lede in mixed case still stands alone.
    """
    return not any(ch.islower() for ch in text) and any(ch.isupper() for ch in text)


def _starts_dated(text: str) -> bool:
    """Whether a piece opens on a weekday or month name, maybe after an opening quote."""
    return _DAY_OR_MONTH.match(text.lstrip(" \t\n\"'“‘(")) is not None


def _add_sentences(src: Source, p_index: int, doc: object) -> None:
    offset = src.paragraphs[p_index].start
    for s_start, s_end in _spans(doc):
        start, end = offset + s_start, offset + s_end
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
