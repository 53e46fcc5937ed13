// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portico {

std::optional<AcmeError> AcmeError::fromProblem(const QByteArray& body, int httpStatus)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return std::nullopt;
    AcmeError error;
    error.code = codeForType(type);
    error.problemType = type;
    error.detail = object.value(QStringLiteral("detail")).toString();
    error.httpStatus = httpStatus;
    // For several names the CA puts the useful detail in the first subproblem.
    const QJsonArray subproblems = object.value(QStringLiteral("subproblems")).toArray();
    if (!subproblems.isEmpty()) {
        const QJsonObject first = subproblems.first().toObject();
        const QString subType = first.value(QStringLiteral("type")).toString();
        if (!subType.isEmpty())
            error.code = codeForType(subType);
    }
    return error;
}

AcmeErrorCode AcmeError::codeForType(const QString& type)
{
    static const QString prefix = QStringLiteral("urn:ietf:params:acme:error:");
    if (!type.startsWith(prefix))
        return AcmeErrorCode::OtherProblem;
    const QStringView name = QStringView(type).mid(prefix.size());
    struct Mapping
    {
        const char16_t* name;
        AcmeErrorCode code;
    };
    static constexpr Mapping mappings[] = {
        {u"dns", AcmeErrorCode::DnsFailure},
        {u"rateLimited", AcmeErrorCode::RateLimited},
        {u"unauthorized", AcmeErrorCode::Unauthorized},
        {u"connection", AcmeErrorCode::ConnectionRefused},
        {u"incorrectResponse", AcmeErrorCode::IncorrectResponse},
        {u"tls", AcmeErrorCode::TlsFailure},
        {u"caa", AcmeErrorCode::CaaForbidden},
        {u"rejectedIdentifier", AcmeErrorCode::RejectedIdentifier},
        {u"unsupportedIdentifier", AcmeErrorCode::RejectedIdentifier},
        {u"badCSR", AcmeErrorCode::BadCsr},
        {u"accountDoesNotExist", AcmeErrorCode::AccountProblem},
        {u"externalAccountRequired", AcmeErrorCode::AccountProblem},
        {u"userActionRequired", AcmeErrorCode::AccountProblem},
        {u"agreementRequired", AcmeErrorCode::AccountProblem},
        {u"malformed", AcmeErrorCode::Malformed},
        {u"badSignatureAlgorithm", AcmeErrorCode::Malformed},
        {u"badPublicKey", AcmeErrorCode::Malformed},
        {u"orderNotReady", AcmeErrorCode::Malformed},
        {u"badNonce", AcmeErrorCode::BadNonce},
        {u"serverInternal", AcmeErrorCode::ServerInternal},
    };
    for (const Mapping& mapping : mappings) {
        if (name == QStringView(mapping.name))
            return mapping.code;
    }
    return AcmeErrorCode::OtherProblem;
}

QString AcmeError::codeName(AcmeErrorCode code)
{
    switch (code) {
    case AcmeErrorCode::DnsFailure:
        return QStringLiteral("dns-failure");
    case AcmeErrorCode::RateLimited:
        return QStringLiteral("rate-limited");
    case AcmeErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case AcmeErrorCode::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case AcmeErrorCode::IncorrectResponse:
        return QStringLiteral("incorrect-response");
    case AcmeErrorCode::TlsFailure:
        return QStringLiteral("tls-failure");
    case AcmeErrorCode::CaaForbidden:
        return QStringLiteral("caa-forbidden");
    case AcmeErrorCode::RejectedIdentifier:
        return QStringLiteral("rejected-identifier");
    case AcmeErrorCode::BadCsr:
        return QStringLiteral("bad-csr");
    case AcmeErrorCode::AccountProblem:
        return QStringLiteral("account-problem");
    case AcmeErrorCode::Malformed:
        return QStringLiteral("malformed");
    case AcmeErrorCode::BadNonce:
        return QStringLiteral("bad-nonce");
    case AcmeErrorCode::ServerInternal:
        return QStringLiteral("server-internal");
    case AcmeErrorCode::OtherProblem:
        return QStringLiteral("other-problem");
    case AcmeErrorCode::NetworkError:
        return QStringLiteral("network-error");
    case AcmeErrorCode::InvalidResponse:
        return QStringLiteral("invalid-response");
    case AcmeErrorCode::ChallengeUnavailable:
        return QStringLiteral("challenge-unavailable");
    case AcmeErrorCode::OrderInvalid:
        return QStringLiteral("order-invalid");
    case AcmeErrorCode::Timeout:
        return QStringLiteral("timeout");
    case AcmeErrorCode::KeyFailure:
        return QStringLiteral("key-failure");
    case AcmeErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("other-problem");
}

} // namespace Portico
