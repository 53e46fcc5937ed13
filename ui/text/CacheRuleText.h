// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRule.h"

#include <QCoreApplication>

namespace Portico {

// A cache rule in plain words, shared by the Cache Rule wizard's pages (and anything listing rules).
class CacheRuleText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::CacheRuleText)

public:
    // "1 hour", "90 minutes", "2 days": the largest unit that divides the time evenly.
    static QString duration(qint64 seconds);
    // What the rule does: "stored for 1 hour when the app does not say", "never stored", ...
    static QString action(const CacheRule& rule);
    // What the rule matches: "GET and HEAD requests to /static/** or files ending in .css".
    static QString match(const CacheRule& rule);
    // Key and bypass in a sentence each; empty when the rule keeps the defaults.
    static QStringList keyAndBypass(const CacheRule& rule);
    // The whole rule, one sentence per line.
    static QStringList describe(const CacheRule& rule);
    // "Static files" in quotes, or "(unnamed)".
    static QString quotedName(const QString& name);

    // "a, b c;d" as ["a", "b", "c", "d"]: trimmed, without empties.
    static QStringList splitList(const QString& text);
    static QString joinList(const QStringList& items);
};

} // namespace Portico
