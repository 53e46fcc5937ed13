// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ByteRange.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(ByteRange::Kind)

// Range resolution against a stored body (RFC 9110 14): one byte range served as 206, past the end
// 416, anything else the whole body.
class TestByteRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestByteRange::parse_data()
{
    using Kind = ByteRange::Kind;
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    QTest::newRow("first bytes") << QByteArray("bytes=0-9") << qint64(100) << Kind::Partial << qint64(0) << qint64(9);
    QTest::newRow("middle") << QByteArray("bytes=10-19") << qint64(100) << Kind::Partial << qint64(10) << qint64(19);
    QTest::newRow("open end") << QByteArray("bytes=90-") << qint64(100) << Kind::Partial << qint64(90) << qint64(99);
    QTest::newRow("suffix") << QByteArray("bytes=-5") << qint64(100) << Kind::Partial << qint64(95) << qint64(99);
    QTest::newRow("suffix longer than the body")
        << QByteArray("bytes=-500") << qint64(100) << Kind::Partial << qint64(0) << qint64(99);
    QTest::newRow("last clamped") << QByteArray("bytes=50-5000") << qint64(100) << Kind::Partial << qint64(50)
                                  << qint64(99);
    QTest::newRow("unit case and spaces")
        << QByteArray(" Bytes = 1-2 ") << qint64(100) << Kind::Partial << qint64(1) << qint64(2);
    QTest::newRow("first past the end") << QByteArray("bytes=100-") << qint64(100) << Kind::Unsatisfiable << qint64(0)
                                        << qint64(-1);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << qint64(100) << Kind::Unsatisfiable << qint64(0)
                                 << qint64(-1);
    QTest::newRow("empty body") << QByteArray("bytes=0-") << qint64(0) << Kind::Unsatisfiable << qint64(0)
                                << qint64(-1);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << qint64(100) << Kind::Whole << qint64(0)
                                    << qint64(-1);
    QTest::newRow("other unit") << QByteArray("items=0-1") << qint64(100) << Kind::Whole << qint64(0) << qint64(-1);
    QTest::newRow("last before first") << QByteArray("bytes=9-1") << qint64(100) << Kind::Whole << qint64(0)
                                       << qint64(-1);
    QTest::newRow("not numbers") << QByteArray("bytes=a-b") << qint64(100) << Kind::Whole << qint64(0) << qint64(-1);
    QTest::newRow("no dash") << QByteArray("bytes=5") << qint64(100) << Kind::Whole << qint64(0) << qint64(-1);
    QTest::newRow("negative") << QByteArray("bytes=--5") << qint64(100) << Kind::Whole << qint64(0) << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(100) << Kind::Whole << qint64(0) << qint64(-1);
}

void TestByteRange::parse()
{
    QFETCH(QByteArray, field);
    QFETCH(qint64, length);
    QFETCH(ByteRange::Kind, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const ByteRange range = ByteRange::parse(field, length);
    QCOMPARE(static_cast<int>(range.kind), static_cast<int>(kind));
    if (kind == ByteRange::Kind::Partial) {
        QCOMPARE(range.first, first);
        QCOMPARE(range.last, last);
        QCOMPARE(range.length(), last - first + 1);
    }
}

QTEST_APPLESS_MAIN(TestByteRange)
#include "TestByteRange.moc"
