// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheKey.h"

#include "cache/CacheEntry.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRequestOutcome.h"

#include <QTest>

using namespace Portico;

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

CacheRequestFacts factsOf(const Fields& fields)
{
    CacheRequestFacts facts;
    facts.fields = &fields;
    return facts;
}

} // namespace

// The cache key: scheme, site, normalized host, path and the query the rules keep; Vary's secondary
// keys with normalized request fields.
class TestCacheKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primary_data();
    void primary();
    void keptQuery_data();
    void keptQuery();
    void normalizedValue_data();
    void normalizedValue();
    void varyMatches();
};

void TestCacheKey::primary_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("ignoreQuery");
    QTest::addColumn<QByteArrayList>("ignored");
    QTest::addColumn<QByteArray>("expected");

    const QByteArrayList none;
    QTest::newRow("plain") << QByteArray("http") << QStringLiteral("shop") << QByteArray("Example.COM")
                           << QByteArray("/a/B") << QByteArray() << false << none
                           << QByteArray("http\x1fshop\x1f"
                                         "example.com/a/B");
    QTest::newRow("query kept") << QByteArray("https") << QStringLiteral("shop") << QByteArray("example.com")
                                << QByteArray("/a") << QByteArray("b=1&a=2") << false << none
                                << QByteArray("https\x1fshop\x1f"
                                              "example.com/a?b=1&a=2");
    QTest::newRow("default http port dropped")
        << QByteArray("http") << QStringLiteral("s") << QByteArray("h:80") << QByteArray("/") << QByteArray() << false
        << none << QByteArray("http\x1fs\x1fh/");
    QTest::newRow("default https port dropped")
        << QByteArray("https") << QStringLiteral("s") << QByteArray("h:443") << QByteArray("/") << QByteArray() << false
        << none << QByteArray("https\x1fs\x1fh/");
    QTest::newRow("other port kept") << QByteArray("http") << QStringLiteral("s") << QByteArray("h:443")
                                     << QByteArray("/") << QByteArray() << false << none
                                     << QByteArray("http\x1fs\x1fh:443/");
    QTest::newRow("IPv6 with default port")
        << QByteArray("http") << QStringLiteral("s") << QByteArray("[::1]:80") << QByteArray("/") << QByteArray()
        << false << none << QByteArray("http\x1fs\x1f[::1]/");
    QTest::newRow("query ignored") << QByteArray("http") << QStringLiteral("s") << QByteArray("h") << QByteArray("/p")
                                   << QByteArray("v=3") << true << none << QByteArray("http\x1fs\x1fh/p");
    QTest::newRow("all parameters ignored")
        << QByteArray("http") << QStringLiteral("s") << QByteArray("h") << QByteArray("/p")
        << QByteArray("utm_source=x") << false << QByteArrayList{"utm_source"} << QByteArray("http\x1fs\x1fh/p");
    QTest::newRow("site names in UTF-8") << QByteArray("http") << QStringLiteral("caf\u00e9") << QByteArray("h")
                                         << QByteArray("/") << QByteArray() << false << none
                                         << QByteArray("http\x1f"
                                                       "caf\xc3\xa9\x1fh/");
}

void TestCacheKey::primary()
{
    QFETCH(QByteArray, scheme);
    QFETCH(QString, site);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(bool, ignoreQuery);
    QFETCH(QByteArrayList, ignored);
    QFETCH(QByteArray, expected);
    CacheRequestOutcome rules;
    rules.ignoreQuery = ignoreQuery;
    rules.ignoredParameters = ignored;
    QCOMPARE(CacheKey::primary(scheme, site, host, path, query, rules), expected);
}

void TestCacheKey::keptQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("ignoreAll");
    QTest::addColumn<QByteArrayList>("ignored");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nothing ignored") << QByteArray("b=2&a=1") << false << QByteArrayList() << QByteArray("b=2&a=1");
    QTest::newRow("ignore all") << QByteArray("b=2&a=1") << true << QByteArrayList() << QByteArray();
    QTest::newRow("one ignored, order kept")
        << QByteArray("b=2&utm_source=x&a=1") << false << QByteArrayList{"utm_source"} << QByteArray("b=2&a=1");
    QTest::newRow("repeated and valueless")
        << QByteArray("fbclid&x=1&fbclid=2") << false << QByteArrayList{"fbclid"} << QByteArray("x=1");
    QTest::newRow("exact names only") << QByteArray("utm_source_x=1&UTM_SOURCE=2") << false
                                      << QByteArrayList{"utm_source"} << QByteArray("utm_source_x=1&UTM_SOURCE=2");
    QTest::newRow("empty segments dropped")
        << QByteArray("&a=1&&utm=2&") << false << QByteArrayList{"utm"} << QByteArray("a=1");
    QTest::newRow("empty query") << QByteArray() << false << QByteArrayList{"utm"} << QByteArray();
}

void TestCacheKey::keptQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, ignoreAll);
    QFETCH(QByteArrayList, ignored);
    QFETCH(QByteArray, expected);
    QCOMPARE(CacheKey::keptQuery(query, ignoreAll, ignored), expected);
}

void TestCacheKey::normalizedValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArrayList>("fieldLines");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("absent") << QByteArray("accept-language") << QByteArrayList() << QByteArray();
    QTest::newRow("whitespace around commas")
        << QByteArray("accept-language") << QByteArrayList{"  en-GB ,en;q=0.8 ,  fr  "}
        << QByteArray("en-GB,en;q=0.8,fr");
    QTest::newRow("several lines are one list")
        << QByteArray("accept-language") << QByteArrayList{"en", "fr"} << QByteArray("en,fr");
    QTest::newRow("order kept") << QByteArray("accept-language") << QByteArrayList{"fr, en"} << QByteArray("fr,en");
    QTest::newRow("field names case-insensitive")
        << QByteArray("x-theme") << QByteArrayList{"dark"} << QByteArray("dark");
    QTest::newRow("no Accept-Encoding is identity")
        << QByteArray("accept-encoding") << QByteArrayList() << QByteArray("identity");
}

void TestCacheKey::normalizedValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArrayList, fieldLines);
    QFETCH(QByteArray, expected);
    Fields fields{{"Host", "h"}};
    for (const QByteArray& line : fieldLines)
        fields.append({name == "x-theme" ? QByteArray("X-THEME") : name, line});
    QCOMPARE(CacheKey::normalizedValue(name, factsOf(fields)), expected);
}

void TestCacheKey::varyMatches()
{
    CacheEntry entry;
    entry.varyNames = {"accept-language", "x-theme"};
    entry.varyValues = {"en,fr", ""};
    const Fields same{{"Accept-Language", "en, fr"}};
    const Fields other{{"Accept-Language", "de"}};
    const Fields extra{{"Accept-Language", "en,fr"}, {"X-Theme", "dark"}};
    QVERIFY(CacheKey::varyMatches(entry, factsOf(same)));
    QVERIFY(!CacheKey::varyMatches(entry, factsOf(other)));
    QVERIFY(!CacheKey::varyMatches(entry, factsOf(extra)));
    const CacheEntry noVary;
    QVERIFY(CacheKey::varyMatches(noVary, factsOf(other)));
}

QTEST_APPLESS_MAIN(TestCacheKey)
#include "TestCacheKey.moc"
