"""The main window: two aligned panes, the change list, the overview strip.

The window only reads its controls, asks a worker (:mod:`ui.worker`) to load,
compare and build the documents off the GUI thread, and shows what comes back.
This module builds it, keeps its settings and opens files; its other sections are
mixed in from their own modules: :mod:`ui.jobs` (work off the GUI thread),
:mod:`ui.navigation` (moving through changes and groups), :mod:`ui.status` (toggles,
change list, strip, status bar), :mod:`ui.exporting` (the export dialog) and
:mod:`ui.bars` (the message and find bars).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from compare import CATEGORY_ORDER, Category, Comparison, Document, Format, Options, __version__

from .actions import Actions
from .bars import FindBar, MessageBar
from .changelist import ChangeListModel, ChangeListView
from .elided import ElidedLabel
from .exporting import ExportMixin
from .headerlevel import HeaderLeveler
from .jobs import JobsMixin, source_of
from .leveling import RowLeveler
from .navigation import NavigationMixin
from .overview import OverviewStrip
from .panes import Pane, PaneView, dropped_sources, plain_tooltip
from .rendering import Rendering
from .settings import Settings
from .status import StatusMixin
from .theme import CATEGORY_STYLES, Theme, is_dark
from .translationui import TranslationControls
from .worker import ComparisonWorker, Side, Source

#: object names of the category toggles
TOGGLE_NAMES: dict[Category, str] = {
    Category.BOILERPLATE: "toggleBoilerplate",
    Category.CORRUPTION: "toggleCorruption",
    Category.TYPOGRAPHY: "toggleTypography",
    Category.EDIT: "toggleEdit",
    Category.MOVED: "toggleMoved",
}



class MainWindow(JobsMixin, NavigationMixin, StatusMixin, ExportMixin, QMainWindow):
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
        self.header_leveler = HeaderLeveler(list(self.panes.values()), self)
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
        self.status_summary = ElidedLabel(self)
        self.status_summary.setObjectName("statusSummary")
        self.status_summary.setAccessibleName(self.tr("Comparison summary"))
        # a long summary is cut with "…" at the window's edge (its tooltip has it whole): it must
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
        go_menu.addAction(a.actionStepGroups)
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
        a.actionStepGroups.toggled.connect(lambda _on: self._update_navigation())
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
        self.change_list.selectionModel().currentChanged.connect(self._list_row_changed)
        self.change_list.activated.connect(lambda index: self._list_row_changed(index, None))
        self.overview.change_clicked.connect(self._overview_clicked)
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
        self.actions.actionStepGroups.setChecked(s.step_groups())

    def save_settings(self) -> None:
        s = self.settings
        s.set_geometry(self.saveGeometry())
        s.set_window_state(self.saveState())
        s.set_outer_splitter(self.translation.splitter_state())
        s.set_enabled_categories(self.enabled)
        s.set_zoom(self.zoom_steps)
        s.set_step_groups(self.actions.actionStepGroups.isChecked())
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
        sources = [source_of(path, text, fmt, self.tr("Dropped text")) for path, text, fmt in items]
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
        # a widget with a style sheet keeps the palette it was polished with: set the
        # sheet again so the category chips' bar turns dark (or light) with the window
        self.legend_bar.setStyleSheet(self.legend_bar.styleSheet())
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
