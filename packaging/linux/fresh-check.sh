#!/bin/sh
# This commit, tried where nothing of mirrordiff was ever installed (as root).
#
#   make fresh-check          (= sh packaging/linux/fresh-check.sh bookworm trixie: Debian 12 and 13)
#   FRESH_ROOT=/path/fresh-root.sh sh packaging/linux/fresh-check.sh [SUITE...]
#
# FRESH_ROOT makes a brand-new minimal Debian root (debootstrap minbase + python3,
# python3-venv, python3-pip, git, make) with a clean clone of the checkout's COMMITTED
# state, and runs commands in it (default: /work/shared/tools/fresh-root.sh). Per suite:
#   A  the README: `make test` green; `xvfb-run -a make run` maps the window, which stays
#      up and writes nothing (packaging/linux/window-check.sh; screenshot make-run.png)
#   B  `make deb` in one go; the .deb comes out, with the source's own reports of the
#      sample and the translated pairs beside it (packaging/linux/reference-reports.sh)
#   C  another brand-new root: packaging/linux/installed-check.sh installs that .deb with
#      apt, runs the installed mirrordiff-export (the sample pair; every translated pair,
#      whose reports must equal the source's) and mirrordiff (the sample pair, and a
#      translated pair), removes and purges it
# Results, screenshots and timings: build/fresh-check/<suite>/, build/fresh-check/report.txt.
set -eu
ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
HERE="$ROOT/packaging/linux"
FRESH_ROOT=${FRESH_ROOT:-/work/shared/tools/fresh-root.sh}
OUT="$ROOT/build/fresh-check"
REPORT="$OUT/report.txt"
[ "$(id -u)" = 0 ] || { echo "fresh-check: run as root (debootstrap, chroot)" >&2; exit 2; }
[ -x "$FRESH_ROOT" ] || { echo "fresh-check: no root maker at $FRESH_ROOT (set FRESH_ROOT)" >&2; exit 2; }
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then
    echo "fresh-check: note: uncommitted changes are NOT tried (the roots clone the last commit)" >&2
fi
[ $# -gt 0 ] || set -- bookworm trixie
# run from `make fresh-check`, make's variables would make every make in the roots a sub-make
unset MAKELEVEL MAKEFLAGS MFLAGS

mkdir -p "$OUT"
: > "$REPORT"
note() { echo "$*" | tee -a "$REPORT"; }
# fresh NAME SUITE [fresh-root options and arguments]: one root, timed, removed afterwards
fresh() {
    name=$1 suite=$2
    shift 2
    start=$(date +%s)
    rc=0
    "$FRESH_ROOT" -n "$name" -s "$suite" "$@" || rc=$?
    # the root maker unmounts /proc and /dev on exit; a process of the root that was still
    # ending then keeps /dev busy for a moment
    if ! rm -rf --one-file-system "/tmp/fresh-root-$name" 2>/dev/null; then
        sleep 5
        for m in dev proc; do
            ! grep -q " /tmp/fresh-root-$name/$m " /proc/mounts || umount "/tmp/fresh-root-$name/$m" || true
        done
        rm -rf --one-file-system "/tmp/fresh-root-$name" || echo "fresh-check: note: /tmp/fresh-root-$name is left" >&2
    fi
    note "$suite $name: $(( $(date +%s) - start )) s (exit $rc)"
    return "$rc"
}
TIMED='TIMEFORMAT="== %R s"; time'

note "fresh-check of $(git -C "$ROOT" log -1 --format='%h %s') on $(date -u '+%F %H:%M') UTC"
for suite in "$@"; do
    dir="$OUT/$suite"
    rm -rf "$dir"
    mkdir -p "$dir/test" "$dir/build" "$dir/install"

    echo "== $suite A: make test; xvfb-run -a make run"
    fresh "mirrordiff-test-$suite" "$suite" -o "$dir/test" "$ROOT" \
        "$TIMED make test 2>&1 | tee /root/out/make-test.log | tail -n 25; test \${PIPESTATUS[0]} = 0" \
        "apt-get install -y -qq --no-install-recommends xvfb xauth xdotool imagemagick >/dev/null" \
        "$TIMED xvfb-run -a sh packaging/linux/window-check.sh -s /root/out/make-run.png make run"
    note "  $(grep -E '^=+ .*(passed|failed)' "$dir/test/make-test.log" | tail -n1)"

    echo "== $suite B: make deb"
    fresh "mirrordiff-build-$suite" "$suite" -o "$dir/build" "$ROOT" \
        "$TIMED make deb 2>&1 | tee /root/out/make-deb.log | tail -n 5; test \${PIPESTATUS[0]} = 0" \
        "cp dist/mirrordiff_*.deb /root/out/" \
        "sh packaging/linux/reference-reports.sh /root/out/pairs.tar"
    deb=$(ls "$dir/build"/mirrordiff_*.deb)
    note "  $(basename "$deb"): $(stat -c %s "$deb") bytes, Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"

    echo "== $suite C: the .deb installed, used and removed"
    fresh "mirrordiff-install-$suite" "$suite" -c "$deb" -c "$HERE/installed-check.sh" \
        -c "$HERE/window-check.sh" -c "$dir/build/pairs.tar" -o "$dir/install" - \
        "$TIMED sh /root/in/installed-check.sh /root/in/$(basename "$deb") /root/out /root/in/pairs.tar"
    note "  $(cat "$dir/install/install.txt")"
    note "  export: $(cat "$dir/install/export.txt"); $(grep mapped "$dir/install/window.txt")"
    note "  $(cat "$dir/install/translation.txt")"
    note "  translation window: $(grep mapped "$dir/install/window-translation.txt")"
done
note "fresh-check: OK"
