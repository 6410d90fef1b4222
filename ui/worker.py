"""Load, compare and render off the GUI thread; cancellable.

A :class:`ComparisonWorker` is a QThread that runs one :class:`Job` and reports
once, with a :class:`JobResult`. The window starts a new worker for each request
and drops the result of a superseded one (each job has a generation number).

The worker thread makes no Qt call that takes a lock the GUI thread may hold: no
signal to the GUI thread, no ``moveToThread`` on its own. PySide runs such a call
with the Python interpreter's lock (GIL) held, and the GUI thread can hold the Qt
lock it needs while waiting for the GIL (deleting a Python-subclassed object asks
Python whether it overrides a virtual): both threads then wait forever. That froze
the window and the test suite now and then (seen as a hang in ``moveToThread``).
Instead the worker leaves its progress and its result in plain attributes; the GUI
thread polls them with a timer and emits the signals itself, and the result follows
Qt's own ``finished`` signal (emitted without the GIL). The rendered documents are
handed over while the GUI thread is parked in that timer, holding no Qt lock
(:meth:`ComparisonWorker._hand_over`).
"""

from __future__ import annotations

import enum
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtGui import QFont

import compare
from compare import Cancelled, Category, Comparison, Document, Format, LoadError, Options

from .rendering import PaneRender, Rendering, gui_thread, render_comparison, render_single
from .theme import Theme


class Side(enum.StrEnum):
    ORIGINAL = "original"
    COPY = "copy"


@dataclass(frozen=True, slots=True)
class Source:
    """Where one side's text comes from: a file, or text that was pasted or dropped."""

    path: str | None = None
    text: str | None = None
    label: str = ""
    fmt: Format | None = None
    encoding: str | None = None  # the user's override, if any

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def with_encoding(self, encoding: str | None) -> Source:
        return Source(self.path, self.text, self.label, self.fmt, encoding)

    def load(self, options: Options) -> Document:
        if self.path is not None:
            return compare.load_path(
                self.path, encoding=self.encoding, max_bytes=options.max_input_bytes
            )
        text = self.text or ""
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > options.max_input_bytes:
            raise compare.InputTooLarge(
                f"{self.label}: {size:,} bytes is over the {options.max_input_bytes:,}-byte limit"
            )
        return compare.load_text(text, label=self.label or "Pasted text", fmt=self.fmt)


@dataclass(frozen=True, slots=True)
class Job:
    """One request: what each side is (already loaded, or to load) and how to show it."""

    generation: int
    original: Document | Source | None
    copy: Document | Source | None
    enabled: frozenset[Category]
    theme: Theme
    options: Options = field(default_factory=Options)
    #: a comparison to render again (toggles or theme changed): nothing is recomputed
    comparison: Comparison | None = None
    #: what each side falls back to when its new source cannot be loaded (the side
    #: that was loaded before stays loaded)
    fallback_original: Document | None = None
    fallback_copy: Document | None = None
    #: the panes' font (documents are laid out with it)
    font: QFont | None = None


@dataclass(slots=True)
class JobResult:
    generation: int
    original: Document | None = None
    copy: Document | None = None
    rendering: Rendering | None = None
    #: side -> one-line reason, for sides that could not be loaded
    errors: dict[Side, str] = field(default_factory=dict)
    cancelled: bool = False
    #: seconds spent loading, comparing, rendering
    timings: dict[str, float] = field(default_factory=dict)


#: how often the GUI thread looks at a running worker (progress, hand-over), ms
POLL_MS = 20
#: the longest the GUI thread stays parked for a hand-over (it takes microseconds)
PARK_SECONDS = 2.0


class ComparisonWorker(QThread):
    """Runs one job off the GUI thread (see the module's note on locks)."""

    progressed = Signal(float, str)  # 0..1 of the whole job, and what is being done
    job_finished = Signal(object)  # JobResult

    def __init__(self, job: Job, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()
        self._last_progress = -1.0
        #: written by the worker thread, read by the GUI thread's poll
        self._progress: tuple[float, str] | None = None
        self._result: JobResult | None = None
        self._want_hand_over = threading.Event()
        self._parked = threading.Event()
        self._handed = threading.Event()
        self._poll = QTimer(self)  # in the GUI thread, like this object
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)
        self.finished.connect(self._deliver)

    def start(self, *args) -> None:
        self._poll.start()
        super().start(*args)

    def request_cancel(self) -> None:
        self._cancel.set()

    # -- the GUI thread's side ---------------------------------------------------------
    def _look(self) -> None:
        """Pass on new progress; park while the worker hands its documents over."""
        progress, self._progress = self._progress, None
        if progress is not None:
            self.progressed.emit(*progress)
        if self._want_hand_over.is_set() and not self._parked.is_set():
            self._parked.set()
            self._handed.wait(PARK_SECONDS)  # the GIL is free meanwhile

    def _deliver(self) -> None:
        """The thread has ended (Qt's ``finished``): report its result."""
        self._poll.stop()
        self._handed.set()  # nothing more to wait for
        progress, self._progress = self._progress, None
        if progress is not None:
            self.progressed.emit(*progress)
        if self._result is not None:
            result, self._result = self._result, None
            self.job_finished.emit(result)

    # -- the worker thread's side ------------------------------------------------------
    def _hand_over(self, rendering: Rendering | None) -> bool:
        """Move the rendered documents to the GUI thread while it is parked; False
        when the job was cancelled first (nothing moved)."""
        documents = [
            pane.document
            for pane in (rendering.original, rendering.copy)
            if rendering is not None and pane is not None
        ]
        target = gui_thread()
        if not documents or target is None or documents[0].thread() is target:
            return True
        self._want_hand_over.set()
        while not self._parked.wait(POLL_MS / 1000):
            if self._cancel.is_set():
                return False
        try:
            for document in documents:
                document.moveToThread(target)
        finally:
            self._handed.set()
        return True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _reporter(self, start: float, span: float, what: str):
        """A progress callback for one stage, mapped into [start, start + span]."""

        def report(fraction: float) -> None:
            overall = start + span * min(1.0, max(0.0, fraction))
            if overall - self._last_progress >= 0.01 or fraction >= 1.0:
                self._last_progress = overall
                self._progress = (overall, what)  # the GUI thread's poll emits it

        return report

    def run(self) -> None:  # the worker thread
        job = self.job
        result = JobResult(job.generation)
        try:
            self._run(job, result)
            if not self._hand_over(result.rendering):
                raise Cancelled("cancelled")
        except Cancelled:
            result.cancelled = True
            result.rendering = None
        finally:
            self._handed.set()  # never leave the GUI thread parked
        self._result = result  # reported by the GUI thread once the thread has ended

    def _load(self, side: Side, item, result: JobResult) -> Document | None:
        if item is None or isinstance(item, Document):
            return item
        try:
            return item.load(self.job.options)
        except LoadError as error:
            result.errors[side] = str(error)
        except (OSError, ValueError, LookupError) as error:  # defensive: never crash the window
            result.errors[side] = f"{item.label or item.path}: {error}"
        return None

    def _run(self, job: Job, result: JobResult) -> None:
        cancelled = self._cancel.is_set
        started = time.perf_counter()
        if job.comparison is not None:
            result.original, result.copy = job.comparison.original, job.comparison.copy
            result.rendering = render_comparison(
                job.comparison, job.enabled, job.theme, cancelled, job.font,
                self._reporter(0.0, 1.0, "display"),
            )
            result.timings["render"] = time.perf_counter() - started
            return
        result.original = self._load(Side.ORIGINAL, job.original, result)
        result.copy = self._load(Side.COPY, job.copy, result)
        if result.original is None and Side.ORIGINAL in result.errors:
            result.original = job.fallback_original
        if result.copy is None and Side.COPY in result.errors:
            result.copy = job.fallback_copy
        loaded = time.perf_counter()
        result.timings["load"] = loaded - started
        if cancelled():
            raise Cancelled("cancelled")
        if result.original is not None and result.copy is not None:
            comparison = compare.compare(
                result.original,
                result.copy,
                job.options,
                progress=self._reporter(0.0, 0.7, "compare"),
                cancelled=cancelled,
            )
            compared = time.perf_counter()
            result.timings["compare"] = compared - loaded
            result.rendering = render_comparison(
                comparison, job.enabled, job.theme, cancelled, job.font,
                self._reporter(0.7, 0.3, "display"),
            )
            result.timings["render"] = time.perf_counter() - compared
            return
        panes: dict[Side, PaneRender | None] = {}
        for side, doc in ((Side.ORIGINAL, result.original), (Side.COPY, result.copy)):
            panes[side] = (
                render_single(doc, job.theme, cancelled, job.font) if doc is not None else None
            )
        result.rendering = Rendering(panes[Side.ORIGINAL], panes[Side.COPY], theme=job.theme)
        result.timings["render"] = time.perf_counter() - loaded


class TaskWorker(QThread):
    """Runs one function off the GUI thread and reports its value or its exception."""

    task_finished = Signal(object, object)  # value, exception (one of them is None)

    def __init__(self, function, parent=None) -> None:
        super().__init__(parent)
        self._function = function
        self._outcome: tuple[object, BaseException | None] = (None, None)
        self.finished.connect(self._deliver)

    def run(self) -> None:
        try:
            self._outcome = (self._function(), None)
        except Exception as error:  # reported to the window, never raised in a thread
            self._outcome = (None, error)

    def _deliver(self) -> None:
        """The thread has ended: report from the GUI thread (see the module's note)."""
        value, error = self._outcome
        self.task_finished.emit(value, error)
