// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// How a site is served over HTTPS listeners and what its plain-HTTP requests get. JSON: "tls" in a site.
class SiteTlsConfig
{
public:
    // The store entry to present; empty picks, for each server name, the best valid certificate of the store.
    QString certificate;
    // Files outside the store instead (quick mode, tests); keyFile may be empty when certificateFile holds the key.
    QString certificateFile;
    QString keyFile;
    // Portico obtains the certificate from the ACME CA of settings.acme and renews it.
    bool acme = false;
    // Requests on plain-HTTP listeners get a 308 to the same URL over HTTPS (ACME challenges excepted).
    bool redirectHttp = false;
    // Strict-Transport-Security on HTTPS answers; 0 sends none.
    qint64 hstsMaxAgeSeconds = 0;
    bool hstsIncludeSubdomains = false;

    bool hasFiles() const { return !certificateFile.isEmpty(); }
    // The Strict-Transport-Security value, empty when off.
    QByteArray hstsValue() const;

    static SiteTlsConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool isDefault() const { return *this == SiteTlsConfig(); }
    bool operator==(const SiteTlsConfig&) const = default;
};

} // namespace Portico
