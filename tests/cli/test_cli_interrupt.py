"""Ctrl-C with --out-dir stops at once and leaves nothing half-written (issue 11, item 5).

A real process gets a real SIGINT. The work is made slow inside the child (the
comparison, or the report's fsync, sleeps), so the signal always lands mid-work
without burning CPU; the pool's workers are forked and inherit the slowness.
"""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or multiprocessing.get_start_method() != "fork",
    reason="POSIX signals, and workers that inherit the child's slow step (fork)",
)

#: the child: patch one step to sleep, then run the command line
CHILD = """
import sys, time
import compare, compare.report.files as files
step = sys.argv[1]
if step == "compare":
    real = compare.compare
    def slow(*args, **kwargs):
        time.sleep(60)
        return real(*args, **kwargs)
    compare.compare = slow
else:
    def slow_fsync(fd):
        time.sleep(60)
    files.os.fsync = slow_fsync
from ui.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _as_from_a_terminal() -> None:
    """The child's Ctrl-C as at a terminal. A job started in the background by a
    non-interactive shell (CI, `make fresh-check &`, a script's `cmd &`) inherits SIGINT
    ignored, and a program must keep ignoring it then (POSIX): Python installs no
    KeyboardInterrupt handler, and the test would wait out its timeout."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def _wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


@pytest.mark.parametrize("step", ["compare", "write"])
def test_ctrl_c_with_out_dir_stops_at_once(files, tmp_path, step):
    copies = []
    for n in range(4):
        copy = tmp_path / f"copy{n}.txt"
        copy.write_text(files["copy"].read_text(encoding="utf-8") + f"\n{n}\n", encoding="utf-8")
        copies.append(str(copy))
    out_dir = tmp_path / "reports"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, step, str(files["original"]), *copies,
         "--format", "json", "--out-dir", str(out_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=_as_from_a_terminal,
    )  # fmt: skip
    try:
        if step == "write":  # a report is being written: its temporary file exists
            _wait_for(lambda: out_dir.is_dir() and any(out_dir.glob(".*.part")))
        else:
            _wait_for(lambda: len(_children(child.pid)) >= 1)
            time.sleep(0.5)
        workers = [int(pid) for pid in _children(child.pid)]
        interrupted = time.monotonic()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=20)
        took = time.monotonic() - interrupted
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 2
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mirrordiff-export: interrupted"), lines
    assert "reports written, the rest cancelled" in lines[0]
    assert took < 10, f"{took:.1f} s after Ctrl-C (the workers slept 60 s each)"
    left = sorted(p.name for p in out_dir.iterdir()) if out_dir.exists() else []
    assert not [name for name in left if name.endswith(".part")], left  # nothing half-written
    assert "summary.html" not in left and "summary.csv" not in left
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=5)  # none orphaned


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"
