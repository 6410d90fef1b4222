"""The comparison worker never calls into Qt across threads from its own thread.

PySide runs a Qt call with the interpreter's lock held; a signal to the GUI thread or
a ``moveToThread`` made that way could wait on a Qt lock the GUI thread held while
the GUI thread waited for the interpreter's lock (the window and the suite froze now
and then). These tests pin the design that rules it out: the worker's progress, its
result and its documents reach the GUI thread through the GUI thread itself.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt

from compare import Category, load_path
from ui.theme import Theme
from ui.worker import ComparisonWorker, Job, TaskWorker


def _job(sample_pair) -> Job:
    a, b = sample_pair
    return Job(
        generation=1,
        original=load_path(str(a)),
        copy=load_path(str(b)),
        enabled=frozenset(Category),
        theme=Theme(),
    )


def test_progress_result_and_documents_reach_the_gui_thread_from_the_gui_thread(
    qtbot, qapp, sample_pair
) -> None:
    gui = threading.get_ident()
    seen: dict[str, set[int]] = {"progress": set(), "result": set()}
    worker = ComparisonWorker(_job(sample_pair))
    # direct connections: the slots run in whichever thread emits
    worker.progressed.connect(
        lambda *_: seen["progress"].add(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    results = []
    worker.job_finished.connect(
        lambda r: (seen["result"].add(threading.get_ident()), results.append(r)),
        Qt.ConnectionType.DirectConnection,
    )
    moved_by = set()
    real_move = QObject.moveToThread

    def watched_move(obj, target):
        moved_by.add(threading.get_ident())
        return real_move(obj, target)

    QObject.moveToThread = watched_move
    try:
        with qtbot.waitSignal(worker.job_finished, timeout=20_000):
            worker.start()
        worker.wait(5000)
    finally:
        QObject.moveToThread = real_move
    (result,) = results
    assert not result.cancelled and result.rendering is not None
    assert seen["progress"] == {gui} and seen["result"] == {gui}
    # the documents live in the GUI thread; they were moved while the GUI thread was
    # parked, by the worker (the only thread that may move what it owns)
    app_thread = qapp.thread()
    for pane in (result.rendering.original, result.rendering.copy):
        assert pane.document.thread() is app_thread
    assert moved_by and gui not in moved_by


def test_a_cancelled_worker_never_leaves_the_gui_thread_parked(qtbot, sample_pair) -> None:
    worker = ComparisonWorker(_job(sample_pair))
    worker.request_cancel()
    with qtbot.waitSignal(worker.job_finished, timeout=20_000) as blocker:
        worker.start()
    worker.wait(5000)
    assert blocker.args[0].cancelled and blocker.args[0].rendering is None


def test_a_task_reports_its_value_or_its_error_from_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    for function, want_error in ((lambda: 42, False), (lambda: 1 / 0, True)):
        worker = TaskWorker(function)
        where = []
        worker.task_finished.connect(
            lambda v, e, where=where: where.append((threading.get_ident(), v, e)),
            Qt.ConnectionType.DirectConnection,
        )
        with qtbot.waitSignal(worker.task_finished, timeout=10_000):
            worker.start()
        worker.wait(5000)
        ((ident, value, error),) = where
        assert ident == gui
        assert isinstance(error, ZeroDivisionError) if want_error else value == 42
