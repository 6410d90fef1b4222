"""Every report format of the bundled sample pair, against its golden file.

The engine's classifier changes these reports on purpose from time to time:
regenerate them with ``MIRRORDIFF_REGEN_GOLDEN=1 .venv/bin/pytest tests/golden``
(see conftest.py) and review the diff.
"""

from __future__ import annotations

import pytest

import compare
from compare import Category
from compare.report import ReportOptions, render
from tests.conftest import ROOT

#: the sample pair by relative paths, so the reports hold no machine-specific path
ORIGINAL = "resources/samples/original-ap.txt"
COPY = "resources/samples/copy-kproxy.txt"


@pytest.fixture
def sample_comparison(monkeypatch):
    monkeypatch.chdir(ROOT)
    original = compare.load_path(ORIGINAL, label="AP original")
    copy = compare.load_path(COPY, label="kproxy copy")
    return compare.compare(original, copy)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("html", "sample.html"),
        ("text", "sample.txt"),
        ("markdown", "sample.md"),
        ("unified", "sample.diff"),
        ("json", "sample.json"),
    ],
)
def test_sample_report(sample_comparison, golden, fmt, name):
    golden(name, render(sample_comparison, fmt))


def test_sample_text_report_ignoring_typography(sample_comparison, golden):
    options = ReportOptions(ignore=frozenset({Category.TYPOGRAPHY}))
    golden("sample-ignore-typography.txt", render(sample_comparison, "text", options))


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("html", "translation.html"), ("text", "translation.txt"), ("markdown", "translation.md")],
)
def test_translation_report(monkeypatch, golden, fmt, name):
    """The bundled English statement against its Russian translation, two facts drifted."""
    monkeypatch.chdir(ROOT)
    original = compare.load_path("resources/samples/statement-en.txt", label="State Department (en)")
    copy = compare.load_path("resources/samples/statement-ru-drifted.txt", label="republished (ru)")
    golden(name, render(compare.compare(original, copy), fmt))
