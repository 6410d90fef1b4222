"""The one place that finds files under ``resources/``.

Works from a source checkout, an installed wheel (where ``resources/`` is the
package ``mirrordiff_resources``) and a frozen PyInstaller bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle: the spec copies resources/ next to the code
        return Path(frozen_root) / "resources"
    try:
        import mirrordiff_resources  # installed (wheel or editable)

        paths = list(getattr(mirrordiff_resources, "__path__", []))
        if paths:
            return Path(paths[0])
    except ImportError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"  # source checkout


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("samples", "copy.txt")``."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"mirrordiff resource not found: {'/'.join(parts)}")
    return path
