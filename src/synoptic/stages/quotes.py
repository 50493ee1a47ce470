"""Quotes: who said what, as quotations or reported speech, with the speaker's canonical name.

Reads the paragraph ``Doc``s kept by segment and the entities stage's canonical names. spaCy
gives the parse; the attribution rules on top of it are written here (spaCy has none):

1. reported speech  a speech or stance verb ("say", "believe", "warn", "point to", "draw
                    attention to", "according to", "in X's words") whose subject is a person,
                    organisation, place, pronoun, role nominal or the piece's author; the text is
                    the verb's clause complement (or the main clause, for "as X said" and
                    "according to X").
2. quotations       text between quotation marks (three words or more), attributed to the
                    nearest speech verb outside the marks in its sentence (or the one it runs on
                    into: '"A. B," Lee said'; "X was quoted as saying"; '"A." So said X';
                    '"A" was how X described it'), else, when it opens a sentence, to the
                    previous quotation's speaker in the paragraph. Titles and terms quoted
                    inside narration are not statements. A speaker's statement a source repeats
                    reworded is kept once (the first).
3. speakers         an entity span maps to its entry; "he"/"she" to the person the previous
                    sentence quoted, else the person it was about, else the last person quoted
                    in the paragraph (or the two before it), else the subject of the last
                    sentence naming anyone, else the last person named (a guess, which teaches
                    no gender); "I" and "this author" to the author (from
                    ``source.author``, a "By X" line or "writes X"); "the Russian president" and
                    "the outgoing governor" to the one person whose role matches; laws and
                    resolutions do not speak.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from synoptic.backends.nlp import doc_text
from synoptic.facts import Entity, Quote
from synoptic.model import Brief, Source
from synoptic.stages._base import Context, stage
from synoptic.stages.entities import (
    GENERATIONS,
    LEADER_TITLES,
    is_headline,
    name_key,
    paragraph_docs,
    role_head,
    role_like,
    role_matches,
    role_words,
)
from synoptic.text import stem, words

# fmt: off
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "add", "note", "stress", "emphasise", "emphasize", "explain",
    "argue", "claim", "warn", "believe", "think", "insist", "suggest", "recall", "point",
    "draw", "confirm", "announce", "deny", "admit", "acknowledge", "predict", "write", "report",
    "agree", "hope", "urge", "reply", "remark", "mention", "observe", "comment", "assert",
    "maintain", "contend", "declare", "reiterate", "underline", "highlight", "conclude",
    "estimate", "fear", "expect", "doubt", "caution", "concede", "complain", "recommend",
    "propose", "accuse", "told", "said", "joke", "quip"
})
# fmt: on
# These count only with their particle or object: "point to/out", "draw attention to".
NEEDS_PARTICLE = {"point": ("to", "out"), "draw": ("attention",)}
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MIN_QUOTE_WORDS = 3
MIN_POINT_WORDS = 4  # "pointed to <object>": shorter objects say nothing on their own
# "In Putin's words, ...", "In my view, ...": the possessor is the speaker.
VIEW_NOUNS = frozenset({"words", "view", "opinion", "judgment", "judgement", "assessment"})
MAX_GENERIC_WORDS = 6
# Verbs whose object, not a clause, carries what was said: "expects a hearing in June".
OBJECT_VERBS = frozenset(
    {"expect", "predict", "estimate", "confirm", "deny", "announce", "urge", "ask"}
)
# What "deny" takes when it means refuse, not contradict: "denied Orvane access to the files",
# "denied the request" grant or withhold a thing and report nothing said (unlike "denied the
# allegations"). A dative object ("denied him entry") says the same.
# fmt: off
GRANT_NOUNS = frozenset({
    "access", "entry", "bail", "permission", "request", "application", "appeal", "visa",
    "permit", "licence", "license", "admission", "asylum", "parole", "motion", "petition",
    "exemption", "waiver", "clearance", "approval",
})
# fmt: on
# What a definite object only points back at: "confirmed the news", "announced her death" say
# that something the story already told is so, not what (unlike "confirmed reports that ...",
# "announced the closure of the bridge", whose object carries its content).
# A figure the story already gave is old news too: "confirmed the death toll" (not "confirmed a
# toll of 40", whose object carries the figure). So is a finding the story gave: "confirmed the
# conclusion", "confirmed the results" (not "confirmed the conclusion that ...").
# fmt: off
OLD_NEWS_NOUNS = frozenset({
    "news", "report", "story", "rumor", "rumour", "death", "toll", "figure", "count",
    "conclusion", "finding", "result", "outcome",
})
# fmt: on
# Prepositions of a phrase telling where, how or to whom something was made public ("on
# Twitter", "in a post", "via its website", "to a reporter"), which the parser may hang on the
# object.
WHERE_SAID_PREPS = frozenset({"on", "in", "via", "to"})
PRONOUN_PARAGRAPHS = 2
# Offices that "the <office>" alone names when the cluster names one holder ("the president").
BARE_OFFICES = LEADER_TITLES | frozenset({"governor", "mayor", "premier", "pope"})
# Adjectives that keep "the <office>" one holder's: "the outgoing governor" (not "the
# former governor" or "the incoming governor", who may be another person).
OFFICE_TIME_WORDS = frozenset({"outgoing", "current", "sitting", "embattled"})
# "as the talks concluded, ...": a time, not "as X said".
# "refused to say whether": a refusal reports nothing said.
REFUSAL_VERBS = frozenset({"refuse", "decline", "fail"})
# "contend with X", "contend for X": struggle with or compete for, not argue (unlike "contend
# that ..."), whatever else the sentence holds.
STRUGGLE_PREPS: dict[str, tuple[str, ...]] = {"contend": ("with", "for")}
# "will announce", "'ll say": a statement still to come reports nothing said yet.
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall"})
# "should agree", "must admit", "might argue": what someone ought to or may say, the writer's
# advice or guess, reports nothing they said ("can confirm" does report, and stays).
HEDGE_AUX = frozenset({"should", "must", "might", "may", "could", "ought"})
# "as the crew had feared, ...": what they feared came true; they did not say the clause.
AS_TIME_VERBS = frozenset({"conclude", "fear", "hope"})
# Verbs that attribute a quotation but report no clause of their own ("What now?" asked Lee).
# fmt: off
QUOTE_VERBS = SPEECH_VERBS | frozenset({
    "ask", "lament", "quip", "exclaim", "wonder", "joke", "shout", "scream", "yell", "plead",
    "respond", "answer", "testify", "recount", "boast", "tweet", "continue", "chant",
    "sigh", "cry", "proclaim", "retort", "muse", "scoff",
})
# fmt: on
# "the company said": the organisation named last; "the government said", "the ministry said":
# only one whose name has that word.
BUSINESS_NOUNS = frozenset({"company", "firm", "group", "operator", "organisation", "organization"})
# "the agency said": the last public body named ("the Social Security Administration").
# fmt: off
PUBLIC_BODY_WORDS = frozenset({
    "agency", "administration", "service", "bureau", "office", "commission", "authority",
    "institute", "centers", "centre", "center", "board", "department",
})
# fmt: on
# A name the tagger may label a body that is an honour: "the Public Service Award", "the
# Distinguished Service Medal", "the S. Ramaswamy Distinguished Service Professor" (a named chair
# cut before "Professor"). It is never "the agency" (nor "the company").
HONOUR_WORDS = frozenset({"award", "medal", "prize", "trophy"})
HONOUR_MARKS = frozenset({"distinguished"})
# Texts that rule but do not speak: "according to resolution 12", "the law states that".
# fmt: off
INSTRUMENT_NOUNS = frozenset({
    "resolution", "law", "constitution", "treaty", "statute", "regulation", "rule", "charter",
    "decree", "clause", "provision", "legislation", "amendment",
})
# fmt: on
# What a body publishes rather than a speaker: "according to estimates released by the agency"
# names the agency (by, from, of, or a possessive), else the record itself.
# fmt: off
RECORD_NOUNS = frozenset({
    "estimate", "figure", "data", "datum", "statistic", "report", "document", "record", "poll",
    "survey", "study", "analysis", "number", "projection", "filing", "count", "tally",
    "calculation", "statement", "information",
})
# fmt: on
# A share of a population is a finding, not a speaker: "52% of adults say ..." (a PERCENT
# entity, "nine in 10 voters") or a share noun with "of" ("a majority of voters say").
SHARE_NOUNS = frozenset({
    "majority", "minority", "plurality", "half", "third", "quarter", "share", "proportion",
    "fraction", "percentage",
})
# What is known rather than who wrote it: "information" and "news" never speak however they
# are qualified ("new information"); who sent or published them may ("information received
# from X": X, see ``_record_author``). Qualified "data" stays as written, a record's name
# ("vessel-tracking data"); bare "data" is a bare record (``TEXT_NOUNS``).
DATA_NOUNS = frozenset({"information", "news"})
# What is seen, not said: "according to surveillance video reviewed by X" names no speaker,
# however the picture is qualified (whoever reviewed or released it may speak elsewhere).
SIGHT_NOUNS = frozenset({"video", "footage", "photo", "photograph", "image", "picture"})
# A determiner that takes each or none of a crowd in turn: "what each person says", "every
# voter thinks" tell what anyone would say, not what someone said.
DISTRIBUTIVE_DETS = frozenset({"each", "every", "any", "no"})
# Verbs of belief or expectation: said of a crowd ("most people thought", "fans expected") they
# report an impression, not anything said. Who that crowd is (``CROWD_NOUNS``) is what keeps
# "police believe" or "analysts expect" a statement.
BELIEF_VERBS = frozenset({"believe", "think", "expect", "fear", "hope", "doubt"})
# fmt: off
CROWD_NOUNS = frozenset({
    "people", "fan", "doubter", "sceptic", "skeptic", "public", "everyone", "everybody",
    "anyone", "someone", "many", "most", "few", "onlooker",
})
# fmt: on
# Participles that name who holds a record, not who wrote it: "documents obtained by X".
HOLDER_VERBS = frozenset({"obtain", "see", "review", "acquire", "receive", "leak"})
# Titles the sentence splitter ends a sentence after: "said police Sgt. Tim Underwood".
# fmt: off
TITLE_ABBREVIATIONS = frozenset({
    "sgt", "lt", "capt", "col", "gen", "gov", "sen", "rep", "dr", "det", "cpl", "maj", "adm",
    "insp", "supt", "cmdr", "prof", "atty", "dist", "const", "rev", "brig",
})
# fmt: on
# Abbreviated offices a role may carry ("Velmar Gov."), spelled out to match the nouns news
# text uses for them ("the governor"): a hand list, spaCy has no abbreviation expander.
# fmt: off
OFFICE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "atty": "attorney",
    "lt": "lieutenant",
}
# fmt: on
# Party words before an office name the holder's party, not the office's place: "the
# Republican governor" is the governor (``SpeakerIndex.by_bare_role``).
PARTY_WORDS = frozenset({"republican", "democratic", "democrat", "gop"})
_OFFICE_ABBREVIATION = re.compile(r"\b(" + "|".join(OFFICE_ABBREVIATIONS) + r")\b\.?", re.I)


def _spelled_out(role: str) -> str:
    """A role with its abbreviated offices spelled out: "Velmar Gov." -> "Velmar governor"."""
    return _OFFICE_ABBREVIATION.sub(lambda m: OFFICE_ABBREVIATIONS[m.group(1).lower()], role)


# Words a sentence never ends on though the splitter may end one after them (text tokenised
# with spaces: "at 4 : 15 a . m . from", "said Mr . Lee"): a title, an honorific, or a lone
# lower-case letter. A statement cut there goes on into the next "sentence".
CUT_WORDS = TITLE_ABBREVIATIONS | frozenset({"mr", "mrs", "ms", "st"})
# Words that put a name, not a statement, in quotation marks: 'a report titled "..."'.
NAMING_WORDS = frozenset({"titled", "entitled", "headlined", "headed", "called", "dubbed", "named"})
# A quotation with most words capitalised is a title ("The Silent Harbour", a memo's heading).
TITLE_SHARE = 0.6
MAX_TITLE_WORDS = 14
# A name of this many words or fewer may keep these small words in lower case ("Born in Halvik").
MAX_SHORT_TITLE_WORDS = 6
# fmt: off
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as",
})
# fmt: on
# Gender cues for "he"/"she" (never a list of first names): an honorific before the name, or a
# role noun that says it ("his wife, Ada Lind"; "spokeswoman Ada Lind").
MALE_TITLES = frozenset({"mr", "mister", "sir", "lord"})
FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "madam", "madame", "dame", "lady"})
# fmt: off
MALE_ROLES = frozenset({
    "husband", "father", "son", "brother", "widower", "spokesman", "congressman", "businessman",
    "boyfriend", "grandfather", "uncle", "nephew", "king", "prince",
})
FEMALE_ROLES = frozenset({
    "wife", "mother", "daughter", "sister", "widow", "spokeswoman", "congresswoman", "actress",
    "businesswoman", "girlfriend", "grandmother", "aunt", "niece", "queen", "princess",
    "chairwoman",
})
# fmt: on
# Titles the tagger may take into a name ("Prof Anton Kellner", "Dr. Ada Lind").
HONORIFICS = TITLE_ABBREVIATIONS | MALE_TITLES | FEMALE_TITLES | {"professor", "doctor"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# "Lind's answer was not what Rusk wanted": a statement noun whose possessor is the one speaking.
# fmt: off
STATEMENT_NOUNS = frozenset({
    "answer", "reply", "response", "remark", "comment", "statement", "testimony", "account",
    "explanation", "message",
})
# fmt: on
# Texts and plans that a one-word speaker may be ("the letter said", "the plan says", "reports
# say"): written by someone the phrase does not name, so no speaker, and no row (with a word
# more, "a new survey", "the agency's report", the record stays as written). With the records,
# statements and instruments above.
# fmt: off
TEXT_NOUNS = RECORD_NOUNS | STATEMENT_NOUNS | INSTRUMENT_NOUNS | frozenset({
    "letter", "plan", "proposal", "bill", "memo", "note", "email", "post", "tweet", "video",
    "website", "site", "ad", "advert", "book", "article", "story", "paper", "newspaper",
    "reporting", "order", "ruling", "complaint", "lawsuit", "suit", "indictment", "guidance",
    "policy", "programme", "program", "page", "release", "announcement", "summary", "model",
})
# fmt: on
# Nouns for people besides roles (``role_like``): whose "coach" or "mom" someone is named as, is
# not the "he"/"she" of what follows; the coach or the mom is.
# fmt: off
PERSON_NOUNS = MALE_ROLES | FEMALE_ROLES | frozenset({
    "mom", "dad", "parent", "child", "coach", "friend", "neighbour", "neighbor", "teacher",
    "attorney", "relative", "cousin", "fiancé", "fiancée", "partner", "representative",
    "publicist", "agent",
    # who work or study beside someone: "a former colleague of Lind said" is not Lind
    "colleague", "associate", "classmate", "coworker", "co-worker", "acquaintance",
    # who stand with or against someone: "Allies of X said" are not X
    "ally", "supporter", "backer", "critic", "opponent",
})
# fmt: on
# What opens the words right after a quotation when they name its speaker: "So said X", "So
# wrote X" (the verb must follow "So"), '"..." was how X described it' (a verb of HOW_VERBS).
_AFTER_CUE = re.compile(r"\s*(?:[Ss]o\s+(?=[a-z]+\s)|(?:was|is|\'s)\s+(how)\s)")
HOW_VERBS = frozenset({"describe", "put", "sum", "characterize", "characterise", "call"})
_CURLY_RE = re.compile(r"“([^”]{3,}?)”|«([^»]{3,}?)»")
_OPEN_BEFORE = frozenset("([{—–-_/")
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?:,|$)", re.M)


def _record_author(noun: Any) -> Any | None:
    """Who published a record: "estimates released by X", "figures from X", "a report of X",
    "X's data"; None when the phrase does not say."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        # "a new Halvik Institute survey": the body named before the record wrote it.
        if child.dep_ == "compound" and child.ent_type_ == "ORG":
            return child
    for tok in noun.subtree:
        # ("a statement attributed to X": X is given as its author)
        attributed = tok.lower_ == "to" and tok.head.lemma_ == "attribute"
        if tok.dep_ == "agent" or (
            tok.dep_ == "prep" and (tok.lower_ in ("by", "from", "of") or attributed)
        ):
            if tok.head.i != noun.i and tok.head.head.i != noun.i:
                continue  # only the record's own phrase or a participle on it
            if tok.head.lemma_ in HOLDER_VERBS and tok.lower_ != "from":
                # "documents obtained by the Courier": it holds them, did not write (but
                # "information received from X" came from X).
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _opens_after(text: str, i: int) -> bool:
    """Whether what stands before position ``i`` lets a straight mark there open a quotation:
    the start, a space, a bracket or a dash."""
    return not i or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE


def straight_mark_opens(text: str, i: int) -> bool:
    """Whether the straight quotation mark at ``i`` opens a quotation: after a space, a bracket
    or a dash (or at the start) and before a word."""
    return _opens_after(text, i) and i + 1 < len(text) and not text[i + 1].isspace()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in ``text``, marks included.

    Curly and angle marks pair by shape. A straight mark is an opening one after a space, a
    bracket or a dash and before a letter, else a closing one; a closing mark with nothing open
    is skipped, so one stray or differently shaped mark (`like this") does not turn the
    narration between two quotations into a quotation.
    """
    spans = [(m.start(), m.end()) for m in _CURLY_RE.finditer(text)]
    opened: int | None = None
    for m in re.finditer('"', text):
        i = m.start()
        opening = _opens_after(text, i)
        if opening and not straight_mark_opens(text, i):
            opening = opened is None  # spaced on both sides: it closes whatever is open
        if opening:
            opened = i
        elif opened is not None:
            if i - opened - 1 >= 3:
                spans.append((opened, i + 1))
            opened = None
    return sorted(spans)


def _mixed_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations between one straight and one curly mark ('"A,” she said', '“A," she said'),
    a copy-editing slip ``quote_spans`` leaves unpaired. Only two marks left over by it, next
    to each other among all marks, in one line, the first opening (curly, or straight before a
    word) and the second closing (curly, or straight after a word), pair up: a stray mark
    between two quotations stays unpaired."""
    used = {i for s, e in spans for i in (s, e - 1)}
    marks = [m.start() for m in re.finditer('["“”]', text)]
    found = []
    for a, b in itertools.pairwise(marks):
        if a in used or b in used or text[a] == text[b] or "\n" in text[a:b] or b - a - 1 < 3:
            continue
        opens = text[a] == "“" or straight_mark_opens(text, a)
        closes = text[b] == "”" or (not _opens_after(text, b) and not text[b - 1].isspace())
        if opens and closes:
            found.append((a, b + 1))
    return found


@dataclass(slots=True, kw_only=True)
class _Speaker:
    name: str
    role: str | None
    label: str = ""
    head: str = ""  # an unnamed speaker's head noun ("group" of "group of legislators")


# The speaker of a quotation whose attribution names someone the index does not know.
_UNNAMED = _Speaker(name="", role=None, label="unnamed")
# "the company" after a body the index does not know: no speaker at all (not a generic one).
_UNSURE = _Speaker(name="", role=None, label="unsure")
# A nickname in quotation marks inside a name: 'Dwayne "The Hammer" Kolby'.
_NICKNAME = re.compile(r"[\"“]\s*([A-Z][^\"”]{1,40}?)\s*[\"”]")


class SpeakerIndex:
    """Canonical speakers by normalised name, alias and role."""

    def __init__(self, ents: list[Entity]) -> None:
        self._by_key: dict[str, Entity] = {}
        for ent in ents:
            for alias in [*ent.aliases, ent.name]:
                self._by_key.setdefault(name_key(alias), ent)
        # A person's quoted nickname ('Dwayne "The Hammer" Kolby'): "The Hammer" alone, and the
        # name without it, are that person.
        for ent in ents:
            for alias in [*ent.aliases, ent.name] if ent.label == "person" else []:
                nick = _NICKNAME.search(alias)
                if nick is not None:
                    key = name_key(nick.group(1))
                    held = self._by_key.get(key)
                    if held is None or name_key(held.name) == key:  # or "Hammer" on its own
                        self._by_key[key] = ent
                    self._by_key.setdefault(name_key(_NICKNAME.sub(" ", alias)), ent)
        self._people = [e for e in ents if e.label == "person" and e.role]
        self.people = self._people
        # A surname alone ("Vogt"), when spaCy did not tag it: the one person it ends.
        # The surname is the last word before a generation ("Leslie Merritt Jr."); the entities
        # stage may list the surname alone as a person of its own ("Merritt"), which is then
        # that one person too.
        surnames: dict[str, list[Entity]] = {}
        for ent in ents:
            words = [w for w in ent.name.split() if name_key(w) not in GENERATIONS]
            if ent.label == "person" and len(words) > 1:
                surnames.setdefault(name_key(words[-1]), []).append(ent)
        for key, hits in surnames.items():
            held = self._by_key.get(key)
            if len(hits) == 1 and (
                held is None or (held.label == "person" and name_key(held.name) == key)
            ):
                self._by_key[key] = hits[0]
        # A body's last word that several bodies of the cluster end in ("navy" of the Varnish
        # Navy and the Ostrian Navy): "the Navy", even where it is one body's alias, may be
        # either, so it names none of them (``_Finder._resolve`` asks the source instead).
        heads: dict[str, set[str]] = {}
        for ent in ents:
            if ent.label == "organization" and len(ent.name.split()) > 1:
                heads.setdefault(name_key(ent.name.split()[-1]), set()).add(ent.name)
        self.shared_heads = {
            key
            for key, names in heads.items()
            if len(names) > 1
            # not a person's name the tagger also put at the end of bodies ("Secretary Salazar")
            and (key not in self._by_key or self._by_key[key].label == "organization")
        }

    def by_titled_name(self, tok: Any, text: str) -> _Speaker | None:
        """The person named ``text`` after an honorific of one sex, when the cluster lists
        "Mr Velt" and "Mrs Velt" as two people ("Mrs. Velt said": Mrs Velt, not "Velt")."""
        span = _entity_span(tok)
        title = _title_before(span[0] if span is not None else tok)
        ent = None
        if title in MALE_TITLES | FEMALE_TITLES:
            ent = self._by_key.get(("mr " if title in MALE_TITLES else "ms ") + name_key(text))
            ent = ent or self._by_key.get(f"{title} {name_key(text)}")
        if ent is None or ent.label != "person":
            return self.by_name(text)
        return _Speaker(name=ent.name, role=ent.role, label=ent.label)

    def by_name(self, text: str) -> _Speaker | None:
        key = name_key(text)
        if key in self.shared_heads:
            return None
        ent = self._by_key.get(key)
        first, _, rest = key.partition(" ")
        if ent is None and rest and first in HONORIFICS:
            ent = self._by_key.get(rest)  # "Prof Anton Kellner" tagged with his title
        return _Speaker(name=ent.name, role=ent.role, label=ent.label) if ent else None

    def by_role(self, phrase: str) -> _Speaker | None:
        hit = self._by_key.get(name_key(phrase))
        if hit is not None and hit.label == "person":
            return _Speaker(name=hit.name, role=hit.role, label=hit.label)
        match = [e for e in self._people if role_matches(phrase, _spelled_out(e.role or ""))]
        if len(match) != 1:
            return None
        return _Speaker(name=match[0].name, role=match[0].role, label="person")

    def by_bare_role(self, noun: str) -> _Speaker | None:
        """ "the president" alone: the one person of the cluster whose role has that head noun
        ("U.S. President Dan Kovar"), when another source named him and this one does not.

        Only for an office one person holds in a story (not "the prize winner": another winner
        may be meant, whom the cluster names without that role)."""
        if noun not in BARE_OFFICES:
            return None
        match = [e for e in self._people if role_head(_spelled_out(e.role or "")) == noun]
        if len(match) != 1:
            return None
        return _Speaker(name=match[0].name, role=match[0].role, label="person")


@stage(name="quotes", requires=("docs", "entities"), assigns=("quotes",))
def quotes(brief: Brief, ctx: Context) -> Brief:
    index = SpeakerIndex(brief.entities)
    out: list[Quote] = []
    for src in brief.sources:
        out.extend(_source_quotes(brief, src, index))
    brief.quotes = out
    return brief


def _source_quotes(brief: Brief, src: Source, index: SpeakerIndex) -> list[Quote]:
    author = _author(brief, src, index)
    finder = _Finder(src=src, index=index, author=author)
    for _, offset, doc in paragraph_docs(brief, src):
        if not is_headline(doc):
            finder.paragraph(doc, offset)
    direct = [(q.start, q.end) for q in finder.found if q.direct]
    seen: set[tuple[int, int, str, bool]] = set()
    unique = []
    for q in sorted(finder.found, key=lambda q: (q.start, q.end, not q.direct)):
        key = (q.start, q.end, q.speaker, q.direct)
        # A reported clause that is all inside quotation marks is the quotation itself; one that
        # starts inside a quotation is its tail ('... the end," she said, according to TT').
        inside = not q.direct and (
            any(s - 1 <= q.start and q.end <= e + 1 for s, e in direct)
            or any(s + 1 < q.start < e - 1 for s, e in finder.quotations)
        )
        if key not in seen and not inside and not _cut_short(src.original, q):
            seen.add(key)
            unique.append(q)
    return _reworded(_nested(unique))


# A paragraph that stops on "..." or "…" where it had more to say: an excerpt cut mid-sentence
# (after a comma or semicolon too: "expect that the June figures,...").
_CUT_TAIL = re.compile(r"\s*[,;:]?\s*(?:\.{3,}|…)\s*(?:\n|$)")


def _cut_short(text: str, q: Quote) -> bool:
    """ "said the state would also use ..." ending a cut excerpt: the statement runs into the cut
    and has lost its end (a half statement read as a whole one, "another $10..." for "$10
    billion"). One whose quotation mark closed before the cut is whole."""
    body = text[q.start : q.end].rstrip()
    if body.endswith(('"', "”", "’", "'")):
        return False
    end = len(body.rstrip(".…")) + q.start
    return _CUT_TAIL.match(text, end) is not None


# A statement sharing this share of the shorter one's word stems with an earlier one of the same
# speaker in the same source is that statement again, reworded ("only possible if" / "possible
# only if"); both must have MIN_REWORDED_WORDS words, so short remarks are not run together.
REWORDED_OVERLAP = 0.7
MIN_REWORDED_WORDS = 8


def _reworded(found: list[Quote]) -> list[Quote]:
    """The source's statements with a speaker's repeated, reworded one kept once (the first)."""
    kept: list[tuple[Quote, set[str]]] = []
    for q in sorted(found, key=lambda q: q.start):
        bag = {stem(w) for w in words(q.text)}
        if len(bag) >= MIN_REWORDED_WORDS and any(
            k.speaker == q.speaker
            and len(other) >= MIN_REWORDED_WORDS
            and len(bag & other) >= REWORDED_OVERLAP * min(len(bag), len(other))
            for k, other in kept
        ):
            continue
        kept.append((q, bag))
    return [q for q, _ in kept]


# A quotation that fills at least this share of the speaker's reported clause around it is the
# statement; a smaller one is a term the clause quotes ('so-called "gain of function"').
NESTED_SHARE = 0.6


def _nested(found: list[Quote]) -> list[Quote]:
    """One line for a quotation inside the same speaker's reported clause.

    "Ives said that, judging by the vote, 'the plan is dead'" gave the reported clause and the
    quotation: the quotation stays when it is most of the clause, else the clause stays and the
    quoted words (a term it uses) go.
    """
    drop: set[int] = set()
    for i, q in enumerate(found):
        if not q.direct:
            continue
        for j, r in enumerate(found):
            if r.direct or r.speaker != q.speaker or not r.start <= q.start <= q.end <= r.end + 1:
                continue
            big = q.end - q.start >= NESTED_SHARE * (r.end - r.start)
            drop.add(j if big else i)
    return [q for k, q in enumerate(found) if k not in drop]


def _author(brief: Brief, src: Source, index: SpeakerIndex) -> _Speaker | None:
    """The piece's author: metadata, else a "By X" line, else "writes X" in the text."""
    name = src.author
    if not name:
        match = _BYLINE.search(src.original[:2000])
        name = match.group(1) if match else None
    if not name:
        for _, _, doc in paragraph_docs(brief, src):
            for tok in doc:
                if tok.lemma_ == "write" and tok.tag_ == "VBZ":
                    subj = _subject(tok)
                    if subj is not None and subj.ent_type_ in ("PERSON", "ORG"):
                        name = _ent_text(subj)
                        break
            if name:
                break
    if not name:
        return None
    return index.by_name(name) or _Speaker(name=name, role=None)


class _Finder:
    """Walks one source's paragraphs in order, remembering who was named last."""

    def __init__(self, *, src: Source, index: SpeakerIndex, author: _Speaker | None) -> None:
        self.src, self.index, self.author = src, index, author
        self.found: list[Quote] = []
        self.people: list[list[_Speaker]] = []
        # The people the last sentence naming anyone named as a clause's subject ("after Kessler
        # insulted a reporter"), not as an object, possessor or conjunct ("he and Kovac").
        self.subjects_here: list[_Speaker] = []
        # The same people with their subject tokens, for a "he" later in the sentence.
        self.subject_tokens: list[tuple[Any, _Speaker]] = []
        self.last_subjects: list[_Speaker] = []
        # How deep in its sentence's tree each subject's clause is (by ``id``): the "he" of a
        # later sentence is the main clause's subject ("how did Kellner feel when he heard that
        # Vesta had been demoted? He told me"), not one of a clause under it.
        self.subject_depth: dict[int, int] = {}
        # Whether ``_last_person`` only guessed (a person merely named): its answer then
        # teaches no gender, so one wrong guess does not turn later "she"s away from her.
        self.guessed = False
        # Each pronoun's answer, as it is looked at twice (its verb, then its quotation): the
        # second look must not count the first one's quotation as a reason to be sure.
        self.resolved: dict[tuple[int, int], tuple[_Speaker | None, bool]] = {}
        self.speakers: list[list[_Speaker]] = []
        # Everyone named so far in this source, for "the minister", "the association".
        self.named: list[_Speaker] = []
        # The names tagged as countries or cities here (GPE), which the entities stage may still
        # label organisations: "the company" is never one of them (unless also tagged a body).
        self.places: set[str] = set()
        self.bodies: set[str] = set()
        # People named in the current sentence other than as a subject: "When asked about Orlov,
        # he said" -- "he" is not Orlov (he would be "himself"); a possessor may be.
        self.objects_here: list[_Speaker] = []
        # The person the previous sentence of the paragraph was about, for "he"/"she".
        self.prev_subject: _Speaker | None = None
        # The person whose statement the previous sentence reported ("..., according to Lind."):
        # the "he"/"she" of the next sentence before the person that sentence was about.
        self.prev_speaker: _Speaker | None = None
        # Every quotation of the source (offsets in ``source.original``, marks included).
        self.quotations: list[tuple[int, int]] = []
        # What "he"/"she" may refer to: a person's gender from an honorific or a gendered role
        # (``titled``), else from the pronoun an earlier statement of theirs was resolved by.
        self.titled: dict[str, str] = {}
        self.pronouned: dict[str, str] = {}
        # The people the statement being attributed names: "Brek was taken to hospital, he
        # added" -- "he" is not Brek (he would say "I").
        self.in_statement: set[str] = set()
        # One unnamed person who spoke in the current sentence ("a navy spokesman said"): the
        # "he"/"she" of the next sentence when no named person spoke in this one.
        self.unnamed_here: _Speaker | None = None

    def paragraph(self, doc: Any, offset: int) -> None:
        self.people.append([])
        self.people = self.people[-(PRONOUN_PARAGRAPHS + 1) :]
        self.speakers.append([])
        self.speakers = self.speakers[-(PRONOUN_PARAGRAPHS + 1) :]
        text = doc_text(doc)
        spans = quote_spans(text)
        spans = sorted(spans + _mixed_spans(text, spans))
        self.quotations.extend((offset + s, offset + e) for s, e in spans)
        inside = {i for s, e in spans for i in range(s, e)}
        last: _Speaker | None = None
        # ``prev_subject`` runs on over the paragraph break: in 'Varga called Tomas "a kind
        # boy." / "He loved to laugh," she said' the "she" is the last sentence's subject.
        for sent in doc.sents:
            self.objects_here, self.subjects_here, self.subject_tokens = [], [], []
            self.unnamed_here = None
            before, named = len(self.speakers[-1]), len(self.people[-1])
            for tok in sent:
                self._note_person(tok, quoted=tok.idx in inside)
                if tok.idx in inside:
                    continue
                hit = self._reported(tok, doc, offset)
                if hit is not None:
                    last = hit
            last = self._direct(sent, spans, offset, last) or last
            self.prev_subject = self._sentence_subject(sent)
            spoke = self.speakers[-1][before:]
            # "..., a hospital official said. He spoke on condition of anonymity.": a sentence
            # about "he"/"she" in which no one new speaks keeps the last speaker for the next
            # "he" (an unnamed one, whom ``prev_subject`` cannot carry).
            pronoun = _about_a_pronoun(sent)
            kept = self.prev_speaker
            if spoke or self.unnamed_here is not None or not pronoun or kept is None:
                self.prev_speaker = spoke[-1] if spoke else self.unnamed_here
            elif not self._fits(kept, pronoun) or _role_gender(kept) not in ("", pronoun):
                # ("A spokesman said ... . She replied": "she" is not that spokesman.)
                self.prev_speaker = None
            if len(self.people[-1]) > named:
                self.last_subjects = self.subjects_here

    def _sentence_subject(self, sent: Any) -> _Speaker | None:
        """The person the sentence is about: its main verb's subject when the tagger names a
        person there, the same person again when it is "he"/"she", else nobody."""
        # "Brandt was fired in May": a passive subject is who the sentence is about too
        # (``_subject`` keeps only active ones, the speakers of speech verbs).
        subj = _subject(sent.root) or next(
            (c for c in sent.root.children if c.dep_ == "nsubjpass"), None
        )
        if subj is None:
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if subj.lemma_.lower() in STATEMENT_NOUNS and poss is not None:
            subj = poss  # "Kessler's answer was ...": Kessler is who the sentence is about
        if subj.lower_ in ("he", "she"):
            prev = self.prev_subject
            return prev if prev is not None and self._fits(prev, subj.lower_) else None
        if _a_model(_entity_span(subj)):
            return None  # "A .357 Magnum was found": a gun
        if subj.ent_type_ != "PERSON":
            # A person the cluster knows, tagged otherwise here ("Varga called Tomas ...").
            known = self.index.by_name(_ent_text(subj)) if subj.pos_ == "PROPN" else None
            return known if known is not None and known.label == "person" else None
        text = _ent_text(subj)
        spk = self.index.by_titled_name(subj, text)
        if spk is None:
            return _Speaker(name=text, role=None, label="person")
        # Tagged as a person here, known to the cluster as something else (a planet, a fort):
        # it never says what "he" says.
        return spk if spk.label == "person" else None

    def _note_person(self, tok: Any, *, quoted: bool = False) -> None:
        if tok.ent_iob_ == "B" and tok.ent_type_ in SPEAKER_ENTS:
            span = _entity_span(tok)
            tagged = str(span.text) if span is not None else str(tok.text)
            text = (_over_initial(span) if span is not None else None) or tagged
            if text != tagged and not text.startswith(tagged):
                return  # the surname after "Ada K .": noted with her first name
            spk = self._pseudonym(tok) or self.index.by_titled_name(tok, text)
            if spk is None and text != tagged:  # "Ada K. Lindqvist", unknown as a whole
                spk = _Speaker(name=text, role=None, label="person")
            if spk is None and tok.ent_type_ == "ORG" and not quoted:
                # A body the index does not know ("Hallix", named just before "the company
                # said"): "the company" may mean it, so no older company is sure any more.
                self.named.append(_Speaker(name=text, role=None, label="unknown body"))
            if (
                spk is not None
                and not _a_model(span)
                and not _a_medium(_entity_root(tok))
                and not _a_given_name(_entity_root(tok))
            ):
                self.named.append(spk)
                if tok.ent_type_ == "GPE":
                    self.places.add(spk.name)
                elif tok.ent_type_ == "ORG":
                    self.bodies.add(spk.name)
                # A person named inside a quotation is talked about, not the "he" who talks:
                # '"If Lind sneezed, they would report it," he continued' is not Lind.
                if spk.label == "person" and not quoted and not _whose_person(_entity_root(tok)):
                    self._note_gender(tok, spk)
                    self.people[-1].append(spk)
                    dep = _entity_root(tok).dep_
                    if dep in ("nsubj", "nsubjpass"):
                        self.subjects_here.append(spk)
                        self.subject_tokens.append((_entity_root(tok), spk))
                        self.subject_depth[id(spk)] = len(list(_entity_root(tok).ancestors))
                    elif dep != "poss":
                        # A possessor may be the pronoun: "Dost's office quoted him" is Dost.
                        self.objects_here.append(spk)

    def _note_gender(self, tok: Any, spk: _Speaker) -> None:
        """Remember a gender the text states: "Ms. Lind", "Mr Orlov", "spokeswoman Ada Lind"."""
        title = _title_before(tok)
        head = role_head(spk.role or "")
        if title in MALE_TITLES or head in MALE_ROLES:
            self.titled.setdefault(spk.name, "m")
        elif title in FEMALE_TITLES or head in FEMALE_ROLES:
            self.titled.setdefault(spk.name, "f")

    def _fits(self, spk: _Speaker, pronoun: str) -> bool:
        """Whether "he"/"she" can be ``spk``: no stated or earlier pronoun gender against it."""
        want = PRONOUN_GENDER.get(pronoun)
        known = self.titled.get(spk.name) or self.pronouned.get(spk.name)
        return want is None or known is None or known == want

    def _last_person(self, pronoun: str = "", at: Any = None) -> _Speaker | None:
        """ "he"/"she": in the nearest paragraph naming anyone, the last person quoted there (the
        salient subject), else the last person named there; never someone named earlier in the
        same sentence other than as its subject, nor someone the text gives the other gender
        ("Ms. Lind said ... . He added" is not Ms. Lind)."""
        skip = self.objects_here + [
            p for group in self.people for p in group if p.name in self.in_statement
        ]
        self.guessed = False
        # "Brandt was arrested and held for ten days, during which he says ...": a person named
        # earlier in the sentence as the subject of a clause the pronoun's clause hangs under
        # (not of a clause beside it: in "Lind said Orlov would come and he added" he is Lind).
        if at is not None:
            governs = {a.i for a in at.ancestors}
            for subj, held in reversed(self.subject_tokens):
                candidate: _Speaker = held
                if (
                    subj.doc is at.doc
                    and subj.i < at.i
                    and subj.head.i in governs
                    and all(candidate.name != o.name for o in skip)
                    and self._fits(candidate, pronoun)
                ):
                    return candidate
        # "Tomas was cheerful, according to Velling. He said ...": the speaker of the previous
        # sentence; else "Lee was walking home when ... . He said ...": its subject.
        for prev in (self.prev_speaker, self.prev_subject):
            if (
                prev is not None
                and all(prev.name != o.name for o in skip)
                and self._fits(prev, pronoun)
            ):
                return prev
        # In the nearest paragraph naming anyone: the last person quoted, else the subject of the
        # last sentence naming anyone ("after Kessler insulted a reporter over a show he and
        # Kovac hosted": Kessler, not Kovac), else the last one named.
        for spoke, named in zip(reversed(self.speakers), reversed(self.people), strict=True):
            subjects = [p for p in self.last_subjects if any(p is q for q in named)]
            # The shallowest last (``sorted`` keeps the text order among equals).
            subjects.sort(key=lambda p: -self.subject_depth.get(id(p), 0))
            for group in (spoke, subjects, named):
                # (never one the statement itself names, in any paragraph: "He said Velt hit
                # him" is not Velt)
                cands = [
                    p
                    for p in group
                    if self._fits(p, pronoun)
                    and not any(p is o for o in skip)
                    and p.name not in self.in_statement
                ]
                if cands:
                    self.guessed = group is not spoke
                    return cands[-1]
            skip = []
        return None

    def _spoke(self, speaker: _Speaker) -> None:
        if speaker.label == "person":
            self.speakers[-1].append(speaker)

    def _reported(self, tok: Any, doc: Any, offset: int) -> _Speaker | None:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to":
            return self._according(tok, doc, offset)
        if tok.lower_ in VIEW_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            return self._in_words(tok, doc, offset)
        if tok.lemma_ not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
            return None
        if _inside_a_report(tok):
            return None  # "said early signs pointed to ...": reported inside a report
        if _not_said(tok):
            return None
        need = NEEDS_PARTICLE.get(tok.lemma_)
        if need and not any(c.lower_ in need for c in tok.children):
            return None
        subj = _aside_speaker(tok) or _subject(tok)
        if tok.lemma_ in BELIEF_VERBS and subj is not None and _a_crowd(subj):
            return None  # "most people thought ...", "fans had expected ...": an impression
        span = _content(tok)
        if span is not None and _inverted_speaker(tok) is not None:
            # "The tape, said Voss, the lawyer, shows ...": the aside is inside the statement.
            span = (tok.sent.start, tok.sent.end)
        if subj is not None and subj.lower_ in ("he", "she") and span is not None:
            self.in_statement = self._people_in(doc[span[0] : span[1]])
        if subj is not None and subj.lower_ in ("he", "she"):
            # "she complained to Lind that ...": Lind listens; "she" is someone else.
            self.in_statement |= self._listeners(tok)
        speaker = (self._text_writer(subj) or self._resolve(subj)) if subj is not None else None
        if speaker is None and subj is not None:
            # "a statement from the Jurists Union said": no speaker as written (a name in a
            # generic phrase), so the body that published the record speaks through it.
            speaker = self._resolve_record(subj)
        self.in_statement = set()
        if speaker is not None and tok.lemma_ in EVIDENCE_VERBS and _evidence(subj, speaker):
            return None  # "New evidence suggests that ...": a finding, not a statement
        if (
            speaker is None
            or span is None
            # (asked of the words after a label: "Why it matters: ..." asks nothing)
            or _a_question(
                doc[min(span[0] + _label_end(list(doc[span[0] : span[1]])), span[1] - 1)], tok
            )
            # "rockets that the ministry said were made ...": no whole statement
            or _subject_gap(doc[span[0]])
            # "the lowest fare Lind has said she would accept": no whole statement either
            or _object_gap(tok)
        ):
            return speaker
        thing = _a_thing_named(tok, doc[span[0] : span[1]])
        if thing:
            # "pointed to the openness of X", "denied the allegations": a noun phrase alone
            # says nothing; with its verb it reads as what the speaker did say.
            span = (tok.i, span[1])
        self._add(speaker, doc, offset, span, direct=False, verb=tok.lemma_, thing=thing)
        self._note_unnamed(speaker, subj)
        return speaker

    def _note_unnamed(self, speaker: _Speaker | None, subj: Any) -> None:
        """Remember "a spokesman" (one person, by function) who spoke in this sentence."""
        if (
            speaker is not None
            and speaker.label == "generic"
            and subj is not None
            and subj.tag_ == "NN"
            and role_like(speaker.name)
        ):
            self.unnamed_here = speaker

    def _people_in(self, span: Any) -> set[str]:
        """The canonical names of the people a span names."""
        out = set()
        for tok in span:
            if tok.ent_iob_ == "B" and tok.ent_type_ in SPEAKER_ENTS:
                spk = self.index.by_name(_ent_text(tok))
                out.add(spk.name if spk is not None else _ent_text(tok))
        return out

    def _listeners(self, verb: Any) -> set[str]:
        """The canonical names of the people a speech verb addresses: the object of its "to"
        ("complained to Lind that ..."), or its object when a content clause follows ("told
        Lind that ...", "informed Lind that ..."). A listener is never the verb's "he"/"she"
        (who would then be talking to "himself"/"herself")."""
        heard: list[Any] = []
        clause = any(c.dep_ == "ccomp" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                heard.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ in ("dative", "dobj") and clause:
                heard.append(child)
        names: set[str] = set()
        for head in heard:
            for noun in [head, *(c for c in head.conjuncts)]:
                span = _entity_span(noun) if noun.ent_type_ in SPEAKER_ENTS else None
                if span is not None:
                    names |= self._people_in(span)
                elif noun.pos_ == "PROPN":
                    # A name the tagger missed here but the cluster knows as a person.
                    known = self.index.by_name(noun.text)
                    if known is not None and known.label == "person":
                        names.add(known.name)
        return names

    def _according(self, tok: Any, doc: Any, offset: int) -> _Speaker | None:
        pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
        last = pobj.right_edge if pobj is not None else None
        if last is not None and _CUT_TAIL.match(doc.text, last.idx + len(last.text)):
            # "according to a White House fact...": the excerpt is cut inside the source's
            # name ("fact sheet"), so the words left are not its name.
            return None
        speaker = None
        if pobj is not None and pobj.lemma_.lower() in RECORD_NOUNS:
            author = _record_author(pobj)  # "according to estimates released by X": X
            speaker = self._resolve(author) if author is not None else None
        if speaker is None and pobj is not None:
            speaker = self._resolve(pobj)
        if speaker is None:
            return None
        sent = tok.sent
        phrase = list(tok.subtree)
        if phrase[0].i <= sent.start + 1:
            span = (phrase[-1].i + 1, sent.end)
            # "According to X, <role the parser left outside the phrase>, the summit was ...":
            # the statement starts at the main clause's subject.
            # The subject nearest the verb: the parser may take a role's last words for a
            # second subject ("...; Northern Coast University, Halvik relies on ...").
            subjects = [c for c in sent.root.lefts if c.dep_ in ("nsubj", "nsubjpass")]
            subj = subjects[-1] if subjects else None
            if subj is not None and subj.left_edge.i > span[0] and doc[span[0]].text in (",", ";"):
                span = (subj.left_edge.i, sent.end)
        elif phrase[-1].i >= sent.end - 2:
            if any(
                v.lemma_ in QUOTE_VERBS
                and v.pos_ == "VERB"
                and _subject(v) is not None
                and (v.i == tok.head.i or not _not_said(v))  # "will contend": not yet said
                for v in [tok.head, *tok.head.ancestors]
            ):
                # '"...," Lee told them, according to members present': Lee's words, which
                # the members only pass on (Lee's quotation is found on its own); so too when
                # the phrase hangs on the verb of what Lee said ("Lee told them that it would
                # fail, according to a deposition").
                return None
            span = (sent.start, phrase[0].i)
        elif _relays(phrase[-1]):
            # "Lind, according to a reporter, replied: ...": the words are Lind's; the reporter
            # only passes them on.
            return None
        elif _in_relative_clause(tok):
            # "Tarnix, which according to the report has ...": what the report says is the
            # relative clause about Tarnix, not the sentence around it, and not one span.
            return speaker
        else:
            span = _after_mid_phrase(tok, phrase[-1].i + 1) or (sent.start, sent.end)
        self._add(speaker, doc, offset, span, direct=False, verb="according to")
        return speaker

    def _in_words(self, tok: Any, doc: Any, offset: int) -> _Speaker | None:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        speaker = self._resolve(poss) if poss is not None else None
        if speaker is None:
            return None
        sent, prep = tok.sent, tok.head
        span = (prep.right_edge.i + 1, sent.end) if prep.i <= sent.start + 1 else None
        if span is not None:
            self._add(speaker, doc, offset, span, direct=False, verb=f"in the {tok.lower_} of")
        return speaker

    # -- quotations -------------------------------------------------------------------------

    def _direct(
        self, sent: Any, spans: list[tuple[int, int]], offset: int, last: _Speaker | None
    ) -> _Speaker | None:
        speaker: _Speaker | None = None
        full = doc_text(sent.doc)
        for s, e in spans:
            if not (sent.start_char <= s < sent.end_char):
                continue
            text = full[s + 1 : e - 1].rstrip(",; ")
            if len(text.split()) < MIN_QUOTE_WORDS:
                continue
            found, verb = self._quote_speaker(sent, s, e, spans)
            if _a_term_or_title(sent.doc, s, e):
                if found is not None:  # not listed, but its speaker is the one "he" is
                    self._spoke(found)
                continue
            # The previous quotation's speaker goes on only in a quotation that opens a sentence
            # ('..., she said. "And more."'), not in one quoted inside narration.
            carried = last if found is None and _opens_sentence(full, s) else None
            if carried is not None and self._another_before_colon(sent, s, carried):
                carried = None
            speaker = found or carried
            if speaker is None or speaker is _UNNAMED or not _a_name(speaker):
                continue
            inner = sent.doc.char_span(s + 1, e - 1, alignment_mode="expand")
            if inner is not None and _run_on_from_narration(list(inner)):
                self._spoke(speaker)  # still who spoke, for the "he" of the next sentence
                last = speaker
                continue
            self.found.append(
                Quote(
                    speaker=speaker.name,
                    role=speaker.role,
                    text=text,
                    source=self.src.id,
                    direct=True,
                    start=offset + s + 1,
                    end=offset + s + 1 + len(text),
                    verb=verb,
                )
            )
            self._spoke(speaker)
            last = speaker
        return speaker

    def _another_before_colon(self, sent: Any, s: int, last: _Speaker) -> bool:
        """Whether a person other than ``last`` is the subject of the clause that a colon ends
        right before the quotation: in 'Lind spoke first. He began by praising the crew: "..."'
        the words are his, so Lind's do not run on into them (whoever "he" is)."""
        doc, full = sent.doc, doc_text(sent.doc)
        before = full[:s].rstrip()
        if not before.endswith(":"):
            return False
        verb = doc[_token_at(doc, len(before) - 1)].head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
            return False
        spk = self._resolve(subj)
        return spk is None or spk.name != last.name

    def _quote_speaker(
        self, sent: Any, s: int, e: int, spans: list[tuple[int, int]]
    ) -> tuple[_Speaker | None, str]:
        doc, full = sent.doc, doc_text(sent.doc)
        # The parser may end a sentence inside a quotation of several sentences, or before the
        # words after it ('"It was chaos. All ran," he said'): the attribution is then in the
        # sentence the quotation ends in or runs on into, or in the one before after "X wrote:"
        # or "X noted that".
        first, last = sent, sent
        after = len(full[e:]) - len(full[e:].lstrip())
        if e + after < len(full) and (
            full[s + 1 : e - 1].rstrip().endswith(",")
            or full[e + after] in ","
            or full[e + after].islower()
        ):
            last = doc[_token_at(doc, e + after)].sent
        # The attribution right after a quotation that ends its sentence: '"...". So said X' or
        # '"..." was how X described it' (the verb there, whatever is nearer).
        cue = _AFTER_CUE.match(full, e)
        if cue is not None:
            verbs = QUOTE_VERBS | (HOW_VERBS if cue.group(1) else frozenset())
            first_tok = doc[_token_at(doc, cue.end() - 1)]
            # "So said X": the word after "So"; "was how X put it": the clause's verb.
            tail = doc[first_tok.i : first_tok.sent.end if cue.group(1) else first_tok.i + 1]
            verb = next((t for t in tail if t.lemma_ in verbs and t.pos_ == "VERB"), None)
            subj = _subject(verb) if verb is not None else None
            if verb is not None and subj is None and not cue.group(1):
                # "So commented a nurse": the parser may take the inverted subject for an object.
                subj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
            if verb is not None and subj is not None:
                found = self._resolve(subj) or _as_written(subj)
                return found or _UNNAMED, verb.lemma_
        before = full[:s].rstrip()
        if before and (before.endswith(":") or not _opens_sentence(full, s)):
            first = doc[_token_at(doc, len(before) - 1)].sent
        quoted = {i for a, b in spans for i in range(a, b)}
        # The nearest speech verb, but first one whose clause holds the quotation: in 'they
        # stressed that their plan "delivers on much" of what Lind asked for' the words are
        # theirs, not Lind's.
        opening = doc[_token_at(doc, s + 1)]
        best: tuple[bool, int, Any] | None = None
        for tok in doc[min(first.start, sent.start) : max(last.end, sent.end)]:
            # (A verb in the "quoted X as ...ing" frame speaks whatever it is.)
            speaks = tok.lemma_ in QUOTE_VERBS or _quoted_as(tok)
            if tok.idx in quoted or not speaks or tok.pos_ not in ("VERB",):
                continue
            need = NEEDS_PARTICLE.get(tok.lemma_)
            if need and not any(c.lower_ in need for c in tok.children):
                continue  # "pointed his rifle": only "pointed to/out" speak
            dist = min(abs(tok.idx - s), abs(tok.idx - e))
            holds = (
                tok.i != opening.i
                and opening in tok.subtree
                and not _joined_after(tok, opening)
            )
            if best is None or (not holds, dist) < (not best[0], best[1]):
                best = (holds, dist, tok)
        if best is None:
            return None, ""
        verb = best[2]
        if (best[0] or s > verb.idx) and _not_said(verb):
            # Words quoted in (or after) the clause of a verb that reports nothing said ("failed
            # to warn that they planned to "shut the port"", "will announce ...") are no one's
            # here (the parser may hang a later quoted verb elsewhere).
            return _UNNAMED, verb.lemma_
        subj = _subject(verb)
        if subj is None:
            return None, verb.lemma_
        # A subject we cannot name ('"...," replied Mission Control') is still someone other
        # than the previous speaker: the caller must not carry that one on.
        if subj.lower_ in ("he", "she"):
            # '"...," she told Lind': Lind listens; "she" is someone else.
            self.in_statement = self._listeners(verb)
        found = self._resolve_record(subj) or self._resolve(subj) or _as_written(subj)
        self.in_statement = set()
        self._note_unnamed(found, subj)
        return found or _UNNAMED, verb.lemma_

    def _text_writer(self, tok: Any) -> _Speaker | None:
        """"his letter to the council suggests ...": the text's possessor wrote it and speaks
        through it (a name, or a pronoun resolved as "he" would be)."""
        if tok.lemma_.lower() not in TEXT_NOUNS:
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return self._resolve(poss) if poss is not None else None

    def _resolve_record(self, tok: Any) -> _Speaker | None:
        """'"...," said a statement from the ministry': who published the record."""
        if tok.lemma_.lower() not in RECORD_NOUNS:
            return None
        author = _record_author(tok)
        return self._resolve(author) if author is not None else None

    # -- speakers ---------------------------------------------------------------------------

    def _resolve(self, tok: Any) -> _Speaker | None:
        if _an_instrument(tok) and self.index.by_name(tok.text) is None:
            return None
        titled = _after_title(tok)
        if titled is not None:
            return self._resolve(titled)
        pseudonym = self._pseudonym(tok)
        if pseudonym is not None:
            return pseudonym
        nickname = _quoted_nickname(tok)
        if nickname is not None:
            # 'The "Comet Hunter" added': a person the text calls so, known by it, else the one
            # who spoke last (a nickname stands for someone named before, as "he" does).
            known = self.index.by_name(nickname)
            if known is not None and name_key(known.name) != name_key(nickname):
                return known
            spoke = [p for group in self.speakers for p in group]
            return self.prev_speaker or (spoke[-1] if spoke else None)
        low = tok.lower_
        if low in ("he", "she", "him", "her", "his") and not _after_honorific(tok):
            key = (id(tok.doc), tok.i)
            if key not in self.resolved:
                self.resolved[key] = (self._last_person(low, tok), self.guessed)
            spk, guessed = self.resolved[key]
            if spk is not None and not guessed:  # "she" said it: a later "he" is not her
                self.pronouned.setdefault(spk.name, PRONOUN_GENDER[low])
            return spk
        if low in ("i", "me", "my") or (
            low == "author" and tok.i and tok.nbor(-1).lower_ == "this"
        ):
            return self.author
        if low in ("who", "which", "that") and tok.head.dep_ == "relcl":
            head = tok.head.head  # "the association, which says ..."
            between = tok.doc[head.i + 1 : tok.i]
            if head.i > tok.i or any(t.pos_ in ("VERB", "AUX") for t in between):
                # A verb between: "when Lind questioned exactly who claimed ..." asks who, the
                # parser's relative clause notwithstanding (a relative pronoun follows its noun).
                return None
            if _a_kind(head, tok.head):
                return None
            if head.lemma_.lower() in TEXT_NOUNS and head.dep_ == "dobj":
                # "X issued a statement that said ...": the statement is X's.
                issuer = _subject(head.head) if head.head.lemma_ in ISSUE_VERBS else None
                if issuer is not None:
                    return self._resolve(issuer)
            if low == "which":
                head = _before_participle_phrase(head)
            if head.dep_ == "appos":  # "Ada Lind, a councillor who said ...": Ada Lind
                named = self._resolve(head.head)
                if named is not None and named.label != "generic":
                    if low == "who" and named.label != "person":
                        return self._person_above(head) or named
                    return named
            if head.lemma_.lower() in TEXT_NOUNS and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
            ):
                # "promoting his new book that claims ...": the book's author speaks through
                # it, the "his" resolved as "he" would be, or no one (not "new book").
                return self._text_writer(head)
            found = self._resolve(head)
            if low == "who" and found is not None and found.label not in ("person", "generic"):
                return self._person_above(head) or found
            return found
        if tok.ent_type_ in ("ORG", "GPE", "NORP"):
            # "Harbour Workers Union (HWU) Chairwoman Ada Lind warned": the parser makes the
            # body the subject and its officer an apposition; the officer speaks.
            officer = next(
                (c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
            ) or _officer_after_body(tok)
            if officer is not None:
                return self._resolve(officer)
        named_after = _after_possessor(tok) if tok.ent_type_ == "ORG" else None
        if named_after is not None:
            return self.index.by_name(named_after) or _Speaker(
                name=named_after, role=None, label="person"
            )
        if tok.ent_type_ in SPEAKER_ENTS:
            text = _ent_text(tok)
            spk = self.index.by_titled_name(tok, text)
            if spk is None and (tok.ent_type_ == "PERSON" or text != _tagged_text(tok)):
                # or "Ada K. Lindqvist"; a body's name made whole is a body's
                label = "organization" if tok.ent_type_ == "ORG" else "person"
                spk = _Speaker(name=text, role=None, label=label)
            if spk is not None:
                return spk
            if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS":
                # "the Velmarians said", "Republicans said": a people or party in the plural
                # that the entities stage does not list speaks as written.
                return _Speaker(name=text, role=None, label="generic")
            if name_key(text) in self.index.shared_heads:  # "the Navy" of several navies
                head = self._by_head(tok)
                if head is _UNSURE:
                    return None
                return head or _Speaker(name=text, role=None, label="generic")
            # Not known by that name: "Democrats like Ada Lind" may still name a speaker.
            named = _named_inside(tok)
            return self._resolve(named) if named is not None else None
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_), None)
        if appos is not None and not _whose_person(_entity_root(appos)):
            return self._resolve(appos)  # "Its lawyer, Nadia Voss, said"
        if tok.pos_ == "PROPN":
            spk = self.index.by_name(tok.text)
            written = _as_written(tok)
            if spk is not None and spk.label != "person" and written is not None:
                # "the Harbour Ledger reported" where another source's "told the Ledger" made
                # "Ledger" a body: the name as written here is the fuller one (a surname alone
                # still finds its person).
                return self.index.by_name(written.name) or written
            if spk is not None:
                return spk
        if _a_share(tok):
            return None
        named = _named_inside(tok)
        if named is not None and _whose_person(_entity_root(named)):
            named = None  # "the mother of Tomas Arvid said": she speaks, not her son
        if named is not None:  # "moderator of the discussion Oskar Brandt"
            spk = self._resolve(named)
            # A name the cluster knows as a place ("the hosts of the summit in Tromsø",
            # tagged PERSON by the small model here and there) does not speak for the phrase.
            if spk is not None and spk.label == "person":
                return spk
        if tok.pos_ in ("NOUN", "PROPN"):
            phrase = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i)
            found = (
                self.index.by_role(phrase)
                or self._by_head(tok)
                or self._by_bare_role(tok)
                or self._by_affiliated_role(tok)
                or self._by_description(tok)
                or self._by_variation(tok)
                or _generic(tok)
            )
            return None if found is _UNSURE else found
        return None

    def _pseudonym(self, tok: Any) -> _Speaker | None:
        """ '"John" told the paper': a given name alone in quotation marks is what the story
        calls someone it does not name, not the person of the cluster whose name it opens
        ("John Paul Getty"); that one word, as written, is the speaker."""
        doc = tok.doc
        if not (0 < tok.i < len(doc) - 1) or tok.ent_type_ != "PERSON":
            return None
        if doc[tok.i - 1].text not in ('"', "“") or doc[tok.i + 1].text not in ('"', "”"):
            return None
        known = self.index.by_name(tok.text)
        full = name_key(known.name).split() if known is not None else []
        if known is None or known.label != "person" or len(full) < 2:
            return None
        if full[0] != name_key(tok.text):
            return None
        return _Speaker(name=str(tok.text), role=None, label="person")

    def _person_above(self, noun: Any) -> _Speaker | None:
        """The person a noun phrase hangs from as an apposition or an "of" object, for a "who"
        the parser hangs on a thing: in "Ada Lind, owner of Tarnix, the weekly paper, who said
        ..." the parser makes the paper the antecedent, but "who" stands for a person and the
        only person up the chain of appositions and "of" phrases is Ada Lind."""
        node = noun
        for _ in range(MAX_PERSON_STEPS):
            node = _noun_above(node)
            if node is None:
                return None
            spk = self._resolve(node) if node.ent_type_ == "PERSON" else None
            if spk is not None and spk.label == "person":
                return spk
        return None

    def _without_own_source(self, speaker: _Speaker, tokens: list[Any]) -> list[Any]:
        """The clause without an opening "according to" that names the speaker's own work: in
        "Lind said that, according to her figures, the pier will cost more" what Lind said is
        "the pier will cost more" (the phrase only says whose figures they are)."""
        if len(tokens) < 3 or tokens[0].lower_ != "according" or tokens[1].lower_ != "to":
            return tokens
        pobj = next((c for c in tokens[1].children if c.dep_ == "pobj"), None)
        author = _record_author(pobj) if pobj is not None else None
        owner = self._resolve(author) if author is not None else None
        if owner is None or owner.name != speaker.name:
            return tokens
        rest = [t for t in tokens if t.i > tokens[0].right_edge.i]
        while rest and rest[0].is_punct:
            rest = rest[1:]
        return rest or tokens

    def _by_head(self, tok: Any) -> _Speaker | None:
        """ "the minister", "the company": the last one named in this source that fits."""
        if [c.lower_ for c in tok.lefts] != ["the"]:
            return None
        noun = tok.lemma_.lower()
        if tok.tag_ == "NNS" and tok.lower_ != noun:
            # "the firms", "the ministers": several named before, not the last one alone
            # ("the police", whose lemma is the word itself, is one force).
            return None
        for spk in reversed(self.named):
            if spk.label == "unknown body":
                if noun in BUSINESS_NOUNS:
                    return _UNSURE  # it may be the one meant: no company is sure
                continue
            if spk.label == "generic":
                # "a group of Velmar legislators said ... . '...,' the group said": the unnamed
                # group that spoke since the last body was named.
                if spk.head == noun:
                    return spk
                continue
            if spk.label == "person" and spk.role and role_head(spk.role) == noun:
                return None if self._may_be_the_last_speaker(spk) else spk
            words = spk.name.lower().split()
            if words and (words[-1] in HONOUR_WORDS or HONOUR_MARKS & set(words)):
                continue  # an award or a named chair
            if spk.label == "organization" and (
                (noun in BUSINESS_NOUNS and not self._a_place(spk) and not _public(words))
                # "the report" is a text, not the newsletter "Southern Africa Report"
                # the head of the body's name: "the league" is no "Major League Baseball"
                or (_name_head(words) == noun and noun not in TEXT_NOUNS)
                or (noun == "agency" and any(w in PUBLIC_BODY_WORDS for w in words))
            ):
                return spk
        return None

    def _may_be_the_last_speaker(self, spk: _Speaker) -> bool:
        """Whether "the actor" may be the person the previous sentence quoted, not ``spk``.

        News prose calls the person it just quoted by what they are ('"...," said Venn. "...,"
        said the actor.'); when that person's role is unknown, they may be "the actor" as well
        as the last person named with that role, so neither is sure. (The last one quoted in
        these paragraphs, though a caption or a sentence without a speech verb came between.)"""
        spoke = [p for group in self.speakers for p in group]
        last = self.prev_speaker or (spoke[-1] if spoke else None)
        return bool(
            last is not None
            and last.label == "person"
            and not last.role
            and name_key(last.name) != name_key(spk.name)
        )

    def _a_place(self, spk: _Speaker) -> bool:
        return spk.name in self.places and spk.name not in self.bodies

    def _by_bare_role(self, tok: Any) -> _Speaker | None:
        """ "the president" with nothing else to it (not "the president of the club"), or with
        an adjective of time only ("the outgoing governor", "the sitting mayor")."""
        lefts = list(tok.lefts)
        if (
            not lefts
            or lefts[0].lower_ != "the"
            or any(
                (c.dep_ != "amod" or c.lower_ not in OFFICE_TIME_WORDS)
                and c.lower_ not in PARTY_WORDS
                for c in lefts[1:]
            )
            or any(c.dep_ in ("prep", "appos", "relcl", "acl", "compound") for c in tok.children)
        ):
            return None
        return self.index.by_bare_role(tok.lower_)

    def _by_variation(self, tok: Any) -> _Speaker | None:
        """ "the actor", "the opposition leader" right after a named person spoke: that person.

        News prose names a speaker, then calls them by what they are for the next attribution
        ("Ada Lind said the talks had failed. '...,' the opposition leader said"): a definite
        role noun no one was introduced with points back to the one who just spoke. Only when
        the previous sentence reported that person (and was about them), and no other person
        named in this source holds a role with that head noun (who "the leader" may be)."""
        lefts = list(tok.lefts)
        noun = tok.lemma_.lower()
        if (
            tok.pos_ != "NOUN"
            or tok.tag_ != "NN"
            or not lefts
            or lefts[0].lower_ != "the"
            or any(c.dep_ not in ("amod", "compound") for c in lefts[1:])
            or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.rights)
            or noun in TEXT_NOUNS
            or not (noun in PERSON_NOUNS or role_like(noun))
        ):
            return None
        spk, about = self.prev_speaker, self.prev_subject
        if spk is None or spk.label != "person" or not spk.name:
            return None
        if about is None or name_key(about.name) != name_key(spk.name):
            return None
        # Not when the sentence names that person itself ("the lawyer told Lind", "'Lind is
        # wrong,' the lawyer said"): then the role is someone else's. (Any proper noun of the
        # name: the small model may tag a surname alone as a body.)
        own = set(name_key(spk.name).split())
        if any(t.pos_ == "PROPN" and name_key(t.text) in own for t in tok.sent):
            return None
        others = {
            s.name
            for s in self.named
            if s.label == "person"
            and s.role
            and name_key(s.name) != name_key(spk.name)
            and role_head(_spelled_out(s.role)) == noun
        }
        return None if others else spk

    def _by_description(self, tok: Any) -> _Speaker | None:
        """ "the 45-year-old lawyer", "the 1996 Nobel Peace Prize winner": the one person this
        source named before whose role has that head noun, when every other word of the phrase
        is the role's own or an age, year or number (which tell about the person, not which
        one). "The former lawyer", "the second lawyer" or "the Ostrian lawyer" may be another
        (``_by_head`` takes a bare "the lawyer"; ``SpeakerIndex.by_role`` a phrase made only of
        the role's words, which drops numbers and so misses "the 1996 ... winner")."""
        lefts = list(tok.lefts)
        if (
            tok.pos_ != "NOUN"
            or len(lefts) < 2
            or lefts[0].lower_ != "the"
            or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.rights)
        ):
            return None
        noun = tok.lemma_.lower()
        people = {
            s.name: s
            for s in self.named
            if s.label == "person" and s.role and role_head(_spelled_out(s.role)) == noun
        }
        if len(people) != 1:
            return None
        (spk,) = people.values()
        own = {w.lower().strip(".,'’") for w in (spk.role or "").split()}
        for c in lefts[1:]:
            for t in c.subtree:
                if t.is_punct or t.lower_ in own:
                    continue
                if t.ent_type_ == "DATE" or (t.like_num and t.ent_type_ != "ORDINAL"):
                    continue  # "45-year-old", "1996"
                return None
        return spk

    def _by_affiliated_role(self, tok: Any) -> _Speaker | None:
        """ "the Velmar president", "the company's chief executive", "the Harbour Party leader":
        a role with whose it is (a country's, a body's) names the one person this source, else
        the cluster, gives a role of that head noun; one whose role names another country or
        body ("Ostrian President") is not it."""
        role = _affiliated_role(tok)
        if role is None:
            return None
        extra, bodies = role
        noun = tok.lemma_.lower()

        def fits(held: str | None) -> bool:
            words = held.split() if held else []
            if not words or not _same_office(noun, role_head(held or "")):
                return False
            low = {w.lower().strip(".,'’") for w in words}
            if not extra <= low:
                return False
            # A capitalised word of the role besides its titles names whose it is: it must be
            # one of the phrase's (or the role says nothing of whose it is). Before the head or
            # after it: "lawyer from Dunmore" is Dunmore's as "Dunmore lawyer" is.
            head = role_head(held or "")
            named = {
                w.lower().strip(".,'’")
                for w in words
                if w[:1].isupper() and w.lower().strip(".,'’") != head
            }
            named -= TITLE_WORDS
            return not named or bool(named & bodies)

        for pool in (
            [s for s in self.named if s.label == "person"],
            [_Speaker(name=e.name, role=e.role, label="person") for e in self.index.people],
        ):
            match = {s.name: s for s in pool if fits(s.role)}
            if len(match) == 1:
                return next(iter(match.values()))
            if match:
                return None
        return None

    def _add(
        self,
        speaker: _Speaker,
        doc: Any,
        offset: int,
        span: tuple[int, int],
        *,
        direct: bool,
        verb: str,
        thing: bool = False,
    ) -> None:
        if not direct:
            span = _across_cut_dots(doc, span)
        tokens = [t for t in doc[span[0] : span[1]] if not t.is_space]
        # "that" opening the clause goes, unless it is the clause's subject ("That means ...").
        while tokens and (tokens[0].is_punct or _complementiser(tokens[0])):
            tokens = tokens[1:]
        if not direct and not thing and tokens and _subject_gap(tokens[0]):
            return  # "agree to X - that is, with terms ...": a clause whose subject is cut off
        if not direct:
            # "Details: X will ...", "What's happening: X ...": a news site's label opening the
            # sentence (at most three words before a colon) is no part of what was said.
            tokens = tokens[_label_end(tokens) :]
        if not direct and tokens and tokens[-1].ent_type_:
            # A clause the parser ends inside a name or a time runs on to its end: in "stolen
            # just before 9 a.m. The driver ..." it hangs "a.m." outside the clause.
            last = tokens[-1]
            stop = last.i + 1
            while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].sent == last.sent:
                stop += 1
            tokens += [t for t in doc[last.i + 1 : stop] if not t.is_space]
        # Nor on a comma or a conjunction whose second half the parser left out ("..., and").
        while tokens and (
            (tokens[-1].is_punct and tokens[-1].text not in _KEEP_AT_END) or tokens[-1].dep_ == "cc"
        ):
            tokens = tokens[:-1]
        tokens = _without_trailing_source(tokens)
        if not direct:
            tokens = self._without_own_source(speaker, tokens)
            kept = _without_speech_aside(tokens)
            if kept is None:
                return  # "Exports, the agency said, fell": the statement is not one span
            tokens = kept
        # Words, not tokens: "long-term" is three tokens and one word.
        # (the verb opening a noun phrase's text does not count: "denying that long-term")
        if sum(not t.is_punct for t in tokens) - thing < MIN_QUOTE_WORDS or not _a_name(speaker):
            return
        if not direct and _only_where(tokens):
            return  # "said live on Harbour Radio": where it was said, not what
        self._spoke(speaker)
        if speaker.label == "generic" and speaker.head:
            self.named.append(speaker)  # for a later "the group" (``_by_head``)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        start, end = _balanced(doc_text(doc), start, end)
        text = doc_text(doc)[start:end]
        self.found.append(
            Quote(
                speaker=speaker.name,
                role=speaker.role,
                text=" ".join(text.split()),
                source=self.src.id,
                direct=direct,
                start=offset + start,
                end=offset + end,
                verb=verb,
            )
        )


# Words of a role that are titles, not whose the role is ("Prime Minister", "Chief Executive").
TITLE_WORDS = frozenset({
    "president", "prime", "minister", "chief", "executive", "deputy", "vice", "senior", "general",
    "secretary", "foreign", "acting", "former", "us", "u.s", "leader", "head", "chairman",
    "chairwoman", "director", "spokesman", "spokeswoman", "governor", "mayor", "officer",
})
# Owners a role is said to be of, by a common noun: "the company's chief executive".
OWNER_NOUNS = BUSINESS_NOUNS | PUBLIC_BODY_WORDS | frozenset({
    "country", "nation", "party", "team", "club", "newspaper", "paper", "network", "union",
    "government", "state", "city", "bank", "university",
})


# Heads of public bodies besides agencies: a court, ministry or council is never "the firm".
# fmt: off
PUBLIC_HEADS = PUBLIC_BODY_WORDS | frozenset({
    "court", "ministry", "council", "parliament", "senate", "congress", "government", "police",
})
# fmt: on


def _joined_after(verb: Any, tok: Any) -> bool:
    """Whether ``tok`` lies in a clause joined to ``verb`` with a subject of its own.

    In 'Berg said her son told the coach he was old enough, and "the coach handed him the
    keys"' the quoted clause hangs on "told" by "and": it is the next thing Berg said happened,
    not what her son told, so "told" does not hold it (the "said" above both does)."""
    node = tok
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return bool(
        node.head.i == verb.i
        and node.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    )


def _about_a_pronoun(sent: Any) -> str:
    """The "he"/"she" subject of the sentence's main verb when the sentence names no one."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = any(t.ent_type_ in SPEAKER_ENTS for t in sent)
    return subj.lower_ if subj is not None and subj.lower_ in ("he", "she") and not named else ""


def _role_gender(spk: _Speaker) -> str:
    """ "he"/"she" when the speaker's role states a gender ("spokesman", "chairwoman")."""
    head = role_head(spk.role or spk.name)
    return "he" if head in MALE_ROLES else "she" if head in FEMALE_ROLES else ""


def _public(words: list[str]) -> bool:
    """Whether a body's name (lower-case words) is a public body's ("Dorvik Superior Court"),
    which "the company", "the firm" or "the group" never mean."""
    return _name_head(words) in PUBLIC_HEADS


def _name_head(words: list[str]) -> str:
    """The head noun of a body's name (lower-case words): its last word, or the word before
    "of" ("bank" of "bank of velmar", "league" of "league of women voters")."""
    return words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")


def _same_office(noun: str, head: str) -> bool:
    """Whether a phrase's head noun names a role's head ("leader" a head of state's)."""
    return noun == head or (noun == "leader" and head in LEADER_TITLES)


def _affiliated_role(tok: Any) -> tuple[set[str], set[str]] | None:
    """For "the Velmar president", "the company's chief executive": the role's own words
    ({"chief"}) and whose it is ({"velmar"}, {"company"}), when the phrase says whose (a named
    country or body, or an owner noun with "'s") and has nothing after its head; else None."""
    if tok.pos_ != "NOUN" or any(
        c.dep_ in ("prep", "appos", "relcl", "acl", "compound", "amod") for c in tok.rights
    ):
        return None
    lefts = list(tok.lefts)
    if not lefts or (lefts[0].lower_ != "the" and lefts[0].dep_ != "poss"):
        return None
    extra: set[str] = set()
    bodies: set[str] = set()
    for c in lefts:
        if c.dep_ == "det" and c.lower_ == "the":
            continue
        sub = [t for t in c.subtree if not t.is_punct and t.tag_ != "POS"]
        if all(t.ent_type_ in ("GPE", "NORP", "ORG") for t in sub):
            bodies |= {t.lower_.strip(".") for t in sub}
        elif c.dep_ == "poss" and c.lemma_.lower() in OWNER_NOUNS:
            bodies.add(c.lower_)
        elif c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and not c.ent_type_:
            if c.lower_ in OFFICE_TIME_WORDS:
                continue
            extra.add(c.lower_)
        else:
            return None
    return (extra, bodies) if bodies else None


# What may stand between a statement's last word and the mark closing its quotation: 'won't
# "be rebuilt overnight."' closes after the full stop.
_CLOSE_AFTER = re.compile(r"[.,!?;:…]*[\"”]")


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` taking the mark that closes (or opens) a quotation the span leaves
    open: a reported statement ending inside a quotation ('won't "be rebuilt overnight') runs
    on over its full stop to the closing mark right after it, and one starting inside ('the
    pier is safe," and ...') takes the opening mark right before it; so that the text shown has
    balanced marks. (A clause the parser cut further inside a quotation stays as it is: run on
    to the quotation's end, it would swallow the quotation's own row, ``_nested``.)"""
    span = text[start:end]
    opens = span.count("“") > span.count("”")
    closes = span.count("”") > span.count("“")
    straight = [start + m.start() for m in re.finditer('"', span)]
    if len(straight) % 2:
        if straight_mark_opens(text, straight[-1]):
            opens = True
        else:
            closes = True
    if opens:
        after = _CLOSE_AFTER.match(text, end)
        if after is not None:
            end = after.end()
    if closes and start and text[start - 1] in '"“':
        start -= 1
    return start, end


def _only_where(tokens: list[Any]) -> bool:
    """Whether a reported "statement" only says where or how it was said ("live on Harbour
    Radio"): no subject and no finite verb, opening on an adverb, a preposition or a bare verb
    whose only dependents are where-phrases."""
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.tag_ in FINITE_TAGS for t in tokens):
        return False
    first = tokens[0]
    if first.pos_ in ("ADV", "ADP"):
        return True
    return bool(
        first.tag_ == "VB"
        and all(c.dep_ in ("prep", "advmod", "punct") for c in first.children)
    )


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _whose_person(root: Any) -> bool:
    """Whether a name only says whose relative or aide someone is: "Tomas Arvid's coach", "the
    mother of Tomas Arvid" (that person, not the one named, is who the sentence is about)."""
    if root.dep_ == "poss":
        head = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("of", "for"):
        # "a representative for Tomas Arvid" speaks for him: the representative is the speaker
        head = root.head.head
    elif root.dep_ == "appos" and _after_of_phrase(root):
        # "Allies of former mayor Tomas Grell": the parser hangs the name on "Allies", though
        # it stands (with no comma) right after the mayor it names
        head = root.head
    else:
        return False
    # (the tagger gives a capitalised noun no lemma: "Attorneys" is "attorney" by its stem; a
    # stem too short for a role, "Engineers" -> "engin", only keeps the old reading)
    lemma = stem(head.lower_) if _capitalised_noun(head) else head.lemma_.lower()
    return bool(
        (head.pos_ == "NOUN" or _capitalised_noun(head))
        and lemma not in STATEMENT_NOUNS
        and (lemma in PERSON_NOUNS or role_like(lemma))
    )


def _after_of_phrase(root: Any) -> bool:
    """Whether a name follows, with no comma, the object of an "of"/"for" phrase."""
    if root.left_edge.i == 0:
        return False
    prev = root.doc[root.left_edge.i - 1]
    return bool(prev.dep_ == "pobj" and prev.head.lower_ in ("of", "for"))


def _capitalised_noun(tok: Any) -> bool:
    """A common noun the tagger takes for a proper one because it opens the sentence
    ("Attorneys for Vance said"): no entity, first in its sentence."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i == tok.sent.start


def _label_end(tokens: list[Any]) -> int:
    """How many tokens a news site's label opening the sentence takes ("Details:", "Why it
    matters:"): at most three words before a colon, none of them quoted; 0 when none."""
    colon = next((i for i, t in enumerate(tokens[:4]) if t.text == ":"), None)
    if colon and tokens[0].is_sent_start and not any(t.is_quote for t in tokens[:colon]):
        return colon + 1
    return 0


# What a quotation opening inside a phrase leaves outside its marks: the subject or auxiliary
# of its verb ('the plan "is to ..."'), the determiner or possessor of its noun ('Lee's
# "reputation for ..."'); an opening "because", "but, he said," or "at this point" is not.
CUT_DEPS = frozenset({
    "nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass", "neg", "det", "poss", "amod",
    "compound", "nummod", "predet", "case",
})


def _run_on_from_narration(tokens: list[Any]) -> bool:
    """Whether a quotation is words the narration's sentence runs on into, no statement on its
    own. It opens in lower case and: on a verb or the "to" of an infinitive ('said the plan
    "calls on the board to act"', 'accused him of "making a farce"'), inside a phrase whose
    subject or determiner stands before the mark ('Lee's "reputation for ..."'), or has no
    finite verb at all ('to use "pernicious, coercive legislation"'). A leading lower-case "and"
    or "but" is passed over ('and they won't say much' is whole)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or not words[0].text[:1].islower():
        return False
    if words[0].dep_ == "cc":
        words = words[1:]
    if not words:
        return False
    first, opening = words[0], tokens[0].i
    if first.tag_.startswith("VB") or first.tag_ in ("MD", "TO"):
        return True
    if not any(t.tag_ in FINITE_TAGS for t in words):
        return True
    inside = {t.i for t in tokens}
    nodes = (first, first.head) if first.head.i in inside else (first,)
    return any(c.i < opening and c.dep_ in CUT_DEPS for node in nodes for c in node.children)


def _a_question(first: Any, verb: Any) -> bool:
    """Whether the verb's clause is a question, not a statement: "explained why the pier shut",
    "told reporters what was happening" (a wh-word of the clause's own verb; not the "when" of
    "said when the storm hit, the roof fell", which hangs on a clause inside it)."""
    if first.lower_ in ("whether", "why"):
        # "to announce whether he will run", "explained to residents why ...": a clause opening
        # on either word is a question whatever the parser hangs it on (never a statement)
        return True
    if first.tag_ == "RB" and first.i + 1 < len(first.doc):
        first = first.nbor()  # "announced just how much ...", "said exactly what ..."
    if first.tag_ not in ("WP", "WRB"):
        return False
    head = first.head
    if head.head.i == verb.i and head.dep_ in ("ccomp", "dobj", "xcomp"):
        return True
    # "announced how much money ...": the wh-word inside the object noun phrase.
    node = first
    while node.head.i != verb.i and node.head.pos_ in ("ADJ", "ADV", "DET", "NOUN"):
        if node.head.i == node.i:
            return False
        node = node.head
    if node.i == first.i:
        return False
    if node.head.i == verb.i:
        return bool(node.dep_ == "dobj")
    # "announced how much money the towns would get": that phrase the object of the clause.
    clause = node.head
    return bool(
        node.dep_ == "dobj" and clause.head.i == verb.i and clause.dep_ in ("ccomp", "xcomp")
    )


def _subject_gap(first: Any) -> bool:
    """Whether a reported clause opens on its finite verb, its subject being the noun a relative
    clause hangs on ("the rockets that the ministry said were made in Ostria")."""
    return bool(first.pos_ in ("AUX", "VERB") and first.tag_ in ("VBD", "VBZ", "VBP", "MD"))


# Nouns a relative clause may hang on by when, where, how or why: "the day officials said the
# port would close" still reports a whole clause (only its time is outside it).
ADVERBIAL_GAP_NOUNS = frozenset({
    "day", "time", "week", "month", "year", "moment", "way", "reason", "place", "point",
})


def _object_gap(verb: Any) -> bool:
    """Whether a speech verb is a relative clause with no relative pronoun for its subject: in
    "the $3 fare most riders say they need" the thing said is the fare outside the clause, and
    "they need" alone is no statement (unlike "officials who said", "a group that says")."""
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        # The small model often parses such a clause as a conjunct of the main verb ("falls
        # below the fare Lind has said she would accept": "said" a conjunct of "falls") though
        # nothing joins them: no "and", "but" or punctuation between the two verbs.
        between = verb.doc[verb.head.i + 1 : verb.i]
        return verb.head.lemma_ not in SPEECH_VERBS and not any(
            t.dep_ in ("cc", "preconj") or t.is_punct for t in between
        )
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in ADVERBIAL_GAP_NOUNS:
        return False
    if verb.head.ent_type_ in ("DATE", "TIME"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ not in ("WDT", "WP")


def _complementiser(tok: Any) -> bool:
    """ "that" introducing the clause, not the demonstrative subject of "That means ..." nor the
    determiner of "that kind of plan worked"."""
    if tok.lower_ != "that":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in KIND_NOUNS and not any(
        c.dep_ in ("det", "poss") for c in nxt.children
    ):
        return False  # "believe that kind of plan works": "kind" takes no bare use
    return not (tok.dep_ == "nsubj" and tok.tag_ == "DT")


def _without_trailing_source(tokens: list[Any]) -> list[Any]:
    """The clause without a second attribution at its end: in "Lind said the vote was void,
    according to a court filing", what Lind said ends before the comma."""
    for k in range(len(tokens) - 2, 1, -1):
        tok = tokens[k]
        if tok.lower_ == "according" and tokens[k + 1].lower_ == "to" and tokens[k - 1].text == ",":
            # Only words of the source's name may follow (the parser may hang a role apposed
            # to it, ", the team's chairman", elsewhere): no verb, and a comma first.
            rest = [t for t in tokens if t.i > tok.right_edge.i]
            if not rest or (
                rest[0].text == "," and all(t.pos_ not in ("VERB", "AUX") for t in rest)
            ):
                return tokens[: k - 1]
    return tokens


# Nouns never used bare as a subject: a "that" right before one is its determiner, whatever
# the parser says ("that kind of approach", "that sort of thing").
KIND_NOUNS = frozenset({"kind", "sort", "type"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _speech_aside(tokens: list[Any]) -> tuple[int, int] | None:
    """Where (first and last position in ``tokens``) an attribution set off by a comma sits
    inside a reported statement: ", he said," in "Exports, he said, fell" or ", the agency
    reported" at its end. It is a finite speech verb with its own subject, both inside, after a
    comma and followed by a comma or nothing."""
    pos = {t.i: k for k, t in enumerate(tokens)}
    for t in tokens[1:]:
        if t.lemma_ not in QUOTE_VERBS or t.pos_ != "VERB" or t.tag_ not in FINITE_TAGS:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ in ("WDT", "WP"):
            continue  # "a figure which he said ...": a relative clause, not an aside
        # "Rivera emphasized repeatedly", "the agency has said": the aside's own words.
        parts = [subj] + [c for c in t.children if c.dep_ in ("advmod", "aux", "npadvmod")]
        lo = min([t.i] + [p.left_edge.i for p in parts])
        hi = max([t.i] + [p.right_edge.i for p in parts])
        first, last = pos.get(lo), pos.get(hi)
        if first is None or last is None or first == 0 or tokens[first - 1].text != ",":
            continue
        if last + 1 < len(tokens) and tokens[last + 1].text != ",":
            continue
        return first, last
    return None


def _without_speech_aside(tokens: list[Any]) -> list[Any] | None:
    """A reported statement without the attribution inside it, or ``None`` when what is left is
    no one span. One tagged on at the end ("Trade fell, the agency reported") is cut off; with
    one in the middle the words after it are the statement when they are a clause of their own
    and those before it hold no subject ("At one point, she said, her brother hid ..." keeps
    "her brother hid ..."; "Exports, she said, fell" is not a statement without a gap)."""
    aside = _speech_aside(tokens)
    if aside is None:
        return tokens
    first, last = aside
    if last == len(tokens) - 1:
        kept = tokens[: first - 1]
        while kept and (
            (kept[-1].is_punct and kept[-1].text not in _KEEP_AT_END) or kept[-1].dep_ == "cc"
        ):
            kept = kept[:-1]
        return kept
    before, after = tokens[: first - 1], tokens[last + 2 :]
    if any(t.dep_ in CLAUSE_SUBJECTS for t in before):
        return None
    inside = {t.i for t in after}
    if not any(t.dep_ in CLAUSE_SUBJECTS and t.head.i in inside for t in after):
        return None
    return after


def _a_clause_of_its_own(tok: Any) -> bool:
    """Whether a word the parser hangs on a speech verb heads a clause, not a phrase: a
    complement, a conjunct or a finite or subject-bearing adverbial clause (not a participle
    phrase such as "contained in a suit")."""
    if tok.dep_ in ("ccomp", "conj", "parataxis"):
        return True
    return bool(
        tok.dep_ == "advcl"
        and (tok.tag_ in FINITE_TAGS or any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children))
    )


def _a_thing_named(verb: Any, span: Any) -> bool:
    """Whether what a finite speech verb reports is a noun phrase, its object ("denied the
    allegations", "pointed to the openness of ..."), not a clause."""
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "claims denying that ...": a participle, no statement of its own
    heads = [t for t in span if not t.is_punct and (t.head.i == t.i or t.head not in span)]
    if not heads or any(_a_clause_of_its_own(t) for t in heads[1:]):
        # "said Lee, 32, and Kay, 27, face ...": a clause the parser split up (phrases the
        # parser hangs on the verb may follow: "urged residents in the north to stay ...",
        # "denied the allegations, contained in a suit ...")
        return False
    head = heads[0]
    return bool(
        head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
        and head.dep_ in ("dobj", "pobj")
        and head.i > verb.i
    )


# Punctuation that belongs to the statement: a closing quote mark, "5.9%", "(2005-2009)".
_KEEP_AT_END = frozenset({"”", '"', "%", ")", "]"})


def _an_instrument(tok: Any) -> bool:
    """A text that rules rather than speaks: "the law", "resolution 2397" (not Ms. Law)."""
    if tok.ent_type_ == "PERSON":
        return False
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in INSTRUMENT_NOUNS:
        return True
    if tok.pos_ in ("NUM", "PROPN") and tok.i:
        prev = tok.doc[tok.i - 1]
        return prev.pos_ == "NOUN" and prev.lower_ in INSTRUMENT_NOUNS and prev.head.i == tok.i
    return False


# Verbs of putting words out, whose "on X" names where they appeared ("posted on Twitter").
_PUBLISH_VERBS = frozenset({"post", "write", "publish", "share", "announce", "add"})


def _a_medium(tok: Any) -> bool:
    """Whether a name is where words appeared, not who said them: "adding on Twitter that ...",
    "said on Ostrian Radio" (the small model may tag the platform a person, whom a later "she"
    would then take for the speaker)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "via"):
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and (verb.lemma_ in QUOTE_VERBS or verb.lemma_ in _PUBLISH_VERBS)


# Verbs that give someone a name: "she was christened X", "he was born X".
_NAMING_VERBS = frozenset({"christen", "baptise", "baptize", "bear", "name", "dub", "call"})


def _a_given_name(tok: Any) -> bool:
    """Whether a name is the one given to the passive subject ("She was christened Clara Mary
    Denholm", which the small model cuts into several "people"): no one new, whom a later
    "she" could mean."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return (
        tok.dep_ in ("npadvmod", "oprd", "attr", "dobj", "xcomp")
        and verb.lemma_ in _NAMING_VERBS
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def _before_participle_phrase(noun: Any) -> Any:
    """The noun "which" stands for when the parser hangs it on a participle phrase between
    commas: "a memo, issued during the last days of the Lind administration, which said ..." is
    the memo's statement, not the administration's (nor the days')."""
    doc = noun.doc
    for node in [noun, *list(noun.ancestors)[:6]]:
        if node.tag_ == "VBN" and node.dep_ in ("acl", "advcl") and node.i >= 2:
            comma, before = doc[node.i - 1], doc[node.i - 2]
            if comma.text == "," and before.pos_ in ("NOUN", "PROPN"):
                return before
            return noun
    return noun


# How many appositions and "of" phrases up a "who" looks for the person it stands for.
MAX_PERSON_STEPS = 4


def _noun_above(noun: Any) -> Any | None:
    """The noun ``noun`` hangs from as an apposition ("Tarnix, the weekly paper") or as the
    object of "of" ("owner of Tarnix"), else ``None``."""
    if noun.dep_ == "appos":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    return None


def _officer_after_body(tok: Any) -> Any | None:
    """The person a body's name opens the phrase of: "University of Halvik political scientist
    Eduardo Marquez said", where the parser makes the body the subject and hangs the person on
    its "of". Only a role's words (nouns, adjectives, "and"; no comma or preposition) may stand
    between the body's name and the person's, and the person must end the phrase."""
    doc = tok.doc
    last = tok.right_edge
    if last.ent_type_ != "PERSON" or last.i <= tok.i:
        return None
    body = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    person = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    if body is None or person is None or person.start <= body.end:
        return None
    return last if role_words(list(doc[body.end : person.start])) else None


def _in_relative_clause(tok: Any) -> bool:
    """Whether ``tok`` hangs inside a relative clause ("X, which according to Y has ...")."""
    node = tok
    for _ in range(len(tok.sent)):  # bounded: never loops on a malformed tree
        if node.dep_ == "relcl":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _relays(last: Any) -> bool:
    """Whether a mid-sentence "according to X" ending at ``last`` is followed, after its comma,
    by a speech verb: someone else's words the source only passes on."""
    doc = last.doc
    nxt = last.i + 1
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    return nxt < len(doc) and doc[nxt].lemma_ in QUOTE_VERBS and doc[nxt].pos_ == "VERB"


def _after_mid_phrase(according: Any, after: int) -> tuple[int, int] | None:
    """The clause after a mid-sentence "according to X" when it is whole on its own.

    "It is notable that, according to Lind, the mayor resigned": the phrase modifies "resigned",
    whose subject comes after it, so what Lind said is "the mayor resigned". In "The mayor,
    according to Lind, resigned" the subject comes before the phrase and the statement is not
    one span: ``None``.
    """
    verb, sent = according.head, according.sent
    if verb.i < after:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.left_edge.i < after:
        return None
    return subj.left_edge.i, sent.end


def _cut_word(tok: Any) -> bool:
    """Whether ``tok`` is one of ``CUT_WORDS``: a title, or a lone lower-case letter ("a")."""
    text = tok.text
    return tok.lower_.rstrip(".") in CUT_WORDS or (len(text) == 1 and text.islower())


def _across_cut_dots(doc: Any, span: tuple[int, int]) -> tuple[int, int]:
    """A reported statement the sentence splitter cut at a title's or "a.m."'s dot, made whole.

    spaCy's splitter ends sentences at "a ." in "at 4 : 15 a . m . from" and at "Mr ." (text
    tokenised with spaces): the clause of "said a call came in at 4 : 15 a . m . from ..." then
    ends at "a", and that of "... by 6 a . m . and worked ..., Pruitt said" starts at "and". The
    statement runs on over such a dot into the next sentence (up to the comma before a tagged-on
    "..., X said" of its own), or back over it to the previous one's start when that one holds
    no speech verb (whose own statement it would be).
    """
    start, end = span
    if not 0 <= start < end <= len(doc):
        return span
    for _ in range(4):  # bounded: a few cut dots at most
        if not (start >= 2 and doc[start].is_sent_start and doc[start - 1].text == "."):
            break
        if not _cut_word(doc[start - 2]):
            break
        back = doc[start - 2].sent.start
        if any(t.lemma_ in QUOTE_VERBS or t.lower_ == "according" for t in doc[back:start]):
            break
        start = back
    for _ in range(4):
        last = end - 1
        while last > start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        nxt = last + 2
        if not (
            nxt < len(doc)
            and doc[last + 1].text == "."
            and doc[nxt].is_sent_start
            and _cut_word(doc[last])
        ):
            break
        sent = doc[nxt].sent
        end = sent.end
        root = sent.root
        subj = _subject(root) if root.lemma_ in QUOTE_VERBS else None
        if subj is not None and subj.i > nxt:
            # "... a . m . Monday, he looked tense, Chief Rusk said": up to the comma before it.
            commas = [t.i for t in doc[nxt : subj.left_edge.i] if t.text == ","]
            if commas:
                end = commas[-1]
            break
    return start, end


def _after_title(tok: Any) -> Any | None:
    """The person after an abbreviated title the parser cut off: "police Sgt. Ana Ruiz", "Dist.
    Atty. Ana Ruiz"."""
    if tok.lower_.rstrip(".") not in TITLE_ABBREVIATIONS:
        return None
    doc, i = tok.doc, tok.i + 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    # Past a second title: "Dist . Atty . Ana Ruiz".
    if i + 1 < len(doc) and doc[i].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
        i += 2 if doc[i + 1].text == "." else 1
    if i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
        return doc[i]
    return None


def _as_written(tok: Any) -> _Speaker | None:
    """A proper name the entities stage did not keep, as written: '"...," replied Mission
    Control' is said by "Mission Control" (None for anything but a proper noun)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = words[0].idx if words else tok.idx
    text = " ".join(doc_text(tok.doc)[start : tok.idx + len(tok.text)].split())
    return _Speaker(name=text, role=None, label="generic")


def _title_before(tok: Any) -> str:
    """The word right before ``tok`` (past a lone "."), lower case without its dot: "ms"."""
    doc, i = tok.doc, tok.i - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return str(doc[i].lower_.rstrip(".")) if i >= 0 else ""


def _after_honorific(tok: Any) -> bool:
    """Whether an honorific comes right before ``tok``: "Ms. He" is a surname, not a pronoun."""
    return _title_before(tok) in MALE_TITLES | FEMALE_TITLES | {"dr"}


# Dependencies that open a clause inside a noun phrase: a relative or participle clause ("the
# nurses the police accused of ..."), or one a preposition takes ("by putting poison in ...").
CLAUSE_DEPS = frozenset({"relcl", "acl", "pcomp", "advcl"})


def _named_inside(tok: Any) -> Any | None:
    """A person named inside a noun phrase that heads it by role, outside clauses."""
    # Not inside a clause or a modifier ("Oslo-based observers" are not Oslo).
    # Nor a name that modifies the head noun ("the Hollis administration", "Hollis's aides"):
    # the administration speaks, not Hollis.
    mods = ("relcl", "acl", "amod", "compound", "poss", "nmod")
    # Nor one the phrase includes: in "the 18 scientists, including Ada Lind," the group speaks.
    cut = {
        t.i
        for c in tok.children
        if c.dep_ in mods or (c.dep_ == "prep" and c.lower_ == "including")
        for t in c.subtree
    }
    # Nor one inside a clause deeper in the phrase (``CLAUSE_DEPS``): in "relatives of the
    # nurses the police accused of poisoning Berg" Berg is who the clause is about, not who
    # the relatives are.
    cut |= {t.i for c in tok.subtree if c.dep_ in CLAUSE_DEPS for t in c.subtree}
    for t in tok.subtree:
        if t.i not in cut and t.i != tok.i and t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            return t
    return None


def _where_phrase(tok: Any, head: Any) -> bool:
    """Whether ``tok`` is in a phrase under ``head`` saying where: "in Ostria", "at Velta"."""
    for node in [tok, *list(tok.ancestors)[:3]]:
        if node.i == head.i:
            return False
        if node.dep_ == "prep" and node.lower_ in ("in", "from", "at"):
            return any(c.ent_type_ in PLACE_ENTS for c in node.children)
    return False


def _generic(tok: Any) -> _Speaker | None:
    """An unnamed source as written: "police", "a spokeswoman for the ministry", "analysts"."""
    # (not a name the parser hangs there that ends an "of" phrase: "Allies of mayor Tomas Grell")
    cut = {
        t.i
        for c in tok.children
        if c.dep_ in ("relcl", "acl")
        or (c.dep_ == "appos" and not _after_of_phrase(c))
        or (c.dep_ == "prep" and c.lower_ == "including")  # "scientists, including Ada Lind"
        for t in c.subtree
    }
    # "A report on Tuesday": when it came out is no part of who (or what) speaks.
    # Nor is a bare day the parser hangs on it: "said an editorial Saturday in the Courier".
    cut |= {
        t.i
        for c in tok.children
        if _when_phrase(c) or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        for t in c.subtree
    }
    words = [t for t in tok.subtree if t.i not in cut and not t.is_punct]
    if len(words) > MAX_GENERIC_WORDS:
        # Too long with where the speaker is: "a director of ambulance services in Ostria" is
        # "a director of ambulance services" (the place goes, as a relative clause does).
        cut |= {t.i for t in tok.subtree if _where_phrase(t, tok)}
        # and what is apposed to the place: "in Halvik, the port city to the east"
        cut |= {x.i for t in tok.subtree if t.i in cut and t.dep_ == "prep" for x in t.subtree}
        words = [t for t in tok.subtree if t.i not in cut and not t.is_punct]
    if len(words) > MAX_GENERIC_WORDS or not (tok.pos_ == "NOUN" or _capitalised_noun(tok)):
        return None
    if words and words[0].dep_ == "det" and words[0].lower_ in DISTRIBUTIVE_DETS:
        return None
    while words and (
        words[0].dep_ == "det"
        or (words[0].dep_ == "poss" and words[0].tag_ in ("PRP$", "WP$"))
        or _when_word(words[0])
    ):
        # "... to sign the deal Monday and union negotiators said": the small model may join the
        # day to the subject; a day, and the "and" after it, do not speak.
        words = words[1:]
        while words and _when_word(words[0]) is None:
            words = words[1:]
    # "a local economist's projections": the possessor speaks without its "'s"; "chief executives
    # at" with the rest cut: without the preposition left hanging.
    while words and (words[-1].tag_ == "POS" or words[-1].dep_ in ("prep", "cc", "case")):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and words[0].lemma_.lower() in TEXT_NOUNS:
        return None  # "the letter", "reports": a bare noun naming no one (``TEXT_NOUNS``)
    if words[-1].lemma_.lower() in DATA_NOUNS | SIGHT_NOUNS:
        return None  # "new information", "the news", "video": what is known or seen
    if words[-1].lemma_.lower() in TEXT_NOUNS and all(
        w.lower_ in WHEN_ADJECTIVES or (w.tag_ == "JJ" and w.ent_type_ == "ORDINAL")
        for w in words[:-1]
    ):
        # "earlier reporting", "previous reports", "a second statement": a text only said to be
        # older, or which of several it was, names no one
        return None
    # A span that starts inside a parenthesis ("CDC) advisory committee") starts after it.
    full = doc_text(tok.doc)
    close = [
        w
        for w in words[1:]
        if full[words[0].idx : w.idx].count(")") > full[words[0].idx : w.idx].count("(")
    ]
    if close:
        words = [w for w in words if w.i >= close[0].i]
    if any(words[0].i < i < words[-1].i for i in cut):
        text = " ".join(t.text for t in words)
    else:  # as written ("Oslo-based observers" keeps its hyphen)
        text = " ".join(doc_text(tok.doc)[words[0].idx : words[-1].idx + len(words[-1])].split())
    # Scraped text may lose the space after a full stop, and the tokenizer then keeps the end
    # of the sentence before on the subject: "... number is NN7687.Prosecutors said ...".
    text = _GLUED_SENTENCE.sub("", text)
    if not text:
        return None
    return _Speaker(name=text, role=None, label="generic", head=tok.lemma_.lower())


# The end of a sentence run into the next one's first word: "NN7687.Prosecutors" (two letters
# or digits before the dot, so not an initial as in "J.Smith").
_GLUED_SENTENCE = re.compile(r"^\S*\w\w\.(?=[A-Z][a-z]+$)")


# Adjectives that only say when a text came out: "earlier reporting", "previous reports".
WHEN_ADJECTIVES = frozenset({"earlier", "previous", "prior", "recent", "past", "later"})


# Verbs whose subject is as often a finding as a speaker: "New evidence suggests that ...",
# "computer models are concluding that ...".
EVIDENCE_VERBS = frozenset({"suggest", "conclude"})


def _evidence(subj: Any, speaker: _Speaker) -> bool:
    """Whether an unnamed subject is a thing found, not people: a bare singular noun ("new
    evidence", "severe flooding"; one person would take "a" or "the": "a spokesman suggested"),
    or a bare plural that names neither people nor texts ("burn marks from the hearth suggest":
    things found; "analysts suggest", "union estimates suggest" keep their rows).
    (A text keeps its row: "a study by X suggests", "union estimates suggest".)"""
    if speaker.label != "generic" or any(c.dep_ in ("det", "poss") for c in subj.children):
        return False
    if subj.tag_ == "NN":
        return True
    return subj.tag_ == "NNS" and not subj.ent_type_ and not _people_or_text(subj)


# Plural nouns for people that no ending in ``PEOPLE_ENDINGS`` shows ("experts", "officials").
# fmt: off
PEOPLE_PLURALS = frozenset({
    "expert", "official", "source", "authority", "police", "staff", "aide", "advocate",
    "diplomat", "witness", "critic", "ally", "insider", "democrat", "republican", "liberal",
    "conservative", "progressive", "people", "folk", "crew", "family", "guard", "pilot",
})
# fmt: on
# Endings of English nouns for who does something: "analyst", "researcher", "investor",
# "historian", "resident", "consultant", "trainee", "chairman".
PEOPLE_ENDINGS = ("er", "or", "ist", "yst", "ian", "ant", "ent", "ee", "man", "woman", "person")


def _people_or_text(noun: Any) -> bool:
    """Whether a plural noun may name people (by its word or its ending, so unsure ones count)
    or texts (``TEXT_NOUNS``): what may speak through "suggest"."""
    lemma = noun.lemma_.lower()
    known = PEOPLE_PLURALS | PERSON_NOUNS | CROWD_NOUNS | TEXT_NOUNS | BARE_OFFICES
    return lemma in known or lemma.endswith(PEOPLE_ENDINGS)


def _a_share(tok: Any) -> bool:
    """Whether a noun phrase is a share of a population (see ``SHARE_NOUNS``)."""
    if tok.ent_type_ == "PERCENT" or tok.lower_ in ("percent", "%"):
        return True
    if tok.lemma_.lower() in SHARE_NOUNS and any(c.lower_ == "of" for c in tok.children):
        return True
    # "Nine in 10 voters": a number with "in" before another.
    nums = [c for c in tok.children if c.dep_ == "nummod"]
    return any(q.lower_ == "in" for c in nums for q in c.children)


def _when_phrase(tok: Any) -> bool:
    """A preposition whose object is a day or time: "on Tuesday", "in March"; or "during",
    which only ever says when: "experts during a meeting"."""
    return tok.dep_ == "prep" and (
        tok.lower_ == "during"
        or any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)
    )


def _when_word(tok: Any) -> bool | None:
    """True for a day or date word (the NER's DATE/TIME), None for a conjunction or comma right
    after one (dropped with it), False otherwise."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    return None if tok.dep_ == "cc" or tok.text == "," else False


_DASHES = frozenset({"-", "--", "—", "–"})


def _past_dateline(subj: Any) -> Any | None:
    """A wire dateline is not a speaker: "CAIRO (Reuters) - The EU's envoy, Ana Ruiz, said ..."

    The small model makes the all-caps place the subject and hangs the real one on it as an
    apposition after the dash; that apposition is the subject (None when there is none).
    """
    sent = subj.sent
    if subj.i > sent.start + 2 or not (subj.text.isupper() and len(subj.text) > 1):
        return subj
    window = subj.doc[subj.i + 1 : min(sent.end, subj.i + 8)]
    dash = next((t for t in window if t.text in _DASHES), None)
    if dash is None:
        return subj
    after = [c for c in subj.children if c.dep_ == "appos" and c.i > dash.i]
    return after[-1] if after else None


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _text_after_place(subj: Any) -> Any:
    """ "... at the airport for the capital, Halvik, a statement from the council said": the
    small model may end the fronted phrase's place apposition on the subject and make the place
    the subject, with the statement apposed to it; a text is never what a place is, so the
    text is the subject (the place itself otherwise)."""
    if subj.ent_type_ not in PLACE_ENTS:
        return subj
    texts = [
        c
        for c in subj.children
        if c.dep_ == "appos" and c.i > subj.i and c.lemma_.lower() in RECORD_NOUNS | STATEMENT_NOUNS
    ]
    return texts[0] if texts else subj


def _quoted_as(verb: Any) -> bool:
    """Whether ``verb`` fills the slot of "quoted X as ...ing" ("quoted Lind as rejecting the
    claim: '...'"): the frame itself says X spoke, whatever the verb in it."""
    return bool(
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_ == "quote"
    )


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or that of the verb it is coordinated with or governed by.

    "X was quoted as saying" and "the paper quotes X as saying" (or "as denying"): X. "X left
    the room, saying ...": the participle's subject is the main verb's.
    """
    # Any speech verb fills the "as ..." slot, not only "say": "quoted X as warning that ...".
    if verb.tag_ == "VBG" and (verb.lemma_ in SPEECH_VERBS or _quoted_as(verb)):
        quote = next((a for a in list(verb.ancestors)[:3] if a.lemma_ == "quote"), None)
        if quote is not None:
            deps = ("nsubjpass", "dobj")
            return next((c for c in quote.children if c.dep_ in deps), None)
    inverted = _inverted_speaker(verb) or _fronted_speaker(verb)
    if inverted is not None:
        return inverted
    set_off = False
    for _ in range(3):
        # The subject nearest the verb: the small model may take a quotation's first word for a
        # second subject ('"Congratulations, general," Lee told Orlov').
        # Not the first half of a hyphenated word ("study co-author Ada Lind": not "co").
        subjects = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _hyphen_half(c)
        ]
        subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        subj = _name_before_role(subj, subjects)
        if subj is not None and _how_often(subj) and verb.head.i != verb.i:
            # "she had several times told reporters": the parser makes "times" the subject of
            # "told" and hangs "told" under "had"; the subject of "had" speaks.
            verb = verb.head
            continue
        if subj is not None:
            if subj.dep_ != "nsubj":
                return None
            subj = _past_dateline(subj)
            return _text_after_place(subj) if subj is not None else None
        if verb.dep_ == "conj" and _noun_before(verb) is not None:
            return _noun_before(verb)
        # (Not for a participle set off by a comma that the parser hung on the infinitive:
        # "pressed Lee to act, arguing that ..." -- the one who pressed argues, not Lee.)
        if verb.dep_ == "xcomp" and not set_off:  # "prompting Lee to declare": Lee
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < verb.i:
                return obj
        gerund = verb.tag_ == "VBG" and verb.dep_ == "advcl"
        if gerund and verb.lemma_ in EVIDENCE_VERBS and verb.head.lemma_ not in SPEECH_VERBS:
            # "the tolerance lasted two days, suggesting it could be passed on": a participle
            # drawing a finding from what happened, said by no one (unlike "Lee said X,
            # suggesting Y", where the main verb reports speech).
            return None
        if (verb.dep_ not in ("conj", "xcomp") and not gerund) or verb.head.i == verb.i:
            return None
        set_off = set_off or (
            gerund and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
        )
        verb = verb.head
    return None


def _name_before_role(subj: Any, subjects: list[Any]) -> Any:
    """ '"...," David Bonior, the Democratic whip said': an apposition whose closing comma is
    missing makes the parser take the role for a second subject, nearer the verb; the name
    before it, set off by a comma that opens the role, is who spoke."""
    if subj is None or subj.pos_ != "NOUN":
        return subj
    for name in subjects:
        comma = name.i + 1
        if (
            name.i < subj.i
            and name.ent_type_ == "PERSON"
            and name.doc[comma].text == ","
            and subj.left_edge.i == comma + 1
        ):
            return name
    return subj


# Verbs whose subject wrote or put out the text they take: "issued a statement that said".
# fmt: off
ISSUE_VERBS = frozenset({
    "issue", "release", "publish", "post", "send", "write", "tweet", "sign", "put",
})
# fmt: on
# "several times", "on many occasions": how often something was done, never who did it.
OFTEN_NOUNS = frozenset({"time", "occasion"})


def _how_often(tok: Any) -> bool:
    """A plural "times"/"occasions" counted or quantified ("several times", "three times")."""
    return (
        tok.lemma_.lower() in OFTEN_NOUNS
        and tok.tag_ == "NNS"
        and any(c.dep_ in ("amod", "nummod", "det") for c in tok.children)
    )


def _aside_speaker(verb: Any) -> Any | None:
    """The subject of a speech aside opening what a verb reports: in "Based on this, Lee said,
    Velmar was skeptical ..., the agency reported" the words are Lee's; the agency relays."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for aside in clause.children:
            if aside.dep_ == "parataxis" and aside.i < clause.i and aside.lemma_ in SPEECH_VERBS:
                return next((c for c in aside.children if c.dep_ == "nsubj"), None)
    return None


def _a_kind(noun: Any, verb: Any) -> bool:
    """Whether a present-tense relative clause only says what kind of thing a bare common noun
    is: "sell ads on posts that deny the existence of X" (no article, no comma, not a name) is
    no report of anything said, unlike "officials who said", "the group, which says". The
    relative pronoun must be "that" or "which": "critics who say X", "experts who warn X" are
    people holding a view, which the brief reports."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
        and noun.tag_ in ("NN", "NNS")
        and not noun.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        and not any(t.text == "," for t in noun.doc[noun.i + 1 : verb.i])
    )


def _hyphen_half(tok: Any) -> bool:
    """Whether a token is the first half of a hyphenated word: "co" in "co-author"."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


def _inverted_speaker(verb: Any) -> Any | None:
    """Who speaks in an inverted aside: "The tape, said Dana Voss, the family's lawyer, shows
    ...". The parser takes the tape for the verb's subject and "Voss ... shows ..." for what was
    said; the speaker is the subject of that clause when it opens right after the verb and a
    comma closes it before the clause's own verb (a plain "The tape said Voss shows ..." has
    none)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        who = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if who is None or who.left_edge.i != verb.i + 1 or who.i > clause.i:
            return None
        before = clause.i - 1
        while before > who.i and (doc[before].is_quote or doc[before].text in ("`", "``")):
            before -= 1  # the clause may open a quotation: ', "changes ...'
        return who if doc[before].text == "," else None
    return None


def _fronted_speaker(verb: Any) -> Any | None:
    """Who speaks after a fronted verb before a colon: 'Adds another partner: "..."', 'Says one
    lawyer: "..."'. The parser takes the speaker for the verb's object; with no subject of its
    own, a verb opening the sentence and a colon right after that noun phrase, it is the one
    who speaks (not the last speaker, as a bare '"...," he adds' would be)."""
    doc = verb.doc
    if verb.i != verb.sent.start or verb.tag_ not in ("VBZ", "VBD"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.right_edge.i + 1 >= len(doc):
        return None
    return obj if doc[obj.right_edge.i + 1].text == ":" else None


def _noun_before(verb: Any) -> Any | None:
    """The names right before a verb the parser made a conjunct: in "X is bracing for a
    shutdown after the Crown Palace and the Liberals declared that ..." no "and" or comma joins
    "declared" to "is bracing"; the words before it are its subject (the first of them when
    several are coordinated)."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.tag_ not in ("NN", "NNS", "NNP", "NNPS") or prev.dep_ not in ("pobj", "conj"):
        return None
    while prev.dep_ == "conj" and prev.head.i < prev.i:
        prev = prev.head
    return prev if prev.dep_ == "pobj" else None


def _a_crowd(subj: Any) -> bool:
    """An unnamed crowd (``CROWD_NOUNS``), or a share of a population, with no name in it."""
    if _a_share(subj):
        return True
    return subj.lemma_.lower() in CROWD_NOUNS and not any(
        t.ent_type_ in SPEAKER_ENTS for t in subj.subtree
    )


def _expects_another_to(verb: Any) -> bool:
    """ "expected the forward to score" (the infinitive a clause, an open complement beside the
    object, or hung on the object by the small model): a forecast of what another will do, not
    a statement ("expects to finish by May", "expects the repairs will take a week" stay)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and objects)]
    clauses += [c for o in objects for c in o.children if c.dep_ == "acl"]
    return any(a.tag_ == "TO" for c in clauses for a in c.children)


def _content(verb: Any) -> tuple[int, int] | None:
    """Token span of what the verb reports: its clause, or "to ..." after point/draw."""
    if verb.lemma_ == "expect" and _expects_another_to(verb):
        return None
    for child in verb.children:
        if _a_contrast(child):
            continue
        if child.dep_ == "ccomp" and child.i > verb.i and not _relative(child):
            start = _past_the_day(verb, _with_subject(verb, child))
            return _past_the_listener(verb, start), _run_on(verb, child)
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ in NEEDS_PARTICLE:
            return _pointed_to(child)
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and _tagged_on(child, verb)
            and not _relative(child)
            and not _a_contrast(child)
        ):
            return child.left_edge.i, child.right_edge.i + 1
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_ == "deny" and (
        any(c.dep_ == "dative" for c in verb.children)
        or (dobj is not None and dobj.lemma_.lower() in GRANT_NOUNS)
    ):
        return None  # "denied Orvane access", "denied him entry": a refusal, nothing said
    if dobj is not None and _old_news(dobj):
        return None
    if dobj is not None and verb.lemma_ in OBJECT_VERBS and dobj.tag_ not in ("WDT", "WP"):
        # Not a second verb of the speaker's ("urged X to ... and said ..."): its own statement
        # (but "confirmed X and that Y" is one statement; a dangling "and" is trimmed later).
        other = {
            t.i
            for c in verb.children
            if (c.dep_ == "conj" and not any(m.dep_ == "mark" for m in c.children))
            or _a_contrast(c)
            for t in c.subtree
        }
        end = max(t.i for t in verb.subtree if not t.is_punct and t.i not in other)
        return dobj.left_edge.i, end + 1
    if (
        verb.dep_ == "advcl"
        and verb.lemma_ not in AS_TIME_VERBS
        # "as X said, ...": "as" opens the clause, and the verb has no object of its own (not
        # "after the county recommended the rules as a precaution").
        and any(c.lower_ == "as" and c.dep_ == "mark" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        if _a_measure(verb.head):
            return None
        sent = verb.sent
        clause = list(verb.subtree)
        if _CUT_TAIL.match(verb.doc.text, clause[-1].idx + len(clause[-1].text)):
            # "Time is a factor as Vance announced in March...": the excerpt is cut inside the
            # "as" clause, so what the verb took as its object ("announced he would ...", an
            # "as" of cause) is lost; the rest of the sentence may not be what was said.
            return None
        if clause[0].i <= sent.start + 2:
            return clause[-1].i + 1, sent.end
        return sent.start, clause[0].i
    return _hung_on_that(verb) or _aside_in(verb)


def _past_the_listener(verb: Any, start: int) -> int:
    """Where the clause starts after the listener of "tell": in "told police Harlan had lied"
    the small model makes "police" a modifier of the clause's subject, but "tell" names whom it
    was told first, so a lower-case noun right after it, before a name, is the listener."""
    doc = verb.doc
    if (
        verb.lemma_ != "tell"
        or start != verb.i + 1
        or any(c.dep_ in ("dative", "dobj") for c in verb.children)
    ):
        return start
    first = doc[start]
    name = first.head
    if (
        first.dep_ == "compound"
        and first.pos_ == "NOUN"
        and first.text.islower()
        and name.i > start
        and all(t.pos_ == "PROPN" for t in doc[start + 1 : name.i + 1])
        and name.dep_ in ("nsubj", "nsubjpass")
    ):
        return start + 1
    return start


def _a_measure(head: Any) -> bool:
    """Whether an "as X said" clause ends a comparison ("not as rich as he claimed", "twice as
    long as the mayor said"): the speaker said how rich or how long, the sentence says it was
    otherwise, so the rest of the sentence is the reporter's, not what was said."""
    return head.pos_ in ("ADJ", "ADV") and any(
        c.dep_ == "advmod" and c.lower_ in ("as", "so") and c.i < head.i for c in head.children
    )


# Words that open the reporter's contrast with another event, never a reported clause.
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _a_contrast(child: Any) -> bool:
    """ "urged voters to vote no, while Rivera criticized the press": the parser hangs the
    "while" clause on the speech verb (as its clause, or as an adverbial clause inside the
    object's span); set off by a comma and opened by a ``CONTRAST_MARKS`` word, it is the
    reporter's other event, not what the speaker said."""
    if child.dep_ not in ("ccomp", "advcl"):
        return False
    first = child.left_edge
    return first.lower_ in CONTRAST_MARKS and first.i > 0 and child.doc[first.i - 1].text == ","


def _hung_on_that(verb: Any) -> tuple[int, int] | None:
    """ "noted that accepting X's offer ... would amount to ...": the parser may take "that"
    right after the verb for its object (or a lone mark) and hang the clause under it; the
    clause is then what "that" heads, when a verb is in it."""
    nxt = verb.i + 1
    that = next((c for c in verb.children if c.i == nxt and c.lower_ == "that"), None)
    if that is None or that.dep_ not in ("dobj", "mark"):
        return None
    rest = [t for t in that.subtree if t.i > that.i]
    if not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return nxt + 1, that.right_edge.i + 1


def _aside_in(verb: Any) -> tuple[int, int] | None:
    """ "But in a real gain, he said, most riders were no longer ...": a speech aside
    between commas that the parser hangs on the main verb (parataxis). The sentence is what was
    said, the aside in it, as for an inverted aside (``_inverted_speaker``); one tagged on at the
    end ("Trade fell, he said.") leaves it out. Not in a sentence with quotation marks, whose
    quotation is found on its own."""
    doc, sent = verb.doc, verb.sent
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    words = [t.i for t in verb.subtree if not t.is_punct]  # its commas may hang on it
    left, right = words[0], words[-1]
    if left == sent.start or doc[left - 1].text != ",":
        return None
    if any(t.is_quote or t.text in ("``", "''") for t in sent):
        return None
    after = right + 1
    while after < sent.end and doc[after].is_punct and doc[after].text != ",":
        after += 1
    if after >= sent.end:  # tagged on at the end
        return sent.start, left - 1
    if doc[right + 1].text != ",":
        return None
    return sent.start, sent.end


def _run_on(verb: Any, clause: Any) -> int:
    """Where the reported clause ends, past a subjectless second clause the parser hangs on the
    verb right after it: in "suggested that the rules, to be drafted in spring, would be
    narrow" it makes "to be drafted" the clause and "would be narrow" another (at most a comma
    between them, and no subject or "that" of its own: the first one's rest)."""
    end = _clause_end(clause)
    torn = _torn_participle(verb, end)
    if torn is not None:
        return torn
    doc = verb.doc
    if end + 1 < len(doc) and _split_hyphen(doc, end):
        # "said Mr. Tarvel co-founded the firm": the parser may make "co", "-" and "founded"
        # three clauses of "said"; the word goes on past its hyphen
        glued = next((c for c in verb.children if c.dep_ == "ccomp" and c.i == end + 1), None)
        if glued is not None:
            return _clause_end(glued)
    if end != clause.right_edge.i + 1:
        return end
    rest = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    if rest is None:
        return end
    first = next((t for t in rest.subtree if not t.is_punct), None)
    if (
        # a clause of punctuation alone: "co-founded" split as "co", "-", "founded", each a
        # clause of its own, in a parse of "said Mr. Tarvel co-founded the firm"
        first is None
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in rest.children)
        or not {t.text for t in verb.doc[end : rest.left_edge.i]} <= {","}
        # not "... and promised ...", the speaker's own act (``_clause_end``)
        or first.dep_ == "cc"
        # nor a word the tokenizer split: "I 'm" as "I '" and "m"
        or not verb.doc[first.i - 1].whitespace_
    ):
        return end
    return _clause_end(rest)


def _split_hyphen(doc: Any, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside one word ("co-founded"), no space either side."""
    return bool(doc[i].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


def _torn_participle(verb: Any, end: int) -> int | None:
    """ "will ease restrictions on COVID-19 vaccinated visitors": the parser may take a
    participle used as an adjective for a second verb of the speaker's, right where the
    clause ends. A real second verb is set off by "and"/"but" or a comma and may have its own
    subject or auxiliary; one starting the very next word with none of these is the clause's
    own words, and the clause runs on to its end."""
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.tag_ in ("VBN", "VBD")  # the small model may tag it either way
            and c.left_edge.i == end == c.i
            and not any(t.dep_ in CLAUSE_SUBJECTS or t.dep_ == "aux" for t in c.children)
        ):
            last = c.right_edge.i
            while last > c.i and c.doc[last].is_punct:
                last -= 1
            return int(last) + 1
    return None


def _old_news(noun: Any) -> bool:
    """ "the news", "her death": a definite ``OLD_NEWS_NOUNS`` object with nothing of its own
    (a phrase saying where it was confirmed is none: "the conclusion on Twitter")."""
    return (
        noun.lemma_.lower() in OLD_NEWS_NOUNS
        and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
        and all(
            c.dep_ in ("det", "poss", "amod", "compound")
            or (c.dep_ == "prep" and c.lower_ in WHERE_SAID_PREPS)
            for c in noun.children
        )
    )


def _relative(clause: Any) -> bool:
    """A relative clause the parser took for the verb's clause: "told Orlov in a call Monday that
    was reported on the front page" (its subject is the relative "that" or "which")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" and c.lower_ in ("that", "which")
        for c in clause.children
    ) or _contact_relative(clause)


def _contact_relative(clause: Any) -> bool:
    """ "predicted harsher times with the package the president is expected to announce": a
    clause with no "that" right after a preposition's noun, when the verb already has a thing
    for its object, is a relative clause on that noun (English drops "that" there), not a
    second object of the verb (unlike "told reporters the plan would fail", whose object is
    who was told, or "said on Monday the plan would fail", whose verb has no object)."""
    verb = clause.head
    if any(c.dep_ == "mark" for c in clause.children) or clause.left_edge.i == 0:
        return False
    before = clause.doc[clause.left_edge.i - 1]
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < before.i), None)
    return (
        dobj is not None
        and dobj.pos_ == "NOUN"
        and dobj.ent_type_ == ""
        and dobj.lemma_.lower() not in PERSON_NOUNS
        and before.dep_ == "pobj"
        and before.pos_ == "NOUN"
    )


def _past_the_day(verb: Any, start: int) -> int:
    """Where the clause starts after the day of saying: in "said Tuesday the port would reopen"
    the parser puts "Tuesday" in the clause; a day right after the verb, not the clause's
    subject or a possessor ("said Monday's vote was void"), is when it was said."""
    doc, i = verb.doc, start
    if start != verb.i + 1:
        return start
    while i < len(doc) and doc[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    if i == start or i >= len(doc):
        return start
    root = _entity_root(doc[start])
    return i if root.dep_ in ("npadvmod", "advmod") else start


def _clause_end(clause: Any) -> int:
    """Where the reported clause ends: before a second verb that cannot share its tense.

    The parser hangs "and pledged to ..." in "Lind said the city will rebuild the pier and
    pledged to ..." on "rebuild": a past form with no subject of its own cannot go on "will",
    nor "but did not go ..." (its own "did") on "had fallen", so both are the speaker's own
    acts told by the writer, not part of what was said.
    """
    aux = ("aux", "auxpass")
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in conj.children):
            continue  # its own subject, or a second "that" clause: still what was said
        own = [c for c in conj.children if c.dep_ in aux]
        shared = [c for c in clause.children if c.dep_ in aux]
        if shared and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in shared):
            continue  # "Berg was asked but declined to ...": one past tense, both reported
        # Only after a clause with its own auxiliary ("will", "had"): in "said the agency was
        # vague and didn't do enough" both halves are what was said.
        if shared and (
            any(a.lemma_ == "do" for a in own)
            or (not own and conj.tag_ in ("VBD", "VBZ") and not _one_verb_group(clause, conj))
        ):
            cut = conj.left_edge.i
            before = [c for c in clause.children if c.dep_ in ("cc", "punct") and c.i < cut]
            return int(min([cut, *(c.i for c in before if c.i > clause.i)]))
    tail = _asked_tail(clause)
    if tail is not None:
        return tail
    return int(clause.right_edge.i + 1)


def _one_verb_group(clause: Any, conj: Any) -> bool:
    """ "had met or exceeded every target": two verbs with only "and"/"or" between them and no
    object of the first's own share its auxiliary and the object after them (the small model
    tags a past participle as a past tense the same), so the second is no act of the speaker's.
    """
    between = clause.doc[clause.i + 1 : conj.i]
    return (
        len(between) > 0
        and all(t.dep_ == "cc" for t in between)
        and not any(c.dep_ in ("dobj", "attr", "prep") and c.i < conj.i for c in clause.children)
    )


# Verbs of the interview itself: "..., when asked about the delays" tells how the words came.
ASKED_VERBS = frozenset({"ask", "question", "press"})
# What opens that tail: "when asked", "after being pressed", "if asked".
ASKED_MARKS = frozenset({"when", "after", "while", "if", "once"})


# What a question was about: "asked about the delays", "questioned on the cost".
ASKED_ABOUT = frozenset({"about", "on", "over", "regarding"})


# Verbs of answering a question: "asked to discuss the delays" asks for words, not a deed.
# fmt: off
ANSWER_VERBS = frozenset({
    "discuss", "comment", "explain", "elaborate", "respond", "address", "describe", "clarify",
})
# fmt: on


def _asked_about(child: Any) -> bool:
    """Whether a child of "asked" says what the question was about, not a request ("asked to")."""
    if child.dep_ == "prep":
        return bool(child.lower_ in ASKED_ABOUT and any(c.dep_ == "pobj" for c in child.children))
    if child.dep_ == "xcomp":  # "asked to comment on the delays", not "asked to by the crew"
        return bool(child.lemma_ in ANSWER_VERBS)
    return bool(child.dep_ == "ccomp")  # "asked whether the pier would reopen"


def _asked_tail(clause: Any) -> int | None:
    """Where a reported clause ends before the reporter's "when asked about ..." tail.

    In "Lind said the pier would reopen in May, when asked about the delays" the parser hangs
    "asked" on "reopen", but the question was put to the speaker: it says how the words came,
    not what was said. Only a subjectless participle ending the clause and opened by "when"
    (or a comma) and saying what was asked counts; "would reopen when it is asked to" (own
    subject) and "would act when asked to by the crew" (a request) stay.
    """
    for tail in clause.children:
        if (
            tail.dep_ != "advcl"
            or tail.i < clause.i
            or tail.lemma_ not in ASKED_VERBS
            or tail.tag_ != "VBN"
            or tail.right_edge.i != clause.right_edge.i
            or any(c.dep_ in CLAUSE_SUBJECTS for c in tail.children)
            # It must say what the question was about ("about the delays", "whether ..."):
            # "would open the gates when asked to" is a request within what was said.
            or not any(_asked_about(c) for c in tail.children)
        ):
            continue
        start = tail.left_edge.i
        doc = clause.doc
        opened = doc[start].lower_ in ASKED_MARKS or doc[start - 1].text == ","
        if opened and start > clause.i:
            while start > clause.i + 1 and doc[start - 1].is_punct:
                start -= 1
            return int(start)
    return None


def _with_subject(verb: Any, clause: Any) -> int:
    """Where the reported clause starts, its subject included.

    The small model may hang the clause's subject on the speech verb ("said many more are
    missing": "more" as the verb's object, "is missing" as a clause with no subject); a clause
    without a subject then starts at the words between the verb and it.
    """
    own = ("nsubj", "nsubjpass", "expl", "csubj", "mark")  # a subject, or "that" opening it
    if any(c.dep_ in own for c in clause.children):
        return int(clause.left_edge.i)
    between = [
        c
        for c in verb.children
        if verb.i < c.i < clause.left_edge.i and c.dep_ in ("dobj", "npadvmod", "advmod", "attr")
    ]
    return int(min([clause.left_edge.i, *(c.left_edge.i for c in between)]))


def _not_said(verb: Any) -> bool:
    """A speech verb that reports nothing said: negated ("has not said whether"), still to come
    ("will announce"), asked about
    ("asked if he believed"), asked for ("asked Lee to confirm", "urged that Lee admit"), or
    part of a compound word ("the he-said, she-said exchange")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    struggle = STRUGGLE_PREPS.get(verb.lemma_, ())
    if any(c.dep_ == "prep" and c.lower_ in struggle for c in verb.children):
        return True  # "contends with rising costs": faces them, says nothing
    if (
        verb.dep_ == "conj"
        and any(c.dep_ == "neg" for c in verb.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return True  # "did not announce a decision or say when": the "not" covers both
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True  # "will propose a budget on Friday": not said yet
    if any(c.dep_ == "aux" and c.lower_ in HEDGE_AUX for c in verb.children):
        return True  # "the firm should admit that ...": advice, not a statement
    if verb.dep_ == "xcomp" and verb.head.lemma_ in REFUSAL_VERBS:
        return True  # "refused to explain how ..."
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and (
        subj.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subj.children)
    ):
        return True  # "no one thought he could win"
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        return True  # "will ask the court to insist that ...": asked for, not said
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return True
    if _supposed(verb):
        return True
    if (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VB"
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        return True
    prev = verb.doc[verb.i - 1] if verb.i else None
    return prev is not None and prev.text in _DASHES and not prev.whitespace_


def _supposed(verb: Any) -> bool:
    """Whether ``verb`` lies under a condition ("if you get a note that says ...", "unless the
    mayor says otherwise"): what is supposed to be said, not anything said."""
    for node in verb.ancestors:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children
        ):
            return True
    return False


def _inside_a_report(verb: Any) -> bool:
    """Whether ``verb`` lies in the reported clause of another speech verb ("Lee suggested that
    Orlov had lied when he denied that ..." -- the denial is part of what Lee suggested)."""
    node = verb
    for _ in range(len(verb.sent)):  # bounded: never loops on a malformed tree
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS:
            return True
        node = node.head
    return False


def _pointed_to(prep: Any) -> tuple[int, int] | None:
    """ "pointed to the openness of ...": the object without "to"; "drew attention to the fact
    that X": X. ``None`` for an object too short to say anything ("to several points")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    clause = next((c for c in pobj.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
    if clause is not None and pobj.lower_ == "fact":
        that = [t for t in clause.subtree if t.dep_ == "mark" and t.lower_ == "that"]
        start = that[0].i + 1 if that else clause.left_edge.i
        return start, clause.right_edge.i + 1
    if sum(1 for t in pobj.subtree if not t.is_punct) < MIN_POINT_WORDS:
        return None
    return pobj.left_edge.i, pobj.right_edge.i + 1


def _entity_span(tok: Any) -> Any | None:
    """The entity span holding ``tok``, found from the token's IOB tags (``doc.ents`` would
    build every entity of the paragraph on each call)."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # A name holds no verb with a subject of its own: the small model may tag "Ezekiel claims
    # Frances" as one name; the span is then the part on ``tok``'s side of the verb.
    verb = next((t for t in doc[start:end] if t.i != tok.i and _a_clause_verb(t)), None)
    if verb is not None:
        start, end = (start, verb.i) if tok.i < verb.i else (verb.i + 1, end)
    return doc[start:end]


def _a_clause_verb(tok: Any) -> bool:
    """A finite verb with its own nominal subject ("claims" in "Ezekiel claims Frances ...")."""
    return bool(
        tok.pos_ == "VERB"
        and tok.tag_ in ("VBZ", "VBD", "VBP")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _after_possessor(tok: Any) -> str | None:
    """ "CBS's Dana Rook reported": the tagger may run a body's possessive and the name after
    it into one organisation; the person (two or more capitalised names after the possessive,
    ending at the subject) speaks, not the outlet or employer whose they are."""
    span = _entity_span(tok)
    if span is None or tok.i != span.end - 1:
        return None
    case = [t for t in span if t.tag_ == "POS"]
    if len(case) != 1:
        return None
    name = span.doc[case[0].i + 1 : span.end]
    if len(name) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None
    return str(name.text)


def _entity_root(tok: Any) -> Any:
    """The syntactic head of the entity span holding ``tok`` (or ``tok``)."""
    span = _entity_span(tok)
    return tok if span is None else span.root


def _tagged_on(clause: Any, verb: Any) -> bool:
    """ "..., he said" / "..., writes X": only a comma (or quote mark) between clause and verb."""
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    subj = _subject(verb)
    subj_ids = {t.i for t in subj.subtree} if subj is not None else set()
    # The verb's own auxiliaries too: "..., the minister has said", "..., she had told them".
    subj_ids |= {c.i for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return all(t.text in (",", "”", '"', "’") or t.i in subj_ids for t in between)


def _ent_text(tok: Any) -> str:
    """The text of the entity span holding ``tok`` (or the token itself), a person's name run on
    over a middle initial the tagger cut it at (``_over_initial``)."""
    span = _entity_span(tok)
    if span is None:
        return str(tok.text)
    return _over_initial(span) or _whole_body_name(span) or str(span.text)


# Lower-case words a body's name holds between its capitalised ones ("Center for Missing and
# Exploited Children", "Bureau of Investigation").
_NAME_LINKS = frozenset({"of", "for", "and", "&", "on", "the"})


def _name_word(tok: Any) -> bool:
    return bool(tok.text[:1].isupper() and tok.is_alpha) or tok.lower_ in _NAME_LINKS


def _whole_body_name(span: Any) -> str | None:
    """A body's name the tagger cut, whole: the small model ends "the National Center for
    Missing and Exploited Children" at "Missing" (the name's head word lies past the span) and
    tags only "Office" of "the Harbour County District Attorney's Office" (the name's
    capitalised words before it are its own). Only where the parse joins the words into one
    name and every added word is capitalised (or a name's "of", "for", "and")."""
    doc, start, end = span.doc, span.start, span.end
    if doc[start].ent_type_ != "ORG":
        return None
    last = doc[end - 1]
    head = last.head
    if head.i >= end and head.pos_ == "PROPN" and all(_name_word(t) for t in doc[end : head.i + 1]):
        end = head.i + 1  # the name's head noun past the span
    conj = next((c for c in doc[end - 1].rights if c.dep_ == "conj" and c.i >= end), None)
    if (
        conj is not None
        and any(t.lower_ in ("of", "for") for t in doc[start:end])  # not "X and Y"
        and all(_name_word(t) for t in doc[end : conj.i + 1])
        # a second body's own name is not this one's tail: "the Bureau of Mines and the Navy"
        and not any(
            t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "GPE", "NORP")
            for t in doc[end : conj.i + 1]
        )
    ):
        end = conj.i + 1  # "... for Lost and Stolen Bicycles": one name over its "and"
    root = doc[start:end].root
    lefts = [c for c in root.lefts if c.i < start and c.dep_ in ("compound", "poss")]
    if lefts:
        first = min(c.left_edge.i for c in lefts)
        first += doc[first].dep_ == "det"  # "The" before the name is not of it
        before = doc[first:start]
        if all(t.tag_ == "POS" or (_name_word(t) and t.lower_ not in _NAME_LINKS) for t in before):
            start = first
    if (start, end) == (span.start, span.end):
        return None
    start += doc[start].lower_ == "the"  # the speaker's name, as the index gives names
    text = doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
    return " ".join(text.split())


def _tagged_text(tok: Any) -> str:
    """The text of the entity span holding ``tok`` as tagged (or the token itself)."""
    span = _entity_span(tok)
    return str(tok.text if span is None else span.text)


_INITIAL = re.compile(r"[A-Z]\.?")


def _initial_at(doc: Any, i: int) -> int | None:
    """The index of the word after the initial at ``i`` ("T." or "T" "." as written with
    spaces), when a capitalised proper noun follows; else None."""
    if not 0 <= i < len(doc) or not _INITIAL.fullmatch(doc[i].text):
        return None
    nxt = i + 1
    if not doc[i].text.endswith("."):
        if nxt >= len(doc) or doc[nxt].text != ".":
            return None
        nxt += 1
    if nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].text.istitle():
        return nxt
    return None


def _quoted_nickname(tok: Any) -> str | None:
    """The words of a subject that is a name in quotation marks, not a person's name around
    them ('The "Comet Hunter" added', 'The "Pluto killer" said'); None for anything else (scare
    quotes on a common noun, 'the "experts" said', open in lower case)."""
    if tok.pos_ not in ("PROPN", "NOUN"):
        return None
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i + 1
    while right < len(doc) and doc[right].text not in ('"', "”") and right - tok.i < 2:
        right += 1
    if right >= len(doc) or doc[right].text not in ('"', "”"):
        return None
    opening = next((t for t in doc[left : tok.i] if t.text in ('"', "“")), None)
    if opening is None or any(t.pos_ == "PROPN" for t in doc[left : opening.i]):
        return None
    inner = doc[opening.i + 1 : right]
    if not inner or not inner[0].text[:1].isupper():
        return None
    return str(inner.text)


def _a_model(span: Any) -> bool:
    """Whether a name follows a number after a determiner: "a .357 Magnum" ("a . 357 Magnum"
    tokenised with spaces) names a gun or a product model, which the small model may tag a
    person; a person's name does not come right after "a 357" or "her 357"."""
    if span is None or span.start < 2:
        return False
    doc, i = span.doc, span.start - 1
    if not (doc[i].like_num or doc[i].pos_ == "NUM" or doc[i].text[:1].isdigit()):
        return False
    i -= 1
    if doc[i].text == "." and i > 0:
        i -= 1
    return doc[i].tag_ in ("DT", "PRP$")


def _first_and_initial(span: Any) -> bool:
    """Whether an entity span reads as a first name and an initial ("George W.", "Ada K"): the
    small model tags "Ada K" (cut at its dot) an organisation as often as a person."""
    first = span.doc[span.end - 2] if span.end - span.start >= 2 else None
    return (
        first is not None
        and span.doc[span.start].ent_type_ in ("PERSON", "ORG")
        and first.text.istitle()
        and first.is_alpha
        and len(first.text) > 1
    )


def _over_initial(span: Any) -> str | None:
    """A person's name the tagger cut at its middle initial, whole: "George W." + "Bush" or
    "Ada K" . "Lindqvist" (text tokenised with spaces, where the sentence splitter may also
    end a sentence at the initial's dot) is "George W. Bush" / "Ada K. Lindqvist"."""
    doc, start, end = span.doc, span.start, span.end
    if not (_INITIAL.fullmatch(doc[end - 1].text) or (start and doc[start - 1].text[-1:] == ".")):
        return None  # the common case, decided at once
    nxt = _initial_at(doc, end - 1) if _first_and_initial(span) else None
    if nxt is not None:
        tail = _entity_span(doc[nxt])
        end = tail.end if tail is not None and tail.start == nxt else nxt + 1
    else:
        # The surname's span, after "Ada K ." (a person's first name and initial).
        back = start - (2 if doc[start - 1].text == "." else 1) if start >= 2 else -1
        head = _entity_span(doc[back]) if back >= 1 else None
        if (
            head is None
            or head.end != back + 1
            or not _first_and_initial(head)
            or _initial_at(doc, back) != start
        ):
            return None
        start = head.start
    text = " ".join(doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])].split())
    return re.sub(r"\b([A-Z]) \.", r"\1.", text)


def _a_name(speaker: _Speaker) -> bool:
    """Whether the speaker's name reads as one (not a stray "'s Office" or "[12] Doctors")."""
    return speaker.name[:1].isalnum() and "[" not in speaker.name


def _token_at(doc: Any, char: int) -> int:
    """Index of the token that holds (or follows) character ``char`` of the paragraph."""
    for tok in doc:
        if tok.idx + len(tok.text) > char:
            return int(tok.i)
    return len(doc) - 1


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` opens a sentence (or the paragraph)."""
    before = text[:start].rstrip().rstrip('"”’').rstrip()
    return not before or before[-1] in ".!?:)"


def _a_term_or_title(doc: Any, s: int, e: int) -> bool:
    """A quotation that is a title ("The Long Winter", mostly capitalised words) or a term quoted
    inside narration (the "fast lane" plan: no verb, and a word right before the mark)."""
    text = doc_text(doc)
    words = [w for w in text[s + 1 : e - 1].split() if w[0].isalpha()]
    # Capitals after the first word: a sentence has them only on names.
    capitals = sum(w[0].isupper() for w in words[1:])
    if 1 < len(words) <= MAX_TITLE_WORDS and capitals >= TITLE_SHARE * (len(words) - 1):
        return True
    # A short name keeps its small words in lower case ("Born in Halvik", "Winners and
    # Losers"): without them, every word is capitalised and no sentence punctuation ends it.
    content = [w for w in words[1:] if w.lower() not in TITLE_SMALL_WORDS]
    if (
        len(words) <= MAX_SHORT_TITLE_WORDS
        # A longer one too when a colon splits off its subtitle ("Onward: Notes on the Age of
        # Ports"): a title's mark, where a sentence would carry lower-case words.
        or (len(words) <= MAX_TITLE_WORDS and ": " in text[s + 1 : e - 1])
    ) and (
        words[0][0].isupper()
        and content
        and all(w[0].isupper() for w in content)
        and not text[s + 1 : e - 1].rstrip().endswith((".", "!", "?"))
    ):
        return True
    before = text[:s].rstrip()
    if not before or not before[-1].isalnum():
        return False
    if before.split()[-1].lower() in NAMING_WORDS:  # a story titled "Why ...?"
        return True
    inside = [t for t in doc if s < t.idx < e]
    if doc[_token_at(doc, len(before) - 1)].dep_ == "prep" and not any(
        t.tag_ in FINITE_TAGS for t in inside
    ):
        # 'In "Running out of time," Lind writes': the object of a preposition with no verb
        # of its own ("Running" is no clause) names a book or a phrase, and says nothing.
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in inside)

