// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Portico {

enum class CacheBypass
{
    None,
    NeverRule, // the first matching rule says never cache
    Cookie,    // a bypass cookie is present (detail names it)
    Header,    // a bypass header is present (detail names it)
    Method,    // a method the cache does not serve; unsafe ones still invalidate
};

// What the admin's rules say about a request before it goes anywhere.
class CacheRequestOutcome
{
public:
    // Rules whose route, path, extension and method criteria matched, one bit per rule index
    // (a site has at most 64 rules); content types are checked when the response arrives.
    quint64 candidates = 0;
    CacheBypass bypass = CacheBypass::None;
    QByteArray bypassDetail;
    int bypassRule = -1;
    // How the key treats the query: from the first candidate rule.
    bool ignoreQuery = false;
    QList<QByteArray> ignoredParameters;
    int keyRule = -1;
};

} // namespace Portico
