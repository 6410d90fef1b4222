"""Charset names: the one table of encoding labels the command line, the window and reports share.

Three kinds of names are in play:

* a *label* is what a page declares or a user types (``latin1``, ``x-sjis``,
  ``ks_c_5601-1987``); :func:`resolve_label` maps it the way a browser does
  (WHATWG Encoding Standard, table :data:`WHATWG_LABELS`), falling back to
  Python's own aliases of a codec in :data:`TEXT_CODECS`;
* a *codec* is Python's canonical codec name (``cp1251``, ``iso8859-7``,
  ``euc_jp``): what we decode with. Only the text encodings in
  :data:`TEXT_CODECS` are ever used: Python also calls ``idna``, ``punycode``,
  ``unicode_escape`` and ``undefined`` codecs, and they are not how any article
  is stored;
* a *display name* (``windows-1251``, ``iso-8859-7``, ``euc-jp``) is what a
  :class:`~compare.model.Document` records and a report shows. Every display
  name resolves back to its codec through :func:`resolve_label`.

:data:`MENU_ENCODINGS` is what the window offers besides the detected ones.
"""

from __future__ import annotations

import codecs
import importlib
from functools import cache, lru_cache

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

#: Python codec name -> the display name a Document records. Codecs not listed
#: display as their codec name with "_" turned into "-".
DISPLAY_NAMES: dict[str, str] = {
    "cp874": "windows-874",
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "iso8859-1": "iso-8859-1",
    "iso8859-2": "iso-8859-2",
    "iso8859-3": "iso-8859-3",
    "iso8859-4": "iso-8859-4",
    "iso8859-5": "iso-8859-5",
    "iso8859-6": "iso-8859-6",
    "iso8859-7": "iso-8859-7",
    "iso8859-8": "iso-8859-8",
    "iso8859-9": "iso-8859-9",
    "iso8859-10": "iso-8859-10",
    "iso8859-11": "iso-8859-11",
    "iso8859-13": "iso-8859-13",
    "iso8859-14": "iso-8859-14",
    "iso8859-15": "iso-8859-15",
    "iso8859-16": "iso-8859-16",
    "iso2022_jp": "iso-2022-jp",
    "iso2022_jp_1": "iso-2022-jp-1",
    "iso2022_jp_2": "iso-2022-jp-2",
    "iso2022_jp_3": "iso-2022-jp-3",
    "iso2022_jp_2004": "iso-2022-jp-2004",
    "iso2022_jp_ext": "iso-2022-jp-ext",
    "iso2022_kr": "iso-2022-kr",
    # the Japanese names keep their conventional underscore
    "shift_jis": "shift_jis",
    "shift_jis_2004": "shift_jis_2004",
    "shift_jisx0213": "shift_jisx0213",
}

#: Labels a browser accepts, lower case, -> the Python codec it decodes with.
#: From the WHATWG Encoding Standard (https://encoding.spec.whatwg.org/#names-and-labels).
#: The browser rules that surprise people: ISO-8859-1, ASCII and latin1 all mean
#: windows-1252; ISO-8859-9 means windows-1254; TIS-620 and ISO-8859-11 mean
#: windows-874; GB2312 and GBK are decoded as GB18030; EUC-KR labels cover the
#: whole of windows-949 (see :data:`DECODE_SUPERSETS`); Big5 is decoded with the
#: HKSCS extensions as a last resort.
WHATWG_LABELS: dict[str, str] = {
    # UTF-8
    **dict.fromkeys(
        ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
        "utf-8",
    ),
    # legacy single-byte encodings
    **dict.fromkeys(("866", "cp866", "csibm866", "ibm866"), "cp866"),
    **dict.fromkeys(
        (
            "csisolatin2",
            "iso-8859-2",
            "iso-ir-101",
            "iso8859-2",
            "iso88592",
            "iso_8859-2",
            "iso_8859-2:1987",
            "l2",
            "latin2",
        ),
        "iso8859-2",
    ),
    **dict.fromkeys(
        (
            "csisolatin3",
            "iso-8859-3",
            "iso-ir-109",
            "iso8859-3",
            "iso88593",
            "iso_8859-3",
            "iso_8859-3:1988",
            "l3",
            "latin3",
        ),
        "iso8859-3",
    ),
    **dict.fromkeys(
        (
            "csisolatin4",
            "iso-8859-4",
            "iso-ir-110",
            "iso8859-4",
            "iso88594",
            "iso_8859-4",
            "iso_8859-4:1988",
            "l4",
            "latin4",
        ),
        "iso8859-4",
    ),
    **dict.fromkeys(
        (
            "csisolatincyrillic",
            "cyrillic",
            "iso-8859-5",
            "iso-ir-144",
            "iso8859-5",
            "iso88595",
            "iso_8859-5",
            "iso_8859-5:1988",
        ),
        "iso8859-5",
    ),
    **dict.fromkeys(
        (
            "arabic",
            "asmo-708",
            "csiso88596e",
            "csiso88596i",
            "csisolatinarabic",
            "ecma-114",
            "iso-8859-6",
            "iso-8859-6-e",
            "iso-8859-6-i",
            "iso-ir-127",
            "iso8859-6",
            "iso88596",
            "iso_8859-6",
            "iso_8859-6:1987",
        ),
        "iso8859-6",
    ),
    **dict.fromkeys(
        (
            "csisolatingreek",
            "ecma-118",
            "elot_928",
            "greek",
            "greek8",
            "iso-8859-7",
            "iso-ir-126",
            "iso8859-7",
            "iso88597",
            "iso_8859-7",
            "iso_8859-7:1987",
            "sun_eu_greek",
        ),
        "iso8859-7",
    ),
    **dict.fromkeys(
        # "visual" order Hebrew and "logical" (-i) order have the same bytes per letter
        (
            "csiso88598e",
            "csisolatinhebrew",
            "hebrew",
            "iso-8859-8",
            "iso-8859-8-e",
            "iso-ir-138",
            "iso8859-8",
            "iso88598",
            "iso_8859-8",
            "iso_8859-8:1988",
            "visual",
            "csiso88598i",
            "iso-8859-8-i",
            "logical",
        ),
        "iso8859-8",
    ),
    **dict.fromkeys(
        ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"),
        "iso8859-10",
    ),
    **dict.fromkeys(("iso-8859-13", "iso8859-13", "iso885913"), "iso8859-13"),
    **dict.fromkeys(("iso-8859-14", "iso8859-14", "iso885914"), "iso8859-14"),
    **dict.fromkeys(
        ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
        "iso8859-15",
    ),
    "iso-8859-16": "iso8859-16",
    **dict.fromkeys(("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"), "koi8-r"),
    **dict.fromkeys(("koi8-ru", "koi8-u"), "koi8-u"),
    **dict.fromkeys(("csmacintosh", "mac", "macintosh", "x-mac-roman"), "mac-roman"),
    **dict.fromkeys(
        ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
        "cp874",
    ),
    **dict.fromkeys(("cp1250", "windows-1250", "x-cp1250"), "cp1250"),
    **dict.fromkeys(("cp1251", "windows-1251", "x-cp1251"), "cp1251"),
    **dict.fromkeys(
        (
            "ansi_x3.4-1968",
            "ascii",
            "cp1252",
            "cp819",
            "csisolatin1",
            "ibm819",
            "iso-8859-1",
            "iso-ir-100",
            "iso8859-1",
            "iso88591",
            "iso_8859-1",
            "iso_8859-1:1987",
            "l1",
            "latin1",
            "us-ascii",
            "windows-1252",
            "x-cp1252",
        ),
        "cp1252",
    ),
    **dict.fromkeys(("cp1253", "windows-1253", "x-cp1253"), "cp1253"),
    **dict.fromkeys(
        (
            "cp1254",
            "csisolatin5",
            "iso-8859-9",
            "iso-ir-148",
            "iso8859-9",
            "iso88599",
            "iso_8859-9",
            "iso_8859-9:1989",
            "l5",
            "latin5",
            "windows-1254",
            "x-cp1254",
        ),
        "cp1254",
    ),
    **dict.fromkeys(("cp1255", "windows-1255", "x-cp1255"), "cp1255"),
    **dict.fromkeys(("cp1256", "windows-1256", "x-cp1256"), "cp1256"),
    **dict.fromkeys(("cp1257", "windows-1257", "x-cp1257"), "cp1257"),
    **dict.fromkeys(("cp1258", "windows-1258", "x-cp1258"), "cp1258"),
    **dict.fromkeys(("x-mac-cyrillic", "x-mac-ukrainian"), "mac-cyrillic"),
    # legacy multi-byte Chinese
    **dict.fromkeys(
        (
            "chinese",
            "csgb2312",
            "csiso58gb231280",
            "gb2312",
            "gb_2312",
            "gb_2312-80",
            "gbk",
            "iso-ir-58",
            "x-gbk",
            "gb18030",
        ),
        "gb18030",
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5"),
    # legacy multi-byte Japanese
    **dict.fromkeys(("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"), "euc_jp"),
    **dict.fromkeys(("csiso2022jp", "iso-2022-jp"), "iso2022_jp"),
    **dict.fromkeys(("csshiftjis", "shift-jis", "shift_jis", "sjis", "x-sjis"), "shift_jis"),
    **dict.fromkeys(("ms932", "ms_kanji", "windows-31j"), "cp932"),
    # legacy multi-byte Korean
    **dict.fromkeys(
        (
            "cseuckr",
            "csksc56011987",
            "euc-kr",
            "iso-ir-149",
            "korean",
            "ks_c_5601-1987",
            "ks_c_5601-1989",
            "ksc5601",
            "ksc_5601",
        ),
        "euc_kr",
    ),
    "windows-949": "cp949",
    # UTF-16 (only meaningful with a BOM or for an override; a <meta> never means it)
    **dict.fromkeys(("unicodefffe", "utf-16be"), "utf-16-be"),
    **dict.fromkeys(
        ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"),
        "utf-16-le",
    ),
    # our own display names that Python does not know by that spelling
    "windows-874": "cp874",
}


def _python_codec_or_none(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


#: When bytes do not decode cleanly as the codec on the left, the codecs on the
#: right are tried in turn (each a superset used for the same text in practice:
#: Japanese pages labelled Shift_JIS use Microsoft's cp932 extensions, EUC-KR pages
#: use windows-949, and so on).
DECODE_SUPERSETS: dict[str, tuple[str, ...]] = {
    "ascii": ("cp1252",),
    "iso8859-1": ("cp1252",),
    "iso8859-9": ("cp1254",),
    "iso8859-11": ("cp874",),
    "tis-620": ("cp874",),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "shift_jis_2004": ("cp932",),
    "euc_jp": ("euc_jis_2004",),
    "iso2022_jp": ("iso2022_jp_2", "iso2022_jp_ext"),
    "euc_kr": ("cp949",),
    "gb2312": ("gbk", "gb18030"),
    "gbk": ("gb18030",),
    "big5": ("cp950", "big5hkscs"),
    "cp950": ("big5hkscs",),
}

#: A detected codec is reported under the first of these more common names that
#: decodes the whole input to exactly the same text (chardet 7 prefers the newest
#: supersets: shift_jis_2004 for text that is plain Shift_JIS).
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "shift_jis_2004": ("shift_jis", "cp932"),
    "cp932": ("shift_jis",),
    "euc_jis_2004": ("euc_jp",),
    "iso2022_jp_2": ("iso2022_jp",),
    "iso2022_jp_ext": ("iso2022_jp",),
    "big5hkscs": ("big5", "cp950"),
    "cp950": ("big5",),
    "cp949": ("euc_kr",),
    "iso8859-1": ("cp1252",),
    "iso8859-9": ("cp1254",),
    "iso8859-11": ("cp874",),
    "tis-620": ("cp874",),
    "ascii": ("cp1252",),
}


@cache
def _display_only() -> dict[str, str]:
    """Display names Python's codec registry does not know, and their codecs.

    Worked out on first use: looking every display name up imports some forty codec
    modules, which loading a UTF-8 text never needs.
    """
    return {
        display: codec
        for codec, display in DISPLAY_NAMES.items()
        if _python_codec_or_none(display) is None
    }


#: Every codec an article may be decoded with: the WHATWG encodings, every codec
#: the detector can name (Mac, DOS and EBCDIC code pages, KOI8 variants, the
#: Japanese and Chinese supersets, UTF-7) and the supersets tried for them.
#: Python's other codecs (idna, punycode, unicode_escape, undefined, palmos,
#: charmap...) are not text encodings of articles and are refused.
TEXT_CODECS: frozenset[str] = frozenset(
    {
        *WHATWG_LABELS.values(),
        *(codec for supersets in DECODE_SUPERSETS.values() for codec in supersets),
        *DECODE_SUPERSETS,
        *COMMON_NAMES,
        *(codec for names in COMMON_NAMES.values() for codec in names),
        "ascii", "utf-7", "utf-8-sig", "utf-16", "utf-16-be", "utf-16-le",
        "utf-32", "utf-32-be", "utf-32-le",
        "iso8859-1", "iso8859-9", "iso8859-11", "tis-620",
        "koi8-t", "kz1048", "ptcp154", "cp1125", "hp-roman8",
        "mac-cyrillic", "mac-greek", "mac-iceland", "mac-latin2", "mac-roman",
        "mac-turkish", "mac-arabic", "mac-farsi", "mac-croatian", "mac-romanian",
        "cp037", "cp273", "cp424", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850",
        "cp852", "cp855", "cp856", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863",
        "cp864", "cp865", "cp866", "cp869", "cp875", "cp1006", "cp1026", "cp1140",
        "euc_jis_2004", "euc_jisx0213", "iso2022_jp_1", "iso2022_jp_3", "iso2022_jp_2004",
        "iso2022_kr", "shift_jisx0213", "johab", "hz", "gb2312", "gbk",
    }
)  # fmt: skip

#: What the window's encoding menu offers besides a document's detected encoding
#: and its alternatives (labels; each resolves through :func:`resolve_label`).
MENU_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "utf-16",
    "windows-1252",
    "iso-8859-15",
    "windows-1251",
    "koi8-r",
    "iso-8859-2",
    "windows-1250",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-874",
    "macintosh",
    "x-mac-cyrillic",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gb18030",
    "big5",
    "euc-kr",
)


@lru_cache(maxsize=128)
def is_single_byte(codec: str) -> bool:
    """Does ``codec`` map each byte to one character (windows-125x, ISO-8859, KOI8...)?

    Such codecs decode any bytes "cleanly", so a declaration of one proves nothing.
    """
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return False
    if name in ("ascii", "latin-1", "iso8859-1"):
        return True
    module = name.replace("-", "_")
    try:
        return hasattr(importlib.import_module(f"encodings.{module}"), "decoding_table")
    except ImportError:
        return False


class UnknownLabel(LookupError):
    """The label names no text encoding we can decode."""


def codec_name(label: str) -> str:
    """Python's canonical codec name for a label (browser labels first).

    Only the text encodings of :data:`TEXT_CODECS` (by any of their browser or
    Python names) resolve; anything else raises :class:`UnknownLabel`.
    """
    key = label.strip().lower()
    if key in WHATWG_LABELS:
        return WHATWG_LABELS[key]
    info = _python_codec(key)
    if info is None or info.name not in TEXT_CODECS:
        raise UnknownLabel(label)
    return info.name


def resolve_label(label: str) -> str:
    """The display name a label decodes as; :class:`UnknownLabel` if none."""
    return display_name(codec_name(label))


def python_meaning(label: str) -> str | None:
    """What Python alone would decode a label as (display name), or None."""
    info = _python_codec(label.strip().lower())
    return display_name(info.name) if info is not None else None


def display_name(codec: str) -> str:
    name = python_codec(codec)
    return DISPLAY_NAMES.get(name, name.replace("_", "-"))


def python_codec(name: str) -> str:
    """Python's codec name for a codec or display name (Python's meaning, not a browser's)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        if name in _display_only():
            return _display_only()[name]
        raise


@lru_cache(maxsize=256)
def _python_codec(label: str) -> codecs.CodecInfo | None:
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # rot13, base64, hex... are codecs but not text encodings
    if not getattr(info, "_is_text_encoding", True):
        return None
    try:
        b"".decode(info.name)
    except LookupError:
        return None
    return info
