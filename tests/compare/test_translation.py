"""Translation mode: language detection, the mode choice, alignment and its invariants."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Category, compare, load_text
from compare.language import LanguageGuess, detect_language
from compare.model import FactStatus, Mode, ModeChoice, Options
from compare.modes import choose_mode

CASES = Path(__file__).resolve().parent / "cases"
PAIRS = Path(__file__).resolve().parents[1] / "benchmarks" / "translation"
GRAPHEME = regex.compile(r"\X")


def _pair(name: str) -> tuple[str, str]:
    return (
        (PAIRS / name / "original.txt").read_text(encoding="utf-8"),
        (PAIRS / name / "copy.txt").read_text(encoding="utf-8"),
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Commission has also allocated a total of €600 million to planes.", "en"),
        ("La Commission a également alloué une enveloppe globale de 600 millions d'euros.", "fr"),
        ("La Comisión también ha asignado un total de 600 millones de euros.", "es"),
        ("Die Kommission hat außerdem insgesamt 600 Millionen Euro bereitgestellt.", "de"),
        ("Мы предприняли эти шаги из-за проблем в области безопасности.", "ru"),
        ("我们认识到人权理事会是一个有缺陷的机制。", "zh"),
    ],
)
def test_the_language_of_a_sentence_is_detected_offline(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_a_long_english_navigation_bar_does_not_outvote_a_french_article() -> None:
    text = "Home News World Sport\n" + _pair("wildfire-fr")[1]
    assert detect_language(text).code == "fr"


def test_too_little_text_is_undetermined() -> None:
    assert not detect_language("12 — 3").determined


@pytest.mark.parametrize("name", ["wildfire-fr", "wildfire-de", "wildfire-es", "minsk-ru", "hrc-zh"])
def test_languages_that_differ_switch_to_translation_mode_and_say_why(name: str) -> None:
    a, b = _pair(name)
    result = compare(load_text(a, label="en"), load_text(b, label="copy"))
    assert result.mode is Mode.TRANSLATION
    assert result.languages[0] == "en" and result.languages[1] == name.rsplit("-", 1)[1]
    assert "languages differ" in result.mode_reason


def test_the_mode_can_be_forced_either_way() -> None:
    a, b = _pair("wildfire-fr")
    same = compare(load_text(a), load_text(b), Options(mode=ModeChoice.SAME))
    assert same.mode is Mode.SAME and "by hand" in same.mode_reason
    sample = "The same text, twice over, in English of course.\n"
    forced = compare(load_text(sample), load_text(sample), Options(mode=ModeChoice.TRANSLATION))
    assert forced.mode is Mode.TRANSLATION and len(forced.alignment) == 1


def test_a_mojibake_copy_is_not_mistaken_for_a_translation() -> None:
    # a detector may call a KOI8-R-read-as-Windows-1251 copy Serbian (one did)
    case = json.loads((CASES / "corruption_koi8_read_as_1251.json").read_text(encoding="utf-8"))
    mode, reason = choose_mode(
        ModeChoice.AUTO, LanguageGuess("ru", 1.0), LanguageGuess("sr", 1.0), case["original"], case["copy"]
    )
    assert mode is Mode.SAME and "re-encoded" in reason
    assert compare(load_text(case["original"]), load_text(case["copy"])).mode is Mode.SAME


def test_a_merged_paragraph_and_two_paragraphs_only_the_copy_has_are_aligned() -> None:
    a, b = _pair("wildfire-fr")
    result = compare(load_text(a), load_text(b))
    links = [(p.original is not None, p.copy is not None) for p in result.alignment]
    assert links.count((False, True)) == 2
    merged = result.alignment[2]
    assert merged.original.text.startswith("First, 556") and "proactive measure" in merged.original.text
    assert merged.copy.text.startswith("Premièrement")
    added = [c for c in result.changes if "paragraph-added" in c.evidence]
    assert len(added) == 2 and all(c.category is Category.EDIT for c in added)


def test_a_deleted_paragraph_is_reported_missing_with_its_facts() -> None:
    a, b = _pair("wildfire-es")
    b = b.replace(next(line for line in b.split("\n") if line.startswith("En primer lugar")) + "\n\n", "")
    result = compare(load_text(a), load_text(b))
    missing = [c for c in result.changes if "paragraph-missing" in c.evidence]
    assert len(missing) == 1 and missing[0].original.text.startswith("First, 556")
    lost = {f.original.text for f in result.facts if f.status is FactStatus.MISSING}
    assert {"556", "12"} <= lost


def test_a_changed_amount_in_a_translation_is_reported_linked_to_both_places() -> None:
    a, b = _pair("wildfire-de")
    b = b.replace("600 Millionen Euro", "500 Millionen Euro")
    result = compare(load_text(a), load_text(b))
    changed = [f for f in result.facts if f.status is FactStatus.CHANGED]
    assert len(changed) == 1
    fact = changed[0]
    assert fact.original.text == "€600 million" and fact.copy.text == "500 Millionen Euro"
    assert fact.value_original == "EUR 600000000" and fact.value_copy == "EUR 500000000"
    assert result.original.text[fact.original.start : fact.original.end] == fact.original.text
    assert fact.reason == "amount changed: €600 million → 500 Millionen Euro"


def test_a_person_renamed_in_the_russian_copy_is_reported() -> None:
    a, b = _pair("minsk-ru")
    b = b.replace("Блинкена", "Помпео")
    result = compare(load_text(a), load_text(b))
    names = [f for f in result.facts if f.kind == "name" and f.status is not FactStatus.KEPT]
    assert [f.original.text for f in names] == ["Antony J. Blinken"]


def test_faithful_translations_report_no_changed_facts() -> None:
    for name in ("wildfire-de", "wildfire-es", "minsk-ru", "minsk-de", "minsk-es", "hrc-zh"):
        a, b = _pair(name)
        result = compare(load_text(a), load_text(b))
        assert not [f for f in result.facts if f.status is FactStatus.CHANGED], name


WORDS = ["The", "Commission", "said", "600", "million", "€", "2024", "March", "3,", "Blinken",
         "«", "»", "“", "”", "Комиссия", "заявила", "委员会", "年", "3月", "\u200b", "👩\u200d👧",
         "e\u0301", ".", ",", " ", " ", "\n", "\n\n"]
texts = st.lists(st.sampled_from(WORDS), max_size=60).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_alignment_spans_are_sorted_do_not_overlap_and_cover_every_paragraph(a: str, b: str) -> None:
    result = compare(load_text(a), load_text(b), Options(mode=ModeChoice.TRANSLATION))
    for side in ("original", "copy"):
        text = getattr(result, side).text
        spans = [getattr(p, side) for p in result.alignment if getattr(p, side) is not None]
        for first, second in itertools.pairwise(spans):
            assert first.end <= second.start
        covered = "".join(text[s.start : s.end] for s in spans)
        assert "".join(covered.split()) == "".join(text.split())
    for first, second in zip(result.changes, result.changes[1:], strict=False):
        assert first.original.end <= second.original.start and first.copy.end <= second.copy.start
    bounds_a = {m.end() for m in GRAPHEME.finditer(result.original.text)} | {0}
    bounds_b = {m.end() for m in GRAPHEME.finditer(result.copy.text)} | {0}
    for change in result.changes:
        assert change.original.start in bounds_a and change.original.end in bounds_a
        assert change.copy.start in bounds_b and change.copy.end in bounds_b
    for fact in result.facts:
        for span, text in ((fact.original, result.original.text), (fact.copy, result.copy.text)):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert fact.original is not None or fact.copy is not None
