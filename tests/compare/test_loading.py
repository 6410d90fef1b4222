"""bytes -> Document: the encoding order, files, errors, HTML, invariants."""

from __future__ import annotations

import codecs
import os
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import (
    Document,
    EncodingMethod,
    Format,
    InputBinary,
    InputIsDirectory,
    InputMissing,
    InputTooLarge,
    InputUnreadable,
    UnknownEncoding,
    load_bytes,
    load_path,
    load_text,
    resolve_encoding,
)
from compare.detection import python_codec

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "copy-kproxy.txt"
DATA = Path(__file__).parent / "data" / "encodings"

FRENCH = (DATA / "fr.txt").read_text(encoding="utf-8").strip("\n")
RUSSIAN = (DATA / "ru.txt").read_text(encoding="utf-8").strip("\n")


# -- the encoding order --------------------------------------------------------


def test_utf8_without_bom() -> None:
    document = load_bytes(FRENCH.encode("utf-8"), label="fr.txt")
    assert document.text == FRENCH
    assert document.encoding == "utf-8"
    assert document.encoding_method is EncodingMethod.UTF8_VALID
    assert document.confidence == 1.0
    assert document.bom is False
    assert document.undecodable_bytes == 0


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_mark_decides_and_is_not_text(bom: bytes, codec: str, expected: str) -> None:
    document = load_bytes(bom + RUSSIAN.encode(codec), label="ru.txt")
    assert document.text == RUSSIAN  # no U+FEFF at the start
    assert document.encoding == expected
    assert document.encoding_method is EncodingMethod.BOM
    assert document.bom is True


def test_utf16_without_bom_is_decoded_not_refused() -> None:
    document = load_bytes(FRENCH.encode("utf-16-le"), label="fr.txt")
    assert document.text == FRENCH
    assert document.encoding == "utf-16-le"
    assert document.encoding_method is EncodingMethod.DETECTED


def test_one_bad_byte_in_utf8_is_shown_and_counted_not_dropped() -> None:
    # a UTF-8 article with one stray windows-1252 quote is not valid UTF-8 as a
    # whole, but it is still UTF-8: not mojibake from some Mac code page
    data = "Déjà vu: the café’s owner said “no”.".encode() + b" \x92 end"
    document = load_bytes(data, label="x.txt")
    assert document.text == "Déjà vu: the café’s owner said “no”. \N{REPLACEMENT CHARACTER} end"
    assert document.encoding == "utf-8"
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.undecodable_bytes == 1
    assert document.notes == (
        "mostly valid UTF-8: 1 undecodable byte(s) shown as \N{REPLACEMENT CHARACTER}",
    )


def test_html_declaring_utf8_with_a_damaged_byte_stays_utf8() -> None:
    data = '<meta charset="utf-8"><p>Grüße aus Köln – schön!</p>'.encode().replace(
        b"\xc3\xb6", b"\xf6", 1
    )
    document = load_bytes(data, label="x.html")
    assert document.text == "Grüße aus K\N{REPLACEMENT CHARACTER}ln – schön!"
    assert document.encoding == "utf-8"
    assert document.undecodable_bytes == 1
    assert document.notes[0] == "declared charset 'utf-8' did not decode cleanly"


def test_undecodable_bytes_are_replacement_characters_and_counted() -> None:
    # override as UTF-8: the two bad bytes stay visible as U+FFFD and are counted
    data = b"caf\xe9 cr\xe8me"
    document = load_bytes(data, label="x.txt", encoding="utf-8")
    assert document.text == "caf\N{REPLACEMENT CHARACTER} cr\N{REPLACEMENT CHARACTER}me"
    assert document.undecodable_bytes == 2
    assert any("2 byte(s)" in note for note in document.notes)


def test_truncated_multibyte_sequence_counts_every_byte() -> None:
    data = "Ende “".encode()[:-1]  # the quote's 3 bytes cut to 2
    document = load_bytes(data, label="x.txt", encoding="utf-8")
    assert document.text == "Ende \N{REPLACEMENT CHARACTER}"
    assert document.undecodable_bytes == 2


def test_windows_1252_english_with_curly_quotes() -> None:
    text = "The minister said it was “a historic day” for the region’s farmers — and promised more."
    document = load_bytes(text.encode("cp1252"), label="en.txt")
    assert document.text == text
    assert document.encoding == "windows-1252"


def test_detected_documents_record_alternatives_other_than_the_choice() -> None:
    document = load_bytes(RUSSIAN.encode("cp1251"), label="ru.txt")
    assert document.encoding == "windows-1251"
    assert document.alternatives, "chardet's runners-up are recorded"
    assert all(alt.encoding != document.encoding for alt in document.alternatives)
    assert len({alt.encoding for alt in document.alternatives}) == len(document.alternatives)
    for alternative in document.alternatives:
        python_codec(alternative.encoding)  # a name the window can re-decode with
        assert 0 < alternative.confidence <= 1


def test_fallback_is_windows_1252_with_the_reason_recorded() -> None:
    # high bytes with no text around them: no decoding is plausible
    data = bytes(range(0x80, 0x100)) * 2
    document = load_bytes(data, label="noise.txt")
    assert document.encoding_method is EncodingMethod.FALLBACK
    assert document.encoding == "windows-1252"
    assert document.confidence == 0.0
    assert document.low_confidence
    assert document.notes == (
        "no encoding fits: decoded as windows-1252, the commonest legacy encoding on the web; "
        "10 undecodable byte(s) shown as \N{REPLACEMENT CHARACTER}",
    )
    # windows-1252 leaves 5 bytes undefined: shown and counted, twice over
    assert document.undecodable_bytes == 10
    assert document.text.count("\N{REPLACEMENT CHARACTER}") == 10
    assert len(document.text) == 256


def test_empty_input_is_an_empty_utf8_document() -> None:
    document = load_bytes(b"", label="empty.txt")
    assert document.text == ""
    assert document.encoding == "utf-8"
    assert document.encoding_method is EncodingMethod.UTF8_VALID
    assert document.newline == ""
    assert document.size == 0


def test_iso_2022_jp_is_not_taken_for_utf8() -> None:
    text = "政府は２６日の閣議で、物価高騰に対応するための新たな経済対策を決定した。"
    document = load_bytes(text.encode("iso2022_jp"), label="ja.txt")
    assert document.text == text
    assert document.encoding == "iso-2022-jp"


# -- override ----------------------------------------------------------------------


def test_override_redecodes_the_same_bytes() -> None:
    data = RUSSIAN.encode("koi8-r")
    guessed = load_bytes(data, label="ru.txt")
    forced = load_bytes(data, label="ru.txt", encoding="windows-1251")
    assert guessed.text == RUSSIAN
    assert forced.text == data.decode("cp1251") != RUSSIAN
    assert forced.encoding == "windows-1251"
    assert forced.encoding_method is EncodingMethod.OVERRIDE
    assert forced.sha256 == guessed.sha256
    again = load_bytes(data, label="ru.txt", encoding=guessed.encoding)
    assert again.text == RUSSIAN


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin1", "windows-1252"),
        ("ISO-8859-1", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("x-sjis", "shift_jis"),
        ("ks_c_5601-1987", "euc-kr"),
        ("gb2312", "gb18030"),
        ("tis-620", "windows-874"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("koi8-u", "koi8-u"),
        ("visual", "iso-8859-8"),
        ("cp1251", "windows-1251"),
    ],
)
def test_override_accepts_browser_labels(label: str, expected: str) -> None:
    document = load_bytes(b"plain ascii", label="x.txt", encoding=label)
    assert document.encoding == expected
    assert document.text == "plain ascii"


def test_override_with_a_browser_rule_says_so() -> None:
    document = load_bytes(b"caf\xe9 \x93quoted\x94", label="x.txt", encoding="iso-8859-1")
    assert document.text == "café “quoted”"
    assert document.notes == ("encoding 'iso-8859-1' decoded as windows-1252 (browser rule)",)


@pytest.mark.parametrize(
    "name",
    # not codecs, binary codecs, and Python codecs that are no article's encoding
    ["foo", "utf-9", "rot13", "base64", "", "hex", "undefined", "idna", "punycode",
     "unicode_escape", "raw_unicode_escape", "palmos", "charmap"],
)  # fmt: skip
def test_unknown_encoding_is_one_clear_line(name: str) -> None:
    with pytest.raises(UnknownEncoding) as caught:
        load_bytes("text \\ud800 é".encode(), label="x.txt", encoding=name)
    assert str(caught.value) == (
        f"unknown encoding {name!r}: give a text encoding such as utf-8, windows-1251, "
        "koi8-r, shift_jis or gb18030"
    )


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("windows-874", "windows-874"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("x-sjis", "shift_jis"),
        ("unicode-1-1-utf-8", "utf-8"),
        ("latin_1", "iso-8859-1"),  # a Python alias of a text codec
        ("cp437", "cp437"),
    ],
)
def test_every_browser_label_is_accepted(label: str, shown: str) -> None:
    assert resolve_encoding(label) == load_bytes(b"x", label="x", encoding=label).encoding
    assert load_bytes(b"x", label="x", encoding=label).encoding == shown


def test_utf7_lone_surrogates_become_replacement_characters() -> None:
    document = load_bytes(b"a +2AA- b", label="x.txt", encoding="utf-7")
    assert document.text == "a \N{REPLACEMENT CHARACTER} b"
    assert document.undecodable_bytes == 1
    document.text.encode("utf-8")  # a report can always be written


def test_override_utf16_follows_the_byte_order_mark() -> None:
    data = codecs.BOM_UTF16_BE + "Grüße".encode("utf-16-be")
    document = load_bytes(data, label="x.txt", encoding="utf-16")
    assert document.text == "Grüße"
    assert document.bom is True
    assert document.encoding == "utf-16-be"


# -- newlines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "style"),
    [
        (b"a\nb\n", "\n"),
        (b"a\r\nb\r\n", "\r\n"),
        (b"a\rb\r", "\r"),
        (b"a\r\nb\nc", "mixed"),
        (b"a\rb\nc", "mixed"),
        (b"no break", ""),
    ],
)
def test_newline_style_is_recorded_and_text_normalised(raw: bytes, style: str) -> None:
    document = load_bytes(raw, label="x.txt")
    assert document.newline == style
    assert "\r" not in document.text
    assert document.text == raw.decode().replace("\r\n", "\n").replace("\r", "\n")


# -- binary ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(30), "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"\x7fELF\x02\x01\x01" + bytes(20), "ELF"),
    ],
)
def test_known_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    with pytest.raises(InputBinary) as caught:
        load_bytes(data, label="scan.dat")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("scan.dat: ")
    assert what in message


def test_nul_bytes_in_non_utf16_text_are_binary() -> None:
    with pytest.raises(InputBinary, match="binary"):
        load_bytes(b"some text\x00\x00\x01\x02\x00 more text \x00\xff\x00", label="x.bin")


def test_mostly_control_bytes_are_binary() -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65]) * 50
    with pytest.raises(InputBinary, match="control bytes"):
        load_bytes(data, label="x.bin")


def test_text_with_a_few_control_characters_is_text() -> None:
    data = ("A paragraph of text. " * 30 + "\x0c\x1b\x07 end").encode()
    assert load_bytes(data, label="x.txt").text.endswith("\x07 end")


# -- files --------------------------------------------------------------------------


def test_load_path_reads_the_sample_fast_and_leaves_it_alone() -> None:
    before = SAMPLE.stat()
    document = load_path(SAMPLE)
    assert document.path == str(SAMPLE)
    assert document.label == "copy-kproxy.txt"
    assert document.size == 5094
    assert document.encoding_method is EncodingMethod.UTF8_VALID
    assert document.newline == "\n"
    assert "7;t need it" in document.text
    after = SAMPLE.stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    started = time.perf_counter()
    for _ in range(20):
        load_path(SAMPLE)
    assert (time.perf_counter() - started) / 20 < 0.005


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputMissing) as caught:
        load_path(tmp_path / "nope.txt")
    assert str(caught.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputIsDirectory) as caught:
        load_path(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a file"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    secret.chmod(0)
    try:
        with pytest.raises(InputUnreadable) as caught:
            load_path(secret)
        assert str(caught.value) == f"{secret}: cannot read (permission denied)"
    finally:
        secret.chmod(0o600)


def test_unreadable_as_root_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file, so the permission error is simulated at open()."""
    target = tmp_path / "locked.txt"
    target.write_text("x")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("compare.loading.os.open", refuse)
    with pytest.raises(InputUnreadable) as caught:
        load_path(target)
    assert str(caught.value) == f"{target}: cannot read (permission denied)"


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge) as caught:
        load_path(big, max_bytes=100)
    assert str(caught.value) == f"{big}: 101 bytes is over the 100-byte limit"
    assert load_path(big, max_bytes=101).size == 101


def test_binary_file_message_names_the_file(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(InputBinary) as caught:
        load_path(image)
    assert str(caught.value) == f"{image}: this is a PNG image, not text"


def test_messages_stay_on_one_line_for_hostile_names(tmp_path: Path) -> None:
    with pytest.raises(InputMissing) as caught:
        load_path(tmp_path / "evil\nname.txt")
    assert "\n" not in str(caught.value)


def test_load_path_override_and_label(tmp_path: Path) -> None:
    target = tmp_path / "ru.txt"
    target.write_bytes(RUSSIAN.encode("koi8-r"))
    document = load_path(target, label="Mirror", encoding="koi8-r")
    assert document.label == "Mirror"
    assert document.text == RUSSIAN
    assert document.encoding_method is EncodingMethod.OVERRIDE


# -- HTML -------------------------------------------------------------------------


def test_html_by_suffix_becomes_visible_text() -> None:
    data = b"<nav>Home | World</nav><p>First &amp; second</p><p>Next<br>line</p>"
    document = load_bytes(data, label="page.htm")
    assert document.format is Format.HTML
    assert document.text == "Home | World\n\nFirst & second\n\nNext\nline"


def test_html_by_sniffing_and_plain_text_mentioning_tags() -> None:
    sniffed = load_bytes(b"  <!DOCTYPE html><title>T</title><p>Body</p>", label="page")
    assert sniffed.format is Format.HTML
    assert sniffed.text == "Body"
    mention = load_bytes(b"Use the <p> element for paragraphs.\n", label="notes.txt")
    assert mention.format is Format.TEXT
    assert mention.text == "Use the <p> element for paragraphs.\n"


def test_format_argument_forces_the_choice() -> None:
    data = b"<p>Hello</p>"
    assert load_bytes(data, label="x.html", fmt=Format.TEXT).text == "<p>Hello</p>"
    assert load_bytes(b"Hello<br>world", label="x.txt", fmt=Format.HTML).text == "Hello\nworld"


def test_html_declaring_utf8_but_not_utf8_is_detected_with_a_note() -> None:
    body = "".join(f"<p>{p}</p>" for p in RUSSIAN.split("\n\n"))
    data = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("cp1251")
    document = load_bytes(data, label="ru.html")
    assert document.text == RUSSIAN
    assert document.encoding == "windows-1251"
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.declared_encoding == "utf-8"
    assert document.notes == (
        "declared charset 'utf-8' did not decode cleanly; detected windows-1251",
    )


def test_html_declared_latin1_is_windows_1252_by_browser_rule() -> None:
    data = '<meta charset="iso-8859-1"><p>“Quoted” café</p>'.encode("cp1252")
    document = load_bytes(data, label="x.html")
    assert document.text == "“Quoted” café"
    assert document.encoding == "windows-1252"
    assert document.encoding_method is EncodingMethod.DECLARED
    assert document.notes == (
        "declared charset 'iso-8859-1' decoded as windows-1252 (browser rule)",
    )


def test_html_xml_declaration_is_a_declared_charset() -> None:
    data = ('<?xml version="1.0" encoding="windows-1251"?>\n<html><body><p>' + RUSSIAN[:200]
            + "</p></body></html>").encode("cp1251")  # fmt: skip
    document = load_bytes(data, label="x.xhtml")
    assert document.encoding_method is EncodingMethod.DECLARED
    assert document.encoding == "windows-1251"
    assert document.text == " ".join(RUSSIAN[:200].split())


def test_html_with_bom_ignores_a_contradicting_declaration() -> None:
    data = codecs.BOM_UTF8 + '<meta charset="windows-1251"><p>Grüße</p>'.encode()
    document = load_bytes(data, label="x.html")
    assert document.text == "Grüße"
    assert document.encoding_method is EncodingMethod.BOM
    assert document.declared_encoding == "windows-1251"
    assert document.notes == (
        "declared charset 'windows-1251' ignored: the byte order mark says utf-8",
    )


def test_html_unknown_declared_charset_falls_through_to_detection() -> None:
    body = "".join(f"<p>{p}</p>" for p in FRENCH.split("\n\n"))
    data = f'<meta charset="no-such-thing">{body}'.encode("cp1252")
    document = load_bytes(data, label="fr.html")
    assert document.text == FRENCH
    assert document.encoding_method is EncodingMethod.DETECTED
    assert document.notes[0].startswith("declared charset 'no-such-thing' is unknown; detected")


# -- load_text -------------------------------------------------------------------------


def test_load_text_plain_and_html() -> None:
    plain = load_text("Line one\r\nLine two", label="Clipboard")
    assert plain.text == "Line one\nLine two"
    assert plain.newline == "\r\n"
    assert plain.format is Format.TEXT
    html = load_text("<p>Dropped &amp; <b>bold</b></p><p>Two</p>", label="Drop", fmt=Format.HTML)
    assert html.text == "Dropped & bold\n\nTwo"
    assert html.format is Format.HTML


def test_load_text_with_lone_surrogate_counts_it() -> None:
    document = load_text("bad \ud800 char")
    assert document.text == "bad \N{REPLACEMENT CHARACTER} char"
    assert document.undecodable_bytes == 1


# -- performance ----------------------------------------------------------------------


def test_ten_megabytes_of_utf8_load_quickly() -> None:
    paragraph = (FRENCH + "\n\n").encode()
    data = paragraph * (10_000_000 // len(paragraph))
    started = time.perf_counter()
    document = load_bytes(data, label="big.txt")
    elapsed = time.perf_counter() - started
    assert document.encoding_method is EncodingMethod.UTF8_VALID
    assert len(document.text) > 9_000_000
    assert elapsed < 0.6  # ~0.1 s measured; generous for a loaded CI machine


def test_ten_megabytes_of_legacy_text_detect_on_a_sample_and_decode_whole() -> None:
    paragraph = (RUSSIAN + "\n\n").encode("cp1251")
    data = paragraph * (10_000_000 // len(paragraph)) + "Конец.".encode("cp1251")
    started = time.perf_counter()
    document = load_bytes(data, label="big.txt")
    elapsed = time.perf_counter() - started
    assert document.encoding == "windows-1251"
    assert document.text.endswith("Конец.")  # decoded past the detection sample
    assert elapsed < 2.0  # ~0.3 s measured


# -- properties ----------------------------------------------------------------------

BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                        codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])  # fmt: skip


def _check(document: Document) -> None:
    assert "\r" not in document.text
    assert document.undecodable_bytes >= 0
    assert document.text.count("\N{REPLACEMENT CHARACTER}") >= 0
    python_codec(document.encoding)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bom=BOMS, data=st.binary(max_size=600), name=st.sampled_from(["x.txt", "x.html", "x"]))
def test_any_bytes_load_or_are_binary(bom: bytes, data: bytes, name: str) -> None:
    try:
        document = load_bytes(bom + data, label=name)
    except InputBinary as error:
        assert "\n" not in str(error)
        return
    _check(document)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    codec=st.sampled_from(["utf-8", "cp1252", "cp1251", "shift_jis", "gb18030", "utf-16"]),
)
def test_any_text_in_any_encoding_loads_or_is_binary(text: str, codec: str) -> None:
    data = text.encode(codec, errors="replace")
    try:
        document = load_bytes(data, label="x.html")
    except InputBinary:
        return
    _check(document)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_load_text_round_trips_plain_text(text: str) -> None:
    document = load_text(text)
    assert document.text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert document.undecodable_bytes == 0


def test_a_small_file_costs_memory_for_its_size_not_for_the_limit(sample_pair):
    import tracemalloc

    load_path(sample_pair[1])  # warm caches (codecs, regexes)
    tracemalloc.start()
    try:
        load_path(sample_pair[1])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * sample_pair[1].stat().st_size  # was the 64 MiB limit, allocated up front


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_without_reading_it(device):
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(InputUnreadable) as caught:
        load_path(device, max_bytes=100_000)
    assert str(caught.value) == f"{device}: is a device, not a file"


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    outcome: list[BaseException | object] = []

    def load() -> None:
        try:
            outcome.append(load_path(fifo))
        except BaseException as error:
            outcome.append(error)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "load_path blocked on a named pipe"  # forever before
    assert isinstance(outcome[0], InputUnreadable)
    assert str(outcome[0]).startswith(f"{fifo}: is a named pipe (FIFO), not a file")


def test_a_socket_is_refused(tmp_path):
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(InputUnreadable, match="is a socket, not a file"):
            load_path(path)


def test_a_symlink_loop_is_one_line(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InputUnreadable) as caught:
        load_path(tmp_path / "a")
    assert str(caught.value) == f"{tmp_path / 'a'}: cannot read (too many levels of symbolic links)"
