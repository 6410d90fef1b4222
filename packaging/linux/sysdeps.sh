#!/bin/sh
# The Debian packages the window needs (offscreen, under Xvfb and on a real X11/Wayland
# display), installed when missing (as root; otherwise it says what to install).
#
#   sh packaging/linux/sysdeps.sh [--tests]
#
# Qt's libraries are not listed here: packaging/linux/qtdeps.py derives them from the Qt
# plugins and PySide6 modules mirrordiff uses (ldd), and afterwards checks that every one
# of them loads. --tests adds the tools the test suite runs (tests/packaging and others);
# without root, those tests are skipped with the package to install as the reason.
set -eu
HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
PY=${PYTHON:-"$HERE/../../.venv/bin/python"}
[ -x "$PY" ] || { echo "sysdeps: $PY is missing (run: make setup)" >&2; exit 1; }

# Qt draws nothing without a font, and no library links one: any TrueType/OpenType font will do
font=""
find /usr/share/fonts -name '*.[ot]tf' 2>/dev/null | grep -q . || font=fonts-dejavu-core
qt=$("$PY" "$HERE/qtdeps.py" packages)
# shellcheck disable=SC2086  # the package lists split into words
sh "$HERE/apt-install.sh" "mirrordiff's window (Qt)" $font $qt
"$PY" "$HERE/qtdeps.py" check || {
    echo "sysdeps: Qt still misses the libraries above; see packaging/linux/qt-sonames.txt" >&2
    exit 1
}

[ "${1:-}" = --tests ] || exit 0
# tool:package pairs, tests that use them: build-deb.sh's (dpkg-shlibdeps, patchelf),
# desktop/AppStream validation, the man pages (groff), the unified diff applied by patch
tools=""
for pair in dpkg-shlibdeps:dpkg-dev patchelf:patchelf desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream groff:groff-base patch:patch; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || tools="$tools ${pair#*:}"
done
# shellcheck disable=SC2086
sh "$HERE/apt-install.sh" "the test suite" $tools \
    || echo "sysdeps: the tests that need them are skipped; pytest's summary names each" >&2
exit 0
