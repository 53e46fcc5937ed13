// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"

#include "acme/AcmeChallengeStore.h"
#include "controller/CertificateCenter.h"
#include "controller/EngineController.h"
#include "tls/CertificateFactory.h"
#include "tls/OpenSsl.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;
using namespace Portico::Test;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 hourMs = 3600LL * 1000;

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

quint16 freeLoopbackPort()
{
    const QList<quint16> ports = freeLoopbackPorts(1);
    return ports.isEmpty() ? 0 : ports.first();
}

struct KeyAndCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

// A self-signed server certificate for the names, valid between the two times.
KeyAndCertificate makeCertificate(const QStringList& names, const QDateTime& notBefore, const QDateTime& notAfter)
{
    OpenSsl::EvpPkeyPtr key = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
    if (!key)
        return {};
    const CertificateFactory::Subject subject{names.first(), names, {}};
    OpenSsl::X509Ptr certificate = CertificateFactory::selfSigned(key.get(), subject, notBefore, notAfter);
    if (!certificate)
        return {};
    return {OpenSsl::toPem(certificate.get()), OpenSsl::privateKeyToPem(key.get())};
}

QList<EngineEvent> eventsOf(QSignalSpy& spy)
{
    QList<EngineEvent> events;
    for (const QList<QVariant>& arguments : std::as_const(spy))
        events.append(arguments.first().value<EngineEvent>());
    spy.clear();
    return events;
}

const PreflightCheck* findCheck(const PreflightReport& report, PreflightCheckKind kind, const QString& name = {})
{
    for (const PreflightCheck& check : report.checks) {
        if (check.kind == kind && check.name == name)
            return &check;
    }
    return nullptr;
}

QString describe(const PreflightReport& report)
{
    QStringList lines;
    for (const PreflightCheck& check : report.checks)
        lines.append(PreflightCheck::statusName(check.status) + QLatin1Char(' ') + check.message());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The certificate side of the controller API: store operations through the centre, expiry warnings, renewal
// timing and back-off, and the ACME pre-flight, with a manual clock and a temporary store.
class TestCertificateCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void storeChangesEmitCertificatesChanged();
    void removeIsRefusedWhileInUse();
    void expiryWarningsFireOncePerThreshold();
    void expiryWarningForLateArrivalIsSingle();
    void renewalDue_data();
    void renewalDue();
    void backoff_data();
    void backoff();
    void renewalFailuresBackOff();
    void backoffSurvivesRestart();
    void acmeSiteWithoutCertificateIsOrdered();
    void ordersFailEarlyWhileStopped();
    void ordersRunOneAtATimeAndCancel();
    void preflightWithoutHttpListener();
    void preflightWildcard();
    void preflightChallengeReachable();
    void preflightCurrentCertificate();

private:
    Config baseConfig() const;
    // A running engine with an HTTP listener on a free port that is also settings.acme.httpChallengePort, and a
    // CA directory nothing listens on (orders fail at once with a network error).
    bool startWithChallengeListener(Config config = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EngineController> m_engine;
};

void TestCertificateCenter::initTestCase()
{
    EngineController::registerMetaTypes();
    CertificateCenter::registerMetaTypes();
}

void TestCertificateCenter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>();
    m_engine = std::make_unique<EngineController>(*m_clock);
    QVERIFY(m_engine->apply(baseConfig()).ok());
    QCOMPARE(m_engine->certificates().directory(), m_dir->filePath(QStringLiteral("certificates")));
}

void TestCertificateCenter::cleanup()
{
    if (m_engine && m_engine->state() != EngineState::Stopped) {
        m_engine->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), EngineState::Stopped, 15000);
    }
    m_engine.reset();
    m_clock.reset();
    m_dir.reset();
}

Config TestCertificateCenter::baseConfig() const
{
    Config config;
    config.settings.workers = 1;
    config.settings.accessLog = false;
    config.settings.certificateDirectory = m_dir->filePath(QStringLiteral("certificates"));
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    return config;
}

bool TestCertificateCenter::startWithChallengeListener(Config config)
{
    if (config.listeners.isEmpty())
        config = baseConfig();
    const QList<quint16> ports = freeLoopbackPorts(2);
    if (ports.size() != 2)
        return false;
    const quint16 port = ports.at(0);
    const quint16 closed = ports.at(1);
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), port, ListenerProtocol::Http}};
    config.settings.acme.httpChallengePort = port;
    config.settings.acme.termsAgreed = true;
    config.settings.acme.directoryUrl = QStringLiteral("https://127.0.0.1:%1/dir").arg(closed);
    const ApplyResult result = m_engine->start(config);
    if (!result.ok())
        qWarning().noquote() << result.errors.first().message();
    return result.ok();
}

void TestCertificateCenter::storeChangesEmitCertificatesChanged()
{
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy changed(&center, &CertificateCenter::certificatesChanged);

    NewCertificateOptions options;
    options.names = {QStringLiteral("intranet.office.lan")};
    const CertificateResult selfSigned = center.createSelfSigned(options);
    QVERIFY(selfSigned.ok());
    QCOMPARE(changed.size(), 1);
    const CertificateResult localCa = center.createLocalCa(QStringLiteral("Office"));
    QVERIFY(localCa.ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(center.localCaId(), localCa.id);
    options.names = {QStringLiteral("nas.office.lan")};
    QVERIFY(center.issueFromLocalCa(options).ok());
    QCOMPARE(changed.size(), 3);
    const CertificateResult request = center.createRequest(options);
    QVERIFY(request.ok());
    QCOMPARE(changed.size(), 4);
    QVERIFY(center.requestPem(request.id).startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    QVERIFY(center.exportLocalCa(CertificateStore::ExportFormat::Pem).ok());
    QCOMPARE(changed.size(), 4); // reading changes nothing

    const KeyAndCertificate made =
        makeCertificate({QStringLiteral("printer.office.lan")}, m_clock->now().addDays(-1), m_clock->now().addDays(90));
    QVERIFY(center.importPem(made.certificatePem, made.keyPem).ok());
    QCOMPARE(changed.size(), 5);
    QVERIFY(!center.importPem("garbage", made.keyPem).ok());
    QCOMPARE(changed.size(), 5); // nothing stored, nothing changed

    QVERIFY(center.remove(selfSigned.id).ok());
    QCOMPARE(changed.size(), 6);
    QVERIFY(!center.entry(selfSigned.id));
    QCOMPARE(center.list().size(), 4);
    QVERIFY(!center.remove(selfSigned.id).ok());
    QCOMPARE(changed.size(), 6);
}

void TestCertificateCenter::removeIsRefusedWhileInUse()
{
    CertificateCenter& center = m_engine->certificates();
    NewCertificateOptions options;
    options.names = {QStringLiteral("intranet.office.lan")};
    const QString siteCertificate = center.createSelfSigned(options).id;
    options.names = {QStringLiteral("default.office.lan")};
    const QString listenerCertificate = center.createSelfSigned(options).id;
    options.names = {QStringLiteral("wiki.office.lan")};
    const QString automatic = center.createSelfSigned(options).id;
    QVERIFY(!siteCertificate.isEmpty() && !listenerCertificate.isEmpty() && !automatic.isEmpty());

    Config config = baseConfig();
    ListenerConfig https(QStringLiteral("0.0.0.0"), 8443, ListenerProtocol::Https);
    https.certificate = listenerCertificate;
    config.listeners.append(https);
    SiteConfig intranet;
    intranet.name = QStringLiteral("Intranet");
    intranet.serverNames = {QStringLiteral("intranet.office.lan")};
    intranet.tls.certificate = siteCertificate;
    SiteConfig wiki;
    wiki.name = QStringLiteral("Wiki");
    wiki.serverNames = {QStringLiteral("wiki.office.lan")};
    config.sites = {intranet, wiki};
    QVERIFY(m_engine->apply(config).ok());

    QCOMPARE(center.usedBy(siteCertificate), QStringList{QStringLiteral("sites[0] (Intranet)")});
    QCOMPARE(center.usedBy(listenerCertificate), QStringList{QStringLiteral("listeners[1] (0.0.0.0:8443)")});
    // Picked by name counts as use, but does not stop a removal.
    QCOMPARE(center.usedBy(automatic), QStringList{QStringLiteral("sites[1] (Wiki)")});

    QSignalSpy changed(&center, &CertificateCenter::certificatesChanged);
    const CertificateResult refused = center.remove(siteCertificate);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, CertificateErrorCode::InUse);
    QCOMPARE(refused.error->args, QStringList{QStringLiteral("sites[0] (Intranet)")});
    QVERIFY(refused.error->message().contains(QLatin1String("sites[0] (Intranet)")));
    QCOMPARE(CertificateError::codeName(refused.error->code), QStringLiteral("in-use"));
    QVERIFY(center.entry(siteCertificate));
    const CertificateResult refusedListener = center.remove(listenerCertificate);
    QCOMPARE(refusedListener.error->code, CertificateErrorCode::InUse);
    QVERIFY(center.entry(listenerCertificate));
    QCOMPARE(changed.size(), 0);

    QVERIFY(center.remove(automatic).ok());
    config.sites[0].tls.certificate.clear();
    QVERIFY(m_engine->apply(config).ok());
    QVERIFY(center.remove(siteCertificate).ok());
    QCOMPARE(changed.size(), 2);
}

void TestCertificateCenter::expiryWarningsFireOncePerThreshold()
{
    CertificateCenter& center = m_engine->certificates();
    const QDateTime start = m_clock->now();
    const QDateTime notAfter = start.addDays(40);
    const KeyAndCertificate made =
        makeCertificate({QStringLiteral("intranet.office.lan")}, start.addDays(-1), notAfter);
    CertificateImportOptions options;
    options.name = QStringLiteral("Intranet");
    const CertificateResult stored = center.importPem(made.certificatePem, made.keyPem, options);
    QVERIFY(stored.ok());
    QVERIFY(center.createLocalCa(QStringLiteral("Office")).ok()); // ten years: never warned about here

    QSignalSpy events(&center, &CertificateCenter::eventOccurred);
    center.checkNow();
    QCOMPARE(events.size(), 0);

    const auto advanceTo = [this](const QDateTime& when) {
        m_clock->advance(m_clock->now().msecsTo(when));
    };
    const QString notAfterText = notAfter.toString(Qt::ISODate);
    for (int days : {30, 14, 7}) {
        advanceTo(notAfter.addDays(-days));
        center.checkNow();
        const QList<EngineEvent> fired = eventsOf(events);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().kind, EngineEventKind::CertificateExpiring);
        QCOMPARE(fired.first().severity, EventSeverity::Warning);
        QCOMPARE(fired.first().subject, QStringLiteral("Intranet"));
        QCOMPARE(fired.first().args, (QStringList{QString::number(days), stored.id, notAfterText}));
        QCOMPARE(fired.first().time, m_clock->now());
        center.checkNow();
        QCOMPARE(events.size(), 0);
        // A restart (a new centre on the same store) remembers what was said.
        CertificateCenter restarted(*m_engine, std::make_shared<AcmeChallengeStore>(), *m_clock);
        QSignalSpy restartedEvents(&restarted, &CertificateCenter::eventOccurred);
        restarted.checkNow();
        QCOMPARE(restartedEvents.size(), 0);
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("certificates/acme/notified.json"))));

    advanceTo(notAfter.addDays(-3));
    center.checkNow();
    QCOMPARE(events.size(), 0);

    advanceTo(notAfter.addSecs(1));
    center.checkNow();
    const QList<EngineEvent> expired = eventsOf(events);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().kind, EngineEventKind::CertificateExpired);
    QCOMPARE(expired.first().severity, EventSeverity::Error);
    QCOMPARE(expired.first().args, (QStringList{stored.id, notAfterText}));
    center.checkNow();
    QCOMPARE(events.size(), 0);
    CertificateCenter restarted(*m_engine, std::make_shared<AcmeChallengeStore>(), *m_clock);
    QSignalSpy restartedEvents(&restarted, &CertificateCenter::eventOccurred);
    restarted.checkNow();
    QCOMPARE(restartedEvents.size(), 0);
}

void TestCertificateCenter::expiryWarningForLateArrivalIsSingle()
{
    CertificateCenter& center = m_engine->certificates();
    const QDateTime notAfter = m_clock->now().addDays(5).addSecs(60);
    const KeyAndCertificate made =
        makeCertificate({QStringLiteral("late.office.lan")}, m_clock->now().addDays(-80), notAfter);
    const CertificateResult stored = center.importPem(made.certificatePem, made.keyPem);
    QVERIFY(stored.ok());
    QSignalSpy events(&center, &CertificateCenter::eventOccurred);
    center.checkNow();
    const QList<EngineEvent> fired = eventsOf(events);
    QCOMPARE(fired.size(), 1); // not three at once for 30, 14 and 7 days
    QCOMPARE(fired.first().kind, EngineEventKind::CertificateExpiring);
    QCOMPARE(fired.first().args.first(), QStringLiteral("5"));
    m_clock->advance(2 * dayMs);
    center.checkNow();
    QCOMPARE(events.size(), 0);
}

void TestCertificateCenter::renewalDue_data()
{
    QTest::addColumn<qint64>("lifetimeDays");
    QTest::addColumn<qint64>("dueAfterHours"); // after notBefore

    // Let's Encrypt: 90 days; two thirds and 30 days before the end meet at day 60.
    QTest::newRow("90 days") << qint64(90) << qint64(60 * 24);
    QTest::newRow("one year: two thirds") << qint64(360) << qint64(240 * 24);
    QTest::newRow("45 days: 30 days before") << qint64(45) << qint64(15 * 24);
    QTest::newRow("30 days: at once") << qint64(30) << qint64(0);
    QTest::newRow("short-lived: already due") << qint64(6) << qint64(-24 * 24);
}

void TestCertificateCenter::renewalDue()
{
    QFETCH(qint64, lifetimeDays);
    QFETCH(qint64, dueAfterHours);
    const QDateTime notBefore(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime due = CertificateCenter::renewalDue(notBefore, notBefore.addDays(lifetimeDays));
    QCOMPARE(due, notBefore.addSecs(dueAfterHours * 3600));
}

void TestCertificateCenter::backoff_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("hours");
    QTest::newRow("1") << 1 << qint64(1);
    QTest::newRow("2") << 2 << qint64(2);
    QTest::newRow("3") << 3 << qint64(4);
    QTest::newRow("4") << 4 << qint64(8);
    QTest::newRow("5") << 5 << qint64(16);
    QTest::newRow("6: capped") << 6 << qint64(24);
    QTest::newRow("7") << 7 << qint64(24);
    QTest::newRow("100") << 100 << qint64(24);
}

void TestCertificateCenter::backoff()
{
    QFETCH(int, failures);
    QFETCH(qint64, hours);
    QCOMPARE(CertificateCenter::backoffMs(failures), hours * hourMs);
}

void TestCertificateCenter::renewalFailuresBackOff()
{
    QVERIFY(startWithChallengeListener());
    CertificateCenter& center = m_engine->certificates();
    // An ACME entry 20 days from its end: due at once.
    const QDateTime notAfter = m_clock->now().addDays(20);
    const KeyAndCertificate made =
        makeCertificate({QStringLiteral("localhost")}, m_clock->now().addDays(-70), notAfter);
    CertificateImportOptions options;
    options.source = CertificateSource::Acme;
    const CertificateResult stored = center.importPem(made.certificatePem, made.keyPem, options);
    QVERIFY(stored.ok());
    QCOMPARE(center.renewals().size(), 1);
    QCOMPARE(center.renewals().first().due, notAfter.addDays(-30));
    QCOMPARE(center.renewals().first().failures, 0);

    QSignalSpy started(&center, &CertificateCenter::acmeStarted);
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    QSignalSpy events(&center, &CertificateCenter::eventOccurred);
    const QList<qint64> expectedHours = {1, 2, 4, 8, 16, 24, 24};
    for (qsizetype attempt = 0; attempt < expectedHours.size(); ++attempt) {
        center.checkNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toStringList(), QStringList{QStringLiteral("localhost")});
        const AcmeOutcome outcome = finished.first().at(1).value<AcmeOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.renewal);
        QCOMPARE(outcome.certificateId, stored.id);
        QCOMPARE(outcome.acmeError->code, AcmeErrorCode::NetworkError);
        started.clear();
        finished.clear();

        const QDateTime next = m_clock->now().addMSecs(expectedHours.at(attempt) * hourMs);
        const CertificateRenewal renewal = center.renewals().first();
        QCOMPARE(renewal.failures, int(attempt + 1));
        QCOMPARE(renewal.nextAttempt, next);
        QVERIFY(renewal.lastError);
        QVERIFY(!renewal.running);
        QList<EngineEvent> failed;
        for (const EngineEvent& event : eventsOf(events)) {
            if (event.kind == EngineEventKind::CertificateRenewalFailed)
                failed.append(event);
        }
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().subject, QStringLiteral("localhost"));
        QCOMPARE(failed.first().args.at(0), QStringLiteral("network-error"));
        QVERIFY(!failed.first().args.at(1).isEmpty());
        QCOMPARE(failed.first().args.at(2), next.toString(Qt::ISODate));

        // Not before the back-off is over.
        m_clock->advance(expectedHours.at(attempt) * hourMs - 1000);
        center.checkNow();
        QCoreApplication::processEvents(); // where a queued order would start
        QCOMPARE(started.size(), 0);
        m_clock->advance(1000);
    }
}

void TestCertificateCenter::backoffSurvivesRestart()
{
    QVERIFY(startWithChallengeListener());
    CertificateCenter& center = m_engine->certificates();
    const KeyAndCertificate made =
        makeCertificate({QStringLiteral("localhost")}, m_clock->now().addDays(-70), m_clock->now().addDays(20));
    CertificateImportOptions options;
    options.source = CertificateSource::Acme;
    const CertificateResult stored = center.importPem(made.certificatePem, made.keyPem, options);
    QVERIFY(stored.ok());
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    QSignalSpy changed(&center, &CertificateCenter::renewalsChanged);
    center.checkNow();
    QVERIFY(finished.wait(30000));
    QCOMPARE(changed.size(), 1);
    const CertificateRenewal before = center.renewals().first();
    QCOMPARE(before.failures, 1);

    // A new controller on the same folder, as after a restart: the back-off is still in force.
    const Config config = m_engine->config();
    m_engine->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), EngineState::Stopped, 15000);
    m_engine = std::make_unique<EngineController>(*m_clock);
    QVERIFY(m_engine->start(config).ok());
    CertificateCenter& again = m_engine->certificates();
    QCOMPARE(again.renewals().size(), 1);
    const CertificateRenewal after = again.renewals().first();
    QCOMPARE(after.failures, 1);
    QCOMPARE(after.nextAttempt, before.nextAttempt);
    QVERIFY(after.lastError);
    QCOMPARE(after.lastError->code, AcmeErrorCode::NetworkError);
    QSignalSpy started(&again, &CertificateCenter::acmeStarted);
    again.checkNow();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0); // not before the back-off is over

    // Removing the entry forgets its back-off, on disk too.
    QSignalSpy cleared(&again, &CertificateCenter::renewalsChanged);
    QVERIFY(again.remove(stored.id).ok());
    QCOMPARE(cleared.size(), 1);
    QFile saved(m_dir->filePath(QStringLiteral("certificates/acme/renewals.json")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(stored.id.toLatin1()));
}

void TestCertificateCenter::acmeSiteWithoutCertificateIsOrdered()
{
    Config config = baseConfig();
    SiteConfig site;
    site.name = QStringLiteral("Public");
    site.serverNames = {QStringLiteral("localhost"), QStringLiteral("*.example.com")};
    site.tls.acme = true;
    config.sites = {site};
    QVERIFY(startWithChallengeListener(config));
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy started(&center, &CertificateCenter::acmeStarted);
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    QSignalSpy events(&center, &CertificateCenter::eventOccurred);
    center.checkNow();
    QVERIFY(finished.wait(30000));
    // The wildcard cannot be proven with HTTP-01 and is left out; the pre-flight says so.
    QCOMPARE(started.first().at(1).toStringList(), QStringList{QStringLiteral("localhost")});
    const AcmeOutcome outcome = finished.first().at(1).value<AcmeOutcome>();
    QVERIFY(!outcome.renewal);
    QCOMPARE(outcome.acmeError->code, AcmeErrorCode::NetworkError);
    const QList<EngineEvent> fired = eventsOf(events);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().kind, EngineEventKind::CertificateRenewalFailed);
    QCOMPARE(fired.first().subject, QStringLiteral("localhost"));

    started.clear();
    center.checkNow();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0); // backing off
    m_clock->advance(hourMs);
    center.checkNow();
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.size(), 1);
}

void TestCertificateCenter::ordersFailEarlyWhileStopped()
{
    Config config = baseConfig();
    config.settings.acme.termsAgreed = true;
    QVERIFY(m_engine->apply(config).ok());
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy started(&center, &CertificateCenter::acmeStarted);
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    const quint64 id = center.requestAcme({QStringLiteral("www.example.com")});
    QCOMPARE(finished.size(), 0); // never inside the call
    QVERIFY(finished.wait(5000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.first().at(0).value<quint64>(), id);
    const AcmeOutcome outcome = finished.first().at(1).value<AcmeOutcome>();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.names, QStringList{QStringLiteral("www.example.com")});
    QCOMPARE(outcome.acmeError->code, AcmeErrorCode::ConnectionRefused);
    QVERIFY(outcome.acmeError->detail.contains(QLatin1String("not running")));

    finished.clear();
    center.requestAcme({QStringLiteral("*.example.com")});
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<AcmeOutcome>().acmeError->code, AcmeErrorCode::RejectedIdentifier);

    finished.clear();
    center.requestAcme({QStringLiteral("www.example.com")}, QStringLiteral("0123456789abcdef"));
    QVERIFY(finished.wait(5000));
    const AcmeOutcome missing = finished.first().at(1).value<AcmeOutcome>();
    QVERIFY(missing.renewal);
    QCOMPARE(missing.storeError->code, CertificateErrorCode::NotFound);
    // Nothing could have touched the account key.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("certificates/acme/account.pem"))));
}

void TestCertificateCenter::ordersRunOneAtATimeAndCancel()
{
    QVERIFY(startWithChallengeListener());
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy started(&center, &CertificateCenter::acmeStarted);
    QSignalSpy finished(&center, &CertificateCenter::acmeFinished);
    const quint64 first = center.requestAcme({QStringLiteral("localhost")});
    const quint64 second = center.requestAcme({QStringLiteral("second.localhost")});
    const quint64 third = center.requestAcme({QStringLiteral("third.localhost")});
    center.cancelAcme(second);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<quint64>(), second);
    QCOMPARE(finished.first().at(1).value<AcmeOutcome>().acmeError->code, AcmeErrorCode::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QCOMPARE(finished.at(1).at(0).value<quint64>(), first);
    QCOMPARE(finished.at(2).at(0).value<quint64>(), third);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(0).value<quint64>(), first);
    QCOMPARE(started.at(1).at(0).value<quint64>(), third);
    // The account key was made once, owner-only.
    const QString accountKey = m_dir->filePath(QStringLiteral("certificates/acme/account.pem"));
    QVERIFY(QFile::exists(accountKey));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(accountKey) & others, QFileDevice::Permissions());
}

void TestCertificateCenter::preflightWithoutHttpListener()
{
    Config config = baseConfig();
    config.settings.acme.httpChallengePort = freeLoopbackPort();
    QVERIFY(m_engine->apply(config).ok());
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy finished(&center, &CertificateCenter::preflightFinished);
    const quint64 id = center.runPreflight({QStringLiteral("localhost")});
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<quint64>(), id);
    const PreflightReport report = finished.first().at(1).value<PreflightReport>();
    QVERIFY2(!report.canProceed(), qPrintable(describe(report)));
    QCOMPARE(report.names, QStringList{QStringLiteral("localhost")});
    const PreflightCheck* listener = findCheck(report, PreflightCheckKind::HttpListener);
    QVERIFY(listener);
    QCOMPARE(listener->status, PreflightStatus::Failed);
    QCOMPARE(listener->args.first(), QString::number(config.settings.acme.httpChallengePort));
    QVERIFY(!listener->message().isEmpty());
    QCOMPARE(findCheck(report, PreflightCheckKind::TermsAgreed)->status, PreflightStatus::Failed);
    QCOMPARE(findCheck(report, PreflightCheckKind::EngineRunning)->status, PreflightStatus::Failed);
    const PreflightCheck* resolves = findCheck(report, PreflightCheckKind::NameResolves, QStringLiteral("localhost"));
    QVERIFY(resolves);
    QVERIFY(resolves->status != PreflightStatus::Failed);
    QCOMPARE(findCheck(report, PreflightCheckKind::ChallengeReachable, QStringLiteral("localhost"))->status,
             PreflightStatus::Failed);
    // General checks first, then the name's.
    QCOMPARE(report.checks.first().kind, PreflightCheckKind::TermsAgreed);
    QCOMPARE(report.checks.last().kind, PreflightCheckKind::CurrentCertificate);
}

void TestCertificateCenter::preflightWildcard()
{
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy finished(&center, &CertificateCenter::preflightFinished);
    center.runPreflight({QStringLiteral("*.example.com")});
    QVERIFY(finished.wait(30000));
    const PreflightReport report = finished.first().at(1).value<PreflightReport>();
    const PreflightCheck* wildcard =
        findCheck(report, PreflightCheckKind::WildcardName, QStringLiteral("*.example.com"));
    QVERIFY(wildcard);
    QCOMPARE(wildcard->status, PreflightStatus::Failed);
    QCOMPARE(wildcard->args, QStringList{QStringLiteral("*.example.com")});
    QVERIFY(wildcard->message().contains(QLatin1String("wildcard")));
    QVERIFY(!findCheck(report, PreflightCheckKind::ChallengeReachable, QStringLiteral("*.example.com")));
    QVERIFY(!report.canProceed());
}

void TestCertificateCenter::preflightChallengeReachable()
{
    QVERIFY(startWithChallengeListener());
    CertificateCenter& center = m_engine->certificates();
    QSignalSpy finished(&center, &CertificateCenter::preflightFinished);
    center.runPreflight({QStringLiteral("localhost")});
    QVERIFY(finished.wait(30000));
    const PreflightReport report = finished.first().at(1).value<PreflightReport>();
    const PreflightCheck* reachable =
        findCheck(report, PreflightCheckKind::ChallengeReachable, QStringLiteral("localhost"));
    QVERIFY(reachable);
    // Needs the engine's HTTP listeners to answer from the challenge store (the data-path hook).
    QVERIFY2(reachable->status == PreflightStatus::Passed, qPrintable(describe(report)));
    QVERIFY(reachable->args.first().startsWith(QStringLiteral("http://localhost:%1/.well-known/acme-challenge/")
                                                   .arg(m_engine->config().settings.acme.httpChallengePort)));
    QCOMPARE(findCheck(report, PreflightCheckKind::EngineRunning)->status, PreflightStatus::Passed);
    QCOMPARE(findCheck(report, PreflightCheckKind::TermsAgreed)->status, PreflightStatus::Passed);
    // Loopback only: fine for a test CA, not for a public one.
    QCOMPARE(findCheck(report, PreflightCheckKind::HttpListener)->status, PreflightStatus::Warning);
    QVERIFY2(report.canProceed(), qPrintable(describe(report)));
}

void TestCertificateCenter::preflightCurrentCertificate()
{
    CertificateCenter& center = m_engine->certificates();
    // .invalid names never resolve, so the pre-flight's probes go nowhere.
    const KeyAndCertificate made = makeCertificate({QStringLiteral("www.portico-test.invalid")},
                                                   m_clock->now().addDays(-60), m_clock->now().addDays(20));
    const CertificateResult stored = center.importPem(made.certificatePem, made.keyPem);
    QVERIFY(stored.ok());
    QSignalSpy finished(&center, &CertificateCenter::preflightFinished);
    center.runPreflight({QStringLiteral("www.portico-test.invalid"), QStringLiteral("new.portico-test.invalid")});
    QVERIFY(finished.wait(30000));
    const PreflightReport report = finished.first().at(1).value<PreflightReport>();
    const PreflightCheck* current =
        findCheck(report, PreflightCheckKind::CurrentCertificate, QStringLiteral("www.portico-test.invalid"));
    QVERIFY(current);
    QCOMPARE(current->status, PreflightStatus::Warning);
    QCOMPARE(current->args,
             (QStringList{stored.id, QStringLiteral("20"), m_clock->now().addDays(20).toString(Qt::ISODate)}));
    const PreflightCheck* none =
        findCheck(report, PreflightCheckKind::CurrentCertificate, QStringLiteral("new.portico-test.invalid"));
    QVERIFY(none);
    QCOMPARE(none->status, PreflightStatus::Passed);
    QVERIFY(none->args.isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificateCenter)
#include "TestCertificateCenter.moc"
