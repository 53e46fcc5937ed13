// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "ManualClock.h"
#include "tls/CertificateFactory.h"
#include "tls/CertificateStore.h"
#include "tls/PemParser.h"
#include "tls/X509Reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using Portico::Test::CertificateTestData;

Q_DECLARE_METATYPE(Portico::CertificateKeyType)

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

OpenSsl::X509Ptr firstCertificate(const QByteArray& pem)
{
    OpenSsl::X509List certificates = X509Reader::readCertificates(pem);
    return certificates.empty() ? OpenSsl::X509Ptr() : std::move(certificates.front());
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QString describe(const CertificateResult& result)
{
    return result.error ? result.error->toString() : QString();
}

} // namespace

// Certificates the store makes itself: self-signed ones, and the local CA with what it issues. Each is checked
// the way a client checks it, with OpenSSL's X509_verify_cert.
class TestCertificateIssuance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsSelfSigned_data();
    void createsSelfSigned();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void createsLocalCa();
    void keepsOneLocalCa();
    void issuesFromLocalCa_data();
    void issuesFromLocalCa();
    void refusesLocalCaLeafBeyondBrowserLimit();
    void refusesWithoutLocalCa();
    void limitsLocalCaToPermittedDomains();
    void refusesBadPermittedDomains();
    void endsLeafWithTheCa();
    void refusesIssuingFromExpiredCa();
    void exportsLocalCa();

private:
    QString storeDir() const { return m_dir->filePath(QStringLiteral("certificates")); }
    QByteArray caPem(const CertificateStore& store) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
};

void TestCertificateIssuance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>();
}

void TestCertificateIssuance::cleanup()
{
    m_dir.reset();
    m_clock.reset();
}

QByteArray TestCertificateIssuance::caPem(const CertificateStore& store) const
{
    return store.exportLocalCa(CertificateStore::ExportFormat::Pem).data;
}

void TestCertificateIssuance::createsSelfSigned_data()
{
    QTest::addColumn<CertificateKeyType>("keyType");
    QTest::addColumn<QString>("keyDescription");
    QTest::newRow("ECDSA P-256 (default)") << CertificateKeyType::EcdsaP256 << "ECDSA P-256";
    QTest::newRow("RSA 2048") << CertificateKeyType::Rsa2048 << "RSA 2048";
}

void TestCertificateIssuance::createsSelfSigned()
{
    QFETCH(CertificateKeyType, keyType);
    QFETCH(QString, keyDescription);

    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"nas.office.lan", "192.168.1.20", "fd00::20"});
    options.validityDays = 825;
    options.keyType = keyType;
    const CertificateResult result = store.createSelfSigned(options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));

    const std::optional<CertificateEntry> entry = store.entry(result.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->kind, CertificateEntryKind::Certificate);
    QCOMPARE(entry->source, CertificateSource::SelfSigned);
    QCOMPARE(entry->name, QStringLiteral("nas.office.lan"));
    const CertificateInfo& info = entry->info;
    QCOMPARE(info.commonName, QStringLiteral("nas.office.lan"));
    QCOMPARE(info.dnsNames, strings({"nas.office.lan"}));
    QCOMPARE(info.ipAddresses, strings({"192.168.1.20", "fd00::20"}));
    QCOMPARE(info.keyType(), keyDescription);
    QVERIFY(info.selfSigned);
    QVERIFY(!info.ca);
    QCOMPARE(info.notAfter, m_clock->now().addDays(825));
    QCOMPARE(info.notBefore, m_clock->now().addSecs(-3600));
    QCOMPARE(info.serialNumber.size() >= 30, true); // random, about 159 bits
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);

    const QByteArray pem = readFile(store.certificateFile(result.id));
    OpenSsl::X509Ptr certificate = firstCertificate(pem);
    QVERIFY(certificate);
    QVERIFY(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_SERVER);
    QVERIFY(X509_get_key_usage(certificate.get()) & KU_DIGITAL_SIGNATURE);
    QCOMPARE(X509_check_ca(certificate.get()), 0);
    // Trusted as itself, it verifies for each of its names.
    for (const QString& host : strings({"nas.office.lan", "192.168.1.20", "fd00::20"}))
        QCOMPARE(CertificateTestData::verify(pem, pem, host, m_clock->now()), QString());
    QVERIFY(!CertificateTestData::verify(pem, pem, QStringLiteral("other.office.lan"), m_clock->now()).isEmpty());
    QCOMPARE(store.findFor(QStringLiteral("nas.office.lan")), result.id);
}

void TestCertificateIssuance::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("args");

    QTest::newRow("no names") << QStringList() << 365 << "no-names" << QStringList();
    QTest::newRow("invalid name") << strings({"ok.lan", "not ok"}) << 365 << "invalid-name" << strings({"not ok"});
    QTest::newRow("zero days") << strings({"ok.lan"}) << 0 << "invalid-validity" << strings({"0", "1", "3650"});
    QTest::newRow("too many days") << strings({"ok.lan"}) << 3651 << "invalid-validity"
                                   << strings({"3651", "1", "3650"});
}

void TestCertificateIssuance::refusesBadOptions()
{
    QFETCH(QStringList, names);
    QFETCH(int, days);
    QFETCH(QString, code);
    QFETCH(QStringList, args);

    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = names;
    options.validityDays = days;
    const CertificateResult result = store.createSelfSigned(options);
    QVERIFY(!result.ok());
    QCOMPARE(CertificateError::codeName(result.error->code), code);
    QCOMPARE(result.error->args, args);
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateIssuance::createsLocalCa()
{
    CertificateStore store(storeDir(), *m_clock);
    QCOMPARE(store.localCaId(), QString());
    const CertificateResult result = store.createLocalCa(QStringLiteral("  Main   Office "));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(store.localCaId(), result.id);

    const std::optional<CertificateEntry> entry = store.entry(result.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->kind, CertificateEntryKind::LocalCa);
    QCOMPARE(entry->source, CertificateSource::LocalCa);
    const QString name = QStringLiteral("Portico Local CA \u2013 Main Office");
    QCOMPARE(entry->name, name);
    QCOMPARE(entry->info.commonName, name);
    QVERIFY(entry->info.ca);
    QVERIFY(entry->info.selfSigned);
    QCOMPARE(entry->info.keyType(), QStringLiteral("ECDSA P-256"));
    QCOMPARE(entry->info.notAfter, m_clock->now().addDays(CertificateStore::localCaDays));
    QVERIFY(entry->info.notAfter >= m_clock->now().addYears(10));
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);

    OpenSsl::X509Ptr ca = firstCertificate(readFile(store.certificateFile(result.id)));
    QVERIFY(ca);
    QCOMPARE(X509_check_ca(ca.get()), 1);
    QCOMPARE(X509_get_pathlen(ca.get()), 0L);
    QCOMPARE(X509_get_key_usage(ca.get()), static_cast<uint32_t>(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    const int basicConstraints = X509_get_ext_by_NID(ca.get(), NID_basic_constraints, -1);
    QVERIFY(basicConstraints >= 0);
    QCOMPARE(X509_EXTENSION_get_critical(X509_get_ext(ca.get(), basicConstraints)), 1);
    QCOMPARE(X509_get_ext_by_NID(ca.get(), NID_name_constraints, -1), -1);
}

void TestCertificateIssuance::keepsOneLocalCa()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString first = store.createLocalCa(QStringLiteral("Office")).id;
    const CertificateResult second = store.createLocalCa(QStringLiteral("Office 2"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error->code, CertificateErrorCode::LocalCaExists);
    QCOMPARE(second.error->args, QStringList{first});
    QCOMPARE(store.list().size(), 1);
    // Once removed, a new one can be made.
    QVERIFY(store.remove(first).ok());
    QVERIFY(store.createLocalCa(QStringLiteral("Office 2")).ok());
}

void TestCertificateIssuance::issuesFromLocalCa_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("hosts"); // each must verify
    QTest::addColumn<CertificateKeyType>("keyType");

    QTest::newRow("name and address") << strings({"nas.office.lan", "192.168.1.20"})
                                      << strings({"nas.office.lan", "192.168.1.20"}) << CertificateKeyType::EcdsaP256;
    QTest::newRow("wildcard") << strings({"*.office.lan"}) << strings({"files.office.lan", "wiki.office.lan"})
                              << CertificateKeyType::EcdsaP256;
    QTest::newRow("address only") << strings({"10.0.0.5"}) << strings({"10.0.0.5"}) << CertificateKeyType::EcdsaP256;
    QTest::newRow("RSA key") << strings({"printer"}) << strings({"printer"}) << CertificateKeyType::Rsa2048;
}

void TestCertificateIssuance::issuesFromLocalCa()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, hosts);
    QFETCH(CertificateKeyType, keyType);

    CertificateStore store(storeDir(), *m_clock);
    QVERIFY(store.createLocalCa(QStringLiteral("Office")).ok());
    NewCertificateOptions options;
    options.names = names;
    options.validityDays = CertificateStore::maxLocalCaLeafDays;
    options.keyType = keyType;
    const CertificateResult result = store.issueFromLocalCa(options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));

    const std::optional<CertificateEntry> entry = store.entry(result.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->kind, CertificateEntryKind::Certificate);
    QCOMPARE(entry->source, CertificateSource::LocalCa);
    QVERIFY(!entry->info.selfSigned);
    QVERIFY(!entry->info.ca);
    QCOMPARE(entry->info.issuerCommonName, QStringLiteral("Portico Local CA \u2013 Office"));
    QCOMPARE(entry->info.notAfter, m_clock->now().addDays(397));
    QVERIFY(entry->info.chain.isEmpty()); // clients hold the CA; it is not sent
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);

    const QByteArray pem = readFile(store.certificateFile(result.id));
    OpenSsl::X509Ptr leaf = firstCertificate(pem);
    QVERIFY(X509_get_extended_key_usage(leaf.get()) & XKU_SSL_SERVER);
    QCOMPARE(X509_check_ca(leaf.get()), 0);
    for (const QString& host : std::as_const(hosts))
        QCOMPARE(CertificateTestData::verify(pem, caPem(store), host, m_clock->now()), QString());
    QCOMPARE(CertificateTestData::verify(pem, caPem(store), QStringLiteral("elsewhere.example.com"), m_clock->now()),
             QStringLiteral("hostname mismatch"));
    // Not trusted without the local CA: the test root knows nothing of it.
    QVERIFY(!CertificateTestData::verify(pem, CertificateTestData::read(QStringLiteral("root.pem")), QString(),
                                         m_clock->now())
                 .isEmpty());
}

void TestCertificateIssuance::refusesLocalCaLeafBeyondBrowserLimit()
{
    CertificateStore store(storeDir(), *m_clock);
    QVERIFY(store.createLocalCa(QStringLiteral("Office")).ok());
    NewCertificateOptions options;
    options.names = strings({"nas.office.lan"});
    options.validityDays = 398;
    const CertificateResult result = store.issueFromLocalCa(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, CertificateErrorCode::InvalidValidity);
    QCOMPARE(result.error->args, strings({"398", "1", "397"}));
    QCOMPARE(store.list().size(), 1);
}

void TestCertificateIssuance::refusesWithoutLocalCa()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"nas.office.lan"});
    QCOMPARE(store.issueFromLocalCa(options).error->code, CertificateErrorCode::NoLocalCa);
    QCOMPARE(store.exportLocalCa(CertificateStore::ExportFormat::Pem).error->code, CertificateErrorCode::NoLocalCa);
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateIssuance::limitsLocalCaToPermittedDomains()
{
    CertificateStore store(storeDir(), *m_clock);
    const CertificateResult ca = store.createLocalCa(QStringLiteral("Office"), strings({"office.lan", "Home.Arpa"}));
    QVERIFY2(ca.ok(), qPrintable(describe(ca)));
    OpenSsl::X509Ptr caCertificate = firstCertificate(caPem(store));
    const int constraints = X509_get_ext_by_NID(caCertificate.get(), NID_name_constraints, -1);
    QVERIFY(constraints >= 0);
    QCOMPARE(X509_EXTENSION_get_critical(X509_get_ext(caCertificate.get(), constraints)), 1);

    NewCertificateOptions options;
    for (const QStringList& names : {strings({"printer.office.lan"}), strings({"*.office.lan", "nas.home.arpa"}),
                                     strings({"office.lan"}), strings({"10.0.0.5"})}) {
        options.names = names;
        const CertificateResult result = store.issueFromLocalCa(options);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QByteArray pem = readFile(store.certificateFile(result.id));
        QCOMPARE(CertificateTestData::verify(pem, caPem(store), QString(), m_clock->now()), QString());
    }

    options.names = strings({"nas.office.lan", "www.example.com"});
    const CertificateResult outside = store.issueFromLocalCa(options);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error->code, CertificateErrorCode::NameNotPermitted);
    QCOMPARE(outside.error->args, strings({"www.example.com", "office.lan, home.arpa"}));
    options.names = strings({"evil-office.lan"});
    QCOMPARE(store.issueFromLocalCa(options).error->code, CertificateErrorCode::NameNotPermitted);

    // The constraint binds clients too: a certificate for another name, signed with the CA key by other means,
    // does not verify.
    QFile keyFile(store.keyFile(ca.id));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    PemParser::Material caKey;
    QVERIFY(!PemParser::parse(keyFile.readAll(), QString(), caKey));
    OpenSsl::EvpPkeyPtr leafKey = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
    CertificateFactory::Subject subject{QStringLiteral("www.example.com"), strings({"www.example.com"}), {}};
    OpenSsl::X509Ptr forged =
        CertificateFactory::issue(leafKey.get(), subject, caCertificate.get(), caKey.keys.front().get(),
                                  m_clock->now().addSecs(-60), m_clock->now().addDays(30));
    QVERIFY(forged);
    QCOMPARE(CertificateTestData::verify(OpenSsl::toPem(forged.get()), caPem(store), QString(), m_clock->now()),
             QStringLiteral("permitted subtree violation"));
}

void TestCertificateIssuance::refusesBadPermittedDomains()
{
    CertificateStore store(storeDir(), *m_clock);
    for (const char* domain : {"*.office.lan", "bad domain", "a,DNS:b"}) {
        const CertificateResult result = store.createLocalCa(QStringLiteral("Office"), strings({"ok.lan", domain}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, CertificateErrorCode::InvalidName);
        QCOMPARE(result.error->args, strings({domain}));
    }
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateIssuance::endsLeafWithTheCa()
{
    CertificateStore store(storeDir(), *m_clock);
    QVERIFY(store.createLocalCa(QStringLiteral("Office")).ok());
    const QDateTime caEnd = store.info(store.localCaId()).notAfter;
    // 100 days before the CA ends, a 397-day certificate is cut to the CA's end.
    m_clock->advance(m_clock->now().msecsTo(caEnd.addDays(-100)));
    NewCertificateOptions options;
    options.names = strings({"nas.office.lan"});
    options.validityDays = 397;
    const CertificateResult result = store.issueFromLocalCa(options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(store.info(result.id).notAfter, caEnd);
}

void TestCertificateIssuance::refusesIssuingFromExpiredCa()
{
    CertificateStore store(storeDir(), *m_clock);
    QVERIFY(store.createLocalCa(QStringLiteral("Office")).ok());
    const QDateTime caEnd = store.info(store.localCaId()).notAfter;
    m_clock->advance(m_clock->now().msecsTo(caEnd.addDays(1)));
    NewCertificateOptions options;
    options.names = strings({"nas.office.lan"});
    const CertificateResult result = store.issueFromLocalCa(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, CertificateErrorCode::CertificateExpired);
    QCOMPARE(store.list().size(), 1);
}

void TestCertificateIssuance::exportsLocalCa()
{
    CertificateStore store(storeDir(), *m_clock);
    const CertificateResult ca = store.createLocalCa(QStringLiteral("Office"));
    QVERIFY(ca.ok());
    const CertificateInfo info = store.info(ca.id);

    const CertificateResult pem = store.exportLocalCa(CertificateStore::ExportFormat::Pem);
    QVERIFY(pem.ok());
    QCOMPARE(pem.id, ca.id);
    QVERIFY(pem.data.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!pem.data.contains("PRIVATE"));
    QCOMPARE(CertificateInfo::fromPem(pem.data).sha256Fingerprint, info.sha256Fingerprint);

    const CertificateResult der = store.exportLocalCa(CertificateStore::ExportFormat::Der);
    QVERIFY(der.ok());
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data.constData());
    OpenSsl::X509Ptr parsed(d2i_X509(nullptr, &cursor, static_cast<long>(der.data.size())));
    QVERIFY(parsed);
    QCOMPARE(X509Reader::fingerprint(parsed.get(), EVP_sha256()), info.sha256Fingerprint);
}

QTEST_GUILESS_MAIN(TestCertificateIssuance)
#include "TestCertificateIssuance.moc"
