"""mirrordiff-export under hostile conditions: odd targets, odd inputs, closed streams.

Each test reproduces one defect of issue 11 (items 3, 4, 12, 13).
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ui.cli import main

from .test_cli import PREFIX, assert_trouble, run

ROOT = Path(__file__).resolve().parents[2]


# --- item 3: -o never replaces what is not a regular file -------------------------


def test_output_to_a_symlink_writes_its_target_and_keeps_the_link(capsys, files, tmp_path):
    real = tmp_path / "reports" / "real.html"
    real.parent.mkdir()
    real.write_text("old report")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    code, out, err = run(capsys, files["original"], files["copy"], "-f", "html", "-o", link)
    assert (code, out, err) == (1, "", "")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*part")) and not list(real.parent.glob(".*part"))


def test_output_to_a_named_pipe_is_written_through(capsys, files, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(capsys, files["original"], files["copy"], "-o", fifo)
    reader.join(timeout=10)
    assert (code, err) == (1, "")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not a file
    assert received and received[0].startswith(b"mirrordiff ")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_output_to_a_device_is_written_through(capsys, files, tmp_path):
    null = tmp_path / "null"  # a /dev/null of our own: the real one must never be at risk
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    code, _, err = run(capsys, files["original"], files["copy"], "-o", null)
    assert (code, err) == (1, "")
    assert stat.S_ISCHR(null.stat().st_mode)  # was replaced by a regular file
    assert not list(tmp_path.glob(".null*"))  # no temporary left behind


# --- item 4: a failed run leaves the target alone -----------------------------------


@pytest.mark.parametrize("bad_copy", ["missing.txt", "picture.png"])
def test_a_failed_run_keeps_the_previous_report(capsys, files, tmp_path, bad_copy):
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    previous = tmp_path / "prev.html"
    previous.write_text("the previous report")
    code, _, err = run(capsys, files["original"], tmp_path / bad_copy, "-o", previous)
    assert_trouble(code, err, bad_copy)
    assert previous.read_text() == "the previous report"  # was 0 bytes


def test_a_failed_run_creates_no_target(capsys, files, tmp_path):
    target = tmp_path / "new.html"
    code, _, err = run(capsys, files["original"], tmp_path / "missing.txt", "-o", target)
    assert_trouble(code, err, "no such file")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == list((files["original"].parent).iterdir())


def test_one_failed_copy_of_several_keeps_the_stream_target(capsys, files, tmp_path):
    target = tmp_path / "all.txt"
    target.write_text("before")
    code, _, err = run(
        capsys, files["original"], files["copy"], tmp_path / "missing.txt", "-o", target
    )
    assert code == 2 and "missing.txt: no such file" in err
    assert target.read_text() == "before"


# --- item 12: inputs that are not regular files -------------------------------------


def test_a_named_pipe_as_input_is_refused_at_once(capsys, files, tmp_path):
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    code, out, err = run(capsys, files["original"], fifo)  # blocked forever before
    assert_trouble(code, err, "f: is a named pipe (FIFO), not a file")
    assert out == ""


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: Path("/dev/zero"), "is a device, not a file"),
        (lambda tmp: Path("/dev/urandom"), "is a device, not a file"),
        (lambda tmp: tmp, "is a folder, not a file"),
        (lambda tmp: _loop(tmp), "too many levels of symbolic links"),
        (lambda tmp: tmp / "nope" / "x.txt", "no such file"),
    ],
    ids=["dev-zero", "dev-urandom", "folder", "symlink-loop", "missing"],
)
def test_odd_inputs_get_one_line_and_exit_2(capsys, files, tmp_path, make, words):
    path = make(tmp_path)
    if not os.path.lexists(path) and "no such" not in words:
        pytest.skip(f"{path} does not exist here")
    for argv in ([files["original"], path], [path, files["copy"]]):
        code, out, err = run(capsys, *argv)
        assert_trouble(code, err, words)
        assert out == ""


def _loop(tmp: Path) -> Path:
    (tmp / "a").symlink_to(tmp / "b")
    (tmp / "b").symlink_to(tmp / "a")
    return tmp / "a"


def test_permission_denied_is_one_line(capsys, files, tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("x")

    real_open = os.open

    def refuse(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("compare.loading.os.open", refuse)  # root reads anything
    code, _, err = run(capsys, files["original"], locked)
    assert_trouble(code, err, "locked.txt: cannot read (permission denied)")


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_standard_input_is_read_with_the_size_limit(capsys, files, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(files["copy"].read_bytes()))
    code, out, err = run(capsys, files["original"], "-")
    assert (code, err) == (1, "")
    assert "Copy:     standard input" in out
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 5000))
    code, _, err = run(capsys, "-", files["copy"], "--max-size", "1000")
    assert_trouble(code, err, "standard input: more than the 1,000-byte limit")


def test_standard_input_only_once(capsys, files):
    code, _, err = run(capsys, "-", "-")
    assert_trouble(code, err, "standard input (-) can be only one of the inputs")


# --- item 13: closed standard output -------------------------------------------------


def _export(*argv: str, stdout_closed: bool = False, **kwargs) -> subprocess.CompletedProcess:
    script = f"import sys; from ui.cli import main; sys.exit(main({list(argv)!r}))"
    command = [sys.executable, "-c", script]
    if stdout_closed:  # the shell's ">&-"
        command = ["sh", "-c", 'exec "$@" >&-', "sh", *command]
    return subprocess.run(command, cwd=ROOT, capture_output=not stdout_closed,
                          stderr=subprocess.PIPE if stdout_closed else None,
                          check=False, **kwargs)  # fmt: skip


def test_closed_stdout_is_one_line_and_exit_2(files):
    done = _export(str(files["original"]), str(files["copy"]), stdout_closed=True)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert lines == [
        f"{PREFIX}standard output is closed; give -o PATH to write the report to a file"
    ]


def test_closed_stdout_is_fine_with_an_output_file(files, tmp_path):
    target = tmp_path / "r.txt"
    done = _export(str(files["original"]), str(files["copy"]), "-o", str(target),
                   stdout_closed=True)  # fmt: skip
    assert (done.returncode, done.stderr) == (1, b"")
    assert target.read_text().startswith("mirrordiff ")


def test_a_full_disk_on_stdout_is_one_line(capsys, files, monkeypatch):
    class Full:
        def write(self, data):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

        buffer = property(lambda self: self)

    monkeypatch.setattr(sys, "stdout", Full())
    code = main([str(files["original"]), str(files["copy"])])
    assert_trouble(code, capsys.readouterr().err, "standard output: cannot write")


# --- item 11: the engine's encoding labels, text codecs only ------------------------


@pytest.mark.parametrize("label", ["windows-874", "x-mac-cyrillic", "x-sjis", "unicode-1-1-utf-8"])
def test_browser_labels_are_accepted(capsys, files, label):
    code, _, err = run(capsys, files["original"], files["same"], "--encoding-copy", label)
    assert code in (0, 1) and err == ""


@pytest.mark.parametrize("label", ["undefined", "idna", "punycode", "unicode_escape", "rot13"])
def test_codecs_that_are_not_text_encodings_are_refused(capsys, files, tmp_path, label):
    surrogate = tmp_path / "s.txt"
    surrogate.write_text("\\ud800 text")
    code, _, err = run(capsys, files["original"], surrogate, "--encoding-copy", label,
                       "--format", "json")  # fmt: skip
    assert_trouble(code, err, f"--encoding-copy: unknown encoding {label!r}")
    assert "internal error" not in err


def test_output_to_dev_stdout_on_a_pipe_is_written_through(files):
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout here")
    done = _export(str(files["original"]), str(files["copy"]), "-o", "/dev/stdout")
    assert (done.returncode, done.stderr) == (1, b"")  # was "No such file or directory"
    assert done.stdout.startswith(b"mirrordiff ")
