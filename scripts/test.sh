#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick start 2: install what is missing, build with warnings as errors and run the whole suite with
# ctest (GUI tests run on Qt's offscreen platform). Then fuzz each target for 40 s and prove that the
# engine, porticod and the engine tests still build and pass with PORTICO_BUILD_UI=OFF.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage's end and the time since the start, so a slow stage shows in the CI log.
stage() { printf '\n==> test.sh: %s (%dm%02ds since start)\n\n' "$1" $((SECONDS / 60)) $((SECONDS % 60)); }

bash scripts/setup-debian.sh
stage "packages checked"
jobs=$(nproc)

# The engine-only stage compiles the engine and its tests again with the same flags in another build
# directory: a compiler cache inside the clone (so a clean clone starts empty) makes that a lookup.
# Paths are taken relative to the clone and the build directory is left out of the hash.
export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
export CCACHE_DIR="$PWD/build/ccache" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

cmake --preset ci
cmake --build --preset ci -j "$jobs"
stage "built"
ctest --preset ci -j "$jobs"
stage "whole suite passed"

# libFuzzer with ASan and UBSan, 40 s for each of the four targets (request parser, chunked decoder,
# header rules and attack rules, config reader), seeded from fuzz/corpus/; any crash, leak or
# sanitizer report fails the run.
bash fuzz/run-fuzzer.sh 40
stage "fuzzing clean"

# The same engine sources and flags as the main stage: what this stage adds is the proof that nothing there
# needs Qt Widgets. TestTestssl (label slow, about 50 s) probes the TLS listener the main stage probed already.
cmake --preset engine-only
cmake --build --preset engine-only -j "$jobs"
ctest --preset engine-only -j "$jobs" --label-exclude slow
stage "engine-only build passed"
