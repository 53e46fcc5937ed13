// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestBackendResponse.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace Portico::Test {

// A real HTTP/1.1 backend on 127.0.0.1 and a free port, running on its own thread so that a test
// may block on a client socket while the engine proxies to it. What it answers depends on the path:
//   /echo            200, body = the request head and body it received (Content-Length or chunked)
//   /sink            reads a Content-Length body without keeping it; 200, body "received N"
//   /size/N          200, N bytes of body with Content-Length, written as the socket drains
//   /chunked/N       200, N bytes of body in chunks of up to 16 KiB
//   /status/N        status N, short body
//   /close           200 with "Connection: close", then closes
//   /hang            reads the request and never answers
//   /reset           resets the connection without answering
//   /health          status healthStatus() (200 unless set), body "healthy" or "unhealthy"
//   /truncated       200 announcing 100 bytes of body, sends 10 of them, then closes
//   /hold            reads the request and answers 200 "released" only when releaseHeld() is called
//   /upgrade         101 Switching Protocols, then echoes every byte back (a stand-in for WebSocket)
//   /continue-echo   an unsolicited "100 Continue", then as /echo
//   /reset-reused    as "anything else" on a connection's first request; on a later one it resets the
//                    connection (RST) without answering, like a backend whose keep-alive timeout closed the
//                    connection just as the request arrived
//   /respond?...     what the query says (values percent-decoded), for cache tests:
//                    status=N (200), h=Name:Value (repeatable: a response field), body=TEXT, etag=TAG and
//                    lm=HTTP-DATE (ETag and Last-Modified fields), hold=1 (answered on releaseHeld()), e.g.
//                    /respond?h=Cache-Control:max-age%3D60&etag=%22v1%22&body=abc
//   a path given to setResponse()  that response, whatever the method, until clearResponse()
// Responses of /respond and setResponse() that carry ETag or Last-Modified are conditional: a request
// whose If-None-Match matches the ETag (weak comparison, or "*"), or without If-None-Match whose
// If-Modified-Since is not before Last-Modified, gets 304 with the same fields and no body. They also
// carry "X-Path-Count: N", the number of requests that path (without query) has had so far, so a test
// sees whether an answer is fresh from the backend or an older one from a cache.
//   anything else    200, body "backend NAME"
// Every response carries "Server: TestBackend", "X-Backend: NAME" and "X-Connection: K" (K counts its
// connections from 1).
class TestBackend
{
public:
    explicit TestBackend(QByteArray name = "a");
    ~TestBackend();
    Q_DISABLE_COPY_MOVE(TestBackend)

    quint16 port() const { return m_port; }
    const QByteArray& name() const { return m_name; }
    int connectionCount() const { return m_connections.load(); }
    int requestCount() const { return m_requests.load(); }
    // Requests other than /health: the traffic, without what active health checks ask.
    int trafficCount() const { return m_traffic.load(); }
    // The head of the last request (request line and fields).
    QByteArray lastRequestHead() const;
    // Every request line so far, oldest first, prefixed by the number of the connection that carried
    // it: "2 POST /echo HTTP/1.1".
    QByteArrayList requestLines() const;
    // Bytes the connections handed to the network and took from it, over all connections.
    qint64 bytesSent() const { return m_bytesSent.load(); }
    qint64 bytesReceived() const { return m_bytesReceived.load(); }
    // Closes every connection that waits between requests, as a backend's keep-alive timeout would:
    // no response, no "Connection: close". Returns how many it closed.
    int closeIdleConnections();
    // While paused no connection reads from the network, so the kernel's buffers fill up and hold the
    // sender back; resuming reads what has piled up.
    void setReadingPaused(bool paused);
    bool readingPaused() const { return m_readingPaused.load(); }
    // What /health answers from now on, e.g. 500 for an application that reports itself broken.
    void setHealthStatus(int status) { m_healthStatus = status; }
    int healthStatus() const { return m_healthStatus.load(); }
    // While on, every request other than /health is read in full and then the connection is reset
    // without an answer, as by an application that crashes on it.
    void setResetEveryRequest(bool on) { m_resetEveryRequest = on; }
    bool resetEveryRequest() const { return m_resetEveryRequest.load(); }
    // While not 0, every request other than /health is read in full and answered with this status
    // and the body "failing", as by an application whose every page breaks.
    void setFailureStatus(int status) { m_failureStatus = status; }
    int failureStatus() const { return m_failureStatus.load(); }
    // Requests to /hold that wait for releaseHeld(); releaseHeld() answers them all and returns how many.
    int heldCount() const { return m_held.load(); }
    int releaseHeld();
    // Scripted answers for a path without query (any method), set and changed between requests by the test.
    void setResponse(const QByteArray& path, int status, const QList<QPair<QByteArray, QByteArray>>& headers,
                     const QByteArray& body, bool hold = false);
    void clearResponse(const QByteArray& path);
    // Requests to a path (without its query) so far, any method.
    int countFor(const QByteArray& pathWithoutQuery) const;
    // Stops listening and closes every connection.
    void stop();

private:
    friend class TestBackendSession;
    void recordRequest(const QByteArray& head, int connection);
    // The scripted response of the path, if the test set one; also what /respond's query says.
    bool scriptedResponse(const QByteArray& pathWithoutQuery, TestBackendResponse& response) const;

    QByteArray m_name;
    QThread m_thread;
    QObject* m_anchor = nullptr;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
    std::atomic<int> m_requests{0};
    std::atomic<int> m_traffic{0};
    std::atomic<int> m_held{0};
    std::atomic<int> m_healthStatus{200};
    std::atomic<bool> m_resetEveryRequest{false};
    std::atomic<int> m_failureStatus{0};
    std::atomic<qint64> m_bytesSent{0};
    std::atomic<qint64> m_bytesReceived{0};
    std::atomic<bool> m_readingPaused{false};
    mutable QMutex m_mutex;
    QByteArray m_lastHead;
    QByteArrayList m_requestLines;
    QHash<QByteArray, int> m_pathCounts;
    QHash<QByteArray, TestBackendResponse> m_scripted;
};

} // namespace Portico::Test
