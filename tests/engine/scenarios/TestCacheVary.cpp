// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Variants under Vary: one per normalized value of the named request fields; Accept-Encoding
// normalized to the coding Portico would pick; Vary: * never stored. X-Path-Count tells which
// backend answer a client got.
class TestCacheVary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptLanguageVariants();
    void acceptEncodingNormalized();
    void varyStarNotStored();

private:
    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheVary::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheVary::cleanup()
{
    m_s.reset();
}

void TestCacheVary::acceptLanguageVariants()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/l", 200, {{"Cache-Control", "max-age=60"}, {"Vary", "Accept-Language"}}, "text");
    HttpResponse response = m_s->get("/l", {"Accept-Language: en, fr"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored"));
    response = m_s->get("/l", {"Accept-Language: de"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=vary-miss; fwd-status=200; stored"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("2"));

    // Whitespace around the list's commas makes no new variant.
    response = m_s->get("/l", {"Accept-Language: en,fr"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("1"));
    response = m_s->get("/l", {"Accept-Language: de"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("2"));
    // No field at all is a variant of its own.
    response = m_s->get("/l");
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=vary-miss; fwd-status=200; stored"));
    QCOMPARE(m_s->backend().countFor("/l"), 3);
}

void TestCacheVary::acceptEncodingNormalized()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/enc", 200, {{"Cache-Control", "max-age=60"}, {"Vary", "Accept-Encoding"}}, "x");
    QCOMPARE(m_s->get("/enc", {"Accept-Encoding: gzip, deflate"}).header("X-Path-Count"), QByteArray("1"));
    // Both pick gzip: the same variant.
    HttpResponse response = m_s->get("/enc", {"Accept-Encoding: deflate,gzip;q=0.9"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("1"));
    // br is another one.
    response = m_s->get("/enc", {"Accept-Encoding: br, gzip"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=vary-miss; fwd-status=200; stored"));
    response = m_s->get("/enc", {"Accept-Encoding: gzip;q=0.5, br"});
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("2"));
    QCOMPARE(m_s->backend().countFor("/enc"), 2);
}

void TestCacheVary::varyStarNotStored()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/star", 200, {{"Cache-Control", "max-age=60"}, {"Vary", "*"}}, "unique");
    QCOMPARE(m_s->get("/star").header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200"));
    QCOMPARE(m_s->get("/star").header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200"));
    QCOMPARE(m_s->backend().countFor("/star"), 2);
}

QTEST_MAIN(TestCacheVary)
#include "TestCacheVary.moc"
