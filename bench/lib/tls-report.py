#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of tls-bench.sh (RESULTS directory) into markdown tables on stdout."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import (NAMES, ORDER, contestant_status, fmt_int, fmt_ms, fmt_ratio, header, load_line,  # noqa: E402
                    load_runs, median_of, per_round, portico_version, read_results, value)

KEYS = {"ecdsa": "ECDSA P-256", "rsa": "RSA 2048"}
ROWS = [("keepalive", "keep-alive", "req/s"), ("handshake", "full handshake", "handshakes/s")]


def main():
    results, meta = read_results("tls-report")
    if meta is None:
        return 1
    contestants, status, short = contestant_status(meta, ORDER)
    rounds = int(meta.get("rounds", "0"))
    keys = meta.get("key_types", "ecdsa").split()

    out = header("## HTTPS benchmark: Portico, nginx and HAProxy terminating TLS side by side", meta)
    out.append(load_line(meta, "1, 5, 15 min"))
    versions = [meta.get(f"version_{n}", f"{n} ?") for n in ("nginx", "haproxy", "wrk", "openssl")]
    versions.append(portico_version(meta, status))
    out.append("- Software: " + ", ".join(versions))
    out.append(
        "- Method: two nginx backends serve the same 1 KiB file over plain HTTP; each proxy terminates TLS with the "
        "same certificate, 1 worker, TLS 1.2-1.3, Mozilla intermediate ciphers, groups X25519/P-256/P-384, ALPN "
        "http/1.1, session tickets and session cache off (checked with openssl s_client: no session resumed). "
        f"wrk -t1 -c{meta.get('connections', '?')} --latency over https, {meta.get('rounds', '?')} round(s) x "
        f"{meta.get('duration', '?')} s per cell after a {meta.get('warmup', '?')} s warm-up, contestants interleaved "
        "(order rotated per round); medians over the rounds. Keep-alive: one TLS connection per wrk connection for "
        "the whole run. Full handshake: `Connection: close`, so every request is a new TLS connection with a full "
        "handshake (wrk negotiates TLS 1.3 with X25519). Nothing is pinned."
    )
    negotiated = [f"{NAMES[n]} {KEYS.get(k, k)}: {meta[f'negotiated_{n}_{k}']}"
                  for k in keys for n in ORDER if f"negotiated_{n}_{k}" in meta]
    if negotiated:
        out.append("- Negotiated by the answer check (Python client): " + "; ".join(negotiated))
    out.append("")

    medians = {}
    notes = []
    out.append(f"### Results (median of {rounds} round{'s' if rounds != 1 else ''})")
    out.append("")
    out.append("| Key | Row | Contestant | per second | p50 (ms) | p99 (ms) | proxy CPU µs/req | per second, each round "
               "| new connections per request | errors |")
    out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for key in keys:
        for row, row_label, _ in ROWS:
            for name in ORDER:
                label = NAMES[name]
                if name not in contestants:
                    out.append(f"| {KEYS.get(key, key)} | {row_label} | {label} | {short[name]} | | | | | | |")
                    continue
                paths = (results / "wrk" / f"r{r}" / f"{name}_{key}_{row}.txt" for r in range(1, rounds + 1))
                runs = load_runs(paths, ".cpu")
                for r in runs:
                    if r["side"].get("accepted") and r["requests"]:
                        r["accepted_per_request"] = int(r["side"]["accepted"]) / r["requests"]
                if not runs:
                    out.append(f"| {KEYS.get(key, key)} | {row_label} | {label} | no valid wrk output | | | | | | |")
                    continue
                m = {f: median_of(runs, f) for f in ("rps", "p50", "p99", "cpu_us", "accepted_per_request")}
                medians[(key, row, name)] = m
                errors = sum(r["errors"] for r in runs)
                for r_index, r in enumerate(runs, 1):
                    if r["errors"]:
                        detail = ", ".join(f"{k} {v}" for k, v in r["detail"])
                        notes.append(f"{KEYS.get(key, key)} {row_label} {label}, round {r_index}: {detail}")
                cpu = f"{m['cpu_us']:.1f}" if m["cpu_us"] is not None else "?"
                accepted = m["accepted_per_request"]
                accepted = f"{accepted:.2f}" if accepted is not None else "?"
                out.append(f"| {KEYS.get(key, key)} | {row_label} | {label} | {fmt_int(m['rps'])} | {fmt_ms(m['p50'])} "
                           f"| {fmt_ms(m['p99'])} | {cpu} | {per_round(runs)} | {accepted} | {errors:,} |")
    out.append("")
    out.append("per second: requests per second (keep-alive) or new TLS connections, each with one request, per second "
               "(full handshake). proxy CPU µs/req: user + system CPU time of the proxy process during the run divided "
               "by the requests wrk completed. new connections per request: TCP connections the kernel accepted during the run "
               "(PassiveOpens, whole machine) divided by the requests; about 1.00 in the full-handshake row shows that "
               "every request really had its own connection, about 0.00 in the keep-alive row.")
    if notes:
        out.append("")
        out.append("Errors (wrk socket errors and non-2xx/3xx answers):")
        for note in notes:
            out.append(f"- {note}")
    out.append("")

    out.append("### Portico relative to nginx and HAProxy")
    out.append("")
    out.append("Above 1.00x: Portico did more per second (or used less CPU per request for the CPU column, which is "
               "other / Portico). Target (issue 5): at least 1.00x the better of nginx and HAProxy.")
    out.append("")
    out.append("| Key | Row | Portico/nginx | Portico/HAProxy | Portico/best | CPU per request: nginx/Portico "
               "| CPU per request: HAProxy/Portico | p99 Portico/nginx | p99 Portico/HAProxy |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in keys:
        for row, row_label, _ in ROWS:
            p = medians.get((key, row, "portico"))
            n = medians.get((key, row, "nginx"))
            h = medians.get((key, row, "haproxy"))
            others = [x["rps"] for x in (n, h) if x]
            best = max(others) if others else None
            out.append(
                f"| {KEYS.get(key, key)} | {row_label} | {fmt_ratio(value(p, 'rps'), value(n, 'rps'))} "
                f"| {fmt_ratio(value(p, 'rps'), value(h, 'rps'))} | {fmt_ratio(value(p, 'rps'), best)} "
                f"| {fmt_ratio(value(n, 'cpu_us'), value(p, 'cpu_us'))} "
                f"| {fmt_ratio(value(h, 'cpu_us'), value(p, 'cpu_us'))} "
                f"| {fmt_ratio(value(p, 'p99'), value(n, 'p99'))} | {fmt_ratio(value(p, 'p99'), value(h, 'p99'))} |"
            )
    resumed = [f"{NAMES[n]} {KEYS.get(k, k)} {meta[f'resumed_{n}_{k}'].replace(' ', '/')}"
               for k in keys for n in ORDER if f"resumed_{n}_{k}" in meta]
    if resumed:
        out.append("")
        out.append("Sessions resumed out of 5 reconnections with a saved session (TLS 1.2 / TLS 1.3, openssl s_client "
                   "-sess_out/-sess_in), must be 0: " + "; ".join(resumed) + ".")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
