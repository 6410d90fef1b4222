"""News text in each major language, in the legacy encodings it is really published in.

The fixtures in ``data/encodings/<lang>.txt`` are UTF-8 paragraphs of news text;
each test encodes one into a legacy encoding, loads the bytes (as plain text, as
an HTML page declaring its charset, and as an HTML page that declares nothing)
and checks that the editor gets exactly the original text back. Which name the
loader reports matters less than the text: where two encodings agree on every
byte used (windows-1252 and iso-8859-1 for French), either is right.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from pathlib import Path

import pytest

from compare import EncodingMethod, Format, load_bytes
from compare.detection import python_codec

DATA = Path(__file__).parent / "data" / "encodings"

#: language -> (Python codec, label a page would declare), as really published
PUBLISHED: dict[str, tuple[tuple[str, str], ...]] = {
    # Western European
    "fr": (("cp1252", "windows-1252"), ("iso8859-1", "ISO-8859-1"), ("iso8859-15", "iso-8859-15")),
    "de": (("cp1252", "windows-1252"), ("iso8859-1", "iso-8859-1"), ("iso8859-15", "ISO-8859-15")),
    "es": (("cp1252", "Windows-1252"), ("iso8859-1", "latin1"), ("iso8859-15", "iso-8859-15")),
    "pt": (("cp1252", "windows-1252"), ("iso8859-1", "ISO-8859-1"), ("iso8859-15", "l9")),
    # Central European
    "pl": (("cp1250", "windows-1250"), ("iso8859-2", "ISO-8859-2")),
    "cs": (("cp1250", "windows-1250"), ("iso8859-2", "iso-8859-2")),
    "hu": (("cp1250", "windows-1250"), ("iso8859-2", "latin2")),
    # Cyrillic
    "ru": (("cp1251", "windows-1251"), ("koi8-r", "KOI8-R"), ("iso8859-5", "ISO-8859-5")),
    "uk": (("cp1251", "windows-1251"), ("koi8-u", "KOI8-U")),
    "bg": (("cp1251", "windows-1251"), ("iso8859-5", "iso-8859-5")),
    # Greek, Turkish, Hebrew, Arabic, Thai, Vietnamese
    "el": (("cp1253", "windows-1253"), ("iso8859-7", "ISO-8859-7")),
    "tr": (("cp1254", "windows-1254"), ("iso8859-9", "ISO-8859-9")),
    "he": (("cp1255", "windows-1255"), ("iso8859-8", "ISO-8859-8-I")),
    "ar": (("cp1256", "windows-1256"), ("iso8859-6", "ISO-8859-6")),
    "th": (("cp874", "windows-874"), ("tis-620", "TIS-620")),
    "vi": (("cp1258", "windows-1258"),),
    # Chinese, Japanese, Korean
    "zh-hans": (("gb2312", "GB2312"), ("gbk", "GBK"), ("gb18030", "GB18030")),
    "zh-hant": (("big5", "Big5"),),
    "ja": (("shift_jis", "Shift_JIS"), ("euc_jp", "EUC-JP"), ("iso2022_jp", "ISO-2022-JP")),
    "ko": (("euc_kr", "EUC-KR"),),
}

CASES = [
    pytest.param(lang, codec, label, id=f"{lang}-{codec}")
    for lang, published in PUBLISHED.items()
    for codec, label in published
]


def news(lang: str) -> str:
    return (DATA / f"{lang}.txt").read_text(encoding="utf-8").strip("\n")


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?。])\s*", text, maxsplit=1)[0]


def as_published(text: str, codec: str) -> str:
    """The Unicode text a legacy encoder really writes.

    Only windows-1258 differs: it has few precomposed Vietnamese letters, so
    Windows writes "ệ" as "ê" + COMBINING DOT BELOW. Decoding gives that
    decomposed form back, which is the text the copy really contains.
    """
    if codecs.lookup(codec).name != "cp1258":
        return text
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            vowel = parts[0] + "".join(m for m in parts[1:] if m in "\u0302\u0306\u031b")
            tones = "".join(m for m in parts[1:] if m not in "\u0302\u0306\u031b")
            out.append(unicodedata.normalize("NFC", vowel) + tones)
    return "".join(out)


def decodes_same(data: bytes, encoding: str, text: str) -> bool:
    """Would ``encoding`` give the editor this same text?"""
    try:
        return data.decode(python_codec(encoding)) == text
    except (UnicodeDecodeError, LookupError):
        return False


def page(text: str, label: str | None, *, http_equiv: bool = False) -> str:
    if label is None:
        meta = ""
    elif http_equiv:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    else:
        meta = f'<meta charset="{label}">'
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f"{meta}\n<title>Breaking news</title>\n<style>p {{ margin: 0 }}</style>\n"
        "</head>\n<body>\n<article>\n"
        f"{paragraphs}\n"
        "</article>\n<script>track('</p>');</script>\n</body>\n</html>\n"
    )


def test_fixtures_are_realistic_news_in_every_encoding() -> None:
    for lang, published in PUBLISHED.items():
        text = news(lang)
        assert 300 <= len(text.encode("utf-8")) <= 1500, lang  # chardet needs enough text
        assert "\n\n" in text, f"{lang}: two paragraphs"
        for codec, _ in published:
            as_published(text, codec).encode(codec)  # encodable: no silent loss in the fixture


@pytest.mark.parametrize(("lang", "codec", "label"), CASES)
def test_plain_text_decodes_to_the_original(lang: str, codec: str, label: str) -> None:
    text = as_published(news(lang), codec)
    data = text.encode(codec)

    document = load_bytes(data, label=f"{lang}.txt")

    assert document.text == text
    assert decodes_same(data, document.encoding, text)
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.undecodable_bytes == 0
    assert document.format is Format.TEXT
    assert document.newline == "\n"
    assert 0 < document.confidence <= 1


@pytest.mark.parametrize(("lang", "codec", "label"), CASES)
def test_one_sentence_of_plain_text_is_enough(lang: str, codec: str, label: str) -> None:
    """A short copy (a headline and one sentence) still decodes to the right text."""
    text = as_published(first_sentence(news(lang)), codec)
    data = text.encode(codec)

    document = load_bytes(data, label=f"{lang}.txt")

    assert document.text == text
    assert decodes_same(data, document.encoding, text)


@pytest.mark.parametrize(("lang", "codec", "label"), CASES)
def test_html_declaring_its_charset_decodes_to_the_original(
    lang: str, codec: str, label: str
) -> None:
    text = as_published(news(lang), codec)
    http_equiv = len(label) % 2 == 0  # both declaration styles, spread over the cases
    data = page(text, label, http_equiv=http_equiv).encode(codec)

    document = load_bytes(data, label=f"{lang}.html")

    assert document.text == text
    assert document.format is Format.HTML
    assert document.encoding_method is EncodingMethod.DECLARED
    assert document.declared_encoding == label.lower()
    assert decodes_same(data, document.encoding, page(text, label, http_equiv=http_equiv))
    assert document.undecodable_bytes == 0


@pytest.mark.parametrize(("lang", "codec", "label"), CASES)
def test_html_without_a_declaration_is_detected(lang: str, codec: str, label: str) -> None:
    text = as_published(news(lang), codec)
    data = page(text, None).encode(codec)

    document = load_bytes(data, label="page", path=None)  # sniffed, no suffix

    assert document.format is Format.HTML
    assert document.text == text
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.declared_encoding is None


@pytest.mark.parametrize(("lang", "codec", "label"), CASES)
def test_crlf_text_keeps_its_newline_style_and_is_normalised(
    lang: str, codec: str, label: str
) -> None:
    text = as_published(news(lang), codec)
    data = text.replace("\n", "\r\n").encode(codec)

    document = load_bytes(data, label="windows.txt")

    assert document.text == text
    assert document.newline == "\r\n"


@pytest.mark.parametrize("lang", sorted(PUBLISHED))
def test_unicode_encodings_of_every_language(lang: str) -> None:
    text = news(lang)
    for codec, method, bom in (
        ("utf-8", EncodingMethod.UTF8_VALID, False),
        ("utf-8-sig", EncodingMethod.BOM, True),
        ("utf-16", EncodingMethod.BOM, True),  # with its byte order mark
        ("utf-16-be", None, False),
        ("utf-32", EncodingMethod.BOM, True),
    ):
        if codec == "utf-16-be":
            data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
            method, bom = EncodingMethod.BOM, True
        else:
            data = text.encode(codec)
        document = load_bytes(data, label=f"{lang}.txt")
        assert document.text == text, codec
        assert document.encoding_method is method, codec
        assert document.bom is bom, codec
