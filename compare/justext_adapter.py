"""The one module that touches ``justext`` (stop-word lists, main-content extraction).

jusText ships stop-word lists for about 100 languages and the boilerplate-removal
heuristic the field uses (Pomikálek 2011). We use both:

* :func:`stopwords_for` — the stop-word list of the language a text is written in
  (the list whose most frequent words — the lists are in frequency order — the
  text uses most), for the chrome scorer's stop-word density (:mod:`compare.chrome`).
  The lists are read straight from the package's data folder, so the engine's
  import never pays for ``lxml``; only the head of each list is read to tell the
  language, and only the chosen language's list is read whole.
* :func:`main_content` — the paragraphs jusText keeps as the article of an HTML page
  (its "good" paragraphs); :mod:`compare.htmltext` maps them onto the page's text.

Languages jusText has no list for (Chinese, Japanese, Thai) get an empty list: the
scorer then judges by the other features.
"""

from __future__ import annotations

import functools
import importlib.util
from collections import Counter
from pathlib import Path

import regex

#: how many words of a text are looked at to tell its language
LANGUAGE_SAMPLE_WORDS = 3000
#: a language is taken only when at least this share of the sample are its most
#: frequent stop words
MIN_STOPWORD_SHARE = 0.08
#: how many of a list's most frequent words tell its language, and how much of the
#: list's file is read for them
DETECTION_WORDS = 150
HEAD_CHARS = 4096

#: jusText's paragraph lengths (characters) for "short" and "long enough to be good
#: by itself": lower than its defaults (70, 200) because wire paragraphs are short
NEWS_LENGTH_LOW = 50
NEWS_LENGTH_HIGH = 120

_WORD = regex.compile(r"\w+")


@functools.cache
def _stoplist_folder() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return folder if folder.is_dir() else None


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages jusText has a stop-word list for (file names, e.g. ``English``)."""
    folder = _stoplist_folder()
    return tuple(sorted(p.stem for p in folder.glob("*.txt"))) if folder else ()


@functools.cache
def _heads() -> dict[str, frozenset[str]]:
    """The most frequent stop words of every list (the lists are in frequency order):
    enough to tell a language, for a fraction of the cost of reading every list."""
    folder = _stoplist_folder()
    out = {}
    for language in languages():
        with (folder / f"{language}.txt").open(encoding="utf-8") as f:
            head = f.read(HEAD_CHARS).casefold().split("\n")[:-1]  # the last line may be cut
        out[language] = frozenset(w.strip() for w in head[:DETECTION_WORDS] if w.strip())
    return out


@functools.cache
def stoplist(language: str) -> frozenset[str]:
    """The whole stop-word list of one language, casefolded."""
    folder = _stoplist_folder()
    if folder is None or language not in languages():
        return frozenset()
    return frozenset((folder / f"{language}.txt").read_text(encoding="utf-8").casefold().split())


@functools.lru_cache(maxsize=8)
def stopwords_for(text: str) -> tuple[str, frozenset[str]]:
    """The language ``text`` is written in (by its most frequent stop words) and its
    stop-word list; ``("", frozenset())`` when no list fits."""
    counts = Counter(w.casefold() for w in _WORD.findall(text[: LANGUAGE_SAMPLE_WORDS * 12]))
    total = sum(counts.values())
    if not total:
        return "", frozenset()
    best, best_hits = "", 0
    for language, words in _heads().items():
        if language == "Simple_English":
            continue
        hits = sum(n for w, n in counts.items() if w in words)
        if hits > best_hits:
            best, best_hits = language, hits
    if best_hits < MIN_STOPWORD_SHARE * total:
        return "", frozenset()
    return best, stoplist(best)


def main_content(html: str, language_text: str) -> tuple[str, ...] | None:
    """The texts of the paragraphs jusText keeps as the page's main content, or None
    when jusText cannot run (not installed, page unparsable)."""
    _, stopwords = stopwords_for(language_text)
    try:
        import justext  # imported here: lxml is heavy, and only HTML input needs it
    except ImportError:
        return None
    try:
        paragraphs = justext.justext(
            html,
            stopwords or frozenset({"the"}),
            length_low=NEWS_LENGTH_LOW,
            length_high=NEWS_LENGTH_HIGH,
        )
    except Exception:  # lxml raises many kinds of error on broken markup
        return None
    return tuple(p.text for p in paragraphs if not p.is_boilerplate)
