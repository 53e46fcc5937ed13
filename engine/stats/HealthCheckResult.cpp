// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/HealthCheckResult.h"

namespace Portico {

namespace {

QString duration(qint64 ms)
{
    if (ms >= 1000 && ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms);
}

} // namespace

QString HealthCheckResult::message() const
{
    switch (failure) {
    case HealthCheckFailure::None:
        if (httpStatus > 0)
            return QStringLiteral("HTTP %1 on %2 in %3").arg(QString::number(httpStatus), path, duration(elapsedMs));
        return QStringLiteral("connected in %1").arg(duration(elapsedMs));
    case HealthCheckFailure::Refused:
        return QStringLiteral("connection refused");
    case HealthCheckFailure::Reset:
        return QStringLiteral("connection closed before a full response");
    case HealthCheckFailure::TimedOut:
        return QStringLiteral("timed out after %1").arg(duration(elapsedMs));
    case HealthCheckFailure::NameNotFound:
        return QStringLiteral("host name not found");
    case HealthCheckFailure::Unreachable:
        return QStringLiteral("host unreachable");
    case HealthCheckFailure::BadStatus:
        return QStringLiteral("HTTP %1 on %2").arg(QString::number(httpStatus), path);
    case HealthCheckFailure::BodyMismatch:
        return QStringLiteral("body lacks '%1'").arg(expected);
    case HealthCheckFailure::BadResponse:
        return QStringLiteral("the answer is not HTTP");
    }
    return QString();
}

} // namespace Portico
