// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "ManualClock.h"
#include "tls/CertificateStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using Portico::Test::CertificateTestData;

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

// Pieces of a PEM private key that must never show up: every run of 16 characters of its base64 body (within a
// line), and every run of 16 bytes of its DER form written as hex.
QStringList fragmentsOf(const QByteArray& keyPem)
{
    constexpr qsizetype length = 16;
    QStringList fragments;
    QByteArray body;
    for (const QByteArray& raw : keyPem.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("-----") || line.contains(':') || line.isEmpty())
            continue;
        body += line;
        for (qsizetype i = 0; i + length <= line.size(); ++i)
            fragments.append(QString::fromLatin1(line.mid(i, length)));
    }
    const QString hex = QString::fromLatin1(QByteArray::fromBase64(body).toHex());
    for (qsizetype i = 0; i + 2 * length <= hex.size(); i += 2)
        fragments.append(hex.mid(i, 2 * length));
    return fragments;
}

} // namespace

// Every store operation, successful or refused, with all portico categories at debug level: no message and no
// error text may carry a private key, a passphrase or a password.
class TestCertificateSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void logsNoKeyMaterial();
};

void TestCertificateSecrets::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("portico.*=true"));
    g_previous = qInstallMessageHandler(capture);
}

void TestCertificateSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestCertificateSecrets::logsNoKeyMaterial()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Test::ManualClock clock;
    CertificateStore store(dir.filePath(QStringLiteral("certificates")), clock);
    const QString wrongSecret = QStringLiteral("wrong-secret-4711");
    QStringList errors;
    auto record = [&errors](const CertificateResult& result) {
        if (result.error)
            errors << result.error->toString() << result.error->message() << result.error->args;
        return result;
    };

    // Imports, good and refused, with and without passphrases and passwords.
    CertificateImportOptions options;
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                CertificateTestData::path(QStringLiteral("leaf.key")), options));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                CertificateTestData::path(QStringLiteral("mismatched.key")), options));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("dsa.pem")),
                                CertificateTestData::path(QStringLiteral("dsa.key")), options));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("weak-rsa1024.pem")),
                                CertificateTestData::path(QStringLiteral("weak-rsa1024.key")), options));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                CertificateTestData::path(QStringLiteral("encrypted.key")), options));
    options.passphrase = wrongSecret;
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                CertificateTestData::path(QStringLiteral("encrypted-traditional.key")), options));
    options.passphrase = CertificateTestData::secret();
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                                CertificateTestData::path(QStringLiteral("encrypted.key")), options));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("expired.pem")),
                                CertificateTestData::path(QStringLiteral("expired.key")), {}));
    record(store.importPemFiles(CertificateTestData::path(QStringLiteral("rsa.pem")),
                                CertificateTestData::path(QStringLiteral("rsa.key")), {}));
    // The key as certificate data: the parser sees a key where a certificate belongs.
    record(store.importPem(CertificateTestData::read(QStringLiteral("leaf.key")), QByteArray()));
    record(store.importPkcs12File(CertificateTestData::path(QStringLiteral("bundle.p12")), wrongSecret));
    record(
        store.importPkcs12File(CertificateTestData::path(QStringLiteral("legacy.p12")), CertificateTestData::secret()));
    record(
        store.importPkcs12File(CertificateTestData::path(QStringLiteral("leaf.key")), CertificateTestData::secret()));

    // Everything the store makes.
    NewCertificateOptions made;
    made.names = QStringList{QStringLiteral("nas.office.lan"), QStringLiteral("192.168.1.20")};
    record(store.createSelfSigned(made));
    record(store.createLocalCa(QStringLiteral("Office"), QStringList{QStringLiteral("office.lan")}));
    record(store.issueFromLocalCa(made));
    made.names = QStringList{QStringLiteral("www.example.com")};
    record(store.issueFromLocalCa(made));
    const CertificateResult request = record(store.createRequest(made));
    record(store.importRequestAnswer(request.id, CertificateTestData::read(QStringLiteral("chain.pem"))));
    record(store.importRequestAnswer(request.id, CertificateTestData::read(QStringLiteral("leaf.key"))));
    const QString first = store.list().value(0).id;
    record(store.replacePem(first, CertificateTestData::read(QStringLiteral("rsa.pem")),
                            CertificateTestData::read(QStringLiteral("leaf.key"))));
    store.list();
    record(store.remove(first));

    // Every key involved: the inputs and everything the store wrote.
    QStringList fragments;
    for (const char* file : {"leaf.key", "rsa.key", "mismatched.key", "dsa.key", "weak-rsa1024.key", "expired.key",
                             "encrypted.key", "encrypted-traditional.key", "ed25519.key", "intermediate.key"})
        fragments += fragmentsOf(CertificateTestData::read(QString::fromLatin1(file)));
    int storedKeys = 0;
    QDirIterator keys(dir.path(), QStringList{QStringLiteral("key.pem")}, QDir::Files, QDirIterator::Subdirectories);
    while (keys.hasNext()) {
        QFile key(keys.next());
        QVERIFY(key.open(QIODevice::ReadOnly));
        fragments += fragmentsOf(key.readAll());
        ++storedKeys;
    }
    QVERIFY(storedKeys >= 6);
    QVERIFY(fragments.size() > 1000);
    // PEM armour ("-----BEGIN EC PRIVATE KEY-----"), not the words "private key" that error messages use.
    const QStringList forbidden{QStringLiteral("PRIVATE KEY-----"), CertificateTestData::secret(), wrongSecret};

    QStringList messages;
    {
        const QMutexLocker lock(&g_mutex);
        messages = g_messages;
    }
    // The handler saw the store's messages, refusals included, so the check below has something to check.
    QVERIFY(messages.size() >= 20);
    QVERIFY(errors.size() >= 20);
    for (const QString& text : std::as_const(messages) + errors) {
        for (const QString& secret : forbidden)
            QVERIFY2(!text.contains(secret), qPrintable(text));
        for (const QString& fragment : std::as_const(fragments))
            QVERIFY2(!text.contains(fragment, Qt::CaseInsensitive), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCertificateSecrets)
#include "TestCertificateSecrets.moc"
