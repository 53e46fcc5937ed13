// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/RotatedLogFile.h"

#include <QList>
#include <QString>

namespace Portico {

// Names and finds the rotated copies of one live log: "access.log" rotates to
// "access-YYYYMMDD-HHMMSS[-N].log", compressed to the same name plus ".gz", in the same folder.
// The time in the name is local time, so people find a day's file by its name.
class LogRotator
{
public:
    explicit LogRotator(const QString& livePath = QString());

    void setLivePath(const QString& livePath);
    const QString& livePath() const { return m_livePath; }

    // An uncompressed name for a copy rotated at time, unused compressed or not: "-N" is added on a collision.
    QString rotatedPath(const QDateTime& time) const;
    // Every rotated copy beside the live log, oldest first.
    QList<RotatedLogFile> rotatedFiles() const;
    // The rotated copies made more than retentionDays before now.
    QList<RotatedLogFile> expiredFiles(const QDateTime& now, int retentionDays) const;

    static QString compressedPath(const QString& rotatedPath);

private:
    QString baseName(const QDateTime& time, int index) const;

    QString m_livePath;
    QString m_directory;
    QString m_stem;
    QString m_suffix;
};

} // namespace Portico
