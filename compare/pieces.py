"""The word pass's pieces of alignment, and the stream that collects them.

:class:`Piece` is one stretch of alignment in progress (equal, or a change).
:class:`PieceStream` takes the pieces of every region in text order and does, as they
come, what used to be done to the whole list at the end: neighbouring pieces of one
kind are merged (:func:`merge`) and, once there are more changes than the texts' size
warrants (:func:`compare.coarsen.change_limit`), they are gathered into blocks by
:mod:`compare.coarsen`'s rule. So the word pass holds, instead of one object per
changed gap of the text (hundreds of thousands for a text of repeated lines), a
compact log of at most the change limit's worth of pieces, then only the blocks.

The result is the same as merging and gathering the whole list at once: the rule
is greedy in text order, and the count of changes only grows as pieces come, so
once it passes the limit it stays past it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import coarsen
from .tokens import offset_type


@dataclass(slots=True)
class Piece:
    """A piece of alignment in progress; ``equal`` pieces have the same text on both sides."""

    a0: int
    a1: int
    b0: int
    b1: int
    equal: bool
    moved: int | None = None  # move id, for a moved line
    #: for a change gathered from several (re-wrapped lines): the parts that differ
    parts: tuple[tuple[int, int, int, int], ...] = ()
    #: a change of white space against white space: never merged into a word change
    space: bool = False


#: one gathered block: (a0, a1, b0, b1, changes held, characters they spanned)
Block = tuple[int, int, int, int, int, int]

_EQUAL, _SPACE = 1, 2


def _joins(last: Piece, p: Piece) -> bool:
    """Whether ``p`` merges into ``last`` (two non-moved changes of one kind, or two
    equal runs)."""
    if last.equal or p.equal:
        return last.equal and p.equal
    return last.moved is None and p.moved is None and last.space == p.space


def _grow(last: Piece, p: Piece) -> None:
    if not last.equal:  # gathered parts stay valid only if both halves had them
        last.parts = last.parts + p.parts if last.parts and p.parts else ()
    last.a1, last.b1 = p.a1, p.b1


def merge(pieces: Iterable[Piece]) -> list[Piece]:
    """Join neighbouring non-equal pieces (not moved ones) and drop empty equal pieces."""
    out: list[Piece] = []
    last: Piece | None = None
    for p in pieces:
        if p.a0 == p.a1 and p.b0 == p.b1:
            continue
        if last is not None:  # _joins, inline: a call per piece was most of the cost
            if last.equal or p.equal:
                joins = last.equal and p.equal
            else:
                joins = last.moved is None and p.moved is None and last.space == p.space
            if joins:
                _grow(last, p)
                continue
        last = Piece(p.a0, p.a1, p.b0, p.b1, p.equal, p.moved, p.parts, p.space)
        out.append(last)
    return out


class _Log:
    """Pieces kept compactly: four machine integers and a flag byte each (a ``Piece``
    with its integers is about ten times that); moves and parts, rare, on the side."""

    __slots__ = ("a0", "a1", "b0", "b1", "flags", "length", "moved", "parts")

    def __init__(self, length: int = 0) -> None:
        code = offset_type(length)  # offsets into texts of at most ``length`` characters
        self.length = length
        self.a0, self.a1, self.b0, self.b1 = array(code), array(code), array(code), array(code)
        self.flags = bytearray()
        self.moved: dict[int, int] = {}
        self.parts: dict[int, tuple] = {}

    def add(self, p: Piece) -> None:
        k = len(self.flags)
        self.a0.append(p.a0)
        self.a1.append(p.a1)
        self.b0.append(p.b0)
        self.b1.append(p.b1)
        self.flags.append((_EQUAL if p.equal else 0) | (_SPACE if p.space else 0))
        if p.moved is not None:
            self.moved[k] = p.moved
        if p.parts:
            self.parts[k] = p.parts

    def drain(self) -> Iterator[Piece]:
        """Every piece, in order; the log is empty afterwards."""
        moved, parts = self.moved, self.parts
        for k, (a0, a1, b0, b1, flag) in enumerate(
            zip(self.a0, self.a1, self.b0, self.b1, self.flags, strict=True)
        ):
            yield Piece(
                a0, a1, b0, b1, bool(flag & _EQUAL), moved.get(k), parts.get(k, ()), bool(flag & _SPACE)
            )
        self.__init__(self.length)  # type: ignore[misc]


class PieceStream:
    """Pieces in, merged (and, past ``limit`` changes, gathered) pieces out.

    ``add`` every piece in text order, then ``finish()`` for the result, the same as
    ``gather(merge(pieces))`` on the whole list. ``blocks`` lists the blocks made.
    """

    def __init__(self, limit: int, length: int) -> None:
        """``limit``: changes before gathering; ``length``: the longer text's length."""
        self.limit = limit
        self.blocks: list[Block] = []
        self._last: Piece | None = None  # the newest piece: the next may still join it
        self._log = _Log(length)  # merged pieces, while not gathering
        self._changes = 0
        self._gathering = False
        self._out: list[Piece] = []  # pieces past the gatherer, once gathering
        # the open block: its first and last change, how many changes and characters
        # it holds, and the equal pieces after its last change
        self._head: Piece | None = None
        self._tail: Piece | None = None
        self._held = self._changed = 0
        self._trailing: list[Piece] = []

    def add(self, p: Piece) -> None:
        if p.a0 == p.a1 and p.b0 == p.b1:
            return
        last = self._last
        if last is not None and _joins(last, p):
            _grow(last, p)
            return
        if last is not None:
            self._settle(last)
        self._last = Piece(p.a0, p.a1, p.b0, p.b1, p.equal, p.moved, p.parts, p.space)

    def extend(self, pieces: Iterable[Piece]) -> None:
        for p in pieces:
            self.add(p)

    def finish(self) -> list[Piece]:
        if self._last is not None:
            self._settle(self._last)
            self._last = None
        if not self._gathering:
            return list(self._log.drain())
        self._close()
        out, self._out = self._out, []
        return out

    # -- merged pieces, one at a time ------------------------------------------------------
    def _settle(self, p: Piece) -> None:
        if self._gathering:
            self._gather(p)
            return
        self._log.add(p)
        if not p.equal:
            self._changes += 1
            if self._changes > self.limit:  # too many: gather what came so far, and on
                self._gathering = True
                for q in self._log.drain():
                    self._gather(q)

    def _gather(self, p: Piece) -> None:
        """:func:`compare.coarsen.groups`' rule, applied as pieces come."""
        if p.equal:
            (self._trailing if self._head is not None else self._out).append(p)
            return
        if p.moved is not None:  # the halves of a move are never gathered
            self._close()
            self._out.append(p)
            return
        size = p.a1 - p.a0 + p.b1 - p.b0
        if self._head is not None and not coarsen.apart(self._head, self._tail, p):
            self._trailing.clear()  # equal runs inside a block are part of it
            self._tail = p
            self._held += 1
            self._changed += size
            return
        self._close()
        self._head = self._tail = p
        self._held, self._changed = 1, size

    def _close(self) -> None:
        head, tail = self._head, self._tail
        if head is None or tail is None:
            return
        if self._held > 1:
            self._out.append(Piece(head.a0, tail.a1, head.b0, tail.b1, False))
            self.blocks.append((head.a0, tail.a1, head.b0, tail.b1, self._held, self._changed))
        else:
            self._out.append(head)
        self._out.extend(self._trailing)
        self._trailing = []
        self._head = self._tail = None
