"""Fixtures for the command line tests: small article files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

ORIGINAL_TEXT = (
    "MOSCOW (AP) — Russian President Vladimir Putin said Thursday that there is no need.\n\n"
    "“We don’t need it,” he said.\n\n"
    "Russia’s edge in hypersonic weapons was noted.\n"
)
COPY_TEXT = (
    "MOSCOW (AP) – Russian President Vladimir Putin said on Thursday that there is no need.\n\n"
    "“We don’t need it,” he said.\n\n"
    "Russia’s edge in supersonic weapons was noted.\n\n"
    "Source link"
)


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """original.txt, copy.txt (differs), same.txt (identical to the original)."""
    paths = {
        "original": tmp_path / "original.txt",
        "copy": tmp_path / "copy.txt",
        "same": tmp_path / "same.txt",
    }
    paths["original"].write_text(ORIGINAL_TEXT, encoding="utf-8")
    paths["copy"].write_text(COPY_TEXT, encoding="utf-8")
    paths["same"].write_text(ORIGINAL_TEXT, encoding="utf-8")
    return paths
