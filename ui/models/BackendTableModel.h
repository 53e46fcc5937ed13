// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "stats/StatsSnapshot.h"

#include <QAbstractTableModel>

namespace Portico {

// Every backend of every pool, one per row in config order, with what the latest StatsSnapshot
// says about it: health with its reason, admin state, weight, traffic and latency. Rows come from
// the config, so a stopped engine still lists its backends; their figures then say there are none.
class BackendTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PoolColumn,
        BackendColumn,
        StateColumn,
        AdminStateColumn,
        WeightColumn,
        RequestsPerSecondColumn,
        ErrorsColumn,
        ActiveColumn,
        LatencyP50Column,
        LatencyP95Column,
        ColumnCount,
    };
    enum Role
    {
        PoolNameRole = Qt::UserRole + 1, // QString
        BackendKeyRole,                  // QString, host:port
        HealthRole,                      // int (BackendHealth), invalid without figures
        AdminStateRole,                  // int (BackendAdminState)
    };

    explicit BackendTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConfig(const Config& config);
    void setStats(const StatsSnapshot& stats);
    // Whether the engine runs: a stopped engine's figures are not "not reported yet".
    void setEngineRunning(bool running);
    void retranslate();

    int poolIndex(int row) const { return m_rows.at(row).pool; }
    int backendIndex(int row) const { return m_rows.at(row).backend; }
    const PoolConfig& pool(int row) const { return m_config.pools.at(m_rows.at(row).pool); }
    const BackendConfig& backend(int row) const { return pool(row).backends.at(m_rows.at(row).backend); }
    // The snapshot's figures for the row, or nullptr when the engine has reported none.
    const BackendStats* stats(int row) const;
    // Row of pool/host:port, or -1.
    int rowOf(const QString& pool, const QString& backendKey) const;
    // The health column's text: state, then why.
    QString stateText(int row) const;

private:
    struct Row
    {
        int pool = 0;
        int backend = 0;
    };

    QString text(int row, int column) const;
    QVariant foreground(int row, int column) const;

    Config m_config;
    StatsSnapshot m_stats;
    bool m_running = false;
    QList<Row> m_rows;
};

} // namespace Portico
