#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fault benchmark with real processes (issue 4): porticod in front of three nginx backends on loopback,
# under wrk load, while one backend is killed, hung (SIGSTOP) or made to answer 500, each followed by its
# recovery; then the request shares per balancing algorithm over a fixed number of requests. Everything
# runs from a temporary directory on 127.0.0.1 high ports and is stopped on exit or Ctrl-C. See
# bench/README.md.
set -euo pipefail

BENCH_NAME=fault-bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

run_faults=yes
run_shares=yes
connections=32
wrk_timeout=2
workers=2
before_seconds=5
fault_seconds=10
after_seconds=10
requests=10000
share_connections=8
interval_ms=1000
check_timeout_ms=500
fall=2
rise=2
response_ms=1000
connect_ms=1000
consecutive_failures=5
eject_ms=5000
restore_wait=30

usage() {
    cat <<EOF
Usage: bench/fault-bench.sh [options]

Runs porticod in front of three nginx backends on 127.0.0.1 and, under wrk load, kills one backend
(SIGKILL, then restart), hangs one (SIGSTOP, then SIGCONT) and makes one answer 500 (then restores it).
Reports failed client requests, time to eject and time to restore against the issue-4 targets, then the
request shares per balancing algorithm. Prints markdown tables.

Options:
  --output FILE           also write the tables to FILE
  --connections N         wrk connections during the faults (default $connections)
  --wrk-timeout SECONDS   wrk's per-request timeout; a slower answer counts as failed (default $wrk_timeout)
  --workers N             porticod worker threads (default $workers)
  --fault-seconds N       how long each fault lasts before its recovery (default $fault_seconds)
  --requests N            requests per algorithm for the shares (default $requests)
  --interval-ms N         health-check interval (default $interval_ms)
  --fall N / --rise N     health-check fall and rise counts (default $fall / $rise)
  --response-ms N         settings.timeouts.responseMs (default $response_ms)
  --consecutive-failures N  passiveHealth.consecutiveFailures (default $consecutive_failures)
  --skip-faults           only measure the shares
  --skip-shares           only run the faults
  --keep-workdir          keep the temporary directory (configs, logs, raw wrk output)
  -h, --help              show this help

Environment:
$(portico_bin_help)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --connections | --wrk-timeout | --workers | --fault-seconds | --requests | --interval-ms | --fall | \
        --rise | --response-ms | --consecutive-failures)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --connections) connections=${2:-}; shift 2 ;;
    --wrk-timeout) wrk_timeout=${2:-}; shift 2 ;;
    --workers) workers=${2:-}; shift 2 ;;
    --fault-seconds) fault_seconds=${2:-}; shift 2 ;;
    --requests) requests=${2:-}; shift 2 ;;
    --interval-ms) interval_ms=${2:-}; shift 2 ;;
    --fall) fall=${2:-}; shift 2 ;;
    --rise) rise=${2:-}; shift 2 ;;
    --response-ms) response_ms=${2:-}; shift 2 ;;
    --consecutive-failures) consecutive_failures=${2:-}; shift 2 ;;
    --skip-faults) run_faults=no; shift ;;
    --skip-shares) run_shares=no; shift ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --connections "$connections" 3 1000
check_range --wrk-timeout "$wrk_timeout" 1 60
check_range --workers "$workers" 1 64
check_range --fault-seconds "$fault_seconds" 1 600
check_range --requests "$requests" 100 1000000
check_range --interval-ms "$interval_ms" 500 60000
check_range --fall "$fall" 1 100
check_range --rise "$rise" 1 100
check_range --response-ms "$response_ms" 1 3600000
check_range --consecutive-failures "$consecutive_failures" 1 1000
[[ $run_faults == yes || $run_shares == yes ]] || die "--skip-faults and --skip-shares together leave nothing to do"
check_output
# Half the interval, as the brief's example (1000/500); the config requires timeoutMs < intervalMs.
check_timeout_ms=$((interval_ms / 2))
# After the fault, long enough for the restore target (rise + 1 intervals) plus the same again.
after_seconds=$(((2 * (rise + 1) * interval_ms + 999) / 1000 + 4))
# The cool-down of a passive ejection must end before the fault does; otherwise the restore would wait for
# the cool-down instead of being decided by the active checks, which is what the restore target is about.
eject_ms=$((fault_seconds * 1000 / 2))
((eject_ms >= 1000)) || eject_ms=1000

PORTICO_BIN=$(repo_path "${PORTICO_BIN:-build/release/bin/porticod}")
[[ -x $PORTICO_BIN ]] || die "porticod not found at $PORTICO_BIN (build it, or set PORTICO_BIN)"

# --- Packages -----------------------------------------------------------------------------------------

install_missing nginx wrk python3

# --- Work directory, process tracking and cleanup -------------------------------------------------------

make_workdir portico-faultbench
RESULTS=$WORK/results
mkdir -p "$RESULTS/faults" "$RESULTS/shares" "$WORK/www" "$WORK/bin"

now_ms() { date +%s%3N; }

# --- Ports, files and the porticod under test ----------------------------------------------------------

# 3 backends, 1 porticod for the faults, 1 per algorithm (a fresh port per porticod start, so that no
# TIME_WAIT left by the previous one can get in the way of the bind).
share_specs=(
    "roundRobin 1,1,1 -"
    "weightedRoundRobin 5,3,2 -"
    "leastConnections 1,1,1 -"
    "consistentHash 1,1,1 X-User-Id"
    "consistentHash 5,3,2 X-User-Id"
)
port_count=$((4 + ${#share_specs[@]}))
free_ports "$port_count"
backend_ports=("${ports[0]}" "${ports[1]}" "${ports[2]}")
fault_port=${ports[3]}

head -c 1024 /dev/urandom >"$WORK/www/1k"

# A copy, so that a rebuild of PORTICO_BIN during the run cannot change the program between two starts.
cp "$PORTICO_BIN" "$WORK/bin/porticod"
PORTICOD=$WORK/bin/porticod

log "work directory $WORK; backends on ${backend_ports[*]}; porticod $PORTICO_BIN"

# --- Backends ---------------------------------------------------------------------------------------------

declare -A backend_pid=()

# One nginx per backend, single process, so that each can be signalled alone. While the file "fail" exists
# in its directory it answers 500 to everything, health checks included (no open_file_cache, so the test
# takes effect with the next request). Health checks are not logged, so the access log counts only the
# benchmark's requests; X-Backend names the backend in every answer.
write_backend_conf() { # INDEX
    local i=$1 dir=$WORK/backend$(($1 + 1))
    cat >"$dir/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
    worker_connections 4096;
}
http {
    log_format shares '\$msec \$status \$request_uri';
    access_log $dir/access.log shares;
    server_tokens off;
    keepalive_timeout 300s;
    keepalive_requests 100000000;
    default_type application/octet-stream;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:${backend_ports[i]} backlog=4096;
        root $WORK/www;
        add_header X-Backend b$((i + 1)) always;
        location = /health {
            access_log off;
            if (-f $dir/fail) { return 500; }
            return 200 "ok\n";
        }
        location / {
            if (-f $dir/fail) { return 500; }
        }
    }
}
EOF
}

start_backend() { # INDEX
    local i=$1 dir=$WORK/backend$(($1 + 1))
    start_bg "$dir/stderr.log" nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    backend_pid[$i]=$STARTED_PID
    wait_port "${backend_ports[i]}" "$STARTED_PID" "$dir/error.log"
}

for i in 0 1 2; do
    mkdir -p "$WORK/backend$((i + 1))"
    write_backend_conf "$i"
    start_backend "$i" || die "backend $((i + 1)) did not start"
    python3 "$LIB_DIR/http-check.py" "${backend_ports[i]}" /1k "$WORK/www/1k" || die "backend $((i + 1)) answers wrongly"
done

# --- porticod -----------------------------------------------------------------------------------------------

# write_portico_conf FILE PORT ALGORITHM WEIGHTS(a,b,c) HASH_HEADER(- for none) ACCESS_LOG(path or -)
write_portico_conf() {
    local file=$1 port=$2 algorithm=$3 hash=$5 access=$6 i balance logging
    local -a weights
    IFS=, read -r -a weights <<<"$4"
    balance="\"algorithm\": \"$algorithm\""
    [[ $hash == - ]] || balance+=", \"hashOn\": \"header\", \"hashKey\": \"$hash\""
    if [[ $access == - ]]; then
        logging='"accessLog": false'
    else
        logging="\"accessLog\": true, \"accessLogFormat\": \"json\", \"accessLogPath\": \"$access\""
    fi
    {
        cat <<EOF
{
  "version": 1,
  "settings": {
    "workers": $workers,
    "timeouts": { "connectMs": $connect_ms, "responseMs": $response_ms },
    "logging": { $logging }
  },
  "listeners": [ { "address": "127.0.0.1", "port": $port } ],
  "sites": [ { "name": "bench", "default": true, "routes": [ { "path": "/", "pool": "app" } ] } ],
  "pools": [
    {
      "name": "app",
      "backends": [
EOF
        for i in 0 1 2; do
            printf '        { "host": "127.0.0.1", "port": %s, "weight": %s }%s\n' "${backend_ports[i]}" "${weights[i]}" \
                "$([[ $i -lt 2 ]] && echo ,)"
        done
        cat <<EOF
      ],
      "balance": { $balance },
      "healthCheck": { "enabled": true, "type": "http", "path": "/health", "expectStatus": "200-299",
                       "intervalMs": $interval_ms, "timeoutMs": $check_timeout_ms, "fall": $fall, "rise": $rise },
      "passiveHealth": { "enabled": true, "consecutiveFailures": $consecutive_failures, "windowMs": 10000,
                         "ejectMs": $eject_ms, "maxEjectMs": $((4 * eject_ms)) },
      "retry": { "enabled": true, "budgetPercent": 20 }
    }
  ]
}
EOF
    } >"$file"
}

PORTICO_PID=""
PORTICO_LOG=""
# start_portico DIR PORT ALGORITHM WEIGHTS HASH ACCESS_LOG: start, check the answer, wait until every backend
# has passed its first health check.
start_portico() {
    local dir=$1 port=$2 i
    mkdir -p "$dir"
    write_portico_conf "$dir/portico.json" "$port" "$3" "$4" "$5" "$6"
    "$PORTICOD" --check-config "$dir/portico.json" >"$dir/check.log" 2>&1 || {
        cat "$dir/check.log" >&2
        die "porticod rejects the benchmark's config (an older porticod without load balancing?)"
    }
    PORTICO_LOG=$dir/porticod.log
    start_bg "$PORTICO_LOG" "$PORTICOD" --config "$dir/portico.json"
    PORTICO_PID=$STARTED_PID
    wait_port "$port" "$PORTICO_PID" "$PORTICO_LOG" || die "porticod did not start (see $PORTICO_LOG)"
    python3 "$LIB_DIR/http-check.py" "$port" /1k "$WORK/www/1k" || die "porticod answers wrongly on 127.0.0.1:$port"
    for i in 0 1 2; do
        python3 "$LIB_DIR/engine_events.py" wait "$PORTICO_LOG" "app/127.0.0.1:${backend_ports[i]}" backend-up 0 \
            $((3 * interval_ms / 1000 + 5)) >/dev/null || die "backend $((i + 1)) never passed a health check (see $PORTICO_LOG)"
    done
}

stop_portico() {
    [[ -n $PORTICO_PID ]] || return 0
    stop_pid "$PORTICO_PID"
    forget_pid "$PORTICO_PID"
    PORTICO_PID=""
}

# --- Metadata -------------------------------------------------------------------------------------------

{
    machine_meta 1
    version_meta nginx wrk
    echo "version_portico=$(portico_version "$PORTICOD")"
    echo "portico_bin=${PORTICO_BIN#"$REPO_DIR"/}"
    # The build type, when PORTICO_BIN sits in a CMake build tree (BUILD/bin/porticod).
    echo "portico_build=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$(dirname "$PORTICO_BIN")")/CMakeCache.txt" 2>/dev/null || true)"
    echo "backend_ports=${backend_ports[*]}"
    echo "connections=$connections"
    echo "wrk_timeout=$wrk_timeout"
    echo "workers=$workers"
    echo "before_seconds=$before_seconds"
    echo "fault_seconds=$fault_seconds"
    echo "after_seconds=$after_seconds"
    echo "interval_ms=$interval_ms"
    echo "check_timeout_ms=$check_timeout_ms"
    echo "fall=$fall"
    echo "rise=$rise"
    echo "response_ms=$response_ms"
    echo "connect_ms=$connect_ms"
    echo "consecutive_failures=$consecutive_failures"
    echo "eject_ms=$eject_ms"
    echo "requests=$requests"
    echo "share_connections=$share_connections"
    echo "run_faults=$run_faults"
    echo "run_shares=$run_shares"
} >"$RESULTS/meta.env"

# --- Faults under load ----------------------------------------------------------------------------------

# apply_fault KIND INDEX and recover KIND INDEX; each sets EVENT_MS to the moment it counts from: just
# before the signal or file change for a fault (the fault cannot be earlier), just before the restart
# command, SIGCONT or file removal for a recovery.
apply_fault() {
    local kind=$1 i=$2
    EVENT_MS=$(now_ms)
    case $kind in
    kill)
        kill -KILL "${backend_pid[$i]}"
        # Reaped at once, silently (bash would otherwise report "Killed" at its next command).
        { wait "${backend_pid[$i]}"; } 2>/dev/null || true
        forget_pid "${backend_pid[$i]}"
        ;;
    hang) kill -STOP "${backend_pid[$i]}" ;;
    error500) touch "$WORK/backend$((i + 1))/fail" ;;
    esac
}

recover() {
    local kind=$1 i=$2
    case $kind in
    kill)
        EVENT_MS=$(now_ms)
        start_backend "$i" || die "backend $((i + 1)) did not restart"
        ;;
    hang)
        EVENT_MS=$(now_ms)
        kill -CONT "${backend_pid[$i]}"
        ;;
    error500)
        EVENT_MS=$(now_ms)
        rm -f "$WORK/backend$((i + 1))/fail"
        ;;
    esac
}

run_fault() { # NUMBER KIND INDEX LABEL
    local n=$1 kind=$2 i=$3 label=$4 subject env wrk_pid wrk_start fault_ms recover_ms restored_ms total
    subject="app/127.0.0.1:${backend_ports[i]}"
    env=$RESULTS/faults/$n-$kind.env
    total=$((before_seconds + fault_seconds + after_seconds))
    log "fault $n: $label on backend $((i + 1)) (127.0.0.1:${backend_ports[i]}), wrk -c$connections for ${total} s"
    wrk_start=$(now_ms)
    start_bg "$RESULTS/faults/$n-$kind.wrk" timeout -k 5 $((total + 30)) \
        wrk -t1 "-c$connections" "-d${total}s" "--timeout" "${wrk_timeout}s" --latency "http://127.0.0.1:$fault_port/1k"
    wrk_pid=$STARTED_PID
    sleep "$before_seconds"
    apply_fault "$kind" "$i"
    fault_ms=$EVENT_MS
    sleep "$fault_seconds"
    recover "$kind" "$i"
    recover_ms=$EVENT_MS
    wait "$wrk_pid" || true
    forget_pid "$wrk_pid"
    local wrk_end
    wrk_end=$(now_ms)
    # The restore may come after wrk has stopped; wait for it before the next fault.
    if restored_ms=$(python3 "$LIB_DIR/engine_events.py" wait "$PORTICO_LOG" "$subject" backend-up,backend-restored \
        "$recover_ms" "$restore_wait"); then
        log "fault $n: restored $((restored_ms - recover_ms)) ms after the recovery"
    else
        log "fault $n: warning: not back in rotation within $restore_wait s of the recovery"
    fi
    kill -0 "$PORTICO_PID" 2>/dev/null || die "porticod died during fault $n (see $PORTICO_LOG)"
    {
        echo "kind=$kind"
        echo "label=$label"
        echo "backend=b$((i + 1))"
        echo "subject=$subject"
        echo "wrk_start_ms=$wrk_start"
        echo "fault_ms=$fault_ms"
        echo "recover_ms=$recover_ms"
        echo "wrk_end_ms=$wrk_end"
    } >"$env"
    summary=$(awk '/^Requests\/sec:/ { r = $2 } /requests in/ { n = $1 } /Socket errors|Non-2xx/ { e = e " [" $0 "]" }
        END { printf "%s requests, %s req/s%s", n ? n : "?", r ? r : "?", e ? e : ", no errors" }' "$RESULTS/faults/$n-$kind.wrk")
    log "fault $n: $summary"
    # A short pause with all three backends up before the next fault.
    sleep 2
}

if [[ $run_faults == yes ]]; then
    start_portico "$WORK/portico-faults" "$fault_port" roundRobin 1,1,1 - "$WORK/portico-faults/access.log"
    echo "fault_port=$fault_port" >>"$RESULTS/meta.env"
    log "porticod ready on 127.0.0.1:$fault_port (pid $PORTICO_PID); all three backends up"
    # Warm-up: fills porticod's keep-alive pools and the retry budget before the first fault.
    timeout -k 5 20 wrk -t1 "-c$connections" -d2s "http://127.0.0.1:$fault_port/1k" >/dev/null 2>&1 || true
    run_fault 1 kill 0 "SIGKILL, restart"
    run_fault 2 hang 1 "SIGSTOP (hung), SIGCONT"
    run_fault 3 error500 2 "answers 500, restored"
    stop_portico
    cp "$WORK/portico-faults/porticod.log" "$RESULTS/faults/porticod.log"
    echo "access_log=$WORK/portico-faults/access.log" >>"$RESULTS/meta.env"
fi

# --- Request shares per algorithm ---------------------------------------------------------------------

if [[ $run_shares == yes ]]; then
    n=0
    for spec in "${share_specs[@]}"; do
        read -r algorithm weights hash <<<"$spec"
        port=${ports[4 + n]}
        n=$((n + 1))
        start_portico "$WORK/portico-shares-$n" "$port" "$algorithm" "$weights" "$hash" -
        for i in 0 1 2; do : >"$WORK/backend$((i + 1))/access.log"; done
        header_args=()
        [[ $hash == - ]] || header_args=(--header "$hash")
        python3 "$LIB_DIR/request-shares.py" "$port" "$requests" --connections "$share_connections" \
            "${header_args[@]}" >"$RESULTS/shares/$n.json" || log "warning: not every request got a 2xx answer"
        # nginx writes each access-log line when its request ends, before or just after the response.
        sleep 0.5
        stop_portico
        {
            echo "algorithm=$algorithm"
            echo "weights=$weights"
            echo "hash=$hash"
            for i in 0 1 2; do
                echo "log_b$((i + 1))=$(awk '$2 == 200 && $3 == "/1k"' "$WORK/backend$((i + 1))/access.log" | wc -l)"
            done
        } >"$RESULTS/shares/$n.env"
        log "shares: $algorithm $weights$([[ $hash == - ]] || echo " on $hash"):" \
            "$(sed -n 's/^log_\(b[0-9]\)=\(.*\)/\1 \2/p' "$RESULTS/shares/$n.env" | tr '\n' ' ')"
    done
fi

echo "load_end=$(load_average 1)" >>"$RESULTS/meta.env"

# --- Report -----------------------------------------------------------------------------------------------

write_report fault-report.py
