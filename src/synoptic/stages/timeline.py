"""Timeline: dated events, resolved against each article's own date and merged across sources.

1. expressions  spaCy DATE entities of the kept paragraphs (headlines and bylines skipped);
                durations ("eight years", "the last three days", "three to 10 years") and
                spans of years are not dates and are dropped (hand-written patterns: spaCy
                does not tell them apart).
2. resolution   dateparser, made deterministic: ``RELATIVE_BASE`` is the article's date
                (``source.published``), never the clock; "last year", "in May", "a year ago"
                resolve against it. An expression without a year in an undated article is kept
                with ``resolved: false`` and no date. Precision is dateparser's ``period``:
                "2019", "2018-05", "2019-04-25" (weeks as "2019-W17"). dateparser has no tense,
                so the clause's is read from the parse: "will"/present verbs look forward
                (a participle or infinitive takes its governing verb's tense), "since" and a
                dated noun ("its July estimate") look back, a plan told in the past ("voted to
                extend it through December") takes the nearer of last and next, and a future
                day of the month in the last 31 days is that recent day. A day told in the
                present progressive ("the family is holding a vigil Thursday") is an
                arrangement: the next one; so is a date a present "be" gives ("the elections
                are Nov. 3", "our goal by July 4 is ...") and one told with "must". An
                infinitive on a noun ("was the first to report on Thursday", "a plan to
                address it on Wednesday") takes the tense of that noun's verb; the time a
                plan verb sets something for ("set for November", "a session scheduled for
                Wednesday", "fixed for Nov. 2", "will open as scheduled on Nov. 3") the nearer
                of last and next. An infinitive's tense is that of its first finite verb,
                which may be an auxiliary or a copula ("was forced to leave in September",
                "were unable to reach it on Monday": a plan told in the past). "Since" looks
                back only on the date's own path or marking its clause, not as another date's
                ("will meet Thursday, the first session since Aug. 6") or as a reason ("since
                the union is holding a meeting on Wednesday": told in the present). "Is due"
                ("a ruling due before Oct. 18") and "may/might/could" ("could make landfall on
                Sunday", not "could not" nor "may have") look forward, and the month a paper
                is written in, told ahead ("by mid-September" on Sept. 7), is that month.
3. events       what the date is of: a dated noun's phrase ("the Oct. 5 release of the book",
                unless the noun is the clause's subject or its time frame), else the clause of
                the date's verb (an infinitive or participle climbs to the verb that has the
                subject; a relative clause opens on its noun; "when"/"that" are dropped), else
                the sentence; cited by offsets into the source. A bare date a verb's event
                comes after or before ("felt after 9/11"), a date a measure counts from or to
                ("the highest since 2014", "data through April 9"), a habit ("typically start
                in April"), a month or weekday that begins a name ("Mayor June Halloran"), a
                state ("as of Thursday, 80 remained"; "in 1969 he was 25 years old"), the base
                of a comparison ("compared with February 2020", "down $2 million from last
                year"), some weekday ("it was a
                Monday"), a line telling the reader what to do ("Watch the report from June 1"),
                a date line ("MONDAY, Jan. 25, 2016 (Harbour News) --") and a time-stamp line
                are no events, nor is a year that ends a name (see below).
                A deadline ("should leave by the end of this year") is kept, dated at the
                deadline: a dated commitment is what a reader looks for on a timeline, and its
                text says "by". A tally over a period ("so far this year 40 have died", "in
                2018 sales rose 4%", "had revenues of $3 million last year") is no event and is
                dropped; a forecast ("growth is expected to slow in 2020", "will spend $3
                million next year") is kept, its text saying it is one. "In the last month" is
                the span a change is measured over, not a date. Nor are events: where a span
                ends ("a pause until the end of September", "fund it into December"; a negated
                "not charged until Nov. 30" is kept), a state since a date ("has been mayor
                since 2012", "have been fighting since 1984"; "has been closed since May" is
                kept: it closed then), a page's date line ("ORIGINALLY PUBLISHED JANUARY
                2021:", no anchor either) and a relative date capitalised inside a sentence, a
                show's title (ABC's "This Week"). "The mid-1990's" is a decade. A month's noun
                takes its clause's tense ("won the November election": the last one). A second
                date of a sentence told by the whole sentence is told by its own phrase ("two
                men arrested this week"), the sentence staying the event of the date nearest
                its main verb; a text that holds another date of its sentence across "and",
                "but" or ";" joining two predicates stops there ("became director in 2012 |
                and chair in 2014"). A year that ends a name ("the Harbour Act of 1965") or a
                description of a person ("Voss, a 2020 mayoral hopeful"; "was a contender
                for the 2016 nomination") dates no event told;
                "today" set against "tomorrow" in a generic clause ("the rulers of today can
                be jobless tomorrow") is a figure of speech.
                A bare year that is a make's model year ("a 2007 sedan", "his 2008 black
                Porsche"), a count ("sought 2000 volunteers") or a work's title ("Orwell's
                1984") dates no event; nor does a day on which nothing is told to happen ("did
                not comment on Friday", "no looting had been reported by early Wednesday",
                "was quiet by early Tuesday").
4. merging      one entry per event: the same date (undated: the same month and day, or the same
                wording), and, with any one of the event's mentions so far, the same claim of the
                align stage, enough content words in common (a few words of two long sentences
                count only if they are not the story's topic words, used around many dates),
                or, across outlets, the same event word ("published Monday" / "an article
                published on Monday"; "the invitation was sent" / "invited") with a participant
                in common. An undated "Nov. 18" or "November" told like a dated "Nov. 18,
                2017" joins it (a month alone only with the same event word; a weekday not by
                its date, as it counts from the undated article's unknown date). A day's noun
                ("Friday's attempt") joins its source's one event of that day told before it.
                Across outlets, dates of one day on noun phrases sharing a word ("a primary
                victory on Tuesday", "Tuesday's primary election") are one event. Two dates
                told by the same words ("plans to open it in 2022 or 2024") are one row, as
                are the dates of a sentence that are all one list ("pump failures in 2031,
                2029 and 2027"), not a row per year holding the rest of the list.
                Across outlets, a verb and its noun ("was tried" / "went on trial", see
                ``_DERIVED``) are one event word, and two sentences of one day whose vectors
                are very close (``EVENT_COSINE``) with a participant in common are one event;
                a third outlet joins through the report in its own event word. Less close
                (``CLOSEST_COSINE``), two outlets' rows of one day are one event when each is
                the other's closest row of that day by a clear margin and they share two
                content words ("was with her playmate on Dec. 3 when a stranger approached" /
                "playing with a friend on Dec. 3, when a young man approached"; see
                ``_join_closest``). A year or a
                month told of an event ("invaded East Timor in 1975") joins the one finer date
                within it told by the same event word and participants ("... in Dec. 1975");
                with two such, it stays apart; the very same event word and one participant
                besides it are enough ("a ferryman drowned in 2031" / "Brune drowned on May
                4, 2031, the ferryman's log says"). One article telling one event of a day
                twice in other words is one row: the same event word, the same subject noun,
                and the same object if both have one ("Voss was sentenced on Tuesday" / "On
                Tuesday, Ms. Voss, 61, was sentenced to six years"; see ``_told_again``). An
                undated weekday's event joins the one event told alike on that weekday with
                its date ("a lynx was shot on Wednesday" / "the lynx was shot Wednesday,
                March 30"). A periodical's issue ("the Dec. 7 issue") and a sum made over a
                period ("which made $10 billion in sales last year") are no events, nor is a
                body named by its event's date ("the House Jan. 6 Select Committee", "the Jan. 6
                panel"). Undated articles alike, a month joins the one day of it told alike
                ("meet in Geneva in June" / "set to meet in Geneva on June 15-16"). A third
                outlet's report told like two rows of its date, and near a sentence of each,
                makes them one (see ``_bridge``). "The next decade" is a span, a sum spent
                over a period ("spent $18 billion last year") a tally, and a date a verb of
                change counts from ("to fall to 380,000 from last week") its base.
                Undated clusters: another article's weekday ("unveiled Monday") joins the one
                day written out without a year ("unveiled on Nov. 9"), and a "next/last/this
                month" the one month or day so written, told by the same event word or dated
                noun in close sentences, or in nearly the same words, in the same tense (see
                ``_join_relative``); "this week" joins the one weekday its own article tells
                alike (see ``_this_week``). The row shows the written day.
5. year         a month and day of an undated article ("April 25 to 27", "on 12 March") not
                joined to a dated event takes its year from the cluster's other sources, as a
                reader would: the occurrence nearest the median publication date of the dated
                sources ("Dec. 30" near Jan. 3 is last December's; a weekday told with it,
                "Sunday, Dec. 20", picks the year it falls on). The row says so
                (``year_from: "cluster"``). A weekday or relative date alone ("Tuesday", "last
                week", "yesterday") is not resolved so: sources are published days apart,
                and it counts from its own article's unknown date; nor is a month alone.
6. order        by date; an undated month and day sorts into the one year all the cluster's
                dated sources share when no year is inferred (see 5); relative dates of
                undated articles by how far from the article's date they lie ("10 years
                ago", "last week", "Wednesday", "next month").
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
from synoptic.stages.numbers import CHANGE_VERBS
from synoptic.text import content_stems, stem

# Calibrated on the hand-written fixtures: two reports of one event share about a third of
# their content lemmas; different events on one date rarely share more than a fifth.
MERGE_JACCARD = 0.3
MERGE_SHARED = 3  # or this many content lemmas in common,
# if they are a fifth of the two sentences' words or more, or are not the story's topic words
# (see ``_topic_words``): two long sentences of one story share "North", "Korea", "rebels",
# "say" whatever event each tells. Different events of one weekday in ten wire stories shared
# three such words at a tenth of their words, and were made one row.
MERGE_JACCARD_FLOOR = 0.2
# Two outlets' sentences of one day this close (cosine of the embed stage's vectors) tell one
# event in other words; align links paraphrases from 0.75 (its CLOSE_COSINE) with word overlap.
EVENT_COSINE = 0.75
# Less close, they are one event only if nothing else of that day is nearly as close (see
# ``_join_closest``): outlets tell one event in their own words ("was with her playmate on Dec.
# 3 when a stranger approached" / "playing outside with a friend on Dec. 3 when a young man
# approached", cosine 0.61), while two events of one day in one story were 0.58 apart with
# another of that day's rows within 0.09, and two of one wire day ("praised the agreements
# Tuesday" / "responded Tuesday to criticism") 0.63 apart, 0.18 above the next (Multi-News,
# AllSides and DUC dev, one reader).
CLOSEST_COSINE = 0.6
CLOSEST_MARGIN = 0.2  # over either row's next closest row of that day
CLOSEST_SHARED = 2  # content lemmas in common: a participant besides the event
# A report told like two rows of its date makes them one only if its sentence is this close to
# one of each (see ``_bridge``): the right bridges of Multi-News 0-39, DUC 0-9 and AllSides
# 150-200 were 0.51-0.62 from the row they bridged to, the wrong ones of a folder of ten wire
# stories mostly 0.09-0.47 (one reader).
BRIDGE_COSINE = 0.5
MIN_TOPIC_DATES = 4  # a topic word is used around this many different dates at least
# Verbs that name no event of their own: one outlet's "said Monday" and another's "told
# reporters Monday" may be different statements; "occur", "hold" take their event from a noun.
_LIGHT_VERBS = frozenset(
    {
        *("say", "tell", "add", "be", "have", "do", "make", "take", "get", "give", "go"),
        *("come", "occur", "happen", "hold", "continue", "begin", "start", "remain", "keep"),
        *("seem", "appear"),
    }
)
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
    # "three to 10 years": a range of lengths is a length too
    # "five, six months", "two or three weeks": so is a list of lengths told in the air
    rf"(?:{_NUMBERISH}(?:(?:\s+to|\s+or|,)\s+{_NUMBERISH})?[\s-]+{_UNIT}"
    rf"|(?:\w+\s+)?(?:years|months|weeks|days|hours|decades))$",
    re.I,
)
_NOT_DATE = re.compile(
    r"^(?:annual|annually|daily|weekly|monthly|yearly|today|now|recently|currently|months|years|"
    r"decades|days|weeks|times?|the day|the time|\d{1,3})$",
    re.I,
)
# "in the last month", "over the past year": the span a change is measured over ("shares have
# doubled in the last month"), unlike "last month", a point in time. So is "the next decade"
# ("deficits above $1 trillion over the next decade"): the years a figure is counted over ("the
# next year" is already an anaphor, see ``_ANAPHORIC_PHRASE``).
_LAST_SPAN = re.compile(
    r"^(?:in\s+|over\s+|during\s+|for\s+)?the\s+(?:last|past|next)\s+"
    r"(?:year|month|week|decade)$",
    re.I,
)
_YEAR_SPAN = re.compile(r"^\d{4}\s*[–—-]\s*\d{2,4}$")
# "from 1998 to 2011": a span of years in words is no more a point in time than "1998-2011".
_YEAR_SPAN_WORDS = re.compile(
    r"^(?:from\s+|between\s+)?(?:1[6-9]|20)\d\d\s+(?:to|until|through|and)\s+(?:1[6-9]|20)\d\d$",
    re.I,
)
# Initials ("H.R. 1", "S. 1"): a bill's or a body's name; no month is written that way.
_INITIALS = re.compile(r"\b[A-Z]\.[A-Z]\.|^[A-Z]\.\s")
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
_ANAPHORIC_PHRASE = re.compile(
    r"\b(?:the\s+(?:next|following|previous|prior|same)|that)\s+(?:day|week|month|year)\b", re.I
)
# "a second day of questioning", "a fifth straight day": a count of days, not a date.
_ORDINAL_SPAN = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|\w+th)\s+"
    rf"(?:(?:straight|consecutive|full)\s+)?{_UNIT}$",
    re.I,
)
# Digits alone are a date only as a year or in a numeric date format ("9/11", "2019-04-25");
# "11, 13" (ages) or "2460" (a count) that spaCy tagged DATE are not.
_NUMERIC_DATE = re.compile(
    r"^(?:1[6-9]\d\d|20\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}(?:[-/.]\d{1,2}){1,2}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$"
)
# "down from one in five last month": spaCy takes the count into the date.
_STRAY_COUNT = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:last|next|this)\s)", re.I
)
# "15 a year", "two per month": a rate, not a date.
_RATE = re.compile(
    r"\S\s+(?:a|per|each|every)\s+(?:year|month|week|day|quarter)\b(?!\s+(?:ago|earlier))", re.I
)
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Events no one schedules: named by their date ("the Jan. 6 riot", "the March 3 crash") they
# have happened, whatever the tense of the clause they stand in ("as it tries to recover from
# the Jan. 6 riot"); only a planned thing (a vote, a hearing) can be named by a date ahead.
_UNFORESEEN = frozenset(
    {
        "attack", "riot", "insurrection", "uprising", "shooting", "bombing", "explosion",
        "blast", "crash", "collapse", "massacre", "killing", "murder", "stabbing", "assault",
        "ambush", "raid", "siege", "breach", "coup", "earthquake", "quake",
        "tragedy", "disaster", "accident", "derailment", "outbreak", "hack",
        "cyberattack", "mutiny", "rampage",
    }
)  # fmt: skip
# Verbs that make a plan of their object ("scheduled the November vote"): told in the past, the
# planned thing may still lie ahead.
_PLAN_VERBS = frozenset(
    {
        *("schedule", "set", "plan", "call", "announce", "postpone", "delay", "move"),
        *("approve", "fix", "slate"),
    }
)
# Plan verbs whose participle names the planned time with "on" or "in" as well as with "for"
# ("the trial scheduled on Nov. 3", "will open as scheduled on Nov. 3", "slated in May"): the
# time the thing is set for, not the day the plan was made.
_TIMING_VERBS = frozenset({"schedule", "slate"})
# Prepositions that make a date where a span ends ("a pause until the end of September", "fund
# the government into December", "will run through March"): the span's end, no event of that
# date. Negated, the verb's event is of that date ("was not charged until Nov. 30").
_SPAN_ENDS = frozenset({"until", "till", "through", "thru", "into"})
# Verbs of a state that holds since a date ("has been mayor since 2012", "have lived there
# since 1990"): how things have stood since, no event of that date is told.
# "maintain", "keep": a state held since the date ("has maintained a base there since 2011"),
# no event of that date is told.
_STATE_VERBS = frozenset({"be", "have", "remain", "stay", "live", "maintain", "keep"})
# The words of a page's date line ("ORIGINALLY PUBLISHED JANUARY 2021:", "Updated on March 4").
# "update": the note "[UPDATE March 4, 2019]" a page adds where it was changed
_PAGE_LINE_VERBS = frozenset({"published", "updated", "update", "posted", "modified"})
_PAGE_LINE_WORDS = _PAGE_LINE_VERBS | {"originally", "first", "last", "on", "at"}
# Words of a relative date ("this week", "today"): capitalised inside a sentence, they name a
# show or a section ("ABC's \"This Week\"", "NBC's Today show"), as prose writes the date in lower
# case.
_RELATIVE_WORDS = frozenset(
    {
        *("this", "next", "last", "today", "tonight", "tomorrow", "yesterday"),
        *("week", "month", "year", "weekend"),
    }
)
# Prepositions that put a verb's event before or after a date, not on it.
_BOUNDS = frozenset({"after", "before", "following", "prior"})
# Prepositions that make a date the start or end of a span a noun measures ("the highest mark
# since 2014", "data through April 9", "an increase from 2010"): the date is where a comparison
# or a tally starts or stops. On a verb "since" keeps its date, the start of the verb's state
# ("has been closed since May": it closed in May).
_SPAN_BOUNDS = frozenset({"since", "through", "from"})
# Adverbs of a habit ("hikers typically start in April"): a generic statement, not an event.
_HABITUAL = frozenset(
    {
        *("typically", "usually", "often", "generally", "normally", "traditionally"),
        *("commonly", "routinely", "frequently", "customarily", "always", "regularly"),
    }
)
# Verbs by which a figure measures a period: "sales rose 4% in 2018", "trade amounted to $34
# million last year", "had revenues of", "harvested 3 million tons this year".
_TALLY_VERBS = frozenset(
    {
        *("rise", "fall", "grow", "increase", "decrease", "decline", "drop", "climb", "jump"),
        *("double", "triple", "amount", "total", "reach", "top", "peak", "earn", "have"),
        *("harvest", "produce", "sell", "export", "import"),
    }
)
_FIGURES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Nouns of a count ("the death toll for 2031", "had the highest rate of burglaries last year"):
# a figure told by its name rather than in digits. "Level" is the base a change is measured
# from ("cut emissions 40% from 2005 levels", "back to last year's levels"), no event of it.
_MEASURES = frozenset({"toll", "tally", "total", "count", "rate", "number", "average", "level"})
# A periodical's number ("the Dec. 7 issue of the Weekly"): the date of a printed issue, which a
# text cites for where it ran, not an event of the story.
_ISSUES = frozenset({"issue", "edition"})
# A body named by the event it looks into ("the House Jan. 6 Select Committee", "the Jan. 6
# panel"): the date names the body, and what the body did ("announced on Wednesday") has its
# own date; the event itself is told by its own noun ("the Jan. 6 riot").
_BODIES = frozenset({"committee", "panel", "commission"})
# Names that a year may end ("the Harbour Safety Act of 1965", "the Budapest Memorandum of
# 1994"): the date is the named thing's, and the sentence tells of something else (its renewal,
# its breach): no event of the date is told (``_name_phrase`` still gives the name as the text,
# for a caller that keeps it).
_NAME_TYPES = frozenset({"LAW", "ORG", "WORK_OF_ART", "FAC", "PRODUCT"})
# Nouns of a text that rules or foresees ("the 1998 Extradition Act", "its 2024 growth
# forecast", "the 2025 budget", "the 1961 law"): a year on them names the text or the period
# it covers, not the day of an event; the text's passing or release, when told, has its own
# date ("approved the 2025 budget on Monday").
_DOCUMENTS = frozenset(
    {
        *("act", "law", "bill", "statute", "legislation", "code", "constitution", "charter"),
        *("treaty", "accord", "agreement", "convention", "memorandum", "protocol", "project"),
        *("forecast", "outlook", "projection", "estimate", "budget", "guidance", "target"),
    }
)
# Nouns that set a date's events beside another's ("a repetition of 1993", "a replay of
# 2016"): a comparison, no event of that year is told.
_LIKENESSES = frozenset({"repeat", "repetition", "replay", "rerun", "reprise", "echo"})
# Prepositions whose noun is the time frame of the clause's event ("during an interview in
# 2009, she said"; "died in the 2001 attacks"): the clause tells what happened then.
_FRAMES = frozenset({"during", "in", "at", "on", "amid", "throughout", "over"})
MIN_NOUN_WORDS = 3  # "the 2012 election": a dated noun phrase told alone
# A relative or interrogative word that opens a clause whose noun was not found: not a text.
_WH_TAGS = frozenset({"WDT", "WP", "WP$"})
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
# Prepositions that set a "will" clause's event at a weekday's noun ("will face him in
# Sunday's runoff", "will speak at Friday's rally"): the event is the noun's own, ahead.
_AHEAD_FRAMES = frozenset({"in", "at", "during", "before", "until"})
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
    head: str | None = None  # stem of the word that names the event ("publish", "death")
    stems: frozenset[str] = frozenset()  # content stems of the event's text
    claim: str | None = None
    sentence: int | None = None  # offset of the mention's sentence in its source
    reference: bool = False  # a noun of its day ("Friday's attempt"): see ``_reference``
    # stems of the noun the date is on and its modifiers ("primary victory on Tuesday",
    # "Tuesday's primary election"): see ``_event_nouns``
    nouns: frozenset[str] = frozenset()
    # ``lemmas`` less the story's topic words (set by ``_merge``; None: all of them count)
    distinct: frozenset[str] | None = None
    # the clause's tense (see ``_future``): where an undated relative date lies ("Wednesday")
    future: bool | None = False
    # the embedding of the mention's sentence (the embed stage's, L2-normalised), if any
    vector: Any = None
    # lemmas of the event verb's subject and object nouns (see ``_participants``)
    subject: str | None = None
    object: str | None = None


@stage(name="timeline", requires=("docs", "claims"), assigns=("timeline",))
def timeline(brief: Brief, ctx: Context) -> Brief:
    mentions = [m for src in brief.sources for m in _source_dates(brief, src)]
    _attach_claims(brief, mentions)
    dates = sorted(d for d in map(parse_published, (s.published for s in brief.sources)) if d)
    years = {d.year for d in dates}
    year = years.pop() if len(years) == 1 else None
    base = dates[(len(dates) - 1) // 2] if dates else None  # the median (the lower of two)
    brief.timeline = _merge(mentions, [s.id for s in brief.sources], year=year, base=base)
    return brief


def _attach_claims(brief: Brief, mentions: list[_Mention]) -> None:
    """The align stage's claim of each mention's sentence: one claim, one event."""
    claim_of = {sid: c.id for c in brief.claims for sid in c.sentences}
    sentences = brief.sentences()
    vectors = brief.embeddings
    if vectors is not None and len(vectors) != len(sentences):
        vectors = None
    by_source: dict[str, list[tuple[int, Any]]] = {}
    for row, sent in enumerate(sentences):
        by_source.setdefault(sent.source, []).append((row, sent))
    for m in mentions:
        for row, sent in by_source.get(m.citation.source, []):
            if sent.start <= m.citation.start < sent.end or (
                m.citation.start <= sent.start < m.citation.end
            ):
                m.claim = claim_of.get(sent.id)
                m.vector = vectors[row] if vectors is not None else None
                break


def _source_dates(brief: Brief, src: Source) -> list[_Mention]:
    base = parse_published(src.published)
    out: list[_Mention] = []
    for _, offset, doc in paragraph_docs(brief, src):
        if is_headline(doc):
            continue
        made: list[tuple[_Mention, Any]] = []
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            if ent.end < len(doc) and doc[ent.end].tag_ == "POS" and ent.root.lower_ in FIGURATIVE:
                continue  # "yesterday's problem": a figure of speech, not an event
            if _is_timestamp(ent.sent) or _is_dateline(ent) or _is_bound(ent):
                continue
            if _not_an_event(ent):
                continue
            future = _future(ent)
            resolved = resolve_date(ent.text, base, future=future)
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
                    expression=_STRAY_COUNT.sub("", ent.text),
                    text=text,
                    citation=Citation(source=src.id, start=start, end=end),
                    lemmas=_lemmas(ent.sent),
                    head=_event_head(ent),
                    stems=frozenset(content_stems(text)),
                    sentence=offset + ent.sent.start_char,
                    reference=_is_reference(ent, date if ok else None),
                    nouns=_event_nouns(ent),
                    future=future,
                )
            )
            out[-1].subject, out[-1].object = _participants(ent)
            made.append((out[-1], ent))
        _split_shared(made, src, offset)
        _cut_at_coordination(made, src, offset)
    return out


# Words that join two clauses or two predicates of one sentence ("became director in 2012 and
# chair in 2014"): where the text of one date's event stops and another's starts.
_COORDINATORS = frozenset({"and", "but", ";"})
MIN_CUT_WORDS = 3  # "chair in 2014": the second half of a coordination may lack its verb


def _cut_at_coordination(made: list[tuple[_Mention, Any]], src: Source, offset: int) -> None:
    """A text that holds another date of its sentence across "and", "but" or ";" ("working
    her way up to director in 2012 and chair in 2014"; "the invitation was sent in May 2016,
    and the visit began in November"; "and" joining two verbs, not two nouns) stops at that
    word: each date keeps its own half, so
    that two rows of one sentence do not show the same words. Two dates joined by the word
    alone ("in 2022 or 2024", "between June 2017 and May 2018") are one phrase and stay."""
    per_sentence: dict[int | None, int] = {}
    for m, _ in made:
        per_sentence[m.sentence] = per_sentence.get(m.sentence, 0) + 1
    for m, ent in made:
        if per_sentence[m.sentence] < 2:
            continue  # the one date of its sentence (``ent.sent`` is not free: skip it early)
        doc = ent.doc
        lo, hi = m.citation.start - offset, m.citation.end - offset
        first = next((t.i for t in ent.sent if t.idx >= lo), ent.start)
        last = max((t.i + 1 for t in ent.sent if t.idx + len(t.text) <= hi), default=ent.end)
        i0, i1 = first, last
        for n, other in made:
            if other.start == ent.start or n.sentence != m.sentence:
                continue
            if not (first <= other.start and other.end <= last):
                continue  # the text does not hold the other date
            between = range(ent.end, other.start) if other.start > ent.start else None
            if between is None:
                between = range(other.end, ent.start)
            words = [doc[i] for i in between if not doc[i].is_punct or doc[i].text == ";"]
            # "and" between two predicates ("sent in May, and began in November"; "director
            # in 2012 and chair in 2014", where the parser may hang it on the date), not
            # between two nouns ("since Tarn and Orrin forces withdrew a week ago")
            dates = {*range(ent.start, ent.end), *range(other.start, other.end)}
            joins = [
                t.i
                for t in words
                if t.text == ";"
                or (
                    t.lower_ in _COORDINATORS
                    and (t.head.pos_ in ("VERB", "AUX") or t.head.i in dates)
                )
            ]
            if not joins or all(t.lower_ in _COORDINATORS | {"or"} for t in words):
                continue
            if other.start > ent.start:
                i1 = min(i1, joins[0])
            else:
                i0 = max(i0, joins[-1] + 1)
        if (i0, i1) == (first, last):
            continue
        words = list(doc[i0:i1])
        while words and words[0].is_punct:
            words = words[1:]
        while words and words[-1].is_punct:
            words.pop()
        holds = bool(words) and words[0].i <= ent.start and ent.end <= words[-1].i + 1
        if len(words) < MIN_CUT_WORDS or not holds:
            continue
        m.text, start, end = _span_text(ent, words, src, offset)
        m.citation = Citation(source=src.id, start=start, end=end)
        m.stems = frozenset(content_stems(m.text))


def _event_nouns(ent: Any) -> frozenset[str]:
    """The stems of the noun a date is on ("Tuesday's primary election", "a primary victory on
    Tuesday") and of its noun and adjective modifiers: two outlets naming one day's event by
    such a noun phrase often share a word of it ("primary") while the heads differ."""
    root = ent.root
    noun = _dated_noun(ent)
    if noun is None and root.dep_ == "pobj" and root.head.dep_ == "prep":
        noun = root.head.head  # "a primary victory on Tuesday"
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_:
        return frozenset()
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    return frozenset(
        stem(t.lemma_.lower())
        for t in words
        if t.is_alpha and not t.is_stop and not t.ent_type_ and t.pos_ in ("NOUN", "ADJ")
    )


def _split_shared(made: list[tuple[_Mention, Any]], src: Source, offset: int) -> None:
    """Two dates of one sentence told by the whole sentence ("said Thursday that two men
    arrested this week are suspected ..."): the sentence is the event of the date nearest its
    main verb; another date is told by the smallest phrase around it that reads alone ("two
    men arrested this week"), not by the sentence again; an item of a list of dates keeps the
    sentence, and is one row with the list's first (see ``_listed``), when the sentence's dates
    are all of that list ("Voss in 1988, Orrin in 1992 and 1996" gives each name its phrase)."""
    by_cite: dict[tuple[int, int], list[tuple[_Mention, Any]]] = {}
    for m, ent in made:
        by_cite.setdefault((m.citation.start, m.citation.end), []).append((m, ent))
    for pairs in by_cite.values():
        whole = _span_text(pairs[0][1], [], src, offset)[1:]
        if len(pairs) < 2 or (pairs[0][0].citation.start, pairs[0][0].citation.end) != whole:
            continue  # a phrase of the sentence ("a survey carried out in May and June")
        pairs.sort(key=lambda p: _depth(p[1].root, p[1].sent.root))
        if all(_listed(ent, [e for _, e in pairs]) for _, ent in pairs[1:]):
            continue  # "in 2031, 2029 and 2027": one statement, one row (see ``_merge``)
        for m, ent in pairs[1:]:
            words = _phrase(ent)
            if words:
                m.text, start, end = _span_text(ent, words, src, offset)
                m.citation = Citation(source=src.id, start=start, end=end)
                m.stems = frozenset(content_stems(m.text))


def _listed(ent: Any, others: list[Any]) -> bool:
    """Whether a date is a later item of a list of dates ("pump failures in 2031, 2029 and
    2027"): the sentence tells them all at once, and the smallest phrase above a list's item
    is the rest of the list ("2029 and 2027"), which reads as nothing."""
    tok = ent.root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:  # spaCy: "2031, 2029" appos
        tok = tok.head
        if any(o is not ent and o.start <= tok.i < o.end for o in others):
            return True
    return False


def _phrase(ent: Any) -> list[Any]:
    """The smallest phrase above a date, below its sentence's root, of a clause's length."""
    sent_root = ent.sent.root
    tok = ent.root.head
    if tok.pos_ == "ADP" and tok.i != sent_root.i:
        tok = tok.head  # "the arrival in 1999 of ...", not "in 1999 of ..."
    while tok.i != sent_root.i:
        words = [t for t in tok.subtree if t.i >= ent.sent.start]
        while words and (words[0].is_punct or words[0].dep_ in ("cc", "mark", "aux")):
            words = words[1:]
        while words and words[-1].is_punct:
            words.pop()
        if len(words) >= MIN_CLAUSE_WORDS:
            return words
        tok = tok.head
    return []


# Prepositions that set another event inside a dated one ("during the March 1989 storm, the
# grid failed"): the event told is the grid's, within the storm's time.
_WITHIN = frozenset({"during", "amid", "throughout"})
# Nouns of a part of a period ("the end of May 1921", "the rest of March 2020"): "of" before
# a date on them tells when, not which event.
_PERIOD_PARTS = frozenset(
    {"end", "beginning", "start", "middle", "rest", "half", "part", "close", "course"}
)


def _is_reference(ent: Any, date: str | None) -> bool:
    """A day's or a month's noun ("Friday's attempt", "the Nov. 20 flight", "the March 1989
    storm", "the great storm of May 1921"): a writer names by it an event of that day or
    month, most often one already told ("the crew boarded on Friday ... Friday's attempt was
    called off"; a report on a storm of one month names it "the March 1989 storm", then "the
    March 1989 event"). A year's noun ("the 2000 Olympics") is not: a year holds many
    events."""
    if ent.root.dep_ in ("poss", "compound", "nmod"):
        noun = _dated_noun(ent)
    else:
        noun = ent.root.head.head if _named_by_of(ent) else None
    if noun is None or (date is not None and len(date) == len("2000")):
        return False
    day = date is not None and len(date) == len("2000-01-01")
    if (ent.root.dep_ == "pobj" or not day) and noun.dep_ == "pobj" and noun.head.lower_ in _WITHIN:
        # A month's noun, or a noun before "of", framing another event ("During the October
        # 2003 storms, the service was down for 30 hours"): the outage is what the sentence
        # tells, not the storms; a month holds more than one event.
        return False
    if date is not None:
        return True
    text = _normalise(ent.text).lower()
    return text in _WEEKDAYS or bool(_MONTH.search(text) and re.search(r"\d", text))


def _named_by_of(ent: Any) -> bool:
    """A date after "of" on an event's noun ("the solar storm of October 9, 2003"): the
    noun is named by its date as "the Nov. 5 storm" is. Not a part of a period ("the end of
    May"), a time of day or a date ("the morning of May 4", "the week of May 4")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _PERIOD_PARTS | _TIMES_OF_DAY
        and noun.ent_type_ not in ("DATE", "TIME")
    )


def _anchor(ent: Any) -> datetime | None:
    """In an undated article, the last full date before ``ent`` in its sentence, if any: a
    bare month or day after it continues its narrative. A span's start ("from 1989", "since
    1992") is no such date: the span runs to the article's present."""
    anchor = None
    weekday = _normalise(ent.text).lower() in _WEEKDAYS
    for other in ent.sent.ents:
        if other.label_ != "DATE" or other.end > ent.start or _dated_noun(other) is not None:
            continue  # "Obama's 2008 slogan" dates a thing, not the narrative
        if _is_page_line(other):
            continue  # the page's date, not the narrative's: it tells no tense
        before = ent.doc[other.start - 1].lower_ if other.start > 0 else ""
        if {before, other[0].lower_} & {"from", "since"}:
            # "rebuilt the army from 1989 until his election in October": a span's start runs
            # to the article's present, so a later month is not of its year
            continue
        resolved = resolve_date(other.text, None)
        if resolved is None or not resolved[1] or not resolved[0]:
            continue
        if weekday and len(resolved[0]) == 4:
            continue  # a weekday needs the week: "in 2008 ... on Sunday" is no particular Sunday
        anchor = parse_published(f"{resolved[0]}-01-01"[:10])
    return anchor


def _is_timestamp(sent: Any) -> bool:
    """A line that is mostly dates and times ("Tuesday, May 14, 2013 4:05 PM EDT Updated:
    ..."): a page's time stamp, not an event. Without a verb half of it is enough; with one
    ("Updated") three quarters."""
    dated = sum(1 for t in sent if t.ent_type_ in ("DATE", "TIME") or t.is_punct)
    if dated * 4 >= len(sent) * 3:
        return True
    return dated * 2 >= len(sent) and not any(t.pos_ in ("VERB", "AUX") for t in sent)


_DASHES = frozenset({"-", "--", "—", "–"})
MAX_DATELINE_PLACE = 4  # "WASHINGTON ,", "ORRIN , Tarn —"


def _is_dateline(ent: Any) -> bool:
    """The article's date line before its lead ("MONDAY, Jan. 25, 2016 (Harbour News) --",
    "HALVIK, March 3 (Tarn Wire) -"), when the parser keeps it in the lead's sentence: at most
    a capitalised place before the date, then other dates and a parenthesised agency, then a
    dash. The date of the page, not of an event."""
    sent = ent.sent
    before = ent.doc[sent.start : ent.start]
    if len(before) > MAX_DATELINE_PLACE or not all(
        t.is_punct or t.text[:1].isupper() for t in before
    ):
        return False
    first = before[0] if len(before) else ent.doc[ent.start]
    capitals = first.text.isupper() and len(first.text) > 1  # "WASHINGTON", "MONDAY"
    i = ent.end
    while i < sent.end and (ent.doc[i].ent_type_ == "DATE" or ent.doc[i].text == ","):
        i += 1
    agency = i < sent.end and ent.doc[i].text == "("
    if agency:
        close = next((j for j in range(i, min(i + 8, sent.end)) if ent.doc[j].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    # "On Monday — a day after the vote — ...": an aside, not a date line.
    return (capitals or (agency and not len(before))) and (
        i < sent.end and ent.doc[i].text in _DASHES
    )


_BEFORE_AFTER = frozenset({"later", "earlier", "sooner", "before", "after"})


def _is_bound(ent: Any) -> bool:
    """A bare date that bounds a verb's event ("what Americans felt after 9/11", "left before
    Monday"), or where a noun's span starts or stops ("the highest since 2014", "data through
    April 9", "up 7% from 2010", "down $2 million from last year"): the event is not of that
    date, and the date's own event is not told. Likewise the base of a comparison ("down 6,000
    jobs compared with February 2020", "worse than last year")."""
    prep = ent.root.head
    if (
        ent.root.dep_ in ("pobj", "pcomp")  # "compared with one year ago": "ago" is a pcomp
        and prep.lower_ in ("with", "to")
        and prep.head.lemma_.lower() == "compare"
    ):
        return True  # "down 6,000 trips compared with February 2020": a comparison's base
    than = prep if prep.lower_ == "than" else prep.head if prep.head.lower_ == "than" else None
    if ent.root.dep_ == "pobj" and than is not None and than.i not in range(ent.start, ent.end):
        # "worse than last year", "smaller than in 2017": the base a measure is set against.
        # "no later than March 1" is a deadline (spaCy takes "than" into that date), kept.
        return than.head.lower_ not in _BEFORE_AFTER
    if ent[0].lower_ in _SPAN_ENDS | {"since"} and len(ent) > 1:
        prep = ent[0]  # spaCy took the preposition into the date: "until the end of May"
    elif ent.root.dep_ != "pobj" or ent.root.i == prep.i:
        return False
    if prep.lower_ in _BOUNDS:
        return bool(prep.head.pos_ in ("VERB", "AUX"))
    if prep.lower_ in _SPAN_ENDS:
        # "had gone to plan until early Sunday, when control ordered ...": Sunday's own event
        after = [t for t in ent.doc[ent.end : ent.end + 2] if not t.is_punct]
        return not _negated(_verb_of(prep)) and not (after and after[0].lower_ == "when")
    if prep.lower_ == "since" and prep.head.pos_ in ("VERB", "AUX"):
        return _is_state_since(prep.head) or _record_since(prep.head, ent)
    # "down $2 million from last year", "up 8 percent from 2030": spaCy hangs "from" on the
    # adverb of the change, which counts from the date as "7% from 2010" does.
    # So does a verb of change ("expected claims to fall to 380,000 from last week").
    change = prep.lower_ == "from" and (
        prep.head.lower_ in ("up", "down") or prep.head.lemma_.lower() in CHANGE_VERBS
    )
    if prep.lower_ not in _SPAN_BOUNDS or (
        prep.head.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and not change
    ):
        return False
    if prep.lower_ == "from" and (
        _DAY_RANGE.search(ent.text) or re.search(r"\b(?:to|until|through)\b", ent.text)
    ):
        return False  # "the summit from June 11-13": the days the event runs
    # "the lowest since March, when the port closed" tells March's own event.
    after = [t for t in ent.doc[ent.end : ent.end + 2] if not t.is_punct]
    own_clause = any(c.dep_ in ("relcl", "acl") for c in ent.root.children) or bool(
        after and after[0].lower_ == "when"
    )
    return not own_clause


def _record_since(verb: Any, ent: Any) -> bool:
    """A record a verb's complement sets since a date ("marked the steepest jump since June
    2008", "rose at the fastest pace since 1982"): the date is where the comparison starts, and
    its own event is not told, as in "the highest since 2014" (a "when" clause after the date
    tells it: "since March, when the port closed")."""
    after = [t for t in ent.doc[ent.end : ent.end + 2] if not t.is_punct]
    if after and after[0].lower_ == "when":
        return False
    complements = [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "advmod")]
    complements += [  # "rose at the fastest pace"
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(t.tag_ in ("JJS", "RBS") for c in complements for t in [c, *c.children])


def _negated(verb: Any) -> bool:
    """A verb with "not" or "never", or whose object is "no" thing ("received no fuel")."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def _is_state_since(verb: Any) -> bool:
    """A state since a date: "has been mayor since 2012", "have been fighting since 1984",
    "have received no fuel since 1995", "has risen 24% since Aug. 31". Kept: the state a
    change of that date left ("has been closed since May": it closed in May; "has stopped
    running since October")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)
    lemma = verb.lemma_.lower()
    # "has killed some 21,000 people since 1979": a running total
    tally = any(
        c.dep_ == "dobj" and any(t.ent_type_ in _FIGURES for t in c.subtree) for c in verb.children
    )
    return progressive or tally or lemma in _STATE_VERBS or lemma in _TALLY_VERBS or _negated(verb)


def _not_an_event(ent: Any) -> bool:
    """A date of a habit ("hikers typically start in April", "crossings generally peak in
    August"): a generic statement, no event of that date is told. Or a lone month or weekday
    that begins a name ("Mayor June Halloran", the show "Tuesday Nights"): not a date at all.
    Or the date a state holds at ("As of Thursday, 80 people remained missing"; "In 1969, he
    was 25 years old"): how things stood then, no event of that day is told. Or a line that
    tells the reader what to do ("Watch the report from June 1", "(See the best films of
    2009.)"): a page's link, not a report."""
    root = ent.root
    if _as_of(ent):
        return True
    if _is_title(ent) or _is_page_line(ent):
        return True
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if re.search(r"\d0$", ent.text) and after in ("'s", "’s", "s"):
        return True  # "the mid-1990's": spaCy leaves "'s" out of the date, a decade
    if _is_instruction(ent.sent) or _is_state(ent):
        return True
    if _name_phrase(ent) or _describes_person(ent) or _is_figure_of_speech(ent):
        return True
    if _not_a_year_of_events(ent) or _nothing_happened(ent):
        return True
    if _names_a_document(ent) or _compared_to(ent) or _named_day(ent):
        return True
    noun = _dated_noun(ent)
    if noun is not None and noun.lemma_.lower() in _ISSUES:
        return True  # "ran in the Jan. 12 issue of the Weekly": where a text ran, a citation
    if noun is not None and noun.lemma_.lower() in _BODIES:
        return True  # "the House Jan. 6 Select Committee": the body's name, not its date
    if _measured_period(ent) or _counted_period(ent) or _ongoing(ent):
        return True
    if (
        ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("a", "an")
        and ent.doc[ent.start - 1].head.i == root.i  # not "in a Monday e-mail"
        and _normalise(ent.text).lower() in _WEEKDAYS
    ):
        return True  # "it was a Monday": some Monday, not a particular one
    if (
        len(ent) == 1
        and root.dep_ == "compound"
        and root.head.pos_ == "PROPN"
        and root.head.i > root.i
        and root.head.text[:1].isupper()
        and not root.head.like_num
        and _normalise(root.head.text).lower() not in _WEEKDAYS
    ):
        return True
    verb = _verb_of(ent.root)
    if _is_tally(ent, verb):
        return True
    return bool(
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children)
    ) or _recurs(ent, verb)


def _as_of(ent: Any) -> bool:
    """The date follows "as of", maybe past a time of day ("as of Thursday", "As of 4 p.m. ET
    Tuesday, 80 people remained missing"): the time a state is told at."""
    start = ent.start
    while start > 0 and (
        ent.doc[start - 1].ent_type_ == "TIME" or ent.doc[start - 1].lower_ in (",", "on")
    ):
        start -= 1
    return [t.lower_ for t in ent.doc[max(start - 2, 0) : start]] == ["as", "of"]


def _recurs(ent: Any, verb: Any) -> bool:
    """A date that comes round again ("every year on June 3, the spring runs red", "the market
    opens each year on March 1"): "every"/"each" with a period on the date's verb makes the
    date a recurring one, no event of one day. Not a start ("held every year since 1990": the
    first was in 1990). The period must hold the date, as a year holds a month or a day of one
    and a week a weekday: in "said Tuesday the practice costs $1 billion each year" the parser
    hangs the weekday on "costs", and a weekday does not come round each year."""
    if verb.pos_ not in ("VERB", "AUX") or (
        ent.root.dep_ == "pobj" and ent.root.head.lower_ == "since"
    ):
        return False
    text = _normalise(ent.text).lower()
    if any(day in text for day in _WEEKDAYS):
        periods = {"week"}
    elif _MONTH.search(text) and not _YEAR.search(text):
        periods = {"year"}
    else:
        return False
    return any(
        c.dep_ == "npadvmod"
        and c.i not in range(ent.start, ent.end)
        and c.lemma_.lower() in periods
        and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)
        for c in verb.children
    )


# Things made in model years ("a 2007 sedan", "the 2028 pickup truck"): a year on them is the
# make's, not an event's.
_MADE_THINGS = frozenset(
    {
        *("car", "truck", "sedan", "suv", "van", "minivan", "pickup", "coupe", "convertible"),
        *("hatchback", "wagon", "jeep", "motorcycle", "vehicle", "model"),
    }
)


def _not_a_year_of_events(ent: Any) -> bool:
    """A bare year that dates no event: a make's model year ("a 2007 sedan", "a 2029 Hyundai
    Sonata", "his 2008 black Porsche": a name with "a" or "his" is one of many things, while a
    named event takes "the": "the 2020 Olympics"), a count ("sought 2000 volunteers": a round
    number on a plural noun with no article, unlike "after 1995 elections") or a work's title
    ("Orwell's 1984": the year is the noun, owned by a name)."""
    if len(ent) != 1 or not _YEAR.fullmatch(ent.text):
        return False
    tok = ent.root
    if tok.dep_ != "nummod":
        return tok.pos_ == "NUM" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children
        )
    noun = tok.head
    kids = list(noun.children)
    if (
        ent.text.endswith("00")
        and noun.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss") for c in kids)
    ):
        return True  # a round count; "formed after 1995 elections" is a year of events
    if noun.lemma_.lower() in _MADE_THINGS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _MADE_THINGS for c in kids
    ):
        return True
    return noun.pos_ == "PROPN" and any(
        (c.dep_ == "poss" and c.tag_ == "PRP$") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in kids
    )


def _year_only(ent: Any) -> bool:
    """Whether the date is a year and no finer ("1998", "next year's", "last year")."""
    resolved = resolve_date(ent.text, FIXED_BASE)
    return resolved is not None and resolved[0] is not None and len(resolved[0]) == len("2000")


def _names_a_document(ent: Any) -> bool:
    """A year that names a text ("the 1998 Halvik Extradition Act", "its 2024 growth
    forecast", "next year's budget", "the Orrin paper's 1712 Project") or a name it is part of
    ("the 2015 Halvik Peace Prize winner"): the year is the text's or the title's, no event of
    that year is told. A month or a day on such a noun ("the March budget") is when it was
    presented, an event, and kept."""
    root = ent.root
    if root.dep_ not in ("nummod", "compound", "poss", "amod", "nmod") or not _year_only(ent):
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the 1998 Extradition Act"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in _DOCUMENTS or (noun.pos_ == "PROPN" and noun.ent_type_ in ("LAW",)):
        return True
    # a name between the year and its noun: the year is the name's ("the 2015 Halvik Peace
    # Prize winner")
    return any(
        t.dep_ == "compound" and t.ent_type_ in ("LAW", "WORK_OF_ART", "PRODUCT")
        for t in ent.doc[ent.end : noun.i]
    )


def _named_day(ent: Any) -> bool:
    """A weekday a capitalised word before it makes a name, the name of a thing after it ("the
    Good Friday agreement", "Black Friday sales"): a feast's or a name's day, not the weekday
    of the article's week. The word hangs on the weekday ("Voss Tuesday said" has a subject
    before it) and is no name of its own ("met in Amman Monday"), and the weekday modifies a
    noun ("attended the Air Force Base Sunday" dates the visit)."""
    if len(ent) != 1 or _normalise(ent.text).lower() not in _WEEKDAYS or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    day = ent.root
    return bool(
        day.dep_ in ("compound", "nmod")
        and day.head.pos_ in ("NOUN", "PROPN")
        and day.head.i > day.i
        and prev.head.i == day.i
        and prev.dep_ in ("amod", "compound")
        and prev.is_alpha
        and prev.text[:1].isupper()
        and not prev.ent_type_
        and prev.i != prev.sent.start
    )


def _compared_to(ent: Any) -> bool:
    """A year a thing is likened to ("This will not be a repetition of 1987", "a replay of
    2016"): the year after "of" on a noun of likeness, no event of it told."""
    root = ent.root
    return bool(
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _LIKENESSES
        and _year_only(ent)
    )


# Verbs of an answer not given ("did not comment on Friday", "declined to comment Tuesday"); and
# "return" only of a message ("did not return calls Tuesday"; "did not return to work" is news).
_REPLY_VERBS = frozenset({"comment", "respond", "reply", "answer"})
_MESSAGES = frozenset({"call", "message", "request", "email", "e-mail", "inquiry", "query"})
_NO_ONE = frozenset({"nobody", "nothing", "none"})


# Modals of a thing only supposed ("would not sell it this year"): negated, nothing is done.
# Not "could": "could not land on Friday" tells what happened. Not "will" ("wo|n't" in spaCy):
# "won't reopen until 2031" is a forecast, which stays like any other.
_UNREAL = frozenset({"would", "might", "should"})


def _nothing_happened(ent: Any) -> bool:
    """A day on which nothing is told to have happened: an answer not given ("The ministry did
    not comment on Friday", "declined to comment Tuesday"), or "no" thing done ("No violence
    had been reported by early Wednesday"). The date is the verb's (or its object's: "did not
    respond to a request for comment on Tuesday"), not a noun's own ("No group has claimed
    Tuesday's bombing" tells the bombing); a clause telling what did happen ("no one was hurt
    Tuesday when a bus overturned") keeps it. Other negated events stay: "did not reopen on
    Friday" is news, and "not charged until Nov. 30" a deadline. A thing one would not do on
    the date ("I wouldn't run an advert this year") is not done."""
    if ent.root.dep_ in ("poss", "compound", "nummod", "amod"):
        return False
    verb = _verb_of(ent.root)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    replies = verb.lemma_.lower() in _REPLY_VERBS or (
        verb.lemma_.lower() == "return"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in verb.children)
    )
    if replies and (
        _negated(verb)
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse"))
    ):
        return True
    if (
        _negated(verb)
        and any(c.dep_ == "aux" and c.lower_ in _UNREAL for c in verb.children)
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    ):
        # "I wouldn't do a commercial this year": a thing not to be done. Not a past one
        # judged ("should not have sold it in 2019": it was sold then).
        return True
    if any(c.dep_ in ("advcl", "ccomp") for c in verb.children):
        return False
    # every subject "no" thing (a misparse may hang an opening "No use crying now, ..." on the
    # verb beside its real subject)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        c.lower_ in _NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in subjects
    )


def _describes_person(ent: Any) -> bool:
    """A year on a description of a person ("Piet Orrin, formerly a 2020 mayoral hopeful and
    2021 candidate for mayor"): the date is of the role, and no event of it is told. Read from
    the parse: the nouns above the date (through modifiers, prepositions and "and") reach a
    noun set beside a person's name (apposition), or, through a preposition, a noun someone is
    said or seen to be ("Kerrow was a contender for the 2016 nomination", "is considered a
    favourite for the 2024 race", "seen as a contender for ..."): a role held, not an event of
    that year. A year on a noun a verb acts on ("lost the 2020 race") or that is the subject
    ("the 2016 election was won") stays an event, and so does "it was the 2016 election that
    ..." (no preposition)."""
    tok = ent.root
    through_prep = False
    while tok.dep_ in ("nummod", "compound", "nmod", "amod", "poss", "pobj", "prep", "conj"):
        if tok.head.i == tok.i:
            break
        through_prep = through_prep or tok.dep_ == "prep"
        tok = tok.head
        if through_prep and tok.pos_ == "NOUN" and _is_role(tok):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return bool(
        tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON"
    )


def _is_role(noun: Any) -> bool:
    """Whether ``noun`` is what someone is said or seen to be: "a contender" in "Kerrow was a
    contender", "is considered a contender", "seen as a contender" (not "it was a result")."""
    if noun.dep_ == "oprd" or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        return True
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    person = [c for c in subjects if c.tag_ in ("PRP", "WP") and c.lower_ not in ("it", "that")]
    return any(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" for c in subjects) or bool(person)


def _is_figure_of_speech(ent: Any) -> bool:
    """"Today" set against "tomorrow" (or "yesterday") in a generic statement ("the rulers of
    today can wind up jobless tomorrow"): a figure of speech, not two dates. Each of the two
    words is a whole date; the statement is generic when no verb of theirs is told in the past
    or with "will" ("arrived today and will leave tomorrow" tells two events)."""
    if _normalise(ent.text).lower() not in FIGURATIVE:
        return False
    others = [
        e
        for e in ent.sent.ents
        if e.label_ == "DATE"
        and e.start != ent.start
        and _normalise(e.text).lower() in FIGURATIVE - {_normalise(ent.text).lower()}
    ]
    if not others:
        return False
    for e in (ent, *others):
        verb = _verb_of(e.root)
        if verb.tag_ in ("VBD", "VBN") or _has_will(verb):
            return False
    return True


def _is_title(ent: Any) -> bool:
    """A relative date's words capitalised inside a sentence ("told ABC's \"This Week\"", "on
    NBC's Today show"): the name of a show or a section, not a date."""
    words = [t for t in ent if t.is_alpha]
    if not words or any(t.lower_ not in _RELATIVE_WORDS for t in words):
        return False
    if not all(t.text[:1].isupper() for t in words):
        return False
    if not any(not t.is_punct for t in ent.doc[ent.sent.start : ent.start]):
        return False  # "This week, ..." opens its sentence
    prev = ent.doc[ent.start - 1]
    if prev.is_quote or prev.text in (":", "(", "—", "--"):
        # A quotation or an aside may open on it ('she said: "Today we won"'); a title in
        # quotation marks closes them after it.
        return any(t.is_quote for t in ent.doc[ent.end : ent.end + 2])  # '"This Week."'
    return True


def _is_page_line(ent: Any) -> bool:
    """The page's date line ("ORIGINALLY PUBLISHED JANUARY 2021:", "Updated on March 4,
    2019"): the sentence opens on "published" or "updated" and the date. Or a credit line
    ("© Ana Voss 2001", "Copyright 2019 Harbour News"): the year of a picture's or a text's
    rights, not of an event."""
    if _is_correction(ent.sent):
        return True
    opening = ent.doc[ent.sent.start : ent.start]
    if any(t.text.endswith("©") or t.lower_ in ("copyright", "(c)") for t in opening):
        return True
    before = [t.lower_ for t in opening if not t.is_punct]
    return bool(
        before
        and all(w in _PAGE_LINE_WORDS for w in before)
        and any(w in _PAGE_LINE_VERBS for w in before)
    )


# Words of a correction note ("An earlier version of this story, published Thursday,
# misstated ..."): the page's own history, not the story's.
_EARLIER = frozenset({"earlier", "previous", "prior", "original"})
_TEXTS = frozenset({"story", "article", "report", "post", "column"})


def _is_correction(sent: Any) -> bool:
    """A correction note: "an earlier version of this story/article" (its date is when the
    page ran, and what the version said was wrong)."""
    for tok in sent:
        if tok.lemma_.lower() != "version" or not any(
            c.dep_ == "amod" and c.lower_ in _EARLIER for c in tok.children
        ):
            continue
        for prep in tok.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and any(
                    o.dep_ == "pobj"
                    and o.lemma_.lower() in _TEXTS
                    and any(d.lower_ in ("this", "the") for d in o.children)
                    for o in prep.children
                )
            ):
                return True
    return False


def _is_tally(ent: Any, verb: Any) -> bool:
    """A running total ("so far this year, 40 people have died") or a figure a whole period
    comes to ("in 2018 sales rose 4%", "had revenues of $3 million last year", "peaked in 1995
    at 2.5 million"): a measure of the period, no event on a date. A forecast ("is expected to
    slow to 2% in 2020", "will spend $3 million next year") is kept: its text says it is one,
    and a reader looks ahead on a timeline. A day's figure ("fares rose 4% on Monday") is that
    day's event."""
    # "so far this year", "so far, in 2016,": the words before the date, less a comma and "in"
    before = [
        t.lower_
        for t in ent.doc[max(ent.start - 4, 0) : ent.start]
        if t.lower_ not in (",", "in")
    ]
    if before[-2:] == ["so", "far"] or before[-2:] == ["to", "date"]:
        return True
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "managed to harvest"
    if not any(v.lemma_.lower() in _TALLY_VERBS or _makes_money(v) for v in verbs):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for v in verbs for c in v.children):
        return False  # "will spend", "could reach": a forecast
    if _future(ent) is not False or any(v.lemma_.lower() == "expect" for v in verb.ancestors):
        return False
    resolved = resolve_date(ent.text, FIXED_BASE)
    if resolved is None or resolved[0] is None or len(resolved[0]) == len("2000-01-01"):
        return False  # a day, not a period
    dated = {t.i for t in ent}
    return any(
        t.i not in dated and (t.ent_type_ in _FIGURES or (t.like_num and t.pos_ == "NUM"))
        for v in verbs
        for t in v.subtree
    ) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES for v in verbs for c in v.children
    )


def _measured_period(ent: Any) -> bool:
    """A year or a month a count is kept for ("the death toll for 2031", "the 2031 tally of
    road deaths"): the period the figure measures, no event of it (the tally's revision on a
    day is that day's event)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.dep_ == "prep":
        noun = root.head.head
    elif root.dep_ in ("compound", "nummod", "poss", "nmod"):
        noun = root.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEASURES:
        return False
    resolved = resolve_date(ent.text, FIXED_BASE)
    return resolved is not None and resolved[0] is not None and len(resolved[0]) < len("2000-01-01")


def _counted_period(ent: Any) -> bool:
    """A month or a year a count in figures is told of ("the 1,204 crossings in June", "there
    were 78,000 claims in January", "up from the 9,310 recorded in May"): a statistic's period,
    many acts summed, no event of that month. The count is a noun's number, the subject of
    "there were", or the figure a participle describes; a day keeps its count ("300 arrests on
    Monday" is that day's event), and a verb's object ("the blast killed 30 people in June")
    is left to ``_is_tally``: one act may have a count."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "during", "for"):
        return False
    holder = root.head.head
    if holder.pos_ == "VERB" and holder.dep_ == "acl" and holder.head.pos_ == "NUM":
        counted = holder.head.like_num  # "the 9,310 recorded in May"
    elif holder.pos_ in ("NOUN", "PROPN"):
        counted = _has_count(holder)  # "the 1,204 crossings in June"
    elif holder.lemma_ == "be" and any(c.dep_ == "expl" for c in holder.children):
        counted = any(  # "there were 78,000 claims in January"
            c.dep_ in ("attr", "nsubj") and _has_count(c) for c in holder.children
        )
    else:
        return False
    if not counted:
        return False
    resolved = resolve_date(ent.text, FIXED_BASE)
    return resolved is not None and resolved[0] is not None and len(resolved[0]) < len("2000-01-01")


def _ongoing(ent: Any) -> bool:
    """A month or a year a verb in the perfect progressive runs over ("prices have been
    creeping upward this year", "Tarn has been losing workers this month"): an activity that
    goes on across the period, no event of it. A day keeps it ("has been meeting since
    Monday" is left to ``_is_bound``)."""
    verb = _verb_of(ent.root)
    if verb.tag_ != "VBG" or ent.root.dep_ not in ("npadvmod", "pobj"):
        return False
    if ent.root.dep_ == "pobj" and (ent.root.head.lower_ != "in" or ent.root.head.head.i != verb.i):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "been" not in auxes or not {"have", "has", "had", "'ve", "'s"} & set(auxes):
        return False
    resolved = resolve_date(ent.text, FIXED_BASE)
    return resolved is not None and resolved[0] is not None and len(resolved[0]) < len("2000-01-01")


def _has_count(noun: Any) -> bool:
    """Whether a noun is counted in figures ("1,204 crossings", "more than 78,000 claims"), not
    in words ("two letters", "a dozen talks"): a tally of many, not a few things told one by
    one."""
    return any(
        c.dep_ == "nummod" and c.like_num and any(ch.isdigit() for ch in c.text)
        for c in noun.children
    )


def _makes_money(verb: Any) -> bool:
    """"made $10 billion in sales": "make" whose object is a sum is a tally verb, like "earn";
    "made a $3 million gift" (the object a thing, the sum its modifier) is an event. So is
    "spend" ("spent $18 billion last year": a sum over the year; "spent two years in prison
    after the 1989 protests" is no tally), "receive" and "collect" ("Last year, the rowers
    received about $2 million": what came in over the year; "received a $2 million grant" is
    one event)."""
    return verb.lemma_.lower() in ("make", "spend", "receive", "collect") and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children
    )


def _is_instruction(sent: Any) -> bool:
    """An imperative sentence: it opens on its main verb in the base form, with no subject."""
    first = next((t for t in sent if not t.is_punct), None)
    return bool(
        first is not None
        and first.dep_ == "ROOT"
        and first.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)
    )


def _is_state(ent: Any) -> bool:
    """The date is on a main verb "be" whose complement is not the date ("In 1969, he was 25
    years old", "the cost was $2 million in 2002", "December 8 was the darkest night"): a
    state at that date. Kept: "be" whose complement is the date ("the vote was on Monday", "It
    was Jan. 30"), "there was an explosion on Friday", which tells that something happened, and
    a date on a noun of the clause ("Friday's report was the latest sign"), whose event is the
    noun's."""
    head = ent.root.head
    verb = head.head if head.dep_ == "prep" else head
    if head.lower_ == "by" and verb.tag_ != "VBD":
        # "would be full by 2029": a deadline, kept (see the module's notes); "was quiet by
        # early Tuesday" is how things stood then
        return False
    if verb.dep_ in ("attr", "acomp") and (
        verb.like_num or verb.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    ):
        verb = verb.head  # "was $2 million in 2002": a figure at that date
    if (
        verb.lemma_.lower() != "be"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.dep_ in ("aux", "auxpass")
        or ent.root.i == verb.i
    ):
        return False
    if any(c.dep_ == "expl" for c in verb.children):
        return False
    dated = {t.i for t in ent.root.subtree} | {head.i}
    return any(c.dep_ in ("acomp", "attr") and c.i not in dated for c in verb.children)


def _name_phrase(ent: Any) -> list[Any]:
    """The name a date ends ("the Harbour Safety Act of 1965"), through the date; else empty."""
    prep = ent.root.head
    if not (
        ent.root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "PROPN"
        # "the Voting Rights Act of 2021" may not be tagged as a name: its noun names a text
        and (prep.head.ent_type_ in _NAME_TYPES or prep.head.lemma_.lower() in _DOCUMENTS)
        and prep.head.text[:1].isupper()
        and prep.i == ent.start - 1
    ):
        return []
    name = next((e for e in ent.doc.ents if e.start <= prep.head.i < e.end), None)
    if name is not None:
        return list(ent.doc[name.start : ent.end])
    # an untagged name: its capitalised words before the noun ("the Voting Rights Act")
    start = prep.head.i
    while start > 0 and _name_word(ent.doc[start - 1], start):
        start -= 1
    return list(ent.doc[start : ent.end])


def _name_word(tok: Any, start: int) -> bool:
    """A capitalised word of a name ending at or after ``start`` ("Voting" in "the Voting
    Rights Act"): it hangs on a word of the name and is not its article."""
    return bool(tok.dep_ == "compound" and tok.head.i >= start and tok.text[:1].isupper())


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
    if _YEAR_SPAN_WORDS.match(" ".join(expression.split())) or _INITIALS.search(expression):
        return None
    if _LAST_SPAN.match(" ".join(expression.split())):
        return None
    if _DURATION.match(" ".join(expression.split())):  # "three to 10 years", before
        return None  # ``_normalise`` keeps a range's start ("three")
    if _YEAR_SPAN.match(expr) or _ANAPHORIC.search(expr) or _RATE.search(expr):
        return None
    if _ANAPHORIC_PHRASE.search(expression):  # before "the" is stripped from "the next year"
        return None
    if _ORDINAL_SPAN.match(expr) or (
        not re.search(r"[^\W\d_]", expr) and not _NUMERIC_DATE.match(expr)
    ):
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
    if (
        future
        and base is not None
        and not has_year
        and data.period == "month"
        and (data.date_obj.year, data.date_obj.month) == (base.year + 1, base.month)
    ):
        # "will add 50,000 beds by mid-September" in a paper of Sept. 7: the month still
        # running, not the same month a year on (dateparser's "future" skips the current one)
        return _iso(datetime(base.year, base.month, 1), "month"), True
    day_of_month = (data.period or "day") == "day" and re.search(r"\d", expr)  # not "Friday"
    if base is not None and day_of_month and not has_year:
        named = _named_weekday(expr)
        if named is not None and data.date_obj.weekday() != named:
            # "Sunday, Dec. 20" in a paper of Dec. 15: the weekday says which year's Dec. 20
            # (1998's was a Sunday, 1997's a Saturday), whatever the tense chose
            return _weekday_year(data.date_obj, named, base)
    if future and base is not None and day_of_month and not has_year:
        # "will start on Oct. 15" in a paper of Oct. 18: a day of the last few weeks is that
        # day (the report was written before it, or the plan is told as it stood), not the
        # same day a year on.
        past = _parser(base, False).get_date_data(expr)
        if past.date_obj is not None and 0 <= (base - past.date_obj).days <= NEAR_PAST_DAYS:
            data = past
    return _iso(data.date_obj, data.period or "day"), True


def _named_weekday(expr: str) -> int | None:
    """The weekday an expression names beside its date ("Sunday, Dec. 20" -> 6), else None."""
    words = set(re.findall(r"[a-z]+", expr.lower()))
    days = [i for i, day in enumerate(_WEEKDAYS) if day in words]
    return days[0] if len(days) == 1 else None


def _weekday_year(when: datetime, weekday: int, base: datetime) -> tuple[str, bool]:
    """The month-day of ``when`` in the year next to it, nearest ``base``, on which it falls on
    ``weekday``; ``when`` itself when neither year fits (a misprint: the date is kept)."""
    fits = []
    for year in (when.year - 1, when.year + 1):
        try:
            day = when.replace(year=year)
        except ValueError:  # Feb. 29
            continue
        if day.weekday() == weekday:
            fits.append(day)
    best = min(fits, key=lambda d: abs((d - base).days), default=when)
    return _iso(best, "day"), True


def _normalise(expression: str) -> str:
    expr = " ".join(expression.replace("’", "'").split())
    expr = _STRAY_COUNT.sub("", expr)
    expr = re.sub(r"(\d0)'s\b", r"\1s", expr)  # "the mid-1990's" is the decade, "1990s"
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
    if _cited(ent):
        return False
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
        # talks in Wednesday's). A month's noun in a clause told in the past or with "will"
        # takes its tense ("won the November election": the last one; "will contest the
        # November election": the next), unless the verb makes a plan ("scheduled the November
        # vote"), which may lie either side.
        if head.lemma_.lower() in _UNFORESEEN:
            return False  # "the Jan. 6 riot": it has happened (see ``_UNFORESEEN``)
        verb = _verb_of(head)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if not _MONTH.search(ent.text) and not (
            # "Tuesday's flap was an interview", "will face him in Sunday's runoff": a weekday's
            # own noun (the genitive; a bare weekday before a noun is as often the parser's
            # misreading) takes a past or a "will" clause's tense too; not when the clause is
            # reported speech ("said Sunday's vote was close"), told in the past for any time
            tok.dep_ == "poss"
            and _normalise(ent.text).lower() in _WEEKDAYS
            and verb.dep_ != "ccomp"
        ):
            return None
        if verb.lemma_.lower() in _PLAN_VERBS:
            return None
        if _has_will(verb):
            if not _MONTH.search(ent.text) and not (
                head.dep_ == "pobj" and head.head.lower_ in _AHEAD_FRAMES
            ):
                return None  # "will review Friday's ruling": a past day's thing, talked of
            return True
        perfect = verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
        )
        return False if verb.tag_ == "VBD" or perfect else None
    tok = _verb_of(tok)
    while tok.dep_ == "prep" and tok.tag_ == "VBG" and tok.head.i != tok.i:
        # "will attend summits, including the fair from June 11-13": a participle used as a
        # preposition ("including", "following") has no tense; the verb above it tells
        tok = _verb_of(tok.head)
    above = list(ent.root.ancestors)[: _depth(ent.root, tok) + 1]
    if _since(ent, tok, above):
        return False  # "since May", "since taking office in January" look back
    future = _future_verb(tok)
    if future is not False:
        return future
    if _possible(tok) and ent.root.dep_ not in _SUBJECTS and not _through_noun(ent, tok):
        # "could make landfall on Sunday": the date of what may come. Not a noun's date ("the
        # decision Thursday could push the case further", which the parser may also read as
        # a second subject of the verb)
        return True
    if _arranged(tok, ent) or _scheduled_be(tok, ent, above):
        return True
    if _planned_for(tok, ent):
        return None
    if (
        tok.lemma_.lower() in _PLAN_VERBS
        and tok.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    ):
        return True  # "the leaders are set (to meet) on June 15": an arrangement ahead
    # "Starting in November, travellers will ...", "the first phase, kicking off in November,
    # will allow ...", "for travel starting in November": a participle (or a bare infinitive)
    # takes the tense of the first verb above it.
    if (tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "xcomp", "pcomp")) or (
        tok.tag_ == "VB" and tok.dep_ in ("advcl", "xcomp")
    ):
        head = _verb_of(tok.head)
        return head.pos_ in ("VERB", "AUX") and head.i != tok.i and _future_verb(head) is True
    return False


def _since(ent: Any, verb: Any, above: list[Any]) -> bool:
    """Whether the date is where a span starts ("since May", "since taking office in
    January", "since he took office in January"): "since" on the date's own path, or marking
    its verb's clause. Not a "since" phrase of another date of the clause ("will meet on
    Thursday, the first session since Aug. 6": Thursday lies ahead), nor a causal "since"
    ("since the union is holding a meeting on Wednesday"): a clause of time since a point is
    told in the past or the perfect, so one told in the present gives a reason. A path that
    runs through another date first ("their first session since Aug. 6 on Thursday", which
    the parser hangs on "Aug. 6") meets that date's "since"."""
    for t in above:
        if t.ent_type_ == "DATE" and not ent.start <= t.i < ent.end:
            break
        if t.lower_ == "since" and t.dep_ in ("prep", "mark"):
            return True
    marked = any(c.lower_ == "since" and c.dep_ == "mark" for c in verb.children)
    return marked and not _told_in_present(verb)


def _told_in_present(verb: Any) -> bool:
    """A verb in the present, simple or progressive ("is holding", "holds", "are"), not the
    present perfect ("has held"), or with a modal ("will hold", "can hold")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes):
        return True
    if any(c.lemma_.lower() == "have" for c in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes)


def _cited(ent: Any) -> bool:
    """A date within the source a claim is credited to ("are struggling, according to reports
    on Friday", "according to a Friday statement"): a source cited already exists, so its date
    is past, whatever the tense of the claim it backs."""
    return any(
        t.lower_ == "according" and t.dep_ == "prep" and any(c.lower_ == "to" for c in t.children)
        for t in ent.root.ancestors
    )


def _arranged(verb: Any, ent: Any) -> bool:
    """A day told in the present progressive ("the family is holding a vigil Thursday",
    "students are marching on Friday"): English tells an arrangement so, and the day is the
    next one (this very day on the article's own weekday, see ``resolve_date``); a past day
    takes the past tense ("were marching on Friday"). Only a weekday or a day of a month: a
    month alone in that tense is as often the state at present ("prices are rising in
    March")."""
    if verb.tag_ != "VBG" or not any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return False
    text = _normalise(ent.text).lower()
    return bool(
        re.search(rf"\b(?:{'|'.join(_WEEKDAYS)})\b", text)
        or (_MONTH.search(text) and re.search(r"\b\d{1,2}\b", text))
    )


def _scheduled_be(verb: Any, ent: Any, above: list[Any]) -> bool:
    """A date that is what a present-tense "be" says of its subject ("The elections are Nov.
    3", "the vote is on Monday") or a deadline under it ("our goal by July 4 is to ..."):
    English tells a fixed date so, and it lies ahead. Not a state at a date ("prices are up 4%
    in March", "he is 25 in May"): there "be" has a complement besides the date."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.dep_ in ("aux", "auxpass"):
        return False
    root = ent.root
    if any(t.lower_ == "by" and t.dep_ == "prep" for t in above):
        return True  # a deadline told in the present
    if any(t.lower_ == "due" and t.dep_ == "acomp" and t.head.i == verb.i for t in above):
        return True  # "the ruling is due before Oct. 18": a time fixed ahead, as "is on Monday"
    dated = {t.i for t in root.subtree} | {t.i for t in above}
    if any(c.dep_ in ("acomp", "attr", "dobj") and c.i not in dated for c in verb.children):
        return False
    if root.head.i == verb.i:
        return root.dep_ in ("attr", "npadvmod")
    return bool(
        root.dep_ == "pobj"
        and root.head.dep_ == "prep"
        and root.head.head.i == verb.i
        and root.head.lower_ in ("on", "in", "for")
    )


def _planned_for(verb: Any, ent: Any) -> bool:
    """A date a plan verb sets something for ("arguments are set for November", "a meeting
    scheduled for Wednesday", "moved the vote to Friday", "has set April 18 for the vote"):
    the planned time, not the day the plan was made, and it may lie either side of the
    article's date however the verb is told. The day of the act itself ("approved the plan
    Friday") keeps the verb's tense."""
    if verb.lemma_.lower() not in _PLAN_VERBS:
        return False
    depth = _depth(ent.root, verb)
    # the word of the date's phrase right below the verb ("for" in "set for November")
    prep = list(ent.root.ancestors)[depth - 2] if depth >= 2 else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in ("for", "to"):
        return True
    if (
        verb.lemma_.lower() in _TIMING_VERBS
        and verb.tag_ == "VBN"
        and prep is not None
        and prep.dep_ == "prep"
        and prep.lower_ in ("on", "in", "at")
        and not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    ):
        # "will start as scheduled on Nov. 3": the time set, as "scheduled for" (told in the
        # present, "are scheduled on June 15" is an arrangement ahead: see ``_future``)
        return True
    root = ent.root
    named_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return root.head.i == verb.i and (
        root.dep_ == "dobj" or (root.dep_ == "npadvmod" and named_as)
    )


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
    if _infinitive(tok):
        # "the new rules, to take effect in November"; "plans to open in May"; but an infinitive
        # under a past verb is a plan told in the past (None): the first finite verb above it
        # decides.
        head = tok
        while head.tag_ in ("VB", "VBG", "VBN"):
            if head.dep_ in ("xcomp", "ccomp", "advcl"):
                head = head.head
            elif _on_noun(head):
                # "was the first to report on Thursday", "laid out a plan to address it on
                # Wednesday": an infinitive on a noun or an adjective is told in the tense of
                # the verb that noun stands in
                head = _verb_of(head.head)
            elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
                # "criticised him for not laying out a plan to ...": a gerund after a
                # preposition is told in the tense of the verb the preposition hangs on
                head = _verb_of(head.head)
            else:
                break
            if _has_will(head):
                return True
        if head.pos_ not in ("VERB", "AUX"):
            # "were unable to access it on Monday": the climb ends on an adjective, whose
            # tense is its copula's
            head = _verb_of(head)
            if _has_will(head):
                return True
        return None if _told_in_past(head) else True
    if tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        # "will have to name someone or wait until Jan. 10": a bare verb joined to another
        # by "and"/"or" has no tense of its own and shares the first verb's
        return _future_verb(tok.head)
    return bool(tok.tag_ in ("VBZ", "VBP") and tok.lemma_ != "be")


def _told_in_past(verb: Any) -> bool:
    """A verb in a past tense: the simple past ("voted"), or a participle whose auxiliary is
    ("was forced to take refuge", "had agreed to meet"): English puts the tense of a passive
    or a perfect on its auxiliary, not on the participle."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _infinitive(tok: Any) -> bool:
    """A "to" infinitive, active ("to open") or passive ("to be fully inoculated by July 4")."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return False
    return tok.tag_ == "VB" or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in tok.children)
    )


def _on_noun(verb: Any) -> bool:
    """An infinitive that tells of a noun or an adjective ("a plan to address", "the first to
    report"). Not in the absolute "with" phrase ("with only five days to go before the vote on
    Sunday"), which tells what lies ahead of the main clause's time, whatever its tense."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "with")


def _possible(tok: Any) -> bool:
    """A verb told as what may come ("could make landfall on Sunday", "may vote on Friday"):
    a possibility lies ahead. Not in the perfect ("may have left on Friday": a past guessed),
    nor "could" negated ("could not land on Friday" tells what happened)."""
    auxes = [c for c in tok.children if c.dep_ == "aux"]
    if any(c.lemma_.lower() == "have" for c in auxes):
        return False
    if any(c.lower_ in ("may", "might") for c in auxes):
        return True
    return any(c.lower_ == "could" for c in auxes) and not _negated(tok)


def _through_noun(ent: Any, verb: Any) -> bool:
    """Whether a date reaches its verb through a noun ("The decision Thursday could push the
    case further"): it tells when the noun's event was, not when the verb's will be."""
    for tok in ent.root.ancestors:
        if tok.i == verb.i:
            return False
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _has_will(tok: Any) -> bool:
    """A verb told with "will", "would" or "shall"; or with "must" ("must be sworn in on Nov.
    24": what is to be done), unless in the perfect ("must have left on Friday": a past
    inferred)."""
    if any(c.lower_ in ("will", "would", "shall", "'ll") for c in tok.children):
        return True
    return any(c.lower_ == "must" for c in tok.children) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children
    )


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
    """The event the date is of, with its offsets: a dated noun phrase ("the Oct. 5 release of
    his book"), else the clause governed by the date's verb, else the whole sentence."""
    words = _name_phrase(ent) or _noun_phrase(ent) or _clause(ent)
    return _span_text(ent, words, src, offset)


def _span_text(ent: Any, words: list[Any], src: Source, offset: int) -> tuple[str, int, int]:
    """The text of ``words`` (the date's whole sentence when empty), with its offsets."""
    sent = ent.sent
    span = (sent.start_char, sent.end_char)
    if words:
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


def _noun_phrase(ent: Any) -> list[Any]:
    """The phrase of the noun the date belongs to, when that noun is not what its clause tells
    of: "laid wreaths for the victims of the March 3 blast Friday" dates the blast, not the
    wreaths. Empty when there is no such noun or its phrase is too short to read alone."""
    noun = _dated_noun(ent)
    if noun is None or noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return []  # "Saturday's deaths occurred when ...": the clause tells of the noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _FRAMES:
        return []  # "died in the Sept. 11 attacks", "in her 2007 memoir, she recalled": one time
    words = [t for t in noun.subtree if not (t.i == noun.left_edge.i and t.is_punct)]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    return words if len(words) >= MIN_NOUN_WORDS else []


def _is_noun(tok: Any) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun stands: the object of a
    preposition with an article ("in the May 3 encounter", "at the Friday meet")."""
    return bool(
        tok.pos_ in ("NOUN", "PROPN")
        or (
            tok.pos_ == "VERB"
            and tok.dep_ == "pobj"
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)
        )
    )


def _dated_noun(ent: Any) -> Any | None:
    """The noun a date modifies ("the 2006 premiere", "Thursday's talks", "his death in 1999"),
    or None. A time of day ("Friday evening") is still the date."""
    root = ent.root
    if root.dep_ in ("compound", "poss", "nmod", "amod", "nummod") and _is_noun(root.head):
        noun = root.head
    elif (
        root.dep_ == "pobj"
        and root.head.lower_ in ("of", "in")
        and root.head.dep_ == "prep"
        and root.head.head.pos_ == "NOUN"
        and root.head.head.dep_ == "pobj"
        and root.head.head.head.lower_ in _BOUNDS | {"since", "until"}
    ):
        # "before Paterson's death in 1999": the date is the death's. Only after such a word:
        # elsewhere "in 1999" hangs on a noun by the parser's whim as often as by sense ("the
        # show led to a novel in 1997").
        noun = root.head.head
    else:
        return None
    if noun.lower_ in _TIMES_OF_DAY or noun.ent_type_ in ("DATE", "TIME"):
        return None
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "2008 election slogan"
    return noun


def _clause(ent: Any) -> list[Any]:
    """The clause of the date's verb, opened by the noun a relative clause tells of; empty for
    the whole sentence (the date's verb is the main one, or its clause is a fragment)."""
    sent, tok = ent.sent, _head_verb(ent)
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "ROOT":
        return []
    words = list(tok.subtree)
    long_enough = len(words) >= MIN_CLAUSE_WORDS
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and long_enough:
        # "estimates released Wednesday", "the measure, which was approved on Sept. 16":
        # the noun the clause tells of opens it.
        words = [t for t in sent if tok.head.left_edge.i <= t.i <= words[-1].i]
    if (
        words
        and words[0].head.i == tok.i
        and (words[0].dep_ == "mark" or (words[0].tag_ == "WRB" and words[0].dep_ == "advmod"))
    ):
        words = words[1:]  # "that the House will meet", "after the court ruled", "when ..."
    if words and words[0].tag_ in _WH_TAGS:
        return []  # "who, according to ..., should be expelled": whose clause is unknown
    return words if len(words) >= MIN_CLAUSE_WORDS else []


def _head_verb(ent: Any) -> Any:
    """The verb whose clause tells the date's event (or the token the climb ends on)."""
    tok = _verb_of(ent.root)
    while _shares_head_event(tok) or _is_complement(tok):
        tok = tok.head
    return tok


def _is_complement(tok: Any) -> bool:
    """An infinitive or participle completing its head verb ("is set to launch a party next
    month", "began demonstrating Saturday"): the head verb tells the event with its subject."""
    return tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i


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


def _event_head(ent: Any) -> str | None:
    """The stem of the word that names the date's event: the dated noun, else the clause's
    verb; None for a verb of saying or a light verb, which names no event of its own."""
    noun = _dated_noun(ent) if _noun_phrase(ent) else None
    tok = noun if noun is not None else _head_verb(ent)
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") or tok.lemma_.lower() in _LIGHT_VERBS:
        return None
    return stem(tok.lemma_.lower())


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "obj"})


def _participants(ent: Any) -> tuple[str | None, str | None]:
    """The lemmas of the subject and the object of the date's event verb, when they are nouns
    ("Voss was sentenced on Tuesday": "voss"; "police arrested Mills": "police", "mills"); a
    participle's subject is the noun it tells of ("a video released Wednesday": "video"). A
    pronoun or a missing one is None: it names no one a second sentence could be matched on."""
    tok = _head_verb(ent)
    if tok.pos_ not in ("VERB", "AUX"):
        return None, None

    def noun(words: list[Any]) -> str | None:
        return words[0].lemma_.lower() if words and words[0].pos_ in ("NOUN", "PROPN") else None

    subject = noun([c for c in tok.children if c.dep_ in _SUBJECTS])
    if subject is None and tok.dep_ in ("acl", "relcl"):
        subject = noun([tok.head])
    return subject, noun([c for c in tok.children if c.dep_ in _OBJECTS])


def _lemmas(sent: Any) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop and t.ent_type_ != "DATE"
    )


def _merge(
    mentions: list[_Mention],
    order: list[str],
    *,
    year: int | None = None,
    base: datetime | None = None,
) -> list[TimelineEvent]:
    """One entry per event (see the module's notes), earliest first. ``year``: the one year of
    the cluster's dated sources, if they agree on one; an undated month and day is sorted in it
    (still unresolved: the article does not tell its year). ``base``: the median publication
    date of the cluster's dated sources; an undated month and day not joined to a dated event
    takes the year of its occurrence nearest ``base`` (see ``_nearest_day``), marked as
    inferred."""
    keys = [_date_key(m) for m in mentions]
    topic = _topic_words(mentions, keys)
    for m in mentions:
        m.distinct = m.lemmas - topic
    groups: list[list[_Mention]] = []
    by_key: dict[str, list[list[_Mention]]] = {}  # each mention's key is computed once: an
    # undated one asks dateparser, and comparing every pair of mentions that way took 0.9 s on
    # ten wire stories
    by_cite: dict[Citation, list[_Mention]] = {}
    for m, key in zip(mentions, keys, strict=True):
        if m.citation in by_cite:
            # Two dates told by the same words ("plans to open it in 2022 or 2024"): one row,
            # whose text shows both, not the same text under each date.
            by_cite[m.citation].append(m)
            continue
        same_date = by_key.setdefault(key, [])
        told = _reference(m, same_date)
        if told is not None:
            told.append(m)
            by_cite[m.citation] = told
            continue
        for group in same_date:
            # Like the event's first report, or in words like any other one of them: the third
            # outlet may tell it in the second's words ("agreed to take the case" / "would take
            # the case"). The same event word alone joins only the first, so that a second event
            # in one article ("the novel is released" / "the pilot is released") does not join
            # through another outlet's report.
            if (
                _similar(group[0], m)
                or any(_similar(o, m, words_only=True) for o in group[1:])
                or _similar(_first_of_head(group, m), m)
            ):
                group.append(m)
                by_cite.setdefault(m.citation, group)
                _bridge(group, m, same_date, groups, by_cite)
                break
        else:
            same_date.append([m])
            groups.append(same_date[-1])
            by_cite[m.citation] = same_date[-1]
    key_of = {id(m): key for m, key in zip(mentions, keys, strict=True)}
    groups = _join_closest(groups, by_key)
    groups = _join_undated(groups, key_of)
    groups = _join_named_weekday(groups)
    groups = _join_relative(groups, key_of)
    groups = _join_coarse(groups, key_of)
    rank = {sid: i for i, sid in enumerate(order)}
    inferred = {
        id(g): day
        for g in groups
        if (day := _inferred_day(g, key_of[id(g[0])], base)) is not None
    }
    keyed = [
        (
            (0, inferred[id(g)]) if id(g) in inferred else _sort_key(g, key_of[id(g[0])], year),
            _event(g, rank, inferred.get(id(g))),
        )
        for g in groups
    ]
    keyed.sort(key=lambda ke: (*ke[0], _first(ke[1], rank)))
    return [e for _, e in keyed]


def _bridge(
    group: list[_Mention],
    m: _Mention,
    same_date: list[list[_Mention]],
    groups: list[list[_Mention]],
    by_cite: dict[Citation, list[_Mention]],
) -> None:
    """A report that has joined ``group`` and is told like another row of its date, by other
    outlets, makes the two one row: "Orrin on Friday proposed a budget" and "the budget
    released by the cabinet on Friday" share too little, and a third outlet's "Orrin on Friday
    released his budget" is told like each (joining only the first row it met left the other
    apart by the order the sources came in). Not a row that ``m``'s own article or one of
    ``group``'s told apart: an article that tells two events of a day tells them as two.
    And only a report whose sentence is near (``BRIDGE_COSINE``) one of each row's: like words
    alone bridged unrelated events of one weekday in a folder of ten wire stories."""
    if m.vector is None or not _near(m, group):
        return
    own = {o.citation.source for o in group}
    for other in [g for g in same_date if g is not group]:
        if own & {o.citation.source for o in other}:
            continue
        if not _near(m, other):
            continue
        if _similar(other[0], m) or _similar(_first_of_head(other, m), m):
            group.extend(other)
            own |= {o.citation.source for o in other}
            for o in other:
                if by_cite.get(o.citation) is other:
                    by_cite[o.citation] = group
            same_date[:] = [g for g in same_date if g is not other]
            groups[:] = [g for g in groups if g is not other]


def _near(m: _Mention, group: list[_Mention]) -> bool:
    """Whether ``m``'s sentence is within ``BRIDGE_COSINE`` of another outlet's in ``group``."""
    return any(
        o.vector is not None
        and m.vector is not None
        and o.citation.source != m.citation.source
        and float(m.vector @ o.vector) >= BRIDGE_COSINE
        for o in group
    )


def _join_closest(
    groups: list[list[_Mention]], by_key: dict[str, list[list[_Mention]]]
) -> list[list[_Mention]]:
    """Two rows of one day, told by different outlets, whose sentences are each other's closest
    among that day's rows (cosine ``CLOSEST_COSINE`` or more, ``CLOSEST_MARGIN`` above the
    next closest row of either) and share ``CLOSEST_SHARED`` content lemmas are one event told
    in other words ("was found dead Monday on his patio" / "who died suddenly Monday evening").
    Relative, not a fixed bar: a story's sentences about one day are all somewhat alike, and
    only the pair that stands out from the rest of the day is taken as one event. A day only:
    a month or a year holds many events told alike."""
    joined: set[int] = set()
    for same_date in by_key.values():
        if len(same_date) < 2 or not _is_day(same_date[0][0]):
            continue
        # the closest pair of mentions of other outlets, for each two rows of the day
        score: dict[tuple[int, int], tuple[float, _Mention, _Mention]] = {}
        for i, g in enumerate(same_date):
            for j in range(i + 1, len(same_date)):
                pairs = [
                    (float(a.vector @ b.vector), a, b)
                    for a in g
                    for b in same_date[j]
                    if a.vector is not None
                    and b.vector is not None
                    and a.citation.source != b.citation.source
                ]
                if pairs:
                    score[i, j] = score[j, i] = max(pairs, key=lambda p: p[0])
        ranked = [
            sorted(
                ((score[i, j][0], j) for j in range(len(same_date)) if (i, j) in score),
                reverse=True,
            )
            for i in range(len(same_date))
        ]
        for i, g in enumerate(same_date):
            mine = ranked[i]
            if id(g) in joined or not mine:
                continue
            cos, j = mine[0]
            theirs = ranked[j]
            if theirs[0][1] != i or id(same_date[j]) in joined or cos < CLOSEST_COSINE:
                continue
            nexts = [s for s, _ in mine[1:2] + theirs[1:2]]
            _, a, b = score[i, j]
            if any(cos - s < CLOSEST_MARGIN for s in nexts):
                continue
            if len(a.lemmas & b.lemmas) < CLOSEST_SHARED:
                continue
            g.extend(same_date[j])
            joined.add(id(same_date[j]))
    return [g for g in groups if id(g) not in joined]


def _first_of_head(group: list[_Mention], m: _Mention) -> _Mention:
    """The group's first mention named by ``m``'s event word, else its first: a group joined
    through a paraphrase ("captured him Thursday" / "was arrested Thursday") takes a third
    outlet's "who was arrested ... Thursday" through the first that says "arrested", as it
    would have had that one come first (a second "released" of the first's article still
    meets the first "released", and stays apart, see ``_merge``)."""
    return next((o for o in group if m.head is not None and o.head == m.head), group[0])


def _sort_key(group: list[_Mention], key: str, year: int | None) -> tuple[int, str]:
    """Dated events by date; then undated ones: a month and day placed in the cluster's one
    year among the dated (``year``), else after them with the months alone; then relative
    dates ("10 years ago", "last week", "Wednesday", "next month") in the order they lie from
    the unknown article date, read against a fixed base (a week counts from its Monday); then
    the rest, in the order of their sources."""
    dated = _finest(group)
    if dated.date is not None:
        return 0, dated.date
    m = group[0]
    fit = _fit_key(m, key)
    if fit is not None:  # "-04-25", "-04": a day or a month without its year
        if year is not None and len(fit) == len("-04-25") and _valid_day(year, fit):
            return 0, f"{year:04d}{fit}"
        return 1, fit
    words = _normalise(m.expression).lower().split()
    if _RELATIVE.search(m.expression) or (words and words[0] in _WEEKDAYS):
        when = _relative_when(m.expression, m.future)
        if when is not None:
            return 2, when
    return 3, ""


@lru_cache(maxsize=256)
def _relative_when(expression: str, future: bool | None) -> str | None:
    """Where a relative date lies from ``FIXED_BASE`` ("last week": its Monday), for sorting."""
    resolved = resolve_date(expression, FIXED_BASE, future=future)
    if resolved is None or resolved[0] is None:
        return None
    when = resolved[0]
    if "-W" in when:
        y, w = when.split("-W")
        when = datetime.fromisocalendar(int(y), int(w), 1).strftime("%Y-%m-%d")
    return when


def _inferred_day(group: list[_Mention], key: str, base: datetime | None) -> str | None:
    """The date of an undated group that tells a month and day ("April 25 to 27", "on 12
    March"), read against the cluster's median publication date ``base``; None for any other
    group. A weekday or a relative date ("Tuesday", "last week") counts from its own article's
    unknown date, which others, published days apart, do not tell: it is not resolved (nor is
    "Tuesday, April 23" read as a weekday: its month and day are written out)."""
    if base is None or any(m.date is not None for m in group):
        return None
    m = group[0]
    if _RELATIVE.search(m.expression):
        return None
    fit = _fit_key(m, key)
    if fit is None or len(fit) != len("-04-25"):
        return None  # a month alone ("in May") may lie on either side: left as it was
    words = re.findall(r"[a-z]+", m.expression.lower())
    weekday = next((_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS), None)
    return _nearest_day(base, fit, weekday)


def _nearest_day(base: datetime, fit: str, weekday: int | None = None) -> str | None:
    """The occurrence of a month and day ("-04-25") nearest ``base``, the way a reader dates
    "April 25" in an article of late April 2019: that year's, or the year before or after
    across a new year ("Dec. 30" near Jan. 3). A weekday told with it ("Sunday, Dec. 20")
    picks the year it falls on, if one of the three does. Ties go to the earlier; "-02-29"
    skips years without it."""
    candidates = [
        datetime(y, int(fit[1:3]), int(fit[4:6]))
        for y in (base.year - 1, base.year, base.year + 1)
        if _valid_day(y, fit)
    ]
    on_weekday = [d for d in candidates if d.weekday() == weekday]
    candidates = on_weekday or candidates
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (abs((d - base).days), d))
    return best.strftime("%Y-%m-%d")


def _valid_day(year: int, fit: str) -> bool:
    try:
        datetime(year, int(fit[1:3]), int(fit[4:6]))
    except ValueError:
        return False  # "-02-29" in a year without it
    return True


def _topic_words(mentions: list[_Mention], keys: list[str]) -> frozenset[str]:
    """The story's own words: used around many different dates (a quarter of them, and four or
    more): "North", "Korea", "dissident", "say". Long sentences of one story share them
    whatever event each tells; words of one event ("attach", "cable") stay around its date."""
    dates: dict[str, set[str]] = {}
    for m, key in zip(mentions, keys, strict=True):
        for lemma in m.lemmas:
            dates.setdefault(lemma, set()).add(key)
    floor = max(MIN_TOPIC_DATES, len(set(keys)) // 4)
    return frozenset(lemma for lemma, seen in dates.items() if len(seen) >= floor)


def _reference(m: _Mention, same_date: list[list[_Mention]]) -> list[_Mention] | None:
    """The event a day's noun of one source refers back to: the one event of that day its
    source has told so far, if only one ("Friday's attempt" after "boarded on Friday for
    liftoff"). With two, which one it names is unknown; another source's noun is not a
    reference back (it goes through ``_similar`` like any report)."""
    if not m.reference:
        return None
    own = [g for g in same_date if any(o.citation.source == m.citation.source for o in g)]
    return own[0] if len(own) == 1 else None


def _join_undated(
    groups: list[list[_Mention]], key_of: dict[int, str]
) -> list[list[_Mention]]:
    """An undated event told like a dated one of a date it fits joins it: "reported missing on
    Nov. 18" beside "reported missing on Nov. 18, 2017"; "In November" beside "November 2020".
    Only in an undated article is a date left without its year, and one event is then often
    given its full date in one place (or by one outlet) and its month or day alone in another.
    A weekday is not joined: it is relative to the article's unknown date, which another
    article's date does not tell ("Wednesday's fire" in an undated wire stays undated). The
    dated events are looked up by the month and day they fit, so each undated event is
    compared with few others (see ``_fits``)."""
    fits: dict[str, list[list[_Mention]]] = {}
    for group in groups:
        date = group[0].date
        if date is None or len(date) < 7 or "W" in date:
            continue  # a year alone or a week fits no month or day
        keys = [date[4:7]]
        if len(date) == 10:
            keys.append(date[4:])
        for fit in keys:
            fits.setdefault(fit, []).append(group)
    if not fits:
        return groups
    out: list[list[_Mention]] = []
    for group in groups:
        key = _fit_key(group[0], key_of[id(group[0])]) if group[0].date is None else None
        target = None
        if key is not None:
            target = next(
                (d for d in fits.get(key, []) if any(_fits(a, m, key) for a in d for m in group)),
                None,
            )
        if target is None:
            out.append(group)
        else:
            target.extend(group)
    return out


def _weekday(m: _Mention) -> tuple[str, bool] | None:
    """The weekday a mention's expression opens with, and whether it names its date too
    ("Wednesday, March 30": True; "Wednesday night": False); None for other expressions."""
    expr = _normalise(m.expression).lower()
    first = expr.split(" ")[0].strip(",")
    if first not in _WEEKDAYS:
        return None
    return first, bool(re.search(r"\d", expr))


def _join_named_weekday(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """An undated weekday's event joins the one event told of that weekday with its date
    ("a lynx was shot dead on Wednesday" / "Tarka the lynx was shot and killed Wednesday,
    March 30"): the other report says which Wednesday it is. Told alike (see ``_similar``:
    the same event word with a participant, or the same words), not in one sentence; with two
    such events, which one it is is unknown and it stays apart. A weekday without a date is
    otherwise never joined to a date (see ``_join_undated``)."""
    named: dict[str, list[list[_Mention]]] = {}
    for group in groups:
        for m in group:
            day = _weekday(m)
            if day is not None and day[1]:
                named.setdefault(day[0], []).append(group)
                break
    if not named:
        return groups
    joined: set[int] = set()
    for group in groups:
        m = group[0]
        day = _weekday(m)
        if m.date is not None or day is None or day[1] or id(group) in joined:
            continue
        targets = [
            g
            for g in named.get(day[0], [])
            if g is not group
            and id(g) not in joined
            and any(
                not _same_sentence(a, b) and _similar(a, b)
                for a in g
                if (w := _weekday(a)) is not None and w[1]
                for b in group
            )
        ]
        if len(targets) == 1:
            targets[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


# "next month", "earlier this month", "last month": a month counted from an undated article's date
_WEEK_RELATIVE = re.compile(r"^(?:(?:earlier|later)\s+)?this\s+week$", re.I)
_MONTH_RELATIVE = re.compile(r"^(?:(?:earlier|later)\s+)?(?:next|last|this)\s+month$", re.I)


def _join_relative(groups: list[list[_Mention]], key_of: dict[int, str]) -> list[list[_Mention]]:
    """An undated article's weekday or month counted from its date ("unveiled Monday", "will
    open next month") joins the one event told alike with its day or month written out
    ("unveiled on Nov. 9", "will open in March"): in an undated cluster the two were two rows
    of one event (13 of 27 duplicates on AllSides and DUC, one reader). Which day "Monday" is
    stays unknown, so the join asks for more than ``_similar``'s few shared names: the same
    event word or sentences close in meaning (``BRIDGE_COSINE``); the same tense ("next month"
    is ahead, "last month" past, a weekday told as the written day is); not one sentence
    (its two dates are two days); and one such event only. Only a day or month written without
    a year, in an undated article: a dated article's day is not joined, as the weekday counts
    from its own article's unknown date (see ``_join_undated``)."""
    written: list[tuple[list[_Mention], str]] = []  # a group and its "-MM-DD" / "-MM"
    for group in groups:
        if all(m.date is None for m in group):
            fit = _fit_key(group[0], key_of[id(group[0])])
            if fit is not None:
                written.append((group, fit))
    weekdays = [  # undated weekdays alone ("Wednesday"), for "this week" (see ``_this_week``)
        g
        for g in groups
        if all(m.date is None for m in g)
        and any((w := _weekday(m)) is not None and not w[1] for m in g)
    ]
    joined: set[int] = set()
    for group in groups:
        m = group[0]
        if m.date is not None or id(group) in joined:
            continue
        day = _weekday(m)
        expr = _normalise(m.expression).lower()
        if _WEEK_RELATIVE.fullmatch(expr):
            week = [g for g in weekdays if id(g) not in joined and _this_week(group, g)]
            if len(week) == 1:
                week[0].extend(group)
                joined.add(id(group))
            continue
        month = _MONTH_RELATIVE.fullmatch(expr)
        if (day is None or day[1]) and month is None:
            continue
        targets = [
            g
            for g, fit in written
            if id(g) not in joined
            and (len(fit) == len("-11-09") if day is not None else True)
            and _relative_fits(group, g, expr)
            # "Thursday, March 31" is no Wednesday
            and (day is None or all((w := _weekday(b)) is None or w[0] == day[0] for b in g))
        ]
        if len(targets) == 1:
            targets[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _this_week(group: list[_Mention], target: list[_Mention]) -> bool:
    """Whether "this week"'s event (``group``) is the event its own article tells of a weekday
    (``target``): both count from the article's one unknown date ("Corvel's announcement this
    week of a deal" / "announcing the deal on Wednesday"). Told alike (``_similar``), one
    naming the other's event word (``_same_head``), in sentences close in meaning
    (``BRIDGE_COSINE``) and the same tense. Another article's weekday counts from
    another date, and is not joined."""
    for a in group:
        for b in target:
            if a.citation.source != b.citation.source or _weekday(b) is None:
                continue
            if _same_sentence(a, b) or not _similar(a, b):
                continue
            if not _same_head(a, b):
                continue
            if (
                a.vector is not None
                and b.vector is not None
                and float(a.vector @ b.vector) < BRIDGE_COSINE
            ):
                continue
            if a.future is None or b.future is None or a.future == b.future:
                return True
    return False


def _relative_fits(group: list[_Mention], target: list[_Mention], expr: str) -> bool:
    """Whether a relative date's event (``group``, its expression ``expr``) is ``target``'s,
    a written day or month (see ``_join_relative``): a weekday told by another article (one
    article that writes a day out and elsewhere says "Monday" tells two days: "mobs burned
    churches on Nov. 22" / "mobs set fire to mosques Monday"); by the very same event word or
    dated noun ("Tuesday's Senate hearing" / "a Sept. 28 Senate hearing") in sentences close
    in meaning (``BRIDGE_COSINE``), or in sentences that say nearly the same thing
    (``EVENT_COSINE``): a word of one sentence naming the other's event is not enough
    ("listened to the debate on impeaching him for lying Friday" / "lying to a grand jury on
    Aug. 17"); and in the same tense ("next month" lies ahead, "last month" behind)."""
    if any(_same_sentence(a, b) for a in group for b in target):
        return False  # "its opening last month, agreed at Wye River in October": two dates
    own = {m.citation.source for m in group}
    if _weekday(group[0]) is not None and any(b.citation.source in own for b in target):
        return False  # a month is not so told: "will reopen next month" / "from early November"
    for a in group:
        for b in target:
            if not _similar(a, b):
                continue
            cos = (
                float(a.vector @ b.vector)
                if a.vector is not None and b.vector is not None
                else None
            )
            same = (a.head is not None and a.head == b.head) or _same_noun(a, b)
            close = cos is None or cos >= BRIDGE_COSINE
            if not ((same and close) or (cos or 0.0) >= EVENT_COSINE):
                continue
            if expr.startswith(("next", "later")):
                tense_fits = b.future is True
            elif expr.startswith(("last", "earlier")):
                tense_fits = b.future is False
            else:
                tense_fits = a.future is None or b.future is None or a.future == b.future
            if tense_fits:
                return True
    return False


# Content lemmas (the event word among them) a year's or a month's report must share with a
# finer report of the same event word: its participants ("Indonesia invaded East Timor in 1975"
# / "... in Dec. 1975"), not the event word alone.
COARSE_SHARED = 3


def _join_coarse(
    groups: list[list[_Mention]], key_of: dict[int, str] | None = None
) -> list[list[_Mention]]:
    """A year, a month or a week told of an event ("invaded East Timor in 1975"; "toppled last
    week") joins the one finer date within it told of that event ("invaded East Timor in Dec.
    1975"; "collapsed Nov. 25"; a week in the same tense, see ``_week_tense``): the same event word
    (see ``_same_head``) and ``COARSE_SHARED`` content lemmas in common, not in one sentence.
    With two such finer events in the period ("bought the quay on July 14", "bought its crane
    on Sept. 2") which one the year is of is unknown, and it stays a row of its own. Months
    join first, so that a year finds the day its month joined. Undated articles alike: "meet
    in Geneva in June" joins "set to meet in Geneva on June 15-16" (both without a year; their
    month and day, see ``_fit_key``, stand for the date; a weekday has none)."""
    dated = {id(g): _finest(g).date for g in groups}
    for g in groups:
        if dated[id(g)] is None and key_of is not None:
            fit = _fit_key(g[0], key_of[id(g[0])])  # "-06", "-06-15"
            dated[id(g)] = None if fit is None else "????" + fit
    coarse = sorted(
        (g for g in groups if (d := dated[id(g)]) is not None and (len(d) in (4, 7) or "W" in d)),
        key=lambda g: -len(dated[id(g)] or ""),  # weeks ("2021-W21"), months, then years
    )
    joined: set[int] = set()
    for group in coarse:
        period = dated[id(group)] or ""
        candidates = [
            g
            for g in groups
            if id(g) not in joined
            and g is not group
            and (d := dated[id(g)]) is not None
            and "W" not in d
            and len(d) > len(period)
            and _within(d, period)
            and any(_ties(f, c) and _week_tense(f, c, period) for f in g for c in group)
        ]
        if len(candidates) == 1:
            candidates[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _within(day: str, period: str) -> bool:
    """Whether a date lies in a year, a month or an ISO week ("2021-W21": "last week" told in
    a dated article, which joins its one day told alike, "reported on May 27")."""
    if "W" not in period:
        return day.startswith(period + "-")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return False  # a week is of days only (not an undated article's "????-06-15")
    year, week, _ = datetime.fromisoformat(day).isocalendar()
    return f"{year:04d}-W{week:02d}" == period


def _week_tense(fine: _Mention, coarse: _Mention, period: str) -> bool:
    """A week's event and its day's told in the same tense (or either of no tense): "plans to
    announce this week whether ..." is not the day's "clarified Tuesday that she had not
    announced" (a plan and what has happened since share their words). Years and months
    are joined as before."""
    if "W" not in period:
        return True
    return fine.future is None or coarse.future is None or fine.future == coarse.future


def _ties(fine: _Mention, coarse: _Mention) -> bool:
    """The same event word and ``COARSE_SHARED`` lemmas in common; or the very same event word
    (not one within the other's text) and one participant besides it ("a ferryman drowned in
    2031" / "Brune drowned on May 4, 2031, the ferryman's log says")."""
    if _same_sentence(fine, coarse) or not _same_head(fine, coarse):
        return False
    shared = fine.lemmas & coarse.lemmas
    if len(shared) >= COARSE_SHARED:
        return True
    return fine.head is not None and fine.head == coarse.head and len(shared) >= 2


def _finest(group: list[_Mention]) -> _Mention:
    """The group's mention of the finest date (the first of them), else its first."""
    return max(
        (m for m in group if m.date is not None),
        key=lambda m: len(m.date or ""),
        default=group[0],
    )


def _fits(dated: _Mention, undated: _Mention, key: str) -> bool:
    """Whether an undated mention tells a dated one's event. A month alone fits many days, so
    it needs the same event word as well ("In November, she was reported missing" / "was
    reported missing ... on Nov. 18, 2017"): two events of one month in a story may share
    names and places."""
    if _same_sentence(dated, undated) or not _similar(dated, undated):
        return False
    return len(key) > 3 or _same_head(dated, undated)  # "-11-18", not "-11"


def _fit_key(m: _Mention, key: str) -> str | None:
    """The month and day an undated mention may be ("-11-18", "-11"); None for another
    expression ("last week", "Saturday")."""
    if not _MONTH.search(m.expression):
        return None  # "Saturday", "Friday morning": dateparser reads a day near FIXED_BASE
    if re.fullmatch(r"undated -\d\d(?:-\d\d)?", key):
        return key.removeprefix("undated ")
    return None


def _same_sentence(a: _Mention, b: _Mention) -> bool:
    """Two dates of one sentence are two dates ("the hike in June was the largest since June
    2008"), however alike the words around them."""
    return (
        a.citation.source == b.citation.source
        and a.sentence is not None
        and a.sentence == b.sentence
    )


def _date_key(m: _Mention) -> str:
    """The date two mentions must share to be one event. An undated one has only its wording,
    read as a month and day when it is one ("Oct. 5" and "October 5th" are one day)."""
    if m.date is not None:
        return m.date
    if not _RELATIVE.search(m.expression):
        resolved = resolve_date(m.expression, FIXED_BASE)
        if resolved is not None and resolved[0] is not None:
            return f"undated {resolved[0][4:]}"  # the year is FIXED_BASE's, not the event's
    return f"undated {_normalise(m.expression).lower()}"


def _similar(a: _Mention, b: _Mention, *, words_only: bool = False) -> bool:
    if a.citation == b.citation or (a.claim is not None and a.claim == b.claim):
        return True
    shared, union = len(a.lemmas & b.lemmas), len(a.lemmas | b.lemmas)
    jaccard = shared / union if union else 0.0
    if jaccard >= MERGE_JACCARD:
        return True
    if shared >= MERGE_SHARED and (
        jaccard >= MERGE_JACCARD_FLOOR
        or a.distinct is None
        or b.distinct is None
        or len(a.distinct & b.distinct) >= MERGE_SHARED
    ):
        return True
    if a.citation.source == b.citation.source:
        return _told_again(a, b)
    # Two outlets' sentences that say nearly the same thing, of one day, with a participant in
    # common ("fell to his death Wednesday" / "landing ... on Wednesday"): a day, as a year or a
    # month holds many events a story's sentences tell alike. Like words, with any report of
    # the event ("captured him Thursday" / "was arrested Thursday" / "who was arrested ...
    # Thursday").
    if (
        shared >= 1
        and _is_day(a)
        and a.vector is not None
        and b.vector is not None
        and float(a.vector @ b.vector) >= EVENT_COSINE
    ):
        return True
    if words_only:
        return False
    # Two outlets naming one event by the same word, with a participant in common. Not within
    # one article: a writer who tells an event twice says so in the same words (caught above),
    # and the same verb there is more often a second event ("drove through town Thursday",
    # "were driven out Thursday").
    return (_same_head(a, b) or _same_noun(a, b)) and shared >= 1 + bool(
        a.head in b.lemmas or b.head in a.lemmas
    )


def _told_again(a: _Mention, b: _Mention) -> bool:
    """One article telling one event of a day twice, in other words: the same event word, with
    the same subject, and the same object if both have one ("Voss was sentenced on Tuesday" /
    "On Tuesday, Ms. Voss, 61, was sentenced to six years"). The same verb with another subject
    ("drove through town Thursday" / "were driven out Thursday"), or the same subject doing it
    to someone else ("arrested Mills" / "arrested Brune"), is another event."""
    return (
        _is_day(a)
        and a.head is not None
        and a.head == b.head
        and a.subject is not None
        and a.subject == b.subject
        and (a.object is None or b.object is None or a.object == b.object)
    )


def _is_day(m: _Mention) -> bool:
    """Whether a mention names a day: a full date, or, undated, a weekday or a day of a month."""
    if m.date is not None:
        return len(m.date) == len("2000-01-01")
    expr = _normalise(m.expression).lower()
    return expr.split(" ")[0] in _WEEKDAYS or bool(re.search(r"\d", expr))


def _same_noun(a: _Mention, b: _Mention) -> bool:
    """Both dates are on a noun phrase of one word in common ("a primary victory on Tuesday",
    "Tuesday's primary election"), of a day: a month or a year holds many events so named."""
    return _is_day(a) and bool(a.nouns & b.nouns)


# Stems of a verb's noun that the stemmer does not bring to the verb's stem ("tried" -> "tri",
# "trial" -> "trial"; "died" -> "die", "death"): one event named by a verb in one outlet and by
# its noun in another ("will be tried on Dec. 3" / "goes on trial Dec. 3"). A short list of
# plain derivations, not synonyms: WordNet's derivational links (not installed) would add
# remote senses ("try" / "trier", "die" / "dice").
_DERIVED = {"trial": "tri", "death": "die", "dead": "die"}


def _same_head(a: _Mention, b: _Mention) -> bool:
    """One names the other's event: "was published Monday" and "an article published on
    Monday"; "the invitation was sent in May" and "Lavrov invited Kim in May"; "was tried" and
    "went on trial" (see ``_DERIVED``)."""
    a_head, b_head = _DERIVED.get(a.head or "", a.head), _DERIVED.get(b.head or "", b.head)
    a_stems = {_DERIVED.get(s, s) for s in a.stems}
    b_stems = {_DERIVED.get(s, s) for s in b.stems}
    return bool(
        (a_head is not None and (a_head == b_head or a_head in b_stems))
        or (b_head is not None and b_head in a_stems)
    )


def _event(
    group: list[_Mention], rank: dict[str, int], inferred: str | None = None
) -> TimelineEvent:
    group = sorted(group, key=lambda m: (rank[m.citation.source], m.citation.start))
    citations = list(dict.fromkeys(m.citation for m in group))
    sources = sorted({c.source for c in citations}, key=lambda s: rank[s])
    if inferred is not None:  # a month and day whose year the other sources' dates give
        told = next((m for m in group if _is_day(m)), group[0])  # not a month joined to it
        return TimelineEvent(
            date=inferred,
            resolved=True,
            year_from="cluster",
            expression=told.expression,
            text=told.text,
            sources=sources,
            citations=citations,
        )
    dated = _finest(group)  # an undated report joined, or a year told of the day's event
    if dated.date is None:  # "Wednesday, March 30" tells which "Wednesday" it is
        dated = next((m for m in group if (w := _weekday(m)) is not None and w[1]), dated)
    coarser = group[0].date is not None and len(group[0].date) < len(dated.date or "")
    if dated.date is None and not _MONTH.search(dated.expression):
        # "Monday" or "next month" joined to the day or month another outlet writes out (see
        # ``_join_relative``): the row tells the written one, in its words
        written = next((m for m in group if _MONTH.search(m.expression)), None)
        if written is None and _WEEK_RELATIVE.fullmatch(_normalise(dated.expression)):
            # "this week" joined to its article's "Wednesday": the row tells the day
            written = next((m for m in group if _weekday(m) is not None), None)
        dated, coarser = (written, True) if written is not None else (dated, coarser)
    if dated.date is None and not _is_day(dated):  # an undated month joined to its day
        day = next((m for m in group if _is_day(m) and _MONTH.search(m.expression)), None)
        dated, coarser = (day, True) if day is not None else (dated, coarser)
    return TimelineEvent(
        date=dated.date,
        resolved=dated.date is not None,
        expression=dated.expression,
        text=dated.text if coarser else group[0].text,  # the text that tells the row's date
        sources=sources,
        citations=citations,
    )


def _first(event: TimelineEvent, rank: dict[str, int]) -> tuple[int, int]:
    c = event.citations[0]
    return rank[c.source], c.start
