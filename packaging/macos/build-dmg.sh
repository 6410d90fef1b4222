#!/bin/sh
# Build the macOS app and disk image: dist/mirrordiff.app and dist/mirrordiff-<version>.dmg
#
#   sh packaging/macos/build-dmg.sh
#
# On a Mac (macOS 11+, Xcode command line tools: `xcode-select --install`) with Python 3.11+
# (python.org installer or `brew install python@3.11`). Build on the architecture you ship
# (Apple silicon -> arm64; Intel -> x86_64): PyInstaller does not cross-compile.
# Optional signing and notarisation, when these are set:
#   MACOS_SIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   MACOS_NOTARY_PROFILE=<profile stored with `xcrun notarytool store-credentials`>
set -eu
cd "$(dirname "$0")/../.."
APP_ID=io.github.mirrordiff.Mirrordiff
VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' compare/_version.py)
PYTHON=${PYTHON:-python3}

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[package]'

# the spec wraps the onedir bundle into dist/mirrordiff.app on macOS (BUNDLE)
rm -rf dist/mirrordiff.app dist/mirrordiff
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/mirrordiff.spec
APP=dist/mirrordiff.app
PLIST="$APP/Contents/Info.plist"
plutil -lint "$PLIST"
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$PLIST")" = "$APP_ID" ]
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$PLIST")" = "$VERSION" ]

# smoke test: the packaged command line writes a mirrordiff/1 report with boilerplate
set +e
"$APP/Contents/MacOS/mirrordiff-export" resources/samples/original-ap.txt \
    resources/samples/copy-kproxy.txt --format json -o build/smoke-report.json
status=$?
set -e
[ "$status" = 1 ] || { echo "mirrordiff-export exited $status (expected 1)" >&2; exit 1; }
grep -q '"schema": "mirrordiff/1"' build/smoke-report.json
grep -q '"category": "boilerplate"' build/smoke-report.json

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

# the disk image: the app and a link to /Applications to drag it onto
STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/mirrordiff-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "mirrordiff $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "$DMG"
