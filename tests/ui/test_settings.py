"""Settings: one module, a table of defaults, a folder chosen by the tests."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray

from compare import Category
from ui.settings import KEYS, MAX_RECENT, Settings


def test_defaults_come_from_the_table(qapp):
    s = Settings()
    assert s.enabled_categories() == frozenset(Category)
    assert s.recent() == []
    assert s.zoom() == 0
    assert s.geometry().isEmpty()
    assert "view/categories" in KEYS


def test_values_round_trip_through_the_ini_file(qapp):
    s = Settings()
    s.set_enabled_categories({Category.EDIT, Category.MOVED})
    s.set_enabled_categories(frozenset())  # an empty set must read back empty, not default
    s.set_geometry(QByteArray(b"\x01\x02"))
    s.set_folder("copy", "/tmp/somewhere")
    s.sync()
    assert Path(s.file_name).parent == Path(os.environ["MIRRORDIFF_SETTINGS_DIR"])
    again = Settings()
    assert again.enabled_categories() == frozenset()
    assert bytes(again.geometry().data()) == b"\x01\x02"
    assert again.folder("copy") == "/tmp/somewhere"


def test_recent_comparisons_are_most_recent_first_and_bounded(qapp):
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.add_recent(f"/a/{i}.txt", f"/b/{i}.txt")
    s.add_recent("/a/3.txt", "/b/3.txt")
    recent = s.recent()
    assert len(recent) == MAX_RECENT
    assert recent[0] == ("/a/3.txt", "/b/3.txt")
    assert recent.count(("/a/3.txt", "/b/3.txt")) == 1
    s.clear_recent()
    assert Settings().recent() == []
