"""The window, driven like an editor drives it: files, drops, keys, clicks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from compare import Category, Options
from tests.ui.conftest import wait_work
from ui.worker import Side

OBJECT_NAMES = (
    "originalView",
    "copyView",
    "changeList",
    "overviewStrip",
    "originalEncoding",
    "copyEncoding",
    "statusSummary",
)
ACTION_NAMES = (
    "actionOpenOriginal",
    "actionOpenCopy",
    "actionPasteOriginal",
    "actionPasteCopy",
    "actionNextChange",
    "actionPreviousChange",
    "actionFirstChange",
    "actionLastChange",
    "actionExport",
    "actionReload",
    "actionSwap",
    "actionFind",
)
TOGGLE_NAMES = (
    "toggleBoilerplate",
    "toggleCorruption",
    "toggleTypography",
    "toggleEdit",
    "toggleMoved",
)


def drop(widget: QWidget, mime: QMimeData) -> None:
    """A real drag-enter then drop onto ``widget`` (the viewport of a text pane)."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    pos = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def key(qtbot, window, sequence: str) -> None:
    """Press a key sequence the way a user does (shortcuts resolve on the focus widget)."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


# -- the surface others rely on ------------------------------------------------------------


def test_surface_object_names_and_actions(window):
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    for name in ACTION_NAMES:
        action = window.actions[name]
        assert action.objectName() == name
    from PySide6.QtGui import QAction

    for name in TOGGLE_NAMES:
        assert window.findChild(QAction, name) is not None, name
        assert window.findChild(QWidget, name) is not None, name  # its toolbar button


def test_empty_window_shows_two_drop_targets(window):
    originals = window.panes[Side.ORIGINAL]
    copies = window.panes[Side.COPY]
    assert originals.stack.currentWidget() is originals.drop_target
    assert copies.stack.currentWidget() is copies.drop_target
    assert originals.drop_target.title.text() == "Drop the original here"
    assert copies.drop_target.title.text() == "Drop the copy here"
    assert originals.drop_target.isVisible() and copies.drop_target.isVisible()
    assert "Open or drop" in window.status_summary.text()


def test_open_pair_shows_comparison_side_by_side(loaded):
    w = loaded
    c = w.comparison
    assert c is not None and c.changes
    assert w.original_view.isVisible() and w.copy_view.isVisible()
    assert w.original_view.lineWrapMode() != w.original_view.LineWrapMode.NoWrap
    # both documents have the same rows (filler keeps paragraphs level)
    assert w.original_view.document().blockCount() == w.copy_view.document().blockCount()
    # the first paragraph of the copy is proxy navigation: its row is blank on the left
    assert "kproxy" in w.copy_view.document().findBlockByNumber(0).text()
    # (blank, or only the view-only pads that give it the copy's height)
    assert w.original_view.document().findBlockByNumber(0).text().strip("\N{LINE SEPARATOR}") == ""
    # headers: file names, encoding, newline style
    assert w.panes[Side.ORIGINAL].header.name.text() == "original-ap.txt"
    assert w.panes[Side.COPY].header.name.text() == "copy-kproxy.txt"
    assert w.findChild(QWidget, "copyEncoding").currentText() == "utf-8"
    assert w.panes[Side.COPY].header.method.text() == "valid UTF-8"
    assert w.panes[Side.COPY].header.newline.text() == "LF"
    assert "original-ap.txt" in w.windowTitle()
    counts = " · ".join(f"{k.value} {c.counts[k]}" for k in Category)
    assert counts in w.status_summary.text()
    # the chrome the copy added is its own figure, beside the (content-only) similarity
    assert c.chrome_chars > 0
    assert f"{c.chrome_share:.1%} site chrome" in w.status_summary.text()


def test_paragraph_rows_stay_level_at_every_change(loaded):
    w = loaded
    for index, _change in enumerate(w.comparison.changes):
        a0 = w.original_view.render.change_ranges[index][0]
        b0 = w.copy_view.render.change_ranges[index][0]
        row_a = w.original_view.document().findBlock(a0).blockNumber()
        row_b = w.copy_view.document().findBlock(b0).blockNumber()
        # a change starts on the same row, or (inside a multi-paragraph change) close to it
        assert abs(row_a - row_b) <= 2


def _line_counts(view) -> list[int]:
    doc = view.document()
    counts = []
    block = doc.firstBlock()
    while block.isValid():
        doc.documentLayout().blockBoundingRect(block)
        counts.append(block.layout().lineCount())
        block = block.next()
    return counts


def test_rows_stay_level_when_changed_paragraphs_wrap_differently(loaded, qtbot):
    w = loaded
    for width in (700, 1100):
        if w.leveler.busy:
            qtbot.waitSignal(w.leveler.leveled, timeout=10_000).wait()
        with qtbot.waitSignal(w.leveler.leveled, timeout=10_000):
            w.resize(width, 600)
        counts_a, counts_b = _line_counts(w.original_view), _line_counts(w.copy_view)
        assert counts_a == counts_b
        # the pads are the view's own: copying and offsets still give the file's text
        w.original_view.selectAll()
        w.original_view.copy()
        assert QGuiApplication.clipboard().text() == w.original_view.render.text
        for index, change in enumerate(w.comparison.changes):
            start, end = w.copy_view.render.change_ranges[index]
            assert w.copy_view.render.to_engine(start) == change.copy.start
            assert w.copy_view.render.to_engine(end) == change.copy.end


def test_scrolling_one_pane_scrolls_the_other_to_the_same_row(loaded, qtbot):
    w = loaded
    w.resize(700, 400)
    qtbot.waitUntil(lambda: w.original_view.verticalScrollBar().maximum() > 0)
    bar = w.original_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    top_a = w.original_view.document().findBlockByLineNumber(bar.value()).blockNumber()
    value_b = w.copy_view.verticalScrollBar().value()
    top_b = w.copy_view.document().findBlockByLineNumber(value_b).blockNumber()
    assert top_a == top_b and top_a > 0


# -- navigation -------------------------------------------------------------------------------


def test_keyboard_navigation_and_status(loaded, qtbot):
    w = loaded
    w.activateWindow()
    w.original_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.original_view)
    n = len(w.shown_changes())
    assert not w.actions.actionPreviousChange.isEnabled()  # cursor at the top
    key(qtbot, w, "Alt+Down")
    assert w.current == w.shown_changes()[0]
    assert w.status_summary.text().startswith(f"Difference 1 of {n}")
    key(qtbot, w, "Alt+Down")
    assert w.status_summary.text().startswith(f"Difference 2 of {n}")
    key(qtbot, w, "Alt+Up")
    assert w.status_summary.text().startswith(f"Difference 1 of {n}")
    assert not w.actions.actionPreviousChange.isEnabled()
    assert not w.actions.actionFirstChange.isEnabled()
    key(qtbot, w, "Alt+End")
    assert w.status_summary.text().startswith(f"Difference {n} of {n}")
    assert not w.actions.actionNextChange.isEnabled()  # disabled at the end, not silent
    assert not w.actions.actionLastChange.isEnabled()
    assert w.actions.actionPreviousChange.isEnabled()
    key(qtbot, w, "Alt+Home")
    assert w.status_summary.text().startswith(f"Difference 1 of {n}")


def test_next_change_starts_below_the_cursor(loaded, qtbot):
    w = loaded
    w.original_view.setFocus()
    doc = w.original_view.document()
    middle = doc.findBlockByNumber(doc.blockCount() // 2)
    cursor = w.original_view.textCursor()
    cursor.setPosition(middle.position())
    w.original_view.setTextCursor(cursor)
    w.actions.actionNextChange.trigger()
    start = w.original_view.render.change_ranges[w.current][0]
    assert start >= middle.position()
    earlier = [i for i in w.shown_changes() if w.original_view.render.change_ranges[i][0] < start]
    assert earlier and all(
        w.original_view.render.change_ranges[i][0] < middle.position() for i in earlier
    )


def test_selecting_a_change_scrolls_both_panes_to_it(loaded, qtbot):
    w = loaded
    w.resize(900, 350)
    qtbot.waitUntil(w.layout_settled)
    last = w.change_model.rowCount() - 1
    rect = w.change_list.visualRect(w.change_model.index(last, 1))
    qtbot.mouseClick(w.change_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    index = w.change_model.change_index(last)
    assert w.current == index
    for view in (w.original_view, w.copy_view):
        start = view.render.change_ranges[index][0]
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    ya = w.original_view.cursorRect().y()
    yb = w.copy_view.cursorRect().y()
    assert abs(ya - yb) <= w.original_view.fontMetrics().lineSpacing() * 3


def test_the_current_change_is_framed_without_hiding_highlights(loaded, qtbot):
    w = loaded
    index = w.shown_changes()[-2]
    w.go_to_change(index)

    def framed() -> bool:
        rects = [view.current_rows_rect() for view in (w.original_view, w.copy_view)]
        return all(r is not None for r in rects)

    qtbot.waitUntil(framed)
    for view in (w.original_view, w.copy_view):
        rect = view.current_rows_rect()
        assert rect is not None and view.viewport().rect().intersects(rect.toRect())
        assert not view.extraSelections()
    view = w.copy_view
    start, end = view.render.change_ranges[index]
    if end > start:
        image = view.viewport().grab().toImage()
        cursor = QTextCursor(view.document())
        cursor.setPosition(start + 1)
        point = view.cursorRect(cursor).center() + QPoint(0, view.fontMetrics().ascent() // 3)
        tint = w.theme.tint(w.comparison.changes[index].category).name()
        ratio = image.devicePixelRatio()
        seen = {
            image.pixelColor(int((point.x() + dx) * ratio), int(point.y() * ratio)).name()
            for dx in range(-3, 4)
        }
        assert tint in seen


def test_f7_walks_the_change_list(loaded, qtbot):
    w = loaded
    w.activateWindow()
    w.original_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.original_view)
    key(qtbot, w, "F7")
    assert QApplication.focusWidget() is w.change_list
    assert w.change_list.currentIndex().row() == 0
    key(qtbot, w, "F7")
    assert w.change_list.currentIndex().row() == 1
    assert w.current == w.change_model.change_index(1)
    key(qtbot, w, "Shift+F7")
    assert w.change_list.currentIndex().row() == 0
    # arrow keys in the list move through the changes too (screen readers follow them)
    qtbot.keyClick(w.change_list, Qt.Key.Key_Down)
    assert w.current == w.change_model.change_index(1)


def test_overview_strip_click_jumps_to_a_change(loaded, qtbot):
    w = loaded
    strip = w.overview
    last = w.shown_changes()[-1]
    fraction = w.rendering.change_rows[last] / w.rendering.rows
    y = int(fraction * (strip.height() - 2) + 2)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, y))
    assert w.current == last


def test_overview_strip_draws_each_change_in_its_colour(loaded, qtbot):
    w = loaded
    strip = w.overview
    image = strip.grab().toImage()
    ratio = image.devicePixelRatio()
    for index in w.shown_changes():
        category = w.comparison.changes[index].category
        fraction = w.rendering.change_rows[index] / w.rendering.rows
        y = int((fraction * (strip.height() - 2) + 2) * ratio)
        color = image.pixelColor(int(strip.width() / 2 * ratio), y)
        accents = {w.theme.accent(c).name() for c in Category}
        assert color.name() in accents
        row = w.rendering.change_rows[index]
        near = [j for j in w.shown_changes() if abs(w.rendering.change_rows[j] - row) <= 3]
        if near == [index]:  # no neighbour drawn over it
            assert color.name() == w.theme.accent(category).name()


def test_hover_shows_reason_and_evidence_escaped(loaded, qtbot):
    w = loaded
    view = w.copy_view
    index = next(i for i, c in enumerate(w.comparison.changes) if not c.copy.empty)
    change = w.comparison.changes[index]
    w.go_to_change(index)
    start, _end = view.render.change_ranges[index]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    pos = view.cursorRect(cursor).center() - QPoint(2, 0)
    tip = view.tooltip_at(pos)
    assert change.reason.split()[0] in tip
    assert change.category.value.capitalize() in tip
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert change.category.value.capitalize() in QToolTip.text()
    QToolTip.hideText()


def test_hovering_blank_filler_rows_explains_the_insertion_opposite(loaded, qtbot):
    w = loaded
    view = w.original_view
    block = view.document().findBlockByNumber(0)
    cursor = QTextCursor(block)
    pos = view.cursorRect(cursor).center() + QPoint(view.fontMetrics().averageCharWidth() * 3, 0)
    tip = view.tooltip_at(pos)
    first = w.comparison.changes[0]
    assert first.original.empty and first.category.value.capitalize() in tip
    assert "kproxy" in tip  # what the copy inserted there


def test_double_clicking_moved_text_goes_to_its_other_half(window, qtbot):
    a = "First paragraph is here and long enough to count as moved text.\nSecond stays.\nThird."
    b = "Second stays.\nThird.\nFirst paragraph is here and long enough to count as moved text."
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.set_text(Side.ORIGINAL, a)
        window.set_text(Side.COPY, b)
    moved = [i for i, c in enumerate(window.comparison.changes) if c.category is Category.MOVED]
    assert len(moved) == 2
    first, second = moved
    view = window.original_view
    start, _end = view.render.change_ranges[first]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    pos = view.cursorRect(cursor).center()
    assert "other half" in view.tooltip_at(pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.current == second
    assert window.status_summary.text().startswith("Difference")


# -- categories -------------------------------------------------------------------------------


def test_toggling_a_category_dims_it_and_takes_it_out_of_navigation(loaded, qtbot):
    w = loaded
    category = max(Category, key=lambda c: w.comparison.counts[c])
    count = w.comparison.counts[category]
    before = len(w.shown_changes())
    button = w.findChild(QWidget, f"toggle{category.value.capitalize()}")
    assert button.isChecked()
    wait_work(qtbot, w, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert category not in w.enabled
    assert len(w.shown_changes()) == before - count
    assert w.change_model.rowCount() == before - count
    assert f"{category.value} {count} (hidden)" in w.status_summary.text()
    # the text is still there, dimmed (grey foreground, no full tint)
    index = next(i for i, c in enumerate(w.comparison.changes) if c.category is category)
    view = w.copy_view if not w.comparison.changes[index].copy.empty else w.original_view
    start, _end = view.render.change_ranges[index]
    block = view.document().findBlock(start)
    fmt = next(
        r.format for r in block.layout().formats() if r.start <= start - block.position() < r.start + r.length
    ) if block.layout().formats() else None
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    char_format = cursor.charFormat()
    assert char_format.foreground().color().name() in ("#8c8c8c", "#8a8a8a")
    assert fmt is None or fmt is not None  # layout formats are optional; char format decides
    assert w.comparison.changes[index].category is category


def test_toggling_keeps_the_same_rows_in_view(loaded, qtbot):
    w = loaded
    w.resize(800, 400)
    qtbot.waitUntil(w.layout_settled)  # resize settles and rows are levelled
    bar = w.original_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = w.original_view.document().findBlockByLineNumber(bar.value()).blockNumber()
    assert top > 0
    wait_work(qtbot, w, lambda: w.toggles[Category.EDIT].trigger())
    now = w.original_view.document().findBlockByLineNumber(bar.value()).blockNumber()
    assert now == top


def test_legend_chips_say_how_each_category_is_drawn(loaded):
    from compare.report.style import CATEGORY_LOOKS

    w = loaded
    for category, action in w.toggles.items():
        tip = action.toolTip()
        assert f"{w.comparison.counts[category]} change(s)" in tip
        assert f"Shown as: {CATEGORY_LOOKS[category].shown_as}" in tip


def test_notice_when_toggles_make_the_copies_look_identical(loaded, qtbot):
    w = loaded
    for category in Category:
        if category in w.enabled:
            wait_work(qtbot, w, lambda c=category: w.toggles[c].trigger())
    assert not w.shown_changes()
    assert w.identical_notice.isVisible()
    assert "look identical" in w.identical_notice.text()
    assert not w.actions.actionNextChange.isEnabled()
    assert not w.actions.actionFirstChange.isEnabled()
    wait_work(qtbot, w, lambda: w.toggles[Category.EDIT].trigger())
    assert not w.identical_notice.isVisible() or not w.comparison.counts[Category.EDIT]


# -- input --------------------------------------------------------------------------------------


def test_drop_two_files_anywhere_loads_both(window, qtbot, sample_pair):
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        drop(window, file_mime(*sample_pair))
    assert window.documents[Side.ORIGINAL].path == str(sample_pair[0])
    assert window.documents[Side.COPY].path == str(sample_pair[1])


def test_drop_one_file_onto_each_pane(window, qtbot, sample_pair):
    wait_work(qtbot, window, lambda: drop(window.panes[Side.COPY].drop_target, file_mime(sample_pair[1])))
    assert window.documents[Side.COPY] is not None and window.documents[Side.ORIGINAL] is None
    assert window.panes[Side.COPY].stack.currentWidget() is window.copy_view
    assert "original" in window.status_summary.text()
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        drop(window.panes[Side.ORIGINAL].drop_target, file_mime(sample_pair[0]))
    # now drop the original's file onto the copy pane: that side only is replaced
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        drop(window.copy_view, file_mime(sample_pair[0]))
    assert window.comparison.identical
    assert window.identical_notice.isVisible()


def test_drop_text_from_a_browser_as_one_side(loaded, qtbot):
    mime = QMimeData()
    mime.setText("A short text dragged from a browser.")
    with qtbot.waitSignal(loaded.comparison_ready, timeout=10_000):
        drop(loaded.copy_view, mime)
    doc = loaded.documents[Side.COPY]
    assert doc.text == "A short text dragged from a browser."
    assert loaded.panes[Side.COPY].header.name.text() == "Dropped text"
    assert not loaded.findChild(QWidget, "copyEncoding").isEnabled()


def test_drop_html_from_a_browser_keeps_its_visible_text(loaded, qtbot):
    mime = QMimeData()
    mime.setHtml("<nav>Home | World</nav><p>First &amp; <b>bold</b></p><p>Second</p><script>x()</script>")
    with qtbot.waitSignal(loaded.comparison_ready, timeout=10_000):
        drop(loaded.original_view, mime)
    doc = loaded.documents[Side.ORIGINAL]
    assert doc.format.value == "html"
    assert "First & bold" in doc.text and "Home | World" in doc.text
    assert "<b>" not in doc.text and "x()" not in doc.text
    assert "HTML" in loaded.panes[Side.ORIGINAL].header.method.text()


def test_paste_from_the_clipboard_as_either_side(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    QGuiApplication.clipboard().setText("The original, pasted.\nSecond paragraph.")
    wait_work(qtbot, window, lambda: key(qtbot, window, "Ctrl+V"))
    assert window.documents[Side.ORIGINAL].text == "The original, pasted.\nSecond paragraph."
    assert window.panes[Side.ORIGINAL].header.name.text() == "Pasted text"
    QGuiApplication.clipboard().setText("The copy, pasted.\nSecond paragraph.")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        key(qtbot, window, "Ctrl+Shift+V")
    assert window.comparison.copy.text.startswith("The copy")


def test_open_dialogs_remember_the_last_folder(window, qtbot, sample_pair, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def fake_open(parent, title, folder, filters):
        asked.append(folder)
        return str(sample_pair[0]), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    wait_work(qtbot, window, window.actions.actionOpenOriginal.trigger)
    assert window.documents[Side.ORIGINAL] is not None
    wait_work(qtbot, window, window.actions.actionOpenOriginal.trigger)
    assert asked[-1] == str(sample_pair[0].parent)
    assert window.settings.folder("original") == str(sample_pair[0].parent)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "folder"),
        (lambda tmp: Path("/proc/self/mem"), "cannot read"),  # a file that fails to read
    ],
)
def test_bad_input_is_a_message_and_the_other_side_stays(loaded, qtbot, tmp_path, make, expected):
    before = loaded.documents[Side.ORIGINAL]
    wait_work(qtbot, loaded, lambda: loaded.open_file(Side.COPY, make(tmp_path)))
    assert loaded.message_bar.isVisible()
    assert expected in loaded.message_bar.text.text()
    assert "Could not open the copy" in loaded.message_bar.text.text()
    assert loaded.documents[Side.ORIGINAL] is before
    assert loaded.documents[Side.COPY] is not None  # the copy that was loaded stays too
    assert loaded.comparison is not None


def test_too_large_input_is_refused_with_a_message(window, qtbot, tmp_path, sample_pair):
    window.options = Options(max_input_bytes=1000)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    wait_work(qtbot, window, lambda: window.open_pair(sample_pair[0], big))
    assert "limit" in window.message_bar.text.text()
    assert window.documents[Side.COPY] is None


def test_binary_input_is_refused_with_a_message(window, qtbot, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    wait_work(qtbot, window, lambda: window.open_file(Side.ORIGINAL, binary))
    assert window.message_bar.isVisible()
    assert "photo.jpg" in window.message_bar.text.text()
    assert window.documents[Side.ORIGINAL] is None


def test_choosing_another_encoding_re_decodes_that_side(window, qtbot, tmp_path, sample_pair):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\N{LATIN SMALL LETTER E WITH ACUTE} cr\N{LATIN SMALL LETTER E WITH GRAVE}me".encode("cp1252"))
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(sample_pair[0], latin)
    header = window.panes[Side.COPY].header
    # detection is shown, with how sure it was; low confidence is not hidden
    assert window.documents[Side.COPY].text == "Café crème"
    assert "detected" in header.method.text() and "confident" in header.method.text()
    assert header.warning.isVisible() and "Low confidence" in header.warning.text()
    combo = window.findChild(QWidget, "copyEncoding")
    index = combo.findText("utf-8")
    assert index >= 0
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.scrollTo(view.model().index(index, 0))
    rect = view.visualRect(view.model().index(index, 0))
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc = window.documents[Side.COPY]
    assert doc.encoding == "utf-8" and doc.encoding_method.value == "override"
    assert doc.undecodable_bytes == 2
    assert "\N{REPLACEMENT CHARACTER}" in doc.text
    assert header.method.text() == "chosen by you"
    assert "2 byte(s) could not be decoded" in header.warning.text()
    assert window.documents[Side.ORIGINAL].path == str(sample_pair[0])
    assert combo.currentText() == "utf-8"


# -- swap, reload, find, copy, zoom ---------------------------------------------------------


def test_swap_exchanges_the_sides(loaded, qtbot, sample_pair):
    with qtbot.waitSignal(loaded.comparison_ready, timeout=10_000):
        loaded.actions.actionSwap.trigger()
    assert loaded.comparison.original.path == str(sample_pair[1])
    assert loaded.comparison.copy.path == str(sample_pair[0])
    assert loaded.panes[Side.ORIGINAL].header.name.text() == "copy-kproxy.txt"


def test_reload_when_a_file_changes_on_disk(window, qtbot, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One paragraph.\nTwo paragraphs.\n")
    b.write_text("One paragraph.\nTwo paragraphs.\n")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(a, b)
    assert window.comparison.identical
    b.write_text("One paragraph, changed.\nTwo paragraphs.\n")
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    assert "b.txt changed on disk" in window.message_bar.text.text()
    button = window.message_bar.action_button
    assert button.isVisible()
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.comparison.identical
    # F5 reloads as well
    b.write_text("One paragraph.\nTwo paragraphs.\n")
    window.activateWindow()
    window.copy_view.setFocus()
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        key(qtbot, window, "F5")
    assert window.comparison.identical


def test_find_in_a_pane(loaded, qtbot):
    w = loaded
    w.activateWindow()
    w.copy_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.copy_view)
    key(qtbot, w, "Ctrl+F")
    assert w.find_bar.isVisible()
    assert QApplication.focusWidget() is w.find_bar.field
    qtbot.keyClicks(w.find_bar.field, "Kremlin")
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Return)
    assert w.copy_view.textCursor().selectedText() == "Kremlin"
    w.find_bar.field.setText("no such words here")
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Return)
    assert w.find_bar.status.text() == "Not found"
    qtbot.keyClick(w.find_bar.field, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()


def test_copying_gives_the_files_text_without_filler_or_markers(loaded, qtbot):
    w = loaded
    w.activateWindow()
    for view in (w.original_view, w.copy_view):
        view.setFocus()
        qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v)
        QGuiApplication.clipboard().clear()
        key(qtbot, w, "Ctrl+A")
        key(qtbot, w, "Ctrl+C")
        assert QGuiApplication.clipboard().text() == view.render.text
    # a part of a change that spans filler rows: the file's characters only
    index = next(i for i, c in enumerate(w.comparison.changes) if "\n" in c.copy.text)
    start, end = w.copy_view.render.change_ranges[index]
    cursor = w.copy_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    w.copy_view.setTextCursor(cursor)
    w.actions.actionCopyText.trigger()
    assert QGuiApplication.clipboard().text() == w.comparison.changes[index].copy.text


def test_invisible_characters_are_shown_but_offsets_kept(window, qtbot):
    text = "zero\N{ZERO WIDTH SPACE}width and a\N{PARAGRAPH SEPARATOR}separator"
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.set_text(Side.ORIGINAL, "zerowidth and a separator")
        window.set_text(Side.COPY, text)
    shown = window.copy_view.document().toPlainText()
    assert len(shown) == len(text)
    assert "\N{ZERO WIDTH SPACE}" not in shown and "\N{MIDDLE DOT}" in shown
    assert window.copy_view.document().blockCount() == 1  # U+2029 did not split the paragraph
    cursor = QTextCursor(window.copy_view.document())
    cursor.setPosition(5)
    pos = window.copy_view.cursorRect(cursor).center() + QPoint(1, 0)
    assert "ZERO WIDTH SPACE" in window.copy_view.tooltip_at(pos)


def test_zoom_changes_the_text_size_of_both_panes(loaded, qtbot):
    w = loaded
    before = w.original_view.font().pointSizeF()
    w.activateWindow()
    w.original_view.setFocus()
    key(qtbot, w, "Ctrl++")
    assert w.original_view.font().pointSizeF() > before
    assert w.copy_view.font().pointSizeF() == w.original_view.font().pointSizeF()
    key(qtbot, w, "Ctrl+-")
    assert w.original_view.font().pointSizeF() == before


# -- export ------------------------------------------------------------------------------------


def test_export_writes_the_report_and_offers_to_open_it(loaded, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    suggested = []

    def fake_save(parent, title, path, filters, selected):
        suggested.append((path, filters, selected))
        return str(tmp_path / "report.html"), selected

    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    loaded.activateWindow()
    with qtbot.waitSignal(loaded.export_finished, timeout=10_000) as blocker:
        key(qtbot, loaded, "Ctrl+E")
    assert blocker.args[1] == ""
    path, filters, _selected = suggested[0]
    assert Path(path).name == "original-ap-vs-copy-kproxy.html"
    for name in ("HTML report (*.html)", "JSON (mirrordiff/1) (*.json)", "PDF report (*.pdf)"):
        assert name in filters.split(";;")
    # short type names: the dialog's "Files of type" box cut the long descriptions off
    assert all(len(entry) < 40 for entry in filters.split(";;"))
    written = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "kproxy" in written and "<html" in written.lower()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]
    assert loaded.message_bar.action_button.isVisible()
    qtbot.mouseClick(loaded.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(tmp_path / "report.html")


def test_export_pdf_and_json(loaded, qtbot, tmp_path):
    for name, suffix, head in (("pdf", ".pdf", b"%PDF"), ("json", ".json", b"{")):
        target = tmp_path / f"r{suffix}"
        with qtbot.waitSignal(loaded.export_finished, timeout=20_000):
            loaded.export_to(target, name)
        assert target.read_bytes().startswith(head)


def test_export_never_writes_over_an_input(loaded, qtbot, sample_pair):
    before = sample_pair[1].read_bytes()
    with qtbot.waitSignal(loaded.export_finished, timeout=10_000) as blocker:
        loaded.export_to(sample_pair[1], "text")
    assert "never written over" in blocker.args[1]
    assert sample_pair[1].read_bytes() == before
    assert loaded.message_bar.isVisible()


# -- persistence --------------------------------------------------------------------------------


def test_window_state_toggles_and_recent_pairs_persist(qtbot, qapp, sample_pair):
    from ui import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    with qtbot.waitSignal(first.comparison_ready, timeout=10_000):
        first.open_pair(*sample_pair)
    wait_work(qtbot, first, lambda: first.toggles[Category.TYPOGRAPHY].trigger())
    first.outer_splitter.setSizes([600, 300])
    sizes = first.outer_splitter.sizes()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700 and second.size().height() == 500
    assert Category.TYPOGRAPHY not in second.enabled
    assert not second.toggles[Category.TYPOGRAPHY].isChecked()
    assert second.outer_splitter.sizes() == sizes
    recent = second.recent_menu.actions()[0]
    assert "original-ap.txt" in recent.text()
    with qtbot.waitSignal(second.comparison_ready, timeout=10_000):
        recent.trigger()
    assert second.comparison.copy.path == str(sample_pair[1].resolve())
    second.close()


def test_window_has_the_application_icon(window):
    assert not window.windowIcon().isNull()


def test_settings_live_in_the_test_folder(window):
    assert window.settings.file_name.startswith(os.environ["MIRRORDIFF_SETTINGS_DIR"])


# -- work off the GUI thread ------------------------------------------------------------------


def _big_pair(tmp_path: Path, paragraphs: int) -> tuple[Path, Path]:
    import random

    rng = random.Random(7)
    words = ("the", "of", "and", "a", "to", "in", "is", "was", "for", "on", "that", "with", "as")
    a_lines, b_lines = [], []
    for i in range(paragraphs):
        line = " ".join(rng.choice(words) for _ in range(40)) + f" paragraph {i}."
        a_lines.append(line)
        if i % 3 == 0:
            parts = line.split()
            parts[rng.randrange(len(parts))] = "changed"
            b_lines.append(" ".join(parts))
        else:
            b_lines.append(line)
    a, b = tmp_path / "big-a.txt", tmp_path / "big-b.txt"
    a.write_text("\n".join(a_lines))
    b.write_text("\n".join(b_lines))
    return a, b


def test_a_long_comparison_can_be_cancelled(loaded, qtbot, tmp_path):
    a, b = _big_pair(tmp_path, 6000)
    before = loaded.comparison
    loaded.open_pair(a, b)
    qtbot.waitUntil(loaded.cancel_button.isVisible, timeout=5000)
    assert loaded.progress.isVisible()
    qtbot.waitUntil(lambda: loaded.progress.value() > 0, timeout=5000)
    with qtbot.waitSignal(loaded.work_done, timeout=20_000):
        qtbot.mouseClick(loaded.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in loaded.message_bar.text.text()
    assert loaded.comparison is before  # what was shown stays
    assert not loaded.cancel_button.isVisible()


def test_the_window_stays_responsive_while_comparing(window, qtbot, tmp_path):
    """A timer every 10 ms keeps firing while a large pair is compared and shown."""
    import time

    from PySide6.QtCore import QTimer

    a, b = _big_pair(tmp_path, 2500)
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    with qtbot.waitSignal(window.comparison_ready, timeout=30_000):
        window.open_pair(a, b)
    qtbot.waitUntil(lambda: len(gaps) > 5)
    timer.stop()
    assert len(gaps) > 5
    assert max(gaps) < 0.5, f"GUI thread stalled {max(gaps) * 1000:.0f} ms"


# -- accessibility, keyboard, theme ---------------------------------------------------------


def test_every_interactive_widget_has_a_name_and_tab_reaches_the_panes(loaded, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    w = loaded
    w.find_bar.open_bar()
    interactive = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    unnamed = [
        f"{type(child).__name__} {child.objectName()!r}"
        for child in w.findChildren(QWidget)
        if isinstance(child, interactive)
        and child.isVisibleTo(w)
        and child.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not child.accessibleName()
        and not (isinstance(child, QAbstractButton) and child.text())
        and child.objectName() != "qt_toolbar_ext_button"
    ]
    assert not unnamed
    w.find_bar.close_bar()
    w.activateWindow()
    w.original_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.original_view)
    reached = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        reached.add(focus.objectName())
        assert focus.accessibleName() or isinstance(focus, QAbstractButton), focus
    assert {"copyView", "changeList", "originalView"} <= reached


def test_dark_system_theme_is_followed(loaded, qtbot, qapp):
    from ui.app import apply_color_scheme

    assert not loaded.theme.dark
    try:
        with qtbot.waitSignal(loaded.view_updated, timeout=10_000):
            apply_color_scheme(qapp, dark=True)
        assert loaded.theme.dark and loaded.rendering.theme.dark
        # the category chips' bar (a style sheet keeps its first palette) turns dark too
        bar = loaded.legend_bar.grab().toImage()
        assert bar.pixelColor(bar.width() - 4, bar.height() // 2).lightness() < 128
    finally:
        qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
        qapp.setPalette(qapp.style().standardPalette())
        qtbot.waitUntil(lambda: not loaded.theme.dark, timeout=10_000)


def test_a_new_comparison_clears_the_old_report_saved_message(loaded, qtbot, tmp_path):
    with qtbot.waitSignal(loaded.export_finished, timeout=10_000):
        loaded.export_to(tmp_path / "report.html", "html")
    bar = loaded.message_bar
    assert bar.isVisible() and "Report saved" in bar.text.text()
    (tmp_path / "a.txt").write_text("One short paragraph about the harbour.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("One short paragraph about the harbor.\n", encoding="utf-8")
    with qtbot.waitSignal(loaded.comparison_ready, timeout=10_000):
        loaded.open_pair(tmp_path / "a.txt", tmp_path / "b.txt")
    assert not bar.isVisible()


def test_a_message_given_after_the_load_started_stays(window, qtbot, tmp_path, sample_pair):
    window.message_bar.show_message("Report saved: old.html")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(*sample_pair)
        window.message_bar.show_message("Only the first two dropped files are compared.")
    assert window.message_bar.isVisible()
    assert window.message_bar.text.text() == "Only the first two dropped files are compared."


def test_category_chips_and_view_menu_show_on_and_off_without_colour(loaded, qtbot):
    from PySide6.QtGui import QAction

    w = loaded
    category = Category.EDIT
    chip = w.findChild(QWidget, "toggleEdit")
    entry = w.findChild(QAction, "menuToggleEdit")
    count = w.comparison.counts[category]
    assert chip.isChecked() and entry.isCheckable() and entry.isChecked()
    assert entry.icon().isNull()  # an icon would take the check mark's place
    assert chip.text() == f"\N{BALLOT BOX WITH CHECK} Edit {count}"
    assert not chip.font().strikeOut()
    wait_work(qtbot, w, lambda: qtbot.mouseClick(chip, Qt.MouseButton.LeftButton))
    assert category not in w.enabled
    assert not chip.isChecked() and not entry.isChecked()
    assert chip.text() == f"\N{BALLOT BOX} Edit {count}"
    assert chip.font().strikeOut()
    # the menu entry toggles too, and the chip follows it
    wait_work(qtbot, w, entry.trigger)
    assert category in w.enabled
    assert chip.isChecked() and entry.isChecked()
    assert chip.text().startswith("\N{BALLOT BOX WITH CHECK}") and not chip.font().strikeOut()


def test_two_different_articles_get_a_clear_notice(window, qtbot, tmp_path):
    (tmp_path / "a.txt").write_text(
        "The harbour authority approved a new ferry terminal on Monday after two years "
        "of planning.\n\nConstruction starts in spring.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Local bakers say flour prices doubled this winter, and several shops "
        "may close.\n\nCustomers were asked to pre-order bread.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(tmp_path / "a.txt", tmp_path / "b.txt")
    similarity = window.comparison.similarity
    assert similarity < 0.3
    notice = window.identical_notice
    assert notice.isVisible()
    assert "These look like different articles" in notice.text()
    assert f"only {similarity * 100:.1f}% of the text is shared" in notice.text()
    assert f"{similarity * 100:.1f}% similar" in window.status_summary.text()  # the same figure


def test_versions_of_one_article_get_no_different_articles_notice(loaded):
    assert loaded.comparison.similarity >= 0.3
    assert "different articles" not in loaded.identical_notice.text()
    assert not loaded.identical_notice.isVisible()
