// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace Portico::Test {

// A real HTTP/1.1 server on 127.0.0.1 and a free port, for tests that need a peer: answers every
// request with a fixed response and remembers what it was asked and how many connections it saw.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const;
    void close();

    void setResponse(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");

    int connectionCount() const { return m_connectionCount; }
    // Request heads received so far, in order (request line and header fields, without the body).
    const QList<QByteArray>& requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const QByteArray& head);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server;
    QByteArray m_response;
    QList<QByteArray> m_requests;
    int m_connectionCount = 0;
};

} // namespace Portico::Test
