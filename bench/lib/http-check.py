#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that http://127.0.0.1:PORT/PATH returns exactly the bytes of FILE, twice on one keep-alive connection.

A contestant that answers quickly with an error page or a truncated body would win a req/s race, so
every contestant must pass this before it is measured. Exit status 0 on success, 1 with a reason otherwise.
"""

import http.client
import sys


def main():
    port, path, expected_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    with open(expected_file, "rb") as f:
        expected = f.read()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        for attempt in (1, 2):
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                print(f"GET {path} (request {attempt}): status {response.status}", file=sys.stderr)
                return 1
            if body != expected:
                print(f"GET {path} (request {attempt}): body of {len(body)} bytes differs from {expected_file}",
                      file=sys.stderr)
                return 1
            if response.will_close:
                print(f"GET {path} (request {attempt}): the server closed the keep-alive connection",
                      file=sys.stderr)
                return 1
    except (OSError, http.client.HTTPException) as error:
        print(f"GET {path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
