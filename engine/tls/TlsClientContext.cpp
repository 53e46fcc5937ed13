// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsClientContext.h"

#include "tls/OpenSsl.h"

#include <QFile>

#include <openssl/ssl.h>

namespace Portico {

TlsClientContext::TlsClientContext(SSL_CTX* context, UpstreamTlsConfig config)
    : m_context(context)
    , m_config(std::move(config))
{}

TlsClientContext::~TlsClientContext()
{
    SSL_CTX_free(m_context);
}

std::shared_ptr<TlsClientContext> TlsClientContext::create(const UpstreamTlsConfig& config, QString& error)
{
    OpenSsl::clearErrors();
    SSL_CTX* raw = SSL_CTX_new(TLS_client_method());
    if (!raw) {
        error = OpenSsl::takeErrors();
        return nullptr;
    }
    std::shared_ptr<TlsClientContext> context(new TlsClientContext(raw, config));
    auto fail = [&error](const QString& what) {
        const QString reason = OpenSsl::takeErrors();
        error = reason.isEmpty() ? what : what + QStringLiteral(": ") + reason;
        return nullptr;
    };
    SSL_CTX_set_min_proto_version(raw, TLS1_2_VERSION);
    SSL_CTX_set_options(raw, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF);
    SSL_CTX_set_mode(raw,
                     SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    static const unsigned char alpn[] = "\x08http/1.1";
    SSL_CTX_set_alpn_protos(raw, alpn, sizeof alpn - 1);
    if (config.verify) {
        SSL_CTX_set_verify(raw, SSL_VERIFY_PEER, nullptr);
        const bool loaded =
            config.caFile.isEmpty()
                ? SSL_CTX_set_default_verify_paths(raw) == 1
                : SSL_CTX_load_verify_locations(raw, QFile::encodeName(config.caFile).constData(), nullptr) == 1;
        if (!loaded)
            return fail(QStringLiteral("cannot read the trusted CA certificates %1").arg(config.caFile));
    } else {
        SSL_CTX_set_verify(raw, SSL_VERIFY_NONE, nullptr);
    }
    if (!config.clientCertificateFile.isEmpty()) {
        const QByteArray certificate = QFile::encodeName(config.clientCertificateFile);
        const QByteArray key =
            QFile::encodeName(config.clientKeyFile.isEmpty() ? config.clientCertificateFile : config.clientKeyFile);
        if (SSL_CTX_use_certificate_chain_file(raw, certificate.constData()) != 1)
            return fail(QStringLiteral("cannot use the client certificate %1").arg(config.clientCertificateFile));
        if (SSL_CTX_use_PrivateKey_file(raw, key.constData(), SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(raw) != 1)
            return fail(QStringLiteral("cannot use the client key %1").arg(QString::fromLocal8Bit(key)));
    }
    return context;
}

} // namespace Portico
