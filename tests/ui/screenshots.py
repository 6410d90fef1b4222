"""Screenshots of the window for the README: ``make screenshots`` (runs under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tests.ui.screenshots docs/screenshots

Writes empty.png, sample.png, dark.png, tooltip.png, translation.png and default-size.png. The tooltip shot grabs the
whole screen (a tooltip is a window of its own).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def _settle(app, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app, condition, timeout: float = 20.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    import os
    import tempfile

    # never touch the real settings: a fresh folder gives the default layout
    os.environ.setdefault("MIRRORDIFF_SETTINGS_DIR", tempfile.mkdtemp(prefix="mirrordiff-shots-"))
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication, QTextCursor
    from PySide6.QtWidgets import QToolTip

    from compare import Category
    from ui.app import apply_color_scheme, create_application

    app = create_application(["mirrordiff"])
    app.setStyle("Fusion")
    apply_color_scheme(app, dark=False)
    from ui import MainWindow

    window = MainWindow()
    window.move(0, 0)
    window.resize(1560, 940)
    window.show()
    _settle(app, 0.5)
    window.grab().save(str(out / "empty.png"))

    done = []
    window.comparison_ready.connect(lambda c: done.append(c))
    window.open_pair(SAMPLES / "original-ap.txt", SAMPLES / "copy-kproxy.txt")
    _wait(app, lambda: done)
    _settle(app)
    window.grab().save(str(out / "sample.png"))

    # a corruption selected, its tooltip open
    comparison = window.comparison
    index = next(
        (i for i, c in enumerate(comparison.changes) if c.category is Category.CORRUPTION), 0
    )
    window.go_to_change(index)
    _settle(app)
    view = window.copy_view
    start, _end = view.render.change_ranges[index]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    pos = view.cursorRect(cursor).center() - QPoint(2, 0)
    text = view.tooltip_at(pos)
    QToolTip.showText(view.viewport().mapToGlobal(pos + QPoint(8, 12)), text, view.viewport())
    _settle(app, 0.6)
    screen = QGuiApplication.primaryScreen()
    geometry = window.frameGeometry()
    shot = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    shot.save(str(out / "tooltip.png"))
    QToolTip.hideText()

    # translation mode: the English statement and its Russian translation, two facts drifted
    done.clear()
    window.open_pair(SAMPLES / "statement-en.txt", SAMPLES / "statement-ru-drifted.txt")
    _wait(app, lambda: done)
    _settle(app)
    window.translation.panel.list.setCurrentRow(0)
    _settle(app)
    window.grab().save(str(out / "translation.png"))

    # dark (back on the sample pair)
    done.clear()
    window.open_pair(SAMPLES / "original-ap.txt", SAMPLES / "copy-kproxy.txt")
    _wait(app, lambda: done)
    apply_color_scheme(app, dark=True)
    _wait(app, lambda: window.theme.dark and window.rendering is not None and window.rendering.theme.dark)
    window.go_to_change(index)
    _settle(app)
    window.grab().save(str(out / "dark.png"))

    window.close()

    # the window at the size it opens at on a 1280×1024 screen (85% of it, see
    # MainWindow._restore_settings) with a spun copy: groups in the list, one opened
    apply_color_scheme(app, dark=False)
    default = MainWindow()
    _wait(app, lambda: not default.theme.dark)
    default.move(0, 0)
    default.resize(int(1280 * 0.85), int(1024 * 0.85))
    default.show()
    done.clear()
    default.comparison_ready.connect(lambda c: done.append(c))
    copies = ROOT / "tests" / "compare" / "realcopies" / "dod-austin"
    default.open_pair(copies / "original.txt", copies / "copy.txt")
    _wait(app, lambda: done)
    group_row = next(
        (r for r in range(default.change_model.rowCount())
         if default.change_model.group_at(default.change_model.index(r, 0)) is not None),
        None,
    )
    if group_row is not None:
        default.change_list.expand(default.change_model.index(group_row, 0))
    _wait(app, default.layout_settled)
    _settle(app)
    default.grab().save(str(out / "default-size.png"))
    default.close()
    for name in ("empty", "sample", "tooltip", "dark", "translation", "default-size"):
        print(out / f"{name}.png")
    return 0 if Qt else 1


if __name__ == "__main__":
    sys.exit(main())
