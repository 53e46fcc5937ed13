// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Portico {

// One rotated copy of a log, as found beside the live file.
class RotatedLogFile
{
public:
    QString path;
    // When it was rotated, local time, from its name.
    QDateTime time;
    // The -N that made its name unique; 0 without one.
    int index = 0;
    // false: left uncompressed by a failed or interrupted compression.
    bool compressed = false;
};

} // namespace Portico
