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
    # one difference: the change itself
    assert _words("the cat sat", "the dog sat") == [("the cat sat", "the dog sat")]


def test_word_changes_never_run_past_the_change() -> None:
    # the equal ";" between an insertion and a deletion: must not grow past either end
    assert _words(";77", "7;") == [(";77", "7;")]


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
    a = "Lead stays.\n\nFirst dropped paragraph here.\n\nSecond dropped one here.\n\nEnd stays."
    b = "Lead stays.\n\nEnd stays."
    changes = _changes(a, b)
    assert [c.original.text for c in changes] == [
        "First dropped paragraph here.\n\n",
        "Second dropped one here.\n\n",
    ]
