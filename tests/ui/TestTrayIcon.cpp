// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using Portico::Test::TestBackend;

Q_DECLARE_METATYPE(Portico::TrayIcon::Status)

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusFromBackends_data();
    void statusFromBackends();
    void iconCarriesTheStatusColour();
    void pauseAndResumeDriveTheEngine();
    void aFailedStartIsRed();
    void aRecentWarningIsAmber();
    void aSiteWithNoWorkingServerIsRedAndNotified();
    void sameServerIsNotifiedOncePerMinute();
    void backIsNotifiedOnlyAfterADown();
    void aBurstBecomesOneNotification();
    void downAndBackWithinABurstSaysNothing();
    void poolEventsNameTheSites();
    void menuOpensAndQuits();

private:
    void createSession(const QByteArray& config);
    static EngineEvent event(EngineEventKind kind, const QString& subject, qint64 secondsFromNow = 0);
    QAction* action(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<TrayIcon> m_tray;
};

namespace {

const QByteArray portZeroConfig = R"({"version":1,"settings":{"workers":1},
    "listeners":[{"address":"127.0.0.1","port":0}]})";

BackendStats backend(const QString& pool, quint16 port, BackendHealth health, bool inRotation,
                     BackendAdminState admin = BackendAdminState::Enabled)
{
    BackendStats stats;
    stats.pool = pool;
    stats.host = QStringLiteral("127.0.0.1");
    stats.port = port;
    stats.health = health;
    stats.inRotation = inRotation;
    stats.adminState = admin;
    return stats;
}

} // namespace

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestTrayIcon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
}

void TestTrayIcon::cleanup()
{
    m_tray.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_dir.reset();
}

void TestTrayIcon::createSession(const QByteArray& config)
{
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_tray = std::make_unique<TrayIcon>(*m_session);
}

EngineEvent TestTrayIcon::event(EngineEventKind kind, const QString& subject, qint64 secondsFromNow)
{
    EngineEvent e;
    e.time = QDateTime::currentDateTimeUtc().addSecs(secondsFromNow);
    e.kind = kind;
    e.severity = kind == EngineEventKind::BackendDown || kind == EngineEventKind::PoolAllDown ? EventSeverity::Warning
                                                                                              : EventSeverity::Info;
    e.subject = subject;
    e.args = {QStringLiteral("connection refused"), QStringLiteral("1")};
    return e;
}

QAction* TestTrayIcon::action(const char* name) const
{
    return m_tray->menu()->findChild<QAction*>(QString::fromLatin1(name));
}

void TestTrayIcon::statusFromBackends_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("startFailed");
    QTest::addColumn<QList<BackendStats>>("backends");
    QTest::addColumn<bool>("recentWarning");
    QTest::addColumn<TrayIcon::Status>("expected");

    const auto running = static_cast<int>(EngineState::Running);
    const BackendStats upA = backend(QStringLiteral("a"), 1, BackendHealth::Up, true);
    const BackendStats downA = backend(QStringLiteral("a"), 2, BackendHealth::Down, false);
    const BackendStats ejectedA = backend(QStringLiteral("a"), 3, BackendHealth::Ejected, false);
    const BackendStats upB = backend(QStringLiteral("b"), 4, BackendHealth::Unchecked, true);
    const BackendStats downB = backend(QStringLiteral("b"), 5, BackendHealth::Down, false);
    const BackendStats maintenanceB =
        backend(QStringLiteral("b"), 6, BackendHealth::Up, false, BackendAdminState::Maintenance);

    QTest::newRow("stopped") << static_cast<int>(EngineState::Stopped) << false << QList<BackendStats>{upA} << false
                             << TrayIcon::Status::Stopped;
    QTest::newRow("starting") << static_cast<int>(EngineState::Starting) << false << QList<BackendStats>{} << false
                              << TrayIcon::Status::Stopped;
    QTest::newRow("start failed") << static_cast<int>(EngineState::Stopped) << true << QList<BackendStats>{} << false
                                  << TrayIcon::Status::Failing;
    QTest::newRow("no pools") << running << false << QList<BackendStats>{} << false << TrayIcon::Status::Healthy;
    QTest::newRow("all up") << running << false << QList<BackendStats>{upA, upB} << false << TrayIcon::Status::Healthy;
    QTest::newRow("one down, pool still serves")
        << running << false << QList<BackendStats>{upA, downA, upB} << false << TrayIcon::Status::Degraded;
    QTest::newRow("one ejected") << running << false << QList<BackendStats>{upA, ejectedA} << false
                                 << TrayIcon::Status::Degraded;
    QTest::newRow("recent warning") << running << false << QList<BackendStats>{upA} << true
                                    << TrayIcon::Status::Degraded;
    QTest::newRow("pool with nothing in rotation")
        << running << false << QList<BackendStats>{upA, downB} << false << TrayIcon::Status::Failing;
    QTest::newRow("pool all in maintenance")
        << running << false << QList<BackendStats>{upA, maintenanceB} << false << TrayIcon::Status::Failing;
    QTest::newRow("maintenance is no warning")
        << running << false << QList<BackendStats>{upB, maintenanceB} << false << TrayIcon::Status::Healthy;
}

void TestTrayIcon::statusFromBackends()
{
    QFETCH(int, state);
    QFETCH(bool, startFailed);
    QFETCH(QList<BackendStats>, backends);
    QFETCH(bool, recentWarning);
    QFETCH(TrayIcon::Status, expected);
    QStringList poolsDown;
    int serversDown = -1;
    QCOMPARE(TrayIcon::statusFor(static_cast<EngineState>(state), startFailed, backends, recentWarning, &poolsDown,
                                 &serversDown),
             expected);
    if (expected == TrayIcon::Status::Failing && !startFailed)
        QCOMPARE(poolsDown, QStringList{QStringLiteral("b")});
}

void TestTrayIcon::iconCarriesTheStatusColour()
{
    for (const TrayIcon::Status status : {TrayIcon::Status::Stopped, TrayIcon::Status::Healthy,
                                          TrayIcon::Status::Degraded, TrayIcon::Status::Failing}) {
        const QIcon icon = TrayIcon::makeIcon(status);
        for (const int size : {16, 32, 64}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // Left of the centre, clear of the mark drawn in the middle.
            const QRectF badge = TrayIcon::badgeRect(size);
            const QPoint sample(qRound(badge.center().x() - badge.width() * 0.3), qRound(badge.center().y()));
            QCOMPARE(image.pixelColor(sample).name(), TrayIcon::statusColor(status).name());
        }
    }
    // Every status has its own colour.
    QSet<QString> colours;
    for (const TrayIcon::Status status :
         {TrayIcon::Status::Stopped, TrayIcon::Status::Healthy, TrayIcon::Status::Degraded, TrayIcon::Status::Failing})
        colours.insert(TrayIcon::statusColor(status).name());
    QCOMPARE(colours.size(), 4);
}

void TestTrayIcon::pauseAndResumeDriveTheEngine()
{
    createSession(portZeroConfig);
    QAction* pause = action("trayPauseAction");
    QVERIFY(pause);
    QCOMPARE(m_tray->status(), TrayIcon::Status::Stopped);
    QCOMPARE(pause->text(), QStringLiteral("Resume engine"));
    QVERIFY(m_tray->toolTip().contains(QLatin1String("paused")));

    pause->trigger();
    QTRY_COMPARE(m_session->engine().state(), EngineState::Running);
    QTRY_COMPARE(m_tray->status(), TrayIcon::Status::Healthy);
    QCOMPARE(pause->text(), QStringLiteral("Pause engine"));
    QVERIFY(m_tray->toolTip().contains(QLatin1String("every site has a working server")));
    const quint16 port = m_session->engine().listeners().value(0).port;
    QVERIFY(m_tray->toolTip().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    QCOMPARE(action("trayStatusAction")->text(), m_tray->statusText());
    QVERIFY(!action("trayStatusAction")->isEnabled());

    pause->trigger();
    QTRY_COMPARE(m_session->engine().state(), EngineState::Stopped);
    QTRY_COMPARE(m_tray->status(), TrayIcon::Status::Stopped);
    QCOMPARE(pause->text(), QStringLiteral("Resume engine"));
}

void TestTrayIcon::aFailedStartIsRed()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    createSession(QStringLiteral(R"({"version":1,"listeners":[{"address":"127.0.0.1","port":%1}]})")
                      .arg(taken.serverPort())
                      .toUtf8());
    QVERIFY(!m_session->start());
    QTRY_COMPARE(m_tray->status(), TrayIcon::Status::Failing);
    QVERIFY(m_tray->toolTip().contains(QLatin1String("could not start")));
}

void TestTrayIcon::aRecentWarningIsAmber()
{
    createSession(portZeroConfig);
    QVERIFY(m_session->start());
    QTRY_COMPARE(m_tray->status(), TrayIcon::Status::Healthy);

    // An old warning is history; a new one colours the icon.
    EngineEvent old = event(EngineEventKind::CertificateUnusable, QString(), -(TrayIcon::recentWarningMs / 1000 + 60));
    old.severity = EventSeverity::Warning;
    old.args = {QStringLiteral("intranet"), QStringLiteral("the key does not match")};
    Q_EMIT m_session->engine().eventOccurred(old);
    QTRY_VERIFY(m_tray->toolTip().contains(QLatin1String("every site")));
    QCOMPARE(m_tray->status(), TrayIcon::Status::Healthy);

    EngineEvent recent = old;
    recent.time = QDateTime::currentDateTimeUtc();
    Q_EMIT m_session->engine().eventOccurred(recent);
    QTRY_COMPARE(m_tray->status(), TrayIcon::Status::Degraded);
    QVERIFY(m_tray->toolTip().contains(QLatin1String("recent warning")));
    QVERIFY(m_tray->toolTip().contains(QLatin1String("intranet")));
}

void TestTrayIcon::aSiteWithNoWorkingServerIsRedAndNotified()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    createSession(QStringLiteral(R"({"version":1,"settings":{"workers":1},
        "listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"Wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"wikipool"}]}],
        "pools":[{"name":"wikipool","backends":[{"host":"127.0.0.1","port":%1}],
                  "healthCheck":{"enabled":true,"intervalMs":500,"timeoutMs":200,"rise":1,"fall":1}}]})")
                      .arg(closedPort)
                      .toUtf8());
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    QVERIFY(m_session->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->status(), TrayIcon::Status::Failing, 15000);
    QCOMPARE(m_tray->statusText(), QStringLiteral("Portico: site Wiki has no working server"));
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 15000);
    // The server going down and the site losing its last server come as one balloon, worst news first.
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Site Wiki has no working server"));
    QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)) ||
                 notified.size() > 1,
             qPrintable(notified.first().at(1).toString()));
}

void TestTrayIcon::sameServerIsNotifiedOncePerMinute()
{
    createSession(portZeroConfig);
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    const QString subject = QStringLiteral("app/10.0.0.1:80");
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, subject)));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Server 10.0.0.1:80 is down"));
    QVERIFY(notified.at(0).at(1).toString().contains(QLatin1String("connection refused")));

    // Flapping: the same news within a minute (by the events' times) stays quiet, the next minute speaks again.
    QVERIFY(!m_tray->notifyEvent(event(EngineEventKind::BackendDown, subject, 30)));
    QVERIFY(!m_tray->notifyEvent(event(EngineEventKind::BackendEjected, subject, 45)));
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, subject, 61)));
    QTRY_COMPARE(notified.size(), 2);
    // Other servers are not held back by it.
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, QStringLiteral("app/10.0.0.2:80"), 62)));
    QTRY_COMPARE(notified.size(), 3);
    QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("Server 10.0.0.2:80 is down"));
}

void TestTrayIcon::backIsNotifiedOnlyAfterADown()
{
    createSession(portZeroConfig);
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    const QString subject = QStringLiteral("app/10.0.0.1:80");
    // Servers coming up at start are no news.
    QVERIFY(!m_tray->notifyEvent(event(EngineEventKind::BackendUp, subject)));
    QVERIFY(!m_tray->notifyEvent(event(EngineEventKind::BackendRestored, subject)));

    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, subject)));
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendRestored, subject, 20)));
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Server 10.0.0.1:80 is back"));
    // Once back, a second "up" says nothing.
    QVERIFY(!m_tray->notifyEvent(event(EngineEventKind::BackendUp, subject, 90)));
}

void TestTrayIcon::aBurstBecomesOneNotification()
{
    createSession(portZeroConfig);
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, QStringLiteral("app/10.0.0.%1:80").arg(i))));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("5 servers are down"));
    const QString message = notified.at(0).at(1).toString();
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(message.contains(QStringLiteral("10.0.0.%1:80").arg(i)), qPrintable(message));

    // Mixed news: one balloon, titled by the worst.
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendUp, QStringLiteral("app/10.0.0.1:80"), 10)));
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::PoolAllDown, QStringLiteral("other"), 10)));
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Site other has no working server"));
    QVERIFY(notified.at(1).at(1).toString().contains(QLatin1String("Server 10.0.0.1:80 is back")));
}

void TestTrayIcon::downAndBackWithinABurstSaysNothing()
{
    createSession(portZeroConfig);
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendEjected, QStringLiteral("app/10.0.0.1:80"))));
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendRestored, QStringLiteral("app/10.0.0.1:80"), 1)));
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::BackendDown, QStringLiteral("app/10.0.0.2:80"), 1)));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Server 10.0.0.2:80 is down"));
}

void TestTrayIcon::poolEventsNameTheSites()
{
    createSession(R"({"version":1,"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"Wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"shared"}]},
                 {"name":"Files","serverNames":["files.example.com"],"routes":[{"path":"/","pool":"shared"}]}],
        "pools":[{"name":"shared","backends":[{"host":"127.0.0.1","port":9}]}]})");
    QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::PoolAllDown, QStringLiteral("shared"))));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Sites Wiki, Files have no working server"));
    QVERIFY(m_tray->notifyEvent(event(EngineEventKind::PoolRecovered, QStringLiteral("shared"), 5)));
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Sites Wiki, Files work again"));
}

void TestTrayIcon::menuOpensAndQuits()
{
    createSession(portZeroConfig);
    QSignalSpy open(m_tray.get(), &TrayIcon::openRequested);
    QSignalSpy quit(m_tray.get(), &TrayIcon::quitRequested);
    action("trayOpenAction")->trigger();
    QCOMPARE(open.size(), 1);
    action("trayQuitAction")->trigger();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(action("trayOpenAction")->text(), QStringLiteral("Open Portico"));
    QCOMPARE(action("trayQuitAction")->text(), QStringLiteral("Quit Portico"));
}

QTEST_MAIN(TestTrayIcon)
#include "TestTrayIcon.moc"
