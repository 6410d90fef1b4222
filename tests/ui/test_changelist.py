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
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).endswith(first.reason)
    assert model.data(model.index(0, 2)) == "1"


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
