"""The app icon: every rendering exists at its size, is a real drawing, and is current."""

from __future__ import annotations

import importlib.util
import io

import pytest
from PySide6.QtGui import QColor, QImage

from .conftest import APP_ID, ICONS, PACKAGING

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png(size: int) -> QImage:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert not image.isNull()
    return image


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_png_has_its_size_a_transparent_corner_and_an_opaque_centre(size):
    image = _png(size)
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded tile leaves the corner transparent"
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # a drawing, not a flat square: many distinct colours even at 16 px
    colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
    assert len(colours) > 20


def test_the_copy_page_shows_the_difference_colours():
    """The 256 px icon carries the green/red/amber difference bars that say what it does."""
    image = _png(256)
    assert image.pixelColor(178, 96) == QColor("#2fb36a")  # inserted
    assert image.pixelColor(170, 144) == QColor("#e5484d")  # corrupted
    assert image.pixelColor(178, 168) == QColor("#f5a524")  # reworded


def _differing_fraction(a: QImage, b: QImage) -> float:
    """Share of pixels whose colour or alpha differs by more than 16 levels."""
    assert (a.width(), a.height()) == (b.width(), b.height())
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    differing = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) > 16 for s in (0, 8, 16, 24)):
                differing += 1
    return differing / (a.width() * a.height())


def test_every_icon_file_is_rendered_from_the_current_svg_master(qapp):
    """Editing the SVG without re-running packaging/render_icons.py fails here.

    Renderings are compared by pixels, with a small tolerance, so that another Qt
    version's anti-aliasing does not count as stale. (``qapp``: rendering needs a Qt
    application; pytest-qt's QApplication is shared with the window tests, which a
    QGuiApplication of our own would break.)
    """
    render_icons = _render_icons()
    stale = []
    for path, data in render_icons.expected_files(platform_icons=False).items():
        if not path.exists():
            stale.append(path.name)
        elif path.suffix == ".svg":
            if path.read_bytes() != data:
                stale.append(str(path.relative_to(ICONS)))
        elif _differing_fraction(QImage(str(path)), QImage.fromData(data)) > 0.005:
            stale.append(str(path.relative_to(ICONS)))
    assert stale == [], "run: .venv/bin/python packaging/render_icons.py"


def test_ico_and_icns_show_the_current_drawing(qapp):
    pytest.importorskip("PIL.Image", reason="Pillow is in the `package` extra")
    from PIL import IcnsImagePlugin, IcoImagePlugin

    fresh = QImage.fromData(_render_icons().render_png(256))
    ico = io.BytesIO((ICONS / "mirrordiff.ico").read_bytes())
    from_ico = IcoImagePlugin.IcoFile(ico).getimage((256, 256))
    icns = io.BytesIO((ICONS / "mirrordiff.icns").read_bytes())
    from_icns = IcnsImagePlugin.IcnsFile(icns).getimage((256, 256, 1))
    for name, stored in (("mirrordiff.ico", from_ico), ("mirrordiff.icns", from_icns)):
        buffer = io.BytesIO()
        stored.convert("RGBA").save(buffer, format="PNG")
        assert _differing_fraction(QImage.fromData(buffer.getvalue()), fresh) <= 0.005, name


def test_windows_ico_holds_each_size_up_to_256():
    image = pytest.importorskip("PIL.Image", reason="Pillow is in the `package` extra")
    ico = image.open(ICONS / "mirrordiff.ico")
    assert ico.format == "ICO"
    assert {s[0] for s in ico.info["sizes"]} == {16, 24, 32, 48, 64, 128, 256}


def test_macos_icns_holds_the_retina_sizes():
    data = (ICONS / "mirrordiff.icns").read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)
    image = pytest.importorskip("PIL.Image", reason="Pillow is in the `package` extra")
    icns = image.open(io.BytesIO(data))
    pixels = {size[0] * size[2] for size in icns.info["sizes"]}
    assert {32, 64, 128, 256, 512, 1024} <= pixels
    assert icns.size == (1024, 1024)
