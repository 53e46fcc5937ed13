// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ApplyWatcher.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "core/Clock.h"

#include <QLoggingCategory>
#include <QTimer>

#include <numeric>

Q_LOGGING_CATEGORY(lcWatch, "portico.ui.apply", QtInfoMsg)

namespace Portico {

namespace {

quint64 responses(const StatsSnapshot& snapshot)
{
    return std::accumulate(snapshot.responsesByClass.cbegin(), snapshot.responsesByClass.cend(), quint64(0));
}

quint64 serverErrors(const StatsSnapshot& snapshot)
{
    return snapshot.responsesByClass[4];
}

// Counters only grow while the engine runs; after a restart the later snapshot counts from zero.
void countBetween(const StatsSnapshot& from, const StatsSnapshot& to, quint64& total, quint64& errors)
{
    if (responses(to) < responses(from) || serverErrors(to) < serverErrors(from)) {
        total = responses(to);
        errors = serverErrors(to);
        return;
    }
    total = responses(to) - responses(from);
    errors = serverErrors(to) - serverErrors(from);
}

bool serving(const BackendStats& backend)
{
    return backend.inRotation && backend.health != BackendHealth::Down && backend.health != BackendHealth::Ejected;
}

bool failing(const BackendStats& backend)
{
    return backend.health == BackendHealth::Down || backend.health == BackendHealth::Ejected;
}

} // namespace

ApplyWatcher::ApplyWatcher(EngineSession& session, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ApplyWatcher::tick);
    connect(&session, &EngineSession::configApplied, this, &ApplyWatcher::start);
    connect(&session.engine(), &EngineController::statsUpdated, this, &ApplyWatcher::addSnapshot);
}

ApplyWatcher::~ApplyWatcher() = default;

int ApplyWatcher::secondsLeft() const
{
    if (m_state != State::Watching)
        return 0;
    const qint64 leftMs = m_startMs + watchMs - m_clock.monotonicMs();
    return leftMs <= 0 ? 0 : static_cast<int>((leftMs + 999) / 1000);
}

void ApplyWatcher::start(const Config& previous, const Config&)
{
    m_previous = previous;
    m_concerns.clear();
    if (m_rollingBack) {
        // The previous config is back: there is nothing left to undo.
        m_timer->stop();
        setState(State::Idle);
        return;
    }
    m_startMs = m_clock.monotonicMs();
    m_baseline.clear();
    for (const Seen& seen : std::as_const(m_recent)) {
        if (seen.atMs >= m_startMs - watchMs)
            m_baseline.append(seen.snapshot);
    }
    if (m_baseline.isEmpty())
        m_baseline.append(m_session.engine().lastStats());
    setState(State::Watching);
    m_lastSecondsLeft = secondsLeft();
    Q_EMIT watching(m_lastSecondsLeft);
    m_timer->start();
}

void ApplyWatcher::addSnapshot(const StatsSnapshot& snapshot)
{
    const qint64 now = m_clock.monotonicMs();
    m_recent.append(Seen{now, snapshot});
    while (!m_recent.isEmpty() && m_recent.first().atMs < now - watchMs)
        m_recent.removeFirst();
    if (m_state != State::Watching)
        return;
    const QList<Concern> found = compare(m_baseline, snapshot);
    if (!found.isEmpty()) {
        m_concerns = found;
        m_timer->stop();
        qCWarning(lcWatch) << "Traffic is clearly worse since the last change:" << found.size() << "concern(s)";
        setState(State::Worse);
        Q_EMIT worse(m_concerns);
        return;
    }
    tick();
}

void ApplyWatcher::tick()
{
    if (m_state != State::Watching)
        return;
    const int left = secondsLeft();
    if (left <= 0) {
        m_timer->stop();
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT watching(left);
    }
}

bool ApplyWatcher::rollBack(QWidget* parent)
{
    if (m_state != State::Watching && m_state != State::Worse)
        return false;
    m_rollingBack = true;
    const bool ok = ChangeApplier::apply(parent, m_session, m_previous, ChangeApplier::Review::AlreadyShown);
    m_rollingBack = false;
    if (!ok)
        return false;
    m_timer->stop();
    m_concerns.clear();
    setState(State::Idle);
    Q_EMIT rolledBack();
    return true;
}

void ApplyWatcher::keep()
{
    if (m_state != State::Watching && m_state != State::Worse)
        return;
    m_timer->stop();
    setState(State::Finished);
    Q_EMIT finished();
}

QList<ApplyWatcher::Concern> ApplyWatcher::compare(const QList<StatsSnapshot>& before, const StatsSnapshot& after)
{
    QList<Concern> concerns;
    if (before.isEmpty())
        return concerns;
    const StatsSnapshot& last = before.last();

    // The share before: over the baseline window, or since the engine started when only one snapshot is known.
    quint64 beforeTotal = 0;
    quint64 beforeErrors = 0;
    if (before.size() > 1)
        countBetween(before.first(), last, beforeTotal, beforeErrors);
    else
        countBetween(StatsSnapshot(), last, beforeTotal, beforeErrors);
    quint64 afterTotal = 0;
    quint64 afterErrors = 0;
    countBetween(last, after, afterTotal, afterErrors);
    const double beforeRate = beforeTotal ? double(beforeErrors) / double(beforeTotal) : 0.0;
    const double afterRate = afterTotal ? double(afterErrors) / double(afterTotal) : 0.0;
    if (afterTotal >= minimumResponses && afterRate >= beforeRate + errorRateRise &&
        afterRate >= errorRateFactor * beforeRate)
        concerns.append(Concern{Concern::Kind::ErrorRate, QString(), QString(), beforeRate, afterRate});

    // Only backends and pools in both: a change that removes a server does not make it "down".
    QStringList pools;
    for (const BackendStats& now : after.backends) {
        if (!pools.contains(now.pool))
            pools << now.pool;
        for (const BackendStats& then : last.backends) {
            if (then.pool == now.pool && then.key() == now.key() && serving(then) && failing(now))
                concerns.append(Concern{Concern::Kind::BackendDown, now.pool, now.key(), 0, 0});
        }
    }
    for (const QString& pool : std::as_const(pools)) {
        int servingBefore = 0;
        int servingAfter = 0;
        for (const BackendStats& then : last.backends)
            servingBefore += then.pool == pool && serving(then) ? 1 : 0;
        for (const BackendStats& now : after.backends)
            servingAfter += now.pool == pool && serving(now) ? 1 : 0;
        if (servingBefore > 0 && servingAfter == 0)
            concerns.append(Concern{Concern::Kind::PoolEmpty, pool, QString(), static_cast<double>(servingBefore), 0});
    }
    return concerns;
}

void ApplyWatcher::setState(State state)
{
    m_state = state;
}

} // namespace Portico
