// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/HealthProbe.h"

#include "core/Clock.h"

#include <QTcpSocket>
#include <QUrl>

#include <utility>

namespace Portico {

HealthProbe::HealthProbe(QString host, quint16 port, const HealthCheckConfig& check, const Clock& clock,
                         QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_check(check)
    , m_clock(clock)
    , m_expected(check.bodyContains.toUtf8())
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HealthProbe::onTimeout);
    if (check.method.compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0)
        m_parser.setRequestMethod(HttpMethod::Head);
    if (check.type == HealthCheckType::Http)
        m_result.path = check.path;
}

HealthProbe::~HealthProbe()
{
    if (m_socket != nullptr) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void HealthProbe::start()
{
    if (m_stage != Stage::Idle)
        return;
    m_starting = true;
    m_stage = Stage::Connecting;
    m_startedUs = m_clock.monotonicUs();
    m_timer.start(m_check.timeoutMs);

    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &HealthProbe::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HealthProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HealthProbe::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &HealthProbe::onSocketError);
    // A host name is looked up asynchronously by the socket itself.
    m_socket->connectToHost(m_host, m_port);
    m_starting = false;
}

QByteArray HealthProbe::request() const
{
    QByteArray host;
    if (!m_check.host.isEmpty()) {
        host = m_check.host.toUtf8();
    } else {
        if (m_host.contains(QLatin1Char(':')) && !m_host.startsWith(QLatin1Char('['))) {
            host = '[' + m_host.toLatin1() + ']';
        } else {
            host = QUrl::toAce(m_host);
            if (host.isEmpty())
                host = m_host.toUtf8();
        }
        if (m_port != 80)
            host += ':' + QByteArray::number(m_port);
    }
    return m_check.method.toLatin1() + ' ' + m_check.path.toLatin1() + " HTTP/1.1\r\nHost: " + host +
           "\r\nUser-Agent: Portico-Health-Check\r\nConnection: close\r\n\r\n";
}

void HealthProbe::onConnected()
{
    if (m_check.type == HealthCheckType::Tcp) {
        succeed();
        return;
    }
    m_stage = Stage::Head;
    m_socket->write(request());
}

void HealthProbe::onReadyRead()
{
    if (m_stage != Stage::Head && m_stage != Stage::Body)
        return;
    m_buffer += m_socket->readAll();
    consume();
}

void HealthProbe::onSocketError()
{
    if (m_stage == Stage::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_stage == Stage::Head || m_stage == Stage::Body) {
        // Bytes that came with the close still count: a body may end there.
        m_buffer += m_socket->readAll();
        if (consume())
            return;
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState) {
            if (m_stage == Stage::Body && m_framing == BodyFraming::UntilClose)
                finishBody();
            else
                fail(HealthCheckFailure::Reset);
            return;
        }
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(HealthCheckFailure::Refused);
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(HealthCheckFailure::NameNotFound);
        return;
    case QAbstractSocket::NetworkError:
        fail(HealthCheckFailure::Unreachable);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(HealthCheckFailure::TimedOut);
        return;
    default:
        fail(m_stage == Stage::Connecting ? HealthCheckFailure::Unreachable : HealthCheckFailure::Reset);
        return;
    }
}

void HealthProbe::onTimeout()
{
    fail(HealthCheckFailure::TimedOut);
}

bool HealthProbe::consume()
{
    if (m_stage == Stage::Head) {
        const HeadOutcome outcome = consumeHead();
        if (outcome != HeadOutcome::Complete)
            return outcome == HeadOutcome::Finished;
    }
    return consumeBody();
}

HealthProbe::HeadOutcome HealthProbe::consumeHead()
{
    for (;;) {
        const ResponseParser::Result parsed = m_parser.parse(m_buffer);
        if (parsed.status == ResponseParser::Status::NeedMore)
            return HeadOutcome::NeedMore;
        if (parsed.status == ResponseParser::Status::Error) {
            fail(HealthCheckFailure::BadResponse);
            return HeadOutcome::Finished;
        }
        const ResponseHead& head = m_parser.head();
        // Interim answers (100 Continue, 103 Early Hints) precede the real one.
        if (head.isInformational() && !head.switchesProtocols()) {
            m_buffer.remove(0, parsed.consumed);
            m_parser.reset();
            continue;
        }
        m_result.httpStatus = head.status;
        if (const HttpHeader* server = head.find(QByteArrayView("Server")))
            m_result.server = QString::fromLatin1(server->value);
        m_framing = head.framing;
        m_bodyLeft = head.contentLength;
        m_buffer.remove(0, parsed.consumed);
        break;
    }
    if (m_result.httpStatus < m_check.expectStatusMin || m_result.httpStatus > m_check.expectStatusMax) {
        fail(HealthCheckFailure::BadStatus);
        return HeadOutcome::Finished;
    }
    if (m_expected.isEmpty()) {
        succeed();
        return HeadOutcome::Finished;
    }
    m_stage = Stage::Body;
    if (m_framing == BodyFraming::Chunked)
        m_chunked = std::make_unique<ChunkedDecoder>();
    return HeadOutcome::Complete;
}

bool HealthProbe::consumeBody()
{
    const qsizetype searchFrom = qMax<qsizetype>(0, m_body.size() - m_expected.size() + 1);
    bool ended = false;
    const auto keep = [this](QByteArrayView data) {
        m_body.append(data.first(qMin(data.size(), maxBodyBytes - m_body.size())));
    };
    switch (m_framing) {
    case BodyFraming::None:
        ended = true;
        break;
    case BodyFraming::ContentLength: {
        const qint64 taken = qMin<qint64>(m_bodyLeft, m_buffer.size());
        keep(QByteArrayView(m_buffer).first(taken));
        m_buffer.remove(0, taken);
        m_bodyLeft -= taken;
        ended = m_bodyLeft == 0;
        break;
    }
    case BodyFraming::Chunked:
        while (!ended && m_body.size() < maxBodyBytes) {
            const ChunkedDecoder::Result decoded = m_chunked->decode(m_buffer);
            if (decoded.status == ChunkedDecoder::Status::Error) {
                fail(HealthCheckFailure::BadResponse);
                return true;
            }
            if (decoded.status == ChunkedDecoder::Status::Data)
                keep(decoded.data);
            ended = decoded.status == ChunkedDecoder::Status::Done;
            m_buffer.remove(0, decoded.consumed);
            if (decoded.status == ChunkedDecoder::Status::NeedMore)
                break;
        }
        break;
    case BodyFraming::UntilClose:
        keep(m_buffer);
        m_buffer.clear();
        break;
    }
    if (QByteArrayView(m_body).sliced(searchFrom).contains(m_expected)) {
        succeed();
        return true;
    }
    if (ended || m_body.size() >= maxBodyBytes) {
        finishBody();
        return true;
    }
    return false;
}

void HealthProbe::finishBody()
{
    m_result.expected = m_check.bodyContains;
    fail(HealthCheckFailure::BodyMismatch);
}

void HealthProbe::succeed()
{
    HealthCheckResult result = m_result;
    result.ok = true;
    result.failure = HealthCheckFailure::None;
    finish(std::move(result));
}

void HealthProbe::fail(HealthCheckFailure failure)
{
    HealthCheckResult result = m_result;
    result.ok = false;
    result.failure = failure;
    finish(std::move(result));
}

void HealthProbe::finish(HealthCheckResult result)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timer.stop();
    if (m_socket != nullptr) {
        // This may run inside one of the socket's own signals, and a slot of finished() may delete
        // the probe: the socket must outlive both, so it goes on its own.
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->setParent(nullptr);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_buffer.clear();
    m_body.clear();
    result.time = m_clock.now();
    result.elapsedMs = (m_clock.monotonicUs() - m_startedUs) / 1000;
    if (m_starting) {
        QMetaObject::invokeMethod(
            this, [this, result]() { Q_EMIT finished(result); }, Qt::QueuedConnection);
        return;
    }
    // A copy: a slot that deletes the probe must not pull the argument from under the next slot.
    Q_EMIT finished(result);
}

} // namespace Portico
