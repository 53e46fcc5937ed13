// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/BackendTimeline.h"
#include "stats/BackendStats.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace Portico {

class HealthStrip;

// The dashboard's backend health: a group per pool, a row per backend with its name, a HealthStrip
// over the range, its state in words and its latency and error rate of the last second.
class BackendHealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BackendHealthPanel(QWidget* parent = nullptr);

    // backends from the latest snapshot; a backend without a timeline gets one from its snapshot transitions.
    // knownFromMs: the earliest time the engine has a record of (see HealthStrip::setTimeline).
    void setData(const QList<BackendStats>& backends, const QList<BackendTimeline>& timelines, qint64 startMs,
                 qint64 endMs, qint64 knownFromMs = 0);
    QList<HealthStrip*> strips() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    class Row
    {
    public:
        QLabel* name = nullptr;
        HealthStrip* strip = nullptr;
        QLabel* state = nullptr;
        QLabel* latency = nullptr;
        QLabel* errors = nullptr;
    };

    void rebuild(const QList<BackendStats>& backends);
    void fill(const Row& row, const BackendStats& stats, const BackendTimeline& timeline);

    QVBoxLayout* m_layout;
    QLabel* m_empty;
    QList<QWidget*> m_groups;
    QList<Row> m_rows;
    // pool + key of every row, to rebuild only when the backends change.
    QStringList m_shape;
    QList<BackendStats> m_backends;
    QList<BackendTimeline> m_timelines;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_knownFromMs = 0;
};

} // namespace Portico
