// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheControl.h"

#include <QTest>

using namespace Portico;

namespace {

// Every directive that is set, in a fixed order: one string to compare per table row.
QByteArray describe(const CacheControl& cc)
{
    QByteArrayList parts;
    const auto number = [&parts](const char* name, const std::optional<qint64>& value) {
        if (value)
            parts.append(QByteArray(name) + '=' + QByteArray::number(*value));
    };
    number("max-age", cc.maxAge);
    number("s-maxage", cc.sMaxAge);
    number("stale-while-revalidate", cc.staleWhileRevalidate);
    number("stale-if-error", cc.staleIfError);
    number("max-stale", cc.maxStale);
    if (cc.maxStaleAny)
        parts.append("max-stale");
    number("min-fresh", cc.minFresh);
    if (cc.noStore)
        parts.append("no-store");
    if (cc.noCache)
        parts.append("no-cache");
    if (!cc.noCacheFields.isEmpty())
        parts.append("no-cache=" + cc.noCacheFields.join('|'));
    if (cc.isPrivate)
        parts.append("private");
    if (!cc.privateFields.isEmpty())
        parts.append("private=" + cc.privateFields.join('|'));
    if (cc.isPublic)
        parts.append("public");
    if (cc.mustRevalidate)
        parts.append("must-revalidate");
    if (cc.proxyRevalidate)
        parts.append("proxy-revalidate");
    if (cc.mustUnderstand)
        parts.append("must-understand");
    if (cc.noTransform)
        parts.append("no-transform");
    if (cc.onlyIfCached)
        parts.append("only-if-cached");
    if (cc.immutable)
        parts.append("immutable");
    return parts.join(' ');
}

} // namespace

// Cache-Control parsing (RFC 9111 5.2): directive names are case-insensitive, values may be quoted,
// private= and no-cache= carry field-name lists, junk is skipped without losing the rest, and an
// invalid max-age means stale.
class TestCacheControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void severalLinesAddUp();
};

void TestCacheControl::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("max-age") << QByteArray("max-age=60") << QByteArray("max-age=60");
    QTest::newRow("case-insensitive names")
        << QByteArray("Max-Age=60, PUBLIC, No-Store") << QByteArray("max-age=60 no-store public");
    QTest::newRow("quoted max-age") << QByteArray("max-age=\"30\"") << QByteArray("max-age=30");
    QTest::newRow("spaces around") << QByteArray("  public ,  s-maxage = 10 ,") << QByteArray("s-maxage=10 public");
    QTest::newRow("invalid max-age is stale") << QByteArray("max-age=abc") << QByteArray("max-age=0");
    QTest::newRow("negative max-age is stale") << QByteArray("max-age=-5") << QByteArray("max-age=0");
    QTest::newRow("max-age without value is stale") << QByteArray("max-age") << QByteArray("max-age=0");
    QTest::newRow("conflicting max-age is stale") << QByteArray("max-age=60, max-age=120") << QByteArray("max-age=0");
    QTest::newRow("repeated equal max-age") << QByteArray("max-age=60, max-age=60") << QByteArray("max-age=60");
    QTest::newRow("invalid s-maxage is absent") << QByteArray("s-maxage=x, public") << QByteArray("public");
    QTest::newRow("huge value capped at 2^31")
        << QByteArray("max-age=99999999999999999999") << QByteArray("max-age=2147483648");
    QTest::newRow("no-cache plain") << QByteArray("no-cache") << QByteArray("no-cache");
    QTest::newRow("no-cache with fields")
        << QByteArray("no-cache=\"Set-Cookie, X-Foo\"") << QByteArray("no-cache=set-cookie|x-foo");
    QTest::newRow("no-cache token field") << QByteArray("no-cache=X-Foo") << QByteArray("no-cache=x-foo");
    QTest::newRow("private plain") << QByteArray("private, max-age=5") << QByteArray("max-age=5 private");
    QTest::newRow("private with fields and comma inside quotes")
        << QByteArray("private=\"Authorization-Info,X-User\", max-age=9")
        << QByteArray("max-age=9 private=authorization-info|x-user");
    QTest::newRow("revalidation directives")
        << QByteArray("must-revalidate, proxy-revalidate") << QByteArray("must-revalidate proxy-revalidate");
    QTest::newRow("stale extensions") << QByteArray("max-age=1, stale-while-revalidate=30, stale-if-error=600")
                                      << QByteArray("max-age=1 stale-while-revalidate=30 stale-if-error=600");
    QTest::newRow("request directives") << QByteArray("max-stale=10, min-fresh=5, only-if-cached")
                                        << QByteArray("max-stale=10 min-fresh=5 only-if-cached");
    QTest::newRow("max-stale without value") << QByteArray("max-stale") << QByteArray("max-stale");
    QTest::newRow("others") << QByteArray("immutable, no-transform, must-understand, no-store")
                            << QByteArray("no-store must-understand no-transform immutable");
    QTest::newRow("unknown directives ignored")
        << QByteArray("foo, bar=\"a,b\", max-age=7, baz=1") << QByteArray("max-age=7");
    QTest::newRow("junk skipped up to the next comma")
        << QByteArray("public junk junk, max-age=3") << QByteArray("max-age=3");
    QTest::newRow("unterminated quote") << QByteArray("public, no-cache=\"x-foo") << QByteArray("public");
    QTest::newRow("escaped quote in value") << QByteArray("foo=\"a\\\"b\", no-store") << QByteArray("no-store");
    QTest::newRow("stray characters") << QByteArray(";;, =, \"x\", public") << QByteArray("public");
}

void TestCacheControl::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    CacheControl cc;
    cc.parse(value);
    QCOMPARE(describe(cc), expected);
}

void TestCacheControl::severalLinesAddUp()
{
    const CacheControl cc = CacheControl::fromValues({"public", "max-age=60", "no-cache=\"X-A\"", "no-cache=X-B"});
    QCOMPARE(describe(cc), QByteArray("max-age=60 no-cache=x-a|x-b public"));
}

QTEST_APPLESS_MAIN(TestCacheControl)
#include "TestCacheControl.moc"
