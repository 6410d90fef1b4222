"""The .desktop file, AppStream metainfo and man pages: valid, and consistent with the app."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET

from .conftest import APP_ID, LINUX, ROOT, VERSION, require_tool

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even hints


def test_desktop_file_opens_files_and_offers_open_with_for_text_and_html():
    entry = _desktop_entry()
    assert entry["Exec"] == "mirrordiff %F"
    assert set(entry["MimeType"].rstrip(";").split(";")) == {"text/plain", "text/html"}
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_desktop_file_name_is_the_id_the_window_announces():
    """Wayland/GNOME match the running window to the menu entry by this name."""
    app_source = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'"{APP_ID}"' in app_source


def test_sample_action_points_at_the_samples_the_bundle_ships():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    exec_line = parser["Desktop Action compare-samples"]["Exec"].split()
    assert exec_line[0] == "mirrordiff"
    prefix = "/opt/mirrordiff/_internal/resources/"
    for path in exec_line[1:]:
        assert path.startswith(prefix)
        assert (ROOT / "resources" / path.removeprefix(prefix)).is_file(), path


def test_metainfo_validates():
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_desktop_file_commands_and_current_version():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {b.text for b in root.iter("binary")} == _commands()
    newest = root.find("releases/release")
    assert newest.get("version") == VERSION, "add a <release> for the new version"


def _commands() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return set(project["scripts"]) | set(project["gui-scripts"])


def test_each_command_has_a_man_page_that_renders_without_warnings():
    groff = require_tool("groff", "groff-base")
    for command in _commands():
        page = LINUX / f"{command}.1"
        result = subprocess.run(
            [groff, "-man", "-ww", "-z", "-Tutf8", str(page)], capture_output=True, text=True
        )
        assert result.returncode == 0
        assert result.stderr == "", f"{page.name}: {result.stderr}"
        assert f".TH {command.upper()} 1" in page.read_text(encoding="utf-8")


def test_export_man_page_documents_every_option_of_the_real_command_line():
    """The man page is written by hand; a new CLI option without a man entry fails here."""
    from ui.cli import build_parser

    page = (LINUX / "mirrordiff-export.1").read_text(encoding="utf-8").replace("\\-", "-")
    options = {
        option
        for action in build_parser()._actions
        for option in action.option_strings
        if option.startswith("--")
    }
    assert options, "the parser has long options"
    assert sorted(o for o in options if o not in page) == []
