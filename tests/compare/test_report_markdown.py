"""The Markdown report: a GitHub-flavoured table that no input can break."""

from __future__ import annotations

from compare.report import render
from compare.report.markdown import escape_cell

from .report_helpers import IMG, SCRIPT, compared


def _table_rows(report: str) -> list[str]:
    start = report.index("| # | Category |")
    return [line for line in report[start:].splitlines() if line.startswith("|")]


def test_report_has_verdict_files_summary_and_changes(sample_pair):
    import compare

    original, copy = sample_pair
    result = compare.compare(compare.load_path(original), compare.load_path(copy))
    report = render(result, "markdown")
    assert report.startswith("# mirrordiff report: copy-kproxy.txt vs original-ap.txt\n")
    assert "**The copy differs: " in report
    assert "## Summary" in report and "## Changes" in report
    rows = _table_rows(report)
    assert len(rows) == 2 + len(result.changes)  # header, rule, one row per change
    columns = rows[0].count("|")
    assert all(row.count("|") - row.count("\\|") == columns for row in rows)


def test_pipes_backticks_and_html_cannot_escape_their_cell():
    result = compared(
        f"Table | cell `code` {SCRIPT} *bold* [link](x)\n",
        f"Table || cell ``code`` {IMG} _em_ [link](y)\n",
        original_label="a|b`<c>&.txt",
    )
    report = render(result, "markdown")
    assert "<script" not in report and "<img" not in report
    assert "&lt;script&gt;" in report
    assert "a\\|b\\`&lt;c&gt;&amp;.txt" in report
    rows = _table_rows(report)
    columns = rows[0].count("|")
    for row in rows:
        unescaped = row.replace("\\|", "")
        assert unescaped.count("|") == columns, row


def test_escape_cell_spells_out_line_breaks_and_controls():
    assert escape_cell("a\nb\x1b|c") == "a⏎b⟨U+001B ESC⟩\\|c"
    assert escape_cell("*_[x]_*") == "\\*\\_\\[x\\]\\_\\*"


def test_edge_spaces_in_snippets_stay_visible():
    result = compared("said Thursday\n", "said on Thursday\n")
    report = render(result, "markdown")
    assert "␣" in report
