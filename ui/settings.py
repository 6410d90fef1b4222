"""The one module that touches QSettings: a table of keys with defaults, typed accessors.

Tests (and anyone else) can point the settings at a folder with the environment
variable ``MIRRORDIFF_SETTINGS_DIR``: an ini file there is used instead of the
platform's native store.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from compare import CATEGORY_ORDER, Category

#: environment variable naming a folder to keep the settings in (an ini file)
SETTINGS_DIR_ENV = "MIRRORDIFF_SETTINGS_DIR"

#: how many recent comparisons are remembered
MAX_RECENT = 10


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    default: object


#: every key, with its default; nothing else is ever read or written
KEYS: dict[str, Key] = {
    key.name: key
    for key in (
        Key("window/geometry", b""),
        Key("window/state", b""),
        Key("window/outer_splitter", b""),
        Key("view/categories", ",".join(CATEGORY_ORDER)),
        Key("view/zoom", 0),
        Key("view/step_groups", False),
        Key("recent/comparisons", "[]"),
        Key("folders/original", ""),
        Key("folders/copy", ""),
        Key("folders/export", ""),
        Key("export/format", "html"),
    )
}


def _open() -> QSettings:
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return QSettings(str(Path(folder) / "mirrordiff.ini"), QSettings.Format.IniFormat)
    return QSettings()


class Settings:
    """Typed access to the window's persistent state."""

    def __init__(self) -> None:
        self._store = _open()

    # -- raw, through the table -----------------------------------------------------
    def _get(self, name: str):
        key = KEYS[name]
        value = self._store.value(name, key.default)
        return key.default if value is None else value

    def _set(self, name: str, value) -> None:
        if name not in KEYS:
            raise KeyError(name)
        self._store.setValue(name, value)

    def sync(self) -> None:
        self._store.sync()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # -- bytes (geometry and splitters) --------------------------------------------
    def _bytes(self, name: str) -> QByteArray:
        value = self._get(name)
        if isinstance(value, QByteArray):
            return value
        if isinstance(value, (bytes, bytearray)):
            return QByteArray(bytes(value))
        return QByteArray()

    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def outer_splitter(self) -> QByteArray:
        return self._bytes("window/outer_splitter")

    def set_outer_splitter(self, value: QByteArray) -> None:
        self._set("window/outer_splitter", value)

    # -- view --------------------------------------------------------------------
    def enabled_categories(self) -> frozenset[Category]:
        raw = str(self._get("view/categories"))
        known = {c.value for c in Category}
        return frozenset(Category(v) for v in raw.split(",") if v in known)

    def set_enabled_categories(self, categories) -> None:
        ordered = [c.value for c in CATEGORY_ORDER if c in categories]
        self._set("view/categories", ",".join(ordered))

    def zoom(self) -> int:
        try:
            return max(-8, min(20, int(self._get("view/zoom"))))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self._set("view/zoom", int(steps))

    def step_groups(self) -> bool:
        return str(self._get("view/step_groups")).lower() in ("true", "1")

    def set_step_groups(self, on: bool) -> None:
        self._set("view/step_groups", bool(on))

    # -- recent comparisons ---------------------------------------------------------
    def recent(self) -> list[tuple[str, str]]:
        try:
            items = json.loads(str(self._get("recent/comparisons")))
        except ValueError:
            return []
        out = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, list) and len(item) == 2 and all(isinstance(p, str) for p in item):
                out.append((item[0], item[1]))
        return out[:MAX_RECENT]

    def add_recent(self, original: str, copy: str) -> None:
        pair = (original, copy)
        items = [pair] + [p for p in self.recent() if p != pair]
        self._set("recent/comparisons", json.dumps([list(p) for p in items[:MAX_RECENT]]))

    def clear_recent(self) -> None:
        self._set("recent/comparisons", "[]")

    # -- folders and export ---------------------------------------------------------
    def folder(self, which: str) -> str:
        return str(self._get(f"folders/{which}"))

    def set_folder(self, which: str, folder: str) -> None:
        self._set(f"folders/{which}", folder)

    def export_format(self) -> str:
        return str(self._get("export/format"))

    def set_export_format(self, name: str) -> None:
        self._set("export/format", name)
