"""Finding facts in each language, and pairing them (compare.facts, compare.factpairing)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import ModeChoice, Options, compare, load_text
from compare.facts import find_facts
from compare.model import FactKind, FactStatus

#: (language, text, the facts expected as (kind, text, first value)) — each row is a
#: decision an editor would notice if it went wrong
CASES = [
    ("en", "It cost 1,550 dollars.", [("money", "1,550 dollars", "USD 1550")]),
    ("fr", "Il y a 1 550 soldats.", [("number", "1 550", "1550")]),
    ("fr", "Il y a 1\u202f550 soldats.", [("number", "1\u202f550", "1550")]),
    ("de", "Es sind 1.550 Soldaten.", [("number", "1.550", "1550")]),
    ("de", "Es sind 1,5 Prozent.", [("percent", "1,5 Prozent", "1.5")]),
    ("en", "It grew 1.5 percent.", [("percent", "1.5 percent", "1.5")]),
    ("es", "Costó 1,5 millones de euros.", [("money", "1,5 millones de euros", "EUR 1500000")]),
    ("zh", "共有800万人。", [("number", "800万", "8000000")]),
    ("zh", "价值2500亿美元的商品", [("money", "2500亿美元", "USD 250000000000")]),
    ("ru", "выделено 1,5 млрд долларов", [("money", "1,5 млрд долларов", "USD 1500000000")]),
    ("en", "The U.S. will give $1.5 billion.", [("money", "$1.5 billion", "USD 1500000000")]),
    ("fr", "soit 45 % de plus", [("percent", "45 %", "45")]),
    ("en", "On March 3, 2024, he spoke.", [("date", "March 3, 2024", "2024-03-03")]),
    ("fr", "Le 1er mars 2017, il a parlé.", [("date", "1er mars 2017", "2017-03-01")]),
    ("es", "el 3 de marzo de 2024", [("date", "3 de marzo de 2024", "2024-03-03")]),
    ("de", "am 3. März 2024", [("date", "3. März 2024", "2024-03-03")]),
    ("ru", "3 марта 2024 года", [("date", "3 марта 2024", "2024-03-03")]),
    ("zh", "2021年2月8日发表", [("date", "2021年2月8日", "2021-02-08")]),
    ("en", "on 16 July", [("date", "16 July", "--07-16")]),
    # English "may" is a verb, not a month; COVID-19 and F-35 are names, not numbers
    ("en", "They may 3 times say so.", [("number", "3", "3")]),
    ("en", "COVID-19 and F-35 jets", []),
    # German "Die"/"mit" are no weekdays: only real date candidates reach dateparser
    ("de", "Die Kommission mit dem Rat", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_facts_are_found_with_their_values(language, text, expected) -> None:
    found = [
        (m.kind.value, m.text, m.values[0])
        for m in find_facts(text, language)
        if m.kind is not FactKind.NAME and not m.soft
    ]
    assert found == expected


def test_an_ambiguous_separator_carries_both_readings() -> None:
    (mention,) = [m for m in find_facts("Son 1,550 kilos.", "es") if not m.soft]
    assert set(mention.values) == {"1.55", "1550"}


def test_person_names_are_told_from_places_and_bodies() -> None:
    names = {m.text: m.person for m in find_facts(
        "Secretary Antony J. Blinken met the European Commission in the United States.", "en"
    ) if m.kind is FactKind.NAME}
    assert names == {"Antony J. Blinken": True, "European Commission": False, "United States": False}


def test_a_changed_number_in_a_same_language_copy_is_evidence_on_the_edit() -> None:
    original = "The army has 1,550 warheads, the minister said on Monday.\n"
    copy = "The army has 1,500 warheads, the minister said on Monday.\n"
    result = compare(load_text(original), load_text(copy))
    (edit,) = [c for c in result.changes if c.category == "edit"]
    assert "fact-number-changed" in edit.evidence
    (fact,) = result.facts
    assert fact.status is FactStatus.CHANGED
    assert (fact.original.text, fact.copy.text) == ("1,550", "1,500")
    assert fact.reason == "number changed: 1,550 → 1,500"


def test_a_same_language_copy_without_edits_has_no_facts() -> None:
    text = "The army has 1,550 warheads, said Antony Blinken on 3 March 2024.\n"
    result = compare(load_text(text), load_text(text))
    assert result.facts == ()


def test_a_renamed_person_in_the_same_language_is_a_changed_name() -> None:
    original = "Secretary Antony Blinken said the talks would go on.\n"
    copy = "Secretary Antony Blanken said the talks would go on.\n"
    result = compare(load_text(original), load_text(copy))
    assert [(f.kind, f.status, f.copy.text) for f in result.facts] == [
        (FactKind.NAME, FactStatus.CHANGED, "Blanken")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("They met on Sunday’s summit with Putin’s envoy.", ["Putin"]),
        ("Rain fell in July 2022 and again in August, said Anna Lee.", ["Anna Lee"]),
    ],
)
def test_possessives_months_and_weekdays_are_no_names(text, names) -> None:
    assert [m.text for m in find_facts(text, "en") if m.kind is FactKind.NAME] == names


def test_a_person_put_in_place_of_another_is_one_changed_name() -> None:
    original = "The talks were led by Sergey Lavrov, the minister said.\n"
    copy = "The talks were led by Dmitry Peskov, the minister said.\n"
    result = compare(load_text(original), load_text(copy))
    assert [f.reason for f in result.facts] == ["name changed: Sergey Lavrov → Dmitry Peskov"]


# --- invariants -----------------------------------------------------------------------


PIECES = ["The", "army", "has", "1,550", "1 550", "1.550", "warheads", "€600 million", "45%",
          "March 3, 2024", "3 mars", "Antony Blinken", "Putin’s", "said", "“quoted words here,”",
          "800万", "2024年3月3日", "Мы", "млн", "\u200b", "e\u0301", " ", " ", "\n", "\n\n", ".", ","]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80) | texts, st.sampled_from(["en", "fr", "de", "es", "ru", "zh", "und"]))
def test_finding_facts_never_fails_and_every_span_is_its_text(text, language) -> None:
    found = find_facts(text, language)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.values and all(m.values)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_facts_only_add_evidence_to_a_same_language_comparison(a, b) -> None:
    with_facts = compare(load_text(a), load_text(b), Options(mode=ModeChoice.SAME))
    without = compare(load_text(a), load_text(b), Options(mode=ModeChoice.SAME, facts=False))
    assert len(with_facts.changes) == len(without.changes)
    for x, y in zip(with_facts.changes, without.changes, strict=True):
        assert (x.category, x.op, x.original, x.copy, x.reason) == (y.category, y.op, y.original, y.copy, y.reason)
        assert x.evidence[: len(y.evidence)] == y.evidence
        assert all(e.startswith("fact-") for e in x.evidence[len(y.evidence) :])
