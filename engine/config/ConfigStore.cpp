// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigStore.h"

#include "config/ConfigValidator.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Portico {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString stamp(const Clock& clock)
{
    return clock.now().toUTC().toString(stampFormat);
}

// "<base>" if free, else "<base>-2", "<base>-3", ... followed by suffix; never an existing name.
QString freeName(const QDir& dir, const QString& base, const QString& suffix)
{
    QString name = base + suffix;
    for (int counter = 2; dir.exists(name); ++counter)
        name = base + QStringLiteral("-%1").arg(counter) + suffix;
    return dir.filePath(name);
}

ConfigError readFailed(const QString& fileName, const QString& reason)
{
    return ConfigError{ConfigErrorCode::ReadFailed, QString(), {fileName, reason}};
}

ConfigError writeFailed(const QString& fileName, const QString& reason)
{
    return ConfigError{ConfigErrorCode::WriteFailed, QString(), {fileName, reason}};
}

// The bytes of the file, or the reason they could not be read.
bool readAll(const QString& fileName, QByteArray& bytes, QString& reason)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        reason = file.errorString();
        return false;
    }
    bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        reason = file.errorString();
        return false;
    }
    return true;
}

QString summary(const ConfigErrors& errors)
{
    if (errors.isEmpty())
        return QString();
    QString text = errors.first().toString();
    if (errors.size() > 1)
        text += QStringLiteral(" (and %1 more)").arg(errors.size() - 1);
    return text;
}

} // namespace

ConfigStore::ConfigStore(QString filePath, const Clock& clock)
    : m_filePath(std::move(filePath))
    , m_clock(clock)
{}

QString ConfigStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/portico.json");
}

QString ConfigStore::historyDirectory() const
{
    return QFileInfo(m_filePath).absoluteDir().filePath(QStringLiteral("history"));
}

ConfigLoadResult ConfigStore::load(OnBadFile onBadFile) const
{
    ConfigLoadResult result;
    result.config = Config::defaultConfig();
    // A dangling symlink counts as present: following it blindly on save would create its target.
    const QFileInfo info(m_filePath);
    if (!info.exists() && !info.isSymLink()) {
        result.status = ConfigLoadStatus::Missing;
        return result;
    }

    QByteArray bytes;
    QString reason;
    if (!readAll(m_filePath, bytes, reason)) {
        // Nothing is known about a file that cannot be read, so it is not moved either. The caller
        // reports result.errors; only what the store does to files is logged here.
        result.status = ConfigLoadStatus::Invalid;
        result.errors.append(readFailed(m_filePath, reason));
        return result;
    }

    ConfigValidation validation = ConfigValidator::validate(bytes);
    if (validation.ok()) {
        result.config = std::move(*validation.config);
        result.status = ConfigLoadStatus::Loaded;
        return result;
    }

    result.errors = validation.errors;
    if (onBadFile == OnBadFile::Keep) {
        result.status = ConfigLoadStatus::Invalid;
        return result;
    }

    QString failure;
    result.movedAsidePath = moveAside(summary(result.errors), &failure);
    if (result.movedAsidePath.isEmpty()) {
        result.status = ConfigLoadStatus::Invalid;
        result.errors.append(writeFailed(m_filePath, failure));
    } else {
        result.status = ConfigLoadStatus::MovedAside;
    }
    return result;
}

ConfigErrors ConfigStore::save(const Config& config) const
{
    ConfigValidation validation = ConfigValidator::validate(config);
    if (!validation.ok())
        return validation.errors;

    const QFileInfo info(m_filePath);
    const QDir dir = info.absoluteDir();
    if (!QDir().mkpath(dir.absolutePath()))
        return {writeFailed(dir.absolutePath(), QStringLiteral("cannot create the directory"))};

    // Keep what is there before replacing it: valid versions go to history, unusable ones aside.
    QString archivedPath;
    if (info.exists() || info.isSymLink()) {
        QByteArray current;
        QString reason;
        if (!readAll(m_filePath, current, reason))
            return {readFailed(m_filePath, reason)};
        const ConfigValidation currentValidation = ConfigValidator::validate(current);
        if (currentValidation.ok()) {
            const QString historyDir = historyDirectory();
            if (!QDir().mkpath(historyDir))
                return {writeFailed(historyDir, QStringLiteral("cannot create the directory"))};
            archivedPath = freeName(QDir(historyDir), info.completeBaseName() + QLatin1Char('-') + stamp(m_clock),
                                    QStringLiteral(".json"));
            QFile source(m_filePath);
            if (!source.copy(archivedPath))
                return {writeFailed(archivedPath, source.errorString())};
        } else {
            QString failure;
            if (moveAside(summary(currentValidation.errors), &failure).isEmpty())
                return {writeFailed(m_filePath, failure)};
        }
    }

    QSaveFile file(m_filePath);
    const QByteArray bytes = validation.config->toJsonBytes();
    // With the sticky-cookie secret in it, the file is its owner's alone; history copies keep that.
    const bool secret = !validation.config->settings.stickySecret.isEmpty();
    if (!file.open(QIODevice::WriteOnly) || (secret && !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        // The current file is unchanged, so the copy just made would only duplicate it in history.
        if (!archivedPath.isEmpty())
            QFile::remove(archivedPath);
        qCWarning(lcConfig).noquote() << "Cannot write" << m_filePath << "-" << reason;
        return {writeFailed(m_filePath, reason)};
    }

    pruneHistory();
    return {};
}

QList<ConfigHistoryEntry> ConfigStore::history() const
{
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(QFileInfo(m_filePath).completeBaseName()) +
                                            QStringLiteral("-(\\d{8})-(\\d{6}-\\d{3})(?:-(\\d+))?\\.json")));

    struct Found
    {
        ConfigHistoryEntry entry;
        int counter;
    };
    QList<Found> found;
    const QDir dir(historyDirectory());
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        // Parsed as UTC parts, never as local time: a local-time reading could land in a DST gap.
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss-zzz"));
        if (!date.isValid() || !time.isValid())
            continue;
        const int counter = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        found.append(Found{ConfigHistoryEntry{QDateTime(date, time, Qt::UTC), dir.filePath(name)}, counter});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.entry.savedAt != b.entry.savedAt)
            return a.entry.savedAt > b.entry.savedAt;
        return a.counter > b.counter;
    });

    QList<ConfigHistoryEntry> entries;
    entries.reserve(found.size());
    for (const Found& item : found)
        entries.append(item.entry);
    return entries;
}

ConfigErrors ConfigStore::restore(const ConfigHistoryEntry& entry) const
{
    QByteArray bytes;
    QString reason;
    if (!readAll(entry.filePath, bytes, reason))
        return {readFailed(entry.filePath, reason)};
    ConfigValidation validation = ConfigValidator::validate(bytes);
    if (!validation.ok())
        return validation.errors;
    return save(*validation.config);
}

QString ConfigStore::moveAside(const QString& reason, QString* failure) const
{
    const QFileInfo info(m_filePath);
    const QString target =
        freeName(info.absoluteDir(), info.fileName() + QStringLiteral(".broken-") + stamp(m_clock), QString());
    QFile file(m_filePath);
    // QFile::rename never replaces an existing file, so an earlier broken copy cannot be lost.
    if (!file.rename(target)) {
        qCWarning(lcConfig).nospace().noquote()
            << "Configuration " << m_filePath << " is not usable (" << reason << ") and could not be moved to "
            << target << ": " << file.errorString();
        if (failure)
            *failure = file.errorString();
        return QString();
    }
    qCWarning(lcConfig).nospace().noquote()
        << "Configuration " << m_filePath << " is not usable (" << reason << "); moved it to " << target;
    return target;
}

void ConfigStore::pruneHistory() const
{
    const QList<ConfigHistoryEntry> entries = history();
    for (qsizetype i = historyLimit; i < entries.size(); ++i) {
        if (!QFile::remove(entries.at(i).filePath))
            qCWarning(lcConfig).noquote() << "Cannot remove old configuration" << entries.at(i).filePath;
    }
}

} // namespace Portico
