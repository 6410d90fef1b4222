"""Groups: changes that are one pattern are read as one item (compare.grouping)."""

from __future__ import annotations

import json

from compare import Category, GroupKind
from compare.grouping import reading_items
from compare.report import ReportOptions
from compare.report._common import verdict
from compare.report.jsonreport import render_json

from .report_helpers import compared, validator

PARAGRAPHS = [
    "The US said on Monday it would send more aid to the region.",
    "Officials in the US capital did not say how much the package would cost.",
    "Allies of the US welcomed the decision, according to diplomats.",
    "Critics said the US had waited too long to act on the crisis.",
    "A spokesman for the US embassy declined to comment on the plan.",
]


def test_the_same_substitution_repeated_is_one_group():
    original = "\n\n".join(PARAGRAPHS) + "\n"
    result = compared(original, original.replace("the US", "the U.S.").replace("US ", "U.S. "))
    (group,) = result.groups
    assert len(group) == len(result.changes) == 5
    assert group.category is Category.TYPOGRAPHY
    assert "5\N{MULTIPLICATION SIGN}" in group.label
    assert len(reading_items(result)) == 1
    assert "typography 1 group \N{MIDDLE DOT} 5 changes" in verdict(result)


def test_a_hard_rewrap_is_one_group_across_the_document():
    text = " ".join(PARAGRAPHS)
    import textwrap

    result = compared(text + "\n", textwrap.fill(text, 40) + "\n")
    rewraps = [g for g in result.groups if g.kind is GroupKind.REWRAP]
    assert len(rewraps) == 1 or (len(result.changes) == 1 and not result.groups)
    assert len(reading_items(result)) == 1


def test_indentation_added_to_every_line_is_one_group():
    original = "\n\n".join(PARAGRAPHS) + "\n"
    copy = "\n\n".join("   " + p for p in PARAGRAPHS) + "\n"
    result = compared(original, copy)
    (group,) = result.groups
    assert group.kind is GroupKind.INDENTATION and len(group) == 5
    assert "indentation added" in group.label


def test_a_paragraph_with_many_word_edits_is_one_item():
    original = (
        "The minister said on Monday that the new plan would cut the costs of energy and "
        "raise the wages of many workers in the coming years, according to his office.\n"
    )
    copy = (
        "The official stated on Monday that the new scheme would cut the costs of power and "
        "raise the salaries of many workers in the coming years, according to his office.\n"
    )
    result = compared(original, copy)
    edits = [c for c in result.changes if c.category is Category.EDIT]
    assert len(edits) >= 3
    (group,) = result.groups
    assert group.kind is GroupKind.PARAGRAPH_EDITS and group.members == tuple(c.id for c in edits)
    assert group.label.startswith(f"paragraph reworded ({len(edits)} edits)")


def test_word_edits_in_different_paragraphs_stay_apart():
    result = compared(
        "He said the plan was good.\n\nShe left early.\n", "He stated the plan was good.\n\nShe left soon.\n"
    )
    assert not result.groups and len(reading_items(result)) == len(result.changes) == 2


def test_a_group_never_mixes_categories_and_ignored_categories_leave_the_list():
    original = "\n\n".join(PARAGRAPHS) + "\n"
    copy = original.replace("the US", "the U.S.").replace("US ", "U.S. ") + "\nShare this:\n"
    result = compared(original, copy)
    for group in result.groups:
        assert {result.change_by_id(m).category for m in group.members} == {group.category}
    assert all(
        item.category is not Category.TYPOGRAPHY
        for item in reading_items(result, frozenset({Category.TYPOGRAPHY}))
    )


def test_the_json_lists_groups_and_keeps_every_change():
    original = "\n\n".join(PARAGRAPHS) + "\n"
    result = compared(original, original.replace("US", "U.S."))
    report = json.loads(render_json(result, ReportOptions()))
    validator().validate(report)
    assert len(report["changes"]) == 5
    (group,) = report["groups"]
    assert list(group) == ["id", "kind", "category", "label", "members"]
    assert group["members"] == [c["id"] for c in report["changes"]]
    assert group["kind"] == "same-substitution" or group["kind"] == "same-pattern"


def test_a_removed_list_item_and_the_renumbering_after_it_are_one_item():
    original = "Steps:\n1. Open the box\n2. Read the manual\n3. Plug it in\n4. Switch it on\n5. Wait\n"
    copy = "Steps:\n1. Open the box\n2. Plug it in\n3. Switch it on\n4. Wait\n"
    result = compared(original, copy)
    (group,) = result.groups
    assert group.kind is GroupKind.RENUMBERED_LIST and len(group) == len(result.changes)
    assert group.label.startswith("list item removed: \N{LEFT DOUBLE QUOTATION MARK}Read the manual")
    assert "later items renumbered" in group.label
