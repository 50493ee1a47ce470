"""What every renderer shares: reading the brief's JSON dict, numbering citations, passages.

Renderers take the dict of :meth:`synoptic.model.Brief.to_dict` (the JSON contract), never the
dataclasses, so a brief saved as JSON renders exactly like a fresh one. Everything here reads the
dict defensively (``.get`` with defaults) because fact lists may be empty or carry extra fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from synoptic.agreement import find_dates, support_level

Data = Mapping[str, Any]

# Footnotes and tooltips quote at most this many characters of a cited passage; long enough for
# a news sentence (median ~130 characters), short enough to keep a footnote on two lines.
PASSAGE_LIMIT = 240
# Key numbers show their sentence as context; a figure's line should stay short.
CONTEXT_LIMIT = 120
# How many single-source claims "what it adds" lists per source before "and N more".
ADDS_LIMIT = 5
# How much of each removed passage the collapsed list shows.
REMOVED_LIMIT = 90

KIND_LABELS = {
    "date": "Date",
    "number": "Number",
    "fact": "Fact",
    "interpretation": "Interpretation",
}
# A conflict topic that opens on its own label ("date of the summit", "outcome: talks") is
# shown without it ("Date: date of the summit" said it twice; "Date of Vladivostok" read as the
# date of a city when the words the sides share are a place).
_TOPIC_LABEL = re.compile(r"^(?:(?:date of|figure for) |(\w+): )", re.IGNORECASE)


def conflict_heading(conflict: Mapping[str, Any]) -> tuple[str, str]:
    """The label and the rest of a conflict's heading: ``("Date:", "the summit")`` for the topic
    "date of the summit", ``("Outcome:", "talks")`` for a fact's "outcome: talks", else the
    kind's label and the topic."""
    kind = str(conflict.get("kind", ""))
    topic = one_line(conflict.get("topic", ""))
    label = f"{KIND_LABELS.get(kind, kind.title())}:"
    match = _TOPIC_LABEL.match(topic)
    if match is None or (match.group(1) and kind != "fact"):
        return label, topic
    if match.group(1):
        return f"{match.group(1).capitalize()}:", topic[match.end() :]
    return label, topic[match.end() :]


REASON_LABELS = {
    "boilerplate": "boilerplate",
    "repeated": "repeated in the article",
    "copied": "copied from another source",
}



def removed_label(item: Mapping[str, Any]) -> str:
    """How a removed passage is labelled: its reason and, where cleaning said more, what it was
    ("boilerplate: subscribe"; a line read as metadata: "metadata: title")."""
    reason = str(item.get("reason", "other"))
    detail = one_line(item.get("detail") or "")
    if detail.startswith("metadata"):
        return detail.replace("metadata:", "read as metadata:", 1)
    label = REASON_LABELS.get(reason, reason)
    return f"{label}: {detail}" if detail and reason == "boilerplate" else label


_SPACE = re.compile(r"\s+")
# Control characters that are not white space (ESC, BEL, NUL...): a file name may hold them
# (article text is cleaned of them at ingest), and a Markdown file or terminal showing them raw
# would run them as escape sequences. Each is shown as U+FFFD.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(slots=True, frozen=True, order=True)
class Cite:
    """One cited passage, ``sources[source].original[start:end]``."""

    source: str
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """An HTML id for the passage, safe whatever the source id holds."""
        return f"p-{safe_id(self.source)}-{self.start}-{self.end}"


def safe_id(text: str) -> str:
    """Keep only characters that are safe in an HTML id and a URL fragment."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text) or "_"


def cite_of(item: Mapping[str, Any]) -> Cite | None:
    """The passage an item (citation, conflict side, quote, number) points to, if it has one."""
    source, start, end = item.get("source"), item.get("start"), item.get("end")
    if isinstance(source, str) and isinstance(start, int) and isinstance(end, int):
        return Cite(source=source, start=start, end=end)
    return None


def one_line(text: object) -> str:
    """Collapse all whitespace runs (newlines included) to single spaces; control characters
    become U+FFFD."""
    return _CONTROL.sub("\ufffd", _SPACE.sub(" ", str(text)).strip())


def shorten(text: str, limit: int = PASSAGE_LIMIT) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def sources_by_id(data: Data) -> dict[str, Mapping[str, Any]]:
    """The brief's sources keyed by id."""
    return {str(s.get("id")): s for s in data.get("sources", [])}


def passage(sources: Mapping[str, Mapping[str, Any]], cite: Cite) -> str:
    """The exact cited text, or ``""`` when the source or its original text is missing."""
    src = sources.get(cite.source)
    original = src.get("original") if src else None
    if not isinstance(original, str):
        return ""
    return original[cite.start : cite.end]


def number_citations(summary: Iterable[Mapping[str, Any]]) -> dict[Cite, int]:
    """Number each distinct cited passage 1..n in order of first appearance in the summary."""
    numbers: dict[Cite, int] = {}
    for sentence in summary:
        for item in sentence.get("citations", []):
            cite = cite_of(item)
            if cite is not None and cite not in numbers:
                numbers[cite] = len(numbers) + 1
    return numbers


def sentence_cites(sentence: Mapping[str, Any]) -> list[Cite]:
    """The distinct passages one summary sentence cites, in the order given."""
    out: list[Cite] = []
    for item in sentence.get("citations", []):
        cite = cite_of(item)
        if cite is not None and cite not in out:
            out.append(cite)
    return out


def brief_title(data: Data) -> str:
    """The brief's title: ``data["title"]`` if set, else the title of the most cited source;
    when the sources' headlines differ (a source with no headline differs from one with one),
    it says whose words it is ("... (headline of Harwick Gazette)"), so the brief does not pass
    one outlet's framing ("gears up for showdown with 'killer' ...") off as its own. A list of
    the names the sources share was tried instead ("Russia, North Korea, Kim Jong-un"): neutral,
    but it told a reader less than an attributed headline.

    Ties go to the source cited first, so the title is stable; with no summary, the first source
    that has a title; with no headline at all, the names most sources share
    (``shared_names_title``).
    """
    if data.get("title"):
        return one_line(data["title"])
    srcs = data.get("sources", [])
    titles = {one_line(s.get("title") or "") for s in srcs}  # "" for a source with none
    sources = sources_by_id(data)
    counts: dict[str, int] = {}
    for cite in number_citations(data.get("summary", [])):
        if sources.get(cite.source, {}).get("title"):
            counts[cite.source] = counts.get(cite.source, 0) + 1
    best = max(counts, key=lambda sid: counts[sid]) if counts else ""  # first most cited
    if not best:
        best = next((str(s.get("id")) for s in srcs if s.get("title")), "")
    if not best:
        return shared_names_title(data)
    title = one_line(sources[best]["title"])
    if len(titles) > 1:  # one outlet's words among others': say whose
        src = sources[best]
        # the outlet or author; not outlet_name's title fallback, which would repeat the title
        whose = one_line(src.get("outlet") or src.get("author") or f"source {best}")
        if "(" in whose or ")" in whose:  # "(headline of Post (Online))" nests: a dash does not
            return f"{title} — headline of {whose}"
        return f"{title} (headline of {whose})"
    return title


TITLE_NAMES = 3  # names in a title made of the names most sources share


def shared_names_title(data: Data) -> str:
    """A title for sources without headlines: the names (people, organisations, places) that
    more than half the sources name, two at least, those named by the most sources first (then
    the most mentioned, then by name, so the title does not depend on the sources' order):
    "Lake Orrin, Kestrel — names most sources share". Taken from the sources, never written:
    the best-supported claim was the other choice, but it is one outlet's sentence, often too
    long for a title; the shared names say what the story is about in every outlet's words.
    ``""`` when no name is shared so."""
    count = len(data.get("sources", []))
    texts = {
        str(s.get("id")): str(s.get("text") or s.get("original") or "")
        for s in data.get("sources", [])
    }
    shared = [
        e
        for e in data.get("entities", [])
        if e.get("name")
        and len(set(e.get("sources") or [])) >= max(2, count // 2 + 1)
        and not _wire_credit(e, [texts.get(str(sid), "") for sid in set(e["sources"])])
    ]
    shared.sort(
        key=lambda e: (-len(set(e["sources"])), -int(e.get("mentions") or 0), str(e["name"]))
    )
    names = list(dict.fromkeys(one_line(str(e["name"])) for e in shared))[:TITLE_NAMES]
    return f"{', '.join(names)} — names most sources share" if names else ""


def _wire_credit(entity: Mapping[str, Any], texts: Sequence[str]) -> bool:
    """Whether every time the sources' texts name ``entity`` it is a credit in parentheses: a
    wire dateline's ``ORRIN (Lakewire) -`` or a picture's ``(Lakewire Photo/Jane Doe)``. Such a
    name says who sent the story, not what it is about; named once in a sentence, it is the
    story's, and a bare ``(X)`` is not a credit (an actor's name after a role's). False when
    the texts do not name it at all (nothing to judge by)."""
    names = [str(n) for n in [entity.get("name"), *(entity.get("aliases") or [])] if n]
    named = credited = 0
    for name in names:
        escaped = re.escape(name)
        anywhere = re.compile(rf"(?<!\w){escaped}(?!\w)")
        credit = re.compile(  # "(X) -" after a dateline's place ("_" in old wire copy),
            # "(X Photo/...)", "(.../X)"
            rf"\({escaped}\)(?=\s*[-–—_])|\({escaped}\s+Photos?\b[^()]*\)|\([^()]*/\s*{escaped}\)"
        )
        for text in texts:
            named += len(anywhere.findall(text))
            credited += len(credit.findall(text))
    return named > 0 and credited >= named


def heading(data: Data) -> str:
    """``Brief: <title>``, or just ``Brief`` when no source has a title and most sources share
    no name."""
    title = brief_title(data)
    return f"Brief: {title}" if title else "Brief"


def file_name(src: Mapping[str, Any]) -> str:
    """The last part of the source's path (or its id when it has no path)."""
    path = str(src.get("path") or src.get("id") or "?")
    return one_line(path.rsplit("/", 1)[-1])


# A source with no outlet is named by a title cut to this many characters.
TITLE_NAME_LIMIT = 40


def outlet_name(src: Mapping[str, Any]) -> str:
    """What to call a source in citations and headings (a label, not a fact): its outlet, else
    its author, else its title (cut short, in quotation marks), else its file name. A file name
    such as "000_8e620d29d09c7d17.txt" tells a reader nothing the others would not."""
    for key in ("outlet", "author"):
        if src.get(key):
            return one_line(src[key])
    if src.get("title"):
        title = one_line(src["title"])
        head = _TITLE_SPLIT.split(title, maxsplit=1)[0]
        if len(title) > TITLE_NAME_LIMIT and 12 <= len(head) <= TITLE_NAME_LIMIT:
            return f"“{head}…”"  # "Harbour Talks in Halvik: A Deal with ..."
        return f"“{shorten(title, TITLE_NAME_LIMIT)}”"
    return file_name(src)


# Where a headline's first part ends: "Main words: subtitle", "Headline | Site", "A - B".
_TITLE_SPLIT = re.compile(r":\s|\s[|–—-]\s")


def sources_note(srcs: Sequence[Mapping[str, Any]]) -> str:
    """The header's line on the sources: ``3 sources: KEI, Ledger and 1 with no outlet named``.

    Only outlets are named here (the header states facts, so no author or file name stands in
    for one); ``3 sources, no outlet named`` when none names one. Sources with no text left
    after cleaning are flagged ("(1 with no text left after cleaning)"): the brief rests on
    fewer sources than it lists.
    """
    count = f"{len(srcs)} source{'s' if len(srcs) != 1 else ''}"
    named = sorted({one_line(s["outlet"]) for s in srcs if s.get("outlet")})
    unnamed = sum(1 for s in srcs if not s.get("outlet"))
    if not srcs:
        return count
    empty = sum(1 for s in srcs if not kept_words(s))
    flag = f" ({empty} with no text left after cleaning)" if empty else ""
    if not named:
        return f"{count}, no outlet named{flag}"
    if not unnamed:
        return f"{count}: {', '.join(named)}{flag}"
    return f"{count}: {', '.join(named)} and {unnamed} with no outlet named{flag}"


def context_around(context: str, figure: str, limit: int = CONTEXT_LIMIT) -> str:
    """At most ``limit`` characters of a figure's sentence, always showing the figure: the
    sentence's start when the figure is in it, else a window around the figure with an
    ellipsis at each cut ("… repairs would take 11 weeks at the Vellby yard.")."""
    flat, fig = one_line(context), one_line(figure)
    at = flat.find(fig) if fig else -1
    if len(flat) <= limit or at < 0 or at + len(fig) <= limit - limit // 4:
        return shorten(flat, limit)
    # Centre the figure, but never run past the end: a window that reaches the end keeps it.
    begin = max(0, min(at - (limit - len(fig)) // 2, len(flat) - limit + 1))
    space = flat.find(" ", begin, at)
    if begin and space >= 0:
        begin = space + 1
    tail = flat[begin:]
    return "…" + shorten(tail, limit - 1) if begin else shorten(tail, limit)


def side_excerpt(side: Mapping[str, Any], limit: int = PASSAGE_LIMIT) -> str:
    """A conflict side's sentence cut to ``limit``, always showing the value it gives: a
    reader who sees "**April 25**" must find April 25 in the quoted words."""
    value = side.get("value")
    return context_around(str(side.get("text", "")), value if isinstance(value, str) else "", limit)


def event_excerpt(event: Mapping[str, Any], limit: int = PASSAGE_LIMIT) -> str:
    """A timeline event's text cut to ``limit``, always showing the date expression that dates
    it ("... should be repaid by the end of this year.")."""
    expression = event.get("expression")
    return context_around(
        str(event.get("text", "")), expression if isinstance(expression, str) else "", limit
    )


def same_words(a: object, b: object) -> bool:
    """Whether two texts are the same words, ignoring case, spacing and punctuation: a summary
    sentence that is its cited passage word for word."""
    return _WORDS.findall(str(a).lower()) == _WORDS.findall(str(b).lower())


# A footnote whose passage its summary sentence repeats word for word says this instead of
# quoting the sentence a second time.
VERBATIM_NOTE = "word for word as in the summary"


def verbatim_cites(
    summary: Sequence[Mapping[str, Any]], sources: Mapping[str, Mapping[str, Any]]
) -> set[Cite]:
    """The cited passages that some summary sentence repeats word for word."""
    return {
        cite
        for sent in summary
        for cite in sentence_cites(sent)
        if same_words(sent.get("text", ""), passage(sources, cite))
    }


# What each section holds, one line under its heading in Markdown and HTML: a reader new to the
# brief learns what a "conflict", an "agreed claim" or a "profile" is without the docs.
SECTION_NOTES = {
    "conflicts": "Points on which the sources contradict each other; each side is quoted with "
    "its source and the position of the passage in that source's text.",
    "summary": "Every sentence comes with numbered references to the source passages it rests "
    "on, listed below the summary.",
    "claims": "Statements that two or more independent sources make (a source that reprints "
    "another counts once): corroborated by two, consensus when at least three and most of "
    "the sources make them.",
    "quotes": "What named people and bodies said, grouped by speaker: direct quotes in "
    "quotation marks, reported speech without.",
    "timeline": "Events the sources date, earliest first; those with a relative date (Tuesday, "
    "last week) that no publication date fixes come last, as written.",
    "numbers": "Figures the sources give, those given by the most sources first, then money, "
    "counts and shares, then spans of time; each with the words around it.",
    "entities": "People, organisations and places the sources name, with the other names "
    "used for them and the role the sources give them.",
    "adds": "For each source, what it reports that no other source does, and how much of what "
    "it says others also say; stance markers count the words that hedge, sound certain, "
    "reject a claim, draw a contrast, attribute or speak in the first person.",
    "removed": "Text left out before the analysis: site furniture (boilerplate), passages "
    "repeated within an article, and text copied from another source.",
    "texts": "The full text of every source as read, with the passages the brief uses "
    "highlighted and the removed text struck through.",
}


def minor_numbers_note(data: Data, more: bool = True) -> str:
    """ "2 more small counts written as words, in the JSON (numbers)." ("" when none); without
    "more" when no key number is shown above it."""
    minor = sum(1 for n in data.get("numbers", []) if is_minor_number(n))
    if not minor:
        return ""
    plural = "s" if minor != 1 else ""
    extra = "more " if more else ""
    return f"{minor} {extra}small count{plural} written as words, in the JSON (numbers)."


# What a section with nothing in it says, so that "none found" does not look like "not looked
# for" (Markdown and HTML; the JSON's lists are simply empty).
NONE_FOUND = "None found."


def shows_empty_sections(data: Data) -> bool:
    """Whether sections with nothing found are shown with :data:`NONE_FOUND`: when the brief
    read at least one source (with none, nothing was looked for)."""
    return bool(data.get("sources"))


# What the summary section says when no sentence could be cited (the terminal says the same).
NO_SUMMARY = "No summary: nothing in the sources could be cited."


# Conflict kinds whose side values are figures or dates, shown in bold; the others' values
# ("rejects (is speculation)", "asserts", a name) are a stance or a label, shown in italics.
FIGURE_KINDS = frozenset({"date", "number"})


def value_is_figure(conflict: Mapping[str, Any]) -> bool:
    """Whether a conflict's side values are figures or dates (bold) rather than labels."""
    return str(conflict.get("kind", "")) in FIGURE_KINDS


def date_of(value: object) -> str:
    """The date part of an ISO date or date-time, or an em dash when unknown."""
    return str(value)[:10] if value else "—"


def kept_words(src: Mapping[str, Any]) -> int:
    """Words of the cleaned text."""
    return len(str(src.get("text") or "").split())


def source_label(sources: Mapping[str, Mapping[str, Any]], source_id: str) -> str:
    """``S1, The Harbour Ledger``, or just the id for an unknown source."""
    src = sources.get(source_id)
    return f"{source_id}, {outlet_name(src)}" if src else source_id


def show_value(value: object) -> str:
    """A conflict side's value for display: numbers with thousands separators."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return one_line(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def agreed_claims(data: Data) -> list[Mapping[str, Any]]:
    """Claims labelled as carried by more than one independent source, in the brief's order
    (:func:`shown_agreed` leaves out those whose sources state different values)."""
    return [c for c in data.get("claims", []) if c.get("support") in ("consensus", "corroborated")]


def shown_agreed(data: Data) -> list[tuple[Mapping[str, Any], str, str]]:
    """The agreed claims to show, each with its label and support note counting only the
    sources that agree (:func:`agreement`)."""
    out = []
    for c in agreed_claims(data):
        n, label, dissent = agreement(data, c)
        if n >= 2:
            out.append((c, label, support_note(c, dissent)))
    return out


def claim_dissent(data: Data, claim: Mapping[str, Any]) -> list[str]:
    """The claim's sources that state a different value than the others: a passage on another
    side of a conflict than most of the claim's sources, or a full date ("12 April") that no
    other source's passage in the claim gives while another gives one. Sentences worded alike
    that date or count differently are not agreement ("met on 12 April" / "met on April 26").

    In each split the largest group of sources stating one value agrees (on a tie, the group
    of the claim's first source); sources that state no value agree with any.
    """
    by_source: dict[str, list[tuple[int, int]]] = {}
    for c in claim.get("citations", []):
        if isinstance(c.get("source"), str):
            by_source.setdefault(c["source"], []).append((c.get("start", 0), c.get("end", 0)))
    order = [str(s) for s in claim.get("sources", [])]
    splits: list[dict[str, str]] = []  # per split: source -> the value it states
    for conflict in data.get("conflicts", []):
        stated: dict[str, str] = {}
        for side in conflict.get("sides", []):
            src, start, end = side.get("source"), side.get("start", 0), side.get("end", 0)
            if any(start < e and b < end for b, e in by_source.get(str(src), [])):
                stated.setdefault(str(src), one_line(side.get("value", "")).lower())
        splits.append(stated)
    sources = sources_by_id(data)
    dates: dict[str, set[str]] = {}
    for sid, spans in by_source.items():
        found = {
            _day(v.value)
            for b, e in spans
            for v in find_dates(passage(sources, Cite(sid, b, e)))
            if v.unit == "day"
        }
        if found:
            dates[sid] = found
    best = ""
    if dates:
        # The date most of the dating sources give; those that give none of theirs in common
        # with it differ (align's rule: no full date in common).
        # Ties go to the claim's first dating source's earliest date, so the output is stable.
        ids = [*(x for x in order if x in dates), *(x for x in dates if x not in order)]
        first = [d for sid in ids for d in sorted(dates[sid])]
        best = max(first, key=lambda d: (sum(d in f for f in dates.values()), -first.index(d)))
    dissent: set[str] = {sid for sid, found in dates.items() if best not in found}
    for stated in splits:
        groups: dict[str, list[str]] = {}
        for sid in sorted(stated, key=lambda x: order.index(x) if x in order else len(order)):
            groups.setdefault(stated[sid], []).append(sid)
        if len(groups) < 2:
            continue
        keep = max(groups.values(), key=len)  # the first of the largest, by the claim's order
        dissent.update(sid for g in groups.values() if g is not keep for sid in g)
    return [sid for sid in order if sid in dissent]


def _day(value: tuple[float, ...]) -> str:
    """A full date's month and day (the year is often left out by one source and not another)."""
    return f"{int(value[1]):02d}-{int(value[2]):02d}"


def agreement(data: Data, claim: Mapping[str, Any]) -> tuple[int, str, list[str]]:
    """How many independent sources agree on the claim, its label over those only, and the
    sources that state something else (:func:`claim_dissent`)."""
    dissent = claim_dissent(data, claim)
    n = max(0, independent(claim) - len(dissent))
    label = str(claim.get("support", ""))
    if dissent:
        with_text = sum(1 for s in data.get("sources", []) if kept_words(s)) or 1
        label = support_level(n, with_text)
    return n, label, dissent


# Under the agreed claims, what the "Disputed" list holds.
DISPUTED_NOTE = (
    "Sentences worded alike in several sources that give different dates or figures, or stand "
    "on different sides of a conflict: not counted as agreement."
)


def disputed_claims(data: Data) -> list[tuple[Mapping[str, Any], list[str]]]:
    """Claims labelled agreed whose sources, once those stating another value are left out,
    are fewer than two: worded alike, but not agreement. With the sources that differ."""
    out = []
    for c in agreed_claims(data):
        n, _label, dissent = agreement(data, c)
        if n < 2:
            out.append((c, dissent))
    return out


def independent(claim: Mapping[str, Any]) -> int:
    """The claim's number of independent sources (its source count when not given)."""
    value = claim.get("independent_sources")
    return value if isinstance(value, int) else len(claim.get("sources", []))


def support_note(claim: Mapping[str, Any], dissent: Sequence[str] = ()) -> str:
    """ "2 independent sources (S1, S2, S3; one reprints another)": copies are named as such;
    sources that state another value are left out and named ("; S4 differs")."""
    n = max(0, independent(claim) - len(dissent))
    ids = [str(s) for s in claim.get("sources", []) if str(s) not in dissent]
    note = f"{n} independent source{'s' if n != 1 else ''} ({', '.join(ids)}"
    copies = len(ids) - n
    if copies > 0:
        note += f"; {copies} of them reprint{'s' if copies == 1 else ''} another"
    if dissent:
        note += f"; {' and '.join(dissent)} differ{'s' if len(dissent) == 1 else ''}"
    return note + ")"


def single_source_claims(data: Data, source_id: str) -> list[Mapping[str, Any]]:
    """Claims only ``source_id`` carries: what that source adds to the others."""
    return [
        c
        for c in data.get("claims", [])
        if c.get("support") == "single-source" and list(c.get("sources", [])) == [source_id]
    ]


def source_adds(data: Data, source_id: str) -> tuple[list[Mapping[str, Any]], int]:
    """What ``source_id`` adds: the claims to show and how many more it has.

    The profile's ``adds`` when the brief has a profile of the source (its best unique claims,
    those another source says in other words left out), even when that is none: falling back
    to its single-source claims would list again what the profile found said elsewhere. Without
    profiles, the first of its single-source claims.
    """
    claims = single_source_claims(data, source_id)
    for prof in data.get("profiles", []):
        if prof.get("source") == source_id and "adds" in prof:
            shown = list(prof["adds"])[:ADDS_LIMIT]
            total = prof.get("adds_total")
            if not isinstance(total, int):  # a brief written before profiles counted them
                total = len(claims) if shown else 0
            return shown, max(0, total - len(shown))
    return claims[:ADDS_LIMIT], max(0, len(claims) - ADDS_LIMIT)


def event_date(event: Mapping[str, Any]) -> str:
    """A timeline event's date; an unresolved one (no article date to count from) shows its
    wording: "last May (date unresolved)", and a month or day without its year says that only
    the year is missing: "Dec. 17 (year not given)"; one whose year is read from the other
    sources' dates says so: "2019-04-25 (year from the other sources' dates)"."""
    if event.get("date"):
        if event.get("year_from") == "cluster":  # the day and month its article tells
            return f"{one_line(event['date'])} (year from the other sources' dates)"
        return one_line(event["date"])
    expression = one_line(event.get("expression") or "")
    if _DAY_OF_MONTH.fullmatch(expression):
        # "Dec. 17" of an undated article: the day is told, only its year is missing.
        return f"{expression} (year not given)"
    return f"{expression} (date unresolved)" if expression else "date unresolved"


_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # "Dec.", "December"
)
# A month, or a month and its day, with no word counting from the article's date ("last May",
# "next June" stay unresolved: they depend on that date, not only on the year).
_DAY_OF_MONTH = re.compile(
    rf"(?:(?:early|mid|late)[- ])?{_MONTH_WORD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}",
    re.I,
)


def date_range(data: Data) -> str:
    """``2025-06-17 to 2025-06-18`` over the sources' publication dates, or ``""``."""
    dates = sorted(date_of(s["published"]) for s in data.get("sources", []) if s.get("published"))
    if not dates:
        return ""
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def removed_by_reason(src: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """The source's removed passages grouped by reason, reasons in a fixed order."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for item in src.get("removed", []):
        groups.setdefault(str(item.get("reason", "other")), []).append(item)
    order = [*REASON_LABELS, *sorted(set(groups) - set(REASON_LABELS))]
    return {reason: groups[reason] for reason in order if reason in groups}


def removed_counts(src: Mapping[str, Any]) -> str:
    """ "1 metadata, 2 boilerplate, 1 repeated": a line read as the title, outlet or date is
    counted as metadata, apart from the site furniture cleaning also calls boilerplate."""
    counts: dict[str, int] = {}
    for reason, items in removed_by_reason(src).items():
        for item in items:
            meta = one_line(item.get("detail") or "").startswith("metadata")
            key = "metadata" if meta else reason
            counts[key] = counts.get(key, 0) + 1
    order = sorted(counts, key=lambda k: k != "metadata")  # stable: metadata first
    return ", ".join(f"{counts[k]} {k}" for k in order)


# What "what each source adds" says of a source with no text left after cleaning.
NO_TEXT_NOTE = "No text left after cleaning: everything in it was removed (see Removed passages)."


def unlisted_own(data: Data, source_id: str, listed: int) -> str:
    """ "Not listed: 3 other sentences only it carries, ...": the claims only ``source_id``
    carries that its profile left out of "adds" as close to another source's sentence or as no
    statement ("" when none), so the list is never cut without saying so."""
    if not any(p.get("source") == source_id for p in data.get("profiles", [])):
        return ""
    rest = len(single_source_claims(data, source_id)) - listed
    if rest <= 0:
        return ""
    plural = "s" if rest != 1 else ""
    return (
        f"Not listed: {rest} other sentence{plural} only it carries, close to what another "
        "source says or no statement on their own (a heading, a fragment, a call to the reader)."
    )


def joined(items: Sequence[object], sep: str = ", ") -> str:
    """Items as one string (``""`` for none)."""
    return sep.join(str(i) for i in items)


def profile_line(data: Data, source_id: str) -> str:
    """One line from the source's profile: how much of it others share, copies, stance markers."""
    for prof in data.get("profiles", []):
        if prof.get("source") != source_id:
            continue
        shared = round(100 * float(prof.get("shared", 0.0)))
        parts = [f"{shared}% of its claims also in another source"]
        if prof.get("copies_from"):
            parts.append("copies from " + ", ".join(map(str, prof["copies_from"])))
        if prof.get("conflicts"):
            n = len(prof["conflicts"])
            parts.append(f"side of {n} conflict{'s' if n != 1 else ''}")
        stance = prof.get("stance") or {}
        # The JSON's keys are identifiers ("first_person"); a reader gets words.
        marks = [f"{str(k).replace('_', ' ')} {v}" for k, v in sorted(stance.items()) if v]
        if marks:
            parts.append("stance markers: " + ", ".join(marks))
        return "; ".join(parts)
    return ""


def disputed_numbers(data: Data, sentence: Mapping[str, Any]) -> list[int]:
    """1-based positions in ``conflicts[]`` of the conflicts a summary sentence is a side of."""
    ids = set(sentence.get("disputed") or [])
    return [i for i, c in enumerate(data.get("conflicts", []), 1) if c.get("id") in ids]


def claim_disputes(data: Data, claim: Mapping[str, Any]) -> list[int]:
    """1-based positions in ``conflicts[]`` of the conflicts one of whose sides is a passage the
    claim cites: an agreed claim is not shown as settled when one of its sentences gives a date
    or figure another source contradicts."""
    cited = [
        (c.get("source"), c.get("start", 0), c.get("end", 0)) for c in claim.get("citations", [])
    ]
    found = []
    for n, conflict in enumerate(data.get("conflicts", []), 1):
        for side in conflict.get("sides", []):
            src, start, end = side.get("source"), side.get("start", 0), side.get("end", 0)
            if any(src == s and start < e and b < end for s, b, e in cited):
                found.append(n)
                break
    return found


def judge_line(conflict: Mapping[str, Any]) -> str:
    """One plain-text line on what the optional judge said about a conflict ("" if nothing)."""
    record = conflict.get("judge")
    if not isinstance(record, Mapping):
        return ""
    name = one_line(str(record.get("judge", "")).split("@")[0]) or "judge"
    verdict = one_line(record.get("verdict") or "")
    conf = record.get("confidence")
    said = f"{verdict}, confidence {conf:.2f}" if isinstance(conf, int | float) else verdict
    quotes = " / ".join(
        f"“{shorten(str(e.get('text', '')), 60)}”" for e in record.get("evidence", [])
    )
    status = record.get("status")
    if status == "confirmed":
        return f"Judge ({name}): {said}, confirmed: {quotes}"
    if status == "dismissed":
        return f"Judge ({name}): {said}, dismissed: {quotes}"
    if status == "kept":
        return f"Judge ({name}): {said}, too unsure to change anything"
    if status == "unverified":
        return f"Judge ({name}) said {verdict}, but its quotes are not in the sentences: ignored"
    return f"Judge ({name}) failed; kept as the rules found it"


@dataclass(slots=True, frozen=True)
class NumberGroup:
    """One figure as the sources give it: the same value in the same unit, every mention."""

    text: str
    unit: str
    mentions: tuple[Mapping[str, Any], ...]

    @property
    def sources(self) -> list[str]:
        """The sources giving the figure, in order of first mention."""
        return list(dict.fromkeys(str(m.get("source", "")) for m in self.mentions))

    @property
    def independent(self) -> int:
        """How many sources give the figure, a reprint (``copy_of``) counting once."""
        own = {str(m.get("source", "")) for m in self.mentions if not m.get("copy_of")}
        return len(own) or 1

    @property
    def context(self) -> str:
        return str(self.mentions[0].get("context", ""))


# A figure written as a bare small number word ("one corner", "seven times", "two flights") is
# detail, not a key number; it stays in the JSON. "two years", "6 planes", "12%" are shown.
# So is one or less in words ("more than one summit"); "1%" and "$1 million" are shown.
_SMALL_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "a", "an", "single", "couple", "few",
})  # fmt: skip


def is_minor_number(n: Mapping[str, Any]) -> bool:
    """Whether a number mention is a detail, not a key number: a bare small number word, or one
    or less written in words ("less than a year", "more than one", "an interview last month")."""
    text = one_line(n.get("text", "")).lower()
    value = n.get("value")
    in_words = not any(ch.isdigit() for ch in text)
    return text in _SMALL_WORDS or (in_words and isinstance(value, int | float) and value <= 1)


_DURATIONS = frozenset(
    f"{unit}s" for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade")
)
_SHARES = frozenset({"percent", "percentage points"})


def number_weight(group: NumberGroup) -> int:
    """How much a figure tells a reader, 0 first: an amount of money ("$300 million"), then
    counts, shares and measures ("12 people", "5.9%", "40 km"), then spans of time ("two hours",
    "19-minute"), then a quantity of one or less written in digits ("1 ship")."""
    unit = group.unit
    if unit == "currency" or (len(unit) == 3 and unit.isupper()):
        return 0
    value = group.mentions[0].get("value")
    if isinstance(value, int | float) and value <= 1 and unit not in _SHARES:
        return 3
    return 2 if unit in _DURATIONS else 1


# Key numbers shown in Markdown and HTML (all are in the JSON): at most this many, and at most
# this many that only one source gives from any one source, so that one statistical report
# (twenty percentages of subgroups) does not push every other source's figures out.
KEY_NUMBERS_SHOWN = 15
KEY_NUMBERS_PER_SOURCE = 5


def key_number_groups(data: Data) -> tuple[list[NumberGroup], int]:
    """The key numbers to show (:func:`number_groups` order) and how many others there are."""
    shown: list[NumberGroup] = []
    per_source: dict[str, int] = {}
    groups = number_groups(data)
    for g in groups:
        if len(shown) >= KEY_NUMBERS_SHOWN:
            break
        if g.independent <= 1:
            owner = g.sources[0]
            if per_source.get(owner, 0) >= KEY_NUMBERS_PER_SOURCE:
                continue
            per_source[owner] = per_source.get(owner, 0) + 1
        shown.append(g)
    return shown, len(groups) - len(shown)


def number_groups(data: Data) -> list[NumberGroup]:
    """Key numbers grouped by value and unit: the figures most sources give first, then by
    :func:`number_weight` (money, then counts and shares, then spans of time).

    "5.9%" in three articles is one line citing all three, not three lines; ties keep the
    order of first mention (source order, then text order), so the list is stable. Bare small
    number words (:func:`is_minor_number`) are left out.
    """
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for n in data.get("numbers", []):
        if is_minor_number(n):
            continue
        value, high = n.get("value"), n.get("value_high")
        number = (
            f"{float(value):.6g}" if isinstance(value, int | float) else one_line(n.get("text"))
        )
        if isinstance(high, int | float):  # a range is its own figure: "40 to 60" is not "40"
            number += f"-{float(high):.6g}"
        groups.setdefault((str(n.get("unit", "")), number), []).append(n)
    found = [
        NumberGroup(text=one_line(ms[0].get("text", "")), unit=unit, mentions=tuple(ms))
        for (unit, _), ms in groups.items()
    ]
    return sorted(found, key=lambda g: (-g.independent, number_weight(g)))  # stable sort


def key_entities(data: Data) -> tuple[list[Mapping[str, Any]], int]:
    """The entities worth a row, and how many others there are.

    A name that appears once, in one source, with no role is left to the JSON: that is where the
    small NER model's stray guesses are ("Apopyllus", a place), and a reader scanning the table
    wants who and what the cluster is about.
    """
    shown, hidden = [], 0
    for e in data.get("entities", []):
        mentions = e.get("mentions")
        once = isinstance(mentions, int) and mentions < 2
        if once and len(e.get("sources", [])) < 2 and not e.get("role"):
            hidden += 1
        else:
            shown.append(e)
    return shown, hidden


def others_note(hidden: int, shown: int = 1) -> str:
    """ "3 more named once, in the JSON" (empty when there are none); with none shown, says
    that no name made the table rather than counting "more" after nothing."""
    if not hidden:
        return ""
    if not shown:
        return (
            f"None named twice or by two sources; {hidden} named once in one source, "
            "listed in the JSON (entities)."
        )
    return f"{hidden} more named once in one source, listed in the JSON (entities)."


# A speaker's statements shown in Markdown/HTML before the rest is folded (Markdown: counted and
# left to the JSON; HTML: in a <details>); a press-conference transcript can give one speaker
# fifty statements.
STATEMENTS_SHOWN = 8


def same_statements(quotes: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """A speaker's quotes with the same words (a wire story reprinted by two outlets, or one
    outlet quoting another) as one statement with all its citations, in order of first mention;
    direct and reported forms stay apart."""
    merged: dict[tuple[str, bool], list[Mapping[str, Any]]] = {}
    for q in quotes:
        key = (" ".join(_WORDS.findall(str(q.get("text", "")).lower())), bool(q.get("direct")))
        merged.setdefault(key, []).append(q)
    return list(merged.values())


_WORDS = re.compile(r"\w+")

# Lower-case words that open a person's name ("van der Berg", "de Gaulle", "al-Amin"): a speaker
# starting with one is a name and keeps its case.
_NAME_PARTICLES = frozenset({
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "ten",
    "ter", "van", "von",
})  # fmt: skip


def speaker_name(speaker: object) -> str:
    """A speaker as a heading: one the sources describe rather than name ("officials", "police
    commanders", "attorneys for Occupy LA") starts with a capital, as any heading does, so it
    does not read as a stray word and is one speaker with "Officials" written at a sentence's
    start. Names, lower-case particles included ("van der Berg"), stay as written."""
    name = one_line(speaker or "") or "Unnamed speaker"
    first = name.split(" ", 1)[0]
    if first.islower() and re.split(r"[-'’]", first)[0] not in _NAME_PARTICLES:
        return name[0].upper() + name[1:]
    return name


# The marks a quotation opens with; a passage that starts with one is already a quotation.
_OPENING_MARKS = frozenset("\"“‘«„")


# The mark that closes a quotation opened by each mark (straight quotes close themselves).
_CLOSING_MARK = {'"': '"', "“": "”", "«": "»"}


def quoted(text: str) -> str:
    """``text`` in quotation marks, or as it is when it opens with its own mark: a cited passage
    that starts a quotation ('"We are ready," said Wren.') read as a stammer in another pair
    ('“"We are ready," said Wren.”'). A passage that opens a quotation it does not close (the
    first sentence of a longer one: '"We will not move.') gets the closing mark, so it does not
    read as a quotation left open; no word is changed."""
    if text[:1] not in _OPENING_MARKS:
        return f"“{text}”"
    opening = text[0]
    closing = _CLOSING_MARK.get(opening)
    if closing is None:  # ‘ and „: their closing marks are also apostrophes or openers
        return text
    unclosed = (
        text.count('"') % 2 == 1 if opening == '"' else text.count(opening) > text.count(closing)
    )
    return text.rstrip() + closing if unclosed else text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def findings_note(data: Data) -> str:
    """ "Found: 2 conflicts · 3 agreed claims · 25 statements by 16 speakers", the counts of the
    sections a reader looks for first, as shown; a section left out for want of content is still
    accounted for ("no conflicts between the sources": checked, none found). "" with no
    sources."""
    if not data.get("sources"):
        return ""
    conflicts = len(data.get("conflicts", []))
    agreed = len(shown_agreed(data))
    groups = quote_groups(data)
    statements = sum(len(same_statements(items)) for _speaker, _role, items in groups)
    parts = [
        _plural(conflicts, "conflict") if conflicts else "no conflicts between the sources",
        _plural(agreed, "agreed claim") if agreed else "no agreed claims",
        f"{_plural(statements, 'statement')} by {_plural(len(groups), 'speaker')}"
        if groups
        else "no quoted statements",
    ]
    return "Found: " + " · ".join(parts)


def quote_groups(data: Data) -> list[tuple[str, str, list[Mapping[str, Any]]]]:
    """Quotes grouped by (speaker, role), in the order speakers first appear; a quotation
    interrupted by its attribution is shown as one (:func:`join_split_quotes`)."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for q in data.get("quotes", []):
        key = (speaker_name(q.get("speaker")), one_line(q.get("role") or ""))
        groups.setdefault(key, []).append(q)
    originals = {
        str(s.get("id")): str(s.get("original") or "") for s in data.get("sources", [])
    }
    return [
        (speaker, role, join_split_quotes(items, originals))
        for (speaker, role), items in groups.items()
    ]


# Between two pieces of one quotation: the closing mark, the attribution and the opening mark
# ('," said Tomas Wren, the director, "' or '," she said. "'), and nothing else.
_ATTRIBUTION_GAP = re.compile(r"^[,.!?]?[\"”]\s*[^\"“”\n.!?]{1,100}[,.:]\s*[\"“]$")


def join_split_quotes(
    quotes: Sequence[Mapping[str, Any]], originals: Mapping[str, str]
) -> list[Mapping[str, Any]]:
    """One speaker's quotations with each run of pieces split only by their attribution ("The
    gates will stay open," said Wren, "until the level falls.") joined into one statement: the
    text is the pieces joined by " … " (the omission marked, nothing added) and the citation
    spans the whole passage, attribution included, so ``original[start:end]`` still holds every
    word shown. The JSON keeps the pieces."""
    out: list[Mapping[str, Any]] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, q, originals):
            out[-1] = {
                **prev,
                "text": f"{str(prev.get('text', '')).rstrip()} … {str(q.get('text', '')).lstrip()}",
                "end": q.get("end"),
            }
        else:
            out.append(q)
    return out


def _continues(a: Mapping[str, Any], b: Mapping[str, Any], originals: Mapping[str, str]) -> bool:
    if not (a.get("direct") and b.get("direct") and a.get("source") == b.get("source")):
        return False
    start, end = a.get("end"), b.get("start")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 < end - start <= 120:
        return False
    gap = originals.get(str(a.get("source")), "")[start:end]
    return bool(_ATTRIBUTION_GAP.match(gap))


# --- who is who: the short names in the summary, glossed from the entities ----------------------

# At most this many names are glossed under the summary: the list is for the few a reader meets
# there unintroduced ("According to Lukin, ..."), not a second entity table.
WHO_LIMIT = 6
# A gloss names at most this many sources before "and N more".
WHO_SOURCES = 4
# Words that open a descriptor, not a name ("The Agency", "A spokesman"): an alias that starts
# with one is out of scope even when the source capitalised it.
_DESCRIPTOR_OPENERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


@dataclass(slots=True, frozen=True)
class Gloss:
    """One short name of the summary and whom it stands for, as ``brief.entities`` give them."""

    alias: str  # as the summary writes it ("Lukin", "OTA")
    name: str  # the entity's canonical (fullest) name
    role: str  # "" when the sources give none
    label: str
    sources: tuple[str, ...]  # source ids naming the entity, in the entity's order


def _adds_word(name: str, alias: str) -> bool:
    """Whether the full name tells more than ``alias``: a word of two letters or more that the
    alias lacks. "Department of Justice" adds nothing to "Justice Department", nor "Mark A.
    Milley" to "Mark Milley" (an initial is no news): such an alias is the name in full."""
    told = {w.casefold() for w in _WORDS.findall(alias)}
    return any(len(w) > 1 and w.casefold() not in told for w in _WORDS.findall(name))


def _is_short_name(alias: str, label: str) -> bool:
    """Whether ``alias`` is a shortened name that hides who it is: a person's surname or title
    and surname ("Lukin", "President Putin"), an organisation's initialism ("OTA"). Not a
    descriptor ("the agency", "the Russian president": a gloss for it would be guesswork), nor
    an organisation named in words ("Transport Office" says what it is)."""
    words = alias.split()
    if not words or words[0].casefold() in _DESCRIPTOR_OPENERS:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in words):
        return False
    if label == "person":  # a surname or given name: "Lukin", "Kameron"
        return len(words) == 1
    return len(words) == 1 and bool(_INITIALISM.fullmatch(alias))


def _names_in_full(alias: str, label: str) -> bool:
    """Whether an alias of several words tells who it is as well as the full name: a person's
    name in another spelling ("Jeff Zients", "Zabiullah Mujahid") or without its middle name
    ("Sarah Markham"), an organisation's name in words ("Centers for Disease Control and
    Prevention" for "US Centers ..."). A person's that opens on an abbreviated title ("Mr.
    Clark", "Sen. Wren") does not: the reader still has only a surname. Nor does a descriptor
    ("The Agency")."""
    words = alias.split()
    if len(words) < 2 or words[0].casefold() in _DESCRIPTOR_OPENERS:
        return False
    return label != "person" or not words[0].endswith(".")


# An initialism: capitals, with or without dots, digits allowed ("OTA", "U.N.", "G7", "ICIJ").
_INITIALISM = re.compile(r"(?:[A-Z0-9]\.?){2,8}")


def _role_before(text: str, at: int, role: str) -> bool:
    """Whether the word right before ``text[at:]`` is a capitalised title that is a word of
    ``role`` ("President Biden" with the role "US President", "Director Holt" with "operations
    director of Orrin Ferries"): the summary says who it is already."""
    before = _TITLE_BEFORE.search(text, max(0, at - 40), at)
    if before is None or not before.group(1)[:1].isupper():
        return False
    return before.group(1).casefold() in {w.casefold() for w in _WORDS.findall(role)}


# A run of word characters (a name's words as ``_word_pattern`` bounds them).
_RUN = re.compile(r"\w+")
# The word right before a name, in the same sentence: "President ", "Sen. " (no newline).
_TITLE_BEFORE = re.compile(r"(\w+)\.?[ \t]+$")


def _word_pattern(text: str) -> str:
    # \b fails next to non-word characters ("U.S.", "AT&T"); look-arounds on \w do not.
    return rf"(?<!\w){re.escape(text)}(?!\w)"


def who_is_who(data: Data) -> list[Gloss]:
    """The short names in the summary a reader has not been told about, glossed: for each person
    or organisation the summary names by an alias (``brief.entities``) and not yet by its full
    name, the full name, role and sources, in order of first appearance, at most
    :data:`WHO_LIMIT`.

    The summary is made of source sentences, so "According to Lukin, ..." cannot be rewritten;
    a gloss under it can say who Lukin is. A wrong gloss is worse than none, so a short name is
    glossed only when exactly one entity can own it: it is that entity's alias, and no other
    entity has it as a name, an alias or a word of its name ("Holt" with a Mira Holt and a Dana
    Holt in the brief is left alone). Places are not glossed; a short name inside a longer name
    the summary writes ("Kim" in "Kim Jong-un") is not a mention of it (longest match wins).
    """
    entities = [e for e in data.get("entities", []) if isinstance(e, Mapping) and e.get("name")]
    texts = [one_line(s.get("text", "")) for s in data.get("summary", [])]
    text = "\n".join(texts)  # one text, so "earlier" is a position; no name spans a newline
    if not entities or not text:
        return []
    owners: dict[str, set[int]] = {}  # every written form -> the entities it may refer to
    full: dict[str, int] = {}  # canonical name -> entity
    for i, e in enumerate(entities):
        name = one_line(e["name"])
        full.setdefault(name, i)
        owners.setdefault(name, set()).add(i)
        for alias in e.get("aliases") or []:
            owners.setdefault(one_line(alias), set()).add(i)
    # Only a form whose first word the summary has can be in it: the others are not searched
    # for (thousands of entities at 100 articles; a regex for each would cost seconds a render).
    in_text = set(_RUN.findall(text))
    present: dict[str, set[int]] = {}
    for form in owners:
        first = _RUN.search(form)
        if form and (first is None or first.group(0) in in_text):
            present[form] = owners[form]
    # A surname also belongs to every entity whose name has it as a word. Only the names holding
    # the form's first word can (the form starts and ends on a word boundary), so those are the
    # only ones searched.
    names = [one_line(e["name"]) for e in entities]
    by_word: dict[str, set[int]] = {}
    for i, name in enumerate(names):
        for word in _RUN.findall(name):
            by_word.setdefault(word, set()).add(i)
    for form, found in present.items():
        first = _RUN.search(form)
        near = by_word.get(first.group(0), set()) if first else range(len(names))
        pattern = re.compile(_word_pattern(form))
        found.update(i for i in near if pattern.search(names[i]))
    forms = sorted(present, key=lambda f: (-len(f), f))
    if not forms:  # an empty alternation would match everywhere
        return []
    # One alternation, longest form first: at each position the longest written name wins.
    finder = re.compile("|".join(_word_pattern(f) for f in forms))
    told: set[int] = set()
    glossed: set[int] = set()
    out: list[Gloss] = []
    for match in finder.finditer(text):
        form = match.group(0)
        if form in full and len(owners[form]) == 1:
            told.add(full[form])
            continue
        if len(owners[form]) != 1:
            continue
        (i,) = owners[form]
        e = entities[i]
        if i in told or i in glossed or e.get("label") == "place":
            continue
        role = one_line(e.get("role") or "")
        label = str(e.get("label") or "")
        if not _adds_word(one_line(e["name"]), form) or _names_in_full(form, label):
            told.add(i)  # the name in full, or as good as
            continue
        if not _is_short_name(form, label):
            continue
        if _role_before(text, match.start(), role):  # told who it is: not later either
            told.add(i)
            continue
        glossed.add(i)
        out.append(
            Gloss(
                alias=form,
                name=one_line(e["name"]),
                role=role,
                label=label,
                sources=tuple(dict.fromkeys(str(s) for s in e.get("sources") or [])),
            )
        )
        if len(out) >= WHO_LIMIT:
            break
    return out


def gloss_line(gloss: Gloss) -> tuple[str, str]:
    """A gloss as plain text: ``("Lukin", "Artyom Lukin, deputy director (S2, S4)")``, for each
    renderer to escape and lay out; the sources are named by id, as in the entities table."""
    more = len(gloss.sources) - WHO_SOURCES
    named = ", ".join(gloss.sources[:WHO_SOURCES]) + (f" and {more} more" if more > 0 else "")
    body = f"{gloss.name}, {gloss.role}" if gloss.role else gloss.name
    return gloss.alias, f"{body} ({named})" if named else body
