// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// A path prefix within a site and the pool that serves it.
class RouteConfig
{
public:
    QString pathPrefix = QStringLiteral("/");
    QString pool;
    // Remove pathPrefix from the path before forwarding.
    bool stripPrefix = false;
    // Host header sent to the backend; empty keeps the client's.
    QString hostRewrite;
    // Largest request body accepted on this route; -1 uses settings.limits.maxBodyBytes.
    qint64 maxBodyBytes = -1;

    static RouteConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const RouteConfig&) const = default;
};

} // namespace Portico
