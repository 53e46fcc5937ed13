// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntry.h"

#include <QTest>

using namespace Portico;

// A stored response's size (what the memory cap counts) and field lookup.
class TestCacheEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeCountsBodyFieldsAndKeys();
    void headerLookup();
};

void TestCacheEntry::sizeCountsBodyFieldsAndKeys()
{
    CacheEntry entry;
    const qint64 empty = entry.sizeBytes();
    // Even an empty entry costs something, so many tiny ones cannot hide from the cap.
    QVERIFY(empty > 0);
    entry.body = QByteArray(1000, 'b');
    QCOMPARE(entry.sizeBytes(), empty + 1000);
    const qint64 withBody = entry.sizeBytes();
    entry.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    QVERIFY(entry.sizeBytes() >= withBody + 22);
    const qint64 withField = entry.sizeBytes();
    entry.key = QByteArray(100, 'k');
    entry.varyNames = {"accept-language"};
    entry.varyValues = {"en"};
    QVERIFY(entry.sizeBytes() >= withField + 100 + 15 + 2);
}

void TestCacheEntry::headerLookup()
{
    CacheEntry entry;
    entry.headers = {{"Content-Type", "text/html"}, {"X-Empty", ""}, {"Link", "</a>"}, {"link", "</b>"}};
    QCOMPARE(entry.header("content-type").toByteArray(), QByteArray("text/html"));
    QCOMPARE(entry.header("LINK").toByteArray(), QByteArray("</a>"));
    QVERIFY(entry.header("x-missing").isNull());
    // Present but empty is not absent.
    QVERIFY(!entry.header("x-empty").isNull());
    QVERIFY(entry.header("x-empty").isEmpty());
}

QTEST_APPLESS_MAIN(TestCacheEntry)
#include "TestCacheEntry.moc"
