// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpConnection.h"

#include "core/Logging.h"
#include "core/WorkerContext.h"
#include "http/BuiltinPages.h"

#include <QTcpSocket>

namespace Portico {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasConnectionOption(QByteArrayView value, QByteArrayView option)
{
    for (const QByteArray& part : value.toByteArray().split(',')) {
        if (part.trimmed().compare(option, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, WorkerContext& context, QObject* parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_context(context)
{
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_context.counters.connectionOpened();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::finish);
    // Data may have arrived before the notifier was armed.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection()
{
    if (!m_finished)
        m_context.counters.connectionClosed();
}

bool HttpConnection::isIdle() const
{
    return m_buffer.isEmpty() && m_bodyToDiscard == 0 && m_socket->bytesToWrite() == 0;
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (isIdle())
        m_socket->disconnectFromHost();
}

void HttpConnection::abort()
{
    m_socket->abort();
    finish();
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    WorkerCounters::add(m_context.counters.bytesIn, static_cast<quint64>(data.size()));
    if (m_closeAfterWrite)
        return; // The last response is out: ignore whatever follows it.
    if (m_requestStartUs < 0)
        m_requestStartUs = m_context.clock.monotonicUs();
    m_buffer += data;
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_buffer.isEmpty() && !m_closeAfterWrite) {
        if (m_bodyToDiscard > 0) {
            const qint64 dropped = qMin<qint64>(m_bodyToDiscard, m_buffer.size());
            m_buffer.remove(0, dropped);
            m_bodyToDiscard -= dropped;
            continue;
        }
        const Outcome outcome = handleOneRequest();
        if (outcome == Outcome::NeedMore)
            return;
        if (outcome == Outcome::Close)
            break;
        m_requestStartUs = m_buffer.isEmpty() ? -1 : m_context.clock.monotonicUs();
    }
}

HttpConnection::Outcome HttpConnection::handleOneRequest()
{
    const GlobalSettings& limits = m_context.config->settings;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if (lineEnd < 0 ? m_buffer.size() > limits.maxRequestLineBytes : lineEnd > limits.maxRequestLineBytes) {
        fail(414);
        return Outcome::Close;
    }
    if (headEnd < 0) {
        if (m_buffer.size() > limits.maxHeaderBytes) {
            fail(431);
            return Outcome::Close;
        }
        return Outcome::NeedMore;
    }
    if (headEnd - lineEnd > limits.maxHeaderBytes) {
        fail(431);
        return Outcome::Close;
    }

    // Keep the CRLF of the last field so that every line can be checked the same way.
    const QByteArray head = m_buffer.left(headEnd + 2);
    m_buffer.remove(0, headEnd + 4);
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast();

    // Request line: method SP target SP version, nothing else.
    const QByteArray requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400);
        return Outcome::Close;
    }
    const QByteArray& method = parts.at(0);
    const QByteArray& version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(version.startsWith("HTTP/") ? 505 : 400);
        return Outcome::Close;
    }
    const bool http11 = version == "HTTP/1.1";

    int hostCount = 0;
    qint64 contentLength = 0;
    bool hasContentLength = false;
    bool hasTransferEncoding = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    if (lines.size() - 1 > limits.maxHeaderCount) {
        fail(431);
        return Outcome::Close;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        // Every line must end in CRLF; a bare LF or a folded line is a classic smuggling vector.
        if (!line.endsWith('\r') || line.size() < 2 || line.startsWith(' ') || line.startsWith('\t')) {
            fail(400);
            return Outcome::Close;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(400);
            return Outcome::Close;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (value.contains('\r') || value.contains('\0')) {
            fail(400);
            return Outcome::Close;
        }
        if (name == "host") {
            ++hostCount;
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || hasContentLength || value.startsWith('+')) {
                fail(400);
                return Outcome::Close;
            }
            hasContentLength = true;
            contentLength = length;
        } else if (name == "transfer-encoding") {
            hasTransferEncoding = true;
        } else if (name == "connection") {
            connectionClose = connectionClose || hasConnectionOption(value, "close");
            connectionKeepAlive = connectionKeepAlive || hasConnectionOption(value, "keep-alive");
        }
    }
    if ((http11 && hostCount != 1) || hostCount > 1 || (hasTransferEncoding && hasContentLength)) {
        fail(400);
        return Outcome::Close;
    }
    if (hasTransferEncoding) {
        // Chunked request bodies arrive with the proxy data path; refuse rather than misread them.
        fail(501);
        return Outcome::Close;
    }
    m_bodyToDiscard = contentLength;

    const bool keepAlive = !m_context.shuttingDown && (http11 ? !connectionClose : connectionKeepAlive);
    const bool headOnly = method == "HEAD";
    if (method != "GET" && !headOnly) {
        respond(405, BuiltinPages::error(405, m_context.nextRequestId()), keepAlive, false, "Allow: GET, HEAD\r\n");
    } else if (m_context.config->sites.isEmpty()) {
        respond(200, BuiltinPages::welcome(), keepAlive, headOnly);
    } else {
        respond(501,
                BuiltinPages::error(501, m_context.nextRequestId(),
                                    "This version of Portico cannot forward requests to backends yet."),
                keepAlive, headOnly);
    }
    return keepAlive ? Outcome::Handled : Outcome::Close;
}

void HttpConnection::respond(int status, const QByteArray& body, bool keepAlive, bool headOnly,
                             const QByteArray& extraHeaders)
{
    QByteArray response;
    response.reserve(256 + (headOnly ? 0 : body.size()));
    response += "HTTP/1.1 " + QByteArray::number(status) + ' ' + BuiltinPages::reasonPhrase(status) + "\r\n";
    response += "Server: Portico\r\nDate: " + m_context.httpDate() + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n" + extraHeaders;
    response += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!headOnly)
        response += body;
    m_socket->write(response);
    WorkerCounters::add(m_context.counters.bytesOut, static_cast<quint64>(response.size()));
    const qint64 started = m_requestStartUs >= 0 ? m_requestStartUs : m_context.clock.monotonicUs();
    m_context.counters.responseSent(status, m_context.clock.monotonicUs() - started);
    if (!keepAlive) {
        m_closeAfterWrite = true;
        m_buffer.clear();
        m_bodyToDiscard = 0;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::fail(int status)
{
    qCDebug(lcHttp) << "rejecting request with" << status;
    respond(status, BuiltinPages::error(status, m_context.nextRequestId()), false, false);
}

void HttpConnection::onBytesWritten()
{
    if ((m_closeAfterWrite || m_closeWhenIdle) && isIdle())
        m_socket->disconnectFromHost();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_context.counters.connectionClosed();
    Q_EMIT closed(this);
}

} // namespace Portico
