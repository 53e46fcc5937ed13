#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders docs/images/dashboard.png and dashboard-dark.png: two sites, three backends (one down, so a red strip
# and a verdict that asks for attention) and live traffic from wrk. Everything runs from a temporary profile on
# 127.0.0.1 and is stopped on exit. Usage: scripts/dashboard-screenshots.sh [BIN_DIR] (default build/release/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/release/bin}
[[ -x $BIN/portico ]] || { echo "no $BIN/portico: build first (scripts/run.sh builds build/release)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

W=$(mktemp -d -t portico-shots.XXXXXXXX)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$W"
}
trap cleanup EXIT

mapfile -t ports < <(python3 bench/lib/free-ports.py 4)
proxy=${ports[0]} app=${ports[1]} shop=${ports[2]} closed=${ports[3]}
mkdir -p "$W/config" "$W/data" "$W/www"
echo hello >"$W/www/index.html"
cat >"$W/portico.json" <<EOF
{"version":1,"settings":{"workers":2},"listeners":[{"address":"127.0.0.1","port":$proxy}],
 "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]},
          {"name":"shop","serverNames":["shop.example.com"],"routes":[{"path":"/","pool":"shop"}]}],
 "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":$app},{"host":"127.0.0.1","port":$closed}],
           "healthCheck":{"enabled":true,"intervalMs":1000,"timeoutMs":500,"rise":1,"fall":1}},
          {"name":"shop","backends":[{"host":"127.0.0.1","port":$shop}],
           "healthCheck":{"enabled":true,"intervalMs":1000,"timeoutMs":500,"rise":1,"fall":1}}]}
EOF
# Nothing listens on $closed: that backend shows as down.
python3 -m http.server "$app" --bind 127.0.0.1 --directory "$W/www" >/dev/null 2>&1 & PIDS+=($!)
python3 -m http.server "$shop" --bind 127.0.0.1 --directory "$W/www" >/dev/null 2>&1 & PIDS+=($!)
export XDG_CONFIG_HOME=$W/config XDG_DATA_HOME=$W/data QT_QPA_PLATFORM=offscreen

shoot() { # OUTPUT [portico options...]
    local output=$1
    shift
    (sleep 3
        wrk -t1 -c2 -d25s -H 'Host: app.example.com' "http://127.0.0.1:$proxy/" >/dev/null &
        wrk -t1 -c1 -d25s -H 'Host: shop.example.com' "http://127.0.0.1:$proxy/missing" >/dev/null &
        wait) &
    PIDS+=($!)
    "$BIN/portico" --config "$W/portico.json" --screenshot "$output" --page dashboard --screenshot-after 20 "$@"
    wait "${PIDS[-1]}" 2>/dev/null || true
    echo "wrote $output"
}
shoot docs/images/dashboard.png
shoot docs/images/dashboard-dark.png --color-scheme dark
