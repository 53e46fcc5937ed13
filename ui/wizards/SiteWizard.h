// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"
#include "tls/CertificateResult.h"

#include <QWizard>

#include <optional>

namespace Portico {

class EngineSession;

// Adds a site, or edits one, in five steps: names, servers, balancing, HTTPS, review. The wizard
// holds the draft (the site, its pool, perhaps new listeners and the ACME account settings) and
// builds the candidate config from it, so every page validates as the admin types with the same
// validator the engine uses. Finish applies the candidate through ChangeApplier (Review::AlreadyShown).
class SiteWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        HostnamesPageId,
        BackendsPageId,
        BalancingPageId,
        HttpsPageId,
        ReviewPageId,
    };

    // "hostnames", "backends", "balancing", "https", "review": the steps in order, as --wizard-page takes them.
    static QStringList pageNames();

    // Empty siteName adds a site; otherwise the wizard edits that site and the pool of its first proxy route.
    SiteWizard(EngineSession& session, const QString& siteName, QWidget* parent = nullptr);

    EngineSession& session() { return m_session; }
    bool isEditing() const { return !m_originalName.isEmpty(); }
    const QString& originalName() const { return m_originalName; }
    const Config& baseConfig() const { return m_base; }

    const SiteConfig& site() const { return m_site; }
    const PoolConfig& pool() const { return m_pool; }
    const std::optional<ListenerConfig>& newListener() const { return m_newListener; }
    const std::optional<ListenerConfig>& newHttpsListener() const { return m_newHttpsListener; }
    // settings.acme as the candidate has it (the HTTPS step may accept the CA's terms there).
    const AcmeConfig& acmeSettings() const { return m_acme; }
    // Apply first has the local CA issue a certificate for the site's names and puts it in site().tls.
    bool issuesFromLocalCa() const { return m_issueFromLocalCa; }
    // The config in force has an HTTPS listener.
    bool hasHttpsListener() const;
    // Setters update the draft and emit draftChanged().
    void setSiteName(const QString& name);
    void setServerNames(const QStringList& names);
    void setDefaultSite(bool isDefault);
    void setNewListener(const std::optional<ListenerConfig>& listener);
    void setBackends(const QList<BackendConfig>& backends);
    void setPoolSettings(const PoolConfig& pool);
    // The HTTPS step's part of the draft, at once.
    void setHttps(const SiteTlsConfig& tls, bool issueFromLocalCa, const AcmeConfig& acme,
                  const std::optional<ListenerConfig>& httpsListener);
    // Has the local CA issue a certificate for the site's names now and names it in site().tls.
    CertificateResult issueFromLocalCa();

    // The config in force with the draft put in.
    Config candidate() const;
    ConfigErrors candidateErrors() const;
    // JSON paths of the draft's parts within candidate().
    QString sitePath() const;
    QString poolPath() const;
    QString listenerPath() const;
    QString httpsListenerPath() const;

    // Issues the pending local-CA certificate, then validates, applies and saves the candidate. Returns the
    // errors (nothing changes then: a certificate issued for this Apply is removed again); when the local CA
    // refused, certificateError says why.
    ConfigErrors apply(std::optional<CertificateError>* certificateError = nullptr);

Q_SIGNALS:
    void draftChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // A new site's pool is named after it, made unique among the other pools.
    QString freePoolName(const QString& siteName) const;

    EngineSession& m_session;
    Config m_base;
    QString m_originalName;
    // Index in m_base of the site and pool edited; -1 for new ones (appended).
    qsizetype m_siteIndex = -1;
    qsizetype m_poolIndex = -1;
    // The route of m_site that sends requests to m_pool.
    qsizetype m_routeIndex = -1;
    SiteConfig m_site;
    PoolConfig m_pool;
    std::optional<ListenerConfig> m_newListener;
    std::optional<ListenerConfig> m_newHttpsListener;
    AcmeConfig m_acme;
    bool m_issueFromLocalCa = false;
};

} // namespace Portico
