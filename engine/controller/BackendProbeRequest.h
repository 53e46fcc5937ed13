// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/HealthCheckConfig.h"

#include <QString>

namespace Portico {

// A one-off check of a backend that need not be in the config yet (the Add Site wizard's Test button).
class BackendProbeRequest
{
public:
    QString host;
    quint16 port = 0;
    // type tcp: connect only; http: a request as a health check would send it.
    HealthCheckConfig check;
};

} // namespace Portico
