# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# nginx pieces the benchmarks share: common config blocks, starting one, and the two nginx backends serving
# $WORK/www. Needs from the caller: nofile, max_conns, WORK, backend_ports, the proxy_pid array, and common.sh.

# nginx writes temp files under compiled-in /var/lib/nginx unless told otherwise; keep all of it in $1.
nginx_common() {
    local dir=$1
    cat <<EOF
daemon off;
master_process off;
worker_processes 1;
worker_rlimit_nofile $nofile;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
    worker_connections $max_conns;
}
EOF
}

nginx_http_common() {
    local dir=$1
    cat <<EOF
    access_log off;
    server_tokens off;
    keepalive_timeout 300s;
    keepalive_requests 100000000;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
EOF
}

start_nginx() { # NAME DIR PORT
    local name=$1 dir=$2 port=$3
    start_bg "$dir/stderr.log" nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    proxy_pid[$name]=$STARTED_PID
    wait_port "$port" "$STARTED_PID" "$dir/error.log"
}

# nginx_conf DIR: DIR/nginx.conf, the common blocks around what stdin gives inside http { } (its closing brace included).
nginx_conf() {
    local dir=$1
    {
        nginx_common "$dir"
        echo "http {"
        nginx_http_common "$dir"
        cat
    } >"$dir/nginx.conf"
}

# Static files as fast as nginx serves them.
nginx_static_common() {
    cat <<EOF
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    open_file_cache max=16 inactive=600s;
    open_file_cache_valid 600s;
EOF
}

# The upstream of the two backends, kept alive as long as a benchmark runs.
nginx_upstream_backends() {
    cat <<EOF
    upstream backends {
        server 127.0.0.1:${backend_ports[0]};
        server 127.0.0.1:${backend_ports[1]};
        keepalive 512;
        keepalive_requests 100000000;
        keepalive_timeout 300s;
    }
EOF
}

nginx_proxy_location() {
    cat <<EOF
        location / {
            proxy_pass http://backends;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
EOF
}

backend_static_conf() { # DIR PORT
    nginx_static_common
    cat <<EOF
    server {
        listen 127.0.0.1:$2 backlog=4096;
        root $WORK/www;
        location / { }
    }
}
EOF
}

# start_backends CONF_FUNCTION: the two backends every contestant proxies to, each serving $WORK/www.
# CONF_FUNCTION DIR PORT prints the inside of http { } after the common part (backend_static_conf, or the
# script's own).
start_backends() {
    local conf=$1 i dir
    for i in 0 1; do
        dir=$WORK/backend$((i + 1))
        mkdir -p "$dir"
        "$conf" "$dir" "${backend_ports[i]}" | nginx_conf "$dir"
        start_nginx "backend$((i + 1))" "$dir" "${backend_ports[i]}" || die "backend $((i + 1)) did not start"
        python3 "$LIB_DIR/http-check.py" "${backend_ports[i]}" /1k "$WORK/www/1k" ||
            die "backend $((i + 1)) answers wrongly"
    done
}
