"""The main window: two aligned panes, the change list, the overview strip.

The window only reads its controls, asks a worker (:mod:`ui.worker`) to load,
compare and build the documents off the GUI thread, and shows what comes back.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from compare import (
    CATEGORY_ORDER,
    Category,
    Comparison,
    Document,
    Format,
    Mode,
    Options,
    __version__,
)
from compare.report import ReportOptions

from . import export
from .actions import Actions
from .changelist import ChangeListModel, ChangeListView
from .leveling import RowLeveler
from .overview import OverviewStrip
from .panes import Pane, PaneView, dropped_sources, plain_tooltip
from .rendering import Rendering
from .settings import Settings
from .theme import CATEGORY_STYLES, Level, Theme, is_dark
from .translationui import TranslationControls
from .worker import ComparisonWorker, Job, JobResult, Side, Source, TaskWorker

#: below this similarity the two texts are not two versions of one article
DIFFERENT_ARTICLES = 0.3

#: object names of the category toggles
TOGGLE_NAMES: dict[Category, str] = {
    Category.BOILERPLATE: "toggleBoilerplate",
    Category.CORRUPTION: "toggleCorruption",
    Category.TYPOGRAPHY: "toggleTypography",
    Category.EDIT: "toggleEdit",
    Category.MOVED: "toggleMoved",
}

#: a job running longer than this shows the progress bar and the Cancel button
PROGRESS_DELAY_MS = 250


def swatch(theme: Theme, category: Category, size: int, ratio: float) -> QPixmap:
    """The legend swatch of a category: its tint or hatch, its underline, its border."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = CATEGORY_STYLES[category]
    rect = pixmap.rect().adjusted(1, 1, -1, -1)
    rect.setSize(QSize(size - 2, size - 2))
    painter.fillRect(rect, theme.tint(category))
    painter.fillRect(rect, theme.background_brush(category, Level.NORMAL))
    accent = theme.accent(category)
    painter.setPen(QPen(accent, 1.5))
    painter.drawRect(rect)
    y = rect.bottom() - 2
    pen = QPen(accent, 2)
    if style.underline.name == "WaveUnderline":
        for x in range(rect.left() + 1, rect.right() - 1, 4):
            painter.setPen(pen)
            painter.drawLine(x, y, x + 2, y - 2)
            painter.drawLine(x + 2, y - 2, x + 4, y)
    elif style.underline.name == "DotLine":
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
    elif style.underline.name == "DashUnderline":
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
    painter.end()
    return pixmap


class MessageBar(QFrame):
    """A one-line message above the panes, with an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = QLabel("", self)
        self.text.setObjectName("messageText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("messageAction")
        self.action_button.hide()
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("\N{MULTIPLICATION SIGN}")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin * 2, margin, margin, margin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Message"))
        self._callback = None
        self.serial = 0  # counts the messages shown: which ones came after some moment
        self.action_button.clicked.connect(self._clicked)
        self.hide()

    def show_message(self, text: str, *, error: bool = False, action: str = "", callback=None):
        self.serial += 1
        self.text.setText(text)
        self.setProperty("error", error)
        color = QColor("#D55E00") if error else self.palette().color(self.palette().ColorRole.Highlight)
        self.setStyleSheet(
            f"#messageBar {{ border: 1px solid {color.name()}; border-left: 4px solid {color.name()}; }}"
        )
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def _clicked(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()


class FindBar(QFrame):
    """Ctrl+F: find text in the pane that had the focus last."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("findBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in the text"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.previous = QPushButton(self.tr("Previous"), self)
        self.previous.setObjectName("findPrevious")
        self.previous.setAccessibleName(self.tr("Find previous"))
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("findNext")
        self.next.setAccessibleName(self.tr("Find next"))
        self.status = QLabel("", self)
        self.status.setObjectName("findStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setObjectName("findClose")
        close.setText("\N{MULTIPLICATION SIGN}")
        close.setAccessibleName(self.tr("Close find"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.field.returnPressed.connect(lambda: self.find(forward=True))
        self.next.clicked.connect(lambda: self.find(forward=True))
        self.previous.clicked.connect(lambda: self.find(forward=False))
        self.field.textChanged.connect(lambda _t: self.status.setText(""))
        self.hide()

    def open_bar(self) -> None:
        self.show()
        cursor = self.window_.active_view().textCursor()
        if cursor.hasSelection() and "\u2029" not in cursor.selectedText():
            self.field.setText(cursor.selectedText())
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.window_.active_view().setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def find(self, forward: bool = True) -> bool:
        text = self.field.text()
        if not text:
            return False
        view = self.window_.active_view()
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        if view.find(text, flags):
            self.status.setText("")
            return True
        # wrap around once
        cursor = view.textCursor()
        saved = QTextCursor(cursor)
        cursor.movePosition(
            QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
        )
        view.setTextCursor(cursor)
        if view.find(text, flags):
            self.status.setText(self.tr("Wrapped around"))
            return True
        view.setTextCursor(saved)
        self.status.setText(self.tr("Not found"))
        return False


class MainWindow(QMainWindow):
    """mirrordiff's window. ``open_pair(original, copy)`` compares two files."""

    #: the engine's Comparison, once the view shows it
    comparison_ready = Signal(object)
    #: the panes show a new rendering (a comparison, one side, or new toggles/theme)
    view_updated = Signal()
    #: a job ended without a new view (errors only, or cancelled)
    job_ended = Signal()
    #: every job ends with this, whatever happened (tests and scripts wait for it)
    work_done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("mirrordiff")
        self.setAcceptDrops(True)
        self.settings = Settings()
        self.options = Options()
        self.enabled: frozenset[Category] = self.settings.enabled_categories()
        self.theme = Theme(dark=is_dark())
        self.sources: dict[Side, Source | None] = {Side.ORIGINAL: None, Side.COPY: None}
        self.documents: dict[Side, Document | None] = {Side.ORIGINAL: None, Side.COPY: None}
        self.comparison: Comparison | None = None
        self.rendering: Rendering | None = None
        self.current: int | None = None
        self.zoom_steps = 0
        self._generation = 0
        self._worker: ComparisonWorker | None = None
        self._workers: set = set()
        self._syncing = False
        self._last_view: PaneView | None = None
        self._job_started = 0.0
        self._message_serial_at_start = 0
        self.last_timings: dict[str, float] = {}
        self._pending_sources: dict[Side, Source] = {}
        self._show_token = 0

        self.actions = Actions(self)
        self._build_widgets()
        self._build_menus()
        self._connect()
        self._restore_settings()
        self._update_everything()

        self.leveler = RowLeveler(self.original_view, self.copy_view, self._keep_place, self)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self.leveler.restart_if_resized)
        for view in (self.original_view, self.copy_view):
            view.resized.connect(self._resize_timer.start)
        # marks level with their text move whenever the text or the view does
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self._place_overview_marks)
        self.leveler.leveled.connect(self._marks_timer.start)
        self.original_view.resized.connect(self._marks_timer.start)
        for view in (self.original_view, self.copy_view):
            view.resized.connect(self._level_headers)
        self.original_view.verticalScrollBar().rangeChanged.connect(self._marks_timer.start)

        # translated copies: mode switch, languages, facts panel (ui/translationui.py)
        self.translation = TranslationControls(self)

        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self._theme_maybe_changed())

    # ------------------------------------------------------------------------------
    # building
    # ------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.panes = {Side.ORIGINAL: Pane(Side.ORIGINAL, self), Side.COPY: Pane(Side.COPY, self)}
        self.original_view = self.panes[Side.ORIGINAL].view
        self.copy_view = self.panes[Side.COPY].view
        self._last_view = self.original_view
        self.overview = OverviewStrip(self)

        # the two panes always have the same width: then every paragraph the copy left
        # alone wraps exactly like the original's, and rows stay level (no splitter here)
        self.pane_row = QWidget(self)
        self.pane_row.setObjectName("paneRow")
        row = QHBoxLayout(self.pane_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(max(2, self.fontMetrics().height() // 6))
        for side in (Side.ORIGINAL, Side.COPY):
            policy = self.panes[side].sizePolicy()
            policy.setHorizontalPolicy(policy.Policy.Ignored)
            self.panes[side].setSizePolicy(policy)
        row.addWidget(self.panes[Side.ORIGINAL], 1)
        row.addWidget(self.overview, 0)
        row.addWidget(self.panes[Side.COPY], 1)

        self.change_model = ChangeListModel(self)
        self.change_list = ChangeListView(self)
        self.change_list.setModel(self.change_model)

        self.message_bar = MessageBar(self)
        self.identical_notice = QLabel("", self)
        self.identical_notice.setObjectName("identicalNotice")
        self.identical_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.identical_notice.setWordWrap(True)
        self.identical_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.identical_notice.setAccessibleName(self.tr("Notice about the comparison"))
        font = self.identical_notice.font()
        font.setBold(True)
        self.identical_notice.setFont(font)
        self.identical_notice.hide()
        self.find_bar = FindBar(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.message_bar)
        left_layout.addWidget(self.identical_notice)
        left_layout.addWidget(self.pane_row, 1)
        left_layout.addWidget(self.find_bar)

        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.addWidget(left)
        self.outer_splitter.addWidget(self.change_list)
        self.outer_splitter.setStretchFactor(0, 4)
        self.outer_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.outer_splitter)

        # toolbar: files, navigation, category chips (which are also the legend)
        a = self.actions
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for action in (a.actionOpenOriginal, a.actionOpenCopy, a.actionSwap, a.actionReload):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (a.actionPreviousChange, a.actionNextChange):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(a.actionExport)
        self.addToolBar(self.toolbar)

        self.legend_bar = QToolBar(self.tr("Categories"), self)
        self.legend_bar.setObjectName("categoryToolBar")
        self.legend_bar.setMovable(False)
        self.legend_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        label = QLabel(self.tr("Show:"), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.legend_bar.addWidget(label)
        self.toggles: dict[Category, QAction] = {}
        for category in CATEGORY_ORDER:
            action = QAction(CATEGORY_STYLES[category].label, self)
            action.setObjectName(TOGGLE_NAMES[category])
            action.setCheckable(True)
            action.setChecked(category in self.enabled)
            action.toggled.connect(lambda on, c=category: self.set_category_enabled(c, on))
            self.legend_bar.addAction(action)
            button = self.legend_bar.widgetForAction(action)
            if button is not None:
                button.setObjectName(TOGGLE_NAMES[category])
            self.toggles[category] = action
        # on and off must read at a glance, not by colour alone: a ticked box and a
        # raised, outlined chip when shown; an empty box, struck-through grey text
        # and a dashed outline when hidden
        self.legend_bar.setStyleSheet(
            "#categoryToolBar QToolButton { border-radius: 3px; padding: 2px 6px; margin: 1px; }"
            "#categoryToolBar QToolButton:checked {"
            " border: 2px solid palette(highlight); background: palette(button);"
            " color: palette(button-text); }"
            "#categoryToolBar QToolButton:!checked {"
            " border: 1px dashed palette(mid); background: transparent; color: palette(mid); }"
        )
        self.addToolBarBreak()
        self.addToolBar(self.legend_bar)

        # status bar: summary, progress with Cancel
        self.status_summary = QLabel("", self)
        self.status_summary.setObjectName("statusSummary")
        self.status_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.status_summary.setAccessibleName(self.tr("Comparison summary"))
        # a long summary is cut at the window's edge (its tooltip has it whole): it must
        # never make the window wider than the user wants it
        self.status_summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_summary.setMinimumWidth(1)
        self.statusBar().addWidget(self.status_summary, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setAccessibleName(self.tr("Comparison progress"))
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the comparison"))
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)

        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(a.actionOpenOriginal)
        file_menu.addAction(a.actionOpenCopy)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a.actionPasteOriginal)
        file_menu.addAction(a.actionPasteCopy)
        file_menu.addSeparator()
        file_menu.addAction(a.actionReload)
        file_menu.addAction(a.actionExport)
        file_menu.addSeparator()
        file_menu.addAction(a.actionQuit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(a.actionCopyText)
        edit_menu.addAction(a.actionFind)
        edit_menu.addAction(a.actionFindNext)
        edit_menu.addAction(a.actionFindPrevious)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.actionSwap)
        view_menu.addSeparator()
        # the menu has its own actions, without the swatch icon: a checkable menu
        # entry with an icon shows the icon where its check mark would be
        self.menu_toggles: dict[Category, QAction] = {}
        for category in CATEGORY_ORDER:
            action = QAction(CATEGORY_STYLES[category].label, self)
            action.setObjectName("menu" + TOGGLE_NAMES[category][0].upper() + TOGGLE_NAMES[category][1:])
            action.setCheckable(True)
            action.setChecked(category in self.enabled)
            action.toggled.connect(lambda on, c=category: self.set_category_enabled(c, on))
            view_menu.addAction(action)
            self.menu_toggles[category] = action
        view_menu.addSeparator()
        view_menu.addAction(a.actionZoomIn)
        view_menu.addAction(a.actionZoomOut)
        view_menu.addAction(a.actionZoomReset)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in (
            a.actionNextChange,
            a.actionPreviousChange,
            a.actionFirstChange,
            a.actionLastChange,
        ):
            go_menu.addAction(action)
        go_menu.addSeparator()
        go_menu.addAction(a.actionNextListItem)
        go_menu.addAction(a.actionPreviousListItem)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.actionAbout)
        # actions that are in no visible menu still need to work from the keyboard
        self.addAction(a.actionCancel)
        self._rebuild_recent_menu()

    def _connect(self) -> None:
        a = self.actions
        a.actionOpenOriginal.triggered.connect(lambda: self.request_open(Side.ORIGINAL))
        a.actionOpenCopy.triggered.connect(lambda: self.request_open(Side.COPY))
        a.actionPasteOriginal.triggered.connect(lambda: self.paste(Side.ORIGINAL))
        a.actionPasteCopy.triggered.connect(lambda: self.paste(Side.COPY))
        a.actionReload.triggered.connect(self.reload)
        a.actionSwap.triggered.connect(self.swap)
        a.actionExport.triggered.connect(self.request_export)
        a.actionQuit.triggered.connect(self.close)
        a.actionFind.triggered.connect(self.find_bar.open_bar)
        a.actionFindNext.triggered.connect(lambda: self.find_bar.find(forward=True))
        a.actionFindPrevious.triggered.connect(lambda: self.find_bar.find(forward=False))
        a.actionCopyText.triggered.connect(lambda: self.active_view().copy())
        a.actionZoomIn.triggered.connect(lambda: self.zoom(+1))
        a.actionZoomOut.triggered.connect(lambda: self.zoom(-1))
        a.actionZoomReset.triggered.connect(lambda: self.zoom(-self.zoom_steps))
        a.actionNextChange.triggered.connect(self.next_change)
        a.actionPreviousChange.triggered.connect(self.previous_change)
        a.actionFirstChange.triggered.connect(self.first_change)
        a.actionLastChange.triggered.connect(self.last_change)
        a.actionNextListItem.triggered.connect(lambda: self.step_list(+1))
        a.actionPreviousListItem.triggered.connect(lambda: self.step_list(-1))
        a.actionCancel.triggered.connect(self.cancel)
        a.actionClearRecent.triggered.connect(self._clear_recent)
        a.actionAbout.triggered.connect(self._about)
        self.cancel_button.clicked.connect(self.cancel)
        for side, pane in self.panes.items():
            pane.view.files_dropped.connect(lambda items, s=side: self._dropped(items, s))
            pane.drop_target.files_dropped.connect(lambda items, s=side: self._dropped(items, s))
            pane.drop_target.open_requested.connect(lambda s=side: self.request_open(s))
            pane.drop_target.paste_requested.connect(lambda s=side: self.paste(s))
            pane.header.encoding_chosen.connect(lambda name, s=side: self.set_encoding(s, name))
            pane.view.focused.connect(lambda v=pane.view: self._view_focused(v))
            pane.view.change_activated.connect(self._go_to_other_half)
            pane.view.cursorPositionChanged.connect(self._update_navigation)
            pane.view.verticalScrollBar().valueChanged.connect(
                lambda _v, view=pane.view: self._sync_scroll(view)
            )
        self.change_list.selectionModel().currentRowChanged.connect(self._list_row_changed)
        self.change_list.activated.connect(lambda index: self._list_row_changed(index, None))
        self.overview.change_clicked.connect(self.go_to_change)
        self.overview.fraction_clicked.connect(self._scroll_to_fraction)

    # ------------------------------------------------------------------------------
    # settings
    # ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        if not s.geometry().isEmpty():
            self.restoreGeometry(s.geometry())
        else:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(int(available.width() * 0.85), int(available.height() * 0.85))
        if not s.window_state().isEmpty():
            self.restoreState(s.window_state())
        if not s.outer_splitter().isEmpty():
            self.outer_splitter.restoreState(s.outer_splitter())
        else:
            total = max(800, self.width())
            # the change list gets room for its snippets beside the two line columns
            self.outer_splitter.setSizes([int(total * 0.72), int(total * 0.28)])
        self.zoom(s.zoom())

    def save_settings(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_window_state(self.saveState())
        s.set_outer_splitter(self.outer_splitter.saveState())
        s.set_enabled_categories(self.enabled)
        s.set_zoom(self.zoom_steps)
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.cancel()
        # a comparison stops at its next cancellation check; a report being written
        # finishes (atomically) - a thread must never be destroyed while it runs
        for worker in list(self._workers):
            worker.wait()
        super().closeEvent(event)

    # ------------------------------------------------------------------------------
    # opening
    # ------------------------------------------------------------------------------
    def open_pair(self, original_path, copy_path) -> None:
        """Compare two files (paths); the result arrives with ``comparison_ready``."""
        self._start(
            {
                Side.ORIGINAL: Source(path=str(original_path), label=Path(original_path).name),
                Side.COPY: Source(path=str(copy_path), label=Path(copy_path).name),
            }
        )

    def open_file(self, side: Side, path) -> None:
        """Load one side from a file; the other side stays as it is."""
        self._start({Side(side): Source(path=str(path), label=Path(path).name)})

    def set_text(self, side: Side, text: str, label: str = "", fmt: Format | None = None) -> None:
        """Use text (pasted or dropped) as one side."""
        label = label or self.tr("Pasted text")
        self._start({Side(side): Source(text=text, label=label, fmt=fmt)})

    def set_encoding(self, side: Side, encoding: str) -> None:
        """Decode one side's file again with another encoding."""
        source = self.sources.get(side)
        if source is None or not source.is_file:
            return
        self._start({side: source.with_encoding(encoding)})

    def request_open(self, side: Side) -> None:
        which = side.value
        title = self.tr("Open the original") if side is Side.ORIGINAL else self.tr("Open the copy")
        folder = self.settings.folder(which) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            title,
            folder,
            self.tr("Articles (*.txt *.html *.htm *.xhtml *.md);;All files (*)"),
        )
        if path:
            self.settings.set_folder(which, str(Path(path).parent))
            self.open_file(side, path)

    def paste(self, side: Side) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        text = mime.text() if mime.hasText() else ""
        fmt = Format.TEXT
        if not text.strip() and mime.hasHtml():
            text, fmt = mime.html(), Format.HTML
        if not text.strip():
            self.message_bar.show_message(self.tr("The clipboard holds no text to paste."))
            return
        self.set_text(side, text, self.tr("Pasted text"), fmt)

    def _dropped(self, items: list, side: Side | None) -> None:
        sources = [_source_of(path, text, fmt, self.tr("Dropped text")) for path, text, fmt in items]
        if not sources:
            return
        if len(sources) >= 2:
            self._start({Side.ORIGINAL: sources[0], Side.COPY: sources[1]})
            if len(sources) > 2:
                self.message_bar.show_message(
                    self.tr("Only the first two dropped files are compared.")
                )
            return
        if side is None:
            side = Side.ORIGINAL if self.documents[Side.ORIGINAL] is None else Side.COPY
        self._start({side: sources[0]})

    def dragEnterEvent(self, event) -> None:
        if dropped_sources(event.mimeData()) or event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        items = dropped_sources(event.mimeData())
        if items:
            event.acceptProposedAction()
            self._dropped(items, None)
        else:
            event.ignore()

    def reload(self) -> None:
        """Read both files again (pasted text stays as it is)."""
        wanted = {side: s for side, s in self.sources.items() if s is not None and s.is_file}
        if wanted:
            self._start(wanted)

    def swap(self) -> None:
        self.sources = {Side.ORIGINAL: self.sources[Side.COPY], Side.COPY: self.sources[Side.ORIGINAL]}
        docs = {Side.ORIGINAL: self.documents[Side.COPY], Side.COPY: self.documents[Side.ORIGINAL]}
        self.documents = docs
        self._start({}, documents=docs)

    # ------------------------------------------------------------------------------
    # jobs
    # ------------------------------------------------------------------------------
    def _start(self, new: dict, documents: dict | None = None, rerender: bool = False) -> None:
        """Run a job: ``new`` sides are (re)loaded, the others reuse their documents."""
        self._generation += 1
        if self._worker is not None:
            self._worker.request_cancel()
            if not rerender and documents is None:
                # quick requests in a row: what the superseded job was loading still counts
                new = {**self._pending_sources, **new}
        docs = documents or self.documents
        job = Job(
            generation=self._generation,
            original=new.get(Side.ORIGINAL, docs[Side.ORIGINAL]),
            copy=new.get(Side.COPY, docs[Side.COPY]),
            enabled=self.enabled,
            theme=self.theme,
            font=QFont(self.original_view.font()),
            options=self.options,
            comparison=self.comparison if rerender else None,
            fallback_original=docs[Side.ORIGINAL],
            fallback_copy=docs[Side.COPY],
        )
        worker = ComparisonWorker(job)
        worker.job_finished.connect(self._job_finished)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(lambda w=worker: self._worker_done(w))
        if not rerender:
            self._pending_sources = dict(new)
        self._worker = worker
        self._workers.add(worker)
        self._job_started = time.perf_counter()
        self._message_serial_at_start = self.message_bar.serial
        self.actions.actionCancel.setEnabled(True)
        self.progress.setValue(0)
        self._progress_timer.start(PROGRESS_DELAY_MS)
        worker.start()

    def _worker_done(self, worker: ComparisonWorker) -> None:
        self._workers.discard(worker)
        worker.deleteLater()

    def is_busy(self) -> bool:
        """A job is running, or its result is still being handed to the panes."""
        return self._worker is not None or self._syncing

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.request_cancel()

    def _show_progress(self) -> None:
        if self._worker is not None:
            self.progress.show()
            self.cancel_button.show()
            self.statusBar().showMessage(self.tr("Comparing…"))

    def _progressed(self, fraction: float, what: str) -> None:
        if self.sender() is self._worker:
            self.progress.setValue(int(fraction * 100))
            if self.progress.isVisible():
                text = self.tr("Comparing…") if what == "compare" else self.tr("Preparing the view…")
                self.statusBar().showMessage(text)

    def _job_finished(self, result: JobResult) -> None:
        if result.generation != self._generation:
            _discard(result)
            return
        done = True
        try:
            done = self._apply_result(result)
        finally:
            if done:
                self.work_done.emit()

    def _apply_result(self, result: JobResult) -> bool:
        """Show what a job brought; False when the showing goes on in later turns."""
        self._worker = None
        self._progress_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().clearMessage()
        self.actions.actionCancel.setEnabled(False)
        self.last_timings = dict(result.timings, total=time.perf_counter() - self._job_started)
        if result.cancelled:
            self._pending_sources = {}
            self.message_bar.show_message(self.tr("Comparison cancelled; nothing was changed."))
            self._update_everything()
            self.job_ended.emit()
            return True
        messages = []
        for side, error in result.errors.items():
            what = self.tr("the original") if side is Side.ORIGINAL else self.tr("the copy")
            messages.append(self.tr("Could not open {}: {}").format(what, error))
            self.panes[side].drop_target.show_message(error)
        for side, source in self._pending_sources.items():
            if side not in result.errors:
                self.sources[side] = source
                self.panes[side].drop_target.show_message("")
        self._pending_sources = {}
        if (
            result.rendering is not None
            and result.rendering.comparison is not self.comparison
            and self.message_bar.serial == self._message_serial_at_start
        ):
            # a new comparison: what the bar said ("Report saved: …") was about the
            # old one; a message given since this job started still stands
            self.message_bar.hide()
        if messages:
            self.message_bar.show_message("\n".join(messages), error=True)
        elif self.message_bar.property("error"):
            self.message_bar.hide()
        self.documents = {Side.ORIGINAL: result.original, Side.COPY: result.copy}
        if result.rendering is None:
            self._update_everything()
            self.job_ended.emit()
            return True
        return self._show_rendering(result.rendering)

    def _show_rendering(self, rendering: Rendering) -> bool:
        """Hand the new documents to the panes, one pane per turn of the event loop.

        Giving a pane a document of a million characters costs the GUI thread tens of
        milliseconds; doing both in one go would stall the window for twice that.
        Returns False: the rest happens later and ends with ``work_done``.
        """
        previous = self.comparison
        keep_place = previous is not None and rendering.comparison is previous
        bar = self.original_view.verticalScrollBar()
        top_row = (
            self.original_view.document().findBlockByLineNumber(bar.value()).blockNumber()
            if keep_place
            else 0
        )
        self.rendering = rendering
        self.comparison = rendering.comparison
        if not keep_place or (
            self.current is not None
            and self.comparison is not None
            and self.comparison.changes[self.current].category not in self.enabled
        ):
            self.current = None
        self._syncing = True
        self._show_token += 1
        token = self._show_token
        steps = [(Side.ORIGINAL, rendering.original), (Side.COPY, rendering.copy)]

        def step(i: int) -> None:
            if token != self._show_token:
                return  # a newer rendering is being shown
            side, pane_render = steps[i]
            pane = self.panes[side]
            pane.show_loaded(pane_render is not None)
            pane.view.show_render(pane_render, self.comparison)
            pane.header.show_document(self.documents[side])
            self._level_headers()
            # a real (1 ms) timer, not a posted call: timers that are already due, and
            # paints, get their turn in between
            if i + 1 < len(steps):
                QTimer.singleShot(1, lambda: step(i + 1))
            else:
                QTimer.singleShot(1, finish)

        def finish() -> None:
            if token != self._show_token:
                return
            self._syncing = False
            if keep_place:  # same rows in view (the new documents have no pads yet)
                block = self.original_view.document().findBlockByNumber(top_row)
                if block.isValid():
                    self.original_view.verticalScrollBar().setValue(block.firstLineNumber())
                self._sync_scroll(self.original_view)
            self._update_watcher()
            self._remember_recent()
            self._update_everything()
            if self.current is not None:
                self._mark_current()
            if self.comparison is not None:
                self.leveler.start(rendering.level_rows)
            self.view_updated.emit()
            if self.comparison is not None and not keep_place:
                self.comparison_ready.emit(self.comparison)
            self.work_done.emit()

        step(0)
        return False

    # ------------------------------------------------------------------------------
    # categories, theme, zoom
    # ------------------------------------------------------------------------------
    def set_category_enabled(self, category: Category, on: bool) -> None:
        enabled = set(self.enabled)
        (enabled.add if on else enabled.discard)(category)
        if frozenset(enabled) == self.enabled:
            return
        self.enabled = frozenset(enabled)
        self.settings.set_enabled_categories(self.enabled)
        self._update_toggles()
        self._refresh_view()

    def _refresh_view(self) -> None:
        """Show the same texts again with the current toggles and theme."""
        if self._worker is not None and self._pending_sources:
            self._start({})  # files are loading: they will be shown with the new look
        elif self.comparison is not None:
            self._start({}, rerender=True)
        elif any(self.documents.values()):
            self._start({})
        else:
            self._update_everything()

    def _theme_maybe_changed(self) -> None:
        dark = is_dark()
        if dark == self.theme.dark:
            return
        self.theme = Theme(dark=dark)
        self._update_everything()
        self._refresh_view()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "theme"):
            self._theme_maybe_changed()

    def zoom(self, steps: int) -> None:
        if not steps:
            return
        for view in (self.original_view, self.copy_view):
            if steps > 0:
                view.zoomIn(steps)
            else:
                view.zoomOut(-steps)
        self.zoom_steps += steps
        if hasattr(self, "leveler"):
            self.leveler.restart_if_resized()  # the font changed: paragraphs wrap anew

    # ------------------------------------------------------------------------------
    # navigation
    # ------------------------------------------------------------------------------
    def shown_changes(self) -> list[int]:
        if self.comparison is None:
            return []
        return [i for i, c in enumerate(self.comparison.changes) if c.category in self.enabled]

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
        at_current = (
            self.current is not None and render.change_ranges[self.current][0] == position
        )
        starts = render.change_starts
        n = len(starts)
        changes = self.comparison.changes
        if forward:
            i = self.current + 1 if at_current else bisect_left(starts, position)
            while i < n and changes[i].category not in self.enabled:
                i += 1
            return i if i < n else None
        i = self.current - 1 if at_current else bisect_left(starts, position) - 1
        while i >= 0 and changes[i].category not in self.enabled:
            i -= 1
        return i if i >= 0 else None

    def next_change(self) -> None:
        target = self._neighbour(True)
        if target is not None:
            self.go_to_change(target)

    def previous_change(self) -> None:
        target = self._neighbour(False)
        if target is not None:
            self.go_to_change(target)

    def first_change(self) -> None:
        shown = self.shown_changes()
        if shown:
            self.go_to_change(shown[0])

    def last_change(self) -> None:
        shown = self.shown_changes()
        if shown:
            self.go_to_change(shown[-1])

    def step_list(self, step: int) -> None:
        rows = self.change_model.rowCount()
        if not rows:
            return
        current = self.change_list.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        row = max(0, min(rows - 1, row))
        self.change_list.setFocus()
        self.change_list.setCurrentIndex(self.change_model.index(row, 0))
        self.go_to_change(self.change_model.change_index(row))

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
        self._align_to(self.copy_view if self.comparison.changes[index].original.empty else self.original_view)
        self._mark_current()
        row = self.change_model.row_of(index)
        if row is not None:
            selection = self.change_list.selectionModel()
            selection.blockSignals(True)
            self.change_list.setCurrentIndex(self.change_model.index(row, 0))
            selection.blockSignals(False)
            self.change_list.viewport().update()
            self.change_list.scrollTo(self.change_model.index(row, 0))
        self._update_navigation()
        self._update_overview_range()

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

    def _list_row_changed(self, index: QModelIndex, _previous) -> None:
        if index.isValid():
            self.go_to_change(self.change_model.change_index(index.row()))

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

    # ------------------------------------------------------------------------------
    # what the window shows about the state
    # ------------------------------------------------------------------------------
    def _update_everything(self) -> None:
        self._update_toggles()
        self._update_change_list()
        self._update_overview()
        self._update_notice()
        self._update_navigation()
        self._update_title()
        loaded = any(d is not None for d in self.documents.values())
        for side, pane in self.panes.items():
            if self.documents[side] is None:
                pane.show_loaded(False)
                pane.header.show_document(None)
        self._level_headers()
        files = any(s is not None and s.is_file for s in self.sources.values())
        self.actions.actionReload.setEnabled(files)
        self.actions.actionSwap.setEnabled(loaded)
        self.actions.actionExport.setEnabled(self.comparison is not None)
        self.actions.actionCopyText.setEnabled(loaded)
        self.actions.actionFind.setEnabled(loaded)
        self.actions.actionFindNext.setEnabled(loaded)
        self.actions.actionFindPrevious.setEnabled(loaded)
        if self._worker is None:
            self.actions.actionCancel.setEnabled(False)

    def _update_toggles(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        size = max(12, self.fontMetrics().height())
        counts = self.comparison.counts if self.comparison is not None else {}
        for category, action in self.toggles.items():
            count = counts.get(category, 0)
            label = CATEGORY_STYLES[category].label
            on = category in self.enabled
            text = f"{self.tr(label)} {count}" if self.comparison is not None else self.tr(label)
            box = "\N{BALLOT BOX WITH CHECK}" if on else "\N{BALLOT BOX}"
            action.setText(f"{box} {text}")
            menu_action = self.menu_toggles[category]
            menu_action.setText(text)
            menu_action.blockSignals(True)
            menu_action.setChecked(on)
            menu_action.blockSignals(False)
            action.setIcon(QIcon(swatch(self.theme, category, size, ratio)))
            state = self.tr("shown") if category in self.enabled else self.tr("hidden")
            action.setToolTip(
                self.tr("{}: {} change(s), {} — click to toggle").format(label, count, state)
                + "\n"
                + self.tr("Shown as: {}").format(self.tr(CATEGORY_STYLES[category].shown_as))
            )
            button = self.legend_bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(self.tr("Show {} ({})").format(label.lower(), count))
                font = button.font()
                font.setStrikeOut(not on)
                button.setFont(font)
            action.blockSignals(True)
            action.setChecked(category in self.enabled)
            action.blockSignals(False)

    def _update_change_list(self) -> None:
        if self.comparison is None or self.rendering is None:
            self.change_model.set_changes((), [], (), {}, {})
            return
        ratio = self.devicePixelRatioF() or 1.0
        size = max(12, self.fontMetrics().height())
        icons = {c: QIcon(swatch(self.theme, c, size, ratio)) for c in CATEGORY_ORDER}
        self.change_model.set_changes(
            self.comparison.changes,
            self.shown_changes(),
            self.rendering.change_lines,
            icons,
            {c: self.theme.tint(c) for c in CATEGORY_ORDER},
        )
        if self.current is not None:
            row = self.change_model.row_of(self.current)
            if row is not None:
                selection = self.change_list.selectionModel()
                selection.blockSignals(True)
                self.change_list.setCurrentIndex(self.change_model.index(row, 0))
                selection.blockSignals(False)

    def _update_overview(self) -> None:
        if self.comparison is None or self.rendering is None:
            self.overview.set_marks([], [], self.enabled, 1, self.theme)
            self.overview.set_current(None)
            return
        self.overview.set_marks(
            self.rendering.change_rows,
            [c.category for c in self.comparison.changes],
            self.enabled,
            self.rendering.rows,
            self.theme,
        )
        self._place_overview_marks()
        self.overview.set_current(self.current)

    def _level_headers(self) -> None:
        """Both pane headers as tall as the taller one, so both texts start level.

        A warning line in one header (undecodable bytes, low confidence) would
        otherwise push that pane's text down and break the row-for-row levelling.
        """
        headers = [pane.header for pane in self.panes.values()]
        height = max(header.natural_height() for header in headers)
        for header in headers:
            if header.minimumHeight() != height:
                header.setMinimumHeight(height)

    def _place_overview_marks(self) -> None:
        """Put each mark level with its text when the whole document fits the view.

        Otherwise the strip keeps its proportional mapping (whole strip = whole text).
        """
        view = self.original_view
        rendering = self.rendering
        if (
            rendering is None
            or self.comparison is None
            or view.render is None
            or not view.isVisible()
            or view.verticalScrollBar().maximum() > 0
        ):
            self.overview.set_exact_positions(None)
            return
        strip_top = self.overview.mapTo(self, QPoint(0, 0)).y()
        offset = view.viewport().mapTo(self, QPoint(0, 0)).y() - strip_top
        content = view.contentOffset().y()
        positions = []
        for index, change in enumerate(self.comparison.changes):
            top = bottom = None
            # the side(s) with the change's text; the other side only has a pad there
            with_text = [
                pane_view
                for pane_view, span in ((self.original_view, change.original), (self.copy_view, change.copy))
                if not span.empty
            ] or [self.original_view, self.copy_view]
            for pane_view in with_text:
                span = self._change_extent(pane_view, index)
                if span is None:
                    continue
                shift = pane_view.viewport().mapTo(self, QPoint(0, 0)).y() - strip_top
                top = span[0] + shift if top is None else min(top, span[0] + shift)
                bottom = span[1] + shift if bottom is None else max(bottom, span[1] + shift)
            if top is None or bottom is None:
                self.overview.set_exact_positions(None)
                return
            positions.append((float(top), float(bottom - top)))
        document = view.document()
        last = document.lastBlock()
        bottom = view.blockBoundingGeometry(last).bottom() if last.isValid() else 0.0
        self.overview.set_exact_positions(positions, (offset + content, offset + content + bottom))

    @staticmethod
    def _change_extent(view: PaneView, index: int) -> tuple[int, int] | None:
        """The viewport (top, bottom) of change ``index``'s text in ``view``, if it has text."""
        ranges = view.render.change_ranges if view.render is not None else ()
        if index >= len(ranges):
            return None
        start, end = ranges[index][0], ranges[index][1]
        if end <= start:
            return None
        document = view.document()
        breaks = ("\u2029", "\u2028", "\n")
        while start < end - 1 and document.characterAt(start) in breaks:
            start += 1  # a change that starts with a paragraph break is drawn on the next line
        while end - 1 > start and document.characterAt(end - 1) in breaks:
            end -= 1
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        first = view.cursorRect(cursor)
        cursor.setPosition(max(start, end - 1))  # the last character's line, not the next one
        last = view.cursorRect(cursor)
        return first.top(), max(first.bottom(), last.bottom())

    def _update_notice(self) -> None:
        c = self.comparison
        if c is None:
            self.identical_notice.hide()
            return
        lines = []
        if c.identical:
            lines.append(self.tr("The two texts are identical."))
        elif c.mode is Mode.TRANSLATION and not c.changes:
            drifted = len(c.drifted_facts)
            lines.append(
                self.tr("Every paragraph has its counterpart in the translation; {} fact(s) changed, missing or added (see Facts).").format(drifted)
                if drifted
                else self.tr("Every paragraph and every fact has its counterpart in the translation.")
            )
        else:
            if (
                c.mode is Mode.SAME
                and c.similarity < DIFFERENT_ARTICLES
                and c.original.text.strip()
                and c.copy.text.strip()
            ):
                lines.append(
                    self.tr(
                        "These look like different articles: only {:.1f}% of the text is shared. "
                        "Check that the right two files are open."
                    ).format(c.similarity * 100)  # as in the status bar's "… % similar"
                )
            if not self.shown_changes():
                lines.append(
                    self.tr(
                        "With the categories toggled off, the copies look identical "
                        "({} difference(s) hidden)."
                    ).format(len(c.changes))
                )
        self.identical_notice.setText("\n".join(lines))
        self.identical_notice.setVisible(bool(lines))

    def _update_navigation(self) -> None:
        if self._syncing:
            return  # in the middle of showing a change or a new rendering
        a = self.actions
        shown = self.shown_changes()
        a.actionNextChange.setEnabled(self._neighbour(True) is not None)
        a.actionPreviousChange.setEnabled(self._neighbour(False) is not None)
        a.actionFirstChange.setEnabled(bool(shown) and self.current != shown[0])
        a.actionLastChange.setEnabled(bool(shown) and self.current != shown[-1])
        a.actionNextListItem.setEnabled(bool(shown))
        a.actionPreviousListItem.setEnabled(bool(shown))
        self.status_summary.setText(self.summary_text())
        self.status_summary.setToolTip(plain_tooltip(self.summary_text()))

    def summary_text(self) -> str:
        c = self.comparison
        if c is None:
            loaded = [s for s, d in self.documents.items() if d is not None]
            if not loaded:
                return self.tr("Open or drop the original and the copy.")
            missing = self.tr("copy") if Side.ORIGINAL in loaded else self.tr("original")
            return self.tr("Now open or drop the {}.").format(missing)
        shown = self.shown_changes()
        n = len(shown)
        if self.current is not None and self.current in shown:
            head = self.tr("Difference {} of {}").format(shown.index(self.current) + 1, n)
        elif n:
            head = self.tr("{} differences").format(n) if n != 1 else self.tr("1 difference")
        else:
            head = self.tr("No differences shown")
        counts = " · ".join(
            f"{category.value} {c.counts.get(category, 0)}"
            + ("" if category in self.enabled else self.tr(" (hidden)"))
            for category in CATEGORY_ORDER
        )
        if c.mode is Mode.TRANSLATION:  # a share of paragraphs with a partner, not of text
            return self.tr("{}   |   {}   |   {:.1%} aligned · {:.1%} site chrome").format(
                head, counts, c.similarity, c.chrome_share
            )
        return self.tr("{}   |   {}   |   {:.1%} similar · {:.1%} site chrome").format(
            head, counts, c.similarity, c.chrome_share
        )

    def _update_title(self) -> None:
        names = []
        for side in (Side.ORIGINAL, Side.COPY):
            doc = self.documents[side]
            if doc is not None:
                names.append(Path(doc.path).name if doc.path else doc.label)
        if names:
            self.setWindowTitle(" \N{LEFT RIGHT ARROW} ".join(names) + " \N{EM DASH} mirrordiff")
        else:
            self.setWindowTitle("mirrordiff")

    # ------------------------------------------------------------------------------
    # files on disk, recent comparisons
    # ------------------------------------------------------------------------------
    def _update_watcher(self) -> None:
        watched = set(self._watcher.files())
        wanted = {
            s.path for s in self.sources.values() if s is not None and s.path and Path(s.path).exists()
        }
        if watched - wanted:
            self._watcher.removePaths(list(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(list(wanted - watched))

    def _file_changed(self, path: str) -> None:
        name = Path(path).name
        self.message_bar.show_message(
            self.tr("{} changed on disk.").format(name),
            action=self.tr("Reload (F5)"),
            callback=self.reload,
        )
        # editors that save by renaming drop the watch: watch the path again
        if Path(path).exists() and path not in self._watcher.files():
            self._watcher.addPath(path)

    def _remember_recent(self) -> None:
        a, b = self.sources[Side.ORIGINAL], self.sources[Side.COPY]
        if self.comparison is not None and a is not None and b is not None and a.path and b.path:
            self.settings.add_recent(str(Path(a.path).resolve()), str(Path(b.path).resolve()))
            self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent()
        for original, copy in recent:
            text = f"{Path(original).name} \N{LEFT RIGHT ARROW} {Path(copy).name}"
            action = self.recent_menu.addAction(text.replace("&", "&&"))
            action.setToolTip(plain_tooltip(f"{original}\n{copy}"))
            action.triggered.connect(lambda _checked=False, a=original, b=copy: self.open_pair(a, b))
        if recent:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions.actionClearRecent)
        self.actions.actionClearRecent.setEnabled(bool(recent))
        self.recent_menu.setEnabled(True)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._rebuild_recent_menu()

    def _about(self) -> None:
        self.message_bar.show_message(
            self.tr("mirrordiff {} — shows how a copy of an article differs from the original.").format(
                __version__
            )
        )

    # ------------------------------------------------------------------------------
    # export
    # ------------------------------------------------------------------------------
    def request_export(self) -> None:
        if self.comparison is None:
            return
        formats = export.available_formats()
        if not formats:
            self.message_bar.show_message(self.tr("No report formats are available."), error=True)
            return
        filters = [f.file_filter for f in formats]
        preferred = self.settings.export_format()
        chosen = next((f for f in formats if f.name == preferred), formats[0])
        folder = self.settings.folder("export") or (
            str(Path(self.comparison.copy.path).parent) if self.comparison.copy.path else str(Path.home())
        )
        suggested = str(Path(folder) / export.suggested_name(self.comparison, chosen.suffix))
        path, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), suggested, ";;".join(filters), filters[formats.index(chosen)]
        )
        if not path:
            return
        fmt = formats[filters.index(selected)] if selected in filters else chosen
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(fmt.suffix)
        self.settings.set_folder("export", str(target.parent))
        self.settings.set_export_format(fmt.name)
        self.export_to(target, fmt.name)

    #: emitted with the written path once an export is done (or the error message)
    export_finished = Signal(str, str)

    def export_to(self, target, format_name: str) -> None:
        """Write the report; runs off the GUI thread except PDF (drawn with Qt)."""
        if self.comparison is None:
            return
        target = Path(target)
        formats = {f.name: f for f in export.available_formats()}
        fmt = formats.get(format_name)
        if fmt is None:
            self._export_done(target, None, ValueError(f"unknown report format {format_name!r}"))
            return
        comparison = self.comparison
        options = ReportOptions(ignore=frozenset(set(CATEGORY_ORDER) - set(self.enabled)))
        try:
            export.check_target(target, comparison)
        except export.ExportRefused as error:
            self._export_done(target, None, error)
            return

        def work():
            data = fmt.render(comparison, options)
            export.write_atomically(target, data)
            return str(target)

        if fmt.gui_thread:
            try:
                self._export_done(target, work(), None)
            except Exception as error:  # shown in the window, never a crash
                self._export_done(target, None, error)
            return
        self.statusBar().showMessage(self.tr("Writing {}…").format(target.name))
        self.actions.actionExport.setEnabled(False)
        worker = TaskWorker(work)
        worker.task_finished.connect(lambda value, error: self._export_done(target, value, error))
        worker.finished.connect(lambda w=worker: self._worker_done(w))
        self._workers.add(worker)
        worker.start()

    def _export_done(self, target: Path, value, error) -> None:
        self.statusBar().clearMessage()
        self.actions.actionExport.setEnabled(self.comparison is not None)
        if error is not None:
            self.message_bar.show_message(
                self.tr("Could not export {}: {}").format(target.name, error), error=True
            )
            self.export_finished.emit("", str(error))
            return
        self.message_bar.show_message(
            self.tr("Report saved: {}").format(target),
            action=self.tr("Open"),
            callback=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))),
        )
        self.export_finished.emit(str(target), "")


def _source_of(path, text, fmt, label: str) -> Source:
    if path:
        return Source(path=path, label=Path(path).name)
    return Source(text=text, label=label, fmt=fmt)


def _discard(result: JobResult) -> None:
    rendering = result.rendering
    if rendering is None:
        return
    for pane in (rendering.original, rendering.copy):
        if pane is not None:
            pane.document.deleteLater()


def _app_icon() -> QIcon | None:
    from compare import resource_path

    for name in ("mirrordiff.svg", "mirrordiff.png"):
        try:
            path = resource_path("icons", name)
        except FileNotFoundError:
            continue
        icon = QIcon(str(path))
        if not icon.isNull():
            return icon
    return None


__all__ = ["MainWindow"]
