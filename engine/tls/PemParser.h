// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"
#include "tls/OpenSsl.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portico {

// Reads every block of a PEM file (or a single DER certificate): certificates and private keys, in any order.
class PemParser
{
public:
    struct Material
    {
        OpenSsl::X509List certificates;
        OpenSsl::KeyList keys;
    };

    // Adds what it finds to material; duplicates of a certificate already there are dropped. Refuses garbage,
    // damaged blocks, encrypted keys without or with the wrong passphrase, and key types the store does not
    // serve. Empty data is no error (nothing is added).
    static std::optional<CertificateError> parse(const QByteArray& data, const QString& passphrase, Material& material);

    // Only RSA of at least this size is accepted.
    static constexpr int minimumRsaBits = 2048;
    // UnsupportedKeyType or KeyTooWeak if the store cannot use this key.
    static std::optional<CertificateError> checkKey(const EVP_PKEY* key);
};

} // namespace Portico
