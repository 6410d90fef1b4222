"""Building the panes' documents: level rows, exact offsets, visible markers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

import compare
from compare import Category
from ui.rendering import INVISIBLE_MARKERS, render_comparison, render_single, visible
from ui.theme import Level, Theme

ALL = frozenset(Category)


def _render(a: str, b: str, enabled=ALL, qapp=None):
    comparison = compare.compare(compare.load_text(a, label="a"), compare.load_text(b, label="b"))
    return comparison, render_comparison(comparison, enabled, Theme())


def _doc_text(pane) -> str:
    return pane.document.toPlainText()


def test_inserted_paragraphs_face_blank_filler_rows(qapp):
    a = "First paragraph.\nLast paragraph."
    b = "First paragraph.\nNew one.\nAnother new one.\nLast paragraph."
    comparison, r = _render(a, b)
    assert r.original.document.blockCount() == r.copy.document.blockCount() == 4
    rows_a = _doc_text(r.original).split("\n")
    rows_b = _doc_text(r.copy).split("\n")
    assert rows_a[0] == rows_b[0] == "First paragraph."
    assert rows_a[3] == rows_b[3] == "Last paragraph."
    assert rows_a[1] == rows_a[2] == ""
    # exactly the filler rows are hatched
    hatched = [
        r.original.document.findBlockByNumber(n).blockFormat().background().style()
        != Qt.BrushStyle.NoBrush
        for n in range(4)
    ]
    assert hatched == [False, True, True, False]
    # hovering the filler finds the insertion
    index = r.original.change_at(r.original.document.findBlockByNumber(1).position())
    assert index is not None and comparison.changes[index].copy.text.startswith("New one")


def test_filler_before_a_whole_paragraph_is_hatched_not_the_paragraph(qapp):
    a = "Headline\n\nBody."
    b = "Home | World | Proxy bar\n\nHeadline\n\nBody."
    _comparison, r = _render(a, b)
    doc = r.original.document
    rows = [doc.findBlockByNumber(n) for n in range(doc.blockCount())]
    assert [block.text() for block in rows][:3] == ["", "", "Headline"]
    styles = [block.blockFormat().background().style() for block in rows]
    assert styles[0] != Qt.BrushStyle.NoBrush and styles[1] != Qt.BrushStyle.NoBrush
    assert styles[2] == Qt.BrushStyle.NoBrush


def test_offsets_map_both_ways_and_copying_gives_the_file_text(qapp):
    a = "Alpha beta.\nGamma delta.\nEpsilon."
    b = "Intro line.\n\nAlpha beta.\nGamma DELTA.\nEpsilon.\nOutro."
    _comparison, r = _render(a, b)
    for pane in (r.original, r.copy):
        shown = _doc_text(pane)
        for offset, char in enumerate(pane.text):
            position = pane.map.to_doc(offset)
            assert pane.map.to_engine(position) == offset
            assert shown[position] == visible(char)
        # every filler position maps back into the text (never past its end)
        assert all(0 <= pane.map.to_engine(p) <= len(pane.text) for p in range(len(shown) + 1))


def test_invisible_characters_get_markers_of_the_same_length(qapp):
    text = "a\N{ZERO WIDTH SPACE}b\x07c\N{LINE SEPARATOR}d\N{OBJECT REPLACEMENT CHARACTER}e"
    pane = render_single(compare.load_text(text), Theme())
    shown = _doc_text(pane)
    assert len(shown) == len(text)
    assert shown == visible(text)
    assert pane.document.blockCount() == 1
    for char in text:
        if char in INVISIBLE_MARKERS:
            assert char not in shown


def test_corruption_details_are_stronger_than_the_change(qapp):
    a = "We don\N{RIGHT SINGLE QUOTATION MARK}t need it."
    b = "We don\N{COMBINING SHORT STROKE OVERLAY}\n\n7;t need it."
    comparison, r = _render(a, b)
    change = next(c for c in comparison.changes if c.category is Category.CORRUPTION)
    index = change.id - 1
    start, end = r.copy.change_ranges[index]
    weights = set()
    doc = r.copy.document
    from PySide6.QtGui import QTextCursor

    for position in range(start + 1, end + 1):
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        weights.add(cursor.charFormat().fontWeight())
    assert len(weights) >= 2  # normal change text and bold exact characters


def test_toggled_off_categories_are_dimmed_not_removed(qapp):
    a = "Hello world.\nSame."
    b = "Hello brave world.\nSame."
    comparison, on = _render(a, b)
    _comparison, off = _render(a, b, frozenset())
    assert _doc_text(on.copy) == _doc_text(off.copy)
    theme = Theme()
    dim = theme.change_format(comparison.changes[0].category, Level.DIM)
    assert dim.foreground().color() == theme.dim_text()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["Alpha.", "Beta gamma.", "Delta!", "", "x\N{ZERO WIDTH SPACE}y"]), max_size=8),
    st.lists(st.sampled_from(["Alpha.", "Beta GAMMA.", "Delta!", "", "New.", "x y"]), max_size=8),
)
def test_rows_are_level_and_texts_come_back(qapp, a_lines, b_lines):
    a, b = "\n".join(a_lines), "\n".join(b_lines)
    _comparison, r = _render(a, b)
    assert r.original.document.blockCount() == r.copy.document.blockCount()
    for pane in (r.original, r.copy):
        shown = _doc_text(pane)
        rebuilt = "".join(
            pane.text[pane.map.to_engine(p)]
            for p in range(len(shown))
            if pane.map.to_engine(p + 1) > pane.map.to_engine(p)
        )
        assert rebuilt == pane.text


def test_pads_are_mapped_out_of_offsets_ranges_and_hover(qapp):
    from PySide6.QtGui import QTextCursor

    from ui.rendering import PAD

    a = "Short one.\nSame paragraph.\nEnd."
    b = "A much longer replacement paragraph.\nSame paragraph.\nEnd."
    comparison, r = _render(a, b)
    pane = r.original
    # pad row 0 by hand the way the leveler does: three separators before its end
    block = pane.document.findBlockByNumber(0)
    base_end = block.position() + block.length() - 1
    cursor = QTextCursor(pane.document)
    cursor.setPosition(base_end)
    cursor.insertText(PAD * 3)
    pane.set_pads({0: (base_end, 3)})
    shown = _doc_text(pane)
    for offset, char in enumerate(pane.text):
        position = pane.to_doc(offset)
        assert shown[position] == visible(char)
        assert pane.to_engine(position) == offset
    for position in range(base_end, base_end + 3):  # on the pads: the row's end
        assert pane.to_engine(position) == pane.map.to_engine(base_end)
        assert pane.change_at(position) is None
    start, end = pane.change_ranges[0]
    assert shown[start:end] == comparison.changes[0].original.text
    assert pane.change_at(start) == 0
    after = pane.to_doc(a.index("Same"))
    assert after == a.index("Same") + 3 and pane.change_at(after) is None
