"""Pane pieces: untrusted text is never markup."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

import compare
from compare import Category, Change, Op, Span
from ui.panes import PaneHeader, tooltip_html
from ui.worker import Side


def test_tooltip_escapes_the_texts_and_the_reason():
    change = Change(
        id=1,
        category=Category.CORRUPTION,
        op=Op.REPLACE,
        original=Span(0, 6, "<b>x</b>"),
        copy=Span(0, 20, "<script>alert(1)</script>"),
        reason="leaked tag <em>",
        evidence=("html-tag",),
    )
    html = tooltip_html(change)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;em&gt;" in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "Corruption" in html and "html-tag" in html


def test_tooltip_shows_reason_code_spans_as_code(qapp):
    change = Change(
        id=1,
        category=Category.CORRUPTION,
        op=Op.REPLACE,
        original=Span(0, 7, "&#8217;"),
        copy=Span(0, 6, "&#821"),
        reason="`&#8217;` (\N{RIGHT SINGLE QUOTATION MARK}) cut after `&#821` <img src=x>`",
    )
    html = tooltip_html(change)
    assert "<code>&amp;#8217;</code> (\N{RIGHT SINGLE QUOTATION MARK}) cut after <code>&amp;#821</code>" in html
    assert "<img" not in html and "&lt;img src=x&gt;`" in html
    doc = QTextDocument()
    doc.setHtml(html)
    # the spans lose their backticks, the unpaired one stays; the tag is shown as written
    assert "&#8217; (\N{RIGHT SINGLE QUOTATION MARK}) cut after &#821 <img src=x>`" in doc.toPlainText()


def test_header_shows_file_names_as_plain_text(qtbot, tmp_path):
    header = PaneHeader(Side.COPY)
    qtbot.addWidget(header)
    path = tmp_path / "<b>bold<i> &amp;.txt"
    path.write_text("text")
    header.show_document(compare.load_path(path))
    assert header.name.text() == "<b>bold<i> &amp;.txt"
    for label in header.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert header.newline.text() == "no line breaks"
    # tooltips guess rich text from their content: a hostile name must be shown as written
    tip = QTextDocument()
    tip.setHtml(header.name.toolTip())
    assert tip.toPlainText() == str(path)


def test_a_header_warning_does_not_push_one_pane_text_down(window, qtbot, tmp_path, sample_pair):
    from PySide6.QtCore import QPoint

    from ui.worker import Side

    latin = tmp_path / "latin.txt"
    latin.write_bytes(sample_pair[1].read_text(encoding="utf-8").encode("cp1252", "replace") + b"\xe9\xe8")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(sample_pair[0], latin)
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.set_encoding(Side.COPY, "utf-8")
    copy_header = window.panes[Side.COPY].header
    original_header = window.panes[Side.ORIGINAL].header
    assert window.documents[Side.COPY].undecodable_bytes > 0
    assert "could not be decoded" in copy_header.warning.text()
    assert copy_header.warning.isVisible() and not original_header.warning.isVisible()

    def tops() -> tuple[int, int]:
        return tuple(
            view.viewport().mapTo(window, QPoint(0, 0)).y()
            for view in (window.original_view, window.copy_view)
        )

    for width in (1400, 700):  # at 700 the warning wraps onto more lines
        window.resize(width, 700)
        # the headers are levelled once the resize has been laid out (a fixed wait of
        # 50 ms was sometimes too short on a loaded machine)
        qtbot.waitUntil(lambda: tops()[0] == tops()[1], timeout=3000)
        original_top, copy_top = tops()
        assert original_top == copy_top, (width, original_top, copy_top)


def test_the_pane_texts_stay_level_through_any_resizes_and_decodes(window, qtbot, tmp_path, sample_pair):
    """Whatever order the splitter's pass resizes the panes in, and however soon the next
    resize or a new document follows, both texts end up starting on one line."""
    import random

    from PySide6.QtCore import QPoint

    from ui.worker import Side

    latin = tmp_path / "latin.txt"
    latin.write_bytes(sample_pair[1].read_text(encoding="utf-8").encode("cp1252", "replace") + b"\xe9\xe8")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(sample_pair[0], latin)

    def tops() -> tuple[int, int]:
        return tuple(
            view.viewport().mapTo(window, QPoint(0, 0)).y()
            for view in (window.original_view, window.copy_view)
        )

    rnd = random.Random(9)
    for trial in range(12):
        if trial in (4, 8):  # a warning appears in one header / goes away again
            with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
                window.set_encoding(Side.COPY, "utf-8" if trial == 4 else "cp1252")
        for _ in range(rnd.randint(1, 3)):
            window.resize(rnd.randint(600, 1600), rnd.randint(500, 900))
            qtbot.wait(rnd.randint(0, 20))
        qtbot.waitUntil(lambda: tops()[0] == tops()[1], timeout=3000)
        headers = [window.panes[side].header for side in (Side.ORIGINAL, Side.COPY)]
        # ... and neither header is cut: each is at least as tall as it needs
        assert all(h.height() >= h.natural_height() for h in headers), trial


def test_a_narrow_header_cuts_its_labels_with_an_ellipsis_never_over_each_other(
    window, qtbot, sample_pair
):
    """At 640 px with the change list open each pane is ~200 px wide: the encoding
    method, language and line breaks give way with "…" (their whole text in the
    tooltip) instead of being laid over each other ("valid UTF- English (e LF")."""
    from ui.worker import Side

    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(*sample_pair)
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.width() <= 700, timeout=3000)
    qtbot.wait(50)
    for side in (Side.ORIGINAL, Side.COPY):
        header = window.panes[side].header
        row = [w for w in (header.encoding, header.method, header.language, header.newline) if w.isVisible()]
        boxes = [w.geometry() for w in row]
        for a, b in itertools.pairwise(boxes):
            assert a.right() < b.left(), (side, a, b)  # side by side, none over another
        assert all(b.right() <= header.contentsRect().right() + 1 for b in boxes)
        cut = [w for w in row[1:] if w.is_cut()]
        assert cut, "the row fits at 640 px: the test no longer tests cutting"
        for label in cut:
            assert "\N{HORIZONTAL ELLIPSIS}" in label.shown_text()
            assert label.text() in label.toolTip()
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: not window.panes[Side.COPY].header.method.is_cut(), timeout=3000)
