// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/BackendHealth.h"
#include "stats/BackendTransition.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Portico {

// One backend's health over a range: its state when the range began, then every change in it
// (with the check or the errors that caused it), oldest first.
class BackendTimeline
{
public:
    QString pool;
    // "host:port", as BackendStats::key().
    QString backend;
    BackendHealth initial = BackendHealth::Unchecked;
    QList<BackendTransition> transitions;

    bool operator==(const BackendTimeline&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::BackendTimeline)
