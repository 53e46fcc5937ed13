#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the history files TestHistoryFile reads: one valid file of format 1, written from the format as
docs/history.md describes it (independently of the C++ writer, so a change of format shows), and damaged
variants of it. Run it in this folder; the files are committed, so this is only needed to change them."""
import random
import struct
import zlib

MIN = 60_000
START = 1_767_258_000_000  # 2026-01-01 09:00:00 UTC


def u32(v): return struct.pack(">I", v)
def i32(v): return struct.pack(">i", v)
def i64(v): return struct.pack(">q", v)
def u64(v): return struct.pack(">Q", v)
def f64(v): return struct.pack(">d", v)
def boolean(v): return b"\x01" if v else b"\x00"


def text(s):
    data = s.encode("utf-8")
    return u32(len(data)) + data


def point(time_ms, span, requests, active=0, p50=0):
    classes = [0, requests, 0, 0, 0]
    return (i64(time_ms) + i64(span) + u64(requests) + u64(requests * 100) + u64(requests * 1000)
            + b"".join(u64(c) for c in classes) + u64(0) + i64(active) + i64(p50) + i64(2 * p50) + i64(3 * p50))


def accumulator(points=0, pt=None, weighted=(0.0, 0.0, 0.0)):
    return i64(points) + (pt or point(0, 0, 0)) + b"".join(f64(w) for w in weighted)


def series(seconds):
    body = u32(len(seconds)) + b"".join(seconds)  # 1 s tier
    body += u32(0) + u32(0)  # 10 s and 1 min tiers
    # The 10 s bucket filling: the same seconds, summed.
    reqs = sum(struct.unpack(">Q", s[16:24])[0] for s in seconds)
    last = struct.unpack(">q", seconds[-1][0:8])[0]
    body += accumulator(len(seconds), point(last, 1000 * len(seconds), reqs, 0, 0)) + i64(START + 10_000)
    body += accumulator() + i64(0)
    return body


def entries(pairs):
    return u32(len(pairs)) + b"".join(text(k) + u64(c) for k, c in pairs)


def bucket(start, requests, paths, clients, statuses, sites):
    return i64(start) + u64(requests) + entries(paths) + entries(clients) + entries(statuses) + entries(sites)


def body():
    out = series([point(START + 1000, 1000, 3, 2, 1500), point(START + 2000, 1000, 5, 4, 2500)])
    out += u32(1) + text("shop") + series([point(START + 2000, 1000, 4)])
    # Top lists: one closed minute, no closed hour, no open minute (start -1), the open hour holding that minute.
    out += u32(1) + bucket(START - MIN, 8, [("/cart", 5), ("/", 3)], [("192.0.2.7", 8)], [("200", 8)], [("shop", 8)])
    out += u32(0)
    out += bucket(-1, 0, [], [], [], [])
    out += bucket(START - 3_600_000, 8, [("/cart", 5), ("/", 3)], [("192.0.2.7", 8)], [("200", 8)], [("shop", 8)])
    # Backends: web / 10.0.0.1:80, current, one transition Up -> Down after an HTTP 503 on /health.
    check_args = ["bad-status", "503", "/health", "nginx", "", "12", "failed"]
    transition = (boolean(True) + i64(START + 1500) + i32(1) + i32(2) + i32(0) + boolean(True) + i64(START + 1400)
                  + u32(len(check_args)) + b"".join(text(a) for a in check_args) + i32(3) + i64(0))
    out += u32(1) + text("web") + text("10.0.0.1:80") + i32(0) + boolean(True) + u32(1) + transition
    return out


def pack(data):
    return u32(len(data)) + zlib.compress(data, 6)


def frame(packed, version=1, magic=b"PHST"):
    return magic + u32(version) + u64(len(packed)) + packed + u32(zlib.crc32(packed))


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


valid = frame(pack(body()))
write("valid-v1.dat", valid)
write("truncated.dat", valid[: len(valid) // 2])
write("bad-magic.dat", b"PHSX" + valid[4:])
damaged = bytearray(valid)
damaged[16 + 10] ^= 0x5A
write("bad-checksum.dat", bytes(damaged))
write("newer-version.dat", frame(pack(body()), version=99))
rng = random.Random(6)
write("garbage.dat", bytes(rng.randrange(256) for _ in range(300)))
write("empty.dat", b"")
# Checksums right, but lengths that must not be believed.
write("absurd-size.dat", frame(u32(0xF000_0000) + zlib.compress(body(), 6)))
write("absurd-count.dat", frame(pack(u32(0xFFFF_FFFF) + body()[4:])))
write("trailing-data.dat", valid + b"more")
