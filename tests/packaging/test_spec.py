"""The PyInstaller spec and the Windows/macOS recipes agree with the project and each other.

The spec is executed with recording stand-ins for PyInstaller's build classes, so what it
would hand PyInstaller (scripts, data files, excludes, executables, the macOS bundle) is
checked in milliseconds on any platform.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from .conftest import APP_ID, PACKAGING, ROOT, VERSION

# what PyInstaller's Analysis finds on each platform, as (destination, source) pairs: the
# Python runtime and Qt's platform plugins (a spec must refuse a bundle without them)
RUNTIME_BINARIES = {
    "linux": (
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/PySide6/Qt/plugins/platforms/libqxcb.so"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/venv/PySide6/Qt/plugins/platforms/libqwayland.so"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/venv/PySide6/Qt/plugins/platforms/libqoffscreen.so"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/venv/PySide6/Qt/plugins/platforms/libqvnc.so"),
        ("libglib-2.0.so.0", "/lib/x86_64-linux-gnu/libglib-2.0.so.0"),
    ),
    "win32": (
        ("python311.dll", "C:/Python311/python311.dll"),
        ("PySide6/plugins/platforms/qwindows.dll", "C:/venv/PySide6/plugins/platforms/qwindows.dll"),
    ),
    "darwin": (
        ("Python", "/Library/Frameworks/Python.framework/Versions/3.11/Python"),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "/venv/PySide6/Qt/plugins/platforms/libqcocoa.dylib"),
    ),
}  # fmt: skip


class _Recorder:
    calls: list[tuple[str, tuple, dict]]
    binaries: tuple[tuple[str, str], ...] = ()

    def __init__(self, kind, calls):
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        if self.kind == "Analysis":
            return SimpleNamespace(
                scripts=args[0],
                pure=[],
                binaries=[(dest, src, "BINARY") for dest, src in self.binaries],
                datas=[
                    (f"{dest}/{src.rsplit('/', 1)[-1]}", src, "DATA")
                    for src, dest in kwargs["datas"]
                ],
                kw=kwargs,
            )
        return SimpleNamespace(kind=self.kind, args=args, kw=kwargs)


def _run_spec(platform: str, monkeypatch, tmp_path, binaries=None) -> list[tuple[str, tuple, dict]]:
    return _exec_spec(platform, monkeypatch, tmp_path, binaries)[0]


def _exec_spec(platform, monkeypatch, tmp_path, binaries=None, edit=lambda text: text):
    """The spec run with recording stand-ins: (calls, the spec's globals)."""
    calls: list[tuple[str, tuple, dict]] = []
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    namespace = {name: _Recorder(name, calls) for name in names}
    namespace["Analysis"].binaries = RUNTIME_BINARIES[platform] if binaries is None else binaries
    namespace |= {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path), "__file__": "spec"}
    monkeypatch.setattr(sys, "platform", platform)
    # PyInstaller's hooks module, standing in: each package's "data files" are named for it
    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = _collect_data_files
    hooks.collect_submodules = _collect_submodules
    hooks.copy_metadata = lambda dist: [(f"/site/{dist}.dist-info/METADATA", f"{dist}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    spec = PACKAGING / "mirrordiff.spec"
    text = edit(spec.read_text(encoding="utf-8"))
    exec(compile(text, str(spec), "exec"), namespace)
    return calls, namespace


# packages the stand-in collect_data_files pretends to find (they are not installed)
FAKE_DATA = {"newdep": (("/site/newdep/data/words.txt", "newdep/data"),)}


def _collect_data_files(package: str) -> list[tuple[str, str]]:
    """PyInstaller's collect_data_files, standing in: the package's non-code files, each
    with the folder it goes to (relative to site-packages, as the package looks there)."""
    if package in FAKE_DATA:
        return list(FAKE_DATA[package])
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    return [
        (str(path), str(path.parent.relative_to(folder.parent)))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix not in CODE_SUFFIXES and "__pycache__" not in path.parts
    ]


def _collect_submodules(package: str) -> list[str]:
    """PyInstaller's collect_submodules, standing in: the package and its modules."""
    import pkgutil

    spec = importlib.util.find_spec(package)
    return [package] + [
        f"{package}.{m.name}" for m in pkgutil.iter_modules(spec.submodule_search_locations)
    ]


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
        f"{dest}/{src.rsplit('/', 1)[-1]}"
        for src, dest in kw["datas"]
        if dest.startswith("resources")
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


def _collected_names(calls) -> set[str]:
    [(args, _kw)] = _of(calls, "COLLECT")
    binaries = [item for arg in args if isinstance(arg, list) for item in arg]
    return {Path(dest).name for dest, _src, kind in binaries if kind == "BINARY"}


def test_linux_bundle_keeps_debians_libpython_and_leaves_other_system_libraries_out(
    monkeypatch, tmp_path
):
    """Debian's libpython lives in /usr/lib; without it the installed programs exit 255."""
    names = _collected_names(_run_spec("linux", monkeypatch, tmp_path))
    assert "libpython3.11.so.1.0" in names
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= names
    assert "libglib-2.0.so.0" not in names  # the system's, named in the .deb's Depends
    assert "libqvnc.so" not in names  # a dropped plugin


@pytest.mark.parametrize(
    ("platform", "left_out"),
    [(platform, dest) for platform, pairs in RUNTIME_BINARIES.items() for dest, _src in pairs[:2]],
)
def test_a_bundle_without_python_or_the_platform_plugin_stops_the_build(
    platform, left_out, monkeypatch, tmp_path
):
    binaries = tuple(pair for pair in RUNTIME_BINARIES[platform] if pair[0] != left_out)
    with pytest.raises(SystemExit) as stopped:
        _run_spec(platform, monkeypatch, tmp_path, binaries=binaries)
    message = str(stopped.value)
    wanted = "the Python runtime" if "ython" in left_out else "platform plugin"
    assert wanted in message
    assert message.count(",") == 0  # only what is missing is named
    assert "builddeps.sh" in message


# Runtime dependencies whose files besides code are never read at run time (the reason);
# every other dependency that ships data files must be in the spec's PACKAGES_WITH_DATA.
NO_RUNTIME_DATA = {
    "PySide6-Essentials": "Qt's libraries, plugins and translations: PyInstaller's PySide6 hooks",
    "diff-match-patch": "only its own tests/ read the speedtest*.txt files",
    "tqdm": "completion.sh and tqdm.1 are for the shell and man, not read by `import tqdm`",
}
CODE_SUFFIXES = {".py", ".pyc", ".pyi", ".so", ".pyd", ".dll", ".dylib"}


def _runtime_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.match(r"[A-Za-z0-9._-]+", req)[0] for req in project["dependencies"]]


def _data_files(dist: metadata.Distribution) -> list[str]:
    return [
        str(f)
        for f in dist.files or ()
        if f.suffix not in CODE_SUFFIXES
        and f.name != "py.typed"
        and not any(
            part.endswith(".dist-info") or part in ("..", "__pycache__") for part in f.parts
        )
    ]


def test_every_runtime_dependency_with_data_files_has_them_bundled(monkeypatch, tmp_path):
    """A dependency that reads its own files (models, word lists) breaks only when frozen:
    adding one to pyproject.toml without a line in PACKAGES_WITH_DATA fails here."""
    bundled = set(_exec_spec("linux", monkeypatch, tmp_path)[1]["PACKAGES_WITH_DATA"])
    import_names = metadata.packages_distributions()
    unlisted = []
    for name in _runtime_dependencies():
        dist = metadata.distribution(name)
        data = _data_files(dist)
        imports = {i for i, dists in import_names.items() if dist.metadata["Name"] in dists}
        if data and name not in NO_RUNTIME_DATA and not imports & bundled:
            unlisted.append(f"{name} ({', '.join(data[:3])} ...)")
    assert unlisted == [], (
        "these dependencies ship data files: add their import name to PACKAGES_WITH_DATA "
        "in packaging/mirrordiff.spec, or say in NO_RUNTIME_DATA why they need none"
    )
    assert set(NO_RUNTIME_DATA) <= set(_runtime_dependencies()), "stale NO_RUNTIME_DATA entry"


def test_a_package_listed_for_its_data_gets_them_bundled_with_collect_data_files(
    monkeypatch, tmp_path
):
    def add_newdep(text: str) -> str:
        edited = text.replace(
            "PACKAGES_WITH_DATA = (\n", 'PACKAGES_WITH_DATA = (\n    "newdep",\n', 1
        )
        edited = edited.replace(
            "PACKAGES_WITH_METADATA = ()", 'PACKAGES_WITH_METADATA = ("newdep",)'
        )
        assert edited.count("newdep") == 2
        return edited

    calls, _spec = _exec_spec("linux", monkeypatch, tmp_path, edit=add_newdep)
    for _args, kw in _of(calls, "Analysis"):
        assert ("/site/newdep/data/words.txt", "newdep/data") in kw["datas"]
        assert {dest for _src, dest in kw["datas"]} >= {"chardet/models", "justext/stoplists"}
        assert ("/site/newdep.dist-info/METADATA", "newdep.dist-info") in kw["datas"]


def test_a_package_listed_for_data_it_does_not_have_stops_the_build(monkeypatch, tmp_path):
    """A typo (or an import name given as the distribution's) must not bundle nothing."""

    def add_typo(text: str) -> str:
        return text.replace(
            "PACKAGES_WITH_DATA = (\n", 'PACKAGES_WITH_DATA = (\n    "chardett",\n', 1
        )

    with pytest.raises(SystemExit, match="chardett is in PACKAGES_WITH_DATA but has no data"):
        _exec_spec("linux", monkeypatch, tmp_path, edit=add_typo)


# -- Windows and macOS recipes: what can be checked without those systems ------------------
def _iss() -> str:
    return (PACKAGING / "windows" / "mirrordiff.iss").read_text(encoding="utf-8")


def _iss_path(expression: str) -> Path:
    r"""An Inno Setup path built from {#Root} (…\packaging\windows\..\..) as a path here."""
    relative = expression.replace("{#Root}", "").replace("\\", "/").strip("/")
    return ROOT / relative


def test_inno_setup_paths_name_files_the_repository_and_the_spec_produce(monkeypatch, tmp_path):
    iss = _iss()
    # Root is two folders up from the script: the repository
    assert re.search(r'^#define Root AddBackslash\(SourcePath\) \+ "\.\.\\\.\."$', iss, re.M)
    # the bundle folder: build.ps1's --distpath + the spec's COLLECT name
    build_ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    distpath = re.search(r"--distpath (\S+)", build_ps1)[1]
    calls = _run_spec("win32", monkeypatch, tmp_path)
    [(_args, collect)] = _of(calls, "COLLECT")
    bundle = re.search(r'^#define BundleDir Root \+ "\\(.+)"$', iss, re.M)[1]
    assert bundle == f"{distpath}\\{collect['name']}"
    # every program the installer names is one the spec builds
    exes = {kw["name"] + ".exe" for _a, kw in _of(calls, "EXE")}
    named = set(re.findall(r"\{app\}\\([\w-]+\.exe)", iss)) | set(
        re.findall(r'BundleDir \+ "\\([\w-]+\.exe)"', iss)
    )
    assert named and named <= exes, named - exes
    # files the compiler reads from the repository exist
    for key in ("SetupIconFile",):
        value = re.search(rf"^{key}=(.+)$", iss, re.M)[1]
        assert _iss_path(value).is_file(), value
    assert all(
        source.startswith("{#BundleDir}") for source in re.findall(r'Source: "([^"]+)"', iss)
    )
    # the version the installer reads back is the key the spec stamps
    assert 'GetStringFileInfo(BundleDir + "\\mirrordiff.exe", "ProductVersion")' in iss
    # build.ps1 compiles this script and looks for the installer under the name it gets
    assert "packaging\\windows\\mirrordiff.iss" in build_ps1
    assert "packaging\\mirrordiff.spec" in build_ps1
    assert re.search(r"^OutputBaseFilename=\{#AppName\}-\{#AppVersion\}-setup$", iss, re.M)
    assert re.search(r"^OutputDir=\{#Root\}\\dist$", iss, re.M)
    assert "dist\\mirrordiff-*-setup.exe" in build_ps1


def test_windows_and_macos_recipes_smoke_test_files_that_exist():
    recipes = {
        "windows/build.ps1": r"resources\\samples\\[\w.-]+",
        "macos/build-dmg.sh": r"resources/samples/[\w.-]+",
    }
    for recipe, pattern in recipes.items():
        text = (PACKAGING / recipe).read_text(encoding="utf-8")
        samples = re.findall(pattern, text)
        assert len(samples) == 2, recipe
        for sample in samples:
            assert (ROOT / sample.replace("\\", "/")).is_file(), sample


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_executable_icons_exist(platform, monkeypatch, tmp_path):
    calls = _run_spec(platform, monkeypatch, tmp_path)
    icons = {kw["icon"] for _a, kw in _of(calls, "EXE")} | {
        kw["icon"] for _a, kw in _of(calls, "BUNDLE")
    }
    assert icons and all(Path(icon).is_file() for icon in icons), icons


def test_macos_info_plist_is_a_valid_plist_naming_the_window_executable(monkeypatch, tmp_path):
    calls = _run_spec("darwin", monkeypatch, tmp_path)
    [(_args, bundle)] = _of(calls, "BUNDLE")
    plist = plistlib.loads(plistlib.dumps(bundle["info_plist"], fmt=plistlib.FMT_XML))
    windowed = [kw["name"] for _a, kw in _of(calls, "EXE") if not kw["console"]]
    assert [plist["CFBundleExecutable"]] == windowed == ["mirrordiff"]
    assert re.fullmatch(r"\d+(\.\d+){0,2}", plist["LSMinimumSystemVersion"])
    for doc in plist["CFBundleDocumentTypes"]:
        assert doc["CFBundleTypeRole"] in {"Viewer", "Editor"}
        assert doc["LSHandlerRank"] in {"Owner", "Default", "Alternate", "None"}
    # what build-dmg.sh reads back with PlistBuddy is set by the spec
    dmg = (PACKAGING / "macos" / "build-dmg.sh").read_text(encoding="utf-8")
    for key in re.findall(r"PlistBuddy -c 'Print :(\w+)'", dmg):
        assert key in plist or (
            key == "CFBundleIdentifier" and bundle["bundle_identifier"] == APP_ID
        )
    assert "dist/mirrordiff.app" in dmg and bundle["name"] == "mirrordiff.app"
