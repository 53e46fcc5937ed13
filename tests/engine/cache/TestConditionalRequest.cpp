// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ConditionalRequest.h"

#include "cache/CacheEntry.h"
#include "cache/CacheRequestFacts.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(HttpMethod)

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

const QByteArray lastModified = "Thu, 01 Jan 2026 09:00:00 GMT";

CacheEntry storedEntry(const QByteArray& etag)
{
    CacheEntry entry;
    entry.etag = etag;
    entry.lastModified = lastModified;
    return entry;
}

} // namespace

// Preconditions the cache answers itself (RFC 9110 13): If-None-Match (weak comparison) before
// If-Modified-Since, and If-Range (strong comparison, exact date).
class TestConditionalRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notModified_data();
    void notModified();
    void rangeApplies_data();
    void rangeApplies();
    void weakMatchAny_data();
    void weakMatchAny();
    void isConditional();
};

void TestConditionalRequest::notModified_data()
{
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<bool>("expected");

    const QByteArray v1 = "\"v1\"";
    QTest::newRow("no precondition") << HttpMethod::Get << Fields{} << v1 << false;
    QTest::newRow("If-None-Match matches") << HttpMethod::Get << Fields{{"If-None-Match", "\"v1\""}} << v1 << true;
    QTest::newRow("If-None-Match weakly matches")
        << HttpMethod::Get << Fields{{"If-None-Match", "W/\"v1\""}} << v1 << true;
    QTest::newRow("If-None-Match in a list")
        << HttpMethod::Head << Fields{{"If-None-Match", "\"x\", W/\"v1\""}} << v1 << true;
    QTest::newRow("If-None-Match star") << HttpMethod::Get << Fields{{"If-None-Match", "*"}} << v1 << true;
    QTest::newRow("If-None-Match differs") << HttpMethod::Get << Fields{{"If-None-Match", "\"v2\""}} << v1 << false;
    QTest::newRow("If-None-Match beats If-Modified-Since")
        << HttpMethod::Get << Fields{{"If-None-Match", "\"v2\""}, {"If-Modified-Since", lastModified}} << v1 << false;
    QTest::newRow("If-None-Match without a stored ETag")
        << HttpMethod::Get << Fields{{"If-None-Match", "\"v1\""}} << QByteArray() << false;
    QTest::newRow("If-Modified-Since equal")
        << HttpMethod::Get << Fields{{"If-Modified-Since", lastModified}} << v1 << true;
    QTest::newRow("If-Modified-Since later")
        << HttpMethod::Get << Fields{{"If-Modified-Since", "Fri, 02 Jan 2026 09:00:00 GMT"}} << v1 << true;
    QTest::newRow("If-Modified-Since earlier")
        << HttpMethod::Get << Fields{{"If-Modified-Since", "Wed, 31 Dec 2025 09:00:00 GMT"}} << v1 << false;
    QTest::newRow("If-Modified-Since invalid")
        << HttpMethod::Get << Fields{{"If-Modified-Since", "yesterday"}} << v1 << false;
    QTest::newRow("only for GET and HEAD") << HttpMethod::Post << Fields{{"If-None-Match", "\"v1\""}} << v1 << false;
}

void TestConditionalRequest::notModified()
{
    QFETCH(HttpMethod, method);
    QFETCH(Fields, fields);
    QFETCH(QByteArray, etag);
    QFETCH(bool, expected);
    CacheRequestFacts facts;
    facts.method = method;
    facts.fields = &fields;
    QCOMPARE(ConditionalRequest::notModified(facts, storedEntry(etag)), expected);
}

void TestConditionalRequest::rangeApplies_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<bool>("expected");

    QTest::newRow("no If-Range") << Fields{} << QByteArray("\"v1\"") << true;
    QTest::newRow("same strong tag") << Fields{{"If-Range", "\"v1\""}} << QByteArray("\"v1\"") << true;
    QTest::newRow("other tag") << Fields{{"If-Range", "\"v2\""}} << QByteArray("\"v1\"") << false;
    QTest::newRow("weak tag in If-Range") << Fields{{"If-Range", "W/\"v1\""}} << QByteArray("W/\"v1\"") << false;
    QTest::newRow("weak stored tag") << Fields{{"If-Range", "\"v1\""}} << QByteArray("W/\"v1\"") << false;
    QTest::newRow("exact date") << Fields{{"If-Range", lastModified}} << QByteArray("\"v1\"") << true;
    QTest::newRow("other date") << Fields{{"If-Range", "Fri, 02 Jan 2026 09:00:00 GMT"}} << QByteArray("\"v1\"")
                                << false;
    QTest::newRow("garbage") << Fields{{"If-Range", "whenever"}} << QByteArray("\"v1\"") << false;
}

void TestConditionalRequest::rangeApplies()
{
    QFETCH(Fields, fields);
    QFETCH(QByteArray, etag);
    QFETCH(bool, expected);
    CacheRequestFacts facts;
    facts.fields = &fields;
    QCOMPARE(ConditionalRequest::rangeApplies(facts, storedEntry(etag)), expected);
}

void TestConditionalRequest::weakMatchAny_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equal") << QByteArray("\"a\"") << QByteArray("\"a\"") << true;
    QTest::newRow("weak and strong") << QByteArray("W/\"a\"") << QByteArray("\"a\"") << true;
    QTest::newRow("strong and weak") << QByteArray("\"a\"") << QByteArray("W/\"a\"") << true;
    QTest::newRow("list") << QByteArray(" \"b\" ,W/\"a\"") << QByteArray("\"a\"") << true;
    QTest::newRow("comma inside a tag") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"") << true;
    QTest::newRow("no match") << QByteArray("\"b\", \"c\"") << QByteArray("\"a\"") << false;
    QTest::newRow("star") << QByteArray("*") << QByteArray("\"a\"") << true;
    QTest::newRow("unquoted is not a tag") << QByteArray("a") << QByteArray("a") << false;
    QTest::newRow("case matters") << QByteArray("\"A\"") << QByteArray("\"a\"") << false;
}

void TestConditionalRequest::weakMatchAny()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, etag);
    QFETCH(bool, expected);
    QCOMPARE(ConditionalRequest::weakMatchAny(list, etag), expected);
}

void TestConditionalRequest::isConditional()
{
    const Fields none{{"Range", "bytes=0-1"}};
    const Fields inm{{"If-None-Match", "\"a\""}};
    const Fields ims{{"if-modified-since", QByteArray(lastModified)}};
    CacheRequestFacts facts;
    facts.fields = &none;
    QVERIFY(!ConditionalRequest::isConditional(facts));
    facts.fields = &inm;
    QVERIFY(ConditionalRequest::isConditional(facts));
    facts.fields = &ims;
    QVERIFY(ConditionalRequest::isConditional(facts));
}

QTEST_APPLESS_MAIN(TestConditionalRequest)
#include "TestConditionalRequest.moc"
