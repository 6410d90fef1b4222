"""Patience-style anchoring for the paragraph pass.

Myers' algorithm (dmp's bisect) costs O(N·D): on a long pair with thousands of
changed or moved paragraphs that grows quadratic. Lines that occur exactly once in
each text are near-certain matches; the longest run of them in the same order
(a longest increasing subsequence, O(n log n)) splits the problem into many small
gaps, and only the gaps go to diff-match-patch. This is the idea behind git's
patience diff, and it also makes moved paragraphs come out as clean delete/insert
pairs instead of being matched word by word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from . import dmp


def unique_anchors(a: str, b: str) -> list[tuple[int, int]]:
    """(i, j) pairs with ``a[i] == b[j]`` unique in both, longest increasing chain."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {unit: j for j, unit in enumerate(b) if count_b[unit] == 1}
    pairs = [(i, where_b[unit]) for i, unit in enumerate(a) if count_a[unit] == 1 and unit in where_b]
    if not pairs:
        return []
    # longest increasing subsequence of the j's (patience sorting with back links)
    tails: list[int] = []  # tails[k] = smallest j ending a chain of length k+1
    tail_index: list[int] = []  # index into pairs of that tail
    back: list[int] = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(n)
        else:
            tails[k] = j
            tail_index[k] = n
        back[n] = tail_index[k - 1] if k else -1
    chain = []
    n = tail_index[-1]
    while n != -1:
        chain.append(pairs[n])
        n = back[n]
    chain.reverse()
    return chain


def anchored_diff(a: str, b: str, budget: dmp.WorkBudget) -> list[dmp.Piece]:
    """Like :func:`compare.dmp.diff` on unit-encoded strings, split at unique anchors."""
    anchors = unique_anchors(a, b)
    if not anchors:
        return dmp.diff(a, b, budget)
    out: list[dmp.Piece] = []
    i = j = 0
    for ai, bj in [*anchors, (len(a), len(b))]:
        if i < ai or j < bj:
            out.extend(dmp.diff(a[i:ai], b[j:bj], budget))
        if ai < len(a):
            out.append(dmp.Piece(dmp.Kind.EQUAL, a[ai]))
        i, j = ai + 1, bj + 1
    return _coalesce(out)


def _coalesce(pieces: list[dmp.Piece]) -> list[dmp.Piece]:
    """Join neighbouring pieces of the same kind (deletes before inserts in a gap)."""
    out: list[dmp.Piece] = []
    for piece in pieces:
        if out and out[-1].kind is piece.kind:
            out[-1] = dmp.Piece(piece.kind, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out
