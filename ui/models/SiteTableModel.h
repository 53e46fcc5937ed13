// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "stats/StatsSnapshot.h"

#include <QAbstractTableModel>

namespace Portico {

// The sites of the config in force, one per row, with their live figures from the latest
// StatsSnapshot. Figures the engine has not reported show as a dash, never as a made-up zero.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ServerNamesColumn,
        RoutesColumn,
        PoolsColumn,
        RequestsPerSecondColumn,
        ErrorsColumn,
        ColumnCount,
    };
    enum Role
    {
        SiteNameRole = Qt::UserRole + 1, // QString
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConfig(const Config& config);
    // An empty snapshot (engine stopped) clears the figures.
    void setStats(const StatsSnapshot& stats);
    const SiteConfig& site(int row) const { return m_config.sites.at(row); }
    // Row of the site with this name, or -1.
    int rowOf(const QString& siteName) const;
    void retranslate();

private:
    QString text(int row, int column) const;
    const SiteStats* statsFor(int row) const;

    Config m_config;
    StatsSnapshot m_stats;
};

} // namespace Portico
