// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeError.h"
#include "controller/AcmeOutcome.h"
#include "controller/PreflightCheck.h"
#include "tls/CertificateEntry.h"
#include "tls/CertificateError.h"
#include "tls/CertificateKeyType.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Portico {

// Words the certificate store's and the ACME client's codes for people: errors, pre-flight checks, sources,
// key types and expiry. The engine gives codes and arguments; every sentence the user reads is made here.
class CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::CertificateText)

public:
    // What went wrong and, where there is one, what to do about it.
    static QString error(const CertificateError& error);
    // The CA's or the network's problem in plain words, followed by what the CA said, if anything.
    static QString acmeError(const AcmeError& error);
    // The plain words alone, for a code.
    static QString acmeProblem(AcmeErrorCode code);
    // A code name as AcmeError::codeName() gives it (events carry those), worded; empty for an unknown name.
    static QString acmeProblemByName(const QString& codeName);
    static QString acmeOutcome(const AcmeOutcome& outcome);

    // A short heading for a check ("Port 80 is answered by Portico") and what it found.
    static QString preflightTitle(const PreflightCheck& check);
    static QString preflightMessage(const PreflightCheck& check);
    static QString preflightStatusName(PreflightStatus status);

    static QString sourceName(CertificateSource source);
    static QString kindName(CertificateEntryKind kind);
    static QString keyTypeName(CertificateKeyType type);
    // "ECDSA P-256", "RSA 2048", or "unknown".
    static QString keyDescription(const CertificateInfo& info);
    // "in 12 days", "today", "expired 3 days ago".
    static QString expiryRelative(const CertificateInfo& info, const QDateTime& now);
    // A date (UTC in, local out) for tables.
    static QString date(const QDateTime& time);
    // A date and time for details.
    static QString dateTime(const QDateTime& time);
    // One place CertificateCenter::usedBy() names ("sites[2] (Intranet)"), worded: site "Intranet".
    static QString usedBy(const QString& place);
    static QString usedByList(const QStringList& places);
};

} // namespace Portico
