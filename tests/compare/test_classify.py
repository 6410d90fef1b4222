"""Classification (compare.classify) on the bundled sample and on mixed changes."""

from __future__ import annotations

import pytest

from compare import Category, compare, load_path, load_text
from compare.classify import MAX_REASON, classify, quote


@pytest.fixture(scope="module")
def sample():
    from tests.conftest import SAMPLES

    return compare(
        load_path(SAMPLES / "original-ap.txt"), load_path(SAMPLES / "copy-kproxy.txt")
    )


def _find(result, category, copy_fragment=None, original_fragment=None):
    hits = [
        c
        for c in result.changes
        if c.category is category
        and (copy_fragment is None or copy_fragment in c.copy.text)
        and (original_fragment is None or original_fragment in c.original.text)
    ]
    assert len(hits) == 1, [(c.category, c.original.text, c.copy.text) for c in result.changes]
    return hits[0]


def test_sample_proxy_bar_with_its_headline_is_one_boilerplate_change(sample) -> None:
    change = _find(sample, Category.BOILERPLATE, "kproxy.com")
    assert change.copy.start == 0
    assert change.copy.text.rstrip().endswith("cannot be ruled out")
    assert change.reason == (
        "proxy navigation bar (kproxy) with 2 proxied links and the repeated headline"
    )
    assert {"proxy-url", "navigation", "repeated-headline", "document-head"} <= set(
        change.evidence
    )


def test_sample_source_link_is_boilerplate(sample) -> None:
    change = _find(sample, Category.BOILERPLATE, "Source link")
    assert change.copy.end == len(sample.copy.text)
    assert "document-tail" in change.evidence


def test_sample_cut_entity_is_one_corruption_change(sample) -> None:
    (change,) = [c for c in sample.changes if c.category is Category.CORRUPTION]
    assert change.original.text == "don’t"
    assert change.copy.text == "don\u0335\n\n7;t"
    assert change.reason == (
        "`&#8217;` (’) cut after `&#821`: head → U+0335 COMBINING SHORT STROKE OVERLAY, "
        "tail `7;` left, split by paragraph break"
    )
    assert change.evidence == ("cut-entity", "decoded-head", "paragraph-break")


def test_sample_misplaced_quote_and_dash_are_typography(sample) -> None:
    quote_change = _find(sample, Category.TYPOGRAPHY, "“he")
    assert "misplaced quote" in quote_change.reason
    dash = _find(sample, Category.TYPOGRAPHY, "–")
    assert dash.original.text == "—" and dash.reason == "em dash — became en dash –"


def test_sample_rewordings_are_edits(sample) -> None:
    edits = [c for c in sample.changes if c.category is Category.EDIT]
    reworded = {c.original.text: c.copy.text for c in edits}
    assert reworded["been sharing highly"] == "shared"
    assert "supersonic" in reworded["edge in hypersonic"]
    assert reworded[""].strip() == "on"  # where the space goes is the diff's choice
    inside = [c for c in edits if "inside-quote" in c.evidence]
    assert inside and all(c.reason.startswith("inside a quotation") for c in inside)


def test_sample_has_nothing_else(sample) -> None:
    assert dict(sample.counts) == {
        Category.BOILERPLATE: 2,
        Category.CORRUPTION: 1,
        Category.TYPOGRAPHY: 2,
        Category.EDIT: 7,
        Category.MOVED: 0,
    }
    assert 0.9 < sample.similarity < 1.0


def test_every_reason_is_one_short_line(sample) -> None:
    for change in sample.changes:
        assert change.reason and len(change.reason) <= MAX_REASON
        assert "\n" not in change.reason
        assert all(code == code.lower() and " " not in code for code in change.evidence)


def _verdict(old: str, new: str, before: str = "He said ", after: str = " today."):
    a, b = before + old + after, before + new + after
    return classify(a, b, len(before), len(before) + len(old), len(before), len(before) + len(new))


def test_mixed_change_is_an_edit_that_mentions_the_typography() -> None:
    verdict = _verdict("talks — held", "negotiations – held")
    assert verdict.category is Category.EDIT
    assert "with-typography" in verdict.evidence
    assert "also typography" in verdict.reason


def test_number_change_says_both_numbers() -> None:
    verdict = _verdict("1,550", "1,500")
    assert verdict.category is Category.EDIT
    assert verdict.reason == "number changed: 1,550 → 1,500"
    assert "number" in verdict.evidence


def test_changed_quotation_is_flagged() -> None:
    verdict = _verdict("will not", "will", before="“We ", after=" rule it out,” he said.")
    assert verdict.category is Category.EDIT
    assert {"inside-quote", "negation"} <= set(verdict.evidence)
    assert verdict.reason.startswith("inside a quotation")


def test_name_change() -> None:
    verdict = _verdict("Lavrov", "Peskov", before="Minister Sergey ")
    assert "name" in verdict.evidence and verdict.reason.startswith("name changed")


def test_sentence_initial_capital_is_not_a_name() -> None:
    verdict = _verdict("The", "A", before="Fine. ", after=" vote passed.")
    assert "name" not in verdict.evidence


def test_invisible_insert_is_named_with_its_code() -> None:
    result = compare(load_text("a word here", label="a"), load_text("a wo\u200brd here", label="b"))
    (change,) = result.changes
    assert change.category is Category.CORRUPTION
    assert change.reason == "U+200B ZERO WIDTH SPACE inserted"


def test_glued_boilerplate_after_an_edit_is_split_off() -> None:
    a = "Prices rose 2% in March, the statistics office said.\n"
    b = "Prices climbed 2% in March, the statistics office said. Read more: Inflation explained\n"
    result = compare(load_text(a, label="a"), load_text(b, label="b"))
    categories = {c.copy.text.strip(): c.category for c in result.changes}
    assert categories["climbed"] is Category.EDIT
    assert categories["Read more: Inflation explained"] is Category.BOILERPLATE


def test_quote_shortens_and_flattens() -> None:
    assert quote("a\nb") == "“a b”"
    assert quote("x" * 100, 10) == "“xxxxxxxxx…”"


@pytest.mark.parametrize(
    ("old", "new"),
    [("1,150", "1.150"), ("51.2%", "51,2 %"), ("5,224", "5 224"), ("2.7%,", "2,7%,")],
)
def test_same_number_in_another_locale_format_is_typography(old, new) -> None:
    verdict = _verdict(old, new, before="Officials counted ", after=" ballots.")
    assert verdict.category is Category.TYPOGRAPHY
    assert "number-format" in verdict.evidence
    assert "same value" in verdict.reason


@pytest.mark.parametrize(("old", "new"), [("1,150", "1,500"), ("1,150", "1.15"), ("51.2%", "52,1%")])
def test_a_changed_number_stays_an_edit(old, new) -> None:
    verdict = _verdict(old, new, before="Officials counted ", after=" ballots.")
    assert verdict.category is Category.EDIT
    assert "number" in verdict.evidence


def test_abbreviation_without_full_stops_is_not_a_name_change() -> None:
    verdict = _verdict("U.S.", "US", before="The ", after=" economy grew.")
    assert verdict.category is Category.TYPOGRAPHY
    assert verdict.evidence == ("abbreviation",)
    assert _verdict("U.S.", "UK", before="The ", after=" economy grew.").category is Category.EDIT


def test_german_sharp_s_is_a_spelling_variant_not_letter_case() -> None:
    verdict = _verdict("außerordentlich", "ausserordentlich", before="sie sind ", after=" gut")
    assert verdict.category is Category.TYPOGRAPHY
    assert "spelling-variant" in verdict.evidence and "letter case" not in verdict.reason


def test_a_dropped_sentence_that_starts_like_a_marker_is_an_omission() -> None:
    a = "Officials met on Monday.\n\nRead more about the policy in Sunday’s edition, the paper said.\n"
    result = compare(load_text(a, label="a"), load_text("Officials met on Monday.\n", label="b"))
    (change,) = result.changes
    assert change.category is Category.EDIT and "omission" in change.evidence


def test_reworded_reason_quotes_quote_characters_unambiguously() -> None:
    verdict = _verdict("“We’re", "“We are", after=" here,” she said.")
    assert "‹“We’re› → ‹“We are›" in verdict.reason
    assert quote("plain", 20, "“x") == "‹plain›"


def test_an_insertion_that_brings_its_line_break_is_no_rewording():
    """A paragraph break on the original's side and a promo + breaks on the copy's
    side: the words are added, never "reworded: ¶ → …" (issue 10)."""
    from compare.classify import classify

    original = "The bank raised rates.\nMarkets fell.\n"
    copy = "The bank raised rates.\n\nDownload our free app for breaking news alerts\n\nMarkets fell.\n"
    a0 = original.index("\n")
    b0 = copy.index("\n")
    verdict = classify(original, copy, a0, a0 + 1, b0, copy.index("Markets"))
    assert "reworded" not in verdict.reason and "¶" not in verdict.reason
    assert "added" in verdict.reason or verdict.category == "boilerplate"


ZH = (
    "四名宇航员在成功发射后前往国际空间站。\n\n"
    "三名美国宇航员和一名日本宇航员首次乘坐商业飞船执行轮换任务。\n\n"
    "他们将于周一抵达空间站，与两名俄罗斯人和一名美国人会合。\n"
)


@pytest.mark.parametrize(
    ("added", "reason"),
    [
        # Chinese has no spaces between words: a paragraph is counted in characters,
        # not called one "word"
        ("这次任务将持续大约六个月，宇航员将在空间站进行许多科学实验。", "paragraph added (30 characters)"),
        ("科学实验。", "5 characters added"),
    ],
)
def test_text_without_spaces_is_measured_in_characters(added: str, reason: str) -> None:
    from compare import compare, load_text

    copy = ZH.replace("\n\n他们", f"\n\n{added}\n\n他们")
    changes = compare(load_text(ZH, label="original"), load_text(copy)).changes
    assert [c.reason.split(":")[0] for c in changes] == [reason]
