// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcmeChallengeResponder.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace Portico::Test {

AcmeChallengeResponder::AcmeChallengeResponder(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AcmeChallengeResponder::onNewConnection);
}

bool AcmeChallengeResponder::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void AcmeChallengeResponder::addToken(const QString& token, const QByteArray& keyAuthorization)
{
    m_tokens.insert(token, keyAuthorization);
}

void AcmeChallengeResponder::removeToken(const QString& token)
{
    m_tokens.remove(token);
}

void AcmeChallengeResponder::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->peek(socket->bytesAvailable());
            if (!head.contains("\r\n\r\n"))
                return;
            socket->readAll();
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            static const QByteArray prefix = QByteArrayLiteral("/.well-known/acme-challenge/");
            QByteArray body;
            QByteArray status = QByteArrayLiteral("404 Not Found");
            if (requestLine.size() == 3 && requestLine.at(0) == "GET" && requestLine.at(1).startsWith(prefix)) {
                const QString token = QString::fromLatin1(requestLine.at(1).mid(prefix.size()));
                if (m_tokens.contains(token)) {
                    body = m_tokens.value(token);
                    status = QByteArrayLiteral("200 OK");
                    ++m_hits[token];
                }
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace Portico::Test
