// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// stale-if-error: a stale entry answers instead of the backend's 5xx or failure, within its window,
// and never under must-revalidate.
class TestCacheStaleOnError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void servedInsteadOf5xx_data();
    void servedInsteadOf5xx();
    void servedWhenTheBackendFails();
    void notBeyondTheWindow();
    void neverWithMustRevalidate();

private:
    void storeStale(const QByteArray& cacheControl);

    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheStaleOnError::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheStaleOnError::cleanup()
{
    m_s.reset();
}

// Stored at 0 s, stale from 10 s; the clock ends at 20 s.
void TestCacheStaleOnError::storeStale(const QByteArray& cacheControl)
{
    m_s->backend().setResponse("/s", 200, {{"Cache-Control", cacheControl}}, "good");
    QCOMPARE(m_s->get("/s").status, 200);
    m_s->advanceSeconds(20);
}

void TestCacheStaleOnError::servedInsteadOf5xx_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {500, 502, 503, 504})
        QTest::addRow("%d", status) << status;
}

void TestCacheStaleOnError::servedInsteadOf5xx()
{
    QFETCH(int, status);
    QVERIFY(m_s->start());
    storeStale("max-age=10, stale-if-error=60");
    m_s->backend().setFailureStatus(status);
    const HttpResponse response = m_s->get("/s");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("good"));
    QCOMPARE(response.header("Age"), QByteArray("20"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=-10; detail=stale-if-error"));
    QCOMPARE(m_s->backend().countFor("/s"), 2);
}

void TestCacheStaleOnError::servedWhenTheBackendFails()
{
    QVERIFY(m_s->start());
    storeStale("max-age=10, stale-if-error=60");
    m_s->backend().setResetEveryRequest(true);
    const HttpResponse response = m_s->get("/s");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("good"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=-10; detail=stale-if-error"));
}

void TestCacheStaleOnError::notBeyondTheWindow()
{
    QVERIFY(m_s->start());
    storeStale("max-age=10, stale-if-error=5");
    m_s->backend().setFailureStatus(502);
    const HttpResponse response = m_s->get("/s");
    QCOMPARE(response.status, 502);
    QCOMPARE(response.body, QByteArray("failing"));
}

void TestCacheStaleOnError::neverWithMustRevalidate()
{
    QVERIFY(m_s->start());
    storeStale("max-age=10, must-revalidate, stale-if-error=60");
    m_s->backend().setFailureStatus(503);
    const HttpResponse response = m_s->get("/s");
    QCOMPARE(response.status, 503);
    QCOMPARE(response.body, QByteArray("failing"));
    QVERIFY(response.header("Cache-Status").startsWith("Portico; fwd=stale; fwd-status=503"));
}

QTEST_MAIN(TestCacheStaleOnError)
#include "TestCacheStaleOnError.moc"
