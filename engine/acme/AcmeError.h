// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeErrorCode.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portico {

// A failed ACME step: the code, and what the CA said (its problem "detail", or the network error text).
class AcmeError
{
public:
    AcmeErrorCode code = AcmeErrorCode::OtherProblem;
    QString detail;      // the CA's words or the transport's; never holds key material
    QString problemType; // "urn:ietf:params:acme:error:dns", empty when there was no problem document
    int httpStatus = 0;

    // A problem document (RFC 7807, application/problem+json); nullopt if body is not one.
    static std::optional<AcmeError> fromProblem(const QByteArray& body, int httpStatus);
    // The code for a problem type such as "urn:ietf:params:acme:error:rateLimited".
    static AcmeErrorCode codeForType(const QString& type);
    // Stable name for logs and tests ("dns-failure", "rate-limited", ...).
    static QString codeName(AcmeErrorCode code);

    bool operator==(const AcmeError&) const = default;
};

} // namespace Portico
