#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Backend health events from porticod's log, for bench/fault-bench.sh.

porticod writes every engine event to stderr as "<ISO time with ms, UTC> <severity> <message>"; the
backend events read here are (subject "pool/host:port"):
  backend-down      "backend S is down after N failed check(s): REASON"
  backend-ejected   "backend S taken out for MS ms after N consecutive error(s)"
  backend-up        "backend S is up after N good check(s): REASON"
  backend-restored  "backend S back in rotation"

As a module: parse(path) -> list of Event. As a command:
  engine_events.py wait LOG SUBJECT KINDS AFTER_MS TIMEOUT_S
waits until LOG has an event of one of KINDS (comma-separated) for SUBJECT stamped at or after
AFTER_MS (Unix milliseconds) and prints its time in Unix milliseconds; exit status 1 on timeout.
  engine_events.py count LOG KIND
prints how many KIND events LOG has (any subject).
"""

import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone

LINE = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)(?P<zone>Z|[+-]\d\d:\d\d)?\s+(?:info|warn|error)\s+"
    r"backend (?P<subject>\S+) (?P<rest>.*)$"
)
KINDS = (
    ("backend-down", re.compile(r"^is down after (\d+) failed check\(s\): (.*)$")),
    ("backend-ejected", re.compile(r"^taken out for (\d+) ms after (\d+) consecutive error\(s\)$")),
    ("backend-up", re.compile(r"^is up after (\d+) good check\(s\): (.*)$")),
    ("backend-restored", re.compile(r"^back in rotation$")),
)
OUT_OF_ROTATION = ("backend-down", "backend-ejected")
IN_ROTATION = ("backend-up", "backend-restored")


@dataclass
class Event:
    ms: int  # Unix time in milliseconds
    kind: str
    subject: str
    detail: str  # the reason (down/up) or "cool-down MS ms after N errors" (ejected)


def to_unix_ms(stamp, zone):
    text = stamp + ("+00:00" if zone in (None, "Z") else zone)
    return round(datetime.fromisoformat(text).astimezone(timezone.utc).timestamp() * 1000)


def parse(path):
    events = []
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except OSError:
        return events
    for line in lines:
        match = LINE.match(line)
        if not match:
            continue
        for kind, pattern in KINDS:
            rest = pattern.match(match["rest"])
            if not rest:
                continue
            if kind == "backend-ejected":
                detail = f"cool-down {rest[1]} ms after {rest[2]} errors"
            elif kind in ("backend-down", "backend-up"):
                detail = rest[2]
            else:
                detail = ""
            events.append(Event(to_unix_ms(match["time"], match["zone"]), kind, match["subject"], detail))
            break
    return events


def main(argv):
    if len(argv) == 6 and argv[0] == "wait":
        log, subject, kinds, after_ms, timeout_s = argv[1], argv[2], argv[3].split(","), int(argv[4]), float(argv[5])
        deadline = time.monotonic() + timeout_s
        while True:
            for event in parse(log):
                if event.subject == subject and event.kind in kinds and event.ms >= after_ms:
                    print(event.ms)
                    return 0
            if time.monotonic() >= deadline:
                return 1
            time.sleep(0.1)
    if len(argv) == 3 and argv[0] == "count":
        print(sum(1 for event in parse(argv[1]) if event.kind == argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
