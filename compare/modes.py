"""Choosing between a same-language diff and translation alignment."""

from __future__ import annotations

import regex

from .language import LanguageGuess
from .model import Mode, ModeChoice

#: a language guess must hold at least this share of a document's vote to switch modes
MIN_CONFIDENCE = 0.5
#: two texts sharing at least this share of the original's words are one text (a
#: mirror, a spun copy), whatever the detector says of a damaged or short copy
SHARED_WORDS_SAME = 0.5
#: two texts whose punctuation, digits and spacing agree this closely are one text
#: re-encoded (mojibake turns every letter, never the skeleton)
SKELETON_SAME = 0.9
#: characters of each text compared for the skeleton test
SKELETON_CHARS = 4000

_WORDS = regex.compile(r"\p{L}{3,}|\p{Han}{2}")
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


def _shared_words(a: str, b: str) -> float:
    words_a = {w.lower() for w in _WORDS.findall(a)}
    words_b = {w.lower() for w in _WORDS.findall(b)}
    return len(words_a & words_b) / len(words_a) if words_a else 0.0


def _skeleton(text: str) -> str:
    return _LETTERS.sub("a", text[:SKELETON_CHARS])


def same_text(a: str, b: str) -> str | None:
    """Why two texts in "different languages" are one text (a damaged or spun copy),
    or None when they may be a translation."""
    if _shared_words(a, b) >= SHARED_WORDS_SAME:
        return "the texts share most of their words"
    import difflib  # only for texts in two languages: most comparisons never get here

    skeleton = difflib.SequenceMatcher(None, _skeleton(a), _skeleton(b), autojunk=False)
    if skeleton.real_quick_ratio() >= SKELETON_SAME and skeleton.ratio() >= SKELETON_SAME:
        return "the texts have the same digits, punctuation and spacing (one text, re-encoded)"
    return None


def choose_mode(
    choice: ModeChoice, original: LanguageGuess, copy: LanguageGuess, a: str = "", b: str = ""
) -> tuple[Mode, str]:
    """The mode to compare in and why, in words for the status bar."""
    pair = f"{original.code} → {copy.code}"
    if choice is ModeChoice.SAME:
        return Mode.SAME, f"same-language mode chosen by hand (detected {pair})"
    if choice is ModeChoice.TRANSLATION:
        return Mode.TRANSLATION, f"translation mode chosen by hand (detected {pair})"
    if not original.determined or not copy.determined:
        return Mode.SAME, f"same-language mode: too little text to tell the languages ({pair})"
    if original.code == copy.code:
        return Mode.SAME, "same-language mode: both texts are in the same language"
    if min(original.confidence, copy.confidence) < MIN_CONFIDENCE:
        return Mode.SAME, f"same-language mode: languages uncertain ({pair})"
    related = same_text(a, b)
    if related:
        return Mode.SAME, f"same-language mode: detected {pair}, but {related}"
    return Mode.TRANSLATION, "translation mode: the languages differ"
