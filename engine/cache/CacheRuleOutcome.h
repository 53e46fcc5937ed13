// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRule.h"

namespace Portico {

// What the admin's rules say about a response, once its content type is known.
class CacheRuleOutcome
{
public:
    // The deciding rule; -1 when none matched (respect the backend).
    int ruleIndex = -1;
    CacheAction action = CacheAction::RespectBackend;
    qint64 ttlSeconds = 0;
    bool overrideBackend = false;
    // settings.cache.heuristicPercent: the caller copies it here so CachePolicy stays a pure function.
    int heuristicPercent = 10;
};

} // namespace Portico
