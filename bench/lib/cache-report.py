#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of bench/cache-bench.sh into markdown tables.

Layout of RESULTS_DIR (written by the script):
  meta.env                                   key=value lines: date, machine, versions, method, status
  wrk/r<round>/<name>_<size>_c<conns>.txt    wrk --latency output of one measured run
  wrk/r<round>/<name>_<size>_c<conns>.env    cpu_seconds, backend_requests, rss_kib (and Varnish's counters)
"""

import sys

from report import (contestant_status, error_lines, error_note, fmt_int, fmt_ms, fmt_ratio, header, load_runs,
                    median_of, per_round, portico_missing_lines, portico_version, read_results, value)

NAMES = {"portico": "Portico", "varnish": "Varnish", "nginx": "nginx proxy_cache"}
ORDER = ["portico", "varnish", "nginx"]
SIZES = [("1k", "1 KiB"), ("64k", "64 KiB")]


def fmt_percent(part, whole):
    return f"{100.0 * part / whole:.2f} %" if whole else "n/a"


def main():
    results, meta = read_results("cache-report")
    if meta is None:
        return 1
    contestants, status, short = contestant_status(meta, ORDER)
    conns = [int(c) for c in meta.get("connections", "50 256").split()]
    rounds = int(meta.get("rounds", "0"))

    out = header("## Cache benchmark: Portico, Varnish and nginx proxy_cache serving hits", meta)
    out.append(
        f"- Load average (1, 5, 15 min) at start: {meta.get('load_start', '?')}; at end: {meta.get('load_end', '?')} "
        "(the machine may be shared; a high load makes every number noisier)"
    )
    versions = [meta.get("version_varnish", "Varnish ?"), meta.get("version_nginx", "nginx ?"), meta.get("version_wrk", "wrk ?")]
    versions.insert(0, portico_version(meta, status))
    out.append("- Software: " + ", ".join(versions))
    out.append(
        f"- Method: one nginx backend serves random 1 KiB and 64 KiB files with Cache-Control: max-age=3600. "
        f"Portico (`porticod proxy --workers 1 --cache {meta.get('cache_size', '?')}`), Varnish (`-s malloc`, built-in "
        "VCL, default thread pools) and nginx (one worker, `proxy_cache` on a disk path with `proxy_cache_valid 200 1h` "
        "and `proxy_cache_lock on`) each front it; every cache is warmed and must answer a hit by its own signal "
        "(Cache-Status, X-Varnish, X-Cache-Status) before it is measured. "
        f"wrk -t1 --latency, {meta.get('rounds', '?')} round(s) x {meta.get('duration', '?')} s per cell after a "
        f"{meta.get('warmup', '?')} s warm-up, contestants interleaved (order rotated per round); medians over the "
        "rounds. Nothing is pinned: wrk, the proxy and the backend share all cores, and Varnish may use more than one "
        "thread where Portico and nginx use one worker."
    )
    out.append("")

    medians = {}
    error_notes = []
    out.append(f"### Throughput, latency, hits and memory (median of {rounds} round{'s' if rounds != 1 else ''})")
    out.append("")
    out.append(
        "| Size | Conns | Proxy | req/s | p50 (ms) | p99 (ms) | proxy CPU µs/req | hit ratio | RSS (MiB) | req/s per round |"
    )
    out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    varnish_own = [0, 0]
    for size, size_label in SIZES:
        for c in conns:
            for name in ORDER:
                label = NAMES[name]
                if name not in contestants or status[name] != "ok":
                    out.append(f"| {size_label} | {c} | {label} | {short[name]} | | | | | | |")
                    continue
                paths = (results / "wrk" / f"r{r}" / f"{name}_{size}_c{c}.txt" for r in range(1, rounds + 1))
                runs = load_runs(paths, ".env")
                for r in runs:
                    r["backend"] = int(r["side"].get("backend_requests", "0"))
                    r["rss"] = int(r["side"].get("rss_kib", "0"))
                    varnish_own[0] += int(r["side"].get("varnish_hits", "0"))
                    varnish_own[1] += int(r["side"].get("varnish_misses", "0"))
                if not runs:
                    out.append(f"| {size_label} | {c} | {label} | no valid wrk output | | | | | | |")
                    continue
                m = {f: median_of(runs, f) for f in ("rps", "p50", "p99")}
                m["cpu"] = median_of(runs, "cpu_us")
                medians[(name, size, c)] = m
                requests = sum(r["requests"] for r in runs)
                # What reached the backend during the measured runs was a miss; everything else a hit.
                hits = requests - sum(r["backend"] for r in runs)
                rss = max(r["rss"] for r in runs)
                note = error_note(f"{label}, {size_label}, {c} conns", runs)
                if note:
                    error_notes.append(note)
                cpu_text = f"{m['cpu']:.1f}" if m["cpu"] is not None else "?"
                out.append(
                    f"| {size_label} | {c} | {label} | {fmt_int(m['rps'])} | {fmt_ms(m['p50'])} | {fmt_ms(m['p99'])} "
                    f"| {cpu_text} | {fmt_percent(hits, requests)} | {rss / 1024:.1f} | {per_round(runs)} |"
                )
    out.append("")
    out.append(
        "hit ratio: 1 − (requests the backend logged during the measured runs) / (requests wrk completed), the same "
        "count for every proxy. proxy CPU µs/req: user + system CPU time of the proxy's processes during the run "
        "divided by the requests completed; it moves much less than req/s when other work competes for the cores. "
        "RSS: resident memory of the proxy's processes after the run (the largest over the rounds), cache contents "
        "included; nginx keeps its cache in files, so their pages are in the kernel's page cache, not in its RSS."
    )
    if "varnish" in contestants:
        hits, misses = varnish_own
        out.append("")
        out.append(
            f"Varnish's own counters over the measured runs (MAIN.cache_hit / MAIN.cache_miss): {hits:,} hits, "
            f"{misses:,} misses ({fmt_percent(hits, hits + misses)} hits)."
        )
    out.append("")
    out.extend(error_lines(error_notes))

    out.append("### Portico relative to Varnish and nginx proxy_cache")
    out.append("")
    out.append("req/s above 1.00x: Portico served more. CPU/req below 1.00x: Portico spent less CPU per hit.")
    out.append("")
    out.append("| Size | Conns | req/s Portico/Varnish | req/s Portico/nginx | CPU/req Portico/Varnish | CPU/req Portico/nginx |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for size, size_label in SIZES:
        for c in conns:
            p = medians.get(("portico", size, c))
            v = medians.get(("varnish", size, c))
            n = medians.get(("nginx", size, c))
            out.append(
                f"| {size_label} | {c} | {fmt_ratio(value(p, 'rps'), value(v, 'rps'))} "
                f"| {fmt_ratio(value(p, 'rps'), value(n, 'rps'))} "
                f"| {fmt_ratio(value(p, 'cpu'), value(v, 'cpu'))} | {fmt_ratio(value(p, 'cpu'), value(n, 'cpu'))} |"
            )
    out.append("")
    out.extend(portico_missing_lines(status))
    ends = [f"{NAMES[c]} {int(meta[f'rss_end_{c}']) / 1024:.1f} MiB" for c in contestants if f"rss_end_{c}" in meta]
    if ends:
        out.append("RSS at the end of all runs: " + ", ".join(ends) + ".")
        out.append("")

    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
