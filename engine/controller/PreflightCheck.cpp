// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/PreflightCheck.h"

namespace Portico {

QString PreflightCheck::kindName(PreflightCheckKind kind)
{
    switch (kind) {
    case PreflightCheckKind::TermsAgreed:
        return QStringLiteral("terms-agreed");
    case PreflightCheckKind::HttpListener:
        return QStringLiteral("http-listener");
    case PreflightCheckKind::EngineRunning:
        return QStringLiteral("engine-running");
    case PreflightCheckKind::WildcardName:
        return QStringLiteral("wildcard-name");
    case PreflightCheckKind::NameResolves:
        return QStringLiteral("name-resolves");
    case PreflightCheckKind::ChallengeReachable:
        return QStringLiteral("challenge-reachable");
    case PreflightCheckKind::CurrentCertificate:
        return QStringLiteral("current-certificate");
    }
    return QString();
}

QString PreflightCheck::statusName(PreflightStatus status)
{
    switch (status) {
    case PreflightStatus::Passed:
        return QStringLiteral("passed");
    case PreflightStatus::Warning:
        return QStringLiteral("warning");
    case PreflightStatus::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString PreflightCheck::message() const
{
    const QString a0 = args.value(0);
    const QString a1 = args.value(1);
    const bool passed = status == PreflightStatus::Passed;
    switch (kind) {
    case PreflightCheckKind::TermsAgreed:
        return passed ? QStringLiteral("the ACME CA's terms of service are agreed to")
                      : QStringLiteral("the ACME CA's terms of service have not been agreed to yet");
    case PreflightCheckKind::HttpListener:
        if (status == PreflightStatus::Failed)
            return QStringLiteral("no Portico HTTP listener is on port %1, so nothing can answer the CA's challenge")
                .arg(a0);
        if (status == PreflightStatus::Warning)
            return QStringLiteral("port %1 is served by Portico (%2), but only on loopback, where a public CA cannot "
                                  "reach it")
                .arg(a0, a1);
        return QStringLiteral("port %1 is served by Portico (%2)").arg(a0, a1);
    case PreflightCheckKind::EngineRunning:
        return passed ? QStringLiteral("Portico is running")
                      : QStringLiteral("Portico is not running, so no listener can answer the CA's challenge");
    case PreflightCheckKind::WildcardName:
        return QStringLiteral("%1 is a wildcard name: the HTTP-01 challenge cannot prove it (use the names "
                              "themselves, or another certificate)")
            .arg(a0);
    case PreflightCheckKind::NameResolves:
        if (status == PreflightStatus::Failed)
            return QStringLiteral("%1 does not resolve: %2").arg(name, a0);
        if (status == PreflightStatus::Warning)
            return QStringLiteral("%1 resolves only to local addresses (%2), which a public CA cannot reach")
                .arg(name, a0);
        return QStringLiteral("%1 resolves to %2").arg(name, a0);
    case PreflightCheckKind::ChallengeReachable:
        return passed ? QStringLiteral("a test challenge for %1 came back from %2").arg(name, a0)
                      : QStringLiteral("a test challenge for %1 did not come back from %2: %3").arg(name, a0, a1);
    case PreflightCheckKind::CurrentCertificate:
        if (args.isEmpty())
            return QStringLiteral("%1 has no certificate yet").arg(name);
        return QStringLiteral("the current certificate for %1 (%2) has %3 day(s) left, until %4")
            .arg(name, a0, a1, args.value(2));
    }
    return QString();
}

} // namespace Portico
