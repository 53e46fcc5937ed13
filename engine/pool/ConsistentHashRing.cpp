// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/ConsistentHashRing.h"

#include <QtEndian>

#include <charconv>
#include <iterator>

namespace Portico {

namespace {

constexpr quint64 prime1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 prime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 prime3 = 0x165667B19E3779F9ULL;
constexpr quint64 prime4 = 0x85EBCA77C2B2AE63ULL;
constexpr quint64 prime5 = 0x27D4EB2F165667C5ULL;

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

quint64 read64(const uchar* p)
{
    return qFromLittleEndian<quint64>(p);
}

quint64 read32(const uchar* p)
{
    return qFromLittleEndian<quint32>(p);
}

quint64 xxRound(quint64 acc, quint64 input)
{
    acc += input * prime2;
    acc = rotl(acc, 31);
    return acc * prime1;
}

quint64 mergeRound(quint64 acc, quint64 value)
{
    acc ^= xxRound(0, value);
    return acc * prime1 + prime4;
}

} // namespace

quint64 ConsistentHashRing::hash(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const auto length = static_cast<quint64>(data.size());
    const uchar* const end = p + length;
    constexpr quint64 seed = 0;
    quint64 h;

    if (length >= 32) {
        quint64 v1 = seed + prime1 + prime2;
        quint64 v2 = seed + prime2;
        quint64 v3 = seed;
        quint64 v4 = seed - prime1;
        const uchar* const limit = end - 32;
        do {
            v1 = xxRound(v1, read64(p));
            v2 = xxRound(v2, read64(p + 8));
            v3 = xxRound(v3, read64(p + 16));
            v4 = xxRound(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = mergeRound(h, v1);
        h = mergeRound(h, v2);
        h = mergeRound(h, v3);
        h = mergeRound(h, v4);
    } else {
        h = seed + prime5;
    }
    h += length;

    while (end - p >= 8) {
        h ^= xxRound(0, read64(p));
        h = rotl(h, 27) * prime1 + prime4;
        p += 8;
    }
    if (end - p >= 4) {
        h ^= read32(p) * prime1;
        h = rotl(h, 23) * prime2 + prime3;
        p += 4;
    }
    while (p < end) {
        h ^= *p * prime5;
        h = rotl(h, 11) * prime1;
        ++p;
    }

    h ^= h >> 33;
    h *= prime2;
    h ^= h >> 29;
    h *= prime3;
    h ^= h >> 32;
    return h;
}

ConsistentHashRing::ConsistentHashRing(const QList<QByteArray>& backendKeys, const QList<int>& weights,
                                       int pointsPerWeight)
    : m_backendCount(static_cast<int>(backendKeys.size()))
{
    Q_ASSERT(backendKeys.size() == weights.size());
    const int count = static_cast<int>(std::min<qsizetype>({backendKeys.size(), weights.size(), maxBackends}));
    pointsPerWeight = std::max(pointsPerWeight, 1);

    qint64 totalWeight = 0;
    for (int i = 0; i < count; ++i)
        totalWeight += std::max(weights[i], 0);
    const bool scaled = totalWeight * pointsPerWeight > maxPoints;

    std::vector<qint64> points(static_cast<std::size_t>(count), 0);
    qint64 totalPoints = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 weight = std::max(weights[i], 0);
        if (weight == 0)
            continue;
        points[static_cast<std::size_t>(i)] =
            scaled ? std::max<qint64>(1, weight * maxPoints / totalWeight) : weight * pointsPerWeight;
        totalPoints += points[static_cast<std::size_t>(i)];
        ++m_backendsOnRing;
    }
    m_points.reserve(static_cast<std::size_t>(totalPoints));

    QByteArray name;
    for (int i = 0; i < count; ++i) {
        name = backendKeys[i];
        name += '#';
        const qsizetype prefix = name.size();
        for (qint64 n = 0; n < points[static_cast<std::size_t>(i)]; ++n) {
            char digits[24];
            const auto written = std::to_chars(std::begin(digits), std::end(digits), n);
            name.truncate(prefix);
            name.append(digits, written.ptr - digits);
            m_points.push_back((hash(name) & placeMask) | static_cast<quint64>(i));
        }
    }
    std::sort(m_points.begin(), m_points.end());
}

} // namespace Portico
