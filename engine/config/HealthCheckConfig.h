// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace Portico {

class JsonReader;

enum class HealthCheckType
{
    // A request; the status (and optionally the body) decides.
    Http,
    // A connection that opens is enough.
    Tcp,
};

// Active health checks of a pool's backends ("healthCheck" in a pool's JSON).
class HealthCheckConfig
{
public:
    bool enabled = false;
    HealthCheckType type = HealthCheckType::Http;
    // Http only from here to bodyContains.
    QString method = QStringLiteral("GET");
    // Origin form, may carry a query: "/healthz?full=1".
    QString path = QStringLiteral("/");
    // Host header; empty sends the backend's host.
    QString host;
    // Healthy statuses, inclusive; JSON writes them as "200" or "200-399".
    int expectStatusMin = 200;
    int expectStatusMax = 399;
    // Text the response body must contain; empty does not look at the body.
    QString bodyContains;
    int intervalMs = 5'000;
    // Below intervalMs, so checks of one backend never overlap.
    int timeoutMs = 2'000;
    // Consecutive passes that bring a backend back, and failures that take it out.
    int rise = 2;
    int fall = 3;
    // Each interval varies by up to this share, so checks of many backends do not fire together.
    int jitterPercent = 10;

    QString expectStatus() const;

    static HealthCheckConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const HealthCheckConfig&) const = default;

    static QString typeName(HealthCheckType type);
    static std::optional<HealthCheckType> typeFromName(QStringView name);
    // "200" or "200-399" with codes 100..599 and low <= high; the inclusive bounds, or nothing.
    static std::optional<std::pair<int, int>> parseExpectStatus(QStringView text);
    // An origin-form request target: "/" then printable ASCII without "#", with valid %-escapes.
    static bool isValidRequestPath(const QString& path);
};

} // namespace Portico
