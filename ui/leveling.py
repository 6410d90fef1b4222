"""Keeping paragraph rows level when the two sides of a row wrap differently.

Filler rows (:mod:`ui.rendering`) give both documents the same paragraphs in the
same block numbers. With word wrap on, a paragraph the copy changed can still wrap
to more lines than the original's. The :class:`RowLeveler` looks at exactly those
rows, as the panes lay them out at their current width and font, and ends the
shorter paragraph with *pads* (line separators, one empty line each) so that both
take the same height. Pads are view-only: :class:`~ui.rendering.PaneRender` maps
them out of every offset and of copied text.

It works in slices on the GUI thread (layout needs the widget's width and font),
keeps the rows at the top of the view where they were, and runs again when the
width or the font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from .rendering import PAD, PaneRender

#: rows measured per turn of the event loop (each costs a paragraph layout per side)
ROWS_PER_SLICE = 200


class RowLeveler(QObject):
    """Pads the shorter side of each changed row of two panes."""

    #: every changed row has been levelled at the current width
    leveled = Signal()

    def __init__(self, original_view, copy_view, keep_place, parent=None) -> None:
        super().__init__(parent)
        self.views = (original_view, copy_view)
        self._keep_place = keep_place  # a callable: run a function, keeping the scroll place
        self._rows: list[tuple[int, int, int]] = []
        self._next = 0
        self._renders: tuple[PaneRender, PaneRender] | None = None
        self._width = (-1, -1.0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._slice)
        self.busy = False

    def start(self, rows) -> None:
        """Level these rows of what the views show now: (row, base end on each side)."""
        a, b = (view.render for view in self.views)
        if a is None or b is None:
            self._renders = None
            self.busy = False
            return
        self._renders = (a, b)
        self._rows = rows
        self._next = 0
        self._width = self._current_width()
        self.busy = True
        self._timer.start(0)

    def settled(self) -> bool:
        """Every row is levelled for the views' current width and font."""
        return not self.busy and (self._renders is None or self._current_width() == self._width)

    def restart_if_resized(self) -> None:
        """The views changed size or font: level again if the text width changed."""
        if self._renders is None or self._current_width() == self._width:
            return
        self.start(self._rows)

    def _current_width(self) -> tuple[int, float]:
        view = self.views[0]
        return view.viewport().width(), view.font().pointSizeF()

    def _slice(self) -> None:
        if self._renders is None:
            return
        a, b = self._renders
        if tuple(view.render for view in self.views) != (a, b):
            self.busy = False
            return  # other documents are shown now
        end = min(len(self._rows), self._next + ROWS_PER_SLICE)
        rows = self._rows[self._next : end]
        self._next = end
        self._keep_place(lambda: self._level(rows, a, b))
        if self._next < len(self._rows):
            self._timer.start(0)
        else:
            self.busy = False
            self.leveled.emit()

    def _level(self, rows: list[tuple[int, int, int]], a: PaneRender, b: PaneRender) -> None:
        """Measure each row on both sides and pad the shorter one (rows in order)."""
        pads = (a.pads(), b.pads())
        changed = False
        for row, *base_ends in rows:
            lines = []
            for side, render in enumerate((a, b)):
                block = render.document.findBlockByNumber(row)
                if not block.isValid():
                    break
                render.document.documentLayout().blockBoundingRect(block)  # lays it out
                lines.append(block.layout().lineCount() - pads[side].get(row, (0, 0))[1])
            if len(lines) != 2:
                continue
            target = max(lines)
            for side, render in enumerate((a, b)):
                want = target - lines[side]
                have = pads[side].get(row, (0, 0))[1]
                if want == have:
                    continue
                block = render.document.findBlockByNumber(row)
                block_end = block.position() + block.length() - 1
                cursor = QTextCursor(render.document)
                cursor.setPosition(block_end)
                if have:
                    cursor.setPosition(block_end - have, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                if want:
                    cursor.insertText(PAD * want)
                pads[side][row] = (base_ends[side], want)
                changed = True
        if changed:
            a.set_pads(pads[0])
            b.set_pads(pads[1])
