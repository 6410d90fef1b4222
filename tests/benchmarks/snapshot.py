"""Fingerprints of every report the engine makes of a fixed set of pairs.

    .venv/bin/python tests/benchmarks/snapshot.py save  BEFORE.json
    .venv/bin/python tests/benchmarks/snapshot.py check BEFORE.json

For work that must not change what an editor reads (speed, memory): ``save`` on the
commit before, ``check`` after. It compares the JSON and HTML reports (SHA-256 of
their bytes; the first differing pair's reports are written next to the snapshot)
of the data-driven cases, the real-chrome corpus, the real copies, the sample pairs,
the translation pairs, the benchmark pairs (sample, change-dense 1 MB) and the
adversarial inputs at a small scale.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compare import compare, load_path, load_text  # noqa: E402
from compare.model import Document  # noqa: E402
from compare.report import ReportOptions, get_presenter  # noqa: E402
from tests.benchmarks.inputs import PATHOLOGICAL, change_dense_pair  # noqa: E402


def _pairs() -> Iterator[tuple[str, Document, Document]]:
    for path in sorted((ROOT / "tests/compare/cases").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        yield (
            f"case/{path.stem}",
            load_text(case["original"], label="original"),
            load_text(case["copy"]),
        )
    from tests.compare.real_chrome import pairs

    for pair in pairs():
        yield (
            f"chrome/{pair.site}",
            load_text(pair.original, label="original"),
            load_text(pair.copy),
        )
    os.chdir(ROOT)  # files are named relative to the checkout: reports hold their paths
    samples = Path("resources/samples")
    for a, b in (
        ("original-ap.txt", "copy-kproxy.txt"),
        ("statement-en.txt", "statement-ru-drifted.txt"),
    ):
        yield f"sample/{b}", load_path(str(samples / a)), load_path(str(samples / b))
    for folder in ("tests/compare/realcopies", "tests/benchmarks/translation"):
        for original in sorted(Path(folder).rglob("original.*")):
            for copy in sorted(original.parent.glob("copy*")):
                name = str(copy)
                yield name, load_path(str(original)), load_path(str(copy))
    a, b = change_dense_pair()
    yield "change-dense", load_text(a, label="original"), load_text(b)
    for name, make in PATHOLOGICAL.items():
        a, b = make(0.05)
        yield f"pathological/{name}", load_text(a, label="original"), load_text(b)


def fingerprints(keep: dict[str, bytes] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, original, copy in _pairs():
        comparison = compare(original, copy)
        for fmt in ("json", "html"):
            data = get_presenter(fmt).encoded(comparison, ReportOptions())
            out[f"{name} {fmt}"] = hashlib.sha256(data).hexdigest()
            if keep is not None:
                keep[f"{name} {fmt}"] = data
    return out


def main() -> int:
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "save":
        prints = fingerprints()
        where.write_text(json.dumps(prints, indent=1, sort_keys=True))
        print(f"{len(prints)} reports fingerprinted")
        return 0
    before = json.loads(where.read_text())
    reports: dict[str, bytes] = {}
    after = fingerprints(reports)
    differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    print(f"{len(after)} reports, {len(differ)} differ")
    for key in differ[:20]:
        print("  differs:", key)
    if differ and differ[0] in reports:
        out = where.with_suffix("." + differ[0].replace("/", "_").replace(" ", "."))
        out.write_bytes(reports[differ[0]])
        print("  its report now:", out)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
