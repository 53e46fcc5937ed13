// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>

namespace Portico {

// Writes access-log lines to disk on a thread of its own, so a slow disk never stalls an event
// loop. Workers hand it whole batches of lines (one queued call per batch, not per request).
class AccessLogWriter : public QObject
{
    Q_OBJECT

public:
    explicit AccessLogWriter(QObject* parent = nullptr);

    // "<app data dir>/logs/access.log"
    static QString defaultPath();

    // All of these run on the writer's thread.
    void setPath(const QString& path);
    void write(const QByteArray& lines);
    void flush();

private:
    QFile m_file;
    QString m_path;
    bool m_failed = false;
};

} // namespace Portico
