// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateSource.h"

#include <QString>

namespace Portico {

// How to store an imported certificate.
class CertificateImportOptions
{
public:
    QString name;       // empty: the certificate's common name
    QString passphrase; // for an encrypted PEM private key
    // Store a certificate outside its validity (expired, or not valid yet) instead of refusing it.
    bool allowExpired = false;
    // Imported, or Acme when the ACME client stores what its CA issued.
    CertificateSource source = CertificateSource::Imported;
};

} // namespace Portico
