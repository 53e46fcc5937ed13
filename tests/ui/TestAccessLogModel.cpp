// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccessLogFilterModel.h"
#include "models/AccessLogModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Portico;

namespace {

// One request; its request ID ("r7") says which, so tests can tell rows apart.
AccessLogEntry makeEntry(int number, int status = 200, const QString& site = QStringLiteral("app"),
                         const QString& client = QStringLiteral("192.168.1.10"), const QByteArray& target = "/")
{
    AccessLogEntry entry;
    entry.time = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC).addSecs(number);
    entry.client = QHostAddress(client);
    entry.requestId = "r" + QByteArray::number(number);
    entry.method = "GET";
    entry.target = target;
    entry.status = status;
    entry.bytesOut = 512;
    entry.userAgent = "curl/7.88.1";
    entry.site = site;
    entry.route = 0;
    entry.backend = "127.0.0.1:8080";
    entry.durationUs = 1500;
    return entry;
}

AccessLogBatch makeBatch(int first, int count, quint64 skipped = 0)
{
    AccessLogBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.entries.append(makeEntry(i));
    batch.skipped = skipped;
    return batch;
}

QStringList requestIds(const QAbstractItemModel& model)
{
    QStringList ids;
    const auto* filter = qobject_cast<const AccessLogFilterModel*>(&model);
    const auto* log = filter ? qobject_cast<const AccessLogModel*>(filter->sourceModel())
                             : qobject_cast<const AccessLogModel*>(&model);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int sourceRow = filter ? filter->mapToSource(filter->index(row, 0)).row() : row;
        ids << QString::fromLatin1(log->entry(sourceRow).requestId);
    }
    return ids;
}

QStringList idRange(int first, int last)
{
    QStringList ids;
    for (int i = first; i <= last; ++i)
        ids << QStringLiteral("r%1").arg(i);
    return ids;
}

} // namespace

// The access-log tail's model and filter: ring trimming, one insertion per batch, every filter, the
// pause queue's bound and the copied text.
class TestAccessLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsTheNewest_data();
    void ringKeepsTheNewest();
    void batchIsOneInsertionAndOneRemoval();
    void cellsShowTheEntry();
    void statusColourFollowsThePalette();
    void filters_data();
    void filters();
    void filtersApplyToNewBatches();
    void pauseQueuesAtMostCapacity();
    void skippedRequestsAreCounted();
    void copyGivesCombinedLines();
    void clearForgetsEverything();
};

void TestAccessLogModel::ringKeepsTheNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batchSizes");
    QTest::addColumn<int>("firstKept");
    QTest::addColumn<int>("lastKept");
    QTest::newRow("fits") << 10 << QList<int>{3, 4} << 0 << 6;
    QTest::newRow("exactly full") << 10 << QList<int>{5, 5} << 0 << 9;
    QTest::newRow("trims the oldest") << 10 << QList<int>{8, 5} << 3 << 12;
    QTest::newRow("wraps several times") << 10 << QList<int>{7, 7, 7, 7, 3} << 21 << 30;
    QTest::newRow("batch larger than the ring") << 10 << QList<int>{4, 25} << 19 << 28;
    QTest::newRow("capacity one") << 1 << QList<int>{3, 2} << 4 << 4;
    QTest::newRow("default capacity") << AccessLogModel::defaultCapacity << QList<int>{2000, 2000, 2000} << 1000
                                      << 5999;
}

void TestAccessLogModel::ringKeepsTheNewest()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batchSizes);
    QFETCH(int, firstKept);
    QFETCH(int, lastKept);
    AccessLogModel model(capacity, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int next = 0;
    for (const int size : std::as_const(batchSizes)) {
        model.appendBatch(makeBatch(next, size));
        next += size;
        QVERIFY(model.rowCount() <= capacity);
    }
    QCOMPARE(model.rowCount(), lastKept - firstKept + 1);
    QCOMPARE(model.entry(0).requestId, "r" + QByteArray::number(firstKept));
    QCOMPARE(model.entry(model.rowCount() - 1).requestId, "r" + QByteArray::number(lastKept));
    QCOMPARE(requestIds(model), idRange(firstKept, lastKept));
}

void TestAccessLogModel::batchIsOneInsertionAndOneRemoval()
{
    AccessLogModel model(10, nullptr);
    AccessLogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.appendBatch(makeBatch(0, 6));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(removed.size(), 0);

    // 6 + 7 > 10: the three oldest go in one removal, then the seven new rows come in one insertion.
    model.appendBatch(makeBatch(6, 7));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 9);

    // An empty batch changes nothing.
    model.appendBatch(AccessLogBatch());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(filter.rowCount(), 10);
}

void TestAccessLogModel::cellsShowTheEntry()
{
    AccessLogModel model;
    AccessLogBatch batch;
    AccessLogEntry entry = makeEntry(1, 404, QStringLiteral("wiki"), QStringLiteral("10.0.0.7"), "/missing?q=1");
    entry.method = "POST";
    batch.entries << entry;
    model.appendBatch(batch);
    QCOMPARE(model.columnCount(), int(AccessLogModel::ColumnCount));
    auto cell = [&model](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(cell(AccessLogModel::ClientColumn), QStringLiteral("10.0.0.7"));
    QCOMPARE(cell(AccessLogModel::MethodColumn), QStringLiteral("POST"));
    QCOMPARE(cell(AccessLogModel::PathColumn), QStringLiteral("/missing?q=1"));
    QCOMPARE(cell(AccessLogModel::StatusColumn), QStringLiteral("404"));
    QCOMPARE(cell(AccessLogModel::SiteColumn), QStringLiteral("wiki"));
    QCOMPARE(cell(AccessLogModel::BackendColumn), QStringLiteral("127.0.0.1:8080"));
    QVERIFY(!cell(AccessLogModel::TimeColumn).isEmpty());
    QVERIFY(!cell(AccessLogModel::BytesColumn).isEmpty());
    QVERIFY(!cell(AccessLogModel::DurationColumn).isEmpty());
    // What has no column (user agent, request ID) is in the tooltip's log line.
    const QString tip = model.index(0, AccessLogModel::PathColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("curl/7.88.1")) && tip.contains(QLatin1String("rid=r1")), qPrintable(tip));
    QCOMPARE(model.headerData(AccessLogModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestAccessLogModel::statusColourFollowsThePalette()
{
    AccessLogModel model;
    AccessLogBatch batch;
    batch.entries << makeEntry(0, 200) << makeEntry(1, 503);
    model.appendBatch(batch);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);

    model.setPalette(light);
    QVERIFY(!model.index(0, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    const QColor onLight = model.index(1, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPalette(dark);
    QCOMPARE(changed.size(), 1);
    const QColor onDark = model.index(1, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(onLight.isValid() && onDark.isValid());
    QVERIFY(onDark.lightness() > onLight.lightness());
}

void TestAccessLogModel::filters_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    using S = AccessLogFilterModel::StatusClass;
    const QString none;
    const QStringList all = idRange(0, 7);
    QTest::newRow("no filter") << none << int(S::All) << none << none << all;
    QTest::newRow("site") << QStringLiteral("wiki") << int(S::All) << none << none
                          << QStringList{QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r6")};
    QTest::newRow("unknown site") << QStringLiteral("nope") << int(S::All) << none << none << QStringList();
    QTest::newRow("2xx") << none << int(S::Success) << none << none
                         << QStringList{QStringLiteral("r0"), QStringLiteral("r1"), QStringLiteral("r7")};
    QTest::newRow("3xx") << none << int(S::Redirect) << none << none << QStringList{QStringLiteral("r2")};
    QTest::newRow("4xx") << none << int(S::ClientError) << none << none
                         << QStringList{QStringLiteral("r3"), QStringLiteral("r4")};
    QTest::newRow("5xx") << none << int(S::ServerError) << none << none
                         << QStringList{QStringLiteral("r5"), QStringLiteral("r6")};
    QTest::newRow("errors") << none << int(S::Errors) << none << none << idRange(3, 6);
    QTest::newRow("client address") << none << int(S::All) << QStringLiteral("10.0.0.7") << none
                                    << QStringList{QStringLiteral("r4")};
    QTest::newRow("client prefix") << none << int(S::All) << QStringLiteral(" 10.0.") << none
                                   << QStringList{QStringLiteral("r4"), QStringLiteral("r5")};
    QTest::newRow("client subnet") << none << int(S::All) << QStringLiteral("10.0.0.0/8") << none
                                   << QStringList{QStringLiteral("r4"), QStringLiteral("r5")};
    QTest::newRow("client ipv6 prefix") << none << int(S::All) << QStringLiteral("2001:DB8:") << none
                                        << QStringList{QStringLiteral("r6")};
    QTest::newRow("text in path, any case")
        << none << int(S::All) << none << QStringLiteral("LOGIN") << QStringList{QStringLiteral("r1")};
    QTest::newRow("text in method") << none << int(S::All) << none << QStringLiteral("delete")
                                    << QStringList{QStringLiteral("r3")};
    QTest::newRow("text in user agent") << none << int(S::All) << none << QStringLiteral("Firefox")
                                        << QStringList{QStringLiteral("r7")};
    QTest::newRow("text in request id") << none << int(S::All) << none << QStringLiteral("r5")
                                        << QStringList{QStringLiteral("r5")};
    QTest::newRow("text in backend") << none << int(S::All) << none << QStringLiteral("10.9.9.9:81")
                                     << QStringList{QStringLiteral("r0")};
    QTest::newRow("text matches nothing") << none << int(S::All) << none << QStringLiteral("zzz") << QStringList();
    QTest::newRow("combined") << QStringLiteral("wiki") << int(S::Errors) << QStringLiteral("2001:db8::/32") << none
                              << QStringList{QStringLiteral("r6")};
}

void TestAccessLogModel::filters()
{
    QFETCH(QString, site);
    QFETCH(int, statusClass);
    QFETCH(QString, client);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    AccessLogBatch batch;
    batch.entries << makeEntry(0, 200, QStringLiteral("app"), QStringLiteral("192.168.1.10"), "/")
                  << makeEntry(1, 204, QStringLiteral("app"), QStringLiteral("192.168.1.11"), "/Login")
                  << makeEntry(2, 301, QStringLiteral("wiki"), QStringLiteral("192.168.1.12"), "/old")
                  << makeEntry(3, 404, QStringLiteral("wiki"), QStringLiteral("192.168.2.1"), "/gone")
                  << makeEntry(4, 403, QStringLiteral("app"), QStringLiteral("10.0.0.7"), "/admin")
                  << makeEntry(5, 502, QStringLiteral("app"), QStringLiteral("10.0.1.1"), "/api")
                  << makeEntry(6, 500, QStringLiteral("wiki"), QStringLiteral("2001:db8::1"), "/edit")
                  << makeEntry(7, 200, QString(), QStringLiteral("127.0.0.1"), "/");
    batch.entries[0].backend = "10.9.9.9:81";
    batch.entries[3].method = "DELETE";
    batch.entries[7].userAgent = "Mozilla/5.0 Firefox/115.0";
    AccessLogModel model;
    model.appendBatch(batch);
    AccessLogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    filter.setSite(site);
    filter.setStatusClass(static_cast<AccessLogFilterModel::StatusClass>(statusClass));
    filter.setClient(client);
    filter.setText(text);
    QCOMPARE(requestIds(filter), expected);
    QCOMPARE(filter.isFiltering(), !site.isEmpty() || statusClass != int(AccessLogFilterModel::StatusClass::All) ||
                                       !client.isEmpty() || !text.isEmpty());

    // Clearing every filter shows everything again.
    filter.setSite(QString());
    filter.setStatusClass(AccessLogFilterModel::StatusClass::All);
    filter.setClient(QString());
    filter.setText(QString());
    QVERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 8);
}

void TestAccessLogModel::filtersApplyToNewBatches()
{
    AccessLogModel model(6, nullptr);
    AccessLogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatusClass(AccessLogFilterModel::StatusClass::ServerError);
    for (int round = 0; round < 4; ++round) {
        AccessLogBatch batch;
        for (int i = 0; i < 4; ++i)
            batch.entries << makeEntry(round * 4 + i, i % 2 == 0 ? 200 : 500);
        model.appendBatch(batch);
    }
    // The ring keeps r10..r15; the odd ones failed.
    QCOMPARE(requestIds(filter), (QStringList{QStringLiteral("r11"), QStringLiteral("r13"), QStringLiteral("r15")}));
}

void TestAccessLogModel::pauseQueuesAtMostCapacity()
{
    AccessLogModel model(10, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 4));
    QSignalSpy status(&model, &AccessLogModel::statusChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(true);
    QVERIFY(model.isPaused());
    model.appendBatch(makeBatch(4, 7));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.pendingCount(), 7);
    QCOMPARE(model.pendingDropped(), quint64(0));
    model.appendBatch(makeBatch(11, 7));
    // The queue holds the newest ten; four were dropped.
    QCOMPARE(model.pendingCount(), 10);
    QCOMPARE(model.pendingDropped(), quint64(4));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(status.size(), 3);

    model.setPaused(false);
    QVERIFY(!model.isPaused());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.pendingDropped(), quint64(0));
    QCOMPARE(requestIds(model), idRange(8, 17));
}

void TestAccessLogModel::skippedRequestsAreCounted()
{
    AccessLogModel model;
    QSignalSpy status(&model, &AccessLogModel::statusChanged);
    model.appendBatch(makeBatch(0, 2));
    QCOMPARE(status.size(), 0);
    model.appendBatch(makeBatch(2, 2, 150));
    model.appendBatch(makeBatch(4, 0, 50));
    QCOMPARE(model.skipped(), quint64(200));
    QCOMPARE(status.size(), 2);
}

void TestAccessLogModel::copyGivesCombinedLines()
{
    AccessLogModel model;
    model.appendBatch(makeBatch(0, 4));
    const QString text = model.combinedText({2, 0, 2, 99});
    const QString expected = QString::fromUtf8(model.entry(0).toCombined() + model.entry(2).toCombined());
    QCOMPARE(text, expected);
    QCOMPARE(text.count(QLatin1Char('\n')), 2);
    QVERIFY(text.startsWith(QLatin1String("192.168.1.10 - - [01/Mar/2026:12:00:00 +0000] \"GET / HTTP/1.1\" 200 512")));
    QVERIFY(model.combinedText({}).isEmpty());
}

void TestAccessLogModel::clearForgetsEverything()
{
    AccessLogModel model(10, nullptr);
    model.appendBatch(makeBatch(0, 8, 3));
    model.setPaused(true);
    model.appendBatch(makeBatch(8, 5));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.skipped(), quint64(0));
    // Still paused: clearing is not resuming.
    QVERIFY(model.isPaused());
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 0);
    model.appendBatch(makeBatch(20, 3));
    QCOMPARE(requestIds(model), idRange(20, 22));
}

QTEST_MAIN(TestAccessLogModel)
#include "TestAccessLogModel.moc"
