"""Exporting the comparison from the window: the dialog, the format registry,
writing off the GUI thread (a section of :class:`ui.window.MainWindow`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
)
from PySide6.QtWidgets import (
    QFileDialog,
)

from compare import CATEGORY_ORDER
from compare.report import ReportOptions

from . import export
from .worker import TaskWorker


class ExportMixin:
    """Mixed into :class:`ui.window.MainWindow`; uses its widgets and state."""

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
            str(Path(self.comparison.copy.path).parent)
            if self.comparison.copy.path
            else str(Path.home())
        )
        suggested = str(Path(folder) / export.suggested_name(self.comparison, chosen.suffix))
        path, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            suggested,
            ";;".join(filters),
            filters[formats.index(chosen)],
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
        options = ReportOptions(ignore=frozenset(set(CATEGORY_ORDER) - set(self.visible_categories())))
        try:
            export.check_target(target, comparison)
        except export.ExportRefused as error:
            self._export_done(target, None, error)
            return

        def work():
            data = fmt.render(comparison, options)
            export.write_atomically(target, data)
            return str(target)

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
