"""Report formats the window can export, suggested file names, atomic writing.

Formats come from the one registry in :mod:`ui.formats` (the engine's presenters
plus PDF), which the command line uses as well.
"""

from __future__ import annotations

import re
from pathlib import Path

from compare import Comparison
from compare.report.files import same_file, write_atomic

from .formats import ReportFormat, report_formats

#: what the window exports: the one registry of formats (also the CLI's --format)
ExportFormat = ReportFormat


def available_formats() -> list[ReportFormat]:
    return list(report_formats())


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
