// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsContextFactory.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "tls/CertificateFactory.h"
#include "tls/CertificateStore.h"
#include "tls/OpenSsl.h"
#include "tls/TlsClientContext.h"
#include "tls/TlsContextSet.h"
#include "tls/TlsServerContext.h"
#include "tls/TlsTicketKeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>

namespace Portico {

namespace {

bool readFile(const QString& path, QByteArray& out, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    return true;
}

ConfigError unavailable(const QString& path, const QString& what, const QString& detail)
{
    return ConfigError{ConfigErrorCode::CertificateUnavailable, path, {what, QStringLiteral("unusable"), detail}};
}

} // namespace

TlsContextFactory::TlsContextFactory(const Clock& clock)
    : m_clock(clock)
    , m_ticketKeys(std::make_shared<TlsTicketKeys>())
{}

TlsContextFactory::~TlsContextFactory() = default;

void TlsContextFactory::rotateTicketKeys()
{
    m_ticketKeys->rotate();
}

std::shared_ptr<const TlsServerContext> TlsContextFactory::contextFor(const QString& certificateFile,
                                                                      const QString& keyFile,
                                                                      const GlobalSettings& settings, QString& error)
{
    QByteArray chain;
    QByteArray key;
    if (!readFile(certificateFile, chain, error) ||
        !readFile(keyFile.isEmpty() ? certificateFile : keyFile, key, error))
        return nullptr;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(chain);
    digest.addData(key);
    digest.addData(settings.tlsSessionTickets ? "t" : "-");
    digest.addData(settings.tlsSessionCache ? "c" : "-");
    const QByteArray id = digest.result();
    if (const auto cached = m_contexts.value(id).lock())
        return cached;
    TlsServerContext::Options options;
    options.sessionTickets = settings.tlsSessionTickets;
    options.sessionCache = settings.tlsSessionCache;
    options.ticketKeys = m_ticketKeys;
    std::shared_ptr<const TlsServerContext> context = TlsServerContext::create(chain, key, options, error);
    if (context)
        m_contexts.insert(id, context);
    return context;
}

std::shared_ptr<const TlsServerContext> TlsContextFactory::fallbackContext(const GlobalSettings& settings)
{
    if (m_fallbackChain.isEmpty()) {
        // Until a site's certificate arrives (an ACME order in progress), something has to answer handshakes.
        const OpenSsl::EvpPkeyPtr key = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
        const QDateTime now = m_clock.now();
        const OpenSsl::X509Ptr certificate =
            key ? CertificateFactory::selfSigned(key.get(), {QStringLiteral("Portico"), {}, {}}, now.addDays(-1),
                                                 now.addDays(30))
                : nullptr;
        if (!certificate)
            return nullptr;
        m_fallbackChain = OpenSsl::toPem(certificate.get());
        m_fallbackKey = OpenSsl::privateKeyToPem(key.get());
    }
    TlsServerContext::Options options;
    options.sessionTickets = settings.tlsSessionTickets;
    options.sessionCache = settings.tlsSessionCache;
    options.ticketKeys = m_ticketKeys;
    QString error;
    return TlsServerContext::create(m_fallbackChain, m_fallbackKey, options, error);
}

TlsContextFactory::Result TlsContextFactory::build(const Config& config)
{
    Result result;
    // Contexts of certificates no generation uses any more (renewed, removed) are gone: forget their keys.
    m_contexts.removeIf([](const auto& entry) { return entry.value().expired(); });
    result.upstreams.resize(static_cast<size_t>(config.pools.size()));
    for (qsizetype i = 0; i < config.pools.size(); ++i) {
        const PoolConfig& pool = config.pools.at(i);
        if (!pool.tls.enabled)
            continue;
        QString error;
        result.upstreams[static_cast<size_t>(i)] = TlsClientContext::create(pool.tls, error);
        if (!result.upstreams[static_cast<size_t>(i)]) {
            const QString path = QStringLiteral("pools[%1].tls").arg(i);
            result.errors.append(ConfigError{
                ConfigErrorCode::CertificateUnavailable, path, {pool.name, QStringLiteral("unusable"), error}});
        }
    }

    bool anyHttps = false;
    for (const ListenerConfig& listener : config.listeners)
        anyHttps = anyHttps || listener.protocol == ListenerProtocol::Https;
    if (!anyHttps)
        return result;

    const GlobalSettings& settings = config.settings;
    const CertificateStore store(settings.effectiveCertificateDirectory(), m_clock);
    QSet<const TlsServerContext*> used;
    auto fromStore = [&](const QString& id, QString& error) -> std::shared_ptr<const TlsServerContext> {
        const QString certificateFile = store.certificateFile(id);
        if (certificateFile.isEmpty()) {
            error = QStringLiteral("there is no certificate %1 in the store").arg(id);
            return nullptr;
        }
        return contextFor(certificateFile, store.keyFile(id), settings, error);
    };

    TlsContextSet sites;
    std::shared_ptr<const TlsServerContext> firstSiteContext;
    bool anyAcme = false;
    for (qsizetype i = 0; i < config.sites.size(); ++i) {
        const SiteConfig& site = config.sites.at(i);
        const SiteTlsConfig& tls = site.tls;
        anyAcme = anyAcme || tls.acme;
        const QString path = QStringLiteral("sites[%1].tls").arg(i);
        QString error;
        std::shared_ptr<const TlsServerContext> context;
        if (!tls.certificate.isEmpty()) {
            context = fromStore(tls.certificate, error);
            if (!context)
                result.errors.append(unavailable(path + QStringLiteral(".certificate"), tls.certificate, error));
        } else if (tls.hasFiles()) {
            context = contextFor(tls.certificateFile, tls.keyFile, settings, error);
            if (!context)
                result.errors.append(
                    unavailable(path + QStringLiteral(".certificateFile"), tls.certificateFile, error));
        }
        if (context) {
            for (const QString& name : site.serverNames)
                sites.add(name.toLatin1(), context);
            used.insert(context.get());
            if (!firstSiteContext)
                firstSiteContext = context;
            continue;
        }
        if (!tls.certificate.isEmpty() || tls.hasFiles())
            continue;
        // Automatic: the store's best certificate for each name.
        for (const QString& name : site.serverNames) {
            const QString id = store.findFor(name);
            if (id.isEmpty())
                continue;
            QString ignored;
            if (const auto found = fromStore(id, ignored)) {
                sites.add(name.toLatin1(), found);
                used.insert(found.get());
                if (!firstSiteContext)
                    firstSiteContext = found;
            } else {
                qCWarning(lcTls) << "certificate" << id << "for" << name << "cannot be used:" << ignored;
            }
        }
    }

    for (qsizetype i = 0; i < config.listeners.size(); ++i) {
        const ListenerConfig& listener = config.listeners.at(i);
        if (listener.protocol != ListenerProtocol::Https)
            continue;
        const QString path = QStringLiteral("listeners[%1]").arg(i);
        auto set = std::make_shared<TlsContextSet>(sites);
        QString error;
        std::shared_ptr<const TlsServerContext> fallback;
        if (!listener.certificate.isEmpty()) {
            fallback = fromStore(listener.certificate, error);
            if (!fallback)
                result.errors.append(unavailable(path + QStringLiteral(".certificate"), listener.certificate, error));
        } else if (!listener.certificateFile.isEmpty()) {
            fallback = contextFor(listener.certificateFile, listener.keyFile, settings, error);
            if (!fallback)
                result.errors.append(
                    unavailable(path + QStringLiteral(".certificateFile"), listener.certificateFile, error));
        }
        if (!fallback)
            fallback = firstSiteContext;
        if (!fallback && anyAcme)
            fallback = fallbackContext(settings);
        if (!fallback) {
            result.errors.append(ConfigError{ConfigErrorCode::NoCertificate, path, {}});
            continue;
        }
        used.insert(fallback.get());
        set->setDefault(fallback);
        result.listeners.emplace(listener.endpoint(), std::move(set));
    }
    result.certificatesInUse = static_cast<int>(used.size());
    return result;
}

} // namespace Portico
