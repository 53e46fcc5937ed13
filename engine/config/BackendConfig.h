// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// One server behind a pool.
class BackendConfig
{
public:
    QString host;
    quint16 port = 0;
    int weight = 1;

    static BackendConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const BackendConfig&) const = default;

    // An IP address or a DNS name ("app1", "10.0.0.5", "::1"); no wildcards, spaces or ports.
    static bool isValidHost(const QString& host);
};

} // namespace Portico
