"""The multi-copy summary (HTML + CSV) and safe report writing."""

from __future__ import annotations

import csv
import io
import os

import pytest

from compare import Category
from compare.report.files import same_file, write_atomic
from compare.report.summary import SummaryRow, ranked, render_summary_csv, render_summary_html

from .report_helpers import IMG, SCRIPT, compared


def _rows() -> list[SummaryRow]:
    close = compared("One two three.\n", "One two three!\n", copy_label="close.txt")
    far = compared("One two three.\n", "Four five six.\n", copy_label="far.txt")
    same = compared("One two three.\n", "One two three.\n", copy_label="same.txt")
    rows = [
        SummaryRow.from_comparison(result, f"{result.copy.label}.html", frozenset())
        for result in (close, same, far)
    ]
    rows.append(SummaryRow("broken.bin", "/in/broken.bin", None, None, error="broken.bin: binary"))
    return rows


def test_copies_are_ranked_most_different_first_and_failures_last():
    order = [row.label for row in ranked(_rows())]
    assert order == ["far.txt", "close.txt", "same.txt", "broken.bin"]


def test_csv_has_a_row_per_copy_with_counts_per_category():
    table = list(csv.DictReader(io.StringIO(render_summary_csv(_rows()))))
    assert [row["copy"] for row in table] == ["far.txt", "close.txt", "same.txt", "broken.bin"]
    assert [row["rank"] for row in table] == ["1", "2", "3", "4"]
    assert set(table[0]) >= {
        "similarity",
        "boilerplate",
        "corruption",
        "typography",
        "edit",
        "moved",
        "counted",
        "report",
    }
    assert table[2]["counted"] == "0" and table[2]["similarity"] == "1.0000"
    assert table[3]["error"] == "broken.bin: binary" and table[3]["similarity"] == ""


def test_csv_cells_cannot_run_as_spreadsheet_formulas():
    row = SummaryRow('=HYPERLINK("http://x")', "@evil", None, 0.5)
    text = render_summary_csv([row])
    assert "'=HYPERLINK" in text and "'@evil" in text


def test_summary_html_links_reports_and_escapes_everything():
    rows = [*_rows(), SummaryRow(f"{SCRIPT}.txt", f"/a/{IMG}", "x&y.html", 0.5, error=None)]
    page = render_summary_html(rows, f"orig {SCRIPT}", frozenset({Category.TYPOGRAPHY}))
    assert "<script" not in page and "<img" not in page
    assert 'href="far.txt.html"' in page
    assert 'href="x%26y.html"' in page
    assert "could not compare: broken.bin: binary" in page
    assert "typography (ignored)" in page
    assert page.index("far.txt") < page.index("close.txt") < page.index("same.txt")


def test_write_atomic_replaces_the_whole_file(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    write_atomic(target, b"new report")
    assert target.read_bytes() == b"new report"
    assert os.listdir(tmp_path) == ["report.html"]


def test_write_atomic_leaves_nothing_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["report.html"]


def test_same_file_sees_through_symlinks_and_hard_links(tmp_path):
    real = tmp_path / "a.txt"
    real.write_text("x")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    hard = tmp_path / "hard.txt"
    os.link(real, hard)
    assert same_file(real, link) and same_file(real, hard)
    assert same_file(tmp_path / "sub" / ".." / "a.txt", real)
    assert not same_file(real, tmp_path / "other.txt")


def test_translated_copies_with_drifted_facts_are_not_summed_up_as_unchanged():
    """Two French editions with every paragraph aligned: the one whose number changed
    counts as differing and says how many facts drifted (CSV and HTML)."""
    from pathlib import Path

    import compare

    pair = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "minsk-ru"
    original = compare.load_path(pair / "original.txt")
    text = (pair / "copy.txt").read_text(encoding="utf-8")
    faithful = compare.compare(original, compare.load_text(text, label="faithful.txt"))
    drifted_text = text.replace("2022", "2023", 1)
    assert drifted_text != text
    drifted = compare.compare(original, compare.load_text(drifted_text, label="drifted.txt"))
    assert not drifted.changes and drifted.drifted_facts  # nothing but the fact differs
    rows = [SummaryRow.from_comparison(c, None, frozenset()) for c in (faithful, drifted)]
    table = {row["copy"]: row for row in csv.DictReader(io.StringIO(render_summary_csv(rows)))}
    assert table["drifted.txt"]["facts_drifted"] == str(len(drifted.drifted_facts))
    assert table["faithful.txt"]["facts_drifted"] == str(len(faithful.drifted_facts))
    assert list(table["drifted.txt"])[-1] == "facts_drifted"  # earlier columns keep their place
    assert ranked(rows)[0].label == "drifted.txt"
    page = render_summary_html(rows, "statement")
    assert "Facts drifted</th>" in page
    assert f"{1 + bool(faithful.drifted_facts)} with counted differences or drifted facts" in page
