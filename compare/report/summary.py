"""The summary of many copies of one original: a ranked table, as HTML and CSV.

Rank 1 is the copy that differs most (lowest similarity), so an editor sees the
worst copies first; copies that could not be compared come last. Like the other
reports, input text (labels, paths, error messages) is always escaped in HTML;
in CSV a cell that a spreadsheet would run as a formula is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from urllib.parse import quote

from ..model import CATEGORY_ORDER, Category, Comparison
from ._common import TOOL_NAME, TOOL_VERSION, count_phrase
from .html import CATEGORY_LETTERS, esc

#: a spreadsheet runs a cell starting with one of these as a formula
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One copy in the summary table (plain data, so it can cross process boundaries)."""

    label: str
    path: str
    #: file name of this copy's report, relative to the summary (None if none was written)
    report: str | None
    similarity: float | None
    #: changes per category, in CATEGORY_ORDER
    counts: tuple[int, ...] = (0,) * len(CATEGORY_ORDER)
    #: changes in the categories that are counted (not ignored)
    counted: int = 0
    #: the one-line reason this copy could not be compared
    error: str | None = None
    #: share of the copy that is site chrome it added (not counted in the similarity)
    chrome: float = 0.0
    #: facts (numbers, dates, names, quotations) changed, missing or added: across
    #: languages the main finding, which the category counts do not show
    facts_drifted: int = 0

    @classmethod
    def from_comparison(
        cls, comparison: Comparison, report: str | None, ignore: frozenset[Category]
    ) -> SummaryRow:
        copy = comparison.copy
        counts = tuple(comparison.counts[c] for c in CATEGORY_ORDER)
        counted = sum(1 for c in comparison.changes if c.category not in ignore)
        return cls(
            copy.label, copy.path or "", report, comparison.similarity, counts, counted,
            chrome=comparison.chrome_share, facts_drifted=len(comparison.drifted_facts),
        )


def ranked(rows: list[SummaryRow]) -> list[SummaryRow]:
    """Most different first; failed copies last; ties by label."""
    return sorted(
        rows,
        key=lambda r: (
            r.error is not None,
            r.similarity if r.similarity is not None else 2.0,
            -r.counted,
            -r.facts_drifted,
            r.label,
        ),
    )


def _csv_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def render_summary_csv(rows: list[SummaryRow], ignore: frozenset[Category] = frozenset()) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "rank",
            "copy",
            "path",
            "report",
            "similarity",
            *(c.value for c in CATEGORY_ORDER),
            "counted",
            "error",
            "chrome",
            "facts_drifted",  # last: readers of the earlier columns by position keep working
        ]
    )
    for rank, row in enumerate(ranked(rows), start=1):
        writer.writerow(
            [
                rank,
                _csv_cell(row.label),
                _csv_cell(row.path),
                _csv_cell(row.report or ""),
                "" if row.similarity is None else f"{row.similarity:.4f}",
                *(row.counts if row.error is None else ("",) * len(CATEGORY_ORDER)),
                "" if row.error is not None else row.counted,
                _csv_cell(row.error or ""),
                "" if row.error is not None else f"{row.chrome:.4f}",
                "" if row.error is not None else row.facts_drifted,
            ]
        )
    return out.getvalue()


SUMMARY_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1b1b1b;margin:1.5rem}
h1{font-size:1.35rem}
table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:.3rem .55rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
th.ignored,td.ignored{color:#888}
tr.error td{background:#fde8e8}
.sub{color:#444}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{*{print-color-adjust:exact;-webkit-print-color-adjust:exact}tr{break-inside:avoid}thead{display:table-header-group}}
"""


def render_summary_html(
    rows: list[SummaryRow], original_label: str, ignore: frozenset[Category] = frozenset()
) -> str:
    """A self-contained page ranking the copies, each linked to its own report."""
    body = []
    for rank, row in enumerate(ranked(rows), start=1):
        copy_cell = esc(row.label)
        if row.report:
            copy_cell = f'<a href="{esc(quote(row.report))}">{copy_cell}</a>'
        if row.error is not None:
            body.append(
                f'<tr class="error"><td class="num">{rank}</td><td>{copy_cell}<br><small>{esc(row.path)}</small></td>'
                f'<td colspan="{len(CATEGORY_ORDER) + 4}">could not compare: {esc(row.error)}</td></tr>'
            )
            continue
        cells = "".join(
            f'<td class="num{" ignored" if c in ignore else ""}">{n}</td>'
            for c, n in zip(CATEGORY_ORDER, row.counts, strict=True)
        )
        similarity = f"{(row.similarity or 0.0) * 100:.1f}%"
        body.append(
            f'<tr><td class="num">{rank}</td><td>{copy_cell}<br><small>{esc(row.path)}</small></td>'
            f'<td class="num">{similarity}</td>{cells}<td class="num">{row.counted}</td>'
            f'<td class="num">{row.chrome * 100:.1f}%</td><td class="num">{row.facts_drifted}</td></tr>'
        )
    ignored_class = ' class="ignored"'
    heads = "".join(
        f'<th{ignored_class if c in ignore else ""} title="{esc(c.value)}">'
        f"{CATEGORY_LETTERS[c]} {esc(c.value)}{' (ignored)' if c in ignore else ''}</th>"
        for c in CATEGORY_ORDER
    )
    compared = [r for r in rows if r.error is None]
    differing = sum(1 for r in compared if r.counted or r.facts_drifted)
    failed = len(rows) - len(compared)
    sub = f"{len(compared)} cop{'y' if len(compared) == 1 else 'ies'} compared, {differing} with counted differences or drifted facts"
    if failed:
        sub += f", {failed} could not be compared"
    totals = ", ".join(
        count_phrase(c, sum(r.counts[i] for r in compared))
        for i, c in enumerate(CATEGORY_ORDER)
        if c not in ignore
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f'<meta name="generator" content="{esc(TOOL_NAME)} {esc(TOOL_VERSION)}">',
            f"<title>{esc(TOOL_NAME)}: copies of {esc(original_label)}</title>",
            f"<style>{SUMMARY_STYLE}</style></head><body>",
            f"<h1>Copies of {esc(original_label)}, most different first</h1>",
            f'<p class="sub">{esc(sub)}. In all: {esc(totals)}.</p>',
            "<table><thead><tr><th>Rank</th><th>Copy</th><th>Similarity</th>"
            f"{heads}<th>Counted</th><th>Site chrome</th>"
            '<th title="numbers, dates, names, quotations changed, missing or added">Facts drifted</th>'
            "</tr></thead>",
            f"<tbody>{''.join(body)}</tbody></table>",
            f"<footer>Made by {esc(TOOL_NAME)} {esc(TOOL_VERSION)}. The same table is in summary.csv.</footer>",
            "</body></html>",
            "",
        ]
    )
