// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/AccessLogEntry.h"

#include <QList>
#include <QMetaType>

namespace Portico {

// The requests finished in about one second, for a live view of the access log (oldest first).
// Each worker passes on at most perWorkerLimit entries a second and counts the rest as skipped,
// so a flood cannot swamp the GUI.
class AccessLogBatch
{
public:
    static constexpr int perWorkerLimit = 2000;

    QList<AccessLogEntry> entries;
    quint64 skipped = 0;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::AccessLogBatch)
