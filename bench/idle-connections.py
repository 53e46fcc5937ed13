#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open COUNT keep-alive connections to 127.0.0.1:PORT and hold them idle.

Each connection sends one complete HTTP/1.1 keep-alive request and reads the whole response, so the
proxy has really served it and now holds an idle keep-alive connection. Then the connections stay
open, silent, until the tool is told to stop.

Protocol with the caller (one line each on stdout, flushed):
  LIMIT wanted=N usable=M nofile=L   only when the open-file limit forced fewer connections
  READY open=N failed=M seconds=S    all connections are set up (or the setup gave up)
  OPEN open=N closed=M               answer to SIGUSR1: how many are still open (not closed by the peer)
  DONE                               after SIGTERM/SIGINT or --hold seconds: everything closed

Only loopback addresses are accepted; every loop is bounded in count and time.
"""

import argparse
import ipaddress
import os
import resource
import select
import signal
import socket
import struct
import sys
import time

FD_RESERVE = 64  # stdio, the interpreter's own files, and slack


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def raise_nofile(wanted):
    """Raise the soft open-file limit as far as the hard limit allows; return the resulting soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if target > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return soft


def read_response(sock, deadline):
    """Read one HTTP/1.x response; return (status, keep_alive). Raises on error or timeout."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        if len(buf) > 65536:
            raise ValueError("response head too large")
        buf += recv_some(sock, deadline)
    head, _, body = buf.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise ValueError("bad status line")
    status = int(parts[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers.setdefault(name.strip().lower(), []).append(value.strip().lower())
    connection = b",".join(headers.get(b"connection", []))
    keep_alive = b"close" not in connection and (parts[0] == b"HTTP/1.1" or b"keep-alive" in connection)
    if b"chunked" in b",".join(headers.get(b"transfer-encoding", [])):
        # Good enough for a benchmark body: read until the last-chunk and the empty trailer section.
        while not body.endswith(b"0\r\n\r\n"):
            body += recv_some(sock, deadline)
    elif b"content-length" in headers:
        length = int(headers[b"content-length"][0])
        while len(body) < length:
            body += recv_some(sock, deadline)
    elif status not in (204, 304) and not 100 <= status < 200:
        raise ValueError("response without a length cannot be kept alive")
    return status, keep_alive


def recv_some(sock, deadline):
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("response timeout")
    sock.settimeout(remaining)
    data = sock.recv(65536)
    if not data:
        raise ConnectionError("closed by peer")
    return data


def open_one(host, port, request, timeout):
    deadline = time.monotonic() + timeout
    sock = socket.create_connection((host, port), timeout=timeout)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(request)
        status, keep_alive = read_response(sock, deadline)
        if status != 200:
            raise ValueError(f"status {status}")
        if not keep_alive:
            raise ValueError("server did not keep the connection alive")
        sock.setblocking(False)
        return sock
    except BaseException:
        sock.close()
        raise


def count_open(socks):
    """An idle keep-alive socket that turns readable was closed (or spoken to) by the peer."""
    mask = select.POLLIN | getattr(select, "POLLRDHUP", 0)
    poller = select.poll()
    for s in socks:
        poller.register(s, mask)
    closed = len(poller.poll(0))
    return len(socks) - closed, closed


def close_all(socks):
    # RST instead of FIN: the client side would otherwise keep COUNT sockets in TIME_WAIT for a minute.
    linger = struct.pack("ii", 1, 0)
    for s in socks:
        try:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        except OSError:
            pass
        s.close()
    socks.clear()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--path", default="/1k", help="request target (default /1k)")
    parser.add_argument("--hold", type=float, default=300.0, help="stop by itself after this many seconds (300)")
    parser.add_argument("--timeout", type=float, default=10.0, help="per-connection setup timeout in seconds (10)")
    parser.add_argument("--setup-limit", type=float, default=180.0, help="give up setting up after this many seconds")
    args = parser.parse_args()

    if not ipaddress.ip_address(args.host).is_loopback:
        parser.error("only loopback addresses may be targeted")
    if not 0 < args.port < 65536 or args.count < 1 or args.count > 200000:
        parser.error("port must be 1..65535 and count 1..200000")

    # Block the control signals before anything else so none is lost between setup and sigtimedwait.
    control = {signal.SIGUSR1, signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, control)

    nofile = raise_nofile(args.count + FD_RESERVE)
    usable = max(0, min(args.count, nofile - FD_RESERVE))
    if usable < args.count:
        say(f"LIMIT wanted={args.count} usable={usable} nofile={nofile}")

    request = (f"GET {args.path} HTTP/1.1\r\nHost: {args.host}:{args.port}\r\nUser-Agent: portico-bench-idle\r\n\r\n").encode(
        "ascii"
    )
    socks = []
    failed = 0
    consecutive_failures = 0
    first_error = ""
    started = time.monotonic()
    setup_deadline = started + args.setup_limit
    for _ in range(usable):
        if time.monotonic() > setup_deadline or consecutive_failures >= 50:
            break
        # A signal that arrives during setup is honoured here; SIGUSR1 is only meaningful afterwards.
        pending = signal.sigpending()
        if signal.SIGTERM in pending or signal.SIGINT in pending:
            break
        try:
            socks.append(open_one(args.host, args.port, request, args.timeout))
            consecutive_failures = 0
        except (OSError, ValueError) as error:
            failed += 1
            consecutive_failures += 1
            if not first_error:
                first_error = f"{type(error).__name__}: {error}"
    elapsed = time.monotonic() - started
    say(f"READY open={len(socks)} failed={failed} seconds={elapsed:.1f}")
    if first_error:
        print(f"idle-connections: first failure: {first_error}", file=sys.stderr)

    hold_deadline = time.monotonic() + args.hold
    while True:
        remaining = hold_deadline - time.monotonic()
        if remaining <= 0:
            break
        info = signal.sigtimedwait(control, min(remaining, 1.0))
        if info is None:
            continue
        if info.si_signo == signal.SIGUSR1:
            still_open, closed = count_open(socks)
            say(f"OPEN open={still_open} closed={closed}")
            continue
        break
    close_all(socks)
    say("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
