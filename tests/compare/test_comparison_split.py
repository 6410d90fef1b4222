"""Changes of different nature are never one change (compare.comparison refinement)."""

from __future__ import annotations

from compare import Category, Op, compare, load_text
from compare.diffing import word_changes


def _changes(a: str, b: str):
    return compare(load_text(a, label="a"), load_text(b, label="b")).changes


def _words(a: str, b: str) -> list[tuple[str, str]]:
    return [(a[p:q], b[u:v]) for p, q, u, v in word_changes(a, b, 0, len(a), 0, len(b))]


def test_word_changes_are_whole_words_separated_by_equal_words() -> None:
    assert _words("déclaré Christophe", "dÃ©clarÃ© Christoph") == [
        ("déclaré", "dÃ©clarÃ©"),
        ("Christophe", "Christoph"),
    ]
    assert _words("prolonged drought —", "long drought -") == [("prolonged", "long"), ("—", "-")]
    # one difference: narrowed to its words
    assert _words("the cat sat", "the dog sat") == [("cat", "dog")]


def test_word_changes_never_run_past_the_change() -> None:
    # the equal ";" between an insertion and a deletion: must not grow past either end
    assert _words(";77", "7;") == [(";77", "7;")]
    assert _words("a b", "a b ") == [("", " ")]


def test_mojibake_beside_a_name_edit_is_counted_as_corruption() -> None:
    a = "« Nous regrettons », a déclaré Christophe Fanichet, président."
    b = "« Nous regrettons », a dÃ©clarÃ© Christoph Fanichet, président."
    changes = _changes(a, b)
    assert [(c.category, c.original.text, c.copy.text) for c in changes] == [
        (Category.CORRUPTION, "déclaré", "dÃ©clarÃ©"),
        (Category.EDIT, "Christophe", "Christoph"),
    ]


def test_a_misspelled_name_does_not_carry_the_unchanged_words_before_it() -> None:
    a = "Martínez saved Kingsley Coman's shot."
    b = "Martinez saved Kingsly Coman's shot."
    changes = _changes(a, b)
    name = [c for c in changes if "Kingsly" in c.copy.text]
    assert len(name) == 1 and name[0].copy.text == "Kingsly"
    assert name[0].category is Category.EDIT
    assert all("saved" not in c.copy.text for c in changes)


def test_consecutive_word_edits_stay_one_rewording() -> None:
    a = "The minister said the plan would cut costs sharply next year."
    b = "The minister claimed the scheme would cut costs sharply next year."
    changes = _changes(a, b)
    assert [(c.category, c.original.text, c.copy.text) for c in changes] == [
        (Category.EDIT, "said the plan", "claimed the scheme")
    ]


def test_a_paragraph_replaced_by_an_ad_is_a_missing_paragraph_and_an_ad() -> None:
    a = "First paragraph stays.\n\nThese records have dire consequences, she said.\n\nLast one."
    b = "First paragraph stays.\n\nAdvertisement\n\nLast one."
    changes = _changes(a, b)
    assert [(c.category, c.op) for c in changes] == [
        (Category.EDIT, Op.DELETE),
        (Category.BOILERPLATE, Op.INSERT),
    ]
    assert "These records" in changes[0].original.text
    assert changes[1].copy.text.strip() == "Advertisement"


def test_a_reworded_paragraph_is_not_split_as_boilerplate() -> None:
    a = "First paragraph stays.\n\nThe council approved the budget on Monday.\n\nLast one."
    b = "First paragraph stays.\n\nCouncillors passed the spending plan late on Monday.\n\nLast one."
    changes = _changes(a, b)
    assert all(c.category is Category.EDIT for c in changes)
    assert not any(c.op is Op.DELETE for c in changes)


def test_two_added_paragraphs_are_two_changes_each_with_one_separator() -> None:
    a = "The headset goes on sale in February.\n\nIt costs $3,499."
    b = (
        "The headset goes on sale in February.\n\nIt costs $3,499.\n\n"
        "Tags on the box say the device is made in China.\n\n"
        "Comments from early testers were mixed."
    )
    changes = _changes(a, b)
    assert [c.copy.text for c in changes] == [
        "\n\nTags on the box say the device is made in China.",
        "\n\nComments from early testers were mixed.",
    ]
    assert all(c.category is Category.EDIT and c.op is Op.INSERT for c in changes)


def test_two_deleted_paragraphs_in_the_middle_are_two_changes() -> None:
    first = "The first dropped paragraph said the mayor resigned."
    second = "The second dropped paragraph quoted her lawyer at length."
    a = f"Lead stays.\n\n{first}\n\n{second}\n\nEnd stays."
    b = "Lead stays.\n\nEnd stays."
    changes = _changes(a, b)
    assert [c.original.text for c in changes] == [f"{first}\n\n", f"{second}\n\n"]


def test_a_moved_paragraph_with_mojibake_names_the_damage_not_a_rewording() -> None:
    quote = "“We’re not going to be cutting rates until we’re confident,” Powell told reporters."
    damaged = quote.replace("“", "â€œ").replace("’", "â€™").replace("”", "â€\u009d")
    a = f"Title.\n\n{quote}\n\nSecond stays here.\n\nThird stays here.\n\nEnd."
    b = f"Title.\n\nSecond stays here.\n\nThird stays here.\n\n{damaged}\n\nEnd."
    moved = [c for c in _changes(a, b) if c.category is Category.MOVED]
    assert len(moved) == 2 and moved[0].pair == moved[1].id and moved[1].pair == moved[0].id
    for half in moved:
        assert "damaged characters" in half.reason and "reworded" not in half.reason
        assert "with-corruption" in half.evidence


def test_a_moved_paragraph_with_one_word_changed_says_which() -> None:
    para = "Scientists said the weather pattern, which began in June, is likely to push heat up."
    a = f"Title.\n\n{para}\n\nSecond stays here.\n\nThird stays here.\n\nEnd."
    b = f"Title.\n\nSecond stays here.\n\nThird stays here.\n\n{para.replace('the weather', 'a weather')}\n\nEnd."
    moved = [c for c in _changes(a, b) if c.category is Category.MOVED]
    assert len(moved) == 2
    assert all("reworded: “the” → “a”" in c.reason for c in moved), [c.reason for c in moved]


def test_a_block_of_short_lines_stays_one_change() -> None:
    a = "Lead paragraph of the story stays.\n\nEnd of the story stays."
    b = (
        "Lead paragraph of the story stays.\n\nTrending\n\nChef opens restaurant\n\n"
        "10 tips for sleep\n\nEnd of the story stays."
    )
    assert len(_changes(a, b)) == 1


def test_a_copy_that_lost_everything_is_one_change() -> None:
    a = "First paragraph of the story is here.\n\nSecond paragraph of the story is here."
    assert len(_changes(a, "")) == 1


def test_a_rewrapped_text_with_a_repeated_paragraph_is_all_typography() -> None:
    import textwrap

    # the copy re-wrapped the paragraphs into one block: the same words, so every
    # change is typography, even where a wrapped line repeats text found elsewhere
    # (it looked like a repeated headline and was cut out as boilerplate)
    a = "\n\n".join(
        [
            "Paragraph 146: The government hopes the law will take effect by the spring "
            "of next year.",
            "Paragraph 148: GENEVA (AP) — The World Health Organization said Thursday that "
            "mpox is no longer a global health emergency, citing a steady decline in cases.",
            "Paragraph 150: WASHINGTON (AP) — The Federal Reserve left its benchmark interest "
            "rate unchanged on Wednesday at about 5.3%, its highest level in 23 years, and "
            "signaled that it still expects to cut rates twice before the end of the year.",
            "Paragraph 196: Fed Holds Rates Steady, Signals Two Cuts Later This Year",
            "Paragraph 206: The government hopes the law will take effect by the spring "
            "of next year.",
        ]
    )
    changes = _changes(a, textwrap.fill(a, 72))
    assert changes and all(c.category is Category.TYPOGRAPHY for c in changes), [
        (c.category, c.reason) for c in changes if c.category is not Category.TYPOGRAPHY
    ]
