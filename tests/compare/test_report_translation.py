"""Reports of a translated copy: the first lines say what drifted, the findings link
to their places in both texts, input text stays text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import compare
from compare.findings import FindingKind, drift_parts, findings, tally
from compare.report import render

PAIR = Path(__file__).resolve().parents[1] / "benchmarks" / "translation" / "wildfire-fr"
HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)>"


def drifted_copy() -> str:
    """The French edition with a number changed, a paragraph deleted and markup pasted
    into one paragraph (as a scraper might leave it)."""
    paragraphs = (PAIR / "copy.txt").read_text(encoding="utf-8").replace("556 pompiers", "565 pompiers").split("\n\n")
    kept = [p for p in paragraphs if not p.startswith("Deuxièmement")]
    kept[1] += " " + HOSTILE
    return "\n\n".join(kept)


@pytest.fixture(scope="module")
def drifted():
    original = compare.load_path(PAIR / "original.txt", label="EU press release (en)")
    copy = compare.load_text(drifted_copy(), label="republished (fr)")
    return compare.compare(original, copy)


@pytest.fixture(scope="module")
def faithful():
    es = PAIR.parent / "wildfire-es"
    return compare.compare(compare.load_path(es / "original.txt"), compare.load_path(es / "copy.txt"))


def test_findings_are_in_reading_order_and_counted(drifted):
    t = tally(drifted)
    assert (t.facts_changed, t.paragraphs_missing, t.paragraphs_added) == (1, 1, 2)
    found = findings(drifted)
    assert [f.pair for f in found] == sorted(f.pair for f in found)
    missing = [f for f in found if f.kind is FindingKind.PARAGRAPH_MISSING]
    assert len(missing) == 1
    # the numbers of the deleted paragraph come right after it, as missing facts
    after = found[found.index(missing[0]) + 1]
    assert after.is_fact and drifted.facts[after.index].status.value == "missing"
    assert drift_parts(t)[:1] == ["1 fact changed"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_first_lines_say_what_drifted(drifted, fmt):
    report = render(drifted, fmt)
    head = report[: report.index("565")]  # before any detail
    assert "1 fact changed" in head and "1 paragraph missing" in head and "2 paragraphs added" in head
    assert "No differences" not in report and "boilerplate 0" not in report


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_faithful_translation_is_not_called_no_differences(faithful, fmt):
    report = render(faithful, fmt)
    assert "No differences" not in report
    assert "Every paragraph and every fact has its counterpart in the translation" in report


def test_the_facts_come_before_the_paragraph_list_in_text_and_markdown(drifted):
    for fmt, facts, changes in (
        ("text", "Facts (", "Paragraphs without counterpart"),
        ("markdown", "## Facts", "## Paragraphs without counterpart"),
    ):
        report = render(drifted, fmt)
        assert report.index(facts) < report.index(changes), fmt


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if attrs.get("href", "").startswith("#"):
            self.hrefs.append(attrs["href"][1:])


def test_html_findings_come_first_and_link_to_both_texts(drifted):
    page = render(drifted, "html")
    assert page.index("<h2>Findings") < page.index('<table class="sbs">')
    links = _Links()
    links.feed(page)
    assert links.hrefs and set(links.hrefs) <= links.ids  # no link leads nowhere
    (changed,) = [f for f in drifted.facts if f.status.value == "changed"]
    assert {f"f{changed.id}-o", f"f{changed.id}-c"} <= set(links.hrefs)
    # the deleted paragraph: linked in the original, its gap in the copy marked too
    (missing,) = [c for c in drifted.changes if "paragraph-missing" in c.evidence]
    assert f"h{missing.id}-o" in links.hrefs and f"h{missing.id}-c" in links.ids
    row = re.search(rf'<tr id="p\d+" class="changed">[^\n]*id="h{missing.id}-o"', page)
    assert row is not None


def test_html_keeps_pasted_markup_as_text(drifted):
    page = render(drifted, "html")
    links = _Links()
    links.feed(page)
    assert "script" not in links.tags and "img" not in links.tags
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
