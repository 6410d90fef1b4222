"""Encoding names, browser labels, counted decoding and chardet re-ranked."""

from __future__ import annotations

import ast
import codecs
from pathlib import Path

import pytest

from compare import detection
from compare.charsets import (
    DISPLAY_NAMES,
    WHATWG_LABELS,
    UnknownLabel,
    codec_name,
    display_name,
    python_codec,
    resolve_label,
)
from compare.detection import (
    Candidate,
    Detection,
    decode,
    decode_counting,
    detect,
    implausibility,
    mostly_utf8,
)
from compare.model import Alternative

COMPARE = Path(detection.__file__).parent

# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin1", "windows-1252"),
        ("ISO-8859-1", "windows-1252"),
        ("iso_8859-1:1987", "windows-1252"),
        ("ascii", "windows-1252"),
        ("US-ASCII", "windows-1252"),
        ("iso-8859-9", "windows-1254"),
        ("x-sjis", "shift_jis"),
        ("Shift_JIS", "shift_jis"),
        ("windows-31j", "cp932"),
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("x-gbk", "gb18030"),
        ("ks_c_5601-1987", "euc-kr"),
        ("tis-620", "windows-874"),
        ("iso-8859-11", "windows-874"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("koi8-u", "koi8-u"),
        ("koi8-ru", "koi8-u"),
        ("visual", "iso-8859-8"),
        ("iso-8859-8-i", "iso-8859-8"),
        ("big5", "big5"),
        ("euc-jp", "euc-jp"),
        ("iso-2022-jp", "iso-2022-jp"),
        ("utf8", "utf-8"),
        ("  UTF-8 ", "utf-8"),
        ("cp1251", "windows-1251"),
        # not browser labels, but Python knows them
        ("cp437", "cp437"),
        ("mac-roman", "mac-roman"),
        ("utf-32", "utf-32"),
    ],
)
def test_labels_resolve_like_a_browser(label: str, expected: str) -> None:
    assert resolve_label(label) == expected


@pytest.mark.parametrize("label", ["foo", "rot13", "base64", "hex", "zlib", "", "utf-9"])
def test_unknown_labels(label: str) -> None:
    with pytest.raises(UnknownLabel):
        codec_name(label)


def test_every_browser_label_maps_to_a_python_codec() -> None:
    for label, codec in WHATWG_LABELS.items():
        assert label == label.lower()
        assert codecs.lookup(codec).name == codec, label
        b"".decode(codec)


def test_display_names_resolve_back_to_their_codec() -> None:
    codecs_seen = set(WHATWG_LABELS.values()) | set(DISPLAY_NAMES)
    codecs_seen |= {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "euc_jis_2004",
                    "shift_jis_2004", "iso2022_jp_2", "big5hkscs", "cp949", "cp950", "tis-620",
                    "mac-greek", "hp-roman8", "kz1048", "ptcp154"}  # fmt: skip
    for codec in codecs_seen:
        name = display_name(codec)
        assert name == name.lower()
        assert python_codec(name) == codecs.lookup(codec).name, (codec, name)


# -- counted decoding ----------------------------------------------------------------


def test_decode_counting_counts_bytes_not_characters() -> None:
    assert decode_counting(b"ok", "utf-8") == ("ok", 0)
    text, bad = decode_counting(b"a\xff\xfeb\xe2\x80", "utf-8")
    assert text == "a\N{REPLACEMENT CHARACTER}\N{REPLACEMENT CHARACTER}b\N{REPLACEMENT CHARACTER}"
    assert bad == 4
    text, bad = decode_counting(b"\x81 \x8d", "cp1252")
    assert (text, bad) == ("\N{REPLACEMENT CHARACTER} \N{REPLACEMENT CHARACTER}", 2)


def test_decode_tries_supersets_before_giving_up() -> None:
    # ① (CIRCLED DIGIT ONE) is a Microsoft extension: not in strict Shift_JIS
    data = "第①項".encode("cp932")
    decoded = decode(data, "shift_jis")
    assert decoded.text == "第①項"
    assert decoded.encoding == "cp932"
    assert decoded.undecodable_bytes == 0
    # Korean beyond EUC-KR's 2,350 syllables needs windows-949
    decoded = decode("똠방각하".encode("cp949"), "euc_kr")
    assert (decoded.text, decoded.encoding) == ("똠방각하", "cp949")


def test_decode_keeps_the_fewest_errors_when_nothing_is_clean() -> None:
    decoded = decode(b"\x80\x80 abc", "big5")  # nor cp950 nor big5hkscs decode 0x80
    assert decoded.undecodable_bytes == 2
    assert decoded.encoding == "big5"
    assert decoded.text.endswith(" abc")


def test_mostly_utf8() -> None:
    good = "Ça coûte 5 € – d’après l’État, c’est réglé.".encode()
    damaged = good + b" \x93"
    decoded = mostly_utf8(damaged)
    assert decoded is not None
    assert decoded.undecodable_bytes == 1
    assert decoded.text.endswith(" \N{REPLACEMENT CHARACTER}")
    # legacy text is not "mostly UTF-8"
    assert mostly_utf8("Ça coûte cher, d'après l'État.".encode("cp1252")) is None
    assert mostly_utf8("Правительство России".encode("cp1251")) is None
    assert mostly_utf8(b"plain ascii") is None


# -- plausibility --------------------------------------------------------------------


def test_correct_decodings_are_plausible_and_mojibake_is_not() -> None:
    russian = "Правительство России в среду утвердило новую программу поддержки."
    assert implausibility(russian) == 0
    data = russian.encode("cp1251")
    assert implausibility(data.decode("koi8-r")) > 0.2  # cases swapped: оПЮБХРЕКЭЯРБН
    french = "Le ministre a déclaré « Nous ne laisserons personne de côté »."
    assert implausibility(french) == 0
    assert implausibility(french.encode("cp1252").decode("cp437")) > 0.2
    assert implausibility("price: 5 \N{HEBREW LETTER ALEF}") > 0.2  # € read as cp862
    assert implausibility("bad \x01 \x85 \N{REPLACEMENT CHARACTER}") >= 1
    japanese = "政府は２６日の閣議で、物価高騰に対応する。ニュース"
    assert implausibility(japanese) == 0
    assert implausibility("Tiếng Việt có dấu") == 0
    assert implausibility("") == 0


def test_rerank_prefers_plausible_text_over_chardets_tie() -> None:
    text = "The minister said it was “a historic day” for the region’s farmers — and more."
    found = detect(text.encode("cp1252"))
    assert found.best is not None
    assert found.best.codec == "cp1252"
    # chardet itself ranked DOS and Mac code pages level with windows-1252
    assert any(c.codec in ("cp437", "mac-roman") for c in found.candidates)


def test_detect_returns_our_records_not_chardets_dicts() -> None:
    found = detect("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251"))
    assert isinstance(found, Detection)
    assert all(isinstance(c, Candidate) for c in found.candidates)
    assert found.best is not None and found.best.codec == "cp1251"
    alternatives = found.alternatives("cp1251")
    assert all(isinstance(a, Alternative) for a in alternatives)
    assert "windows-1251" not in {a.encoding for a in alternatives}
    assert len(alternatives) <= detection.MAX_ALTERNATIVES


def test_detect_ignores_stray_control_bytes() -> None:
    # chardet calls a text with one NUL binary; the loader decides that by proportion
    found = detect("Привет, мир!\x00 Правительство России.\x01".encode("cp1251") * 5)
    assert not found.binary
    assert found.best is not None and found.best.codec == "cp1251"


def test_detection_is_bounded_to_a_sample() -> None:
    data = "Правительство России. ".encode("cp1251") * 50_000  # ~1 MB
    assert len(data) > detection.DETECTION_SAMPLE_BYTES
    found = detect(data)
    assert found.best is not None and found.best.codec == "cp1251"


# -- boundaries ------------------------------------------------------------------------


def test_only_detection_imports_chardet() -> None:
    importers = []
    for path in COMPARE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "chardet" for name in names):
                importers.append(path.name)
    assert importers == ["detection.py"]


# -- one table of encoding names (issue 11, item 11) ----------------------------------


def test_every_codec_the_detector_can_name_is_a_text_codec() -> None:
    import chardet.registry

    from compare.charsets import TEXT_CODECS

    for name in chardet.registry.REGISTRY:
        codec = python_codec(name)
        assert codec in TEXT_CODECS, name


def test_every_display_name_resolves_back_to_a_codec_that_decodes_the_same() -> None:
    from compare.charsets import TEXT_CODECS

    sample = bytes(range(0x20, 0x7F)) + bytes(range(0xA0, 0x100))
    for codec in TEXT_CODECS:
        shown = display_name(codec)
        back = codec_name(shown)
        if python_codec(back) != codec:  # a browser rule: iso-8859-1 reads as windows-1252
            assert codec in ("iso8859-1", "iso8859-9", "iso8859-11", "tis-620", "ascii",
                             "gb2312", "gbk", "utf-16"), (codec, shown, back)  # fmt: skip
            continue
        assert sample.decode(codec, "replace") == sample.decode(back, "replace")


def test_the_window_menu_offers_only_names_the_loader_accepts() -> None:
    from compare.charsets import MENU_ENCODINGS

    for label in MENU_ENCODINGS:
        assert resolve_label(label)
