// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateKeyType.h"

#include <QString>
#include <QStringList>

namespace Portico {

// What to put in a certificate (or request) made by the store.
class NewCertificateOptions
{
public:
    QString name;           // entry name; empty: the first of names
    QStringList names;      // host names ("intranet.office.lan", "*.office.lan") and IP addresses, mixed
    int validityDays = 365; // not used for requests
    CertificateKeyType keyType = CertificateKeyType::EcdsaP256;
};

} // namespace Portico
