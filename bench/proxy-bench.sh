#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Side-by-side HTTP/1.1 reverse-proxy benchmark on loopback: Portico, nginx and HAProxy, each with one
# worker, fronting the same two nginx backends. Everything runs from a temporary directory on
# 127.0.0.1 high ports and is stopped on exit or Ctrl-C. See bench/README.md.
set -euo pipefail

BENCH_NAME=bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

duration=10
rounds=3
warmup=2
idle_wanted=10000
memory_test=yes
contestants_wanted="nginx haproxy portico"
connections=(50 256)
sizes=(1k 64k)

usage() {
    cat <<EOF
Usage: bench/proxy-bench.sh [options]

Benchmarks Portico, nginx and HAProxy as reverse proxies side by side on 127.0.0.1 and prints markdown
tables (median req/s, p50, p99, ratios, memory per idle connection).

Options:
  --duration SECONDS      length of each measured wrk run (default $duration)
  --rounds N              rounds; contestants are interleaved within each round (default $rounds)
  --warmup SECONDS        wrk warm-up before each measured run, 0 to skip (default $warmup)
  --output FILE           also write the tables to FILE
  --idle-connections N    idle keep-alive connections for the memory test (default $idle_wanted)
  --skip-memory           skip the idle-connection memory test
  --contestants LIST      comma-separated subset of: nginx,haproxy,portico (default all)
  --keep-workdir          keep the temporary directory (configs, logs, raw wrk output)
  -h, --help              show this help

Environment:
$(portico_bin_help)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --duration | --rounds | --warmup | --idle-connections | --contestants)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --duration) duration=${2:-}; shift 2 ;;
    --rounds) rounds=${2:-}; shift 2 ;;
    --warmup) warmup=${2:-}; shift 2 ;;
    --idle-connections) idle_wanted=${2:-}; shift 2 ;;
    --skip-memory) memory_test=no; shift ;;
    --contestants) contestants_wanted=${2//,/ }; shift 2 ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --duration "$duration" 1 600
check_range --rounds "$rounds" 1 20
check_range --warmup "$warmup" 0 60
check_range --idle-connections "$idle_wanted" 1 100000
check_contestants "$contestants_wanted" nginx haproxy portico
check_output
PORTICO_BIN=$(repo_path "${PORTICO_BIN:-build/release/bin/porticod}")

# --- Packages -----------------------------------------------------------------------------------------

install_missing nginx haproxy wrk python3

# --- Open-file limit ------------------------------------------------------------------------------------

# A proxy needs one descriptor per idle client plus its upstream connections and some slack; HAProxy
# budgets two per connection (client and server side), so ask for that much when the machine allows it.
raise_nofile $((2 * idle_wanted + 4096))
idle_count=$idle_wanted
idle_note=""
if ((nofile < idle_wanted + 1024)); then
    idle_count=$((nofile - 1024))
    ((idle_count >= 100)) || die "the open-file limit ($nofile) is too low even for a reduced memory test"
    idle_note="open-file limit is $nofile (hard limit $(ulimit -Hn), not raisable here), so $idle_count idle connections were used"
    log "note: $idle_note"
fi
max_conns=$((idle_count + 2048)) # nginx worker_connections and HAProxy maxconn

# --- Work directory, process tracking and cleanup -------------------------------------------------------

make_workdir portico-bench
RESULTS=$WORK/results
mkdir -p "$RESULTS/wrk" "$RESULTS/mem" "$WORK/www"

# --- Ports and files --------------------------------------------------------------------------------------

free_ports 8
backend_ports=("${ports[0]}" "${ports[1]}")
declare -A bench_port=([nginx]=${ports[2]} [haproxy]=${ports[3]} [portico]=${ports[4]})
declare -A memory_port=([nginx]=${ports[5]} [haproxy]=${ports[6]} [portico]=${ports[7]})
declare -A proxy_pid=()
declare -A status=()

head -c 1024 /dev/urandom >"$WORK/www/1k"
head -c 65536 /dev/urandom >"$WORK/www/64k"

log "work directory $WORK; backends on ${backend_ports[*]}; open-file limit $nofile"

# --- Backends ---------------------------------------------------------------------------------------------

start_backends backend_static_conf

# --- Contestants ------------------------------------------------------------------------------------------

write_nginx_proxy_conf() { # DIR PORT
    local dir=$1 port=$2
    nginx_conf "$dir" <<EOF
$(nginx_upstream_backends)
    server {
        listen 127.0.0.1:$port backlog=4096;
$(nginx_proxy_location)
    }
}
EOF
}

write_haproxy_conf() { # DIR PORT
    local dir=$1 port=$2
    cat >"$dir/haproxy.cfg" <<EOF
global
    nbthread 1
    maxconn $max_conns
    # HAProxy budgets two descriptors per connection and by default refuses to start when the open-file
    # limit is below that; the idle test needs only one per client, so let it start with what the machine allows.
    ulimit-n $nofile
    no strict-limits

$(haproxy_defaults)

$(haproxy_frontend "$port")
EOF
}

# start_contestant NAME PORT: start (fresh) and wait until it answers correctly.
start_contestant() {
    local name=$1 port=$2 dir=$WORK/$1-$2
    mkdir -p "$dir"
    case $name in
    nginx)
        write_nginx_proxy_conf "$dir" "$port"
        start_nginx nginx "$dir" "$port" || return 1
        ;;
    haproxy)
        write_haproxy_conf "$dir" "$port"
        start_proxy haproxy "$port" "$dir/haproxy.log" haproxy -db -f "$dir/haproxy.cfg" || return 1
        ;;
    portico)
        start_proxy portico "$port" "$dir/porticod.log" "$PORTICO_BIN" proxy --from "127.0.0.1:$port" \
            --to "127.0.0.1:${backend_ports[0]}" --to "127.0.0.1:${backend_ports[1]}" --workers 1 || return 1
        ;;
    esac
    local size
    for size in "${sizes[@]}"; do
        python3 "$LIB_DIR/http-check.py" "$port" "/$size" "$WORK/www/$size" || return 1
    done
}

portico_reason=""
if [[ ! -x $PORTICO_BIN ]]; then
    portico_reason="not available ($PORTICO_BIN not found)"
elif ! portico_help=$(timeout 10 "$PORTICO_BIN" proxy --help 2>&1); then
    portico_reason="not available (porticod proxy --help failed: no quick mode yet)"
elif [[ $portico_help != *--from* ]]; then
    # A porticod without the quick mode prints its general help (exit 0) for any arguments.
    portico_reason="not available (porticod has no 'proxy' quick mode yet)"
fi

contestants=()
for name in nginx haproxy portico; do
    skip_contestant "$name" && continue
    if start_contestant "$name" "${bench_port[$name]}"; then
        status[$name]=ok
        contestants+=("$name")
        log "$name ready on 127.0.0.1:${bench_port[$name]} (pid ${proxy_pid[$name]})"
    else
        stop_contestant "$name"
        [[ $name == portico ]] || die "$name failed to start or answered wrongly (see $WORK)"
        status[$name]="not available (failed to start or answered wrongly)"
        log "Portico: ${status[$name]}"
    fi
done
((${#contestants[@]} > 0)) || die "no contestant to measure"

# --- Metadata -------------------------------------------------------------------------------------------

{
    machine_meta 1
    version_meta nginx haproxy wrk
    [[ ${status[portico]} != ok ]] || echo "version_portico=$(portico_version "$PORTICO_BIN")"
    echo "duration=$duration"
    echo "rounds=$rounds"
    echo "warmup=$warmup"
    echo "connections=${connections[*]}"
    echo "contestants=${contestants[*]}"
    for name in nginx haproxy portico; do echo "status_$name=${status[$name]}"; done
    echo "memory_test=$memory_test"
    echo "idle_wanted=$idle_wanted"
    echo "idle_count=$idle_count"
    echo "idle_note=$idle_note"
} >"$RESULTS/meta.env"

# --- Throughput and latency -----------------------------------------------------------------------------

run_wrk() { wrk_timed "$4" "-c$3" "${@:5}" "http://127.0.0.1:$1/$2"; } # PORT SIZE CONNS SECONDS [wrk args...]

cells=$((${#sizes[@]} * ${#connections[@]} * ${#contestants[@]}))
log "throughput: $rounds round(s) x $cells runs of ${duration} s (+${warmup} s warm-up each)," \
    "about $((rounds * cells * (duration + warmup) / 60 + 1)) min"
for ((round = 1; round <= rounds; round++)); do
    mkdir -p "$RESULTS/wrk/r$round"
    rotate_order "$round" "${contestants[@]}"
    for size in "${sizes[@]}"; do
        for conns in "${connections[@]}"; do
            for name in "${order[@]}"; do
                port=${bench_port[$name]}
                if ((warmup > 0)); then
                    run_wrk "$port" "$size" "$conns" "$warmup" >/dev/null 2>&1 || true
                fi
                file=$RESULTS/wrk/r$round/${name}_${size}_c${conns}.txt
                ticks_before=$(cpu_ticks "${proxy_pid[$name]}")
                run_wrk "$port" "$size" "$conns" "$duration" --latency >"$file" 2>&1 || true
                # CPU the proxy spent per request is far less sensitive to other load on the machine than req/s.
                if ticks_after=$(cpu_ticks "${proxy_pid[$name]}" 2>/dev/null); then
                    echo "cpu_seconds=$(cpu_seconds $((ticks_after - ticks_before)))" >"${file%.txt}.cpu"
                fi
                kill -0 "${proxy_pid[$name]}" 2>/dev/null || log "warning: $name died during the run"
                log "round $round/$rounds $size c$conns $name: $(wrk_summary "$file")"
            done
        done
    done
done

# nginx proxies a response bigger than its proxy buffers through a temp file when the client reads slower
# than the backend answers; that would handicap it, so say so if it happened.
if grep -qs 'buffered to a temporary file' "$WORK"/nginx-*/error.log; then
    log "warning: nginx buffered responses to temporary files during the runs (see its error.log)"
fi

# --- Memory per idle keep-alive connection ---------------------------------------------------------------

field() { sed -n "s/.*\\b$2=\\([0-9]*\\).*/\\1/p" <<<"$1" | tail -n 1; }

measure_memory() {
    local name=$1 port=${memory_port[$1]} env=$RESULTS/mem/$1.env
    log "memory: $name, fresh process on 127.0.0.1:$port"
    # Free the throughput instance first so the two do not compete for the machine.
    stop_contestant "$name"
    if ! start_contestant "$name" "$port"; then
        echo "result=failed to start" >"$env"
        stop_contestant "$name"
        return 0
    fi
    local pid=${proxy_pid[$name]}
    run_wrk "$port" 1k 8 1 >/dev/null 2>&1 || true
    sleep 1
    local before
    before=$(rss_kib "$pid")
    local idle_out=$WORK/idle-$name.out
    # --hold bounds the tool's life even if this script were killed without its trap.
    start_bg "$idle_out" python3 "$SCRIPT_DIR/idle-connections.py" "$port" "$idle_count" --path /1k --hold 600
    local idle_pid=$STARTED_PID
    if ! wait_line "$idle_out" '^READY' 300 "$idle_pid"; then
        echo "result=idle-connection tool failed" >"$env"
        cat "$idle_out" >&2
        stop_pid "$idle_pid"
        forget_pid "$idle_pid"
        stop_contestant "$name"
        return 0
    fi
    sleep 2
    local after ready_line open_line
    after=$(rss_kib "$pid")
    kill -USR1 "$idle_pid"
    wait_line "$idle_out" '^OPEN' 30 "$idle_pid" || true
    ready_line=$(grep '^READY' "$idle_out")
    open_line=$(grep '^OPEN' "$idle_out" || echo "OPEN open=0 closed=0")
    kill -TERM "$idle_pid" 2>/dev/null || true
    wait_line "$idle_out" '^DONE' 60 "$idle_pid" || true
    stop_pid "$idle_pid"
    forget_pid "$idle_pid"
    grep -v -e '^READY' -e '^OPEN' -e '^DONE' "$idle_out" >&2 || true
    {
        echo "result=ok"
        echo "wanted=$idle_count"
        echo "ready=$(field "$ready_line" open)"
        echo "failed=$(field "$ready_line" failed)"
        echo "open=$(field "$open_line" open)"
        echo "before_kib=$before"
        echo "after_kib=$after"
    } >"$env"
    log "memory: $name RSS $before KiB -> $after KiB; $ready_line; $open_line"
    stop_contestant "$name"
}

if [[ $memory_test == yes ]]; then
    for name in "${contestants[@]}"; do
        measure_memory "$name"
    done
fi

echo "load_end=$(load_average 1)" >>"$RESULTS/meta.env"

# --- Report -----------------------------------------------------------------------------------------------

write_report report.py
