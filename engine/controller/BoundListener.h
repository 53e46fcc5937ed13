// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ListenerConfig.h"

#include <QMetaType>

namespace Portico {

// A listener as it is actually open: port is the real one even when the config asked for port 0.
class BoundListener
{
public:
    ListenerConfig config;
    quint16 port = 0;

    QString endpoint() const;
    bool operator==(const BoundListener&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::BoundListener)
