"""Write the real-chrome pairs as data-driven cases (``tests/compare/cases/real_*.json``).

    .venv/bin/python tests/compare/data/real_chrome/make_cases.py

One case per site: every chrome block labelled ``boilerplate`` (by its first line),
the article paragraph only the copy has labelled ``edit``. A case whose chrome the
engine does not all recognise yet is written as a strict ``xfail`` naming the blocks
it misses, so the suite says when it starts passing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from compare import compare, load_text  # noqa: E402
from tests.compare import real_chrome  # noqa: E402

CASES = ROOT / "tests" / "compare" / "cases"


def _first_line(text: str) -> str:
    return next(line.strip() for line in text.split("\n") if line.strip())


def main() -> None:
    sites = {s["site"]: s for s in json.loads((real_chrome.DATA / "chrome.json").read_text("utf-8"))["sites"]}
    for old in CASES.glob("real_*.json"):
        old.unlink()
    for pair in real_chrome.pairs():
        site = sites[pair.site]
        expected = [
            {"category": "boilerplate", "copy": _first_line(pair.copy[s:e]), "kind": kind}
            for kind, s, e in pair.chrome
        ]
        expected.append({"category": "edit", "copy": pair.copy[pair.added[0] : pair.added[1]][:40]})
        score = real_chrome.Score()
        real_chrome.score(pair, compare(load_text(pair.original, label="original"), load_text(pair.copy)), score)
        case = {
            "label": f"real chrome, {pair.lang}: {pair.site}",
            "comment": f"Chrome exactly as found on {site['url']}, set around public-domain "
            f"{pair.lang} article text (articles.json); built by make_cases.py.",
            "original": pair.original,
            "copy": pair.copy,
            "expected": expected,
            "exact": True,
        }
        if score.misses:
            case["xfail"] = "chrome not recognised yet: " + "; ".join(m.split(" ", 1)[1][:80] for m in score.misses)
        name = re.sub(r"[^a-z0-9]+", "_", pair.site.lower()).strip("_")
        path = CASES / f"real_{pair.lang}_{name}.json"
        path.write_text(json.dumps(case, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
