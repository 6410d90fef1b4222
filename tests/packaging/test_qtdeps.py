"""packaging/linux/qtdeps.py: Qt's system libraries, derived from the plugins with ldd.

On a fresh machine `ldd libqxcb.so` reports "not found" for what Debian lacks; these tests
put a stand-in `ldd` on PATH that answers like that for a stand-in PySide6 folder.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest

from .conftest import LINUX

_spec = importlib.util.spec_from_file_location("qtdeps", LINUX / "qtdeps.py")
qtdeps = importlib.util.module_from_spec(_spec)
sys.modules["qtdeps"] = qtdeps  # dataclasses look their module up there
_spec.loader.exec_module(qtdeps)

# what the stand-in ldd prints per object (file name): a fresh Debian without X libraries
LDD = {
    "libqxcb.so": [
        "libQt6XcbQpa.so.6 => {pyside}/Qt/lib/libQt6XcbQpa.so.6 (0x1)",
        "libxcb-icccm.so.4 => not found",
        "libxcb-keysyms.so.1 => not found",
        "libglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x2)",
        "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x3)",
    ],
    "libqtvirtualkeyboardplugin.so": [
        "libQt6VirtualKeyboard.so.6 => not found",
        "libxcb-xinerama.so.0 => not found",
    ],
    "libqvnc.so": ["libvncserver.so.1 => not found"],
    "QtWidgets.abi3.so": ["libEGL.so.1 => not found", "libGL.so.1 => not found"],
}


@pytest.fixture
def fresh_machine(tmp_path, monkeypatch):
    pyside = tmp_path / "PySide6"
    for rel in ("Qt/plugins/platforms/libqxcb.so", "Qt/plugins/platforms/libqvnc.so",
                "Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                "Qt/plugins/designer/libqquickwidget.so", "QtWidgets.abi3.so"):  # fmt: skip
        (pyside / rel).parent.mkdir(parents=True, exist_ok=True)
        (pyside / rel).write_bytes(b"\x7fELF")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cases = "\n".join(
        f'  */{name}) cat <<"EOF"\n' + "\n".join(f"\t{line}" for line in lines).format(pyside=pyside)
        + "\nEOF\n  ;;"
        for name, lines in LDD.items()
    )  # fmt: skip
    ldd = bin_dir / "ldd"
    ldd.write_text(f'#!/bin/sh\ncase "$1" in\n{cases}\nesac\n', encoding="utf-8")
    ldd.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    return pyside


def test_missing_libraries_of_shipped_plugins_become_their_debian_packages(fresh_machine, capsys):
    assert qtdeps.main(["packages", "--pyside", str(fresh_machine)]) == 0
    packages = capsys.readouterr().out.split()
    # the xcb plugin's (the hand list lacked icccm4/keysyms1), the bindings' GL libraries
    assert packages == ["libegl1", "libgl1", "libxcb-icccm4", "libxcb-keysyms1"]


def test_dropped_plugins_and_plugins_needing_absent_qt_libraries_ask_for_nothing(
    fresh_machine, capsys
):
    """VNC is dropped; the virtual keyboard needs QtQuick, which the wheel lacks."""
    qtdeps.main(["packages", "--pyside", str(fresh_machine)])
    packages = capsys.readouterr().out.split()
    assert "libvncserver1" not in packages
    assert "libxcb-xinerama0" not in packages


def test_check_names_each_missing_library_and_what_links_it(fresh_machine, capsys):
    assert qtdeps.main(["check", "--pyside", str(fresh_machine)]) == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4 is missing (linked by libqxcb.so)" in err
    assert "libGL.so.1 is missing (linked by QtWidgets.abi3.so)" in err
    assert "libvncserver" not in err


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),  # name ends in a digit: a dash
        ("libGL.so.1", "libgl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libpng16.so.16", "libpng16-16"),
        ("libbz2.so.1.0", "libbz2-1.0"),  # the soname's whole version (Debian 13's freetype)
        ("libfoo_bar.so.2", "libfoo-bar2"),
    ],
)
def test_debian_naming_policy_fallback(soname, package):
    assert qtdeps.policy_name(soname) == package


def test_the_soname_table_matches_the_packages_installed_here():
    """qt-sonames.txt maps every library the venv's Qt links to the package shipping it."""
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system (dpkg is missing)")
    result = subprocess.run(
        [sys.executable, str(LINUX / "qtdeps.py"), "table", "--check"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
