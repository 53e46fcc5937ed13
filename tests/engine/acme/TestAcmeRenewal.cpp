// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ManualClock.h"

#include "controller/CertificateCenter.h"
#include "controller/EngineController.h"
#include "tls/CertificateFactory.h"
#include "tls/OpenSsl.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

namespace {

// Pebble resolves it with the system resolver (/etc/hosts) to 127.0.0.1, where Portico's HTTP listener is.
const QString orderedName = QStringLiteral("localhost");

// Distinct ports nothing listens on (yet): the probes hold them all until each has its own.
QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        if (!probes.back()->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(probes.back()->serverPort());
    }
    return ports;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Upper-case hex without separators or leading zeros, whichever way it was written.
QString normalSerial(QString serial)
{
    serial.remove(QLatin1Char(':'));
    serial = serial.toUpper();
    while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
        serial.remove(0, 1);
    return serial;
}

QString describe(const AcmeOutcome& outcome)
{
    if (outcome.acmeError)
        return AcmeError::codeName(outcome.acmeError->code) + QLatin1Char(' ') + outcome.acmeError->detail;
    if (outcome.storeError)
        return outcome.storeError->toString();
    return QStringLiteral("ok");
}

} // namespace

// ACME end to end through the certificate centre against pebble (Let's Encrypt's test CA) on loopback: Portico's
// own HTTP listener answers the HTTP-01 challenge, the certificate lands in the store, renewal replaces it in
// place when the clock says it is due, and an HTTPS listener serves it before and after.
class TestAcmeRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void issuesRenewsAndServes();

private:
    // Pebble's API certificate (signed by a throwaway CA that settings.acme then trusts) and its config.
    bool writePebbleFiles(quint16 httpPort);
    Config engineConfig() const;
    // The serial of the certificate the HTTPS listener presents for the name; empty if the handshake fails.
    QString servedSerial(quint16 port) const;

    QString m_pebble;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QString m_directoryUrl;
    QString m_caFile;
    quint16 m_httpPort = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EngineController> m_engine;
};

void TestAcmeRenewal::initTestCase()
{
    m_pebble = QStandardPaths::findExecutable(QStringLiteral("pebble"));
    if (m_pebble.isEmpty())
        QSKIP("pebble is not installed (Debian package \"pebble\"): the ACME end-to-end test needs it");
    EngineController::registerMetaTypes();
    CertificateCenter::registerMetaTypes();
}

bool TestAcmeRenewal::writePebbleFiles(quint16 httpPort)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OpenSsl::EvpPkeyPtr caKey = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
    OpenSsl::X509Ptr ca =
        caKey ? CertificateFactory::certificateAuthority(caKey.get(), QStringLiteral("Pebble API test CA"),
                                                         now.addDays(-1), now.addDays(2), {})
              : OpenSsl::X509Ptr();
    OpenSsl::EvpPkeyPtr key = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
    const CertificateFactory::Subject subject{
        QStringLiteral("localhost"), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}};
    OpenSsl::X509Ptr certificate = ca && key ? CertificateFactory::issue(key.get(), subject, ca.get(), caKey.get(),
                                                                         now.addDays(-1), now.addDays(2))
                                             : OpenSsl::X509Ptr();
    const QList<quint16> ports = freeLoopbackPorts(3);
    if (!certificate || ports.size() != 3)
        return false;
    m_caFile = m_dir->filePath(QStringLiteral("api-ca.pem"));
    const QJsonObject config{
        {QStringLiteral("pebble"),
         QJsonObject{
             {QStringLiteral("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(ports.at(0))},
             {QStringLiteral("managementListenAddress"), QStringLiteral("127.0.0.1:%1").arg(ports.at(1))},
             {QStringLiteral("certificate"), m_dir->filePath(QStringLiteral("api-cert.pem"))},
             {QStringLiteral("privateKey"), m_dir->filePath(QStringLiteral("api-key.pem"))},
             {QStringLiteral("httpPort"), int(httpPort)},
             {QStringLiteral("tlsPort"), int(ports.at(2))},
             {QStringLiteral("ocspResponderURL"), QString()},
             {QStringLiteral("externalAccountBindingRequired"), false},
         }}};
    m_directoryUrl = QStringLiteral("https://127.0.0.1:%1/dir").arg(ports.at(0));
    return writeFile(m_caFile, OpenSsl::toPem(ca.get())) &&
           writeFile(m_dir->filePath(QStringLiteral("api-cert.pem")), OpenSsl::toPem(certificate.get())) &&
           writeFile(m_dir->filePath(QStringLiteral("api-key.pem")), OpenSsl::privateKeyToPem(key.get())) &&
           writeFile(m_dir->filePath(QStringLiteral("pebble.json")), QJsonDocument(config).toJson());
}

Config TestAcmeRenewal::engineConfig() const
{
    Config config;
    config.settings.workers = 1;
    config.settings.accessLog = false;
    config.settings.certificateDirectory = m_dir->filePath(QStringLiteral("store"));
    config.settings.acme.directoryUrl = m_directoryUrl;
    config.settings.acme.caCertificatesFile = m_caFile;
    config.settings.acme.termsAgreed = true;
    config.settings.acme.email = QStringLiteral("admin@example.com");
    config.settings.acme.httpChallengePort = m_httpPort;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), m_httpPort, ListenerProtocol::Http}};
    return config;
}

void TestAcmeRenewal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QList<quint16> ports = freeLoopbackPorts(1);
    QVERIFY(!ports.isEmpty());
    m_httpPort = ports.first();
    QVERIFY(writePebbleFiles(m_httpPort));

    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("0"));
    environment.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QStringLiteral("0"));
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_dir->path());
    connect(m_process.get(), &QProcess::readyRead, this, [this] { m_output += m_process->readAll(); });
    m_process->start(m_pebble, {QStringLiteral("-config"), m_dir->filePath(QStringLiteral("pebble.json")),
                                QStringLiteral("-strict=false")});
    QVERIFY2(m_process->waitForStarted(), qPrintable(m_process->errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_output.contains("ACME directory available") ||
                                  m_process->state() == QProcess::NotRunning,
                              m_output.constData(), 30000);
    QVERIFY2(m_process->state() == QProcess::Running, m_output.constData());

    // The clock starts at the real time: pebble's certificates are valid from now on.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock =
        std::make_unique<ManualClock>(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC));
    m_engine = std::make_unique<EngineController>(*m_clock);
    const ApplyResult started = m_engine->start(engineConfig());
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.errors.first().message()));
}

void TestAcmeRenewal::cleanup()
{
    if (m_engine && m_engine->state() != EngineState::Stopped) {
        m_engine->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), EngineState::Stopped, 15000);
    }
    m_engine.reset();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished();
        if (QTest::currentTestFailed())
            qWarning().noquote() << "pebble said:\n" << QString::fromLocal8Bit(m_output + m_process->readAll());
    }
    m_process.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestAcmeRenewal::servedSerial(quint16 port) const
{
    HttpClient client;
    if (!client.connectEncrypted(port, orderedName))
        return QString();
    return normalSerial(QString::fromLatin1(client.peerCertificate().serialNumber()));
}

void TestAcmeRenewal::issuesRenewsAndServes()
{
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    QSignalSpy events(&center, &CertificateCenter::eventOccurred);

    // Issuance: Portico's own HTTP listener answers pebble's challenge.
    const quint64 order = center.requestAcme({orderedName});
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).value<quint64>(), order);
    const AcmeOutcome issued = finished.first().at(1).value<AcmeOutcome>();
    QVERIFY2(issued.ok(), qPrintable(describe(issued)));
    QVERIFY(!issued.renewal);
    const std::optional<CertificateEntry> first = center.entry(issued.certificateId);
    QVERIFY(first);
    QCOMPARE(first->source, CertificateSource::Acme);
    QCOMPARE(first->info.dnsNames, QStringList{orderedName});
    QVERIFY(!first->info.chain.isEmpty());
    QCOMPARE(events.size(), 1);
    const EngineEvent issuedEvent = events.takeFirst().first().value<EngineEvent>();
    QCOMPARE(issuedEvent.kind, EngineEventKind::CertificateIssued);
    QCOMPARE(issuedEvent.args,
             (QStringList{first->id, QStringLiteral("acme"), first->info.notAfter.toString(Qt::ISODate)}));

    // Serving: an HTTPS listener and a site for the name that asks for the entry by id.
    Config config = engineConfig();
    config.listeners.append(ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Https});
    SiteConfig site;
    site.name = QStringLiteral("Local");
    site.serverNames = {orderedName};
    site.tls.certificate = first->id;
    config.sites = {site};
    const ApplyResult applied = m_engine->apply(config);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.errors.first().message()));
    quint16 httpsPort = 0;
    for (const BoundListener& listener : m_engine->listeners()) {
        if (listener.config.protocol == ListenerProtocol::Https)
            httpsPort = listener.port;
    }
    QVERIFY(httpsPort != 0);
    QCOMPARE(center.usedBy(first->id), QStringList{QStringLiteral("sites[0] (Local)")});
    QTRY_COMPARE_WITH_TIMEOUT(servedSerial(httpsPort), normalSerial(first->info.serialNumber), 10000);

    // Renewal: nothing happens before it is due, then checkNow() renews in place.
    QList<CertificateRenewal> renewals = center.renewals();
    QCOMPARE(renewals.size(), 1);
    QCOMPARE(renewals.first().id, first->id);
    QCOMPARE(renewals.first().due, CertificateCenter::renewalDue(first->info.notBefore, first->info.notAfter));
    QSignalSpy started(&center, &CertificateCenter::acmeStarted);
    center.checkNow();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0);

    m_clock->advance(m_clock->now().msecsTo(renewals.first().due) + 60 * 1000);
    events.clear();
    center.checkNow();
    QVERIFY(finished.wait(120000));
    QCOMPARE(started.size(), 1);
    const AcmeOutcome renewed = finished.last().at(1).value<AcmeOutcome>();
    QVERIFY2(renewed.ok(), qPrintable(describe(renewed)));
    QVERIFY(renewed.renewal);
    QCOMPARE(renewed.certificateId, first->id);
    const std::optional<CertificateEntry> second = center.entry(first->id);
    QVERIFY(second);
    QCOMPARE(center.list().size(), 1);
    QCOMPARE(second->source, CertificateSource::Acme);
    QVERIFY(second->info.serialNumber != first->info.serialNumber);
    QVERIFY(second->info.notAfter >= first->info.notAfter);
    QList<EngineEvent> renewedEvents;
    for (const QList<QVariant>& arguments : std::as_const(events)) {
        const EngineEvent event = arguments.first().value<EngineEvent>();
        if (event.kind == EngineEventKind::CertificateRenewed)
            renewedEvents.append(event);
    }
    QCOMPARE(renewedEvents.size(), 1);
    QCOMPARE(renewedEvents.first().args, (QStringList{first->id, second->info.notAfter.toString(Qt::ISODate)}));
    QCOMPARE(center.renewals().first().failures, 0);

    // Swapped live: a new connection gets the renewed certificate.
    QTRY_COMPARE_WITH_TIMEOUT(servedSerial(httpsPort), normalSerial(second->info.serialNumber), 10000);
}

QTEST_GUILESS_MAIN(TestAcmeRenewal)
#include "TestAcmeRenewal.moc"
