// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/ExpiryNotices.h"

#include "core/Logging.h"
#include "io/FileModes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Portico {

namespace {

constexpr int fileFormat = 1;

} // namespace

ExpiryNotices::ExpiryNotices(const QString& certificateDirectory)
    : m_file(QDir(certificateDirectory).filePath(QStringLiteral("acme/notified.json")))
{}

void ExpiryNotices::load()
{
    m_entries.clear();
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject entries =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Notified notified;
        notified.notAfter =
            QDateTime::fromString(object.value(QStringLiteral("notAfter")).toString(), Qt::ISODate).toUTC();
        const QJsonArray list = object.value(QStringLiteral("thresholds")).toArray();
        for (const QJsonValue& value : list)
            notified.thresholds.append(value.toInt(-1));
        m_entries.insert(it.key(), notified);
    }
}

bool ExpiryNotices::save() const
{
    QJsonObject entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray list;
        for (int threshold : it->thresholds)
            list.append(threshold);
        entries.insert(it.key(), QJsonObject{{QStringLiteral("notAfter"), it->notAfter.toString(Qt::ISODate)},
                                             {QStringLiteral("thresholds"), list}});
    }
    const QJsonObject root{{QStringLiteral("format"), fileFormat}, {QStringLiteral("entries"), entries}};
    const QString folder = QFileInfo(m_file).path();
    if (!QFileInfo(folder).isDir() &&
        (!QDir().mkpath(folder) || !QFile::setPermissions(folder, FileModes::ownerOnlyFolder))) {
        qCWarning(lcAcme).noquote() << "Cannot create" << folder << "to remember expiry warnings";
        return false;
    }
    QSaveFile file(m_file);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcAcme).noquote() << "Cannot write" << m_file << ':' << file.errorString();
        return false;
    }
    return true;
}

bool ExpiryNotices::contains(const QString& id, const QDateTime& notAfter, int threshold) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.cend() && it->notAfter == notAfter && it->thresholds.contains(threshold);
}

void ExpiryNotices::add(const QString& id, const QDateTime& notAfter, int threshold)
{
    Notified& notified = m_entries[id];
    if (notified.notAfter != notAfter) {
        notified.notAfter = notAfter;
        notified.thresholds.clear();
    }
    if (!notified.thresholds.contains(threshold))
        notified.thresholds.append(threshold);
}

bool ExpiryNotices::retainOnly(const QSet<QString>& ids)
{
    return m_entries.removeIf([&ids](QHash<QString, Notified>::iterator it) { return !ids.contains(it.key()); }) > 0;
}

} // namespace Portico
