#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Slow clients (issue 8): Portico, nginx and HAProxy side by side on loopback, one worker each, in front of the same
# two nginx backends. For each: wrk throughput alone, then with 2,000 slow clients from one process (slowloris:
# heads trickled a byte at a time; slow POST: bodies trickled), RSS before / during / after, and how many slow
# connections each still holds once its timeouts have passed. Everything runs from a temporary directory on
# 127.0.0.1 high ports and is stopped on exit or Ctrl-C. See bench/README.md.
set -euo pipefail

BENCH_NAME=slowloris-bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

duration=10
warmup=2
slow_count=2000
interval=2
hold_wait=20
connections=50
contestants_wanted="nginx haproxy portico"

usage() {
    cat <<EOF
Usage: bench/slowloris-bench.sh [options]

Measures Portico, nginx and HAProxy under slow clients on 127.0.0.1 and prints markdown tables.

Options:
  --duration SECONDS      length of each measured wrk run (default $duration)
  --warmup SECONDS        wrk warm-up before the unloaded run, 0 to skip (default $warmup)
  --slow N                slow connections from one process (default $slow_count)
  --interval SECONDS      seconds between two trickled bytes of one slow connection (default $interval)
  --hold-wait SECONDS     how long after opening the slow connections their survivors are counted (default $hold_wait)
  --connections N         wrk connections (default $connections)
  --contestants LIST      comma-separated subset of: nginx,haproxy,portico (default all)
  --output FILE           also write the tables to FILE
  --keep-workdir          keep the temporary directory (configs, logs, raw wrk output)
  -h, --help              show this help

Environment:
  PORTICO_BIN             porticod to test (default build/release-fuzzh/bin/porticod if it exists, else
                          build/release/bin/porticod; relative to the current directory or the repository root)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --duration | --warmup | --slow | --interval | --hold-wait | --connections | --contestants)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --slow) slow_count=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    --hold-wait) hold_wait=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --contestants) contestants_wanted=${2//,/ }; shift 2 ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --duration "$duration" 1 600
check_range --warmup "$warmup" 0 60
check_range --slow "$slow_count" 1 20000
check_range --interval "$interval" 1 60
check_range --hold-wait "$hold_wait" 1 600
check_range --connections "$connections" 1 10000
check_contestants "$contestants_wanted" nginx haproxy portico
check_output

if [[ -z ${PORTICO_BIN:-} ]]; then
    PORTICO_BIN=build/release/bin/porticod
    [[ -x $REPO_DIR/build/release-fuzzh/bin/porticod ]] && PORTICO_BIN=build/release-fuzzh/bin/porticod
fi
PORTICO_BIN=$(repo_path "$PORTICO_BIN")

install_missing nginx haproxy wrk python3

# Slow clients, wrk, the proxy's client and upstream sides: ask for plenty of descriptors.
raise_nofile $((4 * slow_count + 4096))
((nofile >= 2 * slow_count + 1024)) || die "the open-file limit ($nofile) is too low for $slow_count slow connections"
max_conns=$((2 * slow_count + 2048)) # nginx worker_connections and HAProxy maxconn
# The Strict preset's cap of 64 connections per client address. Slow clients come from 100 loopback addresses and
# wrk from 127.0.0.1 (fewer than 64 connections): raise the cap only if a run asks for more per address.
per_ip=64
((slow_count / 100 + 1 <= per_ip && connections <= per_ip)) || per_ip=$((slow_count / 100 + connections + 1))

make_workdir portico-slowloris
RESULTS=$WORK/results
mkdir -p "$RESULTS/wrk" "$WORK/www"

free_ports 5
backend_ports=("${ports[0]}" "${ports[1]}")
declare -A bench_port=([nginx]=${ports[2]} [haproxy]=${ports[3]} [portico]=${ports[4]})
declare -A proxy_pid=()
declare -A status=()
head -c 1024 /dev/urandom >"$WORK/www/1k"
log "work directory $WORK; backends on ${backend_ports[*]}; open-file limit $nofile"

# The backends also take PUT under /upload/ (nginx's DAV module), which reads the whole body before it answers,
# as an application behind a form would. A GET or POST of a static file is answered before any body arrives,
# so a slow body would never reach the proxy's body limits.
slow_backend_conf() { # DIR PORT
    local dir=$1
    mkdir -p "$dir/upload"
    cat <<EOF
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$2 backlog=4096;
        root $WORK/www;
        location / { }
        location /upload/ {
            root $dir;
            dav_methods PUT;
            create_full_put_path on;
            client_max_body_size 16m;
            client_body_timeout 600s;
        }
    }
}
EOF
}
start_backends slow_backend_conf

# --- Contestants: the Strict preset's slow-client limits, and the closest each of the others has -------------

write_nginx_proxy_conf() { # DIR PORT
    local dir=$1 port=$2
    nginx_conf "$dir" <<EOF
    # The whole head within 5 s; the body may pause at most 10 s between two reads (nginx has no minimum rate).
    client_header_timeout 5s;
    client_body_timeout 10s;
    upstream backends {
        server 127.0.0.1:${backend_ports[0]};
        server 127.0.0.1:${backend_ports[1]};
        keepalive 512;
    }
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
    ulimit-n $nofile
    no strict-limits

defaults
    mode http
    maxconn $max_conns
    timeout connect 5s
    # The whole head within 5 s; with http-buffer-request the body it waits for counts against it too. The
    # client may stay silent at most 10 s. HAProxy has no minimum data rate.
    timeout http-request 5s
    timeout client 10s
    timeout server 60s
    timeout http-keep-alive 75s
    option http-buffer-request
    http-reuse always

$(haproxy_frontend "$port")
EOF
}

portico_settings=""
portico_dropped=""
write_portico_conf() { # DIR PORT
    local dir=$1 port=$2 drop=() check i
    "$PORTICO_BIN" proxy --from "127.0.0.1:$port" --to "127.0.0.1:${backend_ports[0]}" \
        --to "127.0.0.1:${backend_ports[1]}" --workers 1 --print-config >"$dir/quick.json" || return 1
    # Settings this porticod does not know yet are left out (and named in the report), the rest applies.
    for ((i = 0; i < 6; i++)); do
        portico_settings=$(python3 "$LIB_DIR/slow-config.py" "$dir/portico.json" "$per_ip" "${drop[@]}" \
            <"$dir/quick.json" | tr '\n' ' ')
        if check=$("$PORTICO_BIN" --check-config "$dir/portico.json" 2>&1); then
            portico_dropped="${drop[*]}"
            return 0
        fi
        mapfile -t unknown < <(sed -n 's/.*error: \(settings\.[A-Za-z.]*\): is not a known setting.*/\1/p' <<<"$check")
        if ((${#unknown[@]} == 0)); then
            log "porticod --check-config refused the config:"
            echo "$check" >&2
            return 1
        fi
        drop+=("${unknown[@]}")
    done
    return 1
}

start_contestant() { # NAME
    local name=$1 port=${bench_port[$1]} dir=$WORK/$1
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
        write_portico_conf "$dir" "$port" || return 1
        start_proxy portico "$port" "$dir/porticod.log" "$PORTICO_BIN" --config "$dir/portico.json" || return 1
        ;;
    esac
    python3 "$LIB_DIR/http-check.py" "$port" /1k "$WORK/www/1k"
}

portico_reason=""
if [[ ! -x $PORTICO_BIN ]]; then
    portico_reason="not available ($PORTICO_BIN not found)"
elif ! timeout 10 "$PORTICO_BIN" proxy --help 2>&1 | grep -q -- --print-config; then
    portico_reason="not available (porticod has no 'proxy --print-config')"
fi

# --- Measuring ------------------------------------------------------------------------------------------------

run_wrk() { wrk_timed "$2" "-c$connections" --latency "http://127.0.0.1:$1/1k" >"$3" 2>&1 || true; } # PORT SECONDS OUTFILE

# ask_open FILE PID: the tool's current OPEN line.
ask_open() {
    local file=$1 pid=$2 before
    before=$(grep -c '^OPEN' "$file" || true)
    kill -USR1 "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 50; i++)); do
        (($(grep -c '^OPEN' "$file" || true) > before)) && break
        sleep 0.1
    done
    grep '^OPEN' "$file" | tail -n 1
}

# start_slow NAME MODE REOPEN OUT: starts the tool and waits until its connections are up; sets SLOW_PID.
start_slow() {
    local name=$1 mode=$2 reopen=$3 out=$4 extra=()
    [[ $reopen == yes ]] && extra=(--reopen)
    start_bg "$out" python3 "$SCRIPT_DIR/tools/slow-clients.py" "${bench_port[$name]}" "$slow_count" \
        --mode "$mode" --interval "$interval" --hold 900 "${extra[@]}"
    SLOW_PID=$STARTED_PID
    wait_line "$out" '^READY' 120 "$SLOW_PID"
}

stop_slow() {
    kill -TERM "$SLOW_PID" 2>/dev/null || true
    wait_line "$1" '^DONE' 60 "$SLOW_PID" || true
    stop_pid "$SLOW_PID"
    forget_pid "$SLOW_PID"
}

measure() { # NAME
    local name=$1 pid=${proxy_pid[$1]} env=$RESULTS/$1.env mode out rss peak now
    local port=${bench_port[$name]}
    : >"$env"
    ((warmup > 0)) && run_wrk "$port" "$warmup" /dev/null
    local ticks_before ticks_after
    ticks_before=$(cpu_ticks "$pid")
    run_wrk "$port" "$duration" "$RESULTS/wrk/${name}_none.txt"
    ticks_after=$(cpu_ticks "$pid")
    echo "cpu_none=$(((ticks_after - ticks_before) * 1000000 / CLK_TCK))" >>"$env"
    echo "rss_before=$(rss_kib "$pid")" >>"$env"
    log "$name: unloaded $(awk '/^Requests\/sec:/ { print $2 }' "$RESULTS/wrk/${name}_none.txt") req/s"
    for mode in head post; do
        out=$WORK/slow-$name-$mode.out
        if ! start_slow "$name" "$mode" yes "$out"; then
            log "$name: the slow-client tool did not get ready ($mode)"
            cat "$out" >&2
            stop_slow "$out"
            echo "error_$mode=slow-client tool failed" >>"$env"
            continue
        fi
        sleep 1
        peak=$(rss_kib "$pid")
        echo "ready_$mode=$(grep '^READY' "$out")" >>"$env"
        echo "open_start_$mode=$(ask_open "$out" "$SLOW_PID")" >>"$env"
        ticks_before=$(cpu_ticks "$pid")
        run_wrk "$port" "$duration" "$RESULTS/wrk/${name}_$mode.txt" &
        local wrk_pid=$!
        while kill -0 "$wrk_pid" 2>/dev/null; do
            now=$(rss_kib "$pid" 2>/dev/null || echo 0)
            ((now > peak)) && peak=$now
            sleep 0.5
        done
        wait "$wrk_pid" || true
        ticks_after=$(cpu_ticks "$pid")
        echo "cpu_$mode=$(((ticks_after - ticks_before) * 1000000 / CLK_TCK))" >>"$env"
        echo "rss_during_$mode=$peak" >>"$env"
        echo "open_end_$mode=$(ask_open "$out" "$SLOW_PID")" >>"$env"
        stop_slow "$out"
        kill -0 "$pid" 2>/dev/null || { log "warning: $name died under $mode slow clients"; echo "died=$mode" >>"$env"; return 0; }
        log "$name: with $slow_count slow clients ($mode) $(awk '/^Requests\/sec:/ { print $2 }' \
            "$RESULTS/wrk/${name}_$mode.txt") req/s; $(grep '^OPEN' "$out" | tail -n 1)"
    done
    sleep 2
    echo "rss_after=$(rss_kib "$pid")" >>"$env"
    # Without reopening: how many are still open once the timeouts have passed.
    for mode in head post; do
        out=$WORK/hold-$name-$mode.out
        if start_slow "$name" "$mode" no "$out"; then
            sleep "$hold_wait"
            echo "hold_$mode=$(ask_open "$out" "$SLOW_PID")" >>"$env"
            log "$name: $mode, ${hold_wait}s after opening: $(grep '^OPEN' "$out" | tail -n 1)"
        else
            echo "hold_$mode=OPEN open=? (tool failed)" >>"$env"
        fi
        stop_slow "$out"
    done
    echo "rss_end=$(rss_kib "$pid")" >>"$env"
}

{
    machine_meta 1
    version_meta nginx haproxy
    echo "duration=$duration"
    echo "connections=$connections"
    echo "slow_count=$slow_count"
    echo "interval=$interval"
    echo "hold_wait=$hold_wait"
} >"$RESULTS/meta.env"

for name in nginx haproxy portico; do
    skip_contestant "$name" && continue
    if ! start_contestant "$name"; then
        stop_contestant "$name"
        status[$name]="not available (failed to start or answered wrongly)"
        log "$name: ${status[$name]}"
        continue
    fi
    status[$name]=ok
    log "$name ready on 127.0.0.1:${bench_port[$name]} (pid ${proxy_pid[$name]})"
    measure "$name"
    stop_contestant "$name"
done

{
    for name in nginx haproxy portico; do echo "status_$name=${status[$name]}"; done
    echo "portico_settings=$portico_settings"
    echo "portico_dropped=$portico_dropped"
    if [[ ${status[portico]} == ok ]]; then
        echo "version_portico=$(portico_version "$PORTICO_BIN") ($PORTICO_BIN)"
    fi
    echo "load_end=$(load_average 1)"
} >>"$RESULTS/meta.env"

write_report slowloris-report.py
