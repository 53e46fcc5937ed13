// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"
#include "TestPaths.h"

#include "acme/AcmeChallengeStore.h"
#include "controller/EngineController.h"
#include "tls/CertificateStore.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// HTTPS listeners end to end: the certificate SNI picks, proxying with the right forwarding fields, plain-HTTP
// redirects and HSTS, ACME challenges on the HTTP listener, and certificates that cannot be used.
class TestHttpsTermination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void proxiesOverHttps();
    void sniPicksCertificate_data();
    void sniPicksCertificate();
    void redirectsPlainHttpAndSendsHsts();
    void answersAcmeChallengesOnHttp();
    void refusesUnusableCertificate_data();
    void refusesUnusableCertificate();
    void noCertificateAtAllIsAnError();

private:
    QString selfSigned(const QStringList& names);
    // Sites a.test (certificate by id), b.test (found by name), *.wild.test (wildcard); default certificate
    // "default.test" on the listener.
    Config tlsConfig();
    quint16 port(ListenerProtocol protocol) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CertificateStore> m_store;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
    QString m_idA;
    QString m_idB;
    QString m_idWild;
    QString m_idDefault;
};

void TestHttpsTermination::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_store = std::make_unique<CertificateStore>(m_directory->filePath(QStringLiteral("certificates")));
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>();
    m_idA = selfSigned({QStringLiteral("a.test")});
    m_idB = selfSigned({QStringLiteral("b.test")});
    m_idWild = selfSigned({QStringLiteral("*.wild.test")});
    m_idDefault = selfSigned({QStringLiteral("default.test")});
    QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty() && !m_idWild.isEmpty() && !m_idDefault.isEmpty());
}

void TestHttpsTermination::cleanup()
{
    m_engine.reset();
    m_backend.reset();
    m_store.reset();
    m_directory.reset();
}

QString TestHttpsTermination::selfSigned(const QStringList& names)
{
    NewCertificateOptions options;
    options.names = names;
    options.validityDays = 30;
    const CertificateResult result = m_store->createSelfSigned(options);
    return result.ok() ? result.id : QString();
}

Config TestHttpsTermination::tlsConfig()
{
    Config config = ProxyScenario::config({m_backend->port()});
    config.settings.certificateDirectory = m_store->directory();
    ListenerConfig https(QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https);
    https.certificate = m_idDefault;
    config.listeners.append(https);
    SiteConfig site = config.sites.first();
    site.isDefault = false;
    site.name = QStringLiteral("a");
    site.serverNames = {QStringLiteral("a.test")};
    site.tls.certificate = m_idA;
    SiteConfig b = site;
    b.name = QStringLiteral("b");
    b.serverNames = {QStringLiteral("b.test")};
    b.tls.certificate.clear();
    SiteConfig wild = b;
    wild.name = QStringLiteral("wild");
    wild.serverNames = {QStringLiteral("*.wild.test")};
    config.sites = {site, b, wild};
    return config;
}

quint16 TestHttpsTermination::port(ListenerProtocol protocol) const
{
    for (const BoundListener& listener : m_engine->listeners()) {
        if (listener.config.protocol == protocol)
            return listener.port;
    }
    return 0;
}

void TestHttpsTermination::proxiesOverHttps()
{
    const ApplyResult started = m_engine->start(tlsConfig());
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.errors.first().toString()));
    HttpClient client;
    QVERIFY(client.connectEncrypted(port(ListenerProtocol::Https), QStringLiteral("a.test")));
    for (int i = 0; i < 3; ++i) {
        client.send("GET /over-tls HTTP/1.1\r\nHost: a.test\r\n\r\n");
        const HttpResponse response = client.readResponse();
        QCOMPARE(response.status, 200);
    }
    const QByteArray head = m_backend->lastRequestHead();
    QVERIFY2(head.contains("X-Forwarded-Proto: https\r\n"), head.constData());
    QVERIFY2(head.contains("proto=https"), head.constData());
    // Keep-alive inside one TLS session.
    QCOMPARE(m_backend->requestCount(), 3);
}

void TestHttpsTermination::sniPicksCertificate_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("exact, by id") << QStringLiteral("a.test") << QStringLiteral("a.test");
    QTest::newRow("exact, found by name") << QStringLiteral("b.test") << QStringLiteral("b.test");
    QTest::newRow("upper case") << QStringLiteral("B.TEST") << QStringLiteral("b.test");
    QTest::newRow("wildcard") << QStringLiteral("x.wild.test") << QStringLiteral("*.wild.test");
    QTest::newRow("two levels below a wildcard") << QStringLiteral("x.y.wild.test") << QStringLiteral("default.test");
    QTest::newRow("unknown name") << QStringLiteral("unknown.test") << QStringLiteral("default.test");
    QTest::newRow("no SNI") << QString() << QStringLiteral("default.test");
}

void TestHttpsTermination::sniPicksCertificate()
{
    QFETCH(QString, serverName);
    QFETCH(QString, expectedName);
    const ApplyResult started = m_engine->start(tlsConfig());
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.errors.first().toString()));
    HttpClient client;
    QVERIFY(client.connectEncrypted(port(ListenerProtocol::Https), serverName));
    QCOMPARE(client.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry), QStringList{expectedName});
}

void TestHttpsTermination::redirectsPlainHttpAndSendsHsts()
{
    Config config = tlsConfig();
    config.sites[0].tls.redirectHttp = true;
    config.sites[0].tls.hstsMaxAgeSeconds = 31'536'000;
    const ApplyResult started = m_engine->start(config);
    QVERIFY(started.ok());
    const quint16 httpsPort = port(ListenerProtocol::Https);

    const HttpResponse redirect = HttpClient::get(port(ListenerProtocol::Http), "/path?q=1", "a.test");
    QCOMPARE(redirect.status, 308);
    QCOMPARE(redirect.header("Location"), "https://a.test:" + QByteArray::number(httpsPort) + "/path?q=1");
    QVERIFY(redirect.header("Strict-Transport-Security").isEmpty()); // never over plain HTTP (RFC 6797 7.2)
    // A site without the option is served over plain HTTP as before.
    QCOMPARE(HttpClient::get(port(ListenerProtocol::Http), "/", "b.test").status, 200);
    QCOMPARE(m_backend->requestCount(), 1);

    const HttpResponse secure = HttpClient::getEncrypted(httpsPort, "/", "a.test");
    QCOMPARE(secure.status, 200);
    QCOMPARE(secure.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    QVERIFY(HttpClient::getEncrypted(httpsPort, "/", "b.test").header("Strict-Transport-Security").isEmpty());
}

void TestHttpsTermination::answersAcmeChallengesOnHttp()
{
    Config config = tlsConfig();
    config.sites[0].tls.redirectHttp = true;
    QVERIFY(m_engine->start(config).ok());
    m_engine->challengeStore()->add(QStringLiteral("token-123"), "token-123.thumbprint");
    const HttpResponse answer =
        HttpClient::get(port(ListenerProtocol::Http), "/.well-known/acme-challenge/token-123", "a.test");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("token-123.thumbprint"));
    QCOMPARE(answer.header("Content-Type"), QByteArray("text/plain"));
    // An unknown token is not Portico's: it takes the site's usual way (here the redirect).
    QCOMPARE(HttpClient::get(port(ListenerProtocol::Http), "/.well-known/acme-challenge/other", "a.test").status, 308);
    m_engine->challengeStore()->remove(QStringLiteral("token-123"));
    QCOMPARE(HttpClient::get(port(ListenerProtocol::Http), "/.well-known/acme-challenge/token-123", "a.test").status,
             308);
    // HTTPS listeners never answer challenges (HTTP-01 is plain HTTP on port 80).
    m_engine->challengeStore()->add(QStringLiteral("token-456"), "token-456.thumbprint");
    QCOMPARE(HttpClient::getEncrypted(port(ListenerProtocol::Https), "/.well-known/acme-challenge/token-456", "a.test")
                 .body.contains("token-456.thumbprint"),
             false);
}

void TestHttpsTermination::refusesUnusableCertificate_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("certificateFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("path");
    const QString data = TestPaths::data(QStringLiteral("certificates")) + QLatin1Char('/');
    QTest::newRow("unknown store id") << QStringLiteral("no-such-id") << QString() << QString()
                                      << QStringLiteral("sites[0].tls.certificate");
    QTest::newRow("garbage file") << QString() << data + QStringLiteral("garbage.bin")
                                  << data + QStringLiteral("leaf.key")
                                  << QStringLiteral("sites[0].tls.certificateFile");
    QTest::newRow("key does not match") << QString() << data + QStringLiteral("leaf.pem")
                                        << data + QStringLiteral("mismatched.key")
                                        << QStringLiteral("sites[0].tls.certificateFile");
    QTest::newRow("missing file") << QString() << data + QStringLiteral("absent.pem") << QString()
                                  << QStringLiteral("sites[0].tls.certificateFile");
}

void TestHttpsTermination::refusesUnusableCertificate()
{
    QFETCH(QString, certificate);
    QFETCH(QString, certificateFile);
    QFETCH(QString, keyFile);
    QFETCH(QString, path);
    const Config good = tlsConfig();
    QVERIFY(m_engine->start(good).ok());
    const quint16 httpsPort = port(ListenerProtocol::Https);

    Config broken = good;
    broken.sites[0].tls.certificate = certificate;
    broken.sites[0].tls.certificateFile = certificateFile;
    broken.sites[0].tls.keyFile = keyFile;
    const ApplyResult refused = m_engine->apply(broken);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.first().code, ConfigErrorCode::CertificateUnavailable);
    QCOMPARE(refused.errors.first().path, path);
    QVERIFY(!refused.errors.first().message().contains(QStringLiteral("PRIVATE KEY")));
    // The running config keeps serving with its certificate.
    QCOMPARE(m_engine->config(), good);
    HttpClient client;
    QVERIFY(client.connectEncrypted(httpsPort, QStringLiteral("a.test")));
    QCOMPARE(client.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry),
             QStringList{QStringLiteral("a.test")});
}

void TestHttpsTermination::noCertificateAtAllIsAnError()
{
    Config config = ProxyScenario::config({m_backend->port()});
    config.settings.certificateDirectory = m_directory->filePath(QStringLiteral("empty"));
    config.listeners = {ListenerConfig(QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https)};
    const ApplyResult refused = m_engine->start(config);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors.first().code, ConfigErrorCode::NoCertificate);
    QCOMPARE(refused.errors.first().path, QStringLiteral("listeners[0]"));
    QCOMPARE(m_engine->state(), EngineState::Stopped);
}

QTEST_GUILESS_MAIN(TestHttpsTermination)
#include "TestHttpsTermination.moc"
