"""Fact records for a comparison, in both modes.

Translation mode: the facts of each aligned paragraph pair are paired
(:func:`facts_for_alignment`). Same-language mode: the facts inside each ``edit``
change are paired and the change gains evidence codes such as
``fact-number-changed`` (:func:`facts_for_changes`); its category never changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .factpairing import Pairing, pair_facts
from .facts import Mention, find_facts
from .model import AlignedPair, Category, Change, Fact, FactStatus, Span

#: fact statuses that make evidence on an edit (kept facts say nothing new)
EVIDENCE_STATUSES = (FactStatus.CHANGED, FactStatus.MISSING, FactStatus.ADDED)


def _span(text: str, m: Mention | None) -> Span | None:
    return None if m is None else Span(m.start, m.end, text[m.start : m.end])


def _within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start >= start and m.end <= end]


def _records(
    pairings: Sequence[Pairing], a_text: str, b_text: str, first_id: int
) -> list[Fact]:
    return [
        Fact(
            id=first_id + k,
            kind=p.kind,
            status=p.status,
            original=_span(a_text, p.original),
            copy=_span(b_text, p.copy),
            value_original=p.original.values[0] if p.original else None,
            value_copy=p.copy.values[0] if p.copy else None,
            reason=p.reason,
        )
        for k, p in enumerate(pairings)
    ]


def facts_for_alignment(
    a_text: str,
    b_text: str,
    a_mentions: Sequence[Mention],
    b_mentions: Sequence[Mention],
    alignment: Sequence[AlignedPair],
) -> tuple[Fact, ...]:
    """Pair facts within each aligned paragraph pair; an unpartnered paragraph's facts
    are all missing (or added)."""
    facts: list[Fact] = []
    for pair in alignment:
        a_span, b_span = pair.original, pair.copy
        a_in = _within(a_mentions, a_span.start, a_span.end) if a_span else []
        b_in = _within(b_mentions, b_span.start, b_span.end) if b_span else []
        a_region = (a_text, a_span.start, a_span.end) if a_span else (a_text, 0, 0)
        b_region = (b_text, b_span.start, b_span.end) if b_span else (b_text, 0, 0)
        pairings = pair_facts(a_in, b_in, a_region, b_region, translation=True)
        if a_span is None or b_span is None:
            where = "in a paragraph the copy lacks" if b_span is None else "in a paragraph only the copy has"
            pairings = [replace(p, reason=f"{p.reason} ({where})") for p in pairings]
        facts.extend(_records(pairings, a_text, b_text, len(facts) + 1))
    return tuple(facts)


def _expand(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole white-space-separated tokens (a diff may cut "1,550")."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _facts_in(
    text: str, language: str, start: int, end: int, memo: dict
) -> tuple[Mention, ...]:
    """``find_facts(text, language, start, end)``, remembered in ``memo`` by all it
    reads: the span's text and the three characters before it (sentence starts).

    A copy repeats its edits (the same word changed in many paragraphs): a span met
    before gets the facts found then, moved to where it stands now.
    """
    key = (text[start:end], text[max(0, start - 3) : start])
    known = memo.get(key)
    if known is None:
        found = find_facts(text, language, start, end)
        memo[key] = (start, found)
        return found
    at, found = known
    shift = start - at
    if not shift:
        return found
    return tuple(
        Mention(m.kind, m.start + shift, m.end + shift, m.text, m.values, m.soft, m.person)
        for m in found
    )


def facts_for_changes(
    a_text: str, b_text: str, language: str, changes: Sequence[Change]
) -> tuple[tuple[Change, ...], tuple[Fact, ...]]:
    """Facts inside each edit of a same-language comparison, and the edits with them
    as evidence (``fact-<kind>-<status>``)."""
    facts: list[Fact] = []
    out: list[Change] = []
    memo: dict = {}  # per comparison: holds nothing of the texts afterwards
    for change in changes:
        if change.category is not Category.EDIT:
            out.append(change)
            continue
        a0, a1 = _expand(a_text, change.original.start, change.original.end)
        b0, b1 = _expand(b_text, change.copy.start, change.copy.end)
        a_in = _facts_in(a_text, language, a0, a1, memo) if a1 > a0 else ()
        b_in = _facts_in(b_text, language, b0, b1, memo) if b1 > b0 else ()
        pairings = [
            p
            for p in pair_facts(a_in, b_in, (a_text, a0, a1), (b_text, b0, b1), translation=False)
            if p.status in EVIDENCE_STATUSES
        ]
        facts.extend(_records(pairings, a_text, b_text, len(facts) + 1))
        codes = tuple(dict.fromkeys(f"fact-{p.kind.value}-{p.status.value}" for p in pairings))
        out.append(replace(change, evidence=change.evidence + codes) if codes else change)
    return tuple(out), tuple(facts)
