// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <openssl/types.h>

#include <memory>

namespace Portico {

// An ACME account key (ECDSA P-256) and the JSON Web Signatures (RFC 7515, ES256) that ACME requests carry.
// Copies share the key. A null AcmeJws (no key) signs nothing.
class AcmeJws
{
public:
    AcmeJws() = default;

    static AcmeJws generate();
    // A P-256 private key in PEM (PKCS#8 or SEC1); null for anything else.
    static AcmeJws fromPem(const QByteArray& privateKeyPem);

    bool isNull() const { return !m_key; }
    // Unencrypted PKCS#8 PEM, for keeping the account key. Never log it.
    QByteArray privateKeyPem() const;

    // The public key as a JWK: {"crv","kty","x","y"}.
    QJsonObject jwk() const;
    // RFC 7638 thumbprint: base64url of SHA-256 over the JWK's required members in lexical order.
    QByteArray thumbprint() const;
    // What an HTTP-01 responder serves for the token (RFC 8555 section 8.1).
    QByteArray keyAuthorization(const QString& token) const;

    // ES256 over data: the raw 64-byte r||s form JWS wants, not OpenSSL's DER. Empty on failure.
    QByteArray signRaw(const QByteArray& data) const;
    // A flattened JWS JSON serialization. With an empty keyId the header carries the jwk (new-account);
    // an empty payload makes a POST-as-GET.
    QByteArray sign(const QString& url, const QString& nonce, const QByteArray& payload,
                    const QString& keyId = {}) const;

    static QByteArray base64Url(const QByteArray& data);

private:
    explicit AcmeJws(EVP_PKEY* key);
    // x and y, 32 bytes each.
    bool publicCoordinates(QByteArray& x, QByteArray& y) const;

    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace Portico
