"""Segment: cut every changed region of the diff into blocks, by structure only.

diff → **segment** → classify → assemble. The diff knows nothing of categories, so an
inserted navigation line and a real paragraph, or a reworded sentence and the share
row under it, come out as one region. This stage cuts each region at paragraph and
line boundaries so that the classify stage can judge every block on its own, and the
assemble stage can make a run of blocks of one category one change: a chrome block
and a real edit never share a change.

The cuts depend on the text's structure alone — never on what a block looks like:

* a moved half, and a replacement whose two sides are the same words (re-wrapped,
  restyled), stay whole (:attr:`BlockKind.WHOLE`, :attr:`BlockKind.MOVED`);
* a multi-line insertion or deletion becomes one block per line
  (:attr:`BlockKind.LINE`); blank lines join the line before them;
* a replacement whose copy side has lines at its head or tail that share (almost) no
  words with the original side has those lines cut off as insertions
  (:attr:`BlockKind.EXTRA`); the rest is the replacement proper (:attr:`BlockKind.CORE`).

A cut never splits a grapheme cluster (a space carrying a combining mark): such a
region stays one block.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import regex

from . import typography
from .diffing import Hunk
from .tokens import is_boundary

#: up to this size (both sides) a replacement is checked for being the same words
#: before its lines are cut apart
SAME_TEXT_CHECK_MAX = 20_000
#: a copy line at the edge of a replacement is the copy's own (an extra) when at most
#: this share of its words occur on the original side of the replacement
EXTRA_LINE_MAX_SHARED = 0.34

#: characters that end a sentence
SENTENCE_STOPS = tuple(
    ".!?\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}\N{ARABIC QUESTION MARK}"
)

_WORD = regex.compile(r"\w+")


class BlockKind(enum.StrEnum):
    WHOLE = "whole"  # a region kept as the diff gave it
    MOVED = "moved"  # one half of a moved pair
    LINE = "line"  # one line of a multi-line insertion or deletion
    EXTRA = "extra"  # a copy-only line cut off the head or tail of a replacement
    CORE = "core"  # the replacement proper, once its extra lines are cut off


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of one changed region: ``original[a0:a1]`` became ``copy[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int
    kind: BlockKind
    #: which diff region (hunk) the block comes from
    region: int
    #: character detail inside the block: (a0, a1, b0, b1) ranges that really differ
    details: tuple[tuple[int, int, int, int], ...] = ()
    #: index (into the block list) of the other half of a move
    moved_to: int | None = None


def segment(hunks: list[Hunk], a: str, b: str) -> tuple[Block, ...]:
    """Cut the diff's regions into blocks (see the module docstring), in text order."""
    hunks = _joined(hunks, b)
    blocks: list[Block] = []
    first_block: dict[int, int] = {}
    for region, h in enumerate(hunks):
        first_block[region] = len(blocks)
        if h.moved_to is not None:
            blocks.append(
                Block(h.a0, h.a1, h.b0, h.b1, BlockKind.MOVED, region, h.details, h.moved_to)
            )
            continue
        parts = _cut(h, region, a, b)
        if len(parts) > 1 and not all(
            is_boundary(a, p.a0)
            and is_boundary(a, p.a1)
            and is_boundary(b, p.b0)
            and is_boundary(b, p.b1)
            for p in parts
        ):
            parts = [_whole(h, region)]
        blocks.extend(parts)
    # a moved half points at its partner's block, not its hunk
    return tuple(
        Block(x.a0, x.a1, x.b0, x.b1, x.kind, x.region, x.details, first_block[x.moved_to])
        if x.moved_to is not None
        else x
        for x in blocks
    )


def _joined(hunks: list[Hunk], b: str) -> list[Hunk]:
    """Changes that touch on both sides (nothing equal between them) as one region:
    the diff can leave a caption and its credit (two insertions), or a sentence's last
    word and the lines after it, as two changes side by side. A typography change
    beside a word edit on one line stays apart. Moved halves are kept as they are
    (and re-pointed)."""
    out: list[Hunk] = []
    index: dict[int, int] = {}
    for i, h in enumerate(hunks):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.moved_to is None
            and h.moved_to is None
            and prev.a1 == h.a0
            and prev.b1 == h.b0
            and (prev.a0 == prev.a1) == (h.a0 == h.a1)
            and (prev.b0 == prev.b1) == (h.b0 == h.b1)
            and (prev.a0 == prev.a1 or prev.b0 == prev.b1 or "\n" in b[h.b0 : h.b1])
        ):
            out[-1] = Hunk(prev.a0, h.a1, prev.b0, h.b1, None, prev.details + h.details)
        else:
            out.append(h)
        index[i] = len(out) - 1
    return [
        Hunk(h.a0, h.a1, h.b0, h.b1, index[h.moved_to], h.details) if h.moved_to is not None else h
        for h in out
    ]


def _whole(h: Hunk, region: int) -> Block:
    return Block(h.a0, h.a1, h.b0, h.b1, BlockKind.WHOLE, region, h.details)


def line_spans(text: str) -> list[tuple[int, int]]:
    """``text`` cut into lines, each with the blank lines after it: spans covering
    ``text`` exactly (blank lines before the first line join it)."""
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    if not starts:
        return [(0, len(text))] if text else []
    starts[0] = 0
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]


def _cut(h: Hunk, region: int, a: str, b: str) -> list[Block]:
    old, new = a[h.a0 : h.a1], b[h.b0 : h.b1]
    if (
        old.rstrip().endswith(SENTENCE_STOPS)
        and len(new) > len(old)
        and new.startswith(old)
        and is_boundary(b, h.b0 + len(old))
    ):
        # joined changes that only append to the original's sentence: an insertion
        return _cut(Hunk(h.a1, h.a1, h.b0 + len(old), h.b1), region, a, b)
    if old and new and len(old) + len(new) <= SAME_TEXT_CHECK_MAX and typography.same(old, new):
        return [_whole(h, region)]  # the same words, re-wrapped or restyled
    if not old and "\n" in new.strip("\n"):
        spans = line_spans(new)
        if len(spans) > 1:
            return [Block(h.a0, h.a0, h.b0 + s, h.b0 + e, BlockKind.LINE, region) for s, e in spans]
    if not new and "\n" in old.strip("\n"):
        spans = line_spans(old)
        if len(spans) > 1:
            return [Block(h.a0 + s, h.a0 + e, h.b0, h.b0, BlockKind.LINE, region) for s, e in spans]
    if old and new and "\n" in new.strip():
        return _cut_replacement(h, region, old, new)
    return [_whole(h, region)]


def _cut_replacement(h: Hunk, region: int, old: str, new: str) -> list[Block]:
    """A replacement: copy-only lines at its head and tail cut off as insertions."""
    spans = line_spans(new)
    words = {w.casefold() for w in _WORD.findall(old)}
    extra = [_copy_only(new[s:e], words) for s, e in spans]
    if all(extra) or not any(extra):
        return [_whole(h, region)]
    head = 0
    while extra[head]:
        head += 1
    tail = len(spans)
    while extra[tail - 1]:
        tail -= 1
    if head == 0 and tail == len(spans):
        return [_whole(h, region)]  # extra lines only inside: one replacement
    core_b0, core_b1 = h.b0 + spans[head][0], h.b0 + spans[tail - 1][1]
    out = [Block(h.a0, h.a0, h.b0 + s, h.b0 + e, BlockKind.EXTRA, region) for s, e in spans[:head]]
    # the core keeps all the region's details: the classify stage may give it back
    # extra lines that are not chrome, and trims the details to what it keeps
    out.append(Block(h.a0, h.a1, core_b0, core_b1, BlockKind.CORE, region, h.details))
    out += [Block(h.a1, h.a1, h.b0 + s, h.b0 + e, BlockKind.EXTRA, region) for s, e in spans[tail:]]
    return out


def _copy_only(line: str, original_words: set[str]) -> bool:
    words = [w.casefold() for w in _WORD.findall(line)]
    if not words:
        return True  # a line of punctuation or symbols only
    shared = sum(1 for w in words if w in original_words)
    return shared / len(words) <= EXTRA_LINE_MAX_SHARED
