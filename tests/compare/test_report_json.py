"""The mirrordiff/1 JSON report: DESIGN.md's contract, checked against the schema."""

from __future__ import annotations

import copy as copy_module
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare
from compare.report import ReportOptions, render
from compare.report.jsonreport import comparison_dict

from .report_helpers import compared, schema, validator

TOP_KEYS = ["schema", "tool", "original", "copy", "summary", "changes", "groups"]
DOCUMENT_KEYS = [
    "label", "path", "sha256", "size", "format", "encoding", "encoding_method", "confidence",
    "alternatives", "bom", "newline", "undecodable_bytes", "declared_encoding", "notes", "text",
]  # fmt: skip
CHANGE_KEYS = ["id", "category", "op", "original", "copy", "reason", "evidence"]


@pytest.fixture
def sample_comparison(sample_pair):
    original, copy = sample_pair
    return compare.compare(compare.load_path(original), compare.load_path(copy))


def test_schema_itself_is_valid_draft_2020_12():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_sample_report_validates_and_follows_the_design(sample_comparison):
    text = render(sample_comparison, "json")
    assert text.endswith("}\n")
    report = json.loads(text)
    validator().validate(report)
    # the published keys first, in order; the additions of later issues after them
    assert list(report) == [*TOP_KEYS, "facts"]
    assert report["summary"]["mode"] == "same"
    assert report["summary"]["languages"] == {"original": "en", "copy": "en"}
    assert report["schema"] == "mirrordiff/1"
    assert report["tool"] == {"name": "mirrordiff", "version": compare.__version__}
    assert list(report["original"]) == DOCUMENT_KEYS
    assert list(report["summary"]["counts"]) == [
        "boilerplate", "corruption", "typography", "edit", "moved"
    ]  # fmt: skip
    assert report["summary"]["similarity"] == sample_comparison.similarity
    assert sum(report["summary"]["counts"].values()) == len(report["changes"]) > 0
    for change in report["changes"]:
        assert list(change)[: len(CHANGE_KEYS)] == CHANGE_KEYS
    # non-ASCII written as itself, two-space indentation
    assert "don\u0335" in text and "\\u0335" not in text
    assert '\n  "tool": {\n    "name"' in text


def test_offsets_index_the_texts_and_rebuild_them_exactly(sample_comparison):
    report = json.loads(render(sample_comparison, "json"))
    for side in ("original", "copy"):
        text = report[side]["text"]
        rebuilt, at = [], 0
        for change in report["changes"]:
            span = change[side]
            assert text[span["start"] : span["end"]] == span["text"]
            rebuilt.append(text[at : span["start"]])
            rebuilt.append(span["text"])
            at = span["end"]
        rebuilt.append(text[at:])
        assert "".join(rebuilt) == text


def test_ignore_keeps_every_change_and_lists_the_ignored(sample_comparison):
    options = ReportOptions(ignore=frozenset({compare.Category.TYPOGRAPHY, compare.Category.EDIT}))
    report = json.loads(render(sample_comparison, "json", options))
    validator().validate(report)
    assert report["summary"]["ignored"] == ["typography", "edit"]
    assert len(report["changes"]) == len(sample_comparison.changes)
    assert "ignored" not in json.loads(render(sample_comparison, "json"))["summary"]


def test_moved_pair_is_written_and_required():
    paragraph = "This paragraph is long enough to count as moved text in the comparison."
    result = compared(
        f"{paragraph}\n\nMiddle one.\n\nEnd one.\n", f"Middle one.\n\nEnd one.\n\n{paragraph}\n"
    )
    report = comparison_dict(result)
    validator().validate(report)
    moved = [c for c in report["changes"] if c["category"] == "moved"]
    assert len(moved) == 2
    first, second = moved
    assert first["pair"] == second["id"] and second["pair"] == first["id"]


def _minimal_report() -> dict:
    return comparison_dict(compared("We don’t need it.\n", "We don't need it!\n"))


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(lambda r: r.update(extra=1), id="unknown top-level field"),
        pytest.param(lambda r: r["original"].update(colour="red"), id="unknown document field"),
        pytest.param(lambda r: r["original"].pop("sha256"), id="missing sha256"),
        pytest.param(
            lambda r: r["original"].update(encoding_method="guess"), id="bad encoding_method"
        ),
        pytest.param(lambda r: r["summary"]["counts"].pop("moved"), id="missing count"),
        pytest.param(lambda r: r["changes"][0].update(category="style"), id="bad category"),
        pytest.param(lambda r: r["changes"][0].update(op="swap"), id="bad op"),
        pytest.param(lambda r: r["changes"][0]["copy"].update(start=-1), id="negative offset"),
        pytest.param(lambda r: r["changes"][0]["copy"].update(end=1.5), id="offset not integer"),
        pytest.param(lambda r: r["changes"][0].update(pair=1), id="pair on a non-moved change"),
        pytest.param(lambda r: r["changes"][0].update(category="moved"), id="moved without pair"),
        pytest.param(lambda r: r.update(schema="mirrordiff/2"), id="other schema version"),
        pytest.param(lambda r: r["original"].update(newline="\u2028"), id="bad newline"),
    ],
)
def test_schema_rejects_reports_that_break_the_contract(breakage):
    report = _minimal_report()
    validator().validate(report)
    broken = copy_module.deepcopy(report)
    breakage(broken)
    assert not validator().is_valid(broken)


def test_schema_checks_that_op_matches_the_spans():
    report = _minimal_report()
    change = report["changes"][0]
    assert change["op"] == "replace"
    change["op"] = "insert"  # an insert has nothing on the original side
    assert not validator().is_valid(report)


# characters that stress every layer: newlines, quotes, NBSP, zero-width, marks, entities
ALPHABET = "ab \n’'\"—-\u00a0\u200b\u0335&#;<>é\u0301x7"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=60), st.text(alphabet=ALPHABET, max_size=60))
def test_any_text_pair_gives_a_valid_report_that_rebuilds_both_texts(a, b):
    result = compared(a, b)
    report = json.loads(render(result, "json"))
    validator().validate(report)
    # the equal runs between changes are the same text on both sides
    a_at = b_at = 0
    for change in report["changes"]:
        assert (
            report["original"]["text"][a_at : change["original"]["start"]]
            == (report["copy"]["text"][b_at : change["copy"]["start"]])
        )
        a_at, b_at = change["original"]["end"], change["copy"]["end"]
    for side in ("original", "copy"):
        text = report[side]["text"]
        pieces, at = [], 0
        for change in report["changes"]:
            span = change[side]
            assert span["start"] >= at
            pieces += [text[at : span["start"]], span["text"]]
            at = span["end"]
        pieces.append(text[at:])
        assert "".join(pieces) == text


def test_a_translation_report_validates_and_links_facts_to_both_texts():
    from pathlib import Path

    pair = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "wildfire-fr"
    original = compare.load_path(pair / "original.txt")
    copy = compare.load_text((pair / "copy.txt").read_text(encoding="utf-8").replace("556", "565"))
    report = json.loads(render(compare.compare(original, copy), "json"))
    validator().validate(report)
    assert report["summary"]["mode"] == "translation"
    assert report["summary"]["languages"] == {"original": "en", "copy": "fr"}
    assert list(report)[-2:] == ["alignment", "facts"]
    starts = [p["original"]["start"] for p in report["alignment"] if p["original"]]
    assert starts == sorted(starts)
    assert report["alignment"][-1]["original"] is None  # the French contact line
    (changed,) = [f for f in report["facts"] if f["status"] == "changed"]
    assert changed["kind"] == "number"
    assert changed["value"] == {"original": "556", "copy": "565"}
    assert changed["reason"] == "number changed: 556 → 565"
    for side in ("original", "copy"):
        text = report[side]["text"]
        assert text[changed[side]["start"] : changed[side]["end"]] == changed[side]["text"]
    # a reader of the original contract still finds sorted, non-overlapping changes
    for first, second in zip(report["changes"], report["changes"][1:], strict=False):
        assert first["original"]["end"] <= second["original"]["start"]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    original=st.text(st.sampled_from(["a", "b", " ", "\n", '"', "\\", "\x00", "\u2028", "é", "ж"]), max_size=40),
    copy=st.text(st.sampled_from(["a", "c", " ", "\n", '"', "\\", "\x01", "\u2028", "é", "ж"]), max_size=40),
    slice_chars=st.integers(1, 9),
)
def test_the_written_report_is_the_rendered_report_encoded(original, copy, slice_chars, monkeypatch):
    # the file is built piece by piece (documents' texts a slice at a time) to hold
    # less memory; it must be byte for byte what the rendered report encodes to
    from compare.report import jsonreport

    monkeypatch.setattr(jsonreport, "TEXT_SLICE_CHARS", slice_chars)
    result = compare.compare(
        compare.load_text(original, label="original"), compare.load_text(copy, label="copy")
    )
    options = ReportOptions()
    written = jsonreport.PRESENTER.encoded(result, options)
    assert bytes(written) == render(result, "json").encode("utf-8")
