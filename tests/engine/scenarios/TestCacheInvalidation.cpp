// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

using Fields = QList<QPair<QByteArray, QByteArray>>;

// Unsafe methods that succeed drop the stored target, and the URLs their Location and
// Content-Location name on the same host (RFC 9111 4.4); failures and other hosts drop nothing.
class TestCacheInvalidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unsafeMethodDropsTheTarget_data();
    void unsafeMethodDropsTheTarget();
    void locationAndContentLocation();
    void failureDropsNothing();
    void otherHostNotDropped();

private:
    // Stores path with max-age=600 and checks the next request is a hit.
    void storeAndCheck(const QByteArray& path);
    bool stillHit(const QByteArray& path);

    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheInvalidation::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheInvalidation::cleanup()
{
    m_s.reset();
}

void TestCacheInvalidation::storeAndCheck(const QByteArray& path)
{
    m_s->backend().setResponse(path, 200, {{"Cache-Control", "max-age=600"}}, "stored " + path);
    QVERIFY(m_s->get(path).header("Cache-Status").endsWith("; stored"));
    QVERIFY(stillHit(path));
}

bool TestCacheInvalidation::stillHit(const QByteArray& path)
{
    return m_s->get(path).header("Cache-Status").startsWith("Portico; hit");
}

void TestCacheInvalidation::unsafeMethodDropsTheTarget_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
    QTest::newRow("PATCH") << QByteArray("PATCH");
}

void TestCacheInvalidation::unsafeMethodDropsTheTarget()
{
    QFETCH(QByteArray, method);
    QVERIFY(m_s->start());
    storeAndCheck("/item");
    storeAndCheck("/neighbour");
    const HttpResponse response = m_s->request(method, "/item", {}, method == "DELETE" ? QByteArray() : "data");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=method; fwd-status=200"));
    QCOMPARE(m_s->get("/item").header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored"));
    QVERIFY(stillHit("/neighbour"));
    QCOMPARE(m_s->backend().countFor("/item"), 3);
}

void TestCacheInvalidation::locationAndContentLocation()
{
    QVERIFY(m_s->start());
    storeAndCheck("/list");
    storeAndCheck("/created");
    storeAndCheck("/other");
    m_s->backend().setResponse("/form", 201,
                               {{"Location", "/created"}, {"Content-Location", "http://localhost/other?"}}, "ok");
    QCOMPARE(m_s->request("POST", "/form", {}, "x=1").status, 201);
    QVERIFY(!stillHit("/created"));
    QVERIFY(!stillHit("/other"));
    QVERIFY(stillHit("/list"));
}

void TestCacheInvalidation::failureDropsNothing()
{
    QVERIFY(m_s->start());
    storeAndCheck("/kept");
    m_s->backend().setResponse("/kept", 409, {}, "conflict");
    QCOMPARE(m_s->request("PUT", "/kept", {}, "x").status, 409);
    m_s->backend().setResponse("/kept", 200, {{"Cache-Control", "max-age=600"}}, "stored /kept");
    QVERIFY(stillHit("/kept"));
}

void TestCacheInvalidation::otherHostNotDropped()
{
    QVERIFY(m_s->start());
    storeAndCheck("/elsewhere");
    m_s->backend().setResponse("/form", 303, {{"Location", "http://other.example/elsewhere"}}, "see other");
    QCOMPARE(m_s->request("POST", "/form", {}, "x=1").status, 303);
    QVERIFY(stillHit("/elsewhere"));
}

QTEST_MAIN(TestCacheInvalidation)
#include "TestCacheInvalidation.moc"
