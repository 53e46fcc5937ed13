// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"
#include "app/ApplyWatcher.h"
#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigStore.h"
#include "widgets/ApplyBanner.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The minute after a change, on a manual clock and hand-made snapshots: countdown, "clearly worse", undo and
// rollback, and the banner that shows it.
class TestApplyWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void countsDownAndFinishesAfterAMinute();
    void errorRate_data();
    void errorRate();
    void backendThatWasUpGoesDown();
    void backendRemovedByTheChangeIsNoConcern();
    void poolWithNoServerLeft();
    void worseWaitsForADecision();
    void rollBackRestoresThePreviousConfig();
    void bannerCountsDownAndUndoes();
    void bannerWarnsAndKeeps();

private:
    static StatsSnapshot snapshot(quint64 responses, quint64 serverErrors, const QList<BackendStats>& backends = {});
    static BackendStats backend(const QString& pool, quint16 port, BackendHealth health, bool inRotation = true);
    // Applies a change through the session (as the GUI does), which starts the watch.
    void applyChange();
    // Saves a grab of widget when PORTICO_TEST_GRAB_DIR names a folder (to look at the banner by eye).
    static void grab(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<ApplyWatcher> m_watcher;
};

void TestApplyWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestApplyWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":9}]}]})");
    file.close();
    m_clock = std::make_unique<ManualClock>();
    // The engine stays stopped: the snapshots are made by hand.
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_watcher = std::make_unique<ApplyWatcher>(*m_session, *m_clock);
}

void TestApplyWatcher::cleanup()
{
    m_watcher.reset();
    m_session.reset();
    m_clock.reset();
    m_dir.reset();
}

StatsSnapshot TestApplyWatcher::snapshot(quint64 responses, quint64 serverErrors, const QList<BackendStats>& backends)
{
    StatsSnapshot result;
    result.requestsTotal = responses;
    result.responsesByClass[1] = responses - serverErrors;
    result.responsesByClass[4] = serverErrors;
    result.backends = backends;
    return result;
}

BackendStats TestApplyWatcher::backend(const QString& pool, quint16 port, BackendHealth health, bool inRotation)
{
    BackendStats result;
    result.pool = pool;
    result.host = QStringLiteral("127.0.0.1");
    result.port = port;
    result.health = health;
    result.inRotation = inRotation;
    return result;
}

void TestApplyWatcher::applyChange()
{
    Config config = m_session->engine().config();
    config.pools.first().backends.first().weight = 5;
    QVERIFY(ChangeApplier::apply(nullptr, *m_session, config, ChangeApplier::Review::AlreadyShown));
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Watching);
}

void TestApplyWatcher::grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PORTICO_TEST_GRAB_DIR");
    if (dir.isEmpty())
        return;
    // Lets the layouts catch up with the last text change, as the event loop would before painting.
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestApplyWatcher::countsDownAndFinishesAfterAMinute()
{
    QSignalSpy watching(m_watcher.get(), &ApplyWatcher::watching);
    QSignalSpy finished(m_watcher.get(), &ApplyWatcher::finished);
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Idle);
    applyChange();
    QCOMPARE(watching.size(), 1);
    QCOMPARE(watching.last().first().toInt(), 60);

    m_clock->advance(1000);
    m_watcher->tick();
    QCOMPARE(watching.last().first().toInt(), 59);
    m_clock->advance(14'000);
    m_watcher->addSnapshot(snapshot(100, 0));
    QCOMPARE(watching.last().first().toInt(), 45);
    QCOMPARE(m_watcher->secondsLeft(), 45);
    // Same second: nothing new to say.
    const qsizetype said = watching.size();
    m_watcher->tick();
    QCOMPARE(watching.size(), said);

    m_clock->advance(44'999);
    m_watcher->tick();
    QCOMPARE(watching.last().first().toInt(), 1);
    QCOMPARE(finished.size(), 0);
    m_clock->advance(1);
    m_watcher->tick();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Finished);
    // Done: later ticks and snapshots change nothing, and nothing can be undone.
    m_clock->advance(5000);
    m_watcher->tick();
    m_watcher->addSnapshot(snapshot(500, 500));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_watcher->rollBack(nullptr));
}

void TestApplyWatcher::errorRate_data()
{
    // Responses and 5xx over the minute before, then since the change.
    QTest::addColumn<int>("beforeResponses");
    QTest::addColumn<int>("beforeErrors");
    QTest::addColumn<int>("afterResponses");
    QTest::addColumn<int>("afterErrors");
    QTest::addColumn<bool>("worse");
    QTest::newRow("0% to 18%") << 1000 << 0 << 100 << 18 << true;
    QTest::newRow("0% to 5%: 5 points") << 1000 << 0 << 100 << 5 << true;
    QTest::newRow("0% to 4%: under 5 points") << 1000 << 0 << 100 << 4 << false;
    QTest::newRow("2% to 8%: 6 points and 4x") << 1000 << 20 << 100 << 8 << true;
    QTest::newRow("10% to 16%: 6 points but 1.6x") << 1000 << 100 << 100 << 16 << false;
    QTest::newRow("all fail but only 19 responses") << 1000 << 0 << 19 << 19 << false;
    QTest::newRow("20 responses are enough") << 1000 << 0 << 20 << 20 << true;
    QTest::newRow("no traffic before") << 0 << 0 << 40 << 10 << true;
    QTest::newRow("no traffic since") << 1000 << 0 << 0 << 0 << false;
}

void TestApplyWatcher::errorRate()
{
    QFETCH(int, beforeResponses);
    QFETCH(int, beforeErrors);
    QFETCH(int, afterResponses);
    QFETCH(int, afterErrors);
    QFETCH(bool, worse);
    // The engine's counters are totals since it started: 500 responses, 5 of them 5xx, before the window.
    m_watcher->addSnapshot(snapshot(500, 5));
    m_clock->advance(30'000);
    m_watcher->addSnapshot(snapshot(500 + beforeResponses, 5 + beforeErrors));
    QSignalSpy worseSpy(m_watcher.get(), &ApplyWatcher::worse);
    applyChange();
    m_clock->advance(10'000);
    m_watcher->addSnapshot(snapshot(500 + beforeResponses + afterResponses, 5 + beforeErrors + afterErrors));
    QCOMPARE(worseSpy.size(), worse ? 1 : 0);
    QCOMPARE(m_watcher->state(), worse ? ApplyWatcher::State::Worse : ApplyWatcher::State::Watching);
    if (worse) {
        const auto concerns = worseSpy.first().first().value<QList<ApplyWatcher::Concern>>();
        QCOMPARE(concerns.size(), 1);
        QCOMPARE(concerns.first().kind, ApplyWatcher::Concern::Kind::ErrorRate);
        QCOMPARE(concerns.first().after, double(afterErrors) / afterResponses);
        QCOMPARE(concerns.first().before, beforeResponses ? double(beforeErrors) / beforeResponses : 0.0);
    }
}

void TestApplyWatcher::backendThatWasUpGoesDown()
{
    const QList<BackendStats> before{backend(QStringLiteral("app"), 8080, BackendHealth::Up),
                                     backend(QStringLiteral("app"), 8081, BackendHealth::Unchecked)};
    m_watcher->addSnapshot(snapshot(10, 0, before));
    QSignalSpy worse(m_watcher.get(), &ApplyWatcher::worse);
    applyChange();
    m_clock->advance(2000);
    m_watcher->addSnapshot(snapshot(12, 0, before));
    QCOMPARE(worse.size(), 0);
    m_clock->advance(2000);
    m_watcher->addSnapshot(snapshot(14, 0,
                                    {backend(QStringLiteral("app"), 8080, BackendHealth::Down, false),
                                     backend(QStringLiteral("app"), 8081, BackendHealth::Unchecked)}));
    QCOMPARE(worse.size(), 1);
    const QList<ApplyWatcher::Concern>& concerns = m_watcher->concerns();
    QCOMPARE(concerns.size(), 1);
    QCOMPARE(concerns.first().kind, ApplyWatcher::Concern::Kind::BackendDown);
    QCOMPARE(concerns.first().pool, QStringLiteral("app"));
    QCOMPARE(concerns.first().backend, QStringLiteral("127.0.0.1:8080"));
    QCOMPARE(ApplyBanner::describe(concerns.first()), QStringLiteral("Since the change, 127.0.0.1:8080 is down."));
}

void TestApplyWatcher::backendRemovedByTheChangeIsNoConcern()
{
    m_watcher->addSnapshot(snapshot(10, 0,
                                    {backend(QStringLiteral("app"), 8080, BackendHealth::Up),
                                     backend(QStringLiteral("app"), 8081, BackendHealth::Up),
                                     backend(QStringLiteral("old"), 9000, BackendHealth::Up)}));
    QSignalSpy worse(m_watcher.get(), &ApplyWatcher::worse);
    applyChange();
    m_clock->advance(2000);
    // 8081 and the pool "old" left with the change; a backup was down all along and a new server is down.
    m_watcher->addSnapshot(snapshot(12, 0,
                                    {backend(QStringLiteral("app"), 8080, BackendHealth::Up),
                                     backend(QStringLiteral("app"), 8082, BackendHealth::Down, false)}));
    QCOMPARE(worse.size(), 0);
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Watching);
}

void TestApplyWatcher::poolWithNoServerLeft()
{
    m_watcher->addSnapshot(snapshot(10, 0, {backend(QStringLiteral("app"), 8080, BackendHealth::Up)}));
    QSignalSpy worse(m_watcher.get(), &ApplyWatcher::worse);
    applyChange();
    m_clock->advance(3000);
    m_watcher->addSnapshot(snapshot(10, 0, {backend(QStringLiteral("app"), 8080, BackendHealth::Ejected, false)}));
    QCOMPARE(worse.size(), 1);
    const QList<ApplyWatcher::Concern>& concerns = m_watcher->concerns();
    QCOMPARE(concerns.size(), 2);
    QCOMPARE(concerns.at(0).kind, ApplyWatcher::Concern::Kind::BackendDown);
    QCOMPARE(concerns.at(1).kind, ApplyWatcher::Concern::Kind::PoolEmpty);
    QCOMPARE(concerns.at(1).pool, QStringLiteral("app"));
}

void TestApplyWatcher::worseWaitsForADecision()
{
    m_watcher->addSnapshot(snapshot(1000, 0));
    QSignalSpy finished(m_watcher.get(), &ApplyWatcher::finished);
    applyChange();
    m_clock->advance(5000);
    m_watcher->addSnapshot(snapshot(1100, 50));
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Worse);
    m_clock->advance(120'000);
    m_watcher->tick();
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Worse);
    QCOMPARE(finished.size(), 0);
    m_watcher->keep();
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Finished);
    QCOMPARE(finished.size(), 1);
}

void TestApplyWatcher::rollBackRestoresThePreviousConfig()
{
    const Config previous = m_session->engine().config();
    m_watcher->addSnapshot(snapshot(1000, 0));
    applyChange();
    QVERIFY(m_session->engine().config() != previous);
    QCOMPARE(m_watcher->previous(), previous);
    m_clock->advance(5000);
    m_watcher->addSnapshot(snapshot(1100, 50));
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Worse);

    QSignalSpy rolledBack(m_watcher.get(), &ApplyWatcher::rolledBack);
    QSignalSpy watching(m_watcher.get(), &ApplyWatcher::watching);
    QVERIFY(m_watcher->rollBack(nullptr));
    QCOMPARE(rolledBack.size(), 1);
    QCOMPARE(m_session->engine().config(), previous);
    QCOMPARE(ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config, previous);
    // Like any save, the rollback keeps the version it replaced.
    QCOMPARE(ConfigStore(m_path).history().size(), 2);
    // Rolling back is not a change to watch (or to undo) again.
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Idle);
    QCOMPARE(watching.size(), 0);
}

void TestApplyWatcher::bannerCountsDownAndUndoes()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new ApplyBanner(*m_watcher, &window);
    layout->addWidget(banner);
    layout->addStretch(1);
    window.resize(900, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!banner->isVisible());

    const Config previous = m_session->engine().config();
    applyChange();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->mode(), ApplyBanner::Mode::Applied);
    QCOMPARE(banner->text(), QStringLiteral("Changes applied."));
    auto* countdown = banner->findChild<QLabel*>(QStringLiteral("applyBannerCountdownLabel"));
    auto* undo = banner->findChild<QPushButton*>(QStringLiteral("undoChangeButton"));
    QVERIFY(countdown && undo);
    QCOMPARE(countdown->text(), QStringLiteral("(60 s)"));
    m_clock->advance(15'000);
    m_watcher->tick();
    QCOMPARE(countdown->text(), QStringLiteral("(45 s)"));
    QVERIFY(undo->isVisible());
    QVERIFY(!undo->accessibleName().isEmpty());
    QVERIFY(undo->focusPolicy() & Qt::TabFocus);
    grab(&window, QStringLiteral("apply-banner-applied.png"));

    // Keyboard: Space on the focused Undo button.
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space);
    QCOMPARE(m_session->engine().config(), previous);
    QCOMPARE(banner->mode(), ApplyBanner::Mode::RolledBack);
    QCOMPARE(banner->text(), QStringLiteral("The previous configuration is back in force."));
    auto* close = banner->findChild<QPushButton*>(QStringLiteral("closeApplyBannerButton"));
    QVERIFY(close->isVisible());
    grab(&window, QStringLiteral("apply-banner-undone.png"));
    close->click();
    QVERIFY(!banner->isVisible());

    // A watch that ends quietly hides the banner after the minute.
    applyChange();
    QVERIFY(banner->isVisible());
    m_clock->advance(60'000);
    m_watcher->tick();
    QVERIFY(!banner->isVisible());
}

void TestApplyWatcher::bannerWarnsAndKeeps()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* banner = new ApplyBanner(*m_watcher, &window);
    layout->addWidget(banner);
    layout->addStretch(1);
    window.resize(900, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    m_watcher->addSnapshot(snapshot(1000, 0));
    applyChange();
    m_clock->advance(5000);
    m_watcher->addSnapshot(snapshot(1100, 18));
    QCOMPARE(banner->mode(), ApplyBanner::Mode::Worse);
    QCOMPARE(banner->text(), QStringLiteral("Since the change, 18% of requests fail (before: 0%)."));
    auto* rollBack = banner->findChild<QPushButton*>(QStringLiteral("rollBackChangeButton"));
    auto* keep = banner->findChild<QPushButton*>(QStringLiteral("keepChangeButton"));
    QVERIFY(rollBack->isVisible() && keep->isVisible());
    QVERIFY(!banner->findChild<QPushButton*>(QStringLiteral("undoChangeButton"))->isVisible());
    grab(&window, QStringLiteral("apply-banner-worse.png"));

    // It stays past the minute, until the admin decides.
    m_clock->advance(120'000);
    m_watcher->tick();
    QVERIFY(banner->isVisible());
    keep->click();
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_watcher->state(), ApplyWatcher::State::Finished);
    QVERIFY(m_session->engine().config() != m_watcher->previous());
}

QTEST_MAIN(TestApplyWatcher)
#include "TestApplyWatcher.moc"
