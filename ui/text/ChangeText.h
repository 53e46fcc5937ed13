// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"

#include <QCoreApplication>

namespace Portico {

// What a config change does, sentence by sentence, so the admin can check it before applying:
// sites, pools, servers and listeners added, removed or changed.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::ChangeText)

public:
    static QStringList describe(const Config& before, const Config& after);

private:
    static void describeSite(const SiteConfig* before, const SiteConfig& after, QStringList& lines);
    static void describePool(const PoolConfig* before, const PoolConfig& after, QStringList& lines);
    static QString server(const BackendConfig& backend);
};

} // namespace Portico
