"""PDF reports (ui.pdf): made from the HTML report by Qt, offscreen."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

import compare
from compare.report import ReportOptions
from ui.pdf import render_pdf


@pytest.fixture
def sample_comparison(sample_pair):
    original, copy = sample_pair
    return compare.compare(compare.load_path(original), compare.load_path(copy))


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_pdf_of_the_sample(qapp, sample_comparison, tmp_path):
    pdf = render_pdf(sample_comparison, ReportOptions())
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000
    assert _page_count(pdf) >= 2  # legend and files, then the side-by-side texts
    if shutil.which("pdftotext"):
        path = tmp_path / "report.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures: ﬀ -> ff
        assert "The copy differs" in flat
        assert "supersonic" in flat and "hypersonic" in flat
        assert sample_comparison.original.sha256[:16] in flat


def test_pdf_from_the_command_line(qapp, capsys, sample_pair, tmp_path):
    from ui.cli import main

    original, copy = sample_pair
    target = tmp_path / "report.pdf"
    code = main([str(original), str(copy), "--format", "pdf", "-o", str(target)])
    out, err = capsys.readouterr()
    assert (code, out, err) == (1, "", "")
    assert target.read_bytes().startswith(b"%PDF-")


def test_identical_texts_make_a_one_page_pdf(qapp):
    text = compare.load_text("Same words.\n", label="a")
    pdf = render_pdf(compare.compare(text, text))
    assert pdf.startswith(b"%PDF-") and _page_count(pdf) == 1
