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

from .diffing import Hunk

#: a comparison is made coarser only past this many changes ...
MIN_CHANGES = 5_000
#: ... and only when it has more than one change per this many characters (both texts)
CHARS_PER_CHANGE = 40
#: a block grows until it spans this many characters (both sides together) ...
BLOCK_CHARS = 20_000
#: ... and never across an equal run at least this long: text that stayed the same
#: for that long keeps the changes on either side apart
KEEP_APART_CHARS = 200


def change_limit(a: str, b: str) -> int:
    """How many changes a comparison of ``a`` and ``b`` may have before it is coarsened."""
    return max(MIN_CHANGES, (len(a) + len(b)) // CHARS_PER_CHANGE)


def coarsen(hunks: list[Hunk], a: str, b: str) -> tuple[list[Hunk], str | None]:
    """``hunks``, or fewer, larger ones when there are too many; and a note saying so.

    A gathered block is a :class:`Hunk` whose ``coarse`` is the number of changes it
    holds. Links between the halves of a moved pair are renumbered.
    """
    if len(hunks) <= change_limit(a, b):
        return hunks, None
    out: list[Hunk] = []
    new_index: dict[int, int] = {}
    block: list[Hunk] = []

    def close() -> None:
        if len(block) == 1:
            out.append(block[0])
        elif block:
            first, last = block[0], block[-1]
            out.append(Hunk(first.a0, last.a1, first.b0, last.b1, coarse=len(block)))
        block.clear()

    for i, h in enumerate(hunks):
        if h.moved_to is not None:
            close()
            new_index[i] = len(out)
            out.append(h)
            continue
        if block:
            first, last = block[0], block[-1]
            gap = (h.a0 - last.a1) + (h.b0 - last.b1)
            size = (h.a1 - first.a0) + (h.b1 - first.b0)
            if gap >= KEEP_APART_CHARS or size > BLOCK_CHARS:
                close()
        block.append(h)
    close()
    out = [
        replace(h, moved_to=new_index[h.moved_to]) if h.moved_to is not None else h for h in out
    ]
    gathered = sum(h.coarse for h in out)
    blocks = sum(1 for h in out if h.coarse)
    if not blocks:
        return hunks, None
    note = (
        f"Coarser result: {len(hunks):,} changes (more than one per {CHARS_PER_CHANGE} "
        f"characters) were too many to list one by one; {gathered:,} of them that stood "
        f"close together are shown as {blocks:,} blocks, one change per block. "
        "Both texts are still shown in full."
    )
    return out, note
