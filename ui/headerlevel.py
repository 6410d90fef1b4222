"""Both pane headers one height, so both texts start level, whatever is laid out when.

A warning line in one header (undecodable bytes, low confidence) wraps at the pane's
width and would push that pane's text down, breaking the row-for-row levelling of the
two panes. Each header is therefore given the height of the taller one's need.

The need of a header depends on its width, and the two panes get their new widths one
after the other in the splitter's pass: measured in the middle of that pass (from a
view's resize), the other header's width is stale, and a height set then reaches the
other pane only through a layout request Qt may already consider handled. So the
height is decided once the pass is over (a coalesced zero-time timer, after every
resize or layout request of either header, every resize of either view and every new
document), is set as the header's fixed height (a layout can give it nothing else), and
a pane whose header is not at that height yet is laid out at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from .panes import Pane


class HeaderLeveler(QObject):
    """Keeps the headers of ``panes`` one height (see the module docstring)."""

    def __init__(self, panes: list[Pane], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = panes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.level)
        for pane in panes:
            pane.header.installEventFilter(self)
            pane.view.resized.connect(self.schedule)

    def schedule(self) -> None:
        """Level once the current layout pass is over (many calls, one levelling)."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._timer.start()
        return False

    def level(self) -> None:
        """Both headers at the taller need, each measured at its own width."""
        height = max(pane.header.natural_height() for pane in self._panes)
        for pane in self._panes:
            header = pane.header
            if header.minimumHeight() != height or header.maximumHeight() != height:
                header.setFixedHeight(height)
        for pane in self._panes:
            if pane.header.isVisible() and pane.header.height() != height:
                # the pane's layout has not run since: run it now, not on a request
                # that may never come
                layout = pane.layout()
                layout.invalidate()
                layout.activate()
