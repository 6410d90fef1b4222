"""What an editor reads per copy, on the measurement copies (realcopies/README.md).

Before groups every change was one item (68 items for the six copies); groups must
at least halve that overall, hide nothing, and no false alarm may remain: none of
these copies negates a statement or alters a quotation.
"""

from __future__ import annotations

import pytest

from compare import Group
from compare.grouping import reading_items

from .realcopies.measure import ALARMING, measure, pairs


@pytest.fixture(scope="module")
def measured():
    return {folder.name: measure(folder) for folder in pairs()}


def test_groups_halve_the_items_an_editor_reads(measured):
    changes = sum(before for _, before, _ in measured.values())
    items = sum(after for _, _, after in measured.values())
    assert changes >= 60 and items * 2 <= changes, (changes, items)
    for name, (_, before, after) in measured.items():
        assert after < before or before <= 2, name


def test_nothing_is_hidden(measured):
    for result, _, _ in measured.values():
        read = []
        for item in reading_items(result):
            read.extend(item.members if isinstance(item, Group) else (item.id,))
        assert sorted(read) == [c.id for c in result.changes]


def test_no_false_negation_or_quotation_tags(measured):
    for name, (result, _, _) in measured.items():
        alarms = [(c.original.text, c.copy.text) for c in result.changes if set(ALARMING) & set(c.evidence)]
        assert not alarms, (name, alarms)
