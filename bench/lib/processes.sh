#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the benchmark scripts: option checks and the processes they start. The caller defines
# log(), die(), is_uint, and the variables WORK, PIDS (an array) and keep_workdir.

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
