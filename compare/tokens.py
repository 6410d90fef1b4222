"""Splitting text into the units the diff works on.

Tokens are words (letters, digits and their combining marks), runs of white space,
and single grapheme clusters of anything else, so that no diff boundary ever falls
inside a word's letters or inside a grapheme cluster (a combining mark stays with
the letter it sits on).
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import zlib
from array import array
from collections.abc import Iterable

import regex

from .patterns import lazy, lazy_re

#: a word: one or more grapheme clusters that each start with a word character
#: (so "don\N{COMBINING SHORT STROKE OVERLAY}" is one word); white space (whole
#: grapheme clusters that are white space only: a space carrying a combining mark is
#: *not* white space, it is one cluster and stays one token); or any other single
#: grapheme cluster (punctuation, symbols, controls, lone marks)
#:
#: Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
#: Myanmar, Tibetan) have no word to find: a run of their letters is a clause or a
#: sentence. Each of their grapheme clusters is a token of its own, so an edit there
#: is highlighted at character level and a changed mark next to it stays apart.
NO_SPACE_SCRIPTS = (
    r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
    "\N{KATAKANA-HIRAGANA PROLONGED SOUND MARK}\N{IDEOGRAPHIC ITERATION MARK}"
)
#: the alphabets among them (Thai, Lao, Tibetan, Burmese, Khmer): letters, not
#: ideographs, so a word of theirs is several letters long
_NO_SPACE_ALPHABETS = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
#: the same letters as plain code point ranges (for the stdlib engine; astral Han
#: never reaches it, see :data:`_CLUSTERING`)
_NO_SPACE_RANGES = (
    _NO_SPACE_ALPHABETS
    + "\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c\u3040-\u30ff"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
)
TOKEN = lazy(
    rf"(?:(?=\w)(?![{NO_SPACE_SCRIPTS}])\X)+|(?:(?=\s)\X(?<=\s))+|\X", regex.V1
)
#: a letter of a script written without spaces
NO_SPACE_LETTER = lazy(rf"[{NO_SPACE_SCRIPTS}]", regex.V1)

#: grapheme clusters, for character-level detail
GRAPHEME = lazy(r"\X")


#: the same tokens for pure ASCII text, where every character is its own grapheme
#: cluster (no CR: newlines are normalised): the stdlib engine is several times faster
#: (white space as str.isspace sees it, which includes the separators U+001C-U+001F)
_ASCII_TOKEN = lazy_re(
    r"\w+|[\t\n\x0b\x0c\r\x1c-\x1f ]+|[^\w\t\n\x0b\x0c\r\x1c-\x1f ]", re.ASCII
)


#: characters that can join a grapheme cluster with a neighbour (marks, format
#: characters such as ZWJ, Hangul jamo, Thai/Lao spacing vowels, prepend letters,
#: surrogates, anything astral: emoji modifiers, flags) or that are CR. A text
#: without any has one grapheme per code point, and the stdlib engine can split it.
_CLUSTERING = lazy(
    r"[\p{M}\p{Cf}\p{Cs}\r\u0D4E\u0E00-\u0EFF\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF"
    r"\U00010000-\U0010FFFF]"
)
#: tokens of such a text (Unicode words, white space, single other characters)
_SIMPLE_TOKEN = lazy_re(rf"[^\W{_NO_SPACE_RANGES}]+|\s+|[^\w\s]|\w")
_NO_SPACE_CHAR = lazy_re(rf"[{_NO_SPACE_RANGES}]")
#: a letter of an alphabet written without spaces (:data:`_NO_SPACE_ALPHABETS`)
NO_SPACE_ALPHABET = lazy_re(rf"[{_NO_SPACE_ALPHABETS}]")


#: how many characters :func:`simple` and :func:`word_codes` take at a time (a bound on
#: the memory of their per-chunk sets and lists)
SCAN_CHUNK = 65_536
#: texts up to this long are searched as they are (a set costs more than it saves)
_SCAN_SHORT = 64


def simple(text: str) -> bool:
    """Whether every code point of ``text`` is a grapheme cluster of its own.

    :data:`_CLUSTERING` is one character class, so whether a stretch of text holds a
    match depends only on *which* characters it holds: the regex searches each
    chunk's distinct characters (a few dozen) instead of every character (the
    ``regex`` engine's property classes cost ~50 ns a character; a set ~13).
    """
    if text.isascii():
        return "\r" not in text
    if len(text) <= _SCAN_SHORT:
        return _CLUSTERING.search(text) is None
    search = _CLUSTERING.search
    if len(text) <= SCAN_CHUNK:  # one chunk (most texts): no generator
        return search("".join(set(text))) is None
    return all(
        search("".join(set(text[at : at + SCAN_CHUNK]))) is None
        for at in range(0, len(text), SCAN_CHUNK)
    )


def tokenize(text: str) -> list[str]:
    if text.isascii() and "\r" not in text:
        return _ASCII_TOKEN.findall(text)
    if simple(text):
        return _SIMPLE_TOKEN.findall(text)
    return TOKEN.findall(text)


def offset_type(length: int) -> str:
    """The array type code for offsets into a text of ``length`` characters: a C int
    (4 bytes) where it is enough, which halves the span arrays of a long text."""
    return "i" if length < 2**31 else "q"


def word_codes(text: str, encoder: Encoder) -> tuple[array, array, str] | None:
    """Starts and ends of the tokens of ``text`` that are not white space (two arrays of
    machine integers) and the tokens' codes from ``encoder``, for a :func:`simple` text
    (else None).

    A chunk of about :data:`SCAN_CHUNK` characters at a time, cut after a character no
    token continues past (:data:`_TOKEN_END`), so the chunks' tokens are the text's:
    one ``split`` in C per chunk gives the gaps between tokens and the tokens
    alternately, their lengths summed in C give the offsets, and the tokens go
    straight to the encoder. Memory is bounded by the chunk, not the text.
    """
    if not simple(text):
        return None
    split = (_ASCII_WORD_SPLIT if text.isascii() else _SIMPLE_WORD_SPLIT).split
    code = offset_type(len(text))
    starts, ends = array(code), array(code)
    codes: list[str] = []
    at, n = 0, len(text)
    while at < n:
        cut = _TOKEN_END.search(text, at + SCAN_CHUNK) if at + SCAN_CHUNK < n else None
        end = cut.end() if cut is not None else n
        parts = split(text[at:end])  # [gap, token, gap, ..., token, gap]
        # bounds[i]: where parts[i] starts; token k is parts[2k + 1] (a list first:
        # an array built from an iterator grows item by item)
        bounds = list(itertools.accumulate(map(len, parts), initial=at))
        starts.fromlist(bounds[1:-1:2])
        ends.fromlist(bounds[2::2])
        codes.append(encoder.encode(parts[1::2]))
        at = end
    return starts, ends, "".join(codes)


def size(text: str) -> tuple[int, str]:
    """How long ``text`` is for a reader: its words, or — for text mostly in a script
    written without spaces (Chinese, Japanese, Thai …), where a paragraph has no word
    to count — its characters other than spaces: ``(12, "words")``, ``(34, "characters")``."""
    visible = len(text) - sum(map(str.isspace, text))
    unspaced = len(_NO_SPACE_CHAR.findall(text))
    if unspaced and 2 * unspaced >= visible:
        return visible, "characters"
    return len(text.split()), "words"


def no_space_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter of a script written without spaces between words."""
    if ch < "\u0e00":
        return False
    return bool(_NO_SPACE_CHAR.match(ch) or NO_SPACE_LETTER.match(ch))


def graphemes(text: str) -> list[str]:
    if simple(text):
        return list(text)
    return GRAPHEME.findall(text)


#: (white space here is what str.isspace says, as is_space)
_ASCII_WORD = r"\w+|[^\w\t\n\x0b\x0c\r\x1c-\x1f ]"
#: the tokens that are not white space, as a splitter: the text between them comes too
_ASCII_WORD_SPLIT = lazy_re(f"({_ASCII_WORD})", re.ASCII)
#: (a word, or else any single character that is not white space: the same tokens as
#: ``[^\W{NS}]+|[^\w\s]|\w``, which splits the rest into ``\w`` and not ``\w``)
_SIMPLE_WORD_SPLIT = lazy_re(rf"([^\W{_NO_SPACE_RANGES}]+|\S)")
#: a character no token of a :func:`simple` text goes on past: white space, a
#: punctuation mark, a letter of a script without spaces (each of the last two is a
#: token of its own). Cut after one, a text splits into the same tokens as a whole.
_TOKEN_END = lazy_re(rf"[\W{_NO_SPACE_RANGES}]")


def is_space(token: str) -> bool:
    """True for a white-space token (see :data:`TOKEN`)."""
    return token.isspace()


#: code points below this never join a grapheme cluster with their neighbour (apart
#: from CR LF, which newline normalisation removed): the fast path of is_boundary
_SIMPLE_BELOW = 0x300


def is_boundary(text: str, pos: int) -> bool:
    """Whether ``pos`` falls between two grapheme clusters of ``text`` (\\X rules)."""
    if pos <= 0 or pos >= len(text):
        return True
    before, after = text[pos - 1], text[pos]
    if ord(before) < _SIMPLE_BELOW and ord(after) < _SIMPLE_BELOW and before != "\r":
        return True
    if _plain(before) and _plain(after):
        return True
    start = _safe_start(text, pos)
    for match in GRAPHEME.finditer(text, start):
        if match.end() >= pos:
            return match.end() == pos
    return True


#: characters of Grapheme_Cluster_Break=Other (letters, digits, punctuation ...)
_OTHER = lazy(r"\p{Grapheme_Cluster_Break=Other}")


@functools.lru_cache(maxsize=4096)
def _plain(ch: str) -> bool:
    """Whether ``ch`` is of :data:`_OTHER`. Two such characters side by side are
    always two clusters (UAX #29: every rule that keeps a pair together needs a
    character of another class on one side: CR, Extend, ZWJ, SpacingMark, Prepend,
    Hangul, regional indicators), so :func:`is_boundary` needs no segmentation
    there (a curly quote or a dash beside a letter, most of the slow cases)."""
    return _OTHER.match(ch) is not None


#: Prepend characters (Grapheme_Cluster_Break=Prepend): they join the *next* cluster
_PREPEND = lazy(r"\p{Grapheme_Cluster_Break=Prepend}")
#: how far back :func:`is_boundary` looks for a certain boundary before it falls back to
#: the start of the line
_SAFE_LOOKBACK = 256


def _safe_start(text: str, pos: int) -> int:
    """A position at or before ``pos - 1`` that is certainly a cluster boundary.

    A code point below U+0300 (not LF after CR) never joins the cluster before it
    unless that one is a Prepend character; so the nearest such point is a boundary
    and segmenting from it gives the same clusters as segmenting from the line's
    start. Searching only near ``pos`` keeps the cost constant per call (it was the
    length of the line: quadratic on a text without paragraph breaks).
    """
    line_start = text.rfind("\n", max(0, pos - 1 - _SAFE_LOOKBACK), pos - 1) + 1
    if line_start:
        return line_start
    k = pos - 1
    stop = max(1, pos - 1 - _SAFE_LOOKBACK)
    while k >= stop:
        ch = text[k]
        if ord(ch) < _SIMPLE_BELOW and ch != "\n" and not _PREPEND.match(text[k - 1]):
            return k
        k -= 1
    # a line break always starts a new cluster run: segment from the line's start
    return text.rfind("\n", 0, pos - 1) + 1


#: distinct units an :class:`Encoder` can give a code point of their own (every code
#: point from U+0001 up, the surrogates skipped)
ENCODER_CAPACITY = 0x10FFFF - 0x800
#: how many units :meth:`Encoder.encode` holds at a time (a bound on its memory)
ENCODE_CHUNK = 65_536
#: the array type of one code point per item ("u" is deprecated from Python 3.13 on)
_CODE_ARRAY = "w" if sys.version_info >= (3, 13) else "u"


class Encoder:
    """Maps distinct strings (lines, tokens, graphemes) to single characters.

    dmp diffs strings; encoding each unit as one code point lets it diff
    sequences of units (dmp's own linesToChars trick, without its 65,535 limit).
    """

    __slots__ = ("_codes",)

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def encode(self, units: Iterable[str]) -> str:
        """One code point per unit (4 bytes a unit while encoding, not a list of strings).

        Past the 1,112,062 code points Unicode has room for (more distinct lines or
        words than that), further units share codes by a checksum of their text:
        callers compare the texts of units that encode equal, so a shared code costs
        alignment quality, never correctness, and the result stays deterministic.
        """
        codes = self._codes
        out = array(_CODE_ARRAY)
        units = iter(units)
        # a chunk at a time: the new units are found and numbered in first-seen order
        # by dict operations in C, and only they take a step of Python each
        while chunk := list(itertools.islice(units, ENCODE_CHUNK)):
            for unit in dict.fromkeys(chunk):
                if unit in codes:
                    continue
                n = len(codes) + 1
                if n > ENCODER_CAPACITY:
                    n = 1 + zlib.crc32(unit.encode("utf-8", "surrogatepass")) % ENCODER_CAPACITY
                if n >= 0xD800:  # skip the surrogate block
                    n += 0x800
                codes[unit] = chr(n)
            out.fromunicode("".join(map(codes.__getitem__, chunk)))
        return out.tounicode()
