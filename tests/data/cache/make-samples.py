#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the disk-cache sample files TestDiskCache and TestCacheEntryCodec read.

The encoder here is written from the format description (engine/cache/CacheEntryCodec.cpp), independently
of the C++ one, so the test of good.pce also catches an unannounced format change. Run it from anywhere;
it writes next to itself. The files are committed; rerun only when the format's version changes.
"""
import os
import struct
import zlib


def blob(data):
    return struct.pack("<I", len(data)) + data


def blobs(items):
    return struct.pack("<I", len(items)) + b"".join(blob(item) for item in items)


def encode():
    out = b"PCE1" + struct.pack("<I", 1)
    out += blob(b"http|sample|example.test|/sample.css")  # key
    out += blobs([b"accept-encoding"])  # vary names
    out += blobs([b"gzip"])  # vary values
    out += blob("sample".encode())  # site
    out += blob(b"/sample.css")  # path
    out += struct.pack("<I", 200) + blob(b"OK")
    headers = [(b"Content-Type", b"text/css"), (b"ETag", b'"v1"')]
    out += struct.pack("<I", len(headers)) + b"".join(blob(n) + blob(v) for n, v in headers)
    out += blob(b"gzip")  # content encoding
    # request, response, date times (ms), age (s), lifetime, stale-while-revalidate, stale-if-error (ms)
    out += struct.pack("<7q", 1767258000000, 1767258000100, 1767258000000, 5, 3600000, 60000, 0)
    out += struct.pack("<B", 1 | 8)  # heuristic, no-cache
    out += blob(b'"v1"') + blob(b"Thu, 01 Jan 2026 08:00:00 GMT")
    out += struct.pack("<i", 2)  # rule index
    out += blob(b"body { color: teal }\n")
    return out + struct.pack("<I", zlib.crc32(out))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    good = encode()
    bad_crc = bytearray(good)
    bad_crc[len(good) // 2] ^= 0x20
    samples = {
        "good.pce": good,
        "truncated.pce": good[: len(good) - 7],
        "bad-crc.pce": bytes(bad_crc),
        "wrong-magic.pce": b"XCE1" + good[4:],
        "empty.pce": b"",
    }
    for name, data in samples.items():
        with open(os.path.join(here, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
