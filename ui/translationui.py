"""The window's parts for translated copies: the mode switch, the languages in the
pane headers and the status bar, and the facts panel (a dock beside the change list).

:class:`TranslationControls` attaches itself to a :class:`ui.window.MainWindow`: it
reads the comparison the window shows and asks the window to compare again when the
mode is switched; it computes nothing itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel

from compare import Mode, ModeChoice
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
        self._shown_for: bool | None = None
        self.dock.toggleViewAction().setObjectName("actionShowFacts")
        view_menu = next(
            (m.menu() for m in window.menuBar().actions() if m.menu() and "View" in m.text()), None
        )
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.dock.toggleViewAction())
        self.panel.fact_chosen.connect(self.go_to_fact)

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
        has_facts = bool(comparison is not None and comparison.facts)
        self.actions_enabled(has_facts)
        # the panel takes room from the panes: shown when there are facts to look at
        # (always in translation mode), out of the way otherwise
        shown = has_facts or (comparison is not None and comparison.mode is Mode.TRANSLATION)
        if shown != self._shown_for:
            self._shown_for = shown
            self.dock.setVisible(shown)

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

    def go_to_fact(self, index: int) -> None:
        """Select a fact's text in both panes (the side that lacks it: its paragraph's
        place, level with the other) and scroll them to it."""
        comparison = self.window.comparison
        if comparison is None or not 0 <= index < len(comparison.facts):
            return
        fact = comparison.facts[index]
        for view, span in ((self.window.original_view, fact.original), (self.window.copy_view, fact.copy)):
            render = view.render
            if render is None or span is None:
                continue
            cursor = view.textCursor()
            cursor.setPosition(render.to_doc(span.start))
            cursor.setPosition(render.to_doc(span.end), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
            view.centerCursor()
        leader = self.window.original_view if fact.original is not None else self.window.copy_view
        self.window._align_to(leader)
