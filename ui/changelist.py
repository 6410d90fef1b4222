"""The change list beside the panes: one row per change or group that is shown.

A group (changes that are one pattern, :mod:`compare.grouping`) is one row with a
count, which opens to its members. Rows follow the category toggles (a change of a
category toggled off leaves the list, as it leaves navigation). Columns: category, snippet, and the change's line
in the original and in the copy (blank on a side where the change has no text:
the original side of an insertion, the copy side of a deletion).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from compare import Category, Change, Group, Op
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


@dataclass(frozen=True, slots=True)
class Row:
    """One top-level row: a change on its own, or a group and its shown members."""

    change: int  # index of the change (a group's: its first shown member)
    group: Group | None = None
    members: tuple[int, ...] = ()  # change indices, shown members only


class ChangeListModel(QAbstractItemModel):
    """Read-only tree of the shown changes: a group is one row, its members below it.

    A top-level index has internal id 0; a member's internal id is its group row + 1.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes: tuple[Change, ...] = ()
        self._rows: list[Row] = []
        self._where: dict[int, tuple[int, int | None]] = {}  # change → (row, member row)
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
        groups: tuple[Group, ...] = (),
    ) -> None:
        self.beginResetModel()
        self._changes, self._lines = changes, lines
        self._icons, self._colors = icons, colors
        self._rows, self._where = _rows(shown, groups)
        self.endResetModel()

    def change_index(self, row: int) -> int:
        """The change a top-level row stands for (a group's first shown member)."""
        return self._rows[row].change

    def change_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent:
            return self._rows[parent - 1].members[index.row()]
        return self._rows[index.row()].change

    def group_at(self, index: QModelIndex) -> Group | None:
        """The group of a top-level group row (None for a change or a member)."""
        if not index.isValid() or index.internalId():
            return None
        return self._rows[index.row()].group

    def index_of(self, change_index: int, *, member: bool = True) -> QModelIndex:
        """The row showing a change: its member row inside its group (or the group's
        row when ``member`` is false), an invalid index when it is not shown."""
        found = self._where.get(change_index)
        if found is None:
            return QModelIndex()
        row, child = found
        if child is None or not member:
            return self.createIndex(row, 0, 0)
        return self.createIndex(child, 0, row + 1)

    def row_of(self, change_index: int) -> int | None:
        found = self._where.get(change_index)
        return None if found is None else found[0]

    # -- Qt model interface --------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT):
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._rows) else QModelIndex()
        if parent.internalId() or row >= len(self._rows[parent.row()].members):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=_ROOT):  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._rows[parent.row()].members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(COLUMNS)

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
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.group_at(index) is None:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        change_index = self.change_at(index)
        if change_index is None:
            return None
        change = self._changes[change_index]
        group = self.group_at(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                # a group's members show their swatch only: the group row names them
                return "" if index.internalId() else change.category.value.capitalize()
            if column == 1:
                return group_snippet(group, len(self._rows[index.row()].members)) if group else snippet(change)
            if column in (ORIGINAL_LINE, COPY_LINE):
                return self.line_text(change, column)
        elif role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._tooltip(change, group, role)
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            if column == 0:
                what = self.tr("group") if group else self.tr("change")
                return f"{change.category.value}, {what} {index.row() + 1} of {self.rowCount(index.parent())}"
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
            return change_index
        return None

    def _tooltip(self, change: Change, group: Group | None, role: int) -> str:
        where = []
        if text := self.line_text(change, ORIGINAL_LINE):
            where.append(f"original line {text}")
        if text := self.line_text(change, COPY_LINE):
            where.append(f"copy line {text}")
        suffix = f" ({', '.join(where)})" if where else ""
        if group is not None:
            suffix = f" — {len(group)} changes, first at{suffix or ' the start'}"
            reason = group.label
        else:
            reason = change.reason
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{change.category.value}: {reason}{suffix}"
        # rich text, every piece escaped (Qt would guess markup in a plain string)
        return (
            "<p style='white-space:pre-wrap'>"
            f"{esc(change.category.value)}: {reason_html(reason)}{esc(suffix)}</p>"
        )


def group_snippet(group: Group, shown: int) -> str:
    """A group's row: how many changes (first, so a narrow list keeps it), the label."""
    count = f"{shown}" if shown == len(group) else f"{shown} of {len(group)}"
    label = group.label.removesuffix(f" ({len(group)}\N{MULTIPLICATION SIGN})")
    return f"{count}\N{MULTIPLICATION SIGN} {label}"


def _rows(
    shown: list[int], groups: tuple[Group, ...]
) -> tuple[list[Row], dict[int, tuple[int, int | None]]]:
    """Top-level rows in text order: a group where its first shown member stands."""
    group_of = {member - 1: group for group in groups for member in group.members}
    members: dict[int, list[int]] = {}
    for index in shown:
        group = group_of.get(index)
        if group is not None:
            members.setdefault(group.id, []).append(index)
    rows: list[Row] = []
    where: dict[int, tuple[int, int | None]] = {}
    for index in shown:
        group = group_of.get(index)
        if group is None or len(members[group.id]) < 2:
            where[index] = (len(rows), None)
            rows.append(Row(index))
        elif members[group.id][0] == index:
            own = tuple(members[group.id])
            for child, member in enumerate(own):
                where[member] = (len(rows), child)
            rows.append(Row(index, group, own))
    return rows, where


class ChangeListView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeList")
        self.setAccessibleName(self.tr("Changes"))
        self.setRootIsDecorated(True)  # groups open to their members
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
        # the branch arrow of a group row takes one indentation step of the column
        category = self.indentation() + icon + widest + em * 2
        header.resizeSection(0, category)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        numbers = self.fontMetrics().horizontalAdvance("000000") + em
        self._natural: dict[int, int] = {0: category}
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

        The line columns give up width first (compact numbers, then hidden: the lines
        are still in each row's tooltip and in the panes); the category keeps its
        name until even that leaves the snippet less than half the list, and only
        then shrinks to its swatch.
        """
        natural = getattr(self, "_natural", None)
        if natural is None or self.model() is None:
            return
        header = self.header()
        available = self.viewport().width()
        wanted = max(self.fontMetrics().horizontalAdvance("M") * 12, available // 2)
        lines = (ORIGINAL_LINE, COPY_LINE)
        # the category stays readable longest: the line numbers shrink, then hide (they
        # are in each row's tooltip and in the panes), and only then the category shrinks
        # to its swatch
        for widths in (
            natural,
            {**natural, **{c: self._compact[c] for c in lines}},
            {0: natural[0]},
        ):
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
