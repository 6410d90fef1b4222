"""One look per category: the window and the reports draw each category alike.

The colours are read back from what each medium produced — the pane documents'
character formats and the HTML report's style sheet — not from the shared table
alone, so a medium that stops following the table fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

import compare
from compare import Category
from compare.report import ReportOptions
from compare.report.html import render_html
from compare.report.style import CATEGORY_LOOKS, Cue
from ui.pdf import add_category_cues
from ui.rendering import render_comparison
from ui.theme import Theme

PARAGRAPH = "This paragraph is long enough to count as moved text in the comparison."

#: the underline each cue gives in the window (and in the PDF)
UNDERLINES = {
    Cue.WAVY: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Cue.DOTTED: QTextCharFormat.UnderlineStyle.DotLine,
    Cue.DASHED: QTextCharFormat.UnderlineStyle.DashUnderline,
}


def _comparisons(sample_pair):
    a, b = (compare.load_path(p) for p in sample_pair)
    moved = compare.compare(
        compare.load_text(f"{PARAGRAPH}\n\nMiddle one.\n\nEnd one.\n", label="a"),
        compare.load_text(f"Middle one.\n\nEnd one.\n\n{PARAGRAPH}\n", label="b"),
    )
    return [compare.compare(a, b), moved]


def _css_colours(style: str, selector: str) -> set[str]:
    rules = ";".join(re.findall(rf"(?:^|\n|\}}){re.escape(selector)}\{{([^}}]*)\}}", style))
    return {c.lower() for c in re.findall(r"#[0-9A-Fa-f]{6}", rules)}


def _pane_formats(render, ranges) -> list[QTextCharFormat]:
    start, end = ranges
    formats = []
    for position in range(start + 1, end + 1):
        if render.document.characterAt(position - 1) == "\N{PARAGRAPH SEPARATOR}":
            continue  # a line break: the block's end, not highlighted text
        cursor = QTextCursor(render.document)
        cursor.setPosition(position)
        formats.append(cursor.charFormat())
    return formats


def _background(fmt: QTextCharFormat) -> str:
    brush = fmt.background()
    if not brush.textureImage().isNull():  # the hatch tile: the tint at its corner
        return brush.textureImage().pixelColor(0, 0).name()
    return brush.color().name()


@pytest.mark.parametrize("dark", [False, True])
def test_window_and_html_use_the_same_colours_and_cues(qapp, sample_pair, dark):
    page = render_html(_comparisons(sample_pair)[0], ReportOptions())
    style = page[page.index("<style>") : page.index("</style>")]
    seen: set[Category] = set()
    for comparison in _comparisons(sample_pair):
        rendering = render_comparison(comparison, frozenset(Category), Theme(dark=dark))
        for index, change in enumerate(comparison.changes):
            look = CATEGORY_LOOKS[change.category]
            colours = look.dark if dark else look.light
            css = _css_colours(style, f".c-{change.category.value}")
            for pane in (rendering.original, rendering.copy):
                formats = _pane_formats(pane, pane.change_ranges[index])
                if not formats:
                    continue
                backgrounds = {_background(f) for f in formats}
                assert backgrounds <= {colours.tint.lower(), colours.strong.lower()}, change
                if not dark:  # the report is light: its tint is the window's light tint
                    assert colours.tint.lower() in css
                    assert backgrounds <= css | _css_colours(
                        style, f".c-{change.category.value} .x"
                    )
                underline = UNDERLINES.get(look.cue, QTextCharFormat.UnderlineStyle.NoUnderline)
                assert {f.underlineStyle() for f in formats} == {underline}, change
                if look.cue in UNDERLINES:
                    assert {f.underlineColor().name() for f in formats} == {colours.accent.lower()}
                    if not dark:
                        assert f"underline {look.cue.value} {colours.accent.lower()}" in style.lower()
                seen.add(change.category)
    assert seen == set(Category)  # every category was checked


def test_pdf_gets_the_window_cues_for_each_category(qapp, sample_pair):
    for comparison in _comparisons(sample_pair):
        document = QTextDocument()
        document.setHtml(render_html(comparison, ReportOptions(), qt=True))
        assert add_category_cues(document) > 0
        found: dict[str, set] = {}
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                category = fmt.property(QTextCharFormat.Property.UserProperty)
                if category:
                    found.setdefault(category, set()).add(
                        (fmt.underlineStyle(), fmt.underlineColor().name())
                    )
                it += 1
            block = block.next()
        # the legend shows every category, so every category's cue is in the PDF
        assert set(found) == {c.value for c in Category}
        for category, look in CATEGORY_LOOKS.items():
            if look.cue in UNDERLINES:
                assert (UNDERLINES[look.cue], look.light.accent.lower()) in found[category.value]


def test_light_tints_keep_text_readable():
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    for look in CATEGORY_LOOKS.values():
        assert contrast("#1B1B1B", look.light.tint) >= 7, look.label
        assert contrast("#1B1B1B", look.light.strong) >= 4.5, look.label
        assert contrast("#E6E6E6", look.dark.tint) >= 7, look.label
        assert contrast("#E6E6E6", look.dark.strong) >= 4.5, look.label
    tints = [look.light.tint for look in CATEGORY_LOOKS.values()]
    assert len(set(tints)) == len(tints)
