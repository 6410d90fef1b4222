"""One registry of report formats serves the CLI, the export dialog and PDF."""

from __future__ import annotations

import subprocess
import sys

from compare.report import PRESENTERS
from ui import export
from ui.cli import build_parser
from ui.formats import get_format, report_formats


def test_the_cli_and_the_export_dialog_offer_the_same_formats():
    names = [f.name for f in report_formats()]
    assert set(PRESENTERS) | {"pdf"} == set(names)
    choices = next(a.choices for a in build_parser()._actions if "--format" in a.option_strings)
    assert list(choices) == names
    assert [f.name for f in export.available_formats()] == names
    assert get_format("pdf").needs_qt and get_format("pdf").suffix == ".pdf"
    assert get_format("html").file_filter == "HTML report (*.html)"


def test_the_registry_loads_no_qt():
    code = (
        "import sys, ui.formats, ui.cli; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
