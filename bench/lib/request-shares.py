#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Send exactly COUNT GET requests to http://127.0.0.1:PORT/PATH and count who answered.

Usage: request-shares.py PORT COUNT [--connections N] [--path /1k] [--header NAME]
                                    [--backend-header X-Backend] [--timeout SECONDS]

The requests go over N keep-alive connections in parallel (threads). With --header NAME every request
carries NAME: key-<i>, a different value for each request (for consistent hashing on a header). The
answer is one JSON object on stdout: requests sent, statuses, the values of the backend-naming
response header, transport errors and the elapsed time. Loopback only; exit status 0 when every
request got a 2xx answer, 1 otherwise.
"""

import argparse
import http.client
import json
import sys
import threading
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--path", default="/1k")
    parser.add_argument("--header", default="")
    parser.add_argument("--backend-header", default="X-Backend")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    if not 1 <= args.count <= 1_000_000 or not 1 <= args.connections <= 256:
        parser.error("COUNT must be 1..1000000 and --connections 1..256")

    lock = threading.Lock()
    next_index = [0]
    statuses = {}
    backends = {}
    errors = {}

    def take():
        with lock:
            if next_index[0] >= args.count:
                return None
            next_index[0] += 1
            return next_index[0] - 1

    def count(table, key):
        with lock:
            table[key] = table.get(key, 0) + 1

    def run():
        conn = None
        while (index := take()) is not None:
            headers = {args.header: f"key-{index}"} if args.header else {}
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=args.timeout)
                conn.request("GET", args.path, headers=headers)
                response = conn.getresponse()
                response.read()
                count(statuses, str(response.status))
                count(backends, response.getheader(args.backend_header, "-"))
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as error:
                count(errors, type(error).__name__)
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()

    started = time.monotonic()
    threads = [threading.Thread(target=run) for _ in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started

    print(json.dumps({
        "requests": args.count,
        "statuses": statuses,
        "backends": backends,
        "errors": errors,
        "seconds": round(elapsed, 3),
    }, sort_keys=True))
    good = sum(v for k, v in statuses.items() if k.startswith("2"))
    return 0 if good == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
