// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/AccessLogWriter.h"

#include "core/Clock.h"
#include "log/LogArchiver.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace Portico {

namespace {

Q_LOGGING_CATEGORY(lcAccessLog, "portico.engine.log", QtInfoMsg)

} // namespace

AccessLogWriter::AccessLogWriter(QObject* parent)
    : AccessLogWriter(Clock::system(), parent)
{}

AccessLogWriter::AccessLogWriter(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

QString AccessLogWriter::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/access.log");
}

void AccessLogWriter::setRotation(qint64 maxBytes, int retentionDays)
{
    m_maxBytes = qMax<qint64>(1, maxBytes);
    m_sizeLimit = m_maxBytes;
    const bool shorter = retentionDays < m_retentionDays;
    m_retentionDays = qMax(1, retentionDays);
    if (shorter && !m_path.isEmpty())
        removeExpired();
}

void AccessLogWriter::setPath(const QString& path)
{
    const QString wanted = path.isEmpty() ? defaultPath() : path;
    if (wanted == m_path && m_file.isOpen())
        return;
    m_file.close();
    m_path = wanted;
    m_rotator.setLivePath(m_path);
    m_failures = 0;
    if (openLive()) {
        compressPending();
        removeExpired();
    }
}

void AccessLogWriter::write(const QByteArray& lines)
{
    if (m_path.isEmpty() || lines.isEmpty())
        return;
    // A file that could not be opened is tried again with every batch: the disk may be back.
    if (!m_file.isOpen() && !openLive())
        return;
    rotateIfDue(lines.size());
    if (!m_file.isOpen())
        return;
    const qint64 written = m_file.write(lines);
    if (written > 0)
        m_size += written;
    if (written != lines.size())
        fail(Failure::Write, QStringLiteral("cannot write the access log"), m_path, m_file.errorString());
    else
        recover(Failure::Write);
}

void AccessLogWriter::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

void AccessLogWriter::rotate()
{
    if (!m_file.isOpen() || m_size == 0) {
        m_fileDate = today();
        return;
    }
    const QString rotated = m_rotator.rotatedPath(m_clock.now());
    m_file.close();
    if (!QFile::rename(m_path, rotated)) {
        fail(Failure::Rotate, QStringLiteral("cannot rotate the access log"), m_path,
             QStringLiteral("renaming it to %1 failed").arg(rotated));
        // Keep appending to the same file; try again after another m_maxBytes or tomorrow.
        openLive();
        m_sizeLimit = m_size + m_maxBytes;
        m_fileDate = today();
        return;
    }
    recover(Failure::Rotate);
    openLive();
    compressPending();
    removeExpired();
}

bool AccessLogWriter::openLive()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    // Unbuffered: every batch goes straight to the file, and a full disk fails the write that hit it.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        fail(Failure::Open, QStringLiteral("cannot open the access log"), m_path, m_file.errorString());
        return false;
    }
    recover(Failure::Open);
    m_size = m_file.size();
    m_sizeLimit = m_maxBytes;
    // Lines already in the file are from the day it was last written, which may be before a restart.
    m_fileDate = m_size > 0 ? QFileInfo(m_file).lastModified().toLocalTime().date() : today();
    return true;
}

void AccessLogWriter::rotateIfDue(qint64 incomingBytes)
{
    if (today() != m_fileDate || (m_size > 0 && m_size + incomingBytes > m_sizeLimit))
        rotate();
}

void AccessLogWriter::compressPending()
{
    bool ok = true;
    for (const RotatedLogFile& file : m_rotator.rotatedFiles()) {
        if (file.compressed)
            continue;
        const QString compressed = LogRotator::compressedPath(file.path);
        QString error;
        // A .gz beside it is complete (it appears only then): compression ended before the copy was removed.
        if (!QFileInfo::exists(compressed) && !LogArchiver::gzip(file.path, compressed, &error)) {
            ok = false;
            fail(Failure::Compress, QStringLiteral("cannot compress the rotated access log"), file.path, error);
            continue;
        }
        if (!QFile::remove(file.path)) {
            ok = false;
            fail(Failure::Compress, QStringLiteral("cannot remove the compressed access log"), file.path,
                 QStringLiteral("remove failed"));
        }
    }
    if (ok)
        recover(Failure::Compress);
}

void AccessLogWriter::removeExpired()
{
    bool ok = true;
    for (const RotatedLogFile& file : m_rotator.expiredFiles(m_clock.now(), m_retentionDays)) {
        QFile expired(file.path);
        if (!expired.remove()) {
            ok = false;
            fail(Failure::Cleanup, QStringLiteral("cannot delete an old access log"), file.path, expired.errorString());
        }
    }
    if (ok)
        recover(Failure::Cleanup);
}

QDate AccessLogWriter::today() const
{
    return m_clock.now().toLocalTime().date();
}

void AccessLogWriter::fail(Failure failure, const QString& what, const QString& path, const QString& reason)
{
    const auto bit = static_cast<quint8>(failure);
    if (m_failures & bit)
        return;
    m_failures |= bit;
    qCWarning(lcAccessLog).noquote() << what << path << ":" << reason;
}

void AccessLogWriter::recover(Failure failure)
{
    m_failures &= static_cast<quint8>(~static_cast<quint8>(failure));
}

} // namespace Portico
