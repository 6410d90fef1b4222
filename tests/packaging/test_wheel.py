"""The Python package (wheel) carries every resource and builds without warnings."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_the_wheel_holds_every_resource_and_builds_quietly(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "is absent from the `packages` configuration" not in out.stderr
    (wheel,) = tmp_path.glob("mirrordiff-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "resources"
    wanted = {
        "mirrordiff_resources/" + p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert wanted <= names, sorted(wanted - names)[:5]
