// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;

namespace Portico {

class TlsTicketKeys;

// One server certificate (with its chain and key) ready for handshakes: an OpenSSL context with Portico's TLS
// policy — TLS 1.2 and 1.3 only, Mozilla's "intermediate" ciphers, groups X25519, P-256 and P-384, ALPN http/1.1,
// no renegotiation, optional session cache and tickets. Built on the controller's thread, then only read by
// workers (OpenSSL contexts are safe to share for that).
class TlsServerContext
{
public:
    static constexpr const char* cipherList =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
        "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";
    static constexpr const char* groupList = "X25519:P-256:P-384";

    struct Options
    {
        bool sessionTickets = true;
        bool sessionCache = true;
        // Must outlive the context; shared by every context so tickets work across them.
        std::shared_ptr<const TlsTicketKeys> ticketKeys;
    };

    // chainPem: the leaf first, then its chain. Null with error set (OpenSSL's reason, never key material).
    static std::shared_ptr<TlsServerContext> create(const QByteArray& chainPem, const QByteArray& keyPem,
                                                    const Options& options, QString& error);
    ~TlsServerContext();
    Q_DISABLE_COPY_MOVE(TlsServerContext)

    SSL_CTX* handle() const { return m_context; }

private:
    TlsServerContext(SSL_CTX* context, std::shared_ptr<const TlsTicketKeys> keys);

    SSL_CTX* m_context;
    std::shared_ptr<const TlsTicketKeys> m_keys;
};

} // namespace Portico
