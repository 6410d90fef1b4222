"""Encodings: names, browser labels, decoding with a count, and detection.

This is the ONLY module that imports ``chardet``. chardet's loose dicts are turned
into our own :class:`Candidate` records right here, then re-ranked by how
plausible each decoding of the sample is (chardet's confidences for encodings
that decode the same bytes to nearly the same text are often a tie, and for a
short text a DOS or Mac code page can come first).

Three kinds of names are in play:

* a *label* is what a page declares or a user types (``latin1``, ``x-sjis``,
  ``ks_c_5601-1987``); :func:`resolve_label` maps it the way a browser does
  (WHATWG Encoding Standard, table :data:`WHATWG_LABELS`), falling back to
  Python's own codec aliases;
* a *codec* is Python's canonical codec name (``cp1251``, ``iso8859-7``,
  ``euc_jp``): what we decode with;
* a *display name* (``windows-1251``, ``iso-8859-7``, ``euc-jp``) is what a
  :class:`~compare.model.Document` records and a report shows. Every display
  name resolves back to its codec through :func:`resolve_label`.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import chardet

from .model import Alternative

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


#: display names Python's codec registry does not know
_DISPLAY_ONLY = {
    display: codec
    for codec, display in DISPLAY_NAMES.items()
    if _python_codec_or_none(display) is None
}


class UnknownLabel(LookupError):
    """The label names no text encoding we can decode."""


def codec_name(label: str) -> str:
    """Python's canonical codec name for a label (browser labels first)."""
    key = label.strip().lower()
    if key in WHATWG_LABELS:
        return WHATWG_LABELS[key]
    info = _python_codec(key)
    if info is None:
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
        if name in _DISPLAY_ONLY:
            return _DISPLAY_ONLY[name]
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


# ---------------------------------------------------------------------------
# decoding with a count of undecodable bytes
# ---------------------------------------------------------------------------

_COUNTER = threading.local()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _COUNTER.count = getattr(_COUNTER, "count", 0) + (error.end - error.start)
    return "\N{REPLACEMENT CHARACTER}", error.end


codecs.register_error("mirrordiff-count", _count_and_replace)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # display name of the codec that decoded it
    undecodable_bytes: int


def decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode ``data``; each undecodable run becomes U+FFFD and its bytes are counted."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    _COUNTER.count = 0
    text = data.decode(codec, errors="mirrordiff-count")
    return text, _COUNTER.count


def decode(data: bytes, codec: str) -> Decoded:
    """Decode with ``codec``, or with the first of its supersets that decodes cleanly.

    When none does, the one with the fewest undecodable bytes wins (the named
    codec on a tie).
    """
    codec = python_codec(codec)
    best: tuple[str, str, int] | None = None
    for candidate in (codec, *DECODE_SUPERSETS.get(codec, ())):
        text, bad = decode_counting(data, candidate)
        if best is None or bad < best[2]:
            best = (text, candidate, bad)
        if bad == 0:
            break
    assert best is not None
    text, used, bad = best
    return Decoded(text, display_name(used), bad)


def common_name(data: bytes, codec: str, text: str) -> str:
    """``codec``, or a more common name that decodes ``data`` to the same ``text``."""
    codec = python_codec(codec)
    for other in COMMON_NAMES.get(codec, ()):
        try:
            if data.decode(other) == text:
                return other
        except UnicodeDecodeError:
            continue
    return codec


#: "Mostly UTF-8": at least this many well-formed non-ASCII characters per
#: undecodable byte (legacy text read as UTF-8 has almost no well-formed sequences)
MOSTLY_UTF8_RATIO = 3
#: bytes examined before the whole input is decoded as damaged UTF-8
MOSTLY_UTF8_SAMPLE_BYTES = 65_536


def mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few damaged bytes (a stray windows-1252 quote), or None.

    ``data`` is known not to be valid UTF-8 as a whole.
    """
    sample = data[:MOSTLY_UTF8_SAMPLE_BYTES]
    for candidate in (sample, data) if len(data) > len(sample) else (data,):
        text, bad = decode_counting(candidate, "utf-8")
        good = sum(1 for ch in text if ch > "\x7f") - text.count("\N{REPLACEMENT CHARACTER}")
        if good < MOSTLY_UTF8_RATIO * bad:
            return None
    return Decoded(text, "utf-8", bad) if bad else None


# ---------------------------------------------------------------------------
# plausibility of a decoded text
# ---------------------------------------------------------------------------

#: Penalty per character that a correctly decoded news text would not contain.
IMPLAUSIBLE_CHAR_PENALTY = 1.0
#: Penalty per box-drawing or block character (DOS code pages read as text).
BOX_DRAWING_PENALTY = 0.5
#: Penalty per letter whose script differs from the letter before it in the same word.
SCRIPT_SWITCH_PENALTY = 0.5
#: Penalty per upper-case letter right after a lower-case non-ASCII one ("пРАВДА").
CASE_FLIP_PENALTY = 1.0
#: Penalty for text whose non-ASCII letters are mostly capitals, per unit of the
#: capitals' share above one half (cp1251 read as KOI8-R swaps the cases:
#: "оПЮБХРЕКЭЯРБН пНЯЯХХ")
CAPITALS_PENALTY = 1.0
#: Penalty per letter of a non-Latin script that is not the text's main script
#: (a lone Hebrew "א" where windows-1252 had "€").
MINORITY_SCRIPT_PENALTY = 0.5
#: Penalty per symbol glued to a letter ("caf¨", "na±ve").
SYMBOL_IN_WORD_PENALTY = 0.3

#: Control characters that real text does contain.
TEXT_CONTROLS = frozenset("\t\n\v\f\r\N{ESCAPE}")

#: Scripts that mix within one word in real text (Japanese, Korean with hanja).
SCRIPT_FAMILIES: dict[str, str] = {
    "CJK": "CJK",
    "HIRAGANA": "CJK",
    "KATAKANA": "CJK",
    "HALFWIDTH": "CJK",
    "FULLWIDTH": "CJK",
    "HANGUL": "CJK",
    "IDEOGRAPHIC": "CJK",
}

#: How much less likely an encoding is a priori (added to chardet's confidence
#: as a penalty). The web's encodings are 0; rarely published ISO parts a little;
#: DOS, Mac and other platform code pages more, since for short texts chardet ties
#: them with the windows code page that really wrote the text.
ENCODING_PRIORS: dict[str, float] = {
    **dict.fromkeys(
        (
            "iso8859-3",
            "iso8859-4",
            "iso8859-10",
            "iso8859-13",
            "iso8859-14",
            "iso8859-16",
            "koi8-t",
            "kz1048",
            "ptcp154",
            "cp866",
            "mac-cyrillic",
        ),
        0.03,
    ),
    **dict.fromkeys(
        (
            "cp437",
            "cp720",
            "cp737",
            "cp775",
            "cp850",
            "cp852",
            "cp855",
            "cp856",
            "cp857",
            "cp858",
            "cp860",
            "cp861",
            "cp862",
            "cp863",
            "cp864",
            "cp865",
            "cp869",
            "cp1125",
            "mac-roman",
            "mac-greek",
            "mac-iceland",
            "mac-latin2",
            "mac-turkish",
            "mac-arabic",
            "mac-farsi",
            "mac-croatian",
            "mac-romanian",
            "hp-roman8",
            "cp037",
            "cp273",
            "cp424",
            "cp500",
            "cp875",
            "cp1026",
            "cp1140",
            "johab",
        ),
        0.08,
    ),
}
#: prior of every encoding not in ENCODING_PRIORS but windows-1252 (which wins ties)
DEFAULT_PRIOR = 0.005


@lru_cache(maxsize=4096)
def _char_class(ch: str) -> tuple[str, str]:
    """(script family or "", general category) of a non-ASCII character."""
    category = unicodedata.category(ch)
    if category[0] != "L":
        return "", category
    script = unicodedata.name(ch, "").split(" ", 1)[0]
    return SCRIPT_FAMILIES.get(script, script), category


def implausibility(text: str) -> float:
    """How unlike real text ``text`` is: penalties per non-ASCII character (0 is clean)."""
    penalty = 0.0
    non_ascii = 0
    previous_script = previous_category = ""
    letters: dict[str, int] = {}
    upper = lower = 0
    for ch in text:
        if ch < "\x80":
            if (ch < " " and ch not in TEXT_CONTROLS) or ch == "\x7f":
                penalty += IMPLAUSIBLE_CHAR_PENALTY
            if ch.isalpha():
                script, category = "LATIN", "Lu" if ch.isupper() else "Ll"
            else:
                script = category = ""
        else:
            non_ascii += 1
            script, category = _char_class(ch)
            if ch == "\N{REPLACEMENT CHARACTER}" or category in ("Cc", "Co", "Cn", "Cs"):
                penalty += IMPLAUSIBLE_CHAR_PENALTY
            elif "\N{BOX DRAWINGS LIGHT HORIZONTAL}" <= ch <= "\N{BLACK LOWER RIGHT TRIANGLE}":
                penalty += BOX_DRAWING_PENALTY
            elif category[0] == "S" and previous_script:
                penalty += SYMBOL_IN_WORD_PENALTY
            if category[0] == "M" or category == "Lm":
                continue  # a combining mark or modifier (ー, ʼ) belongs to its word
            if category == "Lu":
                upper += 1
                if previous_category == "Ll":
                    penalty += CASE_FLIP_PENALTY
            elif category == "Ll":
                lower += 1
        if script:
            letters[script] = letters.get(script, 0) + 1
            if previous_script and script != previous_script:
                penalty += SCRIPT_SWITCH_PENALTY
        previous_script, previous_category = script, category
    if len(letters) > 1:
        main = max(letters, key=letters.__getitem__)
        penalty += MINORITY_SCRIPT_PENALTY * sum(
            count for script, count in letters.items() if script not in (main, "LATIN")
        )
    if upper > lower:
        penalty += CAPITALS_PENALTY * (upper / (upper + lower) - 0.5) * non_ascii
    return penalty / max(1, non_ascii)


# ---------------------------------------------------------------------------
# detection
# ---------------------------------------------------------------------------

#: bytes of input chardet examines (chardet's own default); the whole input is decoded
DETECTION_SAMPLE_BYTES = 200_000
#: bytes of that sample decoded per candidate to judge plausibility
PLAUSIBILITY_SAMPLE_BYTES = 4_096
#: chardet's answers beyond this many are not re-ranked
MAX_CANDIDATES = 10
#: below this top confidence chardet is guessing; windows-1252, the web's commonest
#: legacy encoding, joins the candidates if chardet left it out
GUESSING_CONFIDENCE = 0.2
#: how many alternatives a Document records
MAX_ALTERNATIVES = 5
#: alternatives chardet gave less confidence than this are not worth recording
MIN_ALTERNATIVE_CONFIDENCE = 0.05
#: weight of implausibility against chardet's confidence when re-ranking
PLAUSIBILITY_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class Candidate:
    codec: str  # Python codec name
    confidence: float  # chardet's
    score: float  # after re-ranking: confidence - prior - weighted implausibility


@dataclass(frozen=True, slots=True)
class Detection:
    """chardet's verdict on a sample, re-ranked; ``candidates`` best first."""

    candidates: tuple[Candidate, ...]
    #: chardet says this is not text (a known binary format or control bytes)
    binary: bool = False
    mime_type: str = ""

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def alternatives(self, chosen: str | None = None) -> tuple[Alternative, ...]:
        """The other candidates as report records (display names, no duplicates)."""
        seen = {display_name(chosen)} if chosen else set()
        result = []
        for candidate in self.candidates:
            name = display_name(candidate.codec)
            if name in seen or candidate.confidence < MIN_ALTERNATIVE_CONFIDENCE:
                continue
            if len(result) >= MAX_ALTERNATIVES:
                break
            seen.add(name)
            result.append(Alternative(name, round(candidate.confidence, 4)))
        return tuple(result)


def detect(data: bytes) -> Detection:
    """Ask chardet about (a bounded sample of) ``data`` and re-rank its answers."""
    sample = data[:DETECTION_SAMPLE_BYTES]
    raw = chardet.detect_all(
        sample,
        ignore_threshold=True,
        compat_names=False,
        max_bytes=DETECTION_SAMPLE_BYTES,
    )
    if raw and raw[0].get("encoding") is None:
        return Detection((), binary=True, mime_type=str(raw[0].get("mime_type") or ""))
    found: list[tuple[str, float]] = []
    for entry in raw:
        name = entry.get("encoding")
        if not name:
            continue
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if any(codec == seen for seen, _ in found):
            continue
        found.append((codec, float(entry.get("confidence") or 0.0)))
        if len(found) >= MAX_CANDIDATES:
            break
    top = found[0][1] if found else 0.0
    if top < GUESSING_CONFIDENCE and all(codec != "cp1252" for codec, _ in found):
        found.append(("cp1252", 0.0))
    mime = str(raw[0].get("mime_type") or "") if raw else ""
    return Detection(_rerank(sample[:PLAUSIBILITY_SAMPLE_BYTES], found), mime_type=mime)


def _rerank(sample: bytes, found: list[tuple[str, float]]) -> tuple[Candidate, ...]:
    scored = []
    for order, (codec, confidence) in enumerate(found):
        text, _ = decode_counting(sample, codec)
        score = (
            confidence
            - (0.0 if codec == "cp1252" else ENCODING_PRIORS.get(codec, DEFAULT_PRIOR))
            - PLAUSIBILITY_WEIGHT * implausibility(text)
        )
        scored.append((-score, order, Candidate(codec, confidence, score)))
    scored.sort()
    return tuple(candidate for _, _, candidate in scored)
