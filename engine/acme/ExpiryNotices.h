// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Portico {

// Which expiry warnings were already given, per store entry and certificate (its notAfter), kept in
// <store>/acme/notified.json so that a restart does not repeat them. A renewed certificate starts afresh.
class ExpiryNotices
{
public:
    // The thresholds in days, largest first; expiredThreshold stands for "expired".
    static constexpr int thresholds[] = {30, 14, 7};
    static constexpr int expiredThreshold = 0;

    explicit ExpiryNotices(const QString& certificateDirectory);

    QString file() const { return m_file; }
    // Reads the file; a missing or damaged one counts as empty.
    void load();
    bool save() const;

    bool contains(const QString& id, const QDateTime& notAfter, int threshold) const;
    void add(const QString& id, const QDateTime& notAfter, int threshold);
    // Forgets entries no longer in the store; true when something was forgotten.
    bool retainOnly(const QSet<QString>& ids);

private:
    struct Notified
    {
        QDateTime notAfter;
        QList<int> thresholds;
    };

    QString m_file;
    QHash<QString, Notified> m_entries;
};

} // namespace Portico
