#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# HTTPS benchmark on loopback: Portico, nginx and HAProxy terminating TLS with the same certificate, each
# with one worker, in front of the same two nginx backends as proxy-bench.sh. Two rows per key type:
# keep-alive req/s, and full handshakes per second (a new TLS connection per request, resumption off
# everywhere). Everything runs from a temporary directory on 127.0.0.1 and is stopped on exit or Ctrl-C.
# See bench/README.md.
set -euo pipefail

BENCH_NAME=tls-bench
# shellcheck source=bench/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

duration=10
rounds=3
warmup=2
conns=50
contestants_wanted="nginx haproxy portico"
key_types_wanted="ecdsa rsa"

usage() {
    cat <<EOF
Usage: bench/tls-bench.sh [options]

Benchmarks Portico, nginx and HAProxy as HTTPS reverse proxies side by side on 127.0.0.1 (same
certificate, one worker each) and prints markdown tables: keep-alive req/s and full TLS handshakes/s.

Options:
  --duration SECONDS      length of each measured wrk run (default $duration)
  --rounds N              rounds; contestants are interleaved within each round (default $rounds)
  --warmup SECONDS        wrk warm-up before each measured run, 0 to skip (default $warmup)
  --connections N         wrk connections for both rows (default $conns)
  --key-types LIST        comma-separated subset of: ecdsa,rsa (default ecdsa,rsa)
  --contestants LIST      comma-separated subset of: nginx,haproxy,portico (default all)
  --output FILE           also write the tables to FILE
  --keep-workdir          keep the temporary directory (configs, logs, raw wrk output)
  -h, --help              show this help

Environment:
$(portico_bin_help)
EOF
}

while [[ $# -gt 0 ]]; do
    case $1 in
    --duration | --rounds | --warmup | --connections | --key-types | --contestants)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        ;;&
    --duration) duration=${2:-}; shift 2 ;;
    --rounds) rounds=${2:-}; shift 2 ;;
    --warmup) warmup=${2:-}; shift 2 ;;
    --connections) conns=${2:-}; shift 2 ;;
    --key-types) key_types_wanted=${2//,/ }; shift 2 ;;
    --contestants) contestants_wanted=${2//,/ }; shift 2 ;;
    *) common_option "$@"; shift "$SHIFTED" ;;
    esac
done
check_range --duration "$duration" 1 600
check_range --rounds "$rounds" 1 20
check_range --warmup "$warmup" 0 60
check_range --connections "$conns" 1 10000
check_contestants "$contestants_wanted" nginx haproxy portico
key_types=()
for key in $key_types_wanted; do
    [[ $key == ecdsa || $key == rsa ]] || die "unknown key type: $key"
    key_types+=("$key")
done
((${#key_types[@]} > 0)) || die "no key type"
check_output
PORTICO_BIN=$(repo_path "${PORTICO_BIN:-build/release/bin/porticod}")

# --- Packages -----------------------------------------------------------------------------------------

install_missing nginx haproxy wrk openssl python3

# --- Work directory, process tracking and cleanup -------------------------------------------------------

make_workdir portico-tls-bench
RESULTS=$WORK/results
mkdir -p "$RESULTS/wrk" "$WORK/www" "$WORK/certs"

# Connections the kernel accepted so far, on every socket of the machine (PassiveOpens in /proc/net/snmp):
# during a handshake run it should grow by one per request.
passive_opens() { awk '/^Tcp:/ { if (seen) print $9; seen = 1 }' /proc/net/snmp; }
nofile=$(ulimit -Sn)
max_conns=$((conns + 2048))

free_ports 5
backend_ports=("${ports[0]}" "${ports[1]}")
declare -A bench_port=([nginx]=${ports[2]} [haproxy]=${ports[3]} [portico]=${ports[4]})
declare -A proxy_pid=()
declare -A status=()

head -c 1024 /dev/urandom >"$WORK/www/1k"
log "work directory $WORK; backends on ${backend_ports[*]}"

# --- Certificates: one per key type, shared by every contestant ---------------------------------------------

make_certificate() { # KEY_TYPE
    local key=$1 dir=$WORK/certs/$1 newkey
    mkdir -p "$dir"
    case $key in
    ecdsa) newkey=(-newkey ec -pkeyopt ec_paramgen_curve:P-256) ;;
    rsa) newkey=(-newkey rsa:2048) ;;
    esac
    openssl req -x509 "${newkey[@]}" -nodes -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$dir/key.pem" -out "$dir/cert.pem" >"$dir/openssl.log" 2>&1 || {
        cat "$dir/openssl.log" >&2
        return 1
    }
    # HAProxy wants the certificate and its key in one file.
    cat "$dir/cert.pem" "$dir/key.pem" >"$dir/combined.pem"
    chmod 600 "$dir/key.pem" "$dir/combined.pem"
}
for key in "${key_types[@]}"; do
    make_certificate "$key" || die "openssl could not make the $key certificate"
done

# --- Backends (bench/lib/nginx.sh, as in proxy-bench.sh) ----------------------------------------------------

start_backends backend_static_conf

# --- Contestants: same TLS policy as Portico's (TLS 1.2 + 1.3, Mozilla intermediate, X25519/P-256/P-384,
# ALPN http/1.1), session tickets and session caches off ---------------------------------------------------

# Portico's cipher list (engine/tls/TlsServerContext.h), Mozilla "intermediate".
CIPHERS="ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:\
ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:\
DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305"

write_nginx_proxy_conf() { # DIR PORT KEY_TYPE
    local dir=$1 port=$2 certs=$WORK/certs/$3
    nginx_conf "$dir" <<EOF
$(nginx_upstream_backends)
    server {
        listen 127.0.0.1:$port ssl backlog=4096;
        ssl_certificate $certs/cert.pem;
        ssl_certificate_key $certs/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers $CIPHERS;
        ssl_prefer_server_ciphers off;
        ssl_ecdh_curve X25519:prime256v1:secp384r1;
        ssl_session_tickets off;
        ssl_session_cache off;
$(nginx_proxy_location)
    }
}
EOF
}

write_haproxy_conf() { # DIR PORT KEY_TYPE
    local dir=$1 port=$2 certs=$WORK/certs/$3
    cat >"$dir/haproxy.cfg" <<EOF
global
    nbthread 1
    maxconn $max_conns
    tune.ssl.cachesize 0
    ssl-default-bind-ciphers $CIPHERS
    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets

$(haproxy_defaults)

$(haproxy_frontend "$port" "ssl crt $certs/combined.pem alpn http/1.1 curves X25519:P-256:P-384 no-tls-tickets")
EOF
}

# How many of five reconnections with a saved session resume it (0 expected: resumption is off). Each
# connection sends one request with "Connection: close" and reads to the end, so a TLS 1.3 ticket sent
# after the handshake would be read and saved.
resumed_count() { # PORT TLS_VERSION_FLAG
    local port=$1 flag=$2 session=$WORK/session.pem count=0 i
    rm -f "$session"
    printf 'GET /1k HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' |
        timeout 10 openssl s_client -connect "127.0.0.1:$port" -servername localhost "$flag" -ign_eof \
            -sess_out "$session" >/dev/null 2>&1 || true
    for ((i = 0; i < 5; i++)); do
        [[ -s $session ]] || break
        if printf 'GET /1k HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' |
            timeout 10 openssl s_client -connect "127.0.0.1:$port" -servername localhost "$flag" -ign_eof \
                -sess_in "$session" 2>/dev/null | grep -q '^Reused,'; then
            count=$((count + 1))
        fi
    done
    echo "$count"
}

# start_contestant NAME KEY_TYPE: start (fresh), check its answers and that no session resumes.
start_contestant() {
    local name=$1 key=$2 port=${bench_port[$1]} dir=$WORK/$1-$2 certs=$WORK/certs/$2
    mkdir -p "$dir"
    case $name in
    nginx)
        write_nginx_proxy_conf "$dir" "$port" "$key"
        start_nginx nginx "$dir" "$port" || return 1
        ;;
    haproxy)
        write_haproxy_conf "$dir" "$port" "$key"
        start_proxy haproxy "$port" "$dir/haproxy.log" haproxy -db -f "$dir/haproxy.cfg" || return 1
        ;;
    portico)
        start_proxy portico "$port" "$dir/porticod.log" "$PORTICO_BIN" proxy --from "127.0.0.1:$port" \
            --to "127.0.0.1:${backend_ports[0]}" --to "127.0.0.1:${backend_ports[1]}" --workers 1 \
            --tls "$certs/cert.pem" "$certs/key.pem" --no-tls-resumption || return 1
        ;;
    esac
    local negotiated
    negotiated=$(python3 "$LIB_DIR/https-check.py" "$port" /1k "$WORK/www/1k") || return 1
    echo "negotiated_${name}_${key}=$negotiated" >>"$RESULTS/meta.env"
    local v12 v13
    v12=$(resumed_count "$port" -tls1_2)
    v13=$(resumed_count "$port" -tls1_3)
    echo "resumed_${name}_${key}=$v12 $v13" >>"$RESULTS/meta.env"
    log "$name ($key) on 127.0.0.1:$port: $negotiated; resumed sessions out of 5: TLS 1.2 $v12, TLS 1.3 $v13"
    if ((v12 > 0 || v13 > 0)); then
        log "$name resumed TLS sessions although resumption should be off (see $dir)"
        return 1
    fi
}

portico_reason=""
if [[ ! -x $PORTICO_BIN ]]; then
    portico_reason="not available ($PORTICO_BIN not found)"
elif ! portico_help=$(timeout 10 "$PORTICO_BIN" proxy --help 2>&1) || [[ $portico_help != *--no-tls-resumption* ]]; then
    portico_reason="not available (porticod has no HTTPS quick mode: proxy --tls ... --no-tls-resumption)"
fi

contestants=()
for name in nginx haproxy portico; do
    skip_contestant "$name" && continue
    status[$name]=ok
    contestants+=("$name")
done
((${#contestants[@]} > 0)) || die "no contestant to measure"

# --- Metadata -------------------------------------------------------------------------------------------

{
    machine_meta 1-3
    version_meta nginx haproxy wrk openssl
    [[ ${status[portico]} != ok ]] || echo "version_portico=$(portico_version "$PORTICO_BIN")"
    echo "duration=$duration"
    echo "rounds=$rounds"
    echo "warmup=$warmup"
    echo "connections=$conns"
    echo "key_types=${key_types[*]}"
    echo "contestants=${contestants[*]}"
    for name in nginx haproxy portico; do echo "status_$name=${status[$name]}"; done
} >"$RESULTS/meta.env"

# --- Runs -------------------------------------------------------------------------------------------------

run_wrk() { wrk_timed "$2" "-c$conns" "${@:3}" "https://127.0.0.1:$1/1k"; } # PORT SECONDS [wrk args...]

# Row "keepalive": one TLS connection per wrk connection for the whole run. Row "handshake": every
# request on a new connection, so every request is a full handshake (wrk keeps no client sessions and
# the servers resume none).
rows=(keepalive handshake)
row_args() { # ROW: sets ARGS
    ARGS=()
    if [[ $1 == handshake ]]; then ARGS=(-H "Connection: close"); fi
}

for key in "${key_types[@]}"; do
    running=()
    for name in "${contestants[@]}"; do
        if start_contestant "$name" "$key"; then
            running+=("$name")
        else
            stop_contestant "$name"
            [[ $name == portico ]] || die "$name ($key) failed to start or answered wrongly (see $WORK)"
            echo "status_portico=not available (failed to start or answered wrongly with the $key certificate)" \
                >>"$RESULTS/meta.env"
            log "Portico ($key) failed to start or answered wrongly"
        fi
    done
    log "$key: $rounds round(s) x $((${#rows[@]} * ${#running[@]})) runs of ${duration} s (+${warmup} s warm-up)"
    for ((round = 1; round <= rounds; round++)); do
        mkdir -p "$RESULTS/wrk/r$round"
        rotate_order "$round" "${running[@]}"
        for row in "${rows[@]}"; do
            for name in "${order[@]}"; do
                port=${bench_port[$name]}
                row_args "$row"
                if ((warmup > 0)); then run_wrk "$port" "$warmup" "${ARGS[@]}" >/dev/null 2>&1 || true; fi
                file=$RESULTS/wrk/r$round/${name}_${key}_${row}.txt
                ticks_before=$(cpu_ticks "${proxy_pid[$name]}")
                opens_before=$(passive_opens)
                run_wrk "$port" "$duration" --latency "${ARGS[@]}" >"$file" 2>&1 || true
                opens_after=$(passive_opens)
                echo "accepted=$((opens_after - opens_before))" >"${file%.txt}.cpu"
                if ticks_after=$(cpu_ticks "${proxy_pid[$name]}" 2>/dev/null); then
                    echo "cpu_seconds=$(cpu_seconds $((ticks_after - ticks_before)))" >>"${file%.txt}.cpu"
                fi
                kill -0 "${proxy_pid[$name]}" 2>/dev/null || log "warning: $name died during the run"
                log "round $round/$rounds $key $row $name: $(wrk_summary "$file")"
            done
        done
    done
    for name in "${running[@]}"; do stop_contestant "$name"; done
done

echo "load_end=$(load_average 1-3)" >>"$RESULTS/meta.env"

# --- Report -----------------------------------------------------------------------------------------------

write_report tls-report.py
