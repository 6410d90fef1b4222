"""Shared test set-up: Qt always offscreen, settings never touch the real ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture
def sample_pair() -> tuple[Path, Path]:
    """The bundled pair: our reconstructed AP original and the real kproxy copy."""
    return SAMPLES / "original-ap.txt", SAMPLES / "copy-kproxy.txt"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Point QSettings (and XDG config) at a temporary folder for every test."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("MIRRORDIFF_SETTINGS_DIR", str(config))
    yield
