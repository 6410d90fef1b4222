"""Moving through the changes: next/previous (through members or whole groups),
the change list, scrolling both panes together (a section of
:class:`ui.window.MainWindow`)."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import (
    QModelIndex,
)

from compare import CATEGORY_ORDER, Category, Mode

from .panes import PaneView


class NavigationMixin:
    """Mixed into :class:`ui.window.MainWindow`; uses its widgets and state."""

    # ------------------------------------------------------------------------------
    # navigation
    # ------------------------------------------------------------------------------
    def layout_settled(self) -> bool:
        """No resize is pending and the panes' rows are levelled for their width (what
        a test or a screenshot waits for after resizing the window)."""
        return not self._resize_timer.isActive() and self.leveler.settled()

    def visible_categories(self) -> frozenset[Category]:
        """The categories shown: the toggles' choice, or every one in translation mode
        (where the toggles are out of sight, see :mod:`ui.translationui`)."""
        if self.comparison is not None and self.comparison.mode is Mode.TRANSLATION:
            return frozenset(CATEGORY_ORDER)
        return self.enabled

    def translating(self) -> bool:
        """Translation mode: navigation steps through the findings list instead."""
        return (
            self.comparison is not None
            and self.comparison.mode is Mode.TRANSLATION
            and getattr(self, "translation", None) is not None
        )

    def shown_changes(self) -> list[int]:
        if self.comparison is None:
            return []
        shown = self.visible_categories()
        return [i for i, c in enumerate(self.comparison.changes) if c.category in shown]

    def _stops(self) -> list[int]:
        """Where navigation stops: every shown change, or with "Step Through Groups"
        on, each group once (at its first member) and every change in no group."""
        shown = self.shown_changes()
        if self.comparison is None or not self.actions.actionStepGroups.isChecked():
            return shown
        later = self._later_members()
        return [i for i in shown if i not in later]

    def _later_members(self) -> frozenset[int]:
        """Indices of the changes that are a group's second, third … member."""
        comparison = self.comparison
        cached = getattr(self, "_later_cache", (None, frozenset()))
        if cached[0] is not comparison:
            groups = comparison.groups if comparison is not None else ()
            cached = (comparison, frozenset(m - 1 for g in groups for m in g.members[1:]))
            self._later_cache = cached
        return cached[1]

    def _is_stop(self, index: int) -> bool:
        if self.comparison is None or self.comparison.changes[index].category not in self.visible_categories():
            return False
        return not self.actions.actionStepGroups.isChecked() or index not in self._later_members()

    def active_view(self) -> PaneView:
        return self._last_view or self.original_view

    def _view_focused(self, view: PaneView) -> None:
        self._last_view = view
        self._update_navigation()

    def _neighbour(self, forward: bool) -> int | None:
        """The next/previous shown change from the cursor of the active pane."""
        if self.rendering is None or self.comparison is None:
            return None
        view = self.active_view()
        render = view.render
        if render is None or render not in (self.rendering.original, self.rendering.copy):
            return None  # a pane still showing the previous comparison
        if not render.change_ranges:
            return None
        position = view.textCursor().position()
        at_current = self.current is not None and render.change_ranges[self.current][0] == position
        starts = render.change_starts
        n = len(starts)
        if forward:
            i = self.current + 1 if at_current else bisect_left(starts, position)
            while i < n and not self._is_stop(i):
                i += 1
            return i if i < n else None
        i = self.current - 1 if at_current else bisect_left(starts, position) - 1
        while i >= 0 and not self._is_stop(i):
            i -= 1
        return i if i >= 0 else None

    def next_change(self) -> None:
        if self.translating():
            self.translation.step_finding(+1)
            return
        target = self._neighbour(True)
        if target is not None:
            self.go_to_change(target)

    def previous_change(self) -> None:
        if self.translating():
            self.translation.step_finding(-1)
            return
        target = self._neighbour(False)
        if target is not None:
            self.go_to_change(target)

    def first_change(self) -> None:
        if self.translating():
            self.translation.edge_finding(first=True)
            return
        shown = self._stops()
        if shown:
            self.go_to_change(shown[0])

    def last_change(self) -> None:
        if self.translating():
            self.translation.edge_finding(first=False)
            return
        shown = self._stops()
        if shown:
            self.go_to_change(shown[-1])

    def step_list(self, step: int) -> None:
        """Select the next/previous visible row of the list (a group, or a member of an
        open group)."""
        if self.translating():  # the findings list stands in for the change list
            self.translation.panel.step_row(step)
            return
        rows = self.change_model.rowCount()
        if not rows:
            return
        view = self.change_list
        current = view.currentIndex()
        if not current.isValid():
            target = self.change_model.index(0 if step > 0 else rows - 1, 0)
        else:
            target = view.indexBelow(current) if step > 0 else view.indexAbove(current)
            if not target.isValid():
                target = current
        target = target.siblingAtColumn(0)
        view.setFocus()
        view.setCurrentIndex(target)
        found = self.change_model.change_at(target)
        if found is not None:
            self.go_to_change(found)

    def go_to_change(self, index: int) -> None:
        """Select a change: both panes scroll to it, the list and the strip follow."""
        if self.rendering is None or self.comparison is None:
            return
        if not 0 <= index < len(self.comparison.changes):
            return
        self.current = index
        self._syncing = True
        try:
            for view in (self.original_view, self.copy_view):
                render = view.render
                if render is None:
                    continue
                start, _end = render.change_ranges[index]
                cursor = view.textCursor()
                cursor.setPosition(start)
                view.setTextCursor(cursor)
                view.centerCursor()
        finally:
            self._syncing = False
        self._align_to(
            self.copy_view if self.comparison.changes[index].original.empty else self.original_view
        )
        self._mark_current()
        self._select_in_list(index)
        self._update_navigation()
        self._update_overview_range()

    def _overview_clicked(self, index: int) -> None:
        """A mark of the strip: a change, or (translation mode) a drifted fact after them."""
        if self.comparison is not None and index >= len(self.comparison.changes) and self.translating():
            self.translation.show_fact_mark(index - len(self.comparison.changes))
            return
        self.go_to_change(index)

    def _keep_place(self, change) -> None:
        """Run ``change`` (which edits the documents) keeping the same rows in view."""
        view = self.original_view
        bar = view.verticalScrollBar()
        block = view.document().findBlockByLineNumber(bar.value())
        number, offset = block.blockNumber(), max(0, bar.value() - block.firstLineNumber())
        self._syncing = True
        try:
            change()
        finally:
            self._syncing = False
        target = view.document().findBlockByNumber(number)
        if target.isValid():
            bar.setValue(target.firstLineNumber() + offset)
        self._sync_scroll(view, force=True)

    def _go_to_other_half(self, index: int) -> None:
        """A moved text: show where it went (or where it came from)."""
        if self.comparison is None:
            return
        pair = self.comparison.changes[index].pair
        if pair is not None and 0 < pair <= len(self.comparison.changes):
            self.go_to_change(pair - 1)

    def _align_to(self, leader: PaneView) -> None:
        """Make the other pane show the same rows as ``leader``."""
        self._sync_scroll(leader, force=True)

    def _mark_current(self) -> None:
        for view in (self.original_view, self.copy_view):
            render = view.render
            if render is None or self.current is None or self.current >= len(render.change_ranges):
                view.mark_current(None, None)
                continue
            start, end = render.change_ranges[self.current]
            view.mark_current(start, end)
        self.overview.set_current(self.current)

    def _select_in_list(self, index: int) -> None:
        """Show a change's row in the list: the group's row when stepping through
        groups or when the user keeps the group closed on its first member, else the
        member's row (its group opened)."""
        view = self.change_list
        here = view.currentIndex()
        if here.isValid() and self.change_model.change_at(here) == index:
            return  # already there (the user picked this row)
        by_group = self.actions.actionStepGroups.isChecked()
        target = self.change_model.index_of(index, member=not by_group)
        if not target.isValid():
            return
        if target.parent().isValid():
            view.expand(target.parent())
        selection = view.selectionModel()
        selection.blockSignals(True)
        view.setCurrentIndex(target)
        selection.blockSignals(False)
        view.viewport().update()
        view.scrollTo(target)

    def _list_row_changed(self, index: QModelIndex, _previous) -> None:
        found = self.change_model.change_at(index)
        if found is not None:
            self.go_to_change(found)

    def _scroll_to_fraction(self, fraction: float) -> None:
        bar = self.original_view.verticalScrollBar()
        bar.setValue(int(fraction * bar.maximum()))

    def _sync_scroll(self, source: PaneView, force: bool = False) -> None:
        if self._syncing and not force:
            return
        other = self.copy_view if source is self.original_view else self.original_view
        if source.render is None or other.render is None:
            self._update_overview_range()
            return
        value = source.verticalScrollBar().value()
        block = source.document().findBlockByLineNumber(value)
        if not block.isValid():
            return
        offset = max(0, value - block.firstLineNumber())
        target = other.document().findBlockByNumber(block.blockNumber())
        if not target.isValid():
            return
        lines = max(1, target.layout().lineCount() if target.layout() else 1)
        self._syncing = True
        try:
            other.verticalScrollBar().setValue(target.firstLineNumber() + min(offset, lines - 1))
        finally:
            self._syncing = False
        self._update_overview_range()

    def _update_overview_range(self) -> None:
        view = self.original_view
        if view.render is None or self.rendering is None:
            self.overview.set_visible_range(0.0, 1.0)
            return
        rows = max(1, self.rendering.rows)
        bar = view.verticalScrollBar()
        top = view.document().findBlockByLineNumber(bar.value()).blockNumber()
        bottom_line = bar.value() + max(1, bar.pageStep())
        bottom_block = view.document().findBlockByLineNumber(bottom_line)
        bottom = bottom_block.blockNumber() if bottom_block.isValid() else rows
        self.overview.set_visible_range(top / rows, min(1.0, max(top + 1, bottom) / rows))
