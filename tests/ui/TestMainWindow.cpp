// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "mainwindow/MainWindow.h"
#include "models/BackendTableModel.h"
#include "models/SiteTableModel.h"
#include "text/EventText.h"
#include "text/NumberText.h"
#include "text/StateText.h"
#include "widgets/MessageBanner.h"
#include "wizards/SiteWizard.h"

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

namespace {

QByteArray portZeroConfig()
{
    return R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}]})";
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageIsReachableFromTheSidebar();
    void startAndStopFollowTheEngineState();
    void statusBarShowsTheRealListenerAddress();
    void dashboardShowsRealFigures();
    void portInUseIsShownInPlainWords();
    void unusableConfigIsReportedWithWhereItWent();
    void sitesAndBackendsComeFromTheConfig();
    void noSitesShowsAnEmptyStateThatAddsOne();
    void logsShowTheEngineEvents();
    void closingQuitsWithoutTrayAndHidesWithTray();

private:
    // Writes config into the temp dir, loads it and builds the window (not yet started).
    void createWindow(const QByteArray& config);
    template<typename T>
    T* child(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<UiSettings>(m_dir->filePath(QStringLiteral("ui.ini")));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::createWindow(const QByteArray& config)
{
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(config), config.size());
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->loadConfig();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, *m_translations);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

template<typename T>
T* TestMainWindow::child(const char* name) const
{
    T* found = m_window->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void TestMainWindow::everyPageIsReachableFromTheSidebar()
{
    createWindow(portZeroConfig());
    auto* sidebar = child<QListWidget>("sidebarListWidget");
    auto* pages = child<QStackedWidget>("pagesStackedWidget");
    QVERIFY(sidebar && pages);
    const QStringList expected{QStringLiteral("dashboardPage"), QStringLiteral("sitesPage"),
                               QStringLiteral("backendsPage"),  QStringLiteral("certificatesPage"),
                               QStringLiteral("cachePage"),     QStringLiteral("securityPage"),
                               QStringLiteral("logsPage"),      QStringLiteral("settingsPage")};
    QCOMPARE(sidebar->count(), expected.size());
    QCOMPARE(pages->currentWidget()->objectName(), expected.first());
    // Backwards, so that every click changes the page.
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentWidget()->objectName(), expected.at(row));
        QVERIFY(pages->currentWidget()->isVisible());
        QVERIFY(child<QWidget>(qPrintable(expected.at(row))));
    }
}

void TestMainWindow::startAndStopFollowTheEngineState()
{
    createWindow(portZeroConfig());
    auto* start = child<QPushButton>("startEngineButton");
    auto* stop = child<QPushButton>("stopEngineButton");
    auto* state = child<QLabel>("engineStateLabel");
    QVERIFY(start && stop && state);
    EngineController& engine = m_session->engine();

    QCOMPARE(engine.state(), EngineState::Stopped);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(engine.state(), EngineState::Running);
    QTRY_VERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    QVERIFY(state->text().contains(StateText::name(EngineState::Running)));

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
    QTRY_VERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(state->text().contains(StateText::name(EngineState::Stopped)));

    // And it starts again from the button.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(engine.state(), EngineState::Running);
    QTRY_VERIFY(stop->isEnabled());
}

void TestMainWindow::statusBarShowsTheRealListenerAddress()
{
    createWindow(portZeroConfig());
    auto* addresses = child<QLabel>("listenerAddressesLabel");
    QVERIFY(addresses);
    QVERIFY(!addresses->text().contains(QLatin1String("127.0.0.1")));

    QVERIFY(m_session->start());
    const QList<BoundListener> listeners = m_session->engine().listeners();
    QCOMPARE(listeners.size(), 1);
    QVERIFY(listeners.first().port != 0);
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(listeners.first().port);
    QTRY_VERIFY2(addresses->text().contains(endpoint), qPrintable(addresses->text()));
    QTRY_VERIFY(child<QLabel>("listenersValueLabel")->text().contains(endpoint));
}

void TestMainWindow::dashboardShowsRealFigures()
{
    createWindow(portZeroConfig());
    auto* requests = child<QLabel>("requestsTotalValueLabel");
    auto* success = child<QLabel>("responses2xxValueLabel");
    auto* received = child<QLabel>("bytesInValueLabel");
    auto* sent = child<QLabel>("bytesOutValueLabel");
    QVERIFY(requests && success && received && sent);
    // Before the engine has reported anything there is nothing to show, and nothing is invented.
    QCOMPARE(requests->text(), NumberText::none());

    QVERIFY(m_session->start());
    EngineController& engine = m_session->engine();
    const HttpResponse response = HttpClient::get(engine.listeners().first().port);
    QVERIFY(response.valid);
    QCOMPARE(response.status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStats().requestsTotal >= 1, 10'000);
    const StatsSnapshot stats = engine.lastStats();
    QCOMPARE(stats.requestsTotal, quint64(1));
    QCOMPARE(stats.responsesByClass.at(1), quint64(1));
    QVERIFY(stats.bytesInTotal > 0);
    QVERIFY(stats.bytesOutTotal > 0);
    QTRY_COMPARE(requests->text(), NumberText::count(stats.requestsTotal));
    QCOMPARE(success->text(), NumberText::count(stats.responsesByClass.at(1)));
    QCOMPARE(received->text(), NumberText::bytes(stats.bytesInTotal));
    QCOMPARE(sent->text(), NumberText::bytes(stats.bytesOutTotal));
}

void TestMainWindow::portInUseIsShownInPlainWords()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort());
    createWindow(QStringLiteral(R"({"version":1,"listeners":[{"address":"127.0.0.1","port":%1}]})")
                     .arg(blocker.serverPort())
                     .toUtf8());

    QVERIFY(!m_session->start());
    QCOMPARE(m_session->engine().state(), EngineState::Stopped);
    QCOMPARE(m_session->startErrors().first().code, ConfigErrorCode::BindFailed);

    auto* banner = child<MessageBanner>("engineErrorBanner");
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(endpoint), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("press Start")));
    QTRY_VERIFY(child<QLabel>("engineErrorLabel")->text().contains(endpoint));
    QVERIFY(child<QPushButton>("startEngineButton")->isEnabled());
    QVERIFY(!child<QPushButton>("stopEngineButton")->isEnabled());

    // Once the port is free, Start works and the error goes away.
    blocker.close();
    QTest::mouseClick(child<QPushButton>("startEngineButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->engine().state(), EngineState::Running);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(child<QLabel>("engineErrorLabel")->text().isEmpty());
}

void TestMainWindow::unusableConfigIsReportedWithWhereItWent()
{
    createWindow("{ this is not json");
    const ConfigLoadResult& loaded = m_session->loadResult();
    QCOMPARE(loaded.status, ConfigLoadStatus::MovedAside);
    QVERIFY(QFile::exists(loaded.movedAsidePath));

    auto* banner = child<MessageBanner>("configProblemBanner");
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(loaded.movedAsidePath), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("not valid JSON")));
    QVERIFY(!child<MessageBanner>("engineErrorBanner")->isVisible());
}

void TestMainWindow::sitesAndBackendsComeFromTheConfig()
{
    createWindow(R"({"version":1,
        "listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"intranet","serverNames":["intranet.example.com","wiki.example.com"],
                  "routes":[{"path":"/api","pool":"api"},{"path":"/","pool":"web"}]}],
        "pools":[{"name":"web","backends":[{"host":"10.0.0.5","port":8081,"weight":3}]},
                 {"name":"api","backends":[{"host":"10.0.0.6","port":9000}]}]})");
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    m_window->showPage(MainWindow::Page::Sites);

    auto* sites = child<QTableView>("sitesTableView");
    QVERIFY(sites && sites->model());
    QTRY_COMPARE(sites->model()->rowCount(), 1);
    QVERIFY(sites->isVisible());
    const QAbstractItemModel* siteModel = sites->model();
    QCOMPARE(siteModel->index(0, SiteTableModel::NameColumn).data().toString(), QStringLiteral("intranet"));
    QVERIFY(siteModel->index(0, SiteTableModel::ServerNamesColumn)
                .data()
                .toString()
                .contains(QLatin1String("wiki.example.com")));
    const QString routes = siteModel->index(0, SiteTableModel::RoutesColumn).data().toString();
    QVERIFY(routes.contains(QStringLiteral("/api → api")));
    QVERIFY(routes.contains(QStringLiteral("/ → web")));

    m_window->showPage(MainWindow::Page::Backends);
    auto* backends = child<QTableView>("backendsTableView");
    QVERIFY(backends && backends->model());
    QCOMPARE(backends->model()->rowCount(), 2);
    QVERIFY(backends->isVisible());
    const QAbstractItemModel* backendModel = backends->model();
    QCOMPARE(backendModel->index(0, BackendTableModel::PoolColumn).data().toString(), QStringLiteral("web"));
    QCOMPARE(backendModel->index(0, BackendTableModel::BackendColumn).data().toString(),
             QStringLiteral("10.0.0.5:8081"));
    QCOMPARE(backendModel->index(0, BackendTableModel::WeightColumn).data().toString(), QStringLiteral("3"));
    // Stopped: the page says there is nothing to tell rather than showing zeros.
    QCOMPARE(backendModel->index(0, BackendTableModel::StateColumn).data().toString(),
             QStringLiteral("Engine stopped"));
    QVERIFY(child<QLabel>("backendsFiguresNoteLabel")->text().contains(QLatin1String("stopped")));
}

void TestMainWindow::noSitesShowsAnEmptyStateThatAddsOne()
{
    createWindow(portZeroConfig());
    m_window->showPage(MainWindow::Page::Sites);
    auto* empty = child<QWidget>("sitesEmptyState");
    auto* add = child<QPushButton>("addFirstSiteButton");
    QVERIFY(empty && add);
    QVERIFY(empty->isVisible());
    QVERIFY(!child<QTableView>("sitesTableView")->isVisible());
    QVERIFY(add->isVisible());
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto* wizard = m_window->findChild<SiteWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(SiteWizard::HostnamesPageId));
    wizard->reject();

    m_window->showPage(MainWindow::Page::Backends);
    QVERIFY(child<QWidget>("backendsEmptyState")->isVisible());
}

void TestMainWindow::logsShowTheEngineEvents()
{
    createWindow(portZeroConfig());
    m_window->showPage(MainWindow::Page::Logs);
    auto* view = child<QListView>("eventLogView");
    QVERIFY(view && view->model());
    QCOMPARE(view->model()->rowCount(), 0);

    QVERIFY(m_session->start());
    const QList<EngineEvent> events = m_session->engine().recentEvents();
    QVERIFY(!events.isEmpty());
    QTRY_COMPARE(view->model()->rowCount(), events.size());
    // Newest first, worded by the UI.
    QCOMPARE(view->model()->index(0, 0).data().toString(), EventText::message(events.last()));
    QCOMPARE(view->model()->index(events.size() - 1, 0).data().toString(), EventText::message(events.first()));
}

void TestMainWindow::closingQuitsWithoutTrayAndHidesWithTray()
{
    createWindow(portZeroConfig());
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QSignalSpy hidden(m_window.get(), &MainWindow::hiddenToTray);

    m_window->close();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(hidden.size(), 0);

    m_window->setTrayAvailable(true);
    m_window->close();
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());

    m_window->showAndRaise();
    m_settings->setCloseToTray(false);
    m_window->close();
    QCOMPARE(quit.size(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
