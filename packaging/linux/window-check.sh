#!/bin/sh
# Start the window, prove it is on screen and well, then end it.
#
#   sh window-check.sh [-s SHOT.png] [-t SECONDS] COMMAND [ARG...]      (needs DISPLAY, xdotool)
#
# COMMAND (e.g. `make run` or `/usr/bin/mirrordiff A B`) is started in its own process
# group with its output captured. The check fails when no visible window of class
# "mirrordiff" is mapped within 60 s, when the program exits within SECONDS (default 4)
# after that, when Ctrl+Q does not end it with status 0, or when it writes anything at
# all (Qt prints its warnings and errors on stderr). With -s, the screen is saved as a PNG while the window is up (needs `import`
# from ImageMagick).
set -u
SHOT="" STAY=4
while getopts "s:t:" opt; do
    case $opt in s) SHOT=$OPTARG ;; t) STAY=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ -n "${DISPLAY:-}" ] || { echo "window-check: no DISPLAY (run it under xvfb-run -a)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "window-check: xdotool is missing" >&2; exit 2; }
LOG=$(mktemp)

setsid "$@" >"$LOG" 2>&1 &
pid=$!  # setsid execs in place: $pid leads the new process group
end() { kill -TERM "-$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }  # the whole group
fail() { end; echo "window-check: FAIL: $*" >&2; sed 's/^/  | /' "$LOG" >&2; rm -f "$LOG"; exit 1; }

start=$(date +%s.%N)
mapped=""
for _ in $(seq 600); do
    if xdotool search --onlyvisible --classname mirrordiff >/dev/null 2>&1; then
        mapped=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
        break
    fi
    kill -0 "$pid" 2>/dev/null || fail "'$*' exited before a window appeared"
    sleep 0.1
done
[ -n "$mapped" ] || fail "no mirrordiff window appeared within 60 s"
title=$(xdotool search --onlyvisible --classname mirrordiff getwindowname 2>/dev/null | head -n1)
echo "window-check: \"$title\" mapped ${mapped} s after '$*'"
sleep "$STAY"
kill -0 "$pid" 2>/dev/null || fail "the window closed within $STAY s"
if [ -n "$SHOT" ]; then
    import -window root "$SHOT" || fail "screenshot $SHOT"
    echo "window-check: screenshot $SHOT"
fi
# closed as a user would (Ctrl+Q, real key events through XTEST): the program must end
# by itself with status 0 (for `make run`, make then stays silent too)
window=$(xdotool search --onlyvisible --classname mirrordiff | head -n1)
xdotool windowfocus --sync "$window" key ctrl+q 2>/dev/null
for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "the window did not close on Ctrl+Q within 10 s"
wait "$pid"
status=$?
[ "$status" = 0 ] || fail "'$*' exited with status $status after Ctrl+Q"
for _ in $(seq 50); do  # its other processes (workers) end with it
    kill -0 "-$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "-$pid" 2>/dev/null; then
    echo "window-check: note: processes of '$*' still ran 5 s after it ended:" >&2
    ps -o pid,args -g "$pid" >&2 || true
    kill -TERM "-$pid" 2>/dev/null
fi
[ -s "$LOG" ] && fail "'$*' wrote output (errors or warnings)"
rm -f "$LOG"
echo "window-check: stayed up ${STAY} s, closed on Ctrl+Q with status 0, wrote nothing"
