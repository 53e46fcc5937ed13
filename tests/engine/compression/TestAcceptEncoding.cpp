// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/AcceptEncoding.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(Portico::ContentCoding)

namespace QTest {

template<>
char* toString(const Portico::ContentCoding& coding)
{
    return QTest::toString(Portico::contentCodingToken(coding).toByteArray());
}

} // namespace QTest

class TestAcceptEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiate_data();
    void negotiate();
};

void TestAcceptEncoding::negotiate_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("brotliOffered");
    QTest::addColumn<bool>("gzipOffered");
    QTest::addColumn<ContentCoding>("expected");

    const auto br = ContentCoding::Brotli;
    const auto gzip = ContentCoding::Gzip;
    const auto identity = ContentCoding::Identity;

    QTest::newRow("absent") << QByteArray() << true << true << identity;
    QTest::newRow("blank") << QByteArray("  ") << true << true << identity;
    QTest::newRow("browser") << QByteArray("gzip, deflate, br") << true << true << br;
    QTest::newRow("browser, br off") << QByteArray("gzip, deflate, br") << false << true << gzip;
    QTest::newRow("browser, both off") << QByteArray("gzip, deflate, br") << false << false << identity;
    QTest::newRow("gzip only") << QByteArray("gzip") << true << true << gzip;
    QTest::newRow("gzip only, gzip off") << QByteArray("gzip") << true << false << identity;
    QTest::newRow("br only") << QByteArray("br") << true << true << br;
    QTest::newRow("case-insensitive") << QByteArray("GZip, BR") << true << true << br;
    QTest::newRow("x-gzip alias") << QByteArray("x-gzip") << true << true << gzip;
    QTest::newRow("deflate only") << QByteArray("deflate") << true << true << identity;
    QTest::newRow("identity only") << QByteArray("identity") << true << true << identity;
    QTest::newRow("q prefers gzip") << QByteArray("br;q=0.5, gzip;q=0.8") << true << true << gzip;
    QTest::newRow("q prefers br") << QByteArray("gzip;q=0.5, br") << true << true << br;
    QTest::newRow("tie goes to br") << QByteArray("gzip;q=0.7, br;q=0.7") << true << true << br;
    QTest::newRow("tie goes to br, gzip first") << QByteArray("gzip, br") << true << true << br;
    QTest::newRow("br refused") << QByteArray("br;q=0, gzip") << true << true << gzip;
    QTest::newRow("both refused") << QByteArray("br;q=0, gzip;q=0.000") << true << true << identity;
    QTest::newRow("q with spaces") << QByteArray("gzip ; q=0.9 , br ;q=0.1") << true << true << gzip;
    QTest::newRow("Q upper case") << QByteArray("gzip;Q=0.9, br;Q=0.1") << true << true << gzip;
    QTest::newRow("q=1.000") << QByteArray("gzip;q=1.000, br;q=0.999") << true << true << gzip;
    QTest::newRow("other parameter ignored") << QByteArray("br;level=3") << true << true << br;
    QTest::newRow("malformed q voids element") << QByteArray("br;q=2, gzip;q=0.1") << true << true << gzip;
    QTest::newRow("malformed q, too many digits") << QByteArray("br;q=0.1234, gzip;q=0.1") << true << true << gzip;
    QTest::newRow("malformed q, 1.5") << QByteArray("br;q=1.5") << true << true << identity;
    QTest::newRow("star") << QByteArray("*") << true << true << br;
    QTest::newRow("star, br off") << QByteArray("*") << false << true << gzip;
    QTest::newRow("star refused") << QByteArray("*;q=0") << true << true << identity;
    QTest::newRow("star with explicit br refused") << QByteArray("br;q=0, *") << true << true << gzip;
    QTest::newRow("star low, gzip named") << QByteArray("*;q=0.1, gzip") << true << true << gzip;
    QTest::newRow("identity;q=0 and gzip") << QByteArray("identity;q=0, gzip") << true << true << gzip;
    QTest::newRow("identity;q=0 only") << QByteArray("identity;q=0") << true << true << identity;
    QTest::newRow("identity weighed higher") << QByteArray("gzip;q=0.5, identity") << true << true << identity;
    QTest::newRow("identity equal weight") << QByteArray("gzip, identity") << true << true << gzip;
    QTest::newRow("star above gzip") << QByteArray("gzip;q=0.3, *;q=0.5") << false << true << identity;
    QTest::newRow("repeated keeps first") << QByteArray("gzip;q=0, gzip") << false << true << identity;
    QTest::newRow("empty elements") << QByteArray(",, gzip ,,") << true << true << gzip;
}

void TestAcceptEncoding::negotiate()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, brotliOffered);
    QFETCH(bool, gzipOffered);
    QFETCH(ContentCoding, expected);
    QCOMPARE(AcceptEncoding::negotiate(field, brotliOffered, gzipOffered), expected);
}

QTEST_APPLESS_MAIN(TestAcceptEncoding)
#include "TestAcceptEncoding.moc"
