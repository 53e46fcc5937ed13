#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw results of bench/fault-bench.sh into markdown tables.

Layout of RESULTS_DIR (written by the script):
  meta.env                 key=value lines: date, machine, versions, settings
  faults/<n>-<kind>.env    one fault: kind, label, backend, subject, wrk_start_ms, fault_ms, recover_ms, wrk_end_ms
  faults/<n>-<kind>.wrk    wrk --latency output of the run around that fault
  faults/porticod.log      porticod's event log during the faults
  shares/<n>.env           algorithm, weights, hash header, requests counted in each backend's access log
  shares/<n>.json          request-shares.py's answer (statuses, X-Backend counts)
The access log of the faults' porticod (JSON lines) is read from meta.env's access_log when it exists.
"""

import json
import math
import re
import sys
from pathlib import Path

# The helpers next to this file; no __pycache__ left in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine_events import IN_ROTATION, OUT_OF_ROTATION, parse, to_unix_ms  # noqa: E402
from hash_ring import Ring  # noqa: E402
from report import parse_wrk, read_env  # noqa: E402

BACKENDS = ("b1", "b2", "b3")
STATUS = re.compile(r'"status":\s*(\d+)')
TIME = re.compile(r'"time":\s*"([^"]+)"')
BACKEND = re.compile(r'"backend":\s*"([^"]*)"')
DURATION = re.compile(r'"durationMs":\s*([\d.eE+-]+)')


def fmt_int(value):
    return f"{value:,}"


def fmt_offset(ms):
    return f"{ms / 1000:+.3f} s"


def verdict(ok):
    return "yes" if ok else "**no**"


def access_log_entries(path):
    """(unix ms, status, backend, duration ms) per request, from porticod's JSON access log."""
    entries = []
    if not path or not Path(path).exists():
        return entries
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            status, when = STATUS.search(line), TIME.search(line)
            if not (status and when):
                continue
            stamp = when[1]
            zone = "Z" if stamp.endswith("Z") else None
            backend, duration = BACKEND.search(line), DURATION.search(line)
            entries.append((
                to_unix_ms(stamp.rstrip("Z"), zone),
                int(status[1]),
                backend[1] if backend else "",
                float(duration[1]) if duration else 0.0,
            ))
    return entries


def wrk_max_latency_ms(text):
    match = re.search(r"^\s+Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)\b", text, re.M)
    if not match:
        return None
    return float(match[1]) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[match[2]]


def fault_section(results, meta, out):
    files = sorted((results / "faults").glob("*.env"), key=lambda p: int(p.name.split("-")[0]))
    if not files:
        out += ["Not run in this run (--skip-faults).", ""]
        return
    interval, fall, rise = int(meta["interval_ms"]), int(meta["fall"]), int(meta["rise"])
    eject_target = fall * interval
    restore_target = (rise + 1) * interval
    events = parse(results / "faults" / "porticod.log")
    access = access_log_entries(meta.get("access_log"))

    rows, details = [], []
    for path in files:
        fault = read_env(path)
        wrk_path = path.with_suffix(".wrk")
        wrk_text = wrk_path.read_text(encoding="utf-8", errors="replace") if wrk_path.exists() else ""
        wrk = parse_wrk(wrk_text)
        fault_ms, recover_ms = int(fault["fault_ms"]), int(fault["recover_ms"])
        mine = [e for e in events if e.subject == fault["subject"]]
        out_events = [e for e in mine if e.kind in OUT_OF_ROTATION and e.ms >= fault_ms]
        eject = out_events[0] if out_events else None
        during = [e for e in mine if fault_ms <= e.ms < recover_ms]
        flaps = [e for e in during if e.kind in IN_ROTATION]
        # The last event before the recovery says whether the backend was still out when it recovered.
        before_recovery = [e for e in mine if e.ms < recover_ms]
        out_at_recovery = bool(before_recovery) and before_recovery[-1].kind in OUT_OF_ROTATION
        restores = [e for e in mine if e.kind in IN_ROTATION and e.ms >= recover_ms]
        restore = restores[0] if restores and out_at_recovery else None

        if wrk:
            failed = wrk["errors"]
            detail = ", ".join(f"{k} {v}" for k, v in wrk["detail"]) or "none"
            requests = fmt_int(wrk["requests"])
        else:
            failed, detail, requests = None, "no valid wrk output", "?"
        eject_ms = eject.ms - fault_ms if eject else None
        restore_ms = restore.ms - recover_ms if restore else None
        eject_text = f"{fmt_int(eject_ms)} ({eject.kind.removeprefix('backend-')})" if eject else "not seen"
        if restore:
            restore_text = f"{fmt_int(restore_ms)} ({restore.kind.removeprefix('backend-')})"
        elif not out_at_recovery:
            restore_text = "already in rotation at the recovery"
        else:
            restore_text = "not seen"
        rows.append(
            f"| {fault['label']} | {fault['backend']} | {requests} | {'?' if failed is None else fmt_int(failed)} "
            f"({detail}) | {verdict(failed == 0)} | {eject_text} | {verdict(eject_ms is not None and eject_ms <= eject_target)} "
            f"| {restore_text} | {verdict(restore_ms is not None and restore_ms <= restore_target)} |"
        )

        # Details: the backend's events and porticod's failed answers, relative to the fault.
        lines = [f"**{fault['label']}** ({fault['backend']}, {fault['subject'].split('/', 1)[1]}): fault at 0, "
                 f"recovery at {fmt_offset(recover_ms - fault_ms)}."]
        shown_until = max(int(fault["wrk_end_ms"]), restore.ms if restore else 0)
        for e in [e for e in mine if int(fault["wrk_start_ms"]) <= e.ms <= shown_until]:
            lines.append(f"- {fmt_offset(e.ms - fault_ms)} {e.kind}" + (f": {e.detail}" if e.detail else ""))
        if flaps:
            lines.append(f"- back in rotation {len(flaps)} time(s) while still faulty (a cool-down ended before the "
                         f"active checks had failed {fall} times in a row)")
        window = [a for a in access if int(fault["wrk_start_ms"]) <= a[0] <= int(fault["wrk_end_ms"])]
        if window:
            bad = [a for a in window if a[1] >= 400]
            by_status = {}
            for a in bad:
                by_status[a[1]] = by_status.get(a[1], 0) + 1
            slow = [a for a in window if a[3] >= int(meta["response_ms"])]
            port_suffix = ":" + fault["subject"].rsplit(":", 1)[1]
            served = sum(1 for a in window if a[2].endswith(port_suffix) and fault_ms <= a[0] < recover_ms)
            text = ", ".join(f"{s}: {c}" for s, c in sorted(by_status.items())) or "none"
            when = f" (first at {fmt_offset(bad[0][0] - fault_ms)}, last at {fmt_offset(bad[-1][0] - fault_ms)})" if bad else ""
            lines.append(f"- porticod's access log: {fmt_int(len(window))} answers, error statuses {text}{when}")
            lines.append(f"- answers that took at least responseMs ({meta['response_ms']} ms): {fmt_int(len(slow))}; "
                         f"answers from {fault['backend']} between fault and recovery: {fmt_int(served)}")
        max_latency = wrk_max_latency_ms(wrk_text)
        if wrk:
            lines.append(f"- wrk: {wrk['rps']:,.0f} req/s, p50 {wrk['p50']:.2f} ms, p99 {wrk['p99']:.2f} ms"
                         + (f", max {max_latency:,.0f} ms" if max_latency is not None else ""))
        details.append("\n".join(lines))

    out.append(
        f"| Fault | Backend | Requests | Failed (detail) | Zero failed | Time to eject, ms | within {fall} x "
        f"{fmt_int(interval)} = {fmt_int(eject_target)} ms | Time to restore, ms | within ({rise} + 1) x "
        f"{fmt_int(interval)} = {fmt_int(restore_target)} ms |"
    )
    out.append("| --- | --- | ---: | --- | --- | ---: | --- | ---: | --- |")
    out += rows
    out.append("")
    out.append(
        "Failed: wrk's socket errors (connect, read, write, timeout) plus non-2xx/3xx answers over the whole run "
        "around the fault. Time to eject: from just before the signal (or the switch to 500) to porticod's first "
        "backend-down or backend-ejected event for that backend. Time to restore: from just before the restart "
        "command, SIGCONT or the switch back to the first backend-up or backend-restored event after it."
    )
    out.append("")
    out += ["\n\n".join(details), ""]


def shares_section(results, meta, out):
    files = sorted((results / "shares").glob("*.env"), key=lambda p: int(p.stem))
    if not files:
        out += ["Not run in this run (--skip-shares).", ""]
        return
    ports = meta.get("backend_ports", "").split()
    ring_notes = []
    out.append("| Algorithm | Weights | b1 | b2 | b3 | Expected | Largest deviation | Within 2 pp | Answers |")
    out.append("| --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- |")
    for path in files:
        share = read_env(path)
        counts = [int(share.get(f"log_{b}", 0)) for b in BACKENDS]
        total = sum(counts)
        weights = [int(w) for w in share["weights"].split(",")]
        if share["algorithm"] == "roundRobin":
            expected = [100 / 3] * 3
            weight_text = f"{share['weights']} (ignored)"
        else:
            expected = [100 * w / sum(weights) for w in weights]
            weight_text = share["weights"]
        algorithm = share["algorithm"] + (f" on header {share['hash']}" if share.get("hash", "-") != "-" else "")
        measured = [100 * c / total if total else 0.0 for c in counts]
        deviation = max(abs(m - e) for m, e in zip(measured, expected)) if total else None
        answers = "?"
        js = path.with_suffix(".json")
        if js.exists() and js.read_text().strip():
            data = json.loads(js.read_text())
            statuses = ", ".join(f"{k}: {fmt_int(v)}" for k, v in sorted(data["statuses"].items()))
            errors = sum(data["errors"].values())
            header = [data["backends"].get(b, 0) for b in BACKENDS]
            answers = statuses + (f", {errors} transport errors" if errors else "")
            answers += "; X-Backend agrees" if header == counts else f"; X-Backend says {'/'.join(map(str, header))}"
        cells = " | ".join(f"{m:.1f} % ({fmt_int(c)})" for m, c in zip(measured, counts))
        if share["algorithm"] == "consistentHash" and len(ports) == 3:
            # Rebuild the ring for these ports: its own shares, and where it sends exactly these keys
            # (request-shares.py sends key-0, key-1, ...).
            ring = Ring([(f"127.0.0.1:{p}", w) for p, w in zip(ports, weights)])
            ring_shares = " / ".join(f"{100 * s:.1f}" for s in ring.shares())
            predicted = ring.counts("key-%d", int(meta["requests"]))
            ring_notes.append(
                f"consistentHash {share['weights']}: for these ports ({', '.join(ports)}) the ring itself gives "
                f"{ring_shares} %; rebuilt in Python it sends these keys {' / '.join(fmt_int(c) for c in predicted)}"
                + (" — exactly what the backends counted." if predicted == counts else " — the backends counted otherwise.")
            )
        out.append(
            f"| {algorithm} | {weight_text} | {cells} | {' / '.join(f'{e:.1f}' for e in expected)} % "
            f"| {'n/a' if deviation is None else f'{deviation:.2f} pp'} "
            f"| {verdict(deviation is not None and deviation <= 2.0)} | {answers} |"
        )
    out.append("")
    out.append(
        f"Counted from each backend's access log (requests for /1k with status 200; health checks are not logged). "
        f"{fmt_int(int(meta['requests']))} requests per algorithm over {meta['share_connections']} keep-alive connections, "
        "porticod restarted for each algorithm. consistentHash keys: a different X-User-Id value per request. "
        "leastConnections runs with equal weights, where a third each is its expected share; with unequal weights "
        "its shares follow the backends' response times and the concurrency, not the weights alone."
    )
    out.append("")
    if ring_notes:
        out += [f"- {note}" for note in ring_notes]
        out.append("")
        out.append(
            "The ring places each backend's 1000 points per unit of weight by hash, so its shares stray from the "
            "weights by about 3 % of each share (docs/load-balancing.md), differently for every set of ports; the "
            f"keys sampled add their own noise (about {100 * math.sqrt(2 / 9 / int(meta['requests'])):.1f} pp for "
            f"{fmt_int(int(meta['requests']))} keys)."
        )
        out.append("")


def main():
    results = Path(sys.argv[1])
    meta = read_env(results / "meta.env")
    out = ["## Fault tests (issue 4)", ""]
    out.append(f"- Date: {meta.get('date', '?')}")
    out.append(
        f"- Machine: {meta.get('nproc', '?')} cores (nproc), {meta.get('cpu', '?')}, {meta.get('memory', '?')} RAM, "
        f"{meta.get('kernel', '?')}"
    )
    out.append(
        f"- Load average (1 min) at start / end: {meta.get('load_start', '?')} / {meta.get('load_end', '?')} "
        "(the machine may be shared; a high load makes every number noisier)"
    )
    build = f", {meta['portico_build']} build" if meta.get("portico_build") else ""
    out.append(
        f"- Software: {meta.get('version_portico', 'Portico ?')} ({meta.get('portico_bin', '?')}{build}), "
        f"{meta.get('version_nginx', 'nginx ?')}, {meta.get('version_wrk', 'wrk ?')}"
    )
    out.append(
        f"- Setup: porticod ({meta.get('workers')} workers) in front of three single-process nginx backends on "
        f"127.0.0.1, round robin; HTTP health checks on /health every {meta.get('interval_ms')} ms (timeout "
        f"{meta.get('check_timeout_ms')} ms, fall {meta.get('fall')}, rise {meta.get('rise')}, jitter 10 %); passive "
        f"health {meta.get('consecutive_failures')} errors in a row, cool-down {meta.get('eject_ms')} ms; retry on, "
        f"budget 20 %; connectMs {meta.get('connect_ms')}, responseMs {meta.get('response_ms')}."
    )
    out.append(
        f"- Load: wrk -t1 -c{meta.get('connections')} --timeout {meta.get('wrk_timeout')}s GET /1k for "
        f"{meta.get('before_seconds')} s before the fault, {meta.get('fault_seconds')} s of fault and "
        f"{meta.get('after_seconds')} s after the recovery."
    )
    out.append("")
    out.append("### Faults under load")
    out.append("")
    fault_section(results, meta, out)
    out.append(f"### Request shares per algorithm ({fmt_int(int(meta.get('requests', 0)))} requests each)")
    out.append("")
    shares_section(results, meta, out)
    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
