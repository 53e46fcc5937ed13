// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Portico {

// "Which backend would serve this?", asked without sending anything.
class RouteTestRequest
{
public:
    // Absolute URL: the host picks the site, the path the route.
    QString url;
    QByteArray method = QByteArrayLiteral("GET");
    QString clientIp = QStringLiteral("127.0.0.1");
    // Extra request fields, e.g. Cookie or a header hashed on.
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace Portico
