// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/TopEntry.h"

#include <QAbstractTableModel>

namespace Portico {

// One of the dashboard's top lists (paths, clients, status codes or sites): the key, its requests
// and its share of all requests in the range, busiest first.
class TopListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Paths,
        Clients,
        Statuses,
        Sites,
    };
    enum Column
    {
        KeyColumn,
        CountColumn,
        ShareColumn,
        ColumnCount,
    };
    static constexpr int maxRows = 10;

    explicit TopListModel(Kind kind, QObject* parent = nullptr);

    // total: all requests in the range, for the share column.
    void setEntries(const QList<TopEntry>& entries, quint64 total);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<TopEntry> m_entries;
    quint64 m_total = 0;
};

} // namespace Portico
