#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of bench/slowloris-bench.sh into markdown tables.

Layout of RESULTS_DIR:
  meta.env                        date, machine, versions, method, contestant status, Portico's settings
  wrk/<name>_<none|head|post>.txt wrk --latency output: alone, with slowloris clients, with slow-POST clients
  <name>.env                      RSS figures, the slow-client tool's READY/OPEN lines, CPU microseconds
"""

import re
import sys
from pathlib import Path

from report import contestant_status, fmt_int, fmt_ms, fmt_ratio, header, load_line, parse_wrk, read_env

NAMES = {"nginx": "nginx", "haproxy": "HAProxy", "portico": "Portico"}
ORDER = ["nginx", "haproxy", "portico"]
MODES = [("head", "slowloris (head trickled)"), ("post", "slow POST (body trickled)")]


def field(line, key):
    match = re.search(rf"\b{key}=(\S+)", line or "")
    return match.group(1) if match else None


def mib(kib):
    return f"{int(kib) / 1024:.1f}" if kib and kib.isdigit() else "?"


def main():
    results = Path(sys.argv[1])
    meta = read_env(results / "meta.env")
    _, status, short = contestant_status(meta, ORDER)
    slow = meta.get("slow_count", "?")
    out = header("## Slow clients: Portico, nginx and HAProxy side by side", meta, memory=False)
    out.append(load_line(meta, "1 min"))
    versions = [meta.get("version_nginx", "nginx ?"), meta.get("version_haproxy", "HAProxy ?")]
    versions.append(meta.get("version_portico") if status["portico"] == "ok" else f"Portico: {status['portico']}")
    out.append("- Software: " + ", ".join(v for v in versions if v))
    out.append(
        f"- Method: each proxy (one worker) fronts the same two nginx backends serving a 1 KiB file. wrk -t1 "
        f"-c{meta.get('connections', '?')} for {meta.get('duration', '?')} s alone, then while one process "
        f"(bench/tools/slow-clients.py) holds {slow} slow connections from 100 loopback addresses, each trickling "
        f"one byte every {meta.get('interval', '?')} s and reopened when the proxy closes it. Then, without "
        f"reopening, how many of {slow} fresh slow connections are still open {meta.get('hold_wait', '?')} s "
        "after they were opened. Slowloris sends a GET head and never finishes it; slow POST sends a whole head "
        "announcing a 1 MB body (as PUT /upload/N, which the backends answer only once the body is complete) and "
        "then trickles the body."
    )
    settings = meta.get("portico_settings", "").strip()
    dropped = meta.get("portico_dropped", "").strip()
    if status["portico"] == "ok":
        out.append(f"- Portico's settings: {settings or 'defaults'}" + (
            f"; not known to this porticod and left out: {dropped}" if dropped else ""))
    out.append(
        "- nginx: client_header_timeout 5s, client_body_timeout 10s (between two reads; no minimum rate). "
        "HAProxy: timeout http-request 5s with option http-buffer-request, timeout client 10s (no minimum rate)."
    )
    out.append("")

    rows = {}
    out.append("### Throughput with and without slow clients")
    out.append("")
    out.append(
        "| Contestant | req/s alone | req/s slowloris | loaded/alone | req/s slow POST | loaded/alone "
        "| p99 ms alone / slowloris / slow POST | errors |"
    )
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    for name in ORDER:
        label = NAMES[name]
        if status[name] != "ok":
            out.append(f"| {label} | {short[name]} | | | | | | |")
            continue
        runs = {}
        for mode in ("none", "head", "post"):
            path = results / "wrk" / f"{name}_{mode}.txt"
            runs[mode] = parse_wrk(path.read_text(encoding="utf-8", errors="replace")) if path.exists() else None
        rows[name] = runs
        rps = {m: (r["rps"] if r else None) for m, r in runs.items()}
        p99 = " / ".join(fmt_ms(r["p99"]) if r else "?" for r in runs.values())
        errors = sum(r["errors"] for r in runs.values() if r)
        out.append(
            f"| {label} | {fmt_int(rps['none']) if rps['none'] else '?'} | {fmt_int(rps['head']) if rps['head'] else '?'} "
            f"| {fmt_ratio(rps['head'], rps['none'])} | {fmt_int(rps['post']) if rps['post'] else '?'} "
            f"| {fmt_ratio(rps['post'], rps['none'])} | {p99} | {errors} |"
        )
    out.append("")
    out.append("loaded/alone: req/s with the slow clients divided by req/s alone (the goal for Portico is at least 0.90x).")
    out.append("")
    out.append("| Contestant | proxy CPU µs/req alone | with slowloris | with slow POST |")
    out.append("| --- | ---: | ---: | ---: |")
    for name in ORDER:
        if name not in rows:
            continue
        env = read_env(results / f"{name}.env")
        cells = []
        for mode in ("none", "head", "post"):
            run, cpu = rows[name][mode], env.get(f"cpu_{mode}")
            cells.append(f"{int(cpu) / run['requests']:.1f}" if run and run["requests"] and cpu else "?")
        out.append(f"| {NAMES[name]} | " + " | ".join(cells) + " |")
    out.append("")
    out.append(
        "proxy CPU µs/req: CPU time (user + system, all threads, /proc/PID/stat) the proxy used during the wrk run, "
        "divided by the requests wrk completed. With slow clients it includes the work they cause (accepting, "
        "timing out, closing), so it shows what they cost the proxy even when other load on the machine blurs req/s."
    )
    out.append("")

    out.append("### Slow connections and memory")
    out.append("")
    out.append(
        "| Contestant | mode | slow conns open at start / end of the wrk run | closed by the proxy (answers) "
        "| median life ms | still open after hold wait | RSS MiB before / during (peak) / after |"
    )
    out.append("| --- | --- | --- | --- | ---: | ---: | --- |")
    for name in ORDER:
        if status[name] != "ok":
            continue
        env = read_env(results / f"{name}.env")
        for mode, mode_label in MODES:
            if env.get(f"error_{mode}"):
                out.append(f"| {NAMES[name]} | {mode_label} | {env[f'error_{mode}']} | | | | |")
                continue
            start, end = env.get(f"open_start_{mode}"), env.get(f"open_end_{mode}")
            hold = env.get(f"hold_{mode}")
            statuses = field(end, "statuses")
            out.append(
                f"| {NAMES[name]} | {mode_label} | {field(start, 'open')} / {field(end, 'open')} "
                f"| {field(end, 'closed')} ({statuses}) | {field(end, 'median_close_ms')} "
                f"| {field(hold, 'open')} of {slow} | {mib(env.get('rss_before'))} / "
                f"{mib(env.get(f'rss_during_{mode}'))} / {mib(env.get('rss_after'))} |"
            )
    out.append("")
    out.append(
        "open at start / end: connections the tool held when wrk started and ended (it reopens what the proxy "
        "closes). closed: how many times the proxy closed one during the whole loaded phase, with the status codes "
        "of the answers it sent first. RSS during: the peak sampled every 0.5 s during the loaded wrk run; after: "
        "2 s after the slow clients were gone."
    )
    out.append("")

    out.append("### Portico relative to nginx and HAProxy")
    out.append("")
    out.append("| Measure | Portico/nginx | Portico/HAProxy |")
    out.append("| --- | ---: | ---: |")
    get = lambda n, m: rows[n][m]["rps"] if n in rows and rows[n][m] else None  # noqa: E731
    for mode, label in (("none", "req/s alone"), ("head", "req/s with slowloris"), ("post", "req/s with slow POST")):
        out.append(
            f"| {label} | {fmt_ratio(get('portico', mode), get('nginx', mode))} "
            f"| {fmt_ratio(get('portico', mode), get('haproxy', mode))} |"
        )
    out.append("")
    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
