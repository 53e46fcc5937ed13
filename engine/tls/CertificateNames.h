// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Portico {

// Host names and IP addresses as certificates hold them: checking what a user typed, and matching.
class CertificateNames
{
public:
    // Sorts names into DNS names (lower case, ACE form for international names) and IP addresses
    // (canonical text), dropping duplicates. An error for the first invalid name, or for no names at all.
    static std::optional<CertificateError> split(const QStringList& names, QStringList& dnsNames,
                                                 QStringList& ipAddresses);
    // The DNS name in the form certificates hold, or empty if it is not a valid host name. A wildcard is
    // allowed only as the whole first label, with at least two labels after it ("*.office.lan"); the last label
    // must not be all digits.
    static QString normalizedDnsName(const QString& name);
    // A name to look up: lower case without a trailing dot, or an IP address in canonical form.
    static QString normalizedHost(const QString& host);
    static bool isIpAddress(const QString& text);
    // "*.example.com" covers "a.example.com" but neither "example.com" nor "a.b.example.com".
    static bool wildcardCovers(const QString& pattern, const QString& host);
};

} // namespace Portico
