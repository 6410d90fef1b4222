"""The change list beside the panes: one row per change that is shown.

Rows follow the category toggles (a change of a category toggled off leaves the
list, as it leaves navigation). Columns: category, snippet, and the change's line
in the original and in the copy (blank on a side where the change has no text:
the original side of an insertion, the copy side of a deletion).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from compare import Category, Change, Op
from compare.report.html import esc, reason_html

from .rendering import visible

#: characters of each side shown in the snippet column
SNIPPET_CHARS = 60

COLUMNS = ("Category", "Change", "Orig.", "Copy")

#: the line columns
ORIGINAL_LINE, COPY_LINE = 2, 3

#: header tooltips
COLUMN_TIPS = (
    "Category of the change (see the legend in the toolbar)",
    "What the change did: original → copy, + added text, − missing text",
    "Line of the change in the original (blank: the copy added this text)",
    "Line of the change in the copy (blank: this text is missing from the copy)",
)

_ROOT = QModelIndex()


def snippet(change: Change) -> str:
    """One short line: what the change did, invisible characters shown."""

    def short(text: str) -> str:
        shown = visible(text).replace("\n", "\N{RETURN SYMBOL}").strip()
        return shown if len(shown) <= SNIPPET_CHARS else shown[: SNIPPET_CHARS - 1] + "…"

    if change.op is Op.INSERT:
        return f"+ {short(change.copy.text)}"
    if change.op is Op.DELETE:
        return f"\N{MINUS SIGN} {short(change.original.text)}"
    return f"{short(change.original.text)} \N{RIGHTWARDS ARROW} {short(change.copy.text)}"


class ChangeListModel(QAbstractTableModel):
    """Read-only table of the shown changes (indices into the comparison's changes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes: tuple[Change, ...] = ()
        self._rows: list[int] = []  # change index of each row
        self._lines: tuple[tuple[int, int], ...] = ()
        self._icons: dict = {}
        self._colors: dict = {}

    def set_changes(
        self,
        changes: tuple[Change, ...],
        shown: list[int],
        lines: tuple[tuple[int, int], ...],
        icons: dict,
        colors: dict,
    ) -> None:
        self.beginResetModel()
        self._changes, self._rows, self._lines = changes, list(shown), lines
        self._icons, self._colors = icons, colors
        self.endResetModel()

    def change_index(self, row: int) -> int:
        return self._rows[row]

    def row_of(self, change_index: int) -> int | None:
        try:
            return self._rows.index(change_index)
        except ValueError:
            return None

    # -- Qt model interface --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if not horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMN_TIPS[section])
        return None

    def line_text(self, change: Change, column: int) -> str:
        """The change's line on one side, or "" where it has no text on that side."""
        if not self._lines or change.id - 1 >= len(self._lines):
            return ""
        line_a, line_b = self._lines[change.id - 1]
        if column == ORIGINAL_LINE:
            return "" if change.original.empty else str(line_a)
        return "" if change.copy.empty else str(line_b)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        change = self._changes[self._rows[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return change.category.value.capitalize()
            if column == 1:
                return snippet(change)
            if column in (ORIGINAL_LINE, COPY_LINE):
                return self.line_text(change, column)
        elif role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            where = []
            if text := self.line_text(change, ORIGINAL_LINE):
                where.append(f"original line {text}")
            if text := self.line_text(change, COPY_LINE):
                where.append(f"copy line {text}")
            suffix = f" ({', '.join(where)})" if where else ""
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return f"{change.category.value}: {change.reason}{suffix}"
            # rich text, every piece escaped (Qt would guess markup in a plain string)
            return (
                "<p style='white-space:pre-wrap'>"
                f"{esc(change.category.value)}: {reason_html(change.reason)}{esc(suffix)}</p>"
            )
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                return f"{change.category.value}, change {index.row() + 1} of {len(self._rows)}"
            return None
        elif role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = self._icons.get(change.category)
            return icon if isinstance(icon, QIcon) else None
        elif role == Qt.ItemDataRole.BackgroundRole and column == 0:
            color = self._colors.get(change.category)
            return QBrush(color) if isinstance(color, QColor) else None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (ORIGINAL_LINE, COPY_LINE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        return None


class ChangeListView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeList")
        self.setAccessibleName(self.tr("Changes"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        # widths from the font, not from the contents: measuring every row of a list of
        # thousands of changes would stall the GUI thread
        em = self.fontMetrics().horizontalAdvance("M")
        icon = self.iconSize().width() if self.iconSize().isValid() else em
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        widest = max(self.fontMetrics().horizontalAdvance(c.value.capitalize()) for c in Category)
        header.resizeSection(0, icon + widest + em * 2)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        numbers = self.fontMetrics().horizontalAdvance("000000") + em
        self._natural: dict[int, int] = {0: icon + widest + em * 2}
        self._compact: dict[int, int] = {0: icon + em * 5}
        for column in (ORIGINAL_LINE, COPY_LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = self.fontMetrics().horizontalAdvance(COLUMNS[column]) + em * 2
            header.resizeSection(column, max(numbers, title))
            self._natural[column] = max(numbers, title)
            self._compact[column] = self.fontMetrics().horizontalAdvance("00000") + em // 2
        self._fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Keep most of a narrow list for the Change snippet.

        The category and line columns give up width first (compact line numbers,
        then the category as its swatch and a letter or two), and when even that
        leaves the snippet less than half the list, the line columns are hidden
        (the lines are still in each row's tooltip and in the panes).
        """
        natural = getattr(self, "_natural", None)
        if natural is None or self.model() is None:
            return
        header = self.header()
        available = self.viewport().width()
        wanted = max(self.fontMetrics().horizontalAdvance("M") * 12, available // 2)
        lines = (ORIGINAL_LINE, COPY_LINE)
        for widths in (natural, {**natural, **{c: self._compact[c] for c in lines}}, self._compact):
            if available - sum(widths.values()) >= wanted:
                break
        else:
            widths = {0: self._compact[0]}
        for column in lines:
            hidden = column not in widths
            if header.isSectionHidden(column) != hidden:
                header.setSectionHidden(column, hidden)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
