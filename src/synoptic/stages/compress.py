"""Conservative sentence compression for the summary: drop what a summary can do without.

A compressed sentence is made only of pieces of its source sentence, in order: a list of
:class:`~synoptic.model.Citation` fragments into ``Source.original``. Its text is
:func:`join_fragments` of them: the fragments' whitespace-normalised texts joined by one space
(no space before a fragment that opens on ``. , ; : ! ?``). Nothing is added or changed, so
every word shown can be found, in order, in the cited sentence.

What may be dropped (the rules read spaCy's dependency parse of the sentence):

1. a dateline (``CITY (Agency) --``) opening the sentence;
2. a parenthesis (``( ... )``) that holds no quotation mark;
3. a comma-enclosed appositive or non-restrictive relative clause right after a noun
   (``Smith, 45, said`` -> ``Smith said``; ``the firm, which was founded in 1990, said`` ->
   ``the firm said``);
4. the day a statement was made, on its speech verb (``officials said Monday`` -> ``officials
   said``; ``told reporters on Tuesday`` -> ``told reporters``): the claim keeps its own dates
   and the timeline keeps this one (DUC 2004 R-1 38.24 -> 38.43, Multi-News unchanged).

:func:`shortenings` offers one more kind, used by the summary only to fill the end of its
budget: the sentence cut short before a trailing clause of its main verb (``..., forcing every
school to close.`` -> ``.``), :data:`TRAILING_DEPS`.

A drop is refused when the piece holds the main verb, a quotation mark or an unbalanced bracket,
or when what is left would open or close on a comma, be shorter than :data:`MIN_WORDS`, or lose
its subject. A sentence without a parse (or with nothing to drop) is not compressed.

Two more guards keep the meaning and the punctuation (rule 3): a sentence-final appositive that
may be a verb's second object stays (``to give its treasurer, Olsen, a fresh start``), and the
comma closing an aside stays when it also closes something larger (``Unlike Tell, who ..., Vell
said`` -> ``Unlike Tell, Vell said``; ``sent to Orra, a village, police said`` -> ``sent to
Orra, police said``). An appositive that may be an item of a list stays (``featuring two moms,
a wedding, marches`` had become "two moms marches"): AllSides 150-252 and Multi-News 60-99,
5,131 sentences, 11 compressions changed: 7 broken -> left whole, 2 fine -> fine, 1 fine -> left
whole, 1 broken -> broken otherwise.

Measured and left out (``docs``: README, "The summarizer"): opening adverbials (``On Tuesday,``)
and attribution tails (``..., officials said.``). Dropping a tail turns a reported claim into a
flat statement, and neither helped ROUGE on both benchmarks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from synoptic.backends.nlp import doc_text
from synoptic.model import Citation, Sentence, Source
from synoptic.stages.quotes import SPEECH_VERBS

MIN_WORDS = 6  # a compressed sentence keeps at least this many words
_APPOSITIVE_DEPS = frozenset(["appos", "relcl", "amod", "npadvmod"])
# Adverbial clauses only: measured on both benchmarks, cutting coordinated clauses ("conj") or
# trailing prepositional phrases as well lost ROUGE-1 on DUC 2004 (38.31 -> 38.08 / 37.84).
TRAILING_DEPS = frozenset(["advcl"])
_PUNCT_OPEN = (".", ",", ";", ":", "!", "?")
# A place line in capitals, an optional agency ("(WRDW/WAGT)": a station's two call signs) and a
# dash; a lone hyphen counts when spaced ("SCHERTZ, Texas - The ..."), as a hyphen inside a word
# ("FORT-DE-FRANCE") is not a dash.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Za-z.'\-]+)*\s*(?:\([A-Za-z .&/-]+\))?"
    r"(?:\s*(?:--|—|–|_)|\s+-)\s*"
)
_AGENCY = re.compile(r"^\((?:[A-Z][A-Za-z.&]*\s?){1,3}\)\s*(?:--|—|–|-|_)?\s*")


@dataclass(slots=True, frozen=True, kw_only=True)
class Compressed:
    """A sentence shortened by dropping pieces: its text and the fragments it is made of."""

    text: str
    fragments: list[Citation]

    @property
    def words(self) -> int:
        return len(self.text.split())


def join_fragments(original: str, fragments: Iterable[Citation]) -> str:
    """The text shown for ``fragments`` of ``original`` (see the module docstring)."""
    out = ""
    for frag in fragments:
        piece = " ".join(original[frag.start : frag.end].split())
        if not piece:
            continue
        out = f"{out}{piece}" if not out or piece.startswith(_PUNCT_OPEN) else f"{out} {piece}"
    return out


def compress(sentence: Sentence, source: Source, doc: Any, doc_start: int) -> Compressed | None:
    """The compressed form of ``sentence``, or ``None`` if nothing can be dropped safely.

    Args:
        sentence: the sentence to shorten.
        source: its source (``sentence``'s offsets are into ``source.original``).
        doc: the spaCy ``Doc`` of the paragraph holding the sentence.
        doc_start: the offset of ``doc``'s text in ``source.original``.
    """
    parsed = _parse(sentence, doc, doc_start)
    return None if parsed is None else _compressed(parsed, sentence, source, doc_start)


def shortenings(
    sentence: Sentence, source: Source, doc: Any, doc_start: int
) -> list[Compressed]:
    """Shorter forms of ``sentence`` that end early: a trailing clause of its main verb cut off.

    Each cut drops one right-hand dependent of the main verb (:data:`TRAILING_DEPS`: an adverbial
    clause, a coordinated clause, ...) and everything after it up to the final punctuation, on
    top of what :func:`compress` drops; the same refusals apply. Longest first.
    """
    if not TRAILING_DEPS:
        return []
    parsed = _parse(sentence, doc, doc_start)
    return [] if parsed is None else _shortened(parsed, sentence, source, doc_start)


def versions(
    sentence: Sentence, source: Source, doc: Any, doc_start: int, *, truncate: bool
) -> tuple[Compressed | None, list[Compressed]]:
    """:func:`compress` and (when ``truncate``) :func:`shortenings` of ``sentence`` at once,
    finding its tokens, main verb and safe drops once for both."""
    parsed = _parse(sentence, doc, doc_start)
    if parsed is None:
        return None, []
    short = _compressed(parsed, sentence, source, doc_start)
    cuts = _shortened(parsed, sentence, source, doc_start) if truncate and TRAILING_DEPS else []
    return short, cuts


# A sentence's tokens, its main verb and the token indices every rule may drop.
_Parsed = tuple[list[Any], Any, set[int]]


def _parse(sentence: Sentence, doc: Any, doc_start: int) -> _Parsed | None:
    if not doc.has_annotation("DEP"):
        return None  # no parse (the blank test backend): nothing is dropped
    span = doc.char_span(
        sentence.start - doc_start, sentence.end - doc_start, alignment_mode="expand"
    )
    if span is None or len(span) < 2:
        return None
    tokens = list(span)
    root = _main_root(tokens)
    return tokens, root, _drops(tokens, root)


def _compressed(
    parsed: _Parsed, sentence: Sentence, source: Source, doc_start: int
) -> Compressed | None:
    tokens, root, drop = parsed
    if not drop:
        return None
    kept = [t for t in tokens if t.i not in drop]
    fragments = _fragments(kept, doc_start, source.id)
    fragments = _clip(fragments, sentence)
    text = join_fragments(source.original, fragments)
    if not _acceptable(text, kept, root):
        return None
    return Compressed(text=text, fragments=fragments)


def _shortened(
    parsed: _Parsed, sentence: Sentence, source: Source, doc_start: int
) -> list[Compressed]:
    tokens, root, base = parsed
    pos = {t.i: k for k, t in enumerate(tokens)}
    end = len(tokens)
    while end > 0 and tokens[end - 1].is_punct and not tokens[end - 1].is_quote:
        end -= 1
    out: list[Compressed] = []
    seen: set[str] = set()
    for child in root.rights:
        if child.dep_ not in TRAILING_DEPS or child.i not in pos:
            continue
        k = pos[child.left_edge.i] if child.left_edge.i in pos else pos[child.i]
        while k > 0 and (tokens[k - 1].text in ",;-–—" or tokens[k - 1].dep_ == "cc"):
            k -= 1
        piece = tokens[k:end]
        if not piece or not _safe(piece, tokens, root):
            continue
        drop = base | {t.i for t in piece}
        kept = [t for t in tokens if t.i not in drop]
        fragments = _clip(_fragments(kept, doc_start, source.id), sentence)
        text = join_fragments(source.original, fragments)
        if text in seen or not _acceptable(text, kept, root):
            continue
        if _condition(child) or _stranded(child, kept) or _bare_predicate(kept, root, piece):
            continue
        seen.add(text)
        out.append(Compressed(text=text, fragments=fragments))
    return sorted(out, key=lambda c: -c.words)


# Verbs that need what follows them: "X sounded [as if ...]", "it seemed [as though ...]".
_LINKING = frozenset(["sound", "seem", "look", "appear", "feel", "become", "remain", "be", "act"])
# Verbs that say little without what follows: "The announcement comes [as ...]" (news prose
# hangs the point of a sentence on these; a short list, as no parse label marks them).
_LIGHT = frozenset(["come", "happen", "occur"])
# Right-hand dependents of the main verb that say nothing about what it is about.
_NO_CONTENT_DEPS = frozenset(["punct", "npadvmod", "prt", "cc", "aux", "auxpass", "neg"])


def _says_something(dep: Any) -> bool:
    """Whether a kept right-hand dependent of the main verb carries content: an object, a
    complement, a phrase; not a bare time ("set Tuesday", "on Monday") or a particle."""
    if dep.dep_ in _NO_CONTENT_DEPS or dep.ent_type_ in ("DATE", "TIME"):
        return False
    if dep.dep_ == "prep":
        objects = [c for c in dep.children if c.dep_ == "pobj"]
        return not objects or any(o.ent_type_ not in ("DATE", "TIME") for o in objects)
    return True


def _bare_predicate(kept: list[Any], root: Any, piece: Sequence[Any]) -> bool:
    """Whether a cut leaves the main verb with nothing after it to say what it is about.

    It does when the verb is left last and is a linking verb ("Neither side sounded.") or a
    passive one ("It was created.", cut from "It was created to let teams keep their stars").
    It does too when nothing but a time or a particle follows the verb and either the verb is a
    light one ("The move comes [as ...]") or the clause cut off was its complement: an
    infinitive or a "for" clause right after it, with no comma ("are set Tuesday [to attend
    ...]", "has called [for X to resign]", "set out [to prove]"). An active verb may end a
    sentence ("The talks collapsed.", "Calls for a vote intensified.")."""
    words = [t for t in kept if not t.is_punct]
    lemma = root.lemma_.lower()
    if words and words[-1].i == root.i:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children)
        if passive or lemma in _LINKING:
            return True
    ids = {t.i for t in kept}
    if any(c.i in ids and _says_something(c) for c in root.rights):
        return False
    complement = piece[0].lower_ in ("to", "for")
    return lemma in _LIGHT or complement


def _condition(clause: Any) -> bool:
    """Whether the clause is a condition ("if ...", "unless ..."; not "as if"): without it the
    sentence states as fact what was only possible ("the port would reopen [if ...]")."""
    doc = clause.doc
    return any(
        c.dep_ == "mark"
        and c.lower_ in ("if", "unless")
        and not (c.i > 0 and doc[c.i - 1].lower_ == "as")
        for c in clause.children
    )


# Words that open a clause; the parser takes them for prepositions when it misplaces the
# clause's subject ("as party leaders [sought ...]": "leaders" read as the object of "as").
_SUBORDINATORS = frozenset(
    ["as", "after", "before", "while", "because", "since", "until", "when", "though"]
)


def _stranded(clause: Any, kept: list[Any]) -> bool:
    """Whether the cut strands a part of the clause in the kept text, a sign of a misparse: the
    clause opens on its verb right after a phrase that a subordinating word governs (its
    subject, hung on the kept text: "... from voters as party leaders [sought to ...]"), or a
    preposition is left last without its object ("released few details including [when
    ...]")."""
    doc = clause.doc
    first = clause.left_edge
    if first.i == clause.i and first.i > 0:
        node = doc[first.i - 1]
        for _ in range(len(doc)):  # bounded: up the phrase before the clause
            if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _SUBORDINATORS:
                return True
            if node.head.i == node.i or node.head.i >= clause.i:
                break
            node = node.head
    words = [t for t in kept if not t.is_punct]
    ids = {t.i for t in kept}
    last = words[-1] if words else None
    return last is not None and last.dep_ == "prep" and not any(c.i in ids for c in last.children)


def _main_root(tokens: list[Any]) -> Any:
    """The head of the sentence's largest tree (a dateline may be parsed as a tree of its own)."""
    inside = {t.i for t in tokens}
    size: Counter[int] = Counter()
    tops: dict[int, int] = {}  # token -> the top of its tree inside the span (memoised)
    for tok in tokens:
        path, top = [], tok
        for _ in range(len(tokens)):  # bounded: never loops on a malformed tree
            if top.i in tops or top.head.i == top.i or top.head.i not in inside:
                break
            path.append(top.i)
            top = top.head
        found = tops.get(top.i, top.i)
        for i in path:
            tops[i] = found
        tops[tok.i] = found
        size[found] += 1
    best = max(size, key=lambda i: (size[i], -i))
    return next(t for t in tokens if t.i == best)


def _drops(tokens: list[Any], root: Any) -> set[int]:
    """Token indices (doc positions) to drop: the union of every rule's safe pieces."""
    drop: set[int] = set()
    for rule in RULES:
        for piece in rule(tokens):
            if _safe(piece, tokens, root):
                drop.update(t.i for t in piece)
    return drop


def _dateline(tokens: list[Any]) -> Iterable[list[Any]]:
    """``WASHINGTON (AP) --`` or ``(CNN) --`` opening the sentence."""
    text = doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    match = _DATELINE.match(text) or _AGENCY.match(text)
    if match and match.end() < len(text):
        end = tokens[0].idx + match.end()
        yield [t for t in tokens if t.idx < end]


def dateline_length(text: str) -> int:
    """How many characters a wire dateline opening ``text`` takes (``HONOLULU (AP) — ``,
    ``Seoul, South Korea (CNN) ``, trailing space included), or 0. Only where a capitalised word
    or a quotation follows it, so that what is left starts a sentence."""
    match = _DATELINE.match(text) or _AGENCY.match(text) or _bracket_dateline(text)
    if match is None or not re.match(r"[A-Z\"\u201c]", text[match.end() :]):
        return 0
    return match.end()


def _parentheses(tokens: list[Any]) -> Iterable[list[Any]]:
    """Every innermost ``( ... )``, except the agency of a dateline that has no dash (``Seoul,
    South Korea (CNN) North Korea is ...``): without it the place runs into the sentence
    ("Seoul, South Korea North Korea is ..."). The dateline rule drops such a line only when a
    dash ends it; keeping it whole measured better than dropping it without one (Multi-News
    R-1 45.71 -> 45.78 kept, 45.66 dropped)."""
    text = doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    dateline = _bracket_dateline(text)
    keep_before = tokens[0].idx + dateline.end() if dateline else -1
    start = None
    for k, tok in enumerate(tokens):
        if tok.text == "(":
            start = k
        elif tok.text == ")" and start is not None:
            if tokens[start].idx >= keep_before:
                yield tokens[start : k + 1]
            start = None


# A place line and an agency in brackets opening a sentence, with or without a dash after it:
# "Seoul, South Korea (CNN) North Korea ...", "WASHINGTON (Reuters) The ...".
_BRACKET_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4},?)?\s*"
    r"\((?P<agency>(?:[A-Z][A-Za-z.&]*\s?){1,3})\)\s*(?P<dash>--|—|–|-|_|:)?\s*(?=[A-Z\"“])"
)


def _bracket_dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text``, when the words before the bracket read as a place line (a
    comma in them, or capitals, or a dash after the bracket) or the bracket holds an
    abbreviation ("(CNN)"); never a phrase opening on an article ("The United Nations (UN)
    Security Council ...")."""
    match = _BRACKET_DATELINE.match(text)
    if match is None or match.end() >= len(text):
        return None
    place, agency = match.group("place") or "", match.group("agency").strip()
    if place.split(" ")[0] in ("The", "A", "An"):
        return None
    shouted = bool(place) and place.replace(",", "").replace(" ", "").isupper()
    abbreviation = agency.isupper() and 2 <= len(agency) <= 6
    return match if match.group("dash") or "," in place or shouted or abbreviation else None


def _nonrestrictive(tokens: list[Any]) -> Iterable[list[Any]]:
    """``, who ...,`` / ``, 45,`` / ``, a former banker,`` right after a noun."""
    pos = {t.i: k for k, t in enumerate(tokens)}
    for tok in tokens:
        if tok.dep_ not in _APPOSITIVE_DEPS or tok.head.pos_ not in ("PROPN", "NOUN"):
            continue
        sub = list(tok.subtree)
        if sub[0].i not in pos or sub[-1].i not in pos or sub[0].i != tok.head.i + 2:
            continue
        if tok.dep_ == "relcl" and sub[0].tag_ not in ("WDT", "WP", "WP$"):
            continue  # only "who/which/whose" clauses are surely non-restrictive
        if tok.dep_ == "relcl" and _cleft(tok):
            continue  # "it is Olsen, not her critics, who left": the clause is the point
        if tok.dep_ == "appos" and _in_a_list(tok):
            continue
        left, right = pos[sub[0].i] - 1, pos[sub[-1].i] + 1
        if tokens[left].text != "," or right >= len(tokens):
            continue
        if tokens[right].text == ",":
            if not _closes_here(tokens, right, tok, sub[-1]):
                continue
            after = tokens[right + 1] if right + 1 < len(tokens) else tok
            if after.lower_ == "that" and after.tag_ == "WDT":
                continue  # "with Tell, a rival, that gave ...": what "that" is about is in doubt
            # A comma that also does work outside the aside stays (one comma for two jobs).
            shared = _comma_shared(tokens, right, tok, sub[-1])
            yield tokens[left:right] if shared else tokens[left : right + 1]
        elif (
            tokens[right].text in (".", "!")
            and right == len(tokens) - 1
            and not _maybe_an_object(tok)
        ):
            yield tokens[left:right]


def _cleft(clause: Any) -> bool:
    """Whether the relative clause completes a cleft sentence ("It is the mayor, not the
    council, who will decide"): it hangs on the complement of "it is" (or on an item or an
    appositive of it), and dropping it leaves "It is the mayor, not the council."."""
    noun = clause.head
    for _ in range(len(clause.doc)):  # bounded: never loops on a malformed tree
        if noun.dep_ not in ("conj", "appos") or noun.head.i == noun.i:
            break
        noun = noun.head
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_.lower() == "be"
        and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in verb.children)
    )


def _in_a_list(head: Any) -> bool:
    """Whether the appositive ``head`` heads may be an item of a list, so that dropping it runs
    the list together or cuts it short (the parser reads the second item of "featuring two moms,
    a wedding, marches, and more" as an appositive of the first: "two moms marches").

    It may when the noun it hangs on has a later item (but an age, ``Ruiz, 45, and Bell``, is no
    item); when the appositive's own items are set off by commas (``the north, the west, and
    the coast``); or when it ends the sentence with items of its own (``in the Velm hall, the
    Orra lab and the Tell dome.``). Closed by a comma, ``two senators, a judge and a mayor,
    asked`` is one aside and goes whole."""
    noun, doc = head.head, head.doc
    if head.tag_ != "CD" and any(c.dep_ == "conj" and c.i > head.i for c in noun.children):
        return True
    items = [head]  # the appositive and its items (a chain: "a, b and c" hangs c on b)
    for item in items:
        items.extend(c for c in item.children if c.dep_ == "conj")
    if len(items) == 1:
        return False
    if any(c.text == "," for item in items for c in item.children):
        return True
    after = head.right_edge.i + 1
    return bool(after >= len(doc) or doc[after].text != ",")


def _closes_here(tokens: list[Any], comma: int, head: Any, last: Any) -> bool:
    """Whether the comma at ``comma`` surely closes the aside ``head`` heads, ending on ``last``.

    Two shapes leave it in doubt, and dropping a piece then changes the meaning: the aside ends
    in an appositive of its own (``, who lost to Vell, a senator, in a May vote``: the second
    comma may close "a senator" only), or a preposition follows the comma closing a clause (the
    parser hangs ``in a May vote`` on the main clause, but it belongs to the aside: the
    compressed sentence said the main clause happened "in a May vote"). After an appositive
    noun phrase (``backed by Pell, the mayor, in a vote``) the phrase is the main clause's.
    """
    after = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if head.dep_ == "relcl" and after is not None and after.tag_ == "IN" and after.dep_ == "prep":
        return False  # a clause takes prepositional phrases; a noun phrase seldom does
    nested = next((t for t in (last, last.head) if t.dep_ == "appos" and t.i != head.i), None)
    return nested is None


_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])
# A noun's modifier before it: its phrase goes on after the comma ("Velm, Ostland, offices").
_PREMODIFIER_DEPS = frozenset(["compound", "poss", "amod", "nmod", "nummod", "quantmod"])


def _comma_shared(tokens: list[Any], comma: int, head: Any, last: Any) -> bool:
    """Whether the comma at ``comma``, closing the aside ``head`` heads, also closes something
    larger, so dropping it with the aside runs two parts together.

    It does when a relative pronoun opens what follows (``Tell, a senator, who is ...``: the
    clause after stays non-restrictive), when the aside hangs on a name set off by a comma of its
    own (``Ruiz, D-Velm, who ..., said`` -> ``Ruiz, D-Velm, said``), or when a phrase holding the
    aside ends with it and hangs on a word after the comma other than as a subject: an opening
    phrase (``Unlike Tell, who ..., Vell said`` -> ``Unlike Tell, Vell said``) or a reported
    clause before its attribution (``sent to Orra, a village, police said`` -> ``sent to Orra,
    police said``). A subject takes no comma before its verb (``Tell, 45, said`` -> ``Tell
    said``).
    """
    after = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if after is None:
        return False
    if after.tag_ in ("WDT", "WP", "WP$"):
        return True
    noun = head.head
    opened = noun.left_edge.i - 1
    if noun.dep_ in ("appos", "conj") and opened >= 0 and noun.doc[opened].text == ",":
        return True  # ``Ruiz, D-Velm, who ..., said``: the comma also closes ``, D-Velm``
    ends = {last.i, tokens[comma].i}
    node = noun  # the noun the aside hangs on, then each phrase holding it
    for _ in range(len(tokens)):  # bounded: never loops on a malformed tree
        if node.right_edge.i not in ends:
            return False  # this phrase goes on after the comma: the comma is inside it
        if node.head.i == node.i:
            return False
        if node.head.i > tokens[comma].i:
            return node.dep_ not in _SUBJECT_DEPS and node.dep_ not in _PREMODIFIER_DEPS
        node = node.head
    return False


# Verbs taking two objects ("give the coach a chance"): the parser may read the second as an
# appositive of the first, and dropping it leaves "give the coach." A short closed list (spaCy's
# English model labels the first object "dative" only sometimes).
_TWO_OBJECT_VERBS = frozenset(
    ["give", "offer", "grant", "send", "hand", "award", "lend", "owe", "promise", "deny", "pay",
     "sell", "bring", "show", "afford", "assign"]
)


def _maybe_an_object(head: Any) -> bool:
    """Whether a sentence-final appositive (``head`` heads it) may be an object of the verb
    rather than an aside: the noun it hangs on is a verb's object and the appositive is one of
    a chain (``give the treasurer, Olsen, a fresh start``: which phrase is the aside is in
    doubt), or the verb takes two objects and the appositive is a common noun
    (``give its coach, a second chance``; ``sell a product, Dorix`` names the product)."""
    if head.dep_ != "appos":
        return False
    noun = head.head
    for _ in range(len(head.doc)):  # up a chain of appositives, to the noun they describe
        if noun.dep_ != "appos" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ not in ("dobj", "dative"):
        return False
    chain = noun.i != head.head.i or any(c.dep_ == "appos" for c in head.children)
    if chain:
        return True
    verb = noun.head
    if head.pos_ != "NOUN" or verb.lemma_.lower() not in _TWO_OBJECT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return len(objects) < 2


_DAY_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "tonight", "night", "morning", "afternoon", "evening"]
)


def _when_said(tokens: list[Any]) -> Iterable[list[Any]]:
    """The day a statement was made: ``officials said Monday`` / ``said on Tuesday`` (the
    claim keeps its own dates; the timeline keeps this one)."""
    pos = {t.i: k for k, t in enumerate(tokens)}
    for tok in tokens:
        verb = tok.head
        if verb.lemma_ not in SPEECH_VERBS or tok.i == verb.i:
            continue
        if not ((tok.dep_ == "prep" and tok.lower_ == "on") or tok.dep_ == "npadvmod"):
            continue
        piece = list(tok.subtree)
        if not piece or any(t.i not in pos for t in piece):
            continue
        if not all(t.lower_ in _DAY_WORDS or t.lower_ in ("on", "late", "early") for t in piece):
            continue
        yield piece


_Rule = Callable[[list[Any]], Iterable[list[Any]]]
# The rules, in order; each yields candidate pieces (runs of tokens) that :func:`_safe` vets.
RULES: tuple[_Rule, ...] = (_dateline, _parentheses, _nonrestrictive, _when_said)


def _safe(piece: Sequence[Any], tokens: list[Any], root: Any) -> bool:
    if not piece or len(piece) >= len(tokens) - 1:
        return False
    ids = {t.i for t in piece}
    if root.i in ids:
        return False
    text = "".join(t.text_with_ws for t in piece)
    for a, b in ("()", "[]"):
        if text.count(a) != text.count(b):
            return False
    return not any(t.is_quote for t in piece)


def _fragments(kept: list[Any], doc_start: int, source: str) -> list[Citation]:
    """Runs of consecutive kept tokens, as offsets into the source."""
    out: list[Citation] = []
    run: list[Any] = []
    for tok in kept:
        if run and tok.i != run[-1].i + 1:
            out.append(_run_citation(run, doc_start, source))
            run = []
        run.append(tok)
    if run:
        out.append(_run_citation(run, doc_start, source))
    return out


def _run_citation(run: list[Any], doc_start: int, source: str) -> Citation:
    start = doc_start + run[0].idx
    return Citation(source=source, start=start, end=doc_start + run[-1].idx + len(run[-1].text))


def _clip(fragments: list[Citation], sentence: Sentence) -> list[Citation]:
    """Keep fragments inside the sentence (the parse's span may reach a token further)."""
    out = []
    for f in fragments:
        start, end = max(f.start, sentence.start), min(f.end, sentence.end)
        if start < end:
            out.append(Citation(source=f.source, start=start, end=end))
    return out


def _acceptable(text: str, kept: list[Any], root: Any) -> bool:
    if len(text.split()) < MIN_WORDS or not kept:
        return False
    if kept[0].text in ",;:" or kept[-1].text in ",;:":
        return False
    if any(bad in text for bad in (", ,", ",.", "..")):  # e.g. "a.m." before a dropped piece
        return False
    if text.count('"') % 2 or text.count("(") != text.count(")"):
        return False
    ids = {t.i for t in kept}
    return root.i in ids and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i in ids for c in root.children
    )
