// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/LogRotator.h"

#include <QDate>
#include <QFile>
#include <QObject>

namespace Portico {

class Clock;

// Writes access-log lines to disk on a thread of its own, so a slow disk never stalls an event
// loop. Workers hand it whole batches of lines (one queued call per batch, not per request).
//
// The live file rotates before a batch that would take it past the size limit, and before the
// first batch of a new local day; the rotated copy is gzip-compressed beside it and copies older
// than the retention are deleted. A disk or permission problem is logged once and writing goes on.
class AccessLogWriter : public QObject
{
    Q_OBJECT

public:
    explicit AccessLogWriter(QObject* parent = nullptr);
    // clock must outlive the writer.
    explicit AccessLogWriter(const Clock& clock, QObject* parent = nullptr);

    // "<app data dir>/logs/access.log"
    static QString defaultPath();

    // All of these run on the writer's thread.
    // maxBytes below 1 is taken as 1; retentionDays below 1 as 1.
    void setRotation(qint64 maxBytes, int retentionDays);
    void setPath(const QString& path);
    void write(const QByteArray& lines);
    void flush();
    // Rotates the live file now, if it has anything in it.
    void rotate();

private:
    enum class Failure : quint8
    {
        Open = 0x01,
        Write = 0x02,
        Rotate = 0x04,
        Compress = 0x08,
        Cleanup = 0x10,
    };

    bool openLive();
    void rotateIfDue(qint64 incomingBytes);
    void compressPending();
    void removeExpired();
    QDate today() const;
    // Warns about a failure the first time it happens after a success.
    void fail(Failure failure, const QString& what, const QString& path, const QString& reason);
    void recover(Failure failure);

    const Clock& m_clock;
    LogRotator m_rotator;
    QFile m_file;
    QString m_path;
    qint64 m_size = 0;
    qint64 m_maxBytes = qint64(100) * 1024 * 1024;
    // After a failed rotation, the next size-driven try waits until the file grows by another m_maxBytes.
    qint64 m_sizeLimit = m_maxBytes;
    int m_retentionDays = 14;
    // The local day the live file's lines belong to.
    QDate m_fileDate;
    quint8 m_failures = 0;
};

} // namespace Portico
