"""mirrordiff-export --mode: a translation is aligned, not diffed, unless told otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.cli import main

PAIR = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "wildfire-es"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def drifted(tmp_path) -> Path:
    path = tmp_path / "copia.txt"
    text = (PAIR / "copy.txt").read_text(encoding="utf-8")
    path.write_text(text.replace("600 millones", "60 millones"), encoding="utf-8")
    return path


def test_auto_mode_aligns_a_spanish_translation_and_reports_the_changed_amount(capsys, drifted):
    code, out, err = run(capsys, PAIR / "original.txt", drifted, "--format", "json")
    assert (code, err) == (1, "")  # a changed amount is a content edit

    report = json.loads(out)
    assert report["summary"]["mode"] == "translation"
    assert report["summary"]["languages"] == {"original": "en", "copy": "es"}
    changed = [f for f in report["facts"] if f["status"] == "changed"]
    assert [f["reason"] for f in changed] == ["amount changed: €600 million → 60 millones de euros"]


def test_the_text_report_says_which_mode_and_lists_the_fact(capsys, drifted):
    code, out, _ = run(capsys, PAIR / "original.txt", drifted)
    assert code == 1
    assert "Verdict: The copy differs: 1 fact changed" in out
    assert "Languages: English → Spanish; translation mode: the languages differ" in out
    assert "Facts (1 changed, 0 missing, 0 added," in out
    assert "amount changed: €600 million → 60 millones de euros" in out


def test_mode_same_forces_the_word_diff(capsys, drifted):
    code, out, _ = run(capsys, PAIR / "original.txt", drifted, "--mode", "same", "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["summary"]["mode"] == "same"
    assert "by hand" in report["summary"]["mode_reason"]
    assert "alignment" not in report


def test_mode_translation_on_one_language_aligns_it(capsys):
    original = PAIR / "original.txt"
    code, out, _ = run(capsys, original, original, "--mode", "translation", "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert report["summary"]["mode"] == "translation"
    assert all(p["original"] and p["copy"] for p in report["alignment"])


def test_an_unknown_mode_is_trouble(capsys):
    code, out, err = run(capsys, PAIR / "original.txt", PAIR / "copy.txt", "--mode", "fuzzy")
    assert (code, out) == (2, "")
    assert "--mode" in err and len(err.splitlines()) == 1


def test_a_faithful_translation_exits_0(capsys):
    code, out, _ = run(capsys, PAIR / "original.txt", PAIR / "copy.txt")
    assert code == 0
    assert "Verdict: Every paragraph and every fact has its counterpart in the translation" in out
    assert "No differences" not in out  # a translation is never "no differences": it differs in language
