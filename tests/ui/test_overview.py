"""The overview strip between the panes: marks where the changes are."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor


def _text_y_in_strip(window, index: int) -> float:
    """Where change ``index``'s text starts, in the strip's pixels (via the screen)."""
    view = window.copy_view
    cursor = QTextCursor(view.document())
    start, end = view.render.change_ranges[index]
    while start < end - 1 and view.document().characterAt(start) in ("\u2029", "\n"):
        start += 1  # its text, not the paragraph break before it
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()
    return window.overview.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, top))).y()


ORIGINAL = (
    "City council approves new riverside park\n\n"
    "The city council voted 7-2 on Tuesday to approve a $4.5 million park.\n\n"
    "The park will cover 12 acres along the east bank.\n\n"
    "Opponents argued that the money should go to road repairs.\n\n"
    "Residents can comment on the final design at a public meeting on June 14.\n"
)
COPY = (
    "Home | News | Proxy: hide.me\n\n"
    "City council approves new riverside park\n\n"
    "The city council voted 7-2 on Tuesday to approve a $5.4 million park.\n\n"
    "The park will cover 12 acres along the east bank.\n\n"
    "Opponents argued that the money should go to road repairs and schools.\n\n"
    "Residents can comment on the final design at a public meeting on June 14.\n\n"
    "Share this: Facebook Twitter Email\n"
)


def test_a_short_document_gets_marks_level_with_their_text(window, qtbot, tmp_path):
    w = window
    (tmp_path / "orig.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(COPY, encoding="utf-8")
    with qtbot.waitSignal(w.comparison_ready, timeout=10_000):
        w.open_pair(tmp_path / "orig.txt", tmp_path / "copy.txt")
    w.resize(1200, 1000)
    qtbot.waitUntil(lambda: w.original_view.verticalScrollBar().maximum() == 0)
    qtbot.waitUntil(w.layout_settled)  # levelled again for the new width
    strip_height = w.overview.height()
    text_ys = []
    for index in range(len(w.comparison.changes)):
        text_y = _text_y_in_strip(w, index)
        text_ys.append(text_y)
        mark_y, _height = w.overview.mark_rect(index)
        assert abs(mark_y - text_y) <= 4, (index, mark_y, text_y)
    # the text (and so the marks) fills only the upper part of the strip
    assert max(text_ys) < strip_height * 0.8


def test_a_long_document_keeps_the_proportional_strip(loaded, qtbot):
    w = loaded
    w.resize(900, 300)
    qtbot.waitUntil(lambda: w.original_view.verticalScrollBar().maximum() > 0)
    qtbot.waitUntil(w.layout_settled)
    rows = w.rendering.rows
    last = len(w.comparison.changes) - 1
    mark_y, _height = w.overview.mark_rect(last)
    expected = w.rendering.change_rows[last] / rows * (w.overview.height() - 2) + 1
    assert abs(mark_y - expected) <= 1
