#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds fuzz_request_parser with clang (libFuzzer + ASan + UBSan) in build/fuzz and runs it for
# SECONDS (default 60) on a copy of the seed corpus. Exits non-zero on any crash, leak, timeout or
# sanitizer report; the reproducer is left in build/fuzz/artifacts/.
# Usage: fuzz/run-fuzzer.sh [SECONDS]   (PORTICO_FUZZ_CXX overrides the clang++ to use)
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
compiler="${PORTICO_FUZZ_CXX:-clang++}"

if ! command -v "$compiler" > /dev/null; then
    echo "run-fuzzer.sh: $compiler not found (Debian 12: apt-get install clang-14 libclang-rt-14-dev, or set PORTICO_FUZZ_CXX)" >&2
    exit 2
fi

generator=()
if command -v ninja > /dev/null; then
    generator=(-G Ninja)
fi

cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$compiler" \
    -DPORTICO_BUILD_FUZZERS=ON \
    -DPORTICO_BUILD_UI=OFF \
    -DPORTICO_BUILD_TESTS=OFF
cmake --build "$build" --target fuzz_request_parser -j "${PORTICO_FUZZ_JOBS:-2}"

fuzzer="$(find "$build" -type f -name fuzz_request_parser -perm -u+x | head -n 1)"
if [ -z "$fuzzer" ]; then
    echo "run-fuzzer.sh: fuzz_request_parser was not built" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$build/artifacts"
cp "$root"/fuzz/corpus/request/* "$work/corpus/"

# libFuzzer returns non-zero for crashes, leaks, timeouts, OOM and (with -fno-sanitize-recover)
# every ASan/UBSan report; set -e turns that into this script's exit status.
echo "run-fuzzer.sh: fuzzing for ${seconds}s with $(ls "$work/corpus" | wc -l) seed inputs"
"$fuzzer" \
    -max_total_time="$seconds" \
    -timeout=20 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" \
    "$work/corpus"
echo "run-fuzzer.sh: no crash, leak or sanitizer report in ${seconds}s"
