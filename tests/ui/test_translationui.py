"""The window on a translated copy: languages, mode switch, aligned panes, facts panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import FactStatus, Mode, ModeChoice
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


def test_the_facts_panel_lists_the_changed_number_first_and_selects_it_in_both_panes(translated, qtbot):
    panel = translated.translation.panel
    assert panel.heading.text().startswith("1 changed · 1 missing · 2 added")
    assert panel.list.item(0).text() == "\N{BLACK DIAMOND} number changed: 556 → 565"
    translated.actions.actionNextFact.trigger()
    assert panel.list.currentRow() == 0
    assert translated.original_view.textCursor().selectedText() == "556"
    assert translated.copy_view.textCursor().selectedText() == "565"
    translated.actions.actionNextFact.trigger()  # F8: the next one, the missing year
    fact = translated.comparison.facts[panel.fact_index(1)]
    assert fact.status is FactStatus.MISSING
    assert translated.original_view.textCursor().selectedText() == fact.original.text
    translated.actions.actionPreviousFact.trigger()
    assert panel.list.currentRow() == 0


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
