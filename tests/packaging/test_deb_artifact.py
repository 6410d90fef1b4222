"""The real package from `make deb`: inspected when MIRRORDIFF_DEB names it.

packaging/ci-check-deb.sh sets MIRRORDIFF_DEB after building; locally:
    make deb && MIRRORDIFF_DEB=dist/mirrordiff_<version>_<arch>.deb .venv/bin/pytest tests/packaging
Building takes minutes, so an ordinary test run does not build it.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, VERSION, require_tool

DEB = os.environ.get("MIRRORDIFF_DEB")
pytestmark = pytest.mark.skipif(
    not DEB,
    reason="inspects a built package: make deb, then "
    "MIRRORDIFF_DEB=dist/mirrordiff_<version>_<arch>.deb make test (CI does)",
)

# what the Qt xcb platform plugin and Qt itself load; missing any means a blank start
QT_SYSTEM_PACKAGES = (
    "libc6", "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libglib2.0-0",
    "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-randr0", "libx11-xcb1",
)  # fmt: skip


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deb")
    subprocess.run(["dpkg-deb", "-x", DEB, str(root)], check=True)
    return root


def _depends() -> set[str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", DEB, "Depends"], capture_output=True, text=True, check=True
    ).stdout
    return {alt.split()[0] for item in text.split(",") for alt in item.split("|")}


def test_depends_name_every_system_library_qt_needs():
    missing = [p for p in QT_SYSTEM_PACKAGES if p not in _depends()]
    assert missing == []


def test_bundled_resources_are_exactly_the_repositorys(unpacked):
    packaged = unpacked / "opt" / "mirrordiff" / "_internal" / "resources"
    source = ROOT / "resources"
    wanted = {
        p.relative_to(source)
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    shipped = {p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file()}
    assert shipped == wanted
    for rel in wanted:
        assert (packaged / rel).read_bytes() == (source / rel).read_bytes(), rel


def test_unused_qt_parts_are_left_out(unpacked):
    internal = unpacked / "opt" / "mirrordiff" / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libqgtk3.so", "libqvnc.so",
                     "libqjpeg.so", "libqtiff.so", "pytest", "hypothesis"):  # fmt: skip
        assert unwanted not in names
    for wanted in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvg.so"):
        assert wanted in names


def test_no_library_searches_a_folder_of_the_build_machine(unpacked):
    patchelf = require_tool("patchelf", "patchelf")
    offenders = []
    for path in (unpacked / "opt").rglob("*"):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        rpath = subprocess.run(
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True
        ).stdout.strip()
        if any(p and not p.startswith("$ORIGIN") for p in rpath.split(":")):
            offenders.append(f"{path.name}: {rpath}")
    assert offenders == []


def test_packaged_export_reports_the_project_version(unpacked):
    result = subprocess.run(
        [str(unpacked / "opt" / "mirrordiff" / "mirrordiff-export"), "--version"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(unpacked)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["mirrordiff-export", VERSION]


def _packages_with_data() -> tuple[str, ...]:
    spec = ast.parse((ROOT / "packaging" / "mirrordiff.spec").read_text(encoding="utf-8"))
    for node in spec.body:
        if (
            isinstance(node, ast.Assign)
            and getattr(node.targets[0], "id", "") == "PACKAGES_WITH_DATA"
        ):
            return ast.literal_eval(node.value)
    raise AssertionError("no PACKAGES_WITH_DATA in the spec")


def test_data_files_of_dependencies_that_read_them_are_packaged(unpacked):
    internal = unpacked / "opt" / "mirrordiff" / "_internal"
    packages = _packages_with_data()
    assert packages
    for package in packages:
        source = Path(importlib.util.find_spec(package).origin).parent
        data = [
            p.relative_to(source.parent)
            for p in source.rglob("*")
            if p.is_file()
            and p.suffix not in {".py", ".pyc", ".pyi", ".so"}
            and "__pycache__" not in p.parts
            and p.name != "py.typed"
        ]
        assert data, package
        missing = [str(rel) for rel in data if not (internal / rel).is_file()]
        assert missing == [], package


def test_the_python_runtime_and_the_platform_plugins_are_inside(unpacked):
    """No Debian package promises the exact libpython the bundle was built with."""
    internal = unpacked / "opt" / "mirrordiff" / "_internal"
    assert list(internal.glob("libpython3.*.so*")), "libpython is not in the package"
    for plugin in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert list(internal.rglob(f"platforms/{plugin}")), plugin
