// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TranslationManager.h"
#include "config/ConfigValidator.h"
#include "models/BackendTableModel.h"
#include "text/HealthText.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(Portico::BackendHealth)

namespace {

Config config()
{
    const ConfigValidation validation = ConfigValidator::validate(QByteArray(R"({"version":1,
        "pools":[{"name":"web","backends":[{"host":"10.0.0.5","port":8081,"weight":3},
                                           {"host":"10.0.0.6","port":8081,"state":"drain"},
                                           {"host":"10.0.0.9","port":8081,"backup":true}]},
                 {"name":"api","backends":[{"host":"10.0.0.7","port":9000,"state":"maintenance"}]}]})"));
    if (!validation.ok())
        qWarning("%s", qPrintable(validation.errors.first().toString()));
    return validation.config.value_or(Config());
}

BackendStats backendStats(const QString& host, BackendHealth health)
{
    BackendStats stats;
    stats.pool = QStringLiteral("web");
    stats.host = host;
    stats.port = 8081;
    stats.health = health;
    return stats;
}

HealthCheckResult failedCheck()
{
    HealthCheckResult check;
    check.time = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    check.failure = HealthCheckFailure::BadStatus;
    check.httpStatus = 500;
    check.path = QStringLiteral("/health");
    return check;
}

StatsSnapshot stats()
{
    StatsSnapshot snapshot;
    BackendStats up = backendStats(QStringLiteral("10.0.0.5"), BackendHealth::Up);
    up.weight = 3;
    up.effectiveWeight = 1;
    up.requestsPerSecond = 12.0;
    up.errorsTotal = 4;
    up.activeRequests = 2;
    up.latencyP50Us = 1500;
    up.latencyP95Us = 800;
    BackendStats down = backendStats(QStringLiteral("10.0.0.6"), BackendHealth::Down);
    down.lastCheck = failedCheck();
    BackendStats backup = backendStats(QStringLiteral("10.0.0.9"), BackendHealth::Unchecked);
    backup.backup = true;
    backup.inRotation = false;
    snapshot.backends = {up, down, backup};
    return snapshot;
}

} // namespace

class TestBackendTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFollowTheConfigInPoolOrder();
    void cellsSayWhatTheSnapshotSays_data();
    void cellsSayWhatTheSnapshotSays();
    void healthCarriesColourAndText_data();
    void healthCarriesColourAndText();
    void figuresUpdateWithoutAReset();
    void passesTheModelTester();

private:
    TranslationManager m_translations;
};

void TestBackendTableModel::initTestCase()
{
    m_translations.setLanguage(QStringLiteral("en"));
}

void TestBackendTableModel::rowsFollowTheConfigInPoolOrder()
{
    BackendTableModel model;
    model.setConfig(config());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, BackendTableModel::PoolColumn).data().toString(), QStringLiteral("web"));
    QCOMPARE(model.index(3, BackendTableModel::PoolColumn).data().toString(), QStringLiteral("api"));
    QCOMPARE(model.index(2, BackendTableModel::BackendColumn).data().toString(),
             QStringLiteral("10.0.0.9:8081 (backup)"));
    QCOMPARE(model.rowOf(QStringLiteral("api"), QStringLiteral("10.0.0.7:9000")), 3);
    QCOMPARE(model.poolIndex(3), 1);
    QCOMPARE(model.backendIndex(3), 0);
    QCOMPARE(model.rowOf(QStringLiteral("api"), QStringLiteral("10.0.0.5:8081")), -1);
}

void TestBackendTableModel::cellsSayWhatTheSnapshotSays_data()
{
    QTest::addColumn<bool>("running");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const QString none = NumberText::none();
    QTest::newRow("stopped") << false << 0 << int(BackendTableModel::StateColumn) << QStringLiteral("Engine stopped");
    QTest::newRow("stopped figures") << false << 0 << int(BackendTableModel::RequestsPerSecondColumn) << none;
    QTest::newRow("up") << true << 0 << int(BackendTableModel::StateColumn) << QStringLiteral("Up");
    QTest::newRow("down with reason") << true << 1 << int(BackendTableModel::StateColumn)
                                      << QStringLiteral("Down: HTTP 500 on /health");
    QTest::newRow("backup standing by") << true << 2 << int(BackendTableModel::StateColumn)
                                        << QStringLiteral("Not checked, standing by as backup");
    QTest::newRow("no figures yet") << true << 3 << int(BackendTableModel::StateColumn)
                                    << QStringLiteral("No figures yet");
    QTest::newRow("admin enabled") << true << 0 << int(BackendTableModel::AdminStateColumn)
                                   << QStringLiteral("Enabled");
    QTest::newRow("admin drain") << true << 1 << int(BackendTableModel::AdminStateColumn) << QStringLiteral("Draining");
    QTest::newRow("admin maintenance") << false << 3 << int(BackendTableModel::AdminStateColumn)
                                       << QStringLiteral("Maintenance");
    QTest::newRow("slow start") << true << 0 << int(BackendTableModel::WeightColumn)
                                << QStringLiteral("1 of 3 (slow start)");
    QTest::newRow("weight stopped") << false << 0 << int(BackendTableModel::WeightColumn) << QStringLiteral("3");
    QTest::newRow("rate") << true << 0 << int(BackendTableModel::RequestsPerSecondColumn)
                          << NumberText::perSecond(12.0);
    QTest::newRow("errors") << true << 0 << int(BackendTableModel::ErrorsColumn) << QStringLiteral("4");
    QTest::newRow("active") << true << 0 << int(BackendTableModel::ActiveColumn) << QStringLiteral("2");
    QTest::newRow("median") << true << 0 << int(BackendTableModel::LatencyP50Column) << NumberText::latency(1500);
    QTest::newRow("p95") << true << 0 << int(BackendTableModel::LatencyP95Column) << NumberText::latency(800);
    QTest::newRow("no latency") << true << 1 << int(BackendTableModel::LatencyP50Column) << none;
}

void TestBackendTableModel::cellsSayWhatTheSnapshotSays()
{
    QFETCH(bool, running);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    BackendTableModel model;
    model.setConfig(config());
    model.setEngineRunning(running);
    model.setStats(stats());
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestBackendTableModel::healthCarriesColourAndText_data()
{
    QTest::addColumn<BackendHealth>("health");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("up") << BackendHealth::Up << UiStyle::successColor();
    QTest::newRow("down") << BackendHealth::Down << UiStyle::errorColor();
    QTest::newRow("ejected") << BackendHealth::Ejected << UiStyle::warningColor();
}

void TestBackendTableModel::healthCarriesColourAndText()
{
    QFETCH(BackendHealth, health);
    QFETCH(QColor, colour);
    BackendTableModel model;
    model.setConfig(config());
    model.setEngineRunning(true);
    StatsSnapshot snapshot;
    snapshot.backends = {backendStats(QStringLiteral("10.0.0.5"), health)};
    model.setStats(snapshot);
    const QModelIndex state = model.index(0, BackendTableModel::StateColumn);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), colour);
    QVERIFY(state.data(Qt::DecorationRole).isValid());
    // Colour is never the only sign.
    QVERIFY(state.data().toString().startsWith(HealthText::healthName(health)));
    QCOMPARE(state.data(BackendTableModel::HealthRole).toInt(), int(health));
}

void TestBackendTableModel::figuresUpdateWithoutAReset()
{
    BackendTableModel model;
    model.setConfig(config());
    model.setEngineRunning(true);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStats(stats());
    model.setConfig(config());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    model.setEngineRunning(false);
    QCOMPARE(model.stats(0), nullptr);
}

void TestBackendTableModel::passesTheModelTester()
{
    BackendTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConfig(config());
    model.setEngineRunning(true);
    model.setStats(stats());
    model.setConfig(Config());
    model.setConfig(config());
}

QTEST_MAIN(TestBackendTableModel)
#include "TestBackendTableModel.moc"
