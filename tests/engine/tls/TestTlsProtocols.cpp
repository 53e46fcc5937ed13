// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "controller/EngineController.h"
#include "tls/CertificateStore.h"
#include "tls/NewCertificateOptions.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

// What a real TLS client (openssl s_client) gets from an HTTPS listener of the engine: which protocol versions,
// suites and ALPN values it accepts, and when sessions are resumed.
class TestTlsProtocols : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void handshake_data();
    void handshake();
    void resumption_data();
    void resumption();

private:
    struct ClientRun
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray output;
        bool connected() const { return output.contains("\nNew, TLS") || output.contains("\nReused, TLS"); }
        bool resumed() const { return output.contains("\nReused, TLS"); }
        bool answered() const { return output.contains("HTTP/1.1 200"); }
    };

    // Starts an engine with one HTTPS listener on a free port in front of the backend; returns the port or 0.
    quint16 startEngine(bool tickets, bool cache, int workers);
    // openssl s_client against the listener with extra arguments; sends one request with "Connection: close"
    // and reads until the server closes, so a TLS 1.3 ticket sent after the handshake is received.
    ClientRun runClient(quint16 port, const QStringList& arguments);
    // Waits for a stats snapshot that counts at least this many handshakes; false after 10 s without one.
    bool waitForHandshakes(quint64 count);

    QString m_openssl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestBackend> m_backend;
    QString m_certificateId;
    std::unique_ptr<EngineController> m_engine;
};

void TestTlsProtocols::initTestCase()
{
    EngineController::registerMetaTypes();
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed (Debian package openssl)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    CertificateStore store(m_dir->filePath(QStringLiteral("certificates")));
    NewCertificateOptions options;
    options.names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    options.validityDays = 30;
    const CertificateResult made = store.createSelfSigned(options);
    QVERIFY2(made.ok(), made.error ? qPrintable(made.error->message()) : "no error given");
    m_certificateId = made.id;
    m_backend = std::make_unique<TestBackend>("tls");
}

void TestTlsProtocols::cleanup()
{
    m_engine.reset();
}

void TestTlsProtocols::cleanupTestCase()
{
    m_engine.reset();
    m_backend.reset();
    m_dir.reset();
}

quint16 TestTlsProtocols::startEngine(bool tickets, bool cache, int workers)
{
    Config config;
    config.settings.workers = workers;
    config.settings.accessLog = false;
    config.settings.certificateDirectory = m_dir->filePath(QStringLiteral("certificates"));
    config.settings.tlsSessionTickets = tickets;
    config.settings.tlsSessionCache = cache;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https}};
    PoolConfig pool;
    pool.name = QStringLiteral("app");
    pool.backends = {BackendConfig{QStringLiteral("127.0.0.1"), m_backend->port(), 1}};
    config.pools = {pool};
    SiteConfig site;
    site.name = QStringLiteral("app");
    site.isDefault = true;
    site.serverNames = {QStringLiteral("localhost")};
    site.tls.certificate = m_certificateId;
    RouteConfig route;
    route.pool = pool.name;
    site.routes = {route};
    config.sites = {site};

    m_engine = std::make_unique<EngineController>();
    const ApplyResult result = m_engine->start(config);
    if (!result.ok()) {
        for (const ConfigError& error : result.errors)
            qWarning() << error.toString();
        return 0;
    }
    const QList<BoundListener> listeners = m_engine->listeners();
    return listeners.size() == 1 ? listeners.first().port : 0;
}

TestTlsProtocols::ClientRun TestTlsProtocols::runClient(quint16 port, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                         QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-servername"),
                                         QStringLiteral("localhost"), QStringLiteral("-ign_eof")} +
                                 arguments);
    ClientRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    process.closeWriteChannel();
    run.finished = process.waitForFinished(30'000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

bool TestTlsProtocols::waitForHandshakes(quint64 count)
{
    QSignalSpy spy(m_engine.get(), &EngineController::statsUpdated);
    while (m_engine->lastStats().tlsHandshakesTotal < count) {
        if (!spy.wait(10'000))
            return false;
    }
    return true;
}

void TestTlsProtocols::handshake_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accepted");
    // What s_client prints: on success "New, <protocol>, Cipher is <suite>" or the ALPN line, on refusal the
    // server's alert.
    QTest::addColumn<QByteArray>("expected");

    // The client must be able to speak what the server should refuse, so its own floor is lowered to level 0.
    const QString anyCipher = QStringLiteral("DEFAULT@SECLEVEL=0");
    QTest::newRow("TLS 1.0 refused") << QStringList{QStringLiteral("-tls1"), QStringLiteral("-cipher"), anyCipher}
                                     << false << QByteArray("alert protocol version");
    QTest::newRow("TLS 1.1 refused") << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), anyCipher}
                                     << false << QByteArray("alert protocol version");
    QTest::newRow("TLS 1.2 accepted") << QStringList{QStringLiteral("-tls1_2")} << true
                                      << QByteArray("New, TLSv1.2, Cipher is ECDHE-ECDSA-");
    QTest::newRow("TLS 1.3 accepted") << QStringList{QStringLiteral("-tls1_3")} << true
                                      << QByteArray("New, TLSv1.3, Cipher is TLS_");
    QTest::newRow("ALPN http/1.1 accepted") << QStringList{QStringLiteral("-alpn"), QStringLiteral("http/1.1")} << true
                                            << QByteArray("ALPN protocol: http/1.1");
    QTest::newRow("ALPN h2 or http/1.1 gets http/1.1")
        << QStringList{QStringLiteral("-alpn"), QStringLiteral("h2,http/1.1")} << true
        << QByteArray("ALPN protocol: http/1.1");
    QTest::newRow("ALPN h2 alone refused") << QStringList{QStringLiteral("-alpn"), QStringLiteral("h2")} << false
                                           << QByteArray("alert no application protocol");
    QTest::newRow("TLS 1.2 forward-secret suite accepted")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                       QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
        << true << QByteArray("New, TLSv1.2, Cipher is ECDHE-ECDSA-AES128-GCM-SHA256");
    QTest::newRow("TLS 1.2 RSA key exchange AES128-SHA refused")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("AES128-SHA@SECLEVEL=0")}
        << false << QByteArray("alert handshake failure");
    QTest::newRow("TLS 1.2 RSA key exchange AES128-GCM-SHA256 refused")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("AES128-GCM-SHA256")}
        << false << QByteArray("alert handshake failure");
    QTest::newRow("TLS 1.2 CBC with ECDHE refused (not in the intermediate list)")
        << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-SHA")}
        << false << QByteArray("alert handshake failure");
}

void TestTlsProtocols::handshake()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, expected);

    const quint16 port = startEngine(true, true, 1);
    QVERIFY(port != 0);
    const int trafficBefore = m_backend->trafficCount();
    const ClientRun run = runClient(port, arguments);
    QVERIFY(run.finished);
    if (accepted) {
        QVERIFY2(run.connected() && run.exitCode == 0, run.output.constData());
        QVERIFY2(run.output.contains(expected), run.output.constData());
        QVERIFY2(run.answered(), run.output.constData());
        QCOMPARE(m_backend->trafficCount(), trafficBefore + 1);
        QVERIFY(waitForHandshakes(1));
        QCOMPARE(m_engine->lastStats().tlsFailuresTotal, quint64(0));
    } else {
        QVERIFY2(!run.connected() && !run.answered() && run.exitCode != 0, run.output.constData());
        QVERIFY2(run.output.contains(expected), run.output.constData());
        QCOMPARE(m_backend->trafficCount(), trafficBefore);
        // The refusal is the server's: it counts a failed handshake and no completed one.
        QSignalSpy spy(m_engine.get(), &EngineController::statsUpdated);
        while (m_engine->lastStats().tlsFailuresTotal < 1)
            QVERIFY(spy.wait(10'000));
        QCOMPARE(m_engine->lastStats().tlsHandshakesTotal, quint64(0));
    }
}

void TestTlsProtocols::resumption_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("clientTickets");
    QTest::addColumn<bool>("tickets");
    QTest::addColumn<bool>("cache");
    QTest::addColumn<bool>("resumes");

    const QString v12 = QStringLiteral("-tls1_2");
    const QString v13 = QStringLiteral("-tls1_3");
    QTest::newRow("TLS 1.2 by ticket") << v12 << true << true << false << true;
    QTest::newRow("TLS 1.3 by ticket") << v13 << true << true << false << true;
    QTest::newRow("TLS 1.2 by session cache, client without tickets") << v12 << false << true << true << true;
    QTest::newRow("TLS 1.2 by session cache, tickets off") << v12 << true << false << true << true;
    QTest::newRow("TLS 1.3 by session cache, tickets off") << v13 << true << false << true << true;
    QTest::newRow("TLS 1.2 both off") << v12 << true << false << false << false;
    QTest::newRow("TLS 1.2 both off, client without tickets") << v12 << false << false << false << false;
    QTest::newRow("TLS 1.3 both off") << v13 << true << false << false << false;
}

void TestTlsProtocols::resumption()
{
    QFETCH(QString, version);
    QFETCH(bool, clientTickets);
    QFETCH(bool, tickets);
    QFETCH(bool, cache);
    QFETCH(bool, resumes);

    // Two workers, each with its own SO_REUSEPORT socket: the kernel spreads the reconnections over both by
    // their source ports, so with six of them a session made on one worker is almost surely also offered to
    // the other (all six on the first worker has a chance of 1 in 64).
    const quint16 port = startEngine(tickets, cache, 2);
    QVERIFY(port != 0);
    const QString session = m_dir->filePath(QStringLiteral("session-%1.pem")
                                                .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
    QStringList common{version};
    if (!clientTickets)
        common << QStringLiteral("-no_ticket");

    const ClientRun first = runClient(port, common + QStringList{QStringLiteral("-sess_out"), session});
    QVERIFY2(first.finished && first.connected() && first.answered(), first.output.constData());
    QVERIFY(!first.resumed());

    constexpr int reconnections = 6;
    int resumed = 0;
    // Without tickets and cache a TLS 1.3 server sends no session at all, so s_client saves none: the
    // reconnections are then plain new connections.
    const bool saved = QFileInfo(session).size() > 0;
    QVERIFY2(saved || !resumes, "s_client saved no session to resume");
    for (int i = 0; i < reconnections; ++i) {
        const ClientRun again =
            runClient(port, saved ? common + QStringList{QStringLiteral("-sess_in"), session} : common);
        QVERIFY2(again.finished && again.connected() && again.answered(), again.output.constData());
        resumed += again.resumed() ? 1 : 0;
    }
    QCOMPARE(resumed, resumes ? reconnections : 0);

    QVERIFY(waitForHandshakes(1 + reconnections));
    const StatsSnapshot stats = m_engine->lastStats();
    QCOMPARE(stats.tlsHandshakesTotal, quint64(1 + reconnections));
    QCOMPARE(stats.tlsResumedTotal, quint64(resumed));
    QCOMPARE(stats.tlsFailuresTotal, quint64(0));
}

QTEST_GUILESS_MAIN(TestTlsProtocols)
#include "TestTlsProtocols.moc"
