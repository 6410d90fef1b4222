"""Frozen entry point of the window, `mirrordiff` (the gui-script ui.app:main)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
