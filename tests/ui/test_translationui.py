"""The window on a translated copy: languages, mode switch, aligned panes, facts panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import Category, FactStatus, Mode, ModeChoice
from compare.findings import FindingKind
from tests.ui.conftest import wait_work
from ui.worker import Side

PAIR = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "wildfire-fr"


@pytest.fixture
def translated(window, qtbot, tmp_path):
    """The window on the English wildfire story and its French edition, one number drifted."""
    copy = tmp_path / "copie.txt"
    copy.write_text((PAIR / "copy.txt").read_text(encoding="utf-8").replace("556 pompiers", "565 pompiers"), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_ready, timeout=20_000):
        window.open_pair(PAIR / "original.txt", copy)
    qtbot.waitUntil(lambda: window.translation.panel.list.count() > 0)
    return window


def test_languages_show_in_the_headers_and_the_mode_in_the_status_bar(translated):
    headers = {side: translated.panes[side].header for side in (Side.ORIGINAL, Side.COPY)}
    assert headers[Side.ORIGINAL].language.text() == "English (en)"
    assert headers[Side.COPY].language.text() == "French (fr)"
    status = translated.translation.mode_status
    assert status.text() == "Translation mode · en → fr"
    assert "languages differ" in status.toolTip()
    for widget in (headers[Side.COPY].language, status, translated.translation.mode_switch,
                   translated.translation.panel.list):
        assert widget.objectName() and widget.accessibleName()


def test_aligned_paragraphs_start_on_the_same_row(translated):
    comparison = translated.comparison
    assert comparison.mode is Mode.TRANSLATION
    a_view, b_view = translated.original_view, translated.copy_view
    for pair in comparison.alignment:
        if pair.original is None or pair.copy is None:
            continue
        rows = [
            view.document().findBlock(view.render.to_doc(span.start)).blockNumber()
            for view, span in ((a_view, pair.original), (b_view, pair.copy))
        ]
        assert rows[0] == rows[1], pair
    # the two lines only the French has stand opposite blank rows that are their change
    added = [i for i, c in enumerate(comparison.changes) if "paragraph-added" in c.evidence]
    assert len(added) == 2
    for index in added:
        start, end = a_view.render.change_ranges[index]
        assert end > start and not a_view.document().toPlainText()[start:end].strip()


def test_the_findings_list_is_in_reading_order_and_selects_a_fact_in_both_panes(translated, qtbot):
    panel = translated.translation.panel
    assert panel.heading.text().startswith("Facts: 1 changed · 1 missing · 2 added")
    assert "Paragraphs: 0 missing · 2 added" in panel.heading.text()
    kinds = [panel.finding_at(row).kind.value for row in panel.stops]
    # reading order: the changed number, the year missing in the next paragraph, the two
    # paragraphs only the French has, the names in the second of them
    assert kinds == ["fact", "fact", "paragraph-added", "paragraph-added", "fact", "fact"]
    assert panel.list.item(0).text() == "\N{BLACK DIAMOND} number changed: 556 → 565"
    assert panel.list.count() == len(translated.comparison.facts) + 2  # kept facts after them
    translated.actions.actionNextFact.trigger()  # F8: the first fact
    assert panel.list.currentRow() == 0
    assert translated.original_view.textCursor().selectedText() == "556"
    assert translated.copy_view.textCursor().selectedText() == "565"
    translated.actions.actionNextFact.trigger()  # the next one, the missing year
    fact = translated.comparison.facts[panel.fact_index(1)]
    assert fact.status is FactStatus.MISSING
    assert translated.original_view.textCursor().selectedText() == fact.original.text
    translated.actions.actionNextFact.trigger()  # F8 skips the paragraphs
    assert panel.finding_at(panel.list.currentRow()).is_fact and panel.list.currentRow() == 4
    translated.actions.actionPreviousFact.trigger()
    assert panel.list.currentRow() == 1


def test_the_mode_switch_compares_again_word_by_word(translated, qtbot):
    wait_work(qtbot, translated, lambda: translated.translation.set_mode(ModeChoice.SAME))
    assert translated.comparison.mode is Mode.SAME
    assert translated.translation.mode_status.text() == "Same-language mode · en → fr"
    assert "by hand" in translated.translation.mode_status.toolTip()
    wait_work(qtbot, translated, lambda: translated.translation.set_mode(ModeChoice.AUTO))
    assert translated.comparison.mode is Mode.TRANSLATION


def test_a_fact_that_did_not_survive_is_marked_in_both_panes(translated):
    (fact,) = [f for f in translated.comparison.facts if f.status is FactStatus.CHANGED]
    for view, span in ((translated.original_view, fact.original), (translated.copy_view, fact.copy)):
        block = view.document().findBlock(view.render.to_doc(span.start))
        inside = view.render.to_doc(span.start) - block.position() + 1
        marked = [
            r for r in block.textFormats()
            if r.start < inside <= r.start + r.length and r.format.background().style() != 0
        ]
        assert marked, span.text


def test_hovering_a_drifted_fact_gives_its_reason(translated):
    (fact,) = [f for f in translated.comparison.facts if f.status is FactStatus.CHANGED]
    view = translated.copy_view
    cursor = view.textCursor()
    cursor.setPosition(view.render.to_doc(fact.copy.start) + 1)
    rect = view.cursorRect(cursor)
    text = view.tooltip_at(rect.center())
    assert f"Fact F{fact.id}" in text and "565" in text
    assert "<script" not in text


# -- the window arranged for a translation (what it shows instead of a word diff) -----------


def key(qtbot, window, sequence: str) -> None:
    """Press a key sequence the way a user does (shortcuts resolve on the focus widget)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


@pytest.fixture
def drifted(window, qtbot, tmp_path):
    """The wildfire story in French with one number changed and one paragraph deleted,
    in a window small enough that the panes scroll."""
    text = (PAIR / "copy.txt").read_text(encoding="utf-8").replace("556 pompiers", "565 pompiers")
    paragraphs = text.split("\n\n")
    deleted = next(p for p in paragraphs if p.startswith("Deuxièmement"))
    copy = tmp_path / "copie.txt"
    copy.write_text("\n\n".join(p for p in paragraphs if p is not deleted), encoding="utf-8")
    window.resize(1000, 380)
    with qtbot.waitSignal(window.comparison_ready, timeout=20_000):
        window.open_pair(PAIR / "original.txt", copy)
    qtbot.waitUntil(lambda: window.translation.panel.list.count() > 0 and not window.is_busy())
    qtbot.waitUntil(window.layout_settled)
    return window


def visible_blocks(view) -> tuple[int, int]:
    """The first and last text block (paragraph row) the pane shows."""
    top = view.cursorForPosition(view.viewport().rect().topLeft()).block().blockNumber()
    bottom = view.cursorForPosition(view.viewport().rect().bottomLeft()).block().blockNumber()
    return top, bottom


def test_the_status_bar_states_what_drifted_not_no_differences(window, qtbot):
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    with qtbot.waitSignal(window.comparison_ready, timeout=20_000):
        window.open_pair(samples / "statement-en.txt", samples / "statement-ru-drifted.txt")
    qtbot.waitUntil(lambda: not window.is_busy())
    status = window.status_summary.text()
    assert "No differences" not in status and "boilerplate 0" not in status
    assert status.startswith("2 findings   |   facts: 2 changed · 0 missing · 0 added")
    assert "paragraphs: 0 missing · 0 added" in status and "100.0% aligned" in status
    notice = window.identical_notice
    assert notice.isVisible() and notice.text() == "In the translation: 2 facts changed (see Findings)."
    window.actions.actionNextChange.trigger()
    assert window.status_summary.text().startswith("Finding 1 of 2   |   ")


def test_translation_mode_gives_the_change_lists_room_to_the_findings(drifted):
    w = drifted
    assert not w.change_list.isVisible() and not w.legend_bar.isVisible()
    dock = w.translation.dock
    assert dock.isVisible() and dock.windowTitle() == "Findings"
    assert dock.width() >= 0.2 * w.width()
    assert not any(a.isEnabled() for a in w.menu_toggles.values())  # no chips to toggle
    assert not w.legend_bar.toggleViewAction().isEnabled()
    assert w.actions.actionNextChange.text() == "&Next Finding"
    assert w.actions.actionNextChange.isEnabled() and not w.actions.actionPreviousChange.isEnabled()
    assert not w.actions.actionStepGroups.isEnabled()


@pytest.mark.parametrize("pane", ["original_view", "copy_view"])
def test_alt_down_steps_through_findings_and_scrolls_both_panes_to_them(drifted, qtbot, pane):
    w = drifted
    panel = w.translation.panel
    getattr(w, pane).setFocus()
    seen = []
    while w.actions.actionNextChange.isEnabled():
        key(qtbot, w, "Alt+Down")
        row = panel.list.currentRow()
        assert row in panel.stops and row not in seen
        seen.append(row)
        finding = panel.finding_at(row)
        assert w.status_summary.text().startswith(f"Finding {len(seen)} of {len(panel.stops)}")
        # both panes show the finding's pair, on the same rows
        pair = w.comparison.alignment[finding.pair]
        shown = [visible_blocks(v) for v in (w.original_view, w.copy_view)]
        assert shown[0][0] == shown[1][0], finding
        span = pair.original or pair.copy
        view = w.original_view if pair.original is not None else w.copy_view
        block = view.document().findBlock(view.render.to_doc(span.start)).blockNumber()
        assert shown[0][0] <= block <= shown[0][1], finding
    assert seen == panel.stops  # every finding once, in list order
    missing = [panel.finding_at(r) for r in seen if panel.finding_at(r).kind is FindingKind.PARAGRAPH_MISSING]
    assert len(missing) == 1 and "missing in the copy" in missing[0].reason
    assert not w.actions.actionNextChange.isEnabled() and w.actions.actionPreviousChange.isEnabled()
    key(qtbot, w, "Alt+Up")
    assert panel.list.currentRow() == seen[-2]
    key(qtbot, w, "Alt+Home")
    assert panel.list.currentRow() == seen[0]
    key(qtbot, w, "F7")  # the list, row by row
    assert panel.list.currentRow() == 1


def test_selecting_a_missing_paragraph_marks_it_and_the_gap_opposite(drifted):
    w = drifted
    panel = w.translation.panel
    row = next(r for r in panel.stops if panel.finding_at(r).kind is FindingKind.PARAGRAPH_MISSING)
    panel.list.setCurrentRow(row)
    index = panel.finding_at(row).index
    assert w.current == index
    paragraph = w.comparison.changes[index].original.text
    assert paragraph.startswith("For the summer of 2024")  # its French was deleted
    start, end = w.original_view.render.change_ranges[index]
    assert w.original_view.document().toPlainText()[start:end].strip() == paragraph.strip()
    # the copy's side: filler rows opposite, level with it
    c_start, c_end = w.copy_view.render.change_ranges[index]
    assert c_end > c_start and not w.copy_view.document().toPlainText()[c_start:c_end].strip()
    rows = [v.document().findBlock(r[0]).blockNumber() for v, r in
            ((w.original_view, (start, end)), (w.copy_view, (c_start, c_end)))]
    assert rows[0] == rows[1]


def test_back_to_same_language_mode_restores_the_change_list_and_chips(drifted, qtbot):
    w = drifted
    wait_work(qtbot, w, lambda: w.translation.set_mode(ModeChoice.SAME))
    assert w.comparison.mode is Mode.SAME
    assert w.change_list.isVisible() and w.change_list.width() > 100
    assert w.legend_bar.isVisible() and all(a.isEnabled() for a in w.menu_toggles.values())
    assert w.actions.actionNextChange.text() == "&Next Change"
    assert w.actions.actionStepGroups.isEnabled()
    assert w.translation.dock.windowTitle() == "Facts"
    assert "similar" in w.status_summary.text()
    w.actions.actionNextChange.trigger()
    assert w.current is not None and w.status_summary.text().startswith("Difference 1 of")


def test_the_settings_keep_the_change_list_when_closed_in_translation_mode(drifted, qtbot):
    drifted.save_settings()
    from ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.change_list.isVisible() and again.change_list.width() > 100
    assert again.legend_bar.isVisible()


def test_a_wrapped_paragraph_without_partner_stands_opposite_as_many_rows(drifted):
    """Every row of both panes level, the two lines only the French has included: at
    this width each wraps, and the filler opposite grows with it."""
    w = drifted
    docs = [v.document() for v in (w.original_view, w.copy_view)]
    assert docs[0].blockCount() == docs[1].blockCount()
    added = [c.copy for c in w.comparison.changes if "paragraph-added" in c.evidence]
    wrapped = [w.copy_view.document().findBlock(w.copy_view.render.to_doc(span.start)) for span in added]
    assert any(block.layout().lineCount() > 1 for block in wrapped)  # else nothing to level
    for number in range(docs[0].blockCount()):
        blocks = [d.findBlockByNumber(number) for d in docs]
        rects = [v.blockBoundingRect(b) for v, b in zip((w.original_view, w.copy_view), blocks, strict=True)]
        assert rects[0].height() == rects[1].height(), number


def test_only_the_rows_opposite_a_lonely_paragraph_are_hatched(drifted):
    """Hatching means "missing here" or "added there": rows that only level two partners
    (the French merged two English paragraphs into one) stay plain."""
    from PySide6.QtCore import Qt

    w = drifted
    for view in (w.original_view, w.copy_view):
        ranges = view.render.change_ranges
        block = view.document().begin()
        hatched = 0
        while block.isValid():
            if block.blockFormat().background().style() == Qt.BrushStyle.BDiagPattern:
                hatched += 1
                start, end = block.position(), block.position() + block.length()
                inside = [r for r in ranges if r[0] < end and r[1] > start]
                assert inside, (view.objectName(), block.blockNumber(), block.text())
            block = block.next()
        assert hatched  # the deleted paragraph's gap in the copy, the added lines' in the original


def test_the_facts_panel_is_narrow_again_beside_the_change_list_even_after_a_restart(drifted, qtbot):
    """The findings list is wide in translation mode; a same-language comparison with
    facts shows the panel narrow beside the change list, in this window and in the next
    one (whose settings were saved in translation mode)."""
    w = drifted
    wide = w.translation.dock.width()
    w.save_settings()
    wait_work(qtbot, w, lambda: w.translation.set_mode(ModeChoice.SAME))
    assert w.comparison.facts and w.translation.dock.isVisible()
    qtbot.waitUntil(lambda: w.translation.dock.width() < 0.2 * w.width())
    assert w.translation.dock.width() < wide and w.change_list.width() > w.translation.dock.width()

    from ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1000, 380)
    again.show()
    qtbot.waitExposed(again)
    again.options = w.options  # same-language mode, as chosen above
    with qtbot.waitSignal(again.comparison_ready, timeout=20_000):
        again.open_pair(PAIR / "original.txt", PAIR / "copy.txt")
    qtbot.waitUntil(lambda: again.translation.dock.isVisible())
    qtbot.waitUntil(lambda: again.translation.dock.width() < 0.2 * again.width())
    assert again.change_list.isVisible() and again.change_list.width() > again.translation.dock.width()


def test_a_reason_with_markup_is_shown_as_written_in_the_findings_list(translated):
    """A quotation or a name from the copy can hold "<b>…</b>": the list's tooltips
    must not render it (Qt guesses rich text for tooltips)."""
    from dataclasses import replace

    comparison = translated.comparison
    fact = next(f for f in comparison.facts if f.status is FactStatus.CHANGED)
    hostile = replace(fact, reason="quotation changed: <b>bold</b> <img src=x>")
    panel = translated.translation.panel
    panel.show_facts(replace(comparison, facts=(hostile, *comparison.facts[1:])))
    tips = [panel.list.item(r).toolTip() for r in range(panel.list.count())]
    (tip,) = [t for t in tips if "bold" in t]
    assert "&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt;" in tip and "<b>" not in tip
    assert any(panel.list.item(r).text().endswith("<b>bold</b> <img src=x>") for r in range(panel.list.count()))


def test_next_finding_goes_from_the_cursor_like_next_change(drifted, qtbot):
    """Nothing selected, the cursor put in the copy's last paragraph: Next goes to the
    first finding there, Previous then to the one before it in the list."""
    w = drifted
    panel = w.translation.panel
    view = w.copy_view
    view.setFocus()
    last = w.comparison.alignment[-1].copy
    cursor = view.textCursor()
    cursor.setPosition(view.render.to_doc(last.start) + 3)
    view.setTextCursor(cursor)
    assert panel.list.currentRow() == -1 and w.actions.actionPreviousChange.isEnabled()
    key(qtbot, w, "Alt+Down")
    added = panel.list.currentRow()
    finding = panel.finding_at(added)
    assert finding.kind is FindingKind.PARAGRAPH_ADDED and finding.pair == len(w.comparison.alignment) - 1
    key(qtbot, w, "Alt+Up")  # the cursor is in the finding now: the list's order
    assert panel.list.currentRow() == panel.stops[panel.stops.index(added) - 1]


def _contrast(a, b) -> float:
    def luminance(c):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("base", ["#ffffff", "#1e1e1e"], ids=["light", "dark"])
def test_findings_rows_are_readable_on_light_and_dark_lists(drifted, base):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    panel = drifted.translation.panel
    palette = panel.list.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    panel.list.setPalette(palette)
    panel.show_facts(drifted.comparison)
    coloured = 0
    for row in range(panel.list.count()):
        brush = panel.list.item(row).foreground()
        if brush.style() == Qt.BrushStyle.NoBrush:
            continue  # the palette's own text colour (kept facts)
        coloured += 1
        assert _contrast(brush.color(), QColor(base)) >= 4.5, panel.list.item(row).text()
    assert coloured >= 5


def test_a_category_hidden_in_same_language_mode_does_not_hide_a_missing_paragraph(window, qtbot, tmp_path):
    """The chips are out of sight in translation mode, so their choice must not dim or
    skip anything there; back in same-language mode it holds again."""
    window.set_category_enabled(Category.EDIT, False)
    paragraphs = (PAIR / "copy.txt").read_text(encoding="utf-8").split("\n\n")
    copy = tmp_path / "copie.txt"
    copy.write_text("\n\n".join(p for p in paragraphs if not p.startswith("Deuxièmement")), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_ready, timeout=20_000):
        window.open_pair(PAIR / "original.txt", copy)
    qtbot.waitUntil(lambda: not window.is_busy())
    (missing,) = [i for i, c in enumerate(window.comparison.changes) if "paragraph-missing" in c.evidence]
    assert window.comparison.changes[missing].category is Category.EDIT
    assert missing in window.shown_changes()
    assert all(on for _f, _s, _c, on, _i in window.overview._marks)  # no dimmed mark
    panel = window.translation.panel
    assert any(panel.finding_at(r).kind is FindingKind.PARAGRAPH_MISSING for r in panel.stops)
    wait_work(qtbot, window, lambda: window.translation.set_mode(ModeChoice.SAME))
    assert Category.EDIT not in window.enabled and not window.toggles[Category.EDIT].isChecked()
    assert all(window.comparison.changes[i].category is not Category.EDIT for i in window.shown_changes())


def test_the_overview_strip_marks_drifted_facts_and_a_click_selects_one(translated, qtbot):
    """Across languages the facts are the findings: the strip beside the panes marks
    them too (it showed only the changes), level with their text; clicking one selects
    it in the list and in both panes."""
    from PySide6.QtCore import QPoint, Qt

    window = translated
    comparison = window.comparison
    strip = window.overview
    marks = len(comparison.changes) + len(comparison.drifted_facts)
    qtbot.waitUntil(lambda: len(strip._marks) == marks and strip._exact is not None)
    (fact,) = [f for f in comparison.facts if f.status is FactStatus.CHANGED]
    mark = window.translation._fact_mark_of(comparison.facts.index(fact))
    y, h = strip.mark_rect(mark)
    view = window.original_view  # level with the number in the original pane
    cursor = view.textCursor()
    cursor.setPosition(view.render.to_doc(fact.original.start))
    text_y = view.viewport().mapTo(window, view.cursorRect(cursor).center()).y()
    assert abs(strip.mapTo(window, QPoint(0, int(y + h / 2))).y() - text_y) <= view.fontMetrics().height()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, int(y + h / 2)))
    panel = window.translation.panel
    assert panel.fact_index(panel.list.currentRow()) == comparison.facts.index(fact)
    assert window.original_view.textCursor().selectedText() == "556"
    assert window.copy_view.textCursor().selectedText() == "565"
    assert strip._current == mark
