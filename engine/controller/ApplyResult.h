// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigError.h"

#include <QMetaType>

namespace Portico {

// What start() or apply() did: nothing changes unless errors is empty.
class ApplyResult
{
public:
    ConfigErrors errors;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::ApplyResult)
