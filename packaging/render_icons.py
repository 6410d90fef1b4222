"""Render the app icon from its SVG master into every file the installers need.

    .venv/bin/python packaging/render_icons.py          # (re)write the icon files
    .venv/bin/python packaging/render_icons.py --check  # exit 1 if a committed file is stale

Writes, under resources/icons/:
  hicolor/<N>x<N>/apps/<APP_ID>.png   for N in HICOLOR_SIZES (Linux desktop, window icon)
  hicolor/scalable/apps/<APP_ID>.svg  a copy of the master
  mirrordiff.svg                      a copy of the master: the window's own icon
  mirrordiff.ico                      Windows (PyInstaller exe icon, Inno Setup)
  mirrordiff.icns                     macOS (.app bundle)

Rendering uses Qt's own SVG renderer (QtSvg ships with PySide6-Essentials), so no
system tool is needed; .ico/.icns are written by Pillow (the `package` extra).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.mirrordiff.Mirrordiff"
MASTER = ICONS / f"{APP_ID}.svg"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def scalable_path() -> Path:
    return ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def render_png(size: int, svg: Path = MASTER) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; icons are installed world-readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _pil(data: bytes):
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGBA")


def build_ico(renders: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each ICO_SIZES rendering (not downscaled from one)."""
    largest = _pil(renders[max(ICO_SIZES)])
    out = io.BytesIO()
    largest.save(
        out,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[_pil(renders[s]) for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    return out.getvalue()


def build_icns(renders: dict[int, bytes]) -> bytes:
    """A macOS .icns holding each ICNS_SIZES rendering."""
    largest = _pil(renders[max(ICNS_SIZES)])
    out = io.BytesIO()
    largest.save(
        out,
        format="ICNS",
        append_images=[_pil(renders[s]) for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return out.getvalue()


def expected_files(*, platform_icons: bool = True) -> dict[Path, bytes]:
    """Every icon file and the bytes it must hold, all derived from the master SVG.

    ``platform_icons=False`` leaves out .ico/.icns, the two that need Pillow.
    """
    sizes = {*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES} if platform_icons else set(HICOLOR_SIZES)
    renders = {size: render_png(size) for size in sorted(sizes)}
    files = {png_path(size): renders[size] for size in HICOLOR_SIZES}
    files[scalable_path()] = MASTER.read_bytes()
    files[ICONS / "mirrordiff.svg"] = MASTER.read_bytes()  # the window icon (ui looks it up)
    if platform_icons:
        files[ICONS / "mirrordiff.ico"] = build_ico(renders)
        files[ICONS / "mirrordiff.icns"] = build_icns(renders)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    stale = []
    for path, data in expected_files().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            if path.suffix == ".svg":
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(MASTER, path)
            else:
                _write_atomic(path, data)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
