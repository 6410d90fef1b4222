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


def aligned_layout(
    comparison: Comparison,
    enabled: frozenset[Category],
    cancelled: Callable[[], bool] | None = None,
) -> tuple[_PaneBuilder, _PaneBuilder, list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Both sides' pieces, each change's row, and each aligned paragraph's range per
    side (to level the wrapped rows of every pair, not only of changes)."""
    a_text, b_text = comparison.original.text, comparison.copy.text
    a, b = _PaneBuilder(a_text), _PaneBuilder(b_text)
    changes = comparison.changes
    ranges: dict[str, list[tuple[int, int] | None]] = {
        "original": [None] * len(changes),
        "copy": [None] * len(changes),
    }
    rows = [0] * len(changes)
    paragraphs_a: list[tuple[int, int]] = []
    paragraphs_b: list[tuple[int, int]] = []
    paragraph_end_a = paragraph_end_b = 0
    at = {"original": 0, "copy": 0}
    builders = {"original": a, "copy": b}
    texts = {"original": a_text, "copy": b_text}
    last: tuple[Category | None, bool] = (None, True)

    def pad() -> tuple[str, int, int] | None:
        """Level the rows; the side padded, where its filler starts, how many rows."""
        if a.lines == b.lines:
            return None
        side = "original" if a.lines < b.lines else "copy"
        short = builders[side]
        count = abs(a.lines - b.lines)
        start = short.length
        short.fill(count, at[side], *last)
        return side, start, count

    # facts that did not survive, shown like the words of an edit (the facts panel
    # and its F8 say which and why); spans of one side, sorted, never overlapping
    fact_spans: dict[str, list[tuple[int, int]]] = {"original": [], "copy": []}
    for fact in comparison.drifted_facts:
        for side in ("original", "copy"):
            span = getattr(fact, side)
            if span is not None and not span.empty:
                fact_spans[side].append((span.start, span.end))
    for spans in fact_spans.values():
        spans.sort()

    def add_plain(side: str, start: int, end: int) -> None:
        """Unchanged text, its drifted facts marked as edited words."""
        builder, text = builders[side], texts[side]
        style = (Category.EDIT, Level.NORMAL if Category.EDIT in enabled else Level.DIM)
        pos = start
        for f0, f1 in fact_spans[side]:
            if f0 < pos or f1 > end:
                continue
            builder.add(text[pos:f0], _PLAIN)
            builder.add(text[f0:f1], style)
            pos = f1
        builder.add(text[pos:end], _PLAIN)

    def add_span(side: str, start: int, end: int) -> None:
        """Text ``[start, end)`` of one side, its changes highlighted."""
        nonlocal last
        builder = builders[side]
        pos = start
        for index, change in enumerate(changes):
            span = getattr(change, side)
            if span.empty or span.start < pos or span.end > end:
                continue
            add_plain(side, pos, span.start)
            on = change.category in enabled
            level = Level.NORMAL if on else Level.DIM
            rows[index] = builder.lines
            begin = builder.length
            builder.add(span.text, (change.category, level))
            ranges[side][index] = (begin, builder.length)
            last = (change.category, on)
            pos = span.end
        add_plain(side, pos, end)
        at[side] = end

    def next_start(side: str, pos: int) -> int:
        """Where the next paragraph of a side starts (past the blank lines)."""
        text = texts[side]
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    for n, pair in enumerate(comparison.alignment):
        if cancelled is not None and n % 512 == 0 and cancelled():
            from compare import Cancelled

            raise Cancelled("display cancelled")
        pad()  # both paragraphs of a pair start on the same row
        starts = {"original": a.length, "copy": b.length}
        for side in ("original", "copy"):
            span = getattr(pair, side)
            if span is not None:
                add_span(side, at[side], span.start)
                starts[side] = builders[side].length
                add_span(side, span.start, span.end)
                ends = builders[side].length
                add_span(side, span.end, next_start(side, span.end))
                if side == "original":
                    paragraph_end_a = ends
                else:
                    paragraph_end_b = ends
        if pair.original is not None and pair.copy is not None:
            paragraphs_a.append((starts["original"], paragraph_end_a))
            paragraphs_b.append((starts["copy"], paragraph_end_b))
            continue
        # a paragraph without partner: the filler rows opposite are its change's
        lonely = "original" if pair.original is not None else "copy"
        other = "copy" if lonely == "original" else "original"
        index = next(
            (i for i, r in enumerate(ranges[lonely]) if r is not None and r[0] == starts[lonely]),
            None,
        )
        padded = pad()
        if index is not None:
            if padded is not None and padded[0] == other:
                ranges[other][index] = (padded[1], padded[1] + padded[2])
            else:
                here = builders[other].length
                ranges[other][index] = (here, here)
    for side in ("original", "copy"):
        add_span(side, at[side], len(texts[side]))
    pad()
    for side, builder in builders.items():
        builder.ranges = [r if r is not None else (builder.length, builder.length) for r in ranges[side]]
    return a, b, rows, paragraphs_a, paragraphs_b
