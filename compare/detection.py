"""Encodings: decoding with a count, plausibility of a decoding, and detection.

This is the ONLY module that imports ``chardet``. chardet's loose dicts are turned
into our own :class:`Candidate` records right here, then re-ranked by how
plausible each decoding of the sample is (chardet's confidences for encodings
that decode the same bytes to nearly the same text are often a tie, and for a
short text a DOS or Mac code page can come first). chardet is imported when a
detection runs: text that declares or proves its encoding (UTF-8, a BOM, a
charset) never needs it.

Encoding names and browser labels live in :mod:`compare.charsets` (re-exported
here for the loader).
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .charsets import (
    COMMON_NAMES,
    DECODE_SUPERSETS,
    UnknownLabel,
    codec_name,
    display_name,
    python_codec,
    python_meaning,
    resolve_label,
)
from .model import Alternative

__all__ = [
    "UnknownLabel",
    "codec_name",
    "display_name",
    "python_codec",
    "python_meaning",
    "resolve_label",
]

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


#: A reading more implausible than this is doubtful (correct news text scores
#: about 0; KOI8-R read as windows-1251 0.5, ISO-8859-5 as windows-1251 0.4)
DOUBTFUL_IMPLAUSIBILITY = 0.15
#: A reading whose Latin letters are mostly accented is doubtful: real Latin-script
#: news has at most about a third (Vietnamese 28%, Czech 16%, French 5%); Cyrillic
#: or Greek read as windows-1252 has nearly all ("Ïðåçèäåíò")
DOUBTFUL_EXTENDED_LATIN_SHARE = 0.5
#: ... judged only on at least this many Latin letters
DOUBT_MIN_LATIN_LETTERS = 20


def doubt(text: str) -> str | None:
    """Why ``text`` does not read like a correctly decoded text, or None."""
    score = implausibility(text)
    if score > DOUBTFUL_IMPLAUSIBILITY:
        return f"implausible text, score {score:.2f}"
    latin = extended = 0
    for ch in text:
        if ch < "\x80":
            latin += ch.isalpha()
        elif ch.isalpha() and _char_class(ch)[0] == "LATIN":
            latin += 1
            extended += 1
    if latin >= DOUBT_MIN_LATIN_LETTERS and extended > DOUBTFUL_EXTENDED_LATIN_SHARE * latin:
        return f"{extended / latin:.0%} of its Latin letters accented"
    return None


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


#: Control bytes that text never contains (tab, line feed, vertical tab, form feed,
#: carriage return and escape are text: escape is how ISO-2022-JP switches sets).
CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"


def detect(data: bytes) -> Detection:
    """Ask chardet about (a bounded sample of) ``data`` and re-rank its answers.

    Stray control bytes are left out of what chardet sees: it calls a text with a
    single NUL or SOH binary, and whether an input is binary is decided by the
    loader, by proportion (see :mod:`compare.binary`).
    """
    import chardet  # imported on first use (see the module's note)

    sample = data[:DETECTION_SAMPLE_BYTES].translate(None, CONTROL_BYTES)
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


# ---------------------------------------------------------------------------
# UTF-16 and UTF-32 without a byte order mark
# ---------------------------------------------------------------------------

#: The byte orders tried, widest first (a UTF-32 text is also valid UTF-16 with
#: a NUL in every other unit, which is implausible text).
BOMLESS_UNICODE_CODECS: tuple[str, ...] = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
#: characters of a reading examined (the whole input is decoded only once chosen)
BOMLESS_SAMPLE_CHARS = 8_192
#: at most this share of a reading may be characters no text contains (controls,
#: unassigned, private use, lone surrogates, U+FFFD)
BOMLESS_MAX_BAD_SHARE = 0.02
#: at least this share of a reading's letters must be in its two main scripts
#: (a binary file read as UTF-16 scatters over dozens of scripts)
BOMLESS_MIN_MAIN_SCRIPTS_SHARE = 0.9
#: at most this implausibility (see :func:`implausibility`) for a reading to count
BOMLESS_MAX_IMPLAUSIBILITY = 0.35
#: the detector's confidence above which its reading counts as evidence
CONFIDENT_DETECTION = 0.5
#: tie-breaks: a reading with white space, and one with more ASCII, is likelier
BOMLESS_SPACE_BONUS = 0.05
BOMLESS_ASCII_BONUS = 0.1


@dataclass(frozen=True, slots=True)
class UnicodeReading:
    codec: str  # utf-16-le, utf-16-be, utf-32-le or utf-32-be
    text: str
    undecodable_bytes: int
    #: how unlike real text the reading is (lower is better; with tie-break bonuses)
    penalty: float
    #: :func:`implausibility` of the reading's sample, without bonuses
    implausibility: float = 0.0


def bomless_unicode(data: bytes) -> UnicodeReading | None:
    """The UTF-16/32 reading of ``data`` (no byte order mark) that is real text, or None.

    Any language: a reading counts when it decodes (almost) cleanly, has almost no
    characters text never contains, keeps its letters to one or two scripts and is
    plausible; of several, the least implausible with white space wins (the wrong
    byte order turns every space and line break into an unassigned or foreign
    character).
    """
    best: UnicodeReading | None = None
    for codec in BOMLESS_UNICODE_CODECS:
        width = 4 if codec.startswith("utf-32") else 2
        sample = data[: BOMLESS_SAMPLE_CHARS * width]
        sample = sample[: len(sample) - len(sample) % width]
        if not sample:
            continue
        text, bad = decode_counting(sample, codec)
        penalty = _unicode_reading_penalty(text)
        if penalty is None:
            continue
        if best is None or penalty < best.penalty:
            best = UnicodeReading(codec, text, bad, penalty, implausibility(text))
    if best is None:
        return None
    text, bad = decode_counting(data, best.codec)
    return UnicodeReading(best.codec, text, bad, best.penalty, best.implausibility)


def byte_reading_implausibility(data: bytes) -> float:
    """How implausible ``data`` is read byte by byte: as UTF-8 when it is valid UTF-8,
    else in the detector's best encoding when the detector is fairly sure (infinity
    when it is guessing: a guess is no evidence against another reading)."""
    try:
        return implausibility(data.decode("utf-8")[:PLAUSIBILITY_SAMPLE_BYTES])
    except UnicodeDecodeError:
        pass
    best = detect(data).best
    if best is None or best.confidence < CONFIDENT_DETECTION:
        return float("inf")
    return implausibility(decode_counting(data[:PLAUSIBILITY_SAMPLE_BYTES], best.codec)[0])


def _unicode_reading_penalty(text: str) -> float | None:
    """How implausible a UTF-16/32 reading is, or None when it is not text at all."""
    bad = ascii_count = 0
    letters: dict[str, int] = {}
    spaces = 0
    for ch in text:
        if ch < "\x80":
            ascii_count += 1
            if ch in " \t\n\r":
                spaces += 1
            elif ch < " " or ch == "\x7f":
                bad += 1
            elif ch.isalpha():
                letters["LATIN"] = letters.get("LATIN", 0) + 1
            continue
        script, category = _char_class(ch)
        if ch == "\N{REPLACEMENT CHARACTER}" or category in ("Cc", "Co", "Cn", "Cs"):
            bad += 1
        elif category[0] == "Z":
            spaces += 1
        elif script:
            letters[script] = letters.get(script, 0) + 1
    if bad > BOMLESS_MAX_BAD_SHARE * len(text):
        return None
    total = sum(letters.values())
    if not total:
        return None  # no letter at all: nothing says this is text
    main = sum(sorted(letters.values(), reverse=True)[:2])
    if main < BOMLESS_MIN_MAIN_SCRIPTS_SHARE * total:
        return None
    penalty = implausibility(text) + bad / len(text)
    if penalty > BOMLESS_MAX_IMPLAUSIBILITY:
        return None
    # tie-breaks between byte orders: the wrong one turns ASCII (spaces, digits,
    # punctuation, Latin letters) into CJK ideographs or other scripts
    return penalty - (BOMLESS_SPACE_BONUS if spaces else 0.0) - BOMLESS_ASCII_BONUS * (
        ascii_count / len(text)
    )
