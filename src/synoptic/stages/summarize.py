"""Stage 7, summarize: choose cited source sentences within the word budget.

The method (a budgeted weighted-coverage objective, greedy, as in concept-based summarizers):

1. Concepts are the stemmed word bigrams of the sentences (bigrams of two stop words are not
   concepts). A concept's weight is the number of independent sources that use it, so
   information several outlets carry counts more than one outlet's phrasing (in a cluster of two
   sources, a concept one of them uses twice counts too; in a cluster of one source, the weight
   is the number of sentences that use it). Every sentence that is not a duplicate counts,
   candidate or not.
2. A sentence's gain is the weight of the concepts it adds that the summary does not cover yet,
   plus a bonus for its support (how many other sources have a sentence on the same point, by
   align's looser test: ``brief.echoes``), plus a small bonus for early position and for
   centrality (cosine to the cluster's centroid); the gain is divided by
   ``len ** LENGTH_EXPONENT`` so long sentences do not win by size alone.
3. Greedy: the best sentence that fits the remaining budget is taken, unless it says the same as
   a chosen one (same claim, a loose echo of it found by align, cosine above
   ``summarize.redundancy``, high word overlap, or the same two figures), or it leans on the
   sentence before it in its source ("He said ...", "But ...": ``_leans_back``) and that
   sentence is not chosen.
   Candidates are each sentence whole, compressed (``compress``), and cut short before a
   trailing clause (``shortenings``); a cut-short version is taken only where no uncut version
   of its sentence fits the words left, so it fills the end of the budget instead of replacing
   whole sentences (letting cut versions compete everywhere lost ROUGE-1).
   Then the words left unused are filled where they can be (``_fill``): a chosen sentence is
   swapped for a longer one that fits, reads as well, repeats no other chosen sentence and
   leaves the summary's total worth (concepts covered plus priors) no lower; where none does, a
   chosen sentence may give way to a shorter version of itself and a new sentence
   (``_make_room``), on the same terms.
4. One of the sentences chosen first leads the summary (a source's lead that reads alone, if
   one is among the first few chosen, or any chosen lead rather than a sentence from deep in
   its source: ``_opening``) and the others follow in reading order
   (their relative position in their source); each cites every passage of its claim across
   sources.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from synoptic.config import Options
from synoptic.model import Brief, Citation, Claim, Sentence, Source, SummarySentence
from synoptic.stages._base import Context, stage
from synoptic.stages.align import claim_index
from synoptic.stages.compress import dateline_length, join_fragments, versions
from synoptic.stages.quotes import SPEECH_VERBS, straight_mark_opens
from synoptic.text import content_stems, is_stop, jaccard, shingles, stem, words

# Tuned by a grid search on DUC 2004 (25 clusters, ROUGE-2 recall; docs/benchmarks.md) and checked
# by reading briefs of the bundled example and the seeds; changes are measured with
# `synoptic eval` before they land.
LENGTH_EXPONENT = 0.6
SUPPORT_BONUS = 2.0  # per independent source beyond the first
POSITION_BONUS = 8.0  # for a source's first sentence, decaying as 1 / (1 + index)
CENTRALITY_BONUS = 4.0  # times the cosine to the centroid
OVERLAP_LIMIT = 0.5  # word-bigram Jaccard above which two sentences say the same
CONCEPT_POWER = 1.5  # weight = (number of sources) ** CONCEPT_POWER
LEAD_BOOST = 1.0  # extra weight per source that uses a concept in its opening sentences
LEAD_SENTENCES = 4
UNIGRAM_WEIGHT = 0.0
TRUNCATE = True  # offer cut-short versions (see step 3) to fill the end of the budget
FILL = True  # after the greedy pass, swap a chosen sentence for a longer one (step 3, _fill)
PREFIX_GAIN = True  # content-word unigrams count too, at this fraction of a bigram
# A sentence that opens on a pronoun or a connective leans on the sentence before it, and one
# that is mostly a quotation needs its speaker's context: both read badly out of place.
DANGLING_FACTOR = 0.5
QUOTE_FACTOR = 0.4
INSIDE_QUOTE_FACTOR = 0.5
# An unattributed "I"/"we" (:func:`unattributed_first_person`) weighs a quarter: at a half,
# transcript turns and appeals ("We know our model works") still filled Multi-News summaries;
# leaving them out altogether cost Multi-News R-2 0.37 (gate subset).
FIRST_PERSON_FACTOR = 0.25
DANGLING_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "this",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "there",
        "but",
        "however",
        "also",
        "and",
        "so",
        "yet",
        "meanwhile",
        "still",
        "then",
        "that",
        "instead",
        "thus",
        "hence",
        "therefore",
        "additionally",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "otherwise",
        "likewise",
        "similarly",
        "besides",
        "another",
        # "Plus, most users ...", "Eventually, the flow ...": a step on from the sentence before.
        "plus",
        "eventually",
    ]
)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


@dataclass(slots=True)
class _Candidate:
    """A sentence, whole or compressed, as the selection sees it."""

    row: int
    sentence: Sentence
    text: str
    fragments: list[Citation]
    concepts: frozenset[str]
    bigrams: set[str]
    prior: float
    length: int  # word tokens: the gain's length normaliser
    words: int  # whitespace words: what the budget counts
    factor: float
    cut: int = 0  # for a shortening: the words of the shortest version without a cut
    figures: frozenset[str] = frozenset()  # the figures it gives (:func:`_figures`)
    leans: bool = False  # its subject stands for a noun said before (:func:`_leans_back`)


@stage(
    name="summarize",
    requires=("claims", "echoes", "embeddings", "conflicts"),
    assigns=("summary",),
)
def summarize(brief: Brief, ctx: Context) -> Brief:
    sentences = brief.sentences()
    assert brief.embeddings is not None
    opts = ctx.options
    by_sentence = claim_index(brief)
    disputed: dict[str, list[str]] = {}
    for conflict in brief.conflicts:
        for side in conflict.sides:
            disputed.setdefault(side.sentence, []).append(conflict.id)
    opposed = _opposed(brief)
    cands = _candidates(brief, brief.embeddings, by_sentence, opts)
    weights = _concept_weights(sentences, len(brief.sources))
    repeats = _Repeats(brief.embeddings, by_sentence, brief.echoes, opts.summarize_redundancy)
    chosen = _select(cands, weights, repeats, opts.words)
    if FILL:
        chosen = _fill(chosen, cands, weights, repeats, opts.words)
    chosen = _summary_order(chosen, Counter(s.source for s in sentences))
    brief.summary = [_summary_sentence(c, by_sentence, disputed, opposed) for c in chosen]
    return brief


def _summary_order(chosen: list[_Candidate], n_in_source: Counter[str]) -> list[_Candidate]:
    """The summary opens on :func:`_opening` (one of the sentences chosen first: the largest
    gains, the most weight of shared concepts, support and centrality); the others follow in
    reading order (relative position in their source), so the summary opens on what the sources
    most agree on, not on whichever source's first sentence was taken."""
    if not chosen:
        return []
    lead = _opening(chosen)
    rest = sorted(
        (c for c in chosen if c is not lead),
        key=lambda c: (c.sentence.index / n_in_source[c.sentence.source], c.row),
    )
    return _after_antecedents([lead, *rest])


# The opening is picked among this many sentences chosen first (the most central few): further
# down the greedy order a source's lead may be a side story or a feature's scene-setting.
OPENING_POOL = 3


def _opening(chosen: list[_Candidate]) -> _Candidate:
    """The sentence that opens the summary: among the first ``OPENING_POOL`` chosen, those that
    :func:`_opens_well`; of these, a source's first sentence (a lead is written to introduce the
    event: "Harbour police are investigating the sinking of a ferry" rather than "Police said
    a man was held after the sinking"), else the sentence chosen first, else the one earliest
    in its source. When none opens well, the sentence chosen first. An opening from deep in its
    source (past ``LEAD_SENTENCES``) gives way to a chosen lead that opens well."""
    pool = [c for c in chosen[:OPENING_POOL] if _opens_well(c.text)]
    leads = [c for c in pool if c.sentence.index == 0]
    if leads:
        return leads[0]
    if not pool or pool[0] is chosen[0]:
        opening = chosen[0]
    else:
        opening = min(pool, key=lambda c: c.sentence.index)  # stable: ties keep greedy order
    if opening.sentence.index < LEAD_SENTENCES:
        return opening
    # A sentence from deep in its source ("While en route to jail, Markham had ...") assumes
    # the story told above it: a source's lead chosen further down the greedy order opens
    # instead, if it opens well and reads fully alone (its factor is whole: no quotation-heavy
    # or first-person text). Multi-News 80-99: 2 of 20 summaries opened on a sentence from
    # deep in a source while a source's lead was in the summary; they now open on that lead.
    # Without one, the sentence chosen first, if it is nearer the top of its source (a
    # quotation opening the sentence chosen first reads better than a detail from far down).
    leads = [c for c in chosen if c.sentence.index == 0 and c.factor >= 1.0 and _opens_well(c.text)]
    if leads:
        return leads[0]
    # Else a chosen sentence from a source's first few (a lede's second sentence, "Muneer Own,
    # a labourer, said forces loyal to ... slaughtered 150 prisoners", after a feature's "It's
    # a harrowing story") rather than a detail from deep in a source ("Own said he endured
    # horror in the warehouse" names a man the summary has not introduced).
    near = [
        c
        for c in chosen
        if c.sentence.index < LEAD_SENTENCES and c.factor >= 1.0 and _opens_well(c.text)
    ]
    if near:
        return min(near, key=lambda c: c.sentence.index)  # stable: ties keep greedy order
    return min((opening, chosen[0]), key=lambda c: c.sentence.index)


# "China, however, views ...": a connective set off inside the sentence leans on what came before
# as much as one opening it.
_INNER_CONNECTIVE = re.compile(
    r",\s*(?:however|though|too|also|meanwhile|instead|in turn|nevertheless|by contrast),",
    re.IGNORECASE,
)
# An attribution before the subject ("Authorities say the vehicle ..."): the subject is after it.
_LEAD_ATTRIBUTION = re.compile(
    r"^(?:[A-Z][\w.'\-]*\s+){1,4}(?:says?|said|reported|reports)\s+(?:that\s+)?"
)
# Words that, after "the" and a noun, say which one is meant: an of-phrase, a relative clause, a
# participle of the "the man convicted in ..." kind.
# fmt: off
_SAYS_WHICH = frozenset({
    "of", "for", "in", "on", "over", "at", "from", "to", "with", "about", "against", "between",
    "behind", "near", "into", "under", "by", "as", "that", "who", "whom", "which", "whose",
})
_AUXILIARIES = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
    "might", "must", "should", "did", "does", "do",
})
# fmt: on


def _bare_definite(text: str) -> bool:
    """Whether the sentence's subject is "the" and one or two lower-case words with nothing
    saying which one is meant ("The driver exchanged gunfire", "Authorities say the vehicle
    crashed", "The deal will give ..."): it names something the reader is assumed to have met
    already. A name ("The White House", "The Shroud of Turin") or an of-phrase, clause or
    participle after the noun ("The new privacy policy for its TVs", "The man convicted in ...")
    says what is meant. Without a parser at this point, the verb is told by its form: an
    auxiliary, or a word in -ed/-s not followed by a preposition (a participle's "convicted in")."""
    tokens = [t.strip(',;:."“”') for t in _LEAD_ATTRIBUTION.sub("", text.strip(), count=1).split()]
    if len(tokens) < 3 or tokens[0].lower() != "the":
        return False
    for i in range(1, min(4, len(tokens))):
        word = tokens[i]
        if not word[:1].islower() or word in _SAYS_WHICH:
            return False  # a name, or a phrase saying which one
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        verb_form = word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))
        if i >= 2 and (word in _AUXILIARIES or (verb_form and after not in _SAYS_WHICH)):
            return True
    return False


def _opens_well(text: str) -> bool:
    """Whether a sentence can open a summary: it reads alone (:func:`reads_alone`), has no
    connective set off inside it, its subject is not a bare definite description
    (:func:`_bare_definite`), and it does not open on a quotation (a speaker's words before the
    reader knows the story: '"Gout was long seen as an illness of the rich,"
    said ...' is a feature's way in, not the news)."""
    return (
        reads_alone(text)
        and not _INNER_CONNECTIVE.search(text)
        and not _bare_definite(text)
        and not _MARK.match(text.lstrip())
    )


def _after_antecedents(ordered: list[_Candidate]) -> list[_Candidate]:
    """A sentence that leans on the one before it in its source ("He said ...", "That is the
    backdrop ...") follows that sentence when the summary has it too, instead of whatever
    sentence of another source reading order put before it."""
    out = list(ordered)
    for cand in ordered:
        if not _dangling(cand.text, words(cand.text)):
            continue
        before = next(
            (
                c
                for c in out
                if c.sentence.source == cand.sentence.source
                and c.sentence.index == cand.sentence.index - 1
            ),
            None,
        )
        if before is None:
            continue
        out.remove(cand)
        out.insert(out.index(before) + 1, cand)
    return out


def _opposed(brief: Brief) -> dict[str, set[Citation]]:
    """Per sentence, the passages that take another side than it in a conflict: align may put
    "the idea that automation caused the strike is speculation" and "the strike was caused by
    automation" in one claim (they share the information disputed), but neither supports the
    other, so a summary sentence does not cite the other side."""
    citation = {s.id: s.citation() for s in brief.sentences()}
    out: dict[str, set[Citation]] = {}
    for conflict in brief.conflicts:
        for a in conflict.sides:
            for b in conflict.sides:
                other_side = b.sentence != a.sentence and b.value.lower() != a.value.lower()
                if other_side and b.sentence in citation:
                    out.setdefault(a.sentence, set()).add(citation[b.sentence])
    return out


def _candidates(
    brief: Brief, vectors: np.ndarray, by_sentence: dict[str, Claim], opts: Options
) -> list[_Candidate]:
    centroid = vectors.mean(axis=0) if len(vectors) else np.zeros(1)
    norm = float(np.linalg.norm(centroid)) or 1.0
    out = []
    source_of = {s.id: s.source for s in brief.sentences()}
    for row, sent in enumerate(brief.sentences()):
        claim = by_sentence.get(sent.id)
        if claim is None or sent.duplicate_of is not None or not _standalone(sent.text):
            continue
        if sent.words < opts.summarize_min_words:
            continue
        # An over-long sentence may still give a compressed or cut-short version within the
        # limit: the limit is on what the summary shows (AllSides excerpts often open on a lede
        # of 50 words or more; summaries there fill 92 of 100 words, docs/benchmarks.md).
        too_long = sent.words > opts.summarize_max_words
        if opens_a_quotation(sent.text) or closes_a_quotation(sent.text):
            continue  # a quotation mark left unpaired in the summary, the speaker unnamed
        if _SPEAKER_TAG.match(sent.text):
            continue  # a transcript's turn: a speaker's words with no speaker named
        quoted = INSIDE_QUOTE_FACTOR if _inside_quotation(brief.source(sent.source), sent) else 1
        echoed = {source_of[e] for e in brief.echoes.get(sent.id, ())}
        support = max(claim.independent_sources - 1, len(echoed))
        prior = (
            SUPPORT_BONUS * support
            + POSITION_BONUS / (1 + sent.index)
            + CENTRALITY_BONUS * max(0.0, float(vectors[row] @ centroid) / norm)
        )
        # A version shorter than a summary sentence may be is a stub a cut left ("The
        # announcement comes." of "The announcement comes as several states ..."), not a report.
        versions = [
            v
            for v in _versions(brief, sent, opts.summarize_compress)
            if len(v[0].split()) >= opts.summarize_min_words
        ]
        if too_long:
            versions = [v for v in versions if len(v[0].split()) <= opts.summarize_max_words]
            if not versions:
                continue
        uncut = min((len(t.split()) for t, _, c in versions if not c), default=0)
        figures = _figures(sent.text)
        for text, fragments, is_cut in versions:
            tokens = words(text)
            out.append(
                _Candidate(
                    row=row,
                    sentence=sent,
                    text=text,
                    fragments=fragments,
                    concepts=frozenset(_concepts(tokens)),
                    bigrams=shingles(content_stems(text), 2),
                    prior=prior,
                    length=len(tokens),
                    words=len(text.split()),
                    factor=_readability(text, tokens) * quoted,
                    cut=uncut if is_cut else 0,
                    figures=figures,
                    leans=_leans_back(text),
                )
            )
    return out


# A transcript's turn opens on its speaker's initials or a one-word tag ("MB: The objects ...",
# "Q: Why now?"): the words are a speaker's, given as the page's, the speaker unnamed.
_SPEAKER_TAG = re.compile(r"[A-Z]{1,3}:\s")

# Measured and left out: dropping a sentence that is one quotation alone ("\u201cIt never
# happened there.\u201d") cost Multi-News R-2 0.09 (it already weighs less: QUOTE_FACTOR).


# "X could not be reached for comment", "declined to comment": news furniture, not information.
NO_COMMENT_WORDS = 20
_NO_COMMENT = re.compile(
    r"\b(?:(?:not|n't|un)\s*(?:be\s+)?(?:available|reached|reachable)\b[^.]{0,30}\bcomment"
    r"|(?:declined|refused|did not respond to (?:a |several )?requests?) (?:to |for )?(?:further )?"
    r"comment|(?:did|would|could|will)(?: not|n't) (?:immediately )?comment"
    r"|no (?:immediate|further) comment)",
    re.IGNORECASE,
)
# Photo captions, credits, web addresses and page furniture: "Image caption ...", "FILE - This
# 2013 photo shows", "Hernandez, 39, was shot... (AP)", "pic.twitter.com/...". A caption
# describes a picture the summary does not show; a credit or a widget line says nothing about
# the story.
_CAPTION = re.compile(
    r"\bimage (?:caption|copyright)\b|\bphotos? (?:by|credit|courtesy|released by)\b"
    r"|\bfile photo\b|\(AP Photo|\bgetty images\b|pic\.twitter\.com|\bshare photo\b"
    r"|^FILE\s*[-\u2013\u2014]|(?:\.\.\.|\u2026)\s*\("
    # A web address: a call to act with its link ("Help end this abuse: http://..."), a
    # "read it at www..." line; a summary that shows a link shows page furniture.
    r"|\bhttps?://|\bwww\.\w",
    re.IGNORECASE,
)
# A sentence that starts by telling the reader to do something is a page's widget or a
# subscription line ("Add X as an interest", "Click here to ..."), not a report.
_IMPERATIVES = frozenset(
    ["add", "click", "tap", "subscribe", "sign", "follow", "download", "register", "please"]
)
TITLE_CASE_SHARE = 0.8  # share of capitalised long words from which a "sentence" is a title
TITLE_CASE_MIN = 4  # long words (4+ letters) needed before the share is trusted


def _standalone(text: str) -> bool:
    """Whether a sentence can stand in a summary: not a question or a lead-in (``?``, ``:``), not
    cut off in its source (``...``), not an aside in parentheses, not a "no comment" line, and
    not a headline, a caption or page furniture (:func:`_furniture`)."""
    text = text.strip()
    if text.endswith(("?", ":", "...", "…", '..."', '…"', "...”", "…”")):
        return False
    if text[:1].islower() and not text[1:2].isupper():
        return False  # a piece of a sentence split in its source ("eBay" is a name)
    if _NO_COMMENT.search(text) and len(text.split()) <= NO_COMMENT_WORDS:
        return False  # a longer sentence may say more than that nobody commented
    if _furniture(text) or _IN_ARTICLE.search(text):
        return False
    return not (text.startswith("(") and text.rstrip(".").endswith(")"))


# A pointer into the article itself ("the cases recounted here", "as noted above", "see
# below"): out of its page the sentence points at text the summary does not show.
_IN_ARTICLE = re.compile(
    r"\b(?:recounted|described|noted|mentioned|shown|discussed|listed|quoted|pictured)"
    r" (?:here|above|below)\b|\b(?:see|read) below\b",
    re.IGNORECASE,
)


# Quotation marks: curly, TeX-style (newswire's ``...''), and the straight double quote, which
# opens where a word follows it and closes where one precedes it.
_MARK = re.compile(r"\u201c|\u201d|``|''|\"")
_OPENING = ("\u201c", "``")
QUOTE_REACH = 600  # characters: a quotation longer than this before the sentence is not trusted
# A sentence that closes the quotation and names its speaker ('..., Hunter said.') carries
# its attribution with it.
_ATTRIBUTED = re.compile(
    r"[\u201d\"']\s*,?\s*(?:[A-Z][\w.'\-]*\s+){0,4}?(?:said|says|added|asked|told|wrote)\b"
    r"|[\u201d\"']\s*,?\s*(?:said|says|added|asked|told|wrote)\b"
)


def _inside_quotation(source: Source, sent: Sentence) -> bool:
    """Whether the sentence is a speaker's words cut from a longer quotation: a later sentence of
    a quotation opened before it in its paragraph (``He said: "It is not about us. We want a
    deal."``: "We want a deal.") that does not name its speaker itself, or a first sentence that
    opens a quotation and does not close it. Out of place, such a sentence gives a speaker's
    words as the writer's, with no quotation marks and no speaker."""
    if sent.paragraph >= len(source.paragraphs):
        return False
    start = max(source.paragraphs[sent.paragraph].start, sent.start - QUOTE_REACH)
    before = source.original[start : sent.start]
    if _last_mark_opens(before) is not None:
        return not _ATTRIBUTED.search(sent.text)
    return opens_a_quotation(sent.text)


def closes_a_quotation(text: str) -> bool:
    """Whether ``text`` ends a quotation opened before it and does not name the speaker: 'You
    have to understand his generation."' (while '..., it is not good," he said.' does)."""
    marks = list(_MARK.finditer(text))
    if not marks or _ATTRIBUTED.search(text):
        return False
    first = marks[0]
    if first.group() in _OPENING:
        return False
    if first.group() == '"':
        return not straight_mark_opens(text, first.start())
    return True


def opens_a_quotation(text: str) -> bool:
    """Whether ``text`` is the first piece of a quotation it does not close: '"We lost a future
    leader.' (while 'Stoll said: "We lost ...' gives its speaker)."""
    opening = _last_mark_opens(text)
    return opening is not None and not text[:opening].strip(" \t\n([-\u2014\u2013")


def _last_mark_opens(text: str) -> int | None:
    """Where the quotation opened by the last quotation mark in ``text`` starts, or None if
    that mark closes one (or there is none)."""
    marks = list(_MARK.finditer(text))
    if not marks:
        return None
    last = marks[-1]
    if last.group() in _OPENING:
        return last.start()
    if last.group() != '"':
        return None
    return last.start() if straight_mark_opens(text, last.start()) else None


def _furniture(text: str) -> bool:
    """Whether the "sentence" is a headline, a caption or page furniture rather than a report: no
    closing punctuation (a headline or a section title), most long words capitalised (a title),
    a caption or credit marker, or an instruction to the reader."""
    if text[-1:].isalnum() or text.endswith(("-", "\u2013", "\u2014")):
        return True  # a headline, a section title; a dateline left alone ("KELL (AP) \u2014")
    if text.endswith((")", "]")) and text.rstrip(")] ")[-1:].isalnum():
        return True  # "Differential diagnosis [ edit ]": a section title with its link
    if _CAPTION.search(text):
        return True
    tokens = words(text)
    if tokens and tokens[0] in _IMPERATIVES:
        return True
    # A quoted word counts by its first letter: "Harris Says Trump 'Pulled Out' of Talks".
    long_words = [
        w.lstrip("'\"\u2018\u201c(") for w in text.split()[1:] if sum(ch.isalpha() for ch in w) >= 4
    ]
    capitalised = sum(w[:1].isupper() for w in long_words)
    return len(long_words) >= TITLE_CASE_MIN and capitalised >= TITLE_CASE_SHARE * len(long_words)


def _versions(
    brief: Brief, sent: Sentence, shorten: bool
) -> list[tuple[str, list[Citation], bool]]:
    """The sentence whole and, if some of it can go, compressed (flag: cut short); a wire
    dateline ("HONOLULU (AP) \u2014 ") or a section label ("Why it matters: ...") opening the
    sentence is left out of every version."""
    whole = [(sent.text, [sent.citation()], False)]
    docs = brief.docs.get(sent.source)
    source = brief.source(sent.source)
    if not shorten or not docs or sent.paragraph >= len(docs):
        return _without_label(whole, sent, source)
    doc, start = docs[sent.paragraph], source.paragraphs[sent.paragraph].start
    short, cuts = versions(sent, source, doc, start, truncate=TRUNCATE)
    out = whole if short is None else [*whole, (short.text, short.fragments, False)]
    out += [(c.text, c.fragments, True) for c in cuts]
    return _without_label(out, sent, source)


# A section label opening a paragraph of explanatory news ("Why it matters:", "The big
# picture:", "Driving the news:", "Yes, but:"): a capitalised word and one or two lower-case
# ones, a colon, then a capitalised sentence. Out of its page the label reads as furniture; the
# sentence after it stands alone. Not a label: a speaker's lead-in ("He said: ..."), a clause
# ("The answer is simple: ..."), or a short remainder ("The verdict: Guilty on all counts.").
_LABEL = re.compile(r"([A-Z][\w'\u2019]*(?:,?\s+[a-z][\w'\u2019]*){1,2}):\s+(?=[A-Z\"\u201c])")
_SUBJECTS = frozenset(
    ["i", "he", "she", "it", "we", "they", "you", "his", "her", "their", "our", "my", "its"]
)
_NOT_LABEL_WORDS = frozenset(
    {
        *("is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would"),
        *("asked", "asks", "wrote", "writes", "put", "puts"),
    }
)
LABEL_REST_WORDS = 8
_CLAUSE_OPENERS = frozenset(
    {
        *("until", "when", "if", "because", "after", "before", "while", "as", "although"),
        *("though", "since", "unless", "once", "whether", "in", "on", "at", "for", "with", "by"),
        *("from", "to", "of", "and", "but", "or", "who", "which", "that", "where", "how", "why"),
    }
)


def label_length(text: str) -> int:
    """How many characters of ``text`` a section label takes (colon and space included), or 0."""
    match = _LABEL.match(text)
    rest = text[match.end() :].split() if match else []
    if len(rest) < LABEL_REST_WORDS or rest[0].lower() in _CLAUSE_OPENERS:
        return 0  # "A typical teen: Until Susie is killed ...": no sentence after the colon
    assert match is not None
    label = [w.strip(",").lower() for w in match.group(1).split()]
    if label[0] in _SUBJECTS or any(
        w in _NOT_LABEL_WORDS
        or _speech_verb(w)
        for w in label[1:]
    ):
        return 0
    return match.end()


def _without_label(
    versions: list[tuple[str, list[Citation], bool]], sent: Sentence, source: Source
) -> list[tuple[str, list[Citation], bool]]:
    # Measured on the source's own text, not the sentence's whitespace-normalised one, so that
    # ``sent.start + skip`` is where the sentence after the label starts. A dateline is page
    # furniture too: out of its article's first line it reads as a fragment glued to the
    # sentence ("WASHINGTON (AP) \u2014 The leaks are real."), and it hides an opening pronoun
    # from the dangling test ("Halvik, Velmar (Wire) -- It's a grim tale").
    original = source.original[sent.start : sent.end]
    skip = dateline_length(original)
    skip += label_length(original[skip:])
    if not skip:
        return versions
    out = []
    for text, fragments, cut in versions:
        first = fragments[0]
        if first.start != sent.start or first.end <= sent.start + skip:
            out.append((text, fragments, cut))
            continue
        kept = [
            Citation(source=first.source, start=sent.start + skip, end=first.end),
            *fragments[1:],
        ]
        out.append((join_fragments(source.original, kept), kept, cut))
    return out


# "On that day ...", "The next morning ...": a time given by the sentence before.
# Measured neutral on ROUGE (DUC 38.83 / 10.28, Multi-News 45.67 / 15.31 with and without).
_ANAPHORIC_OPENING = re.compile(
    r"^(?:(?:on|by|at|from|since|until|in|during)\s+)?(?:that|the same|the following|the next"
    r"|the previous)\s+(?:day|night|morning|afternoon|evening|week|month|year|time|moment"
    r"|point|meeting)\b|^(?:the next day|the day before|a day later|days later|later that)\b",
    re.IGNORECASE,
)


# "this"/"these" pointing at something said before ("this trend", "these measures", "this is
# unlikely"); a time ("this week") is the writer's present, not the sentence before.
_DEICTIC_TIMES = frozenset(
    [
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "season",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "decade",
        "century",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_DEMONSTRATIVES = frozenset(["this", "these"])
# Connectives of more than one word that, opening a sentence, lean on the one before.
_ANAPHORIC_PHRASE = re.compile(
    r"^(?:in addition|as a result|in part|in turn|even so|by contrast|on the other hand"
    r"|at the same time|in this|in that|for (?:this|that) reason|for that(?=,)"
    r"|because of (?:this|that)|in other words|to that end|as such"
    r"|(?:after|before|despite|with) (?:this|that)|by then|at that point"
    # "For his part, X ...", "In fact, ...", "For example, ...": a turn in an argument
    # made in the sentences before.
    r"|for (?:his|her|its|their|our|my) part|in fact|for (?:example|instance)|after all"
    r"|what's more|on top of that|on the contrary)\b",
    re.IGNORECASE,
)


# A quantifier or an ordinal standing for a noun named before it, as the subject of a verb ("One
# grabbed the purse", "Many have been held for decades", "The first followed an incident"): the
# noun it stands for is in the sentence before. "One person was hurt" names its noun.
_PRONOUN_QUANTIFIERS = frozenset(["one", "many", "some", "others", "both", "most", "several"])
_PRONOUN_ORDINALS = frozenset(["first", "second", "third", "latter", "former", "last"])


def _quantifier_subject(tokens: list[str]) -> bool:
    """Whether the sentence opens on a quantifier ("One", "Many") or "the first"/"the latter"
    directly followed by its verb (an auxiliary, or a word in -ed)."""
    if len(tokens) >= 2 and tokens[0] in _PRONOUN_QUANTIFIERS:
        verb = tokens[1]
    elif len(tokens) >= 3 and tokens[0] == "the" and tokens[1] in _PRONOUN_ORDINALS:
        verb = tokens[2]
    else:
        return False
    return verb in _AUXILIARIES or (verb.endswith("ed") and verb not in _SAYS_WHICH)


def _dangling(text: str, tokens: list[str]) -> bool:
    """Whether the sentence leans on the one before it: a pronoun or connective opener, a time
    given there ("On that day"), or, outside quotations, a demonstrative pointing back ("this
    trend", "these measures", "the same result") anywhere in the sentence."""
    own = _QUOTE.sub(" ", text).strip()  # a quotation's "this" is the speaker's, not the page's
    own_tokens = words(own)
    first = own_tokens[0].split("'")[0] if own_tokens else ""
    if first in DANGLING_OPENERS or _ANAPHORIC_OPENING.match(own) or _ANAPHORIC_PHRASE.match(own):
        return True
    if _FRONTED_PRONOUN.match(own):
        return True  # "Now, he says ...": the pronoun subject after a fronted phrase
    if _quantifier_subject(own_tokens):
        return True
    if tokens and tokens[0] in DANGLING_OPENERS:
        return True  # a quotation opening on "He ..." still needs its context
    for word, after in itertools.pairwise([*own_tokens, ""]):
        if word in _DEMONSTRATIVES and after not in _DEICTIC_TIMES:
            return True
        if word == "the" and after == "same" and "as" not in own_tokens:
            return True
    return False


def reads_alone(text: str) -> bool:
    """Whether a sentence reads well out of its article: :func:`_standalone` and not dangling."""
    return _standalone(text) and not _dangling(text, words(text))


# "I", "me", "my" outside quotation marks: the writer's own voice ("I suggest a Russian
# perspective") or an unmarked speaker's (a transcript's "I'm not going to talk about that").
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself"])


# "We", "us", "our" outside quotation marks: as "I", a speaker's words given without their
# speaker ("We know our model works"), or a page's own voice ("as we reported earlier").
_FIRST_PERSON_PLURAL = frozenset(["we", "us", "our", "ours", "ourselves"])
# A speech verb names who speaks when the words before it are a third person's ("Scientists say
# ...", "..., the minister added"); after "I"/"we"/"you" ("as I said", "we're told", "I just
# think") it does not.
_NOT_A_SPEAKER = frozenset(["i", "we", "you", "my", "our", "me", "us"])
# A quotation left open to the sentence's end ('Nesbitt said: "Our thoughts are ...'): the
# words after its mark are the speaker's.
_OPEN_QUOTE_TAIL = re.compile(r"[\"\u201c][^\"\u201c\u201d]*$")


def unattributed_first_person(text: str) -> bool:
    """Whether the writer's words (outside quotation marks) say "I" or "we" and no one is named
    as speaking them: a transcript's or an interview's turn ("I mean, as I said, ..."), a
    campaigner's appeal ("We know our model works"), a tabloid's "we're told". Out of its
    article the reader cannot tell whose words they are, so the sentence weighs less. A
    sentence with a third-person speech verb ("Scientists say the comet crossed our solar
    system") gives its speaker."""
    own = words(_OPEN_QUOTE_TAIL.sub(" ", _QUOTE.sub(" ", text)))
    bare = [t.split("'")[0] for t in own]
    if not (_FIRST_PERSON | _FIRST_PERSON_PLURAL) & set(bare):
        return False
    return not any(
        _speech_verb(word) and i > 0 and not _NOT_A_SPEAKER & set(bare[max(0, i - 2) : i])
        for i, word in enumerate(bare)
    )


def _speech_verb(word: str) -> bool:
    """Whether a word is a form of a speech verb ("says", "estimated", "added", "told")."""
    return any(
        form in SPEECH_VERBS
        for form in (word, word.rstrip("s"), word.removesuffix("ed"), word.removesuffix("d"))
    )


def _readability(text: str, tokens: list[str]) -> float:
    factor = DANGLING_FACTOR if _dangling(text, tokens) else 1.0
    if unattributed_first_person(text):
        factor *= FIRST_PERSON_FACTOR
    quoted = sum(len(m.group(1).split()) for m in _QUOTE.finditer(text))
    if quoted * 2 >= len(tokens):
        factor *= QUOTE_FACTOR
    return factor


def _concepts(tokens: list[str]) -> set[str]:
    bigrams = {
        f"{stem(a)} {stem(b)}"
        for a, b in itertools.pairwise(tokens)
        if not (is_stop(a) and is_stop(b))
    }
    if UNIGRAM_WEIGHT:
        bigrams |= {stem(t) for t in tokens if not is_stop(t)}
    return bigrams


def _concept_weights(sentences: list[Sentence], n_sources: int) -> dict[str, float]:
    """Concept -> number of sources using it, with the lead bonus, to ``CONCEPT_POWER`` (for
    one source, the number of sentences using it).

    Every sentence but a duplicate counts, not only the candidates: what a question, a quotation
    fragment or an over-long sentence says is still what the sources report (DUC 2004 R-1/R-2
    38.70/10.02 -> 38.83/10.28, Multi-News 45.56/15.25 -> 45.67/15.31)."""
    per_source: dict[str, set[str]] = {}
    in_lead: Counter[str] = Counter()
    per_sentence: Counter[str] = Counter()
    for sent in sentences:
        if sent.duplicate_of is not None:
            continue  # a copy is not another source's word for it
        concepts = _concepts(words(sent.text))
        for concept in concepts:
            per_source.setdefault(concept, set()).add(sent.source)
            per_sentence[concept] += 1
        if sent.index < LEAD_SENTENCES:
            in_lead.update(concepts)
    if n_sources < 2:
        return {k: float(v) for k, v in per_sentence.items() if v >= 2}
    # A concept must be used by 2 sources, or by 3 in clusters of nine sources or more. Of two
    # sources, a concept one of them uses in two sentences counts too (at the weight of one
    # source): two outlets share few bigrams, and what one repeats is still its story. Two
    # sources were weighed by sentence counts alone before, which let a concept one outlet
    # repeats outweigh one both outlets carry, and ignored the lead: Multi-News (44 of 100
    # clusters have two sources) 45.59/15.23 -> 45.68/15.29, AllSides (held out) 10 of
    # 253 stories: 43.21/17.10 -> 43.26/17.18.
    min_sources = max(2, min(3, n_sources // 3))
    return {
        k: (float(len(v)) + LEAD_BOOST * min(in_lead[k], len(v))) ** CONCEPT_POWER
        * (1.0 if " " in k else UNIGRAM_WEIGHT)
        for k, v in per_source.items()
        if len(v) >= min_sources or (n_sources == 2 and per_sentence[k] >= 2)
    }


def _select(
    cands: list[_Candidate], weights: dict[str, float], repeats: _Repeats, budget: int
) -> list[_Candidate]:
    """Greedy selection, evaluated lazily (Minoux): a candidate's gain only shrinks as the summary
    covers more concepts, so a stale gain is an upper bound and most candidates are never
    re-scored. Same choices as the plain greedy loop, in near-linear time."""
    chosen: list[_Candidate] = []
    covered: set[str] = set()
    used = 0
    heap = [(-round(_gain(c, weights, covered), 9), c.row, i) for i, c in enumerate(cands)]
    heapq.heapify(heap)
    while heap and used < budget:
        _, row, i = heapq.heappop(heap)
        best = cands[i]
        room = budget - used
        if best.words > room and (chosen or best.words > 2 * budget):
            continue
        if best.cut and best.cut <= room:
            continue  # a cut-short version only where no uncut one fits
        key = (-round(_gain(best, weights, covered), 9), row, i)
        if heap and key > heap[0]:
            heapq.heappush(heap, key)
            continue
        if any(repeats(best, other) for other in chosen) or _orphan(best, chosen):
            continue
        chosen.append(best)
        covered |= best.concepts
        used += best.words
    return chosen


def _fill(
    chosen: list[_Candidate],
    cands: list[_Candidate],
    weights: dict[str, float],
    repeats: _Repeats,
    budget: int,
) -> list[_Candidate]:
    """Use the words the greedy pass left: while some are left, swap one chosen sentence for a
    longer uncut candidate that fits them, reads at least as well, says nothing another chosen
    sentence says, and keeps the summary's worth (:func:`_worth`) at least where it was; of the
    swaps, the one that fills most words (then adds most worth) is made.

    The greedy ratio rule stops when no sentence left fits the last words (on small clusters
    with long sentences, AllSides, summaries used 92 of 100 words); an exact budgeted solver
    (an ILP over the same concepts, scipy's HiGHS) was tried instead of greedy + fill and lost
    ROUGE on DUC 2004 (37.7-38.0 / 9.6-9.9 against 38.60 / 10.04). Each swap uses at least one
    more word, so the loop ends within ``budget`` rounds."""
    chosen = list(chosen)
    while chosen:
        room = budget - sum(c.words for c in chosen)
        if room <= 0:
            break
        base = _worth(chosen, weights)
        best: tuple[tuple[int, float], int, _Candidate] | None = None
        for i, old in enumerate(chosen):
            rest = chosen[:i] + chosen[i + 1 :]
            rows = {c.row for c in rest}
            for new in cands:
                if not old.words < new.words <= old.words + room:
                    continue  # the cheap test first: most candidates fail it
                if new.cut or new.row in rows or new.factor < old.factor:
                    continue
                if _orphan(new, rest) or (new.row != old.row and _antecedent_of(old, rest)):
                    continue
                if any(repeats(new, other) for other in rest):
                    continue
                gain = _worth([*rest, new], weights) - base
                key = (new.words - old.words, round(gain, 9))
                if gain >= 0 and (best is None or key > best[0]):
                    best = (key, i, new)
        if best is None:
            break
        chosen[best[1]] = best[2]
    return _make_room(chosen, cands, weights, repeats, budget)


def _make_room(
    chosen: list[_Candidate],
    cands: list[_Candidate],
    weights: dict[str, float],
    repeats: _Repeats,
    budget: int,
) -> list[_Candidate]:
    """Where :func:`_fill` leaves words unused, a chosen sentence may give way to a shorter
    version of itself (compressed or cut short, reading at least as well) and a new uncut
    sentence that the words it frees and the words left fit, on the terms of :func:`_fill`
    (says nothing the others say, leans on no sentence left out, keeps the worth at least
    where it was); of such swaps, the one that fills most words (then adds most worth) is made.

    No longer sentence fits the words left on small clusters of long sentences (AllSides: 238 of
    253 summaries ended with no candidate short enough), while a compressed version often frees
    the few words a whole sentence needs: AllSides (held out) R-1/R-2 43.26/17.18 ->
    43.57/17.34, words 94.4 -> 94.9; DUC 2004 and Multi-News within 0.05. Replacing a sentence
    by any two others instead lost DUC 2004 R-1 0.16. Each swap uses at least one more word."""
    chosen = list(chosen)
    while chosen:
        room = budget - sum(c.words for c in chosen)
        if room <= 0:
            break
        base = _worth(chosen, weights)
        best: tuple[tuple[int, float], int, list[_Candidate]] | None = None
        for i, old in enumerate(chosen):
            rest = chosen[:i] + chosen[i + 1 :]
            if _antecedent_of(old, rest):
                continue  # a chosen sentence leans on this one as it stands
            rows = {c.row for c in rest}
            for short in cands:
                if short.row != old.row or short.words >= old.words or short.factor < old.factor:
                    continue
                group = [*rest, short]
                for new in cands:
                    if not old.words < short.words + new.words <= old.words + room:
                        continue  # the cheap test first: most candidates fail it
                    if new.cut or new.row in rows or new.row == old.row:
                        continue
                    if _orphan(new, group) or any(repeats(new, other) for other in group):
                        continue
                    gain = _worth([*group, new], weights) - base
                    key = (short.words + new.words - old.words, round(gain, 9))
                    if gain >= 0 and (best is None or key > best[0]):
                        best = (key, i, [short, new])
        if best is None:
            break
        i = best[1]
        chosen = [*chosen[:i], *best[2], *chosen[i + 1 :]]
    return chosen


# A pronoun or demonstrative subject ("He knew he had one chance", "That provision could
# scuttle the bill", "They hugged him") stands for a noun of the sentence before it in its
# source: without that sentence the summary names someone it never introduced, or the wrong one
# (the noun of whatever sentence precedes it there). A connective of contrast or consequence
# ("But his forecast was right", "And so he sat down to write", "For example, ...") answers a
# claim made there. Such a sentence is taken only with its own sentence before it
# (``_after_antecedents`` then keeps the two together). "It" is left out: it is as often the
# empty subject of "It is expected that ..."; so are the milder openers ("Meanwhile", "Also").
_LEANING_OPENERS = frozenset(
    [
        *("he", "she", "they", "his", "her", "their", "this", "these", "those", "that"),
        *("but", "and", "so", "yet", "plus", "however", "instead", "thus", "hence", "therefore"),
        *("nevertheless", "nonetheless"),
        # "Accordingly, ...", "Indeed, ...": a consequence or a confirmation of a claim made in
        # the sentence before; "Other items fetched less": a group set against one named there.
        *("accordingly", "indeed", "other"),
    ]
)
# "One of those associates", "Many of them": a part of a group named before.
_PART_OF_NAMED = re.compile(
    r"^(?:one|many|some|most|several|both|each|all|none|two|three)\s+of\s+"
    r"(?:those|these|them|their|his|her|its)\b",
    re.IGNORECASE,
)


# A pronoun subject after a short fronted phrase ("Now, he says ...", "In the same statement,
# she ...", "Before leaving, they ..."): the subject still stands for a noun of the sentence
# before. The phrase is at most four lower-case words (a name in it, "In Rome, he ...", may be
# what the pronoun stands for only by chance, so such sentences are left as they were). A
# fronted clause of three words or more ("When police arrived, they ...") may hold the noun the
# pronoun stands for, so it does not count.
_FRONTED_PRONOUN = re.compile(
    r"^(?!(?:When|As|After|Because|If|While|Once|Since|Although|Though|Until|Before|Whenever)"
    r" \w+ \w+)[A-Z][a-z]*(?: [a-z]+){0,3}, (?:he|she|they)\b"
)


def _leans_back(text: str) -> bool:
    """Whether the sentence opens on a subject that stands for a noun of the sentence before
    or answers a claim made there (:data:`_LEANING_OPENERS`, "One grabbed ...":
    :func:`_quantifier_subject`, "For example, ...", "One of those ..."); a quotation's own "he"
    is a speaker's, so the words checked are the writer's."""
    own_text = _QUOTE.sub(" ", text).strip()
    own = words(own_text)
    if not own:
        return False
    return (
        own[0].split("'")[0] in _LEANING_OPENERS
        or bool(_FRONTED_PRONOUN.match(own_text))
        or _quantifier_subject(own)
        or bool(_ANAPHORIC_PHRASE.match(own_text) or _PART_OF_NAMED.match(own_text))
    )


def _follows(cand: _Candidate, other: _Candidate) -> bool:
    """Whether ``cand`` is the sentence right after ``other`` in the same source."""
    return (
        other.sentence.source == cand.sentence.source
        and other.sentence.index == cand.sentence.index - 1
    )


def _orphan(cand: _Candidate, chosen: list[_Candidate]) -> bool:
    """Whether ``cand`` leans on the sentence before it (:func:`_leans_back`) and that sentence
    is not among ``chosen``."""
    return cand.leans and not any(_follows(cand, c) for c in chosen)


def _antecedent_of(old: _Candidate, chosen: list[_Candidate]) -> bool:
    """Whether a sentence of ``chosen`` leans on ``old`` (so ``old`` cannot be swapped out)."""
    return any(c.leans and _follows(c, old) for c in chosen)


def _worth(chosen: list[_Candidate], weights: dict[str, float]) -> float:
    """What a summary is worth to the objective: the weight of the concepts it covers plus each
    sentence's prior scaled by its readability factor (as in :func:`_gain`)."""
    covered = frozenset().union(*(c.concepts for c in chosen))
    # math.fsum, not sum: a set's order changes with the interpreter's hash seed, and a float
    # sum with it in its last bits, which flipped a worth-neutral swap between two runs of the
    # same input; fsum is exact, so any order gives the same figure.
    return math.fsum(weights.get(k, 0.0) for k in covered) + math.fsum(
        c.prior * c.factor for c in chosen
    )


def _gain(c: _Candidate, weights: dict[str, float], covered: set[str]) -> float:
    new = math.fsum(weights.get(k, 0.0) for k in c.concepts - covered)  # any order: see _worth
    return float(c.factor * (new + c.prior) / (c.length**LENGTH_EXPONENT))


@dataclass(slots=True, frozen=True)
class _Repeats:
    """Whether a candidate says what a chosen sentence says: the same claim, a loose echo of it
    (align's looser link: another outlet's sentence on the same point), a cosine above
    ``summarize.redundancy``, or high word-bigram overlap."""

    vectors: np.ndarray
    by_sentence: dict[str, Claim]
    echoes: dict[str, set[str]]
    redundancy: float

    def __call__(self, a: _Candidate, b: _Candidate) -> bool:
        if self.by_sentence[a.sentence.id] is self.by_sentence[b.sentence.id]:
            return True
        if b.sentence.id in self.echoes.get(a.sentence.id, ()):
            return True
        if float(self.vectors[a.row] @ self.vectors[b.row]) >= self.redundancy:
            return True
        if len(a.figures & b.figures) >= SHARED_FIGURES:
            return True
        return jaccard(a.bigrams, b.bigrams) >= OVERLAP_LIMIT


# Two sentences giving the same two figures report the same fact in other words ("Claims rose
# 21,000 to 389,000", "First-time claims increased by 21,000 to 389,000 that week"): outlets
# word a data release differently, so neither the vectors nor the word overlap catch it.
SHARED_FIGURES = 2
# A figure: digits with their separators ("37,000", "5.8"), of two digits or more (a "3" is as
# often a date as a count); a bare year is the time of the story, not a figure of it.
_FIGURE = re.compile(r"\d[\d,.]*\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _figures(text: str) -> frozenset[str]:
    return frozenset(
        m.group().replace(",", "") for m in _FIGURE.finditer(text) if not _YEAR.fullmatch(m.group())
    )


def _summary_sentence(
    cand: _Candidate,
    by_sentence: dict[str, Claim],
    disputed: dict[str, list[str]],
    opposed: dict[str, set[Citation]],
) -> SummarySentence:
    sent = cand.sentence
    claim = by_sentence[sent.id]
    against = opposed.get(sent.id, set())
    return SummarySentence(
        text=cand.text,
        sentence=sent.id,
        claim=claim.id,
        citations=[c for c in claim.citations if c not in against],
        fragments=list(cand.fragments),
        disputed=sorted(set(disputed.get(sent.id, []))),
    )
