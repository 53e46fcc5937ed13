// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico {

// Compresses rotated logs with libarchive into plain .gz files that gzip, zcat and log viewers read.
class LogArchiver
{
public:
    // Writes source to destination as gzip. destination appears only once complete; on failure
    // it is not created and error (when given) says why. source is left alone either way.
    static bool gzip(const QString& source, const QString& destination, QString* error = nullptr);
};

} // namespace Portico
