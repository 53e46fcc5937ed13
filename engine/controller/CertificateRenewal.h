// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Portico {

// The renewal state of one ACME entry of the certificate store.
class CertificateRenewal
{
public:
    QString id;
    QString name;
    QDateTime notAfter;    // UTC
    QDateTime due;         // when renewal starts: notBefore + 2/3 of the lifetime, or 30 days before notAfter
    QDateTime nextAttempt; // due, or later after failures (back-off)
    int failures = 0;      // failed attempts since the last success
    std::optional<AcmeError> lastError;
    bool running = false;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CertificateRenewal)
