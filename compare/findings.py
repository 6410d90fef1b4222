"""What a translation comparison found, in reading order and counted.

Across languages there is no word diff: an editor looks at the facts that did not
survive (changed, missing, added), the paragraphs without a partner (missing in the
copy, added in it), site chrome and damaged characters. The window's findings list,
its status bar and the reports' first lines all read them from here, so they agree.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass

from .model import Category, Comparison, FactStatus, Op, Span


class FindingKind(enum.StrEnum):
    FACT = "fact"  # a fact changed, missing or added
    PARAGRAPH_MISSING = "paragraph-missing"  # an original paragraph the copy lacks
    PARAGRAPH_ADDED = "paragraph-added"  # a copy paragraph without counterpart
    CHROME = "chrome"  # a paragraph without partner that is site chrome
    DAMAGE = "damage"  # damaged characters (mojibake, stray marks)


#: the kind of a change in translation mode, by category and side
def _change_kind(category: Category, op: Op) -> FindingKind:
    if category is Category.CORRUPTION:
        return FindingKind.DAMAGE
    if category is Category.BOILERPLATE:
        return FindingKind.CHROME
    return FindingKind.PARAGRAPH_MISSING if op is Op.DELETE else FindingKind.PARAGRAPH_ADDED


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at. ``index`` points into ``comparison.facts`` (``FACT``) or
    ``comparison.changes`` (the others); ``pair`` is the aligned pair it belongs to."""

    kind: FindingKind
    index: int
    pair: int
    reason: str

    @property
    def is_fact(self) -> bool:
        return self.kind is FindingKind.FACT


@dataclass(frozen=True, slots=True)
class TranslationTally:
    """The counts an editor reads first."""

    facts_changed: int = 0
    facts_missing: int = 0
    facts_added: int = 0
    facts_kept: int = 0
    paragraphs_missing: int = 0
    paragraphs_added: int = 0
    chrome: int = 0
    damaged: int = 0
    aligned: float = 1.0  # share of paragraph text with a partner, 0..1

    @property
    def drifted(self) -> int:
        return self.facts_changed + self.facts_missing + self.facts_added

    @property
    def paragraphs(self) -> int:
        return self.paragraphs_missing + self.paragraphs_added

    @property
    def nothing_lost(self) -> bool:
        """No fact drifted, no paragraph missing or added, nothing damaged."""
        return not (self.drifted or self.paragraphs or self.damaged)


def tally(comparison: Comparison, ignore: frozenset[Category] = frozenset()) -> TranslationTally:
    """The counts; changes of an ``ignore``d category are left out (as in a report's
    ``--ignore``), facts always count."""
    facts = {status: 0 for status in FactStatus}
    for fact in comparison.facts:
        facts[fact.status] += 1
    kinds = {kind: 0 for kind in FindingKind}
    for change in comparison.changes:
        if change.category not in ignore:
            kinds[_change_kind(change.category, change.op)] += 1
    return TranslationTally(
        facts_changed=facts[FactStatus.CHANGED],
        facts_missing=facts[FactStatus.MISSING],
        facts_added=facts[FactStatus.ADDED],
        facts_kept=facts[FactStatus.KEPT],
        paragraphs_missing=kinds[FindingKind.PARAGRAPH_MISSING],
        paragraphs_added=kinds[FindingKind.PARAGRAPH_ADDED],
        chrome=kinds[FindingKind.CHROME],
        damaged=kinds[FindingKind.DAMAGE],
        aligned=comparison.similarity,
    )


def tally_phrase(t: TranslationTally) -> str:
    """``2 facts changed, 1 missing, 0 added; 1 paragraph missing, 0 added`` (plus
    site chrome and damaged characters when there are any)."""
    parts = [
        f"{t.facts_changed} fact{'' if t.facts_changed == 1 else 's'} changed, "
        f"{t.facts_missing} missing, {t.facts_added} added",
        f"{t.paragraphs_missing} paragraph{'' if t.paragraphs_missing == 1 else 's'} missing, "
        f"{t.paragraphs_added} added",
    ]
    if t.chrome:
        parts.append(f"{t.chrome} site-chrome paragraph{'' if t.chrome == 1 else 's'}")
    if t.damaged:
        parts.append(f"{t.damaged} damaged character run{'' if t.damaged == 1 else 's'}")
    return "; ".join(parts)


def drift_parts(t: TranslationTally) -> list[str]:
    """What did not survive, only what there is: ``["2 facts changed", "1 paragraph
    missing"]`` (empty when nothing drifted)."""
    def n(count: int, word: str, status: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'} {status}"

    parts = [
        n(count, word, status)
        for count, word, status in (
            (t.facts_changed, "fact", "changed"),
            (t.facts_missing, "fact", "missing"),
            (t.facts_added, "fact", "added"),
            (t.paragraphs_missing, "paragraph", "missing"),
            (t.paragraphs_added, "paragraph", "added"),
        )
        if count
    ]
    if t.damaged:
        parts.append(f"{t.damaged} damaged character run{'' if t.damaged == 1 else 's'}")
    return parts


class _PairIndex:
    """Which aligned pair a position of one side falls in (or follows)."""

    def __init__(self, comparison: Comparison, side: str) -> None:
        self.starts: list[int] = []
        self.pairs: list[int] = []
        for number, pair in enumerate(comparison.alignment):
            span = getattr(pair, side)
            if span is not None:
                self.starts.append(span.start)
                self.pairs.append(number)

    def pair_of(self, position: int) -> int | None:
        at = bisect_right(self.starts, position) - 1
        return self.pairs[at] if at >= 0 else None


def _place(indexes: dict[str, _PairIndex], original: Span | None, copy: Span | None) -> tuple[int, int]:
    """(pair, offset) of a span: the original side first, else the copy's."""
    for side, span in (("original", original), ("copy", copy)):
        if span is not None and not span.empty:
            pair = indexes[side].pair_of(span.start)
            if pair is not None:
                return pair, span.start
    return 0, 0


def findings(comparison: Comparison) -> tuple[Finding, ...]:
    """Drifted facts and every change (missing/added paragraphs, site chrome, damage),
    in reading order: by aligned pair, then by place in it; kept facts are not listed."""
    indexes = {side: _PairIndex(comparison, side) for side in ("original", "copy")}
    keyed: list[tuple[tuple[int, int, int, int], Finding]] = []
    for index, change in enumerate(comparison.changes):
        pair, offset = _place(indexes, change.original, change.copy)
        # a paragraph before the facts inside it
        keyed.append(((pair, 0, offset, index), Finding(_change_kind(change.category, change.op), index, pair, change.reason)))
    for index, fact in enumerate(comparison.facts):
        if fact.status is FactStatus.KEPT:
            continue
        pair, offset = _place(indexes, fact.original, fact.copy)
        keyed.append(((pair, 1, offset, index), Finding(FindingKind.FACT, index, pair, fact.reason)))
    keyed.sort(key=lambda k: k[0])
    return tuple(finding for _key, finding in keyed)
