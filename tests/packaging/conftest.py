"""Shared paths for the packaging tests; every test here is marked ``packaging``."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.mirrordiff.Mirrordiff"
VERSION = re.search(
    r'^__version__\s*=\s*"([^"]+)"', (ROOT / "compare" / "_version.py").read_text(), re.M
).group(1)


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.packaging)


def require_tool(name: str, package: str) -> str:
    """The tool's path; the test is skipped, naming the Debian package, when it is absent."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path
