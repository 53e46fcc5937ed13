#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the benchmark scripts: messages, option checks, missing packages, and the processes they start
# and measure. The caller sets BENCH_NAME before sourcing, and WORK, PIDS (an array) and keep_workdir after.

# Messages go to the script's original stderr even when a trap fires inside a redirected command.
exec {LOG_FD}>&2
die() {
    printf '[%s] error: %s\n' "$BENCH_NAME" "$*" >&"$LOG_FD"
    exit 1
}
log() { printf '[%s %s] %s\n' "$BENCH_NAME" "$(date +%H:%M:%S)" "$*" >&"$LOG_FD"; }
is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

check_range() { # OPTION VALUE MIN MAX
    if ! is_uint "$2" || (($2 < $3 || $2 > $4)); then die "$1 must be a whole number from $3 to $4"; fi
}

# Every process is started with setsid, so its pid is also its process group id. SIGCONT after SIGTERM
# so that a backend left stopped by an interrupted hang test still gets to handle the SIGTERM.
stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { { wait "$pid"; } 2>/dev/null || true; return 0; }
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    kill -CONT -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    { wait "$pid"; } 2>/dev/null || true
}

cleanup() {
    local status=$? i
    trap - EXIT INT TERM
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        stop_pid "${PIDS[i]}"
    done
    # Keep the configs and logs when something failed; an interrupt is not a failure.
    if [[ $keep_workdir == yes || ($status -ne 0 && $status -ne 130 && $status -ne 143) ]]; then
        log "work directory kept: $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}

# start_bg LOGFILE COMMAND... ; sets STARTED_PID.
start_bg() {
    local logfile=$1
    shift
    setsid "$@" >"$logfile" 2>&1 </dev/null &
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
}

forget_pid() {
    local pid=$1 i
    for i in "${!PIDS[@]}"; do [[ ${PIDS[i]} == "$pid" ]] && unset 'PIDS[i]'; done
    PIDS=("${PIDS[@]}")
}

# wait_port PORT PID LOGFILE: true once 127.0.0.1:PORT accepts, false if the process died or 10 s passed.
wait_port() {
    local port=$1 pid=$2 logfile=$3 i
    for ((i = 0; i < 500; i++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "process $pid exited; last lines of $logfile:"
            tail -n 20 "$logfile" >&2 || true
            return 1
        fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.02
    done
    log "127.0.0.1:$port did not accept connections within 10 s; last lines of $logfile:"
    tail -n 20 "$logfile" >&2 || true
    return 1
}

# install_missing COMMAND[:PACKAGE]...: installs from Debian the packages whose command is missing (the package
# is named like the command unless given). Never starts or stops their system services.
install_missing() {
    local item missing=()
    for item in "$@"; do
        command -v "${item%%:*}" >/dev/null || missing+=("${item#*:}")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "missing ${missing[*]} and not root (no sudo either): install them first"
        sudo=(sudo)
    fi
    log "installing ${missing[*]} from Debian (the script never starts or stops their system services)"
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
    if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
        "${apt[@]}" update >&2
        "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2
    fi
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
# User + system CPU time of a process and all its threads, in clock ticks (fields 14 and 15 of stat).
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
CLK_TCK=$(getconf CLK_TCK)

wait_line() { # FILE PATTERN TIMEOUT_SECONDS PID: true once FILE has a line matching PATTERN
    local file=$1 pattern=$2 timeout_s=$3 pid=$4 i
    for ((i = 0; i < timeout_s * 10; i++)); do
        grep -q "$pattern" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
