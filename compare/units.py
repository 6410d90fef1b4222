"""The units of the paragraph pass (:mod:`compare.diffing`, step 1), as offsets.

A unit is a line (news paragraphs are long lines); a whole block of short lines in a
hard-wrapped text; or, in a line longer than :data:`LONG_LINE`, a sentence. Units
are kept as *bounds*: one array of offsets into the text, unit ``k`` being
``text[bounds[k]:bounds[k + 1]]``. A text of a million short lines is then a few
megabytes of machine integers instead of a million strings (about 60 bytes each
before their text), and every unit's text is sliced only while it is looked at.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Iterator

import regex

from .tokens import offset_type

#: a text is hard-wrapped when at least this share of its lines continue on the next
#: line (are not a paragraph's last) ...
HARD_WRAPPED_SHARE = 0.5
#: ... and at most this share of its lines are longer than HARD_WRAP_WIDTH
HARD_WRAP_LONG_SHARE = 0.1
HARD_WRAP_WIDTH = 100
#: ... and most (HARD_WRAP_FILLED_SHARE) of the continuing lines are filled to at
#: least HARD_WRAP_FILL of the widest one
HARD_WRAP_FILL = 0.6
HARD_WRAP_FILLED_SHARE = 0.8

#: lines longer than this (characters) are aligned sentence by sentence in the
#: paragraph pass: a text that lost its paragraph breaks is one huge line, and the
#: word diff of one huge region grows quadratic where the sentences repeat
LONG_LINE = 2000
#: where a sentence ends: its final marks (and closing quotes/brackets), then white
#: space; or an ideographic full stop, which needs no space
_SENTENCE_END = regex.compile(
    r"[.!?\N{HORIZONTAL ELLIPSIS}]+[\"'\N{RIGHT DOUBLE QUOTATION MARK}"
    r"\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK})\]]*"
    r"[^\S\n]+|[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}"
    r"\N{FULLWIDTH QUESTION MARK}]+[\N{RIGHT CORNER BRACKET}"
    r"\N{RIGHT WHITE CORNER BRACKET}\N{RIGHT DOUBLE QUOTATION MARK}]*"
)
_NEWLINE = re.compile("\n")
#: how many characters :func:`filled_lines` splits into lines at a time (a bound on
#: the memory of the lines it holds)
_LINE_CHUNK = 65_536


def line_bounds(text: str) -> array:
    """Bounds of the lines of ``text``, each with its line break (the last maybe without)."""
    bounds = array(offset_type(len(text) + 1), [0])
    bounds.extend(map(re.Match.end, _NEWLINE.finditer(text)))
    if bounds[-1] != len(text):
        bounds.append(len(text))
    return bounds


def spans(bounds: array) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each unit."""
    return itertools.pairwise(bounds)


def texts(text: str, bounds: array) -> Iterator[str]:
    """The text of each unit, one at a time."""
    return (text[s:e] for s, e in spans(bounds))


def units(text: str) -> array:
    """Bounds of the units: lines, or whole blocks for a hard-wrapped text.

    In a hard-wrapped text a paragraph is a block of short lines between blank
    lines; joined (their keys fold the line breaks away) they align with the long
    lines of an unwrapped copy, and moves and duplicates are still found.
    """
    lines = line_bounds(text)
    filled = bytearray(1 if line.strip() else 0 for line in texts(text, lines))
    if not hard_wrapped(text, lines, filled):
        return lines
    out = array(lines.typecode, [0])
    in_block = False
    for k, full in enumerate(filled):
        if full:
            in_block = True
            continue
        if in_block:  # the block ends where this blank line starts
            out.append(lines[k])
            in_block = False
        out.append(lines[k + 1])
    if in_block:
        out.append(lines[-1])
    return out


def hard_wrapped(text: str, lines: array, filled: bytearray | None = None) -> bool:
    """Paragraphs separated by blank lines, most of them several lines filled to a width
    (``lines``: line bounds; ``filled``: which lines are not blank, if known)."""
    if filled is None:
        filled = bytearray(1 if line.strip() else 0 for line in texts(text, lines))
    count = sum(filled)
    if count < 3 or count == len(filled):  # no blank line: every line is a paragraph
        return False
    continuing = [
        len(text[lines[i] : lines[i + 1]].rstrip())
        for i in range(len(filled) - 1)
        if filled[i] and filled[i + 1]
    ]
    if len(continuing) < HARD_WRAPPED_SHARE * count:
        return False
    long = sum(1 for s, e in spans(lines) if e - s > HARD_WRAP_WIDTH)
    if long > HARD_WRAP_LONG_SHARE * count:
        return False
    # wrapped lines run close to one width; lines that are paragraphs of their own do not
    width = max(continuing)
    near = sum(1 for n in continuing if n >= HARD_WRAP_FILL * width)
    return near >= HARD_WRAP_FILLED_SHARE * len(continuing)


def filled_lines(text: str) -> bool:
    """Whether ``text`` is mostly short lines filled to one width (hard-wrapped).

    Unlike :func:`hard_wrapped` it needs no blank lines: a copy re-wrapped into one
    block counts too. Two passes over the lines' lengths; no line is kept.
    """

    def lengths() -> Iterator[int]:  # of the lines that are not blank, trailing space cut
        # (split a chunk of whole lines at a time, in C: the lines of line_bounds, each
        # without its line break, which rstrip cuts anyway)
        at = 0
        while at < len(text):
            end = text.find("\n", at + _LINE_CHUNK) + 1 or len(text)
            yield from filter(None, map(len, map(str.rstrip, text[at:end].split("\n"))))
            at = end

    count = long = width = 0
    for n in lengths():
        count += 1
        long += n > HARD_WRAP_WIDTH
        width = max(width, n)
    if count < 3 or long > HARD_WRAP_LONG_SHARE * count:
        return False
    near = sum(1 for n in lengths() if n >= HARD_WRAP_FILL * width)
    return near >= HARD_WRAP_FILLED_SHARE * count


def sentence_units(text: str, bounds: array) -> tuple[array, set[tuple[int, int]]]:
    """``bounds`` with every unit longer than :data:`LONG_LINE` cut into sentences.

    Sentences are far more often unique than single words in a long text, so they
    anchor the alignment the way paragraphs do, and the word diff only runs on the
    sentences that changed. The spans of such sentence units are returned too:
    move detection skips them (moves are of whole paragraphs).
    """
    if all(e - s <= LONG_LINE for s, e in spans(bounds)):
        return bounds, set()
    out = array(bounds.typecode, [0])
    fragments: set[tuple[int, int]] = set()
    for at, end in spans(bounds):
        if end - at > LONG_LINE:
            start = at
            for m in _SENTENCE_END.finditer(text, at, end):
                if m.end() < end:
                    out.append(m.end())
                    fragments.add((start, m.end()))
                    start = m.end()
            fragments.add((start, end))
        out.append(end)
    return out, fragments
