// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Portico {

enum class PreflightCheckKind
{
    TermsAgreed,        // args: -
    HttpListener,       // args: port, listener endpoints found (comma separated)
    EngineRunning,      // args: -
    WildcardName,       // args: the name (HTTP-01 cannot prove wildcards: Failed)
    NameResolves,       // args: addresses (comma separated) or the resolver's error
    ChallengeReachable, // args: the URL fetched, what came back (status code or network error)
    CurrentCertificate, // args: entry id, days left, notAfter ISO (Passed if none or > 30 days left, else Warning)
};

enum class PreflightStatus
{
    Passed,
    Warning,
    Failed,
};

// One check made before an ACME order, in words the UI can show.
class PreflightCheck
{
public:
    PreflightCheckKind kind = PreflightCheckKind::TermsAgreed;
    PreflightStatus status = PreflightStatus::Passed;
    QString name; // host name, empty for general checks
    QStringList args;

    // "terms-agreed", "http-listener", ...
    static QString kindName(PreflightCheckKind kind);
    // "passed", "warning", "failed"
    static QString statusName(PreflightStatus status);
    // Plain English for logs and porticod; the UI words it with tr().
    QString message() const;

    bool operator==(const PreflightCheck&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::PreflightCheck)
