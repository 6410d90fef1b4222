"""Anchoring of the paragraph and word passes (compare.diffing.anchored_diff)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare import dmp
from compare.diffing import anchored_diff

# long enough that the anchoring (not plain dmp) runs; few distinct units, so units
# repeat, some equally often on both sides and some not
units = st.text(alphabet="abcdefgh", min_size=0, max_size=200)


def _sides(pieces):
    a = "".join(p.text for p in pieces if p.kind is not dmp.Kind.INSERT)
    b = "".join(p.text for p in pieces if p.kind is not dmp.Kind.DELETE)
    return a, b


@settings(max_examples=300, deadline=None)
@given(units, units)
def test_anchored_diff_rebuilds_both_sides(a, b):
    assert _sides(anchored_diff(a, b, dmp.WorkBudget(10**6))) == (a, b)


def test_a_moved_unique_unit_is_not_used_as_an_anchor_against_the_order():
    a = "".join(chr(0x100 + i) for i in range(100))
    b = a[:10] + a[11:] + a[10]  # unit 10 moved to the end
    pieces = anchored_diff(a, b, dmp.WorkBudget(10**6))
    assert [(p.kind, p.text) for p in pieces if p.kind is not dmp.Kind.EQUAL] == [
        (dmp.Kind.DELETE, a[10]),
        (dmp.Kind.INSERT, a[10]),
    ]


def test_units_repeated_equally_often_on_both_sides_anchor_occurrence_by_occurrence():
    block_a = "".join(chr(0x100 + i) for i in range(40))
    block_b = block_a.replace(chr(0x105), chr(0x200))  # one unit changed in every block
    pieces = anchored_diff(block_a * 50, block_b * 50, dmp.WorkBudget(10**6))
    changed = [p for p in pieces if p.kind is not dmp.Kind.EQUAL]
    assert len(changed) == 100  # one delete and one insert per block, nothing wholesale
    assert all(len(p.text) == 1 for p in changed)


def test_an_exhausted_budget_still_gives_a_correct_coarser_diff():
    a, b = "xaxbxcxd" * 20, "yaybycyd" * 20
    pieces = anchored_diff(a, b, dmp.WorkBudget(0))
    assert _sides(pieces) == (a, b)
