"""Running a comparison: diff, classify, and assemble the immutable result."""

from __future__ import annotations

from collections.abc import Callable

from .classify import classify
from .diffing import diff_texts, move_key
from .model import Category, Change, Comparison, Detail, Document, Op, Options, Span


def _op(a0: int, a1: int, b0: int, b1: int) -> Op:
    if a0 == a1:
        return Op.INSERT
    if b0 == b1:
        return Op.DELETE
    return Op.REPLACE


def _moved_reason(text: str, other_text: str, deleted: bool) -> tuple[str, tuple[str, ...]]:
    words = len(text.split())
    where = "moved from here" if deleted else "moved here"
    exact = text.strip() == other_text.strip()
    reason = f"paragraph of {words} words {where}"
    evidence = ["same-text-elsewhere"]
    if not exact:
        reason += " (with typography differences)"
        evidence.append("typography-differences")
    return reason, tuple(evidence)


def compare(
    original: Document,
    copy: Document,
    options: Options | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare two loaded documents.

    ``progress(fraction)`` is called now and then; when ``cancelled()`` returns true
    the comparison stops with :class:`compare.errors.Cancelled`.
    """
    options = options or Options()
    a, b = original.text, copy.text
    hunks = diff_texts(
        a,
        b,
        budget=options.diff_budget,
        detect_moves=options.detect_moves,
        min_move_chars=options.min_move_chars,
        progress=progress,
        cancelled=cancelled,
    )
    changes: list[Change] = []
    for index, h in enumerate(hunks):
        op = _op(h.a0, h.a1, h.b0, h.b1)
        pair = None
        if h.moved_to is not None:
            other = hunks[h.moved_to]
            pair = h.moved_to + 1
            deleted = op is Op.DELETE
            text = a[h.a0 : h.a1] if deleted else b[h.b0 : h.b1]
            other_text = b[other.b0 : other.b1] if deleted else a[other.a0 : other.a1]
            assert move_key(text) == move_key(other_text)
            reason, evidence = _moved_reason(text, other_text, deleted)
            category = Category.MOVED
        else:
            verdict = classify(a, b, h.a0, h.a1, h.b0, h.b1)
            category, reason, evidence = verdict.category, verdict.reason, verdict.evidence
        changes.append(
            Change(
                id=index + 1,
                category=category,
                op=op,
                original=Span(h.a0, h.a1, a[h.a0 : h.a1]),
                copy=Span(h.b0, h.b1, b[h.b0 : h.b1]),
                reason=reason,
                evidence=tuple(evidence),
                pair=pair,
                details=tuple(
                    Detail(Span(d0, d1, a[d0:d1]), Span(e0, e1, b[e0:e1]))
                    for d0, d1, e0, e1 in h.details
                ),
            )
        )
    return Comparison(original, copy, tuple(changes), _similarity(a, b, changes))


def _similarity(a: str, b: str, changes: list[Change]) -> float:
    """Share of both texts that is unchanged, 0..1 (1.0 for two identical texts)."""
    total = len(a) + len(b)
    if total == 0:
        return 1.0
    changed = sum(len(c.original) + len(c.copy) for c in changes)
    return round(1.0 - changed / total, 4)


__all__ = ["Category", "compare"]
