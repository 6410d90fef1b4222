"""compare.findings: every change and every drifted fact once, in reading order, counted."""

from __future__ import annotations

from pathlib import Path

import pytest

import compare
from compare import Category, FactStatus
from compare.findings import FindingKind, drift_parts, findings, tally

PAIRS = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "translation").glob("*/original.txt"))


def drift(text: str) -> str:
    """Drop the copy's third paragraph and change its first digit: a
    deleted paragraph and (usually) a changed number."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        del paragraphs[2]
    out = "\n\n".join(paragraphs)
    digits = [i for i, ch in enumerate(out) if ch.isdigit()]
    if digits:
        i = digits[0]
        out = out[:i] + str((int(out[i]) + 1) % 10) + out[i + 1 :]
    return out


@pytest.mark.parametrize("original", PAIRS, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("drifted", [False, True], ids=["faithful", "drifted"])
def test_findings_cover_every_change_and_drifted_fact_once_in_reading_order(original, drifted):
    text = (original.parent / "copy.txt").read_text(encoding="utf-8")
    comparison = compare.compare(
        compare.load_path(original), compare.load_text(drift(text) if drifted else text)
    )
    found = findings(comparison)
    changes = sorted(f.index for f in found if not f.is_fact)
    facts = sorted(f.index for f in found if f.is_fact)
    assert changes == list(range(len(comparison.changes)))
    assert facts == [i for i, f in enumerate(comparison.facts) if f.status is not FactStatus.KEPT]
    assert [f.pair for f in found] == sorted(f.pair for f in found)
    for finding in found:
        pair = comparison.alignment[finding.pair]
        if finding.is_fact:
            fact = comparison.facts[finding.index]
            span, side = (fact.original, pair.original) if fact.original else (fact.copy, pair.copy)
        else:
            change = comparison.changes[finding.index]
            span, side = (
                (change.original, pair.original) if not change.original.empty else (change.copy, pair.copy)
            )
        assert side is not None and side.start <= span.start <= side.end, finding

    t = tally(comparison)
    kinds = [f.kind for f in found]
    assert t.paragraphs_missing == kinds.count(FindingKind.PARAGRAPH_MISSING)
    assert t.paragraphs_added == kinds.count(FindingKind.PARAGRAPH_ADDED)
    assert t.drifted == kinds.count(FindingKind.FACT)
    assert t.nothing_lost == (not drift_parts(t))
    # an ignored category leaves the counts, not the facts
    ignored = tally(comparison, frozenset({Category.EDIT}))
    assert (ignored.paragraphs_missing, ignored.paragraphs_added) == (0, 0)
    assert ignored.drifted == t.drifted
