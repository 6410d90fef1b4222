"""mirrordiff desktop window and command line (PySide6 only where needed).

``MainWindow`` is loaded lazily (PEP 562) so that ``import ui.cli`` never imports
PySide6: the export command line stays Qt-free unless a format needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from .window import MainWindow

        return MainWindow
    raise AttributeError(f"module 'ui' has no attribute {name!r}")
