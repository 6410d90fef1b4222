"""mirrordiff-export (PROVISIONAL placeholder; the real CLI replaces this)."""


def main(argv=None) -> int:
    raise SystemExit("mirrordiff-export: not built yet")
