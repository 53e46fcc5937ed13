// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/RouteTestResult.h"

#include <QCoreApplication>

namespace Portico {

// Words the route tester's answer: each step of the decision and the outcome.
class RouteTestText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::RouteTestText)

public:
    static QString step(const RouteTestStep& step);
    // "A backend answers", "Portico answers 404 Not Found", ...
    static QString outcome(const RouteTestResult& result);
    // The engine's reason a backend was passed over ("down", "drain", ...), in words.
    static QString skipReason(const QString& reason);
    static QString hashSource(const QString& source);
};

} // namespace Portico
