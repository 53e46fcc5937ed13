// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/HttpDate.h"

#include <QDateTime>
#include <QTest>

using namespace Portico;

// HTTP-date in its three forms (RFC 9110 5.6.7), and what is not one.
class TestHttpDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestHttpDate::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date

    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("surrounding spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << rfcExample;
    QTest::newRow("case-insensitive names") << QByteArray("sun, 06 NOV 1994 08:49:37 gmt") << rfcExample;
    QTest::newRow("2026") << QByteArray("Thu, 01 Jan 2026 09:00:00 GMT")
                          << QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT")
                              << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("RFC 850 in this century")
        << QByteArray("Thursday, 01-Jan-26 09:00:00 GMT") << QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    QTest::newRow("zero") << QByteArray("0") << QDateTime();
    QTest::newRow("minus one") << QByteArray("-1") << QDateTime();
    QTest::newRow("empty") << QByteArray("") << QDateTime();
    QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << QDateTime();
    QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("bad day") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("bad hour") << QByteArray("Sun, 06 Nov 1994 24:49:37 GMT") << QDateTime();
    QTest::newRow("trailing junk") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT x") << QDateTime();
    QTest::newRow("no weekday") << QByteArray("06 Nov 1994 08:49:37 GMT") << QDateTime();
}

void TestHttpDate::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<qint64> parsed = HttpDate::parse(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected.toMSecsSinceEpoch());
}

QTEST_APPLESS_MAIN(TestHttpDate)
#include "TestHttpDate.moc"
