// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogRotator.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Portico {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

LogRotator::LogRotator(const QString& livePath)
{
    setLivePath(livePath);
}

void LogRotator::setLivePath(const QString& livePath)
{
    m_livePath = livePath;
    const QFileInfo info(livePath);
    m_directory = info.absolutePath();
    m_stem = info.completeBaseName();
    // A live log without a suffix still gets ".log" copies, so they are recognisable as logs.
    m_suffix = info.suffix().isEmpty() ? QStringLiteral("log") : info.suffix();
}

QString LogRotator::compressedPath(const QString& rotatedPath)
{
    return rotatedPath + QStringLiteral(".gz");
}

QString LogRotator::baseName(const QDateTime& time, int index) const
{
    QString name = m_stem + QLatin1Char('-') + time.toLocalTime().toString(stampFormat);
    if (index > 0)
        name += QLatin1Char('-') + QString::number(index);
    return name + QLatin1Char('.') + m_suffix;
}

QString LogRotator::rotatedPath(const QDateTime& time) const
{
    const QDir directory(m_directory);
    for (int index = 0;; ++index) {
        const QString path = directory.filePath(baseName(time, index));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(compressedPath(path)))
            return path;
    }
}

QList<RotatedLogFile> LogRotator::rotatedFiles() const
{
    QList<RotatedLogFile> files;
    if (m_livePath.isEmpty())
        return files;
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(m_stem) +
                                     QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.") +
                                     QRegularExpression::escape(m_suffix) + QStringLiteral("(\\.gz)?$"));
    const QDir directory(m_directory);
    const QStringList names = directory.entryList({m_stem + QStringLiteral("-*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QDateTime time = QDateTime::fromString(match.captured(1), stampFormat);
        if (!time.isValid())
            continue;
        files.append(
            RotatedLogFile{directory.filePath(name), time, match.captured(2).toInt(), !match.captured(3).isEmpty()});
    }
    std::sort(files.begin(), files.end(), [](const RotatedLogFile& a, const RotatedLogFile& b) {
        return a.time != b.time ? a.time < b.time : a.index < b.index;
    });
    return files;
}

QList<RotatedLogFile> LogRotator::expiredFiles(const QDateTime& now, int retentionDays) const
{
    const QDateTime oldestKept = now.toLocalTime().addDays(-retentionDays);
    QList<RotatedLogFile> expired;
    for (const RotatedLogFile& file : rotatedFiles()) {
        if (file.time < oldestKept)
            expired.append(file);
    }
    return expired;
}

} // namespace Portico
