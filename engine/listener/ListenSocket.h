// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

namespace Portico {

// A listening socket opened synchronously by the controller, so that "port in use" is known
// before anything changes, then handed to the workers' event loops. Each worker accepts from
// its own duplicate of the descriptor and the kernel gives each connection to one of them.
class ListenSocket
{
public:
    ListenSocket() = default;
    ListenSocket(const ListenSocket&) = delete;
    ListenSocket& operator=(const ListenSocket&) = delete;
    ListenSocket(ListenSocket&& other) noexcept;
    ListenSocket& operator=(ListenSocket&& other) noexcept;
    ~ListenSocket();

    // Binds and listens; on failure isOpen() is false and errorString() has the OS reason. With a
    // groupSize above 1 where SO_REUSEPORT works, also opens groupSize - 1 sibling sockets on the
    // same port, one per further worker, so the kernel spreads connections over their queues.
    bool open(const QHostAddress& address, quint16 port, int backlog = 4096, int groupSize = 1);
    bool isOpen() const { return m_descriptor >= 0; }
    quint16 port() const { return m_port; }
    const QString& errorString() const { return m_error; }

    // A new descriptor for the same socket, owned by the caller; -1 on failure.
    qintptr duplicate() const;
    // Gives up ownership of the descriptor, for platforms where only one event loop accepts.
    qintptr release();
    // A sibling socket of the SO_REUSEPORT group, owned by the caller; -1 when none is left.
    qintptr takeSibling();
    bool hasSiblings() const { return !m_siblings.empty(); }
    // False elsewhere, or when PORTICO_NO_REUSEPORT is set (for measuring the difference).
    static bool supportsReusePort();
    // Whether several event loops can accept from duplicates of one socket on this platform.
    static bool duplicatesShareAccepts();
    void close();

private:
    static qintptr bindSocket(const QHostAddress& address, quint16 port, int backlog, bool reusePort, bool listen,
                              quint16& boundPort, QString& error);

    qintptr m_descriptor = -1;
    std::vector<qintptr> m_siblings;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Portico
