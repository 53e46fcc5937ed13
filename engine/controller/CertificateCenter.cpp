// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/CertificateCenter.h"

#include "acme/AcmeAccountStore.h"
#include "acme/AcmeChallengeStore.h"
#include "acme/AcmeClient.h"
#include "acme/AcmeErrorText.h"
#include "acme/ExpiryNotices.h"
#include "acme/PreflightRunner.h"
#include "controller/EngineController.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Portico {

namespace {

constexpr int checkIntervalMs = 60 * 1000;
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 maxBackoffMs = 24 * hourMs;
constexpr int renewBeforeDays = 30;
// The pre-flight warns about a current certificate with no more days left than this.
constexpr int currentCertificateWarningDays = 30;

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool isWildcard(const QString& name)
{
    return name.startsWith(QLatin1String("*."));
}

CertificateKeyType keyTypeFor(const QString& name)
{
    if (name == QLatin1String("ecdsa-p384"))
        return CertificateKeyType::EcdsaP384;
    if (name == QLatin1String("rsa-2048"))
        return CertificateKeyType::Rsa2048;
    return CertificateKeyType::EcdsaP256;
}

bool isServerCertificate(const CertificateEntry& entry)
{
    return entry.kind == CertificateEntryKind::Certificate && !entry.info.isNull();
}

bool covers(const CertificateEntry& entry, const QString& name)
{
    return entry.info.matchesExactly(name) || entry.info.matchesWildcard(name);
}

// The HTTP listeners the CA's HTTP-01 request would reach: those open on the port when running, else those
// configured for it.
QStringList challengeListeners(const EngineController& engine, int port)
{
    QStringList endpoints;
    if (engine.state() == EngineState::Running) {
        const QList<BoundListener> bound = engine.listeners();
        for (const BoundListener& listener : bound) {
            if (listener.config.protocol == ListenerProtocol::Http && listener.port == port)
                endpoints.append(listener.endpoint());
        }
        return endpoints;
    }
    for (const ListenerConfig& listener : engine.config().listeners) {
        if (listener.protocol == ListenerProtocol::Http && listener.port == port)
            endpoints.append(listener.endpoint());
    }
    return endpoints;
}

bool onlyLoopback(const EngineController& engine, int port)
{
    const QList<BoundListener> bound = engine.listeners();
    bool any = false;
    for (const BoundListener& listener : bound) {
        if (listener.config.protocol != ListenerProtocol::Http || listener.port != port)
            continue;
        any = true;
        if (!QHostAddress(listener.config.address).isLoopback())
            return false;
    }
    return any;
}

AcmeError acmeError(AcmeErrorCode code, const QString& detail)
{
    AcmeError error;
    error.code = code;
    error.detail = detail;
    return error;
}

} // namespace

CertificateCenter::CertificateCenter(EngineController& engine, std::shared_ptr<AcmeChallengeStore> challenges,
                                     const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_challenges(challenges ? std::move(challenges) : std::make_shared<AcmeChallengeStore>())
    , m_clock(clock)
{
    registerMetaTypes();
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CertificateCenter::checkNow);
    m_timer.start();
}

CertificateCenter::~CertificateCenter()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client.reset();
    }
    dropChallenges();
}

QString CertificateCenter::directory() const
{
    return m_engine.config().settings.effectiveCertificateDirectory();
}

CertificateStore CertificateCenter::store() const
{
    return CertificateStore(directory(), m_clock);
}

QList<CertificateEntry> CertificateCenter::list() const
{
    return store().list();
}

std::optional<CertificateEntry> CertificateCenter::entry(const QString& id) const
{
    return store().entry(id);
}

QStringList CertificateCenter::usedBy(const QString& id) const
{
    return usages(id, true);
}

QStringList CertificateCenter::usages(const QString& id, bool automatic) const
{
    QStringList places;
    if (id.isEmpty())
        return places;
    const Config& config = m_engine.config();
    const bool anyHttps = std::any_of(config.listeners.cbegin(), config.listeners.cend(),
                                      [](const ListenerConfig& l) { return l.protocol == ListenerProtocol::Https; });
    std::optional<CertificateStore> lookup;
    for (qsizetype i = 0; i < config.sites.size(); ++i) {
        const SiteConfig& site = config.sites.at(i);
        bool used = site.tls.certificate == id;
        if (!used && automatic && anyHttps && site.tls.certificate.isEmpty() && !site.tls.hasFiles()) {
            if (!lookup)
                lookup.emplace(directory(), m_clock);
            used = std::any_of(site.serverNames.cbegin(), site.serverNames.cend(),
                               [&](const QString& name) { return !isWildcard(name) && lookup->findFor(name) == id; });
        }
        if (used)
            places.append(QStringLiteral("sites[%1] (%2)").arg(i).arg(site.name));
    }
    for (qsizetype i = 0; i < config.listeners.size(); ++i) {
        const ListenerConfig& listener = config.listeners.at(i);
        if (listener.protocol == ListenerProtocol::Https && listener.certificate == id)
            places.append(QStringLiteral("listeners[%1] (%2)").arg(i).arg(listener.endpoint()));
    }
    return places;
}

CertificateResult CertificateCenter::changed(const CertificateResult& result)
{
    if (!result.ok())
        return result;
    Q_EMIT certificatesChanged();
    m_engine.reloadCertificates();
    return result;
}

void CertificateCenter::emitEvent(EngineEventKind kind, EventSeverity severity, const QString& subject,
                                  const QStringList& args)
{
    EngineEvent event;
    event.time = m_clock.now();
    event.kind = kind;
    event.severity = severity;
    event.subject = subject;
    event.args = args;
    Q_EMIT eventOccurred(event);
}

CertificateResult CertificateCenter::importPem(const QByteArray& certificates, const QByteArray& key,
                                               const CertificateImportOptions& options)
{
    return changed(store().importPem(certificates, key, options));
}

CertificateResult CertificateCenter::importPemFiles(const QString& certificateFile, const QString& keyFile,
                                                    const CertificateImportOptions& options)
{
    return changed(store().importPemFiles(certificateFile, keyFile, options));
}

CertificateResult CertificateCenter::importPkcs12File(const QString& file, const QString& password,
                                                      const CertificateImportOptions& options)
{
    return changed(store().importPkcs12File(file, password, options));
}

CertificateResult CertificateCenter::createSelfSigned(const NewCertificateOptions& options)
{
    return changed(store().createSelfSigned(options));
}

CertificateResult CertificateCenter::createLocalCa(const QString& officeName, const QStringList& permittedDomains)
{
    return changed(store().createLocalCa(officeName, permittedDomains));
}

QString CertificateCenter::localCaId() const
{
    return store().localCaId();
}

CertificateResult CertificateCenter::issueFromLocalCa(const NewCertificateOptions& options)
{
    return changed(store().issueFromLocalCa(options));
}

CertificateResult CertificateCenter::exportLocalCa(CertificateStore::ExportFormat format) const
{
    return store().exportLocalCa(format);
}

CertificateResult CertificateCenter::createRequest(const NewCertificateOptions& options)
{
    return changed(store().createRequest(options));
}

QByteArray CertificateCenter::requestPem(const QString& id) const
{
    return store().requestPem(id);
}

CertificateResult CertificateCenter::importRequestAnswer(const QString& id, const QByteArray& certificates,
                                                         const CertificateImportOptions& options)
{
    return changed(store().importRequestAnswer(id, certificates, options));
}

CertificateResult CertificateCenter::remove(const QString& id)
{
    const QStringList places = usages(id, false);
    if (!places.isEmpty()) {
        qCInfo(lcTls).noquote() << "Not removing certificate" << id << "- still used by" << places.join(u", ");
        CertificateResult result;
        result.id = id;
        result.error = CertificateError{CertificateErrorCode::InUse, places};
        return result;
    }
    const CertificateResult result = changed(store().remove(id));
    if (result.ok() && renewalStates().remove(id) > 0) {
        saveRenewals();
        Q_EMIT renewalsChanged();
    }
    return result;
}

quint64 CertificateCenter::requestAcme(const QStringList& names, const QString& replaceId)
{
    Order order;
    order.names = names;
    order.replaceId = replaceId;
    return enqueue(std::move(order));
}

quint64 CertificateCenter::enqueue(Order order)
{
    order.id = m_nextId++;
    const quint64 id = order.id;
    m_queue.append(std::move(order));
    // Started from the event loop, so the caller knows the id before acmeStarted() or acmeFinished().
    QMetaObject::invokeMethod(this, &CertificateCenter::startNextOrder, Qt::QueuedConnection);
    return id;
}

void CertificateCenter::cancelAcme(quint64 id)
{
    if (m_current && m_current->id == id) {
        if (m_client)
            m_client->cancel();
        return;
    }
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const Order& order) { return order.id == id; });
    if (it == m_queue.end())
        return;
    AcmeOutcome outcome;
    outcome.names = it->names;
    outcome.certificateId = it->replaceId;
    outcome.renewal = !it->replaceId.isEmpty();
    outcome.acmeError = acmeError(AcmeErrorCode::Cancelled, QString());
    m_queue.erase(it);
    Q_EMIT acmeFinished(id, outcome);
}

std::optional<AcmeError> CertificateCenter::orderProblem(const Order& order) const
{
    const AcmeConfig& acme = m_engine.config().settings.acme;
    if (order.names.isEmpty())
        return acmeError(AcmeErrorCode::RejectedIdentifier, QStringLiteral("no names to order a certificate for"));
    for (const QString& name : order.names) {
        if (isWildcard(name))
            return acmeError(
                AcmeErrorCode::RejectedIdentifier,
                QStringLiteral("%1 is a wildcard name, which the HTTP-01 challenge cannot prove").arg(name));
    }
    if (!acme.termsAgreed)
        return acmeError(AcmeErrorCode::AccountProblem,
                         QStringLiteral("the CA's terms of service have not been agreed to in the ACME settings"));
    if (acme.directoryUrl.isEmpty())
        return acmeError(AcmeErrorCode::NetworkError, QStringLiteral("no ACME directory URL is set"));
    if (m_engine.state() != EngineState::Running)
        return acmeError(AcmeErrorCode::ConnectionRefused,
                         QStringLiteral("Portico is not running, so no listener can answer the CA's challenge"));
    if (challengeListeners(m_engine, acme.httpChallengePort).isEmpty())
        return acmeError(AcmeErrorCode::ConnectionRefused,
                         QStringLiteral("no Portico HTTP listener is open on port %1 to answer the CA's challenge")
                             .arg(acme.httpChallengePort));
    return std::nullopt;
}

void CertificateCenter::startNextOrder()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    Order& order = *m_current;
    if (order.names.isEmpty() && !order.replaceId.isEmpty()) {
        if (const std::optional<CertificateEntry> renewed = entry(order.replaceId))
            order.names = renewed->info.dnsNames;
    }
    Q_EMIT acmeStarted(order.id, order.names);

    AcmeOutcome outcome;
    outcome.names = order.names;
    outcome.certificateId = order.replaceId;
    outcome.renewal = !order.replaceId.isEmpty();
    if (outcome.renewal && !entry(order.replaceId)) {
        outcome.storeError = CertificateError{CertificateErrorCode::NotFound, {order.replaceId}};
        finishOrder(outcome);
        return;
    }
    if (std::optional<AcmeError> problem = orderProblem(order)) {
        // The client logs its own failures; this one never reached it.
        qCWarning(lcAcme).noquote() << "Not ordering a certificate for" << order.names.join(u", ") << "-"
                                    << problem->detail;
        outcome.acmeError = std::move(problem);
        finishOrder(outcome);
        return;
    }
    QString reason;
    const AcmeJws accountKey = AcmeAccountStore(directory()).loadOrCreate(&reason);
    if (accountKey.isNull()) {
        outcome.acmeError = acmeError(AcmeErrorCode::KeyFailure, reason);
        finishOrder(outcome);
        return;
    }

    const AcmeConfig& acme = m_engine.config().settings.acme;
    AcmeClientOptions options;
    options.directoryUrl = QUrl(acme.directoryUrl);
    options.caCertificatesFile = acme.caCertificatesFile;
    options.contactEmail = acme.email;
    options.termsAgreed = acme.termsAgreed;
    options.keyType = keyTypeFor(acme.keyType);
    m_client = std::make_unique<AcmeClient>(options, accountKey);
    connect(m_client.get(), &AcmeClient::challengeReady, this,
            [this](const QString& token, const QByteArray& keyAuthorization) {
                m_challenges->add(token, keyAuthorization);
                m_currentTokens.append(token);
            });
    connect(m_client.get(), &AcmeClient::challengeDone, this, [this](const QString& token) {
        m_challenges->remove(token);
        m_currentTokens.removeAll(token);
    });
    connect(m_client.get(), &AcmeClient::finished, this, &CertificateCenter::acmeDone);
    m_client->start(order.names);
}

void CertificateCenter::acmeDone(const AcmeResult& result)
{
    dropChallenges();
    // Deleted later: this runs inside the client's own signal.
    if (m_client) {
        m_client->disconnect(this);
        m_client.release()->deleteLater();
    }
    if (!m_current)
        return;
    const Order& order = *m_current;
    AcmeOutcome outcome;
    outcome.names = order.names;
    outcome.certificateId = order.replaceId;
    outcome.renewal = !order.replaceId.isEmpty();
    if (!result.ok()) {
        outcome.acmeError = result.error;
        finishOrder(outcome);
        return;
    }
    CertificateImportOptions options;
    options.source = CertificateSource::Acme;
    // Fresh from the CA: a CA clock a few seconds ahead of ours (notBefore "now", as pebble does) must not throw
    // the order away.
    options.allowExpired = true;
    CertificateStore certificates = store();
    const CertificateResult stored =
        outcome.renewal
            ? certificates.replacePem(order.replaceId, result.certificateChainPem, result.privateKeyPem, options)
            : certificates.importPem(result.certificateChainPem, result.privateKeyPem, options);
    if (stored.ok()) {
        outcome.certificateId = stored.id;
        changed(stored);
    } else {
        outcome.storeError = stored.error;
    }
    finishOrder(outcome);
}

void CertificateCenter::finishOrder(const AcmeOutcome& outcome)
{
    if (!m_current)
        return;
    const Order order = *m_current;
    m_current.reset();
    recordOrder(order, outcome);
    Q_EMIT acmeFinished(order.id, outcome);
    startNextOrder();
}

QHash<QString, CertificateCenter::RenewalState>& CertificateCenter::renewalStates()
{
    const QString current = directory();
    if (current == m_renewalsDirectory)
        return m_renewals;
    m_renewalsDirectory = current;
    m_renewals.clear();
    QFile file(QDir(current).filePath(QStringLiteral("acme/renewals.json")));
    if (!file.open(QIODevice::ReadOnly))
        return m_renewals;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject saved = it.value().toObject();
        RenewalState state;
        state.failures = saved.value(QStringLiteral("failures")).toInt();
        state.nextAttempt = QDateTime::fromString(saved.value(QStringLiteral("nextAttempt")).toString(), Qt::ISODate);
        const QString code = saved.value(QStringLiteral("error")).toString();
        for (int value = 0; value <= static_cast<int>(AcmeErrorCode::Cancelled); ++value) {
            if (AcmeError::codeName(static_cast<AcmeErrorCode>(value)) == code)
                state.lastError =
                    acmeError(static_cast<AcmeErrorCode>(value), saved.value(QStringLiteral("detail")).toString());
        }
        if (state.failures > 0)
            m_renewals.insert(it.key(), state);
    }
    return m_renewals;
}

const QHash<QString, CertificateCenter::RenewalState>& CertificateCenter::renewalStates() const
{
    return const_cast<CertificateCenter*>(this)->renewalStates();
}

void CertificateCenter::saveRenewals() const
{
    QJsonObject all;
    for (auto it = m_renewals.constBegin(); it != m_renewals.constEnd(); ++it) {
        QJsonObject saved{{QStringLiteral("failures"), it->failures},
                          {QStringLiteral("nextAttempt"), it->nextAttempt.toUTC().toString(Qt::ISODate)}};
        if (it->lastError) {
            saved.insert(QStringLiteral("error"), AcmeError::codeName(it->lastError->code));
            saved.insert(QStringLiteral("detail"), it->lastError->detail);
        }
        all.insert(it.key(), saved);
    }
    const QString folder = QDir(m_renewalsDirectory).filePath(QStringLiteral("acme"));
    QDir().mkpath(folder);
    QSaveFile file(QDir(folder).filePath(QStringLiteral("renewals.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson()) < 0 || !file.commit())
        qCWarning(lcAcme).noquote() << "Cannot keep the renewal back-off in" << file.fileName() << file.errorString();
}

QString CertificateCenter::stateKey(const Order& order)
{
    return order.replaceId.isEmpty() ? QStringLiteral("names:") + order.names.join(QLatin1Char(',')) : order.replaceId;
}

void CertificateCenter::recordOrder(const Order& order, const AcmeOutcome& outcome)
{
    const QString key = stateKey(order);
    const QDateTime now = m_clock.now();
    if (outcome.ok()) {
        if (renewalStates().remove(key) > 0) {
            saveRenewals();
            Q_EMIT renewalsChanged();
        }
        const std::optional<CertificateEntry> stored = entry(outcome.certificateId);
        const QString subject = stored ? stored->name : order.names.join(u", ");
        const QString notAfter = stored ? isoUtc(stored->info.notAfter) : QString();
        qCInfo(lcAcme).noquote() << "Certificate" << outcome.certificateId << (outcome.renewal ? "renewed" : "issued")
                                 << "for" << order.names.join(u", ") << "valid until" << notAfter;
        if (outcome.renewal)
            emitEvent(EngineEventKind::CertificateRenewed, EventSeverity::Info, subject,
                      {outcome.certificateId, notAfter});
        else
            emitEvent(EngineEventKind::CertificateIssued, EventSeverity::Info, subject,
                      {outcome.certificateId, CertificateEntry::sourceName(CertificateSource::Acme), notAfter});
        return;
    }
    const AcmeError error =
        outcome.acmeError ? *outcome.acmeError : acmeError(AcmeErrorCode::OtherProblem, outcome.storeError->message());
    if (error.code == AcmeErrorCode::Cancelled)
        return;
    // Only renewals and automatic orders back off and raise events: a person waiting in the wizard sees the outcome.
    if (!outcome.renewal && !order.automatic)
        return;
    RenewalState& state = renewalStates()[key];
    ++state.failures;
    state.lastError = error;
    state.nextAttempt = now.addMSecs(backoffMs(state.failures));
    saveRenewals();
    Q_EMIT renewalsChanged();
    QString subject = order.names.join(u", ");
    if (outcome.renewal) {
        if (const std::optional<CertificateEntry> renewed = entry(order.replaceId))
            subject = renewed->name;
    }
    emitEvent(EngineEventKind::CertificateRenewalFailed, EventSeverity::Warning, subject,
              {AcmeError::codeName(error.code), AcmeErrorText::message(error), isoUtc(state.nextAttempt)});
}

bool CertificateCenter::orderPending(const QStringList& names, const QString& replaceId) const
{
    const auto same = [&](const Order& order) {
        return replaceId.isEmpty() ? order.replaceId.isEmpty() && order.names == names : order.replaceId == replaceId;
    };
    return (m_current && same(*m_current)) || std::any_of(m_queue.cbegin(), m_queue.cend(), same);
}

void CertificateCenter::dropChallenges()
{
    for (const QString& token : std::as_const(m_currentTokens))
        m_challenges->remove(token);
    m_currentTokens.clear();
}

quint64 CertificateCenter::runPreflight(const QStringList& names)
{
    const quint64 id = m_nextId++;
    const Config& config = m_engine.config();
    const AcmeConfig& acme = config.settings.acme;
    const bool running = m_engine.state() == EngineState::Running;

    PreflightReport report;
    report.names = names;
    const auto add = [&report](PreflightCheckKind kind, PreflightStatus status, const QString& name,
                               const QStringList& args) {
        report.checks.append({kind, status, name, args});
    };
    add(PreflightCheckKind::TermsAgreed, acme.termsAgreed ? PreflightStatus::Passed : PreflightStatus::Failed, {}, {});
    const QStringList endpoints = challengeListeners(m_engine, acme.httpChallengePort);
    PreflightStatus listenerStatus = PreflightStatus::Passed;
    if (endpoints.isEmpty())
        listenerStatus = PreflightStatus::Failed;
    else if (running && onlyLoopback(m_engine, acme.httpChallengePort))
        listenerStatus = PreflightStatus::Warning;
    add(PreflightCheckKind::HttpListener, listenerStatus, {},
        {QString::number(acme.httpChallengePort), endpoints.join(QStringLiteral(", "))});
    add(PreflightCheckKind::EngineRunning, running ? PreflightStatus::Passed : PreflightStatus::Failed, {}, {});

    const QList<CertificateEntry> entries = list();
    const QDateTime now = m_clock.now();
    QStringList probeNames;
    for (const QString& name : names) {
        if (isWildcard(name)) {
            add(PreflightCheckKind::WildcardName, PreflightStatus::Failed, name, {name});
            continue;
        }
        probeNames.append(name);
        // The certificate that lasts longest among those for the name, expired ones included.
        const CertificateEntry* current = nullptr;
        for (const CertificateEntry& candidate : entries) {
            if (isServerCertificate(candidate) && covers(candidate, name) &&
                (!current || candidate.info.notAfter > current->info.notAfter))
                current = &candidate;
        }
        if (!current) {
            add(PreflightCheckKind::CurrentCertificate, PreflightStatus::Passed, name, {});
            continue;
        }
        const qint64 days = current->info.daysLeft(now);
        add(PreflightCheckKind::CurrentCertificate,
            days > currentCertificateWarningDays ? PreflightStatus::Passed : PreflightStatus::Warning, name,
            {current->id, QString::number(days), isoUtc(current->info.notAfter)});
    }

    auto* runner =
        new PreflightRunner(std::move(report), probeNames, quint16(acme.httpChallengePort), m_challenges, this);
    m_preflights.insert(id, runner);
    connect(runner, &PreflightRunner::finished, this, [this, id, runner](const PreflightReport& done) {
        m_preflights.remove(id);
        runner->deleteLater();
        Q_EMIT preflightFinished(id, done);
    });
    runner->start();
    return id;
}

void CertificateCenter::checkNow()
{
    const QList<CertificateEntry> entries = list();
    checkExpiry(entries);
    // Stopped, nothing could answer the CA: orders wait for the engine instead of piling up failures.
    if (m_engine.state() != EngineState::Running)
        return;
    checkRenewals(entries);
    checkAcmeSites(entries);
}

void CertificateCenter::checkExpiry(const QList<CertificateEntry>& entries)
{
    ExpiryNotices notices(directory());
    notices.load();
    QSet<QString> ids;
    for (const CertificateEntry& entry : entries)
        ids.insert(entry.id);
    bool dirty = notices.retainOnly(ids);
    const QDateTime now = m_clock.now();
    for (const CertificateEntry& entry : entries) {
        if (entry.kind == CertificateEntryKind::PendingRequest || entry.info.isNull())
            continue;
        const QDateTime notAfter = entry.info.notAfter;
        if (now >= notAfter) {
            if (notices.contains(entry.id, notAfter, ExpiryNotices::expiredThreshold))
                continue;
            emitEvent(EngineEventKind::CertificateExpired, EventSeverity::Error, entry.name,
                      {entry.id, isoUtc(notAfter)});
            notices.add(entry.id, notAfter, ExpiryNotices::expiredThreshold);
            for (int threshold : ExpiryNotices::thresholds)
                notices.add(entry.id, notAfter, threshold);
            dirty = true;
            continue;
        }
        const qint64 days = entry.info.daysLeft(now);
        // The smallest threshold reached; one warning even when a certificate first shows up with few days left.
        int reached = -1;
        for (int threshold : ExpiryNotices::thresholds) {
            if (days <= threshold)
                reached = threshold;
        }
        if (reached < 0 || notices.contains(entry.id, notAfter, reached))
            continue;
        emitEvent(EngineEventKind::CertificateExpiring, EventSeverity::Warning, entry.name,
                  {QString::number(days), entry.id, isoUtc(notAfter)});
        for (int threshold : ExpiryNotices::thresholds) {
            if (threshold >= reached)
                notices.add(entry.id, notAfter, threshold);
        }
        dirty = true;
    }
    if (dirty)
        notices.save();
}

void CertificateCenter::checkRenewals(const QList<CertificateEntry>& entries)
{
    const QDateTime now = m_clock.now();
    for (const CertificateEntry& entry : entries) {
        if (!isServerCertificate(entry) || entry.source != CertificateSource::Acme)
            continue;
        QDateTime next = renewalDue(entry.info.notBefore, entry.info.notAfter);
        const auto state = renewalStates().constFind(entry.id);
        if (state != renewalStates().cend() && state->nextAttempt.isValid())
            next = std::max(next, state->nextAttempt);
        if (now < next || orderPending({}, entry.id))
            continue;
        Order order;
        order.names = entry.info.dnsNames;
        order.replaceId = entry.id;
        order.automatic = true;
        enqueue(std::move(order));
    }
}

void CertificateCenter::checkAcmeSites(const QList<CertificateEntry>& entries)
{
    const QDateTime now = m_clock.now();
    for (const SiteConfig& site : m_engine.config().sites) {
        if (!site.tls.acme || !site.tls.certificate.isEmpty() || site.tls.hasFiles())
            continue;
        QStringList names;
        for (const QString& name : site.serverNames) {
            if (!isWildcard(name) && !names.contains(name.toLower()))
                names.append(name.toLower());
        }
        // A valid certificate covers the name, or an ACME entry for it that renewal looks after.
        const bool missing = std::any_of(names.cbegin(), names.cend(), [&](const QString& name) {
            return std::none_of(entries.cbegin(), entries.cend(), [&](const CertificateEntry& entry) {
                return isServerCertificate(entry) &&
                       ((entry.info.isValidAt(now) && covers(entry, name)) ||
                        (entry.source == CertificateSource::Acme && entry.info.matchesExactly(name)));
            });
        });
        if (names.isEmpty() || !missing || orderPending(names, {}))
            continue;
        Order order;
        order.names = names;
        order.automatic = true;
        const auto state = renewalStates().constFind(stateKey(order));
        if (state != renewalStates().cend() && state->nextAttempt.isValid() && now < state->nextAttempt)
            continue;
        enqueue(std::move(order));
    }
}

QList<CertificateRenewal> CertificateCenter::renewals() const
{
    QList<CertificateRenewal> renewals;
    for (const CertificateEntry& entry : list()) {
        if (!isServerCertificate(entry) || entry.source != CertificateSource::Acme)
            continue;
        CertificateRenewal renewal;
        renewal.id = entry.id;
        renewal.name = entry.name;
        renewal.notAfter = entry.info.notAfter;
        renewal.due = renewalDue(entry.info.notBefore, entry.info.notAfter);
        renewal.nextAttempt = renewal.due;
        const auto state = renewalStates().constFind(entry.id);
        if (state != renewalStates().cend()) {
            renewal.failures = state->failures;
            renewal.lastError = state->lastError;
            if (state->nextAttempt.isValid())
                renewal.nextAttempt = std::max(renewal.due, state->nextAttempt);
        }
        renewal.running = orderPending({}, entry.id);
        renewals.append(renewal);
    }
    return renewals;
}

QDateTime CertificateCenter::renewalDue(const QDateTime& notBefore, const QDateTime& notAfter)
{
    const QDateTime twoThirds = notBefore.addMSecs(notBefore.msecsTo(notAfter) / 3 * 2);
    return std::min(twoThirds, notAfter.addDays(-renewBeforeDays));
}

qint64 CertificateCenter::backoffMs(int failures)
{
    if (failures < 1)
        return 0;
    // 1 h doubled per further failure; past 2^5 h the cap applies anyway.
    const int doublings = std::min(failures - 1, 5);
    return std::min(hourMs << doublings, maxBackoffMs);
}

void CertificateCenter::registerMetaTypes()
{
    qRegisterMetaType<Portico::AcmeOutcome>();
    qRegisterMetaType<Portico::PreflightReport>();
    qRegisterMetaType<Portico::PreflightCheck>();
    qRegisterMetaType<Portico::CertificateRenewal>();
    qRegisterMetaType<Portico::EngineEvent>();
    qRegisterMetaType<Portico::AcmeResult>();
}

} // namespace Portico
