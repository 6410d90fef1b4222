"""bytes -> Document.

PROVISIONAL: UTF-8 only, plain text only. The full loader (BOM, strict UTF-8,
declared HTML charset, chardet, fallback, HTML text extraction) replaces it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import InputIsDirectory, InputMissing, InputTooLarge, InputUnreadable
from .model import DEFAULT_MAX_INPUT_BYTES, Document, EncodingMethod, Format


def _newline_style(raw: str) -> str:
    crlf = raw.count("\r\n")
    cr = raw.count("\r") - crlf
    lf = raw.count("\n") - crlf
    kinds = [k for k, n in (("\r\n", crlf), ("\r", cr), ("\n", lf)) if n]
    if not kinds:
        return ""
    return kinds[0] if len(kinds) == 1 else "mixed"


def load_bytes(
    data: bytes,
    *,
    label: str,
    path: str | None = None,
    encoding: str | None = None,
    fmt: Format | None = None,
) -> Document:
    raw = data.decode(encoding or "utf-8", errors="replace")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return Document(
        text=text,
        label=label,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt or Format.TEXT,
        encoding=encoding or "utf-8",
        encoding_method=EncodingMethod.OVERRIDE if encoding else EncodingMethod.UTF8_VALID,
        newline=_newline_style(raw),
    )


def load_path(
    path: str | os.PathLike[str],
    *,
    label: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Document:
    p = Path(path)
    if not p.exists():
        raise InputMissing(f"{p}: no such file")
    if p.is_dir():
        raise InputIsDirectory(f"{p}: is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{p}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        data = p.read_bytes()
    except OSError as error:
        raise InputUnreadable(f"{p}: cannot read ({error.strerror or error})") from error
    return load_bytes(data, label=label or p.name, path=str(p), encoding=encoding)


def load_text(text: str, *, label: str = "Pasted text", fmt: Format | None = None) -> Document:
    return load_bytes(text.encode("utf-8"), label=label, fmt=fmt)
