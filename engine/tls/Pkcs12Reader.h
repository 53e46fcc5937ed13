// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"
#include "tls/PemParser.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portico {

// Reads PKCS#12 (.p12, .pfx) files. Files from older Windows and Java tools encrypt with RC2 or 3DES, which
// OpenSSL 3 keeps in its "legacy" provider; that provider is loaded into a private library context used only
// while a file is parsed, so the rest of the process (TLS included) never sees the old algorithms.
class Pkcs12Reader
{
public:
    // Adds the file's certificates and key to material. InvalidData, WrongPkcs12Password, UnsupportedPkcs12, or
    // a key error (UnsupportedKeyType, KeyTooWeak).
    static std::optional<CertificateError> read(const QByteArray& data, const QString& password,
                                                PemParser::Material& material);
    // Whether OpenSSL's legacy provider could be loaded (Debian: part of libssl3).
    static bool legacyProviderAvailable();
};

} // namespace Portico
