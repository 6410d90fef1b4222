"""Every action of the window, declared in one place with its shortcut and text.

The window connects them; menus, toolbars and tests find them by object name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

StandardKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # object name, e.g. "actionNextChange"
    text: str
    shortcuts: tuple[StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


#: the table of actions (texts are translated when the actions are made)
ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("actionOpenOriginal", "Open &Original…", (StandardKey.Open,),
               "Open the original article"),
    ActionSpec("actionOpenCopy", "Open &Copy…", ("Ctrl+Shift+O",), "Open the copy to check"),
    ActionSpec("actionPasteOriginal", "&Paste as Original", (StandardKey.Paste,),
               "Use the clipboard's text as the original"),
    ActionSpec("actionPasteCopy", "Paste as Cop&y", ("Ctrl+Shift+V",),
               "Use the clipboard's text as the copy"),
    ActionSpec("actionReload", "&Reload", (StandardKey.Refresh,), "Read both files again"),
    ActionSpec("actionSwap", "S&wap Sides", ("Ctrl+Shift+S",), "Exchange original and copy"),
    ActionSpec("actionExport", "&Export Report…", ("Ctrl+E",),
               "Save the comparison as a report"),
    ActionSpec("actionQuit", "&Quit", (StandardKey.Quit,), "Close mirrordiff"),
    ActionSpec("actionFind", "&Find…", (StandardKey.Find,), "Find text in a pane"),
    ActionSpec("actionFindNext", "Find &Next", (StandardKey.FindNext,)),
    ActionSpec("actionFindPrevious", "Find Pre&vious", (StandardKey.FindPrevious,)),
    ActionSpec("actionCopyText", "&Copy Text", (StandardKey.Copy,),
               "Copy the selected text, as it is in the file"),
    ActionSpec("actionZoomIn", "Zoom &In", (StandardKey.ZoomIn, "Ctrl+="), "Larger text"),
    ActionSpec("actionZoomOut", "Zoom &Out", (StandardKey.ZoomOut,), "Smaller text"),
    ActionSpec("actionZoomReset", "&Normal Size", ("Ctrl+0",), "Default text size"),
    ActionSpec("actionNextChange", "&Next Change", ("Alt+Down",),
               "Go to the next change below the cursor"),
    ActionSpec("actionPreviousChange", "&Previous Change", ("Alt+Up",),
               "Go to the previous change above the cursor"),
    ActionSpec("actionFirstChange", "&First Change", ("Alt+Home",), "Go to the first change"),
    ActionSpec("actionLastChange", "&Last Change", ("Alt+End",), "Go to the last change"),
    ActionSpec("actionStepGroups", "Step Through &Groups", ("Alt+G",),
               "Next/previous change jump over the rest of a group (one pattern) "
               "instead of stepping through its members", checkable=True),
    ActionSpec("actionNextListItem", "Next in Change &List", ("F7",),
               "Select the next entry of the change list"),
    ActionSpec("actionPreviousListItem", "Previous in Change L&ist", ("Shift+F7",),
               "Select the previous entry of the change list"),
    ActionSpec("actionNextFact", "Next &Fact", ("F8",),
               "Select the next fact (number, date, name, quotation) in the facts list"),
    ActionSpec("actionPreviousFact", "Previous F&act", ("Shift+F8",),
               "Select the previous fact in the facts list"),
    ActionSpec("actionCancel", "&Cancel Comparison", ("Escape",),
               "Stop the comparison that is running"),
    ActionSpec("actionClearRecent", "&Clear Recent Comparisons"),
    ActionSpec("actionAbout", "&About mirrordiff"),
)


class Actions(QObject):
    """The window's actions, as attributes named like their object names."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.all: dict[str, QAction] = {}
        for spec in ACTION_SPECS:
            action = QAction(tr(spec.text), parent)
            action.setObjectName(spec.name)
            if spec.shortcuts:
                keys: list[QKeySequence] = []
                for shortcut in spec.shortcuts:
                    if isinstance(shortcut, StandardKey):
                        keys.extend(QKeySequence.keyBindings(shortcut))
                    else:
                        keys.append(QKeySequence(shortcut))
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.tip:
                action.setToolTip(tr(spec.tip))
                action.setStatusTip(tr(spec.tip))
            action.setCheckable(spec.checkable)
            self.all[spec.name] = action
            setattr(self, spec.name, action)

    def __getitem__(self, name: str) -> QAction:
        return self.all[name]
