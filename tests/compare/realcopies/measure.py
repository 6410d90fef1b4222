"""Items an editor reads per copy, before (one per change) and after (groups), and
every negation / quotation tag, for a person to judge: ``python -m
tests.compare.realcopies.measure`` from the repository root."""

from __future__ import annotations

import statistics
from pathlib import Path

from compare import compare, load_path
from compare.grouping import reading_items

HERE = Path(__file__).parent
#: tags that alarm an editor; each one found is printed so a person can judge it
ALARMING = ("negation", "inside-quote", "quotation")


def pairs() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if (p / "copy.txt").exists())


def measure(folder: Path):
    result = compare(
        load_path(folder / "original.txt", label="original"), load_path(folder / "copy.txt")
    )
    return result, len(result.changes), len(reading_items(result))


def main() -> None:
    ratios = []
    for folder in pairs():
        result, before, after = measure(folder)
        ratios.append(after / before)
        print(f"{folder.name:16} changes {before:3}  items {after:3}  groups {len(result.groups)}")
        for change in result.changes:
            tags = [t for t in ALARMING if t in change.evidence]
            if tags:
                print(f"    {tags} {change.original.text!r} -> {change.copy.text!r}: {change.reason}")
    print(f"median items/changes: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
