// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTestData.h"
#include "ManualClock.h"
#include "tls/CertificateStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using Portico::Test::CertificateTestData;

// The store as the TLS layer and the UI use it: listing, paths, lookup by host name, renewal, removal.
class TestCertificateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsEntriesOldestFirst();
    void givesPathsForCertificatesOnly();
    void refusesIdsOutsideTheStore_data();
    void refusesIdsOutsideTheStore();
    void removesEntries();
    void findsCertificateForHost_data();
    void findsCertificateForHost();
    void findsNothingOnceExpired();
    void prefersLongestLasting();
    void replacesCertificateKeepingId();
    void keepsOldCertificateWhenReplacementIsRefused();
    void skipsDamagedEntries();

private:
    QString storeDir() const { return m_dir->filePath(QStringLiteral("certificates")); }
    QString importFiles(CertificateStore& store, const QString& certificates, const QString& key,
                        bool allowExpired = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::ManualClock> m_clock;
};

void TestCertificateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<Test::ManualClock>();
}

void TestCertificateStore::cleanup()
{
    m_dir.reset();
    m_clock.reset();
}

QString TestCertificateStore::importFiles(CertificateStore& store, const QString& certificates, const QString& key,
                                          bool allowExpired)
{
    CertificateImportOptions options;
    options.allowExpired = allowExpired;
    const CertificateResult result =
        store.importPemFiles(CertificateTestData::path(certificates), CertificateTestData::path(key), options);
    if (!result.ok())
        qWarning("import of %s failed: %s", qPrintable(certificates), qPrintable(result.error->toString()));
    return result.id;
}

void TestCertificateStore::listsEntriesOldestFirst()
{
    CertificateStore store(storeDir(), *m_clock);
    QVERIFY(store.list().isEmpty());
    const QString first = importFiles(store, QStringLiteral("rsa.pem"), QStringLiteral("rsa.key"));
    m_clock->advance(1000);
    const QString second = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    m_clock->advance(1000);
    NewCertificateOptions options;
    options.names = QStringList{QStringLiteral("nas.office.lan")};
    const QString third = store.createSelfSigned(options).id;
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());

    const QList<CertificateEntry> entries = store.list();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).id, first);
    QCOMPARE(entries.at(1).id, second);
    QCOMPARE(entries.at(2).id, third);
    QCOMPARE(entries.at(2).source, CertificateSource::SelfSigned);
    QCOMPARE(entries.at(2).created, m_clock->now());
    // A second store over the same folder (the UI's and the engine's) sees the same entries.
    QCOMPARE(CertificateStore(storeDir(), *m_clock).list(), entries);
    QCOMPARE(store.info(second).commonName, QStringLiteral("www.example.test"));
}

void TestCertificateStore::givesPathsForCertificatesOnly()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString id = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    QCOMPARE(store.certificateFile(id), QDir(storeDir()).filePath(id + QStringLiteral("/certificate.pem")));
    QCOMPARE(store.keyFile(id), QDir(storeDir()).filePath(id + QStringLiteral("/key.pem")));
    QVERIFY(QFile::exists(store.certificateFile(id)));
    QVERIFY(QFile::exists(store.keyFile(id)));

    NewCertificateOptions options;
    options.names = QStringList{QStringLiteral("www.example.com")};
    const CertificateResult request = store.createRequest(options);
    QVERIFY(request.ok());
    QCOMPARE(store.certificateFile(request.id), QString());
    QCOMPARE(store.keyFile(request.id), QString());
    QVERIFY(store.info(request.id).isNull());
    QCOMPARE(store.certificateFile(QStringLiteral("0123456789abcdef")), QString());
}

void TestCertificateStore::refusesIdsOutsideTheStore_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent") << "..";
    QTest::newRow("path") << "../certificates";
    QTest::newRow("absolute") << "/etc";
    QTest::newRow("hidden staging folder") << ".staging-0123456789abcdef";
    QTest::newRow("upper case") << "0123456789ABCDEF";
    QTest::newRow("empty") << "";
}

void TestCertificateStore::refusesIdsOutsideTheStore()
{
    QFETCH(QString, id);
    CertificateStore store(storeDir(), *m_clock);
    importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    QVERIFY(!store.entry(id).has_value());
    QCOMPARE(store.certificateFile(id), QString());
    QCOMPARE(store.keyFile(id), QString());
    const CertificateResult removed = store.remove(id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error->code, CertificateErrorCode::NotFound);
    QCOMPARE(store.list().size(), 1);
}

void TestCertificateStore::removesEntries()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString kept = importFiles(store, QStringLiteral("rsa.pem"), QStringLiteral("rsa.key"));
    const QString removed = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    const QString keyFile = store.keyFile(removed);

    const CertificateResult result = store.remove(removed);
    QVERIFY(result.ok());
    QCOMPARE(result.id, removed);
    QVERIFY(!QFile::exists(keyFile));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().first().id, kept);
    QCOMPARE(QDir(storeDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{kept});

    const CertificateResult again = store.remove(removed);
    QVERIFY(!again.ok());
    QCOMPARE(again.error->code, CertificateErrorCode::NotFound);
    QCOMPARE(again.error->args, QStringList{removed});
}

void TestCertificateStore::findsCertificateForHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected"); // which entry: "leaf", "self-signed" or none

    QTest::newRow("exact name") << "www.example.test"
                                << "leaf";
    QTest::newRow("other case and trailing dot") << "WWW.Example.Test."
                                                 << "leaf";
    QTest::newRow("wildcard") << "shop.apps.example.test"
                              << "leaf";
    QTest::newRow("exact beats wildcard") << "a.apps.example.test"
                                          << "self-signed";
    QTest::newRow("wildcard does not cover its base") << "apps.example.test"
                                                      << "";
    QTest::newRow("wildcard covers one label only") << "x.y.apps.example.test"
                                                    << "";
    QTest::newRow("IP address") << "192.0.2.10"
                                << "leaf";
    QTest::newRow("expired certificate") << "old.example.test"
                                         << "";
    QTest::newRow("unknown") << "unknown.example.test"
                             << "";
    QTest::newRow("pending request has no certificate") << "pending.example.test"
                                                        << "";
}

void TestCertificateStore::findsCertificateForHost()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);

    CertificateStore store(storeDir(), *m_clock);
    const QString leaf = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    QVERIFY(!importFiles(store, QStringLiteral("expired.pem"), QStringLiteral("expired.key"), true).isEmpty());
    NewCertificateOptions options;
    options.names = QStringList{QStringLiteral("a.apps.example.test")};
    const QString selfSigned = store.createSelfSigned(options).id;
    QVERIFY(store.createLocalCa(QString()).ok());
    options.names = QStringList{QStringLiteral("pending.example.test")};
    QVERIFY(store.createRequest(options).ok());

    const QString found = store.findFor(host);
    if (expected == QLatin1String("leaf"))
        QCOMPARE(found, leaf);
    else if (expected == QLatin1String("self-signed"))
        QCOMPARE(found, selfSigned);
    else
        QCOMPARE(found, QString());
}

void TestCertificateStore::findsNothingOnceExpired()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString leaf = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    QCOMPARE(store.findFor(QStringLiteral("www.example.test")), leaf);
    // Past 2125-01-01, the end of the test chain's validity.
    m_clock->advance(qint64(100) * 366 * 24 * 3600 * 1000);
    QCOMPARE(store.findFor(QStringLiteral("www.example.test")), QString());
}

void TestCertificateStore::prefersLongestLasting()
{
    CertificateStore store(storeDir(), *m_clock);
    NewCertificateOptions options;
    options.names = QStringList{QStringLiteral("intranet.office.lan")};
    options.validityDays = 30;
    const QString shortLived = store.createSelfSigned(options).id;
    options.validityDays = 90;
    const QString longLived = store.createSelfSigned(options).id;
    options.validityDays = 60;
    QVERIFY(store.createSelfSigned(options).ok());
    QVERIFY(!shortLived.isEmpty());
    QCOMPARE(store.findFor(QStringLiteral("intranet.office.lan")), longLived);
}

void TestCertificateStore::replacesCertificateKeepingId()
{
    CertificateStore store(storeDir(), *m_clock);
    CertificateImportOptions options;
    options.name = QStringLiteral("Web site");
    const CertificateResult imported =
        store.importPemFiles(CertificateTestData::path(QStringLiteral("chain.pem")),
                             CertificateTestData::path(QStringLiteral("leaf.key")), options);
    QVERIFY(imported.ok());
    const QDateTime created = m_clock->now();
    m_clock->advance(60 * 1000);

    const CertificateResult replaced =
        store.replacePem(imported.id, CertificateTestData::read(QStringLiteral("rsa.pem")),
                         CertificateTestData::read(QStringLiteral("rsa.key")));
    QVERIFY(replaced.ok());
    QCOMPARE(replaced.id, imported.id);
    const std::optional<CertificateEntry> entry = store.entry(imported.id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->name, QStringLiteral("Web site"));
    QCOMPARE(entry->created, created);
    QCOMPARE(entry->info.commonName, QStringLiteral("rsa.example.test"));
    QCOMPARE(entry->info.keyType(), QStringLiteral("RSA 2048"));
    QCOMPARE(CertificateTestData::mode(store.keyFile(imported.id)), 0600);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(QDir(storeDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{imported.id});
}

void TestCertificateStore::keepsOldCertificateWhenReplacementIsRefused()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString id = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    const CertificateInfo before = store.info(id);

    const CertificateResult mismatched = store.replacePem(id, CertificateTestData::read(QStringLiteral("rsa.pem")),
                                                          CertificateTestData::read(QStringLiteral("leaf.key")));
    QVERIFY(!mismatched.ok());
    QCOMPARE(mismatched.error->code, CertificateErrorCode::KeyMismatch);
    QCOMPARE(store.info(id), before);

    const CertificateResult unknown =
        store.replacePem(QStringLiteral("0123456789abcdef"), CertificateTestData::read(QStringLiteral("rsa.pem")),
                         CertificateTestData::read(QStringLiteral("rsa.key")));
    QCOMPARE(unknown.error->code, CertificateErrorCode::NotFound);

    QVERIFY(store.createLocalCa(QStringLiteral("Office")).ok());
    const CertificateResult ca =
        store.replacePem(store.localCaId(), CertificateTestData::read(QStringLiteral("rsa.pem")),
                         CertificateTestData::read(QStringLiteral("rsa.key")));
    QCOMPARE(ca.error->code, CertificateErrorCode::WrongEntryKind);
}

void TestCertificateStore::skipsDamagedEntries()
{
    CertificateStore store(storeDir(), *m_clock);
    const QString good = importFiles(store, QStringLiteral("chain.pem"), QStringLiteral("leaf.key"));
    const QString damaged = QStringLiteral("00000000deadbeef");
    QVERIFY(QDir(storeDir()).mkdir(damaged));
    QFile metadata(QDir(storeDir()).filePath(damaged + QStringLiteral("/entry.json")));
    QVERIFY(metadata.open(QIODevice::WriteOnly));
    metadata.write("{ not json");
    metadata.close();

    QTest::ignoreMessage(QtWarningMsg, "Certificate entry 00000000deadbeef has damaged metadata; skipped");
    const QList<CertificateEntry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, good);
    // A damaged entry can still be removed.
    QTest::ignoreMessage(QtWarningMsg, "Certificate entry 00000000deadbeef has damaged metadata; skipped");
    QVERIFY(store.remove(damaged).ok());
    QVERIFY(!QFileInfo::exists(QDir(storeDir()).filePath(damaged)));
}

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "TestCertificateStore.moc"
