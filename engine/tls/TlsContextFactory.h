// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QByteArray>
#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace Portico {

class Clock;
class TlsClientContext;
class TlsContextSet;
class TlsServerContext;
class TlsTicketKeys;

// Turns a config's TLS settings and the certificate store into what a generation serves with: an SNI set per
// HTTPS listener and a client context per pool that talks TLS to its backends. Lives as long as the runtime, so
// an unchanged certificate keeps its OpenSSL context (and session cache) across generations, and ticket keys
// are shared by all of them. On the controller's thread only.
class TlsContextFactory
{
public:
    struct Result
    {
        // By ListenerConfig::endpoint(); HTTPS listeners only.
        std::map<QString, std::shared_ptr<const TlsContextSet>> listeners;
        // Per pool in config order; null for plain-HTTP pools.
        std::vector<std::shared_ptr<const TlsClientContext>> upstreams;
        // Distinct server certificates in use.
        int certificatesInUse = 0;
        // A site or listener whose certificate cannot be used, with the JSON path of the setting.
        ConfigErrors errors;
    };

    explicit TlsContextFactory(const Clock& clock);
    ~TlsContextFactory();
    Q_DISABLE_COPY_MOVE(TlsContextFactory)

    Result build(const Config& config);
    // New tickets get a fresh key; tickets sealed with the two before still resume.
    void rotateTicketKeys();

private:
    std::shared_ptr<const TlsServerContext> contextFor(const QString& certificateFile, const QString& keyFile,
                                                       const GlobalSettings& settings, QString& error);
    std::shared_ptr<const TlsServerContext> fallbackContext(const GlobalSettings& settings);

    const Clock& m_clock;
    std::shared_ptr<TlsTicketKeys> m_ticketKeys;
    // By a digest of the files' bytes and the session settings: contexts in use by a live generation.
    QHash<QByteArray, std::weak_ptr<const TlsServerContext>> m_contexts;
    QByteArray m_fallbackChain;
    QByteArray m_fallbackKey;
};

} // namespace Portico
