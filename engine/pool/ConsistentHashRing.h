// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <vector>

namespace Portico {

// A consistent-hash ring over a pool's backends. Each backend owns weight x pointsPerWeight points,
// the one numbered n placed at hash("host:port#n"); a key belongs to the first point at or after its
// own hash, going round. A point's place depends only on its backend's key and number, so adding a
// backend moves only the keys that land on its new points (about 1/(N+1) of them, all onto it) and
// removing one moves only the keys it had.
// Immutable: built once per config generation off the hot path, then read by all workers at once.
class ConsistentHashRing
{
public:
    // With k points a backend's share of the keys strays from its fair share by about 1/sqrt(k) of it
    // (a standard deviation): 3% at 1000 points, 10% at 100, which is too uneven for a pool of three.
    static constexpr int defaultPointsPerWeight = 1000;
    // Past this many points in all (several backends weighted in the hundreds) every backend's count
    // is scaled down in proportion, which keeps memory at 8 MiB but gives up the "moves only onto the
    // new backend" promise for changes in such pools.
    static constexpr qint64 maxPoints = qint64(1) << 20;
    // Backends past this index get no points.
    static constexpr int maxBackends = 1 << 16;

    ConsistentHashRing() = default;
    // backendKeys[i] is backend i's "host:port"; weights[i] <= 0 gives it no points.
    ConsistentHashRing(const QList<QByteArray>& backendKeys, const QList<int>& weights,
                       int pointsPerWeight = defaultPointsPerWeight);

    // XXH64 (seed 0), written here: fast on short keys, well mixed, and checked against the reference
    // implementation's values. It needs no secret: a client that picks its own key can only pick its
    // own backend, which it could do just as well by sending one key over and over.
    static quint64 hash(QByteArrayView data);

    // The first backend, going round from keyHash's place, for which eligible(int index) is true;
    // -1 when none is (or the ring is empty). eligible is called at most once per backend in pools of
    // up to 64 backends, and never allocates here.
    template<typename Eligible>
    int pick(quint64 keyHash, Eligible&& eligible) const;

    int backendCount() const { return m_backendCount; }
    int pointCount() const { return static_cast<int>(m_points.size()); }

private:
    // A point is one sorted 64-bit word: its place on the ring in the high 48 bits, its backend's
    // index in the low 16, so that a lookup is one binary search over a flat array.
    static constexpr quint64 indexMask = maxBackends - 1;
    static constexpr quint64 placeMask = ~indexMask;

    std::vector<quint64> m_points;
    int m_backendCount = 0;
    // Backends that own at least one point.
    int m_backendsOnRing = 0;
};

template<typename Eligible>
int ConsistentHashRing::pick(quint64 keyHash, Eligible&& eligible) const
{
    const std::size_t size = m_points.size();
    if (size == 0)
        return -1;
    std::size_t i = static_cast<std::size_t>(std::lower_bound(m_points.begin(), m_points.end(), keyHash & placeMask) -
                                             m_points.begin());

    // Small pools remember every backend turned down and stop once all were; larger ones only skip
    // runs of the backend just turned down.
    const bool smallPool = m_backendCount <= 64;
    quint64 rejectedMask = 0;
    int rejectedCount = 0;
    int lastRejected = -1;
    for (std::size_t step = 0; step < size; ++step, ++i) {
        if (i == size)
            i = 0;
        const int backend = static_cast<int>(m_points[i] & indexMask);
        if (backend == lastRejected || (smallPool && (rejectedMask >> backend) & 1))
            continue;
        if (eligible(backend))
            return backend;
        lastRejected = backend;
        if (smallPool) {
            rejectedMask |= quint64(1) << backend;
            if (++rejectedCount == m_backendsOnRing)
                return -1;
        }
    }
    return -1;
}

} // namespace Portico
