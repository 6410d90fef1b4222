"""The window survives every reproduction of issue 11 (items 2, 7-12).

Each input is opened through the window's own loading path (a worker thread);
the window must show a clear message (a refusal in the message bar, or a warning
in the pane's header) and stay responsive: a normal comparison still runs after.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import wait_work
from ui.worker import Side

DATA = Path(__file__).resolve().parents[1] / "compare" / "data" / "encodings"

RU = (DATA / "ru.txt").read_text(encoding="utf-8")


def _still_responsive(window, qtbot, tmp_path: Path) -> None:
    a, b = tmp_path / "ok-a.txt", tmp_path / "ok-b.txt"
    a.write_text("One paragraph.\n\nTwo paragraphs.\n")
    b.write_text("One paragraph.\n\nTwo changed paragraphs.\n")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(a, b)
    assert window.comparison is not None and window.comparison.changes


def _page(text: str, charset: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n") if p)
    return f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'


#: name -> (file name, bytes, text the copy's header warning must contain or None,
#: text the loaded copy must contain)
LOADED = {
    "marked-section": (
        "b.html", b"<p>Intro.</p><![x[]]><p>Treaty is dead.</p>", None, "Treaty is dead.",
    ),
    "japanese-utf16": (
        "j.txt",
        "総額は過去最大となる見通しで、防衛費の増額が主な要因となっている。\n".encode("utf-16-le"),
        None, "防衛費",
    ),
    "stray-nul": ("nul.txt", b"Hello world.\x00 This is text.\n", "NUL byte", "This is text."),
    "lying-charset": (
        "koi8.html", _page(RU, "windows-1251").encode("koi8-r"), "does not fit", RU[:40],
    ),
    "mixed": (
        "mixed.txt",
        ("Министр заявил: «всё идёт по плану».\n" * 3).encode("utf-8")
        + ("Правительство утвердило программу.\n" * 3).encode("cp1251"),
        "Mixed encodings", "Правительство утвердило",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(LOADED))
def test_odd_inputs_load_with_a_visible_note(window, qtbot, tmp_path, case):
    name, data, warning, text = LOADED[case]
    original = tmp_path / "original.txt"
    original.write_text("Intro.\n\nTreaty stands.\n")
    copy = tmp_path / name
    copy.write_bytes(data)
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(original, copy)
    document = window.documents[Side.COPY]
    assert text in document.text
    header = window.panes[Side.COPY].header
    if warning is not None:
        assert header.warning.isVisible() and warning in header.warning.text()
    _still_responsive(window, qtbot, tmp_path)


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe")
    return tmp / "pipe"


def _loop(tmp: Path) -> Path:
    (tmp / "l1").symlink_to(tmp / "l2")
    (tmp / "l2").symlink_to(tmp / "l1")
    return tmp / "l1"


REFUSED = {
    "fifo": (_fifo, "named pipe"),
    "dev-zero": (lambda tmp: Path("/dev/zero"), "is a device"),
    "dev-urandom": (lambda tmp: Path("/dev/urandom"), "is a device"),
    "folder": (lambda tmp: tmp, "is a folder"),
    "symlink-loop": (_loop, "symbolic links"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_odd_files_are_refused_with_a_message(window, qtbot, tmp_path, case):
    make, words = REFUSED[case]
    path = make(tmp_path)
    if not os.path.lexists(path):
        pytest.skip(f"no {path} here")
    wait_work(qtbot, window, lambda: window.open_file(Side.COPY, path))  # blocked forever before
    assert window.message_bar.isVisible()
    assert words in window.message_bar.text.text()
    assert window.documents[Side.COPY] is None
    _still_responsive(window, qtbot, tmp_path)


@pytest.mark.parametrize(
    ("label", "ok"),
    [("windows-874", True), ("x-mac-cyrillic", True), ("x-sjis", True),
     ("undefined", False), ("idna", False), ("unicode_escape", False)],
)  # fmt: skip
def test_encoding_labels_in_the_window(window, qtbot, tmp_path, label, ok):
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text("Plain text.\n")
    copy.write_bytes(b"Plain text \\ud800.\n")
    with qtbot.waitSignal(window.comparison_ready, timeout=10_000):
        window.open_pair(original, copy)
    wait_work(qtbot, window, lambda: window.set_encoding(Side.COPY, label))
    if ok:
        assert window.documents[Side.COPY].encoding_method.value == "override"
        assert not window.message_bar.property("error")
    else:
        assert "unknown encoding" in window.message_bar.text.text()
    _still_responsive(window, qtbot, tmp_path)
