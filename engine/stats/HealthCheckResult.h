// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Portico {

// Why a check (or a wizard probe) failed; the UI words it with tr(), message() words it for logs.
enum class HealthCheckFailure
{
    None,
    Refused,      // connection refused
    Reset,        // closed or reset before a full response
    TimedOut,     // no complete answer within the timeout; elapsedMs says after how long
    NameNotFound, // the host name did not resolve
    Unreachable,  // no route to host, network down
    BadStatus,    // status outside the expected range; see httpStatus and path
    BodyMismatch, // body lacks bodyContains; see expected
    BadResponse,  // not HTTP
};

class HealthCheckResult
{
public:
    QDateTime time;
    bool ok = false;
    HealthCheckFailure failure = HealthCheckFailure::None;
    // HTTP checks: the status received (0 for none), the path asked for, the Server header.
    int httpStatus = 0;
    QString path;
    QString server;
    // BodyMismatch: the substring the body lacks.
    QString expected;
    qint64 elapsedMs = 0;

    // "HTTP 500 on /health", "connection refused", "timed out after 2 s", "body lacks 'ok'".
    QString message() const;
    // The result as event arguments (failure name, status, path, server, expected, elapsed ms, ok),
    // so that a UI can word it in its own language; fromArgs() reads them back (time excepted).
    QStringList toArgs() const;
    static HealthCheckResult fromArgs(const QStringList& args);
    static QString failureName(HealthCheckFailure failure);
    bool operator==(const HealthCheckResult&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::HealthCheckResult)
