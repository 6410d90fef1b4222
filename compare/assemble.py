"""Assemble: labelled parts in, the immutable :class:`~compare.model.Comparison` out.

diff → segment → classify → **assemble**. A run of touching boilerplate parts of one
region is one change (its reasons joined, its evidence merged); every other part is a
change of its own. Moved halves are linked by their change ids. The similarity counts
content only: boilerplate a copy added (or dropped) makes it neither more nor less
like the article; how much chrome it added is :attr:`Comparison.chrome_chars`.
"""

from __future__ import annotations

from .classify import Labelled, Verdict, clip
from .model import Category, Change, Comparison, Detail, Document, Op, Span


def _op(a0: int, a1: int, b0: int, b1: int) -> Op:
    if a0 == a1:
        return Op.INSERT
    if b0 == b1:
        return Op.DELETE
    return Op.REPLACE


def _merged(parts: tuple[Labelled, ...], blocks) -> list[Labelled]:
    """Touching boilerplate parts of one region joined into one."""
    out: list[Labelled] = []
    for x in parts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.verdict.category is Category.BOILERPLATE
            and x.verdict.category is Category.BOILERPLATE
            and blocks[prev.block].region == blocks[x.block].region
            and prev.a1 == x.a0
            and prev.b1 == x.b0
            and (prev.a0 == prev.a1) == (x.a0 == x.a1)
        ):
            reason = prev.verdict.reason
            if x.verdict.reason != reason:
                reason = clip(f"{reason}; {x.verdict.reason}")
            evidence = tuple(dict.fromkeys((*prev.verdict.evidence, *x.verdict.evidence)))
            out[-1] = Labelled(
                prev.a0,
                x.a1,
                prev.b0,
                x.b1,
                prev.details + x.details,
                Verdict(Category.BOILERPLATE, reason, evidence),
                prev.block,
            )
        else:
            out.append(x)
    return out


def assemble(original: Document, copy: Document, parts: tuple[Labelled, ...], blocks) -> Comparison:
    a, b = original.text, copy.text
    merged = _merged(parts, blocks)
    change_of_block: dict[int, int] = {}
    for index, x in enumerate(merged):
        if x.verdict.category is Category.MOVED:
            change_of_block[x.block] = index + 1
    changes = []
    for index, x in enumerate(merged):
        pair = None
        if x.verdict.category is Category.MOVED:
            pair = change_of_block[blocks[x.block].moved_to]
        changes.append(
            Change(
                id=index + 1,
                category=x.verdict.category,
                op=_op(x.a0, x.a1, x.b0, x.b1),
                original=Span(x.a0, x.a1, a[x.a0 : x.a1]),
                copy=Span(x.b0, x.b1, b[x.b0 : x.b1]),
                reason=x.verdict.reason,
                evidence=tuple(x.verdict.evidence),
                pair=pair,
                details=tuple(
                    Detail(Span(d0, d1, a[d0:d1]), Span(e0, e1, b[e0:e1]))
                    for d0, d1, e0, e1 in x.details
                ),
            )
        )
    return Comparison(original, copy, tuple(changes), similarity(a, b, changes))


def similarity(a: str, b: str, changes: list[Change]) -> float:
    """Share of both texts' *content* that is unchanged, 0..1 (1.0: identical).

    Boilerplate is left out of both the changed and the total amount: a near-verbatim
    copy wrapped in a site's chrome is as similar to the article as a bare one.
    """
    chrome = sum(
        len(c.original) + len(c.copy) for c in changes if c.category is Category.BOILERPLATE
    )
    total = len(a) + len(b) - chrome
    if total <= 0:
        return 1.0
    changed = sum(_weight(c) for c in changes if c.category is not Category.BOILERPLATE)
    return round(max(0.0, 1.0 - changed / total), 4)


def _weight(change: Change) -> int:
    """Characters a change counts for in the similarity.

    Typography and corruption count only their differing characters (a re-wrapped
    paragraph is not a rewritten one); edits and moves count whole.
    """
    if change.category in (Category.TYPOGRAPHY, Category.CORRUPTION) and change.details:
        return sum(len(d.original) + len(d.copy) for d in change.details)
    return len(change.original) + len(change.copy)
