// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// Where a redirect route sends clients, and how.
class RedirectConfig
{
public:
    // 301, 302, 307 or 308; 308 keeps the method and says "moved for good".
    int status = 308;
    // Absolute http:// or https:// URL the Location header starts with.
    QString to;
    // Append the request path after the route prefix, and the query, to `to`.
    bool keepPath = true;

    static RedirectConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const RedirectConfig&) const = default;

    static bool isValidStatus(qint64 status);
    // It goes into the Location header verbatim: printable ASCII only, an absolute http(s) URL with a
    // host and no user info; when the path is appended it must not carry a query or fragment of its own.
    static bool isValidTarget(const QString& to, bool keepPath);
};

} // namespace Portico
