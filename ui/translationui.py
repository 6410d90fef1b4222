"""The window's parts for translated copies: the mode switch, the languages in the
pane headers and the status bar, and the facts panel (a dock beside the change list).

In translation mode the window is arranged for it: the change list and the category
chips are hidden (there is no word diff to sort), the panel becomes the Findings list
and takes their room, the navigation actions (Alt+arrows, Alt+Home/End, F7) step
through findings, and the status bar counts them. Same-language mode restores all of
it, and the settings keep the same-language arrangement.

:class:`TranslationControls` attaches itself to a :class:`ui.window.MainWindow`: it
reads the comparison the window shows and asks the window to compare again when the
mode is switched; what drifted comes from :mod:`compare.findings`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel

from compare import FactStatus, Mode, ModeChoice
from compare.findings import Finding, FindingKind, tally
from compare.language import KNOWN_LANGUAGES

from .facts import FactsPanel
from .worker import Side

if TYPE_CHECKING:
    from .window import MainWindow

#: the mode switch's entries, in order
MODE_CHOICES = (
    (ModeChoice.AUTO, "Mode: automatic"),
    (ModeChoice.SAME, "Mode: same language"),
    (ModeChoice.TRANSLATION, "Mode: translation"),
)


#: what the navigation actions say in translation mode (text, tooltip)
TRANSLATION_TEXTS = {
    "actionNextChange": ("&Next Finding", "Go to the next fact or paragraph changed, missing or added"),
    "actionPreviousChange": ("&Previous Finding",
                             "Go to the previous fact or paragraph changed, missing or added"),
    "actionFirstChange": ("&First Finding", "Go to the first finding"),
    "actionLastChange": ("&Last Finding", "Go to the last finding"),
    "actionNextListItem": ("Next in Findings &List", "Select the next entry of the findings list"),
    "actionPreviousListItem": ("Previous in Findings L&ist",
                               "Select the previous entry of the findings list"),
}
#: the findings list's share of the window's width (the change list's in same-language mode)
FINDINGS_SHARE = 0.28
#: the facts panel's share beside the change list (same-language mode), until resized
FACTS_SHARE = 0.16


def language_text(code: str) -> str:
    if not code:
        return ""
    if code == "und":
        return QObject.tr("language unknown")
    return f"{KNOWN_LANGUAGES.get(code, code)} ({code})"


class TranslationControls(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mode_switch = QComboBox(window)
        self.mode_switch.setObjectName("modeSwitch")
        self.mode_switch.setAccessibleName(self.tr("Comparison mode"))
        self.mode_switch.setToolTip(
            self.tr("Automatic: translation mode when the two texts are in different languages")
        )
        for choice, text in MODE_CHOICES:
            self.mode_switch.addItem(self.tr(text), choice.value)
        self.mode_switch.activated.connect(self._mode_chosen)
        window.toolbar.addSeparator()
        window.toolbar.addWidget(self.mode_switch)

        self.mode_status = QLabel("", window)
        self.mode_status.setObjectName("modeStatus")
        self.mode_status.setTextFormat(Qt.TextFormat.PlainText)
        self.mode_status.setAccessibleName(self.tr("Comparison mode and why"))
        window.statusBar().addPermanentWidget(self.mode_status)

        self.panel = FactsPanel(window)
        self.dock = QDockWidget(self.tr("Facts"), window)
        self.dock.setObjectName("factsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._dock_for: tuple[bool, bool] | None = None  # (shown, translation mode)
        self.dock.toggleViewAction().setObjectName("actionShowFacts")
        view_menu = next(
            (m.menu() for m in window.menuBar().actions() if m.menu() and "View" in m.text()), None
        )
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.dock.toggleViewAction())
        self.panel.finding_chosen.connect(self.go_to_finding)
        self._arranged_for: bool | None = None
        self._same_split = None
        self._same_dock_width: int | None = None
        self._same_texts = {
            name: (window.actions[name].text(), window.actions[name].toolTip())
            for name in TRANSLATION_TEXTS
        }

        actions = window.actions
        actions.actionNextFact.triggered.connect(lambda: self.panel.step(+1))
        actions.actionPreviousFact.triggered.connect(lambda: self.panel.step(-1))
        for action in (actions.actionNextFact, actions.actionPreviousFact):
            window.addAction(action)
        go_menu = next(
            (m.menu() for m in window.menuBar().actions() if m.menu() and "Go" in m.text()), None
        )
        if go_menu is not None:
            go_menu.addSeparator()
            go_menu.addAction(actions.actionNextFact)
            go_menu.addAction(actions.actionPreviousFact)
        window.view_updated.connect(self.refresh)
        window.job_ended.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show what the window's comparison says about languages, mode and facts."""
        comparison = self.window.comparison
        self.panel.show_facts(comparison)
        languages = comparison.languages if comparison is not None else ("", "")
        for side, code in zip((Side.ORIGINAL, Side.COPY), languages, strict=True):
            self.window.panes[side].header.show_language(language_text(code))
        if comparison is None or comparison.languages == ("", ""):
            self.mode_status.setText("")
            self.mode_status.setToolTip("")
        else:
            mode = (
                self.tr("Translation mode")
                if comparison.mode is Mode.TRANSLATION
                else self.tr("Same-language mode")
            )
            self.mode_status.setText(f"{mode} · {languages[0]} → {languages[1]}")
            self.mode_status.setToolTip(comparison.mode_reason)
        translating = comparison is not None and comparison.mode is Mode.TRANSLATION
        self._arrange(translating)
        has_facts = bool(comparison is not None and comparison.facts)
        self.actions_enabled(has_facts)
        # the panel takes room from the panes: shown when there are facts to look at
        # (always in translation mode), out of the way otherwise
        self._show_dock(has_facts or translating, translating)
        self.window._update_navigation()

    def actions_enabled(self, on: bool) -> None:
        self.window.actions.actionNextFact.setEnabled(on)
        self.window.actions.actionPreviousFact.setEnabled(on)

    def _mode_chosen(self, row: int) -> None:
        choice = ModeChoice(self.mode_switch.itemData(row))
        window = self.window
        if window.options.mode is choice:
            return
        window.options = replace(window.options, mode=choice)
        if any(d is not None for d in window.documents.values()):
            window._start({})  # the same documents, compared again in the new mode

    def set_mode(self, choice: ModeChoice) -> None:
        """Choose a mode as the switch does (for scripts and tests)."""
        row = next(i for i, (c, _text) in enumerate(MODE_CHOICES) if c is choice)
        self.mode_switch.setCurrentIndex(row)
        self._mode_chosen(row)

    # ------------------------------------------------------------------------------
    # the window's arrangement in translation mode
    # ------------------------------------------------------------------------------
    def _arrange(self, translating: bool) -> None:
        """Translation mode: the findings list takes the change list's place and the
        category chips go (across languages there is no word diff to sort); toolbar,
        Go menu and shortcuts step through findings. Same-language mode: as before."""
        if translating == self._arranged_for:
            return
        window = self.window
        if translating:
            self._same_split = window.outer_splitter.saveState()
        self._arranged_for = translating
        window.change_list.setVisible(not translating)
        window.legend_bar.setVisible(not translating)
        window.legend_bar.toggleViewAction().setEnabled(not translating)  # the toolbars' menu
        for action in (*window.menu_toggles.values(), *window.toggles.values()):
            action.setEnabled(not translating)
        window.actions.actionStepGroups.setEnabled(not translating)
        for name, (same_text, same_tip) in self._same_texts.items():
            action = window.actions[name]
            text, tip = TRANSLATION_TEXTS[name] if translating else (same_text, same_tip)
            action.setText(self.tr(text) if translating else text)
            action.setToolTip(self.tr(tip) if translating else tip)
            action.setStatusTip(action.toolTip())
        self.dock.setWindowTitle(self.tr("Findings") if translating else self.tr("Facts"))
        self.panel.list.setAccessibleName(
            self.tr("Findings: facts and paragraphs changed, missing or added")
            if translating
            else self.tr("Facts: numbers, dates, names and quotations")
        )
        if not translating and self._same_split is not None:
            window.outer_splitter.restoreState(self._same_split)

    def _show_dock(self, shown: bool, translating: bool) -> None:
        """Show or hide the panel, sized for the mode: in translation mode it takes the
        change list's share; beside the change list it is narrower (as the user last
        left it there). Sized only when the mode or visibility changes, so a width the
        user drags stays."""
        state = (shown, translating)
        if state == self._dock_for:
            return
        if self._dock_for == (True, False):  # leaving the panel beside the change list
            self._same_dock_width = self.dock.width()
        self._dock_for = state
        self.dock.setVisible(shown)
        if not shown:
            return
        window = self.window
        width = (
            int(window.width() * FINDINGS_SHARE)
            if translating
            else self._same_dock_width or int(window.width() * FACTS_SHARE)
        )
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def splitter_state(self):
        """The change list's splitter as the user left it in same-language mode (what
        the settings keep: in translation mode the change list is hidden)."""
        if self._arranged_for and self._same_split is not None:
            return self._same_split
        return self.window.outer_splitter.saveState()

    # ------------------------------------------------------------------------------
    # navigation and the status bar in translation mode
    # ------------------------------------------------------------------------------
    def update_navigation(self) -> None:
        actions, panel = self.window.actions, self.panel
        stops, row = panel.stops, panel.list.currentRow()
        actions.actionNextChange.setEnabled(self._neighbour(True) is not None)
        actions.actionPreviousChange.setEnabled(self._neighbour(False) is not None)
        actions.actionFirstChange.setEnabled(bool(stops) and row != stops[0])
        actions.actionLastChange.setEnabled(bool(stops) and row != stops[-1])
        actions.actionNextListItem.setEnabled(panel.list.count() > 0)
        actions.actionPreviousListItem.setEnabled(panel.list.count() > 0)

    def step_finding(self, by: int) -> None:
        """Alt+Down / Alt+Up: the next (previous) finding after the selected one."""
        row = self._neighbour(by > 0)
        if row is not None:
            self._select_row(row)

    def _neighbour(self, forward: bool) -> int | None:
        view = self.window.active_view()
        rows = [self._row_of(self.panel.finding_at(r), view) for r in self.panel.stops]
        return self.panel.neighbour_stop(forward, rows, view.textCursor().blockNumber())

    def _row_of(self, finding: Finding, view) -> int:
        """The text row (block) of ``view`` where showing ``finding`` puts its cursor
        (both panes have the same rows; the side without the fact: the other's row)."""
        window = self.window
        comparison = window.comparison
        if finding.is_fact:
            fact = comparison.facts[finding.index]
            own = fact.original if view is window.original_view else fact.copy
            if own is None:
                view = window.copy_view if view is window.original_view else window.original_view
                own = fact.copy if view is window.copy_view else fact.original
            if view.render is None or own is None:
                return 0
            return view.document().findBlock(view.render.to_doc(own.start)).blockNumber()
        ranges = view.render.change_ranges if view.render is not None else ()
        if finding.index >= len(ranges):
            return 0
        return view.document().findBlock(ranges[finding.index][0]).blockNumber()

    def edge_finding(self, first: bool) -> None:
        stops = self.panel.stops
        if stops:
            self._select_row(stops[0] if first else stops[-1])

    def _select_row(self, row: int) -> None:
        panel = self.panel
        if panel.list.currentRow() == row:
            finding = panel.finding_at(row)
            if finding is not None:
                self.go_to_finding(finding)
            return
        panel.list.setCurrentRow(row)  # shows it (finding_chosen)
        panel.list.scrollToItem(panel.list.item(row))

    def summary_text(self) -> str:
        """The status bar in translation mode: what drifted, then how much is aligned."""
        comparison = self.window.comparison
        t = tally(comparison)
        stops, row = self.panel.stops, self.panel.list.currentRow()
        if row in stops:
            head = self.tr("Finding {} of {}").format(stops.index(row) + 1, len(stops))
        elif stops:
            head = self.tr("{} findings").format(len(stops)) if len(stops) != 1 else self.tr("1 finding")
        else:
            head = self.tr("Every paragraph and fact has its counterpart")
        # kept facts are in the findings list's heading: the status bar has no room
        parts = [
            head,
            self.tr("facts: {} changed · {} missing · {} added").format(
                t.facts_changed, t.facts_missing, t.facts_added
            ),
            self.tr("paragraphs: {} missing · {} added").format(t.paragraphs_missing, t.paragraphs_added),
        ]
        tail = self.tr("{:.1%} aligned").format(t.aligned)
        if comparison.chrome_share:
            tail += self.tr(" · {:.1%} site chrome").format(comparison.chrome_share)
        if t.damaged:
            tail += self.tr(" · {} damaged").format(t.damaged)
        return "   |   ".join([*parts, tail])

    # ------------------------------------------------------------------------------
    # the overview strip
    # ------------------------------------------------------------------------------
    def fact_marks(self) -> list[tuple[int, int, list[tuple[object, int, int]]]]:
        """The drifted facts as overview marks: (fact index, text row, the document
        ranges of its text in each pane that has it)."""
        window = self.window
        comparison = window.comparison
        if comparison is None:
            return []
        out = []
        for index, fact in enumerate(comparison.facts):
            if fact.status is FactStatus.KEPT:
                continue
            ranges = [
                (view, view.render.to_doc(span.start), view.render.to_doc(span.end))
                for view, span in ((window.original_view, fact.original), (window.copy_view, fact.copy))
                if span is not None and view.render is not None
            ]
            if ranges:
                view, start, _end = ranges[0]
                out.append((index, view.document().findBlock(start).blockNumber(), ranges))
        return out

    def show_fact_mark(self, mark: int) -> None:
        """A fact's mark on the strip was clicked: select it in the findings list."""
        marks = self.fact_marks()
        if not 0 <= mark < len(marks):
            return
        index = marks[mark][0]
        row = next(
            (r for r, f in enumerate(self.panel.rows) if f.is_fact and f.index == index), None
        )
        if row is not None:
            self._select_row(row)

    def _fact_mark_of(self, index: int) -> int | None:
        """The strip's mark number of fact ``index`` (after the changes' marks)."""
        comparison = self.window.comparison
        drifted = [i for i, f in enumerate(comparison.facts) if f.status is not FactStatus.KEPT]
        return len(comparison.changes) + drifted.index(index) if index in drifted else None

    # ------------------------------------------------------------------------------
    # showing a finding
    # ------------------------------------------------------------------------------
    def go_to_finding(self, finding: Finding) -> None:
        if finding.is_fact:
            self.go_to_fact(finding.index)
        else:
            self.window.go_to_change(finding.index)  # a paragraph, site chrome, damage
        self.window._update_navigation()

    def go_to_fact(self, index: int) -> None:
        """Select a fact's text in both panes (the side that lacks it: its paragraph's
        place, level with the other) and scroll them to it."""
        window = self.window
        comparison = window.comparison
        if comparison is None or not 0 <= index < len(comparison.facts):
            return
        window.current = None  # no change is the current one now
        window._mark_current()
        window.overview.set_current(self._fact_mark_of(index))
        fact = comparison.facts[index]
        lead = window.original_view if fact.original is not None else window.copy_view
        row = self._row_of(Finding(FindingKind.FACT, index, -1, fact.reason), lead)
        for view, span in ((window.original_view, fact.original), (window.copy_view, fact.copy)):
            render = view.render
            if render is None:
                continue
            cursor = view.textCursor()
            if span is None:  # the side that lacks it: the start of the same row
                block = view.document().findBlockByNumber(row)
                if block.isValid():
                    cursor.setPosition(block.position())
            else:
                cursor.setPosition(render.to_doc(span.start))
                cursor.setPosition(render.to_doc(span.end), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
            view.centerCursor()
        window._align_to(lead)
