// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteWizard.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigValidator.h"
#include "controller/CertificateCenter.h"
#include "wizards/SiteBackendsPage.h"
#include "wizards/SiteBalancingPage.h"
#include "wizards/SiteHostnamesPage.h"
#include "wizards/SiteReviewPage.h"
#include "wizards/SiteTlsPage.h"

#include <QEvent>

namespace Portico {

SiteWizard::SiteWizard(EngineSession& session, const QString& siteName, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_base(session.engine().config())
    , m_originalName(siteName)
    , m_acme(m_base.settings.acme)
{
    setObjectName(QStringLiteral("siteWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 620);

    for (qsizetype i = 0; i < m_base.sites.size() && isEditing(); ++i) {
        if (m_base.sites.at(i).name == siteName) {
            m_siteIndex = i;
            m_site = m_base.sites.at(i);
            break;
        }
    }
    if (m_siteIndex < 0)
        m_originalName.clear(); // gone meanwhile: add it anew
    for (qsizetype r = 0; r < m_site.routes.size(); ++r) {
        const RouteConfig& route = m_site.routes.at(r);
        if (route.type != RouteType::Proxy)
            continue;
        m_routeIndex = r;
        for (qsizetype p = 0; p < m_base.pools.size(); ++p) {
            if (m_base.pools.at(p).name == route.pool) {
                m_poolIndex = p;
                m_pool = m_base.pools.at(p);
            }
        }
        if (m_poolIndex < 0)
            m_pool.name = route.pool;
        break;
    }
    if (m_routeIndex < 0) {
        // A new site, or one with only redirects: its requests go to a new pool under "/".
        m_pool.name = freePoolName(m_site.name);
        RouteConfig route;
        route.pool = m_pool.name;
        m_site.routes.append(route);
        m_routeIndex = m_site.routes.size() - 1;
    }

    setPage(HostnamesPageId, new SiteHostnamesPage(this));
    setPage(BackendsPageId, new SiteBackendsPage(this));
    setPage(BalancingPageId, new SiteBalancingPage(this));
    setPage(HttpsPageId, new SiteTlsPage(this));
    setPage(ReviewPageId, new SiteReviewPage(this));
    setStartId(HostnamesPageId);
    retranslate();
}

QStringList SiteWizard::pageNames()
{
    return {QStringLiteral("hostnames"), QStringLiteral("backends"), QStringLiteral("balancing"),
            QStringLiteral("https"), QStringLiteral("review")};
}

void SiteWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SiteWizard::retranslate()
{
    setWindowTitle(isEditing() ? tr("Edit site %1").arg(m_originalName) : tr("Add site"));
    setButtonText(QWizard::FinishButton, tr("Apply"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

QString SiteWizard::freePoolName(const QString& siteName) const
{
    QString base = siteName.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("pool");
    auto taken = [this](const QString& name) {
        for (qsizetype p = 0; p < m_base.pools.size(); ++p) {
            if (p != m_poolIndex && m_base.pools.at(p).name == name)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void SiteWizard::setSiteName(const QString& name)
{
    m_site.name = name;
    // A pool this wizard creates follows the site's name; an existing one keeps its own.
    if (m_poolIndex < 0) {
        m_pool.name = freePoolName(name);
        m_site.routes[m_routeIndex].pool = m_pool.name;
    }
    Q_EMIT draftChanged();
}

void SiteWizard::setServerNames(const QStringList& names)
{
    m_site.serverNames = names;
    Q_EMIT draftChanged();
}

void SiteWizard::setDefaultSite(bool isDefault)
{
    m_site.isDefault = isDefault;
    Q_EMIT draftChanged();
}

void SiteWizard::setNewListener(const std::optional<ListenerConfig>& listener)
{
    m_newListener = listener;
    Q_EMIT draftChanged();
}

void SiteWizard::setBackends(const QList<BackendConfig>& backends)
{
    m_pool.backends = backends;
    Q_EMIT draftChanged();
}

void SiteWizard::setPoolSettings(const PoolConfig& pool)
{
    const QString name = m_pool.name;
    const QList<BackendConfig> backends = m_pool.backends;
    m_pool = pool;
    m_pool.name = name;
    m_pool.backends = backends;
    Q_EMIT draftChanged();
}

void SiteWizard::setHttps(const SiteTlsConfig& tls, bool issueFromLocalCa, const AcmeConfig& acme,
                          const std::optional<ListenerConfig>& httpsListener)
{
    m_site.tls = tls;
    m_issueFromLocalCa = issueFromLocalCa;
    m_acme = acme;
    m_newHttpsListener = httpsListener;
    Q_EMIT draftChanged();
}

bool SiteWizard::hasHttpsListener() const
{
    for (const ListenerConfig& listener : m_base.listeners) {
        if (listener.protocol == ListenerProtocol::Https)
            return true;
    }
    return false;
}

CertificateResult SiteWizard::issueFromLocalCa()
{
    NewCertificateOptions options;
    options.names = m_site.serverNames;
    options.validityDays = CertificateStore::maxLocalCaLeafDays;
    const CertificateResult result = m_session.engine().certificates().issueFromLocalCa(options);
    if (result.ok()) {
        m_site.tls.certificate = result.id;
        m_issueFromLocalCa = false;
        Q_EMIT draftChanged();
    }
    return result;
}

Config SiteWizard::candidate() const
{
    Config config = m_base;
    if (m_siteIndex >= 0)
        config.sites[m_siteIndex] = m_site;
    else
        config.sites.append(m_site);
    if (m_poolIndex >= 0)
        config.pools[m_poolIndex] = m_pool;
    else
        config.pools.append(m_pool);
    if (m_newListener)
        config.listeners.append(*m_newListener);
    if (m_newHttpsListener)
        config.listeners.append(*m_newHttpsListener);
    config.settings.acme = m_acme;
    return config;
}

ConfigErrors SiteWizard::candidateErrors() const
{
    return ConfigValidator::validate(candidate()).errors;
}

QString SiteWizard::sitePath() const
{
    return QStringLiteral("sites[%1]").arg(m_siteIndex >= 0 ? m_siteIndex : m_base.sites.size());
}

QString SiteWizard::poolPath() const
{
    return QStringLiteral("pools[%1]").arg(m_poolIndex >= 0 ? m_poolIndex : m_base.pools.size());
}

QString SiteWizard::listenerPath() const
{
    return QStringLiteral("listeners[%1]").arg(m_base.listeners.size());
}

QString SiteWizard::httpsListenerPath() const
{
    return QStringLiteral("listeners[%1]").arg(m_base.listeners.size() + (m_newListener ? 1 : 0));
}

ConfigErrors SiteWizard::apply(std::optional<CertificateError>* certificateError)
{
    QString issued;
    if (m_issueFromLocalCa) {
        const CertificateResult result = issueFromLocalCa();
        if (!result.ok()) {
            if (certificateError)
                *certificateError = result.error;
            return {ConfigError{ConfigErrorCode::CertificateUnavailable,
                                sitePath() + QStringLiteral(".tls.certificate"),
                                {m_site.serverNames.join(QStringLiteral(", ")),
                                 CertificateError::codeName(result.error->code), result.error->message()}}};
        }
        issued = result.id;
    }
    // The review page showed the change and reports the errors in place.
    ConfigErrors errors;
    ChangeApplier::apply(this, m_session, candidate(), ChangeApplier::Review::AlreadyShown, &errors);
    if (!errors.isEmpty() && !issued.isEmpty()) {
        // Nothing may change when Apply fails, the store included; the next Apply issues afresh.
        m_session.engine().certificates().remove(issued);
        m_site.tls.certificate.clear();
        m_issueFromLocalCa = true;
        Q_EMIT draftChanged();
    }
    // Orders for ACME sites run once a minute by themselves; a new site need not wait for that.
    if (errors.isEmpty() && m_site.tls.acme && m_session.engine().state() == EngineState::Running)
        m_session.engine().certificates().checkNow();
    return errors;
}

} // namespace Portico
