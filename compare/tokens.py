"""Splitting text into the units the diff works on.

Tokens are words (letters, digits and their combining marks), runs of white space,
and single grapheme clusters of anything else, so that no diff boundary ever falls
inside a word's letters or inside a grapheme cluster (a combining mark stays with
the letter it sits on).
"""

from __future__ import annotations

import regex

#: a word: one or more grapheme clusters that each start with a word character
#: (so "don\N{COMBINING SHORT STROKE OVERLAY}" is one word); white space; or any
#: other single grapheme cluster (punctuation, symbols, controls, lone marks)
TOKEN = regex.compile(r"(?:(?=\w)\X)+|\s+|\X", regex.V1)

#: grapheme clusters, for character-level detail
GRAPHEME = regex.compile(r"\X")


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def graphemes(text: str) -> list[str]:
    return GRAPHEME.findall(text)


class Encoder:
    """Maps distinct strings (lines, tokens, graphemes) to single characters.

    dmp diffs strings; encoding each unit as one code point lets it diff
    sequences of units (dmp's own linesToChars trick, without its 65,535 limit).
    """

    __slots__ = ("_codes",)

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def encode(self, units: list[str]) -> str:
        codes = self._codes
        out = []
        for unit in units:
            code = codes.get(unit)
            if code is None:
                n = len(codes) + 1
                if n >= 0xD800:  # skip the surrogate block
                    n += 0x800
                code = chr(n)
                codes[unit] = code
            out.append(code)
        return "".join(out)
