// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/BackendTimelineStore.h"

#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"

#include <algorithm>

namespace Portico {

namespace {

constexpr qsizetype maxBackends = 10'000;

qint64 msOf(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

void writeTime(HistoryWriter& out, const QDateTime& time)
{
    out.write(time.isValid());
    out.write(msOf(time));
}

bool readTime(HistoryReader& in, QDateTime& time)
{
    bool valid = false;
    qint64 ms = 0;
    in.read(valid);
    if (!in.read(ms))
        return false;
    time = valid ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    return true;
}

} // namespace

BackendTimelineStore::Entry& BackendTimelineStore::entry(const QString& pool, const QString& backend)
{
    for (Entry& existing : m_entries) {
        if (existing.pool == pool && existing.backend == backend)
            return existing;
    }
    if (!m_pools.contains(pool))
        m_pools.append(pool);
    m_entries.append(Entry{pool, backend, BackendHealth::Unchecked, {}, false});
    return m_entries.last();
}

void BackendTimelineStore::setCurrent(const QList<BackendStats>& backends)
{
    QStringList keys;
    keys.reserve(backends.size() * 2);
    for (const BackendStats& backend : backends)
        keys << backend.pool << backend.key();
    if (keys == m_currentKeys)
        return;
    m_currentKeys = keys;
    for (Entry& existing : m_entries)
        existing.current = false;
    for (const BackendStats& backend : backends)
        entry(backend.pool, backend.key()).current = true;
}

void BackendTimelineStore::add(const QString& pool, const QString& backend, const BackendTransition& transition)
{
    Entry& target = entry(pool, backend);
    const qint64 time = msOf(transition.time);
    // Changes arrive in order; one that does not still lands in its place.
    const auto at = std::upper_bound(target.transitions.begin(), target.transitions.end(), time,
                                     [](qint64 ms, const BackendTransition& t) { return ms < msOf(t.time); });
    target.transitions.insert(at, transition);
    trim(target, time - keptMs);
}

void BackendTimelineStore::trim(Entry& entry, qint64 beforeMs)
{
    qsizetype drop = 0;
    while (drop < entry.transitions.size() &&
           (msOf(entry.transitions.at(drop).time) < beforeMs || entry.transitions.size() - drop > maxTransitions))
        ++drop;
    if (drop == 0)
        return;
    entry.baseline = entry.transitions.at(drop - 1).to;
    entry.transitions.remove(0, drop);
}

void BackendTimelineStore::prune(qint64 nowMs)
{
    for (Entry& existing : m_entries)
        trim(existing, nowMs - keptMs);
    m_entries.removeIf([](const Entry& e) { return !e.current && e.transitions.isEmpty(); });
    m_pools.removeIf([this](const QString& pool) {
        return std::none_of(m_entries.cbegin(), m_entries.cend(), [&pool](const Entry& e) { return e.pool == pool; });
    });
}

QList<BackendTimeline> BackendTimelineStore::timelines(HistoryRange range, qint64 nowMs) const
{
    const qint64 fromMs = nowMs - historyRangeMs(range);
    QList<BackendTimeline> result;
    for (const QString& pool : m_pools) {
        for (const Entry& existing : m_entries) {
            if (existing.pool != pool)
                continue;
            BackendTimeline timeline{existing.pool, existing.backend, existing.baseline, {}};
            for (const BackendTransition& transition : existing.transitions) {
                const qint64 time = msOf(transition.time);
                if (time < fromMs)
                    timeline.initial = transition.to;
                else if (time <= nowMs)
                    timeline.transitions.append(transition);
            }
            if (existing.current || !timeline.transitions.isEmpty())
                result.append(timeline);
        }
    }
    return result;
}

void BackendTimelineStore::writeTransition(HistoryWriter& out, const BackendTransition& transition)
{
    writeTime(out, transition.time);
    out.write(qint32(transition.from));
    out.write(qint32(transition.to));
    out.write(qint32(transition.cause));
    writeTime(out, transition.check.time);
    const QStringList args = transition.check.toArgs();
    out.writeCount(args.size());
    for (const QString& arg : args)
        out.writeString(arg);
    out.write(qint32(transition.failures));
    out.write(transition.coolDownMs);
}

bool BackendTimelineStore::readTransition(HistoryReader& in, BackendTransition& transition)
{
    readTime(in, transition.time);
    in.readEnum(transition.from, BackendHealth::Ejected);
    in.readEnum(transition.to, BackendHealth::Ejected);
    in.readEnum(transition.cause, TransitionCause::ConfigChanged);
    QDateTime checkTime;
    readTime(in, checkTime);
    qsizetype count = 0;
    if (!in.readCount(32, 4, count))
        return false;
    QStringList args;
    for (qsizetype i = 0; i < count; ++i) {
        QString arg;
        in.readString(arg);
        args << arg;
    }
    qint32 failures = 0;
    in.read(failures);
    if (!in.read(transition.coolDownMs))
        return false;
    transition.check = HealthCheckResult::fromArgs(args);
    transition.check.time = checkTime;
    transition.failures = failures;
    return true;
}

void BackendTimelineStore::write(HistoryWriter& out) const
{
    out.writeCount(m_entries.size());
    for (const Entry& existing : m_entries) {
        out.writeString(existing.pool);
        out.writeString(existing.backend);
        out.write(qint32(existing.baseline));
        out.write(existing.current);
        out.writeCount(existing.transitions.size());
        for (const BackendTransition& transition : existing.transitions)
            writeTransition(out, transition);
    }
}

bool BackendTimelineStore::read(HistoryReader& in)
{
    qsizetype count = 0;
    if (!in.readCount(maxBackends, 4 + 4 + 4 + 1 + 4, count))
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        QString pool;
        QString backend;
        in.readString(pool);
        in.readString(backend);
        Entry& target = entry(pool, backend);
        in.readEnum(target.baseline, BackendHealth::Ejected);
        in.read(target.current);
        qsizetype transitions = 0;
        if (!in.readCount(maxTransitions, 9 * 2 + 12 + 4 + 4 + 12, transitions))
            return false;
        for (qsizetype t = 0; t < transitions; ++t) {
            BackendTransition transition;
            if (!readTransition(in, transition))
                return false;
            target.transitions.append(transition);
        }
    }
    for (const Entry& existing : m_entries) {
        if (existing.current)
            m_currentKeys << existing.pool << existing.backend;
    }
    return in.ok();
}

} // namespace Portico
