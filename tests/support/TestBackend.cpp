// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "TestBackendSession.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace Portico::Test {

TestBackend::TestBackend(QByteArray name)
    : m_name(std::move(name))
{
    m_thread.setObjectName(QStringLiteral("test-backend-") + QString::fromLatin1(m_name));
    // Calls are made on an object that lives in the backend's thread, never on the QThread itself.
    m_anchor = new QObject();
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_server = new QTcpServer();
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                    const int number = ++m_connections;
                    new TestBackendSession(socket, *this, number);
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

TestBackend::~TestBackend()
{
    stop();
    QMetaObject::invokeMethod(
        m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TestBackend::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            // Sessions are children of their sockets, which are children of the server.
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
}

QByteArray TestBackend::lastRequestHead() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastHead;
}

QByteArrayList TestBackend::requestLines() const
{
    QMutexLocker locker(&m_mutex);
    return m_requestLines;
}

int TestBackend::closeIdleConnections()
{
    int closed = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &closed] {
            if (!m_server)
                return;
            for (TestBackendSession* session : m_server->findChildren<TestBackendSession*>()) {
                if (session->closeIfIdle())
                    ++closed;
            }
        },
        Qt::BlockingQueuedConnection);
    return closed;
}

void TestBackend::setReadingPaused(bool paused)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, paused] {
            m_readingPaused = paused;
            if (!m_server)
                return;
            for (TestBackendSession* session : m_server->findChildren<TestBackendSession*>())
                session->applyReadingPaused();
        },
        Qt::BlockingQueuedConnection);
}

int TestBackend::releaseHeld()
{
    int released = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &released] {
            if (!m_server)
                return;
            for (TestBackendSession* session : m_server->findChildren<TestBackendSession*>()) {
                if (session->releaseHold())
                    ++released;
            }
        },
        Qt::BlockingQueuedConnection);
    return released;
}

void TestBackend::recordRequest(const QByteArray& head, int connection)
{
    const QByteArray target = head.left(head.indexOf("\r\n")).split(' ').value(1);
    if (target.split('?').first() != "/health")
        ++m_traffic;
    QMutexLocker locker(&m_mutex);
    m_lastHead = head;
    m_requestLines.append(QByteArray::number(connection) + ' ' + head.left(head.indexOf("\r\n")));
    ++m_pathCounts[target.split('?').first()];
    ++m_requests;
}

void TestBackend::setResponse(const QByteArray& path, int status, const QList<QPair<QByteArray, QByteArray>>& headers,
                              const QByteArray& body, bool hold)
{
    TestBackendResponse response;
    response.status = status;
    response.headers = headers;
    response.body = body;
    response.hold = hold;
    QMutexLocker locker(&m_mutex);
    m_scripted.insert(path, response);
}

void TestBackend::clearResponse(const QByteArray& path)
{
    QMutexLocker locker(&m_mutex);
    m_scripted.remove(path);
}

int TestBackend::countFor(const QByteArray& pathWithoutQuery) const
{
    QMutexLocker locker(&m_mutex);
    return m_pathCounts.value(pathWithoutQuery);
}

bool TestBackend::scriptedResponse(const QByteArray& pathWithoutQuery, TestBackendResponse& response) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_scripted.constFind(pathWithoutQuery);
    if (found == m_scripted.cend())
        return false;
    response = *found;
    return true;
}

} // namespace Portico::Test
