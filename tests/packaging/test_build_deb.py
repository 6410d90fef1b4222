"""build-deb.sh, run on a tiny stand-in bundle (real ELF programs, no PyInstaller).

Checks what the script itself decides: layout, metadata, permissions, computed Depends,
RUNPATH cleaning, and that it never changes its input.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from .conftest import APP_ID, LINUX, VERSION, require_tool


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    for tool, package in (
        ("dpkg-deb", "dpkg"),
        ("dpkg-shlibdeps", "dpkg-dev"),
        ("patchelf", "patchelf"),
    ):
        require_tool(tool, package)
    tmp = tmp_path_factory.mktemp("deb")
    bundle = tmp / "mirrordiff"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    for name in ("mirrordiff", "mirrordiff-export"):
        shutil.copy2(shutil.which("true"), bundle / name)
    # a library whose RUNPATH names a folder of the build machine, beside a relative one
    library = bundle / "_internal" / "libstandin.so.1"
    shutil.copy2(shutil.which("true"), library)
    subprocess.run(
        ["patchelf", "--set-rpath", "/root/.pyenv/versions/3.11.7/lib:$ORIGIN/sub", str(library)],
        check=True,
    )
    (bundle / "_internal" / "__pycache__").mkdir()
    (bundle / "_internal" / "__pycache__" / "x.pyc").write_bytes(b"stale")
    before = {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    out = tmp / "out"
    env = {**os.environ, "DEB_BUILD_DIR": str(tmp / "work"), "SOURCE_DATE_EPOCH": "1700000000"}
    result = subprocess.run(
        ["sh", str(LINUX / "build-deb.sh"), str(bundle), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    after = {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    extracted = tmp / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    return {"deb": deb, "root": extracted, "before": before, "after": after, "tmp": tmp}


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_package_is_named_and_versioned_from_the_one_version_source(built):
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert built["deb"].name == f"mirrordiff_{VERSION}_{arch}.deb"
    assert _field(built["deb"], "Package") == "mirrordiff"
    assert _field(built["deb"], "Version") == VERSION
    assert _field(built["deb"], "Architecture") == arch


def test_depends_are_computed_from_the_bundled_programs(built):
    depends = _field(built["deb"], "Depends")
    assert depends.startswith("libc6"), depends  # what /bin/true links
    assert "fonts-dejavu-core |" in depends
    installed_kib = int(_field(built["deb"], "Installed-Size"))
    # lstat, not stat: /usr/bin/mirrordiff is an absolute link to /opt/mirrordiff/…, which
    # must not be followed onto this machine (where the package may be installed)
    # (folders too: du --apparent-size counts each folder's own size, and every bundled
    # distribution brings a folder of licence texts)
    shipped = sum(p.lstat().st_size for p in built["root"].rglob("*"))
    assert shipped / 1024 <= installed_kib <= shipped / 1024 + 200


def test_commands_are_linked_into_the_path_and_the_desktop_is_integrated(built):
    root = built["root"]
    for command in ("mirrordiff", "mirrordiff-export"):
        link = root / "usr" / "bin" / command
        assert link.is_symlink()
        assert os.readlink(link) == f"/opt/mirrordiff/{command}"
        assert os.access(root / "opt" / "mirrordiff" / command, os.X_OK)
    share = root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").read_bytes() == (
        LINUX / f"{APP_ID}.desktop"
    ).read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    sizes = {p.parent.parent.name for p in (share / "icons" / "hicolor").glob("*/apps/*")}
    assert sizes == {f"{s}x{s}" for s in (16, 24, 32, 48, 64, 128, 256, 512)} | {"scalable"}
    for page in ("mirrordiff.1.gz", "mirrordiff-export.1.gz"):
        assert (share / "man" / "man1" / page).read_bytes()[:2] == b"\x1f\x8b"
    doc = share / "doc" / "mirrordiff"
    assert "MIT" in (doc / "copyright").read_text(encoding="utf-8")
    assert (doc / "changelog.gz").is_file()
    assert "regex" in (doc / "licenses" / "README").read_text(encoding="utf-8")
    assert (share / "lintian" / "overrides" / "mirrordiff").is_file()


def test_permissions_do_not_depend_on_the_builders_umask(built):
    with tarfile.open(fileobj=_data_tar(built["deb"])) as tar:
        for member in tar.getmembers():
            assert (member.uname, member.gname) == ("root", "root"), member.name
            mode = stat.S_IMODE(member.mode)
            if member.isdir():
                assert mode == 0o755, member.name
            elif member.isfile():
                executable = member.name in (
                    "./opt/mirrordiff/mirrordiff",
                    "./opt/mirrordiff/mirrordiff-export",
                )
                assert mode == (0o755 if executable else 0o644), member.name


def _data_tar(deb: Path):
    data = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    return io.BytesIO(data)


def test_build_machine_runpath_is_removed_and_relative_one_kept(built):
    shipped = built["root"] / "opt" / "mirrordiff" / "_internal" / "libstandin.so.1"
    rpath = subprocess.run(
        ["patchelf", "--print-rpath", str(shipped)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert rpath == "$ORIGIN/sub"


def test_input_bundle_is_left_untouched_and_caches_are_not_shipped(built):
    assert built["before"] == built["after"]
    assert not list(built["root"].rglob("__pycache__"))


def test_md5sums_cover_every_shipped_file(built):
    control = built["tmp"] / "control"
    subprocess.run(["dpkg-deb", "-e", str(built["deb"]), str(control)], check=True)
    listed = {
        line.split(maxsplit=1)[1]
        for line in (control / "md5sums").read_text(encoding="utf-8").splitlines()
    }
    shipped = {
        str(p.relative_to(built["root"]))
        for p in built["root"].rglob("*")
        if p.is_file() and not p.is_symlink()
    }
    assert listed == shipped


def test_missing_bundle_is_a_clear_error(tmp_path):
    result = subprocess.run(
        ["sh", str(LINUX / "build-deb.sh"), str(tmp_path / "nothing"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "DEB_BUILD_DIR": str(tmp_path / "work")},
    )
    assert result.returncode == 2
    assert "make bundle" in result.stderr
    assert not list(tmp_path.glob("*.deb"))


def test_installing_pulls_in_no_desktop_services(built):
    """apt installs Recommends by default: keep them to what the app really uses."""
    assert _field(built["deb"], "Recommends") == "hicolor-icon-theme"
    assert "xdg-desktop-portal" in _field(built["deb"], "Suggests")
