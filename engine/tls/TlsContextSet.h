// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;

namespace Portico {

class TlsServerContext;

// The certificates one HTTPS listener presents, chosen by SNI: an exact name first, then the wildcard covering
// it ("*.example.com" covers "a.example.com" only), else the default. Immutable once built; part of a config
// generation.
class TlsContextSet
{
public:
    // name: lower case, "*.example.com" for a wildcard. The first context given for a name wins.
    void add(const QByteArray& name, std::shared_ptr<const TlsServerContext> context);
    void setDefault(std::shared_ptr<const TlsServerContext> context);
    bool hasDefault() const { return m_default != nullptr; }
    qsizetype nameCount() const { return m_exact.size() + m_wildcard.size(); }

    SSL_CTX* select(QByteArrayView serverName) const;
    // A server-side connection that starts with the default certificate and switches by SNI; the set must
    // outlive it.
    SSL* newConnection() const;

    static void installServerNameCallback(SSL_CTX* context);

private:
    QHash<QByteArray, std::shared_ptr<const TlsServerContext>> m_exact;
    // By the part after "*.": "example.com".
    QHash<QByteArray, std::shared_ptr<const TlsServerContext>> m_wildcard;
    std::shared_ptr<const TlsServerContext> m_default;
};

} // namespace Portico
