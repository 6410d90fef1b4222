"""The alignment: paragraphs, words, characters (compare.diffing, compare.tokens)."""

from __future__ import annotations

import textwrap

import pytest

from compare import Cancelled, Category, Op, compare, dmp, load_text
from compare.diffing import anchored_diff, diff_texts, line_key
from compare.tokens import Encoder, is_boundary, tokenize

LEAD = (
    "Russian President Vladimir Putin said Thursday that there is no need for a military "
    "alliance between Russia and China now, but noted that it could be established."
)
SECOND = (
    "Putin’s statement signaled a deepening of ties between Moscow and Beijing amid "
    "growing tensions with the United States."
)
THIRD = "The Kremlin initially opposed Washington’s request, but its position changed this week."


def _changes(a: str, b: str):
    return compare(load_text(a, label="a"), load_text(b, label="b")).changes


def _hunks(a: str, b: str):
    return [(a[h.a0 : h.a1], b[h.b0 : h.b1]) for h in diff_texts(a, b, budget=200_000)]


# -- tokens ------------------------------------------------------------------------------


def test_a_space_carrying_a_combining_mark_is_one_token() -> None:
    assert tokenize("a \u0301b") == ["a", " \u0301", "b"]


def test_a_word_keeps_its_combining_marks() -> None:
    assert tokenize("don\u0335 7;t") == ["don\u0335", " ", "7", ";", "t"]


def test_ascii_fast_path_gives_the_same_tokens() -> None:
    from compare.tokens import TOKEN

    text = "It's 1,550 -- ok\n\nfoo_bar\tbaz."
    assert tokenize(text) == TOKEN.findall(text)


def test_grapheme_boundaries() -> None:
    assert is_boundary("ab", 1)
    assert not is_boundary("e\u0301x", 1)
    assert not is_boundary("👩\u200d👧", 1)
    assert is_boundary("👩\u200d👧 x", 3)


def test_grapheme_boundaries_far_into_a_long_line_match_segmenting_the_whole_line() -> None:
    import random

    from compare.tokens import GRAPHEME


    # marks, joiners, flags, Hangul jamo, a Prepend (U+0600), Devanagari conjuncts,
    # long runs without anything below U+0300: the local restart must agree everywhere
    alphabet = ["a", " ", "\u0301", "\u200d", "\U0001F469", "\U0001F1E6", "\U0001F1E8",
                "\u0600", "\u1100", "\u1161", "\u0915", "\u094d", "\u4e2d", "\ufe0f"]
    rng = random.Random(7)
    for _ in range(40):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(300, 700)))
        ends = {0} | {m.end() for m in GRAPHEME.finditer(text)}
        for pos in range(len(text) + 1):
            assert is_boundary(text, pos) == (pos in ends), (text, pos)


def test_encoder_skips_the_surrogate_block() -> None:
    encoder = Encoder()
    codes = encoder.encode([str(i) for i in range(0xD800 + 10)])
    assert not any(0xD800 <= ord(c) < 0xE000 for c in codes)
    assert len(set(codes)) == 0xD800 + 10


# -- words -------------------------------------------------------------------------------


def test_no_half_word_highlights() -> None:
    hunks = _hunks("edge in hypersonic weapons", "edge in supersonic weapons")
    assert hunks == [("hypersonic", "supersonic")]


def test_character_detail_inside_a_changed_word() -> None:
    (change,) = _changes("hypersonic weapons", "supersonic weapons")
    assert change.original.text == "hypersonic"
    assert [(d.original.text, d.copy.text) for d in change.details] == [("hy", "su")]


def test_detail_never_splits_a_grapheme() -> None:
    (change,) = _changes("cafe\u0301 open", "cafe\u0300 open")
    (detail,) = change.details
    assert detail.original.text == "e\u0301" and detail.copy.text == "e\u0300"


def test_a_deletion_does_not_swallow_both_spaces() -> None:
    assert _hunks("said on Thursday that", "said Thursday that") == [("on ", "")]


# -- white space, re-wrapping, re-flow ---------------------------------------------------


def test_hard_wrapped_copy_is_one_whitespace_change_per_paragraph() -> None:
    a = f"{LEAD}\n\n{SECOND}\n"
    b = textwrap.fill(LEAD, 40) + "\n\n" + textwrap.fill(SECOND, 40) + "\n"
    changes = _changes(a, b)
    assert len(changes) == 2
    for change in changes:
        assert change.category is Category.TYPOGRAPHY
        assert "re-wrapped" in change.reason
        assert change.original.text.split() == change.copy.text.split()
        # the details are the line breaks themselves
        assert all(d.copy.text == "\n" and d.original.text == " " for d in change.details)


def test_a_rewrapped_paragraph_with_one_real_edit_keeps_the_edit_apart() -> None:
    a = f"{LEAD}\n"
    b = textwrap.fill(LEAD.replace("military alliance", "defence pact"), 40) + "\n"
    changes = _changes(a, b)
    edits = [c for c in changes if c.category is Category.EDIT]
    assert [(c.original.text, c.copy.text) for c in edits] == [
        ("military alliance", "defence pact")
    ]
    assert all(c.category in (Category.EDIT, Category.TYPOGRAPHY) for c in changes)


def test_paragraph_split_and_join_are_whitespace_changes() -> None:
    assert _hunks(f"{LEAD} {SECOND}", f"{LEAD}\n\n{SECOND}") == [(" ", "\n\n")]
    assert _hunks(f"{LEAD}\n\n{SECOND}", f"{LEAD} {SECOND}") == [("\n\n", " ")]


def test_line_key_folds_spacing_and_typography() -> None:
    assert line_key("“Hello”  —  it’s\u00a0me\n") == line_key('"Hello" - it\'s me')


def test_a_typography_only_paragraph_still_anchors_the_alignment() -> None:
    a = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    b = f"{LEAD}\n\n{SECOND.replace('’', chr(39))}\n\n{THIRD.replace('opposed', 'backed')}\n"
    assert _hunks(a, b) == [("Putin’s", "Putin's"), ("opposed", "backed")]


# -- paragraphs: moves, duplicates, rewrites ------------------------------------------------


def test_a_swapped_pair_of_paragraphs_is_one_moved_pair() -> None:
    changes = _changes(f"{LEAD}\n\n{SECOND}\n", f"{SECOND}\n\n{LEAD}\n")
    assert [c.category for c in changes] == [Category.MOVED, Category.MOVED]
    first, second = changes
    assert first.pair == second.id and second.pair == first.id
    assert {first.op, second.op} == {Op.DELETE, Op.INSERT}
    assert LEAD in first.original.text + first.copy.text


def test_moves_can_be_switched_off() -> None:
    from compare import Options

    a, b = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n", f"{SECOND}\n\n{THIRD}\n\n{LEAD}\n"
    result = compare(
        load_text(a, label="a"), load_text(b, label="b"), Options(detect_moves=False)
    )
    assert Category.MOVED not in {c.category for c in result.changes}
    assert result.changes


def test_a_duplicated_paragraph_is_one_insertion() -> None:
    changes = _changes(f"{LEAD}\n\n{SECOND}\n", f"{LEAD}\n\n{LEAD}\n\n{SECOND}\n")
    (change,) = changes
    assert change.op is Op.INSERT and LEAD in change.copy.text
    assert "duplicate" in change.evidence


def test_a_rewritten_paragraph_is_one_replacement_not_confetti() -> None:
    rewritten = (
        "Moscow officials declared on Friday that no pact with Beijing is required at "
        "present though one may be formed later on, the Kremlin leader added."
    )
    changes = _changes(f"{LEAD}\n\n{SECOND}\n", f"{rewritten}\n\n{SECOND}\n")
    assert len(changes) == 1
    assert changes[0].original.text.startswith("Russian") and changes[0].category is Category.EDIT


# -- the dmp adapter and the paragraph anchoring ------------------------------------------


def test_work_budget_is_deterministic_and_still_correct() -> None:
    a = " ".join(f"word{i}" for i in range(400))
    b = " ".join(f"word{i * 7 % 401}" for i in range(400))
    small = diff_texts(a, b, budget=5)
    assert small == diff_texts(a, b, budget=5)  # the same on any machine, any run
    # even when the budget runs out, the hunks still account for every character
    covered_a = sum(h.a1 - h.a0 for h in small)
    assert covered_a <= len(a)


def test_anchored_diff_matches_unique_lines_and_covers_everything() -> None:
    encoder = Encoder()
    a_lines = [f"paragraph {i}" for i in range(200)]
    b_lines = [*a_lines[:50], "new", *a_lines[50:150], *a_lines[160:]]
    a, b = encoder.encode(a_lines), encoder.encode(b_lines)
    pieces = anchored_diff(a, b, dmp.WorkBudget(10_000))
    rebuilt_a = "".join(p.text for p in pieces if p.kind is not dmp.Kind.INSERT)
    rebuilt_b = "".join(p.text for p in pieces if p.kind is not dmp.Kind.DELETE)
    assert rebuilt_a == a and rebuilt_b == b
    assert sum(len(p.text) for p in pieces if p.kind is dmp.Kind.DELETE) == 10
    assert sum(len(p.text) for p in pieces if p.kind is dmp.Kind.INSERT) == 1


# -- progress and cancelling -----------------------------------------------------------------


def test_progress_is_reported_and_reaches_one() -> None:
    seen: list[float] = []
    a = "\n\n".join(f"Paragraph {i} says something." for i in range(30))
    b = a.replace("says", "tells")
    compare(load_text(a, label="a"), load_text(b, label="b"), progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)
    assert seen == sorted(seen)


def test_cancelling_stops_the_comparison() -> None:
    a = "\n\n".join(f"Paragraph {i} says something." for i in range(30))
    b = a.replace("says", "tells")
    with pytest.raises(Cancelled):
        compare(load_text(a, label="a"), load_text(b, label="b"), cancelled=lambda: True)


def test_cancelling_reaches_into_one_long_diff() -> None:
    # one region only (no line in common), so only the diff itself can notice
    a = " ".join(f"alpha{i}" for i in range(3000))
    b = " ".join(f"beta{i}" if i % 3 else f"alpha{i}" for i in range(3000))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        compare(load_text(a, label="a"), load_text(b, label="b"), cancelled=cancelled)
    assert len(calls) == 2


def test_a_hard_wrapped_copy_aligns_by_paragraph_and_still_finds_moves() -> None:
    paragraphs = [LEAD, SECOND, THIRD, LEAD.replace("Thursday", "Friday")]
    a = "\n\n".join(paragraphs) + "\n"
    moved = [paragraphs[1], paragraphs[2], paragraphs[3], paragraphs[0]]
    b = "\n\n".join(textwrap.fill(p, 50) for p in moved) + "\n"
    changes = _changes(a, b)
    assert [c.category for c in changes].count(Category.MOVED) == 2
    assert all(c.category in (Category.MOVED, Category.TYPOGRAPHY) for c in changes)


def test_hard_wrap_detection() -> None:
    from compare.units import hard_wrapped, line_bounds

    def _hard_wrapped(text: str) -> bool:
        return hard_wrapped(text, line_bounds(text))

    wrapped = textwrap.fill(LEAD, 50) + "\n\n" + textwrap.fill(SECOND, 50) + "\n"
    assert _hard_wrapped(wrapped)
    # one paragraph a line, no blank lines: not wrapped
    assert not _hard_wrapped(f"{LEAD}\n{SECOND}\n{THIRD}\n")
    assert not _hard_wrapped("A long first line of some text here.\nShort.\nThird.\n")
    # long paragraphs with blank lines between: not wrapped
    assert not _hard_wrapped(f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n")


@pytest.mark.parametrize(
    "text",
    [
        "Putin’s “strategic partnership” — 1,550 warheads… (AP)",
        "Zürich café, Straße: «ça va ?» ¿Qué? Łódź",
        "Москва заявила: «Мы не отступим». Ελλάδα, Türkiye",
        "tabs\tand  spaces\u00a0and\u2009thin\n\nparagraphs",
    ],
)
def test_fast_tokenizer_agrees_with_the_grapheme_tokenizer(text: str) -> None:
    from compare.tokens import TOKEN, simple

    assert simple(text)
    assert tokenize(text) == TOKEN.findall(text)


def test_text_with_clustering_characters_takes_the_grapheme_path() -> None:
    from compare.tokens import simple

    for text in ("e\u0301", "a\u200db", "👍🏽", "🇫🇷", "ไทยำ", "\u1100\u1161", "a\rb"):
        assert not simple(text)


# -- scripts written without spaces ------------------------------------------------------


def test_chinese_is_tokenised_per_character_and_punctuation_apart() -> None:
    assert tokenize("约6个月，ok") == ["约", "6", "个", "月", "，", "ok"]


def test_chinese_edit_is_highlighted_at_character_level() -> None:
    a = "航天员汤洪波、唐胜杰、江新林将在轨驻留约6个月。发射取得圆满成功。"
    b = "航天员汤洪波、唐胜杰、江新林将在轨驻留约半年。发射取得取得成功。"
    assert _hunks(a, b) == [("6个月", "半年"), ("圆满", "取得")]


def test_a_full_width_mark_next_to_a_quote_is_one_small_change() -> None:
    a = "“我们将圆满完成各项任务，”指令长汤洪波在出发前说。"
    b = "“我们将圆满完成各项任务,”指令长汤洪波在出发前说."
    assert _hunks(a, b) == [("，", ","), ("。", ".")]


def test_thai_is_tokenised_per_grapheme() -> None:
    assert tokenize("ภาษาไทยง่าย") == ["ภ", "า", "ษ", "า", "ไ", "ท", "ย", "ง่", "า", "ย"]
    assert _hunks("ภาษาไทยง่ายมาก", "ภาษาไทยยากมาก") == [("ง่าย", "ยาก")]


# -- where an insertion or deletion sits -------------------------------------------------


def test_an_inserted_paragraph_takes_one_separator_after_it() -> None:
    a = "First paragraph here.\n\nLast paragraph here."
    b = "First paragraph here.\n\nAdvertisement\n\nLast paragraph here."
    assert _hunks(a, b) == [("", "Advertisement\n\n")]


def test_a_deleted_last_paragraph_takes_the_separator_before_it() -> None:
    a = "First paragraph here.\n\nLast paragraph here."
    b = "First paragraph here."
    assert _hunks(a, b) == [("\n\nLast paragraph here.", "")]


def test_an_ad_beside_a_moved_paragraph_does_not_start_inside_a_separator() -> None:
    moved = "Goalkeeper Emiliano Martinez saved the kick, and the shot went wide of the post."
    a = f"Head line.\n\n{moved}\n\nSecond paragraph stays.\n\nThird paragraph stays.\n\nEnd."
    b = f"Head line.\n\nSecond paragraph stays.\n\nThird paragraph stays.\n\nAdvertisement\n\n{moved}\n\nEnd."
    assert [x for x in _hunks(a, b)] == [
        (f"{moved}\n\n", ""),
        ("", "Advertisement\n\n"),
        ("", f"{moved}\n\n"),
    ]


def test_a_dropped_sentence_is_a_deletion_not_a_replacement() -> None:
    a = "The village is ruined. “Everything is gone,” said a farmer. “We have nothing.”"
    b = "The village is ruined. “We have nothing.”"
    assert _hunks(a, b) == [("“Everything is gone,” said a farmer. ", "")]


def test_an_inserted_word_takes_the_space_after_it() -> None:
    assert _hunks("They met Tuesday.", "They met on Tuesday.") == [("", "on ")]


def test_no_stray_separator_between_a_moved_and_a_dropped_last_paragraph() -> None:
    moved = "“It’s a dream come true,” the commander said before the flight to the station."
    a = f"Title.\n\nFirst stays.\n\nSecond stays.\n\n{moved}\n\nThe capsule docks on Monday."
    b = f"Title.\n\n{moved}\n\nFirst stays.\n\nSecond stays."
    hunks = _hunks(a, b)
    assert not any(x.isspace() or y.isspace() for x, y in hunks), hunks
    assert hunks[-1] == ("\n\nThe capsule docks on Monday.", "")


def test_changes_on_either_side_of_a_blank_line_stay_apart() -> None:
    a = "It passed with amendments.\n\nThe government said so."
    b = "It passed with amend-\nments.\n\nThe govern-\nment said so."
    assert _hunks(a, b) == [("amendments.", "amend-\nments."), ("government", "govern-\nment")]


# -- text without paragraph breaks -------------------------------------------------------


def _one_line_article(sentences: int) -> tuple[str, str, int]:
    """A long single-line text, and a copy with every 40th sentence's number changed."""
    a_parts, b_parts = [], []
    for i in range(sentences):
        s = f"Officials in district {i} said {i * 7} homes were damaged, and crews worked late."
        a_parts.append(s)
        b_parts.append(s.replace(f" {i * 7} homes", f" {i * 7 + 1} homes") if i % 40 == 0 else s)
    return " ".join(a_parts), " ".join(b_parts), len(range(0, sentences, 40))


def test_a_long_line_is_aligned_sentence_by_sentence() -> None:
    import time

    a, b, edited = _one_line_article(1700)  # ~134 KB on one line
    started = time.perf_counter()
    hunks = _hunks(a, b)
    elapsed = time.perf_counter() - started
    assert len(hunks) == edited
    assert all(x.isdigit() and y.isdigit() for x, y in hunks)
    assert elapsed < 2.0  # was quadratic: 9 s for 134 KB before sentence anchoring


def test_sentences_of_a_long_line_are_never_reported_as_moved() -> None:
    a, b, _ = _one_line_article(60)
    sentences = a.split(". ")
    b = ". ".join([sentences[5], *sentences[:5], *sentences[6:]])
    assert not any(c.category is Category.MOVED for c in _changes(a, b))


def test_a_line_added_at_the_end_takes_the_whole_separator_before_it() -> None:
    # the text ends in a line break: "\nSource link\n" would hold half a separator
    a = "Body one.\n\nBody two.\n"
    b = "Body one.\n\nBody two.\n\nSource link\n"
    assert _hunks(a, b) == [("", "\n\nSource link")]
    assert _hunks("Body one.\n\nBody two.\n\nLast.\n", "Body one.\n\nBody two.\n") == [
        ("\n\nLast.", "")
    ]


def test_a_replacement_does_not_end_in_a_space_both_sides_share() -> None:
    a = "The quake struck at 11:11 p.m. local time on Friday."
    b = "The quake struck at 23:11 local time on Friday."
    assert _hunks(a, b) == [("11:11 p.m.", "23:11")]


@pytest.mark.parametrize("times", [3, 200])
def test_an_article_pasted_several_times_gives_the_findings_of_one_copy_each_time(
    sample_pair, times
) -> None:
    """A scraper page that repeats its article (or a batch of copies pasted end to end)
    has no paragraph unique to either side; the alignment must still pair the k-th
    occurrence with the k-th. It once gave every changed paragraph as a 'moved' pair
    (3 times) or one whole-text replacement after 30 s and 1.7 GB (200 times)."""
    original = sample_pair[0].read_text(encoding="utf-8")
    copy = sample_pair[1].read_text(encoding="utf-8")
    once = compare(load_text(original), load_text(copy))
    many = compare(load_text((original + "\n") * times), load_text((copy + "\n\n") * times))
    assert many.counts[Category.MOVED] == 0
    for category in (Category.CORRUPTION, Category.EDIT):
        assert many.counts[category] == times * once.counts[category], category
    assert many.similarity > 0.9


def test_a_paragraph_reworded_in_place_is_an_edit_although_it_also_changed_elsewhere() -> None:
    para = "The minister said the budget would rise by a modest amount next year, officials said."
    reworded = "The minister stated the budget would rise by a small amount next year, officials said."
    filler = [f"Paragraph {i} stands between the two copies of the story and stays put." for i in range(4)]
    original = "\n\n".join([para, *filler, para]) + "\n"
    copy = "\n\n".join([reworded, *filler, reworded]) + "\n"
    result = compare(load_text(original), load_text(copy))
    assert [(c.category, c.original.text, c.copy.text) for c in result.changes] == [
        (Category.EDIT, "said", "stated"),
        (Category.EDIT, "modest", "small"),
    ] * 2


def test_quotes_changed_around_a_long_phrase_are_explained_mark_by_mark() -> None:
    a = "They welcomed their “strategic partnership” on Monday.\n"
    b = a.replace("“", '"').replace("”", '"')
    (change,) = compare(load_text(a), load_text(b)).changes
    assert [(d.original.text, d.copy.text) for d in change.details] == [("“", '"'), ("”", '"')]
    assert change.reason == 'curly quote “ became straight "; curly quote ” became straight "'


def test_a_long_rewording_gets_no_letter_level_detail() -> None:
    a = "It is quite possible.\n"
    b = "It is theoretically entirely possible.\n"
    (change,) = compare(load_text(a), load_text(b)).changes
    assert [(d.original.text, d.copy.text) for d in change.details] == [
        ("quite", "theoretically entirely")
    ]


def test_short_paragraphs_that_moved_are_linked_pairs() -> None:
    """Red-team round 2: a moved one-sentence paragraph was an added and a removed one."""
    paras = [
        "Paragraph one about the flood in the north of Italy and its damage.",
        "The coach praised his players.",
        "Paragraph three has more details about the rescue effort underway.",
        "Paragraph four quotes the mayor at length about the town.",
        "He denied it all.",
        "Last paragraph with the outlook for the coming week.",
    ]
    moved = [paras[0], paras[2], paras[3], paras[1], paras[5], paras[4]]
    result = compare(load_text("\n\n".join(paras) + "\n"), load_text("\n\n".join(moved) + "\n"))
    assert {c.category for c in result.changes} == {Category.MOVED}
    by_id = {c.id: c for c in result.changes}
    assert all(by_id[c.pair].pair == c.id for c in result.changes)
    assert sorted(c.original.text.strip() or c.copy.text.strip() for c in result.changes) == sorted(
        [paras[1], paras[1], paras[4], paras[4]]
    )


def test_two_neighbouring_paragraphs_that_swapped_places_are_a_move_even_when_damaged() -> None:
    """New-user trial: 'Opponents …' moved below 'Construction …' and came back with
    mojibake; both fell into one region and were reported as one paragraph reworded
    into the other."""
    first = "The council approved the park on Tuesday after a long debate in the chamber."
    opp = "Opponents argued that the money should go to road repairs. “We can’t wait,” said Tom Hale."
    cons = "Construction is expected to begin in March and finish by the end of the year."
    damaged = opp.replace("“", "â€œ").replace("’", "â€™")
    result = compare(
        load_text(f"{first}\n\n{opp}\n\n{cons}\n"), load_text(f"{first}\n\n{cons}\n\n{damaged}\n")
    )
    moved = [c for c in result.changes if c.category is Category.MOVED]
    assert len(moved) == 2 and moved[0].pair == moved[1].id
    assert all(c.category is Category.MOVED for c in result.changes)
    assert "damaged characters" in moved[0].reason
