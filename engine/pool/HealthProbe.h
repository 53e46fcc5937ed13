// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/HealthCheckConfig.h"
#include "http/ChunkedDecoder.h"
#include "http/ResponseParser.h"
#include "stats/HealthCheckResult.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace Portico {

class Clock;

// One active check of one backend on the calling thread's event loop: a TCP connect, or an HTTP
// request whose status (and, with bodyContains, the first 64 KiB of the body) decides. One timer
// covers the whole check, name lookup included. finished() comes exactly once, never from inside
// start(); the probe may be deleted from a slot connected to it.
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    // The most of the body searched for bodyContains.
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    HealthProbe(QString host, quint16 port, const HealthCheckConfig& check, const Clock& clock,
                QObject* parent = nullptr);
    ~HealthProbe() override;

    void start();

    // What the check sends; exposed for tests and the docs.
    QByteArray request() const;

Q_SIGNALS:
    void finished(const Portico::HealthCheckResult& result);

private:
    enum class Stage : quint8
    {
        Idle,
        Connecting,
        Head,
        Body,
        Done,
    };

    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    // Each of these returns whether the check finished: if so, finished() has been emitted and the
    // probe may already be deleted, so the caller must not touch it.
    bool consume();
    enum class HeadOutcome : quint8
    {
        NeedMore,
        Complete, // the body decides
        Finished,
    };
    HeadOutcome consumeHead();
    bool consumeBody();
    // These emit finished(): nothing may touch the probe after them.
    // The body ended (or reached maxBodyBytes) and lacks the text.
    void finishBody();
    void succeed();
    void fail(HealthCheckFailure failure);
    void finish(HealthCheckResult result);

    QString m_host;
    quint16 m_port = 0;
    HealthCheckConfig m_check;
    const Clock& m_clock;
    QByteArray m_expected;

    QTcpSocket* m_socket = nullptr;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    // A failure reported while start() runs is delivered from the event loop instead.
    bool m_starting = false;
    qint64 m_startedUs = 0;

    QByteArray m_buffer;
    ResponseParser m_parser;
    std::unique_ptr<ChunkedDecoder> m_chunked;
    BodyFraming m_framing = BodyFraming::None;
    qint64 m_bodyLeft = 0;
    QByteArray m_body;
    HealthCheckResult m_result;
};

} // namespace Portico
