// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TopListModel.h"

#include "text/NumberText.h"

#include <QLocale>

namespace Portico {

TopListModel::TopListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void TopListModel::setEntries(const QList<TopEntry>& entries, quint64 total)
{
    const QList<TopEntry> shown = entries.mid(0, maxRows);
    if (shown == m_entries && total == m_total)
        return;
    // Same number of rows: update in place, so a view keeps its scroll position and focus.
    if (shown.size() == m_entries.size()) {
        m_entries = shown;
        m_total = total;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = shown;
    m_total = total;
    endResetModel();
}

int TopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const TopEntry& entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == KeyColumn)
        return entry.key;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case KeyColumn:
        if (entry.key.isEmpty())
            //: A top list entry without a name (e.g. requests that matched no site).
            return tr("(none)");
        return entry.key;
    case CountColumn:
        return NumberText::count(entry.count);
    case ShareColumn: {
        if (m_total == 0)
            return NumberText::none();
        const double percent = 100.0 * double(entry.count) / double(m_total);
        return tr("%1 %").arg(QLocale().toString(percent, 'f', percent < 10 ? 1 : 0));
    }
    default:
        return QVariant();
    }
}

QVariant TopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        switch (m_kind) {
        case Kind::Paths:
            return tr("Path");
        case Kind::Clients:
            return tr("Client");
        case Kind::Statuses:
            return tr("Status");
        case Kind::Sites:
            return tr("Site");
        }
        return QVariant();
    case CountColumn:
        return tr("Requests");
    case ShareColumn:
        return tr("Share");
    default:
        return QVariant();
    }
}

} // namespace Portico
