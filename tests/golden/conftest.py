"""Golden report files, and the switch that rewrites them.

Regenerate every golden file (after a deliberate change to a report or to the
engine's output) with::

    MIRRORDIFF_REGEN_GOLDEN=1 .venv/bin/pytest tests/golden

then review ``git diff tests/golden`` and commit it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parent / "files"
REGEN_VARIABLE = "MIRRORDIFF_REGEN_GOLDEN"


def regenerating() -> bool:
    return os.environ.get(REGEN_VARIABLE, "") not in ("", "0")


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """``golden(name, actual)``: compare with ``files/<name>``, or rewrite it when regenerating."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN_DIR / name
        if regenerating():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual.encode("utf-8"))
            return
        if not path.exists():
            pytest.fail(
                f"no golden file {path.name}; create it with {REGEN_VARIABLE}=1 pytest tests/golden"
            )
        expected = path.read_bytes().decode("utf-8")
        if actual != expected:
            import difflib

            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    f"golden/{name}",
                    "actual",
                    n=1,
                )
            )
            pytest.fail(
                f"{name} differs from its golden file (if the change is intended, run "
                f"{REGEN_VARIABLE}=1 .venv/bin/pytest tests/golden and review git diff):\n"
                + diff[:4000]
            )

    return check
