#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Cache-hit benchmark on loopback: Portico (porticod proxy --cache), Varnish and nginx proxy_cache, each
# in front of the same nginx backend that serves its files with "Cache-Control: max-age=3600". Every cache
# is warmed first, so the measured runs are (almost) all hits. Everything runs from a temporary directory
# on 127.0.0.1 high ports and is stopped on exit or Ctrl-C. See bench/README.md.
set -euo pipefail

BENCH_NAME=cache-bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

duration=10
rounds=3
warmup=2
contestants_wanted="portico varnish nginx"
connections=(50 256)
sizes=(1k 64k)
cache_size=256M

usage() {
    cat <<EOF
Usage: bench/cache-bench.sh [options]

Benchmarks cache hits of Portico, Varnish and nginx proxy_cache side by side on 127.0.0.1 and prints
markdown tables (median req/s, p50, p99, proxy CPU per request, hit ratio, memory, ratios).

Options:
  --duration SECONDS      length of each measured wrk run (default $duration)
  --rounds N              rounds; contestants are interleaved within each round (default $rounds)
  --warmup SECONDS        wrk warm-up before each measured run, 0 to skip (default $warmup)
  --output FILE           also write the tables to FILE
  --contestants LIST      comma-separated subset of: portico,varnish,nginx (default all)
  --keep-workdir          keep the temporary directory (configs, logs, raw wrk output)
  -h, --help              show this help

Environment:
$(portico_bin_help)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --duration | --rounds | --warmup | --contestants)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --duration) duration=${2:-}; shift 2 ;;
    --rounds) rounds=${2:-}; shift 2 ;;
    --warmup) warmup=${2:-}; shift 2 ;;
    --contestants) contestants_wanted=${2//,/ }; shift 2 ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --duration "$duration" 1 600
check_range --rounds "$rounds" 1 20
check_range --warmup "$warmup" 0 60
check_contestants "$contestants_wanted" portico varnish nginx
check_output
PORTICO_BIN=$(repo_path "${PORTICO_BIN:-build/release/bin/porticod}")

# --- Packages and limits --------------------------------------------------------------------------------

install_missing nginx wrk python3 curl varnishd:varnish varnishstat:varnish

nofile=$(ulimit -Hn)
[[ $nofile == unlimited || $nofile -gt 65536 ]] && nofile=65536
ulimit -Sn "$nofile"
max_conns=4096 # nginx worker_connections

# --- Work directory, process tracking and cleanup -------------------------------------------------------

make_workdir portico-cache-bench
# Varnish's manager and worker run as this user, which must reach the work directory.
chmod 755 "$WORK"
RESULTS=$WORK/results
mkdir -p "$RESULTS/wrk" "$WORK/www"

# Varnish runs a manager and a worker process, so memory and CPU are summed over the process group
# (every process here is started with setsid: its pid is its group id).
group_sum() { # FUNCTION PGID: FUNCTION PID summed over the group's processes
    local pid total=0 figure
    for pid in $(pgrep -g "$2" || true); do
        figure=$("$1" "$pid" 2>/dev/null) && total=$((total + figure))
    done
    echo "$total"
}
group_rss_kib() { group_sum rss_kib "$1"; }
group_cpu_ticks() { group_sum cpu_ticks "$1"; }

# --- Ports, files and the backend -------------------------------------------------------------------------

free_ports 4
backend_port=${ports[0]}
declare -A bench_port=([portico]=${ports[1]} [varnish]=${ports[2]} [nginx]=${ports[3]})
declare -A proxy_pid=()
declare -A status=()

head -c 1024 /dev/urandom >"$WORK/www/1k"
head -c 65536 /dev/urandom >"$WORK/www/64k"

log "work directory $WORK; backend on $backend_port; open-file limit $nofile"

# One nginx backend; "expires 1h" sends Cache-Control: max-age=3600. It logs every request it serves,
# so the requests a cache let through (its misses) can be counted the same way for every contestant.
backend_dir=$WORK/backend
backend_log=$backend_dir/access.log
mkdir -p "$backend_dir"
nginx_conf "$backend_dir" <<EOF
$(nginx_static_common)
    log_format uri '\$request_uri';
    server {
        listen 127.0.0.1:$backend_port backlog=4096;
        access_log $backend_log uri;
        root $WORK/www;
        expires 1h;
        location / { }
    }
}
EOF
start_nginx backend "$backend_dir" "$backend_port" || die "the backend did not start"
python3 "$LIB_DIR/http-check.py" "$backend_port" /1k "$WORK/www/1k" || die "the backend answers wrongly"
curl -sS -D - -o /dev/null "http://127.0.0.1:$backend_port/1k" | grep -qi '^cache-control: max-age=3600' ||
    die "the backend does not send Cache-Control: max-age=3600"

backend_requests() { if [[ -f $backend_log ]]; then wc -l <"$backend_log"; else echo 0; fi; }

# --- Contestants ------------------------------------------------------------------------------------------

write_nginx_cache_conf() { # DIR PORT
    local dir=$1 port=$2
    nginx_conf "$dir" <<EOF
    proxy_cache_path $dir/cache levels=1:2 keys_zone=bench:16m max_size=$cache_size inactive=60m use_temp_path=off;
    upstream backend {
        server 127.0.0.1:$backend_port;
        keepalive 64;
        keepalive_requests 100000000;
        keepalive_timeout 300s;
    }
    server {
        listen 127.0.0.1:$port backlog=4096;
        location / {
            proxy_pass http://backend;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_cache bench;
            proxy_cache_valid 200 1h;
            proxy_cache_lock on;
            add_header X-Cache-Status \$upstream_cache_status;
        }
    }
}
EOF
}

# is_hit NAME PORT PATH: whether a further request is answered from the cache, by the cache's own signal.
is_hit() {
    local name=$1 port=$2 path=$3 head
    head=$(curl -sS -D - -o /dev/null "http://127.0.0.1:$port$path") || return 1
    case $name in
    portico) grep -qiE '^cache-status:.*portico; *hit' <<<"$head" ;;
    # A hit carries two transaction ids in X-Varnish (this one and the one that stored the object).
    varnish) grep -qiE '^x-varnish: *[0-9]+ +[0-9]+' <<<"$head" ;;
    nginx) grep -qiE '^x-cache-status: *hit' <<<"$head" ;;
    esac
}

start_contestant() { # NAME PORT
    local name=$1 port=$2 dir=$WORK/$1
    mkdir -p "$dir"
    case $name in
    portico)
        start_proxy portico "$port" "$dir/porticod.log" "$PORTICO_BIN" proxy --from "127.0.0.1:$port" \
            --to "127.0.0.1:$backend_port" --workers 1 --cache "$cache_size" || return 1
        ;;
    varnish)
        # -F: foreground under our control; -j none: no privilege separation (the work directory is ours);
        # -b with the built-in VCL caches what the backend's Cache-Control allows.
        start_proxy varnish "$port" "$dir/varnishd.log" varnishd -F -j none -n "$dir/state" -a "127.0.0.1:$port" \
            -b "127.0.0.1:$backend_port" -s "malloc,${cache_size,,}" || return 1
        ;;
    nginx)
        write_nginx_cache_conf "$dir" "$port"
        start_nginx nginx "$dir" "$port" || return 1
        ;;
    esac
    local size
    for size in "${sizes[@]}"; do
        # Twice on one connection (the first may be the miss that fills the cache), then one that must hit.
        python3 "$LIB_DIR/http-check.py" "$port" "/$size" "$WORK/www/$size" || return 1
        if ! is_hit "$name" "$port" "/$size"; then
            log "$name: /$size is not served from the cache after warming"
            return 2
        fi
    done
}

portico_reason=""
if [[ ! -x $PORTICO_BIN ]]; then
    portico_reason="not available ($PORTICO_BIN not found)"
elif ! portico_help=$(timeout 10 "$PORTICO_BIN" proxy --help 2>&1); then
    portico_reason="not available (porticod proxy --help failed)"
elif [[ $portico_help != *--cache* ]]; then
    portico_reason="not available (porticod proxy has no --cache option yet)"
fi

contestants=()
for name in portico varnish nginx; do
    skip_contestant "$name" && continue
    result=0
    start_contestant "$name" "${bench_port[$name]}" || result=$?
    if ((result == 0)); then
        status[$name]=ok
        contestants+=("$name")
        log "$name ready on 127.0.0.1:${bench_port[$name]} (pid ${proxy_pid[$name]}), cache warm"
    else
        stop_contestant "$name"
        if ((result == 2)); then
            status[$name]="not available (no cache hit after warming)"
        else
            status[$name]="not available (failed to start or answered wrongly)"
        fi
        [[ $name == portico ]] || die "$name: ${status[$name]} (see $WORK)"
        log "Portico: ${status[$name]}"
    fi
done
((${#contestants[@]} > 0)) || die "no contestant to measure"

# --- Metadata -------------------------------------------------------------------------------------------

{
    machine_meta 1-3
    version_meta nginx varnish wrk
    [[ ${status[portico]} != ok ]] || echo "version_portico=$(portico_version "$PORTICO_BIN")"
    echo "cache_size=$cache_size"
    echo "duration=$duration"
    echo "rounds=$rounds"
    echo "warmup=$warmup"
    echo "connections=${connections[*]}"
    echo "contestants=${contestants[*]}"
    for name in portico varnish nginx; do echo "status_$name=${status[$name]}"; done
} >"$RESULTS/meta.env"

# --- Throughput, hit ratio, memory ----------------------------------------------------------------------

run_wrk() { wrk_timed "$4" "-c$3" "${@:5}" "http://127.0.0.1:$1/$2"; } # PORT SIZE CONNS SECONDS [wrk args...]

varnish_counters() { # hits misses, from Varnish's own statistics
    varnishstat -n "$WORK/varnish/state" -1 -f MAIN.cache_hit -f MAIN.cache_miss 2>/dev/null |
        awk '$1 == "MAIN.cache_hit" { h = $2 } $1 == "MAIN.cache_miss" { m = $2 } END { print h + 0, m + 0 }'
}

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
                pid=${proxy_pid[$name]}
                if ((warmup > 0)); then
                    run_wrk "$port" "$size" "$conns" "$warmup" >/dev/null 2>&1 || true
                fi
                file=$RESULTS/wrk/r$round/${name}_${size}_c${conns}.txt
                ticks_before=$(group_cpu_ticks "$pid")
                backend_before=$(backend_requests)
                [[ $name == varnish ]] && read -r vhit_before vmiss_before < <(varnish_counters)
                run_wrk "$port" "$size" "$conns" "$duration" --latency >"$file" 2>&1 || true
                ticks_after=$(group_cpu_ticks "$pid")
                backend_after=$(backend_requests)
                {
                    echo "cpu_seconds=$(cpu_seconds $((ticks_after - ticks_before)))"
                    echo "backend_requests=$((backend_after - backend_before))"
                    echo "rss_kib=$(group_rss_kib "$pid")"
                    if [[ $name == varnish ]]; then
                        read -r vhit_after vmiss_after < <(varnish_counters)
                        echo "varnish_hits=$((vhit_after - vhit_before))"
                        echo "varnish_misses=$((vmiss_after - vmiss_before))"
                    fi
                } >"${file%.txt}.env"
                kill -0 "$pid" 2>/dev/null || log "warning: $name died during the run"
                log "round $round/$rounds $size c$conns $name: $(wrk_summary "$file"), backend saw $((backend_after - backend_before))"
            done
        done
    done
done

echo "load_end=$(load_average 1-3)" >>"$RESULTS/meta.env"
for name in "${contestants[@]}"; do
    echo "rss_end_$name=$(group_rss_kib "${proxy_pid[$name]}")" >>"$RESULTS/meta.env"
done

# --- Report -----------------------------------------------------------------------------------------------

write_report cache-report.py
