"""Half UTF-8, half legacy in one file is decoded line by line (issue 11, item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare import EncodingMethod, load_bytes
from compare.piecewise import decode_mixed

DATA = Path(__file__).parent / "data" / "encodings"


def _lines(lang: str) -> list[str]:
    return [line for line in (DATA / f"{lang}.txt").read_text(encoding="utf-8").split("\n") if line]


@pytest.mark.parametrize(
    ("lang", "legacy", "shown"),
    [
        ("ru", "cp1251", "windows-1251"),
        ("ru", "koi8-r", "koi8-r"),
        ("el", "cp1253", "windows-1253"),
        ("fr", "cp1252", "windows-1252"),
        ("pl", "cp1250", "windows-1250"),
        ("ja", "shift_jis", "shift_jis"),
    ],
)
def test_half_utf8_half_legacy_decodes_both_halves(lang: str, legacy: str, shown: str) -> None:
    lines = _lines(lang)
    half = len(lines) // 2
    utf8, old = lines[:half], lines[half:]
    data = "\n".join(utf8).encode("utf-8") + b"\n" + "\n".join(old).encode(legacy) + b"\n"
    document = load_bytes(data, label="mixed.txt")
    assert document.text == "\n".join(lines) + "\n"  # no вЂ™ anywhere
    assert document.encoding_method is EncodingMethod.DETECTED
    assert f"line(s) in UTF-8, {len(old)} in {shown}" in document.notes[-1]
    assert {document.encoding, *(a.encoding for a in document.alternatives)} == {"utf-8", shown}


def test_the_reproduction_names_no_single_encoding_silently() -> None:
    utf8 = "Министр заявил, что «всё идёт по плану» — и добавил: “don’t worry”.\n" * 4
    cp1251 = "Правительство утвердило новую программу поддержки бизнеса.\n" * 4
    document = load_bytes(utf8.encode("utf-8") + cp1251.encode("cp1251"), label="x.txt")
    assert document.text == utf8 + cp1251
    assert "вЂ" not in document.text
    assert any(note.startswith("mixed encodings") for note in document.notes)


def test_a_legacy_file_is_not_mixed() -> None:
    text = "\n".join(_lines("ru"))
    assert decode_mixed(text.encode("cp1251")) is None
    assert decode_mixed(text.encode("utf-8")) is None  # valid UTF-8 is not mixed either


@settings(max_examples=60, deadline=None)
@given(st.lists(st.booleans(), min_size=2, max_size=12))
def test_any_interleaving_of_utf8_and_legacy_paragraphs(choices: list[bool]) -> None:
    lines = (_lines("ru") * 12)[: len(choices)]
    if all(choices) or not any(choices):
        return
    data = b"".join(
        (line + "\n").encode("utf-8" if as_utf8 else "cp1251")
        for line, as_utf8 in zip(lines, choices, strict=True)
    )
    utf8_chars = sum(len(line) for line, as_utf8 in zip(lines, choices, strict=True) if as_utf8)
    document = load_bytes(data, label="x.txt")
    if utf8_chars >= 8:
        assert document.text == "".join(line + "\n" for line in lines)


def test_utf8_pieces_inside_a_legacy_line_stay_utf8() -> None:
    utf8 = "Министр заявил: «всё идёт по плану».\n" * 3
    line = "“Правительство утвердило программу” — сообщил министр.\n"
    data = utf8.encode() + b"".join(
        ch.encode("utf-8") if ch in "“”—" else ch.encode("cp1251") for ch in line
    )
    document = load_bytes(data, label="x.txt")
    assert document.text == utf8 + line  # no вЂњ around the legacy words
    assert "1 of them with UTF-8 pieces inside" in document.notes[-1]


def test_legacy_letters_that_look_like_utf8_by_accident_stay_legacy() -> None:
    utf8 = "Министр заявил: «всё идёт по плану».\n" * 3
    line = "ВЁЛ: Правительство утвердило программу.\n"  # "ВЁ" is C2 A8: UTF-8 for "¨"
    document = load_bytes(utf8.encode() + line.encode("cp1251"), label="x.txt")
    assert document.text == utf8 + line
