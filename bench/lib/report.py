#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of bench/proxy-bench.sh into markdown tables.

Layout of RESULTS_DIR (written by the script):
  meta.env                          key=value lines: date, machine, versions, method, contestant status
  wrk/r<round>/<name>_<size>_c<conns>.txt   wrk --latency output of one measured run
  mem/<name>.env                    key=value lines of the idle-connection memory test
"""

import re
import statistics
import sys
from pathlib import Path

NAMES = {"nginx": "nginx", "haproxy": "HAProxy", "portico": "Portico"}
ORDER = ["nginx", "haproxy", "portico"]
SIZES = [("1k", "1 KiB"), ("64k", "64 KiB")]
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def read_env(path):
    values = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.partition("=")
            if sep:
                values[key.strip()] = value.strip()
    return values


def to_ms(number, unit):
    return float(number) * UNIT_MS[unit]


def parse_wrk(text):
    """Return dict(rps, p50, p99, requests, errors, error_detail) or None when the output is unusable."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    p50 = re.search(r"^\s+50(?:\.000)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", text, re.M)
    p99 = re.search(r"^\s+99(?:\.000)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", text, re.M)
    if not (rps and p50 and p99):
        return None
    requests = re.search(r"^\s+(\d+) requests in", text, re.M)
    details = []
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if socket_errors:
        for label, value in zip(("connect", "read", "write", "timeout"), socket_errors.groups()):
            if int(value):
                details.append((label, int(value)))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non2xx and int(non2xx.group(1)):
        details.append(("non-2xx/3xx", int(non2xx.group(1))))
    return {
        "rps": float(rps.group(1)),
        "p50": to_ms(*p50.groups()),
        "p99": to_ms(*p99.groups()),
        "requests": int(requests.group(1)) if requests else 0,
        "errors": sum(v for _, v in details),
        "detail": details,
    }


def fmt_int(value):
    return f"{value:,.0f}"


def fmt_ms(value):
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


def fmt_ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator == 0:
        return "n/a"
    return f"{numerator / denominator:.2f}x"


# The pieces below are shared by the other *-report.py scripts, which import this file.


def read_results(prog):
    """(RESULTS_DIR from the command line, its meta.env), or (dir, None) after a message when meta.env is missing."""
    results = Path(sys.argv[1])
    if not (results / "meta.env").exists():
        print(f"{prog}: {results}/meta.env not found", file=sys.stderr)
        return results, None
    return results, read_env(results / "meta.env")


def contestant_status(meta, order):
    """The contestants measured, each one's status, and the short form of the status the table rows use (the
    reason is given once, in the header)."""
    contestants = [c for c in order if c in meta.get("contestants", "").split()]
    status = {c: meta.get(f"status_{c}", "not run") for c in order}
    return contestants, status, {c: status[c].split(" (")[0] for c in order}


def header(title, meta, memory=True):
    """The title, then the Date and Machine lines."""
    ram = f"{meta.get('memory', '?')} RAM, " if memory else ""
    return [
        title,
        "",
        f"- Date: {meta.get('date', '?')}",
        f"- Machine: {meta.get('nproc', '?')} cores (nproc), {meta.get('cpu', '?')}, {ram}{meta.get('kernel', '?')}",
    ]


def load_line(meta, span):
    return (
        f"- Load average ({span}) at start / end: {meta.get('load_start', '?')} / {meta.get('load_end', '?')} "
        "(the machine may be shared; a high load makes every number noisier)"
    )


def portico_version(meta, status):
    """Portico's entry in the Software line: its version, or why it did not run."""
    version = meta.get("version_portico", "")
    return version if status["portico"] == "ok" and version else f"Portico: {status['portico']}"


def load_runs(paths, side_suffix):
    """The usable wrk outputs among PATHS, each with cpu_us from its side file (cpu_seconds) and that file's
    values under "side"."""
    runs = []
    for path in paths:
        parsed = parse_wrk(path.read_text(encoding="utf-8", errors="replace")) if path.exists() else None
        if not parsed:
            continue
        side = read_env(path.with_suffix(side_suffix))
        if side.get("cpu_seconds") is not None and parsed["requests"]:
            parsed["cpu_us"] = float(side["cpu_seconds"]) * 1e6 / parsed["requests"]
        parsed["side"] = side
        runs.append(parsed)
    return runs


def median_of(runs, field):
    values = [r[field] for r in runs if r.get(field) is not None]
    return statistics.median(values) if values else None


def value(medians, field):
    return medians[field] if medians else None


def per_round(runs):
    return " / ".join(fmt_int(r["rps"]) for r in runs)


def error_note(where, runs):
    """'WHERE: N errors in M requests (kind n, ...)' summed over the runs, or None when there were none."""
    errors = sum(r["errors"] for r in runs)
    if not errors:
        return None
    kinds = {}
    for r in runs:
        for kind, count in r["detail"]:
            kinds[kind] = kinds.get(kind, 0) + count
    total = sum(r["requests"] for r in runs)
    return f"{where}: {errors} errors in {total:,} requests (" + ", ".join(f"{k} {v}" for k, v in kinds.items()) + ")"


def error_lines(notes):
    if not notes:
        return []
    return [
        "Errors reported by wrk (socket errors and non-2xx/3xx responses, summed over the rounds):",
        "",
        *(f"- {note}" for note in notes),
        "",
    ]


def portico_missing_lines(status):
    return [f"n/a: Portico {status['portico']}.", ""] if status["portico"] != "ok" else []


def main():
    results, meta = read_results("report")
    if meta is None:
        return 1
    contestants, status, short = contestant_status(meta, ORDER)
    conns = [int(c) for c in meta.get("connections", "50 256").split()]
    rounds = int(meta.get("rounds", "0"))

    out = header("## Proxy benchmark: Portico, nginx and HAProxy side by side", meta)
    out.append(load_line(meta, "1 min"))
    versions = [meta.get("version_nginx", "nginx ?"), meta.get("version_haproxy", "HAProxy ?"), meta.get("version_wrk", "wrk ?")]
    versions.append(portico_version(meta, status))
    out.append("- Software: " + ", ".join(versions))
    out.append(
        f"- Method: two nginx backends serve identical 1 KiB and 64 KiB files; each proxy fronts both round robin "
        f"with 1 worker and access logs off. wrk -t1 --latency, {meta.get('rounds', '?')} round(s) x "
        f"{meta.get('duration', '?')} s per cell after a {meta.get('warmup', '?')} s warm-up, contestants interleaved "
        "in each round (order rotated per round); medians over the rounds. wrk, the proxy and both backends share "
        "all cores (nothing is pinned)."
    )
    out.append("")

    # Throughput and latency
    medians = {}
    error_notes = []
    out.append(f"### Throughput and latency (median of {rounds} round{'s' if rounds != 1 else ''})")
    out.append("")
    out.append("| Size | Conns | Contestant | req/s | p50 (ms) | p99 (ms) | proxy CPU µs/req | req/s per round | errors |")
    out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: |")
    for size, size_label in SIZES:
        for c in conns:
            for name in ORDER:
                label = NAMES[name]
                if name not in contestants or status[name] != "ok":
                    out.append(f"| {size_label} | {c} | {label} | {short[name]} | | | | | |")
                    continue
                paths = (results / "wrk" / f"r{r}" / f"{name}_{size}_c{c}.txt" for r in range(1, rounds + 1))
                runs = load_runs(paths, ".cpu")
                if not runs:
                    out.append(f"| {size_label} | {c} | {label} | no valid wrk output | | | | | |")
                    continue
                m = {f: median_of(runs, f) for f in ("rps", "p50", "p99", "cpu_us")}
                cpu_text = f"{m['cpu_us']:.1f}" if m["cpu_us"] is not None else "?"
                medians[(name, size, c)] = m
                errors = sum(r["errors"] for r in runs)
                note = error_note(f"{label}, {size_label}, {c} conns", runs)
                if note:
                    error_notes.append(note)
                each_round = per_round(runs)
                if len(runs) < rounds:
                    each_round += f" ({rounds - len(runs)} run(s) without valid output)"
                out.append(
                    f"| {size_label} | {c} | {label} | {fmt_int(m['rps'])} | {fmt_ms(m['p50'])} | {fmt_ms(m['p99'])} "
                    f"| {cpu_text} | {each_round} | {errors} |"
                )
    out.append("")
    out.append(
        "proxy CPU µs/req: user + system CPU time the proxy process used during the run (all its threads, from "
        "/proc/PID/stat) divided by the requests wrk completed; lower is better and, unlike req/s, it moves much less "
        "when other work competes for the cores."
    )
    out.append("")
    out.extend(error_lines(error_notes))

    # Ratios
    out.append("### Portico relative to nginx and HAProxy")
    out.append("")
    out.append(
        "req/s ratio above 1.00x: Portico served more requests per second. "
        "p99 ratio below 1.00x: Portico's tail latency is lower."
    )
    out.append("")
    out.append("| Size | Conns | req/s Portico/nginx | req/s Portico/HAProxy | p99 Portico/nginx | p99 Portico/HAProxy |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for size, size_label in SIZES:
        for c in conns:
            p = medians.get(("portico", size, c))
            n = medians.get(("nginx", size, c))
            h = medians.get(("haproxy", size, c))
            out.append(
                f"| {size_label} | {c} | {fmt_ratio(value(p, 'rps'), value(n, 'rps'))} "
                f"| {fmt_ratio(value(p, 'rps'), value(h, 'rps'))} "
                f"| {fmt_ratio(value(p, 'p99'), value(n, 'p99'))} | {fmt_ratio(value(p, 'p99'), value(h, 'p99'))} |"
            )
    out.append("")
    out.extend(portico_missing_lines(status))

    # Memory
    out.append("### Memory per idle keep-alive connection")
    out.append("")
    if meta.get("memory_test") != "yes":
        out.append("Not measured in this run (--skip-memory).")
        out.append("")
    else:
        wanted = meta.get("idle_wanted", "?")
        used = meta.get("idle_count", wanted)
        out.append(
            f"Each proxy is started fresh, warmed up for 1 s, then {fmt_int(int(used))} client connections each send one keep-alive "
            "request, read the response and stay open idle. VmRSS from /proc/PID/status is read before and after "
            "(2 s after the last connection was set up); the difference divided by the connections still open is "
            "the cost per idle connection. Memory a proxy allocates up front (nginx's connection array sized by "
            "worker_connections, HAProxy's fd table sized by maxconn) is in the 'before' figure, not in the difference."
        )
        if used != wanted:
            out.append("")
            out.append(f"Fewer idle connections than asked for: {meta.get('idle_note', '')}.")
        out.append("")
        out.append("| Contestant | idle connections held | RSS before (MiB) | RSS after (MiB) | KiB per idle connection |")
        out.append("| --- | ---: | ---: | ---: | ---: |")
        for name in ORDER:
            label = NAMES[name]
            if name not in contestants or status[name] != "ok":
                out.append(f"| {label} | {short[name]} | | | |")
                continue
            mem = read_env(results / "mem" / f"{name}.env")
            if mem.get("result") != "ok":
                out.append(f"| {label} | {mem.get('result', 'not measured')} | | | |")
                continue
            before, after, held = int(mem["before_kib"]), int(mem["after_kib"]), int(mem["open"])
            held_text = fmt_int(held)
            failed, ready = int(mem.get("failed") or 0), int(mem.get("ready") or held)
            notes = []
            if ready < int(mem.get("wanted") or ready):
                notes.append(f"{fmt_int(ready)} of {fmt_int(int(mem['wanted']))} opened, {failed} failed")
            if held < ready:
                notes.append(f"{fmt_int(ready - held)} closed by the proxy before the measurement")
            if notes:
                held_text += " (" + "; ".join(notes) + ")"
            per_conn = (after - before) / held if held else None
            out.append(
                f"| {label} | {held_text} | {before / 1024:.1f} | {after / 1024:.1f} | "
                f"{'n/a' if per_conn is None else f'{per_conn:.2f}'} |"
            )
        out.append("")
        p = read_env(results / "mem" / "portico.env")
        n = read_env(results / "mem" / "nginx.env")
        if p.get("result") == "ok" and n.get("result") == "ok" and int(p["open"]) and int(n["open"]):
            pc = (int(p["after_kib"]) - int(p["before_kib"])) / int(p["open"])
            nc = (int(n["after_kib"]) - int(n["before_kib"])) / int(n["open"])
            out.append(f"Portico/nginx memory per idle connection: {fmt_ratio(pc, nc) if nc > 0 else 'n/a'}")
            out.append("")

    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
