"""The PyInstaller spec and the Windows/macOS recipes agree with the project and each other.

The spec is executed with recording stand-ins for PyInstaller's build classes, so what it
would hand PyInstaller (scripts, data files, excludes, executables, the macOS bundle) is
checked in milliseconds on any platform.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from .conftest import APP_ID, PACKAGING, ROOT, VERSION


class _Recorder:
    calls: list[tuple[str, tuple, dict]]

    def __init__(self, kind, calls):
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        if self.kind == "Analysis":
            return SimpleNamespace(
                scripts=args[0],
                pure=[],
                binaries=[],
                datas=[
                    (f"{dest}/{src.rsplit('/', 1)[-1]}", src, "DATA")
                    for src, dest in kwargs["datas"]
                ],
                kw=kwargs,
            )
        return SimpleNamespace(kind=self.kind, args=args, kw=kwargs)


def _hooks_stand_in():
    """PyInstaller.utils.hooks as the spec uses it, for machines without PyInstaller:
    the package's non-Python files as (source, destination folder), its submodules."""
    import importlib.util
    import pkgutil

    def collect_data_files(package, excludes=()):
        spec = importlib.util.find_spec(package)
        root = Path(next(iter(spec.submodule_search_locations)))
        return [
            (str(path), str(Path(package) / path.relative_to(root).parent))
            for path in sorted(root.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
        ]

    def collect_submodules(package):
        spec = importlib.util.find_spec(package)
        return [package] + [
            f"{package}.{m.name}" for m in pkgutil.iter_modules(spec.submodule_search_locations)
        ]

    return SimpleNamespace(collect_data_files=collect_data_files, collect_submodules=collect_submodules)


def _run_spec(platform: str, monkeypatch, tmp_path) -> list[tuple[str, tuple, dict]]:
    try:
        import PyInstaller.utils.hooks  # noqa: F401
    except ImportError:
        monkeypatch.setitem(sys.modules, "PyInstaller", SimpleNamespace())
        monkeypatch.setitem(sys.modules, "PyInstaller.utils", SimpleNamespace())
        monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", _hooks_stand_in())
    calls: list[tuple[str, tuple, dict]] = []
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    namespace = {name: _Recorder(name, calls) for name in names}
    namespace |= {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path), "__file__": "spec"}
    monkeypatch.setattr(sys, "platform", platform)
    spec = PACKAGING / "mirrordiff.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return calls


def _of(calls, kind):
    return [(args, kw) for k, args, kw in calls if k == kind]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_one_bundle_holds_a_windowed_mirrordiff_and_a_console_export(
    platform, monkeypatch, tmp_path
):
    calls = _run_spec(platform, monkeypatch, tmp_path)
    exes = {kw["name"]: kw for _args, kw in _of(calls, "EXE")}
    assert set(exes) == {"mirrordiff", "mirrordiff-export"}
    assert exes["mirrordiff"]["console"] is False
    assert exes["mirrordiff-export"]["console"] is True
    assert all(kw["exclude_binaries"] for kw in exes.values())  # shared, not onefile
    [(collected, collect_kw)] = _of(calls, "COLLECT")
    assert collect_kw["name"] == "mirrordiff"
    assert {getattr(a, "kind", None) for a in collected} >= {"EXE"}


def test_entry_scripts_run_the_projects_own_entry_points(monkeypatch, tmp_path):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    targets = {project["gui-scripts"]["mirrordiff"], project["scripts"]["mirrordiff-export"]}
    scripts = [
        args[0][0] for args, _kw in _of(_run_spec("linux", monkeypatch, tmp_path), "Analysis")
    ]
    found = set()
    for script in scripts:
        match = re.search(
            r"^from (\S+) import (\w+)$", Path(script).read_text(encoding="utf-8"), re.M
        )
        found.add(f"{match[1]}:{match[2]}")
    assert found == targets


def test_every_resource_file_is_bundled_where_the_frozen_lookup_finds_it(monkeypatch, tmp_path):
    [(_args, kw), *_] = _of(_run_spec("linux", monkeypatch, tmp_path), "Analysis")
    bundled = {
        f"{dest}/{src.rsplit('/', 1)[-1]}" for src, dest in kw["datas"] if dest.startswith("resources")
    }
    wanted = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    # compare.resources: sys._MEIPASS / "resources"
    assert {b for b in bundled if b.startswith("resources/")} == wanted


def test_the_language_model_is_bundled_where_the_engine_looks_for_it(monkeypatch, tmp_path):
    from compare import language

    [(_args, kw), *_] = _of(_run_spec("linux", monkeypatch, tmp_path), "Analysis")
    models = [(src, dest) for src, dest in kw["datas"] if src.endswith("lid.176.ftz")]
    assert len(models) == 1
    src, dest = models[0]
    # lay the bundle out as PyInstaller does and ask the engine to find the model there
    frozen = tmp_path / "bundle"
    (frozen / dest).mkdir(parents=True)
    (frozen / dest / "lid.176.ftz").write_bytes(Path(src).read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen), raising=False)
    assert language.model_path() == frozen / dest / "lid.176.ftz"
    assert Path(src).stat().st_size < 2_000_000  # the lite model, never the 126 MB one
    # dateparser's per-language modules are imported by name: they must be listed
    hidden = set(kw["hiddenimports"])
    for code in ("en", "fr", "es", "de", "ru", "zh"):
        assert f"dateparser.data.date_translation_data.{code}" in hidden


def test_justext_stop_word_lists_are_bundled_where_the_package_reads_them(monkeypatch, tmp_path):
    from compare.justext_adapter import languages

    [(_args, kw), *_] = _of(_run_spec("linux", monkeypatch, tmp_path), "Analysis")
    bundled = {src.rsplit("/", 1)[-1] for src, dest in kw["datas"] if dest == "justext/stoplists"}
    assert {f"{language}.txt" for language in languages()} <= bundled
    assert len(bundled) >= 100  # the chrome scorer's languages


def test_qt_modules_the_window_imports_are_never_excluded(monkeypatch, tmp_path):
    [(_args, kw), *_] = _of(_run_spec("linux", monkeypatch, tmp_path), "Analysis")
    excluded = set(kw["excludes"])
    used = set()
    for path in (ROOT / "ui").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "ui/ imports Qt"
    assert not {f"PySide6.{m}" for m in used} & excluded
    assert {"PySide6.QtQml", "PySide6.QtQuick", "tkinter", "pytest"} <= excluded


def test_macos_app_has_the_reverse_dns_id_version_and_opens_text_and_html(monkeypatch, tmp_path):
    [(_args, kw)] = _of(_run_spec("darwin", monkeypatch, tmp_path), "BUNDLE")
    assert kw["name"] == "mirrordiff.app"
    assert kw["bundle_identifier"] == APP_ID
    plist = kw["info_plist"]
    assert plist["CFBundleShortVersionString"] == VERSION
    types = {t for doc in plist["CFBundleDocumentTypes"] for t in doc["LSItemContentTypes"]}
    assert types == {"public.plain-text", "public.html"}
    assert kw["icon"].endswith("mirrordiff.icns")


def test_no_bundle_on_linux_or_windows(monkeypatch, tmp_path):
    for platform in ("linux", "win32"):
        assert _of(_run_spec(platform, monkeypatch, tmp_path), "BUNDLE") == []


def test_windows_exes_carry_the_project_version(monkeypatch, tmp_path):
    calls = _run_spec("win32", monkeypatch, tmp_path)
    version_file = {kw["version"] for _args, kw in _of(calls, "EXE")}
    assert len(version_file) == 1
    text = Path(version_file.pop()).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text
    assert "mirrordiff.ico" in _of(calls, "EXE")[0][1]["icon"]


def test_inno_setup_script_matches_the_bundle_and_the_app_id():
    iss = (PACKAGING / "windows" / "mirrordiff.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in iss
    assert 'BundleDir Root + "\\dist\\mirrordiff"' in iss
    assert "PrivilegesRequired=lowest" in iss
    assert "{app}\\mirrordiff.exe" in iss and "{app}\\mirrordiff-export.exe" in iss
    for ext in (".txt", ".html", ".htm"):
        assert f"SystemFileAssociations\\{ext}\\shell\\{{#VerbKey}}" in iss
    assert "Compare with mirrordiff" in iss
    assert "{autoprograms}" in iss and "{usersendto}" in iss


def test_no_recipe_hard_codes_the_version():
    """The version lives in compare/_version.py only; every recipe reads it from there."""
    for path in (
        PACKAGING / "mirrordiff.spec",
        PACKAGING / "windows" / "mirrordiff.iss",
        PACKAGING / "windows" / "build.ps1",
        PACKAGING / "macos" / "build-dmg.sh",
        PACKAGING / "linux" / "build-deb.sh",
    ):
        assert VERSION not in path.read_text(encoding="utf-8"), path.name
