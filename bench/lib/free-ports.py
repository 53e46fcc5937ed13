#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print COUNT free TCP ports on 127.0.0.1, one per line, outside the kernel's ephemeral range when possible.

Ports inside the ephemeral range could be taken as the local port of some outgoing connection between
this check and the server's bind(), so the high ports above the range are preferred.
"""

import random
import socket
import sys


def is_free(port):
    # No SO_REUSEADDR: a port with lingering TIME_WAIT sockets counts as busy, which is what we want.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def main():
    count = int(sys.argv[1])
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as f:
            low, high = (int(v) for v in f.read().split())
    except OSError:
        low, high = 32768, 60999
    if 65535 - high >= 8 * count:
        candidates = list(range(high + 1, 65536))
    else:
        candidates = list(range(max(10000, low - 20000), low))
    start = random.randrange(len(candidates))
    chosen = []
    for i in range(len(candidates)):
        port = candidates[(start + i) % len(candidates)]
        if is_free(port):
            chosen.append(port)
            if len(chosen) == count:
                print("\n".join(str(p) for p in chosen))
                return 0
    print(f"free-ports: found only {len(chosen)} free ports of {count}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
