"""The overview strip: where the changes are in the whole text; click to jump."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from compare import Category

from .theme import Theme


class OverviewStrip(QWidget):
    """A narrow bar: one mark per change at its height in the document."""

    change_clicked = Signal(int)  # change index
    fraction_clicked = Signal(float)  # no change near: scroll there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(self.tr("Overview of changes"))
        self.setAccessibleDescription(
            self.tr("Marks where the changes are; click one to go to it")
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._marks: list[tuple[float, float, Category, bool, int]] = []
        self._current: int | None = None
        self._visible: tuple[float, float] = (0.0, 1.0)
        self._theme = Theme()
        self._cache: QImage | None = None  # the marks, drawn once per size and data
        # when the whole document fits in the view: each mark's (y, height) in this
        # strip's pixels, level with its text, and the document's (top, bottom)
        self._exact: list[tuple[float, float]] | None = None
        self._exact_range: tuple[float, float] = (0.0, 0.0)

    def sizeHint(self) -> QSize:
        width = max(12, self.fontMetrics().height())
        return QSize(width, 100)

    def set_marks(self, rows, categories, enabled, total_rows: int, theme: Theme) -> None:
        """rows[i], categories[i] of each change; enabled: the categories shown."""
        total = max(1, total_rows)
        self._marks = [
            (row / total, 1 / total, category, category in enabled, i)
            for i, (row, category) in enumerate(zip(rows, categories, strict=True))
        ]
        self._theme = theme
        self._exact = None  # the window places them again for the new marks
        self._cache = None
        self.update()

    def set_exact_positions(
        self, positions: list[tuple[float, float]] | None, document: tuple[float, float] = (0.0, 0.0)
    ) -> None:
        """Place marks at these (y, height) strip pixels, or proportionally (None).

        A document shorter than its view fills only the top of the pane: spreading its
        changes over the whole strip would put each mark beside some other paragraph.
        ``document`` is the (top, bottom) of the text, shaded as the visible part.
        """
        if positions is not None and len(positions) != len(self._marks):
            positions = None
        if positions == self._exact and (positions is None or document == self._exact_range):
            return
        self._exact = positions
        self._exact_range = document
        self._cache = None
        self.update()

    def mark_rect(self, index: int) -> tuple[float, float]:
        """(y, height) of change ``index``'s mark in this strip's pixels."""
        if self._exact is not None:
            y, h = self._exact[index]
            return y, max(3.0, h)
        fraction, span, _category, _on, _index = self._marks[index]
        return self._y(fraction), max(3.0, span * self.height())

    def set_current(self, index: int | None) -> None:
        self._current = index
        self.update()

    def set_visible_range(self, top: float, bottom: float) -> None:
        self._visible = (top, bottom)
        self.update()

    def _y(self, fraction: float) -> float:
        return fraction * max(1, self.height() - 2) + 1

    def _marks_image(self) -> QImage:
        """All marks drawn once (a comparison can have tens of thousands of changes)."""
        ratio = self.devicePixelRatioF() or 1.0
        size = self.size()
        if (
            self._cache is not None
            and self._cache.deviceIndependentSize().toSize() == size
            and self._cache.devicePixelRatio() == ratio
        ):
            return self._cache
        image = QImage(
            max(1, int(size.width() * ratio)),
            max(1, int(size.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        width = size.width()
        colors = {}
        for category, on, index in ((m[2], m[3], m[4]) for m in self._marks):
            key = (category, on)
            color = colors.get(key)
            if color is None:
                color = self._theme.accent(category)
                if not on:
                    color.setAlpha(60)
                colors[key] = color
            y, h = self.mark_rect(index)
            painter.fillRect(QRectF(2, y, width - 4, h), color)
        painter.end()
        self._cache = image
        return image

    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        if self._exact is not None:
            top_y, bottom_y = self._exact_range
        else:
            top, bottom = self._visible
            top_y, bottom_y = self._y(top), self._y(bottom)
        shade = QColor(palette.color(QPalette.ColorRole.Text))
        shade.setAlpha(30)
        painter.fillRect(QRectF(0, top_y, self.width(), max(2.0, bottom_y - top_y)), shade)
        painter.drawImage(0, 0, self._marks_image())
        width = self.width()
        if self._current is not None and self._current < len(self._marks):
            y, h = self.mark_rect(self._current)
            pen = QPen(palette.color(QPalette.ColorRole.Text), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(1, y - 2, width - 2, h + 4))
        painter.end()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        click_y = event.position().y()
        if self._exact is not None:
            top, bottom = self._exact_range
            fraction = min(1.0, max(0.0, (click_y - top) / max(1.0, bottom - top)))
        else:
            fraction = min(1.0, max(0.0, (click_y - 1) / max(1, self.height() - 2)))
        tolerance = max(4.0, self.fontMetrics().height() / 2)
        best, best_distance = None, None
        for _fraction, _size, _category, on, index in self._marks:
            if not on:
                continue
            y, h = self.mark_rect(index)
            distance = 0.0 if y <= click_y <= y + h else min(abs(click_y - y), abs(click_y - y - h))
            if best_distance is None or distance < best_distance:
                best, best_distance = index, distance
        if best is not None and best_distance is not None and best_distance <= tolerance:
            self.change_clicked.emit(best)
        else:
            self.fraction_clicked.emit(fraction)
        event.accept()
