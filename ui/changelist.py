"""The change list beside the panes: one row per change that is shown.

Rows follow the category toggles (a change of a category toggled off leaves the
list, as it leaves navigation). Columns: category, snippet, position.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from compare import Category, Change, Op

from .rendering import visible

#: characters of each side shown in the snippet column
SNIPPET_CHARS = 60

COLUMNS = ("Category", "Change", "Line")

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
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

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
            if column == 2:
                line_a, line_b = self._lines[change.id - 1] if self._lines else (0, 0)
                return str(line_a if change.op is Op.DELETE else line_b)
        elif role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return f"{change.category.value}: {change.reason}"
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
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
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
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("000000") + em)
