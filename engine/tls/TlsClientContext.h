// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/UpstreamTlsConfig.h"

#include <QString>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;

namespace Portico {

// How Portico talks TLS to one pool's backends: TLS 1.2 or 1.3, verification against the system's trust store
// or the pool's CA file, an optional client certificate. Built on the controller's thread, read by workers.
class TlsClientContext
{
public:
    // Null with error set when a file cannot be used.
    static std::shared_ptr<TlsClientContext> create(const UpstreamTlsConfig& config, QString& error);
    ~TlsClientContext();
    Q_DISABLE_COPY_MOVE(TlsClientContext)

    SSL_CTX* handle() const { return m_context; }
    const UpstreamTlsConfig& config() const { return m_config; }

private:
    TlsClientContext(SSL_CTX* context, UpstreamTlsConfig config);

    SSL_CTX* m_context;
    UpstreamTlsConfig m_config;
};

} // namespace Portico
