// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "charts/BackendHealthPanel.h"
#include "charts/HealthStrip.h"
#include "charts/MetricsChart.h"
#include "models/EventLogModel.h"
#include "pages/DashboardPage.h"
#include "text/NumberText.h"
#include "widgets/StatTile.h"

#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Dashboard against a real engine with two sites, a backend that answers and one that does not.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rangeButtonsSwitchTheAxisRange_data();
    void rangeButtonsSwitchTheAxisRange();
    void rangeButtonsWorkByKeyboard();
    void siteFilterListsSites();
    void healthStripPerBackend();
    void statusTileSaysWhatIsWrong();
    void healthStripSegments();
    void showsValuesAfterTraffic();
    void chartsHaveNoAnimationAndNames();

private:
    template<typename T>
    T* child(const char* name) const;
    quint16 proxyPort() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    quint16 m_closedPort = 0;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<EventLogModel> m_events;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestDashboardPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_backend = std::make_unique<TestBackend>("up");
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        m_closedPort = server.serverPort();
    }
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]},
                 {"name":"shop","serverNames":["shop.example.com"],"routes":[{"path":"/","pool":"shop"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1},{"host":"127.0.0.1","port":%2}],
                  "healthCheck":{"enabled":true,"intervalMs":500,"timeoutMs":200,"rise":1,"fall":1}},
                 {"name":"shop","backends":[{"host":"127.0.0.1","port":%1}]}]})")
                   .arg(m_backend->port())
                   .arg(m_closedPort)
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->engine().setHistoryPath(QString());
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_events = std::make_unique<EventLogModel>(m_session->engine());
    m_page = std::make_unique<DashboardPage>(*m_session, m_events.get());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_events.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestDashboardPage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

quint16 TestDashboardPage::proxyPort() const
{
    return m_session->engine().listeners().value(0).port;
}

void TestDashboardPage::rangeButtonsSwitchTheAxisRange_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("range");
    QTest::newRow("1 h") << QStringLiteral("range1HourButton") << int(HistoryRange::OneHour);
    QTest::newRow("24 h") << QStringLiteral("range24HoursButton") << int(HistoryRange::OneDay);
    QTest::newRow("7 days") << QStringLiteral("range7DaysButton") << int(HistoryRange::SevenDays);
    QTest::newRow("5 min") << QStringLiteral("range5MinutesButton") << int(HistoryRange::FiveMinutes);
}

void TestDashboardPage::rangeButtonsSwitchTheAxisRange()
{
    QFETCH(QString, button);
    QFETCH(int, range);
    auto* chart = child<MetricsChart>("requestsChartView");
    QVERIFY(chart);
    QCOMPARE(m_page->range(), HistoryRange::FiveMinutes);
    if (range == int(HistoryRange::FiveMinutes))
        QTest::mouseClick(child<QPushButton>("range7DaysButton"), Qt::LeftButton);

    auto* target = m_page->findChild<QPushButton*>(button);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton);
    QVERIFY(target->isChecked());
    QCOMPARE(m_page->range(), HistoryRange(range));
    const QDateTimeAxis* axis = chart->timeAxis();
    QCOMPARE(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch(), historyRangeMs(HistoryRange(range)));
    // Every chart shows the same range.
    const QDateTimeAxis* latency = child<MetricsChart>("latencyChartView")->timeAxis();
    QCOMPARE(latency->max().toMSecsSinceEpoch() - latency->min().toMSecsSinceEpoch(),
             historyRangeMs(HistoryRange(range)));
    // The end is now, within the refresh that follows.
    QVERIFY(qAbs(axis->max().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 60'000);
}

void TestDashboardPage::rangeButtonsWorkByKeyboard()
{
    auto* hour = child<QPushButton>("range1HourButton");
    QVERIFY(hour->focusPolicy() & Qt::TabFocus);
    QVERIFY(!hour->accessibleName().isEmpty());
    hour->setFocus();
    QTest::keyClick(hour, Qt::Key_Space);
    QCOMPARE(m_page->range(), HistoryRange::OneHour);
    QVERIFY(!child<QPushButton>("range5MinutesButton")->isChecked());
}

void TestDashboardPage::siteFilterListsSites()
{
    auto* combo = child<QComboBox>("siteFilterComboBox");
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->itemText(0), QStringLiteral("All sites"));
    QVERIFY(combo->findText(QStringLiteral("app")) > 0);
    QVERIFY(combo->findText(QStringLiteral("shop")) > 0);
    auto* stack = child<QStackedWidget>("connectionsChartStack");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("connectionsChartView"));

    // Choosing a site by keyboard filters the charts; connections are not per site, so a note says so.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_page->site(), QStringLiteral("shop"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("connectionsSiteNoteLabel"));

    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_page->site(), QStringLiteral("app"));
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_page->site(), QString());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("connectionsChartView"));
}

void TestDashboardPage::healthStripPerBackend()
{
    auto* panel = child<BackendHealthPanel>("backendHealthPanel");
    QVERIFY(panel);
    QTRY_COMPARE_WITH_TIMEOUT(panel->strips().size(), 3, 10'000);
    QStringList names;
    for (HealthStrip* strip : panel->strips()) {
        QVERIFY(strip->focusPolicy() & Qt::TabFocus);
        names << strip->accessibleName();
        QVERIFY(!strip->accessibleDescription().isEmpty());
    }
    const QString up = QStringLiteral("127.0.0.1:%1").arg(m_backend->port());
    const QString down = QStringLiteral("127.0.0.1:%1").arg(m_closedPort);
    QCOMPARE(names.filter(up).size(), 2);
    QCOMPARE(names.filter(down).size(), 1);

    // The backend nothing listens behind turns red; its strip says so in words.
    HealthStrip* downStrip = nullptr;
    for (HealthStrip* strip : panel->strips())
        if (strip->accessibleName().contains(down))
            downStrip = strip;
    QVERIFY(downStrip);
    QTRY_VERIFY_WITH_TIMEOUT(
        !downStrip->segments().isEmpty() && downStrip->segments().constLast().health == BackendHealth::Down, 15'000);
    QVERIFY2(downStrip->accessibleDescription().startsWith(QLatin1String("Down")),
             qPrintable(downStrip->accessibleDescription()));
    QVERIFY(!downStrip->describe(downStrip->segments().size() - 1).isEmpty());
}

void TestDashboardPage::statusTileSaysWhatIsWrong()
{
    auto* value = child<QLabel>("healthValueLabel");
    auto* tile = child<StatTile>("healthTile");
    QVERIFY(value && tile);
    // One of app's two servers has nothing behind it: the site still works, but the admin should look.
    QTRY_COMPARE_WITH_TIMEOUT(value->text(), QStringLiteral("Needs attention"), 15'000);
    const QString down = QStringLiteral("127.0.0.1:%1").arg(m_closedPort);
    QVERIFY2(tile->accessibleDescription().contains(down), qPrintable(tile->accessibleDescription()));
    QCOMPARE(tile->accessibleName(), QStringLiteral("Status: Needs attention"));

    QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    QTRY_COMPARE(value->text(), QStringLiteral("Not serving"));
}

void TestDashboardPage::healthStripSegments()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    BackendTimeline timeline;
    timeline.initial = BackendHealth::Up;
    BackendTransition early; // before the range: only sets the first state
    early.time = start.addSecs(-60);
    early.from = BackendHealth::Down;
    early.to = BackendHealth::Up;
    BackendTransition down;
    down.time = start.addSecs(600);
    down.from = BackendHealth::Up;
    down.to = BackendHealth::Down;
    down.cause = TransitionCause::ActiveCheck;
    down.check.failure = HealthCheckFailure::Refused;
    BackendTransition up = down;
    up.time = start.addSecs(900);
    up.from = BackendHealth::Down;
    up.to = BackendHealth::Up;
    up.check.failure = HealthCheckFailure::None;
    timeline.transitions = {early, down, up};

    HealthStrip strip;
    const qint64 startMs = start.toMSecsSinceEpoch();
    strip.setTimeline(timeline, startMs, startMs + 3'600'000, BackendAdminState::Drain);
    QCOMPARE(strip.segments().size(), 3);
    QCOMPARE(strip.segments().at(1).health, BackendHealth::Down);
    QCOMPARE(strip.segments().at(1).toMs - strip.segments().at(1).fromMs, qint64(300'000));
    QVERIFY2(strip.describe(1).contains(QLatin1String("Connection refused")), qPrintable(strip.describe(1)));
    // (The plural "time(s)" is worded by the translations, which follow the code later.)
    QVERIFY2(strip.accessibleDescription().startsWith(QLatin1String("Draining; Up for 45 minutes; down 1 time")),
             qPrintable(strip.accessibleDescription()));
    // Before the engine has a record, nothing is claimed.
    strip.setTimeline(timeline, startMs, startMs + 3'600'000, BackendAdminState::Enabled, startMs + 3'000'000);
    QCOMPARE(strip.segments().size(), 1);
    QCOMPARE(strip.segments().first().fromMs, startMs + 3'000'000);
    QCOMPARE(strip.accessibleDescription(), QStringLiteral("Up for 10 minutes"));
}

void TestDashboardPage::showsValuesAfterTraffic()
{
    for (int i = 0; i < 5; ++i) {
        const HttpResponse response = HttpClient::get(proxyPort(), "/", "shop.example.com");
        QVERIFY(response.valid);
        QCOMPARE(response.status, 200);
    }
    EngineController& engine = m_session->engine();
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStats().requestsTotal >= 5, 10'000);
    auto* requests = child<QLabel>("requestsTotalValueLabel");
    QTRY_COMPARE(requests->text(), NumberText::count(engine.lastStats().requestsTotal));

    // The charts draw what the engine's history holds (one point per second once it records).
    auto* chart = child<MetricsChart>("requestsChartView");
    QTRY_VERIFY_WITH_TIMEOUT(!engine.history(HistoryRange::FiveMinutes).points.isEmpty(), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, 5'000);
    QTRY_VERIFY(chart->accessibleDescription().startsWith(QLatin1String("Latest:")));
    const double end = double(chart->timeAxis()->max().toMSecsSinceEpoch());
    QVERIFY(!chart->toolTipAt(end).isEmpty() || !chart->toolTipAt(end - 1000).isEmpty());

    // Top lists follow within a few seconds: the site that got the traffic is on top.
    auto* sites = child<QTableView>("topSitesTableView");
    QTRY_VERIFY_WITH_TIMEOUT(sites->model()->rowCount() > 0, 10'000);
    QCOMPARE(sites->model()->index(0, 0).data().toString(), QStringLiteral("shop"));
}

void TestDashboardPage::chartsHaveNoAnimationAndNames()
{
    const QList<MetricsChart*> charts = m_page->findChildren<MetricsChart*>();
    QCOMPARE(charts.size(), 6);
    for (const MetricsChart* chart : charts) {
        QVERIFY(chart->chart()->animationOptions() == QChart::NoAnimation);
        QVERIFY(chart->renderHints() & QPainter::Antialiasing);
        QVERIFY2(!chart->accessibleName().isEmpty(), qPrintable(chart->objectName()));
        QVERIFY(!chart->objectName().isEmpty());
    }
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
