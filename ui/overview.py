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
        self._cache = None
        self.update()

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
        for fraction, span, category, on, _index in self._marks:
            key = (category, on)
            color = colors.get(key)
            if color is None:
                color = self._theme.accent(category)
                if not on:
                    color.setAlpha(60)
                colors[key] = color
            painter.fillRect(QRectF(2, self._y(fraction), width - 4, max(3.0, span * size.height())), color)
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
        top, bottom = self._visible
        shade = QColor(palette.color(QPalette.ColorRole.Text))
        shade.setAlpha(30)
        painter.fillRect(
            QRectF(0, self._y(top), self.width(), max(2.0, self._y(bottom) - self._y(top))), shade
        )
        painter.drawImage(0, 0, self._marks_image())
        width = self.width()
        if self._current is not None and self._current < len(self._marks):
            fraction, size, _category, _on, _index = self._marks[self._current]
            y = self._y(fraction)
            h = max(3.0, size * self.height())
            pen = QPen(palette.color(QPalette.ColorRole.Text), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(1, y - 2, width - 2, h + 4))
        painter.end()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        fraction = min(1.0, max(0.0, (event.position().y() - 1) / max(1, self.height() - 2)))
        tolerance = max(4.0, self.fontMetrics().height() / 2) / max(1, self.height())
        best, best_distance = None, None
        for mark_fraction, _size, _category, on, index in self._marks:
            if not on:
                continue
            distance = abs(mark_fraction - fraction)
            if best_distance is None or distance < best_distance:
                best, best_distance = index, distance
        if best is not None and best_distance is not None and best_distance <= tolerance:
            self.change_clicked.emit(best)
        else:
            self.fraction_clicked.emit(fraction)
        event.accept()
