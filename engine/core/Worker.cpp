// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Worker.h"

#include "core/Logging.h"
#include "http/HttpConnection.h"
#include "listener/Listener.h"

#include <QTimer>

namespace Portico {

Worker::Worker(int index, WorkerCounters& counters, const Clock& clock)
    : m_context(index, counters, clock)
{}

Worker::~Worker()
{
    shutdownNow();
}

void Worker::applyConfig(std::shared_ptr<const Config> config, const QList<QPair<QString, qintptr>>& listenersToOpen,
                         const QStringList& listenersToClose)
{
    // Connections read m_context.config per request: requests already answered keep what they
    // used, new ones see the new config.
    m_context.config = std::move(config);
    for (const QString& key : listenersToClose) {
        if (QTcpServer* server = m_servers.take(key)) {
            server->close();
            server->deleteLater();
        }
    }
    for (const auto& [key, descriptor] : listenersToOpen) {
        auto* server = new Listener(
            [this](qintptr accepted) {
                auto* connection = new HttpConnection(accepted, m_context, this);
                m_connections.insert(connection);
                connect(connection, &HttpConnection::closed, this, &Worker::onConnectionClosed);
            },
            this);
        if (!server->setSocketDescriptor(descriptor)) {
            qCWarning(lcListener) << "worker" << index() << "cannot accept on" << key << server->errorString();
            delete server;
            continue;
        }
        m_servers.insert(key, server);
    }
}

void Worker::beginShutdown(int timeoutMs)
{
    m_context.shuttingDown = true;
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    for (HttpConnection* connection : QSet<HttpConnection*>(m_connections))
        connection->closeWhenIdle();
    if (!m_shutdownTimer) {
        m_shutdownTimer = new QTimer(this);
        m_shutdownTimer->setSingleShot(true);
        connect(m_shutdownTimer, &QTimer::timeout, this, [this] {
            qCInfo(lcEngine) << "worker" << index() << "closing" << m_connections.size()
                             << "connection(s) still busy at the shutdown timeout";
            shutdownNow();
        });
    }
    m_shutdownTimer->start(timeoutMs);
    checkDrained();
}

void Worker::shutdownNow()
{
    m_context.shuttingDown = true;
    qDeleteAll(m_servers);
    m_servers.clear();
    for (HttpConnection* connection : QSet<HttpConnection*>(m_connections))
        connection->abort();
    checkDrained();
}

void Worker::onConnectionClosed(HttpConnection* connection)
{
    m_connections.remove(connection);
    connection->deleteLater();
    checkDrained();
}

void Worker::checkDrained()
{
    if (!m_context.shuttingDown || !m_connections.isEmpty() || m_drainReported)
        return;
    m_drainReported = true;
    if (m_shutdownTimer)
        m_shutdownTimer->stop();
    Q_EMIT drained(index());
}

} // namespace Portico
