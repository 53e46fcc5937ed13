// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Revalidation of stale entries with ETag/If-None-Match and Last-Modified/If-Modified-Since, 304s
// updating the stored fields, a changed resource replacing the entry, and clients' own conditional
// requests answered 304 from the cache.
class TestCacheValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void etagRevalidationUpdatesStoredFields();
    void lastModifiedRevalidation();
    void changedResourceReplacesTheEntry();
    void clientAsksForRevalidation_data();
    void clientAsksForRevalidation();
    void clientConditionalAnsweredFromCache_data();
    void clientConditionalAnsweredFromCache();

private:
    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheValidation::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheValidation::cleanup()
{
    m_s.reset();
}

void TestCacheValidation::etagRevalidationUpdatesStoredFields()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/e", 200, {{"Cache-Control", "max-age=10"}, {"ETag", "\"v1\""}, {"X-Version", "1"}},
                               "body one");
    QCOMPARE(m_s->get("/e").body, QByteArray("body one"));
    m_s->advanceSeconds(11);
    // Same representation, new metadata: the backend answers the conditional request with 304.
    m_s->backend().setResponse("/e", 200, {{"Cache-Control", "max-age=30"}, {"ETag", "\"v1\""}, {"X-Version", "2"}},
                               "body one");
    HttpResponse response = m_s->get("/e");
    QVERIFY2(m_s->backend().lastRequestHead().contains("\r\nIf-None-Match: \"v1\""),
             m_s->backend().lastRequestHead().constData());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("body one"));
    QCOMPARE(response.header("X-Version"), QByteArray("2"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=stale; fwd-status=304; ttl=30"));
    QCOMPARE(response.header("Age"), QByteArray("0"));
    QCOMPARE(m_s->backend().countFor("/e"), 2);

    // The 304's fields and lifetime are stored.
    m_s->advanceSeconds(20);
    response = m_s->get("/e");
    QCOMPARE(response.header("X-Version"), QByteArray("2"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("2"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    QCOMPARE(m_s->backend().countFor("/e"), 2);
}

void TestCacheValidation::lastModifiedRevalidation()
{
    QVERIFY(m_s->start());
    const QByteArray modified = m_s->httpDate(-100);
    m_s->backend().setResponse("/lm", 200, {{"Cache-Control", "max-age=5"}, {"Last-Modified", modified}}, "dated");
    QCOMPARE(m_s->get("/lm").status, 200);
    m_s->advanceSeconds(6);
    const HttpResponse response = m_s->get("/lm");
    QVERIFY2(m_s->backend().lastRequestHead().contains("\r\nIf-Modified-Since: " + modified),
             m_s->backend().lastRequestHead().constData());
    QCOMPARE(response.body, QByteArray("dated"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=stale; fwd-status=304; ttl=5"));
    QCOMPARE(m_s->get("/lm").header("Cache-Status"), QByteArray("Portico; hit; ttl=5"));
    QCOMPARE(m_s->backend().countFor("/lm"), 2);
}

void TestCacheValidation::changedResourceReplacesTheEntry()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/c", 200, {{"Cache-Control", "max-age=10"}, {"ETag", "\"v1\""}}, "old");
    QCOMPARE(m_s->get("/c").body, QByteArray("old"));
    m_s->advanceSeconds(11);
    m_s->backend().setResponse("/c", 200, {{"Cache-Control", "max-age=10"}, {"ETag", "\"v2\""}}, "new");
    HttpResponse response = m_s->get("/c");
    QCOMPARE(response.body, QByteArray("new"));
    QCOMPARE(response.header("ETag"), QByteArray("\"v2\""));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=stale; fwd-status=200; ttl=-1; stored"));
    response = m_s->get("/c");
    QCOMPARE(response.body, QByteArray("new"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    QCOMPARE(m_s->backend().countFor("/c"), 2);
}

void TestCacheValidation::clientAsksForRevalidation_data()
{
    QTest::addColumn<QByteArrayList>("fields");
    QTest::addColumn<QByteArray>("cacheStatus");

    QTest::newRow("no-cache") << QByteArrayList{"Cache-Control: no-cache"}
                              << QByteArray("Portico; fwd=request; fwd-status=304; ttl=60");
    QTest::newRow("max-age=0") << QByteArrayList{"Cache-Control: max-age=0"}
                               << QByteArray("Portico; fwd=request; fwd-status=304; ttl=60");
    QTest::newRow("Pragma") << QByteArrayList{"Pragma: no-cache"}
                            << QByteArray("Portico; fwd=request; fwd-status=304; ttl=60");
    QTest::newRow("Pragma beside Cache-Control")
        << QByteArrayList{"Pragma: no-cache", "Cache-Control: max-stale=1"} << QByteArray("Portico; hit; ttl=50");
}

void TestCacheValidation::clientAsksForRevalidation()
{
    QFETCH(QByteArrayList, fields);
    QFETCH(QByteArray, cacheStatus);
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/reload", 200, {{"Cache-Control", "max-age=60"}, {"ETag", "\"r\""}}, "page");
    QCOMPARE(m_s->get("/reload").status, 200);
    m_s->advanceSeconds(10);
    const HttpResponse response = m_s->get("/reload", fields);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("page"));
    QCOMPARE(response.header("Cache-Status"), cacheStatus);
    QCOMPARE(m_s->backend().countFor("/reload"), cacheStatus.contains("fwd=") ? 2 : 1);
}

void TestCacheValidation::clientConditionalAnsweredFromCache_data()
{
    QTest::addColumn<QByteArrayList>("conditional");
    QTest::addColumn<int>("status");

    QTest::newRow("If-None-Match matches") << QByteArrayList{"If-None-Match: \"v1\""} << 304;
    QTest::newRow("If-None-Match weak") << QByteArrayList{"If-None-Match: W/\"v1\""} << 304;
    QTest::newRow("If-None-Match differs") << QByteArrayList{"If-None-Match: \"v0\""} << 200;
    QTest::newRow("If-Modified-Since") << QByteArrayList{"If-Modified-Since: Thu, 01 Jan 2026 08:00:00 GMT"} << 304;
    QTest::newRow("If-Modified-Since earlier")
        << QByteArrayList{"If-Modified-Since: Thu, 01 Jan 2026 07:00:00 GMT"} << 200;
    QTest::newRow("If-None-Match beats If-Modified-Since")
        << QByteArrayList{"If-None-Match: \"v0\"", "If-Modified-Since: Thu, 01 Jan 2026 08:00:00 GMT"} << 200;
}

void TestCacheValidation::clientConditionalAnsweredFromCache()
{
    QFETCH(QByteArrayList, conditional);
    QFETCH(int, status);
    QVERIFY(m_s->start());
    // The ManualClock starts at 09:00: modified an hour before.
    m_s->backend().setResponse(
        "/v", 200,
        {{"Cache-Control", "max-age=60"}, {"ETag", "\"v1\""}, {"Last-Modified", "Thu, 01 Jan 2026 08:00:00 GMT"}},
        "representation");
    QCOMPARE(m_s->get("/v").status, 200);
    const HttpResponse response = m_s->get("/v", conditional);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, status == 304 ? QByteArray() : QByteArray("representation"));
    QCOMPARE(response.header("ETag"), QByteArray("\"v1\""));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(m_s->backend().countFor("/v"), 1);
}

QTEST_MAIN(TestCacheValidation)
#include "TestCacheValidation.moc"
