// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/WorkerContext.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTcpServer;
class QTimer;

namespace Portico {

class HttpConnection;

// One engine thread's worth of work: its own event loop, its own accepting sockets and the
// connections they produce. The controller talks to it only by queued calls; it answers with
// queued signals. Nothing here is shared with other threads except the counters it writes.
class Worker : public QObject
{
    Q_OBJECT

public:
    Worker(int index, WorkerCounters& counters, const Clock& clock);
    ~Worker() override;

    int index() const { return m_context.workerIndex; }

    // All of these run on the worker's thread (the controller invokes them queued).
    // Swaps the config for new requests and opens or closes accepting sockets; descriptors in
    // listenersToOpen are owned by the worker from here on.
    void applyConfig(std::shared_ptr<const Config> config, const QList<QPair<QString, qintptr>>& listenersToOpen,
                     const QStringList& listenersToClose);
    // Stop accepting, close idle connections, let the others finish, then report drained().
    void beginShutdown(int timeoutMs);
    // Close everything now.
    void shutdownNow();

Q_SIGNALS:
    void drained(int index);

private:
    void onConnectionClosed(HttpConnection* connection);
    void checkDrained();

    WorkerContext m_context;
    QHash<QString, QTcpServer*> m_servers;
    QSet<HttpConnection*> m_connections;
    QTimer* m_shutdownTimer = nullptr;
    bool m_drainReported = false;
};

} // namespace Portico
