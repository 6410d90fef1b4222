"""Measure the window: launch-to-drawn time, GUI-thread stalls on a large pair, memory.

    .venv/bin/python -m tests.ui.measure launch            # cold start on the sample pair
    .venv/bin/python -m tests.ui.measure large [SIZE_MB]   # stall while a big pair is compared

Runs on whatever platform Qt picks (offscreen or Xvfb). Prints one line per number.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_pair(size_mb: float, folder: Path) -> tuple[Path, Path]:
    """A news-like pair: the sample's paragraphs repeated, with edits, typography, boilerplate."""
    rng = random.Random(11)
    paragraphs = [p for p in (SAMPLES / "original-ap.txt").read_text().split("\n") if p.strip()]
    a, b, total, i = [], [], 0, 0
    while total < size_mb * 1_000_000:
        p = f"{paragraphs[i % len(paragraphs)]} ({i})"
        i += 1
        a.append(p)
        r = rng.random()
        if r < 0.05:
            words = p.split()
            words[rng.randrange(len(words))] = "supersonic"
            b.append(" ".join(words))
        elif r < 0.07:
            b.append(p.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'"))
        elif r < 0.08:
            b.extend(["Share this: Facebook Twitter", p])
        elif r >= 0.085:
            b.append(p)
        total += len(p) + 2
    original, copy = folder / "big-original.txt", folder / "big-copy.txt"
    original.write_text("\n\n".join(a))
    copy.write_text("\n\n".join(b))
    return original, copy


def _child_launch() -> None:
    """In a fresh process: show the window on the sample pair; print when it is drawn."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.app import create_application

    app = create_application(["mirrordiff"])
    from ui import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and window.comparison is not None:
                print(f"drawn {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = Painted()
    window.copy_view.viewport().installEventFilter(spy)
    window.open_pair(SAMPLES / "original-ap.txt", SAMPLES / "copy-kproxy.txt")
    app.exec()
    print(f"rss {_rss_mb():.1f}", flush=True)


def launch(runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        env = dict(os.environ, MIRRORDIFF_SETTINGS_DIR=tempfile.mkdtemp())
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "tests.ui.measure", "_child"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=True,
        ).stdout
        drawn = float(next(line for line in out.splitlines() if line.startswith("drawn")).split()[1])
        rss = next(line for line in out.splitlines() if line.startswith("rss")).split()[1]
        times.append(drawn - started)
        print(f"launch to drawn sample comparison: {drawn - started:.3f} s (peak RSS {rss} MB)")
    print(f"best {min(times):.3f} s, worst {max(times):.3f} s")


def large(size_mb: float = 10.0) -> None:
    from PySide6.QtCore import QTimer

    from ui.app import create_application

    folder = Path(tempfile.mkdtemp())
    original, copy = make_pair(size_mb, folder)
    app = create_application(["mirrordiff"])
    os.environ.setdefault("MIRRORDIFF_SETTINGS_DIR", tempfile.mkdtemp())
    from ui import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    gaps: list[tuple[float, float]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0], now))
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    done = []
    window.comparison_ready.connect(lambda c: done.append(time.perf_counter()))
    rss_before = _rss_mb()
    started = time.perf_counter()
    window.open_pair(original, copy)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    # keep the loop running a little: the first paint and layout of the big document
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    # scroll through it: page down, jump to the last change
    window.actions.actionLastChange.trigger()
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    worst = max(gaps, key=lambda g: g[0])
    sizes = original.stat().st_size / 1e6, copy.stat().st_size / 1e6
    print(f"pair: {sizes[0]:.1f} MB + {sizes[1]:.1f} MB, {len(window.comparison.changes)} changes")
    print(f"comparison shown after {done[0] - started:.2f} s; worker timings {window.last_timings}")
    print(f"GUI thread longest stall: {worst[0] * 1000:.0f} ms at +{worst[1] - started:.2f} s")
    over = [g for g in gaps if g[0] > 0.05]
    print(f"stalls over 50 ms: {len(over)}; ticks: {len(gaps)}")
    shown = done[0]
    for gap, at in sorted(over, reverse=True)[:6]:
        print(f"  {gap * 1000:.0f} ms ending {at - shown:+.2f} s from the comparison being shown")
    print(f"peak RSS {_rss_mb():.0f} MB (before opening: {rss_before:.0f} MB)")
    window.close()


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "launch"
    if what == "_child":
        _child_launch()
    elif what == "large":
        large(float(sys.argv[2]) if len(sys.argv) > 2 else 10.0)
    else:
        launch()
