// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CachePolicy.h"

#include "cache/CacheRequestFacts.h"
#include "cache/CacheRuleOutcome.h"
#include "http/RequestParser.h"
#include "http/ResponseParser.h"

#include <QDateTime>
#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(CacheAction)
Q_DECLARE_METATYPE(CachePolicy::StoreVerdict)
Q_DECLARE_METATYPE(CachePolicy::Use)
Q_DECLARE_METATYPE(HttpMethod)

namespace {

using Verdict = CachePolicy::StoreVerdict;
using Use = CachePolicy::Use;

// 2026-01-01 09:00:00 UTC, a Thursday.
const qint64 t0 = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 second = 1000;
constexpr qint64 hour = 3600 * second;

QByteArray httpDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

const char* verdictName(Verdict verdict)
{
    static const char* names[] = {"Store",     "Method",  "Status",      "NoStore",        "Private",   "Authorization",
                                  "SetCookie", "VaryAll", "NoFreshness", "PartialContent", "RuleNever", "TooLarge"};
    return names[static_cast<int>(verdict)];
}

const char* useName(Use use)
{
    static const char* names[] = {"Fresh", "StaleWhileRevalidate", "Validate"};
    return names[static_cast<int>(use)];
}

// A request and a response parsed from raw text the way the engine parses them; the parsers' views
// point into the byte arrays held here.
class Exchange
{
public:
    Exchange(const QByteArray& method, const QByteArrayList& requestFields, int status,
             const QByteArrayList& responseFields)
        : m_request(method + " /page?x=1 HTTP/1.1\r\nHost: example.test\r\n" + lines(requestFields) + "\r\n")
        , m_response("HTTP/1.1 " + QByteArray::number(status) + " Reason\r\n" + lines(responseFields) + "\r\n")
    {
        const auto requestResult = m_requestParser.parse(m_request);
        Q_ASSERT(requestResult.status == RequestParser::Status::Complete);
        m_responseParser.setRequestMethod(m_requestParser.head().methodKind);
        const auto responseResult = m_responseParser.parse(m_response);
        Q_ASSERT(responseResult.status == ResponseParser::Status::Complete);
        facts.method = m_requestParser.head().methodKind;
        facts.path = "/page";
        facts.query = "x=1";
        facts.head = &m_requestParser.head();
    }
    Q_DISABLE_COPY_MOVE(Exchange)

    const ResponseHead& response() const { return m_responseParser.head(); }
    CacheRequestFacts facts;

private:
    static QByteArray lines(const QByteArrayList& fields)
    {
        QByteArray text;
        for (const QByteArray& field : fields)
            text += field + "\r\n";
        return text;
    }

    QByteArray m_request;
    QByteArray m_response;
    RequestParser m_requestParser;
    ResponseParser m_responseParser;
};

// A request without a response, for use() and friends.
class Request
{
public:
    explicit Request(const QByteArrayList& fields)
        : m_exchange("GET", fields, 200, {})
    {}
    const CacheRequestFacts& facts() const { return m_exchange.facts; }

private:
    Exchange m_exchange;
};

CacheRuleOutcome ruleOf(CacheAction action, qint64 ttlSeconds, bool override, int heuristicPercent = 10)
{
    CacheRuleOutcome rule;
    rule.action = action;
    rule.ttlSeconds = ttlSeconds;
    rule.overrideBackend = override;
    rule.ruleIndex = action == CacheAction::RespectBackend ? -1 : 0;
    rule.heuristicPercent = heuristicPercent;
    return rule;
}

QByteArrayList flagsOf(const CacheEntry& entry)
{
    QByteArrayList flags;
    if (entry.heuristic)
        flags << "heuristic";
    if (entry.overridden)
        flags << "overridden";
    if (entry.mustRevalidate)
        flags << "must-revalidate";
    if (entry.noCache)
        flags << "no-cache";
    if (entry.ruleIndex >= 0)
        flags << "rule";
    return flags;
}

QByteArrayList fieldNames(const CacheEntry& entry)
{
    QByteArrayList names;
    for (const auto& field : entry.headers)
        names << field.first;
    return names;
}

// An entry that was stored at t0 with the given lifetime and flags, no Age and no delay.
CacheEntry entryAt(qint64 lifetimeMs)
{
    CacheEntry entry;
    entry.requestTimeMs = t0;
    entry.responseTimeMs = t0;
    entry.dateMs = t0;
    entry.freshnessLifetimeMs = lifetimeMs;
    return entry;
}

} // namespace

// The RFC 9111 decisions of a shared cache, as tables: what may be stored and why not, freshness
// lifetimes (fields, heuristic, admin rules with and without override), the age calculation, when a
// stored response may be used, stale-if-error, 304 updates and invalidation.
class TestCachePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storability_data();
    void storability();
    void storedFields();
    void compressedByTheBackend();
    void currentAge_data();
    void currentAge();
    void ageFieldFromTheBackendCounts();
    void use_data();
    void use();
    void mayServeOnError_data();
    void mayServeOnError();
    void freshenedTakesTheNewFields();
    void freshenedWithoutDate();
    void freshenedKeepsTheWeakenedEtagOfACompressedVariant();
    void invalidates_data();
    void invalidates();
    void heuristicallyCacheable_data();
    void heuristicallyCacheable();
};

void TestCachePolicy::storability_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArrayList>("requestFields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("responseFields");
    QTest::addColumn<CacheAction>("action");
    QTest::addColumn<qint64>("ttlSeconds");
    QTest::addColumn<bool>("override");
    QTest::addColumn<Verdict>("verdict");
    // Checked only for Store.
    QTest::addColumn<qint64>("lifetimeSeconds");
    QTest::addColumn<QByteArrayList>("flags");

    const QByteArray date = "Date: " + httpDate(t0);
    const QByteArray etag = "ETag: \"v1\"";
    const auto respect = CacheAction::RespectBackend;
    const auto cacheFor = CacheAction::CacheFor;
    const QByteArrayList none;

    // Explicit freshness (RFC 9111 4.2.1).
    QTest::newRow("max-age") << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"}
                             << respect << qint64(0) << false << Verdict::Store << qint64(60) << none;
    QTest::newRow("s-maxage beats max-age and means must-revalidate")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60, s-maxage=30"} << respect
        << qint64(0) << false << Verdict::Store << qint64(30) << QByteArrayList{"must-revalidate"};
    QTest::newRow("max-age beats Expires")
        << QByteArray("GET") << none << 200
        << QByteArrayList{date, "Cache-Control: max-age=5", "Expires: " + httpDate(t0 + hour)} << respect << qint64(0)
        << false << Verdict::Store << qint64(5) << none;
    QTest::newRow("Expires minus Date") << QByteArray("GET") << none << 200
                                        << QByteArrayList{date, "Expires: " + httpDate(t0 + 120 * second)} << respect
                                        << qint64(0) << false << Verdict::Store << qint64(120) << none;
    QTest::newRow("Expires in the past with a validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, etag, "Expires: " + httpDate(t0 - hour)} << respect
        << qint64(0) << false << Verdict::Store << qint64(0) << none;
    QTest::newRow("invalid Expires is already expired, with a validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, etag, "Expires: 0"} << respect << qint64(0) << false
        << Verdict::Store << qint64(0) << none;
    QTest::newRow("invalid Expires without a validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Expires: -1"} << respect << qint64(0) << false
        << Verdict::NoFreshness << qint64(0) << none;
    QTest::newRow("invalid max-age is stale, kept for its validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, etag, "Cache-Control: max-age=soon"} << respect
        << qint64(0) << false << Verdict::Store << qint64(0) << none;
    QTest::newRow("proxy-revalidate") << QByteArray("GET") << none << 200
                                      << QByteArrayList{date, "Cache-Control: max-age=10, proxy-revalidate"} << respect
                                      << qint64(0) << false << Verdict::Store << qint64(10)
                                      << QByteArrayList{"must-revalidate"};

    // Heuristic freshness (RFC 9111 4.2.2): 10% of the time since Last-Modified, at most a day.
    QTest::newRow("heuristic from Last-Modified")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Last-Modified: " + httpDate(t0 - hour)} << respect
        << qint64(0) << false << Verdict::Store << qint64(360) << QByteArrayList{"heuristic"};
    QTest::newRow("heuristic capped at a day")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Last-Modified: " + httpDate(t0 - 9000 * hour)}
        << respect << qint64(0) << false << Verdict::Store << qint64(86400) << QByteArrayList{"heuristic"};
    QTest::newRow("heuristic for 404") << QByteArray("GET") << none << 404
                                       << QByteArrayList{date, "Last-Modified: " + httpDate(t0 - hour)} << respect
                                       << qint64(0) << false << Verdict::Store << qint64(360)
                                       << QByteArrayList{"heuristic"};
    QTest::newRow("no heuristic for 302")
        << QByteArray("GET") << none << 302 << QByteArrayList{date, "Last-Modified: " + httpDate(t0 - hour)} << respect
        << qint64(0) << false << Verdict::Status << qint64(0) << none;
    QTest::newRow("public allows the heuristic for 302")
        << QByteArray("GET") << none << 302
        << QByteArrayList{date, "Cache-Control: public", "Last-Modified: " + httpDate(t0 - hour)} << respect
        << qint64(0) << false << Verdict::Store << qint64(360) << QByteArrayList{"heuristic"};
    QTest::newRow("302 with max-age") << QByteArray("GET") << none << 302
                                      << QByteArrayList{date, "Cache-Control: max-age=30"} << respect << qint64(0)
                                      << false << Verdict::Store << qint64(30) << none;
    QTest::newRow("500 with max-age") << QByteArray("GET") << none << 500
                                      << QByteArrayList{date, "Cache-Control: max-age=5"} << respect << qint64(0)
                                      << false << Verdict::Store << qint64(5) << none;
    QTest::newRow("500 without freshness") << QByteArray("GET") << none << 500 << QByteArrayList{date, etag} << respect
                                           << qint64(0) << false << Verdict::Status << qint64(0) << none;
    QTest::newRow("nothing at all") << QByteArray("GET") << none << 200 << QByteArrayList{date} << respect << qint64(0)
                                    << false << Verdict::NoFreshness << qint64(0) << none;
    QTest::newRow("nothing but an ETag") << QByteArray("GET") << none << 200 << QByteArrayList{date, etag} << respect
                                         << qint64(0) << false << Verdict::Store << qint64(0) << none;
    QTest::newRow("no-cache with a validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, etag, "Cache-Control: no-cache, max-age=60"}
        << respect << qint64(0) << false << Verdict::Store << qint64(60) << QByteArrayList{"no-cache"};
    QTest::newRow("no-cache without a validator")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: no-cache, max-age=60"} << respect
        << qint64(0) << false << Verdict::NoFreshness << qint64(0) << none;
    QTest::newRow("stale-while-revalidate without a validator")
        << QByteArray("GET") << none << 200
        << QByteArrayList{date, "Cache-Control: max-age=0, stale-while-revalidate=30"} << respect << qint64(0) << false
        << Verdict::Store << qint64(0) << none;

    // What may not be stored at all (RFC 9111 3).
    QTest::newRow("POST") << QByteArray("POST") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"}
                          << respect << qint64(0) << false << Verdict::Method << qint64(0) << none;
    QTest::newRow("HEAD") << QByteArray("HEAD") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"}
                          << respect << qint64(0) << false << Verdict::Method << qint64(0) << none;
    QTest::newRow("206") << QByteArray("GET") << none << 206
                         << QByteArrayList{date, "Cache-Control: max-age=60", "Content-Range: bytes 0-1/10"} << respect
                         << qint64(0) << false << Verdict::PartialContent << qint64(0) << none;
    QTest::newRow("304") << QByteArray("GET") << none << 304 << QByteArrayList{date, "Cache-Control: max-age=60"}
                         << respect << qint64(0) << false << Verdict::Status << qint64(0) << none;
    QTest::newRow("no-store") << QByteArray("GET") << none << 200
                              << QByteArrayList{date, "Cache-Control: no-store, max-age=60"} << respect << qint64(0)
                              << false << Verdict::NoStore << qint64(0) << none;
    QTest::newRow("no-store in the request") << QByteArray("GET") << QByteArrayList{"Cache-Control: no-store"} << 200
                                             << QByteArrayList{date, "Cache-Control: max-age=60"} << respect
                                             << qint64(0) << false << Verdict::NoStore << qint64(0) << none;
    QTest::newRow("must-understand overrides no-store for a known status")
        << QByteArray("GET") << none << 200
        << QByteArrayList{date, "Cache-Control: must-understand, no-store, max-age=60"} << respect << qint64(0) << false
        << Verdict::Store << qint64(60) << none;
    QTest::newRow("must-understand with an unknown status")
        << QByteArray("GET") << none << 299 << QByteArrayList{date, "Cache-Control: must-understand, max-age=60"}
        << respect << qint64(0) << false << Verdict::Status << qint64(0) << none;
    QTest::newRow("private") << QByteArray("GET") << none << 200
                             << QByteArrayList{date, "Cache-Control: private, max-age=60"} << respect << qint64(0)
                             << false << Verdict::Private << qint64(0) << none;
    QTest::newRow("private with field names is stored")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: private=\"X-User\", max-age=60"}
        << respect << qint64(0) << false << Verdict::Store << qint64(60) << none;
    QTest::newRow("Authorization") << QByteArray("GET") << QByteArrayList{"Authorization: Basic eDp5"} << 200
                                   << QByteArrayList{date, "Cache-Control: max-age=60"} << respect << qint64(0) << false
                                   << Verdict::Authorization << qint64(0) << none;
    QTest::newRow("Authorization with public") << QByteArray("GET") << QByteArrayList{"Authorization: Basic eDp5"}
                                               << 200 << QByteArrayList{date, "Cache-Control: public, max-age=60"}
                                               << respect << qint64(0) << false << Verdict::Store << qint64(60) << none;
    QTest::newRow("Authorization with s-maxage")
        << QByteArray("GET") << QByteArrayList{"Authorization: Basic eDp5"} << 200
        << QByteArrayList{date, "Cache-Control: s-maxage=60"} << respect << qint64(0) << false << Verdict::Store
        << qint64(60) << QByteArrayList{"must-revalidate"};
    QTest::newRow("Authorization with must-revalidate")
        << QByteArray("GET") << QByteArrayList{"Authorization: Basic eDp5"} << 200
        << QByteArrayList{date, "Cache-Control: must-revalidate, max-age=60"} << respect << qint64(0) << false
        << Verdict::Store << qint64(60) << QByteArrayList{"must-revalidate"};
    QTest::newRow("Set-Cookie") << QByteArray("GET") << none << 200
                                << QByteArrayList{date, "Cache-Control: public, max-age=60", "Set-Cookie: a=1"}
                                << respect << qint64(0) << false << Verdict::SetCookie << qint64(0) << none;
    QTest::newRow("Set-Cookie with a rule without override")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Set-Cookie: a=1"} << cacheFor << qint64(300)
        << false << Verdict::SetCookie << qint64(0) << none;
    QTest::newRow("Set-Cookie with an override rule")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Set-Cookie: a=1"} << cacheFor << qint64(300)
        << true << Verdict::Store << qint64(300) << QByteArrayList{"overridden", "rule"};
    QTest::newRow("Vary: *") << QByteArray("GET") << none << 200
                             << QByteArrayList{date, "Cache-Control: max-age=60", "Vary: *"} << respect << qint64(0)
                             << false << Verdict::VaryAll << qint64(0) << none;
    QTest::newRow("Vary with * in a list")
        << QByteArray("GET") << none << 200
        << QByteArrayList{date, "Cache-Control: max-age=60", "Vary: Accept-Language", "Vary: Cookie, *"} << respect
        << qint64(0) << false << Verdict::VaryAll << qint64(0) << none;
    QTest::newRow("rule never") << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"}
                                << CacheAction::NeverCache << qint64(0) << false << Verdict::RuleNever << qint64(0)
                                << none;

    // Admin rules: without override only when the backend says nothing; with override in place of the
    // backend's lifetime and no-cache, never against no-store or private.
    QTest::newRow("rule fills in missing freshness")
        << QByteArray("GET") << none << 200 << QByteArrayList{date} << cacheFor << qint64(3600) << false
        << Verdict::Store << qint64(3600) << QByteArrayList{"rule"};
    QTest::newRow("rule instead of the heuristic")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Last-Modified: " + httpDate(t0 - hour)} << cacheFor
        << qint64(3600) << false << Verdict::Store << qint64(3600) << QByteArrayList{"rule"};
    QTest::newRow("rule yields to max-age")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"} << cacheFor
        << qint64(3600) << false << Verdict::Store << qint64(60) << none;
    QTest::newRow("rule yields to Expires")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Expires: " + httpDate(t0 + 90 * second)}
        << cacheFor << qint64(3600) << false << Verdict::Store << qint64(90) << none;
    QTest::newRow("rule with no-cache only")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, etag, "Cache-Control: no-cache"} << cacheFor
        << qint64(3600) << false << Verdict::Store << qint64(3600) << QByteArrayList{"no-cache", "rule"};
    QTest::newRow("override replaces max-age")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: max-age=60"} << cacheFor
        << qint64(3600) << true << Verdict::Store << qint64(3600) << QByteArrayList{"overridden", "rule"};
    QTest::newRow("override replaces no-cache")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: no-cache"} << cacheFor
        << qint64(600) << true << Verdict::Store << qint64(600) << QByteArrayList{"overridden", "rule"};
    QTest::newRow("override never beats no-store")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: no-store"} << cacheFor
        << qint64(600) << true << Verdict::NoStore << qint64(0) << none;
    QTest::newRow("override never beats private")
        << QByteArray("GET") << none << 200 << QByteArrayList{date, "Cache-Control: private"} << cacheFor << qint64(600)
        << true << Verdict::Private << qint64(0) << none;
    QTest::newRow("rule does not make a 503 fresh")
        << QByteArray("GET") << none << 503 << QByteArrayList{date} << cacheFor << qint64(600) << true
        << Verdict::Status << qint64(0) << none;
}

void TestCachePolicy::storability()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArrayList, requestFields);
    QFETCH(int, status);
    QFETCH(QByteArrayList, responseFields);
    QFETCH(CacheAction, action);
    QFETCH(qint64, ttlSeconds);
    QFETCH(bool, override);
    QFETCH(Verdict, verdict);
    QFETCH(qint64, lifetimeSeconds);
    QFETCH(QByteArrayList, flags);

    const Exchange exchange(method, requestFields, status, responseFields);
    CacheEntry entry;
    const Verdict actual =
        CachePolicy::prepare(exchange.facts, exchange.response(), ruleOf(action, ttlSeconds, override), t0, t0, entry);
    QCOMPARE(verdictName(actual), verdictName(verdict));
    if (verdict != Verdict::Store)
        return;
    QCOMPARE(entry.freshnessLifetimeMs, lifetimeSeconds * second);
    QCOMPARE(flagsOf(entry), flags);
    QCOMPARE(entry.status, status);
    QCOMPARE(entry.header("set-cookie").isNull(), true);
}

void TestCachePolicy::storedFields()
{
    const Exchange exchange(
        "GET", {"Accept-Language: en ,  fr", "Accept-Encoding: gzip"}, 200,
        {"Date: " + httpDate(t0), "Connection: X-Hop, keep-alive", "X-Hop: 1", "Keep-Alive: timeout=5",
         "Transfer-Encoding: chunked", "Age: 7", "Proxy-Authenticate: Basic",
         "Cache-Control: max-age=60, private=\"X-User\", no-cache=\"X-Secret\"", "X-User: bob", "X-Secret: s",
         "Content-Type: text/plain", "ETag: \"v1\"", "Last-Modified: " + httpDate(t0 - hour), "Vary: Accept-Language",
         "vary: accept-language, Cookie"});
    CacheEntry entry;
    QCOMPARE(verdictName(CachePolicy::prepare(exchange.facts, exchange.response(), CacheRuleOutcome(), t0 - 200,
                                              t0 + 300, entry)),
             "Store");
    QCOMPARE(fieldNames(entry),
             (QByteArrayList{"Date", "Cache-Control", "Content-Type", "ETag", "Last-Modified", "Vary", "vary"}));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.reason, QByteArray("Reason"));
    QCOMPARE(entry.etag, QByteArray("\"v1\""));
    QCOMPARE(entry.lastModified, httpDate(t0 - hour));
    QCOMPARE(entry.dateMs, t0);
    QCOMPARE(entry.ageSeconds, qint64(7));
    QCOMPARE(entry.requestTimeMs, t0 - 200);
    QCOMPARE(entry.responseTimeMs, t0 + 300);
    QCOMPARE(entry.varyNames, (QList<QByteArray>{"accept-language", "cookie"}));
    QCOMPARE(entry.varyValues, (QList<QByteArray>{"en,fr", ""}));
    QCOMPARE(entry.header("CONTENT-TYPE").toByteArray(), QByteArray("text/plain"));
    QVERIFY(entry.contentEncoding.isEmpty());
    QCOMPARE(entry.freshnessLifetimeMs, 60 * second);
}

void TestCachePolicy::compressedByTheBackend()
{
    const Exchange exchange("GET", {}, 200,
                            {"Date: " + httpDate(t0), "Cache-Control: max-age=60", "Content-Encoding: GZIP"});
    CacheEntry entry;
    QCOMPARE(verdictName(CachePolicy::prepare(exchange.facts, exchange.response(), CacheRuleOutcome(), t0, t0, entry)),
             "Store");
    QCOMPARE(entry.contentEncoding, QByteArray("gzip"));
}

void TestCachePolicy::currentAge_data()
{
    QTest::addColumn<qint64>("requestTime");
    QTest::addColumn<qint64>("responseTime");
    QTest::addColumn<qint64>("date");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("just received") << t0 << t0 << t0 << qint64(0) << t0 << qint64(0);
    QTest::newRow("resident time") << t0 << t0 << t0 << qint64(0) << t0 + 42 * second << 42 * second;
    QTest::newRow("Age field plus response delay")
        << t0 << t0 + 2 * second << t0 + second << qint64(10) << t0 + 2 * second << 12 * second;
    QTest::newRow("apparent age from an old Date")
        << t0 << t0 << t0 - 30 * second << qint64(5) << t0 + second << 31 * second;
    QTest::newRow("Date in the future does not count") << t0 << t0 << t0 + hour << qint64(0) << t0 + second << second;
    QTest::newRow("corrected age beats apparent age")
        << t0 << t0 + 500 << t0 << qint64(20) << t0 + 500 << 20 * second + 500;
}

void TestCachePolicy::currentAge()
{
    QFETCH(qint64, requestTime);
    QFETCH(qint64, responseTime);
    QFETCH(qint64, date);
    QFETCH(qint64, ageSeconds);
    QFETCH(qint64, now);
    QFETCH(qint64, expected);
    CacheEntry entry;
    entry.requestTimeMs = requestTime;
    entry.responseTimeMs = responseTime;
    entry.dateMs = date;
    entry.ageSeconds = ageSeconds;
    entry.freshnessLifetimeMs = 60 * second;
    QCOMPARE(CachePolicy::currentAgeMs(entry, now), expected);
    QCOMPARE(CachePolicy::remainingMs(entry, now), 60 * second - expected);
}

void TestCachePolicy::ageFieldFromTheBackendCounts()
{
    const Exchange exchange("GET", {}, 200, {"Date: " + httpDate(t0), "Cache-Control: max-age=60", "Age: 50"});
    CacheEntry entry;
    CachePolicy::prepare(exchange.facts, exchange.response(), CacheRuleOutcome(), t0, t0, entry);
    QCOMPARE(CachePolicy::remainingMs(entry, t0), 10 * second);
    QCOMPARE(CachePolicy::remainingMs(entry, t0 + 11 * second), -1 * second);
}

void TestCachePolicy::use_data()
{
    QTest::addColumn<qint64>("lifetimeSeconds");
    QTest::addColumn<QByteArrayList>("responseDirectives"); // applied to the entry as flags
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<QByteArrayList>("requestFields");
    QTest::addColumn<Use>("expected");

    const QByteArrayList none;
    QTest::newRow("fresh") << qint64(60) << none << qint64(10) << none << Use::Fresh;
    QTest::newRow("just stale") << qint64(60) << none << qint64(60) << none << Use::Validate;
    QTest::newRow("stale") << qint64(60) << none << qint64(100) << none << Use::Validate;
    QTest::newRow("request no-cache") << qint64(60) << none << qint64(1) << QByteArrayList{"Cache-Control: no-cache"}
                                      << Use::Validate;
    QTest::newRow("Pragma no-cache") << qint64(60) << none << qint64(1) << QByteArrayList{"Pragma: no-cache"}
                                     << Use::Validate;
    QTest::newRow("Pragma ignored beside Cache-Control")
        << qint64(60) << none << qint64(1) << QByteArrayList{"Pragma: no-cache", "Cache-Control: max-stale=5"}
        << Use::Fresh;
    QTest::newRow("request max-age=0") << qint64(60) << none << qint64(0) << QByteArrayList{"Cache-Control: max-age=0"}
                                       << Use::Validate;
    QTest::newRow("request max-age older")
        << qint64(60) << none << qint64(20) << QByteArrayList{"Cache-Control: max-age=10"} << Use::Validate;
    QTest::newRow("request max-age young enough")
        << qint64(60) << none << qint64(5) << QByteArrayList{"Cache-Control: max-age=10"} << Use::Fresh;
    QTest::newRow("min-fresh not met") << qint64(60) << none << qint64(50)
                                       << QByteArrayList{"Cache-Control: min-fresh=20"} << Use::Validate;
    QTest::newRow("min-fresh met") << qint64(60) << none << qint64(30) << QByteArrayList{"Cache-Control: min-fresh=20"}
                                   << Use::Fresh;
    QTest::newRow("max-stale within") << qint64(60) << none << qint64(70)
                                      << QByteArrayList{"Cache-Control: max-stale=20"} << Use::Fresh;
    QTest::newRow("max-stale exceeded") << qint64(60) << none << qint64(90)
                                        << QByteArrayList{"Cache-Control: max-stale=20"} << Use::Validate;
    QTest::newRow("max-stale any") << qint64(60) << none << qint64(9000) << QByteArrayList{"Cache-Control: max-stale"}
                                   << Use::Fresh;
    QTest::newRow("max-stale never with must-revalidate")
        << qint64(60) << QByteArrayList{"must-revalidate"} << qint64(70) << QByteArrayList{"Cache-Control: max-stale"}
        << Use::Validate;
    QTest::newRow("entry no-cache") << qint64(60) << QByteArrayList{"no-cache"} << qint64(1) << none << Use::Validate;
    QTest::newRow("within stale-while-revalidate")
        << qint64(60) << QByteArrayList{"swr"} << qint64(80) << none << Use::StaleWhileRevalidate;
    QTest::newRow("beyond stale-while-revalidate")
        << qint64(60) << QByteArrayList{"swr"} << qint64(91) << none << Use::Validate;
    QTest::newRow("stale-while-revalidate never with must-revalidate")
        << qint64(60) << QByteArrayList{"swr", "must-revalidate"} << qint64(80) << none << Use::Validate;
    QTest::newRow("fresh with stale-while-revalidate")
        << qint64(60) << QByteArrayList{"swr"} << qint64(10) << none << Use::Fresh;
}

void TestCachePolicy::use()
{
    QFETCH(qint64, lifetimeSeconds);
    QFETCH(QByteArrayList, responseDirectives);
    QFETCH(qint64, ageSeconds);
    QFETCH(QByteArrayList, requestFields);
    QFETCH(Use, expected);

    CacheEntry entry = entryAt(lifetimeSeconds * second);
    entry.mustRevalidate = responseDirectives.contains("must-revalidate");
    entry.noCache = responseDirectives.contains("no-cache");
    entry.staleWhileRevalidateMs = responseDirectives.contains("swr") ? 30 * second : 0;
    const Request request(requestFields);
    QCOMPARE(useName(CachePolicy::use(entry, request.facts(), t0 + ageSeconds * second)), useName(expected));
}

void TestCachePolicy::mayServeOnError_data()
{
    QTest::addColumn<qint64>("staleIfErrorSeconds");
    QTest::addColumn<bool>("mustRevalidate");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<QByteArrayList>("requestFields");
    QTest::addColumn<bool>("expected");

    const QByteArrayList none;
    QTest::newRow("no stale-if-error") << qint64(0) << false << qint64(70) << none << false;
    QTest::newRow("within stale-if-error") << qint64(600) << false << qint64(70) << none << true;
    QTest::newRow("beyond stale-if-error") << qint64(600) << false << qint64(661) << none << false;
    QTest::newRow("never with must-revalidate") << qint64(600) << true << qint64(70) << none << false;
    QTest::newRow("request stale-if-error")
        << qint64(0) << false << qint64(70) << QByteArrayList{"Cache-Control: stale-if-error=30"} << true;
    QTest::newRow("request stale-if-error too short")
        << qint64(0) << false << qint64(100) << QByteArrayList{"Cache-Control: stale-if-error=30"} << false;
}

void TestCachePolicy::mayServeOnError()
{
    QFETCH(qint64, staleIfErrorSeconds);
    QFETCH(bool, mustRevalidate);
    QFETCH(qint64, ageSeconds);
    QFETCH(QByteArrayList, requestFields);
    QFETCH(bool, expected);

    CacheEntry entry = entryAt(60 * second);
    entry.staleIfErrorMs = staleIfErrorSeconds * second;
    entry.mustRevalidate = mustRevalidate;
    const Request request(requestFields);
    QCOMPARE(CachePolicy::mayServeOnError(entry, request.facts(), t0 + ageSeconds * second), expected);
}

void TestCachePolicy::freshenedTakesTheNewFields()
{
    const Exchange first("GET", {"Accept-Language: de"}, 200,
                         {"Date: " + httpDate(t0), "Cache-Control: max-age=60", "ETag: \"v1\"", "X-Version: 1",
                          "Content-Type: text/plain", "Vary: Accept-Language"});
    CacheEntry stored;
    QCOMPARE(verdictName(CachePolicy::prepare(first.facts, first.response(), CacheRuleOutcome(), t0, t0, stored)),
             "Store");
    stored.key = "key";
    stored.body = "body";
    stored.site = QStringLiteral("site");

    const qint64 later = t0 + 100 * second;
    const Exchange revalidation("GET", {"If-None-Match: \"v1\""}, 304,
                                {"Date: " + httpDate(later), "Cache-Control: max-age=120", "ETag: \"v1\"",
                                 "X-Version: 2", "Age: 3", "Connection: close", "Set-Cookie: no=1"});
    const auto fresh = CachePolicy::freshened(stored, revalidation.response(), CacheRuleOutcome(), later, later);
    QCOMPARE(fresh->key, QByteArray("key"));
    QCOMPARE(fresh->body, QByteArray("body"));
    QCOMPARE(fresh->site, QStringLiteral("site"));
    QCOMPARE(fresh->status, 200);
    QCOMPARE(fresh->varyValues, (QList<QByteArray>{"de"}));
    QCOMPARE(fresh->header("x-version").toByteArray(), QByteArray("2"));
    QCOMPARE(fresh->header("cache-control").toByteArray(), QByteArray("max-age=120"));
    QCOMPARE(fresh->header("date").toByteArray(), httpDate(later));
    QCOMPARE(fresh->header("content-type").toByteArray(), QByteArray("text/plain"));
    QVERIFY(fresh->header("set-cookie").isNull());
    QVERIFY(fresh->header("connection").isNull());
    QVERIFY(fresh->header("age").isNull());
    QCOMPARE(fresh->freshnessLifetimeMs, 120 * second);
    QCOMPARE(fresh->ageSeconds, qint64(3));
    QCOMPARE(CachePolicy::remainingMs(*fresh, later), 117 * second);
    // The stored entry itself is immutable.
    QCOMPARE(stored.header("x-version").toByteArray(), QByteArray("1"));
    QCOMPARE(stored.freshnessLifetimeMs, 60 * second);
}

void TestCachePolicy::freshenedWithoutDate()
{
    const Exchange first("GET", {}, 200, {"Date: " + httpDate(t0), "Cache-Control: max-age=60", "ETag: \"v1\""});
    CacheEntry stored;
    CachePolicy::prepare(first.facts, first.response(), CacheRuleOutcome(), t0, t0, stored);
    const qint64 later = t0 + hour;
    const Exchange revalidation("GET", {}, 304, {"ETag: \"v1\""});
    const auto fresh = CachePolicy::freshened(stored, revalidation.response(), CacheRuleOutcome(), later, later);
    // The old Date would make the refreshed entry an hour old at once.
    QCOMPARE(fresh->dateMs, later);
    QCOMPARE(CachePolicy::remainingMs(*fresh, later), 60 * second);
    QCOMPARE(fresh->header("date").toByteArray(), httpDate(later));
}

void TestCachePolicy::freshenedKeepsTheWeakenedEtagOfACompressedVariant()
{
    CacheEntry stored = entryAt(60 * second);
    stored.status = 200;
    stored.contentEncoding = "gzip";
    stored.etag = "W/\"v1\"";
    stored.headers = {{"ETag", "W/\"v1\""}, {"Content-Encoding", "gzip"}, {"Cache-Control", "max-age=60"}};
    const Exchange revalidation("GET", {}, 304,
                                {"Date: " + httpDate(t0 + hour), "ETag: \"v1\"", "Content-Encoding: identity"});
    const auto fresh =
        CachePolicy::freshened(stored, revalidation.response(), CacheRuleOutcome(), t0 + hour, t0 + hour);
    QCOMPARE(fresh->etag, QByteArray("W/\"v1\""));
    QCOMPARE(fresh->header("etag").toByteArray(), QByteArray("W/\"v1\""));
    QCOMPARE(fresh->header("content-encoding").toByteArray(), QByteArray("gzip"));
}

void TestCachePolicy::invalidates_data()
{
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    QTest::newRow("POST 200") << HttpMethod::Post << 200 << true;
    QTest::newRow("PUT 201") << HttpMethod::Put << 201 << true;
    QTest::newRow("DELETE 204") << HttpMethod::Delete << 204 << true;
    QTest::newRow("PATCH 302") << HttpMethod::Patch << 302 << true;
    QTest::newRow("extension method 200") << HttpMethod::Other << 200 << true;
    QTest::newRow("POST 404") << HttpMethod::Post << 404 << false;
    QTest::newRow("POST 500") << HttpMethod::Post << 500 << false;
    QTest::newRow("GET 200") << HttpMethod::Get << 200 << false;
    QTest::newRow("HEAD 200") << HttpMethod::Head << 200 << false;
    QTest::newRow("OPTIONS 200") << HttpMethod::Options << 200 << false;
    QTest::newRow("TRACE 200") << HttpMethod::Trace << 200 << false;
}

void TestCachePolicy::invalidates()
{
    QFETCH(HttpMethod, method);
    QFETCH(int, status);
    QFETCH(bool, expected);
    QCOMPARE(CachePolicy::invalidates(method, status), expected);
}

void TestCachePolicy::heuristicallyCacheable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    for (const int status : {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501})
        QTest::addRow("%d", status) << status << true;
    for (const int status : {201, 202, 302, 303, 304, 307, 400, 403, 451, 500, 502, 503})
        QTest::addRow("%d", status) << status << false;
}

void TestCachePolicy::heuristicallyCacheable()
{
    QFETCH(int, status);
    QFETCH(bool, expected);
    QCOMPARE(CachePolicy::heuristicallyCacheable(status), expected);
}

QTEST_APPLESS_MAIN(TestCachePolicy)
#include "TestCachePolicy.moc"
