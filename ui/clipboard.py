"""The clipboard the panes fill, and handing it back to Qt before Python exits.

Its own module so the panes and the application both use it without importing
each other (``ui.app`` → ``ui.window`` → ``ui.panes`` → here, one way).
"""

from __future__ import annotations

#: objectName of the QMimeData objects the panes make for the clipboard
PYTHON_MIME_DATA = "mirrordiff-selection"


def hand_clipboard_to_qt() -> None:
    """Re-own what we put on the clipboard as Qt's own copy of the same text.

    The panes hand the clipboard a QMimeData made in Python (to copy the file's
    text, not the view's padding). Qt's global clipboard deletes it only at process
    exit, after Python has shut down, and shiboken's clean-up then crashes
    (SIGSEGV in Shiboken::Object::destroy). Called when the application is about to
    quit, this puts the same text back through QClipboard.setText, which Qt owns,
    and lets the Python-made object go while Python is still alive.
    """
    from PySide6.QtGui import QClipboard, QGuiApplication

    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        data = clipboard.mimeData(mode)
        if data is not None and data.objectName() == PYTHON_MIME_DATA:
            clipboard.setText(data.text(), mode)
