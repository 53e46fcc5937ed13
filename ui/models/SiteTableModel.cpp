// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SiteTableModel.h"

#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace Portico {

SiteTableModel::SiteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_config.sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case SiteNameRole:
        return m_config.sites.at(row).name;
    case Qt::TextAlignmentRole:
        if (index.column() == RequestsPerSecondColumn || index.column() == ErrorsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ErrorsColumn) {
            if (const SiteStats* stats = statsFor(row); stats && stats->errorsTotal > 0)
                return UiStyle::errorColor();
        }
        if (!statsFor(row) && (index.column() == RequestsPerSecondColumn || index.column() == ErrorsColumn))
            return UiStyle::secondaryText(QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QString SiteTableModel::text(int row, int column) const
{
    const SiteConfig& site = m_config.sites.at(row);
    switch (column) {
    case NameColumn:
        return site.isDefault ? tr("%1 (default site)").arg(site.name) : site.name;
    case ServerNamesColumn:
        return site.serverNames.isEmpty() ? tr("Any name no other site claims")
                                          : site.serverNames.join(QLatin1Char('\n'));
    case RoutesColumn: {
        QStringList routes;
        for (const RouteConfig& route : site.routes) {
            if (route.type == RouteType::Redirect)
                //: A redirect route: path prefix, HTTP status, target URL.
                routes << tr("%1 → redirect (%2) to %3")
                              .arg(route.pathPrefix)
                              .arg(route.redirect.status)
                              .arg(route.redirect.to);
            else
                //: A route: path prefix, then the pool its requests go to.
                routes << tr("%1 → %2").arg(route.pathPrefix, route.pool);
        }
        return routes.isEmpty() ? tr("No routes") : routes.join(QLatin1Char('\n'));
    }
    case PoolsColumn: {
        QStringList pools;
        for (const RouteConfig& route : site.routes) {
            if (route.type != RouteType::Proxy || pools.contains(route.pool))
                continue;
            const PoolConfig* pool = m_config.findPool(route.pool);
            pools
                << tr("%1 (%n server(s))", nullptr, pool ? static_cast<int>(pool->backends.size()) : 0).arg(route.pool);
        }
        return pools.isEmpty() ? NumberText::none() : pools.join(QLatin1Char('\n'));
    }
    case RequestsPerSecondColumn:
        if (const SiteStats* stats = statsFor(row))
            return NumberText::perSecond(stats->requestsPerSecond);
        return NumberText::none();
    case ErrorsColumn:
        if (const SiteStats* stats = statsFor(row))
            return NumberText::count(stats->errorsTotal);
        return NumberText::none();
    default:
        return QString();
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == RequestsPerSecondColumn || section == ErrorsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (section == ErrorsColumn)
            return tr("Answers with status 5xx since the engine started, Portico's own included");
        if (section == RequestsPerSecondColumn)
            return tr("Requests per second over the last second");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site");
    case ServerNamesColumn:
        return tr("Server names");
    case RoutesColumn:
        return tr("Routes");
    case PoolsColumn:
        return tr("Pools");
    case RequestsPerSecondColumn:
        return tr("Requests/s");
    case ErrorsColumn:
        return tr("Errors");
    default:
        return {};
    }
}

void SiteTableModel::setConfig(const Config& config)
{
    if (config == m_config)
        return;
    beginResetModel();
    m_config = config;
    endResetModel();
}

void SiteTableModel::setStats(const StatsSnapshot& stats)
{
    m_stats = stats;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PoolsColumn), index(rowCount() - 1, ColumnCount - 1));
}

int SiteTableModel::rowOf(const QString& siteName) const
{
    for (qsizetype i = 0; i < m_config.sites.size(); ++i) {
        if (m_config.sites.at(i).name == siteName)
            return static_cast<int>(i);
    }
    return -1;
}

void SiteTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const SiteStats* SiteTableModel::statsFor(int row) const
{
    const QString& name = m_config.sites.at(row).name;
    for (const SiteStats& stats : m_stats.sites) {
        if (stats.name == name)
            return &stats;
    }
    return nullptr;
}

} // namespace Portico
