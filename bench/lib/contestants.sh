# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The contestants of the side-by-side scripts: which run, starting and stopping them, and the HAProxy config
# parts they share. Needs from the caller: the proxy_pid and status arrays, contestants_wanted, portico_reason,
# backend_ports, max_conns, and common.sh.

# skip_contestant NAME: true, with status[NAME] set, when NAME was not asked for or (Portico) cannot run here.
skip_contestant() {
    local name=$1
    if [[ " $contestants_wanted " != *" $name "* ]]; then
        status[$name]="not run"
    elif [[ $name == portico && -n $portico_reason ]]; then
        status[$name]=$portico_reason
        log "Portico: $portico_reason"
    else
        return 1
    fi
}

# start_proxy NAME PORT LOGFILE COMMAND...: true once it accepts on 127.0.0.1:PORT; its pid in proxy_pid[NAME].
start_proxy() {
    local name=$1 port=$2 logfile=$3
    shift 3
    start_bg "$logfile" "$@"
    proxy_pid[$name]=$STARTED_PID
    wait_port "$port" "$STARTED_PID" "$logfile"
}

stop_contestant() {
    local name=$1
    [[ -n ${proxy_pid[$name]:-} ]] || return 0
    stop_pid "${proxy_pid[$name]}"
    forget_pid "${proxy_pid[$name]}"
    unset 'proxy_pid[$name]'
}

# The defaults section of the throughput scripts: long client and keep-alive timeouts, connections reused.
haproxy_defaults() {
    cat <<EOF
defaults
    mode http
    maxconn $max_conns
    timeout connect 5s
    timeout client 300s
    timeout server 60s
    timeout http-request 30s
    timeout http-keep-alive 300s
    http-reuse always
EOF
}

# haproxy_frontend PORT [BIND_OPTIONS]: the frontend on PORT and the two backends round robin.
haproxy_frontend() {
    cat <<EOF
frontend bench
    bind 127.0.0.1:$1${2:+ $2}
    default_backend backends

backend backends
    balance roundrobin
    server b1 127.0.0.1:${backend_ports[0]}
    server b2 127.0.0.1:${backend_ports[1]}
EOF
}
