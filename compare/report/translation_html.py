"""The HTML report's parts for facts and translated copies.

In translation mode the first screen lists the findings (:mod:`compare.findings`):
each drifted fact and each paragraph without counterpart, in reading order, linked to
its place in both texts; then the aligned paragraphs side by side (each row one pair,
level; a paragraph without partner opposite a hatched gap), the drifted facts and
damaged characters marked in them. In same-language mode only the facts table is
added after the texts.

Everything from an input goes through :func:`compare.report.html.esc` or
``text_html``; anchors are built from numbers only.
"""

from __future__ import annotations

from collections.abc import Callable

from ..findings import Finding, FindingKind, findings, tally
from ..model import Category, Comparison, Fact, FactStatus
from ._common import LineIndex
from .facts import fact_where, facts_counts_phrase, listed_facts
from .html import esc, highlight, reason_html, text_html

#: how a fact's status is marked in the aligned texts (class)
FACT_MARKS = {
    FactStatus.CHANGED: "fact-changed",
    FactStatus.MISSING: "fact-missing",
    FactStatus.ADDED: "fact-added",
}
#: what a finding's row says in the "what" column
FINDING_WHAT = {
    FindingKind.PARAGRAPH_MISSING: "paragraph missing",
    FindingKind.PARAGRAPH_ADDED: "paragraph added",
    FindingKind.CHROME: "site chrome",
    FindingKind.DAMAGE: "damaged characters",
}
FACT_STYLE = (
    "mark.fact-changed{background:#fde68a;color:inherit;outline:1px solid #b45309}"
    "mark.fact-missing{background:#fecaca;color:inherit;outline:1px dashed #b91c1c}"
    "mark.fact-added{background:#bfdbfe;color:inherit;outline:1px dashed #1d4ed8}"
    "td.gap{font-style:italic;color:#6b7280;background:repeating-linear-gradient(135deg,"
    "transparent 0 6px,rgba(107,114,128,.12) 6px 8px)}"
    "table.facts td{vertical-align:top;padding:2px 6px}"
    "table.findings{width:100%;margin:.4rem 0 .8rem}"
    "table.findings th{text-align:left;padding:2px 6px;border-bottom:1px solid #999}"
    "table.findings td{overflow-wrap:anywhere;padding:2px 6px;vertical-align:top}"
    "table.findings td:first-child{white-space:nowrap}"
    ".legend mark,.legend .gap{padding:0 .3rem;margin-right:.6rem;font-size:.9rem}"
    ".legend .gap{font-style:italic;color:#6b7280;border:1px dashed #9ca3af}"
)

#: a mark inside a paragraph: (start, end, html of the text between them, its anchor)
Mark = tuple[int, int, Callable[[str], str], str]


def _fact_mark(fact: Fact, side: str) -> Callable[[str], str]:
    cls = FACT_MARKS[fact.status]
    title = esc(f"F{fact.id}: {fact.reason}")
    anchor = f"f{fact.id}-{side[0]}"
    return lambda inner: f'<mark class="{cls}" id="{anchor}" title="{title}">{inner}</mark>'


def _marked_paragraph(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """A paragraph's text, its drifted facts and damaged characters marked."""
    out: list[str] = []
    at = start
    for m0, m1, render, anchor in sorted(marks, key=lambda m: (m[0], m[1])):
        if not start <= m0 < end:
            continue  # another paragraph's
        if m0 < at or m1 > end:
            # inside a mark already made (a number in damaged characters): keep its
            # anchor, so the findings' link still leads here
            out.append(f'<span id="{anchor}"></span>')
            continue
        out.append(text_html(text[at:m0], strict=False, final_break=False))
        out.append(render(text_html(text[m0:m1], strict=False)))
        at = m1
    out.append(text_html(text[at:end], strict=False, final_break=False))
    return "".join(out)


def _marks(comparison: Comparison, ignore: frozenset[Category]) -> dict[str, list[Mark]]:
    marks: dict[str, list[Mark]] = {"original": [], "copy": []}
    for fact in comparison.facts:
        if fact.status not in FACT_MARKS:
            continue
        for side in ("original", "copy"):
            span = getattr(fact, side)
            if span is not None and not span.empty:
                marks[side].append((span.start, span.end, _fact_mark(fact, side), f"f{fact.id}-{side[0]}"))
    for change in comparison.changes:
        if change.category is not Category.CORRUPTION:
            continue  # paragraphs without partner are whole cells, see aligned_rows
        for side in ("original", "copy"):
            span = getattr(change, side)
            if not span.empty:
                html = highlight(change, side, change.category in ignore)
                anchor = f"h{change.id}-{side[0]}"
                marks[side].append((span.start, span.end, lambda _inner, h=html: h, anchor))
    return marks


def aligned_rows(
    comparison: Comparison,
    ignore: frozenset[Category] = frozenset(),
    lines: tuple[LineIndex, LineIndex] | None = None,
) -> list[str]:
    """Translation mode: one row per aligned paragraph pair, both sides level; a
    paragraph without partner stands opposite a hatched gap that says so.

    ``lines``: the texts' line indexes, when the caller has them already."""
    a_text, b_text = comparison.original.text, comparison.copy.text
    a_lines, b_lines = lines or (LineIndex(a_text), LineIndex(b_text))
    marks = _marks(comparison, ignore)
    lonely = {}  # (side, start) -> change id of a paragraph without partner
    for change in comparison.changes:
        if change.category is not Category.CORRUPTION:
            side = "original" if not change.original.empty else "copy"
            lonely[(side, getattr(change, side).start)] = change.id
    rows = []
    for number, pair in enumerate(comparison.alignment):
        own = None
        for side in ("original", "copy"):
            span = getattr(pair, side)
            if span is not None and (pair.original is None or pair.copy is None):
                own = lonely.get((side, span.start))
        cells = []
        for side, text, lines, gap in (
            ("original", a_text, a_lines, "not in the original (added in the copy)"),
            ("copy", b_text, b_lines, "missing in the copy"),
        ):
            span = getattr(pair, side)
            cls = "a" if side == "original" else "b"
            anchor = f' id="h{own}-{side[0]}"' if own is not None else ""
            if span is None:
                cells.append(f'<td class="ln"></td><td class="{cls} gap"{anchor}>{esc(gap)}</td>')
            else:
                body = _marked_paragraph(text, span.start, span.end, marks[side])
                cells.append(
                    f'<td class="ln">{lines.line_of(span.start)}</td><td class="{cls}"{anchor}>{body}</td>'
                )
        changed = ' class="changed"' if pair.original is None or pair.copy is None else ""
        rows.append(f'<tr id="p{number + 1}"{changed}>{"".join(cells)}</tr>')
    return rows


def _where_links(finding: Finding, comparison: Comparison, lines: tuple[LineIndex, LineIndex]) -> str:
    """``original line 3 · copy line 4``, each a link to the place in the texts."""
    if finding.is_fact:
        fact = comparison.facts[finding.index]
        spans, anchor = (fact.original, fact.copy), f"f{fact.id}"
    else:
        change = comparison.changes[finding.index]
        spans = tuple(None if s.empty else s for s in (change.original, change.copy))
        anchor = f"h{change.id}"
    links = []
    for span, side, index in zip(spans, ("original", "copy"), lines, strict=True):
        if span is not None:
            # no-break spaces: a place wraps between its two sides, not inside one
            # (a nowrap cell would push the reasons off a PDF page)
            line = index.line_of(span.start)
            links.append(f'<a href="#{anchor}-{side[0]}">{side}\N{NO-BREAK SPACE}line\N{NO-BREAK SPACE}{line}</a>')
        else:
            links.append(f'<span class="none">not\N{NO-BREAK SPACE}in\N{NO-BREAK SPACE}the\N{NO-BREAK SPACE}{side}</span>')
    return " \N{MIDDLE DOT} ".join(links)


def findings_section(
    comparison: Comparison,
    ignore: frozenset[Category] = frozenset(),
    lines: tuple[LineIndex, LineIndex] | None = None,
) -> list[str]:
    """Translation mode, first screen: what drifted, each linked to both texts
    (``lines``: the texts' line indexes, when the caller has them already)."""
    t = tally(comparison, ignore)
    lines = lines or (LineIndex(comparison.original.text), LineIndex(comparison.copy.text))
    rows = []
    for finding in findings(comparison):
        if finding.is_fact:
            fact = comparison.facts[finding.index]
            number, what = f"F{fact.id}", f"{fact.kind.value} {fact.status.value}"
        else:
            change = comparison.changes[finding.index]
            if change.category in ignore:
                continue
            number = f'<a href="#c{change.id}">#{change.id}</a>'
            what = FINDING_WHAT[finding.kind]
        rows.append(
            f"<tr><td>{number}</td><td>{esc(what)}</td>"
            f'<td class="where">{_where_links(finding, comparison, lines)}</td>'
            f"<td>{reason_html(finding.reason)}</td></tr>"
        )
    table = (
        '<table class="findings"><thead><tr><th>#</th><th>what</th><th>where</th>'
        f"<th>reason</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>Every paragraph and every fact has its counterpart in the translation.</p>"
    )
    kept = (
        f'<p class="sub">{t.facts_kept} fact{"" if t.facts_kept == 1 else "s"} kept '
        "(numbers, dates, names and quotations found in both texts; in the JSON report).</p>"
        if t.facts_kept
        else ""
    )
    return [f"<h2>Findings ({len(rows)})</h2>", table, kept]  # the counts: in the header


def fact_legend() -> str:
    """Translation mode's line of legend: how drifted facts and gaps look."""
    return (
        '<p class="legend">'
        '<mark class="fact-changed">fact changed</mark> '
        '<mark class="fact-missing">fact missing in the copy</mark> '
        '<mark class="fact-added">fact added in the copy</mark> '
        '<span class="gap">paragraph without counterpart</span></p>'
    )


def facts_section(
    comparison: Comparison, lines: tuple[LineIndex, LineIndex] | None = None
) -> list[str]:
    """Same-language mode: the facts heading, counts and table (changed, missing,
    added; kept are counted). ``lines``: the texts' line indexes, if known."""
    if not comparison.facts:
        return []
    original_lines, copy_lines = lines or (
        LineIndex(comparison.original.text),
        LineIndex(comparison.copy.text),
    )
    rows = [
        f"<tr><td>F{f.id}</td><td>{esc(f.kind.value)}</td><td>{esc(f.status.value)}</td>"
        f"<td>{esc(fact_where(f, original_lines, copy_lines))}</td>"
        f"<td>{reason_html(f.reason)}</td></tr>"
        for f in listed_facts(comparison)
    ]
    table = (
        '<table class="facts"><thead><tr><th>#</th><th>kind</th><th>status</th><th>where</th>'
        f"<th>reason</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>Every fact found in the original is in the copy.</p>"
    )
    return [
        f"<h2>Facts ({len(comparison.facts)})</h2>",
        f'<p class="sub">{esc(facts_counts_phrase(comparison))}.</p>',
        table,
    ]
