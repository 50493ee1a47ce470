"""Entities: people, organisations and places, one canonical entry across all sources.

Reads the spaCy ``Doc`` of every kept paragraph (``brief.docs``, parsed once by segment):

1. mentions   spaCy NER spans (PERSON, ORG, GPE, LOC, FAC), cleaned of "the", possessives and
              titles; headline-like paragraphs and hyphenated pairs ("Putin-Kim") are skipped.
2. roles      for people, from the parse: apposition ("X, deputy director of Y"), a title before
              the name ("Russian President X", "Y's leader X"), a copula ("X is a lecturer at
              Y"), and the author-bio passages the clean stage removed (``detail == "author bio"``).
3. linking    by hand, as spaCy has no entity linker without a knowledge base: a normalised
              key; a one-word name joins the unique fuller person name holding that word
              ("Putin" -> "Vladimir Putin"); acronyms join the name of their initials; a short
              table of country aliases ("DPRK" = "North Korea"); a role nominal ("the Russian
              president") joins the one person holding that role.
4. labels     spaCy's label varies between mentions of one name ("Trump" PERSON and ORG); the
              entry takes the majority, with the parse as evidence (an apposed role says person,
              "in X" says place).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from synoptic.backends.nlp import doc_text
from synoptic.facts import Entity, EntityLabel
from synoptic.model import Brief, Source
from synoptic.stages._base import Context, stage

LABELS: dict[str, EntityLabel] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# Honorifics and titles that spaCy sometimes leaves inside a PERSON span.
# fmt: off
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "premier",
    "chancellor", "minister", "senator", "governor", "general", "gen.", "gen", "col.",
    "colonel", "ambassador", "secretary", "chairman", "chairwoman", "leader", "king", "queen",
    "prince", "princess", "pope", "rev.", "rev", "judge", "justice", "mayor", "sen.", "rep.",
    "gov.", "mr.", "mrs.", "ms.", "dr.", "prof.", "lord", "lady", "chair",
    # clerics' titles that are rarely a surname (not "bishop": "Julie Bishop")
    "archbishop", "cardinal", "rabbi", "imam",
})
# fmt: on
# Descriptions spaCy keeps inside a PERSON span ("Comedian Ellen DeGeneres").
# fmt: off
_EXTRA_TITLES = frozenset({
    "comedian", "actor", "actress", "singer", "host", "coach", "chef", "rapper", "songwriter",
    "guitarist", "drummer", "pianist", "novelist", "playwright", "filmmaker",
    # wealth and trade ("Billionaire Ivo Velt"): no one's given name
    "billionaire", "tycoon", "mogul", "businessman", "businesswoman",
})
# fmt: on
# Written by hand: the common alternative names of countries and unions in news text. Keys and
# values are normalised keys (see ``name_key``); the value is the canonical name's key.
COUNTRY_ALIASES: dict[str, str] = {
    "dprk": "north korea",
    "democratic peoples republic of korea": "north korea",
    "rok": "south korea",
    "republic of korea": "south korea",
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "russian federation": "russia",
    "prc": "china",
    "peoples republic of china": "china",
    "eu": "european union",
    "mideast": "middle east",  # news agencies' short form
    "un": "united nations",
    "uae": "united arab emirates",
}
LABEL_ORDER: tuple[EntityLabel, ...] = ("person", "place", "organization")
PLACE_PREPOSITIONS = frozenset({"in", "near", "into"})
MAX_ROLE_WORDS = 24
# A paragraph this short without sentence punctuation is a headline or a menu, not prose.
HEADLINE_WORDS = 12
# A longer paragraph without sentence punctuation is a headline when it is in title case.
MAX_TITLE_CASE_WORDS = 30
TITLE_CASE_SHARE = 0.8


@dataclass(slots=True, kw_only=True)
class Mention:
    """One NER span, with its cleaned name and what the parse says about it."""

    name: str
    label: EntityLabel
    source: str
    start: int
    end: int
    role: str | None = None
    place_vote: bool = False
    described_place: bool = False  # an apposition says it is a place ("X, a major port")
    org_vote: bool = False
    fragment: bool = False  # a one-word piece of a longer name; kept if the name stands alone
    office: bool = False  # the field of a title, "State" in "Secretary of State"
    portfolio: bool = False  # one word before a minister's title ("Fisheries Minister")
    speaks: bool = False  # the subject of a speech verb ("Orvane said"): a maker, not a product
    subject: bool = False  # the subject of a clause ("As Washington saw it")
    cut_off: bool = False  # one word before a teaser's closing ellipsis ("officer Ivo...")
    common: bool = False  # tagged a common word where one is capitalised ("Detectives said")
    nominating: bool = False  # one word in "an Emmy nomination", "a Velt nominee"
    binomial: bool = False  # a genus and a Latin epithet in lower case, "Velox minor"
    title: str = ""  # "Mr", "Mrs", "Ms" ... written right before a one-word name
    product: bool = False  # an apposition says it is a product or a work ("X, an antiviral pill")
    its: bool = False  # the subject of a clause that says "its" of it ("Velmora cut its costs")


@dataclass(slots=True, kw_only=True)
class _Cluster:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[EntityLabel] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    first: tuple[int, int] = (0, 0)
    described_place: bool = False
    described_org: bool = False
    its: int = 0  # mentions that are the subject of a clause with the name's "its"


@stage(name="entities", requires=("docs",), assigns=("entities",))
def entities(brief: Brief, ctx: Context) -> Brief:
    order = {src.id: i for i, src in enumerate(brief.sources)}
    mentions = [m for src in brief.sources for m in _source_mentions(brief, src)]
    mentions.extend(_bio_mentions(brief))
    mentions.extend(_field_mentions(brief))
    texts = [src.original for src in brief.sources]
    joined = "\n".join(texts)
    by_source = {src.id: src.original for src in brief.sources}
    mentions = _joined_at_and(mentions, by_source, joined)
    mentions = _without_cut_off(mentions)
    mentions = _without_prizes(mentions)
    mentions = _without_species(mentions, joined)
    mentions = _without_common_words(mentions)
    mentions = _without_dates(mentions, _dates(brief))
    mentions = _without_case_parties(mentions, _case_words(texts))
    terms = {t for src in brief.sources for t in defined_terms(src.original)}
    mentions = [m for m in mentions if m.name not in terms and not _common_office(m, brief)]
    products = _products(brief, mentions) | {name_key(m.name) for m in mentions if m.product}
    mentions = [m for m in mentions if name_key(m.name) not in products]
    _split_role_words(mentions, joined)
    nationalities = _nationalities(brief)
    _split_nationality(mentions, nationalities)
    # Names the text treats as a company's ("Kestrel Foods Inc.", "Kestrel Foods' shares"),
    # tagged or not: their first word alone is the company (see ``_canonical_keys``).
    clusters = _link(mentions, order, _cued_names(texts, (_COMPANY_BEFORE,), ()))
    coded = _code_words(joined)
    ents = [
        e
        for e in (_entity(c) for c in clusters)
        if not _names_a_thing(e.name)
        and not (e.label == "person" and _INITIALS.match(e.name))
        and not _vessel(e)
        and not _code_word(e, coded)
    ]
    storms = _storm_names(joined)
    ents = [e for e in ents if not (storms and e.name in storms)]
    ents = [
        e
        for e in ents
        if not _no_person(e, joined)
        and not _quoted_title(e, joined)
        and not _shouted_word(e, joined)
    ]
    _relabel_companies(ents, texts)
    _relabel_member_bodies(ents, texts)
    _relabel_outlets(ents, brief)
    _relabel_people(ents, joined)
    ents = _join_surnamed_bodies(ents)
    _relabel_teams(ents, joined)
    _relabel_listed_places(ents, texts)
    _relabel_town_services(ents)
    _relabel_located_places(ents, joined)
    _relabel_countries(ents, nationalities, joined)
    _relabel_branches(ents)
    ents = _join_abbreviated_places(ents)
    ents = [e for e in ents if not _after_the(e, joined)]
    ents = _without_peoples(ents)
    ents = _without_agents_and_peoples(ents, texts)
    ents = _without_models(ents, joined)
    _add_hyphenated_given_names(ents, joined)
    _add_nominal_aliases(brief, ents)
    ents.sort(key=lambda e: (-e.mentions, e.name))
    brief.entities = ents
    return brief


# A position written in capitals before a name: "QB", "WR", "GM" (two letters; a league's or a
# network's three or four, "NBA", are a body's).
_POSITION = re.compile(r"^[A-Z]{2}$")


def _split_role_words(mentions: list[Mention], joined: str) -> None:
    """A job written into a person's span before the name is the role, not the name: "Kicker
    Ryan Succop", "Colts QB Andrew Luck", "Qeshm Governor Ana Velt" (a team's or a town's name
    before its role noun). The role word is the last one with two or more capitalised words
    after it that is a position in capitals, or a role noun (a title, or a word with a role's
    suffix) the cluster also writes in lower case ("the kicker"; a given name such as "Tyler"
    or "Herman" is not). A body's span ("Orsa GM Ivo Lind" tagged ORG) is split only when its
    remaining words are a person's name elsewhere in the cluster."""
    people = {m.name for m in mentions if m.label == "person"}
    lower: dict[str, bool] = {}

    def written_lower(word: str) -> bool:
        if word not in lower:
            # (a literal search first: most names are never written in lower case)
            lower[word] = word in joined and bool(re.search(rf"\b{re.escape(word)}\b", joined))
        return lower[word]

    for m in mentions:
        words = m.name.split()
        if m.label not in ("person", "organization") or len(words) < 3:
            continue
        for k in range(len(words) - 3, -1, -1):
            w, rest = words[k], words[k + 1 :]
            if not all(r[:1].isupper() for r in rest):
                continue
            low = w.lower().rstrip(".")
            noun = role_like(low) or low in _TITLE_WORDS
            if _POSITION.match(w) or (noun and w[:1].isupper() and written_lower(low)):
                break
        else:
            continue
        known = " ".join(rest) in people or _titled_name(k, w, rest)
        if m.label == "organization" and not known:
            continue  # "Orsa Valley Trust" is a body; "Orsa QB Ivo Lind" is Ivo Lind's span
        m.label = "person"
        cut = [w.start() for w in re.finditer(r"\S+", m.name)][k + 1]
        m.start += cut
        m.name = m.name[cut:]
        if m.role is None:
            role = words[: k + 1]
            role[-1] = role[-1] if _POSITION.match(role[-1]) else role[-1].lower()
            m.role = " ".join(role)


def _titled_name(k: int, word: str, rest: list[str]) -> bool:
    """ "Velmaria President Ivo Dant" (a body's span): a title proper after a word (a place's
    or a body's), then a name of two or three words that names no body or place by its last
    word, is a person's name with its title, known alone or not ("Queen Mary Hospital" opens
    on its title and ends on a body's word)."""
    last = rest[-1].lower()
    heads = ORG_WORDS | ORG_HEADS | _BODY_HEADS | _PLACE_HEADS | _SURNAME_PLACE_HEADS
    return (
        k >= 1
        and word.lower() in TITLES
        and len(rest) <= 3
        and last not in heads | _NAMED_AFTER_HEADS
    )


# What is named after a titled person besides bodies and places: "Queen Mary Hospital", "the
# King Ivo Cup" (a short hand list of the common ones).
# fmt: off
_NAMED_AFTER_HEADS = frozenset({
    "hospital", "fund", "trust", "award", "awards", "prize", "cup", "trophy", "memorial",
    "museum", "library", "theatre", "theater",
})
# fmt: on


def _nationalities(brief: Brief) -> set[str]:
    """The words spaCy tags as a nationality or group (NORP: "Russian", "Velmish") anywhere in
    the cluster."""
    return {
        ent.text
        for src in brief.sources
        for _, _, doc in paragraph_docs(brief, src)
        for ent in doc.ents
        if ent.label_ == "NORP" and " " not in ent.text
    }


# How English nationality words end: "Russian", "Korean", "Chinese", "Polish", "Iraqi", "Dutch",
# "Greek", "Thai", "Swiss" ("Velmish" in the tests).
_DEMONYM_END = re.compile(r"(?:an|ese|ish|i|ch|ek|ai|ss)$")


def _split_nationality(mentions: list[Mention], nationalities: set[str]) -> None:
    """A nationality the small model glued to a person's name is a description, not the name:
    "Russian Alexander Povetkin" is Alexander Povetkin, "Velmish swimmer Ada Korr" is Ada Korr
    (a Velmish swimmer). The cue is the cluster's own NORP tag on that word elsewhere; the
    words after it in lower case join the role, and two capitalised words must remain. The word
    must also end as nationalities do (``_DEMONYM_END``): the small model tags the first word of
    a local firm's name ("Matanuska Maid") NORP too."""
    for m in mentions:
        words = m.name.split()
        if m.label != "person" or len(words) < 3 or words[0] not in nationalities:
            continue
        if not _DEMONYM_END.search(words[0]):
            continue
        k = 1
        while k < len(words) and words[k].islower():
            k += 1
        rest = words[k:]
        if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
            continue
        cut = [w.start() for w in re.finditer(r"\S+", m.name)][k]
        m.start += cut
        m.name = m.name[cut:]
        if m.role is None:
            m.role = " ".join(words[:k])


# A whole quotation: opening and closing quotation marks (straight, curly or the ``...''
# of tokenised text) around the name alone.
_OPEN_QUOTE = r"(?<!\w)(?:``|[\"“‘'])\s?"
_CLOSE_QUOTE = r"\s?(?:''|[\"”’'])(?!\w)"


NICKNAME_REACH = 30  # characters before the opening quotation mark
_NICKNAME_CUE = re.compile(
    r"\b(?:known\s+as|called|nicknamed|dubbed|moniker|pseudonym|(?:him|her)self\s+as)\s*,?\s*$"
)


def _quoted_title(e: Entity, joined: str) -> bool:
    """A "person" whose whole name the cluster writes as a quotation is the title of a film, a
    book or a show ('the sequel "Falling Lanterns"'); people's full names are not quoted whole
    (a nickname is one word, "Jerry"). The entity table has no type for works. A person's
    function said of the name ("MTV host") outweighs one writer's quotation marks."""
    if e.label != "person" or len(e.name.split()) < 2 or e.name not in joined:
        return False
    if e.role and (role_like(role_head(e.role)) or role_head(e.role) in _TITLE_WORDS):
        return False
    pattern = re.compile(_OPEN_QUOTE + re.escape(e.name) + _CLOSE_QUOTE)
    # (tried around each literal occurrence: the pattern opens on a look-behind, so a search of
    # the whole text would try it at every position)
    found = (
        pattern.search(joined, max(0, i - 3), i + len(e.name) + 4) for i in _finds(joined, e.name)
    )
    quoted = [m.start() for m in found if m is not None]
    # A pseudonym is quoted too, after its cue: 'known as "Grey Lantern"', 'the moniker, "..."'.
    nickname = any(_NICKNAME_CUE.search(joined[max(0, i - NICKNAME_REACH) : i]) for i in quoted)
    return bool(quoted) and not nickname


# Written before a ship's name ("MV Gibe", "HMS Orsa"); the entity table has no type for a
# vessel, which is neither a person, a place nor a body, so it is left out.
# fmt: off
_VESSEL_PREFIXES = frozenset({
    "MV", "MS", "MT", "HMS", "USS", "INS", "SS", "RMS", "HMAS", "HMCS", "HMNZS", "FV", "RV", "M/S",
    "M/V",
})
# fmt: on
# Nouns for a vessel, a role's head ("a Saudi supertanker", "a German cruise liner"). Not
# "carrier": a mail carrier is a person.
# fmt: off
_VESSEL_NOUNS = frozenset({
    "ship", "warship", "battleship", "steamship", "vessel", "destroyer", "frigate", "tanker",
    "supertanker", "trawler", "ferry", "freighter", "yacht", "cruiser", "submarine", "boat",
    "gunboat", "tugboat", "dhow", "corvette", "liner",
})
# fmt: on


def _vessel(e: Entity) -> bool:
    """A ship or a boat, which spaCy tags a person, a place or a body."""
    if e.role and role_head(e.role) in _VESSEL_NOUNS:
        return True  # "Orsa, a Greek chemical tanker"
    for name in (e.name, *e.aliases):
        words = name.split()
        for i, word in enumerate(words[:-1]):
            # "MV Orsa", "Warship INS Orsa"; not "INS Commissioner", "INS District Office"
            # (an office of a body with the same letters).
            nxt, last = words[i + 1].lower(), words[-1].lower()
            if (
                word in _VESSEL_PREFIXES
                and words[i + 1][:1].isupper()
                and not (role_like(nxt) or nxt in _TITLE_WORDS)
                and last not in ORG_WORDS | ORG_HEADS | _BODY_HEADS
            ):
                return True
    return False


# -- shared helpers (the quote, timeline and number stages use them too) -----------------------


def paragraph_docs(brief: Brief, src: Source) -> Iterator[tuple[int, int, Any]]:
    """``(paragraph index, offset of the paragraph in source.original, Doc)`` of one source."""
    for i, doc in enumerate(brief.docs.get(src.id, [])):
        yield i, src.paragraphs[i].start, doc


# An ordinal in words is the same name as in digits: "Fifth Circuit" = "5th Circuit".
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)  # pure, and called some 40,000 times on a 100-article cluster
def name_key(text: str) -> str:
    """A name normalised for matching: lower case, no dots, apostrophes, hyphens or "the"."""
    text = text.replace("’", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[-–—]", " ", text)
    words = [_ORDINALS.get(w, w) for w in text.split()]
    if words and words[0] == "the":
        words = words[1:]
    if not any(len(w) == 1 for w in words[1:]):
        return " ".join(words)
    # Initials run together whether or not the text spaces them: "P. W. Velk" = "P.W. Velk".
    out: list[str] = []
    run: list[bool] = []  # whether out[i] is made of one-letter words
    for w in words:
        single = len(w) == 1 and w.isalpha()
        if single and run and run[-1]:
            out[-1] += w
        else:
            out.append(w)
            run.append(single)
    return " ".join(out)


def is_headline(doc: Any) -> bool:
    """True for a short paragraph without sentence punctuation (a title, a menu, a byline), or
    a longer one in title case ("Lee Thinks the Navy Is Too Soft. If Only That Were True")."""
    text = doc_text(doc).strip()
    if re.search(r"[.!?:;\"”]$", text):
        return False
    words = text.split()
    if len(words) <= HEADLINE_WORDS:
        return True
    # Capitals on most words of four letters or more: prose has them only on names.
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return (
        len(words) <= MAX_TITLE_CASE_WORDS
        and bool(long)
        and (sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long))
    )


# -- 1. mentions -------------------------------------------------------------------------------

# A paragraph with this share of its letters in capitals is a transcript or a caption written
# in capitals: the NER reads every capitalised word as a name there ("DOOR", "ERIK").
SHOUTED_SHARE = 0.8


def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) > HEADLINE_WORDS and (
        sum(ch.isupper() for ch in letters) >= SHOUTED_SHARE * len(letters)
    )


def _source_mentions(brief: Brief, src: Source) -> list[Mention]:
    out: list[Mention] = []
    for _, offset, doc in paragraph_docs(brief, src):
        if is_headline(doc) or _shouted(doc_text(doc)):
            continue
        for ent in _particle_joined(doc):
            mention = _mention(ent, src.id, offset)
            if mention is not None:
                out.append(mention)
    return out


def _particle_joined(doc: Any) -> list[Any]:
    """``doc.ents``, with two person spans around one lower-case particle of a surname made one
    span: "Placido dos Santos", "Rui de Varela", which the small model tags as two names."""
    ents = list(doc.ents)
    out: list[Any] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and ent.start == prev.end + 1
            and doc[prev.end].text in _PARTICLES - {"e"}  # (Portuguese "and")
        ):
            out[-1] = doc[prev.start : ent.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return out


def _mention(ent: Any, source: str, offset: int) -> Mention | None:
    label = LABELS.get(ent.label_)
    if label is None:
        return None
    tokens = _strip_titles(
        _hyphen_head(ent) + list(ent) + (_hyphen_tail(ent) or _surname_after(ent)),
        ent.label_ == "PERSON",
    )
    # "Ana Ruiz of Halvik Hospital": a person's name ends at "of"; "accused the Orsa Union of
    # abuses": a body's before "of" and lower-case words
    tokens = _before_of(tokens) if label == "person" else _before_lower_of(tokens)
    tokens = _before_open_bracket(tokens)
    tokens = _before_quote_or_dash(tokens)
    tokens = _before_abbreviated_title(tokens)
    tokens = _before_number_sign(tokens)
    if label == "person":
        tokens = _after_possessive(tokens)
    if not tokens or _party_state(ent):
        return None
    doc = ent.doc
    if _hashtag(ent) or _prize(ent) or _holiday(ent):
        return None
    tokens = _before_field_label(ent, tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # (and a possessive whose apostrophe a mis-decoded text turned to "?": "Velt?s")
    name = re.sub(r"(?:['’]|(?<=\w)\?)s$", "", doc_text(doc)[start:end]).strip()
    if informal := _AND_COLLEAGUES.search(name):
        # "Velt and co. found": the person and colleagues, in lower case no firm's "& Co."
        name = name[: informal.start()]
        end = start + len(name)
    if not any(ch.isupper() for ch in name) or len(name) < 2 or _NOT_A_NAME.search(name):
        return None
    if _PREFIXED.match(name) and name.split("-")[0] not in _PARTICLES:
        return None  # "the trans-Orsan link", "pro-Velt": an adjective ("al-Kadri" a name)
    if _cut_short(name) or _CODE.match(name) or _unit(ent) or _in_law_title(ent):
        return None
    if label in ("person", "organization") and _glued_at_comma(tokens):
        return None  # "the Orsa Zoo, Velk Hall": two names of a list in one span
    if _in_bill_number(doc_text(doc), start, end):
        return None  # "H.R. 4", "S. Con. Res. 14": a bill's number, no person or body
    office = _office_field(ent, tokens)
    if office and _before_a_name(doc, ent.end):
        return None  # "Secretary of State Ana Velt", "Interior Secretary Ana Velt": a title
    if _before_variant(doc, ent.end):
        return None  # "the Delta variant": a virus's variant, not a place or a body
    if label == "person" and "/" in name:
        return None  # a photo credit, "Craig Lund/AP"
    if (
        label == "organization"
        and len(tokens) == 1
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and doc[ent.end + 1].lower_ == "era"
    ):
        label = "person"  # "Velt-era tariffs": an era is named after a person, not a body
    if (
        label == "organization"
        and len(tokens) == 1
        and ent.end < len(doc)
        and doc[ent.end].text in _OFFICE_TERMS
    ):
        # "the Velt administration", "the Velt presidency": a term of office is named after the
        # person who holds it (lower case: "the Small Business Administration" is a body)
        label = "person"
    if (
        label == "organization"
        and len(tokens) == 1
        and ent.end < len(doc)
        and doc[ent.end].text in _FOLLOWER_NOUNS
    ):
        # "Velt supporter Ana Dane": a politician's or a party's ("Orsa Party supporters")
        # followers; which of the two the bare word names the text does not say, so no vote
        return None
    if label == "person" and name.split()[-1] in _PEOPLE_WORDS:
        return None  # "Alaska Native": a people (no surname is "Native"), not a person
    if (
        len(name.split()) > 1
        and name.split()[-1].lower() in _OFFICE_ENDS
        and (label == "person" or (label == "organization" and " of " not in name))
    ):
        # "Halvik County Sheriff", "the ORP Chair": an office, said of the person who holds it
        # (a body's name holding "of" may end on a title: "Office of the President")
        return None
    if _REPEATED_WORD.search(name) and any(
        len(w) >= MIN_SHOUTED and w.isupper() and w.replace(".", "").isalpha() for w in name.split()
    ):
        return None  # "BUSINESS Business", "V.P.U. V.P.U. CAMPS": a report's heading run on
    if label == "person":
        # A word twice, "Ana Velt Velt": a caption run into the text (not "Walla Walla", a place).
        name = re.sub(r"\b(\w+)(?:\s+\1\b)+", r"\1", name)
    if name_key(name) in _DIRECTIONS | ORG_WORDS | _GENERIC:
        return None  # "the North", "Office" of a split "Attorney's Office": no name of its own
    if label == "person" and any(ch.isdigit() for ch in name):
        return None  # "COVID-19", "B-52" tagged PERSON: no person's name holds a digit
    if label == "person" and name_key(name).split()[-1] in _FIGURE_WORDS:
        return None  # "Supplementary Fig. 4": a paper's figure, no person
    role = _role(ent) if label in ("person", "organization") and not _org_like(name) else None
    if (
        role
        and ent.label_ != "PERSON"
        and (not role_like(role) or role_head(role).endswith("ment"))
    ):
        # "the Treaty, the cornerstone of stability": a description, not a job; nor is "-ment"
        # ("a liberation movement", "the government"), which ``role_like``'s "-ent" takes
        role = None
    org_vote = described_place = product = False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text.islower() and before.lower_ in _NAMED_THINGS:
        # "the newspaper Velmar", "the journal Orsiva", "the app Snapgab": the noun right before
        # says what the name is, whatever the tag (a person's job there is no such noun)
        role, org_vote = None, True
    elif _body_relation(ent):
        role, org_vote = None, True  # "Halvern and its partner Ostrava Biologics": a company
    elif role and role_head(role) in _THING_NOUNS:
        role, org_vote = None, True  # "Java, a programming language": a thing, not a person
    elif role and _company_noun(role):
        role, org_vote = None, True  # "planemaker Orvane", "its aircraft manufacturing giant"
    elif role and _product_role(role):
        role, product = None, True  # "Kelvomir, an antiviral pill": a thing, dropped
    elif role and role_head(role) in _PLACE_NOUNS:
        role, described_place = None, True  # "Velm Harbor, a major port": a place
    root = ent.root
    place = described_place or (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS)
    if label == "person" and ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_AFTER:
        # "the Orsa region", "the loyalist Velm Row area": a place, which the small model
        # calls a person (no person's region or area is written so).
        label, role, place = "place", None, True
    if label == "person" and ent.end < len(doc) and doc[ent.end].lower_ in _LOCAL_FORCES:
        # "Norwich police": the town whose police these are, which the small model calls a
        # person (no person's police are written so).
        label, role, place = "place", None, True
    return Mention(
        name=name,
        label=label,
        source=source,
        start=offset + start,
        end=offset + end,
        role=role,
        place_vote=place,
        org_vote=org_vote,
        described_place=described_place,
        product=product,
        fragment=_fragment(ent, tokens),
        office=office,
        portfolio=office
        and len(tokens) == 1
        and tokens[0].is_title  # (not "DPP Secretary-General": a party's officer)
        and ent.end < len(doc)
        and doc[ent.end].lower_ in _PORTFOLIO_TITLES,
        speaks=root.dep_ == "nsubj" and root.head.lemma_ in _MAKER_VERBS,
        its=_its_subject(ent),
        subject=root.dep_ in ("nsubj", "nsubjpass"),
        cut_off=(len(tokens) == 1 or _INITIAL.fullmatch(tokens[-1].text) is not None)
        and _before_closing_ellipsis(doc, tokens[-1].i + 1),
        common=_common_word(tokens),
        nominating=label == "person" and _nominating(ent),
        binomial=label == "person" and _binomial(tokens),
        title=_gendered_title(tokens) if label == "person" and len(tokens) == 1 else "",
    )


# " and co." in lower case after a name: its bearer and colleagues, not a firm ("& Co.").
_AND_COLLEAGUES = re.compile(r"\s+and\s+co\.?$")
# Lower-case nouns for a leader's term of office, written after the leader's surname.
_OFFICE_TERMS = frozenset({"administration", "presidency"})
# Lower-case nouns for the followers of a politician or a party, written after the name.
_FOLLOWER_NOUNS = frozenset({"supporter", "supporters"})
# Last words of a people's name the small model tags a person: "Alaska Native".
_PEOPLE_WORDS = frozenset({"Native", "Natives"})
# A bill's number in the US Congress: "H.R. 4", "S. Con. Res. 14", "H. J. Res. 7", "H. Res. 5".
_BILL_NUMBER = re.compile(r"\b[HS]\.\s?(?:(?:J|Con)\.\s?)?R(?:es)?\.\s?\d+\b")
BILL_REACH = 16  # characters read around a name for a bill's number it is a piece of


# Bodies whose campuses are named after a comma ("University of California, Los Angeles").
_CAMPUS_BODIES = frozenset({"university", "college", "institute", "school"})


def _glued_at_comma(tokens: list[Any]) -> bool:
    """Whether a span runs two names of a list together at a comma: two capitalised words or
    more after it ("three Orsa Opens, Ivo Velt won"). Not a firm's partners' names joined by
    "and" or "&" ("Velt, Dane & Orrin"), nor a suffix after the comma ("Velt, Inc.")."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas or any(t.lower_ in ("and", "&") for t in tokens):
        return False
    if any(t.lower_ in _CAMPUS_BODIES for t in tokens[: commas[0]]):
        return False  # "University of Orsa, Velk Bay": a campus's name goes on past its comma
    after = tokens[commas[-1] + 1 :]
    return commas[0] > 0 and len(after) >= 2 and all(t.is_title for t in after)


def _in_bill_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a piece of a bill's number (see ``_BILL_NUMBER``), which
    the small model tags a person or a body ("S. Con", "Res")."""
    return any(
        m.start() < end and m.end() > start
        for m in _BILL_NUMBER.finditer(text, max(0, start - BILL_REACH), end + BILL_REACH)
    )


# A word written as a code with a number: "COVID-19", "Velmo-21".
_CODED = re.compile(r"(?<![\w-])([^\W\d_]+)-\d")


def _code_words(joined: str) -> frozenset[str]:
    """The words the cluster writes as a code with a number, lower-cased (one pass over the
    text, not one per entity: that was 0.8 s at 100 articles)."""
    return frozenset(w.lower() for w in _CODED.findall(joined))


def _code_word(e: Entity, coded: frozenset[str]) -> bool:
    """A one-word name the cluster also writes as a code with a number ("Velmo" beside
    "Velmo-21", "COVID" beside "COVID-19", see :func:`_code_words`): the code's short form (a
    disease, a model), which no person's, body's or place's name is written as."""
    written = [e.name, *e.aliases]
    if e.role or not all(n.isalpha() for n in written):
        return False
    return any(n.lower() in coded for n in written)


# The tagger's tags of a common plural, an adjective, an adverb or a verb: a one-word span so
# tagged is a common word the small model took for a name at a sentence's start or in capitals
# ("Millions watched", "Detectives said", "Untrained clerks", "PERHAPS LONGER"). Not a singular
# noun ("NN"): a title may be one ("Time", "Target").
# fmt: off
_COMMON_WORD_TAGS = frozenset({
    "NNS", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
})
# fmt: on


def _common_word(tokens: list[Any]) -> bool:
    """A one-word span tagged a common plural, an adjective, an adverb or a verb where a common
    word is capitalised: a sentence's first word or a word in capitals. (Inside a sentence the
    tag alone is too weak: the small model tags "a Manchin aide" JJ, "Saldanha, 46," NNS.)"""
    if len(tokens) != 1 or tokens[0].tag_ not in _COMMON_WORD_TAGS:
        # (or two adjectives opening a sentence, "Anonymous British journalist said": no name)
        return (
            len(tokens) == 2
            and all(t.tag_ == "JJ" for t in tokens)
            and bool(tokens[0].is_sent_start)
        )
    tok = tokens[0]
    return bool(tok.is_sent_start) or (tok.is_upper and len(tok) >= MIN_SHOUTED)


# A lower-case prefix joined by a hyphen to a name: "trans-Atlantic", "pro-Velt", "anti-Orsa".
_PREFIXED = re.compile(r"[a-z]+-[A-Z]")

# What one company is to another ("its partner X", "its rival X"): with "its" the name is a
# body's, which the small model often tags PERSON. A short hand list (spaCy has no semantic
# classes); not "founder", "spokesman", "owner": a body's people.
# fmt: off
_BODY_RELATIONS = frozenset({
    "partner", "rival", "competitor", "subsidiary", "affiliate", "supplier", "parent", "unit",
})
# fmt: on


def _body_relation(ent: Any) -> bool:
    """ "its partner Ostrava Biologics": the name apposed to a body's relation owned by "its"."""
    head = ent.root.head
    return (
        ent.root.dep_ == "appos"
        and head.i < ent.start <= head.i + 2
        and head.lower_ in _BODY_RELATIONS
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
    )


MIN_ITS = 2  # clauses saying "its" of a name before it is a body's: one may be a misparse


def _its_subject(ent: Any) -> bool:
    """ "Velmora has offered to drop its claim", "In its filing, Velmora said": the name is the
    subject of a clause whose "its" (no other subject's, no object's between: "Velt said the
    agency broke its rules", "Velt told the firm to drop its claim") can only be the name's."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head
    for tok in verb.subtree:
        if tok.lower_ != "its" or tok.dep_ != "poss":
            continue
        path, node = [], tok.head
        while node.i != verb.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        if node.i != verb.i:
            continue
        ancestors = {t.i for t in path} | {tok.i}
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "iobj")
            and c.i not in ancestors
            and c.i != root.i
            for n in [verb, *path]
            for c in n.children
        ):
            continue
        return True
    return False


# The longest syllable of a hyphenated given name ("-in", "-jung", "-hwan").
MAX_SYLLABLE = 4
# Lower-case words after a name that make it a virus's variant: "the Delta variant".
_VARIANT_WORDS = frozenset({"variant", "variants", "subvariant", "strain", "strains"})


def _before_variant(doc: Any, i: int) -> bool:
    """Whether a variant's word stands at token ``i``, or right after one word there (the
    virus's name: "the Delta coronavirus variant", "Delta COVID-19 variant"). A no-break space
    is a token of its own ("Delta\xa0COVID-19\xa0variant"): skipped."""
    nxt = [t for t in doc[i : i + 4] if not t.is_space][:2]
    if nxt and nxt[0].lower_ in _VARIANT_WORDS:
        return True
    return (
        len(nxt) == 2
        and not nxt[0].is_punct
        and nxt[0].pos_ != "PART"  # not "India's variant": the variant of a place
        and nxt[1].lower_ in _VARIANT_WORDS
    )


# Lower-case nouns after a one-town name that make the name a place: "Norwich police".
_LOCAL_FORCES = frozenset({"police", "authorities"})
# Lower-case nouns after a name that make the name a place's: "the Orsa region".
_PLACE_AFTER = frozenset({"region", "area"})
# Words after a hyphen that make the name before it a prize's: "an Oscar-winning actor", "the
# Emmy-winner" (no person is won).
_PRIZE_WORDS = frozenset({"winning", "winner", "winners"})
# A paper's abbreviations of "figure(s)" that end a span tagged PERSON ("Supplementary Figs.
# 1-5"): no person's name ends so.
_FIGURE_WORDS = frozenset({"fig", "figs"})
# Nouns after "a"/"an" and one name that may make the name a prize's: "an Emmy nomination", "a
# Grammy nominee" (or a person's pick, "a Velt nominee": see ``_without_prizes``).
_NOMINATION_WORDS = frozenset({"nomination", "nominations", "nominee", "nominees"})


def _hashtag(ent: Any) -> bool:
    """A span right after a "#" with no space between: a hashtag ("the #MeToo movement"),
    which the small model tags a person, not a name."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_


def _holiday(ent: Any) -> bool:
    """A name before "'s Day" ("Valentine's Day", "Mother's Day"): a holiday's, no person."""
    doc, i = ent.doc, ent.end
    return i + 1 < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i + 1].text == "Day"


def _before_field_label(ent: Any, tokens: list[Any]) -> list[Any]:
    """A person's span without the next field's label a credits line runs on ("Director: Ivo
    Dane Screenplay: Ada Lind"): the span follows a colon and its last word is followed by one
    (a name alone before a colon, "Ivo Dane: I was there", keeps its words)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(tokens) < 3 or ent.start == 0:
        return tokens
    after = tokens[-1].i + 1
    if doc[ent.start - 1].text == ":" and after < len(doc) and doc[after].text == ":":
        return tokens[:-1]
    return tokens


def _nominating(ent: Any) -> bool:
    """One word between "a"/"an" and "nomination"/"nominee": a prize's ("an Emmy nomination")
    or a person's ("a Velt nominee", the one who nominated), told apart by the cluster."""
    doc, i = ent.doc, ent.end
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("a", "an")
        and i < len(doc)
        and doc[i].lower_ in _NOMINATION_WORDS
    )


def _prize(ent: Any) -> bool:
    """A span joined by a hyphen to "winning" ("the Oscar-winning film"): a prize's name."""
    doc, i = ent.doc, ent.end
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].lower_ in _PRIZE_WORDS
    )


# Titles whose field is a portfolio, not a body that speaks for itself: "Interior Secretary",
# "Finance Minister" (but the FBI of "FBI Director Ana Velt" is a body).
_PORTFOLIO_TITLES = frozenset({"secretary", "minister"})


def _before_a_name(doc: Any, i: int) -> bool:
    """Whether token ``i`` starts a person's name, or a portfolio title before one ("Secretary
    Ana Velt")."""
    if i < len(doc) and doc[i].lower_ in _PORTFOLIO_TITLES and not doc[i].ent_type_:
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _hyphen_head(ent: Any) -> list[Any]:
    """The first half of a hyphenated given name a person's span leaves out: "Per-" of
    "Per-Olof Ortarsen" (a capitalised word and a hyphen written with no space either side,
    before a span of two words or more; not the "Velt-" of a "Velt-Berg summit")."""
    doc, i = ent.doc, ent.start
    if ent.label_ != "PERSON" or len(ent) < 2 or i < 2:
        return []
    hyphen, first = doc[i - 1], doc[i - 2]
    if (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not first.whitespace_
        and first.is_alpha
        and first.is_title
        and not first.ent_type_
    ):
        return [first, hyphen]
    return []


def _hyphen_tail(ent: Any) -> list[Any]:
    """The rest of a word the NER span stops inside: "Park Jae-" of "Park Jae-in" (a span that
    ends on a hyphen written with no space either side)."""
    doc, last = ent.doc, ent[-1]
    if last.text != "-":
        # "Moon Jae" of "Moon Jae-in": the hyphen and a short lower-case syllable left outside
        # a person's span of a family and a given name (not the "-led" of "Ecevit-led", nor
        # "Reagan-era" or "Halvik-based").
        nxt = doc[ent.end : ent.end + 2]
        if (
            ent.label_ == "PERSON"
            and len(ent) >= 2
            and len(nxt) == 2
            and nxt[0].text == "-"
            and not last.whitespace_
            and not nxt[0].whitespace_
            and nxt[1].is_alpha
            and nxt[1].text.islower()
            and len(nxt[1]) <= MAX_SYLLABLE
            and nxt[1].tag_ not in ("VBN", "VBD", "VBG", "JJ")
        ):
            return list(nxt)
        return []
    if last.whitespace_ or ent.end >= len(doc) or not doc[ent.end].is_alpha:
        return []
    return [doc[ent.end]]


def _surname_after(ent: Any) -> list[Any]:
    """The last word of a name the PERSON span leaves out: "Touré" of "President Amadou
    Toumani Touré", a capitalised proper noun with no tag of its own that the span's last word
    is a compound of and that ends the name (no capitalised word after it). Not after "the":
    "the Ana Velt Show" is a programme; nor a body's, a place's or an office's word."""
    doc = ent.doc
    i = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or i >= len(doc):
        return []
    nxt = doc[i]
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return []
    if not (nxt.is_alpha and nxt.is_title and nxt.tag_ == "NNP" and not nxt.ent_type_):
        return []
    if ent[-1].dep_ != "compound" or ent[-1].head.i != i or ent[-1].whitespace_ != " ":
        return []
    if nxt.lower_ in _NOT_SURNAMES or (i + 1 < len(doc) and doc[i + 1].is_title):
        return []
    if i + 1 < len(doc) and doc[i + 1].text == ":":
        return []  # a field's label after the name: "Cast: Ana Velt Director: Ivo Dane"
    return [nxt]


# Rank abbreviations and job titles written before a name ("police Sgt. Tim Underwood"); spaCy
# reads them as a name of their own ("Sgt") or as the end of an organisation ("San Diego Police
# Sgt"). Only a PERSON span loses a full word such as "Deputy": "Deputy Minister" may be an office.
# fmt: off
_RANKS = frozenset({
    "sgt", "sgt.", "lt", "lt.", "capt", "capt.", "cpl", "cpl.", "det", "det.", "insp", "insp.",
    "supt", "supt.", "cmdr", "cmdr.", "adm", "adm.", "maj", "maj.", "pvt", "pvt.", "ofc", "ofc.",
    "sheriff", "detective", "officer", "deputy", "principal", "sergeant", "lieutenant",
    "captain", "corporal", "inspector", "superintendent", "trooper", "constable",
})
# fmt: on
_RANK_ABBREVIATIONS = frozenset(r for r in _RANKS if len(r.rstrip(".")) <= 4)
# British police ranks written as capitals before a name ("DC Ivo Marrow", "PC Marrow"): read
# only at the front of a PERSON span, as "DC" or "DI" end places' names ("Washington DC"). "Con"
# (constable) only after another rank, "Det Con Ivo Marrow": alone it may be a given name.
# fmt: off
_POLICE_RANKS = frozenset({
    "dc", "ds", "di", "dci", "dsi", "dcs", "pc", "wpc", "pcso", "psi", "acc", "dac",
})
# fmt: on
_AFTER_RANK = frozenset({"con", "con.", "constable", "sgt", "sgt.", "insp", "insp."})
# Last words that make a PERSON span an office, not a name ("Halvik County Sheriff"): titles
# that are nobody's surname (not "King", "Prince" or "Mayor").
# fmt: off
_OFFICE_ENDS = frozenset({
    "sheriff", "president", "governor", "senator", "minister", "chancellor", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "commissioner", "chairman", "chairwoman",
    "attorney", "superintendent", "chair",
})
# fmt: on
# Characters no name holds: a handle "@LCStansberry", a footnote "Guide,[27".
_NOT_A_NAME = re.compile(r"[@\[\]{}<>|#]|Ã|Â|â\x80")  # and mis-decoded text, "QuÃ©bec"
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Head nouns of an apposition that describe a thing, not a person: "Tyson, the largest
# chicken-processing company", "Java, an Internet programming language".
# fmt: off
_THING_NOUNS = frozenset({
    "company", "companies", "firm", "corporation", "business", "newspaper", "paper", "magazine",
    "database", "language", "website", "site", "app", "network", "channel", "station",
    "agency", "organization", "organisation", "group", "charity", "chain", "brand", "product",
    "program", "programme", "software", "service", "system", "bank", "party", "team", "band",
    "store", "retailer", "restaurant", "hotel", "school", "university", "hospital", "disorder",
    "disease", "syndrome", "law", "act", "bill", "treaty", "project", "platform", "variant",
    "virus", "planet", "subsidiary",
    # (a trade's nouns for a firm: "Kelvane, the software vendor", "the maker of Orsil")
    "vendor", "distributor", "supplier", "wholesaler", "maker",
})
# Head nouns of an apposition that describe a place: "Velm Harbor, a major port", "Gorvan, a
# fishing village".
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "country", "county", "state", "region", "province", "river",
    "port", "island", "suburb", "district", "neighborhood", "neighbourhood", "capital",
    "cities", "towns", "villages", "islands", "zone", "area",
})
# fmt: on

# Nouns written right before a body's or a thing's name: "the newspaper X", "the journal X".
_NAMED_THINGS = (
    _THING_NOUNS - {"disorder", "disease", "syndrome", "law", "act", "bill", "planet"}
) | {"journal", "publication", "outlet", "broadcaster", "airline", "carrier"}
# Head nouns of an apposition that describe a product or a work, which is no entity: "Kelvomir,
# an antiviral pill", "Orsa Nights, a film about ...". (Not "model", "star": people's words.)
# fmt: off
_PRODUCT_HEADS = frozenset({
    "pill", "drug", "vaccine", "medicine", "medication", "treatment", "therapy", "film", "movie",
    "documentary", "book", "novel", "memoir", "album", "song", "series", "sitcom", "phone",
    "smartphone", "device", "gadget",
})
# fmt: on


def _product_role(role: str) -> bool:
    """Whether a role's head is a product's noun ("antiviral pill", "a film about the trial":
    "about", which ends no person's role, ends a work's description here)."""
    words = _role_words(role)
    if "about" in words[1:]:
        words = words[: words.index("about", 1)]
    return bool(words) and words[-1] in _PRODUCT_HEADS


# Nouns for a company, which name no person's function (not "-maker" alone: a filmmaker or a
# lawmaker is a person); only as the role's last word: "a giant of jazz" is a person.
# fmt: off
_COMPANY_NOUNS = frozenset({
    "giant", "conglomerate", "manufacturer", "automaker", "carmaker", "planemaker", "drugmaker",
    "chipmaker", "startup", "airline", "insurer", "lender",
})
# fmt: on


def _company_noun(role: str) -> bool:
    """ "aircraft manufacturing giant", "Velmian planemaker": a company's description."""
    words = re.findall(r"[a-z]+", role.lower())
    return bool(words) and words[-1] in _COMPANY_NOUNS


def _strip_titles(tokens: list[Any], person: bool) -> list[Any]:
    """The span without "the", titles in front and possessives or rank abbreviations behind.

    A non-PERSON span keeps a title whose removal would leave a bare organisation word
    ("Justice Department" is not a "Department"), as titles double as ordinary words, and the
    titles that begin names of things ("General Motors", "Prince Orsa Island")."""
    lead = TITLES | _RANKS if person else (TITLES - _NAMING_TITLES) | _RANK_ABBREVIATIONS
    # A plural common noun opening a person's span describes the people named after it:
    # "Parents Ada and Ivo Brenner", "Sisters Iman and Inas".
    while person and len(tokens) > 1 and tokens[0].tag_ == "NNS" and tokens[0].pos_ == "NOUN":
        tokens = tokens[1:]
    # A word in lower case before a capitalised one opens no name: "a Marilyn Monroe",
    # "unbeaten Ivo Kelner", "the white Velta Party" (but "de Klerk", "van Gogh", and "bell
    # hooks", all lower case).
    if len(tokens) > 2 and tokens[0].lower_ == "the" and tokens[1].text.islower():
        tokens = tokens[1:]  # (the "the" before it too: "the white Velta Party")
    # (nor before a number that opens a name: "the respected 9/11 Commission")
    while (
        len(tokens) > 1
        and tokens[0].is_alpha
        and tokens[0].text.islower()
        and tokens[0].lower_ not in _PARTICLES
        and (tokens[1].text[:1].isupper() or (tokens[1].text[:1].isdigit() and len(tokens) > 2))
    ):
        tokens = tokens[1:]
    if person:
        tokens = _without_police_rank(tokens)
        # A performer's trade capitalised before a full name, "Rapper Ivo Velt": no given name
        # (two words stay, "Chef Velt": the trade may be all a headline writes before him)
        if len(tokens) > 2 and tokens[0].lower_ in _EXTRA_TITLES and tokens[1].is_title:
            tokens = tokens[1:]
        # A pronoun capitalised by a typo or a heading before a name opens no name: "Clinton,
        # Whom Ivo Velt had also investigated" (the tagger still reads it as a pronoun).
        while len(tokens) > 1 and tokens[0].tag_ in _PRONOUN_TAGS:
            tokens = tokens[1:]
        # An office's acronym before a full name: "DAG Ivo Velt" (three capitals or more: two
        # may be a given name's initials, "AJ Velt").
        if (
            len(tokens) > 2
            and re.fullmatch(r"[A-Z]{3,}", tokens[0].text)
            and all(t.is_title for t in tokens[1:])
        ):
            tokens = tokens[1:]
        # Letters after a name that are a degree or an honour, not part of it: "Ana Velt
        # Ph.D.", "Ivo Dane QC" (the name is the same person's without them).
        while len(tokens) > 2 and tokens[-1].lower_.replace(".", "") in _POST_NOMINALS:
            tokens = tokens[:-1]
    while tokens and (tokens[0].lower_ == "the" or tokens[0].lower_ in lead):
        rest = [t for t in tokens[1:] if not t.is_punct]
        if (
            tokens[0].lower_ != "the"
            and not person
            and rest
            and (rest[0].lower_ in ORG_WORDS or rest[0].pos_ != "PROPN")
        ):
            break
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].lower_ in {"'s", "’s", "'"}
        or (len(tokens) > 1 and tokens[-1].lower_ in _RANK_ABBREVIATIONS)
    ):
        tokens = tokens[:-1]
    return tokens


# The tagger's tags of pronouns ("whom", "who", "which", "his"): no name begins with one.
_PRONOUN_TAGS = frozenset({"WP", "WP$", "WDT", "PRP", "PRP$"})
# Degrees and honours written after a person's name ("Ph.D.", "QC"), without their dots.
# fmt: off
_POST_NOMINALS = frozenset({
    "phd", "md", "dds", "qc", "kc", "esq", "mp", "mbe", "obe", "cbe", "kbe", "dbe",
})
# fmt: on


def _without_police_rank(tokens: list[Any]) -> list[Any]:
    """A person's span without the police ranks in front: "DC Marrow", "Det Con Ivo Marrow"
    (a rank in capitals only: "Di Marrow" may be a given name), and a name must remain."""
    ranked = False
    while len(tokens) > 1 and tokens[1].text[:1].isupper():
        word = tokens[0].lower_
        capitals = word in _POLICE_RANKS and tokens[0].text.isupper()
        if not (capitals or (ranked and word in _AFTER_RANK) or word in _RANKS):
            break
        tokens, ranked = tokens[1:], True
    return tokens


# Lower-case words that begin surnames: "de Klerk", "van Gogh", "al-Amin".
# fmt: off
_PARTICLES = frozenset({
    "de", "da", "di", "del", "della", "du", "des", "la", "le", "van", "von", "der", "den", "ter",
    "ten", "zu", "al", "el", "bin", "ibn", "ben", "dos", "das", "do", "y", "e",
})
# fmt: on
# Titles that open the names of companies, places and leagues as often as they precede a
# person's name in a span spaCy mislabels.
_NAMING_TITLES = frozenset(
    {"general", "king", "queen", "prince", "princess", "lord", "lady", "sir", "dame", "premier"}
)


def _before_of(tokens: list[Any]) -> list[Any]:
    """A person span cut before "of" + a capitalised word: "Ana Ruiz of Halvik Hospital"."""
    for i, tok in enumerate(tokens):
        if tok.lower_ == "of" and 0 < i < len(tokens) - 1 and tokens[i + 1].text[:1].isupper():
            return tokens[:i]
    return tokens


def _before_lower_of(tokens: list[Any]) -> list[Any]:
    """A body's or a place's span cut before "of" + lower-case words only: "accused the Orsa
    Union of abuses" (the parse's run-on; a name goes on after "of" in capitals, "Bank of
    Orsa", or with "the": "Council of the service employees union")."""
    for i, tok in enumerate(tokens):
        rest = tokens[i + 1 :]
        if (
            tok.lower_ == "of"
            and i > 0
            and rest
            and rest[0].lower_ != "the"
            and all(t.is_alpha and t.text.islower() for t in rest)
        ):
            return tokens[:i]
    return tokens


# A word written twice in a row, in any case ("BUSINESS Business").
_REPEATED_WORD = re.compile(r"(?<!\S)(\S+)\s+(?i:\1)(?!\S)")
# Titles and ranks written abbreviated with a full stop, "Brig." "Gen." "Lt." "Col." (not "Dr.":
# also a street's "Drive").
_ABBREVIATED_TITLES = frozenset(
    t.rstrip(".") for t in TITLES | _RANKS if t.endswith(".") and t != "dr."
) | frozenset({"brig"})


def _before_abbreviated_title(tokens: list[Any]) -> list[Any]:
    """A name ends before an abbreviated title at its end: the small model runs a body into the
    rank of the person named after it ("Velm Port Authority Brig. Gen. Ado Fenn") and tags the
    "Col" of "Lt. Col." a person; that title belongs to the next name."""
    last = tokens[-1] if tokens else None
    if last is None or last.lower_.rstrip(".") not in _ABBREVIATED_TITLES:
        return tokens
    doc = last.doc
    stop = last.text.endswith(".") or (last.i + 1 < len(doc) and doc[last.i + 1].text == ".")
    return tokens[:-1] if stop else tokens


def _before_number_sign(tokens: list[Any]) -> list[Any]:
    """The span without a "No." a number follows: "John Doe No. 4" is a pseudonym and its
    number, no name ending in "No"."""
    doc = tokens[0].doc if tokens else None
    if doc is None or len(tokens) < 2 or tokens[-1].text.rstrip(".") != "No":
        return tokens
    i = tokens[-1].i + 1
    while i < len(doc) and doc[i].text == ".":
        i += 1
    return tokens[:-1] if i < len(doc) and doc[i].like_num else tokens


def _after_possessive(tokens: list[Any]) -> list[Any]:
    """A person's span run over a possessive, "Velt's Ada Lind", "Mr. Velt's Jesus": the owner
    ends before the "'s", and the name is the words after it (no person's name holds an "'s";
    a body's may, "Children's Hospital", so only for a person's span)."""
    cuts = [i for i, t in enumerate(tokens[:-1]) if t.lower_ in ("'s", "’s")]
    return tokens[cuts[-1] + 1 :] if cuts else tokens


def _before_open_bracket(tokens: list[Any]) -> list[Any]:
    """A span cut before a bracket it does not close: "Board of Harbour Pilots (BHP" of "the
    Board of Harbour Pilots (BHP)" is the name without its half-taken abbreviation."""
    texts = [t.text for t in tokens]
    if "(" in texts and ")" not in texts[texts.index("(") :]:
        tokens = tokens[: texts.index("(")]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
    return tokens


# Opening quotation marks written as a token of their own or opening one ("‘It", a backslash
# of a mis-escaped one), and dashes between words.
_OPENING_QUOTES = ("“", "‘", "``", "\\")
_LONE_QUOTES = frozenset({"'", '"'})
_DASHES = frozenset({"—", "–", "--", "-"})


def _before_quote_or_dash(tokens: list[Any]) -> list[Any]:
    """A span cut before an opening quotation mark or a spaced dash it runs into: "Velmo’s
    'Flag Post" of "Velmo’s 'Flag Post' form" is Velmo's, "Ana Korr — Orsa" of "Ana Korr —
    Orsa has two parties" is Ana Korr; a span opening on a quotation mark it does not close
    ("“Grim Ten" of "the “Grim Ten” of ...") is a title's start, no name. (A lone straight
    quote only after a space: "McDonald's" and "O'Neil" hold one.)"""
    for i, tok in enumerate(tokens):
        spaced = i == 0 or bool(tokens[i - 1].whitespace_)
        if (
            tok.text.startswith(_OPENING_QUOTES)
            or (tok.text in _LONE_QUOTES and spaced)
            or (i and tok.text in _DASHES and spaced and tok.whitespace_)
        ):
            if i and _nickname(tokens, i):
                continue  # Dwayne "The Hammer" Kolby: the quotation closes inside the name
            tokens = tokens[:i]
            while tokens and tokens[-1].is_punct:
                tokens = tokens[:-1]
            return tokens
    return tokens


_CLOSING_QUOTES = frozenset({"”", "’", "''", '"', "'"})


def _nickname(tokens: list[Any], i: int) -> bool:
    """Whether the quotation opening at ``tokens[i]`` closes before the span's end and a
    capitalised word follows it: a nickname inside a name (Dwayne "The Hammer" Kolby)."""
    for j in range(i + 1, len(tokens) - 1):
        if tokens[j].text in _CLOSING_QUOTES:
            return bool(tokens[j + 1].text[:1].isupper())
    return False


def _fragment(ent: Any, tokens: list[Any]) -> bool:
    """A one-word span that is a piece of a longer name spaCy cut: "the Treaty" of "the Treaty
    on the Non-Proliferation of ...", "Hasan" of "the Hasan – Rajin project"."""
    if len(tokens) != 1:
        return False
    doc = ent.doc
    nxt = doc[ent.end : ent.end + 3]
    if len(nxt) >= 2 and nxt[0].text in ("-", "–", "—") and nxt[1].text[:1].isupper():
        return True
    if ent.start >= 2 and doc[ent.start - 1].text in ("-", "–", "—"):
        return bool(doc[ent.start - 2].text[:1].isupper())
    if len(nxt) >= 2 and nxt[0].lower_ in ("on", "of", "for"):
        after = nxt[2] if nxt[1].lower_ == "the" and len(nxt) > 2 else nxt[1]
        return bool(ent.root.lower_ in ORG_WORDS | _GENERIC and after.text[:1].isupper())
    return False


def _office_field(ent: Any, tokens: list[Any]) -> bool:
    """An ORG span that is the field of a title: "State" in "Secretary of State", "Defence" in
    "Defence Minister" (or "Kestrel" in "chief of Kestrel", "Kestrel CEO": see
    :func:`_common_office`)."""
    if ent.label_ != "ORG":
        return False
    doc = ent.doc
    if ent.end < len(doc) and _title_word(doc[ent.end]) and not doc[ent.end].ent_type_:
        return True
    if len(tokens) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return _title_word(doc[ent.start - 2])


def _title_word(tok: Any) -> bool:
    """ "Secretary", "Minister", "Adviser": a capitalised function, as in a title."""
    word = tok.text.rstrip(".")
    return tok.text[:1].isupper() and (role_like(word) or word.lower() in _TITLE_WORDS)


def _common_office(mention: Mention, brief: Brief) -> bool:
    """A title's field that the sources also write in lower case ("state", "national
    security"): ordinary words in a title, not an organisation's name ("the chief of Kestrel")."""
    if not mention.office:
        return False
    if mention.portfolio:
        return True  # "the Fisheries Minister": a portfolio, written in lower case or not
    word = re.compile(rf"\b{re.escape(mention.name.lower())}\b")
    return any(word.search(src.original) for src in brief.sources)


def _party_state(ent: Any) -> bool:
    """The state in a lawmaker's party label, "(R-Ky.)": an affiliation, not a story place."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].text == "-"
        and doc[ent.start - 2].text in ("R", "D", "I")
    )


# One-word heads of names ("the Treaty on ...", "the Act of ...") that alone name nothing.
_GENERIC = frozenset({"treaty", "act", "convention", "agreement", "law", "accord", "charter"})
_GROUP_OF_STATES = re.compile(r"^G-?\d{1,2}$")
# A code, not a name: a model, a virus, a satellite ("F-35", "COVID-19", "E1"). The groups of
# countries "G7" and "G-20" are the common exception, organisations named by a number.
_CODE = re.compile(r"^(?!G-?\d+$)[A-Z]{1,6}-?\d+[A-Za-z]?$")


def _cut_short(name: str) -> bool:
    """A name cut off by the text or by the NER span: it ends in a lower-case particle ("Bill
    de" of a teaser's "Mayor Bill de...", "John the" of "John the Baptist"; not a noun the span
    ran on to, "Antara news agency") or starts with the "s" of a possessive ("’s Lobby" of "the
    Speaker’s Lobby")."""
    words = name.split()
    if words[0] in ("'s", "’s") or name.count('"') % 2 or re.match(r"(?:pro|anti)-", name):
        return True  # also half a quoted nickname, 'John "Jay', or an adjective, "pro-Velt"
    last = words[-1]
    return len(words) > 1 and last.isalpha() and last.islower() and len(last) <= 3


# Up to four capitalised words right before " and " ending a text: "Velmish Fisheries and ".
_RUN_BEFORE_AND = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*) and $")
AND_REACH = 80  # characters read before a body's name for the words before its "and"
# Last words of a building's or an institution's name, which end a name of their own before
# "and" ("White House", "Orsa Town Hall"): the words before a body's "and" are its field.
_BUILDING_HEADS = frozenset({"house", "hall", "center", "centre", "office", "building"})


def _joined_at_and(mentions: list[Mention], texts: dict[str, str], joined: str) -> list[Mention]:
    """A body's name holding "and" ("Velmish Fisheries and Harbour Authority"), which the small
    model cuts at the "and", tagging the halves or only the second: a name ending in a body's
    head takes the capitalised words before its "and" when the cluster writes those words only
    there (a body also named alone, "the Senate and Budget Committee", stays two), and no person
    or place is tagged in them. ``joined`` is the cluster's texts joined by newlines."""
    heads = ORG_HEADS | _BODY_HEADS
    spans: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        spans[m.source].append(m)
    dropped: set[int] = set()
    for m in mentions:
        words = name_key(m.name).split()
        if m.label == "person" or not words or words[-1] not in heads:
            continue
        text = texts.get(m.source, "")
        run = _RUN_BEFORE_AND.search(text[max(0, m.start - AND_REACH) : m.start])
        if run is None:
            continue
        first = run.group(1).split()
        while first and first[0].lower() in _DETERMINERS:
            first = first[1:]  # "The Velmish Fisheries" at a sentence's start
        if not first or name_key(first[-1]) in heads | _PLACE_HEADS | _BUILDING_HEADS:
            continue  # "the White House and State Department": two names
        start = m.start - len(" and ") - len(" ".join(first))
        if text[start : m.start] != " ".join(first) + " and ":
            continue  # the words were spaced otherwise (a line break)
        if joined.count(" ".join(first)) != joined.count(text[start : m.end]):
            continue  # "the Senate" also written alone: two bodies
        inside = [o for o in spans[m.source] if o is not m and start <= o.start < m.start]
        if any(o.label != "organization" for o in inside):
            continue
        dropped.update(id(o) for o in inside)
        m.name, m.start = f"{' '.join(first)} and {m.name}", start
    return [m for m in mentions if id(m) not in dropped]


def _without_cut_off(mentions: list[Mention]) -> list[Mention]:
    """Drop a one-word name a teaser's ellipsis cut off ("former Orsa officer Ivo...") unless
    the cluster names it elsewhere, alone or as a word of a longer name ("Velt..." of a story
    about Ada Velt is her; "Ivo" named nowhere else is half of an unknown name)."""
    if not any(m.cut_off for m in mentions):
        return mentions
    named = {w for m in mentions if not m.cut_off for w in name_key(m.name).split()}
    return [m for m in mentions if not m.cut_off or name_key(m.name) in named]


# Honorifics that say a person's sex: "Mr Velt" and "Mrs Velt" are two people.
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "lady", "dame"})


def _gendered_title(tokens: list[Any]) -> str:
    """The honorific of one sex written right before a name (past its dot), in or out of the
    span: "Mrs" of "Mrs. Velt"; "" when there is none."""
    doc, i = tokens[0].doc, tokens[0].i - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    word = doc[i].text.rstrip(".") if i >= 0 else ""
    return word.capitalize() if word.lower() in MALE_HONORIFICS | FEMALE_HONORIFICS else ""


def _titled_apart(mentions: list[Mention]) -> set[str]:
    """The one-word names the cluster writes after honorifics of both sexes ("Mr Velt", "Mrs
    Velt"): two people (a couple, a mother and her son), whom the surname alone would merge
    into one; a full name ("Ivo Velt") or a bare "Velt" may be either of them."""
    sexes: dict[str, set[bool]] = defaultdict(set)
    for m in mentions:
        if m.title:
            sexes[name_key(m.name)].add(m.title.lower() in MALE_HONORIFICS)
    return {key for key, seen in sexes.items() if len(seen) > 1}


def _titled_key(m: Mention, key: str) -> str:
    """The cluster key of a one-word name written after an honorific, by the honorific's sex."""
    return ("mr " if m.title.lower() in MALE_HONORIFICS else "ms ") + key


# Endings of the Latin epithet of a species' name ("Velox brevipenna", "Orsaurus juji"): no
# English word spaCy leaves in lower case inside a person's span ends so and is Latin.
_EPITHET = re.compile(r"[a-z]{2,}(?:i|ae|us|um|is|a|ensis|oides)")


def _binomial(tokens: list[Any]) -> bool:
    """Two words, a capitalised one and a lower-case Latin one: a species' scientific name
    ("Velox brevipenna"), which the small model tags a person (no name ends in lower case but
    on a particle, "Ivo de")."""
    return (
        len(tokens) == 2
        and tokens[0].is_alpha
        and tokens[0].is_title
        and tokens[1].is_alpha
        and tokens[1].lower_ not in _PARTICLES
        and _EPITHET.fullmatch(tokens[1].text) is not None
    )


def _without_species(mentions: list[Mention], joined: str) -> list[Mention]:
    """Drop the species' names ("Velox brevipenna") and their genera written alone ("Velox")
    when the epithet is written nowhere but after its genus: a word of English prose would
    be (a genus in the cluster names a species, never a person)."""
    genera: set[str] = set()
    for m in mentions:
        if m.binomial:
            genus, epithet = m.name.split()
            if len(re.findall(rf"\b{epithet}\b", joined)) == len(
                re.findall(rf"\b{genus}\s+{epithet}\b", joined)
            ):
                genera.add(name_key(genus))
    if not genera:
        return mentions
    return [
        m
        for m in mentions
        if not (m.label == "person" and name_key(m.name).split()[0] in genera)
        or (len(name_key(m.name).split()) > 1 and not m.binomial)
    ]


def _without_prizes(mentions: list[Mention]) -> list[Mention]:
    """Drop a "person" named only before a nomination ("an Emmy nomination"): the cluster names
    a person who nominated someone ("a Velt nominee") elsewhere, alone or in a longer name."""
    if not any(m.nominating for m in mentions):
        return mentions
    named = {w for m in mentions if not m.nominating for w in name_key(m.name).split()}
    return [m for m in mentions if not m.nominating or name_key(m.name) in named]


def _without_common_words(mentions: list[Mention]) -> list[Mention]:
    """Without the one-word spans tagged a common word ("Detectives said", see
    ``_common_word``) whose word no other mention is or holds: "Brillantes said" at a
    sentence's start, tagged a plural, is still Jose Brillantes's surname."""
    words = {w for m in mentions if not m.common for w in name_key(m.name).split()}
    return [m for m in mentions if not m.common or name_key(m.name) in words]


def _dates(brief: Brief) -> Counter[str]:
    """How often each text is tagged a date (DATE) in the cluster: "Juneteenth", "Velmtide"."""
    return Counter(
        re.sub(r"^[Tt]he\s+", "", ent.text)
        for src in brief.sources
        for _, _, doc in paragraph_docs(brief, src)
        for ent in doc.ents
        if ent.label_ == "DATE" and any(ch.isupper() for ch in ent.text)
    )


def _without_dates(mentions: list[Mention], dates: Counter[str]) -> list[Mention]:
    """Without the names the small model tags a date at least as often as a person, a body or
    a place: a holiday ("Juneteenth" tagged DATE twice and FAC twice), not a name; but a
    word of a longer name is that name's ("Lacovara" of "Michael Lacovara", which the small
    model tags DATE now and then)."""
    if not dates:
        return mentions
    named = Counter(m.name for m in mentions)
    words = {w for m in mentions if " " in m.name for w in name_key(m.name).split()}
    return [m for m in mentions if dates[m.name] < named[m.name] or name_key(m.name) in words]


def _without_case_parties(mentions: list[Mention], cases: set[str]) -> list[Mention]:
    """Drop the one-word names that stand for a court case (see ``_case_words``), unless the
    cluster also writes them as a word of a longer name ("Velt" of "Ada Velt", who brought the
    case and is named in the story)."""
    if not cases:
        return mentions
    longer = {w for m in mentions if " " in m.name for w in m.name.split()}
    return [m for m in mentions if m.name not in cases or m.name in longer]


_ELLIPSES = frozenset({"...", "…"})
# A bare initial ending a span before an ellipsis: "Judge Ivo C...." (a name cut off there; a
# full name does not end in an initial).
_INITIAL = re.compile(r"[A-Z]")


def _before_closing_ellipsis(doc: Any, i: int) -> bool:
    """The tokens from ``i`` on are an ellipsis to the paragraph's end: the name before it was
    cut off by a teaser ("... former Orsa officer Ivo...")."""
    rest = doc[i:]
    # (an ellipsis ending a sentence takes a fourth dot: "Ivo C....")
    return (
        len(rest) > 0
        and (rest[0].text in _ELLIPSES or re.fullmatch(r"\.{3,}", rest[0].text) is not None)
        and all(t.is_punct for t in rest)
    )


# A court case's name, "Velt v. Orsa" / "Velt v. Orsa Fishers Union": the word before "v." and a
# lone capitalised word after it (a longer party's name goes on after its first word). Only the
# legal "v.": "vs." also opposes teams and candidates ("Lions vs. Hawks").
_CASE_NAME = re.compile(
    r"\b(?P<first>[A-Z][\w'’-]*)\s+v\.\s+(?:(?P<last>[A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z]))?"
)


def _case_words(texts: list[str]) -> set[str]:
    """The one-word parties of the court cases the cluster names ("Velt" and "Orsa" of "Velt v.
    Orsa"): such a word alone stands for the case ("the ruling in Velt"), not for a person or a
    place, which the small model makes of it. (A literal search for " v. " first: few texts cite
    a case.)"""
    out: set[str] = set()
    for text in texts:
        if " v. " in text:
            for m in _CASE_NAME.finditer(text):
                out.update(w for w in (m["first"], m["last"]) if w)
    return out


def _unit(ent: Any) -> bool:
    """An upper-case abbreviation counted by a number is a unit, not a name: "9,450 MW"."""
    root = ent.root
    return (
        len(ent) == 1
        and root.text.isupper()
        and any(c.dep_ == "nummod" and c.i < root.i for c in root.children)
    )


def _in_law_title(ent: Any) -> bool:
    """The object in a treaty's or act's title, "the Non-Proliferation of Kelp" in "the Treaty
    on the Non-Proliferation of Kelp": spaCy tags it ORG apart from "Treaty"."""
    doc, i = ent.doc, ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ in ("on", "of", "for", "against")
        and doc[i - 1].lower_ in _GENERIC
        and doc[i - 1].text[:1].isupper()
    )


# Words that make a whole name a thing of another kind (a storm, an event, a law, a craft, a
# disease, an app's feature), which spaCy's small model tags ORG, GPE or PERSON: the first word
# of a storm's name, the last word of the others.
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})
# fmt: off
_THING_HEADS = _GENERIC | frozenset({
    "event", "bill", "amendment", "probe", "telescope", "rover", "virus", "pandemic",
    "epidemic", "syndrome", "disease", "story", "stories",
    "age", "ages", "era",  # a period: "Bronze Age", "Middle Ages"
    "award", "awards", "prize", "plan",  # "Academy Awards", "Nobel Prize", "Marshall Plan"
    "medal", "medals", "trophy",  # "Orsa Gold Medal": an honour, not a body
})
# fmt: on


def _names_a_thing(name: str) -> bool:
    """ "Hurricane Ada", "the Kelvo Event", "Orsa Solar Probe", "Snapgram Story": not a person,
    an organisation or a place (the entity table has no other type)."""
    words = name_key(name).split()
    if _doctrine(words):
        return True
    return len(words) > 1 and (words[0] in _STORM_WORDS or words[-1] in _THING_HEADS)


# A storm's name after its kind: "Hurricane Ada", "Tropical Storm Ivo" ("Storm" alone may open
# a sentence or a person's name, so only after "Tropical").
_STORM_KINDS = ("Hurricane", "Typhoon", "Cyclone", "Superstorm", "Tropical")
_STORM_NAME = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical\s+(?:Storm|Depression))\s+"
    r"(?P<name>[A-Z][a-z]+)\b(?!['’-]?\s*[A-Z])"
)


def _storm_names(joined: str) -> set[str]:
    """One-word names the text gives a storm's kind: the storm written alone later ("Ada
    forced the shutdown of ..."), which spaCy tags a person or a body, is neither."""
    if not any(w in joined for w in _STORM_KINDS):  # (the words ``_STORM_NAME`` opens on)
        return set()
    return {m["name"] for m in _STORM_NAME.finditer(joined)}


# A doctrine: "Marxism", "Roman Catholicism", "Northern Velmism" (a word ending in "-ism" names
# an idea, a creed or a movement). Not within a body's name, "Office of Tourism", "Journalism
# Center", whose head word comes after or whose "of"/"for" links it to the head.
MIN_DOCTRINE = 6  # letters: "prism" is a thing's name, "judaism" a creed's


def _doctrine(words: list[str]) -> bool:
    return (
        bool(words)
        and len(words[-1]) >= MIN_DOCTRINE
        and words[-1].endswith("ism")
        and not _SMALL_WORDS & set(words)
    )


# An abbreviation right after the lower-case words it stands for: "coronal mass ejection (CME)".
_DEFINED = re.compile(r"((?:\b[a-z][\w-]*\s+){2,8})\(([A-Z]{2,6})s?\)")
# ... and "a cost-of-living rise, or COLR,": the same definition with ", or" for the brackets.
_DEFINED_OR = re.compile(r"((?:\b[a-z][\w-]*\s+){1,7}[a-z][\w-]*),?\s+or\s+([A-Z]{2,6})s?\b")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "a", "an", "with"})


def defined_terms(text: str) -> set[str]:
    """Abbreviations the text defines with lower-case words: terms of art ("vertical protection
    level (VPL)"), not names, however spaCy tags them. The initials of the last words, small
    words and hyphens aside (or with the small words: "cost-of-living"), must spell the
    abbreviation."""
    out = set()
    for match in (*_DEFINED.finditer(text), *_DEFINED_OR.finditer(text)):
        every = [w for w in re.split(r"[\s-]+", match[1]) if w]
        abbr = match[2]
        for words in ([w for w in every if w not in _SMALL_WORDS], every):
            if "".join(w[0] for w in words[-len(abbr) :]).upper() == abbr:
                out.add(abbr)
    return out


_PARTY_STATE = re.compile(r"^\(?[RDI]\s*-\s*[A-Z][\w. ]*?\.?(?:,\s*|\)\s*|$)")


def _clean_role(role: str | None) -> str | None:
    """A role without a party-and-state label ("R-Ind., a leader of ..."), or None when nothing
    like a function is left: "R", "co" (of "co-founder"), a handle "@alplicable", a name."""
    if not role:
        return None
    role = _PARTY_STATE.sub("", role).strip(" ,;")
    role = re.sub(r"^(?:an?|the)\s+", "", role)
    if role.split()[:1] == ["not"]:
        return None  # "Ivo Kelner, not the campaign chairman": what the person is not
    # ", who said ...": a clause about the person after the role, not part of it.
    role = re.split(r",\s+(?:who|which|whose)\b", role)[0].strip(" ,;")
    # "watchmaker, and Una Dahl, a seamstress", "director; and counsel Ada Lind": a semicolon
    # or ", and" starts the next item of a list, another person's.
    role = re.split(r"\s*;\s*|\s*,\s+and\s+", role)[0].strip(" ,;")
    if not _balanced(role):
        return None  # "knee ) and linebacker Eli Dorn ( hamstring": text between two asides
    if len(role.rstrip(".")) <= 2 or role.startswith("@") or not re.search(r"[A-Za-z]", role):
        return None
    if _NUMBERED_MODIFIER.fullmatch(role):
        return None  # "the 100-member Senate", "a 12-year-old": a modifier, not a function
    if role.split()[0].lower() in ("who", "which", "that", "whose"):
        return None  # "D-N.Y., who pushed the measure": a clause, not a function
    words = re.findall(r"[\w.’']+", role)
    # No lower-case word: "Pentagon", "Billy", a reign "r. 1300-22 AD", but "Rep.", "King".
    if not any(w.isalpha() and w.islower() and len(w) > 2 for w in words):
        titled = {w.lower().rstrip(".") for w in words}
        if not (titled & _TITLE_WORDS) and not any(role_like(w) for w in words):
            return None
    if role_head(role) in _NOT_ROLES:
        return None  # "a controversial figure", "the subject of an inquiry": not a function
    if _plural(role_head(role)):
        return None  # "Velmont Post reporters", "daughters", "14 points": not one person's
    if role_head(role) in _STANCES and not any(
        (role_like(part) or role_head(part) in _TITLE_WORDS) and role_head(part) not in _STANCES
        for part in re.split(r"\s+and\s+", role)[:-1]
    ):
        return None  # "a proponent of dialogue", but "a radio host and Velt supporter"
    if _beside_not_about(role):
        return None
    return role


# A number joined by hyphens to a word or two: an adjective before a noun, never a noun itself.
_NUMBERED_MODIFIER = re.compile(r"\d[\d,.]*(?:-[a-z]+){1,3}")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _plural(word: str) -> bool:
    """A plural noun by its ending ("reporters", "points"), not a singular in -ss, -us or -is
    ("boss", "alumnus", "marquis"). A suffix test: the role is a string here, with no tag."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# Words that cannot open or close a description of a person: a role is a noun phrase ("deputy
# director of Y"), so a phrase led by "no" or "by", or ending on "by-" or "to", is the text that
# merely sits next to the name ("no known relation to the mayor", "News article by- X").
# fmt: off
_FUNCTION_WORDS = frozenset({
    "no", "by", "of", "to", "for", "from", "with", "and", "or", "but", "as", "at", "in", "on",
    "about", "after", "before", "than", "via", "per", "if", "when", "while",
})
# Page furniture that runs into a name: a credit line or a teaser, not a function.
_FURNITURE_WORDS = frozenset({
    "article", "photo", "photos", "video", "image", "credit", "posted", "updated", "subscribe",
    "advertisement", "newsletter", "click",
})
# fmt: on


def _beside_not_about(role: str) -> bool:
    """Whether a role candidate is neighbouring text rather than a description of the person:
    led or ended by a function word, or holding a page-furniture word."""
    words = re.findall(r"[A-Za-z]+", role.lower())
    if not words:
        return True
    # The furniture word must be in the head phrase, before the first function word: "News
    # article by-", not "a woman leading a campaign to put a poet's image on a stamp".
    head = next((words[:i] for i, w in enumerate(words) if w in _FUNCTION_WORDS), words)
    return (
        words[0] in _FUNCTION_WORDS
        or words[-1] in _FUNCTION_WORDS
        or bool(_FURNITURE_WORDS & set(head))
    )


# Heads of an apposition that describe how a person is seen or what they favour, not what they
# do ("a proponent of more dialogue").
# fmt: off
_NOT_ROLES = frozenset({
    "figure", "subject", "slate", "honour", "honor", "example", "focus", "symbol", "part",
    "sort", "kind",
    # an event or an act set after the phrase a name ends ("a summit hosted by X, an event
    # meant to ..."): said of the phrase, not of the person
    "event", "meeting", "summit", "gathering", "ceremony", "occasion", "move", "step",
    "decision", "effort", "attempt",
})
# Heads that say what a person favours, a role only beside a function ("host and supporter").
_STANCES = frozenset({"proponent", "opponent", "supporter", "admirer"})
# fmt: on


# fmt: off
ORG_WORDS = frozenset({
    "university", "college", "institute", "school", "club", "council", "committee", "union",
    "ministry", "company", "party", "agency", "bank", "group", "association", "center",
    "centre", "foundation", "office", "department", "court", "army"
})
# fmt: on


_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ary")
# fmt: off
_ROLE_WORDS = frozenset({
    "fellow", "head", "chief", "member", "official", "envoy", "deputy", "aide", "staff", "expert",
    "analyst", "diplomat", "economist", "scientist", "candidate", "mayor", "judge", "ceo",
})
# fmt: on


def role_like(role: str) -> bool:
    """Whether a role's head noun names a person's function (hand-written suffixes and words:
    spaCy has no semantic classes): "director", "spokesman", "economist", not "cornerstone"."""
    head = role_head(role)
    return head in _ROLE_WORDS or head.endswith(_ROLE_SUFFIXES)


# Last words that make a name an organisation's, whatever spaCy's votes (not "union": "Soviet
# Union" is a place; not "bank": "West Bank"; not "center" or "office": "Rockefeller Center").
# fmt: off
ORG_HEADS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "corporation", "company", "university",
    "college", "institute", "school", "council", "committee", "ministry", "party", "agency",
    "association", "foundation", "department", "court", "commission", "society", "senate",
    "congress", "parliament", "journal", "nations", "organization", "organisation",
    "caucus",  # "the Progressive Caucus": a legislature's group, never a surname
})
# fmt: on


# More heads of bodies, over a place's or a body's label only (a person keeps the label: these
# are rarer in names, and a person's role is the parse's own evidence).
# ("group": "Orsa Steel Group", which the small model tags a place)
_BODY_HEADS = frozenset(
    {"services", "service", "board", "bureau", "administration", "authority", "department", "group"}
)
# The lower houses of legislatures, whose last word is no body's head ("Representatives").
_LEGISLATURE = re.compile(r"\bhouse of (?:representatives|commons|lords|delegates)$")


# Last words that make a multi-word name a place's: no surname ends so ("Velta Cathedral",
# "Orsa Airport") ...
# fmt: off
_PLACE_HEADS = frozenset({
    "cathedral", "mosque", "airport", "avenue", "boulevard", "square", "palace", "peninsula",
    "island", "islands", "river", "canyon", "harbor", "harbour", "county",
    "ave", "aves", "rd", "blvd",  # street abbreviations: "Tovel Ave", "Marn Rd"
    # structures the small model tags ORG ("Orsa Central Terminal", "the Velta Monument")
    "monument", "terminal", "armory", "armoury", "dome", "stadium", "arena", "plaza",
    # a hiking route and a rock unit, tagged PERSON ("the Orsa Trail", "the Velm Formation")
    "trail", "formation",
})
# ... and last words of uplands and a residential street, only over a person's label: no one's
# surname ("Orsa Highlands", "Velm Drive" tagged PERSON), but a body may be named after such a
# place ("the Orsa Highlands prison" tagged ORG stays a body).
_UNPEOPLED_PLACE_HEADS = frozenset({"highlands", "mountains", "heights", "drive"})
# ... and last words that may be a surname ("Anita Hill"), so only over an organisation's label
# ("Capitol Hill", which spaCy tags ORG when it stands for Congress).
_SURNAME_PLACE_HEADS = frozenset({
    "hill", "street", "park", "lake", "bay", "beach", "castle", "tower", "bridge", "corner",
    "gate", "mountain", "valley", "road", "coast",
})
# fmt: on


def _org_like(name: str) -> bool:
    return any(w.lower() in ORG_WORDS for w in name.split())


# -- products ----------------------------------------------------------------------------------

# Nouns that, right after a name, make it a piece of software ("the Explorer browser", "the
# Windows operating system"): the entity table has no type for products. Only software words
# that nobody's company or town is written before in news text ("phone", "chip" or "platform"
# follow their maker's name: "the Kelvo phone"). "code" and "injection" name a language ("Velscript
# code", "QLX injection"); a company's "Halvik code" is kept by the maker words below.
_PRODUCT_NOUNS = re.compile(
    r"\s+(?:web\s+)?(?:browser|software|operating\s+system|app|server|search\s+engine|"
    r"programming\s+language|spreadsheet|word\s+processor|code|injection)s?\b"
)
# Words after a name that say it is a company: a maker, even when its software is named after
# it ("Orvane software", "Orvane shares").
_MAKER_WORDS = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|executives?|officials|shares|stock|Corp|Inc|Co)\b"
)
# Verbs whose subject speaks or acts as a body: a product never "said" anything.
_MAKER_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "argue", "deny", "confirm"})
# A version number: "98" in "Windows 98", "2.0" in "Halvik 2.0" (two or four digits, or a
# decimal; not the one digit of "Channel 4" or "Terminal 1").
_VERSION = re.compile(r"^(?P<stem>.+?)\s+(?P<number>\d+\.\d+|\d{2}|\d{4})$")
# A person's name written as initials only ("W.J."): no name the table can show.
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")


def _products(brief: Brief, mentions: list[Mention]) -> set[str]:
    """Name keys of software products: names written before a software noun ("the Explorer
    browser") that never act as a maker does ("Orvane said", "Orvane shares"), and names with a
    version number ("Windows 98") whose stem is such a product, or which has a decimal version
    ("Halvik 2.0"), or whose stem the story gives with another version too ("Windows 95")."""
    texts = [src.original for src in brief.sources]
    names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        names[name_key(m.name)].add(m.name)
    speakers = {name_key(m.name) for m in mentions if m.speaks}
    out: set[str] = set()
    # Walk the software nouns (rare) and look up the name just before each, rather than search
    # every text for every name (names x text: 5 s at 100 articles); only the few names found
    # are then searched for a maker's word.
    cued = _names_before(_PRODUCT_NOUNS, texts, names)
    for key in sorted(cued - speakers):
        pats = [re.compile(rf"\b{re.escape(n)}") for n in names[key]]
        if not any(_cue_after(p, t, _MAKER_WORDS) for p in pats for t in texts):
            out.add(key)
    # "Windows-Explorer": a pair of names joined by a hyphen, one of them a product.
    for key, written in names.items():
        parts = [name_key(p) for n in written for p in re.split(r"\s*[-–—]\s*", n)]
        if len(parts) > 1 and any(p in out for p in parts):
            out.add(key)
    versions = {n: v for n in {m.name for m in mentions} if (v := _VERSION.match(n))}
    stems: dict[str, set[str]] = defaultdict(set)
    for match in versions.values():
        stems[name_key(match["stem"])].add(match["number"])
    for name, match in versions.items():
        stem = name_key(match["stem"])
        if stem in out or "." in match["number"] or len(stems[stem]) > 1:
            out.add(name_key(name))
    # An edition or a part of a product, written after its name: "Windows XP", "Windows
    # Update"; and an edition's own letters and what follows them ("XP", "XP Professional").
    # Not after a word read as a place in most of its mentions ("US" before a software noun is
    # the country; the small model calls "Windows" a place now and then).
    votes = Counter((name_key(m.name), m.label == "place") for m in mentions)
    places = {k for k, is_place in votes if is_place and votes[k, True] > votes[k, False]}
    first = {k: k.split()[0] for k in names if " " in k}
    editions = {k for k, w in first.items() if w in out and w not in places}
    tails = {
        n.split()[-1].lower() for k in editions for n in names[k] if n.split()[-1].isupper()
    }
    out |= editions | {k for k, w in first.items() if w in tails} | (tails & names.keys())
    return out


_LAST_WORD = re.compile(r"(\S+)\s*$")


def _names_before(
    cue: re.Pattern[str], texts: list[str], names: dict[str, set[str]]
) -> set[str]:
    """Keys of the names (key -> written forms) written right before a match of ``cue``."""
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, written in names.items():
        for n in written:
            if n.split():
                by_last[n.split()[-1]].append((n, key))
    found: set[str] = set()
    for text in texts:
        for match in cue.finditer(text):
            end = match.start()
            last = _LAST_WORD.search(text, max(0, end - 60), end)
            for n, key in by_last.get(last.group(1), []) if last else []:
                start = end - len(n)
                if start >= 0 and text[start:end] == n and not text[start - 1 : start].isalnum():
                    found.add(key)
    return found


def _cue_after(name: re.Pattern[str], text: str, cue: re.Pattern[str]) -> bool:
    """Whether ``name`` is written right before ``cue`` somewhere in ``text``."""
    return any(cue.match(text, m.end()) for m in name.finditer(text))


# -- companies ---------------------------------------------------------------------------------

# Cues in the text that a name is a company's, which the small model tags PERSON or GPE
# ("Velmora said", "in Velmora"): its shares or stock, its chief executive, a corporate suffix,
# "X, the company". A name of one to four capitalised words; the cue's side of it is kept.
_CAPS = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
_COMPANY_BEFORE = re.compile(
    rf"(?P<name>{_CAPS})(?:['’]s\s+(?:shares|stock|share\s+price|stock\s+price|chief\s+"
    r"executive|CEO|chief\s+financial\s+officer|shareholders|board\s+of\s+directors)\b"
    r"|,?\s+(?:Inc|Corp|Ltd|LLC|PLC|plc|GmbH)\b"
    r"|,\s+the\s+(?:[a-z]+\s+)?company\b(?![’'-]))"  # ", the mining company"
)
# A spokesperson is a company's only after a one-word name ("Velmora's spokesperson"); a
# person's is written after a surname too, but then the person has a full name in the story.
_COMPANY_SPOKESPERSON = re.compile(r"(?P<name>[A-Z][\w&.-]*)['’]s\s+spokes(?:person|man|woman)\b")
# A spokesperson named after the body they speak for, with no possessive: "Orsa Mart spokeswoman
# Ada Velt said" (a person's spokesperson is written with one, "Velt's spokesman"). Only before
# a person's name of two capitalised words, which makes the noun a role and not a headline's.
_SPOKESPERSON_FOR = re.compile(
    rf"(?P<name>{_CAPS})\s+(?:spokes(?:man|woman|person)|representative)\s+[A-Z][a-z]+\s+[A-Z]"
)
_COMPANY_AFTER = re.compile(rf"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?(?P<name>{_CAPS})")
# Cues that a name is a platform (a company's service): "a Snapgab post", "Twindle users"
# (lower-case nouns: "the Halvik Post" is a newspaper) ...
_PLATFORM_BEFORE = re.compile(
    rf"(?P<name>{_CAPS})\s+(?:post|posts|account|accounts|user|users|app|feed)\b"
)
# ... "Orsa-based Kelvane": what is based somewhere, written right after, is a body (a person
# is written with a noun between, "Orsa-based lawyer Ada Velt") ...
_BASED_AFTER = re.compile(rf"\b[A-Z][\w.'’]*-based\s+(?P<name>{_CAPS})")
# ... "posted on Twindle" ...
_POSTED_ON = re.compile(
    rf"\b(?:posted|posting|wrote|tweeted|tweeting|shared)\s+on\s+(?P<name>{_CAPS})"
)
# ... and "said on Twindle", "went on Twindle to ask", "confirmed it on Twindle", only of a name
# tagged a person: a place is also spoken on ("said on Capitol Hill"). (Only a pronoun between:
# "announced sanctions on Velt", "said the pressure on Velt" are about a person.)
_SAID_ON = re.compile(
    r"\b(?:said|saying|added|adding|announced|commented|went|confirmed)\s+(?:it\s+|this\s+)?on\s+"
    rf"(?P<name>{_CAPS})"
)
# ... and "wrote a statement on Twindle", "posted a video on Snapgab": what is posted on it, only
# a post's nouns ("wrote a book on Velt" is about a person) and only of a name tagged a person.
_POST_ON = re.compile(
    r"\b(?:posted|wrote|tweeted|shared|published|issued)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?:statement|message|post|video|photo|picture|clip|thread)\s+on\s+"
    rf"(?P<name>{_CAPS})"
)
# ... and "people on Snapgab", "users on Snapgab", "jokes on Snapgab": people and their posts are
# on a platform, not on a person (again only of a name tagged a person; "comments on Velt" and
# "pressure on Velt" are about one, so not those nouns).
_USERS_ON = re.compile(rf"\b(?:people|users|followers|jokes|memes)\s+on\s+(?P<name>{_CAPS})")
# "according to Tessaly data": a database's, only of a name tagged a person ("Velmark data" of
# a place is its own).
_DATA_BEFORE = re.compile(rf"(?P<name>{_CAPS})\s+data\b")
# "Halvern says its pill works", "Tessaly and its partner": a body's pronoun right after the
# name or its speech verb, only of a one-word name tagged a person (a person's "its" follows
# another noun: "Velt said the agency exceeded its power").
_ITS_AFTER = re.compile(rf"(?P<name>{_CAPS})\s+(?:says|said|announced|added|stated|and)\s+its\b")


# A maker named by its product ("the Kelvax vaccine", "a Dornig dose", "Orvane's pill", "the
# Kelvax or Dornig shots"): a name right before a product noun of a made thing. Only names
# tagged a person, without a role or a first name (a place's "vaccine rules" are its own).
_PRODUCT_MADE = (
    r"(?:vaccines?|shots?|doses?|jabs?|boosters?|drugs?|pills?|tablets?|phones?|smartphones?|"
    r"cars?|trucks?|laptops?)\b"
)
# A disease's name may stand before the product noun: a code with a digit or a word in capitals
# ("Orvane's Velmo-21 vaccine", "the VELMO shots"). A policy noun after the product makes it a
# person's policy, not a product ("Dansk's vaccine mandate").
_DISEASE_CODE = r"(?:(?:[A-Za-z]+-?\d+|[A-Z]{3,})\s+)?"
_POLICY_AFTER = (
    r"(?!\s+(?:mandates?|rules?|requirements?|plans?|polic(?:y|ies)|orders?|push|passports?|"
    r"campaigns?|drives?|rollouts?|strateg(?:y|ies)|programs?|laws?)\b)"
)
_PRODUCT_MADE = rf"{_DISEASE_CODE}{_PRODUCT_MADE}{_POLICY_AFTER}"
_MAKER_BEFORE = re.compile(rf"(?P<name>{_CAPS})(?:['’]s)?\s+{_PRODUCT_MADE}")
# A list of up to five makers before the product noun ("the Kelvax, Dornig and Brill & Brill
# vaccines", "Dornig and Kelvax and Brill & Brill"): each name but the last is matched with the
# rest of the list in a look-ahead, so every one of them is found.
_LIST_ITEM = rf"{_CAPS}(?:\s+&\s+{_CAPS})?(?:['’]s)?"
_LIST_SEP = r"(?:,\s+|,?\s+(?:or|and)\s+)"
_MAKER_LISTED = re.compile(
    rf"(?P<name>{_CAPS})(?:['’]s)?"
    rf"(?={_LIST_SEP}(?:{_LIST_ITEM}{_LIST_SEP}){{0,3}}{_LIST_ITEM}\s+{_PRODUCT_MADE})"
)


# Plural nouns of bodies before a list of names ("militia groups, including X (XB) and Y",
# "carriers such as X"): the names are bodies, which no person's name is. Only nouns no person
# is counted among ("rivals, including Ada Lind" may be people).
# fmt: off
_BODY_PLURALS = frozenset({
    "companies", "firms", "groups", "agencies", "networks", "platforms", "apps", "banks",
    "parties", "charities", "chains", "brands", "militias", "startups", "airlines", "carriers",
    "insurers", "retailers", "automakers", "newspapers", "outlets", "organizations",
    "organisations", "manufacturers", "drugmakers", "lenders", "broadcasters", "unions",
})
# fmt: on
# A listed name may hold an apostrophe or a lower-case "al-" ("Harqat al-Velbani"): it is
# bounded by the list's commas and "and", not by a possessive.
_LISTED = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z]|al-|el-)[\w&.'’-]*){0,4}(?:\s+\([A-Z]{2,6}\))?"
_BODY_LIST = re.compile(
    rf"\b(?P<noun>[a-z]+),?\s+(?:including|such\s+as)\s+"
    rf"(?P<list>{_LISTED}(?:,\s+{_LISTED}){{0,4}}(?:,?\s+(?:and|or)\s+{_LISTED})?)"
)


_WORKS_AT = re.compile(rf"\bat\s+(?:the\s+)?(?P<name>{_CAPS})")


def _listed_bodies(texts: list[str]) -> set[str]:
    """Name keys listed after a plural noun of bodies (see ``_BODY_LIST``)."""
    out: set[str] = set()
    for text in _near(texts, ("including", "such as")):
        for m in _BODY_LIST.finditer(text):
            if m["noun"] not in _BODY_PLURALS:
                continue
            for item in re.split(r",\s+|\s+(?:and|or)\s+", m["list"]):
                item = re.sub(r"\s*\([A-Z]+\)$", "", item.strip(" ,"))
                if item:
                    out.add(name_key(item))
    return out


# (" car " and its forms, not "car" inside "career" or "scar", which are everywhere.)
# fmt: off
_MADE_WORDS = (
    " vaccine", " shot", " dose", " jab", " booster", " drug", " pill", " tablet", " phone",
    " smartphone", " car ", " cars", " car.", " car,", " truck", " laptop",
)
# fmt: on
# Literal words each cue holds: the cues' regexes run only on the text around them (a regex
# that starts with a name is tried at every capital letter; six such passes over every source
# cost a fifth of the stage at 100 articles).
# fmt: off
_CUE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _COMPANY_BEFORE: (
        "shares", "stock", "chief", "CEO", "shareholders", "board of", "Inc", "Corp", "Ltd",
        "LLC", "PLC", "plc", "GmbH", " company",
    ),
    _COMPANY_SPOKESPERSON: ("spokes",),
    _SPOKESPERSON_FOR: ("spokes", "representative"),
    _PLATFORM_BEFORE: ("post", "account", "user", "app", "feed"),
    _COMPANY_AFTER: ("hares", "tock"),
    _BASED_AFTER: ("-based",),
    _POSTED_ON: (
        "posted on", "posting on", "wrote on", "tweeted on", "tweeting on", "shared on",
    ),
    _SAID_ON: ("d on ", "g on ", "went on ", " it on ", " this on "),
    _POST_ON: (
        "statement on ", "message on ", "post on ", "video on ", "photo on ", "picture on ",
        "clip on ", "thread on ",
    ),
    _USERS_ON: ("people on ", "users on ", "followers on ", "jokes on ", "memes on "),
    _DATA_BEFORE: (" data",),
    _ITS_AFTER: (" its ",),
    _MAKER_BEFORE: _MADE_WORDS,
    _MAKER_LISTED: _MADE_WORDS,
}
# fmt: on
# How far around a cue's word its name may stand, in characters.
CUE_REACH = 100


def _near(texts: list[str], words: tuple[str, ...]) -> Iterator[str]:
    """The passages of ``texts`` around each occurrence of ``words`` (str.find: a literal
    search, far faster than a regex pass), overlapping ones merged, each starting at a word."""
    for text in texts:
        spans = []
        for word in words:
            i = text.find(word)
            while i >= 0:
                spans.append((max(0, i - CUE_REACH), i + len(word) + CUE_REACH))
                i = text.find(word, i + 1)
        spans.sort()
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            if a > 0:  # start after a space, not inside a word ("Donald" of "McDonald")
                a = text.find(" ", a) + 1 or a
            yield text[a:b]


def _cued_names(
    texts: list[str], before: tuple[re.Pattern[str], ...], after: tuple[re.Pattern[str], ...]
) -> set[str]:
    """Name keys written right before a cue of ``before`` or right after one of ``after`` (each
    cue's capitalised run: every ending of it before a cue and every beginning after one, as a
    sentence's first word may run into the name)."""
    out: set[str] = set()
    for cue in before:
        for text in _near(texts, _CUE_WORDS[cue]):
            for m in cue.finditer(text):
                if _placed(cue, m, text):
                    continue
                words = name_key(m["name"]).split()
                out.update(" ".join(words[i:]) for i in range(len(words)))
    for cue in after:
        for text in _near(texts, _CUE_WORDS[cue]):
            for m in cue.finditer(text):
                words = name_key(m["name"]).split()
                out.update(" ".join(words[: i + 1]) for i in range(len(words)))
    return out


# A name right after a place preposition is where something happens, not who speaks: "mines in
# Kelvania, the company said", "the rights centre in Kelvania reported" (the cue is the clause's
# subject's). "An article in the Kelby Herald reported" is an outlet's, hence no "the" for
# "reported"; a company is not written "in the X, the company said".
_IN_BEFORE = re.compile(r"\b(?:in|near|into)\s+(?:the\s+)?$")
_IN_BEFORE_BARE = re.compile(r"\b(?:in|near|into)\s+$")


# A sentence's end inside a capitalised run: a word of two lower-case letters or more, then a
# full stop and a capital ("in March. Velmora reported"); not a title's or a firm's abbreviation
# ("Gov.", "Inc."), which is written before or within a name.
_SENTENCE_END = re.compile(r"(?P<word>[A-Z][\w&-]*[a-z]{2})\.\s+(?=[A-Z])")


def _last_sentence_start(name: str) -> int:
    """Where the part of a capitalised run after its last sentence end starts (0 if none): the
    name a cue after the run is said of ("Velmora" of "March. Velmora reported")."""
    start = 0
    for m in _SENTENCE_END.finditer(name):
        word = m["word"].lower()
        if not {word, f"{word}."} & (TITLES | _RANKS | _CORPORATE_SUFFIXES):
            start = m.end()
    return start


def _placed(cue: re.Pattern[str], m: re.Match[str], text: str) -> bool:
    """Whether the name of a company's ", the company" cue or an outlet's "X reported" cue is
    written after "in" (see ``_IN_BEFORE``). The run may cross a sentence's end ("in March.
    Velmora reported"): the "in" before it is then the last sentence's, not the name's."""
    before = text[max(0, m.start("name") - 12) : m.start("name")]
    if cue is _X_REPORTED:
        if _last_sentence_start(m["name"]):
            return False
        return bool(_IN_BEFORE_BARE.search(before))
    if cue is _COMPANY_BEFORE and "company" in text[m.end("name") : m.end()]:
        return bool(_IN_BEFORE.search(before))
    return False


def _relabel_companies(ents: list[Entity], texts: list[str]) -> None:
    """Entities tagged a person or a place that the text treats as a company or a platform
    become organisations, across all their mentions. A person with a role keeps the label: the
    role is the parse's own evidence ("Tesla CEO Ivo Brandt ... Brandt's shares")."""
    cued = _cued_names(
        texts,
        (_COMPANY_BEFORE, _COMPANY_SPOKESPERSON, _PLATFORM_BEFORE),
        (_COMPANY_AFTER, _POSTED_ON, _BASED_AFTER),
    )
    spoken_on = _cued_names(texts, (_DATA_BEFORE, _ITS_AFTER), (_SAID_ON, _POST_ON, _USERS_ON))
    # A product's maker ends the name before the product noun: its last word or words only.
    spoken_on |= _cued_names(texts, (_MAKER_BEFORE, _MAKER_LISTED), ())
    listed = _listed_bodies(texts)
    spoken_for = _cued_names(texts, (_SPOKESPERSON_FOR,), ())
    # "a global fellow at the Orsa Center": where a person works is a body (only "at": the
    # "of" of "governor of Orsa" names a place), unless its name says it is a place ("a park
    # warden at Orsa National Park").
    listed |= {
        key
        for e in ents
        if e.label == "person" and e.role
        for m in _WORKS_AT.finditer(e.role)
        if e.role[m.end() : m.end() + 1] not in ("'", "’")  # "at Ada Lind's clinic"
        and (key := name_key(m["name"])).split()[-1] not in _PLACE_HEADS | _SURNAME_PLACE_HEADS
    }
    if not cued and not spoken_on and not listed and not spoken_for:
        return
    # (the last words of people's full names: "Ada Velt spokesman" is not written of a person,
    # but a full name whose surname is a person row of its own is one, whatever follows it)
    surnames = {e.name for e in ents if e.label == "person" and " " not in e.name}
    for e in ents:
        if e.label == "organization" or e.role:
            continue
        keys = {name_key(n) for n in (e.name, *e.aliases)}
        if keys & listed:
            e.label = "organization"  # "groups, including Harqat Velbani": never a person
            continue
        if e.label == "person" and keys & spoken_for and e.name.split()[-1] not in surnames:
            e.label = "organization"  # "Orsa Mart spokeswoman Ada Velt": the body she speaks for
            continue
        if e.label == "person" and len(e.name.split()) > 1:
            continue  # "Ada Kellworth": a person's full name; her "shares" are her own
        if keys & cued or (e.label == "person" and keys & spoken_on):
            e.label = "organization"


# Time zones written after a clock time ("9 a.m. ET"), which the small model tags PERSON.
# fmt: off
_TIME_ZONES = frozenset({
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest",
})
# fmt: on
# An all-capitals word this long is a shouted common word ("CANCER"), not a person's initials
# ("AOC", "JFK").
MIN_SHOUTED = 4
# A surname and one or two bare initials, as a reference list writes its authors ("Velk AB,").
_CITATION_NAME = re.compile(r"^[A-Z][\w'’-]+ [A-Z]{1,2}$")
_CITATION_CUE = re.compile(r"\b[A-Z][a-z'’-]+ [A-Z]{1,2}[,.]")
# Distinct such authors in the texts that make a reference list.
MIN_CITATIONS = 3


def _no_person(e: Entity, joined: str) -> bool:
    """A "person" that is a common word, a time zone or an author in a reference list."""
    if e.label != "person" or e.role:
        return False
    written = [e.name, *e.aliases]
    if _CITATION_NAME.match(e.name):
        return len(_citations(joined)) >= MIN_CITATIONS
    if len(e.name.split()) != 1:
        return False
    if name_key(e.name) in _TIME_ZONES or any(
        n.isupper() and len(n) >= MIN_SHOUTED and n.isalpha() for n in written
    ):
        return True
    # A common noun: written in lower case more often than capitalised inside a sentence
    # ("Booster clinics ..." at a sentence's start, "the booster" elsewhere); a surname that is
    # also a word ("Price said") is capitalised wherever it names the person.
    word = e.name
    # A disease written before its cases ("Covid cases", "the Velmo outbreak") in most of its
    # uses: no person's name is.
    sick = _disease_uses(joined).get(word, 0)
    if sick and sick * 2 >= _count_word(joined, word):
        return True
    if not word.isalpha() or not word[0].isupper() or word.lower() not in joined:
        return False  # (a literal search first: most names are never written in lower case)
    n_lower = _count_word(joined, word.lower())
    return bool(n_lower) and n_lower > _count_word(joined, word, inside=True)


MIN_SHOUTED_WORD = 5  # letters: shorter capitals are mostly acronyms ("NASA", "NATO")


def _shouted_word(e: Entity, joined: str) -> bool:
    """A one-word name written only in capitals ("CANCER", "FACTS" of a shouted heading) that
    the cluster also writes as a lower-case word: a common word, not a body's or a place's
    acronym (those are never written in lower case)."""
    written = [e.name, *e.aliases]
    if not all(n.isupper() and n.isalpha() and len(n) >= MIN_SHOUTED_WORD for n in written):
        return False
    word = e.name.lower()
    return word in joined and _count_word(joined, word) > 0


def _after_the(e: Entity, joined: str) -> bool:
    """A one-word "person" written after "the" wherever it stands ("the Acropolis", "The
    Departed", "the Grinch"): a building, a film or a character, which no person's bare name
    is. Read after the relabelling by cues ("the Karvia district" is a place) and not for a
    plural ("the Otters", a team: ``_relabel_teams`` makes it an organisation)."""
    word = e.name
    if e.label != "person" or e.role or " " in word or _plural(word.lower()):
        return False
    uses = _count_word(joined, word)
    if not uses or _count_word(joined, f"the {word}") + _count_word(joined, f"The {word}") < uses:
        return False
    # A person's name modifying a noun takes "the" too: "the Bolton and Pompeo teams", "the
    # Velt administration".
    return not re.search(rf"\b[Tt]he {re.escape(word)}\s+(?:and|or|&|{_ATTRIBUTIVE})\b", joined)


# Endings that make a place's or a people's name the plural of its people: "Orsans" of
# "Orsan", "Velmites" of "Velm", "Londoners" of "London".
_PEOPLE_ENDINGS = ("s", "ites", "ers")


def _without_peoples(ents: list[Entity]) -> list[Entity]:
    """Without a one-word "person" that is another row's place or body name with a plural's
    ending ("Velmites, fuelled by rumour, ..." beside the place "Velm"): the people of it, whom
    the small model tags a person. Not a person's row's: "Edwards" of "Edward" is a surname."""
    stems = {
        w.lower()
        for e in ents
        if e.label != "person"
        for w in [e.name, *e.aliases]
        if " " not in w
    }

    def people(e: Entity) -> bool:
        word = e.name.lower()
        return any(
            word.endswith(end) and word[: -len(end)] in stems for end in _PEOPLE_ENDINGS
        )

    return [
        e for e in ents if e.label != "person" or e.role or " " in e.name or not people(e)
    ]


# Nouns written after the name of a pathogen or a poison: "the Velmor virus", "the Kresh nerve
# agent", "Velmor bacteria". What is so named is no person, place or body, though the small model
# tags it one (not "fever": "Velt fever" is a craze for a person).
_AGENT_NOUNS = ("virus", "viruses", "nerve agent", "bacteria", "bacterium", "toxin")
_AGENT_USE = re.compile(
    rf"(?P<name>{_CAPS})\s+(?:virus|viruses|nerve\s+agent|bacteria|bacterium|toxin)\b"
)
_CUE_WORDS[_AGENT_USE] = tuple(f" {n}" for n in _AGENT_NOUNS)
# A people written as one: "the nomadic Dravani people". A country's people are written with its
# demonym ("the Orsan people"), which is no row; a place's name before "people" has a preposition
# of place elsewhere (see ``_without_agents_and_peoples``).
_PEOPLE_USE = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}(?P<name>{_CAPS})\s+people\b")
_CUE_WORDS[_PEOPLE_USE] = (" people",)


# A place one is in ("in Velmor", "across the Velm"); not "from", which a cause takes too
# ("symptoms from Kresh").
_WHERE_IN = r"\b(?:in|into|across|throughout|near)\s+(?:the\s+)?"


def _without_agents_and_peoples(ents: list[Entity], texts: list[str]) -> list[Entity]:
    """Without a row the text names as a virus, a poison or a people ("the Velmor virus", "the
    nomadic Dravani people") and never writes as a place one is in ("in Velmor"):
    the small model tags such a name a place or a person, and no label of the table fits it. Not
    a row with a role (the parse's own evidence of a person), a person's full name nor a body's
    ("the Orvane virus" may be malware spread in a company's name, "the Orvane people" its
    staff)."""
    agents = _cued_names(texts, (_AGENT_USE,), ())
    peoples = _cued_names(texts, (_PEOPLE_USE,), ())
    if not agents and not peoples:
        return ents

    def named_so(e: Entity) -> bool:
        if e.role or e.label == "organization" or (e.label == "person" and " " in e.name):
            return False
        written = [e.name, *e.aliases]
        keys = {name_key(n) for n in written}
        # (only a place's name for a people: "the Velt people" are a person's staff)
        if not keys & agents and not (e.label == "place" and keys & peoples):
            return False
        return not any(
            re.search(_WHERE_IN + re.escape(n) + r"\b", t)
            for n in written
            for t in texts
            if n in t
        )

    return [e for e in ents if not named_so(e)]


# A model's number between a maker's name and a model's: "911" in "Porsche 911 Carrera".
_MODEL_NUMBER = r"(?:\d[\w-]*\s+)?"
MODEL_REACH = 60  # characters read before a name for its maker's


def _without_models(ents: list[Entity], joined: str) -> list[Entity]:
    """Without a one-word "person" without a role that is written, wherever it stands, right
    after an organisation row's name (a model's number between them): a product its maker names,
    "a black Orvane 300 Tessa", which the small model tags a person. No person's bare name is
    written after a company's (a job's noun comes between: "Orvane chief Tessa")."""
    makers = sorted(
        {n for e in ents if e.label == "organization" for n in (e.name, *e.aliases)},
        key=lambda n: (-len(n), n),
    )
    if not makers:
        return ents
    after = re.compile(
        rf"(?<![\w'’.-])(?:{'|'.join(re.escape(n) for n in makers)})\s+{_MODEL_NUMBER}$"
    )

    def model(e: Entity) -> bool:
        if e.label != "person" or e.role or " " in e.name:
            return False
        uses = [
            i
            for i in _finds(joined, e.name)
            if not joined[i - 1 : i].isalnum()
            and not joined[i + len(e.name) : i + len(e.name) + 1].isalnum()
        ]
        return bool(uses) and all(after.search(joined[max(0, i - MODEL_REACH) : i]) for i in uses)

    return [e for e in ents if not model(e)]


# "Harqat Velbani members": the name of a group its members are counted in, which the small model
# tags a person (no person has members; a family's are written "the Velt family members").
_MEMBERS_BEFORE = re.compile(rf"(?P<name>{_CAPS})\s+members\b")
_CUE_WORDS[_MEMBERS_BEFORE] = (" members",)


def _relabel_member_bodies(ents: list[Entity], texts: list[str]) -> None:
    """A "person" without a role whose name is written before "members" is a group: an
    organisation. A full name whose surname is a person row of its own stays a person."""
    cued = _cued_names(texts, (_MEMBERS_BEFORE,), ())
    if not cued:
        return
    surnames = {e.name for e in ents if e.label == "person" and " " not in e.name}
    for e in ents:
        if e.label != "person" or e.role or e.name.split()[-1] in surnames:
            continue
        if {name_key(n) for n in (e.name, *e.aliases)} & cued:
            e.label = "organization"


# Nouns a person's name is written before, as "the X campaign".
_ATTRIBUTIVE = "administration|government|campaign|team|camp|family|presidency|era|years"


def _count_word(text: str, word: str, *, inside: bool = False) -> int:
    """How often ``word`` stands as a whole word in ``text`` (``inside``: not at the start of a
    line or a sentence). A literal search: a regex with these look-behinds is tried at every
    position of the text."""
    n, i = 0, text.find(word)
    while i >= 0:
        end = i + len(word)
        whole = not text[i - 1 : i].isalnum() and not text[end : end + 1].isalnum()
        if whole and i > 0 and inside:
            before = text[max(0, i - 3) : i].rstrip(" \"“")
            whole = bool(before) and before[-1] not in ".!?\n"
        n += whole and (i > 0 or not inside)
        i = text.find(word, end)
    return n


# Nouns written after a disease's name: "Covid cases", "Ebola patients".
# fmt: off
_DISEASE_NOUNS = (
    "cases", "outbreak", "outbreaks", "pandemic", "epidemic", "infections", "infection",
    "patients", "symptoms", "deaths", "vaccinations", "lockdown", "lockdowns",
)
# fmt: on
_DISEASE_USE = re.compile(rf"\b(?P<name>[A-Z][\w-]*)\s+(?:{'|'.join(_DISEASE_NOUNS)})\b")
_CUE_WORDS[_DISEASE_USE] = tuple(f" {n}" for n in _DISEASE_NOUNS)


@lru_cache(maxsize=8)  # one pass per cluster, for every one-word "person"
def _disease_uses(joined: str) -> Counter[str]:
    """How often each capitalised word is written right before a disease noun."""
    return Counter(
        m["name"]
        for text in _near([joined], _CUE_WORDS[_DISEASE_USE])
        for m in _DISEASE_USE.finditer(text)
    )


@lru_cache(maxsize=8)  # one pass per cluster, however many names have a citation's shape
def _citations(joined: str) -> frozenset[str]:
    return frozenset(m.group(0)[:-1] for m in _CITATION_CUE.finditer(joined))


# Cues that a name is a publication: "told the X", "reported by X", "X reported" (and a
# pollster's "polled by X").
_BODY_NOUNS_AFTER = (
    r"(?:government|administration|authorities|officials|embassy|military|army|navy|police|"
    r"delegation|ministry)\b"
)
# (Not a name before a body's noun, "told the Velmaria government", nor one that "reported to"
# someone, "Velmaria reported to the WHO": a country's, not a publication's; the look-ahead
# also bars a shorter run, "told the Velm" of "the Velm Harbor government".)
_TOLD_THE = re.compile(
    rf"\btold\s+the\s+(?P<name>{_CAPS})(?![\w&.-]|\s+[A-Z]|['’]?s?\s+{_BODY_NOUNS_AFTER})"
)
# ("economists polled by X": a firm's survey, said as of a publication's report)
_REPORTED_BY = re.compile(rf"\b(?:reported|polled|surveyed)\s+by\s+(?:the\s+)?(?P<name>{_CAPS})")
_X_REPORTED = re.compile(rf"(?P<name>{_CAPS})\s+(?:first\s+)?report(?:ed|s)\b(?!\s+to\b)")
# A publication's noun beside its name: "the Velmiki newspaper", "the conservative daily Orsa
# Typos", "Velmiki daily".
_PRESS_NOUNS = r"(?:newspaper|daily|weekly|magazine)"
_X_PAPER = re.compile(rf"(?P<name>{_CAPS})\s+{_PRESS_NOUNS}\b")
_PAPER_X = re.compile(rf"\b{_PRESS_NOUNS}\s+(?:[Tt]he\s+)?(?P<name>{_CAPS})")
_CUE_WORDS[_X_PAPER] = _CUE_WORDS[_PAPER_X] = ("newspaper", "daily", "weekly", "magazine")
_CUE_WORDS[_TOLD_THE] = ("told the",)
_CUE_WORDS[_REPORTED_BY] = ("reported by", "polled by", "surveyed by")
_CUE_WORDS[_X_REPORTED] = (" reported", " reports")


def _relabel_outlets(ents: list[Entity], brief: Brief) -> None:
    """News outlets are organisations: a source's own outlet field ("New York Times (News)") and
    the names the text gives as publications, which the small model often tags a place. "X
    reported" and "reported by X" may be said of a person, so they only overrule a place tag."""
    outlets = {
        name_key(re.sub(r"\s*\(.*?\)\s*$", "", src.outlet)) for src in brief.sources if src.outlet
    }
    texts = [src.original for src in brief.sources]
    told = _cued_names(texts, (), (_TOLD_THE,))
    # (the whole name after a press noun: "magazine The Hollywood Reporter" is not Hollywood)
    told |= {
        name_key(m["name"])
        for text in _near(texts, _CUE_WORDS[_PAPER_X])
        for m in _PAPER_X.finditer(text)
    }
    # ("the Orsa newspaper" may be a place's paper: the noun after a name overrules only a
    # person tag.)
    papers = _cued_names(texts, (_X_PAPER,), ())
    reported = _cued_names(texts, (_X_REPORTED,), (_REPORTED_BY,))
    for e in ents:
        if e.label == "organization":
            continue
        keys = {name_key(n) for n in (e.name, *e.aliases)}
        cued = (
            (not e.role and keys & told)
            or (e.label == "place" and keys & reported)
            # (a person said to report is named in full once: a lone word, never given a first
            # name or a role, that "reported" something is a publication, "Velmora reported")
            or (e.label == "person" and not e.role and " " not in e.name and keys & reported)
            or (e.label == "person" and not e.role and keys & papers)
        )
        if keys & outlets or cued:
            e.label = "organization"


# A person's cue for a name the small model tags an organisation: an age after it ("Marla Dene
# Voss, 34,") or an honorific before its last word ("Ms. Voss").
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"
# ... or a possessive of a thing only a person has: kin and a life's events ("Ivo Marten's
# widow", "Ivo Marten's funeral"). Not "report", "lawyers", "office": a firm has those too
# ("Orsa Halvik's report" may be a bank's), and the small model tags both kinds ORG before "'s".
_PERSON_POSSESSED = re.compile(
    r"['’]s?\s+(?:(?:late|former|estranged|ex-)\s+)?(?:wife|husband|widow|widower|sons?|"
    r"daughters?|mother|father|parents|brothers?|sisters?|children|family|girlfriend|boyfriend|"
    r"fianc[ée]e?|grand(?:mother|father|son|daughter|children)|death|funeral|birthday|"
    r"memoir|autobiography|childhood)\b"
    # (a firm's kin: "Orsa Mart's sister company", "its parent firm", "a family of funds")
    r"(?!\s+(?:compan(?:y|ies)|firms?|brands?|papers?|publications?|stations?|networks?|"
    r"channels?|ships?|of\b))"
)


def _person_possessed(name: str, text: str) -> bool:
    """Whether ``name`` is written before a possessive of a person's thing (see
    ``_PERSON_POSSESSED``): a literal search for the name, then the cue matched where it ends."""
    return any(
        _PERSON_POSSESSED.match(text, i + len(name))
        for i in _finds(text, name)
        if _WORD_EDGE.match(text, i)
    )


def _relabel_people(ents: list[Entity], joined: str) -> None:
    """Organisations named by two to four name-shaped words that the text gives a person's cue."""
    heads = ORG_HEADS | ORG_WORDS | _BODY_HEADS | _PLACE_HEADS | _SURNAME_PLACE_HEADS
    # The words written after an honorific, found in one pass.
    titled = set(re.findall(rf"\b{_HONORIFIC}([A-Z][\w'’-]*)", joined))
    for e in ents:
        words = e.name.split()
        if e.label != "organization" or not 2 <= len(words) <= 4:
            continue
        if not all(re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*\.?", w) for w in words):
            continue
        if {w.lower().rstrip(".") for w in words} & (heads | _CORPORATE_SUFFIXES):
            continue
        if _aged(e.name, joined) or words[-1] in titled or _person_possessed(e.name, joined):
            e.label = "person"
    # A full name tagged a place, after an age: "said 32-year-old protester Lyon Daravel" (no
    # place is so described; "Lyon" alone stays a place).
    for e in ents:
        words = e.name.split()
        if e.label == "place" and 2 <= len(words) <= 3 and e.name in joined:
            if {w.lower() for w in words} & (heads | _PLACE_PLURALS):
                continue
            # "Ruso Ventim, 35,": an age after the name too (not a count, "Orsa Falls, 3,400")
            if all(w[:1].isupper() and w[1:].islower() for w in words) and _aged(
                e.name, joined, exact=True
            ):
                e.label = "person"
                continue
            # (the name ends the noun phrase: "a 23-year-old Orsa City man" is from there)
            for i in _finds(joined, e.name):
                aged = _AGED_BEFORE.search(joined, max(0, i - AGE_REACH), i)
                if aged and not _NAME_GOES_ON.match(joined, i + len(e.name)):
                    e.label = "person"
                    break
    # "Orsa Knolls High School", "Orsa Knolls Principal Ivo Dane", "at Orsa Knolls": a full
    # name tagged a person, without a role, written before a body's head word ("School") and
    # followed by a capitalised word in most of its uses is that body (a person named in prose
    # is followed by a verb: "Ada Lind Joins Velta University" in a headline alone is not it).
    for e in ents:
        if e.label != "person" or e.role or len(e.name.split()) < 2:
            continue
        after = [
            m.group(1)
            for i in _finds(joined, e.name)
            if _WORD_EDGE.match(joined, i)
            and (m := _CAPITALS_AFTER.match(joined, i + len(e.name))) is not None
        ]
        nexts = [[w.lower() for w in a.split()] for a in after]
        if sum(1 for n in nexts if n) * 2 > len(nexts) and any(
            set(n) & (ORG_HEADS | ORG_WORDS) for n in nexts
        ):
            e.label = "organization"


# Last words of a publication's name ("Orsa Daily News", "the Velm Herald"), which the small
# model tags PERSON when written alone ("the News report"): no surname a full name tagged ORG
# shares with a person row ("Post" may be one, but "the Post reported" is the paper far oftener).
# fmt: off
_PUBLICATION_HEADS = frozenset({
    "news", "daily", "weekly", "magazine", "times", "post", "herald", "tribune", "gazette",
    "chronicle", "telegraph", "observer", "examiner", "bulletin", "courier", "inquirer",
})
# fmt: on


def _join_surnamed_bodies(ents: list[Entity]) -> list[Entity]:
    """A full name tagged an organisation ("Ivo Marten's new film" is often ORG) whose last
    word is a person row of its own ("Marten said"): one person, written in full once and by
    the surname after, as news prose names people. Only two or three name-shaped words with no
    body's, place's or company's word among them, and only when one such name ends on it."""
    heads = ORG_HEADS | ORG_WORDS | _BODY_HEADS | _PLACE_HEADS | _SURNAME_PLACE_HEADS
    surnames = {e.name: e for e in ents if e.label == "person" and " " not in e.name}
    bodies: dict[str, list[Entity]] = defaultdict(list)
    for e in ents:
        words = e.name.split()
        if e.label != "organization" or not 2 <= len(words) <= 3 or words[-1] not in surnames:
            continue
        if not all(re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*\.?", w) for w in words):
            continue
        if {w.lower().rstrip(".") for w in words} & (heads | _CORPORATE_SUFFIXES):
            continue
        bodies[words[-1]].append(e)
    gone: set[int] = set()
    for word, named in bodies.items():
        if len(named) != 1:
            continue  # "Ivo Marten" and "Ada Marten": either may be meant
        full, short = named[0], surnames[word]
        if word.lower() in _PUBLICATION_HEADS:
            # "the Daily News ... the News report": the word alone, tagged a person, is the
            # publication's short name, not a person's surname; the row stays the body's.
            full.aliases = sorted({*full.aliases, short.name, *short.aliases})
            full.sources = sorted({*full.sources, *short.sources}, key=_source_order)
            full.mentions += short.mentions
            gone.add(id(short))
            continue
        full.label, full.role = "person", short.role
        full.aliases = sorted({*full.aliases, short.name, *short.aliases})
        full.sources = sorted({*full.sources, *short.sources}, key=_source_order)
        full.mentions += short.mentions
        gone.add(id(short))
    return [e for e in ents if id(e) not in gone]


def _relabel_branches(ents: list[Entity]) -> None:
    """A "place" named by a body's one-word name and then a place's, "Velmark Orsa" beside the
    body "Velmark" and the place "Orsa": the body's branch or chapter there, which the small
    model tags a place from the place's name in it; no place is named after a body so."""
    bodies = {name_key(n) for e in ents if e.label == "organization" for n in (e.name, *e.aliases)}
    places = {name_key(n) for e in ents if e.label == "place" for n in (e.name, *e.aliases)}
    for e in ents:
        if e.label != "place":
            continue
        first, _, rest = name_key(e.name).partition(" ")
        if first in bodies and " " not in first and rest in places:
            e.label = "organization"


# An age right before a name ("said 32-year-old protester Lyon Daravel"), read back from the name
# (``AGE_REACH`` characters), and a name that goes on after it ("... Orsa City man").
AGE_REACH = 120
_AGED_BEFORE = re.compile(r"\b\d{1,3}\s?-\s?years?\s?-\s?old\s+(?:[a-z]+\s+){0,3}$")
_NAME_GOES_ON = re.compile(r"\s?[\w-]")
_WORD_EDGE = re.compile(r"\b")
_CAPITALS_AFTER = re.compile(r"\b((?:\s+[A-Z][a-z]+){0,3})")


def _finds(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text``, left to right, not overlapping (a literal search; the
    patterns tried around each place open on look-behinds or word edges, which a regex search
    of the whole text would try at every position)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + len(name))


# Names after a place noun: "the village of Darvesh", "the villages Kolbaran and Sirmeh", "the
# towns of A, B and C" (a singular noun only with "of": "the city Council" is a body).
_PLACE_LIST = re.compile(
    r"\b(?:(?:village|town|city|island|district|province|region|suburb)\s+of"
    r"|(?:villages|towns|cities|islands|districts|provinces|regions|suburbs)(?:\s+of)?"
    # (buildings of worship listed by name: "the great mosques of X, Y and Z")
    r"|(?:mosques|churches|temples|shrines|cathedrals)\s+of"
    # (examples: "towns like X, Y and Z", "cities such as X"; not "places like X": shops and
    # firms are "places" too, "at places like Orsa Mart")
    r"|(?:villages|towns|cities|islands|districts|provinces|regions|suburbs)\s+"
    r"(?:like|such\s+as|including))\s+"
    rf"(?P<list>{_LISTED}(?:,\s+{_LISTED}){{0,4}}(?:,?\s+(?:and|or)\s+{_LISTED})?)"
)
# Names listed before a plural place noun that they share: "Orsa, Velm and Dara counties" (a
# county, a province or a parish each; one name alone before it, "Velm Counties", is too rare a
# way of writing to trust). The plural is kept out of the last name.
_PLACE_LIST_AFTER = re.compile(
    rf"(?P<list>{_LISTED}(?:,\s+{_LISTED}){{0,4}},?\s+(?:and|or)\s+[A-Z][\w'’-]*)\s+"
    r"(?:[Cc]ounties|[Pp]rovinces|[Pp]arishes)\b"
)
# fmt: off
_PLACE_CUES = (
    "village", "town", "cit", "island", "district", "province", "region", "suburb", "mosques",
    "churches", "temples", "shrines", "cathedrals",
)
# fmt: on
_CUE_WORDS[_PLACE_LIST] = _PLACE_CUES
_CUE_WORDS[_PLACE_LIST_AFTER] = ("ounties", "rovinces", "arishes")
# A name written before "resident(s)", "neighbo(u)rhood" or "district" is where people live:
# "the Ostra Bel resident", "the Karvia district" (not "the Orsa County district attorney").
_PLACE_BEFORE = re.compile(
    rf"(?P<name>{_CAPS})\s+(?:residents?|neighbou?rhoods?|district(?!\s+(?:attorney|court|judge)))\b"
)
_CUE_WORDS[_PLACE_BEFORE] = (" resident", " neighbo", " district")


def _relabel_listed_places(ents: list[Entity], texts: list[str]) -> None:
    """Names the text calls villages, towns or cities (see ``_PLACE_LIST``) are places, over
    the small model's person or body tags, unless a role or a body's head word says otherwise."""
    listed: set[str] = set()
    for text in _near(texts, _CUE_WORDS[_PLACE_LIST]):
        for m in _PLACE_LIST.finditer(text):
            names = m["list"]
            if end := _SENTENCE_END.search(names):
                # "the region of Velmara. Police said": the list ends with its sentence
                names = names[: end.end("word")]
            for item in re.split(r",\s+|\s+(?:and|or)\s+", names):
                listed.add(name_key(item.strip(" ,")))
    for text in _near(texts, _CUE_WORDS[_PLACE_LIST_AFTER]):
        for m in _PLACE_LIST_AFTER.finditer(text):
            for item in re.split(r",\s+|\s+(?:and|or)\s+", m["list"]):
                # (a state's possessive opens the list: "Velmar's Orsa and Dara counties")
                listed.add(name_key(re.split(r"['’]s\s+", item.strip(" ,"))[-1]))
    for text in _near(texts, _CUE_WORDS[_PLACE_BEFORE]):
        listed.update(name_key(m["name"]) for m in _PLACE_BEFORE.finditer(text))
    if not listed:
        return
    heads = ORG_HEADS | ORG_WORDS | _BODY_HEADS | _CORPORATE_SUFFIXES
    for e in ents:
        if e.label == "place" or e.role or name_key(e.name).split()[-1] in heads:
            continue
        if name_key(e.name) in listed:
            e.label = "place"


# Plural last words of places' names ("Orsa Islands", "Twin Falls"), which no team's is.
# fmt: off
_PLACE_PLURALS = frozenset({
    "islands", "isles", "heights", "falls", "springs", "hills", "mountains", "lakes", "gardens",
    "keys", "states", "emirates", "territories", "plains", "woods", "highlands", "lowlands",
})
# fmt: on


def _relabel_teams(ents: list[Entity], joined: str) -> None:
    """A team named by a capitalised plural ("the Otters", "the Velmont Otters"), which the
    small model tags a person or a place, is an organisation. The cue is "the" before the
    plural: no person's name is written so ("Jones" is not "the Jones"). A one-word plural
    tagged a place keeps its label ("the Alps", "the Bahamas"); a longer one is a team when
    its first words name a place of the cluster ("Velmont Otters") and its plural is not a
    place's head ("Orsa Islands")."""
    places = {name_key(n) for e in ents if e.label == "place" for n in (e.name, *e.aliases)}
    for e in ents:
        if e.label == "organization" or e.role:
            continue
        words = e.name.split()
        last = words[-1]
        if not (last[:1].isupper() and last.isalpha() and _plural(last.lower())):
            continue
        if last.lower() in _PLACE_PLURALS:
            continue
        the = _count_word(joined, f"the {last}") + _count_word(joined, f"The {last}")
        if len(words) == 1:
            # Mostly written after "the": a team's nickname, not a surname.
            if e.label == "person" and the * 2 > _count_word(joined, last):
                e.label = "organization"
        elif the or _count_word(joined, f"the {e.name}"):
            town = name_key(" ".join(words[:-1]))
            own = [a for a in e.aliases if name_key(a) == town]
            if town in places or own:
                # (A team tagged a person may have taken its town's name as a first name.)
                e.label = "organization"
                e.aliases = [a for a in e.aliases if a not in own]
            elif e.label == "person" and _the_full_plural(e.name, joined):
                e.label = "organization"  # "the Velmont Otters have settled": not a person


def _the_full_plural(name: str, joined: str) -> bool:
    """Whether a capitalised plural name of two words or more is written whole after "the" and
    then ends its phrase ("for the Velmont Otters, the club", "called on the Velmont Otters to
    act"): a team's or a band's name; no person's full name is written so. Not before a noun
    or "and", where a person's name modifies one ("the Ada Velts campaign")."""
    return bool(
        re.search(
            rf"\b[Tt]he {re.escape(name)}(?:\s*[,.;:!?)”\"]|\s+(?:to|have|has|had|are|were|"
            r"who|that|in|on|at|for|of|with|from|will|would|said|say)\b)",
            joined,
        )
    )


# The last word of a town's public service written after the town's name ("Kesby Police",
# "Kesby Fire" of "Kesby Fire and Rescue"), which the small model tags a person or a place.
# A place's name abbreviated with full stops, as news agencies write states and provinces:
# "Calif.", "Fla.", "W.Va." (one or two parts, each a capital and small letters).
# The last full stop of a two-part one is sometimes left off ("W.Va").
_ABBREVIATED_PLACE = re.compile(r"[A-Z][a-z]*\.(?:[A-Z][a-z]*\.?)?")


MIN_ABBREVIATION = 3  # letters of a one-part abbreviation: "Calif.", "Fla.", not "Va."


def _abbreviates(parts: list[str], words: list[str]) -> bool:
    """Whether each part of the abbreviation is the letters, in order, of one word of the name
    from its first ("w" "va" of "west virginia", "fla" of "florida", "of" words skipped); a
    one-part abbreviation has at least three letters ("Va." could be "Vietnam"'s letters too)
    and is shorter than the word."""
    words = [w for w in words if w not in ("of", "the")]
    if len(parts) != len(words):
        return False
    if len(parts) == 1 and not (MIN_ABBREVIATION <= len(parts[0]) < len(words[0])):
        return False
    for part, word in zip(parts, words, strict=True):
        it = iter(word[1:])
        if part[0] != word[0] or not all(ch in it for ch in part[1:]):
            return False
    return True


def _join_abbreviated_places(ents: list[Entity]) -> list[Entity]:
    """A place abbreviated with full stops ("Calif.", "W.Va.") is the one place of the cluster
    whose words it abbreviates ("California", "West Virginia"); with two such places ("Ga." of
    "Georgia" and "Gaza") it is left alone. A rule rather than a table of postal abbreviations:
    no installed library lists the agencies' abbreviations, and the rule covers any country's."""
    places = [e for e in ents if e.label == "place"]
    merged: set[int] = set()
    for e in places:
        if not _ABBREVIATED_PLACE.fullmatch(e.name) or e.name.lower() in TITLES | _RANKS:
            continue  # (a title tagged a place, "Gen.", is no "Geneva")
        parts = [p.lower() for p in e.name.split(".") if p]
        cands = [
            p
            for p in places
            if p is not e
            and id(p) not in merged
            and not _ABBREVIATED_PLACE.fullmatch(p.name)
            and _abbreviates(parts, name_key(p.name).split())
        ]
        if len(cands) != 1:
            continue
        full = cands[0]
        full.aliases = sorted({*full.aliases, e.name, *e.aliases} - {full.name})
        full.sources = sorted({*full.sources, *e.sources}, key=_source_order)
        full.mentions += e.mentions
        merged.add(id(e))
    return [e for e in ents if id(e) not in merged]


_SERVICE_HEADS = frozenset({"police", "fire", "constabulary"})


def _relabel_town_services(ents: list[Entity]) -> None:
    """ "Kesby Police" is a body when "Kesby" is a place of the cluster (its own alias, another
    entry's name, or the town of another service, "Kesby Fire"); "Falling Fire", a novel, is
    not a town's fire service."""
    places = {name_key(n) for e in ents if e.label == "place" for n in (e.name, *e.aliases)}
    towns: Counter[str] = Counter()
    for e in ents:
        words = name_key(e.name).split()
        if len(words) > 1 and words[-1] in _SERVICE_HEADS:
            towns[" ".join(words[:-1])] += 1
    for e in ents:
        words = name_key(e.name).split()
        if e.label == "organization" or len(words) < 2 or words[-1] not in _SERVICE_HEADS:
            continue
        town = " ".join(words[:-1])
        if town in places or towns[town] > 1 or town in {name_key(a) for a in e.aliases}:
            e.label = "organization"
            e.role = None


# ", Marnia," after a name: the state or country a town is in (not "Marnia's envoy").
# (A comma after the place must not go on to another name: "Wink, Beauty Parade, Twitter" is a
# list.)
_IN_PLACE = re.compile(
    r"\s?,\s(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s?(?:[.;:]|,(?!\s?[A-Z]))(?!\w)"
)


def _relabel_located_places(ents: list[Entity], joined: str) -> None:
    """A "person" without a role written as "X, <a place of the cluster>," is a town in that
    state or country: "a man from Corvel, Marnia, called", "Dexter, Michigan.". A list of
    people ("Ivo Kelner, Marnia's coach") has a possessive, which the pattern leaves out."""
    places = {name_key(n) for e in ents if e.label == "place" for n in (e.name, *e.aliases)}
    for e in ents:
        if e.label != "person" or e.role:
            continue
        i = joined.find(e.name)
        while i >= 0:
            end = i + len(e.name)
            m = _IN_PLACE.match(joined, end)
            if m and name_key(m["place"]) in places and not joined[i - 1 : i].isalnum():
                e.label = "place"
                break
            i = joined.find(e.name, end)


# How a country's people are named from it: "Malian" of "Mali", "Syrian" of "Syria",
# "Pakistani" of "Pakistan", "Nigerien" of "Niger" (the stem written whole).
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ien", "i", "ese")
# A country's name after a preposition of place: "in Orsa", "from Orsa".
_PLACE_PREPOSITION = r"\b(?:in|from|across|throughout|into)\s+"


def _relabel_countries(ents: list[Entity], nationalities: set[str], joined: str) -> None:
    """A one-word "person" without a role whose people the cluster names (a NORP word made
    from it: "Malian" of "Mali") and which the text places things in ("in Mali") is a country,
    which the small model often tags a person. A full name of the same row written only at a
    sentence's start ("Landlocked Mali has ...") is that word with a capitalised adjective."""
    for e in ents:
        if e.label != "person" or e.role:
            continue
        word = e.name.split()[-1]
        if " " in e.name and not _opens_sentences_only(e, joined):
            continue
        if not any(word + end in nationalities for end in _DEMONYM_SUFFIXES):
            continue
        if not re.search(_PLACE_PREPOSITION + re.escape(word) + r"\b", joined):
            continue
        e.label = "place"
        if e.name != word:
            # (the adjective's name is no name of the country: dropped, not kept as an alias)
            e.aliases = sorted(a for a in e.aliases if a != word)
            e.name = word


def _opens_sentences_only(e: Entity, joined: str) -> bool:
    """Whether a two-word name is written once, opening a sentence, and its last word is one of
    the row's names on its own ("Landlocked Mali" beside "Mali")."""
    words = e.name.split()
    if len(words) != 2 or words[-1] not in e.aliases:
        return False
    uses = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(e.name)}\b", joined)]
    if len(uses) != 1:
        return False
    i = uses[0]
    before = joined[max(0, i - 4) : i]
    return i == 0 or joined[i - 1] == "\n" or re.search(r"[.!?]\s+$", before) is not None


_AGE = re.compile(r",\s+\d{1,3},")
_EXACT_AGE = re.compile(r",\s+\d{1,3},(?!\d)")


def _aged(name: str, text: str, *, exact: bool = False) -> bool:
    """Whether ``name`` is written with an age after it, "Marla Dene Voss, 34," (a literal
    search for the name, then the age matched where it ends: far faster than a regex pass);
    ``exact``: and no more digits after the age's comma ("Orsa, 3,400" is a count)."""
    age = _EXACT_AGE if exact else _AGE
    i = text.find(name)
    while i >= 0:
        if age.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


# -- 2. roles ----------------------------------------------------------------------------------


def _role(ent: Any) -> str | None:
    """A person's role as the sentence states it, or None."""
    for find in (_appos_role, _head_role, _body_title_role, _title_role, _copula_role):
        role = _clean_role(find(ent))
        if role and ent.label_ == "PERSON" and role_head(role) in ORG_HEADS - _THING_NOUNS:
            # "President Ana Velt, a harbour crisis committee was set up": a body
            # apposed to the name by a misparse, no person's role (the title still is one).
            # (A thing's noun, "Velt Ltd, a software company", says what the name is: kept.)
            continue
        if role:
            return role
    return None


def _appos_role(ent: Any) -> str | None:
    """ "X, deputy director of Y": an apposed noun after the name (not a list of names)."""
    for tok in ent:
        for child in tok.children:
            if child.dep_ != "appos" or child.i < ent.end or child.pos_ not in ("NOUN", "PROPN"):
                continue
            if child.left_edge.i > ent.end + 3:  # right after the name (or "X, 47, a ...")
                continue
            if ent.label_ != "PERSON" and not doc_word_is_lower(child):
                continue
            if child.ent_type_:  # another name in a list ("Ana Ruiz, Ivo Kelner, Ola Berg")
                continue
            if any(c.lower_ in ("other", "another") for c in child.children):
                continue  # "Ivo Kelner, other executives ... or the firm": a list, not a role
            before = ent.doc[child.left_edge.i - 1]
            if before.lower_ == "not" or any(c.lower_ == "not" for c in child.children):
                continue  # "Ivo Kelner, not the campaign chairman": what he is not
            if {t.text for t in ent.doc[ent.end : child.i]} & {"(", "["}:
                continue  # "Ivo Brandt (knee)": an aside in brackets (an injury), not a role
            return _span_text(list(child.subtree), ent.doc)
    return None


def doc_word_is_lower(tok: Any) -> bool:
    """A role noun ("director") rather than another name ("Yonsei University")."""
    return bool(tok.text[:1].islower())


def _head_role(ent: Any) -> str | None:
    """ "The council's spokesman, Arvid Lund": the name is apposed to its role."""
    root, head = ent.root, ent.root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.ent_type_ or head.i > ent.start:
        return None
    if ent.start - head.i > 2:  # the role ends right before the name, or before its comma
        return None
    # "moderator of the discussion Andrei Kov": the role is the whole "moderator of the ...".
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in ("of", "for", "at")
        and head.head.head.pos_ == "NOUN"
        and not head.head.head.ent_type_
        # Only a function ("moderator of ..."), not an event or a thing ("the resignation of
        # the mayor's adviser X", "an echo of ...": X is the adviser).
        and role_like(head.head.head.lower_)
    ):
        head = head.head.head
    if head.tag_ == "NNS":
        # "their planned rally names Governor Ada Lind": a plural noun is no one person's role
        # (here a verb read as a noun); the name's own title is left to ``_title_role``.
        return None
    if (
        not ent.doc[ent.start - 1].is_punct
        and any(c.dep_ == "det" for c in head.children)
        and not _relation_word(head.lower_)
    ):
        # "that the council release Ivo Marrek": a noun with its article right before the name
        # (no comma) is its role only when it names a function or a relation ("the brother",
        # "the spokesman"); a bare one is a title ("tight end Ivo Brandt", "former Halvik
        # Ivo Brandt").
        return None
    tokens = [t for t in head.subtree if t.i < ent.start]
    if not ent.doc[ent.start - 1].is_punct:
        # "mostly among the unvaccinated, top disease expert Ada Lind said": a title glued to
        # the name (no comma before it) holds no comma; what stands before one is the
        # sentence's own phrase the parser hung on the role noun.
        commas = [k for k, t in enumerate(tokens) if t.text == ","]
        if commas:
            tokens = tokens[commas[-1] + 1 :]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].dep_ == "cc"
        or tokens[-1].lower_.rstrip(".") in _BARE_TITLES  # "adviser Dr. Ada Lind"
    ):
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in ("its", "his", "her", "their", "our", "the", "a", "an"):
        tokens = tokens[1:]
    return _span_text(tokens, ent.doc)


# Relations written before a name ("her brother Ivo", "his wife Ada") that ``role_like``'s
# suffixes do not catch (by hand: spaCy has no semantic classes).
# fmt: off
_RELATIONS = frozenset({
    "wife", "husband", "son", "daughter", "sister", "widow", "friend", "girlfriend", "boyfriend",
    "fiance", "fiancee", "cousin", "uncle", "aunt", "niece", "nephew", "child", "stepson",
    "colleague", "buddy", "pal", "spouse", "mom", "dad", "grandson", "granddaughter",
})
# fmt: on


def _relation_word(word: str) -> bool:
    """A noun that names a person's function or relation (see ``_head_role``)."""
    return role_like(word) or word in _TITLE_WORDS or word in _RELATIONS


def role_words(tokens: list[Any]) -> bool:
    """Whether ``tokens`` are the words of a role between a body's name and its officer's
    ("<University of X> political scientist <Y>"): nouns, adjectives, names and "and", one of
    them a noun; no comma, verb or preposition. Quotes reads the same span for the speaker."""
    return any(t.pos_ == "NOUN" for t in tokens) and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") for t in tokens
    )


def _body_title_role(ent: Any) -> str | None:
    """ "University of Halvik political scientist" in "University of Halvik political scientist
    Eduardo Marquez": the parser hangs the name on the body's "of", so the name's own
    pre-modifiers (``_title_role``) would start inside the body's name and cut it. The role is
    the whole body's name and the role words after it (no comma or preposition among them)."""
    doc, root = ent.doc, ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or root.i != ent.end - 1:
        return None
    body = next((e for e in doc.ents if e.start <= prep.head.i < e.end), None)
    if body is None or body.label_ != "ORG" or not body.start <= prep.i < body.end:
        return None
    between = list(doc[body.end : ent.start])
    while between and between[-1].lower_.rstrip(".") in _BARE_TITLES:
        between = between[:-1]  # "director Dr.": the role without the address
    if not role_words(between):
        return None
    role = _span_text(list(doc[body.start : body.end]) + between, doc)
    # Only when the role's head is still its last word ("scientist"): a body's name with
    # "for" in it ("Office for Harbours director") would read as an office, not a director.
    return role if role and role_head(role) == between[-1].lower_ else None


def _title_role(ent: Any) -> str | None:
    """ "Russian President" in "Russian President Vladimir Putin": the name's own pre-modifiers."""
    doc, root = ent.doc, ent.root
    j = ent.start
    while j > root.left_edge.i and not (
        (doc[j - 1].is_punct and not _inner_hyphen(doc, j - 1)) or doc[j - 1].lower_ in ("the", "a")
    ):
        j -= 1
    tokens = list(doc[j : ent.start])
    while len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in _BARE_TITLES:
        tokens = tokens[:-1]  # "chief medical adviser Dr.": the role without the address
    while tokens and tokens[0].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        tokens = tokens[1:]  # "Even Sir Ivo Kelner": the adverb is not part of a title
    tokens = _without_rank(tokens)
    if not tokens or len(tokens) > 6 or tokens[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    if root.pos_ in ("VERB", "AUX") or any(t.dep_ in _CLAUSE_DEPS for t in tokens):
        # "The border visit in particular offers Kelner ...": the words before the name are the
        # clause's subject (the parser took the name for the verb), not the name's title.
        return None
    if all(t.lower_.rstrip(".") in _BARE_TITLES for t in tokens):
        return None  # "Mr.", "Sir", "Dr": a form of address, not a role
    if len(tokens) == 1 and not (
        role_like(tokens[0].text) or tokens[0].lower_.rstrip(".") in _TITLE_WORDS
    ):
        return None  # "Little Carter Roberts": a capitalised word, not a function
    return _span_text(tokens, doc)


# Abbreviated military and police ranks written between a function and the name ("fleet
# surgeon Adm. Ivo Velt"): the rank is how the person is addressed, the words before it their
# function.
_RANK_ADDRESSES = _RANK_ABBREVIATIONS | frozenset({"gen", "gen.", "col", "col.", "brig", "brig."})


def _without_rank(tokens: list[Any]) -> list[Any]:
    """A title's words without an abbreviated rank at their end when a function in lower case
    stands before it ("ship's surgeon Adm." -> "ship's surgeon"); when the words before it
    follow an "of" (or "of the"), they end a body's name the parser cut ("Chief of the Harbour
    Staff Gen."): the rank alone. Else as they are ("Detective Sgt.")."""
    if len(tokens) < 2 or tokens[-1].lower_ not in _RANK_ADDRESSES:
        return tokens
    if any(t.pos_ == "NOUN" and t.text.islower() for t in tokens[:-1]):
        return tokens[:-1]
    before = [t.lower_ for t in tokens[0].doc[max(0, tokens[0].i - 2) : tokens[0].i]]
    if before[-1:] == ["of"] or before == ["of", "the"]:
        return tokens[-1:]
    return tokens


def _inner_hyphen(doc: Any, i: int) -> bool:
    """A hyphen inside a word, "Director-General" (no space either side)."""
    return bool(
        doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    )


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "ROOT", "aux", "auxpass"})
_BARE_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx", "rev"}
)
# One-word titles before a name that :func:`role_like`'s suffixes do not catch: the honorifics,
# ranks and descriptions above, and a few more.
# fmt: off
_TITLE_WORDS = frozenset({t.rstrip(".") for t in TITLES | _RANKS | _EXTRA_TITLES}) | frozenset({
    "pastor", "father", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh", "marshal",
    "major", "admiral", "mp", "astronaut", "pilot", "emir", "sultan", "nurse", "vice",
})
# fmt: on


def _copula_role(ent: Any) -> str | None:
    """ "X is a lecturer at Y": an indefinite (or "of"/"at") attribute of a plain "be"."""
    root, verb = ent.root, ent.root.head
    if ent.label_ != "PERSON" or root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    if any(c.dep_ == "conj" for c in root.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.i > root.i:
            dets = [c.lower_ for c in child.children if c.dep_ == "det"]
            preps = [c.lower_ for c in child.children if c.dep_ == "prep"]
            # A function ("a lecturer"), not a description ("a kind soul", "a good friend").
            word = child.lower_
            if not (role_like(word) or word in _TITLE_WORDS):
                continue
            if dets[:1] in (["a"], ["an"]) or {"of", "at"} & set(preps):
                return _span_text(list(child.subtree), ent.doc)
    return None


def _span_text(tokens: list[Any], doc: Any) -> str | None:
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("a", "an", "the")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_ROLE_WORDS:
        return None
    text = doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return " ".join(text.split())


_BIO = re.compile(
    r"^\s*(?P<name>(?:[A-Z][\w'’.-]+\s){1,3}?[A-Z][\w'’-]+)\s+is\s+(?:an?|the)\s+(?P<role>[^.]+)"
)


def _bio_mentions(brief: Brief) -> list[Mention]:
    """People and roles from author-bio footers the clean stage removed (regex: no parse kept)."""
    out: list[Mention] = []
    for src in brief.sources:
        for rem in src.removed:
            if rem.detail != "author bio":
                continue
            match = _BIO.match(rem.text)
            if match:
                out.append(
                    Mention(
                        name=match["name"],
                        label="person",
                        source=src.id,
                        start=rem.start + match.start("name"),
                        end=rem.start + match.end("name"),
                        role=" ".join(match["role"].split()),
                    )
                )
    return out


# A labelled field of a profile box ("Name: Ana Velt / Age: 34 / Occupation: nurse"): the
# person's job in the text's own words. ("Title:" and "Role:" are left out: pages use them for
# a headline or a film part.)
_FIELD_ROLE = re.compile(
    r"^[ \t]*(?:Occupation|Profession|Job(?: title)?|Position)[ \t]*:[ \t]*"
    r"(?P<role>[^\n:]{3,60}?)[ \t]*$",
    re.M | re.I,
)
_FIELD_NAME = re.compile(
    r"^[ \t]*(?:(?:Full\s+)?Name[ \t]*:[ \t]*)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$",
    re.M,
)
# How far back (in lines) a profile box's name may stand from its occupation field.
FIELD_LINES = 4


def _field_mentions(brief: Brief) -> list[Mention]:
    """People and roles from labelled profile fields: the "Occupation:" line's value is the role
    of the name on a "Name:" line (or a line holding only a name) a few lines above it, in the
    same block (regex: the parse reads such a box as one headline)."""
    out: list[Mention] = []
    for src in brief.sources:
        text = src.original
        for field_match in _FIELD_ROLE.finditer(text):
            block_start = text.rfind("\n\n", 0, field_match.start())
            lines_start = field_match.start()
            for _ in range(FIELD_LINES):
                prev = text.rfind("\n", 0, max(lines_start - 1, 0))
                if prev < block_start or prev < 0:
                    lines_start = max(block_start + 2, 0) if block_start >= 0 else 0
                    break
                lines_start = prev + 1
            names = list(_FIELD_NAME.finditer(text, lines_start, field_match.start()))
            if not names:
                continue
            name = names[-1]
            out.append(
                Mention(
                    name=name["name"],
                    label="person",
                    source=src.id,
                    start=name.start("name"),
                    end=name.end("name"),
                    role=_clean_role(field_match["role"]),
                )
            )
    return out


# -- 3. linking --------------------------------------------------------------------------------


def _as_person(m: Mention) -> bool:
    return m.label == "person" or m.role is not None


def _link(
    mentions: list[Mention],
    order: dict[str, int],
    companies: frozenset[str] | set[str] = frozenset(),
) -> list[_Cluster]:
    keys = {m.name: name_key(m.name) for m in mentions}
    known = set(keys.values())
    mentions = [m for m in mentions if not _is_pair(m.name, known)]
    person_keys = {keys[m.name] for m in mentions if m.label == "person"}
    mentions = [m for m in mentions if not _two_names(keys[m.name], person_keys)]
    alone = {keys[m.name] for m in mentions if not m.fragment}
    mentions = [m for m in mentions if not m.fragment or keys[m.name] in alone]
    # A mention with a person's role is a person's, whatever spaCy's label: "Ines Varga, the
    # ambassador" tagged ORG still gives her surname alone to her.
    person_keys = {keys[m.name] for m in mentions if _as_person(m)}
    place_keys = {keys[m.name] for m in mentions if m.label == "place"}
    counts = Counter(keys[m.name] for m in mentions)
    firsts: dict[str, dict[str, int]] = defaultdict(dict)
    for m in mentions:
        seen = firsts[keys[m.name]]
        seen[m.source] = min(seen.get(m.source, m.start), m.start)
    # Names written as an acronym ("CDC"), which may stand for the first words of a longer name.
    acronyms = {keys[m.name] for m in mentions if m.name.isupper() and " " not in keys[m.name]}
    tags = Counter((keys[m.name], m.label) for m in mentions)
    canon = _canonical_keys(
        set(keys.values()),
        person_keys,
        place_keys,
        counts,
        firsts,
        acronyms=acronyms,
        companies=companies,
        weak_places={k for k in place_keys if tags[k, "place"] * 2 < counts[k]},
    )
    # "in Washington" in a story about Norris Washington: where the word is read as a place
    # ("in X"), its mentions tagged as a place are that place, not the person's surname.
    # Only a word tagged as a place more often than as a person; a mention that is a clause's
    # subject ("As Washington saw it") stays the person's.
    places_too = {
        keys[m.name]
        for m in mentions
        if m.place_vote
        and len(keys[m.name].split()) == 1
        and canon[keys[m.name]] in person_keys
        and tags[keys[m.name], "place"] > tags[keys[m.name], "person"]
    }
    clusters: dict[str, _Cluster] = {}
    # Full names that most of their own mentions tag PERSON, or half of them (a tie goes to
    # person, as in ``_entity``: "Ada Lind said" and "Ada Lind's son" tagged ORG): a news story
    # often writes the full name once, then the surname only.
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    for m in mentions:
        votes[keys[m.name]]["person" if _as_person(m) else m.label] += 1
    full_people = {
        canon[k] for k, v in votes.items() if len(k.split()) > 1 and v["person"] * 2 >= v.total()
    }
    # The first word alone of a body's or a place's name ("Kestrel" of "Kestrel Foods") takes
    # the full name's label: the small model tags such a word a person as often as not, and the
    # full name's own mentions say what it is.
    first_words = {
        k
        for k in counts
        if " " not in k and canon[k].split()[0] == k != canon[k] and canon[k] not in person_keys
    }
    held: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    surnames = Counter(_surname(k) for k in full_people)
    shared = {w for w, n in surnames.items() if n > 1 and canon.get(w) == w}
    both_sexes = _titled_apart(mentions)
    for m in mentions:
        key = canon[keys[m.name]]
        if keys[m.name] in places_too and m.label == "place" and not m.subject:
            key = keys[m.name]
        name = m.name
        if keys[m.name] in both_sexes:
            # "Mr Velt" and "Mrs Velt" are two people, named with their honorifics; "Velt"
            # alone may be either, so it joins neither (nor a full name, "Ivo Velt").
            key = _titled_key(m, keys[m.name]) if m.title else keys[m.name]
            name = f"{m.title} {m.name}" if m.title else m.name
        first, _, rest = keys[m.name].partition(" ")
        if (
            first in person_keys
            and keys[m.name] not in person_keys
            and " " in rest
            and canon.get(rest) == key
        ):
            name = name.split(" ", 1)[1]  # "the Velt Harbour Board": written as the body's name
        cl = clusters.setdefault(key, _Cluster(key=key, first=(order[m.source], m.start)))
        cl.names[name] += 1
        # A lone surname that joined a full person name is that person, whatever spaCy's label
        # for it: the small model calls "Ecevit" ORG or GPE as often as PERSON.
        # (A hyphenated surname, "Amsel-Brandt", is one word of the name as written, though its
        # key splits at the hyphen.)
        surname = len(m.name.split()) == 1 and key in full_people
        # A surname two full names share ("Ivo Marrow", "Ada Marrow") stays apart, as either
        # could be meant, but it is a person's, not the body the small model may tag it.
        surname |= key in shared and m.label == "organization" and not m.org_vote
        labels = held[key] if keys[m.name] in first_words else cl.labels
        labels["person" if surname else m.label] += 1
        if m.org_vote:
            # "Gabbler, a social media platform": the text says what it is, which outweighs the
            # small model's person tag on it and on a second mention.
            labels["organization"] += 3
        if m.role:
            cl.labels["person"] += 2
            cl.roles[m.role] += 1
        if m.place_vote:
            labels["place"] += 2
        cl.described_place |= m.described_place
        cl.described_org |= m.org_vote
        cl.its += m.its
        cl.sources.add(m.source)
        cl.first = min(cl.first, (order[m.source], m.start))
    for key, votes_held in held.items():
        if not clusters[key].labels.total():  # the full name's own mentions were all dropped
            clusters[key].labels.update(votes_held)
    return sorted(clusters.values(), key=lambda c: c.first)


def _canonical_keys(
    keys: set[str],
    person_keys: set[str],
    place_keys: frozenset[str] | set[str] = frozenset(),
    counts: Counter[str] | None = None,
    firsts: dict[str, dict[str, int]] | None = None,
    *,
    acronyms: frozenset[str] | set[str] = frozenset(),
    companies: frozenset[str] | set[str] = frozenset(),
    weak_places: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """Map every name key to the key of its canonical (fullest) name; ``counts`` (mentions per
    key) lets a surname shared by several full names join the one the story is about, and
    ``firsts`` (the first offset of each key in each source) keeps a maker apart from a product
    named after it; ``acronyms`` (keys written in capitals) may join a name whose first words they
    are the initials of; ``companies`` (keys the text treats as a company's) and
    ``weak_places`` (keys tagged a place in under half their mentions) let a company's first
    word join its full name."""
    # A name with a company suffix is nobody's, whatever its label ("Orvane Corp." tagged PERSON).
    suffixed = _without_suffix(keys, place_keys)
    # (and its full name without the suffix, "Velt Lind" of "Velt Lind & Co.", is the firm's:
    # a surname alone then joins the person, not the firm named after them)
    person_keys = person_keys - set(suffixed) - {v for v in suffixed.values() if " " in v}
    spellings = sorted(k for k in person_keys if len(k.split()) > 1)
    variant = _spelling_variants(spellings)
    variant.update(_middle_names(spellings, variant))
    variant.update(_nicknames(spellings, variant))
    variant.update(_loose_variants(sorted(k for k in keys - person_keys if len(k.split()) > 1)))
    variant.update({k: variant.get(v, v) for k, v in suffixed.items()})
    for k, v in _without_country(keys - person_keys).items():
        variant.setdefault(k, variant.get(v, v))
    for k, v in _without_adjective(keys - person_keys, place_keys, counts or Counter()).items():
        variant.setdefault(k, variant.get(v, v))
    for k, v in _department_fields(keys - person_keys).items():
        variant.setdefault(k, variant.get(v, v))
    # A company noun capitalised at a sentence's start describes the company named after it:
    # "Drugmaker Halvern" is "Halvern" (not "Giant", which opens names: "Giant Foods"). The
    # longer form stays an alias: the quotes stage finds the speaker "Drugmaker Halvern said".
    for k in sorted(keys):
        first, _, rest = k.partition(" ")
        if first in _COMPANY_NOUNS - {"giant"} and rest in keys:
            variant.setdefault(k, variant.get(rest, rest))
    # A person's name written before a body's as whose it was ("the Velt Harbour Board", the
    # board under Velt): the body the cluster also names alone ("Harbour Board"), not another.
    # (Not a word also tagged a place: "the Orsa Harbour Board" is the town's own board.)
    for k in sorted(keys - person_keys):
        first, _, rest = k.partition(" ")
        if first in person_keys - place_keys and " " in rest and rest in keys - person_keys:
            variant.setdefault(k, variant.get(rest, rest))
    keys = {variant.get(k, k) for k in keys}
    person_keys = {variant.get(k, k) for k in person_keys}
    full_people = sorted(k for k in person_keys if len(k.split()) > 1)
    fuller = _suffix_names(full_people, counts or Counter())
    by_word: dict[str, list[str]] = defaultdict(list)
    for spelling in spellings:  # every spelling's words: "Sorif" alone joins "Mohamed Sarif"
        k = variant.get(spelling, spelling)
        for w in {spelling.split()[0], _surname(spelling)}:
            if fuller[k] not in by_word[w]:
                by_word[w].append(fuller[k])
    # Initials name an organisation or a place, not a person: "D.C." is not "David Chaney".
    initials = {_initials(k): k for k in sorted(keys - person_keys) if len(k.split()) > 1}
    # "CDC" for "Centers for Disease Control and Prevention": the name grew after its acronym.
    # Only an acronym no name has as its whole initials, and only one name starting so.
    # A name written only with a country before it ("U.S. Food and Drug Administration") stands
    # for the acronym of the rest ("FDA"), whole or first words, again one name only.
    starts: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys - person_keys):
        rest = _after_country(k)
        forms = {_initials(k)} | ({_initials(rest)} if rest else set())
        for a in acronyms:
            if a not in initials and any(
                (len(a) >= 3 and len(whole) > len(a) and whole.startswith(a))
                or (whole == a and whole != _initials(k))
                for whole in forms
            ):
                starts[a].append(k)
    initials.update({a: ks[0] for a, ks in starts.items() if len(ks) == 1})
    # "AOL" for "America Online": an acronym may take a second letter from inside a word
    # (again only one name it can stand for).
    inner: dict[str, list[str]] = defaultdict(list)
    places = set(place_keys) - set(weak_places)  # "MTV" is not "Mountain View"
    for k in sorted(keys - person_keys - places):
        words = [w for w in k.split() if w not in _SMALL_WORDS and w not in _CORPORATE_SUFFIXES]
        for a in acronyms:
            if a not in initials and len(a) == len(words) + 1 >= 3 and _inner_acronym(a, words):
                inner[a].append(k)
    initials.update({a: ks[0] for a, ks in inner.items() if len(ks) == 1})
    # "FDR" for "Franklin D. Roosevelt": capitals that are the initials of a person's full name
    # of three words or more (a middle name or initial: two letters are too often a body's,
    # "GM") stand for that person, if for one person only and for no body's name.
    by_initials: dict[str, set[str]] = defaultdict(set)
    for k in full_people:
        if len(k.split()) >= 3:
            by_initials[_initials(k)].add(fuller[k])
    for a in sorted(acronyms - set(initials) - places):
        if len(a) >= 3 and len(by_initials.get(a, ())) == 1:
            initials[a] = next(iter(by_initials[a]))
    # A longer name the sources also write with a corporate suffix ("Kestrel Foods Inc.") is a
    # company's own name, so its first word alone is that company even where the short form
    # comes first (a product named after its maker takes no "Inc.").
    companies = {variant.get(v, v) for v in suffixed.values()} | set(companies)
    by_first: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys):
        if len(k.split()) > 1 and k not in person_keys:
            by_first[k.split()[0]].append(k)
    # (a longer span holding a shorter one, "sun microsystems that america online", is the
    # parse's run-on, not another name starting with the word)
    by_first = {
        w: [k for k in ks if not any(k.startswith(o + " ") for o in ks)]
        for w, ks in by_first.items()
    }
    # "Kestrel" -> "Kestrel Textiles", not "House" -> "House Ways and Means Committee": the one
    # longer name is short, holds no "and" or "of" and is not a body inside the shorter one's
    # ("Senate Judiciary Committee" is not the Senate).
    by_first = {
        w: ks
        for w, ks in by_first.items()
        if len(ks) == 1
        and len(ks[0].split()) <= 3
        and not {"and", "of"} & set(ks[0].split())
        and ks[0].split()[-1] not in _SUB_BODIES
        and (
            ks[0] in place_keys
            or ks[0].split()[-1] in ORG_HEADS | ORG_WORDS
            or ks[0] in companies
            or _introduced_first(ks[0], w, firsts or {})
        )
    }
    # Bodies named after the name of a body they belong to, by the words after it: "harbour
    # committee" -> ["senate harbour committee"] when "senate" is a name of the cluster, not a
    # place's; see the loop below.
    parented: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys - person_keys - set(place_keys)):
        words = k.split()
        for i in range(1, len(words) - 1):
            parent = " ".join(words[:i])
            if parent in keys and parent not in place_keys:
                parented[" ".join(words[i:])].append(k)
    weight: Counter[str] = Counter()
    for k, n in (counts or Counter()).items():
        v = variant.get(k, k)
        weight[fuller.get(v, v)] += n
    out: dict[str, str] = {}
    for k in sorted(keys):
        target = COUNTRY_ALIASES.get(k, fuller.get(k, k))
        words = target.split()
        if k in suffixed.values():
            pass  # "Kestrel" of "Kestrel Corp.": that company, not "Kestrel Network"
        elif len(words) == 1 and by_word.get(target):
            # Several full names share the word ("Kim"): prefer the one whose last word it is.
            cands = by_word[target]
            last = [c for c in cands if _surname(c) == target]
            pool = last or cands
            target = pool[0] if len(pool) == 1 else _dominant(pool, weight) or target
        elif len(words) == 1 and k in person_keys and _variant_word(target, by_word):
            target = by_word[_variant_word(target, by_word)][0]  # "Pellsen" -> "Dana Pellson"
        elif len(words) == 1 and target in initials and len(target) >= 2:
            target = initials[target]
        elif len(words) > 1 and target not in fuller:
            ends = [p for p in full_people if p.endswith(" " + target)]
            # A body written without the body it belongs to ("Harbour Committee" of the
            # "Senate Harbour Committee") when that body is named too, not a place ("Fishers
            # Union" is not the "Orsa Fishers Union"), and no other such longer name exists.
            # (Not a place's name: "Orsa City" is not a body of "Save Orsa City" the cluster
            # also names; a place belongs to no body.)
            ends = ends or ([] if k in place_keys else parented.get(target, []))
            target = fuller.get(ends[0], ends[0]) if len(ends) == 1 else target  # "Boone Isaacs"
        elif (
            len(words) == 1
            and len(by_first.get(target, [])) == 1
            and (k not in place_keys or (k in weak_places and by_first[target][0] in companies))
        ):
            target = by_first[target][0]  # "Kestrel" -> "Kestrel Textiles"
        out[k] = target
    for k, v in variant.items():
        out[k] = out[v]
    # "the House" is the one house of a legislature the cluster names in full ("House of
    # Representatives"); with two named ("Commons", "Lords") it is left as written. Last, so
    # "House" still parents its committees above.
    houses = {v for k, v in out.items() if k not in person_keys and _LEGISLATURE.search(k)}
    if out.get("house") == "house" and len(houses) == 1:
        house = houses.pop()
        out.update({k: house for k, v in out.items() if v == "house"})
    return out


def _inner_acronym(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the initials of ``words`` with one more letter taken from inside
    one word, in order: "aol" of "america online" (by hand: a short recursion over at most a
    few words; no library spells acronyms)."""
    if not words:
        return not acronym
    if not acronym or acronym[0] != words[0][0]:
        return False
    rest = acronym[1:]
    if len(rest) > len(words) - 1 and rest[:1] and rest[0] in words[0][1:]:
        return _inner_acronym(rest[1:], words[1:])
    return _inner_acronym(rest, words[1:])


MIN_VARIANT_LETTERS = 5


def _variant_word(word: str, by_word: dict[str, list[str]]) -> str:
    """The one word of the cluster's full person names that a lone name is a misspelling of,
    one letter apart ("Pellsen" / "Dana Pellson", "Tarike" / "Tarika Vossel"), or "" when none
    or several are (several people it could mean), or that word names several people."""
    if len(word) < MIN_VARIANT_LETTERS:
        return ""
    near = [w for w in by_word if w[:1] == word[:1] and _one_edit(word, w)]
    return near[0] if len(near) == 1 and len(by_word[near[0]]) == 1 else ""


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two letters side by side swapped, a typist's
    slip ("Velnaeus" / "Velneaus") (by hand: a linear check for one edit, where difflib's ratio
    would not say how many letters differ)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _introduced_first(full: str, short: str, firsts: dict[str, dict[str, int]]) -> bool:
    """Whether the longer name comes before the short one in every source that writes both: a
    story names "Kestrel Textiles", then says "Kestrel"; "Orvane" written before "Orvane
    Exchange" is the maker of the product named after it, not a short form of its name."""
    # (Not for a place or a name that says it is a body: "Sinai" may come before "the Sinai
    # Peninsula", and "Commerce" before "the Commerce Department".)
    a, b = firsts.get(full, {}), firsts.get(short, {})
    return all(a[src] < b[src] for src in a.keys() & b.keys())


# Last words of a body inside another organisation: "Senate Judiciary Committee", "Halvik
# Police" are not the Senate or Halvik.
_SUB_BODIES = frozenset(
    {"committee", "subcommittee", "caucus", "panel", "police", "division", "bureau", "office"}
)
# A full name this many times as often mentioned as any other holding the same surname is the
# one the surname alone means: the story's "Chaney" is the agent named throughout, not his
# father named once.
DOMINANCE = 3


def _dominant(names: list[str], weight: Counter[str]) -> str | None:
    """The name of ``names`` mentioned ``DOMINANCE`` times as often as each other one, if any."""
    ranked = sorted(names, key=lambda n: -weight[n])
    top, second = weight[ranked[0]], weight[ranked[1]]
    return ranked[0] if top >= DOMINANCE * max(second, 1) else None


# Company-form suffixes (normalised keys): "Orvane Corp." is the "Orvane" of the same story.
_CORPORATE_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "gmbh"})


def _without_suffix(keys: set[str], place_keys: frozenset[str] | set[str]) -> dict[str, str]:
    """ "orvane corp" -> "orvane" when the sources also write the name without its suffix, and
    "orvane computer inc" -> "orvane" when they write its first word alone (not a place's:
    "Halvik Power Co." is not Halvik)."""
    out = {}
    for k in sorted(keys):
        words = k.split()
        if len(words) < 2 or words[-1] not in _CORPORATE_SUFFIXES:
            continue
        # "Velt & Co.": the ampersand belongs to the suffix, not to the name it follows.
        stem = words[:-2] if len(words) > 2 and words[-2] in ("&", "and") else words[:-1]
        short = " ".join(stem)
        if short in keys:
            out[k] = short
        elif len(words) == 3 and words[0] in keys and words[0] not in place_keys:
            out[k] = words[0]
    return out


# Country names that may stand before an organisation's name ("U.S. Food and Drug
# Administration", "UK Ferry Board") without making it another body.
_COUNTRY_KEYS = frozenset(COUNTRY_ALIASES) | frozenset(COUNTRY_ALIASES.values())
_COUNTRY_KEYS_LONGEST_FIRST = tuple(sorted(_COUNTRY_KEYS, key=lambda k: (-len(k), k)))


def _without_country(keys: set[str]) -> dict[str, str]:
    """ "us food and drug administration" -> "food and drug administration" when the sources
    also write the name without the country before it."""
    out = {}
    for k in sorted(keys):
        for country in _COUNTRY_KEYS:
            rest = k[len(country) + 1 :]
            if k.startswith(country + " ") and rest in keys and rest not in _COUNTRY_KEYS:
                out[k] = rest
                break
        # "un general assembly" -> "united nations general assembly": an alias opening the name
        # is the name with the alias written in full, when the sources write that too.
        first, _, rest = k.partition(" ")
        full = f"{COUNTRY_ALIASES.get(first, '')} {rest}"
        if k not in out and rest and first in COUNTRY_ALIASES and full in keys:
            out[k] = full
    return out


def _after_country(key: str) -> str:
    """The words of a name after a country opening it ("food and drug administration" of "us
    food and drug administration"), two at least, or ""."""
    for country in _COUNTRY_KEYS_LONGEST_FIRST:
        rest = key[len(country) + 1 :]
        if key.startswith(country + " ") and len(rest.split()) > 1:
            return rest
    return ""


def _without_adjective(
    keys: set[str], place_keys: frozenset[str] | set[str], counts: Counter[str]
) -> dict[str, str]:
    """ "russian interior ministry" -> "interior ministry": a body's name opening on the adjective
    of a place of the cluster ("Russia", by ``_country_stem``) is the body the sources also
    write without it, when it is the only such longer name (with "Orsan" and "Karstian"
    "Transport Ministry" the bare one may be either) and the bare name is not mentioned more
    often than it (``counts``): nine "Foreign Ministry" beside one "Malaysian Foreign
    Ministry" are several countries' ministries. The rest must name a body by its head word
    ("Interior Ministry"), not be one word ("Cabinet")."""
    stems = {_country_stem(p) for p in place_keys if " " not in p}
    heads = ORG_HEADS | ORG_WORDS | _BODY_HEADS
    longer: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys):
        first, _, rest = k.partition(" ")
        if (
            len(rest.split()) > 1
            and rest in keys
            and rest.split()[-1] in heads
            and first not in place_keys  # the adjective, not the place itself
            and _ADJECTIVE_END.search(first)
            and _country_stem(first) in stems
        ):
            longer[rest].append(k)
    return {
        ks[0]: rest
        for rest, ks in longer.items()
        if len(ks) == 1
        and counts[rest] <= counts[ks[0]]
    }


# How a country's adjective grows from its name: "Israel" + "i", "Korea" + "n", "Palestin(e)" +
# "ian", "Japan" + "ese", "Mexic(o)" + "an"; both lose the ending and final vowels. A rule, not
# a table: babel's territory names have no adjectives, and the rule needs no list of names.
_ADJECTIVE_END = re.compile(r"(?:ian|ese|an|i|n)$")
MIN_COUNTRY_STEM = 3


def _country_stem(word: str) -> str:
    """The first word of a body's name without its adjective ending or final vowel, so "Velmia
    Airlines" and "Velmian Airlines", "Orsa Defense Force" and "Orsan Defense Forces" meet."""
    stem = _ADJECTIVE_END.sub("", word).rstrip("aeio")
    return stem if len(stem) >= MIN_COUNTRY_STEM else word


def _loose_variants(keys: list[str]) -> dict[str, str]:
    """Organisation and place names that differ by a plural, an "of" or a country written as its
    adjective: "Kelvo Wildlife Services" / "Kelvo Wildlife Service", "Cape of Orsa" / "Cape
    Orsa", "Velmia Airlines" / "Velmian Airlines" (sorted keys, so the first spelling stands for
    the others)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for k in keys:
        words = [w for w in _head_last(k).split() if w != "of"]
        # (the first word's plural too, when it is no country's: "Centers for Disease Control" /
        # "Center for Disease Control")
        first = _country_stem(words[0])
        first = first[:-1] if first == words[0] and _plural(first) else first
        loose = " ".join(
            [first] + [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words[1:]]
        )
        if loose in seen:
            out[k] = seen[loose]
        else:
            seen[loose] = k
    return out


# Heads of a government body written either before its field ("Department of Labor", "Ministry of
# Foreign Affairs") or after it ("Labor Department", "Foreign Ministry").
_FIELD_HEADS = frozenset({"department", "ministry"})
_FIELD_OF = re.compile(
    rf"^(?:(?P<country>{'|'.join(sorted(_COUNTRY_KEYS))}) )?"
    rf"(?P<head>{'|'.join(sorted(_FIELD_HEADS))}) of (?:the )?(?P<field>.+)$"
)


def _department_fields(keys: set[str]) -> dict[str, str]:
    """ "health and human services" -> "department of health and human services": a
    department's field of two words or more written alone names the department (a one-word
    field, "Justice", is a word of its own; a ministry's, "Foreign Affairs", is a magazine's
    name too)."""
    out = {}
    for k in sorted(keys):
        m = _FIELD_OF.match(k)
        if m is None or m["head"] != "department":
            continue
        field = m["field"]
        if len(field.split()) > 1 and field in keys and field not in out:
            out[field] = k
    return out


def _head_last(key: str) -> str:
    """ "department of labor" -> "labor department", "us ministry of harbour affairs" ->
    "harbour ministry": a body's name in the order with its head last, without a country before
    it or "affairs" after its field (the short form writers use), so both orders match."""
    m = _FIELD_OF.match(key)
    if m is None:
        return key
    field = re.sub(r" affairs$", "", m["field"])
    return f"{field} {m['head']}"


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: "Mohammed Sarif" / "Mohamed Sorif", "Kovalenko" / "Kovalenco",
    or a short first name with the same surname ("Jeff Lindgren" / "Jeffrey Lindgren").

    Word by word (same number of words, same initials), each pair at least 0.8 alike by
    difflib's ratio, and the whole names at least 0.85; transliterations differ by a letter or
    two per word, while different people rarely do in every word. (difflib, not a fuzzy-matching
    package: two short strings, a few hundred pairs per cluster.)
    """
    wa, wb = a.lower().split(), b.lower().split()
    if a.lower() == b.lower():
        return True
    # A middle initial written by one outlet only: "Ann B. Corr" / "Ann Corr".
    wa, wb = (_without_initials(w) if len(w) > 2 else w for w in (wa, wb))
    if wa == wb:
        return True
    if len(wa) != len(wb) or any(x[:1] != y[:1] for x, y in zip(wa, wb, strict=True)):
        return False
    if len(wa) > 1 and wa[1:] == wb[1:] and _short_form(wa[0], wb[0]):
        return True  # "Jeff Lindgren" / "Jeffrey Lindgren"
    if any(SequenceMatcher(None, x, y).ratio() < 0.8 for x, y in zip(wa, wb, strict=True)):
        return False
    return SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() >= 0.85


def _without_initials(words: list[str]) -> list[str]:
    """The name's words without middle initials ("b." in "ann b. corr")."""
    return [words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]


def _short_form(a: str, b: str) -> bool:
    """One first name is the other's short form by truncation: "Jeff"/"Jeffrey", "Dan"/"Daniel"
    (three letters at least; "Jo"/"John" are different names as often as not)."""
    short, long = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    return (
        len(short) >= 3 and short != long and long.startswith(short) and not _womans(long, short)
    )


def _womans(formal: str, short: str) -> bool:
    """A formal first name ending in "a" or "e" is mostly a woman's ("Danielle", "Alexandra",
    "Christine"), whose short form is also a man's name ("Dan", "Alex", "Chris"): a couple
    sharing a surname are two people. (A short form with the same ending, "Roberta" /
    "Robertina", is no such case.)"""
    return formal.endswith(("a", "e")) and not short.endswith(formal[-1])


def _spelling_variants(full: list[str]) -> dict[str, str]:
    """Each full person name that is a spelling variant of an earlier one -> that one."""
    out: dict[str, str] = {}
    reps: list[str] = []
    for k in full:  # sorted, so the representative does not depend on the input order
        rep = next((r for r in reps if same_name(r, k)), None)
        if rep is None:
            reps.append(k)
        else:
            out[k] = rep
    return out


def _middle_names(full: list[str], variant: dict[str, str]) -> dict[str, str]:
    """ "jonathan carlyle merkley" -> "jonathan merkley": the same first and last name, with a
    middle name one outlet wrote (each full name of three words or more whose first and last
    words are another full name of the list)."""
    present = set(full)
    out = {}
    for k in full:
        words = k.split()
        short = f"{words[0]} {words[-1]}"
        if len(words) > 2 and short in present and k not in variant:
            out[k] = variant.get(short, short)
    # "sana imitiyaz" / "sana imitiyaz hussani": a two-word name that opens one longer name
    # only is that person with a family name left out ("gabriel garcia" of "gabriel garcia
    # marquez"); two longer names so opening ("kim jong il", "kim jong un") keep it apart.
    opening: dict[str, list[str]] = defaultdict(list)
    for k in full:
        words = k.split()
        if len(words) > 2:
            opening[" ".join(words[:2])].append(k)
    for short, longer in opening.items():
        if short in present and len(longer) == 1 and longer[0] not in variant | out:
            out[longer[0]] = variant.get(short, short)
    return out


# Written by hand (no installed library lists English hypocorisms): the common nicknames that
# do not begin with their formal name's letters ("Bob" / "Robert"); those that do ("Al" /
# "Alfonse", "Ben" / "Benjamin") need no entry (see ``_nickname_of``).
# fmt: off
_NICKNAMES: dict[str, str] = {
    "bob": "robert", "bobby": "robert", "bill": "william", "billy": "william", "chuck": "charles",
    "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james", "jack": "john",
    "johnny": "john", "ted": "edward", "ned": "edward", "tom": "thomas", "tommy": "thomas",
    "mike": "michael", "dave": "david", "steve": "stephen", "hank": "henry", "harry": "henry",
    "larry": "lawrence", "tony": "anthony", "jerry": "gerald", "peggy": "margaret",
    "betty": "elizabeth", "liz": "elizabeth", "beth": "elizabeth", "sue": "susan",
}
# fmt: on
MAX_NICKNAME = 5  # letters of a nickname that is the first letters of the formal name


def _nickname_of(short: str, formal: str) -> bool:
    """Whether first name ``short`` is a nickname of ``formal``: listed in ``_NICKNAMES``, or
    its first letters, two to five, at least three letters shorter ("al" / "alfonse", not "jo" /
    "john"; "alma" is no "albert"), also with a pet ending "-y"/"-ie" off ("andy" / "andrew",
    "danny" / "daniel"). (``_short_form`` joins "jeff" / "jeffrey" as spellings; this also
    takes two letters, as only one formal name with the surname may match.)"""
    if _NICKNAMES.get(short) == formal:
        return True
    stem = re.sub(r"(?<=\w{2})(?:y|ie)$", "", short) if len(short) > 3 else short
    if stem != short and len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return (
        2 <= len(stem) <= MAX_NICKNAME
        and len(formal) >= len(stem) + 3
        and formal.startswith(stem)
        and not _womans(formal, stem)
    )


def _nicknames(full: list[str], variant: dict[str, str]) -> dict[str, str]:
    """ "al damato" -> "alfonse m damato", "chuck schumer" -> "charles e schumer": a full name
    whose first name is a nickname (``_nickname_of``) of the first name of exactly one other
    full name with the same last word is that person (left alone with two such names). Without
    it the surname alone, shared by two full names, joins neither."""
    reps = sorted({variant.get(k, k) for k in full})
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in reps:
        by_last[k.split()[-1]].append(k)
    out: dict[str, str] = {}
    for k in reps:
        words = k.split()
        if len(words) != 2:  # the nickname form is a first name and a surname
            continue
        formal = [
            o for o in by_last[words[-1]] if o != k and _nickname_of(words[0], o.split()[0])
        ]
        if len(formal) == 1:
            out.update({s: formal[0] for s in full if variant.get(s, s) == k})
    return out


def _suffix_names(full: list[str], counts: Counter[str] | None = None) -> dict[str, str]:
    """Full names that end another one: the same person, a first name or title in front.

    "cheryl boone isaacs" -> "boone isaacs", "comedian ellen degeneres" -> "ellen degeneres":
    each key maps to the shortest full name it ends with (the display name is chosen later).
    A two-word surname several given names go before ("Ada Dickson Lowe", her father "Ivo
    Dickson Lowe") is a family's: only the most mentioned of them (``counts``) is the one the
    surname alone means, the others stay apart; a title in front ("comedian") is no given name.
    """
    present = set(full)
    out = {}
    for k in full:
        words = k.split()
        tails = [" ".join(words[-n:]) for n in range(2, len(words))]
        out[k] = next((t for t in tails if t in present), k)
    counts = counts or Counter()
    family: dict[str, list[str]] = defaultdict(list)
    for k, t in out.items():
        if t != k and k.split()[0] not in TITLES | _EXTRA_TITLES | _RANKS:
            family[t].append(k)
    for names in family.values():
        ranked = sorted(names, key=lambda n: (-counts[n], n))
        if len(ranked) < 2:
            continue
        keep = ranked[0] if counts[ranked[0]] > counts[ranked[1]] else None
        for n in ranked:
            if n != keep:
                out[n] = n
    return out


# A hyphenated given name before a surname: "Per-Olof", "Anna-Lisa", "Jean-Luc". The tokenizer
# splits it at the hyphen and the small model then tags no person at all, only the bare surname
# of the later mentions ("Ortvald said").
_HYPHENATED_GIVEN = r"(?<![\w'’.-])([A-Z][a-z]+-[A-Z][a-z]+)\s+"


# Words a title is hyphenated to for the time its holder held it: "Then-President", "Ex-Mayor".
_TIME_PREFIXES = frozenset({"then", "ex", "now", "former"})


def _dated_title(given: str) -> bool:
    """ "Then-President", "Ex-Governor": a title at a time, written like a hyphenated given
    name at a sentence's start, which names no one ("Then-President Velt" is "Velt")."""
    first, rest = given.lower().split("-", 1)
    return first in _TIME_PREFIXES or rest in _TITLE_WORDS


def _add_hyphenated_given_names(ents: list[Entity], joined: str) -> None:
    """A lone surname the text also writes after one hyphenated given name ("Per-Olof
    Ortvald", untagged) is named so, the surname as an alias; not when the text gives it
    several such names (two people) or another person row already holds the full name."""
    names = {name_key(e.name) for e in ents}
    for e in ents:
        if e.label != "person" or " " in e.name or not e.name[:1].isupper() or e.aliases:
            continue
        found = set(re.findall(_HYPHENATED_GIVEN + re.escape(e.name) + r"(?![\w-])", joined))
        if len(found) != 1:
            continue
        given = found.pop()
        if _dated_title(given):
            continue
        full = f"{given} {e.name}"
        if name_key(full) in names or name_key(full).split()[0] in _DIRECTIONS:
            continue
        e.aliases = sorted({*e.aliases, e.name})
        e.name = full


# Generational suffixes that end a full name after the surname: "Ivo Marrow Jr." is "Marrow".
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(key: str) -> str:
    """A full name key's last word, before a generational suffix ("ivo marrow jr" -> "marrow"):
    a story names "Ivo Marrow Jr." once in full, then "Marrow"."""
    words = key.split()
    if len(words) > 2 and words[-1] in GENERATIONS:
        return words[-2]
    return words[-1]


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in ("of", "and", "for", "the", "on"))


def _two_names(key: str, person_keys: set[str]) -> bool:
    """Two full names run together in one span, "Ana Velt Ivo Berg" (a caption, a list without
    commas): each half is a person's full name the sources write alone."""
    words = key.split()
    return any(
        " ".join(words[:i]) in person_keys and " ".join(words[i:]) in person_keys
        for i in range(2, len(words) - 1)
    )


def _is_pair(name: str, known: set[str]) -> bool:
    """ "Putin-Kim (Summit)": two names joined by a hyphen or dash, the first known alone."""
    parts = re.split(r"\s*[-–—]\s*", name, maxsplit=1)
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return False
    left = name_key(parts[0])
    # (a country is known without the text: "the U.S.-Velmaria border")
    return left in known or left in _COUNTRY_KEYS or any(
        k.split()[-1] == left or k.split()[0] == left
        for k in known
        if len(k.split()) > 1 and k != name_key(name)
    )


# Titles of nobility that name their holder with "of" and a place: "Duchess of Orsa".
# fmt: off
_PEERAGE = frozenset({
    "duke", "duchess", "prince", "princess", "earl", "countess", "baron", "baroness", "marquess",
})
# fmt: on


def _entity(cl: _Cluster) -> Entity:
    # Ties go to person: spaCy's small model often calls a lone surname ORG.
    label = max(LABEL_ORDER, key=lambda lab: (cl.labels[lab], -LABEL_ORDER.index(lab)))
    # The fullest name, but a title in front ("Comedian Ellen DeGeneres") does not make it fuller.
    name = max(
        sorted(cl.names),
        key=lambda n: (_name_words(n), cl.names[n], -len(n)),
    )
    words = name_key(name).split()
    head = words[-1]
    # The head of "Department of Harbours" is the word before its "of".
    of_head = words[words.index("of") - 1] if "of" in words[1:] else ""
    if head in ORG_HEADS:
        label = "organization"  # "Xora Inc.", "Halvik Superior Court": the name says what it is
    elif len(words) > 1 and (head == "tech" or (head == "state" and label == "person")):
        # "Orsa State", "Velta Tech": a university (or its team), which the small model tags as
        # a person or a place; no person's name ends so ("New York State" stays a place).
        label = "organization"
    elif label != "person" and (
        re.search(r"['’]s\s+Office$", name)  # "Tarvel County Sheriff's Office", not "Oval Office"
        or head in _BODY_HEADS
        or of_head in ORG_HEADS | _BODY_HEADS | {"bank"}
        or _LEGISLATURE.search(name_key(name))
    ):
        # "Tarvel County Child Protective Services", "House of Representatives" tagged a place
        label = "organization"
    elif (
        head in _PLACE_HEADS
        or (head in _SURNAME_PLACE_HEADS and label == "organization")
        or (head in _UNPEOPLED_PLACE_HEADS and label == "person")
    ):
        label = "place"  # "Orsa Hill", "Velta Cathedral", tagged ORG or PERSON
    elif label == "person" and cl.described_place and not cl.roles:
        # "Velm Harbor, a major port": the text says what it is, over the small model's person
        # tags on its other mentions (a person's role would be the parse's own evidence).
        label = "place"
    elif label == "person" and cl.described_org and not cl.roles and len(words) == 1:
        # "the ransomware group Velkor", "Velkor, a data firm": the text says once what the
        # one-word name is, over the small model's person tags on its bare later mentions (a
        # person's role, or a given name, would be the parse's own evidence).
        label = "organization"
    elif _GROUP_OF_STATES.match(name):
        label = "organization"  # "G7", "G20": a group of states, which spaCy tags a place
    elif (
        len(words) > 2
        and words[0] in _PEERAGE
        and words[1] == "of"
        and head not in _NAMED_AFTER_HEADS | ORG_WORDS | _SURNAME_PLACE_HEADS
    ):
        label = "person"  # "Duchess of Orsa": a title held by a person, not "Prince of Orsa
        # Hospital" (or a body's or a place's head word, taken above)
    if cl.key in COUNTRY_ALIASES.values() and name_key(name) != cl.key:
        name = next((n for n in sorted(cl.names) if name_key(n) == cl.key), name)
    if label == "person" and cl.its >= MIN_ITS and not cl.roles and not cl.labels["place"]:
        # "Velmora has offered to drop its claim ... In its filing, Velmora said": a body,
        # which the small model tags a person; no person is "its" (a place is: "Orsa and its
        # neighbours", hence only a name never tagged a place).
        label = "organization"
    aliases = sorted({n for n in cl.names if n != name})
    role = None
    if label == "person" and cl.roles:
        role = max(sorted(cl.roles), key=lambda r: (cl.roles[r], len(r)))
    return Entity(
        name=name,
        label=label,
        aliases=aliases,
        sources=sorted(cl.sources, key=_source_order),
        role=role,
        mentions=sum(cl.names.values()),
    )


# Capitalised words after a person's name that are no surname: a body's, a place's, an office's
# or a thing's head word ("Ana Velt Foundation", "Velt Tower", "Velt Administration").
# fmt: off
_NOT_SURNAMES = (
    ORG_HEADS | ORG_WORDS | _BODY_HEADS | _PLACE_HEADS | _SURNAME_PLACE_HEADS | _THING_HEADS
    | TITLES | _OFFICE_ENDS | frozenset(_ATTRIBUTIVE.split("|"))
)
# fmt: on


def _name_words(name: str) -> int:
    words = name_key(name).split()
    # (nor a company noun: "Drugmaker Halvern" is no fuller than "Halvern")
    while len(words) > 1 and (
        words[0] in TITLES or words[0] in _EXTRA_TITLES or words[0] in _COMPANY_NOUNS - {"giant"}
    ):
        words = words[1:]
    return len(words)


def _source_order(source_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in source_id if ch.isdigit())
    return (int(digits) if digits else 0, source_id)


# -- role nominals: "the Russian president" ----------------------------------------------------


def _add_nominal_aliases(brief: Brief, ents: list[Entity]) -> None:
    """Add "the <role>" noun phrases as aliases of the one person whose role they match."""
    people = [e for e in ents if e.label == "person" and e.role]
    if not people:
        return
    heads = {_role_words(e.role or "")[-1] for e in people if _role_words(e.role or "")}
    if any(_same_head("leader", _role_words(e.role or "") or ["-"]) for e in people):
        heads.add("leader")
    for src in brief.sources:
        for _, _, doc in paragraph_docs(brief, src):
            for tok in doc:
                if tok.lower_ not in heads or tok.ent_type_ or tok.pos_ != "NOUN":
                    continue
                phrase = _nominal(tok)
                if phrase is None:
                    continue
                match = [e for e in people if role_matches(phrase, e.role or "")]
                if len(match) == 1:
                    match[0].mentions += 1
                    if name_key(phrase) not in {name_key(a) for a in match[0].aliases}:
                        match[0].aliases = sorted({*match[0].aliases, phrase})
                    if src.id not in match[0].sources:
                        match[0].sources = sorted({*match[0].sources, src.id}, key=_source_order)


def _nominal(head: Any) -> str | None:
    """ "the Russian president" for the token "president" when it heads such a phrase."""
    left = [c for c in head.lefts]
    if (
        not left
        or left[0].lower_ != "the"
        or any(c.dep_ not in ("det", "amod", "compound") for c in left)
    ):
        return None
    if len(left) < 2 or any(c.n_lefts for c in left):
        return None
    return " ".join(t.lower_ if t.i == left[0].i else t.text for t in [*left, head])


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})


# A body's name with "of" written before a job ("University of Orsa biologist", "Ministry of
# Health spokesman"): its "of" is inside the name, and the job after it is the role's head.
_BODY_OF_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+)*?(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+)+(?=[a-z])"
)


def _role_words(role: str) -> list[str]:
    body = _BODY_OF_NAME.match(role)
    if body and body["head"].lower() in ORG_HEADS | _BODY_HEADS:
        rest = _role_words(role[body.end() :])
        if rest:
            return _role_words(body[0].replace(" of ", " ")) + rest
    # Without dots, so that "U.S. President" and "the US president" share the word "us".
    raw = re.findall(r"[a-z]+", role.lower().replace(".", ""))
    # A participle that opens a clause ends the role: "detective leading the investigation",
    # "language developed by Sun".
    for i, w in enumerate(raw[1:-1], 1):
        if (w.endswith("ing") and raw[i + 1] in _DETERMINERS) or (
            (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and raw[i + 1] in ("by", "to")
        ):
            raw = raw[:i]
            break
    words = [w for w in raw if w not in ("the", "a", "an", "s")]
    # The head is the word before "of", "at", "who": "deputy director of the Chamber".
    for i, w in enumerate(words):
        if w in _ROLE_ENDS and i:
            return words[:i]
    return words


# Past participles not in -ed that open a clause after a noun ("an event meant to ...", "a
# candidate set to win"); a short hand list: spaCy's tags are not kept with the role string.
_IRREGULAR_PARTICIPLES = frozenset({"meant", "set", "made", "held", "built", "known", "chosen"})
# Words after a role's head noun: a preposition or relative pronoun starts what follows it
# ("director of the Chamber", "a small planet beyond the belt").
# fmt: off
_ROLE_ENDS = frozenset({
    "of", "at", "in", "for", "with", "to", "from", "who", "which", "that", "beyond", "near",
    "on", "under", "over", "between", "outside", "inside", "around", "across", "behind",
    "off",
})
# fmt: on


def role_head(role: str) -> str:
    """The head noun of a role: "director" in "deputy director of the Chamber"."""
    words = _role_words(role)
    return words[-1] if words else ""


@lru_cache(maxsize=65536)  # nominals x people: called for every pair, with few distinct strings
def role_matches(phrase: str, role: str) -> bool:
    """True when a nominal ("the north korean leader") fits a role ("North Korea's leader")."""
    pw = [w for w in re.findall(r"[a-z0-9]+", phrase.lower().replace(".", "")) if w != "the"]
    rw = _role_words(role)
    if not pw or not rw or not _same_head(pw[-1], rw):
        return False
    mods = pw[:-1]
    return bool(mods) and all(any(_stem_eq(m, r) for r in rw[:-1]) for m in mods)


# Titles of a head of state or government, which news text also calls "the leader": "the
# Russian leader" is the Russian President (when only one person holds such a role).
LEADER_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emperor"})


def _same_head(head: str, role_words: list[str]) -> bool:
    """Whether a nominal's head noun names the role: the same word, or "leader" for a head of
    state or government ("President", "Prime Minister")."""
    if head == role_words[-1]:
        return True
    return head == "leader" and (
        role_words[-1] in LEADER_TITLES or role_words[-2:] == ["prime", "minister"]
    )


def _stem_eq(a: str, b: str) -> bool:
    # Demonyms and country names share a stem: korea/korean, russia/russian, china/chinese.
    n = min(len(a), len(b), 5)
    return a == b or (n >= 4 and a[:n] == b[:n])
