// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BackendTableModel.h"

#include "text/HealthText.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Portico {

namespace {

QString endpoint(const BackendConfig& backend)
{
    return ListenerConfig{backend.host, backend.port, ListenerProtocol::Http}.endpoint();
}

QPixmap dot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}

bool isFigureColumn(int column)
{
    return column >= BackendTableModel::RequestsPerSecondColumn;
}

} // namespace

BackendTableModel::BackendTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int BackendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BackendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BackendStats* BackendTableModel::stats(int row) const
{
    if (!m_running)
        return nullptr;
    const PoolConfig& p = pool(row);
    const BackendConfig& b = backend(row);
    for (const BackendStats& stats : m_stats.backends) {
        if (stats.pool == p.name && stats.host == b.host && stats.port == b.port)
            return &stats;
    }
    return nullptr;
}

int BackendTableModel::rowOf(const QString& poolName, const QString& backendKey) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (pool(row).name == poolName && endpoint(backend(row)) == backendKey)
            return row;
    }
    return -1;
}

QString BackendTableModel::stateText(int row) const
{
    const BackendStats* s = stats(row);
    if (!s)
        return m_running ? tr("No figures yet") : tr("Engine stopped");
    QString reason;
    if (s->lastCheck.time.isValid())
        reason = HealthText::checkResult(s->lastCheck);
    else if (!s->transitions.isEmpty())
        reason = HealthText::transitionReason(s->transitions.last());
    QString state = HealthText::healthName(s->health);
    if (s->backup && s->health != BackendHealth::Down && s->health != BackendHealth::Ejected && !s->inRotation)
        state = tr("%1, standing by as backup").arg(state);
    //: A backend's health and why, e.g. "Down: HTTP 500 on /health".
    return reason.isEmpty() ? state : tr("%1: %2").arg(state, reason);
}

QString BackendTableModel::text(int row, int column) const
{
    const BackendConfig& b = backend(row);
    const BackendStats* s = stats(row);
    switch (column) {
    case PoolColumn:
        return pool(row).name;
    case BackendColumn:
        return b.backup ? tr("%1 (backup)").arg(endpoint(b)) : endpoint(b);
    case StateColumn:
        return stateText(row);
    case AdminStateColumn:
        return HealthText::adminStateName(b.state);
    case WeightColumn:
        if (s && s->effectiveWeight < s->weight)
            //: Weight during slow start: the weight in use now, then the configured one.
            return tr("%1 of %2 (slow start)")
                .arg(QLocale().toString(s->effectiveWeight), QLocale().toString(b.weight));
        return QLocale().toString(b.weight);
    case RequestsPerSecondColumn:
        return s ? NumberText::perSecond(s->requestsPerSecond) : NumberText::none();
    case ErrorsColumn:
        return s ? NumberText::count(s->errorsTotal) : NumberText::none();
    case ActiveColumn:
        return s ? NumberText::count(static_cast<quint64>(qMax<qint64>(0, s->activeRequests))) : NumberText::none();
    case LatencyP50Column:
        return s && s->latencyP50Us > 0 ? NumberText::latency(s->latencyP50Us) : NumberText::none();
    case LatencyP95Column:
        return s && s->latencyP95Us > 0 ? NumberText::latency(s->latencyP95Us) : NumberText::none();
    default:
        return QString();
    }
}

QVariant BackendTableModel::foreground(int row, int column) const
{
    const BackendStats* s = stats(row);
    if (column == StateColumn)
        return s ? UiStyle::healthColor(s->health, QGuiApplication::palette())
                 : UiStyle::secondaryText(QGuiApplication::palette());
    if (column == AdminStateColumn && backend(row).state != BackendAdminState::Enabled)
        return UiStyle::warningColor();
    if (column == ErrorsColumn && s && s->errorsTotal > 0)
        return UiStyle::errorColor();
    if (isFigureColumn(column) && !s)
        return UiStyle::secondaryText(QGuiApplication::palette());
    return {};
}

QVariant BackendTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn) {
            const BackendStats* s = stats(row);
            return dot(s ? UiStyle::healthColor(s->health, QGuiApplication::palette())
                         : UiStyle::secondaryText(QGuiApplication::palette()));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == WeightColumn || isFigureColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PoolNameRole:
        return pool(row).name;
    case BackendKeyRole:
        return endpoint(backend(row));
    case HealthRole:
        if (const BackendStats* s = stats(row))
            return static_cast<int>(s->health);
        return {};
    case AdminStateRole:
        return static_cast<int>(backend(row).state);
    default:
        return {};
    }
}

QVariant BackendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == WeightColumn || isFigureColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StateColumn:
            return tr("What Portico last found out about the server, and why");
        case AdminStateColumn:
            return tr("What you set: enabled, draining (no new visitors) or in maintenance (out)");
        case ErrorsColumn:
            return tr("Failed connections, timeouts and 5xx answers since the engine started");
        case ActiveColumn:
            return tr("Requests in progress now");
        case LatencyP50Column:
            return tr("Half of the requests in the last second were answered faster than this");
        case LatencyP95Column:
            return tr("95 of 100 requests in the last second were answered faster than this");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PoolColumn:
        return tr("Pool");
    case BackendColumn:
        return tr("Server");
    case StateColumn:
        return tr("Health");
    case AdminStateColumn:
        return tr("Admin state");
    case WeightColumn:
        return tr("Weight");
    case RequestsPerSecondColumn:
        return tr("Requests/s");
    case ErrorsColumn:
        return tr("Errors");
    case ActiveColumn:
        return tr("Active");
    case LatencyP50Column:
        return tr("Median");
    case LatencyP95Column:
        return tr("95th pct.");
    default:
        return {};
    }
}

void BackendTableModel::setConfig(const Config& config)
{
    if (config == m_config)
        return;
    beginResetModel();
    m_config = config;
    m_rows.clear();
    for (qsizetype p = 0; p < m_config.pools.size(); ++p) {
        for (qsizetype b = 0; b < m_config.pools.at(p).backends.size(); ++b)
            m_rows.append(Row{static_cast<int>(p), static_cast<int>(b)});
    }
    endResetModel();
}

void BackendTableModel::setStats(const StatsSnapshot& stats)
{
    m_stats = stats;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, ColumnCount - 1));
}

void BackendTableModel::setEngineRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (!running)
        m_stats = StatsSnapshot();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BackendTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Portico
