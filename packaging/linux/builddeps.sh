#!/bin/sh
# Install the Debian packages `make deb` needs, only when missing (needs root):
# the packaging tools, and every system library the bundled Qt links, because
# dpkg-shlibdeps must find a library on this machine to name the package providing it.
set -e
PKGS="dpkg-dev xz-utils patchelf
      libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 libx11-xcb1
      libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
      libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxcb-render0 libxcb-util1
      libwayland-client0 libwayland-cursor0 libwayland-egl1 libssl3 libffi8 libbz2-1.0 liblzma5 zlib1g"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "building the .deb needs:$missing (run: sudo apt-get install$missing)" >&2
    exit 1
fi
for attempt in 1 2 3 4 5 6; do  # another apt may hold the dpkg lock for a while
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
        exit 0
    fi
    echo "builddeps: apt-get failed (attempt $attempt), retrying in 20 s" >&2
    sleep 20
done
exit 1
