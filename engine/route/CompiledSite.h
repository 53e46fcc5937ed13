// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "route/CompiledRoute.h"

#include <QString>

#include <vector>

namespace Portico {

// A site prepared by Router: its routes sorted longest prefix first, so the first match is the best.
class CompiledSite
{
public:
    QString name;
    // Position in Config::sites.
    int index = -1;
    std::vector<CompiledRoute> routes;
};

} // namespace Portico
