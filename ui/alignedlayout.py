"""Translation mode in the panes: aligned paragraph pairs side by side, level.

The same builders as the same-language layout (:mod:`ui.rendering`), fed from the
comparison's ``alignment`` instead of its equal runs: each pair of paragraphs starts
on the same row (blank filler rows on the shorter side), a paragraph without partner
stands opposite hatched filler that belongs to its "missing"/"added" change, and
damaged characters inside a paragraph are highlighted as usual. No word diff is
shown: the two texts are in different languages.
"""

from __future__ import annotations

from collections.abc import Callable

from compare import Category, Comparison

from .rendering import _PLAIN, _PaneBuilder
from .theme import Level

SIDES = ("original", "copy")


class _AlignedPanes:
    """Both panes' builders, filled one aligned pair at a time."""

    def __init__(self, comparison: Comparison, enabled: frozenset[Category]) -> None:
        self.enabled = enabled
        self.changes = comparison.changes
        self.texts = {"original": comparison.original.text, "copy": comparison.copy.text}
        self.builders = {side: _PaneBuilder(self.texts[side]) for side in SIDES}
        self.ranges: dict[str, list[tuple[int, int] | None]] = {
            side: [None] * len(self.changes) for side in SIDES
        }
        self.rows = [0] * len(self.changes)
        self.paragraphs: dict[str, list[tuple[int, int]]] = {side: [] for side in SIDES}
        self.at = {side: 0 for side in SIDES}  # engine offset reached on each side
        self.last: tuple[Category | None, bool] = (None, True)
        # facts that did not survive, shown like the words of an edit (the facts panel
        # and its F8 say which and why); spans of one side, sorted
        self.facts: dict[str, list[tuple[int, int]]] = {side: [] for side in SIDES}
        for fact in comparison.drifted_facts:
            for side in SIDES:
                span = getattr(fact, side)
                if span is not None and not span.empty:
                    self.facts[side].append((span.start, span.end))
        for spans in self.facts.values():
            spans.sort()

    def pad(self) -> tuple[str, int, int] | None:
        """Level the rows; the side padded, where its filler starts, how many rows."""
        a, b = self.builders["original"], self.builders["copy"]
        if a.lines == b.lines:
            return None
        side = "original" if a.lines < b.lines else "copy"
        short = self.builders[side]
        start, count = short.length, abs(a.lines - b.lines)
        short.fill(count, self.at[side], *self.last)
        return side, start, count

    def add_plain(self, side: str, start: int, end: int) -> None:
        """Unchanged text, its drifted facts marked as edited words."""
        builder, text = self.builders[side], self.texts[side]
        style = (Category.EDIT, Level.NORMAL if Category.EDIT in self.enabled else Level.DIM)
        pos = start
        for f0, f1 in self.facts[side]:
            if f0 < pos or f1 > end:
                continue
            builder.add(text[pos:f0], _PLAIN)
            builder.add(text[f0:f1], style)
            pos = f1
        builder.add(text[pos:end], _PLAIN)

    def add_span(self, side: str, start: int, end: int) -> None:
        """Text ``[start, end)`` of one side, its changes highlighted."""
        builder = self.builders[side]
        pos = start
        for index, change in enumerate(self.changes):
            span = getattr(change, side)
            if span.empty or span.start < pos or span.end > end:
                continue
            self.add_plain(side, pos, span.start)
            on = change.category in self.enabled
            self.rows[index] = builder.lines
            begin = builder.length
            builder.add(span.text, (change.category, Level.NORMAL if on else Level.DIM))
            self.ranges[side][index] = (begin, builder.length)
            self.last = (change.category, on)
            pos = span.end
        self.add_plain(side, pos, end)
        self.at[side] = end

    def next_start(self, side: str, pos: int) -> int:
        """Where the next paragraph of a side starts (past the blank lines)."""
        text = self.texts[side]
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    def add_pair(self, pair) -> None:
        """One aligned pair: both paragraphs from the same row, blank lines after them."""
        # rows that level two partners are plain, not hatched like the last change
        # (hatching says "missing" or "added", and these paragraphs have a partner)
        self.last = (None, True)
        self.pad()
        starts = {side: self.builders[side].length for side in SIDES}
        ends = dict(starts)
        for side in SIDES:
            span = getattr(pair, side)
            if span is not None:
                self.add_span(side, self.at[side], span.start)
                starts[side] = self.builders[side].length
                self.add_span(side, span.start, span.end)
                ends[side] = self.builders[side].length
                self.add_span(side, span.end, self.next_start(side, span.end))
        if pair.original is not None and pair.copy is not None:
            for side in SIDES:
                self.paragraphs[side].append((starts[side], ends[side]))
            return
        # a paragraph without partner: the filler rows opposite are its change's; its
        # rows are levelled too (a wrapped line must not stand opposite one filler row)
        lonely = "original" if pair.original is not None else "copy"
        other = "copy" if lonely == "original" else "original"
        self.paragraphs[lonely].append((starts[lonely], ends[lonely]))
        index = next(
            (i for i, r in enumerate(self.ranges[lonely]) if r is not None and r[0] == starts[lonely]),
            None,
        )
        padded = self.pad()
        if index is None:
            return
        if padded is not None and padded[0] == other:
            self.ranges[other][index] = (padded[1], padded[1] + padded[2])
        else:
            here = self.builders[other].length
            self.ranges[other][index] = (here, here)

    def finish(self) -> None:
        for side in SIDES:
            self.add_span(side, self.at[side], len(self.texts[side]))
        self.pad()
        for side, builder in self.builders.items():
            end = (builder.length, builder.length)
            builder.ranges = [r if r is not None else end for r in self.ranges[side]]


def aligned_layout(
    comparison: Comparison,
    enabled: frozenset[Category],
    cancelled: Callable[[], bool] | None = None,
) -> tuple[_PaneBuilder, _PaneBuilder, list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Both sides' pieces, each change's row, and each aligned paragraph's range per
    side (to level the wrapped rows of every pair, not only of changes)."""
    panes = _AlignedPanes(comparison, enabled)
    for n, pair in enumerate(comparison.alignment):
        if cancelled is not None and n % 512 == 0 and cancelled():
            from compare import Cancelled

            raise Cancelled("display cancelled")
        panes.add_pair(pair)
    panes.finish()
    return (
        panes.builders["original"],
        panes.builders["copy"],
        panes.rows,
        panes.paragraphs["original"],
        panes.paragraphs["copy"],
    )
