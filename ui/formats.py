"""The one registry of report formats: what the command line offers (``--format``),
what the window's export dialog lists and how each is written, PDF included.

The text formats are the engine's presenters (:data:`compare.report.PRESENTERS`);
PDF is drawn by Qt (:mod:`ui.pdf`), imported only when a PDF is written, so the
command line never loads Qt for the other formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from compare import Comparison
from compare.report import PRESENTERS, ReportOptions

#: the short name a file dialog's type list shows (the presenters' descriptions are
#: sentences, cut off in the dialog's narrow "Files of type" box)
FILTER_NAMES = {
    "html": "HTML report",
    "json": "JSON (mirrordiff/1)",
    "text": "Plain-text report",
    "markdown": "Markdown report",
    "unified": "Unified diff",
    "pdf": "PDF report",
}


@dataclass(frozen=True, slots=True)
class ReportFormat:
    name: str  # the --format value
    suffix: str  # with the dot
    description: str  # one line, for --help and the dialog
    #: comparison, options -> the bytes to write
    render: Callable[[Comparison, ReportOptions], bytes]
    #: drawn with Qt (PySide6 is loaded only to write it; never to a terminal)
    needs_qt: bool = False

    @property
    def file_filter(self) -> str:
        """``HTML report (*.html)``: one entry of a file dialog's type list."""
        return f"{FILTER_NAMES.get(self.name, self.name.upper())} (*{self.suffix})"


def _render_pdf(comparison: Comparison, options: ReportOptions) -> bytes:
    from .pdf import render_pdf  # Qt, only now

    return render_pdf(comparison, options)


#: formats drawn by the window package, after the engine's presenters
QT_FORMATS: tuple[ReportFormat, ...] = (
    ReportFormat("pdf", ".pdf", "PDF document, for printing or sending", _render_pdf, True),
)


def report_formats() -> tuple[ReportFormat, ...]:
    """Every format: the presenters by name, then the Qt-drawn ones."""
    text = tuple(
        ReportFormat(p.name, p.suffix, p.description, p.encoded)
        for p in sorted(PRESENTERS.values(), key=lambda p: p.name)
    )
    return text + QT_FORMATS


def get_format(name: str) -> ReportFormat:
    for found in report_formats():
        if found.name == name:
            return found
    known = ", ".join(f.name for f in report_formats())
    raise KeyError(f"unknown report format {name!r} (known: {known})")
