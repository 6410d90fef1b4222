"""UTF-16/32 without a byte order mark in any language; stray NULs are damage, not binary.

Issue 11, items 7 and 8.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare import EncodingMethod, InputBinary, load_bytes

from .test_loading_languages import PUBLISHED, as_published

DATA = Path(__file__).parent / "data" / "encodings"
LANGUAGES = sorted(path.stem for path in DATA.glob("*.txt"))
UNICODE_CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")

JAPANESE = "総額は過去最大となる見通しで、防衛費の増額が主な要因となっている。\n"


def _text(lang: str) -> str:
    return (DATA / f"{lang}.txt").read_text(encoding="utf-8")


def test_japanese_utf16_without_bom_is_text() -> None:
    # printf '…' | iconv -t UTF-16LE: refused as binary before
    document = load_bytes(JAPANESE.encode("utf-16-le"), label="j.txt")
    assert document.text == JAPANESE
    assert document.encoding == "utf-16-le"
    assert document.encoding_method is EncodingMethod.DETECTED
    assert "utf-16-le without a byte order mark" in document.notes


@pytest.mark.parametrize("codec", UNICODE_CODECS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("length", ["article", "line", "phrase"])
def test_bomless_unicode_in_every_language(lang: str, codec: str, length: str) -> None:
    text = _text(lang)
    first = text.split("\n", 1)[0]
    text = {"article": text, "line": first[:60] + "\n", "phrase": first[:12] + "\n"}[length]
    document = load_bytes(text.encode(codec), label="x.txt")
    assert document.text == text
    assert document.encoding == codec


# -- item 8: one NUL byte is damage, not binary ----------------------------------------


def test_one_nul_byte_is_a_control_character_not_binary() -> None:
    data = b"Hello world.\x00 This is a text.\n"
    document = load_bytes(data, label="a.txt")
    assert document.text == "Hello world.\x00 This is a text.\n"
    assert document.encoding == "utf-8"
    assert document.notes == (
        "1 NUL byte(s) in the text, kept as control characters (damage, not binary)",
    )


def test_a_few_stray_control_bytes_in_a_short_text() -> None:
    document = load_bytes(b"a\x01b\x02c\x00d", label="a.txt")
    assert document.text == "a\x01b\x02c\x00d"
    assert "3 control byte(s) in the text" in document.notes[0]


def _legacy_cases():
    for lang, published in PUBLISHED.items():
        for codec, _ in published:
            if codec.startswith("iso2022"):
                continue  # escape sequences: a NUL would sit inside a shifted run
            yield pytest.param(lang, codec, id=f"{lang}-{codec}")


@pytest.mark.parametrize(("lang", "codec"), list(_legacy_cases()))
def test_a_stray_nul_in_a_legacy_text_keeps_its_encoding(lang: str, codec: str) -> None:
    text = as_published(_text(lang), codec)
    data = text.encode(codec)
    cut = data.index(b"\n", len(data) // 2) + 1
    document = load_bytes(data[:cut] + b"\x00" + data[cut:], label="x.txt")
    assert document.text.replace("\x00", "") == text
    assert document.text.count("\x00") == 1


@pytest.mark.parametrize(
    "data",
    [
        random.Random(seed).randbytes(4000) for seed in range(5)
    ] + [
        b"\x00\x00\x00\x01header\x00\x00\x10\x00" * 200,  # a record-structured file
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64,  # a DOS program
    ],
    ids=[f"random-{seed}" for seed in range(5)] + ["records", "exe"],
)  # fmt: skip
def test_binary_is_still_refused(data: bytes) -> None:
    with pytest.raises(InputBinary, match="looks like binary data"):
        load_bytes(data, label="blob.bin")


# -- the class: a few stray control bytes never make a text binary or change it ---------

STRAY = st.sampled_from([bytes([b]) for b in (*range(0x00, 0x09), *range(0x0E, 0x1B), 0x7F)])


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(LANGUAGES),
    cuts=st.lists(st.tuples(st.floats(0, 1), STRAY), min_size=1, max_size=8),
)
def test_a_few_stray_control_bytes_keep_every_character(lang: str, cuts) -> None:
    text = _text(lang)
    chars = list(text)
    for where, byte in sorted(cuts, reverse=True):
        chars.insert(int(where * len(chars)), byte.decode("latin-1"))
    damaged = "".join(chars)
    document = load_bytes(damaged.encode("utf-8"), label="x.txt")
    assert document.text == damaged.replace("\r", "\n")
    assert document.encoding == "utf-8"
    assert any("kept as control characters" in note for note in document.notes)


@settings(max_examples=150, deadline=None)
@given(
    case=st.sampled_from([(lang, codec) for lang, published in PUBLISHED.items()
                          for codec, _ in published if not codec.startswith("iso2022")]),
    cuts=st.lists(st.tuples(st.floats(0, 1), STRAY), min_size=1, max_size=8),
)  # fmt: skip
def test_a_few_stray_control_bytes_in_a_legacy_text(case, cuts) -> None:
    lang, codec = case
    text = as_published(_text(lang), codec)
    lines = text.split("\n")
    for where, byte in sorted(cuts, reverse=True):  # between lines: never inside a character
        lines.insert(int(where * len(lines)), byte.decode("latin-1"))
    damaged = "\n".join(lines)
    document = load_bytes(damaged.encode(codec), label="x.txt")
    assert document.text == damaged.replace("\r", "\n")
