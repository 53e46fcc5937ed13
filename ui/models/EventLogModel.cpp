// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EventLogModel.h"

#include "controller/EngineController.h"
#include "text/EventText.h"
#include "text/NumberText.h"

#include <algorithm>

namespace Portico {

EventLogModel::EventLogModel(EngineController& engine, QObject* parent)
    : QAbstractListModel(parent)
    , m_engine(&engine)
{
    const QList<EngineEvent> recent = engine.recentEvents();
    m_events.reserve(std::min<qsizetype>(recent.size(), maxEvents));
    for (auto it = recent.crbegin(); it != recent.crend() && m_events.size() < maxEvents; ++it)
        m_events.append(*it);
    // Only events emitted from now on are queued to us, so nothing is counted twice.
    connect(&engine, &EngineController::eventOccurred, this, &EventLogModel::prepend, Qt::QueuedConnection);
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EngineEvent& event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return EventText::message(event);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3")
            .arg(QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat),
                 EventText::severityName(event.severity), EventText::message(event));
    case TimeRole:
        return event.time;
    case TimeTextRole:
        return NumberText::eventTime(event.time);
    case SeverityRole:
        return static_cast<int>(event.severity);
    case SeverityTextRole:
        return EventText::severityName(event.severity);
    case KindRole:
        return static_cast<int>(event.kind);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(SeverityRole, "severity");
    names.insert(SeverityTextRole, "severityText");
    names.insert(KindRole, "kind");
    return names;
}

void EventLogModel::retranslate()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_events.size()) - 1));
}

void EventLogModel::prepend(const EngineEvent& event)
{
    if (m_events.size() >= maxEvents) {
        const int last = static_cast<int>(m_events.size()) - 1;
        beginRemoveRows(QModelIndex(), last, last);
        m_events.removeLast();
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_events.prepend(event);
    endInsertRows();
}

} // namespace Portico
