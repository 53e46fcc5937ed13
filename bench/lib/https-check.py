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

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from answer_check import check_twice  # noqa: E402


def negotiated(conn):
    tls = conn.sock
    return f"{tls.version()} {tls.cipher()[0]} alpn={tls.selected_alpn_protocol()}"


def main():
    port, path, expected_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_alpn_protocols(["http/1.1"])
    conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=context)
    return check_twice(conn, path, expected_file, negotiated)


if __name__ == "__main__":
    sys.exit(main())
