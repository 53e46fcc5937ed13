// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineController.h"

#include <QList>

namespace Portico::Test {

// A one-site config that sends everything to the given backends on loopback.
class ProxyScenario
{
public:
    static Config config(const QList<quint16>& backendPorts, int workers = 1);
};

} // namespace Portico::Test
