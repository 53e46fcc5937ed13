// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TranslationManager.h"
#include "config/ConfigValidator.h"
#include "models/SiteTableModel.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Portico;

namespace {

Config config()
{
    const ConfigValidation validation = ConfigValidator::validate(QByteArray(R"({"version":1,
        "sites":[{"name":"intranet","serverNames":["intranet.example.com","wiki.example.com"],
                  "routes":[{"path":"/api","pool":"api"},{"path":"/","pool":"web"},
                            {"path":"/old","type":"redirect","redirect":{"to":"https:\/\/x.example.com","status":308}}]},
                 {"name":"fallback","default":true,"routes":[{"path":"/","pool":"web"}]}],
        "pools":[{"name":"web","backends":[{"host":"10.0.0.5","port":8081},{"host":"10.0.0.6","port":8081}]},
                 {"name":"api","backends":[{"host":"10.0.0.7","port":9000}]}]})"));
    if (!validation.ok())
        qWarning("%s", qPrintable(validation.errors.first().toString()));
    return validation.config.value_or(Config());
}

StatsSnapshot stats()
{
    StatsSnapshot snapshot;
    snapshot.sites.append(SiteStats{QStringLiteral("intranet"), 120, 3, 4.5});
    return snapshot;
}

} // namespace

class TestSiteTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cellsSayWhatTheConfigAndFiguresSay_data();
    void cellsSayWhatTheConfigAndFiguresSay();
    void figuresUpdateWithoutAReset();
    void passesTheModelTester();

private:
    TranslationManager m_translations;
};

void TestSiteTableModel::initTestCase()
{
    m_translations.setLanguage(QStringLiteral("en"));
}

void TestSiteTableModel::cellsSayWhatTheConfigAndFiguresSay_data()
{
    QTest::addColumn<bool>("withStats");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    const QString none = NumberText::none();
    QTest::newRow("name") << true << 0 << int(SiteTableModel::NameColumn) << QStringLiteral("intranet");
    QTest::newRow("default site") << true << 1 << int(SiteTableModel::NameColumn)
                                  << QStringLiteral("fallback (default site)");
    QTest::newRow("server names") << true << 0 << int(SiteTableModel::ServerNamesColumn)
                                  << QStringLiteral("intranet.example.com\nwiki.example.com");
    QTest::newRow("no server names") << true << 1 << int(SiteTableModel::ServerNamesColumn)
                                     << QStringLiteral("Any name no other site claims");
    QTest::newRow("routes") << true << 0 << int(SiteTableModel::RoutesColumn)
                            << QStringLiteral("/api → api\n/ → web\n/old → redirect (308) to https://x.example.com");
    QTest::newRow("pools") << true << 0 << int(SiteTableModel::PoolsColumn)
                           << QStringLiteral("api (1 server)\nweb (2 servers)");
    QTest::newRow("rate") << true << 0 << int(SiteTableModel::RequestsPerSecondColumn) << NumberText::perSecond(4.5);
    QTest::newRow("errors") << true << 0 << int(SiteTableModel::ErrorsColumn) << QStringLiteral("3");
    QTest::newRow("site without figures") << true << 1 << int(SiteTableModel::ErrorsColumn) << none;
    QTest::newRow("engine without figures") << false << 0 << int(SiteTableModel::RequestsPerSecondColumn) << none;
}

void TestSiteTableModel::cellsSayWhatTheConfigAndFiguresSay()
{
    QFETCH(bool, withStats);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    SiteTableModel model;
    model.setConfig(config());
    if (withStats)
        model.setStats(stats());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SiteTableModel::ColumnCount));
    QCOMPARE(model.index(row, column).data().toString(), text);
    QCOMPARE(model.index(row, 0).data(SiteTableModel::SiteNameRole).toString(), model.site(row).name);
}

void TestSiteTableModel::figuresUpdateWithoutAReset()
{
    SiteTableModel model;
    model.setConfig(config());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStats(stats());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, SiteTableModel::ErrorsColumn).data(Qt::ForegroundRole).value<QColor>(),
             UiStyle::errorColor());
    // The same config again changes nothing, so a selection survives every configChanged.
    model.setConfig(config());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("fallback")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TestSiteTableModel::passesTheModelTester()
{
    SiteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConfig(config());
    model.setStats(stats());
    model.setConfig(Config());
    model.setConfig(config());
}

QTEST_MAIN(TestSiteTableModel)
#include "TestSiteTableModel.moc"
