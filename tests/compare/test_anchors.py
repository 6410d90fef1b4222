"""Patience anchoring of the paragraph pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare import dmp
from compare.anchors import anchored_diff, unique_anchors

units = st.text(alphabet="abcdefgh", max_size=30)


def _sides(pieces):
    a = "".join(p.text for p in pieces if p.kind is not dmp.Kind.INSERT)
    b = "".join(p.text for p in pieces if p.kind is not dmp.Kind.DELETE)
    return a, b


@settings(max_examples=300, deadline=None)
@given(units, units)
def test_anchored_diff_rebuilds_both_sides(a, b):
    assert _sides(anchored_diff(a, b, dmp.WorkBudget(10**6))) == (a, b)


@settings(max_examples=200, deadline=None)
@given(units, units)
def test_anchors_are_unique_matches_in_increasing_order(a, b):
    anchors = unique_anchors(a, b)
    for i, j in anchors:
        assert a[i] == b[j] and a.count(a[i]) == 1 and b.count(b[j]) == 1
    assert [j for _, j in anchors] == sorted(j for _, j in anchors)
    assert [i for i, _ in anchors] == sorted(i for i, _ in anchors)


def test_a_moved_unique_paragraph_is_not_used_as_an_anchor_against_the_order():
    # paragraphs A..E; C moved to the end: the longest ordered chain keeps A B D E
    assert unique_anchors("ABCDE", "ABDEC") == [(0, 0), (1, 1), (3, 2), (4, 3)]
    pieces = anchored_diff("ABCDE", "ABDEC", dmp.WorkBudget(1000))
    assert [(p.kind, p.text) for p in pieces] == [
        (dmp.Kind.EQUAL, "AB"),
        (dmp.Kind.DELETE, "C"),
        (dmp.Kind.EQUAL, "DE"),
        (dmp.Kind.INSERT, "C"),
    ]


def test_an_exhausted_budget_still_gives_a_correct_coarser_diff():
    a, b = "xaxbxcxd" * 20, "yaybycyd" * 20
    pieces = anchored_diff(a, b, dmp.WorkBudget(0))
    assert _sides(pieces) == (a, b)
