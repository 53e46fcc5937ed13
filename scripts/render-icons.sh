#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/icons/portico.svg into the PNG, ICO and ICNS files kept in the tree,
# so that building Portico never needs librsvg. Run it again after editing the SVG.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
icons="$root/resources/icons"
svg="$icons/portico.svg"

missing=""
need() {
    command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need rsvg-convert librsvg2-bin
need icotool icoutils
need png2icns icnsutils
if [ -n "$missing" ]; then
    echo "render-icons.sh: missing tools; install the Debian package(s):$missing" >&2
    echo "  sudo apt-get install$missing" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for size in 16 24 32 48 64 128 256 512; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/portico.png" "$svg"
done

# Windows: the classic set of ICO sizes; 256 is stored as PNG (Vista and later read it).
icotool --create --output "$icons/portico.ico" \
    "$icons/hicolor/16x16/apps/portico.png" \
    "$icons/hicolor/24x24/apps/portico.png" \
    "$icons/hicolor/32x32/apps/portico.png" \
    "$icons/hicolor/48x48/apps/portico.png" \
    "$icons/hicolor/64x64/apps/portico.png" \
    --raw="$icons/hicolor/256x256/apps/portico.png"

# macOS: png2icns picks the icon type from each PNG's size (24 and 64 have no ICNS slot).
png2icns "$icons/portico.icns" \
    "$icons/hicolor/16x16/apps/portico.png" \
    "$icons/hicolor/32x32/apps/portico.png" \
    "$icons/hicolor/48x48/apps/portico.png" \
    "$icons/hicolor/128x128/apps/portico.png" \
    "$icons/hicolor/256x256/apps/portico.png" \
    "$icons/hicolor/512x512/apps/portico.png" >"$tmp/png2icns.log" 2>&1 || {
    cat "$tmp/png2icns.log" >&2
    exit 1
}

echo "render-icons.sh: wrote $icons/hicolor/*/apps/portico.png, portico.ico, portico.icns"
