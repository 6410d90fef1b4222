"""The reports fresh-check's installed package must reproduce (linux/reference-reports.sh).

installed-check.sh compares the installed mirrordiff-export's report of each pair with
these, byte for byte: a pair that is not in translation mode here would let a package
without its language model, date data or transliteration tables pass.
"""

from __future__ import annotations

import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from .conftest import LINUX, ROOT

TRANSLATION_PAIRS = sorted(p.name for p in (ROOT / "tests/benchmarks/translation").iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def pairs(tmp_path_factory) -> Path:
    if not (ROOT / ".venv/bin/mirrordiff-export").exists():
        pytest.skip("needs the project's .venv (make setup)")
    tar = tmp_path_factory.mktemp("reference") / "pairs.tar"
    subprocess.run(["sh", str(LINUX / "reference-reports.sh"), str(tar)], check=True, capture_output=True)
    out = tar.parent / "pairs"
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python 3.11.4+
    with tarfile.open(tar) as archive:
        archive.extractall(out, **safe)
    return out


def test_every_translated_pair_and_both_samples_are_there(pairs):
    names = sorted(p.name for p in pairs.iterdir())
    assert names == sorted([*TRANSLATION_PAIRS, "sample", "statement-ru"])
    for pair in pairs.iterdir():
        assert {p.name for p in pair.iterdir()} == {
            "original.txt", "copy.txt", "expected.json", "expected-status",
        }  # fmt: skip


def test_translated_pairs_are_read_in_translation_mode_with_their_facts(pairs):
    for name in [*TRANSLATION_PAIRS, "statement-ru"]:
        report = json.loads((pairs / name / "expected.json").read_text(encoding="utf-8"))
        summary = report["summary"]
        assert summary["mode"] == "translation", name
        assert summary["languages"]["original"] == "en" and summary["languages"]["copy"] != "en"
        assert report["facts"], name  # something for the installed package to get right
    sample = json.loads((pairs / "sample" / "expected.json").read_text(encoding="utf-8"))
    assert sample["summary"]["mode"] == "same"
    assert (pairs / "sample" / "expected-status").read_text().strip() == "1"


def test_the_reports_name_the_files_as_the_installed_check_runs_them(pairs):
    """Relative names, so the installed package's report can equal it byte for byte."""
    report = json.loads((pairs / "minsk-ru" / "expected.json").read_text(encoding="utf-8"))
    assert report["original"]["path"] == "original.txt"
    assert report["copy"]["path"] == "copy.txt"
