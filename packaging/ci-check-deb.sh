#!/bin/sh
# CI: build the .deb, validate it, unpack it into a scratch folder and prove the packaged
# program works there, with no Python on the machine visible to it.
#
#   sh packaging/ci-check-deb.sh            (from the repository; `make setup` has run; root
#                                            for apt-get, else the tools must be installed)
#
# Checks, each fatal:
#   1. `make deb` builds dist/mirrordiff_<version>_<arch>.deb (timed)
#   2. lintian (findings must be fixed or explained in packaging/linux/lintian-overrides),
#      desktop-file-validate, appstreamcli validate, the package's file list
#   3. the packaged mirrordiff-export on the packaged sample pair writes a mirrordiff/1
#      JSON report with at least one boilerplate change, exit status 1 ("differences")
#   4. the packaged window starts on the sample pair offscreen, stays up, writes nothing
#   5. the packaged window under Xvfb (the real xcb platform plugin): time until its
#      window is mapped, stays up, writes nothing
#   6. tests/packaging against the built package
# Numbers (build time, sizes, start-up time) are printed and kept in build/deb/ci-report.txt.
set -eu

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
APP_ID=io.github.mirrordiff.Mirrordiff
REPORT="$ROOT/build/deb/ci-report.txt"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/mirrordiff-deb.XXXXXX")
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT INT TERM

step() { printf '\n== %s\n' "$*"; }
fail() { echo "ci-check-deb: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[ -x "$PY" ] || fail ".venv is missing: run make setup first"

step "tools"
sh packaging/linux/builddeps.sh
sh packaging/linux/sysdeps.sh
need=""
for tool in lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    Xvfb:xvfb xdotool:xdotool; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || need="$need ${tool#*:}"
done
if [ -n "$need" ]; then
    [ "$(id -u)" = 0 ] || fail "missing tools:$need (apt-get install$need)"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

step "1. build (make deb)"
t0=$(now)
# MIRRORDIFF_DEB_BUILD replaces the build command (e.g. to test this script on a copy)
sh -c "${MIRRORDIFF_DEB_BUILD:-make deb}"
t1=$(now)
BUILD_S=$(elapsed "$t0" "$t1")
VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' compare/_version.py)
DEB=$(ls -t dist/mirrordiff_*_"$(dpkg --print-architecture)".deb | head -n1)
[ -f "$DEB" ] || fail "no .deb in dist/"
DEB_BYTES=$(stat -c %s "$DEB")
INSTALLED_KB=$(dpkg-deb -f "$DEB" Installed-Size)
echo "built $DEB in ${BUILD_S}s"

step "2. lintian, desktop-file-validate, appstreamcli"
lintian --fail-on error,warning "$DEB" \
    || fail "lintian findings (fix them or explain them in packaging/linux/lintian-overrides)"
PKGROOT="$SCRATCH/root"
dpkg-deb -x "$DEB" "$PKGROOT"
desktop-file-validate "$PKGROOT/usr/share/applications/$APP_ID.desktop" || fail "desktop file"
appstreamcli validate --no-net --explain "$PKGROOT/usr/share/metainfo/$APP_ID.metainfo.xml" \
    || fail "AppStream metainfo"
# the installed tree as a whole: metainfo, its desktop file and icon agree
appstreamcli validate-tree --no-net "$PKGROOT" || fail "AppStream tree"
for path in "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    usr/share/man/man1/mirrordiff.1.gz usr/share/man/man1/mirrordiff-export.1.gz \
    usr/share/doc/mirrordiff/copyright usr/share/doc/mirrordiff/changelog.gz \
    opt/mirrordiff/_internal/resources/samples/original-ap.txt; do
    [ -s "$PKGROOT/$path" ] || fail "package lacks /$path"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -s "$PKGROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "no ${size}px icon"
done
for cmd in mirrordiff mirrordiff-export; do
    [ "$(readlink "$PKGROOT/usr/bin/$cmd")" = "/opt/mirrordiff/$cmd" ] || fail "/usr/bin/$cmd link"
done
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || fail "package version is not $VERSION"

APPDIR="$PKGROOT/opt/mirrordiff"
SAMPLES="$APPDIR/_internal/resources/samples"
ORIGINAL="$SAMPLES/original-ap.txt"
COPY="$SAMPLES/copy-kproxy.txt"
cmp -s "$ORIGINAL" resources/samples/original-ap.txt || fail "packaged sample differs from resources/"
HOMEDIR="$SCRATCH/home"
mkdir -p "$HOMEDIR"

# Run a command with a minimal environment and, where the kernel lets us (a private mount
# namespace), with every Python installation on this machine hidden from it.
HIDE=""
for dir in /usr/lib/python3 /usr/lib/python3.* /usr/local/lib/python3.* /root/.pyenv \
    "$ROOT/.venv" /opt/python /opt/hostedtoolcache; do
    [ -d "$dir" ] && HIDE="$HIDE $dir"
done
for file in /usr/bin/python3* /usr/local/bin/python3* /usr/lib/*/libpython3*; do
    [ -f "$file" ] && HIDE="$HIDE $file"
done
NO_PYTHON=no
if unshare --mount --propagation private true 2>/dev/null; then NO_PYTHON=yes; fi
# RUN_ENV: extra VAR=value words for the program (DISPLAY, QT_QPA_PLATFORM)
RUN_ENV=""
packaged() {
    if [ "$NO_PYTHON" = yes ]; then
        # shellcheck disable=SC2016,SC2086  # $p is the inner shell's; RUN_ENV splits into words
        env -i PATH=/usr/bin:/bin HOME="$HOMEDIR" LANG=C.UTF-8 XDG_RUNTIME_DIR="$SCRATCH" \
            $RUN_ENV HIDE="$HIDE" unshare --mount --propagation private sh -c '
            set -e
            for p in $HIDE; do  # files first: a hidden folder would break links into it
                [ -d "$p" ] || mount --bind /dev/null "$p"
            done
            for p in $HIDE; do
                [ -d "$p" ] && mount -t tmpfs none "$p"
            done
            exec "$@"' sh "$@"
    else
        # shellcheck disable=SC2086
        env -i PATH=/usr/bin:/bin HOME="$HOMEDIR" LANG=C.UTF-8 XDG_RUNTIME_DIR="$SCRATCH" \
            $RUN_ENV "$@"
    fi
}
chmod 0700 "$SCRATCH"
if [ "$NO_PYTHON" = yes ]; then
    packaged sh -c 'if command -v python3 >/dev/null && python3 -c pass 2>/dev/null; then exit 1; fi' \
        || fail "Python is still reachable in the no-Python namespace"
    echo "running the package with Python hidden:$HIDE"
else
    echo "note: no private mount namespace here; Python is only kept off PATH and the environment"
fi

step "3. packaged mirrordiff-export on the sample pair"
set +e
packaged "$APPDIR/mirrordiff-export" "$ORIGINAL" "$COPY" --format json -o "$SCRATCH/report.json" \
    2>"$SCRATCH/export.err"
status=$?
set -e
cat "$SCRATCH/export.err" >&2
[ "$status" = 1 ] || fail "mirrordiff-export exited $status (expected 1: differences)"
"$PY" - "$SCRATCH/report.json" "$VERSION" <<'EOF' || fail "report check"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["schema"] == "mirrordiff/1", report.get("schema")
assert report["tool"]["version"] == sys.argv[2], report["tool"]
changes = report["changes"]
boilerplate = [c for c in changes if c["category"] == "boilerplate"]
assert boilerplate, "no boilerplate change found in the kproxy copy"
counts = report["summary"]["counts"]
print(f"report: {len(changes)} changes, counts {counts}")
EOF
if find "$APPDIR/_internal/resources" -name '*schema*.json' | grep -q .; then
    "$PY" - "$SCRATCH/report.json" "$APPDIR/_internal/resources" <<'EOF' || fail "report does not validate against the packaged schema"
import json, sys
from pathlib import Path
import jsonschema
schema_file = sorted(Path(sys.argv[2]).rglob("*schema*.json"))[0]
jsonschema.validate(json.load(open(sys.argv[1], encoding="utf-8")), json.loads(schema_file.read_text()))
print(f"report validates against {schema_file}")
EOF
fi

# Start the packaged window, check it is alive after $2 seconds and wrote nothing else
# than the allowed lines; $1 names the run.
ALLOWED_NOISE='^This plugin does not support propagateSizeHints()$'  # Qt offscreen plugin, harmless
check_window_run() {
    name=$1 pid=$2
    kill -0 "$pid" 2>/dev/null || { cat "$SCRATCH/$name.err" >&2; fail "$name: the window exited early"; }
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if cat "$SCRATCH/$name.out" "$SCRATCH/$name.err" | grep -v -e "$ALLOWED_NOISE" | grep -q .; then
        cat "$SCRATCH/$name.out" "$SCRATCH/$name.err" >&2
        fail "$name: the window wrote errors or warnings"
    fi
}

step "4. packaged window, offscreen"
RUN_ENV="QT_QPA_PLATFORM=offscreen"
packaged "$APPDIR/mirrordiff" "$ORIGINAL" "$COPY" \
    >"$SCRATCH/offscreen.out" 2>"$SCRATCH/offscreen.err" &
pid=$!
sleep 6
check_window_run offscreen "$pid"
echo "offscreen window stayed up for 6 s, no errors"

step "5. packaged window under Xvfb: start-up time"
DISPLAY_NUM=$((90 + $$ % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do
    DISPLAY=":$DISPLAY_NUM" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
RUN_ENV="DISPLAY=:$DISPLAY_NUM"
t0=$(now)
packaged "$APPDIR/mirrordiff" "$ORIGINAL" "$COPY" \
    >"$SCRATCH/xvfb.out" 2>"$SCRATCH/xvfb.err" &
pid=$!
STARTUP_S=""
for _ in $(seq 300); do
    if DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --classname mirrordiff >/dev/null 2>&1; then
        STARTUP_S=$(elapsed "$t0" "$(now)")
        break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
done
[ -n "$STARTUP_S" ] || { cat "$SCRATCH/xvfb.err" >&2; fail "no mirrordiff window appeared within 15 s"; }
TITLE=$(DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --classname mirrordiff getwindowname 2>/dev/null | head -n1)
sleep 4
check_window_run xvfb "$pid"
kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=""
echo "window \"$TITLE\" mapped ${STARTUP_S}s after launch, stayed up 4 s, no errors"

step "6. tests/packaging against the built package"
MIRRORDIFF_DEB="$ROOT/$DEB" QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider \
    tests/packaging

mkdir -p "$(dirname "$REPORT")"
{
    echo "package:        $DEB"
    echo "build time:     ${BUILD_S} s (make deb: PyInstaller bundle + .deb)"
    echo "package size:   $DEB_BYTES bytes ($(awk -v b="$DEB_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MiB)"
    echo "installed size: $INSTALLED_KB KiB ($(awk -v k="$INSTALLED_KB" 'BEGIN { printf "%.1f", k / 1024 }') MiB)"
    echo "window start:   ${STARTUP_S} s to a mapped window (Xvfb, sample pair)"
    echo "python hidden:  $NO_PYTHON"
} | tee "$REPORT"
echo "ci-check-deb: OK"
