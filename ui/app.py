"""``mirrordiff [ORIGINAL [COPY]]``: start the window.

The application's identity is set here, once, before anything reads settings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .clipboard import PYTHON_MIME_DATA, hand_clipboard_to_qt  # noqa: F401 (re-exported)

ORGANIZATION = "mirrordiff"
APPLICATION = "mirrordiff"
DESKTOP_FILE = "io.github.mirrordiff.Mirrordiff"

USAGE = "usage: mirrordiff [ORIGINAL [COPY]]"


def set_identity(app) -> None:
    from compare import __version__

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("mirrordiff")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)


def create_application(argv: Sequence[str] | None = None):
    """The QApplication, with mirrordiff's identity (reuses an existing one)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
        app.aboutToQuit.connect(hand_clipboard_to_qt)
    set_identity(app)
    theme = os.environ.get("MIRRORDIFF_THEME", "").lower()
    if theme in ("dark", "light"):
        apply_color_scheme(app, dark=theme == "dark")
    return app


def apply_color_scheme(app, *, dark: bool) -> None:
    """Force light or dark (the default follows the system)."""
    from PySide6.QtCore import Qt

    from .theme import dark_palette

    hints = app.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    lightness = app.palette().color(app.palette().ColorRole.Window).lightness()
    if dark and lightness >= 128:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif not dark and lightness < 128:  # back from a forced dark palette
        app.setPalette(app.style().standardPalette())


def no_display(environ=None, platform: str = sys.platform) -> str | None:
    """Why no window can open, or None: on Linux and the BSDs Qt needs an X11 or
    Wayland display (or a platform chosen in ``QT_QPA_PLATFORM``, as ``offscreen``)."""
    env = os.environ if environ is None else environ
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    return (
        "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
        "Start it from a desktop session, or write a report without a window:\n"
        "  mirrordiff-export ORIGINAL COPY --format html -o report.html"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args):
        print(USAGE)
        return 0
    if any(a == "--version" for a in args):
        from compare import __version__

        print(f"mirrordiff {__version__}")
        return 0
    if len(args) > 2:
        print(f"{USAGE}\nmirrordiff: at most two files", file=sys.stderr)
        return 2
    missing = no_display()
    if missing:
        # Qt would abort here with a misleading note about xcb libraries
        print(f"mirrordiff: {missing}", file=sys.stderr)
        return 2
    app = create_application([sys.argv[0] if sys.argv else "mirrordiff"])
    from .window import MainWindow

    window = MainWindow()
    window.show()
    if len(args) == 2:
        window.open_pair(Path(args[0]), Path(args[1]))
    elif len(args) == 1:
        from .worker import Side

        window.open_file(Side.ORIGINAL, Path(args[0]))
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
