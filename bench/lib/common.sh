# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The set-up and report steps every benchmark script takes the same way: paths, common options, open-file
# limit, work directory, ports, metadata lines, timed wrk runs and the report. The one file a script sources,
# first, after setting BENCH_NAME; it brings in processes.sh, nginx.sh and contestants.sh. The caller defines
# usage().

LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPT_DIR=$(dirname "$LIB_DIR")
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

# shellcheck source=bench/lib/processes.sh
source "$LIB_DIR/processes.sh"
# shellcheck source=bench/lib/nginx.sh
source "$LIB_DIR/nginx.sh"
# shellcheck source=bench/lib/contestants.sh
source "$LIB_DIR/contestants.sh"

# Set by common_option.
output=""
keep_workdir=no

# common_option ARGS...: the options every script has; anything else is an error. Sets SHIFTED.
common_option() {
    case $1 in
    --output)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        output=$2
        SHIFTED=2
        ;;
    --keep-workdir) keep_workdir=yes; SHIFTED=1 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
    esac
}

# The PORTICO_BIN paragraph of the help texts, for the scripts that take it as repo_path does.
portico_bin_help() {
    cat <<EOF
  PORTICO_BIN             porticod to test (default build/release/bin/porticod; relative paths are taken
                          from the current directory if they exist there, else from the repository root)
EOF
}

# repo_path PATH: absolute; a relative PATH is taken from the current directory if it exists there, else from
# the repository root.
repo_path() {
    if [[ $1 == /* ]]; then echo "$1"; elif [[ -e $1 ]]; then echo "$(pwd)/$1"; else echo "$REPO_DIR/$1"; fi
}

# check_output: fail now rather than after the run when --output cannot be written; make it absolute.
check_output() {
    [[ -n $output ]] || return 0
    touch "$output" 2>/dev/null || die "cannot write $output"
    output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
}

check_contestants() { # LIST KNOWN...
    local name
    for name in $1; do
        [[ " ${*:2} " == *" $name "* ]] || die "unknown contestant: $name"
    done
}

# raise_nofile WANTED: the soft open-file limit to WANTED, or as close as the hard limit allows (raised first
# when permitted); sets nofile.
raise_nofile() {
    local wanted=$1 hard
    hard=$(ulimit -Hn)
    if [[ $hard != unlimited ]] && ((hard < wanted)); then
        ulimit -Hn "$wanted" 2>/dev/null || true
        hard=$(ulimit -Hn)
    fi
    if [[ $hard == unlimited ]] || ((hard >= wanted)); then ulimit -Sn "$wanted"; else ulimit -Sn "$hard"; fi
    nofile=$(ulimit -Sn)
}

# make_workdir PREFIX: a fresh WORK directory, and the traps that stop what the script starts and remove it.
make_workdir() {
    WORK=$(mktemp -d -t "$1.XXXXXXXX")
    PIDS=()
    trap cleanup EXIT
    trap 'log "interrupted"; exit 130' INT
    trap 'log "terminated"; exit 143' TERM
}

free_ports() { # COUNT: sets the array ports
    mapfile -t ports < <(python3 "$LIB_DIR/free-ports.py" "$1") || die "could not find free ports"
    ((${#ports[@]} == $1)) || die "could not find $1 free ports"
}

load_average() { cut -d' ' -f"$1" /proc/loadavg; } # FIELDS: 1 or 1-3

# machine_meta LOAD_FIELDS: the meta.env lines describing the machine, which the reports print first.
machine_meta() {
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "nproc=$(nproc)"
    echo "cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "kernel=$(uname -srm)"
    echo "load_start=$(load_average "$1")"
}

version_meta() { # TOOL...: version_TOOL lines
    local tool
    for tool in "$@"; do
        case $tool in
        nginx) echo "version_nginx=nginx $(nginx -v 2>&1 | sed 's|.*nginx/||')" ;;
        haproxy) echo "version_haproxy=HAProxy $(haproxy -v | awk 'NR == 1 { print $3 }')" ;;
        varnish) echo "version_varnish=Varnish $(varnishd -V 2>&1 | sed -n 's/.*varnish-\([0-9.]*\).*/\1/p' | head -n 1)" ;;
        wrk) echo "version_wrk=wrk $(wrk -v 2>&1 | awk 'NR == 1 { print $2 }')" ;;
        openssl) echo "version_openssl=$(openssl version | awk '{ print $1, $2 }')" ;;
        esac
    done
}

portico_version() { echo "Portico $(timeout 10 "$1" --version 2>/dev/null | awk '{ print $2; exit }')"; } # BIN

# wrk_timed SECONDS WRK_ARGS...: one wrk thread for SECONDS. --foreground keeps wrk in our process group so
# Ctrl-C reaches it; the timeout is only a safety net.
wrk_timed() {
    local seconds=$1
    shift
    timeout --foreground -k 5 $((seconds + 30)) wrk -t1 "-d${seconds}s" "$@"
}

# wrk_summary FILE: req/s, p99 and any errors of one wrk --latency output, for the progress log.
wrk_summary() {
    awk '/^Requests\/sec:/ { r = $2 } / 99%/ { p = $2 } /Socket errors|Non-2xx/ { e = e " [" $0 "]" }
        END { printf "%s req/s, p99 %s%s", r ? r : "?", p ? p : "?", e }' "$1"
}

cpu_seconds() { awk -v t="$1" -v hz="$CLK_TCK" 'BEGIN { print t / hz }'; } # TICKS

# rotate_order ROUND NAME...: the names rotated by ROUND - 1 into the array order, so that no contestant always
# runs first or last after a change of cell.
rotate_order() {
    local round=$1 i
    shift
    local names=("$@")
    order=()
    for ((i = 0; i < ${#names[@]}; i++)); do
        order+=("${names[(i + round - 1) % ${#names[@]}]}")
    done
}

# write_report REPORT_SCRIPT: the tables from $RESULTS, printed and, with --output, copied.
write_report() {
    # -B: importing lib/report.py must not leave a __pycache__ in the repository.
    python3 -B "$LIB_DIR/$1" "$RESULTS" >"$WORK/report.md"
    echo >>"$WORK/report.md"
    cat "$WORK/report.md"
    if [[ -n $output ]]; then
        cp "$WORK/report.md" "$output"
        log "tables written to $output"
    fi
}
