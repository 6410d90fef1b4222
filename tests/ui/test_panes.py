"""Pane pieces: untrusted text is never markup."""

from __future__ import annotations

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
