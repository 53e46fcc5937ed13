// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsContextSet.h"

#include "tls/TlsServerContext.h"

#include <openssl/ssl.h>

namespace Portico {

namespace {

int setIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

int onServerName(SSL* ssl, int*, void*)
{
    const auto* set = static_cast<const TlsContextSet*>(SSL_get_ex_data(ssl, setIndex()));
    const char* name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (!set || !name)
        return SSL_TLSEXT_ERR_OK;
    SSL_CTX* chosen = set->select(QByteArrayView(name));
    if (chosen && chosen != SSL_get_SSL_CTX(ssl))
        SSL_set_SSL_CTX(ssl, chosen);
    return SSL_TLSEXT_ERR_OK;
}

} // namespace

void TlsContextSet::add(const QByteArray& name, std::shared_ptr<const TlsServerContext> context)
{
    if (name.startsWith("*.")) {
        const QByteArray suffix = name.mid(2);
        if (!m_wildcard.contains(suffix))
            m_wildcard.insert(suffix, std::move(context));
    } else if (!m_exact.contains(name)) {
        m_exact.insert(name, std::move(context));
    }
}

void TlsContextSet::setDefault(std::shared_ptr<const TlsServerContext> context)
{
    m_default = std::move(context);
}

SSL_CTX* TlsContextSet::select(QByteArrayView serverName) const
{
    // SNI names are ASCII; clients may send any case and a trailing dot.
    QByteArray name = serverName.toByteArray().toLower();
    if (name.endsWith('.'))
        name.chop(1);
    if (const auto exact = m_exact.constFind(name); exact != m_exact.cend())
        return exact.value()->handle();
    const qsizetype dot = name.indexOf('.');
    if (dot > 0) {
        if (const auto wildcard = m_wildcard.constFind(name.mid(dot + 1)); wildcard != m_wildcard.cend())
            return wildcard.value()->handle();
    }
    return m_default ? m_default->handle() : nullptr;
}

SSL* TlsContextSet::newConnection() const
{
    if (!m_default)
        return nullptr;
    SSL* ssl = SSL_new(m_default->handle());
    if (ssl)
        SSL_set_ex_data(ssl, setIndex(), const_cast<TlsContextSet*>(this));
    return ssl;
}

void TlsContextSet::installServerNameCallback(SSL_CTX* context)
{
    // The macro for this casts C-style; the call it stands for does not need to.
    SSL_CTX_callback_ctrl(context, SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, reinterpret_cast<void (*)()>(onServerName));
}

} // namespace Portico
