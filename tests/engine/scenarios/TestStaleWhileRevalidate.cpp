// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// stale-while-revalidate: within the window a stale entry answers at once and the worker's refresher
// fetches it again in the background, exactly once; the next request gets what it stored.
class TestStaleWhileRevalidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void staleAnswersAtOnceAndOneRefreshStoresTheNewBody();
    void notModifiedFreshensTheStoredEntry();
    void failedRefreshIsTriedAgainByTheNextRequest();
    void everyWorkerRefreshesItsOwnCopyOnce();

private:
    // Stored at 0 s, fresh for 10 s, stale-while-revalidate for 60 s more; the clock ends at 20 s.
    void storeThenAge(const QByteArray& etag);

    std::unique_ptr<CacheScenario> m_s;
};

namespace {

QList<QPair<QByteArray, QByteArray>> fields(const QByteArray& etag)
{
    return {{"Cache-Control", "max-age=10, stale-while-revalidate=60"}, {"ETag", etag}, {"Content-Type", "text/plain"}};
}

} // namespace

void TestStaleWhileRevalidate::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestStaleWhileRevalidate::cleanup()
{
    m_s.reset();
}

void TestStaleWhileRevalidate::storeThenAge(const QByteArray& etag)
{
    m_s->backend().setResponse("/swr", 200, fields(etag), "old");
    const HttpResponse first = m_s->get("/swr");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray("old"));
    QCOMPARE(m_s->backend().countFor("/swr"), 1);
    m_s->advanceSeconds(20);
}

void TestStaleWhileRevalidate::staleAnswersAtOnceAndOneRefreshStoresTheNewBody()
{
    QVERIFY(m_s->start());
    storeThenAge("\"v1\"");
    m_s->backend().setResponse("/swr", 200, fields("\"v2\""), "new");

    const HttpResponse stale = m_s->get("/swr");
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, QByteArray("old"));
    QCOMPARE(stale.header("Age"), QByteArray("20"));
    QCOMPARE(stale.header("Cache-Status"), QByteArray("Portico; hit; ttl=-10; detail=stale-while-revalidate"));

    // The refresh asks conditionally, with the stored validator.
    QTRY_COMPARE(m_s->backend().countFor("/swr"), 2);
    QVERIFY2(m_s->backend().lastRequestHead().contains("If-None-Match: \"v1\""),
             m_s->backend().lastRequestHead().constData());
    // Until it is stored, requests get the stale answer without going to the backend again.
    QTRY_COMPARE(m_s->get("/swr").body, QByteArray("new"));

    const HttpResponse fresh = m_s->get("/swr");
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.body, QByteArray("new"));
    QCOMPARE(fresh.header("ETag"), QByteArray("\"v2\""));
    QCOMPARE(fresh.header("Age"), QByteArray("0"));
    QCOMPARE(fresh.header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    // Exactly one refresh reached the backend.
    QCOMPARE(m_s->backend().countFor("/swr"), 2);
}

void TestStaleWhileRevalidate::notModifiedFreshensTheStoredEntry()
{
    QVERIFY(m_s->start());
    storeThenAge("\"v1\"");
    QCOMPARE(m_s->get("/swr").header("Cache-Status"),
             QByteArray("Portico; hit; ttl=-10; detail=stale-while-revalidate"));
    QTRY_COMPARE(m_s->backend().countFor("/swr"), 2);
    // The backend answered 304: the stored entry is fresh again, body kept, age counted from the refresh.
    QTRY_COMPARE(m_s->get("/swr").header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    const HttpResponse fresh = m_s->get("/swr");
    QCOMPARE(fresh.body, QByteArray("old"));
    QCOMPARE(fresh.header("Age"), QByteArray("0"));
    QCOMPARE(m_s->backend().countFor("/swr"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.revalidatedTotal, 1u, 10'000);
}

void TestStaleWhileRevalidate::failedRefreshIsTriedAgainByTheNextRequest()
{
    QVERIFY(m_s->start());
    storeThenAge("\"v1\"");
    m_s->backend().setResetEveryRequest(true);
    QCOMPARE(m_s->get("/swr").body, QByteArray("old"));
    QTRY_COMPARE(m_s->backend().countFor("/swr"), 2);

    // The failed refresh is over (the key is free again), the stale entry still answers.
    m_s->backend().setResetEveryRequest(false);
    m_s->backend().setResponse("/swr", 200, fields("\"v2\""), "new");
    QTRY_COMPARE(m_s->get("/swr").body, QByteArray("new"));
    QCOMPARE(m_s->backend().countFor("/swr"), 3);
}

void TestStaleWhileRevalidate::everyWorkerRefreshesItsOwnCopyOnce()
{
    // Each worker has its own memory tier: one that served a stale answer refreshes its own copy, one without
    // a copy misses; either way each worker asks the backend once and then has the new body.
    QVERIFY(m_s->start(m_s->config(2)));
    m_s->backend().setResponse("/swr", 200, fields("\"v1\""), "old");
    for (int i = 0; i < 8; ++i)
        QCOMPARE(m_s->get("/swr").body, QByteArray("old"));
    const int stored = m_s->backend().countFor("/swr");
    m_s->advanceSeconds(20);
    m_s->backend().setResponse("/swr", 200, fields("\"v2\""), "new");
    for (int i = 0; i < 8; ++i) {
        const HttpResponse response = m_s->get("/swr");
        QCOMPARE(response.status, 200);
        QVERIFY(response.body == "old" || response.body == "new");
    }
    QTRY_VERIFY(m_s->backend().countFor("/swr") > stored);
    for (int i = 0; i < 8; ++i)
        QTRY_COMPARE(m_s->get("/swr").body, QByteArray("new"));
    QVERIFY2(m_s->backend().countFor("/swr") <= stored + 2, QByteArray::number(m_s->backend().countFor("/swr")));
}

QTEST_GUILESS_MAIN(TestStaleWhileRevalidate)
#include "TestStaleWhileRevalidate.moc"
