"""Report formats the window can export, suggested file names, atomic writing.

Formats are the engine's presenter registry plus PDF from :mod:`ui.pdf` (when it
is there: it is looked up each time, so it appears as soon as it is installed).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from compare import Comparison
from compare.report import PRESENTERS, ReportOptions
from compare.report.files import same_file, write_atomic

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
class ExportFormat:
    name: str
    suffix: str
    description: str
    #: comparison, options -> bytes to write
    render: Callable[[Comparison, ReportOptions], bytes]
    #: must run on the GUI thread (PDF draws with Qt)
    gui_thread: bool = False

    @property
    def file_filter(self) -> str:
        """``HTML report (*.html)``: one entry of a file dialog's type list."""
        return f"{FILTER_NAMES.get(self.name, self.name.upper())} (*{self.suffix})"


def available_formats() -> list[ExportFormat]:
    formats = [
        ExportFormat(
            p.name,
            p.suffix,
            p.description,
            (lambda c, o, p=p: p.render(c, o).encode("utf-8")),
        )
        for p in PRESENTERS.values()
    ]
    pdf = pdf_renderer()
    if pdf is not None:
        # Qt paints PDFs in any thread (QPdfWriter, like QImage and QPrinter), so PDF is
        # written off the GUI thread as well
        formats.append(ExportFormat("pdf", ".pdf", "PDF document, for printing or sending", pdf))
    return formats


def pdf_renderer() -> Callable[[Comparison, ReportOptions], bytes] | None:
    try:
        module = importlib.import_module("ui.pdf")
    except ImportError:
        return None
    render = getattr(module, "render_pdf", None)
    return render if callable(render) else None


def _stem(path: str | None, label: str) -> str:
    raw = Path(path).stem if path else label
    cleaned = re.sub(r"[^\w.-]+", "-", raw, flags=re.UNICODE).strip("-.")
    return cleaned or "text"


def suggested_name(comparison: Comparison, suffix: str) -> str:
    """``original-vs-copy.html`` from the two files' names."""
    a = _stem(comparison.original.path, comparison.original.label)
    b = _stem(comparison.copy.path, comparison.copy.label)
    return f"{a}-vs-{b}{suffix}"


class ExportRefused(Exception):
    """The target is one of the inputs (never written over) or a folder."""


def check_target(target: Path, comparison: Comparison) -> None:
    for doc in (comparison.original, comparison.copy):
        if doc.path and same_file(doc.path, target):
            raise ExportRefused(f"{target.name}: is an input file; it is never written over")
    if target.is_dir():
        raise ExportRefused(f"{target}: is a folder")


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it into place."""
    write_atomic(target, data)
