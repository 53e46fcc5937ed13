// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "stats/StatsSnapshot.h"

#include <QList>
#include <QObject>

class QTimer;
class QWidget;

namespace Portico {

class Clock;
class EngineSession;

// Watches the first minute after every applied change: watching(secondsLeft) once a second while the change
// can be undone, worse(concerns) when the traffic is clearly worse than in the minute before (then it stops
// and waits for rollBack() or keep()), finished() when the minute passed without trouble.
class ApplyWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 watchMs = 60'000;
    // Clearly worse: the 5xx share of responses rose by at least this many points...
    static constexpr double errorRateRise = 0.05;
    // ...to at least this many times the share before...
    static constexpr double errorRateFactor = 3.0;
    // ...over at least this many responses since the change.
    static constexpr quint64 minimumResponses = 20;

    enum class State
    {
        Idle,
        Watching,
        Worse,
        Finished,
    };

    // One way the traffic got worse since the change.
    struct Concern
    {
        enum class Kind
        {
            ErrorRate,   // before/after: 5xx share of responses, 0..1
            BackendDown, // pool, backend "host:port" was in rotation and is now down or ejected
            PoolEmpty,   // pool had a backend in rotation and now has none
        };
        Kind kind = Kind::ErrorRate;
        QString pool;
        QString backend;
        double before = 0;
        double after = 0;

        bool operator==(const Concern&) const = default;
    };

    ApplyWatcher(EngineSession& session, const Clock& clock, QObject* parent = nullptr);
    ~ApplyWatcher() override;

    State state() const { return m_state; }
    int secondsLeft() const;
    const QList<Concern>& concerns() const { return m_concerns; }
    // The config in force before the change being watched.
    const Config& previous() const { return m_previous; }

    // Starts a new watch (EngineSession::configApplied does this).
    void start(const Config& previous, const Config& current);
    // A snapshot from the engine (EngineController::statsUpdated does this).
    void addSnapshot(const StatsSnapshot& snapshot);
    // Reads the clock: counts down and finishes the watch (a timer does this once a second).
    void tick();

    // Puts the previous config back in force (and into the file, with history), as after any change.
    // Undo is the same before anything went wrong. False when it was refused (parent shows why).
    bool rollBack(QWidget* parent);
    // The admin keeps the change despite the concerns: the watch ends.
    void keep();

    // What the watcher would say about these snapshots: before ends where the change happened (oldest
    // first, the last one taken just before it), after is the newest one since.
    static QList<Concern> compare(const QList<StatsSnapshot>& before, const StatsSnapshot& after);

Q_SIGNALS:
    void watching(int secondsLeft);
    void worse(const QList<Portico::ApplyWatcher::Concern>& concerns);
    void finished();
    // A rollBack() put the previous config back in force.
    void rolledBack();

private:
    struct Seen
    {
        qint64 atMs;
        StatsSnapshot snapshot;
    };

    void setState(State state);

    EngineSession& m_session;
    const Clock& m_clock;
    QTimer* m_timer;
    State m_state = State::Idle;
    Config m_previous;
    qint64 m_startMs = 0;
    int m_lastSecondsLeft = -1;
    bool m_rollingBack = false;
    // Snapshots from the last watchMs, to compare a change against.
    QList<Seen> m_recent;
    QList<StatsSnapshot> m_baseline;
    QList<Concern> m_concerns;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::ApplyWatcher::Concern)
