#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick start 1: install what is missing, build (Release) and start Portico: the GUI when a display
# is available, porticod in the foreground otherwise. Without a config file of its own, Portico
# runs on its embedded default (a welcome page on http://127.0.0.1:8080).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/release/bin/portico "$@"
fi
echo "run: no display found, starting porticod in the foreground (Ctrl+C stops it)"
exec build/release/bin/porticod "$@"
