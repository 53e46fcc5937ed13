// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackendSession.h"

#include "TestBackend.h"
#include "TestBackendResponse.h"

#include "cache/HttpDate.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace Portico::Test {

TestBackendSession::TestBackendSession(QTcpSocket* socket, TestBackend& backend, int number)
    : QObject(socket)
    , m_socket(socket)
    , m_backend(backend)
    , m_number(number)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &TestBackendSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TestBackendSession::onBytesWritten);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 count) { m_backend.m_bytesSent += count; });
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    applyReadingPaused();
}

TestBackendSession::~TestBackendSession()
{
    if (m_holding)
        --m_backend.m_held;
}

bool TestBackendSession::closeIfIdle()
{
    const bool idle = m_socket->state() == QAbstractSocket::ConnectedState && m_buffer.isEmpty() && !m_tunnel &&
                      !m_hanging && !m_holding && m_sinkLeft == 0 && m_bodyLeft == 0 && m_socket->bytesToWrite() == 0 &&
                      m_socket->bytesAvailable() == 0;
    if (idle)
        m_socket->disconnectFromHost(); // nothing left to write: the FIN goes out now
    return idle;
}

void TestBackendSession::applyReadingPaused()
{
    if (m_backend.readingPaused()) {
        // Qt would otherwise keep reading into its own unbounded buffer.
        m_socket->setReadBufferSize(64 * 1024);
    } else if (m_socket->readBufferSize() != 0) {
        m_socket->setReadBufferSize(0);
        QMetaObject::invokeMethod(this, &TestBackendSession::onReadyRead, Qt::QueuedConnection);
    }
}

bool TestBackendSession::releaseHold()
{
    if (!m_holding)
        return false;
    m_holding = false;
    --m_backend.m_held;
    if (m_heldResponse.isEmpty())
        respond(200, "released");
    else
        m_socket->write(m_heldResponse);
    m_heldResponse.clear();
    // Requests pipelined behind the held one are answered now.
    QMetaObject::invokeMethod(this, &TestBackendSession::onReadyRead, Qt::QueuedConnection);
    return true;
}

void TestBackendSession::reset()
{
    // SO_LINGER with a zero timeout makes close() send RST.
    const linger option{1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    m_socket->abort();
}

void TestBackendSession::onReadyRead()
{
    if (m_backend.readingPaused())
        return;
    const QByteArray incoming = m_socket->readAll();
    m_backend.m_bytesReceived += incoming.size();
    m_buffer += incoming;
    if (m_sinkLeft > 0) {
        const qint64 taken = qMin<qint64>(m_sinkLeft, m_buffer.size());
        m_buffer.remove(0, taken);
        m_sinkLeft -= taken;
        if (m_sinkLeft > 0)
            return;
        respond(200, "received " + QByteArray::number(m_sinkTotal));
    }
    if (m_tunnel) {
        m_socket->write(m_buffer);
        m_buffer.clear();
        return;
    }
    while (!m_hanging && !m_holding && m_bodyLeft == 0 && handleOne()) {
    }
}

void TestBackendSession::onBytesWritten()
{
    // Keep at most 256 KiB queued: the proxy has to pull the rest, which exercises its backpressure.
    while (m_bodyLeft > 0 && m_socket->bytesToWrite() < 256 * 1024) {
        const qint64 piece = qMin<qint64>(m_bodyLeft, 64 * 1024);
        m_socket->write(QByteArray(piece, 'x'));
        m_bodyLeft -= piece;
    }
    if (m_bodyLeft == 0 && !m_buffer.isEmpty())
        onReadyRead();
}

bool TestBackendSession::handleOne()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = m_buffer.left(headEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray path = requestLine.value(1);
    m_head = requestLine.value(0) == "HEAD";
    qint64 contentLength = 0;
    bool chunked = false;
    for (const QByteArray& line : lines.mid(1)) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            contentLength = lower.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
            chunked = true;
    }
    qsizetype bodyEnd = headEnd + 4;
    if (path == "/sink" && !chunked) {
        // Counts the body as it streams in and keeps none of it.
        ++m_requestCount;
        m_backend.recordRequest(head, m_number);
        m_buffer.remove(0, bodyEnd);
        m_sinkTotal = contentLength;
        m_sinkLeft = contentLength;
        const qint64 taken = qMin<qint64>(m_sinkLeft, m_buffer.size());
        m_buffer.remove(0, taken);
        m_sinkLeft -= taken;
        if (m_sinkLeft > 0)
            return false;
        respond(200, "received " + QByteArray::number(m_sinkTotal));
        return true;
    }
    QByteArray body;
    if (chunked) {
        qsizetype position = bodyEnd;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", position);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_buffer.mid(position, lineEnd - position).split(';').value(0).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
                const qsizetype emptyTrailer = lineEnd + 2;
                if (m_buffer.mid(emptyTrailer, 2) == "\r\n") {
                    bodyEnd = emptyTrailer + 2;
                } else if (trailerEnd >= 0) {
                    bodyEnd = trailerEnd + 4;
                } else {
                    return false;
                }
                break;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            body += m_buffer.mid(lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    } else {
        if (m_buffer.size() < bodyEnd + contentLength)
            return false;
        body = m_buffer.mid(bodyEnd, contentLength);
        bodyEnd += contentLength;
    }
    m_buffer.remove(0, bodyEnd);
    ++m_requestCount;
    m_backend.recordRequest(head, m_number);

    const bool health = path.split('?').first() == "/health";
    if (m_backend.resetEveryRequest() && !health) {
        reset();
        return false;
    }
    const QByteArray pathOnly = path.split('?').first();
    TestBackendResponse scripted;
    if (m_backend.failureStatus() != 0 && !health) {
        respond(m_backend.failureStatus(), "failing");
    } else if (m_backend.scriptedResponse(pathOnly, scripted)) {
        respondScripted(scripted, head, pathOnly);
        return !m_holding;
    } else if (pathOnly == "/respond") {
        respondScripted(responseFromQuery(path.mid(path.indexOf('?') + 1)), head, pathOnly);
        return !m_holding;
    } else if (health) {
        const int status = m_backend.healthStatus();
        respond(status, status >= 200 && status < 300 ? "healthy" : "unhealthy");
    } else if (path == "/echo") {
        respond(200, head + "\r\n\r\n" + body);
    } else if (path == "/continue-echo") {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        respond(200, head + "\r\n\r\n" + body);
    } else if (path == "/reset-reused" && m_requestCount > 1) {
        reset();
        return false;
    } else if (path.startsWith("/size/")) {
        const qint64 size = path.mid(6).toLongLong();
        respond(200, QByteArray(), "Content-Length: " + QByteArray::number(size) + "\r\n");
        m_bodyLeft = m_head ? 0 : size;
        onBytesWritten();
    } else if (path.startsWith("/chunked/")) {
        qint64 left = path.mid(9).toLongLong();
        QByteArray chunks;
        while (left > 0) {
            const qint64 piece = qMin<qint64>(left, 16 * 1024);
            chunks += QByteArray::number(piece, 16) + "\r\n" + QByteArray(piece, 'c') + "\r\n";
            left -= piece;
        }
        chunks += "0\r\n\r\n";
        respond(200, QByteArray(), "Transfer-Encoding: chunked\r\n");
        m_socket->write(chunks);
    } else if (path.startsWith("/status/")) {
        respond(path.mid(8).toInt(), "status");
    } else if (path == "/close") {
        respond(200, "closing", "Connection: close\r\n");
        m_socket->disconnectFromHost();
        return false;
    } else if (path == "/hang") {
        m_hanging = true;
        return false;
    } else if (path == "/truncated") {
        respond(200, QByteArray(10, 't'), "Content-Length: 100\r\n");
        m_socket->disconnectFromHost();
        return false;
    } else if (path == "/hold") {
        m_holding = true;
        ++m_backend.m_held;
        return false;
    } else if (path == "/reset") {
        m_socket->abort();
        return false;
    } else if (path == "/upgrade") {
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: echo\r\n\r\n");
        m_tunnel = true;
        if (!m_buffer.isEmpty()) {
            m_socket->write(m_buffer);
            m_buffer.clear();
        }
        return false;
    } else {
        respond(200, "backend " + m_backend.name());
    }
    return true;
}

void TestBackendSession::respond(int status, const QByteArray& body, const QByteArray& extra)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) +
                          " Test\r\nServer: TestBackend\r\nX-Backend: " + m_backend.name() +
                          "\r\nX-Connection: " + QByteArray::number(m_number) + "\r\n";
    if (!extra.contains("Content-Length") && !extra.contains("Transfer-Encoding"))
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += extra + "\r\n" + (m_head ? QByteArray() : body);
    m_socket->write(response);
}

namespace {

// The value of the request field name (lower case), or a null array.
QByteArray requestField(const QByteArray& head, QByteArrayView lowerCaseName)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerCaseName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    return tag.startsWith("W/") ? tag.mid(2) : tag;
}

} // namespace

TestBackendResponse TestBackendSession::responseFromQuery(const QByteArray& query)
{
    TestBackendResponse response;
    for (const QByteArray& parameter : query.split('&')) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = parameter.left(equals);
        const QByteArray value = QByteArray::fromPercentEncoding(equals < 0 ? QByteArray() : parameter.mid(equals + 1));
        if (name == "status") {
            response.status = value.toInt();
        } else if (name == "h") {
            const qsizetype colon = value.indexOf(':');
            if (colon > 0)
                response.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
        } else if (name == "body") {
            response.body = value;
        } else if (name == "etag") {
            response.headers.append({"ETag", value});
        } else if (name == "lm") {
            response.headers.append({"Last-Modified", value});
        } else if (name == "hold") {
            response.hold = value == "1";
        }
    }
    return response;
}

void TestBackendSession::respondScripted(const TestBackendResponse& response, const QByteArray& requestHead,
                                         const QByteArray& path)
{
    QByteArray etag;
    QByteArray lastModified;
    for (const auto& [name, value] : response.headers) {
        if (name.compare("etag", Qt::CaseInsensitive) == 0)
            etag = value;
        else if (name.compare("last-modified", Qt::CaseInsensitive) == 0)
            lastModified = value;
    }
    bool notModified = false;
    const QByteArray noneMatch = requestField(requestHead, "if-none-match");
    if (!noneMatch.isNull()) {
        for (const QByteArray& candidate : noneMatch.split(','))
            notModified = notModified || candidate.trimmed() == "*" ||
                          (!etag.isEmpty() && opaqueTag(candidate) == opaqueTag(etag));
    } else if (const QByteArray since = requestField(requestHead, "if-modified-since");
               !since.isNull() && !lastModified.isEmpty()) {
        const std::optional<qint64> sinceMs = HttpDate::parse(since);
        const std::optional<qint64> modifiedMs = HttpDate::parse(lastModified);
        notModified = sinceMs && modifiedMs && *modifiedMs <= *sinceMs;
    }
    const int status = notModified ? 304 : response.status;
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + (notModified ? " Not Modified" : " Test") +
                       "\r\nServer: TestBackend\r\nX-Backend: " + m_backend.name() +
                       "\r\nX-Connection: " + QByteArray::number(m_number) +
                       "\r\nX-Path-Count: " + QByteArray::number(m_backend.countFor(path)) + "\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : response.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (notModified)
                continue;
            hasLength = true;
        }
        bytes += name + ": " + value + "\r\n";
    }
    // 1xx, 204 and 304 have no body and no length.
    const bool bodyless = status < 200 || status == 204 || status == 304;
    if (!bodyless && !hasLength)
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bytes += "\r\n";
    if (!bodyless && !m_head)
        bytes += response.body;
    if (response.hold) {
        m_holding = true;
        ++m_backend.m_held;
        m_heldResponse = bytes;
        return;
    }
    m_socket->write(bytes);
}

} // namespace Portico::Test
