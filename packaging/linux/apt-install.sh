#!/bin/sh
# Install Debian packages with apt-get, as root; as anyone else, say what to run.
#
#   sh packaging/linux/apt-install.sh "WHAT NEEDS THEM" PACKAGE...     (no packages: nothing to do)
#
# Retries while another apt holds the dpkg lock. Exit 1 when not root or apt-get fails.
set -u
why=$1
shift
[ $# -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "$why needs these Debian packages: $* (run: sudo apt-get install $*)" >&2
    exit 1
fi
echo "$why: apt-get install $*"
for attempt in 1 2 3 4 5 6; do
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "$@" >/dev/null; then
        exit 0
    fi
    echo "apt-install: apt-get failed (attempt $attempt), retrying in 20 s" >&2
    sleep 20
done
exit 1
