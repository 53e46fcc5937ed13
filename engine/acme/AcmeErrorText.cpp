// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/AcmeErrorText.h"

namespace Portico {

namespace {

QString summary(AcmeErrorCode code)
{
    switch (code) {
    case AcmeErrorCode::DnsFailure:
        return QStringLiteral("the CA could not look up the name in DNS");
    case AcmeErrorCode::RateLimited:
        return QStringLiteral("the CA's rate limit was reached; try again later");
    case AcmeErrorCode::Unauthorized:
        return QStringLiteral("the CA refuses to issue a certificate for the name");
    case AcmeErrorCode::ConnectionRefused:
        return QStringLiteral("the CA could not connect to Portico's HTTP listener to check the challenge");
    case AcmeErrorCode::IncorrectResponse:
        return QStringLiteral("the CA reached a server that gave the wrong challenge answer (is the name pointing "
                              "at this machine?)");
    case AcmeErrorCode::TlsFailure:
        return QStringLiteral("a TLS error happened while the CA checked the challenge");
    case AcmeErrorCode::CaaForbidden:
        return QStringLiteral("the domain's CAA records do not allow this CA");
    case AcmeErrorCode::RejectedIdentifier:
        return QStringLiteral("the CA does not issue certificates for this name");
    case AcmeErrorCode::BadCsr:
        return QStringLiteral("the CA refused the certificate request");
    case AcmeErrorCode::AccountProblem:
        return QStringLiteral("the CA has a problem with the account (are its terms agreed to?)");
    case AcmeErrorCode::Malformed:
        return QStringLiteral("the CA refused a request as malformed");
    case AcmeErrorCode::BadNonce:
        return QStringLiteral("the CA kept refusing the request's nonce");
    case AcmeErrorCode::ServerInternal:
        return QStringLiteral("the CA had an internal error; try again later");
    case AcmeErrorCode::OtherProblem:
        return QStringLiteral("the CA reported a problem");
    case AcmeErrorCode::NetworkError:
        return QStringLiteral("the CA's ACME service could not be reached");
    case AcmeErrorCode::InvalidResponse:
        return QStringLiteral("the CA's answer did not follow the ACME protocol");
    case AcmeErrorCode::ChallengeUnavailable:
        return QStringLiteral("the CA offered no HTTP-01 challenge");
    case AcmeErrorCode::OrderInvalid:
        return QStringLiteral("the CA declared the order invalid");
    case AcmeErrorCode::Timeout:
        return QStringLiteral("the CA took too long to decide");
    case AcmeErrorCode::KeyFailure:
        return QStringLiteral("a key or the certificate request could not be made");
    case AcmeErrorCode::Cancelled:
        return QStringLiteral("the order was cancelled");
    }
    return QStringLiteral("the CA reported a problem");
}

} // namespace

QString AcmeErrorText::message(const AcmeError& error)
{
    const QString text = summary(error.code);
    return error.detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, error.detail);
}

} // namespace Portico
