"""mirrordiff benchmarks against named peers, on the same inputs, in one run.

    .venv/bin/python tests/benchmarks/bench.py [--quick] [--repeat N] [--pathological [--large]]

Inputs: the bundled sample pair (~5 KB), and ~1 MB and ~10 MB pairs made by
scaling it: every repetition of the article gets its own paragraph numbers and a
different, deterministic mix of damage (boilerplate lines, mojibake, curly/straight
quotes, reworded words, a moved paragraph), so the pairs look like many real copies
back to back rather than one text repeated.

Peers: ``difflib.HtmlDiff`` (the stdlib's side-by-side HTML diff) and
``git diff --no-index --word-diff`` (what an engineer would reach for).
Printed: medians (ms) per tool and input, and mirrordiff's time as a ratio of each
peer's (below 1.0 = mirrordiff is faster); engine peak memory as a multiple of the
input size; the whole ``mirrordiff-export`` process on the sample pair, and whether
it imported Qt; the whole export of the change-dense pair to HTML, also as a ratio of
HtmlDiff's time on that pair; and the start-up cost over a bare interpreter:
``import compare``, and ``import compare`` plus a first comparison of the sample pair
(what a first small comparison costs: patterns compiled and libraries imported on
first use count here, so cost moved out of the import shows up).

Processes are timed with their bytecode cached, as an installed package has it: a
warm-up run writes the ``.pyc`` files even where ``PYTHONDONTWRITEBYTECODE`` is set
(otherwise every run would compile the engine's sources again).

``--pathological`` adds the adversarial review's inputs (issue 11) and, for each,
the whole ``mirrordiff-export --format json`` process: median time and peak
resident memory (the interpreter and its modules included, ~40 MB), as megabytes
and as a multiple of the input (target: about 10x); ``--large`` adds a ~60 MB
ordinary pair (the size limit is 64 MB a file) and the review's ~20 MB
repeated-lines pair to that table (minutes).
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compare import compare, load_path  # noqa: E402
from tests.benchmarks.inputs import (  # noqa: E402
    BOILERPLATE_LINES,
    PATHOLOGICAL,
    change_dense_pair,
    repeated_lines,
)

SAMPLES = ROOT / "resources" / "samples"
ORIGINAL = SAMPLES / "original-ap.txt"
COPY = SAMPLES / "copy-kproxy.txt"

SWAPS = (("said", "stated"), ("military", "armed"), ("treaty", "pact"), ("Thursday", "Friday"))


def _scaled_pair(target_bytes: int, seed: int = 7) -> tuple[str, str]:
    rng = random.Random(seed)
    paragraphs = [p for p in ORIGINAL.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    originals, copies = [], []
    size = rep = 0
    while size < target_bytes:
        rep += 1
        block_a = [f"({rep}.{j}) {p}" for j, p in enumerate(paragraphs)]
        block_b = list(block_a)
        for j in rng.sample(range(len(block_b)), 4):
            kind = rng.randrange(5)
            p = block_b[j]
            if kind == 0:
                block_b[j] = p.replace("\u2019", "\u00e2\u20ac\u2122")  # mojibake
            elif kind == 1:
                block_b[j] = p.replace("\u201c", '"').replace("\u201d", '"')
            elif kind == 2:
                old, new = rng.choice(SWAPS)
                block_b[j] = p.replace(old, new, 1)
            elif kind == 3:
                block_b[j] = p + " " + rng.choice(BOILERPLATE_LINES)
            else:
                block_b.insert(j, rng.choice(BOILERPLATE_LINES))
        if rep % 3 == 0:  # a paragraph moved down
            moved = block_b.pop(2)
            block_b.insert(len(block_b) - 2, moved)
        originals.append("\n\n".join(block_a))
        copies.append("\n\n".join(block_b))
        size += sum(len(p.encode()) for p in block_a)
    return "\n\n".join(originals) + "\n", "\n\n".join(copies) + "\n"


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _engine(a: Path, b: Path):
    return compare(load_path(a), load_path(b))


def _htmldiff(a: Path, b: Path) -> str:
    lines_a = a.read_text(encoding="utf-8").splitlines()
    lines_b = b.read_text(encoding="utf-8").splitlines()
    return difflib.HtmlDiff(wrapcolumn=80).make_file(lines_a, lines_b)


def _git_word_diff(a: Path, b: Path) -> None:
    subprocess.run(
        ["git", "diff", "--no-index", "--word-diff", "--no-color", str(a), str(b)],
        stdout=subprocess.DEVNULL,
        check=False,
    )


#: the environment of timed processes: bytecode written (see the module's note)
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _process(args: list[str]) -> None:
    subprocess.run(args, check=False, cwd=ROOT, env=_ENV, stdout=subprocess.DEVNULL)


def _process_median_ms(args: list[str], repeat: int) -> float:
    _process(args)  # warm-up: bytecode and the file cache
    return _median_ms(lambda: _process(args), repeat)


def _export_args(a: Path, b: Path, out: Path) -> list[str]:
    exe = Path(sys.executable).with_name("mirrordiff-export")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.cli"]
    return [*cmd, str(a), str(b), "--format", "html", "-o", str(out)]


def _peak_memory_ratio(a: Path, b: Path) -> float:
    tracemalloc.start()
    _engine(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (a.stat().st_size + b.stat().st_size)


_PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _export_peak(a: Path, b: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak resident megabytes of one ``mirrordiff-export --format json``."""
    exe = Path(sys.executable).with_name("mirrordiff-export")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.cli"]
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *cmd, str(a), str(b), "--format", "json", "-o", str(out)],
        capture_output=True, text=True, check=False,
    )
    return time.perf_counter() - t0, int(done.stdout.strip() or 0) / 1024


def _export_table(pairs: dict[str, tuple[Path, Path]], work: Path, repeat: int) -> None:
    print(f"\n{'mirrordiff-export --format json':<34}{'input':>9}{'time':>9}{'peak RSS':>10}{'RSS/in':>8}")
    for name, (a, b) in pairs.items():
        size = a.stat().st_size + b.stat().st_size
        runs = [_export_peak(a, b, work / "report.json") for _ in range(repeat)]
        seconds = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs)
        print(f"{name:<34}{size / 1e6:>7.1f}MB{seconds:>8.1f}s{peak:>8.0f}MB{peak * 1e6 / size:>7.1f}x")


def _imports_qt() -> bool:
    code = (
        "import sys, ui.cli as c\n"
        f"c.main([{str(ORIGINAL)!r}, {str(COPY)!r}, '--format', 'html', '-o', '/dev/null'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip().endswith("True")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the ~10 MB pair")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument(
        "--pathological", action="store_true",
        help="also the adversarial review's inputs (issue 11): long vs short, repeated lines, combining marks",
    )
    parser.add_argument(
        "--large", action="store_true",
        help="with --pathological: also a ~60 MB ordinary pair and the ~20 MB repeated-lines pair",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mirrordiff-bench-"))
    pairs = {"sample (5 KB)": (ORIGINAL, COPY)}
    sizes = {"~1 MB": 1_000_000} if args.quick else {"~1 MB": 1_000_000, "~10 MB": 10_000_000}
    for name, size in sizes.items():
        a_text, b_text = _scaled_pair(size)
        a, b = work / f"{size}-original.txt", work / f"{size}-copy.txt"
        a.write_text(a_text, encoding="utf-8")
        b.write_text(b_text, encoding="utf-8")
        pairs[name] = (a, b)
    generated = {"change-dense 1 MB": change_dense_pair()}
    if args.pathological:
        generated.update({name: make(1.0) for name, make in PATHOLOGICAL.items()})
    for name, (a_text, b_text) in generated.items():
        a, b = work / f"{name}-original.txt", work / f"{name}-copy.txt"
        a.write_text(a_text, encoding="utf-8")
        b.write_text(b_text, encoding="utf-8")
        pairs[name] = (a, b)

    git = shutil.which("git")
    htmldiff_ms: dict[str, float] = {}
    print(f"{'input':<19}{'mirrordiff':>12}{'HtmlDiff':>12}{'git word':>12}"
          f"{'÷HtmlDiff':>11}{'÷git':>8}{'changes':>9}{'mem×in':>8}")
    for name, (a, b) in pairs.items():
        repeat = args.repeat if a.stat().st_size < 2_000_000 else max(1, args.repeat // 2)
        ours = _median_ms(lambda a=a, b=b: _engine(a, b), repeat)
        # difflib is quadratic on a text of one line repeated: the review's inputs skip it
        skip_peer = name in PATHOLOGICAL
        html = float("nan") if skip_peer else _median_ms(lambda a=a, b=b: _htmldiff(a, b), repeat)
        htmldiff_ms[name] = html
        gitm = _median_ms(lambda a=a, b=b: _git_word_diff(a, b), repeat) if git else float("nan")
        n_changes = len(_engine(a, b).changes)
        # tracemalloc slows the line diff of repeated lines a hundredfold: their
        # memory is measured on the whole process below
        mem = float("nan") if skip_peer else _peak_memory_ratio(a, b)
        print(f"{name:<19}{ours:>10.1f}ms{html:>10.1f}ms{gitm:>10.1f}ms"
              f"{ours / html:>11.2f}{ours / gitm:>8.2f}{n_changes:>9}{mem:>8.1f}")

    if args.pathological:
        measured = {name: pairs[name] for name in PATHOLOGICAL}
        if args.large:
            for name, (a_text, b_text) in {
                "repeated-lines x2.5 (~20 MB)": repeated_lines(2.5),
                "ordinary ~60 MB": _scaled_pair(30_000_000),
            }.items():
                a, b = work / f"{name}-original.txt", work / f"{name}-copy.txt"
                a.write_text(a_text, encoding="utf-8")
                b.write_text(b_text, encoding="utf-8")
                measured[name] = (a, b)
        _export_table(measured, work, max(1, min(args.repeat, 3)))

    out = work / "report.html"
    export = _process_median_ms(_export_args(ORIGINAL, COPY, out), args.repeat)
    print(f"\nmirrordiff-export process, sample pair -> HTML: median {export:.0f} ms "
          f"(target < 500 ms); imports Qt: {_imports_qt()}")
    dense_a, dense_b = pairs["change-dense 1 MB"]
    dense = _process_median_ms(_export_args(dense_a, dense_b, out), args.repeat)
    dense_html = htmldiff_ms["change-dense 1 MB"]
    print(f"mirrordiff-export process, change-dense 1 MB pair -> HTML: median {dense:.0f} ms "
          f"(target <= 1500 ms); {dense / dense_html:.2f} x HtmlDiff's {dense_html:.0f} ms")
    bare = _process_median_ms([sys.executable, "-c", "pass"], args.repeat)
    engine = _process_median_ms([sys.executable, "-c", "import compare"], args.repeat)
    first = _process_median_ms(
        [sys.executable, "-c",
         f"import compare; compare.compare(compare.load_path({str(ORIGINAL)!r}), "
         f"compare.load_path({str(COPY)!r}))"],
        args.repeat,
    )
    print(f"import compare: median {engine - bare:.0f} ms over a bare interpreter (target <= 100 ms); "
          f"import + first comparison of the sample pair: {first - bare:.0f} ms")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
