"""Inputs in two encodings at once: valid UTF-8 lines beside legacy ones.

A page assembled from two sources (a UTF-8 template around a windows-1251 article,
a UTF-8 file with a paragraph pasted from an old one) is valid UTF-8 nowhere as a
whole; decoded all in the legacy encoding, its UTF-8 half turns into ``вЂ™``.
:func:`decode_mixed` decodes it line by line instead: a line that is valid UTF-8
(with non-ASCII characters) as UTF-8, every other line in the encoding the
detector finds for those lines together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import detection
from .charsets import is_single_byte

#: at least this many non-ASCII characters in valid UTF-8 lines make a mixed input
#: (fewer could be a legacy text whose bytes happen to form a UTF-8 sequence)
MIN_UTF8_CHARACTERS = 8
#: the legacy lines' encoding when the detector has no answer
FALLBACK_CODEC = "cp1252"


_HIGH_BYTES = bytes(range(0x80, 0x100))

#: a run of well-formed UTF-8 multi-byte sequences inside a legacy line
UTF8_RUN = re.compile(
    rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+"
)
#: a run that a single-byte legacy text rarely forms by accident: a 3- or 4-byte
#: sequence (“ ” ’ — …), or at least two 2-byte ones ("Министр")
UTF8_RUN_MIN_BYTES = 3



@dataclass(frozen=True, slots=True)
class MixedDecoding:
    text: str
    #: display name of the encoding of the legacy lines
    legacy_encoding: str
    utf8_lines: int
    legacy_lines: int
    #: non-ASCII bytes in each part (which encoding the input is "mostly" in)
    utf8_bytes: int
    legacy_bytes: int
    undecodable_bytes: int
    confidence: float
    #: legacy lines with UTF-8 runs inside (decoded piece by piece)
    mixed_lines: int = 0

    @property
    def encoding(self) -> str:
        """The encoding most of the non-ASCII bytes are in."""
        return "utf-8" if self.utf8_bytes >= self.legacy_bytes else self.legacy_encoding

    @property
    def note(self) -> str:
        inside = (
            f" ({self.mixed_lines:,} of them with UTF-8 pieces inside, kept as UTF-8)"
            if self.mixed_lines
            else ""
        )
        return (
            f"mixed encodings, decoded line by line: {self.utf8_lines:,} line(s) in UTF-8, "
            f"{self.legacy_lines:,} in {self.legacy_encoding}{inside}"
        )


def decode_mixed(data: bytes) -> MixedDecoding | None:
    """The line-by-line decoding of a UTF-8/legacy mix, or None if ``data`` is not one."""
    lines = data.splitlines(keepends=True)
    if not _has_utf8_lines(lines):
        return None  # a plain legacy file: decided in one cheap pass
    pieces: list[str | bytes] = []  # decoded UTF-8 or ASCII lines; legacy lines as bytes
    utf8_chars = utf8_lines = utf8_bytes = 0
    legacy: list[bytes] = []
    damaged = 0  # undecodable bytes in UTF-8 lines (a stray windows-1252 quote)
    for line in lines:
        if line.isascii():
            pieces.append(line.decode("ascii"))
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            # C-speed estimate first: a 10 MB legacy file has a million such lines
            text = line.decode("utf-8", "replace")
            bad = text.count("\N{REPLACEMENT CHARACTER}")
            good = len(text) - len(text.encode("ascii", "ignore")) - bad
            if good < detection.MOSTLY_UTF8_RATIO * bad:
                legacy.append(line)  # a legacy line, not a UTF-8 line with a stray byte
                pieces.append(line)
                continue
            text, bad = detection.decode_counting(line, "utf-8")
            damaged += bad
        utf8_lines += 1
        utf8_chars += len(text) - len(text.encode("ascii", "ignore"))
        utf8_bytes += len(line) - len(line.translate(None, _HIGH_BYTES))
        pieces.append(text)
    if not legacy or utf8_chars < MIN_UTF8_CHARACTERS:
        return None  # (a legacy file: decided after one pass over its lines)
    legacy_data = b"".join(legacy)
    best = detection.detect(legacy_data).best
    codec = best.codec if best is not None and best.score > 0 else FALLBACK_CODEC
    decoded = detection.decode(legacy_data, codec)
    codec = detection.common_name(legacy_data, decoded.encoding, decoded.text)
    undecodable = damaged
    out = []
    python_codec = detection.python_codec(codec)
    split = is_single_byte(python_codec)
    both = 0  # legacy lines with UTF-8 runs inside
    for piece in pieces:
        if isinstance(piece, bytes):
            if split:
                text, bad, inside = _decode_split(piece, python_codec)
                both += inside
            else:
                text, bad = detection.decode_counting(piece, python_codec)
            undecodable += bad
            out.append(text)
        else:
            out.append(piece)
    return MixedDecoding(
        text="".join(out),
        legacy_encoding=detection.display_name(codec),
        utf8_lines=utf8_lines,
        legacy_lines=len(legacy),
        utf8_bytes=utf8_bytes,
        legacy_bytes=len(legacy_data) - len(legacy_data.translate(None, _HIGH_BYTES)),
        undecodable_bytes=undecodable,
        mixed_lines=both,
        confidence=round(best.confidence, 4) if best is not None else 0.0,
    )


def _has_utf8_lines(lines: list[bytes]) -> bool:
    """Do valid UTF-8 lines hold at least :data:`MIN_UTF8_CHARACTERS` non-ASCII ones?"""
    found = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        found += len(text) - len(text.encode("ascii", "ignore"))
        if found >= MIN_UTF8_CHARACTERS:
            return True
    return False


def _decode_split(line: bytes, codec: str) -> tuple[str, int, bool]:
    """A legacy line that may hold UTF-8 runs too (“quotes” around windows-1251 text).

    Only for single-byte codecs: a multi-byte legacy character could look like UTF-8.
    """
    out: list[str] = []
    bad = position = 0
    found = False
    for run in UTF8_RUN.finditer(line):
        if run.end() - run.start() < UTF8_RUN_MIN_BYTES:
            continue
        text, undecodable = detection.decode_counting(line[position : run.start()], codec)
        out.append(text)
        out.append(run.group().decode("utf-8"))
        bad += undecodable
        position = run.end()
        found = True
    text, undecodable = detection.decode_counting(line[position:], codec)
    out.append(text)
    return "".join(out), bad + undecodable, found
