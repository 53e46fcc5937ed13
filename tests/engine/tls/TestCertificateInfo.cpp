// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "tls/CertificateInfo.h"

#include <QTest>

using namespace Portico;
using Portico::Test::CertificateTestData;

// What CertificateInfo reads from a certificate, checked against what `openssl x509 -noout -text` says about the
// committed test files.
class TestCertificateInfo : public QObject
{
    Q_OBJECT

private slots:
    void readsLeaf();
    void readsChain();
    void readsRoot();
    void describesKey_data();
    void describesKey();
    void countsDaysLeft_data();
    void countsDaysLeft();
    void matchesHosts_data();
    void matchesHosts();
    void isNullForGarbage_data();
    void isNullForGarbage();
};

void TestCertificateInfo::readsLeaf()
{
    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("leaf.pem")));
    QVERIFY(!info.isNull());
    QCOMPARE(info.commonName, QStringLiteral("www.example.test"));
    QCOMPARE(info.subject, QStringLiteral("O=Portico Test,CN=www.example.test"));
    QCOMPARE(info.dnsNames, (QStringList{QStringLiteral("www.example.test"), QStringLiteral("*.apps.example.test")}));
    QCOMPARE(info.ipAddresses, QStringList{QStringLiteral("192.0.2.10")});
    QCOMPARE(info.issuerCommonName, QStringLiteral("Portico Test Intermediate"));
    QCOMPARE(info.issuer, QStringLiteral("O=Portico Test,CN=Portico Test Intermediate"));
    QCOMPARE(info.serialNumber, QStringLiteral("1002"));
    QCOMPARE(info.notBefore, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(info.notAfter, QDateTime(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(info.notAfter.timeSpec(), Qt::UTC);
    QCOMPARE(info.keyAlgorithm, KeyAlgorithm::Ecdsa);
    QCOMPARE(info.keyBits, 256);
    QCOMPARE(info.curve, QStringLiteral("P-256"));
    QCOMPARE(info.sha256Fingerprint, QStringLiteral("C3:89:AA:AE:1C:B3:31:53:30:A9:36:C3:BC:92:0D:7E:55:D3:99:44:36:8D:"
                                                    "11:76:8E:86:D7:F3:93:B2:50:B9"));
    QCOMPARE(info.sha1Fingerprint, QStringLiteral("35:C6:99:36:3D:E1:71:B5:74:C8:40:7A:7A:B5:44:A8:AE:6D:C9:DD"));
    QVERIFY(!info.selfSigned);
    QVERIFY(!info.ca);
    QVERIFY(info.chain.isEmpty());
}

void TestCertificateInfo::readsChain()
{
    const CertificateInfo info =
        CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("chain-with-root-first.pem")));
    // fromPem takes the order as given: the first certificate is the leaf, here the root.
    QCOMPARE(info.commonName, QStringLiteral("Portico Test Root"));
    QCOMPARE(info.chain.size(), 2);

    const CertificateInfo leaf = CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("chain.pem")));
    QCOMPARE(leaf.chain.size(), 1);
    const CertificateChainEntry& intermediate = leaf.chain.first();
    QCOMPARE(intermediate.subject, QStringLiteral("O=Portico Test,CN=Portico Test Intermediate"));
    QCOMPARE(intermediate.issuer, QStringLiteral("O=Portico Test,CN=Portico Test Root"));
    QCOMPARE(intermediate.notAfter, QDateTime(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestCertificateInfo::readsRoot()
{
    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("root.pem")));
    QVERIFY(info.selfSigned);
    QVERIFY(info.ca);
    QCOMPARE(info.subject, info.issuer);
    QVERIFY(info.dnsNames.isEmpty());
}

void TestCertificateInfo::describesKey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<KeyAlgorithm>("algorithm");

    QTest::newRow("ECDSA") << "leaf.pem"
                           << "ECDSA P-256" << KeyAlgorithm::Ecdsa;
    QTest::newRow("RSA") << "rsa.pem"
                         << "RSA 2048" << KeyAlgorithm::Rsa;
    QTest::newRow("Ed25519") << "ed25519.pem"
                             << "Ed25519" << KeyAlgorithm::Ed25519;
    // The store refuses DSA, but a certificate with such a key can still be shown.
    QTest::newRow("DSA") << "dsa.pem"
                         << "" << KeyAlgorithm::Unknown;
}

void TestCertificateInfo::describesKey()
{
    QFETCH(QString, file);
    QFETCH(QString, keyType);
    QFETCH(KeyAlgorithm, algorithm);

    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(file));
    QCOMPARE(info.keyType(), keyType);
    QCOMPARE(info.keyAlgorithm, algorithm);
}

void TestCertificateInfo::countsDaysLeft_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<bool>("valid");

    const QDateTime end(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("a year before") << end.addDays(-365) << qint64(365) << true;
    QTest::newRow("exactly a day before") << end.addDays(-1) << qint64(1) << true;
    QTest::newRow("a second less than a day") << end.addDays(-1).addSecs(1) << qint64(0) << true;
    QTest::newRow("at the end") << end << qint64(0) << true;
    QTest::newRow("a second after") << end.addSecs(1) << qint64(-1) << false;
    QTest::newRow("a week after") << end.addDays(7) << qint64(-7) << false;
    // A century with 24 leap days (2100 is not one), less the minute before the start.
    QTest::newRow("before the start") << QDateTime(QDate(2024, 12, 31), QTime(23, 59), Qt::UTC) << qint64(36524)
                                      << false;
}

void TestCertificateInfo::countsDaysLeft()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, daysLeft);
    QFETCH(bool, valid);

    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("leaf.pem")));
    QCOMPARE(info.daysLeft(now), daysLeft);
    QCOMPARE(info.isValidAt(now), valid);
}

void TestCertificateInfo::matchesHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("wildcard");

    QTest::newRow("the name") << "www.example.test" << true << false;
    QTest::newRow("other case, trailing dot") << "WWW.Example.TEST." << true << false;
    QTest::newRow("under the wildcard") << "shop.apps.example.test" << false << true;
    QTest::newRow("wildcard covers one label only") << "a.shop.apps.example.test" << false << false;
    QTest::newRow("wildcard does not cover its base") << "apps.example.test" << false << false;
    QTest::newRow("the address") << "192.0.2.10" << true << false;
    QTest::newRow("another address") << "192.0.2.11" << false << false;
    QTest::newRow("another name") << "example.test" << false << false;
}

void TestCertificateInfo::matchesHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, exact);
    QFETCH(bool, wildcard);

    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(QStringLiteral("leaf.pem")));
    QCOMPARE(info.matchesExactly(host), exact);
    QCOMPARE(info.matchesWildcard(host), wildcard);
}

void TestCertificateInfo::isNullForGarbage_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("garbage") << "garbage.bin";
    QTest::newRow("key only") << "leaf.key";
    QTest::newRow("armour around garbage") << "broken-armour.pem";
}

void TestCertificateInfo::isNullForGarbage()
{
    QFETCH(QString, file);
    const CertificateInfo info = CertificateInfo::fromPem(CertificateTestData::read(file));
    QVERIFY(info.isNull());
    QCOMPARE(info.keyType(), QString());
}

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "TestCertificateInfo.moc"
