"""Is an input binary? Known signatures, then the proportion of control bytes.

Never one byte: a text with a few stray control bytes (a NUL from a broken copy,
an SOH from a terminal) is a damaged text, kept as it is and reported as
corruption. Random or compressed data has 27 control bytes in 256 (10.5%);
executables, images and databases are full of NULs.
"""

from __future__ import annotations

from .detection import CONTROL_BYTES

#: Signatures of binary formats people drop by mistake: (magic bytes, what it is).
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

#: more than this share of control bytes (in the sample) and the input is binary: random
#: or compressed data has 27/256 (10.5%), a damaged text a handful
CONTROL_SHARE = 0.05
#: more than this share of NUL bytes and the input is binary (text has none; a few
#: are damage; executables, images and databases are full of them)
NUL_SHARE = 0.02
#: up to this many control bytes are stray damage however short the input
MIN_CONTROLS = 3
#: bytes examined for control bytes
SAMPLE_BYTES = 8192


__all__ = [
    "CONTROL_BYTES",
    "SIGNATURES",
    "looks_binary",
    "signature",
    "stray_control_note",
    "too_many_controls",
]


def signature(data: bytes) -> str | None:
    """What a known binary format ``data`` starts like is ("a PNG image"), or None."""
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            return what
    return None


def looks_binary(sample: bytes) -> bool:
    """Too many control bytes, or NULs, for a text with a little damage."""
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    nuls = sample.count(0)
    return controls > max(MIN_CONTROLS, CONTROL_SHARE * len(sample)) or nuls > max(
        MIN_CONTROLS, NUL_SHARE * len(sample)
    )


def too_many_controls(data: bytes) -> str | None:
    """Why the start of ``data`` is binary by proportion, or None when it is text."""
    sample = data[:SAMPLE_BYTES]
    if not sample or not looks_binary(sample):
        return None
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return (
        f"{controls:,} control bytes, {sample.count(0):,} of them NUL, "
        f"in the first {len(sample):,}"
    )


def stray_control_note(data: bytes) -> tuple[str, ...]:
    """A note on control bytes in a text (kept as characters, reported as damage)."""
    controls = len(data) - len(data.translate(None, CONTROL_BYTES))
    if not controls:
        return ()
    nuls = data.count(0)
    what = f"{nuls:,} NUL" if nuls == controls else f"{controls:,} control"
    return (f"{what} byte(s) in the text, kept as control characters (damage, not binary)",)
