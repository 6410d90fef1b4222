"""The facts panel: numbers, amounts, dates, names and quotations, and what became of
them in the copy — changed, missing and added first, kept ones after them.

It only renders the comparison's facts; choosing one asks the window to show it in
both panes (``fact_chosen``). F8 / Shift+F8 step through the list like F7 through
the changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from compare import Comparison, Fact, FactStatus

#: list order: what an editor must look at first
STATUS_RANK = {FactStatus.CHANGED: 0, FactStatus.MISSING: 1, FactStatus.ADDED: 2, FactStatus.KEPT: 3}
#: a mark per status besides its colour, so it reads without colour too
STATUS_MARKS = {
    FactStatus.CHANGED: "\N{BLACK DIAMOND}",
    FactStatus.MISSING: "\N{MINUS SIGN}",
    FactStatus.ADDED: "+",
    FactStatus.KEPT: "\N{CHECK MARK}",
}
STATUS_COLOURS = {
    FactStatus.CHANGED: QColor("#b45309"),
    FactStatus.MISSING: QColor("#b91c1c"),
    FactStatus.ADDED: QColor("#1d4ed8"),
}


def fact_label(fact: Fact) -> str:
    """One line: ``◆ number changed: 1,550 → 1 500``."""
    if fact.status is FactStatus.KEPT:
        shown = fact.original.text if fact.original else fact.copy.text if fact.copy else ""
        return f"{STATUS_MARKS[fact.status]} {fact.kind.value} kept: {' '.join(shown.split())[:60]}"
    return f"{STATUS_MARKS[fact.status]} {fact.reason}"


class FactsPanel(QWidget):
    """A heading with the counts and the list of facts."""

    fact_chosen = Signal(int)  # index into comparison.facts

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
        self._order: list[int] = []  # list row -> fact index

    def show_facts(self, comparison: Comparison | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._order = []
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
            fact = facts[index]
            item = QListWidgetItem(fact_label(fact))
            item.setToolTip(fact.reason)  # a plain string: Qt shows it as plain text
            colour = STATUS_COLOURS.get(fact.status)
            if colour is not None:
                item.setForeground(colour)
                font = QFont(item.font())
                font.setBold(fact.status is FactStatus.CHANGED)
                item.setFont(font)
            self.list.addItem(item)
            self._order.append(index)
        self.list.blockSignals(False)

    def fact_index(self, row: int) -> int | None:
        return self._order[row] if 0 <= row < len(self._order) else None

    def step(self, by: int) -> None:
        """Select the next (or previous) fact in the list, wrapping around."""
        count = self.list.count()
        if not count:
            return
        row = self.list.currentRow()
        row = (row + by) % count if row >= 0 else (0 if by > 0 else count - 1)
        self.list.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        index = self.fact_index(row)
        if index is not None:
            self.fact_chosen.emit(index)
