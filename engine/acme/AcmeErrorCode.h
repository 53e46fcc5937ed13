// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// Why an ACME run failed, for the UI to word. The CA's problem types (urn:ietf:params:acme:error:*) map onto the
// first group; the rest are failures on this side.
enum class AcmeErrorCode
{
    DnsFailure,         // dns: the CA could not resolve the name
    RateLimited,        // rateLimited
    Unauthorized,       // unauthorized: the CA refuses to issue for the name (or the account)
    ConnectionRefused,  // connection: the CA could not reach the challenge responder
    IncorrectResponse,  // incorrectResponse: it reached something that answered the wrong thing
    TlsFailure,         // tls
    CaaForbidden,       // caa
    RejectedIdentifier, // rejectedIdentifier, unsupportedIdentifier
    BadCsr,             // badCSR
    AccountProblem,     // accountDoesNotExist, externalAccountRequired, userActionRequired, agreement
    Malformed,          // malformed and other request errors the CA blames on us
    BadNonce,           // badNonce twice in a row
    ServerInternal,     // serverInternal
    OtherProblem,       // any other problem document
    // Failures on this side.
    NetworkError,         // the ACME API could not be reached (refused, TLS verification, timeout)
    InvalidResponse,      // the CA's answer is not what RFC 8555 says
    ChallengeUnavailable, // no HTTP-01 challenge offered
    OrderInvalid,         // the order or an authorization ended invalid without a problem document
    Timeout,              // the CA kept the order pending or processing too long
    KeyFailure,           // the account key, the certificate key or the request could not be made
    Cancelled,
};

} // namespace Portico
