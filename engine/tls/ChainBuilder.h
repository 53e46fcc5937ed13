// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"
#include "tls/OpenSsl.h"
#include "tls/PemParser.h"

#include <QDateTime>

#include <optional>

namespace Portico {

// Turns a heap of certificates and keys into what a server sends: the leaf whose public key matches a key,
// then each issuer in turn (names, key identifiers and signatures must link up).
class ChainBuilder
{
public:
    struct Chain
    {
        OpenSsl::X509List certificates; // leaf first
        OpenSsl::EvpPkeyPtr key;
    };

    // NoCertificate, NoPrivateKey, KeyMismatch or ChainBroken (a certificate that does not link in).
    static std::optional<CertificateError> build(PemParser::Material material, Chain& chain);
    // The same for a key the store already holds (a pending request, a renewal): other keys are ignored.
    static std::optional<CertificateError> buildFor(OpenSsl::X509List certificates, OpenSsl::EvpPkeyPtr key,
                                                    Chain& chain);
    // CertificateExpired or CertificateNotYetValid for the first certificate outside its validity at now.
    static std::optional<CertificateError> checkValidity(const OpenSsl::X509List& certificates, const QDateTime& now);
};

} // namespace Portico
