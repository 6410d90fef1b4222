"""The facts panel: numbers, amounts, dates, names and quotations, and what became of
them in the copy.

In same-language mode it lists the facts, changed, missing and added first, kept ones
after them (the change list beside it has the rest). In translation mode it is the
window's main list: every finding in reading order — drifted facts and paragraphs
missing or added, site chrome, damaged characters (:mod:`compare.findings`) — then
the kept facts for reference.

It only renders; choosing a row asks the window to show it in both panes
(``finding_chosen``). F8 / Shift+F8 step through its facts, F7 / Shift+F7 (in
translation mode) through all its rows, like the change list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from compare import Comparison, Fact, FactStatus, Mode
from compare.findings import Finding, FindingKind, findings, tally

from .panes import plain_tooltip

#: list order in same-language mode: what an editor must look at first
STATUS_RANK = {FactStatus.CHANGED: 0, FactStatus.MISSING: 1, FactStatus.ADDED: 2, FactStatus.KEPT: 3}
#: a mark per status besides its colour, so it reads without colour too
STATUS_MARKS = {
    FactStatus.CHANGED: "\N{BLACK DIAMOND}",
    FactStatus.MISSING: "\N{MINUS SIGN}",
    FactStatus.ADDED: "+",
    FactStatus.KEPT: "\N{CHECK MARK}",
}
#: text colours (light theme, dark theme): readable on either list background
STATUS_COLOURS = {
    FactStatus.CHANGED: ("#b45309", "#fbbf24"),
    FactStatus.MISSING: ("#b91c1c", "#fca5a5"),
    FactStatus.ADDED: ("#1d4ed8", "#93c5fd"),
}
#: the mark and colours of a row that is a paragraph, site chrome or damage
KIND_MARKS = {
    FindingKind.PARAGRAPH_MISSING: ("\N{PILCROW SIGN}\N{MINUS SIGN}", STATUS_COLOURS[FactStatus.MISSING]),
    FindingKind.PARAGRAPH_ADDED: ("\N{PILCROW SIGN}+", STATUS_COLOURS[FactStatus.ADDED]),
    FindingKind.CHROME: ("\N{SQUARE WITH DIAGONAL CROSSHATCH FILL}", ("#6b7280", "#d1d5db")),
    FindingKind.DAMAGE: ("\N{WARNING SIGN}", ("#c2410c", "#fdba74")),
}


def fact_label(fact: Fact) -> str:
    """One line: ``◆ number changed: 1,550 → 1 500``."""
    if fact.status is FactStatus.KEPT:
        shown = fact.original.text if fact.original else fact.copy.text if fact.copy else ""
        return f"{STATUS_MARKS[fact.status]} {fact.kind.value} kept: {' '.join(shown.split())[:60]}"
    return f"{STATUS_MARKS[fact.status]} {fact.reason}"


class FactsPanel(QWidget):
    """A heading with the counts and the list of facts (and, across languages, of the
    paragraphs without partner)."""

    finding_chosen = Signal(object)  # a compare.findings.Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.heading = QLabel(self.tr("No facts"), self)
        self.heading.setObjectName("factsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Fact counts"))
        self.list = QListWidget(self)
        self.list.setObjectName("factsList")
        self.list.setAccessibleName(self.tr("Facts: numbers, dates, names and quotations"))
        # a reason is a sentence: wrap it rather than cut it at the panel's edge
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentRowChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.rows: list[Finding] = []  # list row -> what it shows
        self.stops: list[int] = []  # rows that Next/Previous stop at (all but kept facts)

    # ------------------------------------------------------------------------------
    # filling
    # ------------------------------------------------------------------------------
    def show_facts(self, comparison: Comparison | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.rows, self.stops = [], []
        if comparison is not None and comparison.mode is Mode.TRANSLATION:
            self._show_findings(comparison)
        else:
            self._show_ranked_facts(comparison)
        self.list.blockSignals(False)

    def _show_ranked_facts(self, comparison: Comparison | None) -> None:
        facts = comparison.facts if comparison is not None else ()
        counts = {status: 0 for status in STATUS_RANK}
        for fact in facts:
            counts[fact.status] += 1
        self.heading.setText(
            self.tr("{} changed · {} missing · {} added · {} kept").format(
                counts[FactStatus.CHANGED], counts[FactStatus.MISSING],
                counts[FactStatus.ADDED], counts[FactStatus.KEPT],
            )
            if facts
            else self.tr("No facts to compare")
        )
        order = sorted(range(len(facts)), key=lambda i: (STATUS_RANK[facts[i].status], facts[i].id))
        for index in order:
            self._add_fact(index, facts[index])

    def _show_findings(self, comparison: Comparison) -> None:
        t = tally(comparison)
        lines = [
            self.tr("Facts: {} changed · {} missing · {} added · {} kept").format(
                t.facts_changed, t.facts_missing, t.facts_added, t.facts_kept
            ),
            self.tr("Paragraphs: {} missing · {} added · {:.1%} aligned").format(
                t.paragraphs_missing, t.paragraphs_added, t.aligned
            ),
        ]
        if t.chrome or t.damaged:
            lines.append(self.tr("Site chrome: {} · damaged characters: {}").format(t.chrome, t.damaged))
        self.heading.setText("\n".join(lines))
        for finding in findings(comparison):
            if finding.is_fact:
                self._add_fact(finding.index, comparison.facts[finding.index], finding)
                continue
            mark, colours = KIND_MARKS[finding.kind]
            item = QListWidgetItem(f"{mark} {finding.reason}")
            item.setToolTip(plain_tooltip(finding.reason))  # Qt would guess markup
            item.setForeground(self._colour(colours))
            font = QFont(item.font())
            font.setBold(finding.kind in (FindingKind.PARAGRAPH_MISSING, FindingKind.PARAGRAPH_ADDED))
            item.setFont(font)
            self._append(item, finding)
        for index, fact in enumerate(comparison.facts):  # for reference, after the findings
            if fact.status is FactStatus.KEPT:
                self._add_fact(index, fact)

    def _add_fact(self, index: int, fact: Fact, finding: Finding | None = None) -> None:
        item = QListWidgetItem(fact_label(fact))
        item.setToolTip(plain_tooltip(fact.reason))  # a quotation may hold <b>…</b>
        colours = STATUS_COLOURS.get(fact.status)
        if colours is not None:
            item.setForeground(self._colour(colours))
            font = QFont(item.font())
            font.setBold(fact.status is FactStatus.CHANGED)
            item.setFont(font)
        row = finding or Finding(FindingKind.FACT, index, -1, fact.reason)  # -1: no pair (same language)
        self._append(item, row, stop=fact.status is not FactStatus.KEPT)

    def _colour(self, colours: tuple[str, str]) -> QColor:
        """The light or the dark theme's colour, by the list's own background."""
        dark = self.list.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor(colours[1] if dark else colours[0])

    def _append(self, item: QListWidgetItem, finding: Finding, stop: bool = True) -> None:
        if stop:
            self.stops.append(len(self.rows))
        self.rows.append(finding)
        self.list.addItem(item)

    # ------------------------------------------------------------------------------
    # reading and moving
    # ------------------------------------------------------------------------------
    def finding_at(self, row: int) -> Finding | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def fact_index(self, row: int) -> int | None:
        """The index into ``comparison.facts`` of a row that is a fact."""
        finding = self.finding_at(row)
        return finding.index if finding is not None and finding.is_fact else None

    def step(self, by: int) -> None:
        """F8: select the next (or previous) fact in the list, wrapping around."""
        facts = [row for row, finding in enumerate(self.rows) if finding.is_fact]
        if not facts:
            return
        row = self.list.currentRow()
        if row < 0:
            target = facts[0] if by > 0 else facts[-1]
        elif by > 0:
            target = next((r for r in facts if r > row), facts[0])
        else:
            target = next((r for r in reversed(facts) if r < row), facts[-1])
        self.list.setCurrentRow(target)

    def step_row(self, by: int) -> None:
        """F7: the next (or previous) row, whatever it is; stays at the ends."""
        count = self.list.count()
        if not count:
            return
        row = self.list.currentRow()
        target = (0 if by > 0 else count - 1) if row < 0 else min(count - 1, max(0, row + by))
        self.list.setFocus()
        self.list.setCurrentRow(target)

    def neighbour_stop(self, forward: bool, rows: list[int], here: int) -> int | None:
        """The list row of the next (previous) finding, as Next Change goes from the
        cursor: from the selected finding while the cursor is still in its paragraph
        (``rows[i]``: the text row of ``stops[i]``, ``here``: the cursor's), else the
        first finding at or below the cursor's row (the last one above it)."""
        stops = self.stops
        row = self.list.currentRow()
        if row in stops and rows[stops.index(row)] == here:
            k = stops.index(row) + (1 if forward else -1)
            return stops[k] if 0 <= k < len(stops) else None
        if forward:
            return next((r for r, at in zip(stops, rows, strict=True) if at >= here), None)
        before = [r for r, at in zip(stops, rows, strict=True) if at < here]
        return before[-1] if before else None

    def _row_changed(self, row: int) -> None:
        finding = self.finding_at(row)
        if finding is not None:
            self.finding_chosen.emit(finding)
