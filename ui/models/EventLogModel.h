// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineEvent.h"

#include <QAbstractListModel>
#include <QList>

namespace Portico {

class EngineController;

// The engine's events, newest first, for the Logs page and the dashboard. Starts with what the
// engine already recorded and grows live; texts are worded at display time, so a language
// switch only needs retranslate().
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC)
        TimeTextRole,                // QString, local time
        SeverityRole,                // int (EventSeverity)
        SeverityTextRole,            // QString
        KindRole,                    // int (EngineEventKind)
    };

    static constexpr int maxEvents = 1000;

    explicit EventLogModel(EngineController& engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const EngineEvent& event(int row) const { return m_events.at(row); }
    // The engine whose events these are (the Logs page also shows its access log).
    EngineController& engine() const { return *m_engine; }
    // Tells views that every text changed (after a language switch).
    void retranslate();

private:
    void prepend(const EngineEvent& event);

    EngineController* m_engine;
    QList<EngineEvent> m_events;
};

} // namespace Portico
