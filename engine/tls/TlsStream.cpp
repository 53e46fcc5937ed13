// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/TlsStream.h"

#include "io/ByteBuffer.h"
#include "tls/OpenSsl.h"
#include "tls/TlsClientContext.h"
#include "tls/TlsContextSet.h"

#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

#include <cerrno>
#include <cstring>

namespace Portico {

TlsStream::TlsStream(SSL* ssl)
    : m_ssl(ssl)
{}

TlsStream::~TlsStream()
{
    SSL_free(m_ssl);
}

std::unique_ptr<TlsStream> TlsStream::accept(std::shared_ptr<const TlsContextSet> contexts, qintptr descriptor)
{
    if (!contexts)
        return nullptr;
    SSL* ssl = contexts->newConnection();
    if (!ssl)
        return nullptr;
    std::unique_ptr<TlsStream> stream(new TlsStream(ssl));
    stream->m_contexts = std::move(contexts);
    SSL_set_fd(ssl, static_cast<int>(descriptor));
    SSL_set_accept_state(ssl);
    // Fewer system calls: a whole socket read at once rather than a record header, then its body.
    SSL_set_read_ahead(ssl, 1);
    return stream;
}

std::unique_ptr<TlsStream> TlsStream::connect(const TlsClientContext& context, qintptr descriptor,
                                              const QString& serverName)
{
    SSL* ssl = SSL_new(context.handle());
    if (!ssl)
        return nullptr;
    std::unique_ptr<TlsStream> stream(new TlsStream(ssl));
    stream->m_client = true;
    SSL_set_fd(ssl, static_cast<int>(descriptor));
    SSL_set_connect_state(ssl);
    SSL_set_read_ahead(ssl, 1);
    const QHostAddress address(serverName);
    const QByteArray name = serverName.toLatin1();
    if (address.isNull() && !name.isEmpty())
        SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(name.constData()));
    if (context.config().verify && !name.isEmpty()) {
        if (address.isNull())
            SSL_set1_host(ssl, name.constData());
        else
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name.constData());
    }
    return stream;
}

Socket::Status TlsStream::outcome(int result)
{
    const int error = SSL_get_error(m_ssl, result);
    switch (error) {
    case SSL_ERROR_WANT_READ:
        m_want = Want::Read;
        return Socket::Status::WouldBlock;
    case SSL_ERROR_WANT_WRITE:
        m_want = Want::Write;
        return Socket::Status::WouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        m_want = Want::None;
        return Socket::Status::Closed;
    case SSL_ERROR_SYSCALL:
        m_want = Want::None;
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            m_want = Want::Read;
            return Socket::Status::WouldBlock;
        }
        m_failure = errno != 0 ? qt_error_string(errno) : QStringLiteral("connection closed");
        OpenSsl::clearErrors();
        return errno == 0 ? Socket::Status::Closed : Socket::Status::Error;
    default:
        m_want = Want::None;
        if (m_client && SSL_get_verify_result(m_ssl) != X509_V_OK) {
            m_failure = QStringLiteral("certificate verification failed: ") +
                        QString::fromLatin1(X509_verify_cert_error_string(SSL_get_verify_result(m_ssl)));
            OpenSsl::clearErrors();
        } else {
            m_failure = OpenSsl::takeErrors();
        }
        return Socket::Status::Error;
    }
}

Socket::Status TlsStream::handshake()
{
    if (m_established)
        return Socket::Status::Ok;
    ERR_clear_error();
    errno = 0;
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_established = true;
        m_want = Want::None;
        return Socket::Status::Ok;
    }
    const Socket::Status status = outcome(result);
    return status == Socket::Status::Closed ? Socket::Status::Error : status;
}

Socket::Status TlsStream::read(ByteBuffer& buffer, qsizetype& count)
{
    count = 0;
    char* target = buffer.writePointer();
    const qsizetype room = buffer.writableSize();
    if (room == 0)
        return Socket::Status::WouldBlock;
    ERR_clear_error();
    errno = 0;
    size_t received = 0;
    const int result = SSL_read_ex(m_ssl, target, static_cast<size_t>(room), &received);
    if (result == 1) {
        m_want = Want::None;
        m_established = true;
        buffer.commit(static_cast<qsizetype>(received));
        count = static_cast<qsizetype>(received);
        return Socket::Status::Ok;
    }
    return outcome(result);
}

Socket::Status TlsStream::write(QByteArrayView bytes, qsizetype& count)
{
    count = 0;
    if (bytes.isEmpty())
        return Socket::Status::Ok;
    ERR_clear_error();
    errno = 0;
    size_t sent = 0;
    const int result = SSL_write_ex(m_ssl, bytes.data(), static_cast<size_t>(bytes.size()), &sent);
    if (result == 1) {
        m_want = Want::None;
        count = static_cast<qsizetype>(sent);
        return Socket::Status::Ok;
    }
    const Socket::Status status = outcome(result);
    return status == Socket::Status::Closed ? Socket::Status::Error : status;
}

Socket::Status TlsStream::write(QByteArrayView first, QByteArrayView second, qsizetype& count)
{
    // Small heads and bodies go out in one record (and one system call) rather than two.
    constexpr qsizetype joinLimit = 16 * 1024;
    if (!first.isEmpty() && !second.isEmpty() && first.size() + second.size() <= joinLimit) {
        char joined[joinLimit];
        std::memcpy(joined, first.data(), static_cast<size_t>(first.size()));
        std::memcpy(joined + first.size(), second.data(), static_cast<size_t>(second.size()));
        return write(QByteArrayView(joined, first.size() + second.size()), count);
    }
    const Socket::Status status = write(first, count);
    if (status != Socket::Status::Ok || count < first.size() || second.isEmpty())
        return status;
    qsizetype more = 0;
    // The first part went out: report it whatever happened to the rest, which the caller writes again.
    write(second, more);
    count += more;
    return Socket::Status::Ok;
}

void TlsStream::shutdown()
{
    if (!m_established)
        return;
    ERR_clear_error();
    SSL_shutdown(m_ssl);
    OpenSsl::clearErrors();
}

bool TlsStream::hasPending() const
{
    return SSL_has_pending(m_ssl) == 1;
}

bool TlsStream::sessionReused() const
{
    return SSL_session_reused(m_ssl) == 1;
}

QByteArray TlsStream::protocolName() const
{
    return QByteArray(SSL_get_version(m_ssl));
}

} // namespace Portico
