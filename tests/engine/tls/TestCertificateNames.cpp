// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateNames.h"

#include <QTest>

using namespace Portico;

// The names a user may ask a certificate for, and how hosts match certificate names.
class TestCertificateNames : public QObject
{
    Q_OBJECT

private slots:
    void normalizesDnsNames_data();
    void normalizesDnsNames();
    void splitsNames_data();
    void splitsNames();
    void coversByWildcard_data();
    void coversByWildcard();
    void normalizesHosts_data();
    void normalizesHosts();
};

void TestCertificateNames::normalizesDnsNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << "intranet.office.lan"
                           << "intranet.office.lan";
    QTest::newRow("single label") << "nas"
                                  << "nas";
    QTest::newRow("upper case, trailing dot") << "Intranet.Office.LAN."
                                              << "intranet.office.lan";
    QTest::newRow("wildcard") << "*.office.lan"
                              << "*.office.lan";
    QTest::newRow("international") << QString::fromUtf8("bücher.example") << "xn--bcher-kva.example";
    QTest::newRow("digits and hyphens") << "printer-2.office.lan"
                                        << "printer-2.office.lan";
    QTest::newRow("wildcard over one label") << "*.lan"
                                             << "";
    QTest::newRow("wildcard inside") << "www.*.example.com"
                                     << "";
    QTest::newRow("partial wildcard") << "w*.example.com"
                                      << "";
    QTest::newRow("underscore") << "my_host.lan"
                                << "";
    QTest::newRow("space") << "my host.lan"
                           << "";
    QTest::newRow("leading hyphen") << "-host.lan"
                                    << "";
    QTest::newRow("empty label") << "host..lan"
                                 << "";
    QTest::newRow("label too long") << QString(64, u'a') + QStringLiteral(".lan") << "";
    QTest::newRow("comma") << "a.lan,DNS:evil.com"
                           << "";
    QTest::newRow("numeric last label") << "10.1"
                                        << "";
    QTest::newRow("numeric first label") << "1und1.de"
                                         << "1und1.de";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCertificateNames::normalizesDnsNames()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(CertificateNames::normalizedDnsName(name), normalized);
}

void TestCertificateNames::splitsNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QStringList>("ipAddresses");
    QTest::addColumn<QString>("error");

    QTest::newRow("mixed") << QStringList{QStringLiteral("nas.office.lan"), QStringLiteral("192.168.1.20"),
                                          QStringLiteral("fd00::20"), QStringLiteral("NAS")}
                           << QStringList{QStringLiteral("nas.office.lan"), QStringLiteral("nas")}
                           << QStringList{QStringLiteral("192.168.1.20"), QStringLiteral("fd00::20")} << "";
    QTest::newRow("duplicates and blanks")
        << QStringList{QStringLiteral("a.lan"), QStringLiteral(" A.lan "), QString(), QStringLiteral("10.0.0.1"),
                       QStringLiteral("10.0.0.1")}
        << QStringList{QStringLiteral("a.lan")} << QStringList{QStringLiteral("10.0.0.1")} << "";
    QTest::newRow("short address form is a name, and invalid")
        << QStringList{QStringLiteral("10.1")} << QStringList() << QStringList() << "invalid-name";
    QTest::newRow("invalid") << QStringList{QStringLiteral("ok.lan"), QStringLiteral("not ok")} << QStringList()
                             << QStringList() << "invalid-name";
    QTest::newRow("none") << QStringList{QStringLiteral("  ")} << QStringList() << QStringList() << "no-names";
}

void TestCertificateNames::splitsNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, dnsNames);
    QFETCH(QStringList, ipAddresses);
    QFETCH(QString, error);

    QStringList dns;
    QStringList ips;
    const std::optional<CertificateError> result = CertificateNames::split(names, dns, ips);
    QCOMPARE(result ? CertificateError::codeName(result->code) : QString(), error);
    if (!result) {
        QCOMPARE(dns, dnsNames);
        QCOMPARE(ips, ipAddresses);
    }
}

void TestCertificateNames::coversByWildcard_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("covers");

    QTest::newRow("one label") << "*.example.com"
                               << "www.example.com" << true;
    QTest::newRow("case") << "*.example.com"
                          << "WWW.EXAMPLE.COM" << true;
    QTest::newRow("two labels") << "*.example.com"
                                << "a.b.example.com" << false;
    QTest::newRow("the base") << "*.example.com"
                              << "example.com" << false;
    QTest::newRow("suffix without dot") << "*.example.com"
                                        << "wwwexample.com" << false;
    QTest::newRow("not a wildcard") << "www.example.com"
                                    << "www.example.com" << false;
    QTest::newRow("empty label") << "*.example.com"
                                 << ".example.com" << false;
}

void TestCertificateNames::coversByWildcard()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, covers);
    QCOMPARE(CertificateNames::wildcardCovers(pattern, host), covers);
}

void TestCertificateNames::normalizesHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("name") << "Shop.Example.COM."
                          << "shop.example.com";
    QTest::newRow("IPv4") << "192.0.2.1"
                          << "192.0.2.1";
    QTest::newRow("IPv6 in brackets") << "[2001:DB8::1]"
                                      << "2001:db8::1";
    QTest::newRow("IPv6 long form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                    << "2001:db8::1";
}

void TestCertificateNames::normalizesHosts()
{
    QFETCH(QString, host);
    QFETCH(QString, normalized);
    QCOMPARE(CertificateNames::normalizedHost(host), normalized);
}

QTEST_GUILESS_MAIN(TestCertificateNames)
#include "TestCertificateNames.moc"
