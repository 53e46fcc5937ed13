// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CachedPathStat.h"

#include <QAbstractTableModel>
#include <QList>

namespace Portico {

// The Cache page's most used stored responses (StatsSnapshot::cache.topPaths), in the engine's order
// (most hits first): site, path, hits, size and how long each stays fresh, in words.
class CachedPathModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SiteColumn,
        PathColumn,
        HitsColumn,
        SizeColumn,
        FreshnessColumn,
        ColumnCount,
    };
    enum Role
    {
        SiteRole = Qt::UserRole + 1,
        // The path as a QByteArray, as CachePurge takes it.
        PathRole,
    };

    explicit CachedPathModel(QObject* parent = nullptr);

    // The same rows in the same order are updated in place, so a view keeps its selection and scroll position.
    void setEntries(const QList<CachedPathStat>& entries);
    const QList<CachedPathStat>& entries() const { return m_entries; }
    // The row of site + path, or -1.
    int rowOf(const QString& site, const QByteArray& path) const;

    // "fresh for 42 min", "fresh for 3 h", "stale".
    static QString freshnessText(qint64 ttlSeconds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CachedPathStat> m_entries;
};

} // namespace Portico
