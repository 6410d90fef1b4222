"""What the bundle holds of Qt and Python: one table for the bundle and the system libraries.

Read by `mirrordiff.spec` (what PyInstaller bundles) and by `linux/qtdeps.py` (which
Debian packages the Qt of the venv and of the bundle needs), so that the libraries
installed for `make run` / `make deb` are exactly those of the plugins that are shipped.
Standard library only: it runs before anything else is installed.
"""

from __future__ import annotations

import re
from pathlib import Path

# Qt Python modules the window does not use are kept out of the bundle (each pulls in a
# large libQt6*.so plus plugins). A module is only excluded while nothing under ui/ or
# compare/ names it, so a new `from PySide6.QtPrintSupport import ...` keeps working.
UNUSED_QT_CANDIDATES = (
    "QtNetwork", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtQmlFeatures", "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools", "QtXml",
    "QtConcurrent", "QtOpenGL", "QtOpenGLWidgets", "QtLabsStyleKit", "QtSvgWidgets",
    "QtPrintSupport", "QtSvg", "QtDBus",
)  # fmt: skip

# Plugin folders a QtGui/QtWidgets application loads from (what PyInstaller's Qt hooks
# collect for QtGui); the other folders of the wheel serve QML, Designer, SQL, ...
GUI_PLUGIN_DIRS = (
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations",
    "iconengines", "imageformats", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration",
    "egldeviceintegrations", "generic",
)  # fmt: skip

# Linux: Qt plugins for targets a desktop app never runs on (framebuffer, VNC, EGLFS,
# evdev input) and the GTK3 theme plugin (it alone would pull GTK, cairo and pango into
# the package's dependencies; Qt's xdg-desktop-portal theme still follows light/dark).
# Matched as substrings of the plugin's path below plugins/.
DROPPED_QT_PLUGINS = (
    "platforms/libqeglfs.so", "platforms/libqlinuxfb.so", "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so", "platforms/libqminimalegl.so",
    "egldeviceintegrations/", "generic/", "platformthemes/libqgtk3.so",
    # image formats: the window shows text and our own PNG/SVG icons (PNG is built into
    # QtGui, SVG is libqsvg); the JPEG/TIFF plugins would embed private libjpeg/libtiff copies
    "imageformats/libqjpeg.so", "imageformats/libqtiff.so", "imageformats/libqwebp.so",
    "imageformats/libqgif.so", "imageformats/libqtga.so", "imageformats/libqwbmp.so",
    "imageformats/libqicns.so", "imageformats/libqico.so", "imageformats/libqpdf.so",
    # the virtual keyboard needs QtQuick, which the Essentials wheel does not ship
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
)  # fmt: skip

# What a bundle cannot start without, per platform, as (what, file-name pattern): a build
# that lacks one fails instead of producing an installer that does not start.
# Linux: the Python runtime is bundled even from /usr/lib (Debian's libpython lives there):
# the bundle's byte code and extension modules are built for exactly this Python.
LINUX_PYTHON_RUNTIME = r"libpython3\.\d+\.so(\.[\d.]+)?"
REQUIRED_IN_BUNDLE = {
    "linux": (
        ("the Python runtime", LINUX_PYTHON_RUNTIME),
        ("Qt's X11 platform plugin", r"libqxcb\.so"),
        ("Qt's Wayland platform plugin", r"libqwayland\.so"),
        ("Qt's offscreen platform plugin", r"libqoffscreen\.so"),
    ),
    "win32": (
        ("the Python runtime", r"python3\d+\.dll"),
        ("Qt's Windows platform plugin", r"qwindows\.dll"),
    ),
    "darwin": (
        ("the Python runtime", r"Python|libpython3\.\d+\.dylib"),
        ("Qt's macOS platform plugin", r"libqcocoa\.dylib"),
    ),
}


def named_qt_modules(root: Path) -> set[str]:
    """Every `Qt…` name that ui/ and compare/ mention (a module in use is never excluded)."""
    source = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for pkg in ("ui", "compare")
        for p in (root / pkg).rglob("*.py")
    )
    return set(re.findall(r"\b(Qt[A-Z][A-Za-z0-9]+)\b", source))


def is_dropped_plugin(path: str) -> bool:
    posix = path.replace("\\", "/")
    return any(part in posix for part in DROPPED_QT_PLUGINS)


def missing_from_bundle(platform: str, binary_names: list[str]) -> list[str]:
    """What REQUIRED_IN_BUNDLE names for `platform` that none of `binary_names` is."""
    key = "linux" if platform.startswith("linux") else platform
    return [
        what
        for what, pattern in REQUIRED_IN_BUNDLE.get(key, ())
        if not any(re.fullmatch(pattern, name) for name in binary_names)
    ]
