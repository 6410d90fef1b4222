"""Assemble: similarity counts content only; the chrome a copy added is its own figure."""

from __future__ import annotations

from compare import Category, compare, load_text
from compare.report.jsonreport import comparison_dict

ARTICLE = (
    "Four astronauts are on their way to the International Space Station after a successful "
    "launch of SpaceX rocket Crew Dragon.\n\n"
    "They are due to arrive at the International Space Station late Monday, joining two "
    "Russians and one American who flew there last month from Kazakhstan.\n"
)
CHROME = "Home › World › Science\n\nShare this article: Facebook Twitter WhatsApp\n\n"


def test_a_copy_that_only_adds_chrome_is_as_similar_as_a_bare_copy() -> None:
    result = compare(load_text(ARTICLE, label="original"), load_text(CHROME + ARTICLE))
    assert {c.category for c in result.changes} == {Category.BOILERPLATE}
    assert result.similarity == 1.0
    assert result.chrome_chars == len("".join(CHROME.split()))
    assert 0 < result.chrome_share < 1


def test_chrome_does_not_dilute_a_real_edit() -> None:
    edited = ARTICLE.replace("late Monday", "early Tuesday")
    bare = compare(load_text(ARTICLE, label="original"), load_text(edited))
    wrapped = compare(load_text(ARTICLE, label="original"), load_text(CHROME + edited))
    assert wrapped.similarity == bare.similarity < 1.0


def test_a_run_of_chrome_lines_of_one_region_is_one_change() -> None:
    copy = ARTICLE + "\nTags: space, NASA\nSource link\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    assert len(changes) == 1 and changes[0].category is Category.BOILERPLATE


def test_the_json_report_carries_the_chrome_figure() -> None:
    result = compare(load_text(ARTICLE, label="original"), load_text(CHROME + ARTICLE))
    summary = comparison_dict(result)["summary"]
    assert summary["chrome"] == {"characters": result.chrome_chars, "share": result.chrome_share}
    assert summary["similarity"] == 1.0


def test_the_verdict_of_a_copy_that_only_adds_chrome_is_about_the_article() -> None:
    from compare.report._common import verdict

    result = compare(load_text(ARTICLE, label="original"), load_text(CHROME + ARTICLE))
    assert verdict(result) == "Article text unchanged; the copy added site chrome (1 boilerplate)"
    edited = compare(
        load_text(ARTICLE, label="original"), load_text(CHROME + ARTICLE.replace("Monday", "Friday"))
    )
    assert verdict(edited).startswith("The copy differs: 1 boilerplate, 1 edit")
