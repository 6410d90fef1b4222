"""The Debian packages Qt needs, derived from the Qt objects themselves.

    python packaging/linux/qtdeps.py packages   the packages whose libraries are missing now
    python packaging/linux/qtdeps.py check      exit 1, naming each missing library, if any
    python packaging/linux/qtdeps.py table      rewrite qt-sonames.txt (needs all of them)
    python packaging/linux/qtdeps.py table --check   exit 1 if qt-sonames.txt is stale

The objects are the Qt plugins mirrordiff ships (bundle_parts.GUI_PLUGIN_DIRS less
DROPPED_QT_PLUGINS) and the PySide6 modules ui/ and compare/ name, in the PySide6 that
this Python imports (the venv's), or under --pyside DIR (e.g. a bundle's _internal/PySide6).
`ldd` lists what each links, transitively; a library the wheel carries is private, any
other is the system's. A system library's package comes from qt-sonames.txt, which
`table` writes with `dpkg -S` on a machine where all of them are installed; a library
not in it falls back to Debian's naming policy (libfoo.so.N -> libfooN) and is checked
with apt-cache. Standard library only: this runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from bundle_parts import GUI_PLUGIN_DIRS, is_dropped_plugin, named_qt_modules  # noqa: E402

TABLE = HERE / "qt-sonames.txt"
# always there on Debian (libc6, libgcc-s1, libstdc++6 are essential or required by apt)
BASE_SONAMES = re.compile(
    r"(ld-linux.*|linux-vdso.*|lib(c|m|dl|rt|pthread|gcc_s|stdc\+\+)\.so\.\d+)"
)
# the PySide6 modules every window needs, whatever the source names
CORE_MODULES = ("QtCore", "QtGui", "QtWidgets")
# ldd: "libfoo.so.1 => /usr/lib/x86_64-linux-gnu/libfoo.so.1 (0x…)" or "libfoo.so.1 => not found"
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


@dataclass(frozen=True, slots=True)
class Linked:
    """One Qt object and the system libraries it links: resolved (soname -> path) and missing."""

    path: Path
    resolved: tuple[tuple[str, str], ...]
    missing: tuple[str, ...]


def pyside_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    spec = importlib.util.find_spec("PySide6")  # found, not imported: Qt may not load yet
    if spec is None or spec.origin is None:
        sys.exit(f"qtdeps: PySide6 is not installed for {sys.executable} (run: make setup)")
    return Path(spec.origin).parent


def qt_objects(pyside: Path) -> list[Path]:
    """The plugins that ship and the binding modules in use, in `pyside`."""
    plugins = pyside / "Qt" / "plugins"
    found = [
        path
        for folder in GUI_PLUGIN_DIRS
        for path in sorted((plugins / folder).glob("*.so"))
        if not is_dropped_plugin(str(path.relative_to(plugins)))
    ]
    modules = sorted(set(CORE_MODULES) | named_qt_modules(ROOT))
    found += [p for m in modules for p in sorted(pyside.glob(f"{m}.*so"))]
    if not found:
        sys.exit(f"qtdeps: no Qt plugins or modules under {pyside}")
    return found


def linked(path: Path, pyside: Path) -> Linked:
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
    resolved, missing = [], []
    for line in out.splitlines():
        match = LDD_LINE.match(line)
        if not match or BASE_SONAMES.fullmatch(match[1]):
            continue
        soname, where = match[1], match[2]
        if where == "not found":
            missing.append(soname)
        elif not Path(where).resolve().is_relative_to(pyside.resolve().parent):  # + shiboken6
            resolved.append((soname, where))
    return Linked(path, tuple(resolved), tuple(missing))


def usable(objects: list[Linked]) -> list[Linked]:
    """Leave out plugins that need a Qt library the wheel does not carry: they never load."""
    return [o for o in objects if not any(s.startswith("libQt6") for s in o.missing)]


def read_table() -> dict[str, str]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            soname, package = line.split()
            table[soname] = package
    return table


def policy_name(soname: str) -> str:
    """Debian policy 8.1: libfoo.so.N is shipped by libfooN (libfoo-N when foo ends in a
    digit); N is the soname's whole version (libbz2.so.1.0 -> libbz2-1.0)."""
    match = re.fullmatch(r"(lib.+?)\.so\.([\d.]+)", soname)
    if not match:
        return ""
    name, version = match[1].lower().replace("_", "-"), match[2]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def package_for(soname: str, table: dict[str, str]) -> str:
    if soname in table:
        return table[soname]
    guess = policy_name(soname)
    shown = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", guess],
        capture_output=True,
        text=True,
        check=False,
    )
    if not guess or shown.returncode != 0 or not shown.stdout.strip():
        sys.exit(
            f"qtdeps: no Debian package known for {soname}: add it to {TABLE.relative_to(ROOT)} "
            "(its package: `dpkg -S` on a machine that has it, or packages.debian.org)"
        )
    return guess


def owners(paths: dict[str, str]) -> dict[str, str]:
    """soname -> the installed Debian package shipping its path (one `dpkg -S` for all).

    dpkg knows a file by the path its package installed, /lib/… or /usr/lib/… (merged /usr).
    """
    variants = {
        soname: list(
            dict.fromkeys(
                v
                for c in (path, str(Path(path).resolve()))
                for v in (c, re.sub(r"^/usr/lib/", "/lib/", c), re.sub(r"^/lib/", "/usr/lib/", c))
            )
        )
        for soname, path in paths.items()
    }
    every = sorted({v for vs in variants.values() for v in vs})
    out = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True).stdout
    shipped = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        shipped[path.strip()] = package.split(":")[0].strip()
    found = {}
    for soname, candidates in variants.items():
        package = next((shipped[c] for c in candidates if c in shipped), None)
        if package is None:
            sys.exit(f"qtdeps: no installed package ships {paths[soname]}")
        found[soname] = package
    return found


def command_table(objects: list[Linked], check: bool) -> int:
    missing = sorted({s for o in objects for s in o.missing})
    if missing:
        sys.exit("qtdeps: install these first, the table needs them all: " + " ".join(missing))
    found = owners(dict(sorted({s: p for o in objects for s, p in o.resolved}.items())))
    if check:
        return check_table(found)
    lines = [
        "# soname -> Debian package, for the system libraries the shipped Qt plugins and the",
        "# PySide6 modules in use link (transitively). Written by: packaging/linux/qtdeps.py table",
        *(f"{soname} {package}" for soname, package in found.items()),
    ]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"qtdeps: wrote {len(found)} libraries to {TABLE}")
    return 0


def check_table(owners: dict[str, str]) -> int:
    """Every library linked here maps to the package that ships it here.

    Debian 13 renamed some library packages for 64-bit time (libglib2.0-0t64, which
    provides libglib2.0-0, so installing the old name works): that suffix is accepted.
    """
    table = read_table()
    wrong = []
    for soname, package in owners.items():
        expected = table.get(soname) or policy_name(soname)
        if package not in (expected, f"{expected}t64"):
            wrong.append(f"{soname}: shipped by {package}, the table says {expected}")
    for line in wrong:
        print(f"qtdeps: {line}")
    if wrong:
        print(f"qtdeps: {TABLE.name} is stale; run: python packaging/linux/qtdeps.py table")
    return 1 if wrong else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("packages", "check", "table"))
    parser.add_argument("--pyside", help="a PySide6 folder (default: the one this Python imports)")
    parser.add_argument("--check", action="store_true", help="table: only report staleness")
    args = parser.parse_args(argv)
    if shutil.which("ldd") is None:
        sys.exit("qtdeps: ldd is missing (it is in libc-bin)")
    pyside = pyside_dir(args.pyside)
    objects = usable([linked(path, pyside) for path in qt_objects(pyside)])
    if args.command == "table":
        return command_table(objects, args.check)
    missing = {s: o.path for o in objects for s in o.missing}
    if args.command == "check":
        for soname, path in sorted(missing.items()):
            print(f"qtdeps: {soname} is missing (linked by {path.name})", file=sys.stderr)
        return 1 if missing else 0
    table = read_table()
    print(" ".join(sorted({package_for(s, table) for s in missing})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
