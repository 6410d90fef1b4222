"""Typography (compare.typography): fold, sameness and the editor's description."""

from __future__ import annotations

import pytest

from compare.typography import describe, enclose, fold, same


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("it’s", "it's"),
        ("“yes”", '"yes"'),
        ("„ja“", '"ja"'),
        ("«oui»", '"oui"'),
        ("a — b", "a -- b"),
        ("a – b", "a - b"),
        ("wait…", "wait..."),
        ("a  b", "a b"),
        ("5\u00a0km", "5 km"),
        ("10\u2009000", "10 000"),
        ("line one\nline two", "line one line two"),
        ("para one.\n\npara two.", "para one. para two."),
        ("infor-\nmation", "information"),
        ("café", "cafe\u0301"),
        ("ﬁnal", "final"),
        ("co\u00adoperate", "cooperate"),
        ("race,” he", "race, “he"),
        ("تحذر", "تحـــذر"),
        ("18", "١٨"),
        ("18", "۱۸"),
        ("18", "１８"),
        ("火箭，于", "火箭,于"),
        ("发射。", "发射."),
        ("（AP）", "(AP)"),
        ("außerordentlich", "ausserordentlich"),
        ("Fahrgäste können", "Fahrgaeste koennen"),
    ],
)
def test_typography_variants_are_the_same_text(old: str, new: str) -> None:
    assert same(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("it’s", "its"),
        ("1,550", "1,500"),
        ("well-known", "well known"),
        ("a-b", "ab"),
        ("“yes”", "yes"),
        ("same", "same"),  # identical text is not a typography *change*
    ],
)
def test_content_changes_are_not_typography(old: str, new: str) -> None:
    assert not same(old, new)


def test_fold_is_stable() -> None:
    text = "“Hello” — it’s… here"
    assert fold(fold(text)) == fold(text) == "\"Hello\" - it's... here"


@pytest.mark.parametrize(
    ("old", "new", "parts", "reason", "evidence"),
    [
        ("’", "'", [("’", "'")], "curly quote ’ became straight '", "quote-style"),
        ('"', "”", [('"', "”")], "straight quote \" became curly ”", "quote-style"),
        ("”", "“", [("”", "“")], "closing quote ” became opening “", "quote-direction"),
        ("—", "–", [("—", "–")], "em dash — became en dash –", "dash"),
        ("—", "--", [("—", "--")], "em dash — became double hyphen --", "dash"),
        ("…", "...", [("…", "...")], "ellipsis … became dots ...", "ellipsis"),
        ("  ", " ", [("  ", " ")], "double spaces became one", "spacing"),
        (" ", "\u00a0", [(" ", "\u00a0")], "no-break space (NBSP) instead of a space", "spacing"),
        (" ", "\n\n", [(" ", "\n\n")], "paragraph split in two", "paragraph-split"),
        ("\n\n", " ", [("\n\n", " ")], "two paragraphs joined", "paragraph-join"),
        (" ", "\n", [(" ", "\n")], "space became a line break", "line-rewrap"),
        ("race,” he", "race, “he", [], "misplaced quote mark", "misplaced-quote"),
        ("« non »", "“non”", [], "guillemets « » became “ quotes", "quote-style"),
        ("تحذر", "تحـــذر", [("", "ـــ")], "stretched with tatweel", "tatweel"),
        ("18", "١٨", [("18", "١٨")], "digits written in Arabic-Indic form (١٨ for 18)", "digit-form"),
        ("，", ",", [("，", ",")], "full-width ， became ASCII ,", "full-width"),
        ("außerordentlich", "ausserordentlich", [("ß", "ss")], "ß as ss", "spelling-variant"),
        ("HELLO", "Hello", [], "letter case changed", "letter-case"),
    ],
)
def test_descriptions(old, new, parts, reason, evidence) -> None:
    text, codes = describe(old, new, parts)
    assert reason in text
    assert evidence in codes


def test_many_line_breaks_are_one_rewrap() -> None:
    old = "a b c d"
    new = "a\nb\nc d"
    text, codes = describe(old, new, [(" ", "\n"), (" ", "\n")])
    assert text == "lines re-wrapped (2 line breaks moved), same words"
    assert codes == ("line-rewrap",)


def test_other_digits_and_letters_are_not_typography() -> None:
    assert not same("18", "١٩")  # 18 -> 19 in Arabic-Indic digits
    assert not same("Fahrgäste", "Fahrgast")
    assert not same("，", "。")


def test_enclose_never_collides_with_quote_marks() -> None:
    assert enclose("word") == "“word”"
    assert enclose("“We’re") == "‹“We’re›"
    assert enclose("«", "Â«") == "‹«›"
    assert enclose("x", "“y") == "‹x›"  # fragments quoted side by side match
    assert enclose("‹“›") == "`‹“›`"
