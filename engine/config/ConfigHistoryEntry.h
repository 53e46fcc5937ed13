// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Portico {

// One earlier version of the config file, kept for rollback.
class ConfigHistoryEntry
{
public:
    QDateTime savedAt;
    QString filePath;

    bool operator==(const ConfigHistoryEntry&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::ConfigHistoryEntry)
