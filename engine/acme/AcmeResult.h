// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portico {

// What an ACME run produced: the issued chain and its new key, ready for CertificateStore::importPem (or
// replacePem on renewal) with source Acme; or the error.
class AcmeResult
{
public:
    QStringList names;
    QByteArray certificateChainPem; // leaf first, as the CA sent it
    QByteArray privateKeyPem;       // unencrypted PKCS#8; never log it
    QString accountUrl;             // the account's kid, to reuse with the same account key
    std::optional<AcmeError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::AcmeResult)
