// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheStatus.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(CacheStatus::Outcome)

// The Cache-Status field value (RFC 9211) for each way a response can come about.
class TestCacheStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_data();
    void value();
};

void TestCacheStatus::value_data()
{
    using Outcome = CacheStatus::Outcome;
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("forwardStatus");
    QTest::addColumn<bool>("hasTtl");
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<bool>("collapsed");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("hit") << Outcome::Hit << 0 << true << qint64(42) << false << false << QByteArray()
                         << QByteArray("Portico; hit; ttl=42");
    QTest::newRow("miss stored") << Outcome::UriMiss << 200 << false << qint64(0) << true << false << QByteArray()
                                 << QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored");
    QTest::newRow("stale revalidated") << Outcome::Stale << 304 << true << qint64(60) << false << false << QByteArray()
                                       << QByteArray("Portico; fwd=stale; fwd-status=304; ttl=60");
    QTest::newRow("stale-if-error") << Outcome::StaleHit << 0 << true << qint64(-3) << false << false
                                    << QByteArray("stale-if-error")
                                    << QByteArray("Portico; hit; ttl=-3; detail=stale-if-error");
    QTest::newRow("bypass cookie") << Outcome::Bypass << 0 << false << qint64(0) << false << false
                                   << QByteArray("cookie") << QByteArray("Portico; fwd=bypass; detail=cookie");
    QTest::newRow("bypass with status") << Outcome::Bypass << 200 << false << qint64(0) << false << false
                                        << QByteArray("rule")
                                        << QByteArray("Portico; fwd=bypass; fwd-status=200; detail=rule");
    QTest::newRow("collapsed") << Outcome::UriMiss << 200 << false << qint64(0) << false << true << QByteArray()
                               << QByteArray("Portico; fwd=uri-miss; fwd-status=200; collapsed");
    QTest::newRow("vary miss") << Outcome::VaryMiss << 200 << false << qint64(0) << true << false << QByteArray()
                               << QByteArray("Portico; fwd=vary-miss; fwd-status=200; stored");
    QTest::newRow("request") << Outcome::Request << 200 << false << qint64(0) << true << false << QByteArray()
                             << QByteArray("Portico; fwd=request; fwd-status=200; stored");
    QTest::newRow("method") << Outcome::Method << 201 << false << qint64(0) << false << false << QByteArray()
                            << QByteArray("Portico; fwd=method; fwd-status=201");
    QTest::newRow("override detail") << Outcome::Hit << 0 << true << qint64(3599) << false << false
                                     << QByteArray("override") << QByteArray("Portico; hit; ttl=3599; detail=override");
    QTest::newRow("detail that is no token is quoted")
        << Outcome::Bypass << 0 << false << qint64(0) << false << false << QByteArray("1 \"odd\"")
        << QByteArray("Portico; fwd=bypass; detail=\"1 \\\"odd\\\"\"");
}

void TestCacheStatus::value()
{
    QFETCH(CacheStatus::Outcome, outcome);
    QFETCH(int, forwardStatus);
    QFETCH(bool, hasTtl);
    QFETCH(qint64, ttl);
    QFETCH(bool, stored);
    QFETCH(bool, collapsed);
    QFETCH(QByteArray, detail);
    QFETCH(QByteArray, expected);
    CacheStatus status;
    status.outcome = outcome;
    status.forwardStatus = forwardStatus;
    status.hasTtl = hasTtl;
    status.ttlSeconds = ttl;
    status.stored = stored;
    status.collapsed = collapsed;
    status.detail = detail;
    QCOMPARE(status.value(), expected);
}

QTEST_APPLESS_MAIN(TestCacheStatus)
#include "TestCacheStatus.moc"
