"""Data-driven engine cases (ftfy style): one JSON file per case in ``cases/``.

Each case: ``label``, ``comment``, ``original``, ``copy`` and ``expected``, a list of
``{category, original?, copy?, reason?, evidence?}``: some change must have that
category, contain the ``original``/``copy`` fragments in its spans, contain
``reason`` (case-insensitive) in its reason and carry every ``evidence`` code and
none of the ``absent`` ones (a tag that must not be there: ``negation``).
With ``exact`` (the default) every change must be matched by an expected entry.
A case with ``xfail`` is a known failure and runs as a strict xfail: when it
starts passing the suite says so, and the marker must come off.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare import Change, compare, load_text

CASES = Path(__file__).parent / "cases"


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=path.stem, marks=marks))
    return params


def _matches(change: Change, want: dict) -> bool:
    if change.category != want["category"]:
        return False
    if "original" in want and want["original"] not in change.original.text:
        return False
    if "copy" in want and want["copy"] not in change.copy.text:
        return False
    if "reason" in want and want["reason"].casefold() not in change.reason.casefold():
        return False
    if set(want.get("absent", ())) & set(change.evidence):
        return False
    return set(want.get("evidence", ())) <= set(change.evidence)


def _describe(changes) -> str:
    return "\n".join(
        f"  {c.id} {c.category} {c.original.text!r} -> {c.copy.text!r}: {c.reason} {c.evidence}"
        for c in changes
    )


@pytest.mark.parametrize("case", _load())
def test_case(case: dict) -> None:
    result = compare(load_text(case["original"], label="original"), load_text(case["copy"]))
    matched: set[int] = set()
    for want in case["expected"]:
        hits = [c for c in result.changes if _matches(c, want)]
        assert hits, f"{case['label']}: no change matches {want}\ngot:\n{_describe(result.changes)}"
        matched.update(c.id for c in hits)
    if case.get("exact", True):
        extra = [c for c in result.changes if c.id not in matched]
        assert not extra, f"{case['label']}: unexpected changes:\n{_describe(extra)}"


def test_there_are_enough_cases_of_every_category() -> None:
    counts: dict[str, int] = {}
    for path in CASES.glob("*.json"):
        case = json.loads(path.read_text(encoding="utf-8"))
        if "xfail" not in case:
            for category in {want["category"] for want in case["expected"]}:
                counts[category] = counts.get(category, 0) + 1
    assert sum(1 for _ in CASES.glob("*.json")) >= 40
    for category in ("boilerplate", "corruption", "typography", "edit", "moved"):
        assert counts.get(category, 0) >= 2, counts
