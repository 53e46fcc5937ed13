// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Portico::Test {

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    setResponse(200, "ok");
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen(const QHostAddress& address)
{
    return m_server->listen(address, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

void TestHttpServer::close()
{
    m_server->close();
}

void TestHttpServer::setResponse(int status, const QByteArray& body, const QByteArray& contentType)
{
    m_response = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\nContent-Type: " + contentType +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TestHttpServer::onReadyRead(QTcpSocket* socket)
{
    // Keep unparsed bytes on the socket object itself so pipelined requests are answered in order.
    QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
    qsizetype end = 0;
    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        m_requests.append(head);
        Q_EMIT requestReceived(head);
        socket->write(m_response);
    }
    socket->setProperty("pending", buffer);
}

} // namespace Portico::Test
