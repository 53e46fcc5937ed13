// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/PreflightCheck.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Portico {

// Everything the pre-flight found for the names of a planned ACME order.
class PreflightReport
{
public:
    QStringList names;
    QList<PreflightCheck> checks;

    // No check failed (warnings do not stop an order).
    bool canProceed() const;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::PreflightReport)
