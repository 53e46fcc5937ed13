#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that http://127.0.0.1:PORT/PATH returns exactly the bytes of FILE, twice on one keep-alive connection.

A contestant that answers quickly with an error page or a truncated body would win a req/s race, so
every contestant must pass this before it is measured. Exit status 0 on success, 1 with a reason otherwise.
"""

import http.client
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from answer_check import check_twice  # noqa: E402


def main():
    port, path, expected_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    return check_twice(http.client.HTTPConnection("127.0.0.1", port, timeout=10), path, expected_file)


if __name__ == "__main__":
    sys.exit(main())
