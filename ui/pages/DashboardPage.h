// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineState.h"
#include "stats/StatsSnapshot.h"

#include <QWidget>

#include <array>

class QLabel;
class QListView;
class QPushButton;

namespace Portico {

class EngineSession;
class EventLogModel;
class MessageBanner;
class PageHeader;
class StatTile;

// What Portico is doing now: engine state, real listening addresses, the live figures of the
// latest StatsSnapshot and the newest events. Shows nothing it does not get from the engine.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(EngineSession& session, EventLogModel* events, QWidget* parent = nullptr);

Q_SIGNALS:
    void showLogsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onStateChanged(EngineState state);
    void onStatsUpdated(const StatsSnapshot& snapshot);
    void refreshBanners();
    void refreshEngine();
    void refreshStats();
    QLabel* sectionTitle(const QString& objectName);

    EngineSession& m_session;
    StatsSnapshot m_stats;

    PageHeader* m_header;
    MessageBanner* m_configBanner;
    MessageBanner* m_engineBanner;
    StatTile* m_stateTile;
    StatTile* m_listenersTile;
    StatTile* m_uptimeTile;
    QLabel* m_trafficTitle;
    QLabel* m_trafficNote;
    StatTile* m_requestsTotal;
    StatTile* m_requestsPerSecond;
    StatTile* m_activeConnections;
    StatTile* m_bytesIn;
    StatTile* m_bytesOut;
    StatTile* m_latencyP50;
    StatTile* m_latencyP95;
    StatTile* m_latencyP99;
    QLabel* m_responsesTitle;
    std::array<StatTile*, 5> m_responses{};
    QLabel* m_eventsTitle;
    QPushButton* m_showLogsButton;
    QListView* m_eventsView;
};

} // namespace Portico
