"""What a text is about, next to the original: content words, and the two questions
the chrome scorer asks of them (:mod:`compare.chrome`).

A line none of whose content words occurs in the original is about something else —
a related story's headline, a notice, an appeal — while a sentence the copy added to
the article shares its names and subjects (:func:`off_topic`). That holds only where
the original's own paragraphs share their subject (:func:`coherent`): in a gallery of
captions, a digest, a speech greeting many, every paragraph is about something else.

Content words are compared by their first letters (inflections meet), Han, Katakana
and Hangul by pairs of characters (no spaces to cut words at; a Korean word carries
its particles), Arabic after its proclitics, Thai, Lao, Tibetan, Burmese and Khmer by
threes of letters (no spaces between their words), Vietnamese by pairs of syllables (a
word is mostly two syllables, each of a few letters: "cảnh sát", "đám cháy"). Stop
words (jusText's list for the copy's language) are left out.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

import regex

from .tokens import NO_SPACE_ALPHABET

#: off-topic: at least this many content words, at most this share of them in the original
OFF_TOPIC_MIN_WORDS = 4
OFF_TOPIC_SHARE = 0.1
#: on-topic: at least this many content words, at least this share of them in the original
ON_TOPIC_MIN_WORDS = 2
ON_TOPIC_SHARE = 0.6
#: the original's paragraphs looked at to tell whether it is about one thing, at least
#: how many there must be, and the share of them that may stand apart
COHERENCE_PARAGRAPHS = 60
COHERENCE_MIN_PARAGRAPHS = 3
INCOHERENT_SHARE = 0.25
#: a content word has at least this many letters (Hangul: two) and is not a stop word;
#: words are compared by their first letters, so that inflections meet
CONTENT_WORD_LETTERS = 4
CONTENT_STEM_LETTERS = 5


@functools.cache
def _scripts() -> tuple[regex.Pattern, regex.Pattern]:
    """A run of Han, Katakana or Hangul (read by its pairs of characters), and a letter
    of those scripts or Hiragana; compiled on first use, not at import."""
    return (
        regex.compile(r"[\p{Han}\p{Katakana}ー]{2,}|\p{Hangul}{2,}"),
        regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"),
    )


#: a run of letters (any script), found by the stdlib engine: it reads a megabyte in a
#: quarter of the time the regex module takes
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


#: a letter only Vietnamese writes among the Latin scripts (horn, bar, breve, the dot
#: below and hook above of its tones)
_VIETNAMESE = re.compile("[ơưđăƠƯĐĂ\u1ea0-\u1ef9]")

#: Arabic proclitics (and, so, with, like, for, the) before a word's stem
_ARABIC_PREFIX = re.compile(r"^(?:و|ف)?(?:بال|كال|لل|ال|ب|ل)?")


@functools.lru_cache(maxsize=4096)
def _run_words(run: str) -> tuple[str, ...]:
    """The content words of one run of letters: a run of Han, Katakana or Hangul by its
    pairs of characters (Hiragana between them is grammar, a Korean word carries its
    particles), a word of other letters of at least :data:`CONTENT_WORD_LETTERS` by its
    first letters (an Arabic one after its proclitics)."""
    paired, non_latin = _scripts()
    if NO_SPACE_ALPHABET.match(run):
        # Thai, Lao, Tibetan, Burmese, Khmer: no spaces between words, so runs are phrases;
        # compared by their threes of letters
        return tuple(run[i : i + 3] for i in range(max(1, len(run) - 2)))
    if not non_latin.search(run):
        if len(run) < CONTENT_WORD_LETTERS:
            return ()
        if "\u0600" <= run[0] <= "\u06ff":
            stem = _ARABIC_PREFIX.sub("", run)
            run = stem if len(stem) >= 3 else run
        return (run[:CONTENT_STEM_LETTERS],)
    return tuple(h[i : i + 2] for h in paired.findall(run) for i in range(len(h) - 1))


def content_words(text: str, stopwords: frozenset[str]) -> list[str]:
    """The words that say what a text is about: not stop words, not numbers, compared
    by their first letters; Han, Katakana and Hangul by pairs of characters;
    Vietnamese by pairs of syllables."""
    if _VIETNAMESE.search(text):
        return _syllable_pairs(text, stopwords)
    return [
        w
        for run in _LETTER_RUN.findall(text.casefold())
        if run not in stopwords
        for w in _run_words(run)
    ]


def _syllable_pairs(text: str, stopwords: frozenset[str]) -> list[str]:
    """Vietnamese content words: each two syllables in a row, unless both are stop
    words (jusText's Vietnamese list is of syllables)."""
    runs = _LETTER_RUN.findall(text.casefold())
    return [
        f"{a} {b}" for a, b in itertools.pairwise(runs) if a not in stopwords or b not in stopwords
    ]


@functools.lru_cache(maxsize=4)
def original_words(original: str) -> frozenset[str]:
    """Every content word of the original (stop words too: a line's never are asked),
    each distinct run of letters cut once: the original may be megabytes."""
    # runs of letters never span white space: the distinct words (a C-speed split) hold
    # them all, and are a hundredth as many as the original's words
    runs = {run.casefold() for word in set(original.split()) for run in _LETTER_RUN.findall(word)}
    words = {w for run in runs for w in _run_words(run)}
    if _VIETNAMESE.search(original, 0, 20_000):
        # (pairs of syllables: every line's, stop words too, as words above)
        for line in original.split("\n"):
            words.update(_syllable_pairs(line, frozenset()))
    return frozenset(words)


def unrelated(a: str, b: str, stopwords: frozenset[str]) -> bool:
    """Whether two lines share (almost) none of their content words."""
    wa, wb = content_words(a, stopwords), set(content_words(b, stopwords))
    return sum(w in wb for w in wa) <= OFF_TOPIC_SHARE * max(1, len(wa))


def off_topic(text: str, original: str, stopwords: frozenset[str]) -> bool:
    """Whether the line is about something else than the original: of its content
    words, (almost) none occurs in the original. A related story's headline, a notice,
    an appeal; an added sentence of the article shares its names and subjects."""
    words = content_words(text, stopwords)
    if len(words) < OFF_TOPIC_MIN_WORDS or not coherent(original, stopwords):
        return False
    known = original_words(original)
    return sum(w in known for w in words) <= OFF_TOPIC_SHARE * len(words)


def on_topic(text: str, original: str, stopwords: frozenset[str]) -> bool:
    """Whether the line is about what the original is about: of its content words (at
    least :data:`ON_TOPIC_MIN_WORDS`), at least :data:`ON_TOPIC_SHARE` occur in the
    original (a headline of this story, "Italy floods: thousands evacuated as Po hits
    record", among the chrome of the page's head)."""
    words = content_words(text, stopwords)
    if len(words) < ON_TOPIC_MIN_WORDS:
        return False
    known = original_words(original)
    return sum(w in known for w in words) >= ON_TOPIC_SHARE * len(words)


@functools.lru_cache(maxsize=4)
def coherent(original: str, stopwords: frozenset[str]) -> bool:
    """Whether the original's own paragraphs are about one thing: hardly any of them
    (:data:`INCOHERENT_SHARE`) would be off-topic next to the others. A gallery of
    captions, a digest, a speech greeting many, or a language whose words the content
    words do not catch, is not: there a line about something else says nothing."""
    paragraphs: list[set[str]] = []
    for line in original.split("\n"):
        words = set(content_words(line, stopwords))
        if len(words) >= OFF_TOPIC_MIN_WORDS:
            paragraphs.append(words)
            if len(paragraphs) >= COHERENCE_PARAGRAPHS:
                break
    if len(paragraphs) < COHERENCE_MIN_PARAGRAPHS:
        return False
    seen = Counter(w for words in paragraphs for w in words)
    apart = sum(
        1
        for words in paragraphs
        if sum(seen[w] >= 2 for w in words) <= OFF_TOPIC_SHARE * len(words)
    )
    return apart <= max(1, INCOHERENT_SHARE * len(paragraphs))
