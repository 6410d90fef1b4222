"""The window survives the adversarial review's inputs (issue 11): it stays responsive
while they are compared and shows a result with its notes, instead of crashing."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QTimer

from tests.benchmarks.inputs import combining_marks, long_against_short, repeated_lines

#: the longest the GUI thread may go without handling a timer tick while the worker
#: compares (generous: the machine running the tests may be busy)
MAX_STALL_S = 3.0


@pytest.mark.parametrize(
    ("make", "coarse"),
    [
        (long_against_short, False),  # 11.1: crashed the process (SIGSEGV)
        (lambda: repeated_lines(0.05), True),  # 11.6: every line a change
        (lambda: combining_marks(0.02), False),  # 11.6: mixed combining marks
    ],
    ids=["long-vs-short", "repeated-lines", "combining-marks"],
)
def test_the_window_survives_a_pathological_pair(window, qtbot, tmp_path, make, coarse):
    a, b = make()
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with qtbot.waitSignal(window.comparison_ready, timeout=120_000):
        window.open_pair(tmp_path / "a.txt", tmp_path / "b.txt")
    qtbot.waitUntil(lambda: len(ticks) > 2)  # the event loop is alive afterwards
    timer.stop()
    comparison = window.comparison
    assert comparison is not None and comparison.changes
    # the panes hold both texts in full (blank rows aside: they keep paragraphs level)
    for view, text in ((window.original_view, a), (window.copy_view, b)):
        shown = view.toPlainText().replace("\u2029", "\n").splitlines()
        assert [line for line in shown if line.strip()] == [
            line for line in text.splitlines() if line.strip()
        ]
    stalls = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(stalls) < MAX_STALL_S
    notice = window.identical_notice.text()
    if coarse:
        assert comparison.notes and "Coarser result" in comparison.notes[0]
        assert window.identical_notice.isVisible() and "Coarser result" in notice
    else:
        assert "Coarser result" not in notice
