// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateInfo.h"
#include "tls/CertificateSource.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portico {

// One entry of the certificate store, as list() and entry() report it.
class CertificateEntry
{
public:
    QString id;
    QString name; // chosen by the user, or the certificate's common name
    CertificateSource source = CertificateSource::Imported;
    CertificateEntryKind kind = CertificateEntryKind::Certificate;
    QDateTime created;          // UTC
    CertificateInfo info;       // null for a pending request
    QStringList requestedNames; // the names a pending request asks for

    static QString sourceName(CertificateSource source); // "imported", "self-signed", "local-ca", "acme", "csr"
    static std::optional<CertificateSource> sourceFromName(QStringView name);
    static QString kindName(CertificateEntryKind kind); // "certificate", "local-ca", "pending-request"
    static std::optional<CertificateEntryKind> kindFromName(QStringView name);

    bool operator==(const CertificateEntry&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CertificateEntry)
