// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeResult.h"
#include "controller/AcmeOutcome.h"
#include "controller/CertificateRenewal.h"
#include "controller/EngineEvent.h"
#include "controller/PreflightReport.h"
#include "tls/CertificateEntry.h"
#include "tls/CertificateImportOptions.h"
#include "tls/CertificateResult.h"
#include "tls/CertificateStore.h"
#include "tls/NewCertificateOptions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace Portico {

class AcmeChallengeStore;
class AcmeClient;
class Clock;
class EngineController;
class PreflightRunner;

// The certificate side of the controller API: the store, ACME orders and renewals, pre-flight checks and expiry
// warnings. Lives in the controller's thread; everything slow (ACME, DNS, probes) runs asynchronously.
class CertificateCenter : public QObject
{
    Q_OBJECT

public:
    // Created and owned by EngineController. The store directory follows the controller's config
    // (settings.effectiveCertificateDirectory()), read at each call.
    CertificateCenter(EngineController& engine, std::shared_ptr<AcmeChallengeStore> challenges, const Clock& clock,
                      QObject* parent = nullptr);
    ~CertificateCenter() override;

    QString directory() const;
    QList<CertificateEntry> list() const;
    std::optional<CertificateEntry> entry(const QString& id) const;
    // Where an entry is used: "sites[2] (Intranet)", "listeners[1] (0.0.0.0:443)"; automatic selection by name
    // counts.
    QStringList usedBy(const QString& id) const;

    // Store operations; each success emits certificatesChanged() and has the engine reload its certificates.
    CertificateResult importPem(const QByteArray& certificates, const QByteArray& key,
                                const CertificateImportOptions& options = {});
    CertificateResult importPemFiles(const QString& certificateFile, const QString& keyFile,
                                     const CertificateImportOptions& options = {});
    CertificateResult importPkcs12File(const QString& file, const QString& password,
                                       const CertificateImportOptions& options = {});
    CertificateResult createSelfSigned(const NewCertificateOptions& options);
    CertificateResult createLocalCa(const QString& officeName, const QStringList& permittedDomains = {});
    QString localCaId() const;
    CertificateResult issueFromLocalCa(const NewCertificateOptions& options);
    CertificateResult exportLocalCa(CertificateStore::ExportFormat format) const;
    CertificateResult createRequest(const NewCertificateOptions& options);
    QByteArray requestPem(const QString& id) const;
    CertificateResult importRequestAnswer(const QString& id, const QByteArray& certificates,
                                          const CertificateImportOptions& options = {});
    // Refused with InUse (nothing removed) while a site or listener names the entry by id.
    CertificateResult remove(const QString& id);

    // ACME with settings.acme; replaceId renews that entry in place. One order runs at a time; others wait in
    // line. The account key lives in <directory>/acme/account.pem (0600), and is reused.
    quint64 requestAcme(const QStringList& names, const QString& replaceId = QString());
    // A waiting order is dropped (acmeFinished with Cancelled); the running one is stopped.
    void cancelAcme(quint64 id);

    // Asynchronous pre-flight checks (see PreflightCheck); preflightFinished(id, report) follows.
    quint64 runPreflight(const QStringList& names);

    // Renewals due, orders for sites with tls.acme whose names lack a valid certificate, and expiry warnings, now.
    // Also runs by itself once a minute.
    void checkNow();
    QList<CertificateRenewal> renewals() const;

    // When an ACME entry is due for renewal: notBefore + 2/3 of its lifetime, or 30 days before notAfter,
    // whichever comes first.
    static QDateTime renewalDue(const QDateTime& notBefore, const QDateTime& notAfter);
    // The wait before the next attempt after failures (>= 1): 1 h, 2 h, 4 h, ... at most 24 h.
    static qint64 backoffMs(int failures);

    static void registerMetaTypes();

Q_SIGNALS:
    void certificatesChanged();
    void acmeStarted(quint64 id, const QStringList& names);
    void acmeFinished(quint64 id, const Portico::AcmeOutcome& outcome);
    // What renewals() reports changed: a failure and its back-off, or a success that cleared them.
    void renewalsChanged();
    void preflightFinished(quint64 id, const Portico::PreflightReport& report);
    // Forwarded by the controller into its event log.
    void eventOccurred(const Portico::EngineEvent& event);

private:
    struct Order
    {
        quint64 id = 0;
        QStringList names;
        QString replaceId;
        bool automatic = false; // started by checkNow(), not by the user
    };
    struct RenewalState
    {
        int failures = 0;
        QDateTime nextAttempt; // null: at the due time
        std::optional<AcmeError> lastError;
    };

    CertificateStore store() const;
    // The back-off states of the current certificate directory, loaded from disk on first use.
    QHash<QString, RenewalState>& renewalStates();
    const QHash<QString, RenewalState>& renewalStates() const;
    void saveRenewals() const;
    // Emits certificatesChanged() and has the engine swap its certificates, for a successful result.
    CertificateResult changed(const CertificateResult& result);
    void emitEvent(EngineEventKind kind, EventSeverity severity, const QString& subject, const QStringList& args);
    // Where the entry is named by id (sites, HTTPS listeners), and with automatic, where it is picked by name.
    QStringList usages(const QString& id, bool automatic) const;

    quint64 enqueue(Order order);
    void startNextOrder();
    // Why the order cannot start (engine stopped, no HTTP listener on the challenge port, wildcard, ...).
    std::optional<AcmeError> orderProblem(const Order& order) const;
    void acmeDone(const AcmeResult& result);
    void finishOrder(const AcmeOutcome& outcome);
    // Events and the back-off state for the order that just ended.
    void recordOrder(const Order& order, const AcmeOutcome& outcome);
    bool orderPending(const QStringList& names, const QString& replaceId) const;
    void dropChallenges();
    void checkExpiry(const QList<CertificateEntry>& entries);
    void checkRenewals(const QList<CertificateEntry>& entries);
    void checkAcmeSites(const QList<CertificateEntry>& entries);
    static QString stateKey(const Order& order);

    EngineController& m_engine;
    std::shared_ptr<AcmeChallengeStore> m_challenges;
    const Clock& m_clock;
    QTimer m_timer;

    quint64 m_nextId = 1;
    QList<Order> m_queue;
    std::optional<Order> m_current;
    std::unique_ptr<AcmeClient> m_client;
    QStringList m_currentTokens;

    // Back-off per entry id (renewals), and per "names:<a,b>" for the first orders of sites with tls.acme.
    // Kept in <directory>/acme/renewals.json, so a restart does not hammer a CA that keeps refusing (Let's
    // Encrypt limits failed validations per hour). Loaded for m_renewalsDirectory; reloaded when it changes.
    QHash<QString, RenewalState> m_renewals;
    QString m_renewalsDirectory;
    QHash<quint64, PreflightRunner*> m_preflights;
};

} // namespace Portico
