"""Comparing names across scripts: transliteration and fuzzy matching.

The one module that imports :mod:`anyascii` (Путин → Putin, Müller → Muller) and
:mod:`rapidfuzz` (Гутерриш → Guterrish ≈ Guterres). Both are small, compiled and
far better than a hand-written transliteration table plus an edit distance. Both are
imported on first use: only comparisons whose facts hold names need them.
"""

from __future__ import annotations

from functools import lru_cache

#: two transliterated names at least this similar (0-100) are the same name
SAME_NAME_SCORE = 78
#: below SAME_NAME_SCORE but at least this similar: a name that was changed (a typo,
#: another spelling, a different person with a similar name)
SIMILAR_NAME_SCORE = 55


@lru_cache(maxsize=8192)
def latin_key(word: str) -> str:
    """A name as lower-case ASCII letters: ``Гутерриш`` → ``guterrish``."""
    from anyascii import anyascii  # imported on first use (see the module's note)

    return "".join(ch for ch in anyascii(word).lower() if ch.isalnum())


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are once both are written in Latin letters."""
    ka, kb = latin_key(a), latin_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    from rapidfuzz import fuzz  # imported on first use (see the module's note)

    score = fuzz.ratio(ka, kb)
    # an inflected form (Путина, Blinkens) or a name glued to a particle still counts
    if min(len(ka), len(kb)) >= 4 and (ka.startswith(kb[:-1]) or kb.startswith(ka[:-1])):
        score = max(score, SAME_NAME_SCORE)
    return score
