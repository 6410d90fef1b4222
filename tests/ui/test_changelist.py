"""The change list model: a proper Qt model (checked by pytest-qt's model tester)."""

from __future__ import annotations

from PySide6.QtCore import Qt

import compare
from compare import Category
from ui.changelist import ChangeListModel, snippet
from ui.rendering import render_comparison
from ui.theme import Theme


def _comparison(sample_pair):
    a, b = (compare.load_path(p) for p in sample_pair)
    return compare.compare(a, b)


def test_model_passes_the_model_tester(qtmodeltester, sample_pair, qapp):
    comparison = _comparison(sample_pair)
    rendering = render_comparison(comparison, frozenset(Category), Theme())
    model = ChangeListModel()
    model.set_changes(
        comparison.changes, list(range(len(comparison.changes))), rendering.change_lines, {}, {}
    )
    qtmodeltester.check(model)
    assert model.rowCount() == len(comparison.changes)
    first = comparison.changes[0]
    assert model.data(model.index(0, 0)) == first.category.value.capitalize()
    assert "repeated headline" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    # the first change is the copy's added header: no original line, copy line 1
    assert first.original.empty
    assert model.data(model.index(0, 2)) == "" and model.data(model.index(0, 3)) == "1"


def test_line_columns_say_which_file_and_show_both_lines(qtmodeltester, sample_pair, qapp):
    comparison = _comparison(sample_pair)
    rendering = render_comparison(comparison, frozenset(Category), Theme())
    model = ChangeListModel()
    model.set_changes(
        comparison.changes, list(range(len(comparison.changes))), rendering.change_lines, {}, {}
    )
    qtmodeltester.check(model)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(2, horizontal) == "Orig." and model.headerData(3, horizontal) == "Copy"
    assert "original" in model.headerData(2, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "copy" in model.headerData(3, horizontal, Qt.ItemDataRole.ToolTipRole)
    a_text, b_text = comparison.original.text, comparison.copy.text
    both = 0
    for row, change in enumerate(comparison.changes):
        orig, copy = model.data(model.index(row, 2)), model.data(model.index(row, 3))
        expected_a = "" if change.original.empty else str(a_text.count("\n", 0, change.original.start) + 1)
        expected_b = "" if change.copy.empty else str(b_text.count("\n", 0, change.copy.start) + 1)
        assert (orig, copy) == (expected_a, expected_b), change
        both += bool(orig and copy and orig != copy)
    assert both >= 3  # the sample's copy is shifted by its header: the lines differ


def test_tooltip_shows_reason_code_as_code_and_escapes_the_rest(qapp):
    from compare import Change, Op, Span

    change = Change(
        id=1,
        category=Category.CORRUPTION,
        op=Op.REPLACE,
        original=Span(0, 1, "x"),
        copy=Span(0, 1, "y"),
        reason="`&#8217;` cut after `<b>` and <i>not markup</i>",
    )
    model = ChangeListModel()
    model.set_changes((change,), [0], ((3, 5),), {}, {})
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "<code>&amp;#8217;</code>" in tip and "<code>&lt;b&gt;</code>" in tip
    assert "<i>" not in tip and "&lt;i&gt;not markup&lt;/i&gt;" in tip
    assert "original line 3, copy line 5" in tip
    plain = model.data(model.index(0, 1), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "<code>" not in plain and "<i>not markup</i>" in plain


def test_model_follows_the_shown_categories(qtmodeltester, sample_pair, qapp):
    comparison = _comparison(sample_pair)
    shown = [i for i, c in enumerate(comparison.changes) if c.category is Category.EDIT]
    model = ChangeListModel()
    model.set_changes(comparison.changes, shown, (), {}, {})
    qtmodeltester.check(model)
    assert model.rowCount() == len(shown)
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} <= {"Edit"}
    assert model.row_of(shown[-1]) == len(shown) - 1


def test_snippets_show_what_changed_with_invisible_characters(sample_pair):
    comparison = _comparison(sample_pair)
    corruption = next(c for c in comparison.changes if "\n" in c.copy.text and c.original.text)
    text = snippet(corruption)
    assert "\N{RETURN SYMBOL}" in text and "\N{RIGHTWARDS ARROW}" in text


def test_a_narrow_list_keeps_most_of_its_width_for_the_change(loaded, qtbot):
    from ui.changelist import COPY_LINE, ORIGINAL_LINE

    w = loaded
    header = w.change_list.header()

    def width(column: int) -> int:
        return 0 if header.isSectionHidden(column) else header.sectionSize(column)

    w.resize(900, 600)
    qtbot.waitUntil(lambda: w.change_list.viewport().width() < 400 and w.layout_settled())
    change = width(1)
    assert change > width(ORIGINAL_LINE) + width(COPY_LINE)
    assert change >= w.change_list.viewport().width() // 2 - 2
    # wide again: the line columns come back at their full width
    w.resize(2000, 900)
    qtbot.waitUntil(
        lambda: not header.isSectionHidden(ORIGINAL_LINE)
        and width(ORIGINAL_LINE) >= w.change_list.fontMetrics().horizontalAdvance("000000")
    )
    assert not header.isSectionHidden(ORIGINAL_LINE) and not header.isSectionHidden(COPY_LINE)
    assert width(ORIGINAL_LINE) >= w.change_list.fontMetrics().horizontalAdvance("000000")


GROUPED_ORIGINAL = "".join(
    f"Paragraph {n}: the US said it would act on item {n} of the plan.\n\n" for n in range(5)
) + "The last paragraph stays as it was, word for word.\n"


def _grouped_pair(tmp_path):
    original, copy = tmp_path / "original.txt", tmp_path / "copy.txt"
    original.write_text(GROUPED_ORIGINAL, encoding="utf-8")
    copy.write_text(
        GROUPED_ORIGINAL.replace("the US", "the U.S.").replace("last paragraph", "final paragraph"),
        encoding="utf-8",
    )
    return original, copy


def test_a_group_is_one_row_that_opens_to_its_members(qtmodeltester, tmp_path, qapp):
    a, b = (compare.load_path(p) for p in _grouped_pair(tmp_path))
    comparison = compare.compare(a, b)
    (group,) = comparison.groups
    rendering = render_comparison(comparison, frozenset(Category), Theme())
    model = ChangeListModel()
    model.set_changes(
        comparison.changes,
        list(range(len(comparison.changes))),
        rendering.change_lines,
        {},
        {},
        comparison.groups,
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the group, and the one change in no group
    row = model.index(0, 0)
    assert model.group_at(row) == group and model.rowCount(row) == 5
    assert model.data(model.index(0, 1)).startswith("5\N{MULTIPLICATION SIGN} ")
    members = [model.change_at(model.index(i, 0, row)) for i in range(5)]
    assert [m + 1 for m in members] == list(group.members)
    # a member's row is found under its group, and the group's row when asked for it
    assert model.index_of(members[2]).parent() == row
    assert model.index_of(members[2], member=False) == row


def test_navigation_steps_through_members_or_groups(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(*_grouped_pair(tmp_path))
    (group,) = window.comparison.groups
    window.first_change()
    window.actions.actionStepGroups.setChecked(False)
    window.next_change()
    assert window.current == group.members[1] - 1  # the group's second member
    view = window.change_list
    assert view.currentIndex().parent().isValid() and view.isExpanded(view.currentIndex().parent())
    window.first_change()
    window.actions.actionStepGroups.setChecked(True)
    window.next_change()
    assert window.current == len(window.comparison.changes) - 1  # past the whole group
    assert not view.currentIndex().parent().isValid()


def test_category_names_are_readable_at_the_default_size_on_a_1280_screen(loaded, qtbot):
    """85% of a 1280×1024 screen, the default splitter: "Boilerplate", "Typography"
    are shown whole, not cut to "Boi…" (the line numbers give way first)."""
    w = loaded
    w.resize(int(1280 * 0.85), int(1024 * 0.85))
    total = sum(w.outer_splitter.sizes())
    w.outer_splitter.setSizes([int(total * 0.72), int(total * 0.28)])
    view = w.change_list
    qtbot.waitUntil(lambda: abs(view.width() - int(total * 0.28)) <= 8)
    header = view.header()
    icon = view.iconSize().width() if view.iconSize().isValid() else 16
    for name in ("Boilerplate", "Typography", "Corruption"):
        needed = view.indentation() + icon + view.fontMetrics().horizontalAdvance(name)
        assert header.sectionSize(0) >= needed
