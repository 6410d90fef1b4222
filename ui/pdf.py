"""PDF reports: our HTML report laid out by Qt's rich-text engine.

Used by ``mirrordiff-export --format pdf`` and the window's export. Needs Qt, so it
lives in ``ui``; when no Qt application exists yet (the command line), an offscreen
``QGuiApplication`` is created for the layout.
"""

from __future__ import annotations

import os

from compare.model import Comparison
from compare.report import ReportOptions
from compare.report._common import TOOL_NAME, TOOL_VERSION
from compare.report.html import render_html

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


def render_pdf(comparison: Comparison, report_options: ReportOptions | None = None) -> bytes:
    """The comparison as a PDF document (A4), made from the HTML report."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_application()
    options = report_options or ReportOptions()
    document = QTextDocument()
    document.setHtml(render_html(comparison, options, qt=True))

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
