"""The window's jobs: comparisons and re-decodes run off the GUI thread, their
progress, cancellation and results (a section of :class:`ui.window.MainWindow`)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtGui import (
    QFont,
)

from .rendering import Rendering
from .worker import ComparisonWorker, Job, JobResult, Side, Source

#: a job running longer than this shows the progress bar and the Cancel button
PROGRESS_DELAY_MS = 250


class JobsMixin:
    """Mixed into :class:`ui.window.MainWindow`; uses its widgets and state."""

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
                text = (
                    self.tr("Comparing…") if what == "compare" else self.tr("Preparing the view…")
                )
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
            and self.comparison.changes[self.current].category not in self.visible_categories()
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
            # paints, get their turn in between; the window as context, so a window
            # being closed and deleted meanwhile gets no late step
            if i + 1 < len(steps):
                QTimer.singleShot(1, self, lambda: step(i + 1))
            else:
                QTimer.singleShot(1, self, finish)

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


def source_of(path, text, fmt, label: str) -> Source:
    """What to load: a file by its path, or dropped/pasted text."""
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
