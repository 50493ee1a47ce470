"""Stage 2, clean: drop site boilerplate and paragraphs repeated inside one article.

Every paragraph ingest found is judged by its shape, its cues and its place on the page. The
cascade, per source:

1. furniture: a line that is a nav bar, a widget, a call to subscribe, a counter, a disclaimer...
   (:func:`synoptic.ingest.cues.boilerplate_kind`), or a paragraph made only of such sentences;
   in a document turned into text (pages split by form feeds), the running header or footer:
   a short line found on most pages, first copy included; an embedded post's signature at the
   end of the line of its words (``... pic.twitter.com/x - Jane Doe (@jd) May 3, 2019``); a
   portrait's caption between two prose paragraphs (``Professor Jane Doe, School of X``);
2. related-article teasers: a ``headline / name / teaser / label`` block, or the headlines under
   a bare ``Related``/``Read more:``/``Most read`` header (rank numbers and question headlines
   included; a blurb only when another list item follows it); the labels under a bare
   ``Topics``/``Related topics`` header; the title line above an embedded video's
   ``01:32 - Source: X`` line; two or more title-case headlines in a row between two prose
   paragraphs with no header (a subhead stands alone; a lone link is not told from one);
   readers' comments: from a ``42 comments``/``Sign in to comment`` header after the article to
   the end, when comment metadata (``2 hours ago``, ``Reply``) follows it or nothing
   article-like does;
3. the foot: walking up from the end, short lines without sentence punctuation, author bios
   (``X is a Lecturer at Y.``, kept in ``removed`` with detail ``author bio`` for later stages),
   disclaimers and calls to act, until the first paragraph of prose (a short line of unknown
   kind is kept but does not end the walk; it goes only when furniture lies right above and
   right below it, like a blog's one-line blurb between its follower count and follow button);
4. the head: walking down from the top, short lines without sentence punctuation (venue lines,
   issue numbers, section names), until the first paragraph of prose, a line introducing what
   follows (``Here is where things stand:``) or a live page's first entry time (``16:49 GMT``:
   the entry's heading under it is content);
   then the rest of a removed sentence cut by a hard wrap (a lower-case line under it);
5. repeats: a paragraph whose word 3-shingles lie mostly inside an earlier paragraph's;
6. the last kept paragraph loses trailing disclaimer / subscribe sentences;
7. in a transcript (most paragraphs open on ``NAME:`` in capitals), the labels of the
   programme's own people go (``KELLY MCEVERS, HOST:``, then ``MCEVERS:``), each kept in
   ``removed`` with detail ``speaker label``; a newsmaker's label stays (whose words they are);
8. a newswire's notes to editors run into a kept paragraph's first or last sentences go
   (``(Eds: Updates with ...) The ...``, ``... from Syria. He has, 3rd graf``), detail
   ``wire note`` (:func:`synoptic.ingest.cues.wire_note`; a note on its own line goes in step 1);
9. a text left with only a few menu-item lines (``News``, ``Sport``) after some of its lines
   went as furniture is a site's menu, not an article: it loses them, and the stage reports
   the source as a problem (``no-text``), as when everything was furniture.

Steps 3 and 4 run only when the article has a prose paragraph, so a text of short lines is never
emptied. Every removal is a :class:`~synoptic.model.Removed` with offsets into
``Source.original``; ``Source.paragraphs`` is narrowed to what is kept.

Calibration: the constants were set on the seed scrapes and the bundled example cluster, where
furniture lines have 1-14 words, bios and disclaimers 8-35 words and prose paragraphs 17 words
or more; a repeated paragraph there shares 0.96 of its shingles with the first copy while a
paraphrase of another paragraph shares 0.46. Each limit has a margin on both sides.

Cost: about 0.1 s for a 60 kB page; a 5 MB text of 25,000 paragraphs (the ingest size limit)
takes seconds, linear in its size (see ``_repeats``).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from synoptic.ingest import cues
from synoptic.model import Brief, Paragraph, Problem, RemovalReason, Removed, Source
from synoptic.stages._base import Context, stage

# A header or footer line: at most this many words, no sentence punctuation.
HEADER_MAX_WORDS = 15
FOOTER_MAX_WORDS = 12
# A teaser paragraph under a related-articles header: at most this many words.
TEASER_MAX_WORDS = 80
# Headlines written as sentences under a related header that runs to the end of the page: at
# most this many (a longer run of short lines may be the article's own list).
RELATED_TAIL_MAX = 8
# A tag under a ``Topics`` header: at most this many words.
TAG_MAX_WORDS = 4
# A comment section's first comment metadata line (time, ``Reply``) comes within this many
# paragraphs of its header.
COMMENT_META_WITHIN = 5
# A bio or disclaimer sentence in the foot: at most this many words.
BIO_MAX_WORDS = 45
# Repeats: word n-gram size, share of a later paragraph's shingles found in an earlier one,
# and the shortest paragraph (in words) judged at all (short lines repeat legitimately).
REPEAT_SHINGLE = 3
REPEAT_CONTAINMENT = 0.8
REPEAT_MIN_WORDS = 6
# A shingle already seen in this many paragraphs is common phrasing, not evidence of a repeat;
# it is no longer indexed (this also bounds the work on a huge text to linear time).
REPEAT_MAX_POSTINGS = 8
# Shingles per paragraph used to find candidate earlier paragraphs (see ``_repeats``).
REPEAT_SKETCH = 8
# A document turned into text with at least this many pages (form feeds) may have a running
# header; a short line on at least this many pages (and half of them) is one.
RUNNING_MIN_PAGES = 3
# A photo gallery: at least this many consecutive lines numbered ``k/N`` with the same N.
GALLERY_MIN_SLIDES = 3
# A transcript: at least this many kept paragraphs, and this share of them, open on a speaker
# label ("MCEVERS: ..."); a news story quoting a few labelled lines has far fewer.
TRANSCRIPT_MIN_LABELS = 3
TRANSCRIPT_SHARE = 0.5
# A removed line of at least this many words that does not end a sentence may go on, in lower
# case, on the next line (a hard-wrapped licence note); a nav item is shorter.
CONTINUED_MIN_WORDS = 6

_NAME = r"(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|bin|al|da|di|le|la)){1,3})"
_BIO = re.compile(
    rf"^{_NAME},?\s+(?:is|was|has been|serves as|works (?:as|at|for|on)|teaches|covers|writes "
    r"(?:about|on|for)|reports (?:on|for|from)|joined|holds|specialises|specializes)\b"
)
_BIO_ROLE = re.compile(
    r"\b(professor|lecturer|fellow|researcher|research|correspondent|reporter|editor|journalist|"
    r"columnist|analyst|contributor|writer|author|scholar|student|candidate|economist|"
    r"covers|writes|reports|teaches|joined|specialis|specializ)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(he|she|they|his|her|their)\b", re.IGNORECASE)
_SOCIAL = re.compile(
    r"^(follow|find|contact|reach|email|e-mail)\s+(him|her|them|us|me)\b", re.IGNORECASE
)
# The author's plugs after a bio or a call to follow them, said to the reader ("To keep up
# with X, sign up for the Y newsletter, delivered to your inbox", "You can also check out
# "Z," my book about ..."): the sentence may quote a title or run long, so only there.
_PLUGGED = ("author bio", "stay informed", "subscribe", "contact")
_PLUG = re.compile(
    r"\b(sign up|subscribe|check out|newsletter|my (new |latest |recent )?(book|podcast|blog))\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(you|your)\b", re.IGNORECASE)
_DISCLAIMER_MORE = re.compile(
    r"\b(views?|opinions?|comments|moderated|responsib\w*|endorse\w*|reflect\w*|editors?|risks?|"
    r"uncertaint\w*|differ materially)\b",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True)
class _Para:
    index: int
    start: int
    end: int
    text: str


class _Sentence(NamedTuple):
    start: int
    end: int
    text: str


class _Part(NamedTuple):
    """A removed stretch of a paragraph and why."""

    start: int
    end: int
    detail: str


class _Trim(NamedTuple):
    """A kept paragraph narrowed to ``start:end``, and what was cut from it."""

    start: int
    end: int
    removed: list[Removed]


class _Verdicts:
    """Removals decided so far: whole paragraphs by index, and trims of kept ones."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.gone: dict[int, list[Removed]] = {}
        self.trimmed: dict[int, _Trim] = {}

    def remove(self, para: _Para, reason: RemovalReason, detail: str) -> None:
        self.gone[para.index] = [self.cut(para.start, para.end, reason, detail)]

    def remove_parts(self, para: _Para, parts: list[_Part]) -> None:
        self.gone[para.index] = [self.cut(s, e, "boilerplate", d) for s, e, d in parts]

    def cut(self, start: int, end: int, reason: RemovalReason, detail: str) -> Removed:
        text = self.source.original[start:end]
        return Removed(text=text, reason=reason, start=start, end=end, detail=detail)

    def detail(self, para: _Para) -> str | None:
        cuts = self.gone.get(para.index)
        return cuts[0].detail if cuts else None


# -- 1. furniture -----------------------------------------------------------------------------


def _sentences(para: _Para) -> list[_Sentence]:
    spans = cues.sentence_spans(para.text)
    return [_Sentence(para.start + s, para.start + e, para.text[s:e]) for s, e in spans]


def _merge(parts: list[_Part]) -> list[_Part]:
    merged: list[_Part] = []
    for start, end, detail in parts:
        if merged and merged[-1][2] == detail:
            merged[-1] = _Part(merged[-1].start, end, detail)
        else:
            merged.append(_Part(start, end, detail))
    return merged


def _fact_figure(paras: list[_Para], i: int) -> bool:
    """A bare number that is a fact box's figure, not a counter: the line under it goes on in
    lower case ("38,000" / "homes without power") or the line above labels it ("Evacuated:")."""
    nxt = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    above = paras[i - 1].text.strip() if i > 0 else ""
    return nxt[:1].islower() or (above.endswith(":") and len(cues.words(above)) <= 4)


def set_in_capitals(paras: list[_Para]) -> bool:
    """Whether the article itself is set in capitals (an old wire feed, a teleprinter copy):
    it has a long shouted paragraph and no long paragraph with a lower-case letter. Its
    paragraphs are then the article, not a newscast's captions pasted over one."""
    long = [p.text for p in paras if len(cues.words(p.text)) > cues.SHORT_LINE_WORDS]
    return bool(long) and not any(any(c.islower() for c in text) for text in long)


def _furniture(paras: list[_Para], verdicts: _Verdicts) -> None:
    capitals = set_in_capitals(paras)
    for i, para in enumerate(paras):
        if kind := cues.boilerplate_kind(para.text):
            if kind == "broadcast transcript" and capitals:
                continue
            if kind != "counter" or not _fact_figure(paras, i):
                verdicts.remove(para, "boilerplate", kind)
            continue
        parts: list[_Part] = []
        for start, end, text in _sentences(para):
            kind = cues.sentence_kind(text) or cues.boilerplate_kind(text)
            if kind is None:
                break
            parts.append(_Part(start, end, kind))
        else:
            if len(parts) > 1:
                verdicts.remove_parts(para, _merge(parts))


# "Professor Jane Doe, School of Earth Sciences": a portrait's caption (a name, a comma, the
# person's institution), standing alone between two paragraphs of prose.
_PORTRAIT = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|sir|dame)\.?\s+)?(?P<name>[^,]{3,60}),\s+"
    r"(?P<place>[^,.;:!?]*\b(?:university|school|faculty|department|institute|college|centre|"
    r"center|laboratory)\b[^,.;:!?]*)$",
    re.IGNORECASE,
)


def _portraits(paras: list[_Para], verdicts: _Verdicts) -> None:
    seq = _kept(paras, verdicts)
    for i in range(1, len(seq) - 1):
        match = _PORTRAIT.match(" ".join(seq[i].text.split()))
        if (
            match is not None
            and cues.person_name(match.group("name")) is not None
            and len(cues.words(match.group("place"))) <= cues.SHORT_LINE_WORDS
            and cues.is_body(seq[i - 1].text)
            and cues.is_body(seq[i + 1].text)
        ):
            verdicts.remove(seq[i], "boilerplate", "photo caption")


# A pull quote: words of a quote from elsewhere in the article set large between paragraphs,
# the speaker's name and role run on after the last word with no stop between ("... it is not
# a planet Prof Jane Doe, Lake University"). Prose ends its sentence before a name; a quote in
# prose closes its quotation marks.
_PULL_QUOTE = re.compile(
    r"^(?P<quote>[^\"“”]{30,}[a-z0-9'’)])\s+"
    r"(?P<name>(?:(?i:dr|prof|professor|mr|mrs|ms|sir|dame|lord)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?P<role>[^.!?;:\"“”]{2,80})$"
)
# Share of a pull quote's word trigrams found in one other paragraph: the quote is repeated
# there (in full or cut), so removing the box loses no words of the article.
PULL_QUOTE_SHARED = 0.5


def _pull_quotes(paras: list[_Para], verdicts: _Verdicts) -> None:
    seq = _kept(paras, verdicts)
    for para in seq:
        match = _PULL_QUOTE.match(" ".join(para.text.split()))
        if match is None:
            continue
        surname = match.group("name").split()[-1]
        grams = _shingles(match.group("quote"))
        others = [p.text for p in seq if p.index != para.index]
        if any(surname in text for text in others) and any(
            len(grams & _shingles(text)) >= PULL_QUOTE_SHARED * len(grams) for text in others
        ):
            verdicts.remove(para, "boilerplate", "pull quote")


def _date_lines(paras: list[_Para], verdicts: _Verdicts) -> None:
    for para in _kept(paras, verdicts):
        if cues.DATE_LINE.match(" ".join(para.text.split())):
            verdicts.remove(para, "boilerplate", "date line")


# A review's box of facts about the work ("Starring: A, B", "Director: C", "Running time: 2
# hours", "Rating: PG-13 for ...", "* * (out of four)"): labelled lines, not the review's prose.
_INFO_LINE = re.compile(
    r"^((stars|starring|cast|director|directed by|writers?|written by|screenplay|producers?|"
    r"distributor|studio|rating|rated|mpaa rating|running time|runtime|genre|release date)"
    r"\s*:\s*[^:]{1,200}|(\*\s*){1,5}(½|1/2)?\s*\(out of (four|five|4|5)( stars)?\))$",
    re.IGNORECASE,
)
INFO_BOX_MIN = 2  # labelled lines in a row: one alone may be a caption or a Q&A's label


def _info_boxes(paras: list[_Para], verdicts: _Verdicts) -> None:
    seq = _kept(paras, verdicts)
    i = 0
    while i < len(seq):
        j = i
        while j < len(seq) and _INFO_LINE.match(" ".join(seq[j].text.split())):
            j += 1
        if j - i >= INFO_BOX_MIN:
            for para in seq[i:j]:
                verdicts.remove(para, "boilerplate", "info box")
        i = max(j, i + 1)


# What is cut from the end of a kept line, the line's words kept: an embedded post's
# signature, a wiki's "[ edit ]" link after a section head.
_TAILS = ((cues.EMBED_SIGNATURE, "social embed"), (cues.WIKI_EDIT_LINK, "wiki edit link"))


def _signatures(paras: list[_Para], verdicts: _Verdicts) -> None:
    """An embedded post's signature on the line of the post's words ("We stand with X.
    pic.twitter.com/abc - Jane Doe (@janedoe) May 3, 2019") is cut; the words are kept, as
    when the signature has a line of its own (:func:`cues.boilerplate_kind` removes those).
    So is a wiki's "[ edit ]" link after a section head ("History [ edit ]")."""
    for para in _kept(paras, verdicts):
        for pattern, detail in _TAILS:
            match = pattern.search(para.text)
            words_end = len(para.text[: match.start()].rstrip()) if match else 0
            if match is None or words_end == 0:
                continue
            cut = verdicts.cut(para.start + match.start(), para.end, "boilerplate", detail)
            verdicts.trimmed[para.index] = _Trim(para.start, para.start + words_end, [cut])
            break


def _running_lines(paras: list[_Para], verdicts: _Verdicts) -> None:
    """The running header and footer of a document turned into text (pages split by form
    feeds): a short line without sentence punctuation found on most pages, first copy included
    (a title, a security marking such as ``OFFICIAL``)."""
    original = verdicts.source.original
    pages = original.split("\f")
    if len(pages) < RUNNING_MIN_PAGES:
        return
    on_pages: dict[str, int] = defaultdict(int)
    for page in pages:
        for line in {_unnumbered(x) for x in page.splitlines() if x.strip()}:
            on_pages[line] += 1
    for para in paras:
        line = _unnumbered(para.text)
        if (
            para.index not in verdicts.gone
            and on_pages[line] >= max(RUNNING_MIN_PAGES, len(pages) // 2)
            and cues.is_short_fragment(line, HEADER_MAX_WORDS)
        ):
            verdicts.remove(para, "boilerplate", "running header")


def _unnumbered(line: str) -> str:
    """A running header without the page number it often carries ("Title        3")."""
    return re.sub(r"^\d{1,4}\s{2,}|\s{2,}\d{1,4}$", "", line.strip()) or line.strip()


def _continuations(paras: list[_Para], verdicts: _Verdicts) -> None:
    """The rest of a removed sentence cut by a hard wrap ("This document may be reproduced in
    any" / "format provided that..."): it starts in lower case right under the removed part."""
    for para, nxt in itertools.pairwise(paras):
        cuts = verdicts.gone.get(para.index)
        if (
            cuts
            and cuts[-1].reason == "boilerplate"
            and nxt.index not in verdicts.gone
            and len(cues.words(para.text)) >= CONTINUED_MIN_WORDS
            and not cues.ends_sentence(para.text)
            and nxt.text[:1].islower()
            and len(cues.words(nxt.text)) <= cues.SHORT_LINE_WORDS
        ):
            verdicts.remove(nxt, "boilerplate", cuts[-1].detail)


# -- 2. related-article teasers ---------------------------------------------------------------


def _kept(paras: list[_Para], verdicts: _Verdicts) -> list[_Para]:
    return [p for p in paras if p.index not in verdicts.gone]


def _teaser_start(seq: list[_Para], i: int) -> bool:
    if i + 2 >= len(seq):
        return False
    head, name = seq[i].text, seq[i + 1].text
    return (
        cues.is_headline(head)
        and not head.rstrip().endswith(":")  # "... or by mail to:" introduces an address
        and cues.person_name(head) is None
        and cues.person_name(name) is not None
        and not cues.is_body(head)
    )


def _is_label(text: str) -> bool:
    return cues.is_label(text) and cues.person_name(text) is None


def _ends_list(seq: list[_Para], i: int) -> bool:
    """Whether a run of teasers may end before ``seq[i]``: at the end, or before anything but
    article prose (a chained block's third line is then a blurb, not the article's opening)."""
    return i >= len(seq) or not cues.is_body(seq[i].text)


def _teasers(paras: list[_Para], verdicts: _Verdicts) -> None:
    seq = _kept(paras, verdicts)
    i, chained = 0, False
    while i < len(seq):
        if not _teaser_start(seq, i):
            i, chained = i + 1, False
            continue
        block = seq[i : i + 3]
        labelled = i + 3 < len(seq) and _is_label(seq[i + 3].text)
        if labelled:
            block.append(seq[i + 3])
        if labelled or _teaser_start(seq, i + 3) or (chained and _ends_list(seq, i + 3)):
            for para in block:
                verdicts.remove(para, "boilerplate", "related teaser")
            i, chained = i + len(block), True
        else:
            i += 1


def _related_header(para: _Para, verdicts: _Verdicts) -> bool:
    """``Related stories``, ``Most read``, ``Read more:``: a header over a list of links (a
    colon only at its end; ``Read more: <headline>`` is a link on its own)."""
    return (
        verdicts.detail(para) == "related link"
        and ":" not in para.text.rstrip().rstrip(":")
        and len(cues.words(para.text)) <= 5
        and not _READ_MORE_ABOUT.match(para.text)
    )


# "Read more about X" is one link, not a header: the lines under it may be the article's
# subheads ("Who could be behind it?").
_READ_MORE_ABOUT = re.compile(r"^read more (about|on|from)\s", re.IGNORECASE)


def _list_item(text: str) -> bool:
    """A link in a list: a title (maybe a question: ``Why are X? A grower explains``), a short
    line (outlet, author, date, ``Published``) or a bare rank number."""
    n_words = len(cues.words(text))
    title_like = (
        n_words <= cues.HEADLINE_MAX_WORDS
        and not cues.ends_sentence(text.rstrip("?!"))
        and text.strip().lstrip("\"'“‘(")[:1].isupper()
        and not cues.reports_speech(text.replace("'", "").replace("’", ""))
    )
    return (
        cues.is_headline(text)
        or cues.is_short_fragment(text)
        or title_like
        or text.strip().rstrip(".").isdigit()
        or cues.boilerplate_kind(text) is not None
    )


def _teaser(seq: list[_Para], i: int, prev_headline: bool) -> bool:
    """A blurb under a linked headline: only when a list item or the end follows it, so an
    article paragraph after an inline ``Related`` header is never taken for one."""
    if not prev_headline or len(cues.words(seq[i].text)) > TEASER_MAX_WORDS:
        return False
    return i + 1 >= len(seq) or _list_item(seq[i + 1].text)


def _related_blocks(paras: list[_Para], verdicts: _Verdicts) -> None:
    in_block, prev_headline = False, False
    seq = [
        p
        for p in paras
        if p.index not in verdicts.gone
        or _related_header(p, verdicts)
        or verdicts.detail(p) == "counter"  # a rank in a "Most read" list is a teaser's
    ]
    for i, para in enumerate(seq):
        if _related_header(para, verdicts):
            in_block, prev_headline = True, False
            continue
        if not in_block:
            continue
        text = para.text
        if text.strip().rstrip(".").isdigit():  # a rank in a "Most read" list
            verdicts.remove(para, "boilerplate", "related teaser")
            continue
        headline = _list_item(text) and not cues.is_body(text)
        if not (headline or _teaser(seq, i, prev_headline)):
            if _links_to_end(seq[i:], verdicts):
                for link in seq[i:]:
                    if link.index not in verdicts.gone:
                        verdicts.remove(link, "boilerplate", "related teaser")
                return
            in_block = False
            continue
        verdicts.remove(para, "boilerplate", "related teaser")
        prev_headline = headline


def _links_to_end(rest: list[_Para], verdicts: _Verdicts) -> bool:
    """Whether the lines left under a related header, to the end of the page, are all short
    links: headlines written as sentences ("X is back. Y is not.") or quoting ("X, experts
    say"); a sentence that reports speech ("'We will see,' she said.") is the article's."""
    left = [p for p in rest if p.index not in verdicts.gone]
    return 0 < len(left) <= RELATED_TAIL_MAX and all(
        len(cues.words(p.text)) <= cues.HEADLINE_MAX_WORDS
        and not (cues.ends_sentence(p.text) and cues.reports_speech(p.text))
        for p in left
    )


def _tag_header(para: _Para, verdicts: _Verdicts) -> bool:
    text = para.text.rstrip()
    return verdicts.detail(para) == "category" and (text.endswith(":") or ":" not in text)


def _tag_blocks(paras: list[_Para], verdicts: _Verdicts) -> None:
    """The labels under a bare ``Topics:`` / ``Related topics`` header (1-4 words each)."""
    in_block = False
    for para in paras:
        if _tag_header(para, verdicts):
            in_block = True
            continue
        if not in_block or para.index in verdicts.gone:
            continue
        if len(cues.words(para.text)) <= TAG_MAX_WORDS and cues.is_short_fragment(para.text):
            verdicts.remove(para, "boilerplate", "category")
        else:
            in_block = False


def _video_titles(paras: list[_Para], verdicts: _Verdicts) -> None:
    """The title of an embedded video: a headline right above its ``01:32 - Source: X`` line."""
    seq = _kept(paras, verdicts)
    for para in paras:
        if verdicts.detail(para) != "video" or not re.match(r"^\d{1,2}:\d{2}", para.text):
            continue
        before = [p for p in seq if p.index < para.index]
        if before and before[-1].index == para.index - 1 and cues.is_headline(before[-1].text):
            verdicts.remove(before[-1], "boilerplate", "video caption")


# A photo gallery's slide: "7/18 On the economy “...” Agency/Jane Doe" (slide 7 of 18).
_SLIDE = re.compile(r"^(\d{1,3})/(\d{1,3})\s+\S")


def _galleries(paras: list[_Para], verdicts: _Verdicts) -> None:
    """A photo gallery's slides and its title: a run of at least GALLERY_MIN_SLIDES kept lines
    numbered ``k/N`` with the same N (one ``9/11`` opening a sentence is no run), and the short
    title line right above a gallery header (``18 show all ...``)."""
    seq = _kept(paras, verdicts)
    run: list[_Para] = []
    total = ""
    for para in [*seq, None]:
        match = _SLIDE.match(para.text) if para else None
        if match and int(match[1]) <= int(match[2]) and (not run or match[2] == total):
            run.append(para)  # type: ignore[arg-type]
            total = match[2]
            continue
        if len(run) >= GALLERY_MIN_SLIDES:
            for slide in run:
                verdicts.remove(slide, "boilerplate", "gallery")
        run = [para] if match and para else []
        total = match[2] if match else ""
    for para in paras:
        if verdicts.detail(para) != "gallery" or _SLIDE.match(para.text):
            continue
        above = [p for p in seq if p.index == para.index - 1]
        if above and _title_line(above[0].text):
            verdicts.remove(above[0], "boilerplate", "gallery")


def _inline_links(paras: list[_Para], verdicts: _Verdicts) -> None:
    """Headlines of other stories set between the article's paragraphs with no header: two
    title-case lines or more in a row, prose right above and right below. A subhead stands
    alone over the prose that develops it; a run after a line ending in a colon, or one that
    opens a numbered list the article goes on with, is the article's own list. A lone headline
    is left: its shape does not tell it from a subhead."""
    seq = _kept(paras, verdicts)
    i = 1
    while i < len(seq):
        j = i
        while j < len(seq) and _title_line(seq[j].text) and _title_cased(seq[j].text):
            j += 1
        before = seq[i - 1].text
        if (
            j - i >= INLINE_LINKS_MIN
            and j < len(seq)
            and cues.is_body(before)
            and not before.rstrip().endswith(":")
            and cues.is_body(seq[j].text)
            and not _opens_numbered_list(seq, i, j)
        ):
            for para in seq[i:j]:
                verdicts.remove(para, "boilerplate", "related teaser")
        i = max(j, i + 1)


INLINE_LINKS_MIN = 2  # title-case lines in a row between prose paragraphs: a list of links
# An item's number opening a line: "1. Jane Doe", "2) The harbour".
_RANK = re.compile(r"^\s*(\d{1,2})[.)]\s*\S")


def _opens_numbered_list(seq: list[_Para], i: int, j: int) -> bool:
    """Whether the run ``seq[i:j]`` holds item n of a numbered list whose item n + 1 comes
    further down, past the prose under the run ("My ten best ferries", "1. The Marisol", its
    blurb, "2. The Tollby"): the article's own list with its header. A list of links to other
    stories numbers its lines one right under the other."""
    for para in seq[i:j]:
        if (match := _RANK.match(para.text)) is not None:
            following = str(int(match[1]) + 1)
            return any(
                (item := _RANK.match(p.text)) is not None and item[1] == following
                for p in seq[j + 1 :]
            )
    return False


def _title_cased(text: str) -> bool:
    return cues.title_case([t for t in cues.words(text) if any(c.isalpha() for c in t)])


def _title_line(text: str) -> bool:
    """A headline that neither ends like a sentence nor quotes anyone (``He added: "..."``
    ends on a quote mark, which ``cues.is_headline`` lets through)."""
    return cues.is_headline(text) and not cues.ends_sentence(text) and not cues.reports_speech(text)


def _bare_line(text: str, max_words: int) -> bool:
    """A short line without sentence punctuation that quotes no one: page furniture."""
    return cues.is_short_fragment(text, max_words) and not cues.reports_speech(text)


# -- comment sections -------------------------------------------------------------------------

_COMMENT_HEADER = re.compile(
    r"^((\d[\d,.]*k?\s+)?comments?(\s*\(\d[\d,]*\))?|(sign|log) ?in (to|or create .{0,40} to) "
    r"(comment|join the (discussion|conversation)).*|join the (discussion|conversation)|"
    r"(leave|post|add|write) a (comment|reply)|show( all)? comments|view( all)? comments|"
    r"(\d+ )?responses?(\s*\(\d[\d,]*\))?|have your say|discussion about this (post|article|story)|"
    # a forum post's action bar under the first post: the replies follow
    r"reply with quote|"
    r"comments are (closed|open)|reader comments)\W*$",
    re.IGNORECASE,
)
_COMMENT_META = re.compile(
    r"^((\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+"
    r"ago|\d{1,2}\s?[smhdw]|reply|replies|report|flag|like|upvote|downvote|recommend|"
    r"sort by\b.*|load more comments|show more replies|(newest|oldest|best|top) first|"
    r"write a (comment|response|reply)\b.*|what are your thoughts|"
    # a comment's date: "Feb 13", "16 Feb 2025"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(,? \d{4})?|"
    r"\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?( \d{4})?)\W*$",
    re.IGNORECASE,
)


def _comment_section(seq: list[_Para], start: int) -> bool:
    """Whether the header at ``seq[start]`` opens readers' comments: the first comment's
    metadata (a time, ``Reply``) follows within a few lines and no article paragraph comes
    before it, or nothing article-like follows the header at all."""
    rest = seq[start + 1 :]
    for para in rest[:COMMENT_META_WITHIN]:
        if _COMMENT_META.match(para.text.strip()):
            return True
        if cues.is_body(para.text):
            break
    return not any(cues.is_body(p.text) and cues.furniture_kind(p.text) is None for p in rest)


def _comments(paras: list[_Para], verdicts: _Verdicts) -> None:
    """Readers' comments (``42 comments`` / ``Sign in to comment`` / a name, a time, a text,
    ``Reply``) after the article: from the header to the end. They read like prose, so only
    their header and metadata lines show where they start; the article must come first."""
    seq = paras  # the header itself is usually furniture already ("42 comments")
    body_before = 0
    for i, para in enumerate(seq):
        if cues.is_body(para.text) and para.index not in verdicts.gone:
            body_before += 1
        if body_before and _COMMENT_HEADER.match(para.text.strip()) and _comment_section(seq, i):
            for later in seq[i:]:  # furniture inside keeps its own detail
                if later.index not in verdicts.gone:
                    verdicts.remove(later, "boilerplate", "comments")
            return


# -- 3. the foot ------------------------------------------------------------------------------


def _bio_sentence(text: str, author: str | None) -> bool:
    match = _BIO.match(text)
    if match is None or len(cues.words(text)) > BIO_MAX_WORDS:
        return False
    if cues.person_name(match.group("name")) is None:
        return False
    if author:  # a known author: only their own bio is a footer, anyone else is content
        return any(part in author.split() for part in match.group("name").split() if len(part) > 2)
    return bool(_BIO_ROLE.search(text))


def _foot_kind(text: str, previous: str | None, author: str | None) -> str | None:
    if _bio_sentence(text, author):
        return "author bio"
    if previous == "author bio" and (_PRONOUN.match(text) or _SOCIAL.match(text)):
        return "author bio"
    if previous == "disclaimer" and _DISCLAIMER_MORE.search(text):
        return "disclaimer"
    if previous in _PLUGGED and _PLUG.search(text) and _READER.search(text):
        return "subscribe"  # after a bio or a social call: "... sign up for our newsletter"
    return cues.sentence_kind(text) or cues.boilerplate_kind(text)


def _foot_parts(para: _Para, author: str | None) -> list[_Part] | None:
    parts: list[_Part] = []
    previous: str | None = None
    for start, end, text in _sentences(para):
        kind = _foot_kind(text, previous, author)
        if kind is None or len(cues.words(text)) > BIO_MAX_WORDS:
            return None
        parts.append(_Part(start, end, kind))
        previous = kind
    return _merge(parts) or None


def _foot(paras: list[_Para], verdicts: _Verdicts, author: str | None) -> None:
    unknown: list[_Para] = []
    for para in reversed(paras):
        if para.index in verdicts.gone:
            continue
        if _bare_line(para.text, FOOTER_MAX_WORDS):
            verdicts.remove(para, "boilerplate", "footer line")
            continue
        parts = _foot_parts(para, author)
        if parts is not None:
            verdicts.remove_parts(para, parts)
        elif _introduces(para.text):
            # "... can be sent by post to:": the short lines under it (an address, a list) are
            # what it introduces, not a footer.
            for below in paras[para.index + 1 :]:
                if below.index not in verdicts.gone:
                    continue  # a short line of unknown kind ("P.O. Box 7") was kept anyway
                if verdicts.detail(below) != "footer line":
                    break
                del verdicts.gone[below.index]
            break
        elif cues.is_body(para.text):
            break
        else:
            # A short line of unknown kind ("All prices in euros.") is kept, but does not end
            # the foot: site furniture above it is still furniture.
            unknown.append(para)
    _sandwiched(paras, verdicts, unknown)


def _sandwiched(paras: list[_Para], verdicts: _Verdicts, unknown: list[_Para]) -> None:
    """A short line of the foot with site furniture right above and right below it is part of
    that furniture (a blog's one-line blurb under its name, an author's one-line bio between
    the follower count and the follow button); one right under the article is kept."""
    for para in unknown:
        i = para.index
        if 0 < i < len(paras) - 1 and i - 1 in verdicts.gone and i + 1 in verdicts.gone:
            verdicts.remove(para, "boilerplate", "footer line")


# -- 4. the head ------------------------------------------------------------------------------


# A live page's entry opens with its time ("16:49 GMT", "10.32am"): what follows is content.
_ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*(\(?[A-Z]{2,5}\)?)?$", re.I)
# A line that introduces what follows ("Here is where things stand:") is the article's.
INTRO_MIN_WORDS = 6


def _introduces(text: str) -> bool:
    return text.rstrip().endswith(":") and len(cues.words(text)) >= INTRO_MIN_WORDS


# A box of a story's highlights over the text ("Story highlights <first point>", the points
# below it one a line, without stops): its lines sum the story up and may say who said so ("...,
# the company says"), which would stop the walk over a header's lines.
_HIGHLIGHTS = re.compile(r"^(story highlights|highlights|key points)\b", re.IGNORECASE)


def _head(paras: list[_Para], verdicts: _Verdicts) -> None:
    seq = _kept(paras, verdicts)
    title = _normal(verdicts.source.title or "")
    highlights = any(
        r.detail == "metadata: title" and _HIGHLIGHTS.match(r.text)
        for r in verdicts.source.removed
    )
    for i, para in enumerate(seq):
        nxt = seq[i + 1].text if i + 1 < len(seq) else ""
        if title and _normal(para.text) == title and any(
            r.detail == "metadata: title" and r.start > para.start
            for r in verdicts.source.removed
        ):
            # Another copy of the title above the one the metadata reader took (a share card
            # repeats it, and a question mark would stop the walk): it is the page's, not prose.
            verdicts.remove(para, "boilerplate", "header line")
            continue
        # A line cut mid-sentence goes on in lower case ("...said the" / "mayor on Monday");
        # a one-word nav item such as "iPlayer" does not continue anything.
        continued = nxt[:1].islower() and len(cues.words(nxt)) > 3
        bare = (
            cues.is_short_fragment(para.text, HEADER_MAX_WORDS)
            if highlights
            else _bare_line(para.text, HEADER_MAX_WORDS)
        )
        if continued or _introduces(para.text) or not bare:
            return
        if _ENTRY_TIME.match(para.text.strip()):
            verdicts.remove(para, "boilerplate", "timestamp")
            return  # the first entry of a live page: its heading is content
        verdicts.remove(para, "boilerplate", "header line")


def _normal(text: str) -> str:
    return " ".join(cues.words(text)).lower()


# -- 5. repeats -------------------------------------------------------------------------------


def _shingles(text: str) -> set[int]:
    """Word n-grams of ``text`` as stable 32-bit hashes (not ``hash()``: that is salted)."""
    tokens = [w.lower().replace("’", "'") for w in cues.words(text)]
    n = REPEAT_SHINGLE
    grams = [" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def _repeats(paras: list[_Para], verdicts: _Verdicts) -> None:
    """Mark paragraphs whose shingles lie mostly inside an earlier kept paragraph's.

    Candidates are the earlier paragraphs sharing one of the paragraph's
    :data:`REPEAT_SKETCH` lowest shingle hashes (a bottom-k sketch: a true repeat shares at
    least one of them with near certainty); each candidate is then checked exactly.
    """
    index: dict[int, list[int]] = defaultdict(list)
    seen: dict[int, tuple[_Para, set[int]]] = {}
    for para in _kept(paras, verdicts):
        if len(cues.words(para.text)) < REPEAT_MIN_WORDS:
            continue
        grams = _shingles(para.text)
        needed = REPEAT_CONTAINMENT * len(grams)
        sketch = sorted(grams)[:REPEAT_SKETCH]
        candidates = sorted({c for g in sketch for c in index.get(g, ())})
        first = next((seen[c][0] for c in candidates if len(grams & seen[c][1]) >= needed), None)
        if first is not None:
            verdicts.remove(para, "repeated", f"repeats the paragraph at offset {first.start}")
            continue
        seen[para.index] = (para, grams)
        for gram in grams:
            postings = index[gram]
            if len(postings) < REPEAT_MAX_POSTINGS:
                postings.append(para.index)


# -- 6. trailing sentences of any paragraph and of the last one ------------------------------

# What a page appends to a paragraph of the article ("... arrived on Monday. Read the latest news
# about the strike here.", "... stole 40 phones. See video."): a pointer or a call to follow or
# write, or to answer in the comments ("... the new models. Let us know your favorite!"), set
# after the paragraph's report. Only these kinds are cut from inside the article; the last
# paragraph's tail is read more widely (see ``_trim_tail``).
_POINTER_KINDS = frozenset({"related link", "subscribe", "stay informed", "contact", "comments"})


def _pointer_tails(paras: list[_Para], verdicts: _Verdicts) -> None:
    author = verdicts.source.author
    for para in _kept(paras, verdicts)[:-1]:
        if para.index in verdicts.trimmed:
            continue
        sentences = _sentences(para)
        cut: list[_Part] = []
        while len(sentences) > 1 and (kind := cues.sentence_kind(sentences[-1].text)) in (
            _POINTER_KINDS
        ):
            start, end, _ = sentences.pop()
            cut.insert(0, _Part(start, end, str(kind)))
        if cut and len(sentences) == 1 and _bio_sentence(sentences[0].text, author):
            # "X is a staff writer at Y. Reach her at ... Follow her on ...": a staff writer's
            # box set above an editor's note or an update, where the foot's walk never reaches
            # it; the calls to reach the writer show the one sentence left is that box's bio.
            first = sentences[0]
            verdicts.remove_parts(para, [_Part(first.start, first.end, "author bio"),
                                         *_merge(cut)])
        elif cut:
            removed = [verdicts.cut(s, e, "boilerplate", d) for s, e, d in _merge(cut)]
            verdicts.trimmed[para.index] = _Trim(para.start, sentences[-1].end, removed)


# -- 6. trailing sentences of the last paragraph ----------------------------------------------


def _trim_tail(paras: list[_Para], verdicts: _Verdicts) -> None:
    kept = _kept(paras, verdicts)
    if not kept:
        return
    para = kept[-1]
    if para.index in verdicts.trimmed:
        return  # already cut at its end (an embedded post's signature)
    sentences = _sentences(para)
    cut: list[_Part] = []
    while len(sentences) > 1 and (kind := cues.sentence_kind(sentences[-1].text)):
        start, end, _ = sentences.pop()
        cut.insert(0, _Part(start, end, kind))
    if cut:
        removed = [verdicts.cut(s, e, "boilerplate", d) for s, e, d in _merge(cut)]
        verdicts.trimmed[para.index] = _Trim(para.start, sentences[-1].end, removed)


# -- 7. a transcript's speaker labels ---------------------------------------------------------

# A radio or TV transcript's speaker label: a name in capitals, maybe a role after a comma, and
# a colon ("MCEVERS:", "KELLY MCEVERS, HOST:"). Its first word has three letters or more, so an
# interview's "Q:" or initials ("WP:") are not taken for one.
_SPEAKER_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3})(?:, (?P<role>[A-Z][A-Z .'’-]{1,30}))?:"
    r"(?:\s+|$)"
)
# The programme's own people, named so in their first label ("KELLY MCEVERS, HOST:").
_STAFF_ROLE = re.compile(r"\b(HOST|CO-HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|PRESENTER)\b")


def _speaker_labels(paras: list[_Para], verdicts: _Verdicts) -> None:
    """A transcript (at least TRANSCRIPT_MIN_LABELS kept paragraphs, and TRANSCRIPT_SHARE of
    them, open on a speaker label) loses the labels of its own people, the host and reporters
    (``KELLY MCEVERS, HOST:``, then ``MCEVERS:``): ``MCEVERS: That's ...`` keeps ``That's
    ...``, a label on its own line goes. A newsmaker's label (``SENATOR JANE DOE:``) stays: it
    says whose words follow. Each label cut is kept in ``removed`` (detail ``speaker label``)
    right before the words it introduces, for a later stage to name the speaker. An article
    quoting a few labelled lines ("TRUMP: ...", "THE FACTS: ...") keeps them all."""
    kept = _kept(paras, verdicts)
    labelled = [(p, m) for p in kept if (m := _SPEAKER_LABEL.match(p.text))]
    if len(labelled) < TRANSCRIPT_MIN_LABELS or len(labelled) < TRANSCRIPT_SHARE * len(kept):
        return
    staff = {
        word
        for _, m in labelled
        if m["role"] and _STAFF_ROLE.search(m["role"])
        for word in m["name"].split()
    }
    for para, match in labelled:
        if not set(match["name"].split()) <= staff:
            continue
        trim = verdicts.trimmed.get(para.index)
        end = trim.end if trim else para.end
        words_start = para.start + match.end()
        if words_start >= end:
            verdicts.remove(para, "boilerplate", "speaker label")
            continue
        label_end = para.start + len(match.group(0).rstrip())
        cut = verdicts.cut(para.start, label_end, "boilerplate", "speaker label")
        later = trim.removed if trim else []  # an embedded post's signature cut at its end
        verdicts.trimmed[para.index] = _Trim(words_start, end, [cut, *later])


# -- 8. a newswire's notes to editors run into a paragraph -----------------------------------


def _wire_notes(paras: list[_Para], verdicts: _Verdicts) -> None:
    """A newswire's notes to editors (:func:`cues.wire_note`) opening or ending a kept
    paragraph are cut, the story's words kept: a wire story without paragraph marks is one
    line, and its notes run into it ("(Eds: Updates with ...) The ferry ...", "... from Syria.
    He has, 3rd graf"). A note alone on its line is furniture already (step 1)."""
    for para in _kept(paras, verdicts):
        trim = verdicts.trimmed.get(para.index)
        start, end = (trim.start, trim.end) if trim else (para.start, para.end)
        cut = list(trim.removed) if trim else []
        text = verdicts.source.original[start:end]
        eds = cues.EDS_NOTE.match(text)
        if eds and eds.group(0).startswith("(") and text[eds.end() :].strip():
            # "(Eds: ...)" ends on its bracket, not on a sentence end
            cut.append(verdicts.cut(start, start + eds.end(), "boilerplate", "wire note"))
            start += len(text) - len(text[eds.end() :].lstrip())
        sentences = _sentences(_Para(para.index, start, end, verdicts.source.original[start:end]))
        while len(sentences) > 1 and cues.wire_note(sentences[0].text):
            head = sentences.pop(0)
            cut.append(verdicts.cut(head.start, head.end, "boilerplate", "wire note"))
            start = sentences[0].start
        while len(sentences) > 1 and cues.wire_note(sentences[-1].text):
            tail = sentences.pop()
            cut.append(verdicts.cut(tail.start, tail.end, "boilerplate", "wire note"))
            end = sentences[-1].end
        if len(cut) > (len(trim.removed) if trim else 0):
            verdicts.trimmed[para.index] = _Trim(start, end, sorted(cut, key=lambda r: r.start))


# -- 9. a page of menu lines only ---------------------------------------------------------------


def _menu_only(paras: list[_Para], verdicts: _Verdicts) -> None:
    """A text that is a site's menu and nothing else ("Home", "News", "Sport", "Weather",
    "Subscribe"): some of its lines were furniture, and what is left is a few lines each of a
    menu item's length (:data:`cues.NAV_ITEM_WORDS` words) without sentence punctuation. It
    loses them all (the stage then reports it as a problem): a menu item is not an article's
    words, and a real article, however short, has a sentence."""
    kept = _kept(paras, verdicts)
    if (
        kept
        and len(paras) >= cues.NAV_MIN_ITEMS
        and len(kept) < len(paras)
        and all(
            len(cues.words(p.text)) <= cues.NAV_ITEM_WORDS and not cues.has_sentence_punct(p.text)
            for p in kept
        )
    ):
        for para in kept:
            verdicts.remove(para, "boilerplate", "navigation")


# -- the stage --------------------------------------------------------------------------------


def clean_source(source: Source) -> Source:
    """Clean one source in place (see the module docstring) and return it."""
    paras = [
        _Para(i, p.start, p.end, source.original[p.start : p.end])
        for i, p in enumerate(source.paragraphs)
    ]
    verdicts = _Verdicts(source)
    _furniture(paras, verdicts)
    _signatures(paras, verdicts)
    _portraits(paras, verdicts)
    _pull_quotes(paras, verdicts)
    _info_boxes(paras, verdicts)
    _date_lines(paras, verdicts)
    _running_lines(paras, verdicts)
    _teasers(paras, verdicts)
    _related_blocks(paras, verdicts)
    _inline_links(paras, verdicts)
    _tag_blocks(paras, verdicts)
    _video_titles(paras, verdicts)
    _galleries(paras, verdicts)
    _comments(paras, verdicts)
    if any(cues.is_body(p.text) for p in _kept(paras, verdicts)):
        _foot(paras, verdicts, source.author)
        _head(paras, verdicts)
    _continuations(paras, verdicts)
    _repeats(paras, verdicts)
    _pointer_tails(paras, verdicts)
    _trim_tail(paras, verdicts)
    _speaker_labels(paras, verdicts)
    _wire_notes(paras, verdicts)
    _menu_only(paras, verdicts)
    kept: list[Paragraph] = []
    removed = list(source.removed)
    for para in paras:
        if para.index in verdicts.gone:
            removed.extend(verdicts.gone[para.index])
        elif para.index in verdicts.trimmed:
            start, end, cut = verdicts.trimmed[para.index]
            kept.append(Paragraph(start=start, end=end))
            removed.extend(cut)
        else:
            kept.append(Paragraph(start=para.start, end=para.end))
    source.paragraphs = kept
    source.removed = sorted(removed, key=lambda r: (r.start, r.end))
    return source


@stage(name="clean", requires=("sources",), assigns=("paragraphs",))
def clean(brief: Brief, ctx: Context) -> Brief:
    """Remove boilerplate and repeated paragraphs from every source of ``brief``."""
    for source in brief.sources:
        clean_source(source)
        if source.paragraphs and set_in_capitals(
            [_Para(i, p.start, p.end, source.original[p.start : p.end])
             for i, p in enumerate(source.paragraphs)]
        ):
            brief.problems.append(
                Problem(
                    path=source.path,
                    kind="set-in-capitals",
                    message="this article is set in capitals: it is briefed, but names, "
                    "sentences and quotes are read less reliably than in mixed case",
                )
            )
        if not source.paragraphs:
            brief.problems.append(
                Problem(
                    path=source.path,
                    kind="no-text",
                    message="everything in this article looked like site boilerplate, so nothing "
                    "of it is briefed; check that the file holds the article text",
                )
            )
    # Counted after cleaning: a folder of one article and one page of site menus is one article.
    articles = [s for s in brief.sources if s.paragraphs]
    if len(articles) == 1:
        brief.problems.append(
            Problem(
                path=articles[0].path,
                kind="single-source",
                message="only one article was read: the brief summarises it alone, with nothing "
                "to compare it with; give several articles about the event",
            )
        )
    return brief
