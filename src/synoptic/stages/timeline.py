"""Timeline: dated events, resolved against each article's own date and merged across sources.

1. expressions  spaCy DATE entities of the kept paragraphs (headlines and bylines skipped);
                durations ("eight years", "the last three days") and spans of years are not
                dates and are dropped (hand-written patterns: spaCy does not tell them apart).
2. resolution   dateparser, made deterministic: ``RELATIVE_BASE`` is the article's date
                (``source.published``), never the clock; "last year", "in May", "a year ago"
                resolve against it. An expression without a year in an undated article is kept
                with ``resolved: false`` and no date. Precision is dateparser's ``period``:
                "2019", "2018-05", "2019-04-25" (weeks as "2019-W17"). dateparser has no tense,
                so the clause's is read from the parse: "will"/present verbs look forward
                (a participle or infinitive takes its governing verb's tense), "since" and a
                dated noun ("its July estimate") look back, a plan told in the past ("voted to
                extend it through December") takes the nearer of last and next, and a future
                day of the month in the last 31 days is that recent day.
3. events       the clause the date belongs to (the subtree of its governing verb, opened by
                the noun a relative clause tells of), else the sentence; cited by offsets into
                the source.
4. merging      one entry per event: the same date, and the same claim of the align stage
                (sentences that say the same thing) or enough content words in common.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from synoptic.facts import TimelineEvent
from synoptic.model import Brief, Citation, Source
from synoptic.stages._base import Context, stage
from synoptic.stages.entities import is_headline, paragraph_docs

# Calibrated on the hand-written fixtures: two reports of one event share about a third of
# their content lemmas; different events on one date rarely share more than a fifth.
MERGE_JACCARD = 0.3
MERGE_SHARED = 3  # or this many content lemmas in common
FIGURATIVE = frozenset({"yesterday", "today", "tomorrow"})
MIN_CLAUSE_WORDS = 5
NEAR_PAST_DAYS = 31  # a future-tense day-of-month this recent is the last one, not next year's
# Any fixed base works when the expression carries its year; it only fills unused fields.
FIXED_BASE = datetime(2000, 1, 1)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)"
_NUMBERISH = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|some|"
    r"a few|a couple of|couple of|dozens of)"
)
_DURATION = re.compile(
    rf"^(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|the last|the "
    rf"past|the next|last|past|next|recent|earlier than after|after|for|just|only|barely|"
    rf"roughly|approximately)\s+)*"
    rf"(?:{_NUMBERISH}[\s-]+{_UNIT}|(?:\w+\s+)?(?:years|months|weeks|days|hours|decades))$",
    re.I,
)
_NOT_DATE = re.compile(
    r"^(?:annual|annually|daily|weekly|monthly|yearly|today|now|recently|currently|months|years|"
    r"decades|days|weeks|times?|the day|the time|\d{1,3})$",
    re.I,
)
_YEAR_SPAN = re.compile(r"^\d{4}\s*[–—-]\s*\d{2,4}$")
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[–—-]\s*\d{1,2}\b")
_LEAD = re.compile(
    r"^(?:the end of|the beginning of|the start of|the middle of|the|since|"
    r"until|by|from|in|on|of|early|late|mid|(?:earlier|later)(?=\s+(?:this|last|next)\b))\s+|"
    r"^mid-(?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
# Relative to another event, not to the article's date; a decade is not a point in time.
_ANAPHORIC = re.compile(
    rf"\b(?:later|following|the next day|the day before|\d{{1,3}}0s)\b|{_UNIT}\s+(?:before|after|"
    rf"earlier|prior)\b",
    re.I,
)
# "15 a year", "two per month": a rate, not a date.
_RATE = re.compile(
    r"\S\s+(?:a|per|each|every)\s+(?:year|month|week|day|quarter)\b(?!\s+(?:ago|earlier))", re.I
)
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    r"\b(?:ago|last|next|this|previous|yesterday|tomorrow|today|earlier|later)\b", re.I
)
_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}


@dataclass(slots=True, kw_only=True)
class _Mention:
    date: str | None
    expression: str
    text: str
    citation: Citation
    lemmas: frozenset[str]
    claim: str | None = None


@stage(name="timeline", requires=("docs", "claims"), assigns=("timeline",))
def timeline(brief: Brief, ctx: Context) -> Brief:
    mentions = [m for src in brief.sources for m in _source_dates(brief, src)]
    _attach_claims(brief, mentions)
    brief.timeline = _merge(mentions, [s.id for s in brief.sources])
    return brief


def _attach_claims(brief: Brief, mentions: list[_Mention]) -> None:
    """The align stage's claim of each mention's sentence: one claim, one event."""
    claim_of = {sid: c.id for c in brief.claims for sid in c.sentences}
    by_source: dict[str, list[Any]] = {}
    for sent in brief.sentences():
        by_source.setdefault(sent.source, []).append(sent)
    for m in mentions:
        for sent in by_source.get(m.citation.source, []):
            if sent.start <= m.citation.start < sent.end or (
                m.citation.start <= sent.start < m.citation.end
            ):
                m.claim = claim_of.get(sent.id)
                break


def _source_dates(brief: Brief, src: Source) -> list[_Mention]:
    base = parse_published(src.published)
    out: list[_Mention] = []
    for _, offset, doc in paragraph_docs(brief, src):
        if is_headline(doc):
            continue
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            if ent.end < len(doc) and doc[ent.end].tag_ == "POS" and ent.root.lower_ in FIGURATIVE:
                continue  # "yesterday's problem": a figure of speech, not an event
            resolved = resolve_date(ent.text, base, future=_future(ent))
            if (
                resolved is not None
                and not resolved[1]
                and base is None
                and not _RELATIVE.search(ent.text)  # "last year" counts from the article's date
            ):
                anchor = _anchor(ent)
                if anchor is not None:  # "sent in May 2018 and began in November": 2018-11
                    resolved = resolve_date(ent.text, anchor, future=True)
            if resolved is None:
                continue
            date, ok = resolved
            text, start, end = _event_text(ent, src, offset)
            out.append(
                _Mention(
                    date=date if ok else None,
                    expression=ent.text,
                    text=text,
                    citation=Citation(source=src.id, start=start, end=end),
                    lemmas=_lemmas(ent.sent),
                )
            )
    return out


def _anchor(ent: Any) -> datetime | None:
    """In an undated article, the last full date before ``ent`` in its sentence, if any: a
    bare month or day after it continues its narrative."""
    anchor = None
    for other in ent.sent.ents:
        if other.label_ != "DATE" or other.end > ent.start:
            continue
        resolved = resolve_date(other.text, None)
        if resolved is not None and resolved[1] and resolved[0]:
            anchor = parse_published(f"{resolved[0]}-01-01"[:10])
    return anchor


def parse_published(published: str | None) -> datetime | None:
    """The article's date as a naive datetime, or None (ISO text; time and zone ignored)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_date(
    expression: str, base: datetime | None, *, future: bool | None = False
) -> tuple[str | None, bool] | None:
    """ISO date at its precision for a date expression, with whether it could be resolved.

    Returns None when the expression is not a point in time (a duration, "annual") or
    dateparser cannot read it; ``(None, False)`` when it is relative and ``base`` is None.
    ``future`` makes a bare "May" or "Friday" the next one after ``base`` rather than the last;
    None takes whichever of the two is nearer ``base``.
    """
    expr = _normalise(expression)
    if not expr or (_DURATION.match(expr) and "ago" not in expr) or _NOT_DATE.match(expr):
        return None
    if _YEAR_SPAN.match(expr) or _ANAPHORIC.search(expr) or _RATE.search(expr):
        return None
    if (
        base is not None
        and expr.lower() in _WEEKDAYS
        and base.weekday() == _WEEKDAYS.index(expr.lower())
    ):
        return base.strftime("%Y-%m-%d"), True  # "on Monday" in Monday's paper is that day
    if base is not None:  # "May last year": dateparser reads neither half of it alone
        for words, delta in _YEAR_WORDS.items():
            if words in expr.lower() and expr.lower() != words:
                expr = re.sub(words, str(base.year + delta), expr, flags=re.I)
    has_year = bool(_YEAR.search(expr))
    if base is None and (not has_year or _RELATIVE.search(expr)):
        return (None, False) if _parser(FIXED_BASE, False).get_date_data(expr).date_obj else None
    if future is None:
        if base is None or has_year:
            future = False
        else:  # a plan told in the past: the nearer of last and next
            last, upcoming = (_parser(base, f).get_date_data(expr) for f in (False, True))
            if last.date_obj is None or upcoming.date_obj is None:
                return None
            near = (upcoming.date_obj - base) < (base - last.date_obj)
            data = upcoming if near else last
            return _iso(data.date_obj, data.period or "day"), True
    data = _parser(base or FIXED_BASE, future).get_date_data(expr)
    if data.date_obj is None:
        return None
    day_of_month = (data.period or "day") == "day" and re.search(r"\d", expr)  # not "Friday"
    if future and base is not None and day_of_month and not has_year:
        # "will start on Oct. 15" in a paper of Oct. 18: a day of the last few weeks is that
        # day (the report was written before it, or the plan is told as it stood), not the
        # same day a year on.
        past = _parser(base, False).get_date_data(expr)
        if past.date_obj is not None and 0 <= (base - past.date_obj).days <= NEAR_PAST_DAYS:
            data = past
    return _iso(data.date_obj, data.period or "day"), True


def _normalise(expression: str) -> str:
    expr = " ".join(expression.replace("’", "'").split())
    expr = re.sub(r"'s?$", "", expr)  # "next year's", "Friday's"
    expr = _DAY_RANGE.sub(r"\1", expr)
    first = re.split(r"\s+(?:to|until|through)\s+", expr)[0]
    if first != expr:  # "April 25 to 27 2019": the start, with the range's year
        year = _YEAR.search(expr)
        expr = first if _YEAR.search(first) or not year else f"{first} {year.group(0)}"
    prev = None
    while prev != expr:
        prev, expr = expr, _LEAD.sub("", expr)
    return expr.strip(" ,.")


def _future(ent: Any) -> bool | None:
    """Whether the date's clause speaks of the future ("will/would start in May", "expects a
    hearing in June"): dateparser has no tense, so a bare month or weekday would go to the past.
    Read by hand from the parse: a will/would/shall auxiliary or a present-tense verb. None for
    a plan told in the past ("the panel prepared to meet Friday", "voted to extend the limit
    through December"): it may lie on either side of the article's date."""
    tok = ent.root
    head = tok.head
    if (
        tok.dep_ in ("compound", "poss", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and not head.ent_type_
        and head.lower_ not in _TIMES_OF_DAY
    ):
        # "its July estimate", "Thursday's talks" name a thing of that date, and the tense of
        # the clause around the noun says little about it ("Friday morning" is the date): the
        # nearer of the last and the next (July's estimate in an October paper; Thursday's
        # talks in Wednesday's).
        return None
    tok = _verb_of(tok)
    above = list(ent.root.ancestors)[: _depth(ent.root, tok) + 1]
    if any(t.lower_ == "since" for t in [*above, *tok.children] if t.dep_ in ("prep", "mark")):
        return False  # "since May", "since taking office in January" look back
    future = _future_verb(tok)
    if future is not False:
        return future
    # "Starting in November, travellers will ...", "the first phase, kicking off in November,
    # will allow ...", "for travel starting in November": a participle (or a bare infinitive)
    # takes the tense of the first verb above it.
    if (tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "xcomp", "pcomp")) or (
        tok.tag_ == "VB" and tok.dep_ in ("advcl", "xcomp")
    ):
        head = _verb_of(tok.head)
        return head.pos_ in ("VERB", "AUX") and head.i != tok.i and _future_verb(head) is True
    return False


def _verb_of(tok: Any) -> Any:
    """``tok`` itself if it is a verb, else its nearest verb above (or the root)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _depth(tok: Any, ancestor: Any) -> int:
    """How many steps up from ``tok`` ``ancestor`` is (0 when it is ``tok`` itself)."""
    depth = 0
    while tok.i != ancestor.i and tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def _future_verb(tok: Any) -> bool | None:
    if _has_will(tok):
        return True
    if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        # "the changes, to take effect in November"; "plans to open in May"; but an infinitive
        # under a past verb is a plan told in the past (None): the first finite verb above it
        # decides.
        head = tok
        while head.dep_ in ("xcomp", "ccomp", "advcl") and head.tag_ in ("VB", "VBG", "VBN"):
            head = head.head
            if _has_will(head):
                return True
        return None if head.tag_ == "VBD" else True
    return bool(tok.tag_ in ("VBZ", "VBP") and tok.lemma_ != "be")


def _has_will(tok: Any) -> bool:
    return any(c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children)


@lru_cache(maxsize=64)
def _parser(base: datetime, future: bool) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _iso(when: datetime, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.strftime("%Y-%m-%d")


def _event_text(ent: Any, src: Source, offset: int) -> tuple[str, int, int]:
    """The clause governed by the date's verb (or the whole sentence), with its offsets."""
    sent, tok = ent.sent, ent.root
    tok = _verb_of(tok)
    while _shares_head_event(tok):
        tok = tok.head
    span = (sent.start_char, sent.end_char)
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("ROOT",):
        words = list(tok.subtree)
        long_enough = len(words) >= MIN_CLAUSE_WORDS
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and long_enough:
            # "estimates released Wednesday", "the measure, which was approved on Sept. 16":
            # the noun the clause tells of opens it.
            words = [t for t in sent if tok.head.left_edge.i <= t.i <= words[-1].i]
        if words and words[0].dep_ == "mark" and words[0].head.i == tok.i:
            words = words[1:]  # "that the House will meet", "after the court ruled"
        if len(words) >= MIN_CLAUSE_WORDS:
            span = (words[0].idx, words[-1].idx + len(words[-1].text))
    start, end = offset + span[0], offset + span[1]
    text = src.original
    if text.count("(", start, end) > text.count(")", start, end):
        # A clause that stops inside a parenthesis ("organized by the ministry (23-25 April"):
        # the whole sentence, which closes it.
        start, end = offset + sent.start_char, offset + sent.end_char
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return " ".join(text[start:end].split()), start, end


def _shares_head_event(tok: Any) -> bool:
    """A clause with no subject of its own that tells its head verb's event: a second verb
    ("the news made headlines and moved stocks last week") or a circumstance of the same time
    ("stabbed while meeting constituents on Friday", "speaking on Monday, she said")."""
    if tok.dep_ not in ("conj", "advcl") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return False
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    return tok.dep_ == "conj" or all(m in ("while", "when", "as") for m in marks)


def _lemmas(sent: Any) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop and t.ent_type_ != "DATE"
    )


def _merge(mentions: list[_Mention], order: list[str]) -> list[TimelineEvent]:
    groups: list[list[_Mention]] = []
    for m in mentions:
        for group in groups:
            head = group[0]
            same = head.date == m.date and (m.date is not None or head.expression == m.expression)
            if same and _similar(head, m):
                group.append(m)
                break
        else:
            groups.append([m])
    rank = {sid: i for i, sid in enumerate(order)}
    events = [_event(g, rank) for g in groups]
    events.sort(key=lambda e: (e.date is None, e.date or "", _first(e, rank)))
    return events


def _similar(a: _Mention, b: _Mention) -> bool:
    if a.citation == b.citation or (a.claim is not None and a.claim == b.claim):
        return True
    shared, union = len(a.lemmas & b.lemmas), len(a.lemmas | b.lemmas)
    return shared >= MERGE_SHARED or (union > 0 and shared / union >= MERGE_JACCARD)


def _event(group: list[_Mention], rank: dict[str, int]) -> TimelineEvent:
    group = sorted(group, key=lambda m: (rank[m.citation.source], m.citation.start))
    citations = list(dict.fromkeys(m.citation for m in group))
    sources = sorted({c.source for c in citations}, key=lambda s: rank[s])
    return TimelineEvent(
        date=group[0].date,
        resolved=group[0].date is not None,
        expression=group[0].expression,
        text=group[0].text,
        sources=sources,
        citations=citations,
    )


def _first(event: TimelineEvent, rank: dict[str, int]) -> tuple[int, int]:
    c = event.citations[0]
    return rank[c.source], c.start
