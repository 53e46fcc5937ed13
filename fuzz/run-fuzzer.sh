#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (libFuzzer + ASan + UBSan, the whole engine instrumented) in build/fuzz
# and runs each for SECONDS (default 60) on a copy of its seed corpus, one after the other. Exits non-zero if any
# target crashed, leaked, timed out, ran out of memory or made a sanitizer report; every target still gets its
# turn. Reproducers are kept in build/fuzz/artifacts/<target>/ (run the target on one to replay it).
# Usage: fuzz/run-fuzzer.sh [SECONDS] [TARGET...]   (default: all targets; PORTICO_FUZZ_CXX overrides clang++,
#        PORTICO_FUZZ_JOBS the build's parallelism)
set -euo pipefail

all_targets=(fuzz_request_parser fuzz_chunked_decoder fuzz_header_rules fuzz_config)
# Seed corpus (fuzz/corpus/<dir>) and dictionary (fuzz/dict/<file>) of each target.
declare -A corpus_of=([fuzz_request_parser]=request [fuzz_chunked_decoder]=chunked
    [fuzz_header_rules]=header-rules [fuzz_config]=config)
declare -A dict_of=([fuzz_request_parser]=http.dict [fuzz_chunked_decoder]=chunked.dict
    [fuzz_header_rules]=http.dict [fuzz_config]=json.dict)

usage() { echo "usage: $0 [SECONDS] [TARGET...]   targets: ${all_targets[*]}" >&2; }

seconds=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
if [ "$seconds" -lt 1 ]; then
    usage
    exit 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    if [ -z "${corpus_of[$target]:-}" ]; then
        echo "run-fuzzer.sh: unknown target $target" >&2
        usage
        exit 2
    fi
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
compiler="${PORTICO_FUZZ_CXX:-clang++}"

if ! command -v "$compiler" > /dev/null; then
    echo "run-fuzzer.sh: $compiler not found (Debian 12: apt-get install clang-14 libclang-rt-14-dev, or set PORTICO_FUZZ_CXX)" >&2
    exit 2
fi

# A unity build: instrumented compiles are slow and most of each one is Qt's headers, so batching the engine's
# sources cuts the build to a fraction. It also keeps helpers in anonymous namespaces from being defined twice.
configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" -DPORTICO_BUILD_FUZZERS=ON
    -DPORTICO_BUILD_UI=OFF -DPORTICO_BUILD_TESTS=OFF -DCMAKE_UNITY_BUILD=ON)
if command -v ninja > /dev/null; then
    configure+=(-G Ninja)
fi
if command -v ccache > /dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" "${configure[@]}"
cmake --build "$build" --target "${targets[@]}" -j "${PORTICO_FUZZ_JOBS:-2}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failed=()
summary=()
for target in "${targets[@]}"; do
    fuzzer="$build/bin/$target"
    if [ ! -x "$fuzzer" ]; then
        echo "run-fuzzer.sh: $target was not built" >&2
        failed+=("$target (not built)")
        continue
    fi
    corpus="$work/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    cp "$root/fuzz/corpus/${corpus_of[$target]}"/* "$corpus/"
    dict=()
    [ -f "$root/fuzz/dict/${dict_of[$target]}" ] && dict=(-dict="$root/fuzz/dict/${dict_of[$target]}")
    echo "run-fuzzer.sh: $target for ${seconds}s with $(ls "$corpus" | wc -l) seed inputs"
    # libFuzzer exits non-zero for crashes, leaks, timeouts, OOM and (with -fno-sanitize-recover) every
    # ASan/UBSan report.
    set +e
    "$fuzzer" \
        -max_total_time="$seconds" \
        -timeout=20 \
        -rss_limit_mb=2048 \
        -print_final_stats=1 \
        "${dict[@]}" \
        -artifact_prefix="$artifacts/" \
        "$corpus" 2>&1 | tee "$work/$target.log" | grep -v -e '^#[0-9]' -e '^INFO: '
    status=${PIPESTATUS[0]}
    set -e
    stats=$(awk '/^stat::number_of_executed_units:/ { n = $2 } /^stat::average_exec_per_sec:/ { r = $2 }
        $2 == "DONE" { for (i = 1; i <= NF; i++) { if ($i == "cov:") c = $(i + 1); if ($i == "ft:") f = $(i + 1);
        if ($i == "corp:") k = $(i + 1) } }
        END { printf "%s execs, %s exec/s, cov %s, ft %s, corpus %s", n, r, c, f, k }' "$work/$target.log")
    if [ "$status" -ne 0 ]; then
        failed+=("$target (exit $status)")
        summary+=("$target: FAILED (exit $status), $stats; reproducer in $artifacts/")
    else
        summary+=("$target: ok, $stats")
    fi
done

echo "run-fuzzer.sh: summary (${seconds}s per target)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzer.sh: findings or failures in: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzer.sh: no crash, leak or sanitizer report"
