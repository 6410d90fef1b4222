"""Starting the window: identity, arguments, lazy imports."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from ui import app as app_module


def test_importing_ui_does_not_import_qt():
    code = "import sys, ui; assert 'PySide6' not in sys.modules, 'ui imported Qt'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    code = "from ui import MainWindow; print(MainWindow.__name__)"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True
    )
    assert out.stdout.strip() == "MainWindow"


def test_main_opens_the_pair_given_on_the_command_line(qapp, sample_pair):
    seen = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        window = windows[-1] if windows else None
        if window is not None and window.comparison is not None and not window.is_busy():
            seen["comparison"] = window.comparison
            seen["title"] = window.windowTitle()
            window.close()
            QCoreApplication.exit(0)  # direct; quit() would post an event that outlives the test
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    guard = QTimer()  # never hang the suite
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QCoreApplication.exit(3))
    guard.start(15_000)
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert app_module.main([str(p) for p in sample_pair]) == 0
    finally:
        guard.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen["comparison"].copy.path == str(sample_pair[1])
    assert "copy-kproxy.txt" in seen["title"]
    assert QCoreApplication.organizationName() == "mirrordiff"
    assert QCoreApplication.applicationName() == "mirrordiff"
    assert qapp.desktopFileName() == "io.github.mirrordiff.Mirrordiff"


def test_too_many_arguments_is_a_usage_error(capsys):
    assert app_module.main(["a", "b", "c"]) == 2
    assert "usage: mirrordiff" in capsys.readouterr().err


def test_the_qt_binding_keeps_none_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call;
    the window makes millions of them on a large text, so the process aborted."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

    cursor = QTextCursor(QTextDocument())
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.insertText("ab", fmt)
    assert sys.getrefcount(None) >= before - 20


def test_quitting_after_copying_text_exits_cleanly(sample_pair, tmp_path):
    """Copy from a pane, quit: the process must end with status 0, not SIGSEGV.

    The pane's clipboard data is made in Python; left to Qt's exit-time clean-up it
    crashed the process after Python had shut down.
    """
    code = f"""
import sys
from PySide6.QtCore import QTimer
from ui.app import create_application
from ui.window import MainWindow
app = create_application(["mirrordiff"])
w = MainWindow()
w.show()
def copy_and_quit(_comparison):
    w.copy_view.selectAll()
    w.copy_view.copy()
    QTimer.singleShot(0, app.quit)
w.comparison_ready.connect(copy_and_quit)
w.open_pair({str(sample_pair[0])!r}, {str(sample_pair[1])!r})
QTimer.singleShot(20000, lambda: sys.exit(3))
sys.exit(app.exec())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MIRRORDIFF_SETTINGS_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]


def test_without_a_display_the_window_command_says_so_and_how_to_get_a_report(sample_pair):
    """On a machine with no display Qt aborts with a note about xcb libraries that are
    installed; the command says what is missing and what works instead."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    original, copy = sample_pair
    out = subprocess.run(
        [sys.executable, "-m", "ui.app", str(original), str(copy)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert out.returncode == 2
    assert "no display" in out.stderr and "mirrordiff-export" in out.stderr
    assert "xcb" not in out.stderr


def test_a_display_or_a_chosen_platform_is_enough_and_other_systems_need_none():
    assert app_module.no_display({}, "linux")
    assert app_module.no_display({"DISPLAY": ":0"}, "linux") is None
    assert app_module.no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert app_module.no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert app_module.no_display({}, "darwin") is None
    assert app_module.no_display({}, "win32") is None
