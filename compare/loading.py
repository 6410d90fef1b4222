"""bytes -> Document: decode, extract HTML text, normalise newlines.

The encoding is decided in this order (DESIGN.md, "Pipeline" step 1); the step
that decided is recorded as :class:`~compare.model.EncodingMethod`:

1. ``override`` — the caller named an encoding (any label a browser accepts);
2. ``bom`` — a UTF-8, UTF-16 or UTF-32 byte order mark;
3. ``utf-8-valid`` — the whole input is valid UTF-8 (so is an empty input);
4. ``declared`` — an HTML page declares a charset that decodes it cleanly,
   read the way a browser reads the label (``iso-8859-1`` is windows-1252);
5. ``detected`` — chardet's best answer after re-ranking its alternatives by how
   plausible the decoded text is (see :mod:`compare.detection`);
6. ``fallback`` — nothing fit: windows-1252, the web's commonest legacy
   encoding, with every undecodable byte shown as U+FFFD.

Bytes that cannot be decoded are never dropped: each undecodable run becomes
U+FFFD in the text and its bytes are counted in ``undecodable_bytes``. Binary
input (a PNG, a ZIP, a PDF...; see :mod:`compare.binary`) is refused with
:class:`InputBinary`.

HTML input (by file suffix, or sniffed from its first tag) becomes its visible
text (:mod:`compare.htmltext`). ``Document.text`` is always newline-normalised
to ``"\\n"``: it is exactly what is compared and what report offsets point into.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from . import binary, detection
from .charsets import is_single_byte
from .errors import (
    InputBinary,
    InputIsDirectory,
    InputMissing,
    InputTooLarge,
    InputUnreadable,
    UnknownEncoding,
)
from .model import DEFAULT_MAX_INPUT_BYTES, Alternative, Document, EncodingMethod, Format

# compare.htmltext (html.parser and its patterns: 6 ms) is imported by the functions
# that use it, with the first document rather than with ``compare``

# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------

#: Byte order marks, longest first (the UTF-32-LE mark starts like UTF-16-LE's).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: File suffixes that mean HTML whatever the content looks like.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".xht"})

#: a UTF-16/32 reading of an input with a few NULs must be this much more plausible
#: than the byte-by-byte reading to win
UNICODE_READING_MARGIN = 0.01
#: ISO-2022 escape sequences that switch to a double-byte set: such text is 7-bit,
#: hence valid UTF-8, but is not UTF-8 (ISO-2022-JP mail and old Japanese pages)
ISO_2022_ESCAPES = re.compile(rb"\x1b(?:\$[@AB]|\$\([CDQ]|\$\)[ACG]|\(J|\(I)")

#: C1 control characters: a legacy decoding that yields them is the wrong one
_C1_CONTROL = re.compile("[\x80-\x9f]")

#: UTF-16 halves that are not text on their own (a broken clipboard can hand them over)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: bytes of a page the detector reads to check its declared charset
SECOND_OPINION_SAMPLE_BYTES = 65_536
#: a declared codec the detector gives less than this share of its best candidate's
#: confidence (when that is confident) is contradicted
DECLARED_MIN_SHARE_OF_BEST = 0.5
#: confidence in a declared charset whose reading is doubtful and nothing reads better
DOUBTFUL_DECLARED_CONFIDENCE = 0.5

#: the documented last resort
FALLBACK_CODEC = "cp1252"


# ---------------------------------------------------------------------------
# public functions
# ---------------------------------------------------------------------------


def load_bytes(
    data: bytes,
    *,
    label: str,
    path: str | None = None,
    encoding: str | None = None,
    fmt: Format | None = None,
) -> Document:
    """Decode ``data`` into a :class:`Document`.

    ``encoding`` overrides detection (any browser or Python label; an unknown
    one raises :class:`UnknownEncoding`). ``fmt`` forces text or HTML; by default
    a ``.html``-like suffix of ``path`` (or ``label``) or the content decides.
    Raises :class:`InputBinary` for binary data.
    """
    from . import htmltext

    name = path or label
    data = bytes(data)
    override = _resolve_override(encoding) if encoding is not None else None
    if override is None:
        _refuse_known_binary(data, name)
    decoded = _decode(data, name=name, override=override, fmt=fmt)
    raw, surrogates = decoded.text, 0
    try:
        # strict UTF-8 decoding never yields a surrogate: only other readings are checked
        if decoded.method is not EncodingMethod.UTF8_VALID:
            raw.encode("utf-8")  # C speed; fails only on a lone surrogate
    except UnicodeEncodeError:
        raw, surrogates = _LONE_SURROGATE.subn("\N{REPLACEMENT CHARACTER}", raw)
    undecodable = decoded.undecodable_bytes + surrogates
    notes, warnings = decoded.notes, decoded.warnings
    if surrogates:  # UTF-7 and the like can decode to halves of a UTF-16 pair
        lone = f"{surrogates:,} lone surrogate(s) shown as \N{REPLACEMENT CHARACTER}"
        notes, warnings = (*notes, lone), (*warnings, lone)
    is_html = fmt is Format.HTML or (
        fmt is None and (_has_html_suffix(name) or htmltext.looks_like_html(raw[:2048]))
    )
    return _document(
        raw,
        data,
        is_html,
        label=label,
        path=path,
        encoding=decoded.encoding,
        encoding_method=decoded.method,
        confidence=decoded.confidence,
        alternatives=decoded.alternatives,
        bom=decoded.bom,
        undecodable_bytes=undecodable,
        declared_encoding=decoded.declared,
        notes=notes,
        warnings=warnings,
    )


def _sha256(data: bytes) -> str:
    """The input's SHA-256, in hex. ``hashlib`` (OpenSSL: 3 ms to import) is loaded
    with the first document rather than with ``compare``."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _document(
    raw: str,
    data: bytes,
    is_html: bool,
    *,
    notes: tuple[str, ...] = (),
    warnings: tuple[str, ...] = (),
    **fields,
) -> Document:
    """The document of decoded ``raw`` text: visible text of HTML, newlines as ``\\n``."""
    from . import htmltext

    text = raw
    if is_html:
        extracted = htmltext.extract_text(raw)
        text, notes = extracted.text, (*notes, *extracted.notes)
        warnings = (*warnings, *extracted.notes)  # text recovered from bad markup
    if "\r" in text:  # one look for the usual text, that has none
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(
        notes=notes,
        warnings=warnings,
        text=text,
        main_content=htmltext.main_content_spans(raw, text) if is_html and text.strip() else None,
        sha256=_sha256(data),
        size=len(data),
        format=Format.HTML if is_html else Format.TEXT,
        newline=newline_style(raw),
        **fields,
    )


def load_path(
    path: str | os.PathLike[str],
    *,
    label: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
    fmt: Format | None = None,
) -> Document:
    """Read a file (once, never writing to it) and :func:`load_bytes` it.

    Raises :class:`InputMissing`, :class:`InputIsDirectory`,
    :class:`InputUnreadable`, :class:`InputTooLarge`, :class:`InputBinary` or
    :class:`UnknownEncoding`, each with a one-line message naming the file.
    """
    p = Path(path)
    shown = _shown(p)
    try:
        # non-blocking: opening a named pipe must not wait for a writer
        fd = os.open(p, os.O_RDONLY | _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputMissing(f"{shown}: no such file") from None
    except NotADirectoryError:
        raise InputMissing(f"{shown}: no such file (a folder on the way is a file)") from None
    except IsADirectoryError:
        raise InputIsDirectory(f"{shown}: is a folder, not a file") from None
    except PermissionError:
        if p.is_dir():  # Windows refuses to open a folder
            raise InputIsDirectory(f"{shown}: is a folder, not a file") from None
        raise InputUnreadable(f"{shown}: cannot read (permission denied)") from None
    except OSError as error:
        with contextlib.suppress(OSError):  # a socket cannot be opened: say what it is
            _refuse_special(os.stat(p).st_mode, shown)
        raise InputUnreadable(f"{shown}: cannot read ({_reason(error)})") from None
    try:
        info = os.fstat(fd)
        _refuse_special(info.st_mode, shown)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as stream:
        if info.st_size > max_bytes:
            raise InputTooLarge(
                f"{shown}: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit"
            )
        try:
            data = _read_bounded(stream, info.st_size, max_bytes)
        except IsADirectoryError:
            raise InputIsDirectory(f"{shown}: is a folder, not a file") from None
        except PermissionError:
            raise InputUnreadable(f"{shown}: cannot read (permission denied)") from None
        except OSError as error:
            raise InputUnreadable(f"{shown}: cannot read ({_reason(error)})") from None
    if len(data) > max_bytes:
        raise InputTooLarge(f"{shown}: more than the {max_bytes:,}-byte limit")
    return load_bytes(data, label=label or p.name, path=str(p), encoding=encoding, fmt=fmt)


#: flags for opening an input: never block on a named pipe, never become its
#: controlling terminal (0 where the platform lacks the flag)
_OPEN_FLAGS = (
    getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
)

#: what an input that is not a regular file is, by its file type
SPECIAL_FILES: tuple[tuple[int, str], ...] = (
    (stat.S_IFDIR, "is a folder, not a file"),
    (stat.S_IFIFO, "is a named pipe (FIFO), not a file"),
    (stat.S_IFCHR, "is a device, not a file"),
    (stat.S_IFBLK, "is a disk device, not a file"),
    (stat.S_IFSOCK, "is a socket, not a file"),
)


def _refuse_special(mode: int, shown: str) -> None:
    """Only regular files are read: a pipe, device or socket may never end."""
    if stat.S_ISREG(mode):
        return
    kind = stat.S_IFMT(mode)
    for file_type, what in SPECIAL_FILES:
        if kind == file_type:
            error = InputIsDirectory if file_type == stat.S_IFDIR else InputUnreadable
            raise error(f"{shown}: {what}")
    raise InputUnreadable(f"{shown}: not a regular file")


def _read_bounded(stream, expected: int, max_bytes: int) -> bytes:
    """Read to the end, or to one byte past ``max_bytes`` (a file that grew, a pipe).

    Reads in pieces the size the file says it has: ``read(max_bytes + 1)`` would
    allocate the whole limit (64 MiB) up front even for a 5 KB article.
    """
    chunks: list[bytes] = []
    total = 0
    piece = max(expected + 1, 1 << 16)
    while total <= max_bytes:
        chunk = stream.read(min(piece, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def load_text(
    text: str,
    *,
    label: str = "Pasted text",
    fmt: Format | None = None,
    path: str | None = None,
) -> Document:
    """A document from text already in Unicode (a paste, or text/html from a drop).

    ``fmt=Format.HTML`` extracts the visible text; by default the text is taken
    as it is (a paste of plain text that happens to start with ``<p>`` stays
    text). Lone surrogates (from a broken clipboard) become U+FFFD, each counted
    as one undecodable unit.
    """
    from . import htmltext

    text, undecodable = _LONE_SURROGATE.subn("\N{REPLACEMENT CHARACTER}", text)
    data = text.encode("utf-8")
    is_html = fmt is Format.HTML
    return _document(
        text,
        data,
        is_html,
        label=label,
        path=path,
        encoding="utf-8",
        encoding_method=EncodingMethod.UTF8_VALID,
        undecodable_bytes=undecodable,
        declared_encoding=htmltext.declared_charset(data) if is_html else None,
    )


def newline_style(raw: str) -> str:
    """``"\\n"``, ``"\\r\\n"``, ``"\\r"``, ``"mixed"`` or ``""`` (no line break at all)."""
    crlf = cr = 0
    if "\r" in raw:  # the usual text has none: one look instead of two counts
        crlf = raw.count("\r\n")
        cr = raw.count("\r") - crlf
    lf = raw.count("\n") - crlf
    kinds = [kind for kind, count in (("\n", lf), ("\r\n", crlf), ("\r", cr)) if count]
    if not kinds:
        return ""
    return kinds[0] if len(kinds) == 1 else "mixed"


# ---------------------------------------------------------------------------
# deciding the encoding
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Decoded:
    text: str
    encoding: str
    method: EncodingMethod
    confidence: float = 1.0
    alternatives: tuple[Alternative, ...] = ()
    bom: bool = False
    undecodable_bytes: int = 0
    declared: str | None = None
    notes: tuple[str, ...] = ()
    #: the notes a reader must see (see :attr:`Document.warnings`)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Override:
    label: str
    codec: str  # Python codec name

    @property
    def display(self) -> str:
        return detection.display_name(self.codec)


def resolve_encoding(label: str) -> str:
    """The display name of the text encoding ``label`` names (browser and Python names).

    Raises :class:`UnknownEncoding` (one line) for anything else: an unknown
    name, or a Python codec that is not a text encoding (``idna``, ``rot13``...).
    """
    return _resolve_override(label).display


def _resolve_override(label: str) -> _Override:
    try:
        codec = detection.codec_name(label)
    except detection.UnknownLabel:
        shown = _one_line(label.strip())
        raise UnknownEncoding(
            f"unknown encoding {shown!r}: give a text encoding such as utf-8, "
            "windows-1251, koi8-r, shift_jis or gb18030"
        ) from None
    return _Override(label.strip(), codec)


def _decode(data: bytes, *, name: str, override: _Override | None, fmt: Format | None) -> _Decoded:
    if override is not None:
        return _decode_override(data, override)

    bom = _find_bom(data)
    if bom is not None:
        marker, codec = bom
        text, bad = detection.decode_counting(data[len(marker) :], codec)
        notes = []
        declared = _declared(data, name, fmt, text)
        if declared and _same_codec(declared, codec) is False:
            notes.append(f"declared charset {declared!r} ignored: the byte order mark says {codec}")
        if bad:
            notes.append(f"{bad:,} byte(s) not valid in {codec} shown as \N{REPLACEMENT CHARACTER}")
        return _Decoded(
            text, codec, EncodingMethod.BOM, bom=True, undecodable_bytes=bad,
            declared=declared, notes=tuple(notes),
        )  # fmt: skip

    stray: tuple[str, ...] = ()
    if b"\x00" in data:
        reading = detection.bomless_unicode(data)
        if reading is not None and _unicode_beats_bytes(data, reading):
            return _decode_bomless_unicode(reading)
        # not UTF-16/32: NUL bytes in a text are damage, unless so many it is binary
        _refuse_control_bytes(data, name)
        stray = binary.stray_control_note(data)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x1b" in data and ISO_2022_ESCAPES.search(data):
            return _decode_legacy(data, name=name, fmt=fmt)
        _refuse_control_bytes(data, name)
        declared = _declared(data, name, fmt, None)
        stray = stray or binary.stray_control_note(data)
        valid_notes: tuple[str, ...] = stray
        if declared and _same_codec(declared, "utf-8") is False and not data.isascii():
            valid_notes += (f"declared charset {declared!r} ignored: the page is valid UTF-8",)
        return _Decoded(
            text, "utf-8", EncodingMethod.UTF8_VALID, declared=declared, notes=valid_notes,
            warnings=stray,
        )  # fmt: skip

    decoded = _decode_legacy(data, name=name, fmt=fmt)
    stray = stray or binary.stray_control_note(data)
    if not stray:
        return decoded
    return replace(
        decoded, notes=(*stray, *decoded.notes), warnings=(*stray, *decoded.warnings)
    )


def _decode_legacy(data: bytes, *, name: str, fmt: Format | None) -> _Decoded:
    """Not Unicode: a declared charset that decodes cleanly, chardet, or the fallback."""
    _refuse_control_bytes(data, name)
    notes: list[str] = []
    declared = _declared(data, name, fmt, None)
    why_not = ""
    if declared:
        result, why_not = _decode_declared(data, declared)
        if result is not None:
            return _second_opinion(data, result)

    from .piecewise import decode_mixed  # only for text that is not UTF-8

    mixed = decode_mixed(data)
    if mixed is not None:
        if declared:
            notes.append(why_not)
        notes.append(mixed.note)
        if mixed.undecodable_bytes:
            notes.append(
                f"{mixed.undecodable_bytes:,} byte(s) not valid in {mixed.legacy_encoding} "
                "shown as \N{REPLACEMENT CHARACTER}"
            )
        other = "utf-8" if mixed.encoding != "utf-8" else mixed.legacy_encoding
        return _Decoded(
            mixed.text, mixed.encoding, EncodingMethod.DETECTED,
            confidence=mixed.confidence, alternatives=(Alternative(other, mixed.confidence),),
            undecodable_bytes=mixed.undecodable_bytes, declared=declared, notes=tuple(notes),
            warnings=(mixed.note,),
        )  # fmt: skip

    damaged = detection.mostly_utf8(data)
    if damaged is not None:
        bad = damaged.undecodable_bytes
        if declared:
            notes.append(why_not)
        notes.append(
            f"mostly valid UTF-8: {bad:,} undecodable byte(s) shown as \N{REPLACEMENT CHARACTER}"
        )
        good = sum(1 for ch in damaged.text if ch > "\x7f") - bad
        return _Decoded(
            damaged.text, "utf-8", EncodingMethod.DETECTED,
            confidence=round(good / (good + bad), 4), undecodable_bytes=bad,
            declared=declared, notes=tuple(notes),
        )  # fmt: skip

    found = detection.detect(data)
    if found.binary:
        raise InputBinary(_binary_message(name, found.mime_type))
    best = found.best
    if best is not None and best.score > 0:
        decoded = detection.decode(data, best.codec)
        codec = detection.common_name(data, decoded.encoding, decoded.text)
        encoding = detection.display_name(codec)
        if declared:
            notes.append(f"{why_not}; detected {encoding}")
        if decoded.undecodable_bytes:
            notes.append(
                f"{decoded.undecodable_bytes:,} byte(s) not valid in {encoding} shown as \N{REPLACEMENT CHARACTER}"
            )
        return _Decoded(
            decoded.text, encoding, EncodingMethod.DETECTED,
            confidence=round(best.confidence, 4),
            alternatives=found.alternatives(codec), undecodable_bytes=decoded.undecodable_bytes,
            declared=declared, notes=tuple(notes),
        )  # fmt: skip

    text, bad = detection.decode_counting(data, FALLBACK_CODEC)
    fallback = detection.display_name(FALLBACK_CODEC)
    if declared:
        notes.append(why_not)
    notes.append(
        f"no encoding fits: decoded as {fallback}, the commonest legacy encoding on the web"
        + (f"; {bad:,} undecodable byte(s) shown as \N{REPLACEMENT CHARACTER}" if bad else "")
    )
    return _Decoded(
        text, fallback, EncodingMethod.FALLBACK, confidence=0.0,
        alternatives=found.alternatives(FALLBACK_CODEC), undecodable_bytes=bad,
        declared=declared, notes=tuple(notes),
    )  # fmt: skip


def _decode_override(data: bytes, override: _Override) -> _Decoded:
    body, codec, bom = data, override.codec, False
    found = _find_bom(data)
    if found is not None and _family(found[1]) == _family(override.codec):
        # "utf-16" asked for, UTF-16-BE byte order mark found: the mark says which
        body, codec, bom = data[len(found[0]) :], found[1], True
    decoded = detection.decode(body, _bomless(codec))
    notes = []
    rule = _browser_rule(override.label, decoded.encoding)
    if rule:
        notes.append(f"encoding {override.label!r} decoded as {decoded.encoding} ({rule})")
    if decoded.undecodable_bytes:
        notes.append(
            f"{decoded.undecodable_bytes:,} byte(s) not valid in {decoded.encoding} shown as \N{REPLACEMENT CHARACTER}"
        )
    return _Decoded(
        decoded.text, decoded.encoding, EncodingMethod.OVERRIDE, bom=bom,
        undecodable_bytes=decoded.undecodable_bytes, notes=tuple(notes),
    )  # fmt: skip


def _decode_declared(data: bytes, declared: str) -> tuple[_Decoded | None, str]:
    """The declared charset's decoding if it decodes cleanly, else why not."""
    try:
        codec = detection.codec_name(declared)
    except detection.UnknownLabel:
        return None, f"declared charset {declared!r} is unknown"
    if codec.startswith(("utf-16", "utf-32")):
        # a <meta> that could be read as ASCII cannot be UTF-16: browsers use UTF-8
        codec = "utf-8"
    decoded = detection.decode(data, codec)
    if decoded.undecodable_bytes or _has_c1_controls(decoded.text):
        return None, f"declared charset {declared!r} did not decode cleanly"
    rule = _browser_rule(declared, decoded.encoding)
    return _Decoded(
        decoded.text, decoded.encoding, EncodingMethod.DECLARED, declared=declared,
        notes=(f"declared charset {declared!r} decoded as {decoded.encoding} ({rule})",)
        if rule else (),
    ), ""  # fmt: skip


def _second_opinion(data: bytes, declared: _Decoded) -> _Decoded:
    """Check a declared single-byte charset against the detector and the text.

    Any bytes decode "cleanly" in windows-1251 or KOI8-R, so a page that declares
    the wrong one turns into garbage without an error. When the declared reading
    is doubtful (see :func:`detection.doubt`) and the detector's reading is not,
    the detector's wins; either way the notes say so.
    """
    from . import htmltext

    codec = detection.python_codec(declared.encoding)
    if not is_single_byte(codec):
        return declared
    label = declared.declared
    sample = declared.text[: detection.PLAUSIBILITY_SAMPLE_BYTES]
    found = detection.detect(htmltext.without_declaration(data[:SECOND_OPINION_SAMPLE_BYTES]))
    why = detection.doubt(sample) or _disagreement(found, codec)
    if why is None:
        return declared
    best = found.best
    if best is not None and detection.python_codec(best.codec) != codec:
        other = detection.decode(data, best.codec)
        other_sample = other.text[: detection.PLAUSIBILITY_SAMPLE_BYTES]
        if detection.doubt(other_sample) is None and detection.implausibility(
            other_sample
        ) <= detection.implausibility(sample):
            encoding = detection.display_name(
                detection.common_name(data, other.encoding, other.text)
            )
            overruled = (
                f"declared charset {label!r} does not fit: as {declared.encoding} the "
                f"text reads doubtfully ({why}); read as {encoding}, which the detector prefers"
            )
            return _Decoded(
                other.text, encoding, EncodingMethod.DETECTED,
                confidence=round(best.confidence, 4),
                alternatives=found.alternatives(encoding),
                undecodable_bytes=other.undecodable_bytes, declared=label,
                notes=(overruled,), warnings=(overruled,),
            )  # fmt: skip
    doubted = f"declared charset {label!r} reads doubtfully ({why}); no other encoding reads better"
    return replace(
        declared,
        confidence=DOUBTFUL_DECLARED_CONFIDENCE,
        alternatives=found.alternatives(declared.encoding),
        notes=(*declared.notes, doubted),
        warnings=(doubted,),
    )


def _disagreement(found: detection.Detection, codec: str) -> str | None:
    """Why the detector contradicts a declared codec, or None when it does not."""
    best = found.best
    if best is None or best.confidence < detection.CONFIDENT_DETECTION:
        return None
    if detection.python_codec(best.codec) == codec:
        return None
    mine = next(
        (c.confidence for c in found.candidates if detection.python_codec(c.codec) == codec), 0.0
    )
    if mine >= DECLARED_MIN_SHARE_OF_BEST * best.confidence:
        return None
    return (
        f"the detector is {best.confidence:.0%} sure of "
        f"{detection.display_name(best.codec)} and {mine:.0%} of it"
    )


def _browser_rule(label: str, used: str) -> str | None:
    """Why ``label`` was decoded as ``used`` when Python alone would read it otherwise."""
    python = detection.python_meaning(label)
    if python is None or python == used:
        return None
    try:
        browser = detection.resolve_label(label)
    except detection.UnknownLabel:
        browser = used
    if browser != python:
        return "browser rule"
    return f"{python} could not decode every byte"


def _unicode_beats_bytes(data: bytes, reading: detection.UnicodeReading) -> bool:
    """Is a UTF-16/32 reading better than reading the bytes as a text with stray NULs?

    ASCII read as UTF-16 is plausible Chinese, so a few NULs in a text that reads
    well byte by byte are damage; many NULs (Latin UTF-16) or a byte reading that
    is mojibake (CJK UTF-16) mean UTF-16/32.
    """
    sample = data[: binary.SAMPLE_BYTES]
    if binary.looks_binary(sample):
        return True  # as bytes it would be binary (Latin, Cyrillic, Thai... UTF-16)
    if len(data) % (4 if reading.codec.startswith("utf-32") else 2):
        return False  # half a code unit over: bytes with a stray NUL, not UTF-16
    bytewise = detection.byte_reading_implausibility(data.translate(None, binary.CONTROL_BYTES))
    return reading.implausibility + UNICODE_READING_MARGIN < bytewise


def _decode_bomless_unicode(reading: detection.UnicodeReading) -> _Decoded:
    """UTF-16/32 without a byte order mark (see :func:`detection.bomless_unicode`)."""
    encoding = detection.display_name(reading.codec)
    notes = [f"{encoding} without a byte order mark"]
    if reading.undecodable_bytes:
        notes.append(
            f"{reading.undecodable_bytes:,} byte(s) not valid in {encoding} shown as \N{REPLACEMENT CHARACTER}"
        )
    return _Decoded(
        reading.text, encoding, EncodingMethod.DETECTED,
        confidence=round(min(1.0, max(0.0, 1.0 - reading.penalty)), 4),
        undecodable_bytes=reading.undecodable_bytes, notes=tuple(notes),
    )  # fmt: skip


def _declared(data: bytes, name: str, fmt: Format | None, text: str | None) -> str | None:
    """The charset an HTML input declares (None for text input)."""
    from . import htmltext

    if fmt is Format.TEXT:
        return None
    head = text[:4096] if text is not None else data[:4096].decode("latin-1")
    if fmt is Format.HTML or _has_html_suffix(name) or htmltext.looks_like_html(head):
        if text is not None:
            return htmltext.declared_charset(text[:4096].encode("ascii", errors="replace"))
        return htmltext.declared_charset(data)
    return None


def _same_codec(label: str, codec: str) -> bool | None:
    try:
        declared = detection.codec_name(label)
    except detection.UnknownLabel:
        return None
    return detection.python_codec(_bomless(declared)) == detection.python_codec(_bomless(codec))


def _family(codec: str) -> str:
    """The Unicode family ("utf-8", "utf-16", "utf-32") of a codec, else its name."""
    name = detection.python_codec(codec)
    return next(
        (family for family in ("utf-8", "utf-16", "utf-32") if name.startswith(family)), name
    )


def _bomless(codec: str) -> str:
    return {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}.get(
        detection.python_codec(codec), codec
    )


def _find_bom(data: bytes) -> tuple[bytes, str] | None:
    for marker, codec in BYTE_ORDER_MARKS:
        if data.startswith(marker):
            return marker, codec
    return None


def _has_c1_controls(text: str) -> bool:
    return _C1_CONTROL.search(text) is not None


def _has_html_suffix(name: str) -> bool:
    return PurePath(name).suffix.lower() in HTML_SUFFIXES


# ---------------------------------------------------------------------------
# binary input (decided in :mod:`compare.binary`)
# ---------------------------------------------------------------------------


def _refuse_known_binary(data: bytes, name: str) -> None:
    what = binary.signature(data)
    if what is not None:
        raise InputBinary(f"{_short(name)}: this is {what}, not text")


def _refuse_control_bytes(data: bytes, name: str) -> None:
    """Binary by proportion, never by one byte: a few stray controls are damaged text."""
    why = binary.too_many_controls(data)
    if why is not None:
        raise InputBinary(f"{_short(name)}: this looks like binary data, not text ({why})")


def _binary_message(name: str, mime_type: str) -> str:
    what = f" ({mime_type})" if mime_type and not mime_type.startswith("text/") else ""
    return f"{_short(name)}: this looks like binary data{what}, not text"


# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------


def _shown(path: Path) -> str:
    """A path for a one-line message (no line breaks even in a hostile name)."""
    return _one_line(str(path))


def _short(name: str) -> str:
    return _one_line(name)


def _one_line(text: str) -> str:
    return "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in text)


def _reason(error: OSError) -> str:
    return _one_line(error.strerror or error.__class__.__name__).lower()
