// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

using Fields = QList<QPair<QByteArray, QByteArray>>;

// How long the engine's cache keeps a response fresh, driven by a ManualClock: max-age, s-maxage,
// Expires, the backend's Age, the heuristic only where allowed; what it never stores (no-store,
// private, Authorization, Set-Cookie); and an admin rule's override, labelled in Cache-Status.
class TestCacheFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void maxAge();
    void sMaxAgeBeatsMaxAge();
    void expires();
    void ageFromTheBackend();
    void heuristicFromLastModified();
    void heuristicPercentFromSettings();
    void noHeuristicFor302();
    void notStored_data();
    void notStored();
    void authorizationWithPublic();
    void overrideRuleIsLabelled();
    void ruleFillsInMissingFreshness();
    void setCookieStoredOnlyByOverride();
    void bypassCookieGoesStraightToTheBackend();
    void ignoredParametersShareAnEntry();

private:
    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheFreshness::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheFreshness::cleanup()
{
    m_s.reset();
}

void TestCacheFreshness::maxAge()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/page", 200, {{"Cache-Control", "max-age=60"}}, "v1");

    HttpResponse response = m_s->get("/page");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("v1"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored"));

    response = m_s->get("/page");
    QCOMPARE(response.body, QByteArray("v1"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(response.header("Age"), QByteArray("0"));
    QCOMPARE(m_s->backend().countFor("/page"), 1);

    m_s->advanceSeconds(45);
    response = m_s->get("/page");
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=15"));
    QCOMPARE(response.header("Age"), QByteArray("45"));
    QCOMPARE(m_s->backend().countFor("/page"), 1);

    m_s->advanceSeconds(16);
    m_s->backend().setResponse("/page", 200, {{"Cache-Control", "max-age=60"}}, "v2");
    response = m_s->get("/page");
    QCOMPARE(response.body, QByteArray("v2"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=stale; fwd-status=200; ttl=-1; stored"));
    QCOMPARE(m_s->backend().countFor("/page"), 2);
    QCOMPARE(m_s->get("/page").header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
}

void TestCacheFreshness::sMaxAgeBeatsMaxAge()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/shared", 200, {{"Cache-Control", "max-age=10, s-maxage=100"}}, "shared");
    QCOMPARE(m_s->get("/shared").status, 200);
    m_s->advanceSeconds(50);
    const HttpResponse response = m_s->get("/shared");
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=50"));
    QCOMPARE(m_s->backend().countFor("/shared"), 1);
}

void TestCacheFreshness::expires()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/expires", 200, {{"Date", m_s->httpDate()}, {"Expires", m_s->httpDate(120)}},
                               "until two minutes");
    QCOMPARE(m_s->get("/expires").status, 200);
    m_s->advanceSeconds(100);
    QCOMPARE(m_s->get("/expires").header("Cache-Status"), QByteArray("Portico; hit; ttl=20"));
    m_s->advanceSeconds(21);
    QVERIFY(m_s->get("/expires").header("Cache-Status").startsWith("Portico; fwd=stale; fwd-status=200"));
    QCOMPARE(m_s->backend().countFor("/expires"), 2);
}

void TestCacheFreshness::ageFromTheBackend()
{
    QVERIFY(m_s->start());
    // An upstream cache already held it for 50 of its 60 seconds.
    m_s->backend().setResponse("/aged", 200, {{"Cache-Control", "max-age=60"}, {"Age", "50"}}, "aged");
    QCOMPARE(m_s->get("/aged").status, 200);
    const HttpResponse hit = m_s->get("/aged");
    QCOMPARE(hit.header("Age"), QByteArray("50"));
    QCOMPARE(hit.header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    m_s->advanceSeconds(11);
    QVERIFY(m_s->get("/aged").header("Cache-Status").startsWith("Portico; fwd=stale"));
    QCOMPARE(m_s->backend().countFor("/aged"), 2);
}

void TestCacheFreshness::heuristicFromLastModified()
{
    QVERIFY(m_s->start());
    // Modified ten hours ago: 10% of that is an hour of freshness.
    m_s->backend().setResponse("/doc", 200, {{"Date", m_s->httpDate()}, {"Last-Modified", m_s->httpDate(-36000)}},
                               "document");
    QCOMPARE(m_s->get("/doc").status, 200);
    m_s->advanceSeconds(3590);
    QCOMPARE(m_s->get("/doc").header("Cache-Status"), QByteArray("Portico; hit; ttl=10"));
    QCOMPARE(m_s->backend().countFor("/doc"), 1);
    m_s->advanceSeconds(20);
    // Stale now: revalidated with If-Modified-Since, and the backend says 304.
    const HttpResponse response = m_s->get("/doc");
    QCOMPARE(response.body, QByteArray("document"));
    QVERIFY(response.header("Cache-Status").startsWith("Portico; fwd=stale; fwd-status=304"));
    QCOMPARE(m_s->backend().countFor("/doc"), 2);
}

void TestCacheFreshness::heuristicPercentFromSettings()
{
    Config config = m_s->config();
    config.settings.cache.heuristicPercent = 20;
    QVERIFY(m_s->start(config));
    // 20% of ten hours: two hours.
    m_s->backend().setResponse("/doc", 200, {{"Date", m_s->httpDate()}, {"Last-Modified", m_s->httpDate(-36000)}},
                               "document");
    QCOMPARE(m_s->get("/doc").status, 200);
    m_s->advanceSeconds(7000);
    QCOMPARE(m_s->get("/doc").header("Cache-Status"), QByteArray("Portico; hit; ttl=200"));
    QCOMPARE(m_s->backend().countFor("/doc"), 1);
}

void TestCacheFreshness::noHeuristicFor302()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/moved", 302, {{"Location", "/elsewhere"}, {"Last-Modified", m_s->httpDate(-36000)}},
                               "moved");
    QCOMPARE(m_s->get("/moved").status, 302);
    const HttpResponse again = m_s->get("/moved");
    QCOMPARE(again.status, 302);
    QCOMPARE(again.header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=302"));
    QCOMPARE(m_s->backend().countFor("/moved"), 2);
}

void TestCacheFreshness::notStored_data()
{
    QTest::addColumn<Fields>("responseFields");
    QTest::addColumn<QByteArrayList>("requestFields");

    QTest::newRow("no-store") << Fields{{"Cache-Control", "no-store, max-age=60"}} << QByteArrayList();
    QTest::newRow("private") << Fields{{"Cache-Control", "private, max-age=60"}} << QByteArrayList();
    QTest::newRow("no-store in the request")
        << Fields{{"Cache-Control", "max-age=60"}} << QByteArrayList{"Cache-Control: no-store"};
    QTest::newRow("Authorization") << Fields{{"Cache-Control", "max-age=60"}}
                                   << QByteArrayList{"Authorization: Basic dTpw"};
    QTest::newRow("Set-Cookie") << Fields{{"Cache-Control", "public, max-age=60"}, {"Set-Cookie", "session=1"}}
                                << QByteArrayList();
    QTest::newRow("nothing to go by") << Fields{{"Content-Type", "text/plain"}} << QByteArrayList();
}

void TestCacheFreshness::notStored()
{
    QFETCH(Fields, responseFields);
    QFETCH(QByteArrayList, requestFields);
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/secret", 200, responseFields, "secret");
    for (int i = 1; i <= 2; ++i) {
        const HttpResponse response = m_s->get("/secret", requestFields);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; fwd=uri-miss; fwd-status=200"));
        QCOMPARE(m_s->backend().countFor("/secret"), i);
    }
}

void TestCacheFreshness::authorizationWithPublic()
{
    QVERIFY(m_s->start());
    m_s->backend().setResponse("/shared-auth", 200, {{"Cache-Control", "public, max-age=60"}}, "for all");
    QVERIFY(m_s->get("/shared-auth", {"Authorization: Basic dTpw"}).header("Cache-Status").endsWith("; stored"));
    QCOMPARE(m_s->get("/shared-auth").header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(m_s->backend().countFor("/shared-auth"), 1);
}

void TestCacheFreshness::overrideRuleIsLabelled()
{
    QVERIFY(m_s->start(
        m_s->config(1, {CacheScenario::rule(QStringLiteral("/static/**"), CacheAction::CacheFor, 3600, true)})));
    m_s->backend().setResponse("/static/app.js", 200, {{"Cache-Control", "no-cache, max-age=10"}}, "js");
    HttpResponse response = m_s->get("/static/app.js");
    QCOMPARE(response.header("Cache-Status"),
             QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored; detail=override"));
    m_s->advanceSeconds(600);
    response = m_s->get("/static/app.js");
    QCOMPARE(response.body, QByteArray("js"));
    QCOMPARE(response.header("Cache-Status"), QByteArray("Portico; hit; ttl=3000; detail=override"));
    QCOMPARE(m_s->backend().countFor("/static/app.js"), 1);
}

void TestCacheFreshness::ruleFillsInMissingFreshness()
{
    QVERIFY(m_s->start(
        m_s->config(1, {CacheScenario::rule(QStringLiteral("/static/**"), CacheAction::CacheFor, 3600, false)})));
    m_s->backend().setResponse("/static/silent.css", 200, {}, "css");
    m_s->backend().setResponse("/static/short.css", 200, {{"Cache-Control", "max-age=10"}}, "css");
    QCOMPARE(m_s->get("/static/silent.css").status, 200);
    QCOMPARE(m_s->get("/static/short.css").status, 200);
    m_s->advanceSeconds(600);
    // The backend said nothing: the rule's hour. It said ten seconds: those.
    QCOMPARE(m_s->get("/static/silent.css").header("Cache-Status"), QByteArray("Portico; hit; ttl=3000"));
    QVERIFY(m_s->get("/static/short.css").header("Cache-Status").startsWith("Portico; fwd=stale"));
    QCOMPARE(m_s->backend().countFor("/static/silent.css"), 1);
    QCOMPARE(m_s->backend().countFor("/static/short.css"), 2);
}

void TestCacheFreshness::setCookieStoredOnlyByOverride()
{
    QVERIFY(m_s->start(
        m_s->config(1, {CacheScenario::rule(QStringLiteral("/cookie/**"), CacheAction::CacheFor, 60, true)})));
    m_s->backend().setResponse("/cookie/page", 200, {{"Set-Cookie", "session=alice"}}, "page");
    const HttpResponse first = m_s->get("/cookie/page");
    QCOMPARE(first.header("Set-Cookie"), QByteArray("session=alice"));
    QVERIFY(first.header("Cache-Status").contains("stored"));
    const HttpResponse hit = m_s->get("/cookie/page");
    QCOMPARE(hit.header("Cache-Status"), QByteArray("Portico; hit; ttl=60; detail=override"));
    // Alice's cookie never reaches anyone else.
    QVERIFY(hit.header("Set-Cookie").isEmpty());
    QCOMPARE(m_s->backend().countFor("/cookie/page"), 1);
}

void TestCacheFreshness::bypassCookieGoesStraightToTheBackend()
{
    CacheRule rule = CacheScenario::rule(QStringLiteral("/**"), CacheAction::RespectBackend, 0, false);
    rule.bypassCookies = {QStringLiteral("sessionid")};
    QVERIFY(m_s->start(m_s->config(1, {rule})));
    m_s->backend().setResponse("/account", 200, {{"Cache-Control", "max-age=60"}}, "account");
    QVERIFY(m_s->get("/account").header("Cache-Status").endsWith("; stored"));
    // A logged-in user neither gets the stored page nor replaces it.
    const HttpResponse response = m_s->get("/account", {"Cookie: theme=dark; sessionid=42"});
    QVERIFY2(response.header("Cache-Status").startsWith("Portico; fwd=bypass"),
             response.header("Cache-Status").constData());
    QVERIFY(response.header("Cache-Status").contains("detail=cookie"));
    QCOMPARE(response.header("X-Path-Count"), QByteArray("2"));
    QCOMPARE(m_s->get("/account", {"Cookie: theme=dark"}).header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(m_s->backend().countFor("/account"), 2);
}

void TestCacheFreshness::ignoredParametersShareAnEntry()
{
    CacheRule rule = CacheScenario::rule(QStringLiteral("/**"), CacheAction::RespectBackend, 0, false);
    rule.ignoredParameters = {QStringLiteral("utm_source")};
    QVERIFY(m_s->start(m_s->config(1, {rule})));
    m_s->backend().setResponse("/landing", 200, {{"Cache-Control", "max-age=60"}}, "landing");
    QCOMPARE(m_s->get("/landing?id=1&utm_source=mail").status, 200);
    QCOMPARE(m_s->get("/landing?id=1&utm_source=ads").header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(m_s->get("/landing?id=1").header("Cache-Status"), QByteArray("Portico; hit; ttl=60"));
    QCOMPARE(m_s->get("/landing?id=2&utm_source=mail").header("Cache-Status"),
             QByteArray("Portico; fwd=uri-miss; fwd-status=200; stored"));
    QCOMPARE(m_s->backend().countFor("/landing"), 2);
}

QTEST_MAIN(TestCacheFreshness)
#include "TestCacheFreshness.moc"
