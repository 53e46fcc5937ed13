// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "history/BackendTimeline.h"
#include "stats/BackendStats.h"

#include <QWidget>

namespace Portico {

// A backend's health over the dashboard's range as a bar of coloured pieces: up green, down red,
// taken out orange, not checked grey; hatched while the admin drains it or has it in maintenance.
// Hovering (or Left/Right when focused) names a piece's state, its times and why it began; the
// accessible description sums the range up in words ("Up for 3 h; down 2 times in this range").
class HealthStrip : public QWidget
{
    Q_OBJECT

public:
    class Segment
    {
    public:
        qint64 fromMs = 0;
        qint64 toMs = 0;
        BackendHealth health = BackendHealth::Unchecked;
        // False for the piece the range begins with (its cause lies before the range).
        bool hasTransition = false;
        BackendTransition transition;
    };

    explicit HealthStrip(QWidget* parent = nullptr);

    // knownFromMs: before it the engine has no record (it was not running); that part stays blank.
    void setTimeline(const BackendTimeline& timeline, qint64 startMs, qint64 endMs,
                     BackendAdminState adminState = BackendAdminState::Enabled, qint64 knownFromMs = 0);
    const QList<Segment>& segments() const { return m_segments; }
    // The pieces of a timeline within [startMs, endMs]; transitions outside it are folded in.
    static QList<Segment> segmentsOf(const BackendTimeline& timeline, qint64 startMs, qint64 endMs);
    // A timeline from the transitions a snapshot carries, for when the history has none for it.
    static BackendTimeline timelineFromStats(const BackendStats& stats);

    QString summary() const;
    // Tooltip text of one piece (rich text).
    QString describe(qsizetype index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRectF barRect() const;
    QRectF segmentRect(const Segment& segment) const;
    qsizetype segmentAt(const QPointF& pos) const;
    void showSegmentToolTip(qsizetype index, const QPoint& globalPos);
    QString timeText(qint64 ms) const;

    QList<Segment> m_segments;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    BackendAdminState m_adminState = BackendAdminState::Enabled;
    // The piece chosen with the keyboard, -1 for none.
    qsizetype m_current = -1;
};

} // namespace Portico
