// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/AccessLogWriter.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Portico {

AccessLogWriter::AccessLogWriter(QObject* parent)
    : QObject(parent)
{}

QString AccessLogWriter::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/access.log");
}

void AccessLogWriter::setPath(const QString& path)
{
    const QString wanted = path.isEmpty() ? defaultPath() : path;
    if (wanted == m_path && m_file.isOpen())
        return;
    m_file.close();
    m_path = wanted;
    m_failed = false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcEngine).noquote() << "cannot open the access log" << m_path << ":" << m_file.errorString();
        m_failed = true;
    }
}

void AccessLogWriter::write(const QByteArray& lines)
{
    if (m_failed || !m_file.isOpen())
        return;
    if (m_file.write(lines) != lines.size()) {
        qCWarning(lcEngine).noquote() << "cannot write the access log" << m_path << ":" << m_file.errorString();
        m_failed = true;
    }
    m_file.flush();
}

void AccessLogWriter::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

} // namespace Portico
