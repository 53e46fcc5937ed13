#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-deb.sh <build dir>
# Builds the Debian package of a completely built tree with CPack (into a temporary directory), checks
# its control data and file list, unpacks it and runs the unpacked porticod and portico.
# Environment: CPACK (cpack to use), PORTICO_BUILD_UI (1/0; read from CMakeCache.txt when unset).
set -eu

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 <configured and built build dir>" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
cpack=${CPACK:-cpack}
ui=${PORTICO_BUILD_UI:-}
if [ -z "$ui" ]; then
    if grep -q '^PORTICO_BUILD_UI:BOOL=\(ON\|1\|TRUE\|YES\)$' "$build/CMakeCache.txt"; then ui=1; else ui=0; fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/portico-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# --- Build the package --------------------------------------------------------------------------
if ! "$cpack" -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
set -- "$tmp"/out/portico_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: expected exactly one portico_*.deb in $tmp/out, found: $*" >&2
    exit 1
fi
deb=$1
pass "built $(basename "$deb")"

# --- Control data -------------------------------------------------------------------------------
dpkg-deb --info "$deb" >"$tmp/info.txt"
version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"

required="libqt6core6 libqt6network6 libssl3 libarchive13"
if [ "$ui" = 1 ]; then
    required="$required libqt6widgets6 libqt6gui6"
fi
for package in $required; do
    # A whole package name in the comma-separated list, with or without a version constraint.
    if printf ', %s,\n' "$depends" | grep -Eq ", $package( \([^)]*\))?,"; then
        pass "Depends declares $package"
    else
        fail "Depends does not declare $package"
    fi
done
for field in Maintainer Section Description; do
    if [ -z "$(dpkg-deb --field "$deb" "$field")" ]; then
        fail "control field $field is empty"
    fi
done
[ "$(dpkg-deb --field "$deb" Section)" = net ] || fail "Section is not net"

# --- File list ----------------------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{ print $NF }' >"$tmp/contents.txt"
expect_file() {
    if grep -Fxq "$1" "$tmp/contents.txt"; then pass "contains $1"; else fail "missing $1"; fi
}
expect_file ./usr/bin/porticod
expect_file ./usr/share/doc/portico/LICENSE
if [ "$ui" = 1 ]; then
    expect_file ./usr/bin/portico
    expect_file ./usr/share/applications/portico.desktop
    expect_file ./usr/share/metainfo/org.portico.Portico.metainfo.xml
    expect_file ./usr/share/icons/hicolor/scalable/apps/portico.svg
    for size in 16 24 32 48 64 128 256 512; do
        expect_file "./usr/share/icons/hicolor/${size}x${size}/apps/portico.png"
    done
    if grep -Eq '^\./usr/share/portico/translations/[^/]+\.qm$' "$tmp/contents.txt"; then
        pass "contains translations: $(grep -Ec '\.qm$' "$tmp/contents.txt") .qm file(s)"
    else
        fail "no .qm files under /usr/share/portico/translations"
    fi
fi

# --- Unpack and run -----------------------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root"

# Installed binaries must not reach back into the build tree.
if command -v readelf >/dev/null 2>&1; then
    for exe in "$root"/usr/bin/*; do
        if readelf -d "$exe" | grep -E 'R(UN)?PATH' | grep -Fq "$build"; then
            fail "$(basename "$exe") has an RPATH into the build tree"
        fi
    done
fi

# Keep the programs away from the user's own config and cache.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

if timeout 60 "$root/usr/bin/porticod" --version >"$tmp/version.txt" 2>&1; then
    if grep -Fq "$version" "$tmp/version.txt"; then
        pass "porticod --version: $(cat "$tmp/version.txt")"
    else
        fail "porticod --version does not print $version: $(cat "$tmp/version.txt")"
    fi
else
    fail "porticod --version exited with status $?: $(cat "$tmp/version.txt")"
fi

if [ "$ui" = 1 ]; then
    config="$tmp/config.json"
    printf '%s\n' '{"version": 1, "settings": {"workers": 1}, "listeners": [{"address": "127.0.0.1", "port": 0}]}' \
        >"$config"
    shot="$tmp/shot.png"
    if QT_QPA_PLATFORM=offscreen timeout 120 "$root/usr/bin/portico" --config "$config" --screenshot "$shot" \
        >"$tmp/portico.log" 2>&1; then
        if [ -s "$shot" ] && [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
            pass "portico --screenshot wrote a PNG ($(wc -c <"$shot") bytes)"
        else
            fail "portico --screenshot did not write a PNG to $shot"
        fi
    else
        fail "portico --screenshot exited with status $?: $(cat "$tmp/portico.log")"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PackageDeb: all checks passed"
