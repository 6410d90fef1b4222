"""Keeping a comparison proportionate: too many changes are gathered into blocks.

A pathological pair — ``'Same line.\\n' * 400000`` against ``'Same line.\\n\\n' *
300000`` — differs in every line. One change per line is exact, but 300,000 changes
cost gigabytes to classify and hold, a JSON report 50 times the input, and nothing
an editor can read. When the diff finds more changes than the texts' size warrants
(more than one per :data:`CHARS_PER_CHANGE` characters, and more than
:data:`MIN_CHANGES`), neighbouring changes separated only by short equal runs are
gathered into *blocks* of at most about :data:`BLOCK_CHARS` characters: one change
per block instead of one per line. The result stays exact (blocks and the equal runs
between them still rebuild both texts); it is only coarser, and the comparison's
notes say so. Moved pairs are never gathered.

The cost is linear in the number of changes; nothing here grows with the input
beyond the list it is given.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

#: a comparison is made coarser only past this many changes ...
MIN_CHANGES = 5_000
#: ... and only when it has more than one change per this many characters (both texts)
CHARS_PER_CHANGE = 40
#: a block grows until it spans this many characters (both sides together) ...
BLOCK_CHARS = 20_000
#: ... and never across an equal run at least this long: text that stayed the same
#: for that long keeps the changes on either side apart
KEEP_APART_CHARS = 200


class _Change(Protocol):
    a0: int
    a1: int
    b0: int
    b1: int


C = TypeVar("C", bound=_Change)


def change_limit(a: str, b: str) -> int:
    """How many changes a comparison of ``a`` and ``b`` may have before it is coarsened."""
    return max(MIN_CHANGES, (len(a) + len(b)) // CHARS_PER_CHANGE)


def apart(head: _Change, last: _Change, change: _Change) -> bool:
    """Whether ``change`` starts a new block rather than joining the open one, which
    starts with ``head`` and ends with ``last``: an equal run of at least
    :data:`KEEP_APART_CHARS` lies between, or the block would outgrow
    :data:`BLOCK_CHARS`."""
    gap = (change.a0 - last.a1) + (change.b0 - last.b1)
    size = (change.a1 - head.a0) + (change.b1 - head.b0)
    return gap >= KEEP_APART_CHARS or size > BLOCK_CHARS


def groups(changes: list[C], fixed: set[int]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of ``changes`` (sorted, not overlapping) to gather into one
    block each, ranges of two or more only; changes whose index is in ``fixed`` (the
    halves of a moved pair) are never gathered."""
    out: list[tuple[int, int]] = []
    first = -1  # start of the open block
    for i, h in enumerate(changes):
        if i in fixed:
            if first >= 0 and i - first > 1:
                out.append((first, i))
            first = -1
            continue
        if first >= 0:
            if apart(changes[first], changes[i - 1], h):
                if i - first > 1:
                    out.append((first, i))
                first = i
        else:
            first = i
    if first >= 0 and len(changes) - first > 1:
        out.append((first, len(changes)))
    return out


def coarsen(hunks: list, a: str, b: str) -> tuple[list, str | None]:
    """``hunks``, or fewer, larger ones when there are too many; and a note saying so.

    A gathered block is a hunk whose ``coarse`` is the number of changes it holds (the
    diff may have gathered some already, see :meth:`compare.diffing.Differ.hunks`).
    Links between the halves of a moved pair are renumbered.
    """
    if len(hunks) > change_limit(a, b):
        fixed = {i for i, h in enumerate(hunks) if h.moved_to is not None}
        out: list = []
        new_index: dict[int, int] = {}
        at = 0
        for i, j in groups(hunks, fixed):
            out.extend(hunks[at:i])
            first, last = hunks[i], hunks[j - 1]
            held = sum(max(1, h.coarse) for h in hunks[i:j])
            changed = sum(h.changed or (h.a1 - h.a0 + h.b1 - h.b0) for h in hunks[i:j])
            out.append(type(first)(first.a0, last.a1, first.b0, last.b1, coarse=held, changed=changed))
            at = j
        out.extend(hunks[at:])
        position = {id(h): k for k, h in enumerate(out)}
        for i in fixed:
            new_index[i] = position[id(hunks[i])]
        hunks = [
            replace(h, moved_to=new_index[h.moved_to]) if h.moved_to is not None else h for h in out
        ]
    blocks = [h for h in hunks if h.coarse]
    if not blocks:
        return hunks, None
    gathered = sum(h.coarse for h in blocks)
    total = gathered + len(hunks) - len(blocks)
    note = (
        f"Coarser result: {total:,} changes (more than one per {CHARS_PER_CHANGE} "
        f"characters) were too many to list one by one; {gathered:,} of them that stood "
        f"close together are shown as {len(blocks):,} blocks, one change per block. "
        "Both texts are still shown in full."
    )
    return hunks, note
