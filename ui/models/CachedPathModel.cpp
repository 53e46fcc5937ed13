// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CachedPathModel.h"

#include "text/NumberText.h"

#include <QLocale>

#include <algorithm>

namespace Portico {

namespace {

bool sameRows(const QList<CachedPathStat>& a, const QList<CachedPathStat>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const CachedPathStat& x, const CachedPathStat& y) {
        return x.site == y.site && x.path == y.path;
    });
}

} // namespace

CachedPathModel::CachedPathModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CachedPathModel::setEntries(const QList<CachedPathStat>& entries)
{
    if (entries == m_entries)
        return;
    if (sameRows(entries, m_entries)) {
        m_entries = entries;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CachedPathModel::rowOf(const QString& site, const QByteArray& path) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).site == site && m_entries.at(i).path == path)
            return int(i);
    }
    return -1;
}

QString CachedPathModel::freshnessText(qint64 ttlSeconds)
{
    // Zero left is no longer fresh (RFC 9111 4.2: fresh while the lifetime exceeds the age).
    if (ttlSeconds <= 0)
        //: A stored response whose freshness ran out: it is checked with the backend before it is used again.
        return tr("stale");
    const QLocale locale;
    if (ttlSeconds < 60)
        //: Freshness left of a stored response in seconds, e.g. "fresh for 42 s".
        return tr("fresh for %1 s").arg(locale.toString(ttlSeconds));
    if (ttlSeconds < 3600)
        //: Freshness left in minutes, e.g. "fresh for 42 min".
        return tr("fresh for %1 min").arg(locale.toString(ttlSeconds / 60));
    if (ttlSeconds < 2 * 86400)
        //: Freshness left in hours, e.g. "fresh for 5 h".
        return tr("fresh for %1 h").arg(locale.toString(ttlSeconds / 3600));
    return tr("fresh for %n day(s)", nullptr, int(std::min<qint64>(ttlSeconds / 86400, 99999)));
}

int CachedPathModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CachedPathModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CachedPathModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const CachedPathStat& entry = m_entries.at(index.row());
    switch (role) {
    case SiteRole:
        return entry.site;
    case PathRole:
        return entry.path;
    case Qt::TextAlignmentRole:
        if (index.column() == HitsColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == PathColumn)
            return QString::fromUtf8(entry.path);
        if (index.column() == FreshnessColumn)
            return entry.ttlSeconds > 0
                       ? tr("Served from the cache without asking the backend for %1 more.")
                             .arg(NumberText::duration(entry.ttlSeconds * 1000))
                       : tr("Its freshness ran out %1 ago: Portico checks with the backend before using it again, "
                            "unless the backend allows a stale answer.")
                             .arg(NumberText::duration(-entry.ttlSeconds * 1000));
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SiteColumn:
            return entry.site.isEmpty() ? tr("(none)") : entry.site;
        case PathColumn:
            return QString::fromUtf8(entry.path);
        case HitsColumn:
            return NumberText::count(entry.hits);
        case SizeColumn:
            return NumberText::bytes(quint64(std::max<qint64>(0, entry.bytes)));
        case FreshnessColumn:
            return freshnessText(entry.ttlSeconds);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant CachedPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case PathColumn:
        return tr("Path");
    case HitsColumn:
        //: Column: times a stored response was served from the cache.
        return tr("Hits");
    case SizeColumn:
        return tr("Size");
    case FreshnessColumn:
        return tr("Freshness");
    default:
        return QVariant();
    }
}

} // namespace Portico
