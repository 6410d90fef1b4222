"""How each category looks, in light and dark: colours, text formats, legend swatches.

Colours are from the Okabe-Ito palette (distinguishable with the common colour
vision deficiencies), and every category has a second, non-colour cue:

* boilerplate — grey, hatched background (text the copy wrapped around the article);
* corruption  — red wavy underline, broken characters in a strong box;
* typography  — dotted underline;
* edit        — plain tinted box, changed words bold in the strong tint;
* moved       — dashed underline and italic.

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


class Level(enum.StrEnum):
    """How strongly a piece of text is highlighted."""

    NORMAL = "normal"  # the change
    STRONG = "strong"  # the exact characters that differ inside it (Change.details)
    DIM = "dim"  # a change of a category toggled off


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    label: str  # legend text (translated by the window)
    accent: str  # the Okabe-Ito colour: underline, overview mark, swatch border
    light_tint: str
    light_strong: str
    dark_tint: str
    dark_strong: str
    underline: QTextCharFormat.UnderlineStyle
    hatched: bool = False
    italic: bool = False


#: one style per category, in legend order
CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    Category.BOILERPLATE: CategoryStyle(
        "Boilerplate", "#7A7A7A", "#E6E6E6", "#C8C8C8", "#3A3A3A", "#555555",
        QTextCharFormat.UnderlineStyle.NoUnderline, hatched=True,
    ),
    Category.CORRUPTION: CategoryStyle(
        "Corruption", "#D55E00", "#F9C8A6", "#EE8F55", "#6E3410", "#A34A12",
        QTextCharFormat.UnderlineStyle.WaveUnderline,
    ),
    Category.TYPOGRAPHY: CategoryStyle(
        "Typography", "#B8A800", "#F6EE8E", "#E6D431", "#5C5414", "#857B1A",
        QTextCharFormat.UnderlineStyle.DotLine,
    ),
    Category.EDIT: CategoryStyle(
        "Edit", "#0072B2", "#BCDCF2", "#7DB8E3", "#1A4A75", "#2567A3",
        QTextCharFormat.UnderlineStyle.NoUnderline,
    ),
    Category.MOVED: CategoryStyle(
        "Moved", "#CC79A7", "#EFC8DE", "#E0A0C4", "#5E2D50", "#864573",
        QTextCharFormat.UnderlineStyle.DashUnderline, italic=True,
    ),
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
        style = CATEGORY_STYLES[category]
        if self.dark:
            return QColor(style.dark_strong if strong else style.dark_tint)
        return QColor(style.light_strong if strong else style.light_tint)

    def accent(self, category: Category) -> QColor:
        color = QColor(CATEGORY_STYLES[category].accent)
        return color.lighter(125) if self.dark else color

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
        if style.italic and level is not Level.DIM:
            fmt.setFontItalic(True)
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
