#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the GUI costs: the same engine run by porticod and by the portico GUI (on Xvfb, the dashboard open
# and its charts updating) proxying to the same two nginx backends, measured side by side with wrk; then
# the GUI's CPU use while idle with the charts updating. Prints markdown tables. See bench/README.md.
set -euo pipefail

BENCH_NAME=gui-bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

duration=10
rounds=3
warmup=2
idle_seconds=60
sizes=(1k 64k)
conns=50

usage() {
    cat <<EOF
Usage: bench/gui-bench.sh [options]

Runs porticod and the portico GUI (under Xvfb, dashboard open) with the same one-worker config in front of
the same nginx backends, alternating wrk runs, and prints req/s with the GUI/porticod ratio; then the GUI's
CPU use while idle with the charts updating, and porticod's for comparison.

Options:
  --duration SECONDS      length of each measured wrk run (default $duration)
  --rounds N              rounds; porticod and the GUI alternate within each (default $rounds)
  --warmup SECONDS        wrk warm-up before each measured run, 0 to skip (default $warmup)
  --idle-seconds SECONDS  how long to measure idle CPU (default $idle_seconds)
  --output FILE           also write the tables to FILE
  --keep-workdir          keep the temporary directory
  -h, --help              show this help

Environment:
  PORTICO_BIN      porticod (default build/release/bin/porticod)
  PORTICO_GUI_BIN  portico (default: portico beside PORTICO_BIN)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --duration | --rounds | --warmup | --idle-seconds)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --duration) duration=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --idle-seconds) idle_seconds=$2; shift 2 ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --duration "$duration" 1 600
check_range --rounds "$rounds" 1 20
check_range --warmup "$warmup" 0 60
check_range --idle-seconds "$idle_seconds" 5 3600

PORTICO_BIN=$(repo_path "${PORTICO_BIN:-build/release/bin/porticod}")
PORTICO_GUI_BIN=$(repo_path "${PORTICO_GUI_BIN:-$(dirname "$PORTICO_BIN")/portico}")
[[ -x $PORTICO_BIN ]] || die "$PORTICO_BIN not found (build first)"
[[ -x $PORTICO_GUI_BIN ]] || die "$PORTICO_GUI_BIN not found (build with the UI)"

install_missing nginx wrk Xvfb:xvfb python3

nofile=$(ulimit -Sn)
max_conns=4096
make_workdir portico-gui-bench
declare -A proxy_pid=()

free_ports 4
backend_ports=("${ports[0]}" "${ports[1]}")
declare -A port=([porticod]=${ports[2]} [gui]=${ports[3]})
mkdir -p "$WORK/www"
head -c 1024 /dev/urandom >"$WORK/www/1k"
head -c 65536 /dev/urandom >"$WORK/www/64k"
start_backends backend_static_conf

to_args=(--to "127.0.0.1:${backend_ports[0]}" --to "127.0.0.1:${backend_ports[1]}" --workers 1)
start_proxy porticod "${port[porticod]}" "$WORK/porticod.log" "$PORTICO_BIN" proxy --from "127.0.0.1:${port[porticod]}" \
    "${to_args[@]}" || die "porticod did not start"

# The GUI runs exactly the config the quick mode builds, from a profile of its own.
"$PORTICO_BIN" proxy --from "127.0.0.1:${port[gui]}" "${to_args[@]}" --print-config >"$WORK/gui.json" ||
    die "porticod proxy --print-config failed"
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
start_bg "$WORK/xvfb.log" Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp
xvfb_pid=$STARTED_PID
for ((i = 0; i < 100; i++)); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
[[ -e /tmp/.X11-unix/X$display ]] || die "Xvfb did not start"
mkdir -p "$WORK/profile/config" "$WORK/profile/data" "$WORK/profile/cache" "$WORK/profile/runtime"
chmod 700 "$WORK/profile/runtime"
start_proxy gui "${port[gui]}" "$WORK/portico.log" env DISPLAY=":$display" QT_QPA_PLATFORM=xcb HOME="$WORK/profile" \
    XDG_CONFIG_HOME="$WORK/profile/config" XDG_DATA_HOME="$WORK/profile/data" XDG_CACHE_HOME="$WORK/profile/cache" \
    XDG_RUNTIME_DIR="$WORK/profile/runtime" "$PORTICO_GUI_BIN" --config "$WORK/gui.json" --page dashboard ||
    die "the GUI's engine did not start"
for name in porticod gui; do
    for size in "${sizes[@]}"; do
        python3 "$LIB_DIR/http-check.py" "${port[$name]}" "/$size" "$WORK/www/$size" || die "$name answers wrongly"
    done
done
log "porticod on ${port[porticod]} (pid ${proxy_pid[porticod]}), GUI on ${port[gui]} (pid ${proxy_pid[gui]}, display :$display)"

run_wrk() { wrk_timed "$3" "-c$conns" "${@:4}" "http://127.0.0.1:$1/$2"; } # PORT SIZE SECONDS [wrk args...]

declare -A results=()
for ((round = 1; round <= rounds; round++)); do
    order=(porticod gui)
    ((round % 2 == 0)) && order=(gui porticod)
    for size in "${sizes[@]}"; do
        for name in "${order[@]}"; do
            ((warmup > 0)) && { run_wrk "${port[$name]}" "$size" "$warmup" >/dev/null 2>&1 || true; }
            rps=$(run_wrk "${port[$name]}" "$size" "$duration" | awk '/^Requests\/sec:/ { print $2 }')
            kill -0 "${proxy_pid[$name]}" 2>/dev/null || die "$name died during the run (see $WORK)"
            results[$name,$size]+="${rps:-0} "
            log "round $round/$rounds $size c$conns $name: ${rps:-?} req/s"
        done
    done
done

median() {
    tr ' ' '\n' | grep -v '^$' | sort -n |
        awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

log "idle: ${idle_seconds} s with no traffic, the dashboard's charts updating"
sleep 5
declare -A idle_pct=() idle_rss=()
declare -A before=()
for name in porticod gui; do before[$name]=$(cpu_ticks "${proxy_pid[$name]}"); done
sleep "$idle_seconds"
for name in porticod gui; do
    after=$(cpu_ticks "${proxy_pid[$name]}")
    idle_pct[$name]=$(awk -v t=$((after - before[$name])) -v hz="$CLK_TCK" -v s="$idle_seconds" \
        'BEGIN { printf "%.2f", 100 * t / hz / s }')
    idle_rss[$name]=$(awk -v k="$(rss_kib "${proxy_pid[$name]}")" 'BEGIN { printf "%.1f", k / 1024 }')
done

report() {
    echo "### GUI cost ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, one worker, wrk -t1 -c$conns, median of $rounds x ${duration} s)"
    echo
    echo "| file | porticod req/s | portico GUI req/s (Xvfb, dashboard open) | GUI / porticod |"
    echo "| --- | ---: | ---: | ---: |"
    for size in "${sizes[@]}"; do
        d=$(median <<<"${results[porticod,$size]}")
        g=$(median <<<"${results[gui,$size]}")
        awk -v s="$size" -v d="$d" -v g="$g" 'BEGIN { printf "| %s | %.0f | %.0f | %.3fx |\n", s, d, g, (d > 0 ? g / d : 0) }'
    done
    echo
    echo "| process | idle CPU (% of one core, ${idle_seconds} s, charts updating) | RSS (MiB) |"
    echo "| --- | ---: | ---: |"
    echo "| porticod | ${idle_pct[porticod]} | ${idle_rss[porticod]} |"
    echo "| portico GUI | ${idle_pct[gui]} | ${idle_rss[gui]} |"
}
report | tee ${output:+"$output"}
