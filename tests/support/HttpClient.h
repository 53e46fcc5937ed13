// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslSocket>

namespace Portico::Test {

// Speaks HTTP over a plain QTcpSocket, byte for byte, so tests see exactly what the engine sends.
// It blocks with a deadline, which is fine in a test thread while the engine runs on its own threads.
class HttpClient
{
public:
    bool connectTo(quint16 port, const QHostAddress& address = QHostAddress::LocalHost, int timeoutMs = 10'000);
    // TLS to 127.0.0.1:port with serverName as SNI (none when empty); the certificate is not verified
    // unless caCertificates are given. False when the handshake fails (sslErrors() and errorString() say why).
    bool connectEncrypted(quint16 port, const QString& serverName, const QList<QSslCertificate>& caCertificates = {},
                          int timeoutMs = 10'000);
    QSslCertificate peerCertificate() const { return m_socket.peerCertificate(); }
    void send(const QByteArray& bytes);
    // Reads one response; valid is false when the connection closed or the deadline passed first.
    HttpResponse readResponse(bool requestWasHead = false, int timeoutMs = 10'000);
    // True when the peer closed the connection within the deadline (reading nothing more).
    bool waitForClose(int timeoutMs = 10'000);
    QSslSocket& socket() { return m_socket; }

    // One request on a new connection.
    static HttpResponse exchange(quint16 port, const QByteArray& request, int timeoutMs = 10'000);
    static HttpResponse get(quint16 port, const QByteArray& path = "/", const QByteArray& host = "localhost");
    // One GET over TLS on a new connection, SNI and Host both host.
    static HttpResponse getEncrypted(quint16 port, const QByteArray& path = "/", const QByteArray& host = "localhost");

private:
    bool fill(qint64 deadlineMs);

    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace Portico::Test
