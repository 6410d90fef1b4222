"""PDF reports: our HTML report laid out by Qt's rich-text engine.

Used by ``mirrordiff-export --format pdf`` and the window's export. Needs Qt, so it
lives in ``ui``; when no Qt application exists yet (the command line), an offscreen
``QGuiApplication`` is created for the layout.

Qt's rich text reads the categories' tints from the page's CSS but not wavy,
dotted or dashed underlines or hatching; :func:`add_category_cues` finds the
highlighted text by its tint and gives it the window's light-theme format (same
table, :data:`compare.report.style.CATEGORY_LOOKS`), so the PDF looks like the
window and the HTML report.
"""

from __future__ import annotations

import os

from compare.model import Comparison
from compare.report import ReportOptions
from compare.report._common import TOOL_NAME, TOOL_VERSION
from compare.report.html import render_html
from compare.report.style import CATEGORY_LOOKS

#: page margins, millimetres
MARGIN_MM = 12.0

#: the QGuiApplication we made, kept alive for the life of the process
_APP = None


def _ensure_application() -> None:
    global _APP
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # headless: lay out text without a display
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication([TOOL_NAME])


def add_category_cues(document) -> int:
    """Give every highlighted fragment its category's full format; how many were found."""
    from PySide6.QtGui import QTextCursor

    from .theme import Level, Theme

    theme = Theme(dark=False)
    by_tint = {}
    for category, look in CATEGORY_LOOKS.items():
        by_tint[look.light.tint.lower()] = theme.change_format(category, Level.NORMAL)
        by_tint[look.light.strong.lower()] = theme.change_format(category, Level.STRONG)
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = by_tint.get(fragment.charFormat().background().color().name())
                brush = fragment.charFormat().background()
                if fmt is not None and brush.style().name == "SolidPattern":
                    found.append((fragment.position(), fragment.length(), fmt))
            it += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, fmt in found:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    return len(found)


def render_pdf(comparison: Comparison, report_options: ReportOptions | None = None) -> bytes:
    """The comparison as a PDF document (A4), made from the HTML report."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_application()
    options = report_options or ReportOptions()
    document = QTextDocument()
    document.setHtml(render_html(comparison, options, qt=True))
    add_category_cues(document)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setResolution(150)
    writer.setTitle(f"{comparison.copy.label} compared with {comparison.original.label}")
    writer.setCreator(f"{TOOL_NAME} {TOOL_VERSION}")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())
