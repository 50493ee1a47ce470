"""What a line of a scraped page looks like: shape tests and boilerplate cue lexicons.

Shared by the metadata reader (:mod:`synoptic.ingest.metadata`), which must step over site
furniture to find a title, and by the clean stage (:mod:`synoptic.stages.clean`), which decides
from these answers *and* a line's position what to remove.

Every test here looks at one line (or one sentence) on its own and is deliberately narrow: a cue
only counts on a short line, or in a sentence addressed to the reader ("our newsletter", "you
have read"), so that an article sentence which merely mentions subscriptions or copyright is
never matched. Precision over recall: a missed widget costs a stray line, a false match costs
part of an argument.

Calibration: the word limits below were set on the five seed scrapes and the bundled example
cluster (site furniture there is 1-14 words; the shortest argument paragraph is 17 words), then
left with a margin, and checked against hand-written fixtures in ``tests/fixtures/clean``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from synoptic.text import ends_with_abbreviation


def lexicon(text: str) -> frozenset[str]:
    """A word list written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


# Lines up to this many words may be furniture (nav, widgets, labels); longer ones never are,
# whatever cue they contain.
SHORT_LINE_WORDS = 20
# A "body" paragraph: at least this many words and sentence punctuation.
BODY_MIN_WORDS = 12
# A headline, a venue line or a section label has at most this many words.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 250
# A person's name line: 2 to this many name tokens.
NAME_MAX_TOKENS = 4
# A nav bar: at least this many items of at most NAV_ITEM_WORDS words each.
NAV_MIN_ITEMS = 3
NAV_ITEM_WORDS = 3

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# A full stop after a lone capital is an initialism's or an initial's ("the U.S. Must
# Rebuild", "Jane Q. Public"), not a sentence break: a headline naming the U.S. is no prose.
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?…])(?<!\b[A-Z]\.)[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
)


def _breaks(text: str) -> Iterator[re.Match[str]]:
    """The sentence breaks of ``text``: :data:`_SENTENCE_SPLIT`'s matches, except after an
    abbreviation's full stop ("Jan. 6 panel subpoenas an ally", "Gov. Ruiz signs the bill"): a
    headline with a date or a title in it is no prose (AllSides: 40 of 749 titles were missed
    for a "Jan.", "Gov.", "Dr." or "Sen." before this)."""
    for match in _SENTENCE_SPLIT.finditer(text):
        stop = match.start() - 1
        if text[stop] == "." and ends_with_abbreviation(text[:stop]):
            continue
        yield match

# Words that end a line without ending a thought: a line ending in one is a hard-wrapped line
# or a fragment, never a header.
DANGLING = lexicon(
    "a an the of to in on at by for from with and or but nor that which who as than is are was "
    "were be its their his her our your this these those"
)

# -- boilerplate cues, each a (detail, pattern) checked against a short line -------------------
# Names in a photo credit ("Jane Doe", "Lake Post", "Ministry of Things").
_NAMES = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|de|van|von)){0,4}"
_I = re.IGNORECASE
# Policy: "any" matches whatever the line ends with; "bare" only a line that does not end like a
# sentence (or has the cue before a colon: ``Watch live: ...``); "reader" a sentence only when
# it speaks to the reader or names a subscription object (``Subscribe to our newsletter.``).
# A full date, maybe with its weekday and a clock time ("Wednesday, June 3, 2015 1:32 PM EDT").
_STAMP_DATE = (
    r"(?:[a-z]+day,?\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?"
)
# A headline run into its "Posted: <date> <time> Updated: <date> <time>" stamps (a TV
# station's page template): the page's title row, with no sentence before the stamps; two full
# stamps take it past the short-line bound.
_TITLE_STAMPS = re.compile(
    rf"^(?:[^.!?:]{{3,150}}\s+)?posted\s*:\s*{_STAMP_DATE}(?:\s+updated\s*:\s*{_STAMP_DATE})?$",
    _I,
)
_LINE_CUES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "navigation",
        "any",
        re.compile(
            r"^(home|menu|main menu|skip to (main |the )?(content|navigation|search|menu|footer)|"
            r"skip to [\w ]{1,30}|skip navigation|toggle navigation|"
            # a table of contents' header (its entries are the page's own subheads)
            r"(table of )?contents|on this page|in this (article|section|report|page)|"
            r"back to top|top of page|breadcrumbs?|sitemap|site map|site index|browse)\W*$",
            _I,
        ),
    ),
    # Consent banners and their buttons (checked before the short-line bound, see below).
    (
        "consent banner",
        "bare",
        re.compile(
            r"^((accept|reject|refuse|decline|allow)( all| all cookies| cookies| and continue|"
            r"( (additional|optional|analytics|marketing|non-essential|necessary|essential))+ "
            r"cookies)?|(view|change|set) (cookies|cookie settings|your cookie settings)|"
            r"cookies on (this|the|our) (site|website|service|page)|"
            r"manage (preferences|cookies|settings|options|consent|"
            r"my choices)|"
            r"(cookie|privacy|consent) (settings|preferences|choices|options|notice)|"
            r"we (value|care about|respect) your privacy|your privacy choices|i agree|"
            r"agree and close"
            r")\W*$",
            _I,
        ),
    ),
    (
        "timestamp",
        "any",
        re.compile(
            r"^((updated|published|posted|last updated|last published|edited|first published)"
            r"\s*:?\s*)?"
            r"((\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
            r"[smhdw])\s+ago|just now|yesterday|today)\W*$|^\d{1,2}\s?[smhdw]\W*$|"
            # a live page's "Updated at 16.52 GMT"
            r"^(updated|posted|published)( at)?\s*:?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?"
            r"(\s*[A-Z]{2,5})?$|"
            r"^(updated|published|posted|last updated|first published)\W*$",
            _I,
        ),
    ),
    # A station's newscast slots in brackets ("(Channel 9 News at 5 / News 9 at 6 O'Clock)"):
    # the bulletins that aired the story, a TV page's label, never a sentence of it.
    (
        "broadcast slot",
        "any",
        re.compile(
            r"^\((?:(?-i:(?:[A-Z][\w.'’]*\s+)+\d{1,3}(?:\s+[A-Z][\w.'’]*)*)"
            r"\s+at\s+\d{1,2}(?::\d\d)?"
            r"(?:\s*o['’]clock|\s*[ap]\.?m\.?)?\s*(?:/\s*|(?=\))))+\)$",
            _I,
        ),
    ),
    # An editor's revision note ("(This story has been updated with comments from X.)"): it
    # dates the page, not the event. Corrections ("has been corrected") are left as content.
    (
        "update note",
        "any",
        re.compile(
            r"^[(\[]?(editor'?s note:\s*)?(this|the) (story|article|report|post|piece|page) "
            r"(has been|was|will be) updated\b[^()\[\]]{0,160}[)\]]?\W*$",
            _I,
        ),
    ),
    (
        "rights widget",
        "bare",
        re.compile(
            r"^((purchase|buy|request|get) (licensing rights|reprints?|this photo|photo)|"
            r"reuse this (content|article|story)|reprints?( (and|&) permissions)?|"
            r"republish( this (article|story))?|order (a )?reprint)\W*$",
            _I,
        ),
    ),
    (
        "press release marker",
        "bare",
        re.compile(
            r"^(for immediate release|embargoed (until|till)\b.*|(press|news|media) releases?)\W*$",
            _I,
        ),
    ),
    (
        "video",
        "any",
        re.compile(
            r"^(\d{1,2}:\d{2}(:\d{2})?\s*([-–—|•]\s*)?(source\s*:.*)?|video ad feedback|"
            r"ad feedback|link copied!?|copied( to clipboard)?!?|(now )?playing|play|replay|"
            r"more videos)\W*$",
            _I,
        ),
    ),
    # A link to a video or a clip in capitals ("WATCH: "Cold Case" Special"): a label then a
    # title that does not end like a sentence (a title may quote, hence policy "any").
    ("video", "any", re.compile(r"^(?-i:WATCH|VIDEO|LISTEN)\s*:\s*.*[^.!?\"”’'\s]$")),
    # A lone word naming the media block that stood there ("Photo", "Video", "Photos:"): the
    # picture or the player was not scraped, its label was.
    ("media label", "any", re.compile(r"^(photo|video|image|picture|gallery|audio)s?\s*:?$", _I)),
    (
        "search box",
        "bare",
        re.compile(
            r"^(search( all| the| this| our)?( site| website| archives?| content| news| articles| "
            r"here)*|enter (your )?search terms?|site search|search for\s*:?)\W*$",
            _I,
        ),
    ),
    (
        "live broadcast",
        "bare",
        re.compile(
            r"^((watch|listen)( live| now| again)?|live( broadcast| stream(ing)?| video| blog| tv| "
            r"updates| coverage)?|on air|live now|(watch|listen)( live)?\s*:.*|"
            r".*\blive broadcast\b.*)"
            r"$",
            _I,
        ),
    ),
    (
        "subscribe",
        "reader",
        re.compile(
            r"^(subscribe|sign up|sign in|log ?in|log out|register|join now|create (an |"
            r"your )?account|"
            r"get (our|the) newsletter|newsletters?|become a (member|subscriber))\b.*$",
            _I,
        ),
    ),
    (
        "stay informed",
        "reader",
        re.compile(
            r"^(stay (informed|connected|updated|up to date|in touch|tuned)|follow us|"
            r"connect with us|"
            r"find us on|like us on|get in touch)\b.*$",
            _I,
        ),
    ),
    (
        "return link",
        "bare",
        re.compile(
            r"^(return to|go back to|go to|back to (top|home|homepage|the (top|home ?page|"
            r"main page|"
            r"list|index)))\b.*$",
            _I,
        ),
    ),
    (
        "category",
        "any",
        re.compile(
            r"^(categor(y|ies)|tags?|topics?|sections?|filed (under|in)|posted (in|under)|labels?|"
            r"keywords?|regions?)\s*:.*$|"
            # "Subject:" over a tag list; a memo's "Subject: <a title of five words or more>"
            # is its title, not a category.
            r"^subjects?\s*:(?!\s*[^\s,;|/]+(?:\s+[^\s,;|/]+){4,}\s*$).*$",
            _I,
        ),
    ),
    (
        "publication counter",
        "any",
        re.compile(
            r"^((total( index)?|index|results?)\s*:\s*\d.*|showing\s+\d.*|\d[\d,.]*k?\s+"
            r"(comments?|shares?|views?|likes?|reads?|publications?|articles?|results?|"
            r"responses?|followers?|following|subscribers?|claps?|reactions?|upvotes?|votes?|"
            r"restacks?|reposts?|reblogs?|retweets?|messages?|posts?)\W*|"
            r"\d+\s+min(ute)?s?"
            r"( read)?\W*)$",
            _I,
        ),
    ),
    (
        "advertisement",
        "any",
        re.compile(
            r"^((advertisement\s*){2,}|advertisement|advertising|ad|ads|sponsored( content)?|"
            r"promoted( content)?|"
            r"paid (post|"
            r"content)|partner content|story continue[sd] below( advertisement)?|"
            # "Advertisement Continue reading the main story": an ad slot's label and its link
            r"(advertisement\s+)?continue reading( below| the main story)?|"
            r"scroll (down )?to continue( with content| reading)?|"
            r"(advertisement|sponsored)\s*:.*)\W*$",
            _I,
        ),
    ),
    (
        "related link",
        "bare",
        re.compile(
            # "Related" and one or two words of what the list holds ("Related events",
            # "Related publications", "Related articles and videos"), a header on its own; a
            # list of tags ("Related topics") is a category header (below).
            r"^(read more|read also|also read|read next|up next|"
            r"related((?! (topics?|tags|subjects|keywords)\b) [a-z]+( and [a-z]+)?)?|"
            r"see also|more (from|on|about) .{1,60}|more stories|more news|recommended( for you| "
            r"stories| reading)?|you (may|might) also (like|be interested in|enjoy)|"
            r"most (read|popular|viewed|shared)|top stories|trending( now| stories)?|"
            r"editor'?s picks?|further reading|latest (news|stories|headlines)|"
            # "More: <headline>", "Read: <headline>": a link labelled so
            r"more on this (story|topic)|(more|read)(?=\s*:)|read more (about|on|from) .{1,60})"
            r"\s*([:|»›>-].*)?$",
            _I,
        ),
    ),
    (
        "media credit",
        "any",
        re.compile(
            # maybe in parentheses on its own line: "(Image: Jane Doe/Agency)"; the picture
            # named by its place on the page ("Header image: ...") or its source ("Photo
            # source: Jane Doe from X")
            r"^\(?((header|featured|top|lead|main|cover|hero) )?"
            r"(photo(graph)?|image|picture|video|credit|illustration|caption|"
            r"file photo)s?\s*(credit|source)?"
            r"\s*:.*$|^(image|photo|media|video) (source|caption|credit),.*$|"
            r"^(photo(graph)?|image|picture|illustration|graphic)s? (by|courtesy of|via) "
            r"[^:.!?]{1,40}:\s.*$|"
            r"^(photo(graph)?s?|pictures?|images?|illustrations?|artwork|graphics?|video)( and "
            r"\w+)? by (?-i:[A-Z])[^.!?]*$|^sources?\s*:.*$|^(?-i:SOURCE\s+[A-Z]).*$",
            _I,
        ),
    ),
    (
        "copyright",
        "any",
        re.compile(
            r"^.{0,40}(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4})).*$|.*\ball rights reserved\b.*",
            _I,
        ),
    ),
    # "Correction: An earlier version of this article..." is content: only a corrections
    # *address* is furniture.
    (
        "contact",
        "any",
        re.compile(
            r"^(contact( us)?|e-?mail( us)?|tips?|send (us )?(your )?tips|press enquiries|press "
            r"inquiries|media (contacts?|enquiries|inquiries))\s*:.*$|^corrections?\s*:\s*\S+@\S+$",
            _I,
        ),
    ),
    # A dateline on its own line: "London WBN —", "KALLBY, Finland (Lake Wire) -", or before
    # a bar where a page's template put the place ("KALLBY, Finland |").
    (
        "dateline",
        "any",
        re.compile(r"^(?-i:[A-Z][\w.'’-]*(?:,?\s+\(?[A-Z][\w.'’-]*\)?){0,4})\s*(?:[—–-]{1,2}|\|)$"),
    ),
    # A header over a list of tags ("Related topics", "Explore more on these topics").
    (
        "category",
        "bare",
        re.compile(
            r"^((related|suggested|popular|more|trending|explore( more)?( on)?( these| this)?)\s+)?"
            r"(topics?|tags|subjects|keywords)\s*:?$",
            _I,
        ),
    ),
    (
        "site notice",
        "any",
        re.compile(
            r"^(privacy (notice|policy|statement)|cookie (notice|policy))\s*:.*$|"
            r"^(registered (charity|company|office)|(charity|company) (registration )?(no|number)"
            r"\b).*$|^[^.!?]{0,80}\bis an? registered (charity|company)"
            # only the registration's own details after it: "(no. 123)", "in England", "number 4"
            r"(,? (in|and) [A-Z][\w ]{0,40}|,? \(?(no|number|reg)\.?:? ?[\w ]{0,20}\)?)*\.?$|"
            r".*\bopens (in )?(a )?new (tab|window)\W*$|^(sort|order) by\s*:.*$|"
            r"^(skip past |after |end of )?(newsletter |the )?promotion\W*$",
            _I,
        ),
    ),
    # A live page's controls and entry labels ("Key events", "Show key events only").
    (
        "live blog",
        "bare",
        re.compile(
            r"^(key events?|show key events( only)?|pinned( post| event)?|"
            r"(show|load|see) (more|newer|older|all|latest) (updates|posts|entries)|"
            r"\d+ new (updates?|posts?)|(newest|oldest|latest) first)\W*$",
            _I,
        ),
    ),
    # A feedback widget ("Is this page useful? Yes No", "Report a problem with this page").
    (
        "feedback widget",
        "any",
        re.compile(
            r"^((is|was) (this|the) (page|article|information|content) (useful|helpful)\??|"
            r"(yes|no),? this (page|article) is (not )?(useful|helpful)|"
            r"thank you for your feedback|report a problem with this (page|article)|"
            r"(did|does) this (page|article) help( you)?\??)\W*$",
            _I,
        ),
    ),
    # A licence line under a page or document ("All content is available under the X Licence",
    # "This article is published under a Creative Commons licence").
    (
        "copyright",
        "any",
        re.compile(
            r"^(all )?content (is )?(available|published|licensed) under\b.*$|"
            r"^this (article|work|page|document|report|post) is (published|licensed|available|"
            r"distributed|made available) under\b.*\blicen[cs]e\b.*$",
            _I,
        ),
    ),
    # A table-of-contents entry with dot leaders and a page number ("2 Background ..... 3").
    ("contents", "any", re.compile(r"^\S.{0,120}?\s?(\.\s?){4,}\s*\d{1,4}$")),
    # A bare number on its own line: a like or reply count, a post number ("#2"), a rank or a
    # page number; a figure the article gives always comes with words.
    ("counter", "any", re.compile(r"^#?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[km]?$", _I)),
    # A page number of a document turned into text ("Page 2 of 6", "- 3 -").
    (
        "page number",
        "any",
        re.compile(r"^(page\s+\d{1,4}(\s+(of|/)\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$", _I),
    ),
    # An e-mail box's placeholder ("Type your email…", "Email address").
    (
        "subscribe",
        "any",
        re.compile(
            r"^((type|enter) (your |an )?e-?mail( address)?( here)?|(your )?e-?mail address)"
            r"\W*$",
            _I,
        ),
    ),
    # A teaser for another story: a headline then "Read more" (no full stop), or a headline in
    # square brackets with no sentence end inside ("[Leaders meet at the border: Watch]").
    (
        "related link",
        "any",
        re.compile(
            r"^(?-i:[A-Z0-9‘'\"“]).{10,200}\s(?-i:Read more)$|^\[[^\[\].!]{10,200}\]$|"
            # a link in parentheses after a label: "(WATCH: X)", "(Also on the Ledger: X?)" (an
            # editor's note or a correction in parentheses is the article's)
            r"^\((?!editor|correction|update|clarification)(?-i:[A-Z])[\w'’ ]{1,30}:\s"
            r"[^().!]{3,150}\)$|"
            # "More: <headline>" (a headline may quote), "Read more from X in French.",
            # "Read Jane's full blog here."
            r"^(?-i:More)\s*:\s+\S.*[^.!?\s]$|^read more (about|on|from) (\S+\s?){1,6}$|"
            r"^read (\S+ )?full (blog|story|article|report|interview|post)\b(\S*\s?){0,3}$|"
            # a link to a list of stories: "Read more trending stories", ">> Read more local
            # news" (no full stop: a sentence that says so goes on)
            r"^[>»›]*\s*read more(\s[\w-]+){0,2}\s(stories|news|articles|headlines|videos)$",
            _I,
        ),
    ),
    # A photo credit on its own line: names on both sides of a slash ("Jane Doe/Agency",
    # "Jane Doe / Lake Post", "(Roe & Doe/Journal of Things)"); the left side has two names or
    # more, so "AC/DC" or "Israel/Gaza" is not one.
    (
        "media credit",
        "any",
        re.compile(
            rf"^\(?(?-i:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&|de|van|von))+)\s?/\s?"
            rf"(?-i:{_NAMES})(?:\s?/\s?(?-i:{_NAMES}))*\)?$"
        ),
    ),
    ("media credit", "any", re.compile(r"^\((photo |image )?credit\s*:[^()]{1,60}\)$", _I)),
    # A picture library's name and how many of the page's pictures it sent ("Getty (2)"): a
    # gallery's credit; a figure in prose comes with a verb.
    (
        "media credit",
        "any",
        re.compile(
            r"^(getty( images)?|ap( photo)?|afp|reuters|epa|shutterstock|alamy|istock)"
            r"( photos?| images)?\s*\(\d{1,2}\)$",
            _I,
        ),
    ),
    # A call to follow someone on a social network ("Follow Jane Doe on Facebook and Twitter.",
    # "For the latest news, follow @handle.", "And like us on Facebook to get our news:").
    (
        "stay informed",
        "any",
        re.compile(
            r"^(and |also )?(follow|like|find|connect with) (us|me|him|her|them|"
            r"(?-i:[A-Z])[\w.'’-]*(\s(?-i:[A-Z])[\w.'’-]*){0,3}) on (twitter|facebook|instagram|"
            r"linkedin|threads|tiktok|youtube|social media)\b.{0,60}$|"
            r"^(for .{1,50},\s*)?follow (us )?@\w+\W*$",
            _I,
        ),
    ),
    # An invitation to a forum or to comment ("Discuss this topic in the X Forums.").
    ("comments", "any", re.compile(r"^(discuss|comment on) this (topic|article|story|post)\b", _I)),
    # A share row's text links ("E-mail this to a friend Printable version").
    (
        "share widget",
        "bare",
        re.compile(
            r"^(.{0,40}\s)?(e-?mail this( article| story| page)? to a friend|printable version)"
            r"(\s.{0,40})?$",
            _I,
        ),
    ),
    # A byline row's leftovers after the author's link ("/ Updated By Jane Doe").
    ("byline", "any", re.compile(r"^/\s*(updated|source\s*:)\s.*$", _I)),
    # A byline's label alone, its author's name lost with the link it was ("by"): a word no
    # line of prose is made of.
    ("byline", "any", re.compile(r"^by\s*:?$", _I)),
    # An embedded post's signature on its own line: "— Jane Doe (@janedoe) March 3, 2017",
    # maybe after a thread marker; or a bare picture link. The post's own words, on the lines
    # above, are kept: they may be what the article reports.
    (
        "social embed",
        "any",
        re.compile(
            r"^(\((thread|cont(inued)?|\d+/\d*)\)\s*)?[—–-]{1,2}\s*"
            # a display name may hold brackets of its own ("(((Jane)))"), never a handle
            r"(?:[^()]|\(+[^()@]{1,40}\)+){1,60}\(@\w{1,15}\)\s*"
            r"(on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*"
            r"\d{4}$|^(pic\.twitter\.com|https?://t\.co)/\w+$|^tweet with a location$",
            _I,
        ),
    ),
    # A photo gallery's header ("18 show all Best quotes of the year").
    ("gallery", "any", re.compile(r"^\d+ show all\b", _I)),
    # An embedded post's or video's id left alone on a line by the scraper ("Bq3xT9kLm2Z"): one
    # token mixing digits, capitals and small letters at random, which no word of prose or
    # product name does (those hold a run of small letters: "PlayStation5").
    (
        "embed code",
        "any",
        re.compile(
            r"^(?=(?:\S*\d){2})(?=(?:\S*[A-Z]){3})(?=(?:\S*[a-z]){2})(?!\S*[a-z]{4})"
            r"[A-Za-z\d_-]{8,20}$"
        ),
    ),
    # A wiki page's hatnote over the article, pointing to other pages of the same name
    # ('"X" redirects here. For other uses, see X (disambiguation)', "This article is about
    # the town. For the river, see ..."): the wiki's navigation, never the article's prose.
    (
        "wiki hatnote",
        "any",
        re.compile(
            r"^(\S.{0,80}\sredirects here\.|this article is about [^.!?]{1,150}\.)\s+"
            r"for [^,.!?]{1,80}, see [^.!?]{1,150}\.?$|"
            r"^for other uses, see [^.!?]{1,150}\.?$|"
            r"^for [^,.!?]{1,80}, see [^.!?]{1,150}\(disambiguation\)\.?$",
            _I,
        ),
    ),
    # A link to a topic page in parentheses ("(Flood season full coverage)"); a blog widget's
    # like button as scraped ("Like this: Like Loading...").
    ("related link", "any", re.compile(r"^\([^()]{2,60}\sfull coverage\)$", _I)),
    ("share widget", "any", re.compile(r"^(like this:\s*)?like\s+loading\s*(\.{3}|…)?$", _I)),
    # A teaser for another page, addressed to the reader: "Learn how X.", "Visit X for more on
    # Y." (one sentence on its own line; an article does not send its reader elsewhere so).
    (
        "related link",
        "any",
        re.compile(
            # (one clause: no comma, no quote)
            r"^learn (how|why|what|more about)\s[^!?,;\"“”]{5,150}[.!?]?$|"
            r"^visit\s[^,;\"“”]{2,80}?\sfor more (on|about|information)\b[^!?,;\"“”]{0,80}$",
            _I,
        ),
    ),
    # A video's caption naming the newscast it aired on ("Jane Doe reports on Action News at
    # 4:30 p.m., May 5, 2025"): a name, "reports on" a programme, then only its air time.
    (
        "video caption",
        "any",
        re.compile(
            rf"^(?-i:{_NAMES})\s+reports?\s+(on|for)\s+(?-i:{_NAMES})\s+at\s+\d{{1,2}}"
            r"(:\d{2})?\s*[ap]\.?m\.?([\s,]+[\w,]+){0,5}$",
            _I,
        ),
    ),
    # A broadcaster's station line: its call sign, a dash, its city and state ("KLDR – Lake
    # City, Ore."); see :func:`station_line`.
    ("station line", "any", re.compile(r"^(?-i:[A-Z]{3,5})(-(?-i:TV|FM|AM|DT|HD))?\s*[–—-]\s*"
                                       r"(?-i:[A-Z][\w.'’-]*(\s[A-Z][\w.'’-]*){0,3}),\s*"
                                       r"(?-i:[A-Z][a-z]{1,4}\.|[A-Z]{2})$")),
)

# Lines checked before the short-line bound: a staff credit or a "cite this" line may run to
# 40 words.
CREDIT_MAX_WORDS = 45
# A publication note on its own line, judged whole (a sentence break after "p.m." or "Md." may
# cut it): at most this many words.
REPOST_NOTE_MAX_WORDS = 15
_CREDIT_LINE = re.compile(
    r"^((additional|further) )?(reporting|writing|editing|research|fact-checking)( and "
    r"(writing|editing|reporting))? by (?-i:[A-Z])",
    _I,
)
_CREDIT_MORE = re.compile(r";|\b(editing|writing|reporting) by\b", _I)
# What may stand between the names of a credit ("Jane Doe in Kallby and John Roe").
_CREDIT_GLUE = lexicon("and in from at of")


def _only_names(text: str) -> bool:
    """Whether ``text`` (after "Reporting by") is one sentence of names and places only:
    "Reporting by Jane Doe and John Roe." is a credit, "Reporting by the Post found..." is not."""
    tokens = words(text)
    return len(sentence_spans(text)) == 1 and all(
        t[:1].isupper() or t.lower() in _CREDIT_GLUE for t in tokens
    )
# A wire story's staff credits, one line that may run to 45 words and hold abbreviations ("Jane
# Doe reported from Kallby.", "Staff writers Jane Doe in Lake City, Ore., and John Roe in Kallby
# contributed to this report."): names and places, role words and glue, nothing else.
_WIRE_CREDIT = re.compile(
    r"\b(reported (this (story|report) )?(from|in) (?-i:[A-Z])[^.!?]*|contributed( reporting| "
    r"research)?( to| for) this (report|article|story))\.$"
)
_CREDIT_WORDS = lexicon(
    "and in from at of the also this story report reported contributed to for reporting research "
    "writer writers reporter reporters journalist journalists correspondent correspondents "
    "researcher researchers photographer photographers editor editors producer producers staff "
    "contributor contributors"
)
# Other lower-case words a credit may hold ("science writers", "senior producer").
CREDIT_OTHER_WORDS = 2


def _wire_credit(line: str) -> bool:
    if not _WIRE_CREDIT.search(line) or _REPORTING.search(line):
        return False
    tokens = words(line)
    other = [t for t in tokens if not t[:1].isupper() and t.lower() not in _CREDIT_WORDS]
    return tokens[0][:1].isupper() and len(other) <= CREDIT_OTHER_WORDS


# An entry of a reference list: "Marsh, P. and Okafor, T. (2021) 'Title', Journal, 14(2)".
_REFERENCE = re.compile(
    r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+(?:,?\s*(?:and|&)\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+)*"
    r"(?:et al\.?\s*)?\s*\((?:19|20)\d\d[a-z]?\)"
)
_CITATION = re.compile(
    r"^(cite this( \w+)?|how to cite( this \w+)?|suggested citation|citation)\s*:.*$", _I
)
# A date alone on its line ("Tuesday, October 16, 2018", "16 October 2018"): a page's stamp over
# a story or an update, or a letter's heading; no sentence of prose is a bare date. (The clean
# stage reads it, after the metadata reader has taken the page's own date from the head.)
DATE_LINE = re.compile(
    r"^((monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"((?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+"
    r"(19|20)\d\d\.?$|"
    r"^((monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}\s+"
    r"(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+(19|20)\d\d\.?$",
    _I,
)
# A study's reference under a health story ("Source: Doe J, Roe AB, Poe K, et al. Title.
# Journal. 2016."): the label, then authors as surnames with bare initials, the way a paper is
# cited and never the way a sentence names people.
_SOURCE_REFERENCE = re.compile(
    r"^sources?\s*:\s*(?:(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* [A-Z]{1,3}),\s+){2,}"
    r"(?:et al\b|(?-i:[A-Z][\w'’-]+ [A-Z]{1,3})\b)",
    _I,
)

# Share / print / comment widgets: every word of the line is one of these (or a number).
_WIDGET_WORDS = lexicon(
    "share shares shared sharing tweet email e-mail mail print facebook twitter x linkedin "
    "whatsapp reddit telegram pinterest flipboard pocket messenger vk sms copy link url save "
    "saved bookmark pdf download comment comments reply replies leave a this article story page "
    "on via to post show hide view more less like likes follow gift send by update entry play"
)
_WIDGET_CORE = lexicon(
    "share tweet email e-mail print facebook twitter linkedin whatsapp reddit telegram pinterest "
    "comment comments bookmark save gift follow copy"
)

# -- sentence cues (any length) -------------------------------------------------------------
_DISCLAIMER = re.compile(
    r"^disclaimer\b|^(the |any |all )?(views|opinions)( and (views|opinions))? (expressed|"
    r"(in|of) (this|these) (article|piece|column|post|commentary|blog))\b|"
    r"\bare (solely )?(the author'?s?|the authors'|the writer'?s?) (own|alone)\b|"
    r"^forward[- ]looking statements?\b|^(this|the) (press release|news release|release|"
    r"announcement|document|communication) (contains|includes|may contain)\b.{0,40}"
    r"\bforward[- ]looking statements?\b|"
    r"^(this|the|these) (article|piece|column|post|commentary|content|opinions?|views?)\b.{0,40}"
    r"\b(does|do) not (necessarily )?(reflect|represent)\b|"
    # the note over a column's disclaimer: "The author is a Lake Post columnist." (only that:
    # "The author is a retired teacher" tells the reader something)
    r"^the (author|writer)s? (is|are) (an? |the )?([\w.'’&-]+ ){0,5}?(columnist|contributor|"
    r"contributing (writer|editor|columnist)|guest (writer|columnist|contributor))s?\W*$",
    _I,
)
_CTA_VERB = re.compile(
    r"^(subscribe|sign (up|in)|log ?in|register|join|follow|get|download|click|tap|support|donate|"
    # "like" only as a call ("Like us on Facebook"), never "Like many Facebook users, ..."
    r"become|read|watch|listen|share|stay|don'?t miss|never miss|want|"
    r"like (us|our|this|me|(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3} on))\b",
    _I,
)
_CTA_OBJECT = re.compile(
    r"\b(newsletters?|mailing list|inbox|briefing|podcasts?|our app|the app|alerts?|updates|"
    r"subscri(be|ption|bers?)|members(hip)?|free (articles?|trial)|unlimited access|keep reading|"
    r"continue reading|social media|twitter|facebook|instagram|linkedin|telegram|youtube|"
    r"(news|breaking news|daily) e-?mails|thanks for subscribing|"
    r"latest (news|developments|stories|headlines))\b",
    _I,
)
# Objects strong enough to mark a sentence addressed to the reader ("your inbox").
_CTA_STRONG = re.compile(
    r"\b(newsletters?|mailing list|inbox|subscri(be|ption)|free (articles?|trial)|"
    r"unlimited access|keep reading|continue reading)\b",
    _I,
)
# A call to sign up said whole, with no object named: "Sign up here.", "Subscribe now!", "Sign
# up to get the week's best stories." (the verb opens the sentence, as no report's does).
_SIGN_UP = re.compile(
    r"^(sign up|subscribe)( (here|now|today|below|for free))*(\W*$| to (get|receive)\b)", _I
)
# A newsletter's own pitch, in the first person: "X is a reader-supported publication", "To
# receive new posts and support my work, consider becoming a free or paid subscriber.", "Thanks
# for reading X!"
_SELF_PROMO = re.compile(
    r"\bis an? (reader|listener|viewer|member)[- ]supported (publication|newsletter|site|"
    r"podcast)\b|\bconsider becoming an? (free |paid |free or paid )?(subscriber|member|"
    r"supporter|patron)\b|\bto receive new (posts|issues|articles|episodes)\b|"
    # the sign-off a newsletter platform puts over its subscribe box
    r"^thank(s| you) for reading\b",
    _I,
)
# A sentence that reports speech is article content, whatever it says.
_REPORTING = re.compile(
    r"[“”\"]|\b(said|says|told|tells|according to|urged|added|warned|asked|argued|wrote)\b", _I
)
_READER = re.compile(r"\b(you|your|our|us)\b", _I)
_SITE_NOTICE = re.compile(
    r"\b(we use cookies|(this|our) (site|website) uses cookies|accept (all )?cookies|"
    r"(enable|turn on|switch on|activate) javascript|javascript is (disabled|required|"
    r"turned off)|listen to this (article|story)|"
    # a video player's and an embedded post's messages
    r"the interactive transcript could not be loaded|rating is available when the video has "
    r"been rented|this feature is not available right now|please try again later|"
    r"(delete|clear) your (tweet )?location history|when you tweet with a location|"
    # a reprint notice ("This copy is for your personal, non-commercial use only. To order
    # presentation-ready copies ..., use the Order Reprints tool"): about the page's licence
    r"(is|are) for your (own )?personal,? non-?commercial use|presentation-ready copies|"
    r"order reprints tool|"
    # a digital library's note over its scanned text ("Below is the uncorrected machine-read
    # text of this chapter ...", "Because it is uncorrected material, please ...")
    r"uncorrected (machine-read |ocr |scanned )?(text|material))\b",
    _I,
)
# Cookie / consent banners: only phrasings a banner uses, never a topic word alone ("personal
# data" is also what an article about a data leak talks about).
_CONSENT = re.compile(
    r"\b(we and our (\S+ )?(partners|vendors)|store and/or access information|"
    r"(we|this (site|website|service)|our (site|website|service)) (use|uses|set|sets)"
    r"( some| a few| small)?( (essential|necessary|analytics|optional|additional|functional|"
    r"strictly necessary))* cookies|(we'?d|we would) (also )?like to (use|set) (\w+ )?cookies|"
    r"accept (all )?cookies|"
    r"(see|read|view|review) our (privacy|cookie) (policy|notice|statement)|"
    r"by (signing up|subscribing|registering|continuing|using (this|our) (site|website|"
    r"service))\b.{0,80}\byou (agree|accept|consent))",
    _I,
)
# Weaker phrasings (an article may discuss a firm's cookie policy): only said to the reader.
_CONSENT_READER = re.compile(
    r"\b(cookie (policy|settings|preferences|statement|notice)|by clicking\b.{0,60}\b(privacy|"
    r"cookie|accept|consent)|(change|manage|withdraw) your (choices|preferences|consent))",
    _I,
)
_YOU = re.compile(r"\b(you|your)\b", _I)
# The site named by a repost line: "Lake News", "LakeNews.com".
_REPOST_SITE = r"(?P<site>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,5}?)"
# A note that the page reposts or prints the article elsewhere ("This article was originally
# published on X", "This article appears in the April issue"): about the page, not the event.
# Only "this article": "The story was first published in 1912" is about a book.
_PUBLICATION_NOTE = re.compile(
    r"^(editor['’]?s note\s*:\s*)?"
    r"(this (article|story|piece|essay|post) (was (originally |first )?(published|posted)|"
    r"originally (appeared|ran)|first (appeared|ran)|appears|appeared|is (re)?published|"
    r"has been (re)?published|was adapted)\b|this (interview|conversation|transcript) has been "
    r"(lightly )?(edited|condensed)\b|an? (shorter |longer |print |different |expanded |extended |"
    r"edited |abridged )?version of this (article|story|piece|report|review|column) (appeared|"
    r"appears|was published|ran)\b|"
    # "This is an expanded version of the review that ran in the May 3 issue."
    r"this is an? (shorter |longer |print |different |expanded |extended |edited |abridged )?"
    r"version of (a|the) (article|story|piece|report|review|column) (that |which )?(appeared|"
    r"appears|was published|ran)\b|"
    # an aggregator's repost line: "Originally published on Lake News." (a name, nothing more)
    rf"originally (published|posted) (on|at|by) {_REPOST_SITE}\.?$|read the (original|full) "
    r"(article|story|report)\b|continue reading (on|at)\b)",
    _I,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed( reporting| research)?( to| for) this (report|article|story)\W*$", _I
)
# A newswire's notes to the editors of the papers that print it, never the story's words (AP and
# NYT wire conventions; in DUC 2004 they end a story that was corrected: "Turkey amassed, 4th graf
# pvs"): where a new version picks up ("X said, 3rd graf pvs": go on from the paragraph that
# starts "X said", the 3rd of the previous version; "pickup 7th pvs"; "graf 9 pvs"; "5th graf,
# 1st Ld-Writethru"), an editors' note ("(Eds: Updates with ...)", "EDITOR'S NOTE: ..." in
# capitals; a site's "Editor's note:" to its readers may carry a correction or a reply, so it
# stays), a filing line ("Story filed by X") and the markers of an advisory, an optional
# passage or a story continued ("ADVISORY", "Optional add end", "(MORE)"). Each needs its own
# wording ("graf", "pvs", "Eds:", the markers alone on their sentence), so prose about a
# paragraph or an advisory is not taken.
WIRE_NOTE_MAX_WORDS = 12
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
_WIRE_NOTE = re.compile(
    rf"^(?:[^,.;:!?]{{1,60}},\s*)?(?:pickup\s+{_ORDINAL}(?:\s+graf)?|{_ORDINAL}\s+graf|"
    rf"graf\s+\d{{1,2}})(?:\s+pvs)?(?:,\s*{_ORDINAL}\s+ld-?\s?writethru)?\W*$|"
    r"^story\s+filed\s+by\s+[A-Z][\w.&'’ -]{1,60}$|"
    r"^\(?(?:optional\s+(?:add|trim)(?:\s+(?:end|ends|follows))?|end\s+(?:of\s+)?optional"
    r"(?:\s+(?:add|trim))?|(?-i:ADVISORY|END ADVISORY)|\((?:more|end)\)|(?-i:MORE|END))\)?$",
    _I,
)
# An editors' note opening a story: "(Eds: ...)" up to its bracket, or a sentence opening on
# "EDITOR'S NOTE" in capitals.
EDS_NOTE = re.compile(r"^\(\s*(?i:eds?)\s*:[^()]{0,300}\)|^EDITOR(?:'|’)?S(?: NOTE)\b")


def wire_note(sentence: str) -> bool:
    """Whether ``sentence`` (or a line) is a newswire's note to editors (see above)."""
    s = " ".join(sentence.split())
    if eds := EDS_NOTE.match(s):  # a bracketed note is all the sentence, not its opening
        return not eds.group(0).startswith("(") or not s[eds.end() :].strip(" .")
    return len(words(s)) <= WIRE_NOTE_MAX_WORDS and _WIRE_NOTE.match(s.rstrip(".")) is not None


_COUNTER = re.compile(r"\b\d+ (of|out of) \d+ free (articles?|stories|reads)\b", _I)
_EMAIL_OR_URL = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+")
_PHONE = re.compile(r"(?<![\w.])\+?\d[\d ()-]{7,}\d\b")
_ASK_READER = re.compile(
    r"^(have you|were you|do you|did you|are you|if you|(got|have) an? (news |story )?"
    r"(story|tip)|know something)\b",
    _I,
)

# -- people and names -------------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]*\.|[A-Z][\w’'-]*[a-z][\w’'-]*|[A-Z]{2,3}\.?)$")
_NAME_PARTICLES = lexicon("de da del della der di du van von bin ibn al el la le dos das")
_NOT_NAME = lexicon(
    "the a an of in on at for and or to by from with home news opinion opinions analysis world "
    "business politics sport sports culture live watch search subscribe register menu about "
    "contact more latest related video videos photos podcast newsletter summit club conference "
    "hall street road university institute centre center committee ministry council"
)
# Last words that make a short line an outlet's name rather than a person's.
OUTLET_WORDS = lexicon(
    "times news daily post herald journal ledger review gazette chronicle guardian telegraph "
    "observer express mail standard star sun tribune independent economist monitor dispatch "
    "bulletin courier record register reporter press wire agency media magazine weekly monthly "
    "today online network radio tv television broadcasting insider digest inquirer examiner "
    "sentinel beacon globe mirror voice week quarterly echo advertiser argus enquirer despatch "
    "courant clarion bugle"
)


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters and digits; inner apostrophes, dots and hyphens kept)."""
    return _WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (``.``, ``!``, ``?``, ``…``, maybe a closing quote)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def has_sentence_punct(text: str) -> bool:
    """Whether ``text`` ends a sentence anywhere (end punctuation then a space, or at the end)."""
    return ends_sentence(text) or next(_breaks(text), None) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans of ``text`` (offsets into it), for classifying footers and bios."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _breaks(text):
        # the closing quotes or brackets after the stop belong to the sentence they close (a
        # trailing sentence cut after '... was gone." Guidelines: ...' keeps the '"')
        closers = len(match[0]) - len(match[0].lstrip("\"'”’)]"))
        spans.append((pos, match.start() + closers))
        pos = match.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            out.append((start, end))
    return out


def is_body(text: str) -> bool:
    """A paragraph that reads like article prose: long enough, with sentence punctuation."""
    return len(words(text)) >= BODY_MIN_WORDS and has_sentence_punct(text)


def is_short_fragment(text: str, max_words: int = HEADLINE_MAX_WORDS) -> bool:
    """A short line with no sentence punctuation that does not dangle (a header, label, name)."""
    tokens = words(text)
    if not tokens or len(tokens) > max_words or has_sentence_punct(text):
        return False
    stripped = text.rstrip()
    # A title-case label ("What's On", "Sign In") ends on a small word without dangling.
    label = len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)
    dangling = tokens[-1].lower() in DANGLING and not label
    return not (stripped.endswith((",", ";", "-", "–", "—")) or dangling)


def reports_speech(text: str) -> bool:
    """Whether ``text`` quotes or reports someone (quotation marks, "said", "according to")."""
    return bool(_REPORTING.search(text))


def is_headline(text: str) -> bool:
    """A title-shaped line: 2-25 words, starts with a capital or digit, and no closing full stop
    (or sentence break) unless it is set in title case ("Trump Stays Banned. Keep It That
    Way."): prose never capitalises every word of four letters or more."""
    if len(text) > HEADLINE_MAX_CHARS:
        return False
    tokens = [t for t in words(text) if any(c.isalpha() for c in t)]
    stripped = text.strip().lstrip("\"'“‘(")
    if len(tokens) < 2 or len(words(text)) > HEADLINE_MAX_WORDS or not stripped:
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    breaks = next(_breaks(text), None) is not None
    if (stripped.endswith(".") or breaks) and not title_case(tokens):
        return False
    return boilerplate_kind(text) is None


# Title case needs this many capitalised words of four letters or more.
TITLE_CASE_MIN_WORDS = 3


def title_case(tokens: list[str]) -> bool:
    """Every word of four letters or more capitalised (at least ``TITLE_CASE_MIN_WORDS`` of
    them), and not a line in capitals."""
    major = [t for t in tokens if len(t) >= 4 and t[:1].isalpha()]
    return (
        len(major) >= TITLE_CASE_MIN_WORDS
        and all(t[:1].isupper() for t in major)
        and any(c.islower() for t in tokens for c in t)
    )


def is_label(text: str) -> bool:
    """A section label such as ``Opinions`` or ``World news``: 1-3 words, capitalised, bare."""
    tokens = words(text)
    return 0 < len(tokens) <= 3 and text.strip()[:1].isupper() and is_short_fragment(text, 3)


def person_name(text: str) -> str | None:
    """``text`` if it is just a person's name (2-4 capitalised tokens), else None."""
    cleaned = " ".join(text.strip().split())
    tokens = cleaned.split(" ")
    core = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    if not 2 <= len(core) <= NAME_MAX_TOKENS or len(tokens) > NAME_MAX_TOKENS + 2:
        return None
    if any(not _NAME_TOKEN.match(t) or t.lower() in _NOT_NAME for t in core):
        return None
    if core[-1].lower() in OUTLET_WORDS:
        return None
    return cleaned


# "My News", "Local News", "The Magazine" are section labels, not mastheads: every word is a
# section word or a kind of outlet. ("The Times" is a name: "times" is not a kind of outlet.)
GENERIC_OUTLET = lexicon(
    "the a my your our local latest top breaking world national international home all more "
    "business sport sports live tech science health politics opinion other us uk and of & "
    "news magazine podcast podcasts newsletter newsletters video videos radio tv television "
    "online media network agency wire press"
)


def outlet_name(text: str) -> str | None:
    """A masthead line (``THE HARBOUR LEDGER``, ``Northgate Tribune``) as the outlet's name."""
    cleaned = " ".join(text.strip().split())
    tokens = cleaned.split(" ")
    if not 1 <= len(tokens) <= 5 or has_sentence_punct(cleaned) or not cleaned[:1].isupper():
        return None
    if not all(
        t[:1].isupper() or t.lower() in _NAME_PARTICLES | {"of", "the", "and", "&"} for t in tokens
    ):
        return None
    if all(t.lower().strip("'’") in GENERIC_OUTLET for t in tokens):
        return None
    if cleaned.endswith(":"):  # a label over what follows ("ANA WELTZ, HOST:"), no masthead
        return None
    shouting = cleaned.isupper() and sum(c.isalpha() for c in cleaned) >= 4
    if tokens[-1].lower().strip("'’") in OUTLET_WORDS or (shouting and 2 <= len(tokens) <= 3):
        return titlecase(cleaned) if shouting else cleaned
    return None


def titlecase(text: str) -> str:
    """``THE HARBOUR LEDGER`` -> ``The Harbour Ledger`` (short all-caps names only)."""
    return " ".join(
        w.capitalize() if len(w) > 3 or i == 0 else w.lower() for i, w in enumerate(text.split())
    )


def _is_nav_bar(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[|»›>•·/]\s*|\s{2,}|\t", text) if p.strip()]
    if len(parts) < NAV_MIN_ITEMS or has_sentence_punct(text):
        return False
    return all(len(words(p)) <= NAV_ITEM_WORDS and p[:1].isupper() for p in parts)


def _is_widget(text: str) -> bool:
    tokens = [t.lower() for t in words(text) if not t.isdigit()]
    if not tokens or len(tokens) > 10:
        return False
    return all(t in _WIDGET_WORDS for t in tokens) and any(t in _WIDGET_CORE for t in tokens)


# A photo caption: a line that ends on a photo credit in parentheses ("... in the town hall,
# Thursday. (AP Photo/Jane Doe)", "(Jane Doe/Reuters)", "(Getty Images)"), maybe followed by
# one more short parenthesis ("(Associated Press)"). Captions are sentences and can be long, so
# this is checked before the short-line bound.
CAPTION_MAX_CHARS = 1200
_CREDIT = (
    r"\((?:[^()]*\b(?:photos?|photograph|photographer|images?|pictures?|file)\b[^()]*"
    # (a credit may name the photographer, the agency that handed it out and the wire that
    # sent it: "(Jane Doe/Lake Pictures/AP)")
    r"|[A-Z][\w.'’ ,-]{1,40}(?:/[A-Z][\w.'’& -]{1,40}){1,3})(?:\)|\.\.\.|…)"  # may be cut off
)
_CAPTION_UNIT = rf"[^()]{{10,}}?[.!?]?\s*{_CREDIT}(?:\s*\([^()]{{2,40}}\))?\s*"
# One caption or several run together on one line.
_CAPTION = re.compile(rf"^(?:{_CAPTION_UNIT})+$", _I)
# Where a person stands in the picture ("(left)", "(L)"), the only parenthesis a caption's words
# carry.
_POSITION = r"\((?:left|right|cent(?:er|re)|(?-i:[LRC]|[LRC]-[LRC]|[LRC]\d))\)"
# A caption whose credit follows its last sentence without parentheses: "... on Tuesday.
# Photograph: Jane Doe/Lake Post", "... 2025. Agency/Jane Doe Purchase Licensing Rights".
_CAPTION_TAIL = re.compile(
    rf"^(?:[^()]|{_POSITION}){{10,}}?(?:[.!?]\s+|\s+)(?-i:Photo(?:graph)?s?|Pictures?|Images?|"
    r"Credit|PHOTO|PICTURE|IMAGE)\s*:\s*[^.!?]{2,80}$"
    # (a caption may mark who is where: "Jane Doe (L) and John Roe (R) ...")
    rf"|^(?:[^()]|\((?-i:[LRC]|[LRC]-[LRC]|[LRC]\d)\)){{10,}}?[.!?]\s+(?-i:{_NAMES}/{_NAMES})"
    r"(?:\s+purchase licensing rights)?$"
    # "... on Tuesday. Lake Police via Agency" (the picture handed out by someone, then the
    # agency that sent it; prose never ends on a bare "X via Y" with no full stop)
    rf"|^(?:[^()]|\((?-i:[LRC]|[LRC]-[LRC]|[LRC]\d)\)){{10,}}?[.!?]\s+(?-i:{_NAMES})\s+via\s+"
    rf"(?-i:{_NAMES})$"
    # "... on the ward in May. Courtesy Jane Doe"; "... in 2019. — Jane Doe Share Photo"; "... in
    # 2019. / Agency"
    rf"|^.{{10,}}?[.!?]\s+(?-i:Courtesy)(?: of)?\s+(?-i:{_NAMES})$"
    rf"|^[^()]{{10,}}?[.!?]\s+[—–/]\s*(?-i:{_NAMES})(?:\s+share photo)?\W*$"
    # a caption the page cut off, then its source: "... arrives at the premiere. Schumer
    # says... (Agency)" (prose never ends on an ellipsis and a bare name in parentheses)
    rf"|^.{{20,}}?\S(?:\.\.\.|…)\s*\((?-i:{_NAMES})\)$"
    # a video's or picture's one-sentence caption, then the agency that sent it: "... was shot
    # on Wednesday by rangers. (Agency)" (a wire story credits the agency at its start)
    r"|^[^().!?]{30,}[.!?]\s*\((?-i:Reuters|AP|AFP|Associated Press|EPA|Getty Images)\)$",
    _I,
)
# A caption whose credit follows a bar, with the page's headline run on after the credit as the
# scrape joined them ("X greets guests on the quay on Thursday. | Getty Images Storm delays
# ..."; "... on Thursday. | Jane Doe/Lake Post Headline"): a sentence, a bar, then a picture
# library or a "Name/Agency" credit. Prose has no bar after a full stop; a title line's bar
# ("Headline | Lake Post") follows no full stop and names no picture library.
_BAR_CAPTION = re.compile(
    r"^.{10,}?[.!?][\"'”’)]*\s+\|\s+(?:(?:getty|ap photo|afp|reuters|epa|shutterstock|alamy|"
    rf"istock)\b|(?-i:{_NAMES})\s*/\s*(?-i:{_NAMES})(?:\s|$))",
    _I,
)
# A caption with its credit first, the photographer and the agencies that carried the picture
# after slashes and a picture library last ("Jane Doe / Agency / Getty Images X prays at ...");
# prose does not open on a run of names split by slashes that ends on a picture library.
_CREDIT_FIRST = re.compile(
    rf"^(?-i:{_NAMES})(?:\s*/\s*(?-i:{_NAMES}))*\s*/\s*(?:getty images|ap photo|afp|reuters|epa|"
    # or the site the picture was taken from ("Jane Doe / Via youtube.com A screengrab ...")
    r"via [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|tv))"
    r"\s+(?-i:[A-Z])",
    _I,
)
# A heading in capitals printed twice, as a page's box renders it for screen and for screen
# readers, before what the box is about ("ABOUT THE FILM ABOUT THE FILM Title"): no sentence
# repeats a phrase of capitals at once. Only a short line goes, so a heading glued to the prose
# after it is left with it.
_DOUBLED_HEADING = re.compile(r"^(?P<h>[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*)+) (?P=h)(?:\s|$)")
# Lines of embedded media that may be long, checked before the short-line bound: a video or
# photo caption as an embedding player writes it ("Image copyright X Image caption Y", "Media
# playback is unsupported on your device Media caption Y"), a video carousel ("JUST WATCHED
# ... Replay More Videos ... MUST WATCH"), a video's caption under its "CLOSE" button, a photo
# gallery's controls ("1 of 26 Full Screen Autoplay Close Skip Ad"). Their words describe a
# picture or a clip; the article's own sentences never start so.
_EMBED_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("photo caption", re.compile(r"^(image copyright\s.{1,80}?\s)?image caption\s+\S", _I)),
    ("photo caption", re.compile(r"^enlarge (image|photo)\b", _I)),
    ("video", re.compile(r"^media playback is (unsupported|not supported) on your device\b", _I)),
    # A station's video embed as scraped: the player's "EMBED" button in capitals, then its
    # "More News Videos" link and the clip's caption ("EMBED More News Videos X reports ...").
    ("video", re.compile(r"^(?-i:EMBED)\s.{0,40}?\bvideos?\b", _I)),
    (
        "video",
        re.compile(
            r"^(?-i:JUST WATCHED)\s|\b(?-i:Replay More Videos|MUST WATCH)\b|^(?-i:CLOSE)\s+[A-Z]",
        ),
    ),
    # A video player's embed box and loading messages ("Embed X 1:04 autoplay Copy this code
    # to your website or blog", "Video Loading Video Unavailable Click to play").
    ("video", re.compile(r"\bcopy this code to your (website|site|blog)\b|^video (loading|"
                         r"unavailable)\b", _I)),
    # A video's title as a player lists it, then when it aired and how long it runs after a
    # bar ("Will X happen? 9:04 PM ET Sun, 3 Sept 2017 | 02:51"): a clock time, a date with its
    # year, then a length in minutes and seconds ending the line; prose puts no length there.
    ("video", re.compile(r"\b\d{1,2}:\d{2}\s*[ap]\.?m\.?\b[^|]{0,40}\b\d{4}\s*\|\s*"
                         r"\d{1,2}(:\d{2}){1,2}$", _I)),
    # A web archive's note about its own crawls, captured with the archived page.
    (
        "archive note",
        re.compile(
            r"^(these crawls are part of an effort to archive pages|starting in \d{4}, "
            r".{1,40} (has|have) been donating (their|its) crawl data)\b",
            _I,
        ),
    ),
    # A broadcaster's note on how its transcripts are made ("Transcripts of X are produced on a
    # deadline ... may not be in their final form"): about the page, not the event.
    (
        "transcript note",
        re.compile(
            r"^[^.]{0,80}\btranscripts?\b[^.]{0,80}\b(are|is|were|was|have been|has been) "
            r"(created|produced|prepared|typed|generated|made)\b.{0,300}\b(final form|"
            r"authoritative (record|version)|may contain errors|(rush|tight) deadline)",
            _I,
        ),
    ),
    # A pointer to a video the scrape left out ("Watch the video below.", "See video."); an
    # article's sentence goes on ("Watch the video, the mayor said, ...").
    (
        "video",
        re.compile(
            r"^(watch|see|view) (the |this |our )?(full |whole |entire )?(video|clip|footage)"
            r"( below| above| here)?\W*$"
            # "Watch below (it starts at 5:20):", "Listen to the exchange below:": a pointer to
            # a clip the scrape left out, maybe with a note on where to look in it
            r"|^(watch|listen)( to)?( it| them| the [\w-]+( [\w-]+)?)? (below|above)"
            r"(\s*\([^()]{0,100}\))?\s*[:.]?$",
            _I,
        ),
    ),
    # A link given as "...here: URL" with nothing after it ("Find all X fact checks here: URL").
    ("related link", re.compile(r"^[^:]{3,80}\bhere:\s*(https?://|www\.)\S+$", _I)),
    # A radio transcript's note on what is heard ("(SOUNDBITE OF ARCHIVED RECORDING)",
    # "(LAUGHTER)"): capitals in parentheses, at least two words or one long one.
    ("transcript note", re.compile(r"^\((?-i:[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*)+|[A-Z]{6,})\)$")),
    # A bare update label over a live story's new entry ("UPDATE:", "Update (4:10 p.m.):"): the
    # entry under it is content, the label tells nothing.
    ("update label", re.compile(r"^updated?\s*(\([^()]{1,30}\))?\s*:$", _I)),
    # An embedded post's location widget ("You can add location information to your Tweets").
    ("social embed", re.compile(r"^you can add location information to your tweets\b", _I)),
    # A police appeal closing a crime story ("Anyone with information is asked to call ..."):
    # it asks the reader for help and tells nothing of the event (it also quotes no one, but
    # "asked"/"urged" would read as reported speech, hence the check here).
    (
        "tip line",
        re.compile(
            r"^(how (to|you can) help\W*)?(anyone (with|who has|having)|if you have) (any |more "
            r"|further )?"
            # a number may end in letters ("555-0123-TIPS")
            r"information\b.{0,240}(\(?\d{3}\)?[ .-]?\d{3}[ .-]?(\d{4}|[a-z]{4}\b)|"
            r"crime ?stoppers)",
            _I,
        ),
    ),
)
EMBED_MAX_WORDS = 120
# A photo gallery's controls ("1 of 26 Full Screen Autoplay Close Skip Ad ..."), or its title
# printed twice before the first caption ("Photos: X Photos: X ...").
_GALLERY = re.compile(
    r"^\d+ of \d+ (full screen|autoplay|close|skip ad)\b|"
    # a picture gallery's box: its title ("World news in pictures") and its button ("Show all
    # 50"), on lines of their own
    r"^show all \d{1,4}$|^([\w'’-]+ ){1,4}in pictures$|"
    r"^(?-i:Photos|Pictures|In pictures): (?P<t>.{5,100}?) (?-i:Photos|Pictures|In pictures): "
    r"(?P=t)(\s|$)",
    _I,
)


# An embedded post's signature at the end of the line of its words ("We stand with X.
# pic.twitter.com/abc - Jane Doe (@janedoe) May 3, 2019"): its picture or short links, a dash
# after a space, a name, the handle in parentheses, the date, and nothing after. The clean
# stage cuts it and keeps the words (as for a signature on its own line, see ``_LINE_CUES``).
# The display name may hold brackets of its own ("(((Jane)))", "Jane (JD) Doe"), never a handle.
EMBED_SIGNATURE = re.compile(
    r"(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)*(?<!\S)[—–-]{1,2}\s*"
    r"(?:[^()\n]|\(+[^()@\n]{1,40}\)+){1,60}"
    r"\(@\w{1,15}\)\s*(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2},\s*\d{4}\s*$",
    _I,
)


# What makes a "Source: ..." value a photo credit rather than an outlet: a slash between a
# maker and a host ("Jane Doe / Flickr"), a picture library or licence, or a user name
# ("lakefan77", "@jdoe", "jane_doe").
_CREDIT_VALUE = re.compile(
    r"\S\s*/\s*\S|\b(getty|ap photo|afp photo|reuters photo|wikimedia|commons|flickr|"
    r"shutterstock|istock(photo)?|alamy|unsplash|pexels|creative ?commons|cc[ -]by|"
    r"photo|image)\b|(?<!\S)@\w|\b[^\W\d_]+\d+\b|\b\w+_\w+\b",
    _I,
)


def credit_value(value: str) -> bool:
    """Whether a labelled value (``Source: Jane Doe / Flickr``) credits a picture."""
    return _CREDIT_VALUE.search(value) is not None


def boilerplate_kind(text: str) -> str | None:
    """Why a whole short line is site furniture (``"navigation"``, ``"subscribe"``...), or None.

    Lines longer than :data:`SHORT_LINE_WORDS` words are never furniture here; a line that is
    a full sentence only counts when its cue is one that a sentence of an article would not
    start with (``Subscribe to our newsletter.``).
    """
    if _GALLERY.match(text.lstrip()):  # its slides' captions may follow on the line: no bound
        return "gallery"
    if _shouted(text) and len(words(text)) > SHORT_LINE_WORDS and len(sentence_spans(text)) >= 2:
        # Several sentences without a lower-case letter: a newscast's closed captions pasted
        # over the article ("WE CHECKED WITH ... NEW AT 5:00, A ... MOM IS ACCUSED ..."), of
        # any length; a headline or a shouted quote is shorter, and an article is not set in
        # capitals.
        return "broadcast transcript"
    if len(text) > CAPTION_MAX_CHARS:
        return None
    line = " ".join(text.split())
    if _sign_up_form(line):
        return "subscribe"
    if any(p.match(line) for p in (_CAPTION, _CAPTION_TAIL, _BAR_CAPTION, _CREDIT_FIRST)):
        return "photo caption"
    if _VIEW_BUTTON.match(line) and ends_sentence(line):
        # "View Images The slab that held the fossil.": a picture box's button run into the
        # caption under it, a sentence (a box's title ends none: a link, below)
        return "photo caption"
    n_words = len(words(line))
    if n_words <= SHORT_LINE_WORDS and _DOUBLED_HEADING.match(line):
        return "heading"
    if n_words == 0:
        # "###", "* * *", a lone bullet, an icon font's glyph: a separator, never content.
        # (a lone "+" is a collapsed box's expand button)
        return "separator" if line.strip("-–—_=*#•·∙‧・|~ .+") == "" or _is_icon(line) else None
    if n_words <= SCAN_NOISE_MAX_WORDS and _scan_noise(line):
        return "scan noise"
    if n_words <= EMBED_MAX_WORDS:
        for detail, pattern in _EMBED_LINES:
            if pattern.search(line):
                return detail
    # "Reporting by X; Editing by Y", or a bare "Reporting by X" (a sentence that starts so,
    # "Reporting by Lake Post found...", is content).
    if (
        n_words <= CREDIT_MAX_WORDS
        and (match := _CREDIT_LINE.match(line))
        and (
            not has_sentence_punct(line)
            or _CREDIT_MORE.search(line[12:])
            or _only_names(line[match.end() - 1 :])
        )
    ):
        return "credit"
    if n_words <= CREDIT_MAX_WORDS and _wire_credit(line):
        return "credit"
    if n_words <= CREDIT_MAX_WORDS and _CITATION.match(line):
        return "citation"
    if n_words <= CREDIT_MAX_WORDS * 2 and _REFERENCE.match(line):
        return "citation"
    if n_words <= CREDIT_MAX_WORDS * 2 and _SOURCE_REFERENCE.match(line):
        return "citation"
    if n_words <= RELATED_LINE_MAX_WORDS and _related_headline(line):
        return "related link"
    if n_words <= SHORT_LINE_WORDS and _OPINION_LINK.match(line) and not ends_sentence(line):
        return "related link"
    if n_words <= RELATED_LINE_MAX_WORDS and _FOLLOW_TOPIC.match(line):
        return "stay informed"
    if n_words <= RELATED_LINE_MAX_WORDS and _TITLE_STAMPS.match(line):
        return "timestamp"
    if n_words > SHORT_LINE_WORDS:
        # A long line is furniture only as one consent or publication-note sentence.
        # (or as a call after the name of what it offers: "X Daybreak Newsletter: Sign up to
        # get ...", whose words past the label are within the bound)
        kind = sentence_kind(line) if len(sentence_spans(line)) == 1 else None
        if kind == "subscribe" and _OFFER_LABEL.match(line):
            return kind
        return kind if kind in ("site notice", "publication note", "wire note") else None
    if _ASK_READER.match(line) and (_EMAIL_OR_URL.search(line) or _PHONE.search(line)):
        return "contact"
    if _VIEW_BUTTON.match(line) and not ends_sentence(line):
        return "related link"
    if _is_nav_bar(text):
        return "navigation"
    if _is_widget(line):
        return "share widget"
    speech = reports_speech(line)
    for detail, policy, pattern in _LINE_CUES:
        if speech and policy != "any":
            continue
        if pattern.match(line) and _policy_allows(policy, line):
            return detail
    # A contact line may be cut in two by a name's initial ("Contact Jane Q. Doe at ...").
    if not speech and _contact(line):
        return "contact"
    # A line of several sentences is furniture only if each one is (the clean stage checks).
    spans = sentence_spans(line)
    if len(spans) == 1:
        return sentence_kind(line)
    if (
        n_words <= REPOST_NOTE_MAX_WORDS
        and _PUBLICATION_NOTE.match(line)
        and sentence_kind(line[spans[-1][0] : spans[-1][1]]) is None
    ):
        # a short note cut in two by an abbreviation ("... posted at 1:47 p.m. Monday:")
        return "publication note"
    return None


# A newsletter box scraped with its form's messages, run together into one paragraph of any
# length ("... Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid
# Email"; "Please verify you're not a robot ... Invalid email address. Please re-enter."): each
# message is what a form shows, not what an article says; two different ones make the box
# (Multi-News: 3 such boxes of 20-90 words in 291 documents). One alone may be quoted.
_FORM_MESSAGE = re.compile(
    r"\b(?:(?P<thanks>thank(?:s| you)\W{0,3}for (?:subscribing|signing up))|"
    r"(?P<now>you(?:'re| are) now (?:subscribed|signed up))|"
    r"(?P<invalid>invalid e-?mail(?: address)?(?=\s*(?:[.!]|$|please\b)))|"
    r"(?P<failed>could not subscribe,? (?:please )?try again)|"
    r"(?P<error>(?:an error has occurred|something went wrong)\W+please try again)|"
    r"(?P<select>you must select an? (?:newsletter|list))|"
    r"(?P<robot>verify (?:that )?you(?:'re| are) not a robot)|"
    r"(?P<reenter>please re-?enter\b)|"
    r"(?P<agree>by clicking\W+(?:subscribe|sign up)\W+you agree))",
    _I,
)
SIGN_UP_FORM_MAX_WORDS = 120


def _sign_up_form(line: str) -> bool:
    if len(words(line)) > SIGN_UP_FORM_MAX_WORDS:
        return False
    kinds = {m.lastgroup for m in _FORM_MESSAGE.finditer(line)}
    return len(kinds) >= 2


# "RELATED VIDEO: <headline>", "Related Update: <headline>", "Read more: <headline>": a label
# (and one word of what it points to) before a colon, then a headline in title case of any
# length (two headlines run together pass the short-line limit); the label's cue above only
# reads lines of up to SHORT_LINE_WORDS words.
_RELATED_LABEL = re.compile(r"^(related|read more|read also|also read|see also)(\s+[a-z]+)?:\s+",
                            _I)
RELATED_LINE_MAX_WORDS = 45
# A link to an opinion piece set between paragraphs ("Opinion: Why the plan was wrong"): the
# section's label, a colon, then a headline that ends no sentence (a headline in sentence case,
# which the title-case test above would miss).
_OPINION_LINK = re.compile(r"^(opinion|commentary)\s*:\s+\S.{8,}$", _I)


# A button to follow a topic, with its pitch ("Interested in X? Add X as an interest to stay up to
# date on the latest X news ... Add Interest"): a question, then the offer to add the topic.
_FOLLOW_TOPIC = re.compile(
    r"^interested in [^?]{1,80}\?\s+(add|follow)\s.{1,120}?\b(as an interest|to your "
    r"interests)\b",
    _I,
)


def _related_headline(line: str) -> bool:
    match = _RELATED_LABEL.match(line)
    if match is None:
        return False
    rest = line[match.end() :]
    if ends_sentence(rest):
        return False
    # A label set in capitals ("Related PHOTOS:", "RELATED:") is the page's design, never
    # prose: the headline after it may run on into its teaser in sentence case.
    label = match.group(0).rstrip(": \t")
    if label.split()[-1].isupper() and len(label.split()[-1]) >= 3:
        return True
    tokens = [t for t in words(rest) if any(c.isalpha() for c in t)]
    return title_case(tokens)  # a headline may say "X Says Y"


def repost_outlet(text: str) -> str | None:
    """The site an aggregator's repost line names ("Originally published on LakeNews.com."),
    in the paragraph's last sentence, else None."""
    spans = sentence_spans(text)
    if not spans:
        return None
    last = " ".join(text[spans[-1][0] : spans[-1][1]].split())
    match = _PUBLICATION_NOTE.match(last)
    site = match["site"] if match and match["site"] else None
    return site.rstrip(".") if site else None


def station_call_sign(text: str) -> str | None:
    """The call sign of a broadcaster's station line ("KLDR – Lake City, Ore."), else None."""
    line = " ".join(text.split())
    if boilerplate_kind(line) != "station line":
        return None
    return re.split(r"[\s–—-]", line, maxsplit=1)[0]


def _shouted(line: str) -> bool:
    """Letters in it, none of them lower case and nearly all upper case (a script without
    case, such as Chinese, is not shouted)."""
    if any(c.islower() for c in line):
        return False  # first: prose stops at its first lower-case letter, not at its end
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 0.9 * len(letters) > 0


def _is_icon(line: str) -> bool:
    """A line of private-use glyphs (an icon font's share or mail button), invisible format
    characters (zero-width spaces) and spaces."""
    return all(unicodedata.category(c) in ("Co", "So", "Zs", "Cf") for c in line)


SCAN_NOISE_MAX_WORDS = 6
# Three letters in a row: any word of prose in any script has them, a scanned page's specks
# read as letters ("r; .l", "3:4 ,hf- .7.-") do not.
_LETTER_RUN = re.compile(r"[^\W\d_]{3}")


def _scan_noise(line: str) -> bool:
    """A line of a scanned document's specks read as marks and stray letters: two tokens or
    more, some letters but no run of three, two marks or more, and no sentence end (a quoted
    "No." or "U.S." ends like one; "1)" has no letter)."""
    return (
        " " in line
        and _LETTER_RUN.search(line) is None
        and any(c.isalpha() for c in line)
        and sum(not c.isalnum() and not c.isspace() for c in line) >= 2
        and not ends_sentence(line)
    )


# A wiki's "[ edit ]" link after a section head ("History [ edit ]"): the clean stage cuts it
# and keeps the head.
WIKI_EDIT_LINK = re.compile(r"\s*\[\s*edit\s*\]\s*$", _I)


def furniture_kind(text: str) -> str | None:
    """Like :func:`boilerplate_kind`, also for a line of several sentences that all are."""
    if kind := boilerplate_kind(text):
        return kind
    spans = sentence_spans(text)
    if len(spans) < 2:
        return None
    kinds = [sentence_kind(text[start:end]) for start, end in spans]
    return kinds[0] if all(kinds) else None


def _policy_allows(policy: str, line: str) -> bool:
    if policy == "any":
        return True
    if policy == "reader":
        return len(words(line)) <= 4 or bool(_CTA_OBJECT.search(line) or _READER.search(line))
    return not ends_sentence(line) or line.endswith("!") or bool(re.match(r"^[^:]{1,25}:\s", line))


# A "see pictures of ..." link: at most this many words (a headline-length pointer).
SEE_LINK_MAX_WORDS = 14


def sentence_kind(sentence: str) -> str | None:
    """Why one sentence is boilerplate wherever it stands (disclaimer, call to subscribe...)."""
    if len(sentence) > 600:  # longer than any boilerplate sentence (40 words)
        return None
    s = " ".join(sentence.split())
    n_words = len(words(s))
    if n_words == 0:
        return None
    if wire_note(s):
        return "wire note"
    if n_words <= SHORT_LINE_WORDS * 4 and (
        _CONSENT.search(s) or (_CONSENT_READER.search(s) and _YOU.search(s))
    ):
        return "site notice"
    if n_words <= SHORT_LINE_WORDS * 2 and _PUBLICATION_NOTE.match(s):
        return "publication note"
    if n_words <= SHORT_LINE_WORDS * 2 and _SOCIAL_CALL.match(s) and not _SAID.search(s):
        return "stay informed"  # before the speech check: it may quote a button ("liking")
    if n_words <= SHORT_LINE_WORDS * 2 and _STATION_CALL.match(s):
        return "stay informed"
    if n_words <= SHORT_LINE_WORDS and _COMMENT_RULES.search(s) and not _SAID.search(s):
        return "comments"  # before the speech check: it may quote a button ("Report Abuse")
    if n_words <= SHORT_LINE_WORDS and _COMMENT_CALL.match(s) and not _REPORTING.search(s):
        return "comments"
    if _REPORTING.search(s):
        return None
    if n_words <= SHORT_LINE_WORDS and _CONTRIBUTED.search(s):
        return "credit"
    if _DISCLAIMER.search(s) and n_words <= 40:
        return "disclaimer"
    if _COUNTER.search(s):
        return "publication counter"
    if n_words <= SHORT_LINE_WORDS * 2 and _SITE_NOTICE.search(s):
        return "site notice"
    if n_words <= SHORT_LINE_WORDS and _SELF_PROMO.search(s):
        return "subscribe"
    offer = _OFFER_LABEL.sub("", s, count=1)  # "X Newsletter: Sign up to get ..."
    if len(words(offer)) <= SHORT_LINE_WORDS and (
        (_CTA_VERB.match(offer) and _CTA_OBJECT.search(offer))
        or (_READER.search(s) and _CTA_STRONG.search(s))
        or _SIGN_UP.match(offer)
    ):
        return "subscribe"
    if n_words <= SHORT_LINE_WORDS and _contact(s):
        return "contact"
    if n_words <= SHORT_LINE_WORDS and _EMAIL_OR_URL.search(s) and _MORE_AT.match(s):
        return "related link"
    if n_words <= SHORT_LINE_WORDS and _CLICK_HERE.match(s):
        return "related link"
    if _MORE_LINK.match(s):
        return "related link"
    if n_words <= SEE_LINK_MAX_WORDS and _SEE_LINK.match(s):
        return "related link"
    if n_words <= SHORT_LINE_WORDS and _DELIVERED_PITCH.match(s):
        return "subscribe"
    return None


def _contact(s: str) -> bool:
    """A sentence giving the author's or the desk's address ("Contact Jane Doe at jd@x.org")."""
    address = _EMAIL_OR_URL.search(s) or _PHONE.search(s)
    return bool(address and (_CONTACT_START.match(s) or _REACHED.match(s)))


# A sentence giving an address opens so ("Write to Jane at ...", "Reach her at ...").
_CONTACT_START = re.compile(
    r"^(for |to )?(you can (also )?|you may (also )?)?(corrections?|contact|e-?mail|write to|tips?|"
    r"send|reach)\b",
    _I,
)
# A call to join a page's community on a social network ("Connect with the X community by
# liking our Facebook page", "Join the X community on Facebook"): said to the reader. "Join"
# needs the network named ("Join the X community for a walk on Friday" is an event's).
_NETWORK = r"facebook|twitter|instagram|linkedin|threads|tiktok|youtube"
_SOCIAL_CALL = re.compile(
    rf"^(connect with .{{0,80}}?\b(community|{_NETWORK})|join .{{0,80}}?\b({_NETWORK}))\b", _I
)
# A station's call to keep watching or listening for more on the story ("Watch Channel 9 News
# and stay with X.com for more on this story.", "Stay with X Radio 940 AM for developments in
# this story."): the sentence opens with the call and ends on "this story"; one clause.
_STATION_CALL = re.compile(
    r"^(watch [^,;\"“”]{2,60}? and )?(stay (with|tuned to)|keep it (on|locked to)) "
    r"[^,;\"“”]{2,60}? for (more|the latest|updates|developments|further)\b[^,;\"“”!?]{0,60}?"
    r"\b(this|the) story\W*$",
    _I,
)
_SAID = re.compile(r"\b(said|says|told|tells|wrote|writes|according to)\b", _I)
# A comment section's rules, said to the commenter ("... so please keep your comments smart and
# civil.", "Don't attack other readers personally.", "Use the "Report Abuse" button to ...").
_COMMENT_RULES = re.compile(
    r"\bkeep your (comments|language)\b|^don'?t attack other (readers|commenters|users) "
    r"personally\b|^(use|click) the \W?report (abuse|comment)\W? (button|link)\b",
    _I,
)
# The name of what a page offers before a colon ("Politics Alerts: Get email alerts on ...",
# "Morning Newsletter: Sign up to ..."): the call after it is judged as if it opened the line.
# A sign-up box's title may run into its call with no colon, in title case ("Breaking News
# Emails Get breaking news alerts ..."): a prose sentence does not put a capitalised verb of
# subscribing right after a capitalised noun of what is sent.
_OFFER_LABEL = re.compile(
    r"^[^:]{1,50}\b(newsletters?|alerts?|briefings?|digest|podcasts?|bulletins?)\s*:\s+|"
    r"^(?-i:(?:[A-Z][\w'’&-]*\s+){0,4}(?:E-?mails?|Newsletters?|Alerts?|Briefings?|Bulletins?)"
    r"\s+(?=(?:Get|Sign up|Subscribe|Receive)\b))",
    _I,
)
# A sign-up box's pitch with no verb ("The news and stories that matter, delivered weekday
# mornings."): a noun phrase closed by ", delivered <when>"; a prose sentence does not end on it.
_DELIVERED_PITCH = re.compile(
    r"^[^,;:\"“”]{3,80}, delivered (?:(?:every|each) )?(?:weekday |weekend )?(?:mornings?|"
    r"evenings?|days?|weeks?|daily|weekly)\W*$",
    _I,
)
# A link's text as a sentence of its own ("... your location history. Learn more"): a bare
# "Learn more" or "Read more" says nothing of the event.
# A bare pointer to more, or to the page's video or pictures ("Read more.", "See video."): an
# imperative with nothing of the report in it.
_MORE_LINK = re.compile(
    r"^((learn|read|find out|see|show) more|(see|watch|view) (the )?(video|videos|photos|pictures))"
    r"\W*$"
    # a link to a section by its title-cased name ("Read more Letters to the Editor.")
    r"|^read more (?-i:[A-Z][\w'’-]*)( (?-i:[A-Z][\w'’-]*)| to| the| of| and| in| on){0,5}\W*$",
    _I,
)
# An invitation to comment said to the reader ("We ask you to share your thoughts and memories
# of X.", "Share your thoughts in the comments below."): a page's call, not the event.
_COMMENT_CALL = re.compile(
    r"^((we|i) (ask|invite|encourage|would love|want) (you|readers) to |please |feel free to )?"
    r"(share|leave|post|tell us) (your|us your) (thoughts|memories|comments?|condolences|views|"
    r"opinions|stories)\b"
    # "Let us know your favorite!", "Tell us what you think in the comments.": the page asking
    # its reader to answer (a quoted plea to the public is reported speech: not read here)
    r"|^(let us know|tell us) (what you think|your (thoughts|views|opinions?|favou?rites?|pick))"
    r"\b"
    # the call for letters under an article ("We want to hear what you think about this
    # article.", "Submit a letter to the editor via this form.")
    r"|^(we|i) (want|would like|would love|'d like|'d love) to hear (what you think|from you)\b"
    r"|^(submit|send|write) (a|your) letters? to the editor\b",
    _I,
)
# A link to pictures or to a section elsewhere, as a sentence of its own ("See pictures of the
# flood in Kallby.", "See the latest news about films at example.com."): the imperative to look
# elsewhere, never a sentence of the article's report.
_SEE_LINK = re.compile(
    r"^(see|view|browse) (more )?(pictures|photos|photographs|images|a (photo )?gallery) (of|from)"
    r"\b[^\"“”]{3,80}$|"
    r"^(see|get|read) (the latest|more) (news|stories|coverage|reviews|headlines) (about|on|from)"
    r"\b[^\"“”]{2,60}\b(at|on) [\w-]+(\.[\w-]+)*\.(com|org|net|co\.uk|tv)\W*$"
    # "Find more of her posts in the gallery at the top of the story.": a pointer to the page's
    # own media box, not a sentence of the report.
    r"|^(find|see|view|watch) (more|all)( of)? [^\"“”.!?]{1,50} in the (photo )?(gallery|"
    r"slideshow|video|carousel) (above|below|at the (top|bottom|end) of (the|this) (story|page|"
    r"article|post))\W*$",
    _I,
)
# A media box's button and its title ("View Graphic Countdown to the vote", "View Photos Flood
# in Kallby"): the capitalised button before a title, on a line that ends no sentence.
_VIEW_BUTTON = re.compile(
    r"^(?-i:View (?:Graphic|Gallery|Images|Photos|Photo Gallery|Interactive|Video))\s+"
    r"(?-i:[A-Z\d])"
)
# "Click here to see the full list.": a link; an article never addresses the reader so.
_CLICK_HERE = re.compile(r"^(please )?click here\b", _I)
# "Jane Doe can be reached at jd@example.org" (with an address: see ``sentence_kind``).
_REACHED = re.compile(r"^[A-Z][\w.'’ -]{1,40} (can|may) be reached (at|by|on|via)\b")
# "For more on movies, go to www.example.com/movies."
_MORE_AT = re.compile(r"^for more (on|about|from) .{1,40}\b(go to|visit|see|check out)\b", _I)
