// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "TestBackend.h"
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "models/AccessLogFilterModel.h"
#include "models/AccessLogModel.h"
#include "models/EventLogModel.h"
#include "pages/LogsPage.h"
#include "text/EventText.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

namespace {

AccessLogEntry makeEntry(int number, int status, const QByteArray& target)
{
    AccessLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.client = QHostAddress(QStringLiteral("192.168.7.%1").arg(number % 250 + 1));
    entry.requestId = "h" + QByteArray::number(number);
    entry.method = number % 7 == 0 ? QByteArray("POST") : QByteArray("GET");
    entry.target = target;
    entry.status = status;
    entry.bytesOut = 1000 + static_cast<quint64>(number);
    entry.userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/115.0";
    entry.site = number % 3 == 0 ? QStringLiteral("wiki") : QStringLiteral("app");
    entry.route = 0;
    entry.backend = "127.0.0.1:8080";
    entry.durationUs = 800 + number % 5000;
    return entry;
}

// count requests numbered from first: every tenth failed with a 5xx, every fifth other one was a 404.
AccessLogBatch makeBatch(int first, int count, quint64 skipped = 0)
{
    AccessLogBatch batch;
    batch.entries.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const int status = i % 10 == 0 ? 502 : i % 5 == 0 ? 404 : 200;
        batch.entries.append(makeEntry(i, status, "/page/" + QByteArray::number(i) + "?q=search"));
    }
    batch.skipped = skipped;
    return batch;
}

} // namespace

// The Logs page over a real engine: the access-log tail shows proxied requests with their status,
// filters, pause and resume, copy; the events tab filters by severity and text.
class TestLogsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabsAndControlsAreNamed();
    void realRequestsShowInTheTail();
    void filtersNarrowTheTail_data();
    void filtersNarrowTheTail();
    void pauseFreezesAndResumeCatchesUp();
    void copyPutsAccessLogLinesOnTheClipboard();
    void skippedRequestsAreSaid();
    void hiddenPageKeepsBatchesAside();
    void viewFollowsTheNewestUnlessScrolledAway();
    void eventsFilterBySeverityAndText();
    void batchInsertCost_data();
    void batchInsertCost();

private:
    template<typename T>
    T* child(const char* name) const;
    void startEngine();
    void feed(const AccessLogBatch& batch);
    int rowOf(const QByteArray& target) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<EventLogModel> m_events;
    std::unique_ptr<LogsPage> m_page;
    AccessLogModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

void TestLogsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestLogsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    m_backend = std::make_unique<TestBackend>("logs");
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["localhost"],"routes":[{"path":"/","pool":"web"}]},
                 {"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"web"}]}],
        "pools":[{"name":"web","backends":[{"host":"127.0.0.1","port":%1}]}]})")
                   .arg(m_backend->port())
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_events = std::make_unique<EventLogModel>(m_session->engine());
    m_page = std::make_unique<LogsPage>(m_events.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_model = m_page->findChild<AccessLogModel*>(QStringLiteral("accessLogModel"));
    m_view = child<QTableView>("accessLogTableView");
    QVERIFY(m_model && m_view);
}

void TestLogsPage::cleanup()
{
    m_page.reset();
    m_events.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
    m_model = nullptr;
    m_view = nullptr;
}

template<typename T>
T* TestLogsPage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestLogsPage::startEngine()
{
    QVERIFY(m_session->start());
    QCOMPARE(m_session->engine().listeners().size(), 1);
}

// Hand-made batches take the same road as the engine's: the controller's signal.
void TestLogsPage::feed(const AccessLogBatch& batch)
{
    Q_EMIT m_session->engine().accessLogged(batch);
}

int TestLogsPage::rowOf(const QByteArray& target) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).target == target)
            return row;
    }
    return -1;
}

void TestLogsPage::tabsAndControlsAreNamed()
{
    auto* tabs = child<QTabWidget>("logsTabWidget");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Access log"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Events"));
    QCOMPARE(tabs->currentIndex(), 0);
    for (const char* name :
         {"siteFilterComboBox", "statusFilterComboBox", "clientFilterLineEdit", "textFilterLineEdit",
          "pauseAccessLogButton", "copyAccessLogButton", "clearAccessLogButton", "accessLogTableView",
          "eventSeverityComboBox", "eventTextFilterLineEdit", "eventLogView"}) {
        auto* widget = child<QWidget>(name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
    }
    // The site filter offers every configured site.
    auto* sites = child<QComboBox>("siteFilterComboBox");
    QCOMPARE(sites->count(), 3);
    QCOMPARE(sites->itemData(1).toString(), QStringLiteral("app"));
    QCOMPARE(sites->itemData(2).toString(), QStringLiteral("wiki"));
    // Nothing selected, nothing to copy.
    QVERIFY(!child<QPushButton>("copyAccessLogButton")->isEnabled());
    QVERIFY(!m_view->wordWrap());
    QCOMPARE(m_view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

    m_page->showTab(LogsPage::Tab::Events);
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestLogsPage::realRequestsShowInTheTail()
{
    startEngine();
    const quint16 port = m_session->engine().listeners().first().port;
    QCOMPARE(HttpClient::get(port, "/hello").status, 200);
    QCOMPARE(HttpClient::get(port, "/status/404").status, 404);
    QCOMPARE(HttpClient::get(port, "/status/503").status, 503);

    // The engine passes finished requests on about once a second.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 3, 10'000);
    for (const auto& [target, status] :
         {std::pair<QByteArray, int>{"/hello", 200}, {"/status/404", 404}, {"/status/503", 503}}) {
        const int row = rowOf(target);
        QVERIFY2(row >= 0, target.constData());
        QCOMPARE(m_model->entry(row).status, status);
        QCOMPARE(m_model->entry(row).site, QStringLiteral("app"));
        QCOMPARE(m_model->index(row, AccessLogModel::StatusColumn).data().toString(), QString::number(status));
    }
    // The newest request is at the bottom, and the view follows it.
    QCOMPARE(m_model->entry(m_model->rowCount() - 1).target, QByteArray("/status/503"));

    // Status class and text filters on the real requests.
    auto* status = child<QComboBox>("statusFilterComboBox");
    status->setCurrentIndex(status->findData(int(AccessLogFilterModel::StatusClass::Errors)));
    QCOMPARE(m_view->model()->rowCount(), 2);
    QTest::keyClicks(child<QLineEdit>("textFilterLineEdit"), QStringLiteral("503"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->index(0, AccessLogModel::PathColumn).data().toString(), QStringLiteral("/status/503"));
    child<QLineEdit>("textFilterLineEdit")->clear();
    status->setCurrentIndex(0);

    // Paused, new requests wait; resumed, they arrive.
    QTest::mouseClick(child<QPushButton>("pauseAccessLogButton"), Qt::LeftButton);
    const int before = m_model->rowCount();
    QCOMPARE(HttpClient::get(port, "/while-paused").status, 200);
    auto* paused = child<QLabel>("accessLogPausedLabel");
    QTRY_VERIFY_WITH_TIMEOUT(paused->text().contains(QLatin1String("1 new request")), 10'000);
    QCOMPARE(m_model->rowCount(), before);
    QTest::mouseClick(child<QPushButton>("pauseAccessLogButton"), Qt::LeftButton);
    QVERIFY(rowOf("/while-paused") >= 0);

    // Copy: the selected row as an access-log line.
    m_view->selectRow(m_view->model()->rowCount() - 1);
    QTest::mouseClick(child<QPushButton>("copyAccessLogButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("\"GET /while-paused HTTP/1.1\" 200")), qPrintable(copied));
}

void TestLogsPage::filtersNarrowTheTail_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    using S = AccessLogFilterModel::StatusClass;
    // 100 requests: 10 with 502 (every tenth), 10 with 404, 80 with 200; a third on "wiki".
    QTest::newRow("none") << QString() << int(S::All) << QString() << QString() << 100;
    QTest::newRow("5xx") << QString() << int(S::ServerError) << QString() << QString() << 10;
    QTest::newRow("errors") << QString() << int(S::Errors) << QString() << QString() << 20;
    QTest::newRow("2xx") << QString() << int(S::Success) << QString() << QString() << 80;
    QTest::newRow("site wiki") << QStringLiteral("wiki") << int(S::All) << QString() << QString() << 34;
    QTest::newRow("client") << QString() << int(S::All) << QStringLiteral("192.168.7.5") << QString() << 11;
    QTest::newRow("text") << QString() << int(S::All) << QString() << QStringLiteral("/PAGE/42?") << 1;
    QTest::newRow("text method") << QString() << int(S::All) << QString() << QStringLiteral("post") << 15;
}

void TestLogsPage::filtersNarrowTheTail()
{
    QFETCH(QString, site);
    QFETCH(int, statusClass);
    QFETCH(QString, client);
    QFETCH(QString, text);
    QFETCH(int, expected);
    feed(makeBatch(0, 100));
    QCOMPARE(m_view->model()->rowCount(), 100);

    auto* sites = child<QComboBox>("siteFilterComboBox");
    sites->setCurrentIndex(std::max(0, sites->findData(site)));
    auto* status = child<QComboBox>("statusFilterComboBox");
    status->setCurrentIndex(status->findData(statusClass));
    QTest::keyClicks(child<QLineEdit>("clientFilterLineEdit"), client);
    QTest::keyClicks(child<QLineEdit>("textFilterLineEdit"), text);
    QCOMPARE(m_view->model()->rowCount(), expected);
    if (expected != 100) {
        QVERIFY2(child<QLabel>("accessLogCountLabel")->text().contains(QLatin1String("match the filters")),
                 qPrintable(child<QLabel>("accessLogCountLabel")->text()));
    }

    // New batches are filtered as they come.
    feed(makeBatch(100, 100));
    QVERIFY(m_view->model()->rowCount() >= expected);
    QVERIFY(m_view->model()->rowCount() <= 2 * expected + 1);
}

void TestLogsPage::pauseFreezesAndResumeCatchesUp()
{
    feed(makeBatch(0, 10));
    auto* pause = child<QPushButton>("pauseAccessLogButton");
    auto* label = child<QLabel>("accessLogPausedLabel");
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QVERIFY(label->isHidden());
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    feed(makeBatch(10, 20));
    feed(makeBatch(30, 5));
    QCOMPARE(m_view->model()->rowCount(), 10);
    QVERIFY(label->isVisible());
    // (Contains: the English plural forms come from translations/portico_en.ts.)
    QVERIFY2(label->text().startsWith(QStringLiteral("Paused — 25 new request")), qPrintable(label->text()));

    // More than the queue holds: the newest capacity() wait, the label says so.
    feed(makeBatch(35, AccessLogModel::defaultCapacity));
    QVERIFY2(label->text().contains(QLatin1String("only the newest 5,000")), qPrintable(label->text()));
    QCOMPARE(m_model->pendingCount(), AccessLogModel::defaultCapacity);

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!pause->isChecked());
    QVERIFY(label->isHidden());
    QCOMPARE(m_view->model()->rowCount(), AccessLogModel::defaultCapacity);
    QCOMPARE(m_model->entry(m_model->rowCount() - 1).requestId,
             "h" + QByteArray::number(35 + AccessLogModel::defaultCapacity - 1));

    QTest::mouseClick(child<QPushButton>("clearAccessLogButton"), Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 0);
}

void TestLogsPage::copyPutsAccessLogLinesOnTheClipboard()
{
    feed(makeBatch(1, 6));
    auto* copy = child<QPushButton>("copyAccessLogButton");
    QVERIFY(!copy->isEnabled());
    QItemSelectionModel* selection = m_view->selectionModel();
    for (const int row : {3, 1})
        selection->select(m_view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(copy->isEnabled());
    const QString expected = QString::fromUtf8(m_model->entry(1).toCombined() + m_model->entry(3).toCombined());

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // Ctrl+C on the table copies the same lines (not just the current cell).
    QGuiApplication::clipboard()->clear();
    m_page->activateWindow();
    m_view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // Filtered: rows map back to the right entries.
    QTest::keyClicks(child<QLineEdit>("textFilterLineEdit"), QStringLiteral("/page/5?"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    m_view->selectRow(0);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(m_model->entry(4).toCombined()));
}

void TestLogsPage::skippedRequestsAreSaid()
{
    auto* skipped = child<QLabel>("accessLogSkippedLabel");
    feed(makeBatch(0, 5));
    QVERIFY(skipped->isHidden());
    feed(makeBatch(5, 5, 1234));
    QVERIFY(skipped->isVisible());
    QVERIFY2(skipped->text().startsWith(QLatin1String("1,234 request")), qPrintable(skipped->text()));
    QVERIFY(skipped->text().endsWith(QLatin1String("not shown (too many per second)")));
}

void TestLogsPage::hiddenPageKeepsBatchesAside()
{
    // Another page is on screen: nothing is inserted (no work for the views) until the Logs page shows.
    m_page->hide();
    feed(makeBatch(0, 3000));
    feed(makeBatch(3000, 3000, 7));
    QCOMPARE(m_model->rowCount(), 0);
    m_page->show();
    QCOMPARE(m_model->rowCount(), m_model->capacity());
    QCOMPARE(m_model->skipped(), quint64(7));
    // The newest entries are the ones kept.
    QVERIFY(rowOf(makeBatch(5999, 1).entries.first().target) >= 0);
    QCOMPARE(rowOf(makeBatch(0, 1).entries.first().target), -1);
}

void TestLogsPage::viewFollowsTheNewestUnlessScrolledAway()
{
    QScrollBar* bar = m_view->verticalScrollBar();
    int next = 0;
    for (int i = 0; i < 3; ++i) {
        feed(makeBatch(next, 200));
        next += 200;
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 0);
    }
    // Reading older rows: new ones come in below without moving the view...
    bar->setValue(400);
    const QModelIndex top = m_view->indexAt(QPoint(2, 2));
    const QByteArray topId = m_model->entry(top.row()).requestId;
    feed(makeBatch(next, 200));
    next += 200;
    QCoreApplication::processEvents();
    QCOMPARE(m_model->entry(m_view->indexAt(QPoint(2, 2)).row()).requestId, topId);
    QVERIFY(bar->value() < bar->maximum());

    // ...and trimming the oldest keeps the same rows in sight.
    feed(makeBatch(next, AccessLogModel::defaultCapacity - 600));
    next += AccessLogModel::defaultCapacity - 600;
    QCoreApplication::processEvents();
    QCOMPARE(m_model->rowCount(), AccessLogModel::defaultCapacity);
    QCOMPARE(m_model->entry(m_view->indexAt(QPoint(2, 2)).row()).requestId, topId);

    // Back at the bottom, it follows again.
    m_view->scrollToBottom();
    feed(makeBatch(next, 300));
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex newest = m_view->model()->index(m_view->model()->rowCount() - 1, 0);
    QCOMPARE(m_model->entry(newest.row()).requestId, "h" + QByteArray::number(next + 299));
    QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(newest).center()));
}

void TestLogsPage::eventsFilterBySeverityAndText()
{
    auto makeEvent = [](EngineEventKind kind, EventSeverity severity, const QString& subject, const QStringList& args) {
        EngineEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = kind;
        event.severity = severity;
        event.subject = subject;
        event.args = args;
        return event;
    };
    const QList<EngineEvent> events{
        makeEvent(EngineEventKind::EngineStarted, EventSeverity::Info, QString(), {QStringLiteral("2")}),
        makeEvent(EngineEventKind::BackendEjected, EventSeverity::Warning, QStringLiteral("web/10.0.0.5:80"),
                  {QStringLiteral("3"), QStringLiteral("30000")}),
        makeEvent(EngineEventKind::PoolAllDown, EventSeverity::Error, QStringLiteral("web"), {QStringLiteral("fail")}),
        makeEvent(EngineEventKind::BackendRestored, EventSeverity::Info, QStringLiteral("web/10.0.0.5:80"), {}),
    };
    for (const EngineEvent& event : events)
        Q_EMIT m_session->engine().eventOccurred(event);
    auto* view = child<QListView>("eventLogView");
    QTRY_COMPARE(view->model()->rowCount(), 4);
    // Worded as everywhere else, newest first.
    QCOMPARE(view->model()->index(0, 0).data().toString(), EventText::message(events.last()));

    auto* severity = child<QComboBox>("eventSeverityComboBox");
    severity->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, 0).data().toString(), EventText::message(events.at(2)));
    QCOMPARE(view->model()->index(1, 0).data().toString(), EventText::message(events.at(1)));
    QVERIFY(child<QLabel>("eventCountLabel")->text().contains(QLatin1String("2 of 4")));

    severity->setCurrentIndex(0);
    const QString needle = QStringLiteral("10.0.0.5");
    int matching = 0;
    for (const EngineEvent& event : events)
        matching += EventText::message(event).contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(matching > 0);
    QTest::keyClicks(child<QLineEdit>("eventTextFilterLineEdit"), needle);
    QCOMPARE(view->model()->rowCount(), matching);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row, 0).data().toString().contains(needle));
}

void TestLogsPage::batchInsertCost_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("1000 a second, no filter") << 1000 << false;
    QTest::newRow("1000 a second, filters on") << 1000 << true;
    QTest::newRow("2000 a second, filters on") << 2000 << true;
}

// Not a pass/fail threshold: prints what one second's batch costs the GUI thread (insert, filter, trim,
// layout and paint), for the report.
void TestLogsPage::batchInsertCost()
{
    QFETCH(int, batchSize);
    QFETCH(bool, filtered);
    if (filtered) {
        auto* status = child<QComboBox>("statusFilterComboBox");
        status->setCurrentIndex(status->findData(int(AccessLogFilterModel::StatusClass::Errors)));
        QTest::keyClicks(child<QLineEdit>("textFilterLineEdit"), QStringLiteral("page"));
    }
    const int rounds = 12;
    QList<AccessLogBatch> batches;
    for (int i = 0; i < rounds; ++i)
        batches.append(makeBatch(i * batchSize, batchSize));
    QList<qint64> costs;
    qint64 worst = 0;
    for (const AccessLogBatch& batch : std::as_const(batches)) {
        QElapsedTimer timer;
        timer.start();
        feed(batch);
        m_view->viewport()->repaint();
        QCoreApplication::processEvents();
        const qint64 us = timer.nsecsElapsed() / 1000;
        costs.append(us);
        worst = std::max(worst, us);
    }
    std::sort(costs.begin(), costs.end());
    qDebug("batch of %d (%s), %d batches, ring %d/%d: median %.2f ms, worst %.2f ms", batchSize,
           filtered ? "status errors + text filter" : "no filter", rounds, m_model->rowCount(), m_model->capacity(),
           static_cast<double>(costs.at(costs.size() / 2)) / 1000.0, static_cast<double>(worst) / 1000.0);
    QCOMPARE(m_model->rowCount(), std::min(rounds * batchSize, AccessLogModel::defaultCapacity));
}

QTEST_MAIN(TestLogsPage)
#include "TestLogsPage.moc"
