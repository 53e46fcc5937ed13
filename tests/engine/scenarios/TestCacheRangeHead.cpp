// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// HEAD answered from a GET entry (HEAD itself is never stored), and Range requests answered from a
// complete entry: 206 with Content-Range, 416 past the end, If-Range.
class TestCacheRangeHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headFromGetEntry();
    void headIsNotStored();
    void range_data();
    void range();

private:
    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheRangeHead::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheRangeHead::cleanup()
{
    m_s.reset();
}

void TestCacheRangeHead::headFromGetEntry()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/h", 200, {{"Cache-Control", "max-age=60"}, {"Content-Type", "text/plain"}},
                               "0123456789");
    QCOMPARE(m_s->get("/h").body, QByteArray("0123456789"));
    m_s->advanceSeconds(5);
    const HttpResponse head = m_s->request("HEAD", "/h");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray("10"));
    QCOMPARE(head.header("Content-Type"), QByteArray("text/plain"));
    QCOMPARE(head.header("Age"), QByteArray("5"));
    QCOMPARE(head.header("Cache-Status"), QByteArray("Portico; hit; ttl=55"));
    QCOMPARE(m_s->backend().countFor("/h"), 1);
}

void TestCacheRangeHead::headIsNotStored()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/head-first", 200, {{"Cache-Control", "max-age=60"}}, "abc");
    QCOMPARE(m_s->request("HEAD", "/head-first").status, 200);
    const HttpResponse get = m_s->get("/head-first");
    QCOMPARE(get.body, QByteArray("abc"));
    QCOMPARE(get.header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored"));
    QCOMPARE(m_s->backend().countFor("/head-first"), 2);
}

void TestCacheRangeHead::range_data()
{
    QTest::addColumn<QByteArrayList>("fields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentRange");

    QTest::newRow("first bytes") << QByteArrayList{"Range: bytes=0-3"} << 206 << QByteArray("0123")
                                 << QByteArray("bytes 0-3/10");
    QTest::newRow("middle") << QByteArrayList{"Range: bytes=2-5"} << 206 << QByteArray("2345")
                            << QByteArray("bytes 2-5/10");
    QTest::newRow("suffix") << QByteArrayList{"Range: bytes=-3"} << 206 << QByteArray("789")
                            << QByteArray("bytes 7-9/10");
    QTest::newRow("open end clamped") << QByteArrayList{"Range: bytes=8-100"} << 206 << QByteArray("89")
                                      << QByteArray("bytes 8-9/10");
    QTest::newRow("past the end") << QByteArrayList{"Range: bytes=20-"} << 416 << QByteArray()
                                  << QByteArray("bytes */10");
    QTest::newRow("several ranges get the whole")
        << QByteArrayList{"Range: bytes=0-1,4-5"} << 200 << QByteArray("0123456789") << QByteArray();
    QTest::newRow("If-Range matches") << QByteArrayList{"Range: bytes=0-1", "If-Range: \"r1\""} << 206
                                      << QByteArray("01") << QByteArray("bytes 0-1/10");
    QTest::newRow("If-Range differs") << QByteArrayList{"Range: bytes=0-1", "If-Range: \"r0\""} << 200
                                      << QByteArray("0123456789") << QByteArray();
}

void TestCacheRangeHead::range()
{
    QFETCH(QByteArrayList, fields);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentRange);
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/r", 200, {{"Cache-Control", "max-age=60"}, {"ETag", "\"r1\""}}, "0123456789");
    QCOMPARE(m_s->get("/r").status, 200);
    const HttpResponse response = m_s->get("/r", fields);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.header("Content-Range"), contentRange);
    QCOMPARE(response.header("Content-Length"), QByteArray::number(body.size()));
    QVERIFY(response.header("Cache-Status").startsWith("Portico; hit"));
    QCOMPARE(m_s->backend().countFor("/r"), 1);
}

QTEST_MAIN(TestCacheRangeHead)
#include "TestCacheRangeHead.moc"
