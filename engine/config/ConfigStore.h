// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigHistoryEntry.h"
#include "config/ConfigLoadResult.h"
#include "core/Clock.h"

#include <QList>

namespace Portico {

// The config file on disk. Writes are atomic (QSaveFile); each save first copies the version it
// replaces into history/ beside the file, keeping the newest historyLimit versions. A file that
// cannot be used is never overwritten or deleted: it is moved aside (or left alone) and reported.
// A config holding settings.stickySecret is written readable by its owner only.
class ConfigStore
{
public:
    enum class OnBadFile
    {
        MoveAside, // rename it to "<name>.broken-<time>" so the next save cannot clobber it
        Keep,      // leave it where it is (an explicit --config path the admin is editing)
    };

    static constexpr int historyLimit = 20;

    explicit ConfigStore(QString filePath, const Clock& clock = Clock::system());

    // <app config dir>/portico.json, from QStandardPaths::AppConfigLocation.
    static QString defaultFilePath();

    const QString& filePath() const { return m_filePath; }
    QString historyDirectory() const;

    ConfigLoadResult load(OnBadFile onBadFile = OnBadFile::MoveAside) const;
    // Validates, archives the current file into history, then writes atomically. Returns the errors, if any.
    ConfigErrors save(const Config& config) const;
    // Newest first.
    QList<ConfigHistoryEntry> history() const;
    // Makes a historical version the current one (the replaced version goes to history as usual).
    ConfigErrors restore(const ConfigHistoryEntry& entry) const;

private:
    // Renames the file to a free "<name>.broken-<time>"; returns the new path, or empty (and why) on failure.
    QString moveAside(const QString& reason, QString* failure = nullptr) const;
    void pruneHistory() const;

    QString m_filePath;
    const Clock& m_clock;
};

} // namespace Portico
