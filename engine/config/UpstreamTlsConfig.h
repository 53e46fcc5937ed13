// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// TLS towards a pool's backends. JSON: "tls" in a pool.
class UpstreamTlsConfig
{
public:
    bool enabled = false;
    // Checks the backend's certificate chain and name; off only for lab setups.
    bool verify = true;
    // PEM CA certificates to trust instead of the system's trust store.
    QString caFile;
    // Sent as SNI and checked against the certificate; empty uses the backend's host name (nothing for an IP).
    QString serverName;
    // A client certificate for backends that ask for one; keyFile may be empty when it holds the key.
    QString clientCertificateFile;
    QString clientKeyFile;

    static UpstreamTlsConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const UpstreamTlsConfig&) const = default;
};

} // namespace Portico
