"""mirrordiff desktop window and command line (PySide6 only where needed)."""
