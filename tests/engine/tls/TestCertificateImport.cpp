// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "ManualClock.h"
#include "tls/CertificateStore.h"
#include "tls/PemParser.h"
#include "tls/Pkcs12Reader.h"
#include "tls/X509Reader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace Portico;
using Portico::Test::CertificateTestData;

Q_DECLARE_METATYPE(Portico::CertificateErrorCode)

namespace {

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// QVERIFY2 evaluates its message even when the check passes.
QString describe(const CertificateResult& result)
{
    return result.error ? result.error->toString() : QString();
}

} // namespace

// PEM and PKCS#12 imports: every accepted shape of input ends as leaf + ordered chain + matching key; every
// broken input is refused with its own code and leaves the store folder empty.
class TestCertificateImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsPem_data();
    void importsPem();
    void refusesBrokenPem_data();
    void refusesBrokenPem();
    void storesExpiredCertificateWhenAllowed();
    void refusesNotYetValidCertificate();
    void importsPkcs12_data();
    void importsPkcs12();
    void refusesBrokenPkcs12_data();
    void refusesBrokenPkcs12();
    void writesKeyOwnerOnlyWhateverTheUmask();
    void takesNameAndSource();

private:
    QString storeDir() const { return m_dir->filePath(QStringLiteral("certificates")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    // 2026-01-01: inside the 2025-2125 validity of the test certificates, after the expired one.
    Test::ManualClock m_clock;
};

void TestCertificateImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCertificateImport::cleanup()
{
    m_dir.reset();
}

void TestCertificateImport::importsPem_data()
{
    QTest::addColumn<QString>("certificates");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("leafName");
    QTest::addColumn<QStringList>("chainNames");
    QTest::addColumn<QString>("keyType");

    const QStringList intermediate{QStringLiteral("Portico Test Intermediate")};
    const QString ecdsa = QStringLiteral("ECDSA P-256");
    const QString leaf = QStringLiteral("www.example.test");
    QTest::newRow("chain and separate key") << "chain.pem"
                                            << "leaf.key"
                                            << "" << leaf << intermediate << ecdsa;
    QTest::newRow("chain in the wrong order") << "chain-wrong-order.pem"
                                              << "leaf.key"
                                              << "" << leaf << intermediate << ecdsa;
    QTest::newRow("root first, leaf in the middle")
        << "chain-with-root-first.pem"
        << "leaf.key"
        << "" << leaf << QStringList{QStringLiteral("Portico Test Intermediate"), QStringLiteral("Portico Test Root")}
        << ecdsa;
    QTest::newRow("key and chain in one file") << "combined.pem"
                                               << ""
                                               << "" << leaf << intermediate << ecdsa;
    QTest::newRow("one file given twice") << "combined.pem"
                                          << "combined.pem"
                                          << "" << leaf << intermediate << ecdsa;
    QTest::newRow("leaf alone") << "leaf.pem"
                                << "leaf.key"
                                << "" << leaf << QStringList() << ecdsa;
    QTest::newRow("DER certificate") << "leaf.der"
                                     << "leaf.key"
                                     << "" << leaf << QStringList() << ecdsa;
    QTest::newRow("encrypted PKCS#8 key")
        << "chain.pem"
        << "encrypted.key" << CertificateTestData::secret() << leaf << intermediate << ecdsa;
    QTest::newRow("encrypted traditional key")
        << "chain.pem"
        << "encrypted-traditional.key" << CertificateTestData::secret() << leaf << intermediate << ecdsa;
    QTest::newRow("RSA 2048") << "rsa.pem"
                              << "rsa.key"
                              << ""
                              << "rsa.example.test" << QStringList() << "RSA 2048";
    QTest::newRow("Ed25519") << "ed25519.pem"
                             << "ed25519.key"
                             << ""
                             << "ed25519.example.test" << QStringList() << "Ed25519";
}

void TestCertificateImport::importsPem()
{
    QFETCH(QString, certificates);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    QFETCH(QString, leafName);
    QFETCH(QStringList, chainNames);
    QFETCH(QString, keyType);

    CertificateStore store(storeDir(), m_clock);
    CertificateImportOptions options;
    options.passphrase = passphrase;
    const CertificateResult result = store.importPemFiles(
        CertificateTestData::path(certificates), key.isEmpty() ? QString() : CertificateTestData::path(key), options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));

    const QList<CertificateEntry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    const CertificateEntry& entry = entries.first();
    QCOMPARE(entry.id, result.id);
    QCOMPARE(entry.kind, CertificateEntryKind::Certificate);
    QCOMPARE(entry.source, CertificateSource::Imported);
    QCOMPARE(entry.name, leafName);
    QCOMPARE(entry.created, m_clock.now());
    QCOMPARE(entry.info.commonName, leafName);
    QCOMPARE(entry.info.keyType(), keyType);
    QStringList storedChain;
    for (const CertificateChainEntry& link : entry.info.chain)
        storedChain.append(link.subject.section(QStringLiteral("CN="), 1).section(u',', 0, 0));
    QCOMPARE(storedChain, chainNames);

    // The stored files are the ordered chain and the one key that matches its leaf.
    QFile certificateFile(store.certificateFile(result.id));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const OpenSsl::X509List chain = X509Reader::readCertificates(certificateFile.readAll());
    QCOMPARE(chain.size(), static_cast<std::size_t>(chainNames.size() + 1));
    for (std::size_t i = 1; i < chain.size(); ++i)
        QVERIFY(X509Reader::issued(chain[i].get(), chain[i - 1].get()));
    QFile keyFile(store.keyFile(result.id));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyPem = keyFile.readAll();
    QVERIFY(keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    PemParser::Material material;
    QVERIFY(!PemParser::parse(keyPem, QString(), material));
    QCOMPARE(material.keys.size(), std::size_t(1));
    QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(chain.front().get()), material.keys.front().get()), 1);
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);
    QCOMPARE(CertificateTestData::mode(QFileInfo(store.keyFile(result.id)).path()), 0700);
}

void TestCertificateImport::refusesBrokenPem_data()
{
    QTest::addColumn<QString>("certificates");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<CertificateErrorCode>("code");
    QTest::addColumn<QStringList>("args");

    using Code = CertificateErrorCode;
    const QString secret = CertificateTestData::secret();
    QTest::newRow("garbage") << "garbage.bin"
                             << ""
                             << "" << Code::InvalidData << strings({"pem"});
    QTest::newRow("garbage key file") << "chain.pem"
                                      << "garbage.bin"
                                      << "" << Code::InvalidData << strings({"pem"});
    QTest::newRow("armour around garbage") << "broken-armour.pem"
                                           << "leaf.key"
                                           << "" << Code::InvalidData << strings({"certificate", "1"});
    QTest::newRow("cut-off certificate") << "truncated.pem"
                                         << "leaf.key"
                                         << "" << Code::InvalidData << strings({"pem-block", "1"});
    QTest::newRow("no certificate") << "leaf.key"
                                    << ""
                                    << "" << Code::NoCertificate << QStringList();
    QTest::newRow("no key") << "chain.pem"
                            << ""
                            << "" << Code::NoPrivateKey << QStringList();
    QTest::newRow("key does not match") << "chain.pem"
                                        << "mismatched.key"
                                        << "" << Code::KeyMismatch << QStringList();
    QTest::newRow("expired") << "expired.pem"
                             << "expired.key"
                             << "" << Code::CertificateExpired << strings({"old.example.test", "2021-01-01T00:00:00Z"});
    QTest::newRow("chain does not link up") << "chain-broken.pem"
                                            << "leaf.key"
                                            << "" << Code::ChainBroken << strings({"Other Test Intermediate"});
    QTest::newRow("DSA key") << "dsa.pem"
                             << "dsa.key"
                             << "" << Code::UnsupportedKeyType << strings({"DSA"});
    QTest::newRow("RSA 1024") << "weak-rsa1024.pem"
                              << "weak-rsa1024.key"
                              << "" << Code::KeyTooWeak << strings({"1024", "2048"});
    QTest::newRow("encrypted key, no passphrase") << "chain.pem"
                                                  << "encrypted.key"
                                                  << "" << Code::PassphraseRequired << QStringList();
    QTest::newRow("encrypted key, wrong passphrase") << "chain.pem"
                                                     << "encrypted.key"
                                                     << "wrong" << Code::WrongPassphrase << QStringList();
    QTest::newRow("traditional encrypted key, no passphrase") << "chain.pem"
                                                              << "encrypted-traditional.key"
                                                              << "" << Code::PassphraseRequired << QStringList();
    QTest::newRow("traditional encrypted key, wrong passphrase")
        << "chain.pem"
        << "encrypted-traditional.key" << secret + QStringLiteral("x") << Code::WrongPassphrase << QStringList();
}

void TestCertificateImport::refusesBrokenPem()
{
    QFETCH(QString, certificates);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    QFETCH(CertificateErrorCode, code);
    QFETCH(QStringList, args);

    CertificateStore store(storeDir(), m_clock);
    CertificateImportOptions options;
    options.passphrase = passphrase;
    const CertificateResult result = store.importPemFiles(
        CertificateTestData::path(certificates), key.isEmpty() ? QString() : CertificateTestData::path(key), options);
    QVERIFY(!result.ok());
    QCOMPARE(CertificateError::codeName(result.error->code), CertificateError::codeName(code));
    QCOMPARE(result.error->args, args);
    QVERIFY(!result.error->message().isEmpty());
    QVERIFY(result.id.isEmpty());
    QVERIFY(store.list().isEmpty());
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateImport::storesExpiredCertificateWhenAllowed()
{
    CertificateStore store(storeDir(), m_clock);
    CertificateImportOptions options;
    options.allowExpired = true;
    const CertificateResult result =
        store.importPemFiles(CertificateTestData::path(QStringLiteral("expired.pem")),
                             CertificateTestData::path(QStringLiteral("expired.key")), options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const CertificateInfo info = store.info(result.id);
    QCOMPARE(info.commonName, QStringLiteral("old.example.test"));
    QVERIFY(!info.isValidAt(m_clock.now()));
    QVERIFY(info.daysLeft(m_clock.now()) < 0);
}

void TestCertificateImport::refusesNotYetValidCertificate()
{
    // In 2024 the test chain (from 2025) is not valid yet.
    Test::ManualClock early(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    CertificateStore store(storeDir(), early);
    const CertificateResult result = store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                                          CertificateTestData::path(QStringLiteral("leaf.key")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, CertificateErrorCode::CertificateNotYetValid);
    QCOMPARE(result.error->args,
             (QStringList{QStringLiteral("www.example.test"), QStringLiteral("2025-01-01T00:00:00Z")}));
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateImport::importsPkcs12_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("legacy");

    QTest::newRow("AES-256 and PBKDF2") << "bundle.p12" << false;
    QTest::newRow("RC2 and 3DES (legacy)") << "legacy.p12" << true;
}

void TestCertificateImport::importsPkcs12()
{
    QFETCH(QString, file);
    QFETCH(bool, legacy);
    if (legacy && !Pkcs12Reader::legacyProviderAvailable())
        QSKIP("OpenSSL's legacy provider is not installed");

    CertificateStore store(storeDir(), m_clock);
    const CertificateResult result =
        store.importPkcs12File(CertificateTestData::path(file), CertificateTestData::secret());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const CertificateInfo info = store.info(result.id);
    QCOMPARE(info.commonName, QStringLiteral("www.example.test"));
    QCOMPARE(info.chain.size(), 1);
    QVERIFY(info.chain.first().subject.contains(QStringLiteral("CN=Portico Test Intermediate")));
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);
    // The key came out of the PKCS#12 container intact: the TLS layer can pair it with the certificate.
    QCOMPARE(CertificateTestData::verify(CertificateTestData::read(QStringLiteral("chain.pem")),
                                         CertificateTestData::read(QStringLiteral("root.pem")),
                                         QStringLiteral("www.example.test"), m_clock.now()),
             QString());
}

void TestCertificateImport::refusesBrokenPkcs12_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::addColumn<CertificateErrorCode>("code");

    QTest::newRow("wrong password") << "bundle.p12"
                                    << "wrong" << CertificateErrorCode::WrongPkcs12Password;
    QTest::newRow("no password") << "bundle.p12"
                                 << "" << CertificateErrorCode::WrongPkcs12Password;
    QTest::newRow("legacy, wrong password") << "legacy.p12"
                                            << "wrong" << CertificateErrorCode::WrongPkcs12Password;
    QTest::newRow("garbage") << "garbage.bin" << CertificateTestData::secret() << CertificateErrorCode::InvalidData;
    QTest::newRow("PEM, not PKCS#12") << "chain.pem" << CertificateTestData::secret()
                                      << CertificateErrorCode::InvalidData;
}

void TestCertificateImport::refusesBrokenPkcs12()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    QFETCH(CertificateErrorCode, code);

    CertificateStore store(storeDir(), m_clock);
    const CertificateResult result = store.importPkcs12File(CertificateTestData::path(file), password);
    QVERIFY(!result.ok());
    QCOMPARE(CertificateError::codeName(result.error->code), CertificateError::codeName(code));
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateImport::writesKeyOwnerOnlyWhateverTheUmask()
{
    // With umask 0 a plain create would make the key world-readable; the store must not depend on the umask.
    const mode_t previous = ::umask(0);
    CertificateStore store(storeDir(), m_clock);
    const CertificateResult result =
        store.importPemFiles(CertificateTestData::path(QStringLiteral("combined.pem")), QString());
    ::umask(previous);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(CertificateTestData::mode(store.keyFile(result.id)), 0600);
    QCOMPARE(CertificateTestData::mode(QFileInfo(store.keyFile(result.id)).path()), 0700);
    QCOMPARE(CertificateTestData::mode(storeDir()), 0700);
}

void TestCertificateImport::takesNameAndSource()
{
    CertificateStore store(storeDir(), m_clock);
    CertificateImportOptions options;
    options.name = QStringLiteral("Shop front");
    options.source = CertificateSource::Acme;
    const CertificateResult result = store.importPem(CertificateTestData::read(QStringLiteral("chain.pem")),
                                                     CertificateTestData::read(QStringLiteral("leaf.key")), options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const std::optional<CertificateEntry> entry = store.entry(result.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->name, QStringLiteral("Shop front"));
    QCOMPARE(entry->source, CertificateSource::Acme);
}

QTEST_GUILESS_MAIN(TestCertificateImport)
#include "TestCertificateImport.moc"
