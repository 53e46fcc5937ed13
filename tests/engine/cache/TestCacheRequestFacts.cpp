// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRequestFacts.h"

#include "http/RequestParser.h"

#include <QTest>

using namespace Portico;

// The request fields the cache reads, from a parsed head (hot path) or from plain values (the Cache
// Rule wizard's tester): the same answers either way.
class TestCacheRequestFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHeadAndFromValues_data();
    void fromHeadAndFromValues();
};

void TestCacheRequestFacts::fromHeadAndFromValues_data()
{
    QTest::addColumn<bool>("fromHead");
    QTest::newRow("parsed head") << true;
    QTest::newRow("plain values") << false;
}

void TestCacheRequestFacts::fromHeadAndFromValues()
{
    QFETCH(bool, fromHead);
    const QByteArray text = "GET / HTTP/1.1\r\nHost: h\r\nCache-Control: max-age=0\r\nX-Empty:\r\n"
                            "cache-control: no-transform\r\n\r\n";
    RequestParser parser;
    QCOMPARE(parser.parse(text).status, RequestParser::Status::Complete);
    const QList<QPair<QByteArray, QByteArray>> fields{
        {"Host", "h"}, {"Cache-Control", "max-age=0"}, {"X-Empty", ""}, {"cache-control", "no-transform"}};
    CacheRequestFacts facts;
    if (fromHead)
        facts.head = &parser.head();
    else
        facts.fields = &fields;

    QCOMPARE(facts.field("CACHE-CONTROL").toByteArray(), QByteArray("max-age=0"));
    QCOMPARE(facts.fieldValues("Cache-Control").size(), 2);
    QCOMPARE(facts.fieldValues("Cache-Control").at(1).toByteArray(), QByteArray("no-transform"));
    QVERIFY(facts.field("pragma").isNull());
    QVERIFY(facts.fieldValues("pragma").isEmpty());
    QVERIFY(!facts.field("x-empty").isNull());
    QVERIFY(facts.field("x-empty").isEmpty());
    QVERIFY(CacheRequestFacts().field("host").isNull());
}

QTEST_APPLESS_MAIN(TestCacheRequestFacts)
#include "TestCacheRequestFacts.moc"
