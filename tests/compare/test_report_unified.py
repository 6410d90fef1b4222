"""The unified diff: familiar to patch readers, and it really is a patch."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
from compare import Category
from compare.report import ReportOptions, render
from compare.report.unified import split_lines

from .report_helpers import compared

HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$")


def apply_patch(original: str, patch: str) -> str:
    """A strict, tiny patch(1): every context and removed line must match exactly."""
    source = split_lines(original)
    out: list[str] = []
    at = 0
    lines = patch.split("\n")
    assert lines[0].startswith("--- ") and lines[1].startswith("+++ ")
    previous: str | None = None
    for line in lines[2:]:
        match = HUNK.match(line)
        if match:
            start = int(match.group(1))
            count = 1 if match.group(2) is None else int(match.group(2))
            first = start - 1 if count else start
            out.extend(source[at:first])
            at = first
        elif line.startswith(" ") or line.startswith("-"):
            assert source[at].rstrip("\n") == line[1:], (source[at], line)
            if line.startswith(" "):
                out.append(source[at])
            at += 1
        elif line.startswith("+"):
            out.append(line[1:] + "\n")
        elif line == "\\ No newline at end of file":
            assert previous is not None
            if previous.startswith("+"):  # context and removed lines come from the source
                out[-1] = out[-1][:-1]
        else:
            assert line == "" or line.startswith("# ["), line
        previous = line
    out.extend(source[at:])
    return "".join(out)


def test_sample_patch_turns_the_original_into_the_copy(sample_pair):
    original, copy = sample_pair
    result = compare.compare(compare.load_path(original), compare.load_path(copy))
    patch = render(result, "unified")
    assert patch.startswith("--- original-ap.txt\n+++ copy-kproxy.txt\n@@ -1")
    assert apply_patch(result.original.text, patch) == result.copy.text
    comments = [line for line in patch.splitlines() if line.startswith("# [")]
    assert len(comments) == len(result.changes)
    for change in result.changes:
        assert any(f"[{change.category.value}] #{change.id} " in c for c in comments)


@pytest.mark.skipif(shutil.which("patch") is None, reason="GNU patch is not installed")
def test_gnu_patch_applies_it(tmp_path, sample_pair):
    original, copy = sample_pair
    result = compare.compare(compare.load_path(original), compare.load_path(copy))
    target = tmp_path / "article.txt"
    target.write_text(result.original.text, encoding="utf-8")
    patch = render(result, "unified")
    done = subprocess.run(
        ["patch", str(target)], input=patch.encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8") == result.copy.text


def test_comments_follow_their_hunk_and_name_the_category():
    result = compared(
        "one\ntwo\nthree\n" + "same\n" * 10 + "four\n", "one\n2\nthree\n" + "same\n" * 10 + "for\n"
    )
    patch = render(result, "unified")
    hunks = patch.split("\n@@ ")
    assert len(hunks) == 3  # headers + two hunks far apart
    assert "# [" in hunks[1] and "# [" in hunks[2]
    assert "#1 line 2" in hunks[1] and "#2 line 14" in hunks[2]


def test_identical_texts_give_an_empty_diff():
    assert render(compared("same\n", "same\n"), "unified") == ""


def test_hunks_of_ignored_changes_are_left_out():
    result = compared(
        "A “quoted” word.\n" + "x\n" * 10 + "old end\n",
        'A "quoted" word.\n' + "x\n" * 10 + "new end\n",
    )
    first = result.changes[0].category
    patch = render(result, "unified", ReportOptions(ignore=frozenset({first})))
    if first is not result.changes[-1].category:
        assert patch.count("\n@@ ") == 1
        assert f"[{first.value}]" not in patch
    everything = frozenset(Category)
    assert render(result, "unified", ReportOptions(ignore=everything)) == ""


LINES = st.lists(st.sampled_from(["a", "b", "c d", "", "é", "a\u200b", "x y z"]), max_size=8)


@settings(max_examples=40, deadline=None)
@given(LINES, LINES, st.booleans(), st.booleans())
def test_patch_always_rebuilds_the_copy(a_lines, b_lines, a_newline, b_newline):
    a = "\n".join(a_lines) + ("\n" if a_newline and a_lines else "")
    b = "\n".join(b_lines) + ("\n" if b_newline and b_lines else "")
    result = compared(a, b)
    patch = render(result, "unified")
    if result.identical:
        assert patch == ""
    else:
        assert apply_patch(result.original.text, patch) == result.copy.text


def test_a_translation_has_no_context_lines_only_its_unpartnered_paragraphs_and_facts():
    from pathlib import Path

    import compare as engine

    pair = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "wildfire-fr"
    copy = (pair / "copy.txt").read_text(encoding="utf-8").replace("556 pompiers", "565 pompiers")
    result = engine.compare(engine.load_path(pair / "original.txt"), engine.load_text(copy))
    out = render(result, "unified")
    lines = out.splitlines()
    assert lines[2] == "# translation mode (en → fr): paragraphs aligned, not diffed"
    assert not [line for line in lines if line.startswith(" ")]  # no context across languages
    assert "+Plus de détails figurent dans le communiqué de presse." in lines
    assert [line for line in lines if "556" in line] == ["# [fact] F2: number changed: 556 → 565"]
    assert "No newline" not in out
