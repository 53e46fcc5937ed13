// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeError.h"
#include "tls/CertificateError.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portico {

// How one ACME order of CertificateCenter ended.
class AcmeOutcome
{
public:
    QStringList names;
    QString certificateId; // the entry created or renewed
    bool renewal = false;
    std::optional<AcmeError> acmeError;         // the CA or the network said no
    std::optional<CertificateError> storeError; // the answer could not be stored

    bool ok() const { return !acmeError && !storeError; }
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::AcmeOutcome)
