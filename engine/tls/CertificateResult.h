// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Portico {

// What a store operation did: nothing is stored or changed unless error is empty.
class CertificateResult
{
public:
    QString id;      // the entry created, changed or removed
    QByteArray data; // the request PEM (createRequest) or the exported certificate (exportLocalCa)
    std::optional<CertificateError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CertificateResult)
