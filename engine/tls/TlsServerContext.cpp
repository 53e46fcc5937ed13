// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsServerContext.h"

#include "tls/OpenSsl.h"
#include "tls/TlsContextSet.h"
#include "tls/TlsTicketKeys.h"

#include <openssl/dh.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

namespace Portico {

namespace {

// Only http/1.1 for now; a client that offers ALPN without it gets the RFC 7301 alert instead of a protocol it
// did not ask for.
int selectAlpn(SSL*, const unsigned char** out, unsigned char* outLength, const unsigned char* in,
               unsigned int inLength, void*)
{
    static const unsigned char offered[] = "\x08http/1.1";
    unsigned char* selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, offered, sizeof offered - 1, in, inLength) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

bool setFfdhe2048(SSL_CTX* context)
{
    EVP_PKEY_CTX* generator = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
    EVP_PKEY* parameters = nullptr;
    const bool made = generator && EVP_PKEY_paramgen_init(generator) == 1 &&
                      EVP_PKEY_CTX_set_dh_nid(generator, NID_ffdhe2048) == 1 &&
                      EVP_PKEY_paramgen(generator, &parameters) == 1;
    EVP_PKEY_CTX_free(generator);
    if (!made || SSL_CTX_set0_tmp_dh_pkey(context, parameters) != 1) {
        EVP_PKEY_free(parameters);
        OpenSsl::clearErrors();
        return false;
    }
    return true; // the context owns the parameters now
}

} // namespace

TlsServerContext::TlsServerContext(SSL_CTX* context, std::shared_ptr<const TlsTicketKeys> keys)
    : m_context(context)
    , m_keys(std::move(keys))
{}

TlsServerContext::~TlsServerContext()
{
    SSL_CTX_free(m_context);
}

std::shared_ptr<TlsServerContext> TlsServerContext::create(const QByteArray& chainPem, const QByteArray& keyPem,
                                                           const Options& options, QString& error)
{
    OpenSsl::clearErrors();
    SSL_CTX* raw = SSL_CTX_new(TLS_server_method());
    if (!raw) {
        error = OpenSsl::takeErrors();
        return nullptr;
    }
    std::shared_ptr<TlsServerContext> context(new TlsServerContext(raw, options.ticketKeys));
    auto fail = [&error](const QString& what) {
        const QString reason = OpenSsl::takeErrors();
        error = reason.isEmpty() ? what : what + QStringLiteral(": ") + reason;
        return nullptr;
    };

    SSL_CTX_set_min_proto_version(raw, TLS1_2_VERSION);
    SSL_CTX_set_options(raw, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF |
                                 SSL_OP_SINGLE_DH_USE | SSL_OP_SINGLE_ECDH_USE);
    // Buffers go back while a connection idles; writes may be partial and retried from a moved buffer.
    SSL_CTX_set_mode(raw,
                     SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (SSL_CTX_set_cipher_list(raw, cipherList) != 1 || SSL_CTX_set1_groups_list(raw, groupList) != 1)
        return fail(QStringLiteral("cannot set the cipher policy"));
    // ffdhe2048 (RFC 7919) for the DHE suites, as Mozilla's intermediate profile asks; OpenSSL's automatic
    // choice would be an older RFC 3526 group.
    if (!setFfdhe2048(raw))
        SSL_CTX_set_dh_auto(raw, 1);
    SSL_CTX_set_alpn_select_cb(raw, selectAlpn, nullptr);
    TlsContextSet::installServerNameCallback(raw);

    static const unsigned char sessionContext[] = "portico";
    SSL_CTX_set_session_id_context(raw, sessionContext, sizeof sessionContext - 1);
    if (options.sessionCache) {
        SSL_CTX_set_session_cache_mode(raw, SSL_SESS_CACHE_SERVER);
        SSL_CTX_sess_set_cache_size(raw, 20'000);
        SSL_CTX_set_timeout(raw, 3600);
    } else {
        SSL_CTX_set_session_cache_mode(raw, SSL_SESS_CACHE_OFF);
    }
    if (options.sessionTickets && options.ticketKeys) {
        options.ticketKeys->install(raw);
    } else {
        SSL_CTX_set_options(raw, SSL_OP_NO_TICKET);
        if (!options.sessionCache)
            SSL_CTX_set_num_tickets(raw, 0);
    }

    const OpenSsl::BioPtr chainBio = OpenSsl::readBio(chainPem);
    OpenSsl::X509Ptr leaf(PEM_read_bio_X509(chainBio.get(), nullptr, nullptr, nullptr));
    if (!leaf)
        return fail(QStringLiteral("no certificate"));
    if (SSL_CTX_use_certificate(raw, leaf.get()) != 1)
        return fail(QStringLiteral("the certificate cannot be used"));
    for (;;) {
        OpenSsl::X509Ptr next(PEM_read_bio_X509(chainBio.get(), nullptr, nullptr, nullptr));
        if (!next)
            break;
        if (SSL_CTX_add1_chain_cert(raw, next.get()) != 1)
            return fail(QStringLiteral("the chain cannot be used"));
    }
    OpenSsl::clearErrors(); // the end of the PEM stream is reported as an error
    const OpenSsl::BioPtr keyBio = OpenSsl::readBio(keyPem);
    const OpenSsl::EvpPkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(QStringLiteral("no usable private key"));
    if (SSL_CTX_use_PrivateKey(raw, key.get()) != 1 || SSL_CTX_check_private_key(raw) != 1)
        return fail(QStringLiteral("the private key does not match the certificate"));
    return context;
}

} // namespace Portico
