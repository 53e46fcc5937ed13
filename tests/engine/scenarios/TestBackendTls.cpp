// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"

#include "controller/EngineController.h"
#include "tls/CertificateStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// TLS towards backends, against `openssl s_server -www` as the backend: a verified connection works, a
// certificate that does not verify (unknown CA, wrong name) is a 502 with the reason in the log, and
// verification can be turned off for lab setups.
class TestBackendTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verifiesBackendCertificate_data();
    void verifiesBackendCertificate();
    void presentsClientCertificate_data();
    void presentsClientCertificate();

private:
    QTemporaryDir m_directory;
    QString m_caFile;
    QString m_otherCaFile;
    QString m_clientCertificate;
    QString m_clientKey;
    QProcess m_server;
    quint16 m_port = 0;
    // Asks every client for a certificate from the local CA.
    QProcess m_strictServer;
    quint16 m_strictPort = 0;
};

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

void TestBackendTls::initTestCase()
{
    QVERIFY(m_directory.isValid());
    CertificateStore store(m_directory.filePath(QStringLiteral("store")));
    QVERIFY(store.createLocalCa(QStringLiteral("Backend test")).ok());
    NewCertificateOptions options;
    options.names = {QStringLiteral("backend.test"), QStringLiteral("127.0.0.1")};
    const CertificateResult issued = store.issueFromLocalCa(options);
    QVERIFY(issued.ok());
    const CertificateResult ca = store.exportLocalCa(CertificateStore::ExportFormat::Pem);
    QVERIFY(ca.ok());
    m_caFile = m_directory.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(m_caFile, ca.data));
    // A CA that signed nothing the backend has.
    CertificateStore other(m_directory.filePath(QStringLiteral("other")));
    QVERIFY(other.createLocalCa(QStringLiteral("Someone else")).ok());
    m_otherCaFile = m_directory.filePath(QStringLiteral("other-ca.pem"));
    QVERIFY(writeFile(m_otherCaFile, other.exportLocalCa(CertificateStore::ExportFormat::Pem).data));

    options.names = {QStringLiteral("portico.test")};
    const CertificateResult client = store.issueFromLocalCa(options);
    QVERIFY(client.ok());
    m_clientCertificate = store.certificateFile(client.id);
    m_clientKey = store.keyFile(client.id);

    const QStringList common{QStringLiteral("s_server"), QStringLiteral("-quiet"),         QStringLiteral("-www"),
                             QStringLiteral("-cert"),    store.certificateFile(issued.id), QStringLiteral("-key"),
                             store.keyFile(issued.id)};
    auto start = [](QProcess& server, quint16& port, const QStringList& arguments) {
        port = freePort();
        server.setProgram(QStringLiteral("openssl"));
        server.setArguments(arguments +
                            QStringList{QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port)});
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start();
        return port != 0 && server.waitForStarted();
    };
    QVERIFY2(start(m_server, m_port, common), "openssl is missing (scripts/setup-debian.sh installs it)");
    QVERIFY(start(
        m_strictServer, m_strictPort,
        common + QStringList{QStringLiteral("-Verify"), QStringLiteral("1"), QStringLiteral("-CAfile"), m_caFile}));
    for (const quint16 port : {m_port, m_strictPort}) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(200);
            }(),
            10'000);
    }
}

void TestBackendTls::cleanupTestCase()
{
    for (QProcess* server : {&m_server, &m_strictServer}) {
        server->kill();
        server->waitForFinished();
    }
}

void TestBackendTls::presentsClientCertificate_data()
{
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<int>("status");
    QTest::newRow("client certificate given") << true << 200;
    QTest::newRow("no client certificate") << false << 502;
}

void TestBackendTls::presentsClientCertificate()
{
    QFETCH(bool, withCertificate);
    QFETCH(int, status);
    Config config = ProxyScenario::config({m_strictPort});
    PoolConfig& pool = config.pools.first();
    pool.tls.enabled = true;
    pool.tls.caFile = m_caFile;
    pool.tls.serverName = QStringLiteral("backend.test");
    if (withCertificate) {
        pool.tls.clientCertificateFile = m_clientCertificate;
        pool.tls.clientKeyFile = m_clientKey;
    }
    pool.retry.enabled = false;
    pool.passiveHealth.enabled = false;
    EngineController engine;
    QVERIFY(engine.start(config).ok());
    if (!withCertificate) {
        // TLS 1.3 reports the refusal only on the first read, after the handshake looked finished.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS .* backend .*")));
    }
    const HttpResponse response = HttpClient::get(engine.listeners().first().port, "/", "localhost");
    QVERIFY(response.valid);
    QCOMPARE(response.status, status);
}

void TestBackendTls::verifiesBackendCertificate_data()
{
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("trustOtherCa");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("logged");
    QTest::newRow("trusted CA, right name") << true << false << QStringLiteral("backend.test") << 200 << QString();
    QTest::newRow("trusted CA, IP address") << true << false << QString() << 200 << QString();
    QTest::newRow("trusted CA, wrong name")
        << true << false << QStringLiteral("other.test") << 502 << QStringLiteral("hostname mismatch");
    QTest::newRow("unknown CA") << true << true << QStringLiteral("backend.test") << 502
                                << QStringLiteral("unable to get local issuer certificate");
    QTest::newRow("not verified") << false << true << QStringLiteral("other.test") << 200 << QString();
}

void TestBackendTls::verifiesBackendCertificate()
{
    QFETCH(bool, verify);
    QFETCH(bool, trustOtherCa);
    QFETCH(QString, serverName);
    QFETCH(int, status);
    QFETCH(QString, logged);

    Config config = ProxyScenario::config({m_port});
    PoolConfig& pool = config.pools.first();
    pool.tls.enabled = true;
    pool.tls.verify = verify;
    pool.tls.caFile = trustOtherCa ? m_otherCaFile : m_caFile;
    pool.tls.serverName = serverName;
    pool.retry.enabled = false;
    pool.passiveHealth.enabled = false;
    EngineController engine;
    const ApplyResult started = engine.start(config);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.errors.first().toString()));
    if (!logged.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS to backend .* failed: .*") + logged));
    const HttpResponse response = HttpClient::get(engine.listeners().first().port, "/", "localhost");
    QVERIFY(response.valid);
    QCOMPARE(response.status, status);
    if (status == 200)
        QVERIFY(response.body.contains("s_server"));
}

QTEST_GUILESS_MAIN(TestBackendTls)
#include "TestBackendTls.moc"
