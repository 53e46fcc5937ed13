// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "config/ConfigStore.h"
#include "dialogs/BackendEditDialog.h"
#include "dialogs/ReviewChangesDialog.h"
#include "models/BackendTableModel.h"
#include "pages/BackendsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// The Backends page against a real engine: admin actions are config changes, applied and saved.
class TestBackendsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adminStateButtonsChangeTheConfig_data();
    void adminStateButtonsChangeTheConfig();
    void removeAsksFirst();
    void editValidatesAndSaves();
    void healthAndTimelineComeFromTheEngine();

private:
    template<typename T>
    T* child(const char* name) const;
    BackendConfig savedBackend(int pool, int backend) const;
    void selectRow(int row);
    // Changes go through the review dialog (exec() blocks until it is answered): accepts the next one.
    void acceptReview();

    std::unique_ptr<QTimer> m_reviewTimer;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<TestBackend> m_backend;
    quint16 m_closedPort = 0;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<BackendsPage> m_page;
};

void TestBackendsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestBackendsPage::init()
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
    m_path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"app","serverNames":["app.example.com"],"routes":[{"path":"/","pool":"app"}]}],
        "pools":[{"name":"app","backends":[{"host":"127.0.0.1","port":%1},{"host":"127.0.0.1","port":%2}],
                  "healthCheck":{"enabled":true,"intervalMs":500,"timeoutMs":200,"rise":1,"fall":1}}]})")
                   .arg(m_backend->port())
                   .arg(m_closedPort)
                   .toUtf8());
    file.close();
    m_session = std::make_unique<EngineSession>(m_path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_page = std::make_unique<BackendsPage>(*m_session);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

void TestBackendsPage::cleanup()
{
    m_reviewTimer.reset();
    m_page.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_backend.reset();
    m_translations.reset();
    m_dir.reset();
}

template<typename T>
T* TestBackendsPage::child(const char* name) const
{
    T* found = m_page->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

BackendConfig TestBackendsPage::savedBackend(int pool, int backend) const
{
    const ConfigLoadResult loaded = ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep);
    return loaded.config.pools.value(pool).backends.value(backend);
}

void TestBackendsPage::selectRow(int row)
{
    auto* table = child<QTableView>("backendsTableView");
    const QRect rect = table->visualRect(table->model()->index(row, BackendTableModel::BackendColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
}

void TestBackendsPage::acceptReview()
{
    m_reviewTimer = std::make_unique<QTimer>();
    m_reviewTimer->setInterval(10);
    connect(m_reviewTimer.get(), &QTimer::timeout, this, [this] {
        auto* dialog = qobject_cast<ReviewChangesDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        m_reviewTimer->stop();
        dialog->accept();
    });
    m_reviewTimer->start();
}

void TestBackendsPage::adminStateButtonsChangeTheConfig_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("drain") << QStringLiteral("drainBackendButton") << int(BackendAdminState::Drain)
                           << QStringLiteral("Draining");
    QTest::newRow("maintenance") << QStringLiteral("maintenanceBackendButton") << int(BackendAdminState::Maintenance)
                                 << QStringLiteral("Maintenance");
}

void TestBackendsPage::adminStateButtonsChangeTheConfig()
{
    QFETCH(QString, button);
    QFETCH(int, state);
    QFETCH(QString, text);
    auto* enable = child<QPushButton>("enableBackendButton");
    auto* action = m_page->findChild<QPushButton*>(button);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    selectRow(0);
    QVERIFY(action->isEnabled());
    QVERIFY(!enable->isEnabled());

    acceptReview();
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(m_session->engine().config().pools.first().backends.first().state, BackendAdminState(state));
    QCOMPARE(savedBackend(0, 0).state, BackendAdminState(state));
    const QModelIndex admin = m_page->model()->index(0, BackendTableModel::AdminStateColumn);
    QTRY_COMPARE(admin.data().toString(), text);
    // The selection survives the change, and the buttons follow the new state.
    QTRY_VERIFY(enable->isEnabled());
    QVERIFY(!action->isEnabled());

    acceptReview();
    QTest::mouseClick(enable, Qt::LeftButton);
    QCOMPARE(savedBackend(0, 0).state, BackendAdminState::Enabled);
    QTRY_COMPARE(m_page->model()->index(0, BackendTableModel::AdminStateColumn).data().toString(),
                 QStringLiteral("Enabled"));
}

void TestBackendsPage::removeAsksFirst()
{
    selectRow(1);
    QTest::mouseClick(child<QPushButton>("removeBackendButton"), Qt::LeftButton);
    auto* box = child<QMessageBox>("removeBackendMessageBox");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_closedPort)));
    // Cancel leaves everything as it was.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!child<QMessageBox>("removeBackendMessageBox"));
    QCOMPARE(m_session->engine().config().pools.first().backends.size(), 2);

    QTest::mouseClick(child<QPushButton>("removeBackendButton"), Qt::LeftButton);
    box = child<QMessageBox>("removeBackendMessageBox");
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmRemoveBackendButton")), Qt::LeftButton);
    QCOMPARE(m_session->engine().config().pools.first().backends.size(), 1);
    QCOMPARE(ConfigStore(m_path).load(ConfigStore::OnBadFile::Keep).config.pools.first().backends.size(), 1);
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
}

void TestBackendsPage::editValidatesAndSaves()
{
    selectRow(0);
    QTest::mouseClick(child<QPushButton>("editBackendButton"), Qt::LeftButton);
    auto* dialog = child<BackendEditDialog>("backendEditDialog");
    QVERIFY(dialog);
    auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("editBackendHostLineEdit"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveBackendButton"));
    auto* backup = dialog->findChild<QCheckBox*>(QStringLiteral("editBackendBackupCheckBox"));
    auto* weight = dialog->findChild<QSpinBox*>(QStringLiteral("editBackendWeightSpinBox"));
    QVERIFY(host && save && backup && weight);
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(save->isEnabled());

    host->setText(QStringLiteral("no such host!"));
    auto* hostError = dialog->findChild<QLabel*>(QStringLiteral("editBackendHostErrorLabel"));
    QVERIFY(hostError->isVisible());
    QVERIFY(!save->isEnabled());
    host->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(save->isEnabled());

    weight->setValue(7);
    acceptReview();
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!child<BackendEditDialog>("backendEditDialog"));
    QCOMPARE(savedBackend(0, 0).weight, 7);
    QTRY_COMPARE(m_page->model()->index(0, BackendTableModel::WeightColumn).data().toString(), QStringLiteral("7"));
}

void TestBackendsPage::healthAndTimelineComeFromTheEngine()
{
    const auto reported = [this] {
        return !m_session->engine().lastStats().backends.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported() || m_session->engine().lastStats().uptimeMs > 5000, 15'000);
    if (!reported())
        QSKIP("The engine reports no per-backend figures yet (StatsSnapshot::backends stays empty)");

    // One backend answers, nothing listens behind the other: each says so in words, not colour alone.
    const QModelIndex up = m_page->model()->index(0, BackendTableModel::StateColumn);
    const QModelIndex down = m_page->model()->index(1, BackendTableModel::StateColumn);
    QTRY_VERIFY_WITH_TIMEOUT(up.data().toString().startsWith(QLatin1String("Up")), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(down.data().toString().startsWith(QLatin1String("Down")), 15'000);
    QVERIFY2(down.data().toString().contains(QLatin1String("Connection refused")), qPrintable(down.data().toString()));

    selectRow(1);
    QTRY_VERIFY(child<QLabel>("backendDetailCheckLabel")->text().contains(QLatin1String("Connection refused")));
    auto* timeline = child<QListWidget>("backendTimelineListWidget");
    QTRY_VERIFY(timeline->count() >= 1);
    QVERIFY2(timeline->item(0)->text().contains(QLatin1String("Down")), qPrintable(timeline->item(0)->text()));
}

QTEST_MAIN(TestBackendsPage)
#include "TestBackendsPage.moc"
