# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The answer check http-check.py and https-check.py share: GET PATH twice on one keep-alive connection."""

import http.client
import sys


def check_twice(conn, path, expected_file, on_success=None):
    """0 when both answers are 200 with exactly the bytes of EXPECTED_FILE and the connection stays open, then
    prints on_success(conn) if given; 1 with the reason on stderr otherwise. Closes CONN."""
    with open(expected_file, "rb") as f:
        expected = f.read()
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
        if on_success:
            print(on_success(conn))
    # ssl.SSLError is an OSError.
    except (OSError, http.client.HTTPException) as error:
        print(f"GET {path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    return 0
