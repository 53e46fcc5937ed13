// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Socket.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

typedef struct ssl_st SSL;

namespace Portico {

class ByteBuffer;
class TlsClientContext;
class TlsContextSet;

// TLS over one non-blocking socket, for a worker's connections: the same Status results as Socket, plus what
// the engine needs to drive OpenSSL without blocking — which readiness a stalled operation waits for (a read
// can need the socket writable during a handshake, and the other way round) and whether decrypted bytes are
// already waiting inside OpenSSL (no readiness will report those).
class TlsStream
{
public:
    // A server side for an accepted connection; null when OpenSSL cannot make one.
    static std::unique_ptr<TlsStream> accept(std::shared_ptr<const TlsContextSet> contexts, qintptr descriptor);
    // A client side towards a backend; serverName (host name or IP text) is sent as SNI when a name and checked
    // against the certificate when the pool verifies.
    static std::unique_ptr<TlsStream> connect(const TlsClientContext& context, qintptr descriptor,
                                              const QString& serverName);
    ~TlsStream();
    Q_DISABLE_COPY_MOVE(TlsStream)

    // Ok once established; WouldBlock while it waits (see wantsWrite()); Error with failure() set.
    Socket::Status handshake();
    bool isEstablished() const { return m_established; }

    Socket::Status read(ByteBuffer& buffer, qsizetype& count);
    Socket::Status write(QByteArrayView bytes, qsizetype& count);
    Socket::Status write(QByteArrayView first, QByteArrayView second, qsizetype& count);
    // Sends close_notify if the socket takes it now; never waits.
    void shutdown();

    // Decrypted bytes, or raw ones read ahead, wait inside OpenSSL.
    bool hasPending() const;
    // The last stalled operation waits for the socket to be writable / readable.
    bool wantsWrite() const { return m_want == Want::Write; }
    bool wantsRead() const { return m_want == Want::Read; }
    // Why the last operation failed: the certificate check's verdict or OpenSSL's reason. No key material.
    const QString& failure() const { return m_failure; }
    bool sessionReused() const;
    // "TLSv1.3", for logs.
    QByteArray protocolName() const;

private:
    enum class Want
    {
        None,
        Read,
        Write,
    };

    explicit TlsStream(SSL* ssl);
    Socket::Status outcome(int result);

    SSL* m_ssl;
    std::shared_ptr<const TlsContextSet> m_contexts;
    Want m_want = Want::None;
    bool m_established = false;
    bool m_client = false;
    QString m_failure;
};

} // namespace Portico
