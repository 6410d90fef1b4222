#!/bin/sh
# The Debian packages `make deb` needs, installed when missing (as root; otherwise it says
# what to install). Runs BEFORE PyInstaller: PyInstaller leaves out every Qt plugin whose
# libraries it cannot load, and needs the Python runtime (libpython) as a file.
#
#   sh packaging/linux/builddeps.sh
#
#   * the build tools: dpkg-dev (dpkg-shlibdeps), patchelf, binutils (PyInstaller's objdump),
#     xz-utils (the .deb is xz-compressed)
#   * libpython of the Python the bundle is built with, when that is Debian's python3
#     (Debian's interpreter is linked statically; the shared library is a separate package)
#   * Debian's ICU package, for the licence text of the ICU inside Qt
#   * every system library the Qt plugins and modules link (sysdeps.sh: derived from them),
#     because dpkg-shlibdeps must find a library on this machine to name its package
set -eu
HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
PY=${PYTHON:-"$HERE/../../.venv/bin/python"}
[ -x "$PY" ] || { echo "builddeps: $PY is missing (run: make setup)" >&2; exit 1; }

need=""
for pair in dpkg-shlibdeps:dpkg-dev patchelf:patchelf objdump:binutils xz:xz-utils; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || need="$need ${pair#*:}"
done

# libpython: the file PyInstaller bundles (sysconfig's INSTSONAME, e.g. libpython3.11.so.1.0)
soname=$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("INSTSONAME") or "")')
libdir=$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
has_libpython() {
    [ -e "$libdir/$soname" ] || ldconfig -p 2>/dev/null | grep -qF "$soname "
}
if ! has_libpython; then
    interpreter=$("$PY" -c 'import os, sys; print(os.path.realpath(sys.executable))')
    # the interpreter's Debian package (python3.11-minimal) names the library's (libpython3.11)
    owner=$(dpkg -S "$interpreter" 2>/dev/null | cut -d: -f1) || owner=""
    case $owner in
        python3.*-minimal) need="$need lib${owner%-minimal}" ;;
        *) echo "builddeps: $interpreter has no shared library $soname, which PyInstaller" \
                "bundles; use Debian's python3 or a Python built with --enable-shared" >&2
           exit 1 ;;
    esac
fi
# ICU comes inside the Qt wheel without its licence text; Debian's ICU package carries it
# (collect_licenses.py copies /usr/share/doc/libicuNN/copyright into the package)
if ! ls /usr/share/doc/libicu[0-9]*/copyright >/dev/null 2>&1; then
    icu=$(apt-cache pkgnames libicu 2>/dev/null | grep -E '^libicu[0-9]+$' | sort -V | tail -n1) || icu=""
    need="$need $icu"
fi
# shellcheck disable=SC2086
sh "$HERE/apt-install.sh" "building the .deb" $need
has_libpython || { echo "builddeps: $soname is still missing" >&2; exit 1; }
sh "$HERE/sysdeps.sh"
