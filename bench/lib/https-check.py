#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that https://127.0.0.1:PORT/PATH returns exactly the bytes of FILE, twice on one keep-alive connection.

The HTTPS twin of http-check.py: a contestant that answers quickly with an error page, a truncated body or
a failed handshake would win a req/s race, so every contestant must pass this before it is measured. The
certificate is not verified (every contestant serves the same throwaway one). Prints the negotiated
protocol, cipher and ALPN on success. Exit status 0 on success, 1 with a reason otherwise.
"""

import http.client
import ssl
import sys


def main():
    port, path, expected_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    with open(expected_file, "rb") as f:
        expected = f.read()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_alpn_protocols(["http/1.1"])
    conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=context)
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
        tls = conn.sock
        print(f"{tls.version()} {tls.cipher()[0]} alpn={tls.selected_alpn_protocol()}")
    except (OSError, http.client.HTTPException, ssl.SSLError) as error:
        print(f"GET {path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
