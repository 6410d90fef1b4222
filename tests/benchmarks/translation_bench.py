"""Translation mode against real translated news: alignment, drift, false facts, speed.

    .venv/bin/python tests/benchmarks/translation_bench.py

Each folder of ``tests/benchmarks/translation/`` holds an original, its translation
and ``meta.json`` with the gold paragraph alignment (paragraph indices of the
original and of the copy for each link; an empty list is "no partner"). For every
pair this measures:

* alignment: share of gold links found exactly (on the faithful pair, and on each
  drifted variant with the gold adjusted);
* false facts: "changed"/"missing" facts reported on the faithful pair that are not
  true differences (the pair's ``known_differences`` in meta.json), per 1,000 words
  of the original;
* drift recall: the copy is changed in one place at a time (a number, a date, a
  person's name changed; a paragraph deleted) and the change must be reported at that
  place (a changed/missing/added fact over the injected text, or a missing paragraph);
  precision: of the non-kept facts reported on drifted copies, the share that are
  the injected change or already reported on the faithful pair;
* speed: median engine time of a ~10 KB pair (the pairs repeated) in translation mode.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compare import compare, load_text  # noqa: E402
from compare.facts import find_facts  # noqa: E402
from compare.model import FactKind, FactStatus, ModeChoice, Options  # noqa: E402

CASES = ROOT / "tests" / "benchmarks" / "translation"
#: replacement person names for the name drift
OTHER_NAMES = {"Blinken": ("Pompeo", "Помпео", "蓬佩奥")}


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def links_of(comparison, a_text: str, b_text: str) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    pa, pb = paragraphs(a_text), paragraphs(b_text)

    def indices(span, spans):
        if span is None:
            return ()
        return tuple(k for k, (s, e) in enumerate(spans) if s >= span.start and e <= span.end)

    return {(indices(p.original, pa), indices(p.copy, pb)) for p in comparison.alignment}


def gold_links(meta) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(tuple(a), tuple(b)) for a, b in meta["gold"]}


def alignment_accuracy(found, gold) -> tuple[int, int]:
    return len(found & gold), len(gold)


def run_compare(a: str, b: str, languages):
    options = Options(mode=ModeChoice.TRANSLATION)
    return compare(load_text(a, label="original"), load_text(b, label="copy"), options)


def drifts(b_text: str, language: str):
    """(label, drifted copy, injected span in the drifted copy, kind) one at a time."""
    mentions = find_facts(b_text, language)
    numbers = [m for m in mentions if m.kind in (FactKind.NUMBER, FactKind.MONEY, FactKind.PERCENT) and not m.soft]
    dates = [m for m in mentions if m.kind is FactKind.DATE]
    for m in numbers[:: max(1, len(numbers) // 3)][:3]:
        digits = [i for i, c in enumerate(m.text) if c.isdigit()]
        i = digits[0]
        new_digit = "7" if m.text[i] != "7" else "4"
        new = m.text[:i] + new_digit + m.text[i + 1 :]
        yield "number", b_text[: m.start] + new + b_text[m.end :], (m.start, m.start + len(new))
    for m in dates[:2]:
        digits = [i for i, c in enumerate(m.text) if c.isdigit()]
        i = digits[0]
        new = m.text[:i] + ("2" if m.text[i] != "2" else "1") + m.text[i + 1 :]
        yield "date", b_text[: m.start] + new + b_text[m.end :], (m.start, m.start + len(new))
    for old, replacements in OTHER_NAMES.items():
        for form in (old, "Блинкен", "布林肯"):
            at = b_text.find(form)
            if at >= 0:
                new = replacements[0] if form == old else replacements[1] if form == "Блинкен" else replacements[2]
                yield "name", b_text[:at] + new + b_text[at + len(form) :], (at, at + len(new))
                break


def delete_paragraph(b_text: str, index: int) -> tuple[str, int]:
    spans = paragraphs(b_text)
    s, _e = spans[index]
    end = spans[index + 1][0] if index + 1 < len(spans) else len(b_text)
    return b_text[:s] + b_text[end:], index


def main() -> int:
    totals: dict[str, list[int]] = {}
    rows = []
    timing_pairs = []
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        a = (case / "original.txt").read_text(encoding="utf-8")
        b = (case / "copy.txt").read_text(encoding="utf-8")
        timing_pairs.append((a, b))
        lang = meta["languages"][1]
        faithful = run_compare(a, b, meta["languages"])
        found = links_of(faithful, a, b)
        gold = gold_links(meta)
        ok, n = alignment_accuracy(found, gold)
        words = len(a.split())
        baseline = {(f.kind, f.status, f.original and f.original.text, f.copy and f.copy.text) for f in faithful.facts}
        false = [
            f for f in faithful.facts
            if f.status in (FactStatus.CHANGED, FactStatus.MISSING)
            and (f.original.text if f.original else "") not in meta.get("known_differences", [])
        ]
        hits = tries = reported = extra = 0
        for _kind, drifted, (s, e) in drifts(b, lang):
            tries += 1
            result = run_compare(a, drifted, meta["languages"])
            new = [
                f for f in result.facts
                if f.status is not FactStatus.KEPT
                and (f.kind, f.status, f.original and f.original.text, f.copy and f.copy.text) not in baseline
            ]
            caught = [f for f in new if (f.copy and f.copy.start < e and f.copy.end > s) or f.copy is None]
            hits += bool(caught)
            reported += len(new)
            extra += len([f for f in new if f not in caught])
        # delete each paragraph of the copy that has a partner, one at a time
        spans = paragraphs(b)
        del_ok = del_n = 0
        for index in range(len(spans)):
            if not any(index in bs and as_ for as_, bs in gold):
                continue
            drifted, _ = delete_paragraph(b, index)
            result = run_compare(a, drifted, meta["languages"])
            partner = next(as_ for as_, bs in gold if index in bs)
            missing = [
                c for c in result.changes
                if "paragraph-missing" in c.evidence and any(
                    c.original.start <= paragraphs(a)[k][0] < c.original.end for k in partner
                )
            ]
            del_n += 1
            del_ok += bool(missing)
        rows.append((case.name, lang, ok, n, len(false), words, hits, tries, del_ok, del_n, reported, extra))
        for key, value in (("align", (ok, n)), ("drift", (hits + del_ok, tries + del_n)), ("false", (len(false), words)), ("prec", (reported - extra, reported))):
            t = totals.setdefault(key, [0, 0])
            t[0] += value[0]
            t[1] += value[1]
        for f in false:
            print(f"  false fact in {case.name}: {f.reason}")
    print(f"{'pair':<14}{'lang':<6}{'aligned':>10}{'false/1k words':>16}{'drift found':>13}{'deleted found':>15}{'precision':>11}")
    for name, lang, ok, n, false, words, hits, tries, del_ok, del_n, reported, extra in rows:
        prec = f"{(reported - extra) / reported:.0%}" if reported else "-"
        print(f"{name:<14}{lang:<6}{ok:>5}/{n:<4}{1000 * false / words:>16.2f}{hits:>8}/{tries:<4}{del_ok:>10}/{del_n:<4}{prec:>11}")
    by_language: dict[str, list[int]] = {}
    for _name, lang, ok, n, false, words, hits, tries, del_ok, del_n, reported, extra in rows:
        t = by_language.setdefault(lang, [0] * 8)
        for k, v in enumerate((ok, n, false, words, hits + del_ok, tries + del_n, reported - extra, reported)):
            t[k] += v
    print("per language (en → …): aligned, drift+deletions found, false facts per 1,000 words, precision")
    for lang, (ok, n, false, words, found, injected, right, reported) in sorted(by_language.items()):
        prec = f"{right / reported:.0%}" if reported else "-"
        print(f"  {lang}: {ok}/{n} = {ok / n:.0%}; {found}/{injected} = {found / injected:.0%}; "
              f"{1000 * false / words:.2f}; {prec}")
    al, dr, fa, pr = totals["align"], totals["drift"], totals["false"], totals["prec"]
    print(f"all: aligned {al[0]}/{al[1]} = {al[0] / al[1]:.1%}; drift and deletions found {dr[0]}/{dr[1]} = {dr[0] / dr[1]:.1%}; "
          f"false changed/missing facts {fa[0]} in {fa[1]} words = {1000 * fa[0] / fa[1]:.2f} per 1,000; "
          f"precision {pr[0]}/{pr[1]}")
    # speed: ~10 KB of the pairs, repeated
    a_big, b_big = "", ""
    while len((a_big + b_big).encode()) < 10_000:
        for a, b in timing_pairs:
            a_big += a + "\n"
            b_big += b + "\n"
    times = []
    for _ in range(7):
        t = time.perf_counter()
        run_compare(a_big, b_big, ("en", "xx"))
        times.append(time.perf_counter() - t)
    print(f"speed: {len((a_big + b_big).encode()) / 1000:.1f} KB pair in translation mode: median {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
