// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>

// Helpers for the fixed-size, lock-free tables that the rate and connection limiters index by a key's hash.
namespace Portico::HashSlots {

// splitmix64's finaliser: callers pass plain hashes (IPv4 keys differ in a few bytes only), and both a slot index
// (low bits) and a tag (high bits) need all of the key's bits mixed in.
constexpr quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// The table size for at least count slots: a power of two (so a mask picks the slot), at most 2^30.
constexpr int tableSize(int count)
{
    return static_cast<int>(std::bit_ceil(static_cast<unsigned>(std::clamp(count, 1, 1 << 30))));
}

} // namespace Portico::HashSlots
