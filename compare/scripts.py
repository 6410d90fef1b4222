"""Which writing system a text is in: a line of the copy in another script than the
article (Hindi, Greek, Hebrew site chrome around an English story a site republished),
for the chrome scorer (:mod:`compare.chrome`).

A translated copy never reaches this question: two languages go to
:mod:`compare.translation`. Here both texts are in one language, and a whole line in a
script the original hardly writes is the site's, not the article's.

Scripts are told by Unicode blocks, grouped as a reader tells them apart: Latin,
Cyrillic, Greek, Arabic (with Persian and Urdu), Hebrew, the Indic scripts, Thai and
Lao, Chinese and Japanese (Han and kana together: Japanese writes both), Hangul,
Georgian, Armenian, Ethiopic.
"""

from __future__ import annotations

import functools
import re

#: a script's letters, by Unicode blocks
_RANGES: dict[str, str] = {
    "latin": "A-Za-z\u00c0-\u024f\u1e00-\u1eff",
    "cyrillic": "\u0400-\u052f",
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "hebrew": "\u0590-\u05ff",
    "indic": "\u0900-\u0dff",
    "thai": "\u0e00-\u0eff",
    "cjk": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "hangul": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "georgian": "\u10a0-\u10ff",
    "armenian": "\u0530-\u058f",
    "ethiopic": "\u1200-\u137f",
}


@functools.cache
def _scripts() -> dict[str, re.Pattern]:
    """The scripts' patterns, compiled on first use (not at import: 4 ms)."""
    return {name: re.compile(f"[{ranges}]") for name, ranges in _RANGES.items()}


#: a line is in one script when at least this share of its letters are, and it has at
#: least this many of them
LINE_SHARE = 0.6
LINE_MIN_LETTERS = 3
#: the original "hardly writes" a script of which it has less than this share of letters
RARE_SHARE = 0.01
#: the original's letters are counted in its first this many characters
SAMPLE_CHARACTERS = 20_000


def _counts(text: str) -> dict[str, int]:
    return {name: len(pattern.findall(text)) for name, pattern in _scripts().items()}


@functools.lru_cache(maxsize=4)
def _original_shares(original: str) -> dict[str, float]:
    counts = _counts(original[:SAMPLE_CHARACTERS])
    total = sum(counts.values())
    return {name: n / total for name, n in counts.items()} if total else {}


def other_script(text: str, original: str) -> bool:
    """Whether ``text`` is written in a script the original hardly writes (a Greek
    headline of another story in a copy of an English article)."""
    counts = _counts(text)
    total = sum(counts.values())
    if total < LINE_MIN_LETTERS:
        return False
    name, n = max(counts.items(), key=lambda item: item[1])
    shares = _original_shares(original)
    return n >= LINE_SHARE * total and bool(shares) and shares.get(name, 0.0) < RARE_SHARE
