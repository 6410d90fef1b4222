"""Fixtures for the window tests: a window, and a way to wait for its results."""

from __future__ import annotations

import pytest

from ui.app import hand_clipboard_to_qt, set_identity

#: the offscreen platform plugin says this whenever a top-level window's layout sets
#: its minimum size; it is about the test platform, not about our code
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing)"


def pytest_collection_modifyitems(config, items):
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def window(qtbot, qapp):
    set_identity(qapp)
    from ui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cancel()
    for worker in list(win._workers):
        worker.wait(5000)
    hand_clipboard_to_qt()  # what the app does on quit; else the process crashes at exit


@pytest.fixture
def loaded(window, qtbot, sample_pair):
    """A window showing the bundled sample comparison."""
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(*sample_pair)
    return window


def wait_work(qtbot, window, action, timeout: int = 10_000) -> None:
    """Run ``action`` and wait until the window has handled the job it started."""
    with qtbot.waitSignal(window.work_done, timeout=timeout):
        action()
