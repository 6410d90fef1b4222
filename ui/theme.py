"""How each category looks in the window, in light and dark: text formats, brushes.

The colours and cues come from :data:`compare.report.style.CATEGORY_LOOKS`, the
table the HTML report and the PDF use too, so a category looks the same
everywhere: boilerplate grey hatched, corruption vermillion with a wavy underline,
typography blue with a dotted underline, edit a yellow highlighter, moved bluish
green with a dashed underline; the exact characters that differ are bold on the
strong tint.

Formats are plain value objects (QTextCharFormat, QBrush), safe to build in the
worker thread that builds the documents.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPalette,
    QTextCharFormat,
)

from compare import Category
from compare.report.style import CATEGORY_LOOKS, CategoryLook, Cue, palette


class Level(enum.StrEnum):
    """How strongly a piece of text is highlighted."""

    NORMAL = "normal"  # the change
    STRONG = "strong"  # the exact characters that differ inside it (Change.details)
    DIM = "dim"  # a change of a category toggled off


#: the window's underline for each non-colour cue (boilerplate's hatching is a brush)
CUE_UNDERLINES: dict[Cue, QTextCharFormat.UnderlineStyle] = {
    Cue.HATCHED: QTextCharFormat.UnderlineStyle.NoUnderline,
    Cue.WAVY: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Cue.DOTTED: QTextCharFormat.UnderlineStyle.DotLine,
    Cue.SOLID: QTextCharFormat.UnderlineStyle.NoUnderline,
    Cue.DASHED: QTextCharFormat.UnderlineStyle.DashUnderline,
}


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    """A category's look (from the shared table) with its Qt underline style."""

    look: CategoryLook

    @property
    def label(self) -> str:  # legend text (translated by the window)
        return self.look.label

    @property
    def shown_as(self) -> str:
        return self.look.shown_as

    @property
    def underline(self) -> QTextCharFormat.UnderlineStyle:
        return CUE_UNDERLINES[self.look.cue]

    @property
    def hatched(self) -> bool:
        return self.look.cue is Cue.HATCHED


#: one style per category, in legend order
CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    category: CategoryStyle(look) for category, look in CATEGORY_LOOKS.items()
}

#: the look of invisible characters made visible (a marker stands in for them)
MARKER_LIGHT = ("#6B6B6B", "#E6E6E6")  # foreground, background
MARKER_DARK = ("#C8C8C8", "#3A3A3A")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window is dark: the system colour scheme, else the palette."""
    app = QGuiApplication.instance()
    if app is not None and palette is None:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
        palette = QGuiApplication.palette()
    if palette is None:
        return False
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for styles that do not bring one (Fusion on a bare X server)."""
    p = QPalette()
    window, base, text = QColor("#2B2B2B"), QColor("#1E1E1E"), QColor("#E6E6E6")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#262626"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#353535"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#3A3A3A"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#3D6FA5"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9A9A9A"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#7FB6F0"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#4A4A4A"))
    disabled = QColor("#7A7A7A")
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#353535"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


@dataclass(frozen=True, slots=True)
class Theme:
    """Everything the document builder needs to know about colours (a value object)."""

    dark: bool = False

    def tint(self, category: Category, strong: bool = False) -> QColor:
        colors = palette(category, self.dark)
        return QColor(colors.strong if strong else colors.tint)

    def accent(self, category: Category) -> QColor:
        return QColor(palette(category, self.dark).accent)

    def dim_text(self) -> QColor:
        return QColor("#8A8A8A") if self.dark else QColor("#8C8C8C")

    def background_brush(self, category: Category, level: Level) -> QBrush:
        style = CATEGORY_STYLES[category]
        if level is Level.DIM:
            color = self.tint(category)
            color.setAlpha(70)
            return QBrush(color)
        if style.hatched and level is Level.NORMAL:
            return QBrush(self._hatch(self.tint(category), self.accent(category)))
        return QBrush(self.tint(category, strong=level is Level.STRONG))

    @staticmethod
    def _hatch(tint: QColor, line: QColor) -> QImage:
        """A small tile: the tint with a diagonal line (QImage: usable in any thread)."""
        size = 8
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(tint)
        line = QColor(line)
        line.setAlpha(200)
        for i in range(size):
            image.setPixelColor(size - 1 - i, i, line)
        return image

    def filler_brush(self, category: Category, enabled: bool) -> QBrush:
        """Block background of the blank lines that stand opposite an insertion."""
        color = self.accent(category)
        color.setAlpha((70 if self.dark else 60) if enabled else 25)
        return QBrush(color, Qt.BrushStyle.BDiagPattern)

    def change_format(self, category: Category, level: Level) -> QTextCharFormat:
        style = CATEGORY_STYLES[category]
        fmt = QTextCharFormat()
        fmt.setBackground(self.background_brush(category, level))
        if style.underline is not QTextCharFormat.UnderlineStyle.NoUnderline:
            fmt.setUnderlineStyle(style.underline)
            underline = self.accent(category) if level is not Level.DIM else self.dim_text()
            fmt.setUnderlineColor(underline)
        if level is Level.DIM:
            fmt.setForeground(QBrush(self.dim_text()))
        if level is Level.STRONG:
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextCharFormat.Property.UserProperty, category.value)
        return fmt

    def marker_format(self, base: QTextCharFormat | None) -> QTextCharFormat:
        fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
        fg, bg = MARKER_DARK if self.dark else MARKER_LIGHT
        fmt.setForeground(QBrush(QColor(fg)))
        if base is None or base.background().style() == Qt.BrushStyle.NoBrush:
            fmt.setBackground(QBrush(QColor(bg)))
        fmt.setFontWeight(QFont.Weight.Bold)
        return fmt
