// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Portico {

// One certificate above the leaf in a stored chain (an intermediate, or a root if one was supplied).
class CertificateChainEntry
{
public:
    QString subject; // RFC 2253 form, "CN=...,O=..."
    QString issuer;
    QDateTime notAfter; // UTC

    bool operator==(const CertificateChainEntry&) const = default;
};

} // namespace Portico
