// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portico {

class JsonReader;

// What the administrator wants for a backend, whatever its health.
enum class BackendAdminState
{
    Enabled,
    // Finishes what it has, gets no new requests.
    Drain,
    // Out of service.
    Maintenance,
};

// One server behind a pool.
class BackendConfig
{
public:
    QString host;
    quint16 port = 0;
    // 1..1000, relative to the pool's other backends.
    int weight = 1;
    // Connections at once; 0 means no limit. Beyond it requests queue (see QueueConfig) or get a 503.
    int maxConnections = 0;
    // Used only while no other backend of the pool is available.
    bool backup = false;
    BackendAdminState state = BackendAdminState::Enabled;

    static BackendConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const BackendConfig&) const = default;

    static QString stateName(BackendAdminState state);
    static std::optional<BackendAdminState> stateFromName(QStringView name);

    // An IP address or a DNS name ("app1", "10.0.0.5", "::1"); no wildcards, spaces or ports.
    static bool isValidHost(const QString& host);
    // A Host header value to send to a backend: "name", "name:port", "10.0.0.5:8080" or "[::1]:8080".
    static bool isValidHostHeader(const QString& text);
};

} // namespace Portico
