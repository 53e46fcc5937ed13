#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Portico's consistent-hash ring rebuilt in Python, to tell the ring's own unevenness from a fault.

The ring is documented in docs/load-balancing.md: each backend "host:port" gets weight x 1000 points,
point n at XXH64("host:port#n") (seed 0) keeping the top 48 bits; a key goes to the first point at or
after its own hash's top 48 bits, wrapping round. Where the points fall depends on the ports, so the
shares a ring gives differ a little from the weights, and differently for every set of ports.

As a command:
  hash_ring.py KEY_FORMAT COUNT HOST:PORT=WEIGHT...
prints, per backend, its share of the ring (what infinitely many random keys would give) and how many
of the COUNT keys KEY_FORMAT % i (e.g. "key-%d") the ring sends to it.
"""

import bisect
import struct
import sys

MASK = (1 << 64) - 1
P1, P2, P3, P4, P5 = (0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x85EBCA77C2B2AE63,
                      0x27D4EB2F165667C5)
PLACE_MASK = MASK & ~0xFFFF
POINTS_PER_WEIGHT = 1000


def _rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK


def _round(acc, value):
    acc = (acc + value * P2) & MASK
    return (_rotl(acc, 31) * P1) & MASK


def _merge(acc, value):
    acc ^= _round(0, value)
    return (acc * P1 + P4) & MASK


def xxh64(data, seed=0):
    length = len(data)
    p = 0
    if length >= 32:
        v = [(seed + P1 + P2) & MASK, (seed + P2) & MASK, seed, (seed - P1) & MASK]
        while p <= length - 32:
            for k in range(4):
                v[k] = _round(v[k], struct.unpack_from("<Q", data, p + 8 * k)[0])
            p += 32
        h = (_rotl(v[0], 1) + _rotl(v[1], 7) + _rotl(v[2], 12) + _rotl(v[3], 18)) & MASK
        for k in range(4):
            h = _merge(h, v[k])
    else:
        h = (seed + P5) & MASK
    h = (h + length) & MASK
    while length - p >= 8:
        h ^= _round(0, struct.unpack_from("<Q", data, p)[0])
        h = (_rotl(h, 27) * P1 + P4) & MASK
        p += 8
    if length - p >= 4:
        h ^= (struct.unpack_from("<I", data, p)[0] * P1) & MASK
        h = (_rotl(h, 23) * P2 + P3) & MASK
        p += 4
    while p < length:
        h ^= (data[p] * P5) & MASK
        h = (_rotl(h, 11) * P1) & MASK
        p += 1
    h ^= h >> 33
    h = (h * P2) & MASK
    h ^= h >> 29
    h = (h * P3) & MASK
    h ^= h >> 32
    return h


class Ring:
    def __init__(self, backends):
        """backends: list of ("host:port", weight)."""
        points = []
        for index, (key, weight) in enumerate(backends):
            for n in range(weight * POINTS_PER_WEIGHT):
                points.append((xxh64(f"{key}#{n}".encode()) & PLACE_MASK) | index)
        points.sort()
        self.points = points
        self.count = len(backends)

    def owner(self, key_hash):
        i = bisect.bisect_left(self.points, key_hash & PLACE_MASK)
        return self.points[i % len(self.points)] & 0xFFFF

    def shares(self):
        """Each backend's share of the ring (the arc before each of its points), as fractions."""
        owned = [0] * self.count
        previous = self.points[-1] & PLACE_MASK
        for point in self.points:
            place = point & PLACE_MASK
            owned[point & 0xFFFF] += (place - previous) % (1 << 64)
            previous = place
        total = sum(owned) or 1
        return [o / total for o in owned]

    def counts(self, key_format, count):
        result = [0] * self.count
        for i in range(count):
            result[self.owner(xxh64((key_format % i).encode()))] += 1
        return result


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    key_format, count = argv[0], int(argv[1])
    backends = [(spec.rsplit("=", 1)[0], int(spec.rsplit("=", 1)[1])) for spec in argv[2:]]
    ring = Ring(backends)
    for (key, _), share, keys in zip(backends, ring.shares(), ring.counts(key_format, count)):
        print(f"{key} ring {100 * share:.2f} % keys {keys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
