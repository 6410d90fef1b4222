"""Site chrome by its shape: one scorer over features that hold across sites and languages.

The phrase tables of :mod:`compare.boilerplate` know phrases; real sites invent new
ones every day and in every language. This scorer looks at what chrome *is*: short,
few stop words, links, counters, dates and times, credits, calls to action, symbols,
lines repeated in the copy, its place on the page — and at what article text is:
sentences dense in stop words, text the original has too, text inside the page's main
content. Every feature that fires adds its weight (:data:`CHROME_WEIGHTS`, positive
toward chrome, :data:`CONTENT_WEIGHTS`, negative); a line whose total reaches
:data:`CHROME_THRESHOLD` is chrome, and the features toward chrome become the evidence
codes and the reason the reader sees.

It judges one *inserted line* of the copy at a time (the segment stage cut every
region into lines), with its region around it for place and list features. A line the
copy dropped from the original is never judged by shape: only the phrase tables can
call that boilerplate.

Evidence codes
--------------

==================== ===============================================================
code                 meaning
==================== ===============================================================
caption-credit       a photo credit closes the line (``(AP Photo/NAME)``, ``NAME /
                     Reuters``, ``REUTERS/NAME``, ``Photo: NAME``, ``Getty Images``)
source-credit        a short line naming a news agency (``FUENTE: AP``, ``(و م ع)``), an
                     editors' code in parentheses (``(ADI/YUS)``), or the copyright sign
byline               a "by" word and names only, maybe a site or agency after them
                     (``Article By NAME and NAME, Reuters``, ``por NAME, NAME - RTP``,
                     ``■ Von NAME``, ``【文/NAME】``, ``记者 NAME``)
page-end-label       a few words, no sentence, in a region at the very end of the copy
page-talk            the page speaking of itself or to its reader: "this article", "our
                     newsletter", "votre compte", "dieser Ticker", "本文", cookies
                     (:data:`compare.chrome_tables.PAGE_TALK`); such a sentence is
                     not counted as the article's prose
reader-address       the page speaking to its reader: second-person pronouns and
                     possessives, "please" (:data:`compare.chrome_tables.READER_ADDRESS`:
                     a closed grammatical class, not phrases); outside quotations only,
                     and such a sentence is not counted as the article's prose
media-talk           about nothing the original speaks of, and speaking of news, articles,
                     sites, blogs, subscriptions, readers, content or media
                     (:data:`compare.chrome_tables.MEDIA_WORDS`): the site describing
                     itself, its paywall or its policy; not counted as the article's prose
other-script         written in a script the original hardly writes (:mod:`compare.scripts`):
                     Hindi, Greek, Hebrew chrome of a site around an English story
writer-voice         the page speaking as "we": first-person plural pronouns and
                     possessives (:data:`compare.chrome_tables.WRITER_VOICE`, a closed
                     class); outside quotations only, void where the original itself says
                     "we" (a statement, a speech), and not counted as the article's prose
question             a question (outside quotations) of at most 25 words
off-topic            none of its content words occurs in the original
                     (:mod:`compare.topic`): a notice, an appeal, a related story's
                     headline; said only of an original whose paragraphs share their
                     subject (not a gallery of captions)
doubled              the same text twice in one line: a caption run together with its
                     image's alt text
notice               a notice's label opens the line (``Disclaimer:``, ``Yasal Uyarı:``,
                     ``版权声明：``, :data:`compare.chrome_tables.NOTICE_WORDS`); not prose
link-shape           an ellipsis opening a short line, then words (``… Continue lendo
                     TITLE``, ``...devamı``), an arrow closing it (``Докладніше >>``) or
                     one back opening it (``← Back to list``)
initials             a name or initials in parentheses: ``(Rin)``, ``(micm)``
under-chrome-heading an off-topic line in one box right under a chrome line (a list of
                     other stories under ``CONTENIDO RELACIONADO``), however long
parenthesised        a line wholly in parentheses or brackets, up to 30 words: an
                     editor's or agency's note (``(Reporte de NAME; Editado por NAME)``)
photo-line           a few words (no sentence) naming a photo: ``Ілюстративне фото з
                     відкритих джерел``, ``Foto ilustrativa``
excerpt-marker       only an ellipsis in brackets, maybe with a "more" link after it
                     (``[…]``, ``[...] - mehr...``): where a feed's excerpt was cut
date-line            nothing but dates, weekdays and times, in any of the languages of
                     :data:`compare.facts.MONTH_STEMS` and
                     :data:`compare.chrome_tables.MORE_MONTHS`
call-to-action       follow, subscribe, share, download, read, listen, log in … in any
                     of the languages of :data:`compare.chrome_tables.CALL_TO_ACTION_STEMS`
platform             a call to action naming a platform or channel (``follow our Google
                     News channel``, ``تابعونا على تلغرام``, ``download the app``)
url                  a link, an e-mail address or a handle
code                 script, style sheet, JSON or template remnants (``spot_img``)
counter              a bare number or a counter (``1 of 6``, ``1 / 6``, ``4/10``)
date-time            a date, a time or a reading time in a short line
dates-and-times      three or more dates or times in one line (a page's time stamp)
separators           items between ``>``, ``›``, ``»``, ``·``, ``•`` (a breadcrumb)
short-label          three words or fewer
upper-case           written in capitals
title-case           most words capitalised
few-stop-words       almost no stop words of the copy's language (jusText lists)
symbols              more symbols and digits than letters (``0:00 0:01:55``, ``___``)
label                ``LABEL:`` / ``LABEL |`` in capitals, any short label before ``|``,
                     or a one- or two-word label before a title-cased name
list                 one of three or more short lines in a row (a menu, a link list), or
                     of three or more off-topic lines in a row that share no content
                     words with each other (a list of other stories, however long)
list-item            opens with a bullet
item-row             items separated by wide gaps on one line (a ticker)
decorated            framed by symbols (``+++ … +++``)
form-field           a form field's asterisk
repeated-line        the same line (up to 40 words) stands elsewhere in the copy
list-heading         a short line ending in ``:`` right above chrome
chrome-box           a short line in one block (no blank line between) with chrome
headline             a title of 7 to 25 words, no sentence end, not about this story (a
                     headline of this story shares its words: :func:`compare.topic.on_topic`)
between-chrome       a line with some evidence of its own between two chrome lines
under-page-chrome    a line with some evidence of its own after the article, below a chrome
                     line of the page's tail (an article does not go on under its footer)
over-page-chrome     the same before the article, above a chrome line of the page's head
outside-main-content (HTML copies) outside the page's main content, by jusText
document-head        in a region at the very start of the copy
document-tail        in a region at the very end of the copy
shape                the line was judged by this scorer (the codes above say why)
glued                the chrome stood inside a line, after the article's sentence
==================== ===============================================================
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from . import boilerplate, justext_adapter, scripts, topic
from .chrome_patterns import PERSON as _PERSON
from .chrome_patterns import alternation as _alternation
from .chrome_patterns import patterns as _patterns
from .chrome_tables import BYLINE_WORDS
from .tokens import NO_SPACE_ALPHABET

#: a line whose score reaches this is chrome
CHROME_THRESHOLD = 3

#: points toward chrome, per evidence code
CHROME_WEIGHTS: dict[str, int] = {
    "caption-credit": 12,  # a credit closing the line makes it a caption, however long
    "platform": 8,  # "follow us on Telegram", "download the app": a call to a channel
    "code": 6,
    "item-row": 8,  # three or more items a wide gap apart: a ticker, never prose
    "source-credit": 4,
    "byline": 4,  # "By NAME and NAME, Reuters", "por NAME, NAME - RTP", "【文/NAME】"
    "page-talk": 5,  # the page speaking of itself ("this article", "our newsletter")
    "reader-address": 3,  # "you", "votre", "您", "please": the page speaking to its reader
    "writer-voice": 3,  # "we", "nuestra", "мы", "我们": the site speaking of itself
    "doubled": 4,  # the same text twice in one line: a caption and its alt text
    "link-shape": 3,  # "… Continue lendo TITLE", "Докладніше >>"
    "parenthesised": 2,  # a line wholly in parentheses: an editor's or agency's note
    "initials": 2,  # a name or initials in parentheses, closing a paragraph or alone
    "under-chrome-heading": 10,  # off-topic lines in one box under a chrome heading
    "photo-line": 2,  # a few words naming a photo: "Ілюстративне фото з відкритих джерел"
    "off-topic": 2,  # none of its content words is in the original (a coherent one)
    "other-script": 3,  # a whole line in a script the original hardly writes
    "media-talk": 3,  # off-topic, and about news, sites, subscriptions, readers
    "question": 1,
    "notice": 5,  # "Disclaimer: …", "Yasal Uyarı: …", "版权声明：…"
    "excerpt-marker": 4,  # "[…]", "[...] - mehr...": an excerpt's cut, a scraper's mark
    "date-line": 4,  # nothing but a date (and weekday, time): "sábado, 15 de marzo de 2014"
    "form-field": 6,
    "counter": 4,
    "call-to-action": 3,
    "url": 3,
    "label": 3,
    "decorated": 3,
    "outside-main-content": 3,
    "list-heading": 3,
    "chrome-box": 2,
    "between-chrome": 2,
    "headline": 1,  # a title (no sentence end) that is not about this story
    "under-page-chrome": 2,  # after the article, below a chrome line of the page's tail
    "over-page-chrome": 2,  # before the article, above a chrome line of the page's head
    "dates-and-times": 4,
    "date-time": 2,
    "separators": 2,
    "short-label": 2,
    "symbols": 2,
    "repeated-line": 2,
    "list": 2,
    "list-item": 1,
    "few-stop-words": 1,
    "upper-case": 1,
    "title-case": 1,
    "short-line": 1,
    "document-head": 1,
    "document-tail": 1,
    "page-end-label": 1,
}

#: points toward content (article text), per feature
CONTENT_WEIGHTS: dict[str, int] = {
    "in-original": -4,  # the original has this very line
    "prose": -4,  # a long run of words dense in stop words
    "open-sentence": -6,  # ends in a comma or opens in lower case: part of a sentence
    "long": -3,  # a long sentence
    "sentence": -2,
    "inside-main-content": -2,
    "introduces-article": -3,  # a heading ending in ":" over the article's next line
}

#: readable names of the evidence codes, for the reason
READABLE: dict[str, str] = {
    "caption-credit": "caption credit",
    "source-credit": "agency credit",
    "byline": "byline",
    "date-line": "date line",
    "page-talk": "speaks of the page",
    "reader-address": "speaks to the reader",
    "writer-voice": 'the site speaking as "we"',
    "doubled": "said twice",
    "link-shape": "shaped as a link",
    "parenthesised": "a note in parentheses",
    "initials": "initials in parentheses",
    "under-chrome-heading": "listed under a chrome heading",
    "photo-line": "names a photo",
    "off-topic": "not about the article",
    "other-script": "in another script than the article",
    "media-talk": "speaks of the site or the news trade",
    "question": "a question",
    "notice": "notice to the reader",
    "excerpt-marker": "excerpt marker",
    "call-to-action": "call to action",
    "platform": "call to a platform",
    "url": "link",
    "code": "code",
    "counter": "counter",
    "date-time": "date or time",
    "dates-and-times": "dates and times",
    "separators": "separators",
    "short-label": "short label",
    "upper-case": "capitals",
    "title-case": "title case",
    "few-stop-words": "few stop words",
    "symbols": "symbols",
    "label": "label",
    "list": "list of short lines",
    "list-item": "bullet",
    "item-row": "row of items",
    "decorated": "framed by symbols",
    "form-field": "form field",
    "repeated-line": "repeated in the copy",
    "list-heading": "heading of chrome",
    "chrome-box": "in a box of chrome",
    "between-chrome": "between chrome lines",
    "headline": "another story's title",
    "under-page-chrome": "below the page's chrome",
    "over-page-chrome": "above the page's chrome",
    "outside-main-content": "outside main content",
    "document-head": "page head",
    "document-tail": "page tail",
    "page-end-label": "a few words after the article",
    "short-line": "short line",
}

# -- thresholds ---------------------------------------------------------------------

#: a short label has at most this many words; a short line at most this many
SHORT_LABEL_WORDS = 3
SHORT_LINE_WORDS = 6
#: dates, credits and calls to action count in lines up to this many words
SHORT_CONTEXT_WORDS = 14
#: a call to a platform counts in lines up to this many words
PLATFORM_CONTEXT_WORDS = 30
#: a label (``SEE ALSO:``, ``Site | Section``) counts in lines up to this many words
LABEL_CONTEXT_WORDS = 20
#: prose: at least this many words, this share of them stop words
PROSE_MIN_WORDS = 8
PROSE_STOPWORD_SHARE = 0.25
#: few stop words: at most this share, in a line of at least this many words
FEW_STOPWORD_SHARE = 0.1
FEW_STOPWORD_MIN_WORDS = 3
#: long: more words than this
LONG_WORDS = 40
#: capitals: this share of the letters; title case: this share of the words
UPPER_SHARE = 0.6
TITLE_SHARE = 0.7
#: symbols: letters are less than this share of the visible characters
LETTER_SHARE = 0.5
#: a list: at least this many short lines in a row in one region
LIST_MIN_LINES = 3
#: a line between two chrome lines with at least this score of its own is one of them
SANDWICH_MIN_SCORE = 1
#: a line of at most this many words, in one block with a chrome line, is part of it
BOX_LINE_WORDS = 6
#: repeated: a line of at most this many words standing twice or more in the copy
REPEATED_MAX_WORDS = 40
#: doubled: a line that is the same text twice, each half at least this many characters
DOUBLED_MIN_CHARACTERS = 12
#: a line speaking of the page is judged only up to this many words (longer: prose)
PAGE_TALK_MAX_WORDS = 40
#: an original addressing its reader (or saying "we") on this many lines is a speech, an
#: interview, an explainer, a statement: "you" (or "we") is its own voice there
SPEAKS_TO_READER_LINES = 2
VOICE_SAMPLE_CHARACTERS = 20_000
#: a label that calls the reader ("A lire en complément :") has at most this many words
READER_LABEL_WORDS = 4
#: a headline: more words than a short line, up to this many, no sentence end
HEADLINE_MAX_WORDS = 25
#: a line with at least this many pipes is a table's row ("rit | datum | type rit | …")
TABLE_ROW_PIPES = 4
#: a note wholly in parentheses has at most this many words
PARENTHESISED_MAX_WORDS = 30
#: a question to the reader has at most this many words
QUESTION_MAX_WORDS = 25
QUESTION_MARKS = ("?", "\N{FULLWIDTH QUESTION MARK}", "\N{ARABIC QUESTION MARK}")

# -- context: one per comparison ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What the scorer knows of a comparison: both texts, the copy's stop words and,
    for an HTML copy, where its main content is (``None``: not known)."""

    original: str
    copy: str
    stopwords: frozenset[str]
    main_content: tuple[tuple[int, int], ...] | None = None
    #: where the copy's first visible character is, and where its last one ends
    bounds: tuple[int, int] = (0, 0)


def context(original: str, copy: str, main_content: tuple[tuple[int, int], ...] | None) -> Context:
    bounds = (len(copy) - len(copy.lstrip()), len(copy.rstrip()))
    return Context(original, copy, justext_adapter.stopwords_for(copy)[1], main_content, bounds)


@functools.lru_cache(maxsize=4)
def _original_lines(original: str) -> frozenset[str]:
    return frozenset(boilerplate.line_key(x) for x in original.split("\n") if x.strip())


def _words(text: str) -> list[str]:
    """Words, with a run of CJK characters counted as one word per two characters, and
    one of Thai, Lao, Tibetan, Burmese or Khmer (written without spaces between words)
    as one word per four."""
    out = []
    cjk = _patterns()["cjk"]
    for token in text.split():
        n = len(cjk.findall(token))
        m = len(NO_SPACE_ALPHABET.findall(token)) if not n else 0
        out.extend([token] * max(1, n // 2 + m // 4))
    return out


@dataclass(frozen=True, slots=True)
class Judgement:
    """The scorer's answer for one line: its score and the features that fired."""

    score: int
    chrome: tuple[str, ...]  # evidence codes toward chrome, strongest first
    content: tuple[str, ...]

    @property
    def is_chrome(self) -> bool:
        return self.score >= CHROME_THRESHOLD

    @property
    def reason(self) -> str:
        named = ", ".join(READABLE[c] for c in self.chrome[:4])
        return f"site chrome by its shape: {named}"


#: the judgement of a line the phrase tables called boilerplate already: chrome, for the
#: lines next to it (a box, a list, a line between two chrome lines), and not judged again
KNOWN_CHROME = Judgement(CHROME_THRESHOLD, (), ())


def judge_lines(
    ctx: Context,
    lines: list[tuple[int, int]],
    region: tuple[int, int],
    known: frozenset[int] = frozenset(),
) -> list[Judgement]:
    """Judge inserted lines ``copy[s:e]`` of one region ``copy[region[0]:region[1]]``;
    the lines at indexes ``known`` are chrome by the phrase tables (their neighbours are
    judged next to them, they are :data:`KNOWN_CHROME`)."""
    copy = ctx.copy
    head = region[0] <= ctx.bounds[0]
    tail = region[1] >= ctx.bounds[1]
    texts = [copy[s:e].strip() for s, e in lines]
    words = [_words(t) for t in texts]
    ends = [_ends_sentence(t) for t in texts]
    # a line about the article itself (its headline) is no item of a menu, and not
    # chrome for the chrome around it
    about = [topic.on_topic(t, ctx.original, ctx.stopwords) for t in texts]
    shortish = [
        0 < len(w) <= SHORT_CONTEXT_WORDS * 1.5 and not end and not a
        for w, end, a in zip(words, ends, about, strict=True)
    ]
    in_list = _runs(shortish, LIST_MIN_LINES)
    # three or more questions in a row, with no answer between them: a table of
    # contents or a list of other stories ("- Was ist eine Notlandung genau?")
    asked = _runs(
        [
            0 < len(w) <= QUESTION_MAX_WORDS and t.endswith(QUESTION_MARKS)
            for t, w in zip(texts, words, strict=True)
        ],
        LIST_MIN_LINES,
    )
    in_list = [a or b for a, b in zip(in_list, asked, strict=True)]
    features = [
        [] if i in known else _features(ctx, texts[i], words[i], ends[i], s, e)
        for i, (s, e) in enumerate(lines)
    ]
    # lines about other things than the article and than each other, three or more in
    # a row: a list of other stories (related links, a ticker), however long each is
    unrelated = _runs(
        [
            "off-topic" in f and (i == 0 or topic.unrelated(texts[i - 1], texts[i], ctx.stopwords))
            for i, f in enumerate(features)
        ],
        LIST_MIN_LINES,
    )
    # the region's last line ending in a colon, with the article going on after it:
    # it introduces the article's next line ("The briefers are:")
    # (not a line about something else: "Alarmierende Meldung vom Spiegel Online:")
    if (
        texts
        and texts[-1].endswith((":", "\N{FULLWIDTH COLON}"))
        and not tail
        and "off-topic" not in features[-1]
    ):
        features[-1].append("introduces-article")
    out = []
    for i, fired in enumerate(features):
        if asked[i]:
            # a question in such a list is not the article's prose
            fired[:] = [f for f in fired if f not in ("prose", "sentence")]
        if in_list[i] or unrelated[i]:
            fired.append("list")
        if (
            SHORT_LINE_WORDS < len(words[i]) <= HEADLINE_MAX_WORDS
            and not about[i]
            and not ends[i]
            and "open-sentence" not in fired
            and "introduces-article" not in fired
        ):
            fired.append("headline")  # a title, not of this story: another story's
        if head:
            fired.append("document-head")
        if tail:
            fired.append("document-tail")
            if "short-line" in fired:
                fired.append("page-end-label")  # a few words, no sentence, after the article
        out.append(KNOWN_CHROME if i in known else _total(fired))
    _by_neighbours(out, copy, lines, texts, words, ends, about, head, tail)
    return out


def _by_neighbours(
    out: list[Judgement],
    copy: str,
    lines: list[tuple[int, int]],
    texts: list[str],
    words: list[list[str]],
    ends: list[bool],
    about: list[bool],
    head: bool,
    tail: bool,
) -> None:
    """Lines judged again by the chrome next to them, in place: the second pass of
    :func:`judge_lines`."""
    # a short line in the same box (no blank line between) as a chrome line is part of
    # that box ("ذكر فى هذا الخبر" above "شارك الخبر على", a caption's first line)
    for i in range(len(out)):
        if (
            out[i].is_chrome
            or len(words[i]) > BOX_LINE_WORDS
            or ends[i]
            or "open-sentence" in out[i].content
        ):
            continue
        if any(
            0 <= k < len(out) and out[k].is_chrome and _same_box(copy, lines, min(i, k))
            for k in (i - 1, i + 1)
        ):
            out[i] = _total([*out[i].chrome, *out[i].content, "chrome-box"])
    # a line with some evidence of its own between two chrome lines is one of them
    # ("Bitte schalten Sie ihren AdBlocker aus." between a notice and "Mehr erfahren…")
    for i in range(1, len(out) - 1):
        if (
            not out[i].is_chrome
            and not about[i]
            and out[i].score >= SANDWICH_MIN_SCORE
            and out[i - 1].is_chrome
            and out[i + 1].is_chrome
        ):
            out[i] = _total([*out[i].chrome, *out[i].content, "between-chrome"])
    # lines about other things, in one box right under a chrome line, are its list
    # ("CONTENIDO RELACIONADO" over headlines of other stories, however long they are)
    for i in range(1, len(out)):
        if (
            not out[i].is_chrome
            and "off-topic" in out[i].chrome
            and out[i - 1].is_chrome
            and _same_box(copy, lines, i - 1)
        ):
            out[i] = _total([*out[i].chrome, *out[i].content, "under-chrome-heading"])
    # a short line ending in ":" right above chrome heads it ("Palabras clave:")
    for i in range(len(out) - 1):
        if (
            not out[i].is_chrome
            and out[i + 1].is_chrome
            and texts[i].endswith((":", "\N{FULLWIDTH COLON}"))
            and len(words[i]) <= SHORT_LINE_WORDS
        ):
            out[i] = _total([*out[i].chrome, *out[i].content, "list-heading"])
    # after the article, below the page's chrome, a line with some evidence of its own
    # is the page's too: an article does not go on under its site's footer; before it,
    # above the page's head chrome, the same: an article does not start over its masthead
    for edge, order, code in (
        (tail, range(len(out)), "under-page-chrome"),
        (head, range(len(out) - 1, -1, -1), "over-page-chrome"),
    ):
        if not edge:
            continue
        seen = False
        for i in order:
            if (
                seen
                and not out[i].is_chrome
                and not about[i]
                and out[i].score >= SANDWICH_MIN_SCORE
            ):
                out[i] = _total([*out[i].chrome, *out[i].content, code])
            seen = seen or out[i].is_chrome


def _same_box(copy: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether lines ``i`` and ``i + 1`` stand in one block (no blank line between)."""
    end = lines[i][0] + len(copy[lines[i][0] : lines[i][1]].rstrip())
    start = (
        lines[i + 1][0]
        + len(copy[lines[i + 1][0] : lines[i + 1][1]])
        - len(copy[lines[i + 1][0] : lines[i + 1][1]].lstrip())
    )
    return copy.count("\n", end, start) <= 1


def _ends_sentence(text: str) -> bool:
    return bool(_patterns()["sentence-end"].search(text)) and not text.endswith(("...", "…"))


def _runs(flags: list[bool], n: int) -> list[bool]:
    out = [False] * len(flags)
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        if j - i >= n:
            out[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return out


def _total(fired: list[str]) -> Judgement:
    fired = list(dict.fromkeys(fired))
    chrome = sorted((f for f in fired if f in CHROME_WEIGHTS), key=lambda f: -CHROME_WEIGHTS[f])
    content = [f for f in fired if f in CONTENT_WEIGHTS]
    score = sum(CHROME_WEIGHTS[f] for f in chrome) + sum(CONTENT_WEIGHTS[f] for f in content)
    return Judgement(score, tuple(chrome), tuple(content))


def _titled_label(text: str) -> bool:
    """``Artikel zu: Außenministerium der Vereinigten Staaten``: a label of one or two
    words, a colon, and a title-cased name — not a sentence, not a headline."""
    label, sep, rest = text.partition(":")
    if not sep or not 0 < len(label.split()) <= 2 or _ends_sentence(text):
        return False
    cased = [w for w in rest.split() if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    return len(cased) >= 2 and sum(w[:1].isupper() for w in cased) >= TITLE_SHARE * len(cased)


@functools.cache
def _byline_start() -> regex.Pattern:
    """A "by" word and a name at the line's start (compiled when a line first needs it)."""
    return regex.compile(rf"^\W*(?i:{_alternation(BYLINE_WORDS)})\s*:?\s+{_PERSON}(?=\s)", regex.V1)


def _byline_then_date(text: str) -> bool:
    """``di Francesco Rigoni domenica 21 settembre 2014``: a byline, then a date line."""
    if not any(map(str.isdigit, text)):
        return False  # no date without a digit
    for m in _byline_start().finditer(text):
        rest = text[m.end() :]
        if rest.strip() and _date_line(rest):
            return True
    return False


def _colon_label(text: str, most_words: int) -> str | None:
    """The label before a colon, of at most ``most_words`` words, with two words or more
    after it (``Baca Juga:Gempa …``, ``Entérate: …``); None if the line is not so."""
    label, sep, rest = text.replace("\N{FULLWIDTH COLON}", ":").partition(":")
    if sep and 0 < len(label.split()) <= most_words and len(rest.split()) >= 2:
        return label
    return None


def _reader_label(text: str) -> bool:
    """``A voir aussi : …``, ``Auch für Sie interessant: …``, ``推薦新聞:…``: a label of at
    most :data:`READER_LABEL_WORDS` words that calls the reader to act, speaks to them,
    or names news or articles."""
    label = _colon_label(text, READER_LABEL_WORDS)
    p = _patterns()
    return label is not None and bool(
        p["call-to-action"].search(label)
        or p["reader-address"].search(label)
        or p["media-label"].search(label)
    )


#: a quotation: text between quotation marks is someone's words, not the page's
_QUOTED = regex.compile(r"[\"“„«「『][^\"“”«»「」『』]{3,}[\"”“»」』]")
_OPENING_MARKS = '"“„«「『'


def _date_line(text: str) -> bool:
    """Whether ``text`` is nothing but dates, weekdays, times and their small words
    (``sábado, 15 de marzo de 2014``, ``Thu., Oct. 22, 2020 13:29 KSA``), with a day
    or a year in it."""
    p = _patterns()
    if not any(map(str.isdigit, text)) or p["date-line"].sub("", text):
        return False
    # a month or weekday name, or a numeric date or time (not a bare number)
    return bool(p["word-of-three"].search(text) or p["date-time"].search(text))


def _doubled(text: str) -> bool:
    """Whether the line is the same text twice (spacing aside), each half at least
    :data:`DOUBLED_MIN_CHARACTERS` long."""
    flat = " ".join(text.split())
    half = len(flat) // 2
    if half < DOUBLED_MIN_CHARACTERS:
        return False
    return flat[:half] == flat[len(flat) - half :] and (len(flat) % 2 == 0 or flat[half] == " ")


@functools.lru_cache(maxsize=8)
def _original_voice(original: str, voice: str) -> bool:
    """Whether the article itself speaks in ``voice`` (``"reader-address"``: to its
    reader or audience, as a speech, an interview, an explainer do; ``"writer-voice"``:
    as "we", as a statement or a speech does): then "you", questions or "we" are its own
    voice, not the page's. Said outside quotations on at least
    :data:`SPEAKS_TO_READER_LINES` lines of its first :data:`VOICE_SAMPLE_CHARACTERS`
    (a voice shows early; the original may be megabytes)."""
    sample = original[:VOICE_SAMPLE_CHARACTERS]
    pattern = _patterns()[voice]
    lines = set()
    for m in pattern.finditer(sample):
        start = sample.rfind("\n", 0, m.start()) + 1
        if start in lines:
            continue
        end = sample.find("\n", m.end())
        line = sample[start : len(sample) if end < 0 else end]
        if line.lstrip()[:1] not in _OPENING_MARKS and pattern.search(_QUOTED.sub("", line)):
            lines.add(start)
            if len(lines) >= SPEAKS_TO_READER_LINES:
                return True
    return False


def _quoted(text: str) -> bool:
    """Whether ``text`` holds a quotation, or opens one that a later paragraph closes
    (a quotation of several paragraphs opens each with a mark and closes only the last)."""
    return bool(_QUOTED.search(text)) or text.lstrip()[:1] in _OPENING_MARKS


def _features(
    ctx: Context, text: str, words: list[str], ends_sentence: bool, s: int, e: int
) -> list[str]:
    """Every feature of one line, toward chrome and toward content."""
    if not text:
        return []
    fired = _shapes(ctx, text, words, s, e, ends_sentence)
    page_talk = _voices(ctx, text, words, fired, ends_sentence)
    _marks(text, words, fired, ends_sentence)
    # a notice is not the article's prose either
    _prose(ctx, words, fired, ends_sentence, page_talk or "notice" in fired, text)
    _place(ctx, text, words, fired, s, e)
    return fired


def _shapes(
    ctx: Context, text: str, words: list[str], s: int, e: int, ends_sentence: bool
) -> list[str]:
    """What the line looks like: credits, code, links, counters, dates, bylines, labels,
    its length and its casing."""
    p = _patterns()
    fired: list[str] = []
    n = len(words)
    tail = text[-160:]
    if p["caption-credit"].search(tail):
        fired.append("caption-credit")
    if p["code"].search(text):
        fired.append("code")
    if p["url"].search(text):
        fired.append("url")
    if p["form-field"].search(text):
        fired.append("form-field")
    if p["item-row"].search(text.strip()) and len(p["item-row"].findall(text.strip())) >= 2:
        fired.append("item-row")
    if p["decorated"].match(text):
        fired.append("decorated")
    if p["list-item"].match(ctx.copy[s:e]):
        fired.append("list-item")
    if (
        n <= PLATFORM_CONTEXT_WORDS
        and p["platform"].search(text)
        and p["call-to-action"].search(text)
    ):
        fired.append("platform")
    if len(p["date-time"].findall(text)) >= 3:
        fired.append("dates-and-times")
    if (n <= SHORT_CONTEXT_WORDS and p["separators"].search(text)) or text.count(
        "|"
    ) >= TABLE_ROW_PIPES:
        fired.append("separators")  # (cells between pipes: a table's row, however long)
    if n <= SHORT_CONTEXT_WORDS:
        if p["counter"].search(text):
            fired.append("counter")
        if p["date-time"].search(text):
            fired.append("date-time")
        if p["call-to-action"].search(text):
            fired.append("call-to-action")
        if n <= 8 and p["source-credit"].search(text):
            fired.append("source-credit")
    if n <= LABEL_CONTEXT_WORDS and ("©" in text or "ⓒ" in text):
        fired.append("source-credit")  # the copyright sign: a credit or a rights line
    if (
        n <= LABEL_CONTEXT_WORDS
        and (not ends_sentence or p["abbreviation-end"].search(text))
        and (p["byline"].search(text) or _byline_then_date(text))
    ):
        fired.append("byline")
    if n <= SHORT_CONTEXT_WORDS and _date_line(text):
        fired.append("date-line")
    if n <= LABEL_CONTEXT_WORDS and (
        p["label"].search(text) or _titled_label(text) or _reader_label(text)
    ):
        fired.append("label")
    if n <= SHORT_LABEL_WORDS:
        fired.append("short-label")
    if n <= SHORT_LINE_WORDS and not ends_sentence:
        fired.append("short-line")
    # counted by str methods mapped in C, not a Python step per character
    letters = list(filter(str.isalpha, text))
    visible = len(text) - sum(map(str.isspace, text))
    if visible and len(letters) < LETTER_SHARE * visible:
        fired.append("symbols")
    if len(letters) >= 2 and sum(map(str.isupper, letters)) >= UPPER_SHARE * len(letters):
        fired.append("upper-case")
    cased = [w for w in words if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    if cased and sum(w[:1].isupper() for w in cased) >= TITLE_SHARE * len(cased):
        fired.append("title-case")
    return fired


def _voices(
    ctx: Context, text: str, words: list[str], fired: list[str], ends_sentence: bool
) -> bool:
    """Who speaks and of what: the page of itself, to its reader, as "we", of something
    else than the article, in another script. Returns whether the line is the page
    talking (then it is not counted as the article's prose)."""
    p = _patterns()
    n = len(words)
    # a sentence about the page or to its reader is not the article's prose (a quotation
    # may be: someone quoted can speak of "our site")
    quoted = _quoted(text)
    page_talk = n <= PAGE_TALK_MAX_WORDS and not quoted and p["page-talk"].search(text)
    if page_talk:
        fired.append("page-talk")
    # (the article's own voice is asked of the original only for a line that needs it)
    addresses = not quoted and n <= PAGE_TALK_MAX_WORDS and p["reader-address"].search(text)
    asks = not quoted and n <= QUESTION_MAX_WORDS and text.rstrip().endswith(QUESTION_MARKS)
    if (addresses or asks) and not _original_voice(ctx.original, "reader-address"):
        if addresses:
            fired.append("reader-address")
            page_talk = True  # a sentence to the reader is not the article's prose
        if asks:
            fired.append("question")
    if (
        not quoted
        and n <= PAGE_TALK_MAX_WORDS
        and p["writer-voice"].search(text)
        and not _original_voice(ctx.original, "writer-voice")
    ):
        fired.append("writer-voice")
        page_talk = True  # the site speaking of itself is not the article's prose
    if topic.off_topic(text, ctx.original, ctx.stopwords):
        fired.append("off-topic")
        if n <= PAGE_TALK_MAX_WORDS * 2 and p["media-talk"].search(text):
            fired.append("media-talk")
            page_talk = True  # the site describing itself is not the article's prose
        # "Contenido relacionado: HEADLINE", "Entérate: …": a label of a word or two
        # before a line about something else is a link's label, in any casing
        if "label" not in fired and n <= LABEL_CONTEXT_WORDS and _colon_label(text, 2):
            fired.append("label")
    elif n <= SHORT_LINE_WORDS and not ends_sentence and p["media-label"].search(text):
        # a few words naming news, articles or the site, no sentence: a section's or a
        # site's label ("Archeologia – Ultime notizie ed approfondimenti")
        fired.append("media-talk")
    if scripts.other_script(text, ctx.original):
        fired.append("other-script")
    return bool(page_talk)


def _marks(text: str, words: list[str], fired: list[str], ends_sentence: bool) -> None:
    """Marks of a note or a link: parentheses, a photo's name, an excerpt's cut, a
    link's arrow, a notice's label."""
    p = _patterns()
    n = len(words)
    if n <= PARENTHESISED_MAX_WORDS and p["parenthesised"].match(text):
        fired.append("parenthesised")
        if p["initials"].match(text):
            fired.append("initials")
    elif p["closing-name"].search(text) and (
        n <= SHORT_LINE_WORDS + 2 or _ends_sentence(text[: text.rfind("(")])
    ):
        fired.append("initials")  # a caption's credit: a name in parentheses closing it
    if n <= SHORT_LINE_WORDS + 2 and not ends_sentence and p["photo-word"].search(text):
        fired.append("photo-line")
    if p["excerpt-marker"].match(text):
        fired.append("excerpt-marker")
    elif n <= SHORT_CONTEXT_WORDS and p["link-shape"].search(text):
        fired.append("link-shape")
    if p["notice"].match(text):
        fired.append("notice")


def _prose(
    ctx: Context,
    words: list[str],
    fired: list[str],
    ends_sentence: bool,
    page_talk: bool,
    text: str,
) -> None:
    """What article text is: a run of words dense in stop words, a sentence, a long one,
    part of a sentence."""
    n = len(words)
    if ctx.stopwords and n >= FEW_STOPWORD_MIN_WORDS:
        share = sum(1 for w in words if w.casefold().strip(".,:;!?«»\"'()") in ctx.stopwords) / n
        if share <= FEW_STOPWORD_SHARE:
            fired.append("few-stop-words")
        elif (
            share >= PROSE_STOPWORD_SHARE
            and n >= PROSE_MIN_WORDS
            and ends_sentence
            and not page_talk
        ):
            fired.append("prose")
    elif not ctx.stopwords and n >= PROSE_MIN_WORDS * 2 and ends_sentence and not page_talk:
        fired.append("prose")  # no list for the language: a long sentence is prose
    if ends_sentence and n >= SHORT_LINE_WORDS:
        fired.append("sentence")
    if n > LONG_WORDS and ends_sentence:
        fired.append("long")
    if (
        "date-line" not in fired
        and "byline" not in fired
        and "separators" not in fired
        and (text.rstrip().endswith((",", ";")) or (text[:1].islower() and n >= SHORT_LINE_WORDS))
    ):
        fired.append("open-sentence")  # (a weekday or "por" opens a date line, a byline)


def _place(ctx: Context, text: str, words: list[str], fired: list[str], s: int, e: int) -> None:
    """Where else the line stands: in the original, twice in the copy, twice in itself,
    inside or outside an HTML page's main content."""
    n = len(words)
    key = boilerplate.line_key(text)
    if key in _original_lines(ctx.original):
        fired.append("in-original")
    elif n <= REPEATED_MAX_WORDS and boilerplate.line_counts(ctx.copy).get(key, 0) >= 2:
        fired.append("repeated-line")
    if _doubled(text):
        fired.append("doubled")  # a caption and its image's alt text, run together
    if ctx.main_content is not None:
        k = bisect.bisect_left(ctx.main_content, (e,)) - 1  # the last span starting before e
        inside = k >= 0 and ctx.main_content[k][1] > s
        fired.append("inside-main-content" if inside else "outside-main-content")
