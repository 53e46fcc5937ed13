// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "ManualClock.h"
#include "tls/CertificateStore.h"
#include "tls/PemParser.h"
#include "tls/X509Reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>

#include <memory>

using namespace Portico;
using Portico::Test::CertificateTestData;

namespace {

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

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

OpenSsl::X509ReqPtr parseRequest(const QByteArray& pem)
{
    OpenSsl::BioPtr bio = OpenSsl::readBio(pem);
    return OpenSsl::X509ReqPtr(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
}

// What a commercial CA does with a request: a certificate with the request's subject, key and extensions,
// signed by the test intermediate.
QByteArray signRequest(const QByteArray& requestPem, const QDateTime& notBefore, const QDateTime& notAfter)
{
    OpenSsl::X509ReqPtr request = parseRequest(requestPem);
    OpenSsl::X509List issuer =
        X509Reader::readCertificates(CertificateTestData::read(QStringLiteral("intermediate.pem")));
    PemParser::Material issuerKey;
    if (!request || issuer.empty() ||
        PemParser::parse(CertificateTestData::read(QStringLiteral("intermediate.key")), QString(), issuerKey))
        return QByteArray();
    OpenSsl::X509Ptr certificate(X509_new());
    OpenSsl::EvpPkeyPtr publicKey(X509_REQ_get_pubkey(request.get()));
    X509_set_version(certificate.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 4242);
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.front().get()));
    X509_set_subject_name(certificate.get(), X509_REQ_get_subject_name(request.get()));
    X509_set_pubkey(certificate.get(), publicKey.get());
    ASN1_TIME_set(X509_getm_notBefore(certificate.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(certificate.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    OpenSsl::ExtensionStackPtr extensions(X509_REQ_get_extensions(request.get()));
    for (int i = 0; i < sk_X509_EXTENSION_num(extensions.get()); ++i)
        X509_add_ext(certificate.get(), sk_X509_EXTENSION_value(extensions.get(), i), -1);
    if (X509_sign(certificate.get(), issuerKey.keys.front().get(), EVP_sha256()) <= 0)
        return QByteArray();
    return OpenSsl::toPem(certificate.get());
}

} // namespace

// A key and request made here for a commercial CA, and the CA's answer turning the request into a certificate.
class TestCertificateRequest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsRequest();
    void refusesBadNames();
    void importsAnswer_data();
    void importsAnswer();
    void findsPendingRequestByKey();
    void refusesBadAnswer_data();
    void refusesBadAnswer();
    void refusesExpiredAnswer();

private:
    QString storeDir() const { return m_dir->filePath(QStringLiteral("certificates")); }
    QByteArray answerFor(const QByteArray& requestPem) const
    {
        return signRequest(requestPem, m_clock->now().addDays(-1), m_clock->now().addDays(90));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
};

void TestCertificateRequest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>();
}

void TestCertificateRequest::cleanup()
{
    m_dir.reset();
    m_clock.reset();
}

void TestCertificateRequest::createsRequest()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.name = QStringLiteral("Shop");
    options.names = strings({"shop.example.com", "www.shop.example.com", "203.0.113.7"});
    const CertificateResult result = store.createRequest(options);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.data.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    QCOMPARE(store.requestPem(result.id), result.data);

    const std::optional<CertificateEntry> entry = store.entry(result.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->kind, CertificateEntryKind::PendingRequest);
    QCOMPARE(entry->source, CertificateSource::Csr);
    QCOMPARE(entry->name, QStringLiteral("Shop"));
    QCOMPARE(entry->requestedNames, options.names);
    QVERIFY(entry->info.isNull());
    QCOMPARE(store.findFor(QStringLiteral("shop.example.com")), QString());
    const QString keyFile = QStringLiteral("%1/%2/key.pem").arg(storeDir(), result.id);
    QCOMPARE(CertificateTestData::mode(keyFile), 0600);

    // The request is signed by the kept key and asks for every name.
    OpenSsl::X509ReqPtr request = parseRequest(result.data);
    QVERIFY(request);
    OpenSsl::EvpPkeyPtr requestKey(X509_REQ_get_pubkey(request.get()));
    QCOMPARE(X509_REQ_verify(request.get(), requestKey.get()), 1);
    PemParser::Material kept;
    QVERIFY(!PemParser::parse(readFile(keyFile), QString(), kept));
    QCOMPARE(EVP_PKEY_eq(requestKey.get(), kept.keys.front().get()), 1);
    QCOMPARE(X509Reader::commonName(X509_REQ_get_subject_name(request.get())), QStringLiteral("shop.example.com"));
    OpenSsl::ExtensionStackPtr extensions(X509_REQ_get_extensions(request.get()));
    OpenSsl::GeneralNamesPtr altNames(
        static_cast<GENERAL_NAMES*>(X509V3_get_d2i(extensions.get(), NID_subject_alt_name, nullptr, nullptr)));
    QVERIFY(altNames);
    QCOMPARE(sk_GENERAL_NAME_num(altNames.get()), 3);
}

void TestCertificateRequest::refusesBadNames()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"shop example com"});
    const CertificateResult result = store.createRequest(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, CertificateErrorCode::InvalidName);
    QVERIFY(CertificateTestData::isEmptyFolder(storeDir()));
}

void TestCertificateRequest::importsAnswer_data()
{
    QTest::addColumn<bool>("intermediateFirst");
    QTest::addColumn<bool>("withId");

    QTest::newRow("leaf then intermediate, by id") << false << true;
    QTest::newRow("intermediate then leaf, by id") << true << true;
    QTest::newRow("leaf then intermediate, found by key") << false << false;
}

void TestCertificateRequest::importsAnswer()
{
    QFETCH(bool, intermediateFirst);
    QFETCH(bool, withId);

    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.name = QStringLiteral("Shop");
    options.names = strings({"shop.example.com"});
    const CertificateResult request = store.createRequest(options);
    QVERIFY(request.ok());
    const QDateTime created = m_clock->now();
    const QByteArray keyBefore = readFile(QStringLiteral("%1/%2/key.pem").arg(storeDir(), request.id));
    m_clock->advance(3600 * 1000);

    const QByteArray leaf = answerFor(request.data);
    QVERIFY(!leaf.isEmpty());
    const QByteArray intermediate = CertificateTestData::read(QStringLiteral("intermediate.pem"));
    const QByteArray answer = intermediateFirst ? intermediate + leaf : leaf + intermediate;
    const CertificateResult result = store.importRequestAnswer(withId ? request.id : QString(), answer);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.id, request.id);

    const std::optional<CertificateEntry> entry = store.entry(request.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->kind, CertificateEntryKind::Certificate);
    QCOMPARE(entry->source, CertificateSource::Csr);
    QCOMPARE(entry->name, QStringLiteral("Shop"));
    QCOMPARE(entry->created, created);
    QCOMPARE(entry->info.commonName, QStringLiteral("shop.example.com"));
    QCOMPARE(entry->info.chain.size(), 1);
    QCOMPARE(store.requestPem(request.id), QByteArray());
    QCOMPARE(store.findFor(QStringLiteral("shop.example.com")), request.id);
    QCOMPARE(readFile(store.keyFile(request.id)), keyBefore);
    QCOMPARE(CertificateTestData::mode(store.keyFile(request.id)), 0600);
    QCOMPARE(CertificateTestData::verify(readFile(store.certificateFile(request.id)),
                                         CertificateTestData::read(QStringLiteral("root.pem")),
                                         QStringLiteral("shop.example.com"), m_clock->now()),
             QString());
}

void TestCertificateRequest::findsPendingRequestByKey()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"one.example.com"});
    const CertificateResult first = store.createRequest(options);
    options.names = strings({"two.example.com"});
    const CertificateResult second = store.createRequest(options);
    QVERIFY(first.ok() && second.ok());

    CertificateImportOptions importOptions;
    importOptions.source = CertificateSource::Acme;
    const CertificateResult result = store.importRequestAnswer(QString(), answerFor(second.data), importOptions);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.id, second.id);
    QCOMPARE(store.entry(second.id)->source, CertificateSource::Acme);
    QCOMPARE(store.entry(first.id)->kind, CertificateEntryKind::PendingRequest);
}

void TestCertificateRequest::refusesBadAnswer_data()
{
    QTest::addColumn<QString>("answerFile");
    QTest::addColumn<QString>("target"); // "pending", "certificate" (an entry that is not pending) or "unknown"
    QTest::addColumn<QString>("code");

    QTest::newRow("certificate for another key") << "chain.pem"
                                                 << "pending"
                                                 << "key-mismatch";
    QTest::newRow("no pending request matches") << "chain.pem"
                                                << ""
                                                << "key-mismatch";
    QTest::newRow("garbage") << "garbage.bin"
                             << "pending"
                             << "invalid-data";
    QTest::newRow("no certificate") << "leaf.key"
                                    << "pending"
                                    << "no-certificate";
    QTest::newRow("entry is no request") << "chain.pem"
                                         << "certificate"
                                         << "wrong-entry-kind";
    QTest::newRow("unknown entry") << "chain.pem"
                                   << "unknown"
                                   << "not-found";
}

void TestCertificateRequest::refusesBadAnswer()
{
    QFETCH(QString, answerFile);
    QFETCH(QString, target);
    QFETCH(QString, code);

    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"shop.example.com"});
    const CertificateResult request = store.createRequest(options);
    const CertificateResult other = store.createSelfSigned(options);
    QVERIFY(request.ok() && other.ok());
    QString id;
    if (target == QLatin1String("pending"))
        id = request.id;
    else if (target == QLatin1String("certificate"))
        id = other.id;
    else if (target == QLatin1String("unknown"))
        id = QStringLiteral("0123456789abcdef");

    const CertificateResult result = store.importRequestAnswer(id, CertificateTestData::read(answerFile));
    QVERIFY(!result.ok());
    QCOMPARE(CertificateError::codeName(result.error->code), code);
    QCOMPARE(store.entry(request.id)->kind, CertificateEntryKind::PendingRequest);
    QCOMPARE(store.requestPem(request.id), request.data);
    QCOMPARE(store.list().size(), 2);
}

void TestCertificateRequest::refusesExpiredAnswer()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = strings({"shop.example.com"});
    const CertificateResult request = store.createRequest(options);
    const QByteArray stale = signRequest(request.data, m_clock->now().addDays(-100), m_clock->now().addDays(-10));
    const CertificateResult result = store.importRequestAnswer(request.id, stale);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, CertificateErrorCode::CertificateExpired);
    QCOMPARE(store.entry(request.id)->kind, CertificateEntryKind::PendingRequest);
}

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "TestCertificateRequest.moc"
