"""Corruption detectors (compare.corruption): every reason is a checked repair."""

from __future__ import annotations

import pytest

from compare import Category, compare, load_text
from compare.corruption import char_name, codec_order, explain, explain_change, explain_insert, show


@pytest.mark.parametrize(
    ("clean", "damaged", "evidence", "reason"),
    [
        ("don’t", "donâ€™t", "mojibake", "“’” became “â€™”: UTF-8 read as Windows-1252"),
        ("café", "cafÃ©", "mojibake", "“é” became “Ã©”: UTF-8 read as Windows-1252"),
        ("Zürich", "ZÃ¼rich", "mojibake", "UTF-8 read as Windows-1252"),
        ("naïve", "naÃ¯ve", "mojibake", "UTF-8 read as Windows-1252"),
        ("Привет", "РџСЂРёРІРµС‚", "mojibake", "UTF-8 read as Windows-1251 (Cyrillic)"),
        ("Příliš žluťoučký", "PĹ™Ă­liĹˇ ĹľluĹĄouÄŤkĂ˝", "mojibake", "UTF-8 read as Windows-1250"),
        ("don’t", "donÃ¢â‚¬â„¢t", "mojibake", "UTF-8 read as Windows-1252 twice"),
        ("it’s", "it&#8217;s", "literal-entity", "HTML entity `&#8217;` (’) left as literal text"),
        ("it’s", "it&rsquo;s", "literal-entity", "`&rsquo;`"),
        ("5\u00a0km", "5&nbsp;km", "literal-entity", "`&nbsp;`"),
        ("it’s", "it&#x2019;s", "literal-entity", "`&#x2019;`"),
        ("don’t", "don&#8217t", "literal-entity", "`&#8217` (’) left as text, missing its `;`"),
        ("don’t", "don\x92t", "mojibake", "“’” became U+0092 control character: Windows-1252 read"),
        ('"no"', "&amp;quot;no&amp;quot;", "double-escaped", "`&amp;quot;` is ‹\"› HTML-escaped twice"),
        ("AT&T", "AT&amp;amp;T", "double-escaped", "escaped twice"),
        ("don’t", "don\u0335\n\n7;t", "cut-entity",
         "`&#8217;` (’) cut after `&#821`: head → U+0335 COMBINING SHORT STROKE OVERLAY"),
        ("don’t", "don&#821\n\n7;t", "cut-entity", "cut after `&#821`, tail `7;` left"),
        ("it’s", "it&rsq uo;s", "cut-entity", "`&rsquo;` (’) cut after `&rsq`"),
        ("don’t", "don?t", "lost-character", "“’” lost: replaced by “?”"),
        ("Zürich", "Z?rich", "lost-character", "“ü” lost"),
        ("Zürich", "Z\ufffdrich", "replacement-char", "U+FFFD"),
        ("ceasefire", "cease\u200bfire", "zero-width", "U+200B ZERO WIDTH SPACE inserted"),
        ("word", "\ufeffword", "zero-width", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("word", "wo\u2060rd", "zero-width", "U+2060 WORD JOINER"),
        ("word", "wo\x07rd", "control-char", "U+0007 control character"),
        ("word", "wo\x85rd", "control-char", "U+0085"),
        ("left", "le\u200eft", "bidi-control", "U+200E LEFT-TO-RIGHT MARK"),
        ("very good", "<em>very</em> good", "leaked-tag", "HTML tag `<em>` leaked"),
        ("end. Next", "end.</p> Next", "leaked-tag", "`</p>`"),
        ("one two", "one<br />two", "leaked-tag", "`<br />`"),
        ("ended", "en\u0336ded", "stray-mark", "U+0336 COMBINING LONG STROKE OVERLAY"),
        ("résumé", "resume", "accent-stripped", "accents lost"),
    ],
)
def test_damage_is_explained_from_the_clean_side(clean, damaged, evidence, reason) -> None:
    found = explain(clean, damaged)
    assert found is not None, (clean, damaged)
    assert evidence in found.evidence
    assert reason in found.reason
    assert len(found.reason) < 120 and "\n" not in found.reason


@pytest.mark.parametrize(
    ("clean", "damaged"),
    [
        ("hypersonic", "supersonic"),  # a real edit
        ("1,550", "1,500"),
        ("Biden", "Bidden"),
        ("don’t", "do not"),
        ("Zürich", "Zurich?"),  # a question mark added is not a lost letter
        ("cafe", "café"),  # an accent added is not damage we can prove
        ("it’s", "its"),
        ("AT&T", "AT and T"),
        ("", "word"),
    ],
)
def test_real_changes_are_not_corruption(clean: str, damaged: str) -> None:
    assert explain(clean, damaged) is None


def test_the_original_can_be_the_damaged_side() -> None:
    found = explain_change("cafÃ©", "café")
    assert found is not None
    assert found.reason.startswith("in the original:")
    assert "original-side" in found.evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("\u200b", "zero-width"),
        ("\ufffd\ufffd", "replacement-char"),
        ("<br />", "leaked-tag"),
        ("</em>", "leaked-tag"),
        ("&nbsp;", "literal-entity"),
        ("\u0335", "stray-mark"),
        ("&rsq", "entity-fragment"),
    ],
)
def test_insertions_made_only_of_damage(text: str, evidence: str) -> None:
    found = explain_insert(text)
    assert found is not None and evidence in found.evidence


def test_an_ordinary_insertion_is_not_damage() -> None:
    assert explain_insert("on ") is None
    assert explain_insert("<3 love it") is None


def test_invisible_characters_are_named() -> None:
    assert char_name("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert char_name("\x07") == "U+0007 control character"
    assert show("\u200b") == "<U+200B ZERO WIDTH SPACE>"
    assert show("a\u200bb") == "a<U+200B>b"


def test_several_kinds_of_damage_at_once_are_each_named() -> None:
    found = explain("It’s very good", "It&rsquo;s <em>very</em> good")
    assert found.reason == (
        "several kinds of damage: HTML tag `<em>` leaked, entity `&rsquo;` left as text"
    )
    assert set(found.evidence) == {"leaked-tag", "literal-entity"}
    found = explain("It’s café", "It&rsquo;s cafÃ©")
    assert found.reason.startswith("“é” became “Ã©”: UTF-8 read as Windows-1252; also entity")


@pytest.mark.parametrize(
    ("clean", "damaged", "evidence", "reason"),
    [
        # mojibake that lost a byte (red-team §3)
        ("much,”", "much,â€\ufffd", "lost-byte", "became U+FFFD"),
        ("much,”", "much,â€", "lost-byte", "UTF-8 read as Windows-1252"),
        ("it’s", "itâs", "lost-byte", "dropped"),
        ("à la", "Ã  la", "lost-byte", "NBSP byte"),
        ("Grève à", "GrÃ¨ve Ã", "lost-byte", "Ã¨ve Ã"),
        # entity pieces
        ("said", "said&#82", "entity-fragment", "`&#82`"),
        ("café’s", "café&rsq", "entity-fragment", "`&rsquo;` (’) cut after `&rsq`"),
        ("company’s", "company&rsquos", "literal-entity", "`&rsquo` (’) left as text, missing its `;`"),
        ("over,” Tedros", "over,&amp;quot; <em>Tedros</em>", "double-escaped", "escaped twice"),
        # emoji the copy broke: said from the copy's side
        ("👍🏽", "👍", "emoji-damaged", "lost its skin-tone modifier U+1F3FD"),
        ("👨\u200d👩\u200d👧", "👨👩👧", "emoji-damaged", "lost its zero-width joiners"),
        # Mac Roman mojibake beside a clean curly apostrophe in the same run
        ("café’s", "caf√©’s", "mojibake", "Mac Roman"),
        # a scraper's JSON/Markdown escaping
        ("café’s", "café\\'s", "backslash-escape", "backslash escape `\\'`"),
        ('said "no"', 'said \\"no\\"', "backslash-escape", "(+1 more)"),
    ],
)
def test_red_team_damage(clean, damaged, evidence, reason) -> None:
    found = explain_change(clean, damaged)
    assert found is not None, (clean, damaged)
    assert evidence in found.evidence
    assert reason in found.reason
    assert not found.reason.startswith("in the original")


def test_a_real_edit_is_not_lost_byte_mojibake() -> None:
    found = explain_change("à", "a")  # an accent lost, not a byte
    assert found is not None and "lost-byte" not in found.evidence
    assert explain_change("said", "said it") is None
    assert explain_change("much,”", "much,”!") is None


def test_quote_characters_are_not_wrapped_in_curly_quotes() -> None:
    found = explain_change("“I", "â€œI")
    assert "‹“› became ‹â€œ›" in found.reason
    found = explain_change("«", "Â«")
    assert "‹«› became ‹Â«›" in found.reason  # not "«" became "Â"


def test_a_joiner_the_copy_dropped_is_said_from_the_copy() -> None:
    found = explain_change("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u062e\u0648\u0627\u0647\u0645")
    assert found.reason.startswith("the copy dropped the original's U+200C ZERO WIDTH NON-JOINER")
    assert "dropped-joiner" in found.evidence


def test_one_codec_names_a_documents_mojibake() -> None:
    # "Ã©" fits Windows-1252 and Latin-1; the C1 controls of "â\x80\x99" fit only
    # Latin-1: the whole document is then said to be Latin-1
    document = "caf\u00c3\u00a9 d\u00e2\u0080\u0099une"
    assert codec_order(document)[0][1] == "Latin-1"
    assert "Latin-1" in explain("café", "cafÃ©", document).reason
    assert "Windows-1252" in explain("café", "cafÃ©").reason


@pytest.mark.parametrize(
    ("clean", "damaged", "mark"),
    [
        ("Bellini", "Bell\N{REPLACEMENT CHARACTER}ni", "U+FFFD"),
        ("Stefano", "St\N{REPLACEMENT CHARACTER}\N{REPLACEMENT CHARACTER}fano", "U+FFFD"),
        ("euros.", "euro\N{REPLACEMENT CHARACTER}.", "U+FFFD"),
        ("Bologna", "Bolo?na", "“?”"),
    ],
)
def test_a_plain_letter_lost_to_a_replacement_mark_is_corruption(clean, damaged, mark):
    result = compare(load_text(f"The mayor of {clean} spoke.\n"), load_text(f"The mayor of {damaged} spoke.\n"))
    (change,) = result.changes
    assert change.category is Category.CORRUPTION
    assert mark in change.reason and "encoding without it" not in change.reason


def test_a_question_mark_after_a_word_is_not_a_lost_letter():
    result = compare(load_text("Did he go. Yes.\n"), load_text("Did he go? Yes.\n"))
    (change,) = result.changes
    assert change.category is not Category.CORRUPTION
