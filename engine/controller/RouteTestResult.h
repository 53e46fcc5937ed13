// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/RouteTestStep.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Portico {

class RouteTestResult
{
public:
    // 0 when a backend would be asked; otherwise what Portico itself would answer (301-308, 400, 404, 503).
    int status = 0;
    QString site;
    int routeIndex = -1;
    QString routePath;
    QString pool;
    // host:port; empty when none.
    QString backend;
    QString redirectLocation;
    // The upstream request target after prefix stripping.
    QString upstreamTarget;
    QList<RouteTestStep> steps;

    bool operator==(const RouteTestResult&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::RouteTestResult)
