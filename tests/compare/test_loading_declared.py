"""A declared single-byte charset is checked, not trusted (issue 11, item 9).

Any bytes decode "cleanly" in windows-1251 or KOI8-R, so a page that declares the
wrong one used to turn into garbage with confidence 1.00 and no note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import EncodingMethod, load_bytes

from .test_loading_languages import PUBLISHED, as_published

DATA = Path(__file__).parent / "data" / "encodings"


def _page(text: str, label: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n") if p)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{label}"><title>t</title></head>'
        f"<body>{paragraphs}</body></html>"
    )


#: (language, codec the bytes really are in, charset the page wrongly declares)
MISLABELS = [
    ("ru", "koi8-r", "windows-1251"),  # the reproduction
    ("ru", "cp1251", "koi8-r"),
    ("ru", "cp1251", "windows-1252"),
    ("uk", "cp1251", "koi8-u"),
    ("bg", "iso8859-5", "windows-1251"),
    ("fr", "cp1252", "windows-1251"),
    ("de", "cp1252", "koi8-r"),
    ("el", "cp1253", "windows-1252"),
    ("ru", "cp1251", "iso-8859-5"),
]


@pytest.mark.parametrize(("lang", "truth", "declared"), MISLABELS)
def test_a_lying_declaration_is_caught_and_said(lang: str, truth: str, declared: str) -> None:
    text = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
    document = load_bytes(_page(text, declared).encode(truth), label="page.html")
    assert document.text.split("\n\n")[0] == text.split("\n")[0]
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.declared_encoding == declared
    assert document.confidence < 1.0
    assert any(
        note.startswith(f"declared charset {declared!r} does not fit") for note in document.notes
    ), document.notes


def _honest_cases():
    for lang, published in PUBLISHED.items():
        for codec, label in published:
            yield pytest.param(lang, codec, label, id=f"{lang}-{label}")


@pytest.mark.parametrize(("lang", "codec", "label"), list(_honest_cases()))
def test_an_honest_declaration_is_kept(lang: str, codec: str, label: str) -> None:
    text = as_published((DATA / f"{lang}.txt").read_text(encoding="utf-8"), codec)
    document = load_bytes(_page(text, label).encode(codec), label="page.html")
    assert document.text.split("\n\n")[0] == text.split("\n")[0]
    assert not any("does not fit" in note or "doubtfully" in note for note in document.notes)


def test_nothing_reads_better_keeps_the_declaration_with_a_doubt() -> None:
    # a few mojibake-looking words that no encoding reads better
    page = '<meta charset="windows-1252"><p>Ïðåçèäåíò ïîäïèñàë çàêîí ñåãîäíÿ óòðîì</p>'
    document = load_bytes(page.encode("cp1252"), label="page.html")
    assert document.encoding in ("windows-1252", "windows-1251")
    if document.encoding == "windows-1252":
        assert document.confidence < 1.0
        assert any("reads doubtfully" in note for note in document.notes)
