#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of tls-bench.sh (RESULTS directory) into markdown tables on stdout."""

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import NAMES, ORDER, fmt_int, fmt_ms, fmt_ratio, parse_wrk, read_env  # noqa: E402

KEYS = {"ecdsa": "ECDSA P-256", "rsa": "RSA 2048"}
ROWS = [("keepalive", "keep-alive", "req/s"), ("handshake", "full handshake", "handshakes/s")]


def median_of(runs, field):
    values = [r[field] for r in runs if r.get(field) is not None]
    return statistics.median(values) if values else None


def main():
    results = Path(sys.argv[1])
    if not (results / "meta.env").exists():
        print(f"tls-report: {results}/meta.env not found", file=sys.stderr)
        return 1
    meta = read_env(results / "meta.env")
    contestants = [c for c in ORDER if c in meta.get("contestants", "").split()]
    status = {c: meta.get(f"status_{c}", "not run") for c in ORDER}
    rounds = int(meta.get("rounds", "0"))
    keys = meta.get("key_types", "ecdsa").split()

    out = []
    out.append("## HTTPS benchmark: Portico, nginx and HAProxy terminating TLS side by side")
    out.append("")
    out.append(f"- Date: {meta.get('date', '?')}")
    out.append(
        f"- Machine: {meta.get('nproc', '?')} cores (nproc), {meta.get('cpu', '?')}, "
        f"{meta.get('memory', '?')} RAM, {meta.get('kernel', '?')}"
    )
    out.append(
        f"- Load average (1, 5, 15 min) at start / end: {meta.get('load_start', '?')} / {meta.get('load_end', '?')} "
        "(the machine may be shared; a high load makes every number noisier)"
    )
    versions = [meta.get(f"version_{n}", f"{n} ?") for n in ("nginx", "haproxy", "wrk", "openssl")]
    portico_version = meta.get("version_portico", "")
    versions.append(portico_version if status["portico"] == "ok" and portico_version else f"Portico: {status['portico']}")
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
                    out.append(f"| {KEYS.get(key, key)} | {row_label} | {label} | {status[name].split(' (')[0]} "
                               "| | | | | | |")
                    continue
                runs = []
                for r in range(1, rounds + 1):
                    path = results / "wrk" / f"r{r}" / f"{name}_{key}_{row}.txt"
                    parsed = parse_wrk(path.read_text(encoding="utf-8", errors="replace")) if path.exists() else None
                    if parsed:
                        extra = read_env(path.with_suffix(".cpu"))
                        cpu = extra.get("cpu_seconds")
                        if cpu is not None and parsed["requests"]:
                            parsed["cpu_us"] = float(cpu) * 1e6 / parsed["requests"]
                        if extra.get("accepted") and parsed["requests"]:
                            parsed["accepted_per_request"] = int(extra["accepted"]) / parsed["requests"]
                        runs.append(parsed)
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
                per_round = " / ".join(fmt_int(r["rps"]) for r in runs)
                accepted = m["accepted_per_request"]
                accepted = f"{accepted:.2f}" if accepted is not None else "?"
                out.append(f"| {KEYS.get(key, key)} | {row_label} | {label} | {fmt_int(m['rps'])} | {fmt_ms(m['p50'])} "
                           f"| {fmt_ms(m['p99'])} | {cpu} | {per_round} | {accepted} | {errors:,} |")
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
            get = lambda m, f: m[f] if m else None  # noqa: E731
            others = [x["rps"] for x in (n, h) if x]
            best = max(others) if others else None
            out.append(
                f"| {KEYS.get(key, key)} | {row_label} | {fmt_ratio(get(p, 'rps'), get(n, 'rps'))} "
                f"| {fmt_ratio(get(p, 'rps'), get(h, 'rps'))} | {fmt_ratio(get(p, 'rps'), best)} "
                f"| {fmt_ratio(get(n, 'cpu_us'), get(p, 'cpu_us'))} | {fmt_ratio(get(h, 'cpu_us'), get(p, 'cpu_us'))} "
                f"| {fmt_ratio(get(p, 'p99'), get(n, 'p99'))} | {fmt_ratio(get(p, 'p99'), get(h, 'p99'))} |"
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
