// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateEntry.h"

#include "config/EnumNames.h"

namespace Portico {

namespace {

constexpr EnumNames<CertificateSource, 5> sourceNames{{
    {"imported", CertificateSource::Imported},
    {"self-signed", CertificateSource::SelfSigned},
    {"local-ca", CertificateSource::LocalCa},
    {"acme", CertificateSource::Acme},
    {"csr", CertificateSource::Csr},
}};

constexpr EnumNames<CertificateEntryKind, 3> kindNames{{
    {"certificate", CertificateEntryKind::Certificate},
    {"local-ca", CertificateEntryKind::LocalCa},
    {"pending-request", CertificateEntryKind::PendingRequest},
}};

} // namespace

QString CertificateEntry::sourceName(CertificateSource source)
{
    return enumName(sourceNames, source);
}

std::optional<CertificateSource> CertificateEntry::sourceFromName(QStringView name)
{
    return enumFromName(sourceNames, name);
}

QString CertificateEntry::kindName(CertificateEntryKind kind)
{
    return enumName(kindNames, kind);
}

std::optional<CertificateEntryKind> CertificateEntry::kindFromName(QStringView name)
{
    return enumFromName(kindNames, name);
}

} // namespace Portico
