// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineController.h"
#include "tls/CertificateStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Portico;
using namespace Portico::Test;

// A renewed certificate replaces the old one while clients keep connecting: no request fails, connections made
// before the swap carry on, and new handshakes present the new certificate.
class TestCertificateLiveSwap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swapsUnderLoadWithoutFailures();
};

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray servedSerial(quint16 port)
{
    HttpClient client;
    return client.connectEncrypted(port, QStringLiteral("a.test")) ? client.peerCertificate().serialNumber()
                                                                   : QByteArray();
}

} // namespace

void TestCertificateLiveSwap::swapsUnderLoadWithoutFailures()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    CertificateStore store(directory.filePath(QStringLiteral("certificates")));
    CertificateStore spare(directory.filePath(QStringLiteral("spare")));
    NewCertificateOptions options;
    options.names = {QStringLiteral("a.test")};
    const CertificateResult first = store.createSelfSigned(options);
    QVERIFY(first.ok());

    TestBackend backend;
    EngineController engine;
    Config config = ProxyScenario::config({backend.port()}, 2);
    config.settings.certificateDirectory = store.directory();
    config.listeners = {ListenerConfig(QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https)};
    config.sites.first().tls.certificate = first.id;
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;
    const QByteArray firstSerial = servedSerial(port);
    QVERIFY(!firstSerial.isEmpty());

    HttpClient kept;
    QVERIFY(kept.connectEncrypted(port, QStringLiteral("a.test")));
    kept.send("GET /before HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QCOMPARE(kept.readResponse().status, 200);

    std::atomic<bool> stop{false};
    std::atomic<int> succeeded{0};
    std::atomic<int> failed{0};
    QThread* load = QThread::create([&] {
        while (!stop.load()) {
            const HttpResponse response = HttpClient::getEncrypted(port, "/load", "a.test");
            (response.status == 200 ? succeeded : failed).fetch_add(1);
        }
    });
    load->start();
    QTRY_VERIFY(succeeded.load() > 20);

    QSignalSpy events(&engine, &EngineController::eventOccurred);
    QByteArray lastSerial = firstSerial;
    for (int round = 0; round < 3; ++round) {
        const CertificateResult fresh = spare.createSelfSigned(options);
        QVERIFY(fresh.ok());
        const CertificateResult replaced =
            store.replacePem(first.id, readAll(spare.certificateFile(fresh.id)), readAll(spare.keyFile(fresh.id)));
        QVERIFY(replaced.ok());
        const int before = succeeded.load();
        engine.reloadCertificates();
        const QByteArray expected = store.info(first.id).serialNumber.toLatin1();
        // The workers take the new generation from their event loops: new handshakes show it soon after.
        QTRY_VERIFY(servedSerial(port).toUpper().replace(":", "") == expected);
        QVERIFY(servedSerial(port) != lastSerial);
        lastSerial = servedSerial(port);
        QTRY_VERIFY(succeeded.load() > before + 20);
    }
    stop = true;
    load->wait();
    delete load;

    QCOMPARE(failed.load(), 0);
    QVERIFY(succeeded.load() > 80);
    // The connection made before the swaps still works, on its original session.
    kept.send("GET /after HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QCOMPARE(kept.readResponse().status, 200);
    QCOMPARE(kept.peerCertificate().serialNumber(), firstSerial);
    int reloads = 0;
    for (const QList<QVariant>& arguments : std::as_const(events)) {
        if (arguments.first().value<EngineEvent>().kind == EngineEventKind::CertificatesReloaded)
            ++reloads;
    }
    QCOMPARE(reloads, 3);
}

QTEST_GUILESS_MAIN(TestCertificateLiveSwap)
#include "TestCertificateLiveSwap.moc"
