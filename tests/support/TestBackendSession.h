// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Portico::Test {

class TestBackend;
class TestBackendResponse;

// One connection to a TestBackend: parses requests and answers them as TestBackend describes.
class TestBackendSession : public QObject
{
    Q_OBJECT

public:
    TestBackendSession(QTcpSocket* socket, TestBackend& backend, int number);
    ~TestBackendSession() override;

    // Closes the connection if it waits between requests; true when it did.
    bool closeIfIdle();
    // Follows TestBackend::setReadingPaused(): stops or resumes taking bytes from the network.
    void applyReadingPaused();
    // Answers a request that waits at /hold; true when there was one.
    bool releaseHold();

private:
    void onReadyRead();
    void onBytesWritten();
    bool handleOne();
    void respond(int status, const QByteArray& body, const QByteArray& extra = QByteArray());
    // A scripted response (TestBackend::setResponse, /respond), 304 when the request's validators match.
    void respondScripted(const TestBackendResponse& response, const QByteArray& requestHead, const QByteArray& path);
    static TestBackendResponse responseFromQuery(const QByteArray& query);
    // Ends the connection with a TCP reset instead of an orderly close.
    void reset();

    QTcpSocket* m_socket;
    TestBackend& m_backend;
    int m_number;
    // Requests this connection has carried.
    int m_requestCount = 0;
    QByteArray m_buffer;
    bool m_tunnel = false;
    bool m_hanging = false;
    // A /hold request waits for TestBackend::releaseHeld(), which writes m_heldResponse (or the /hold answer).
    bool m_holding = false;
    QByteArray m_heldResponse;
    // /sink: request body bytes still to be discarded, and the announced total.
    qint64 m_sinkLeft = 0;
    qint64 m_sinkTotal = 0;
    // A HEAD request: headers as for GET, no body.
    bool m_head = false;
    // A large body still to be written as the socket drains.
    qint64 m_bodyLeft = 0;
};

} // namespace Portico::Test
