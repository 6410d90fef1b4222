#!/bin/sh
# Build dist/mirrordiff_<version>_<arch>.deb from a PyInstaller onedir bundle.
#
#   sh packaging/linux/build-deb.sh [BUNDLE_DIR [OUT_DIR]]     (default: dist/mirrordiff dist)
#   make deb                                                   (builds the bundle first)
#
# Standard Debian tools only: dpkg-shlibdeps computes Depends from the bundled ELF files,
# dpkg-deb --root-owner-group builds the package (no fakeroot needed). Layout:
#   /opt/mirrordiff/                      the self-contained bundle (Python, Qt, our code)
#   /usr/bin/mirrordiff, mirrordiff-export   symlinks into it
#   /usr/share/applications, metainfo, icons/hicolor, man/man1, doc/mirrordiff, lintian/overrides
# Needs: dpkg-dev, and the system libraries the bundle links (packaging/linux/builddeps.sh).
set -eu

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
HERE="$ROOT/packaging/linux"
BUNDLE=${1:-"$ROOT/dist/mirrordiff"}
OUT=${2:-"$ROOT/dist"}
APP_ID=io.github.mirrordiff.Mirrordiff
PKG=mirrordiff
PYTHON=${PYTHON:-"$ROOT/.venv/bin/python"}
[ -x "$PYTHON" ] || PYTHON=python3
MAINTAINER=${DEB_MAINTAINER:-"mirrordiff developers <mirrordiff@users.noreply.github.com>"}
ICON_SIZES="16 24 32 48 64 128 256 512"

die() { echo "build-deb: $*" >&2; exit 2; }

# Every missing prerequisite is named at once, whatever the order of the checks.
problems=""
for tool in dpkg-deb dpkg-shlibdeps gzip patchelf; do
    command -v "$tool" >/dev/null 2>&1 \
        || problems="$problems\n  $tool is missing (run: sh packaging/linux/builddeps.sh)"
done
if [ -x "$BUNDLE/mirrordiff" ] && [ -x "$BUNDLE/mirrordiff-export" ]; then
    # a bundle without Python or Qt's platform plugins installs fine and never starts
    for part in "the Python runtime:libpython3.*.so*" "Qt's X11 platform plugin:libqxcb.so" \
        "Qt's offscreen platform plugin:libqoffscreen.so"; do
        [ -n "$(find "$BUNDLE" -name "${part#*:}" -print -quit)" ] || problems="$problems\n  \
$BUNDLE lacks ${part%%:*} (${part#*:}): rebuild it after sh packaging/linux/builddeps.sh"
    done
else
    problems="$problems\n  $BUNDLE has no mirrordiff/mirrordiff-export executables (run: make bundle)"
fi
[ -z "$problems" ] || die "cannot build the package:$(printf %b "$problems")"

VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' "$ROOT/compare/_version.py")
[ -n "$VERSION" ] || die "no __version__ in compare/_version.py"
# Debian orders 1.2rc1 after 1.2; with "~" (1.2~rc1) it sorts before the release, as intended
DEB_VERSION=$(printf '%s' "$VERSION" | sed -E 's/^([0-9.]+)[.-]?((a|b|rc|dev)[0-9]*)$/\1~\2/')
ARCH=$(dpkg --print-architecture)
WORK=${DEB_BUILD_DIR:-"$ROOT/build/deb"}  # scratch space for staging and dpkg-shlibdeps
STAGE="$WORK/${PKG}_${DEB_VERSION}_${ARCH}"
DEB="$OUT/${PKG}_${DEB_VERSION}_${ARCH}.deb"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$OUT"

# -- the bundle ---------------------------------------------------------------------
cp -a "$BUNDLE" "$STAGE/opt/$PKG"
find "$STAGE/opt/$PKG" -name __pycache__ -prune -exec rm -rf {} +
ln -s "/opt/$PKG/mirrordiff" "$STAGE/usr/bin/mirrordiff"
ln -s "/opt/$PKG/mirrordiff-export" "$STAGE/usr/bin/mirrordiff-export"

# -- library search paths: only $ORIGIN-relative ones may remain ---------------------
# (Python built by pyenv/from source carries RUNPATH=<its build prefix>/lib, which would
# make the installed program look for libraries in a folder of the build machine.)
ELFS=$(find "$STAGE/opt/$PKG" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -0100 \) \
    -exec sh -c 'for f; do head -c 4 "$f" | grep -q "ELF" && printf "%s\n" "$f"; done' sh {} +)
for elf in $ELFS; do
    rpath=$(patchelf --print-rpath "$elf" 2>/dev/null) || continue
    [ -n "$rpath" ] || continue
    kept=$(printf '%s' "$rpath" | tr ':' '\n' | grep '^\$ORIGIN' | paste -sd: -) || true
    [ "$kept" = "$rpath" ] && continue
    if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$elf"; else patchelf --remove-rpath "$elf"; fi
done

# -- desktop integration ------------------------------------------------------------
install -D -m 0644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
install -D -m 0644 "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in $ICON_SIZES; do
    install -D -m 0644 "$ROOT/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$ROOT/resources/icons/$APP_ID.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# -- documentation ------------------------------------------------------------------
mkdir -p "$STAGE/usr/share/man/man1" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/lintian/overrides"
for page in mirrordiff.1 mirrordiff-export.1; do
    gzip -9n -c "$HERE/$page" > "$STAGE/usr/share/man/man1/$page.gz"
done
install -m 0644 "$HERE/copyright" "$STAGE/usr/share/doc/$PKG/copyright"
install -m 0644 "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/$PKG"
# licences of everything bundled, taken from the build environment's own files
"$PYTHON" "$HERE/collect_licenses.py" "$STAGE/usr/share/doc/$PKG/licenses"
# a native package's changelog; the date is the commit's (reproducible), else now
DATE=$(git -C "$ROOT" log -1 --format=%cD 2>/dev/null || date -R)
{
    printf '%s (%s) unstable; urgency=medium\n\n' "$PKG" "$DEB_VERSION"
    printf '  * Release %s of mirrordiff; see the project history for details.\n\n' "$VERSION"
    printf ' -- %s  %s\n' "$MAINTAINER" "$DATE"
} | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.gz"

# -- ownership-independent permissions: dirs 755, files 644, programs 755 ----------
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/opt/$PKG/mirrordiff" "$STAGE/opt/$PKG/mirrordiff-export"

# -- Depends: computed from every bundled ELF object -----------------------------------
# Libraries found inside the bundle are private (-l: searched, not depended on); every
# other library they link resolves to the Debian package that ships it.
PRIVATE=$(find "$STAGE/opt/$PKG" -type f \( -name '*.so' -o -name '*.so.*' \) -exec dirname {} + \
    | sort -u | sed 's/^/-l/')
SHLIBS_WORK="$WORK/shlibdeps"
rm -rf "$SHLIBS_WORK"
mkdir -p "$SHLIBS_WORK/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" > "$SHLIBS_WORK/debian/control"
# shellcheck disable=SC2086  # word splitting of the file and -l lists is intended
SHLIBS=$(cd "$SHLIBS_WORK" && dpkg-shlibdeps -O --ignore-missing-info $PRIVATE \
    -e $ELFS 2>"$SHLIBS_WORK/warnings" | sed -n 's/^shlibs:Depends=//p')
[ -n "$SHLIBS" ] || { cat "$SHLIBS_WORK/warnings" >&2; die "dpkg-shlibdeps found no dependencies"; }
# expected: Python extension modules take their symbols from the already loaded libpython;
# no C compiler (native build); Debian 13 libc6's usr-merge diversion of ld-linux
grep -v 'could avoid a useless dependency\|cannot determine CC system type\|diversions involved\|diversion by libc6\|not linked against\|were not linked\|probably a plugin\|other similar warnings\|should already be installed' \
    "$SHLIBS_WORK/warnings" >&2 || true
# Qt picks the first platform plugin that loads: xcb needs libxcb-cursor0 at run time
# (linked, so already listed); a font is needed to draw anything.
DEPENDS="$SHLIBS, fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2 | fonts-noto-core"
# xdg-desktop-portal only gives the native file dialog inside sandboxes; as a
# Recommends apt pulled in ten packages (pipewire, fuse3, a systemd user unit)
RECOMMENDS="hicolor-icon-theme"
SUGGESTS="xdg-desktop-portal"

INSTALLED_KB=$(du -sk --apparent-size "$STAGE" | cut -f1)
INSTALLED_KB=$((INSTALLED_KB - $(du -sk --apparent-size "$STAGE/DEBIAN" | cut -f1)))
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Suggests: $SUGGESTS
Section: text
Priority: optional
Homepage: https://github.com/mirrordiff/mirrordiff
Description: see how a copy of an article differs from the original
 mirrordiff shows a news editor how a copy of an article (a proxy mirror, a
 scraper site, a machine re-translated republication) differs from the
 original, side by side. Each difference is classified as boilerplate,
 corrupted characters, typography, an edit or moved text, with a short
 human-readable reason.
 .
 The mirrordiff-export command writes the same comparison as an HTML, JSON,
 text, Markdown, unified diff or PDF report without opening a window.
 .
 The package is self-contained: it bundles its own Python interpreter and Qt.
EOF
# md5sums of every shipped file, as dpkg-buildpackage would write them
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 md5sum | sed 's| \./| |') > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
