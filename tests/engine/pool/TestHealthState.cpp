// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/HealthState.h"

#include <QTest>

namespace Portico {

char* toString(BackendHealth health)
{
    return QTest::toString(backendHealthName(health));
}

char* toString(TransitionCause cause)
{
    switch (cause) {
    case TransitionCause::ActiveCheck:
        return QTest::toString("ActiveCheck");
    case TransitionCause::PassiveErrors:
        return QTest::toString("PassiveErrors");
    case TransitionCause::CoolDownOver:
        return QTest::toString("CoolDownOver");
    case TransitionCause::ConfigChanged:
        return QTest::toString("ConfigChanged");
    }
    return QTest::toString("?");
}

} // namespace Portico

using namespace Portico;

namespace {

const QDateTime origin(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

QDateTime wall(qint64 nowMs)
{
    return origin.addMSecs(nowMs);
}

HealthCheckConfig activeConfig(bool enabled = true, int rise = 2, int fall = 3)
{
    HealthCheckConfig config;
    config.enabled = enabled;
    config.rise = rise;
    config.fall = fall;
    return config;
}

PassiveHealthConfig passiveConfig(bool enabled = true, int ejectMs = 10'000, int maxEjectMs = 300'000)
{
    PassiveHealthConfig config;
    config.enabled = enabled;
    config.ejectMs = ejectMs;
    config.maxEjectMs = maxEjectMs;
    return config;
}

HealthCheckResult checkResult(bool ok, qint64 nowMs)
{
    HealthCheckResult result;
    result.time = wall(nowMs);
    result.ok = ok;
    result.failure = ok ? HealthCheckFailure::None : HealthCheckFailure::BadStatus;
    result.httpStatus = ok ? 200 : 500;
    result.path = QStringLiteral("/health");
    result.elapsedMs = 3;
    return result;
}

// One letter per state, so that tables can spell out a whole sequence.
QChar letter(BackendHealth health)
{
    switch (health) {
    case BackendHealth::Unchecked:
        return QLatin1Char('?');
    case BackendHealth::Up:
        return QLatin1Char('U');
    case BackendHealth::Down:
        return QLatin1Char('D');
    case BackendHealth::Ejected:
        return QLatin1Char('E');
    }
    return QLatin1Char('!');
}

// "+" a passed check, "-" a failed one; one check per second.
QString runChecks(HealthState& state, const QString& checks, qint64& nowMs, int* transitions = nullptr)
{
    QString seen;
    for (const QChar c : checks) {
        nowMs += 1'000;
        const HealthCheckResult result = checkResult(c == QLatin1Char('+'), nowMs);
        const std::optional<BackendTransition> transition = state.onCheck(result, nowMs);
        if (transition) {
            if (transitions != nullptr)
                ++*transitions;
            if (transition->cause != TransitionCause::ActiveCheck || transition->check != result ||
                transition->time != result.time || transition->to != state.health())
                return QStringLiteral("bad transition record");
        }
        seen += letter(state.health());
    }
    return seen;
}

} // namespace

// The per-backend health state machine, driven by explicit times: rise and fall, ejection and its
// back-off, slow start, the transition ring and config reloads.
class TestHealthState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsUncheckedInRotation();
    void riseAndFall_data();
    void riseAndFall();
    void transitionRecordsTheDecidingCheck();
    void ejectionAndCoolDown_data();
    void ejectionAndCoolDown();
    void ejectionIgnored_data();
    void ejectionIgnored();
    void checksDuringEjection_data();
    void checksDuringEjection();
    void backOff_data();
    void backOff();
    void slowStartRamp_data();
    void slowStartRamp();
    void slowStartDeadlines();
    void noSlowStartForAFreshBackend();
    void transitionRingKeepsTheLast32();
    void reconfigure_data();
    void reconfigure();
    void reconfigureKeepsCountersAndHistory();
    void reconfigureSlowStart();
};

void TestHealthState::startsUncheckedInRotation()
{
    const HealthState state(activeConfig(), passiveConfig(), 0);
    QCOMPARE(state.health(), BackendHealth::Unchecked);
    QVERIFY(state.inRotation());
    QCOMPARE(state.effectiveWeight(7, 0), 7);
    QCOMPARE(state.nextDeadlineMs(), -1);
    QVERIFY(state.transitions().isEmpty());
    QVERIFY(!state.lastCheck().time.isValid());
}

void TestHealthState::riseAndFall_data()
{
    QTest::addColumn<int>("rise");
    QTest::addColumn<int>("fall");
    QTest::addColumn<QString>("checks");
    QTest::addColumn<QString>("states");
    QTest::addColumn<int>("transitions");
    const auto row = [](const char* name, int rise, int fall, const char* checks, const char* states, int transitions) {
        QTest::newRow(name) << rise << fall << QString::fromLatin1(checks) << QString::fromLatin1(states)
                            << transitions;
    };

    row("first pass goes straight up", 2, 3, "+", "U", 1);
    row("fall failures from unchecked", 2, 3, "---", "??D", 1);
    row("fall failures from up", 2, 3, "+---", "UUUD", 2);
    row("a pass restarts the fall count", 2, 3, "+--+--+", "UUUUUUU", 1);
    row("rise passes bring it back", 2, 3, "---++", "??DDU", 2);
    row("a failure restarts the rise count", 2, 3, "---+-++", "??DDDDU", 2);
    row("down stays down on failures", 2, 3, "------", "??DDDD", 1);
    row("up stays up on passes", 2, 3, "++++", "UUUU", 1);
    row("flapping never reaches fall", 2, 3, "+-+-+-+-", "UUUUUUUU", 1);
    row("flapping with rise 1 fall 1", 1, 1, "+-+-", "UDUD", 4);
    row("flapping with rise 2 fall 2", 2, 2, "+--+-+--++", "UUDDDDDDDU", 3);
    row("rise 5", 5, 1, "-++++-+++++", "DDDDDDDDDDU", 2);
}

void TestHealthState::riseAndFall()
{
    QFETCH(int, rise);
    QFETCH(int, fall);
    QFETCH(QString, checks);
    QFETCH(QString, states);
    QFETCH(int, transitions);

    HealthState state(activeConfig(true, rise, fall), passiveConfig(), 0);
    qint64 nowMs = 0;
    int counted = 0;
    QCOMPARE(runChecks(state, checks, nowMs, &counted), states);
    QCOMPARE(counted, transitions);
    QCOMPARE(state.transitions().size(), transitions);
    QCOMPARE(state.lastCheck().time, wall(nowMs));
    QCOMPARE(state.inRotation(), states.back() == QLatin1Char('U'));
}

void TestHealthState::transitionRecordsTheDecidingCheck()
{
    HealthState state(activeConfig(true, 2, 2), passiveConfig(), 0);
    QVERIFY(!state.onCheck(checkResult(false, 1'000), 1'000));
    const HealthCheckResult deciding = checkResult(false, 2'000);
    const std::optional<BackendTransition> down = state.onCheck(deciding, 2'000);
    QVERIFY(down);
    QCOMPARE(down->from, BackendHealth::Unchecked);
    QCOMPARE(down->to, BackendHealth::Down);
    QCOMPARE(down->cause, TransitionCause::ActiveCheck);
    QCOMPARE(down->check, deciding);
    QCOMPARE(down->check.message(), QStringLiteral("HTTP 500 on /health"));
    QCOMPARE(down->time, wall(2'000));
    QCOMPARE(down->failures, 0);
    QCOMPARE(down->coolDownMs, 0);
    QCOMPARE(state.transitions(), QList<BackendTransition>{*down});
    QCOMPARE(state.effectiveWeight(10, 2'000), 0);
}

void TestHealthState::ejectionAndCoolDown_data()
{
    QTest::addColumn<bool>("activeChecks");
    QTest::addColumn<BackendHealth>("afterCoolDown");

    QTest::newRow("active checks on: back up") << true << BackendHealth::Up;
    QTest::newRow("active checks off: back unchecked") << false << BackendHealth::Unchecked;
}

void TestHealthState::ejectionAndCoolDown()
{
    QFETCH(bool, activeChecks);
    QFETCH(BackendHealth, afterCoolDown);

    HealthState state(activeConfig(activeChecks), passiveConfig(true, 10'000), 0);
    qint64 nowMs = 0;
    if (activeChecks)
        QCOMPARE(runChecks(state, QStringLiteral("+"), nowMs), QStringLiteral("U"));
    const BackendHealth before = state.health();

    const std::optional<BackendTransition> ejected = state.onEjectRequest(5, 2'000, wall(2'000));
    QVERIFY(ejected);
    QCOMPARE(ejected->from, before);
    QCOMPARE(ejected->to, BackendHealth::Ejected);
    QCOMPARE(ejected->cause, TransitionCause::PassiveErrors);
    QCOMPARE(ejected->failures, 5);
    QCOMPARE(ejected->coolDownMs, 10'000);
    QCOMPARE(ejected->time, wall(2'000));
    QCOMPARE(state.health(), BackendHealth::Ejected);
    QVERIFY(!state.inRotation());
    QCOMPARE(state.effectiveWeight(3, 2'000), 0);
    QCOMPARE(state.nextDeadlineMs(), 12'000);

    QVERIFY(!state.tick(11'999, wall(11'999)));
    QCOMPARE(state.health(), BackendHealth::Ejected);

    const std::optional<BackendTransition> back = state.tick(12'003, wall(12'003));
    QVERIFY(back);
    QCOMPARE(back->from, BackendHealth::Ejected);
    QCOMPARE(back->to, afterCoolDown);
    QCOMPARE(back->cause, TransitionCause::CoolDownOver);
    QCOMPARE(back->time, wall(12'003));
    QCOMPARE(state.health(), afterCoolDown);
    QVERIFY(state.inRotation());
    QCOMPARE(state.nextDeadlineMs(), -1);
    QCOMPARE(state.transitions().size(), activeChecks ? 3 : 2);
    QCOMPARE(state.transitions().back(), *back);
    QVERIFY(!state.tick(20'000, wall(20'000)));
}

void TestHealthState::ejectionIgnored_data()
{
    QTest::addColumn<bool>("passiveEnabled");
    QTest::addColumn<QString>("checks");
    QTest::addColumn<bool>("ejectFirst");
    QTest::addColumn<BackendHealth>("health");
    const auto row = [](const char* name, bool passiveEnabled, const char* checks, bool ejectFirst,
                        BackendHealth health) {
        QTest::newRow(name) << passiveEnabled << QString::fromLatin1(checks) << ejectFirst << health;
    };

    row("passive health disabled", false, "", false, BackendHealth::Unchecked);
    row("already down", true, "---", false, BackendHealth::Down);
    row("already ejected", true, "", true, BackendHealth::Ejected);
}

void TestHealthState::ejectionIgnored()
{
    QFETCH(bool, passiveEnabled);
    QFETCH(QString, checks);
    QFETCH(bool, ejectFirst);
    QFETCH(BackendHealth, health);

    HealthState state(activeConfig(), passiveConfig(passiveEnabled), 0);
    qint64 nowMs = 0;
    runChecks(state, checks, nowMs);
    if (ejectFirst)
        QVERIFY(state.onEjectRequest(5, nowMs, wall(nowMs)));
    const qsizetype recorded = state.transitions().size();
    const qint64 deadline = state.nextDeadlineMs();

    QVERIFY(!state.onEjectRequest(9, nowMs + 500, wall(nowMs + 500)));
    QCOMPARE(state.health(), health);
    QCOMPARE(state.transitions().size(), recorded);
    // A second request does not stretch the cool-down either.
    QCOMPARE(state.nextDeadlineMs(), deadline);
}

void TestHealthState::checksDuringEjection_data()
{
    QTest::addColumn<QString>("checksWhileEjected");
    QTest::addColumn<BackendHealth>("afterCoolDown");
    QTest::addColumn<TransitionCause>("cause");
    QTest::addColumn<int>("decidingCheck");
    const auto row = [](const char* name, const char* checks, BackendHealth after, TransitionCause cause,
                        int decidingCheck) {
        QTest::newRow(name) << QString::fromLatin1(checks) << after << cause << decidingCheck;
    };

    row("passes do not end it early", "+++", BackendHealth::Up, TransitionCause::CoolDownOver, -1);
    row("fall reached: down at the end", "---", BackendHealth::Down, TransitionCause::ActiveCheck, 2);
    row("fall then rise: up at the end", "---++", BackendHealth::Up, TransitionCause::CoolDownOver, -1);
    row("fall then one pass: still down", "----+", BackendHealth::Down, TransitionCause::ActiveCheck, 2);
    row("failures short of fall", "--", BackendHealth::Up, TransitionCause::CoolDownOver, -1);
}

void TestHealthState::checksDuringEjection()
{
    QFETCH(QString, checksWhileEjected);
    QFETCH(BackendHealth, afterCoolDown);
    QFETCH(TransitionCause, cause);
    QFETCH(int, decidingCheck);

    HealthState state(activeConfig(true, 2, 3), passiveConfig(true, 60'000), 0);
    qint64 nowMs = 0;
    runChecks(state, QStringLiteral("+"), nowMs);
    QVERIFY(state.onEjectRequest(5, nowMs, wall(nowMs)));
    const qint64 ejectedAt = nowMs;

    QList<HealthCheckResult> results;
    for (const QChar c : checksWhileEjected) {
        nowMs += 1'000;
        results << checkResult(c == QLatin1Char('+'), nowMs);
        QVERIFY(!state.onCheck(results.back(), nowMs));
        QCOMPARE(state.health(), BackendHealth::Ejected);
        QCOMPARE(state.lastCheck(), results.back());
    }
    QCOMPARE(state.nextDeadlineMs(), ejectedAt + 60'000);

    const std::optional<BackendTransition> end = state.tick(ejectedAt + 60'000, wall(ejectedAt + 60'000));
    QVERIFY(end);
    QCOMPARE(end->from, BackendHealth::Ejected);
    QCOMPARE(end->to, afterCoolDown);
    QCOMPARE(end->cause, cause);
    QCOMPARE(end->check, decidingCheck < 0 ? HealthCheckResult() : results.at(decidingCheck));
    QCOMPARE(state.health(), afterCoolDown);
    QCOMPARE(state.nextDeadlineMs(), -1);
}

void TestHealthState::backOff_data()
{
    QTest::addColumn<QList<qint64>>("gapsAfterRestore");
    QTest::addColumn<QList<qint64>>("coolDowns");

    // ejectMs 10 s, maxEjectMs 35 s. The first ejection has no previous restore.
    QTest::newRow("doubling up to the cap")
        << QList<qint64>{0, 1'000, 1'000, 1'000, 1'000} << QList<qint64>{10'000, 20'000, 35'000, 35'000, 35'000};
    QTest::newRow("a quiet period resets")
        << QList<qint64>{0, 1'000, 40'000, 1'000} << QList<qint64>{10'000, 20'000, 10'000, 20'000};
    QTest::newRow("just inside the quiet period") << QList<qint64>{0, 19'999} << QList<qint64>{10'000, 20'000};
    QTest::newRow("just outside the quiet period") << QList<qint64>{0, 20'000} << QList<qint64>{10'000, 10'000};
    QTest::newRow("quiet after the cap") << QList<qint64>{0, 0, 0, 69'999, 70'000}
                                         << QList<qint64>{10'000, 20'000, 35'000, 35'000, 10'000};
}

void TestHealthState::backOff()
{
    QFETCH(QList<qint64>, gapsAfterRestore);
    QFETCH(QList<qint64>, coolDowns);

    HealthState state(activeConfig(false), passiveConfig(true, 10'000, 35'000), 0);
    qint64 nowMs = 5'000;
    QList<qint64> seen;
    for (const qint64 gap : gapsAfterRestore) {
        nowMs += gap;
        const std::optional<BackendTransition> ejected = state.onEjectRequest(5, nowMs, wall(nowMs));
        QVERIFY(ejected);
        seen << ejected->coolDownMs;
        QCOMPARE(state.nextDeadlineMs(), nowMs + ejected->coolDownMs);
        nowMs = state.nextDeadlineMs();
        QVERIFY(state.tick(nowMs, wall(nowMs)));
        QCOMPARE(state.health(), BackendHealth::Unchecked);
    }
    QCOMPARE(seen, coolDowns);
}

void TestHealthState::slowStartRamp_data()
{
    QTest::addColumn<int>("weight");
    QTest::addColumn<qint64>("sinceRestoreMs");
    QTest::addColumn<int>("effective");

    // slowStartMs 10 s: from max(1, weight / 10) to weight, linearly, rounded down.
    QTest::newRow("100 at the start") << 100 << qint64(0) << 10;
    QTest::newRow("100 after 2.5 s") << 100 << qint64(2'500) << 32;
    QTest::newRow("100 half way") << 100 << qint64(5'000) << 55;
    QTest::newRow("100 just before the end") << 100 << qint64(9'999) << 99;
    QTest::newRow("100 at the end") << 100 << qint64(10'000) << 100;
    QTest::newRow("100 long after") << 100 << qint64(100'000) << 100;
    QTest::newRow("5 at the start") << 5 << qint64(0) << 1;
    QTest::newRow("5 half way") << 5 << qint64(5'000) << 3;
    QTest::newRow("1 at the start") << 1 << qint64(0) << 1;
    QTest::newRow("1000 at 10 percent") << 1'000 << qint64(1'000) << 190;
}

void TestHealthState::slowStartRamp()
{
    QFETCH(int, weight);
    QFETCH(qint64, sinceRestoreMs);
    QFETCH(int, effective);

    // Back from Down through checks...
    HealthState fromDown(activeConfig(true, 1, 1), passiveConfig(), 10'000);
    qint64 nowMs = 0;
    QCOMPARE(runChecks(fromDown, QStringLiteral("+-+"), nowMs), QStringLiteral("UDU"));
    QCOMPARE(fromDown.effectiveWeight(weight, nowMs + sinceRestoreMs), effective);

    // ...and back from an ejection.
    HealthState fromEjected(activeConfig(false), passiveConfig(true, 10'000), 10'000);
    QVERIFY(fromEjected.onEjectRequest(5, 1'000, wall(1'000)));
    QVERIFY(fromEjected.tick(11'000, wall(11'000)));
    QCOMPARE(fromEjected.effectiveWeight(weight, 11'000 + sinceRestoreMs), effective);
}

void TestHealthState::slowStartDeadlines()
{
    HealthState state(activeConfig(true, 1, 1), passiveConfig(), 10'000);
    qint64 nowMs = 0;
    QCOMPARE(runChecks(state, QStringLiteral("+-"), nowMs), QStringLiteral("UD"));
    QCOMPARE(state.nextDeadlineMs(), -1);
    QCOMPARE(runChecks(state, QStringLiteral("+"), nowMs), QStringLiteral("U"));
    QCOMPARE(nowMs, 3'000);

    // 20 steps of 500 ms; a late tick moves to the next step boundary, not to tick time + 500.
    QCOMPARE(state.nextDeadlineMs(), 3'500);
    QVERIFY(!state.tick(3'500, wall(3'500)));
    QCOMPARE(state.nextDeadlineMs(), 4'000);
    QVERIFY(!state.tick(4'720, wall(4'720)));
    QCOMPARE(state.nextDeadlineMs(), 5'000);
    QVERIFY(!state.tick(12'600, wall(12'600)));
    QCOMPARE(state.nextDeadlineMs(), 13'000);
    QVERIFY(!state.tick(13'000, wall(13'000)));
    QCOMPARE(state.nextDeadlineMs(), -1);
    QCOMPARE(state.effectiveWeight(100, 13'000), 100);

    // Going out ends slow start.
    nowMs = 13'000;
    QCOMPARE(runChecks(state, QStringLiteral("-+"), nowMs), QStringLiteral("DU"));
    QCOMPARE(state.nextDeadlineMs(), nowMs + 500);
    QVERIFY(state.onEjectRequest(5, nowMs + 100, wall(nowMs + 100)));
    QCOMPARE(state.nextDeadlineMs(), nowMs + 100 + 10'000);
}

void TestHealthState::noSlowStartForAFreshBackend()
{
    HealthState state(activeConfig(), passiveConfig(), 10'000);
    qint64 nowMs = 0;
    QCOMPARE(runChecks(state, QStringLiteral("+"), nowMs), QStringLiteral("U"));
    QCOMPARE(state.effectiveWeight(100, nowMs), 100);
    QCOMPARE(state.nextDeadlineMs(), -1);
}

void TestHealthState::transitionRingKeepsTheLast32()
{
    HealthState state(activeConfig(true, 1, 1), passiveConfig(), 0);
    qint64 nowMs = 0;
    QString checks;
    for (int i = 0; i < 20; ++i)
        checks += QStringLiteral("+-");
    int counted = 0;
    runChecks(state, checks, nowMs, &counted);
    QCOMPARE(counted, 40);

    const QList<BackendTransition> transitions = state.transitions();
    QCOMPARE(transitions.size(), HealthState::transitionLimit);
    // Checks ran at 1 s, 2 s, ... 40 s, each one a transition: the oldest 8 are gone.
    QCOMPARE(transitions.front().time, wall(9'000));
    QCOMPARE(transitions.back().time, wall(40'000));
    for (qsizetype i = 1; i < transitions.size(); ++i)
        QVERIFY(transitions.at(i - 1).time < transitions.at(i).time);
    QCOMPARE(transitions.back().to, BackendHealth::Down);
}

void TestHealthState::reconfigure_data()
{
    QTest::addColumn<QString>("checks");
    QTest::addColumn<bool>("eject");
    QTest::addColumn<bool>("activeAfter");
    QTest::addColumn<bool>("passiveAfter");
    QTest::addColumn<BackendHealth>("health");
    QTest::addColumn<bool>("transition");
    const auto row = [](const char* name, const char* checks, bool eject, bool activeAfter, bool passiveAfter,
                        BackendHealth health, bool transition) {
        QTest::newRow(name) << QString::fromLatin1(checks) << eject << activeAfter << passiveAfter << health
                            << transition;
    };

    row("down, checks turned off", "---", false, false, true, BackendHealth::Unchecked, true);
    row("up, checks turned off", "+", false, false, true, BackendHealth::Unchecked, true);
    row("unchecked, checks turned off", "", false, false, true, BackendHealth::Unchecked, false);
    row("down, nothing changed", "---", false, true, true, BackendHealth::Down, false);
    row("up, nothing changed", "+", false, true, true, BackendHealth::Up, false);
    row("ejected, passive turned off", "+", true, true, false, BackendHealth::Up, true);
    row("ejected, both turned off", "+", true, false, false, BackendHealth::Unchecked, true);
    row("ejected, checks turned off", "+", true, false, true, BackendHealth::Ejected, false);
    row("down, passive turned off", "---", false, true, false, BackendHealth::Down, false);
}

void TestHealthState::reconfigure()
{
    QFETCH(QString, checks);
    QFETCH(bool, eject);
    QFETCH(bool, activeAfter);
    QFETCH(bool, passiveAfter);
    QFETCH(BackendHealth, health);
    QFETCH(bool, transition);

    HealthState state(activeConfig(), passiveConfig(), 0);
    qint64 nowMs = 0;
    runChecks(state, checks, nowMs);
    if (eject)
        QVERIFY(state.onEjectRequest(5, nowMs, wall(nowMs)));
    const BackendHealth before = state.health();
    const qsizetype recorded = state.transitions().size();

    nowMs += 100;
    const std::optional<BackendTransition> change =
        state.reconfigure(activeConfig(activeAfter), passiveConfig(passiveAfter), 0, nowMs, wall(nowMs));
    QCOMPARE(state.health(), health);
    QCOMPARE(change.has_value(), transition);
    QCOMPARE(state.transitions().size(), recorded + (transition ? 1 : 0));
    if (change) {
        QCOMPARE(change->from, before);
        QCOMPARE(change->to, health);
        QCOMPARE(change->cause, TransitionCause::ConfigChanged);
        QCOMPARE(change->time, wall(nowMs));
        QCOMPARE(state.transitions().back(), *change);
    }
    QCOMPARE(state.inRotation(), health == BackendHealth::Unchecked || health == BackendHealth::Up);
}

void TestHealthState::reconfigureKeepsCountersAndHistory()
{
    HealthState state(activeConfig(true, 2, 3), passiveConfig(), 0);
    qint64 nowMs = 0;
    QCOMPARE(runChecks(state, QStringLiteral("+--"), nowMs), QStringLiteral("UUU"));
    const QList<BackendTransition> history = state.transitions();
    const HealthCheckResult last = state.lastCheck();

    QVERIFY(!state.reconfigure(activeConfig(true, 2, 5), passiveConfig(), 0, nowMs, wall(nowMs)));
    QCOMPARE(state.health(), BackendHealth::Up);
    QCOMPARE(state.transitions(), history);
    QCOMPARE(state.lastCheck(), last);
    // Two failures counted before the reload, three after it: five in a row.
    QCOMPARE(runChecks(state, QStringLiteral("---"), nowMs), QStringLiteral("UUD"));

    // Checks off and on again: the old counts are gone.
    HealthState other(activeConfig(true, 2, 3), passiveConfig(), 0);
    nowMs = 0;
    QCOMPARE(runChecks(other, QStringLiteral("+--"), nowMs), QStringLiteral("UUU"));
    QVERIFY(other.reconfigure(activeConfig(false), passiveConfig(), 0, nowMs, wall(nowMs)));
    QVERIFY(!other.reconfigure(activeConfig(true, 2, 3), passiveConfig(), 0, nowMs, wall(nowMs)));
    QCOMPARE(runChecks(other, QStringLiteral("-"), nowMs), QStringLiteral("?"));
}

void TestHealthState::reconfigureSlowStart()
{
    // Down, then checks turned off: back in rotation with slow start.
    HealthState state(activeConfig(), passiveConfig(), 10'000);
    qint64 nowMs = 0;
    QCOMPARE(runChecks(state, QStringLiteral("---"), nowMs), QStringLiteral("??D"));
    QVERIFY(state.reconfigure(activeConfig(false), passiveConfig(), 10'000, nowMs, wall(nowMs)));
    QCOMPARE(state.effectiveWeight(100, nowMs), 10);
    QCOMPARE(state.effectiveWeight(100, nowMs + 5'000), 55);
    QCOMPARE(state.nextDeadlineMs(), nowMs + 500);

    // A longer slow start stretches the running ramp; none ends it.
    QVERIFY(!state.reconfigure(activeConfig(false), passiveConfig(), 20'000, nowMs, wall(nowMs)));
    QCOMPARE(state.effectiveWeight(100, nowMs + 10'000), 55);
    QCOMPARE(state.nextDeadlineMs(), nowMs + 1'000);
    QVERIFY(!state.reconfigure(activeConfig(false), passiveConfig(), 0, nowMs + 1, wall(nowMs + 1)));
    QCOMPARE(state.effectiveWeight(100, nowMs + 1), 100);
    QCOMPARE(state.nextDeadlineMs(), -1);
}

QTEST_GUILESS_MAIN(TestHealthState)
#include "TestHealthState.moc"
