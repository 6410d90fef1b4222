"""Frozen entry point of the command line, `mirrordiff-export` (the script ui.cli:main)."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
