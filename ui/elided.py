"""A one-line label that gives way: with less room than its text needs, it shows the
text cut with an ellipsis instead of pushing into (or under) its neighbours.

The pane headers' labels (encoding method, language, line breaks, file name) share a
row with a combo box; in a narrow window the row is narrower than the labels' text,
and plain labels, which cannot shrink below their text, were laid over each other
("valid UTF- English (e LF"). An :class:`ElidedLabel` can shrink to an ellipsis; its
text stays whole (``text()``, accessibility) and the whole text is in its tooltip
while it is cut — as plain text (:func:`plain_tooltip`): a file name is never markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt guesses whether a tooltip is rich text (Qt::mightBeRichText); a file name or a
    charset label from a file such as ``<b>x</b>`` would be rendered as markup.
    Escaped text inside an explicit rich-text paragraph is always shown as written.
    """
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class ElidedLabel(QLabel):
    """Plain one-line text, elided (right or middle) to the width it is given."""

    def __init__(
        self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight
    ) -> None:
        super().__init__("", parent)
        self.mode = mode
        self._tip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # -- sizes: as wide as the text when there is room, down to an ellipsis when not

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.text():
            return QSize(0, hint.height())
        return QSize(self.fontMetrics().horizontalAdvance("\N{HORIZONTAL ELLIPSIS}") + 2, hint.height())

    def shown_text(self) -> str:
        """The text as drawn at the label's width."""
        return self.fontMetrics().elidedText(self.text(), self.mode, max(0, self.contentsRect().width()))

    def is_cut(self) -> bool:
        return self.shown_text() != self.text()

    # -- the tooltip names the whole text while it is cut

    def setText(self, text: str) -> None:
        super().setText(text)
        self._show_tip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._show_tip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_tip()

    def _show_tip(self) -> None:
        """The tooltip set (made by :func:`plain_tooltip`), led by the whole text while
        it is cut and the tooltip does not hold it already."""
        whole = self.text()
        tip = self._tip
        if whole and self.is_cut() and html.escape(whole) not in tip:
            tip = plain_tooltip(whole) + tip
        QLabel.setToolTip(self, tip)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        align = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            align,
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()


__all__ = ["ElidedLabel", "plain_tooltip"]
