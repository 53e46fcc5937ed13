// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Portico {

class WorkerContext;

// One client connection on a worker's event loop. This is the foundation's minimal HTTP/1.1
// responder: it parses request heads strictly, keeps connections alive, answers pipelined
// requests in order and serves the welcome page; forwarding to backends replaces the answer later.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(qintptr descriptor, WorkerContext& context, QObject* parent);
    ~HttpConnection() override;

    // No request is partly read and nothing waits to be written.
    bool isIdle() const;
    // For a graceful stop: close now if idle, else after the current response.
    void closeWhenIdle();
    void abort();

Q_SIGNALS:
    void closed(Portico::HttpConnection* connection);

private:
    enum class Outcome
    {
        NeedMore,
        Handled,
        Close,
    };

    void onReadyRead();
    void processBuffer();
    Outcome handleOneRequest();
    void respond(int status, const QByteArray& body, bool keepAlive, bool headOnly,
                 const QByteArray& extraHeaders = QByteArray());
    void fail(int status);
    void onBytesWritten();
    void finish();

    QTcpSocket* m_socket;
    WorkerContext& m_context;
    QByteArray m_buffer;
    qint64 m_bodyToDiscard = 0;
    qint64 m_requestStartUs = -1;
    bool m_closeAfterWrite = false;
    bool m_closeWhenIdle = false;
    bool m_finished = false;
};

} // namespace Portico
