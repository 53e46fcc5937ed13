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

namespace {

constexpr HealthCheckFailure allFailures[] = {
    HealthCheckFailure::None,      HealthCheckFailure::Refused,      HealthCheckFailure::Reset,
    HealthCheckFailure::TimedOut,  HealthCheckFailure::NameNotFound, HealthCheckFailure::Unreachable,
    HealthCheckFailure::BadStatus, HealthCheckFailure::BodyMismatch, HealthCheckFailure::BadResponse,
};

} // namespace

QString HealthCheckResult::failureName(HealthCheckFailure failure)
{
    switch (failure) {
    case HealthCheckFailure::None:
        return QStringLiteral("none");
    case HealthCheckFailure::Refused:
        return QStringLiteral("refused");
    case HealthCheckFailure::Reset:
        return QStringLiteral("reset");
    case HealthCheckFailure::TimedOut:
        return QStringLiteral("timed-out");
    case HealthCheckFailure::NameNotFound:
        return QStringLiteral("name-not-found");
    case HealthCheckFailure::Unreachable:
        return QStringLiteral("unreachable");
    case HealthCheckFailure::BadStatus:
        return QStringLiteral("bad-status");
    case HealthCheckFailure::BodyMismatch:
        return QStringLiteral("body-mismatch");
    case HealthCheckFailure::BadResponse:
        return QStringLiteral("bad-response");
    }
    return QString();
}

QStringList HealthCheckResult::toArgs() const
{
    return {failureName(failure),
            QString::number(httpStatus),
            path,
            server,
            expected,
            QString::number(elapsedMs),
            ok ? QStringLiteral("ok") : QStringLiteral("failed")};
}

HealthCheckResult HealthCheckResult::fromArgs(const QStringList& args)
{
    HealthCheckResult result;
    for (const HealthCheckFailure failure : allFailures) {
        if (failureName(failure) == args.value(0))
            result.failure = failure;
    }
    result.httpStatus = args.value(1).toInt();
    result.path = args.value(2);
    result.server = args.value(3);
    result.expected = args.value(4);
    result.elapsedMs = args.value(5).toLongLong();
    result.ok = args.value(6) == QLatin1String("ok");
    return result;
}

} // namespace Portico
