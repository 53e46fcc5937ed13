#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick start 2: install what is missing, build with warnings as errors and run the whole suite with
# ctest (GUI tests run on Qt's offscreen platform). Then prove that the engine, porticod and the
# engine tests still build and pass with PORTICO_BUILD_UI=OFF, and fuzz the request parser for 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
jobs=$(nproc)

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

# libFuzzer with ASan and UBSan on the request parser, seeded from fuzz/corpus/; any crash,
# leak or sanitizer report fails the run.
bash fuzz/run-fuzzer.sh 60

cmake --preset engine-only
cmake --build --preset engine-only -j "$jobs"
ctest --preset engine-only -j "$jobs"
