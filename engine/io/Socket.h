// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHostAddress>

namespace Portico {

class ByteBuffer;

// Plain non-blocking socket calls for the data path, no buffering of their own.
class Socket
{
public:
    enum class Status
    {
        Ok,         // moved some bytes (the count is returned separately)
        WouldBlock, // nothing now, wait for readiness
        Closed,     // orderly end of stream (reads only)
        Error,      // reset or another failure
    };

    // Reads into buffer's free space.
    static Status read(qintptr descriptor, ByteBuffer& buffer, qsizetype& count);
    static Status write(qintptr descriptor, QByteArrayView bytes, qsizetype& count);
    // Writes two pieces with one system call (head + body).
    static Status write(qintptr descriptor, QByteArrayView first, QByteArrayView second, qsizetype& count);
    // Starts a non-blocking connect; returns the descriptor or -1 with the error in errorCode.
    static qintptr connectTo(const QHostAddress& address, quint16 port, int& errorCode);
    // After a non-blocking connect became writable: 0 when connected, else the error code.
    static int pendingError(qintptr descriptor);
    static void shutdownWrite(qintptr descriptor);
    static void close(qintptr descriptor);
    static QHostAddress peerAddress(qintptr descriptor, quint16* port = nullptr);
    static void setNoDelay(qintptr descriptor);
};

} // namespace Portico
