// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>

namespace Portico::Test {

bool HttpClient::connectTo(quint16 port, const QHostAddress& address, int timeoutMs)
{
    m_socket.connectToHost(address, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool HttpClient::connectEncrypted(quint16 port, const QString& serverName, const QList<QSslCertificate>& caCertificates,
                                  int timeoutMs)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (caCertificates.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        configuration.setCaCertificates(caCertificates);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    m_socket.setSslConfiguration(configuration);
    if (serverName.isEmpty())
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    else
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, serverName);
    return m_socket.waitForEncrypted(timeoutMs);
}

HttpResponse HttpClient::getEncrypted(quint16 port, const QByteArray& path, const QByteArray& host)
{
    HttpClient client;
    if (!client.connectEncrypted(port, QString::fromLatin1(host)))
        return HttpResponse();
    client.send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    return client.readResponse();
}

void HttpClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5'000);
}

bool HttpClient::fill(qint64 remainingMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, remainingMs))))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

HttpResponse HttpClient::readResponse(bool requestWasHead, int timeoutMs)
{
    HttpResponse response;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(deadline.remainingTime()))
            return response;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    m_buffer.remove(0, headEnd + 4);
    response.statusLine = lines.value(0).trimmed();
    response.status = response.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray lengthText = response.header("Content-Length");
    if (requestWasHead || response.status == 204 || response.status == 304 || response.status < 200) {
        // No body by definition.
    } else if (response.header("Transfer-Encoding").toLower().contains("chunked")) {
        for (;;) {
            qsizetype lineEnd = -1;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!fill(deadline.remainingTime()))
                    return response;
            }
            const qint64 size = m_buffer.left(lineEnd).split(';').value(0).toLongLong(nullptr, 16);
            while (m_buffer.size() < lineEnd + 2 + size + 2) {
                if (!fill(deadline.remainingTime()))
                    return response;
            }
            if (size == 0) {
                // Trailers, if any, end with an empty line.
                qsizetype end = -1;
                while ((end = m_buffer.indexOf("\r\n\r\n", lineEnd)) < 0 && m_buffer.mid(lineEnd + 2, 2) != "\r\n") {
                    if (!fill(deadline.remainingTime()))
                        return response;
                }
                m_buffer.remove(0, m_buffer.mid(lineEnd + 2, 2) == "\r\n" ? lineEnd + 4 : end + 4);
                break;
            }
            response.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    } else if (!lengthText.isEmpty()) {
        const qsizetype length = lengthText.toLongLong();
        while (m_buffer.size() < length) {
            if (!fill(deadline.remainingTime()))
                return response;
        }
        response.body = m_buffer.left(length);
        m_buffer.remove(0, length);
    } else {
        while (fill(deadline.remainingTime())) {
        }
        response.body = std::exchange(m_buffer, QByteArray());
        // A body delimited by the close is only whole if the close came, not the deadline.
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return response;
    }
    response.valid = true;
    return response;
}

bool HttpClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (!m_socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())))) {
            if (deadline.hasExpired())
                return false;
        }
        m_socket.readAll();
    }
    return true;
}

HttpResponse HttpClient::exchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    HttpClient client;
    if (!client.connectTo(port, QHostAddress::LocalHost, timeoutMs))
        return HttpResponse();
    client.send(request);
    return client.readResponse(request.startsWith("HEAD "), timeoutMs);
}

HttpResponse HttpClient::get(quint16 port, const QByteArray& path, const QByteArray& host)
{
    return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
}

} // namespace Portico::Test
