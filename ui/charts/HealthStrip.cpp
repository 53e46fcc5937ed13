// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HealthStrip.h"

#include "text/HealthText.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace Portico {

namespace {

qint64 msOf(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

HealthStrip::HealthStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("backendHealthStrip"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<HealthStrip::Segment> HealthStrip::segmentsOf(const BackendTimeline& timeline, qint64 startMs, qint64 endMs)
{
    QList<Segment> result;
    if (endMs <= startMs)
        return result;
    Segment current;
    current.fromMs = startMs;
    current.health = timeline.initial;
    for (const BackendTransition& transition : timeline.transitions) {
        const qint64 at = msOf(transition.time);
        if (at <= startMs) {
            // Before the range: only decides the state it begins with.
            current.health = transition.to;
            continue;
        }
        if (at >= endMs)
            break;
        if (transition.to == current.health)
            continue;
        current.toMs = at;
        result.append(current);
        current = Segment();
        current.fromMs = at;
        current.health = transition.to;
        current.hasTransition = true;
        current.transition = transition;
    }
    current.toMs = endMs;
    result.append(current);
    return result;
}

BackendTimeline HealthStrip::timelineFromStats(const BackendStats& stats)
{
    BackendTimeline timeline;
    timeline.pool = stats.pool;
    timeline.backend = stats.key();
    timeline.initial = stats.transitions.isEmpty() ? stats.health : stats.transitions.first().from;
    timeline.transitions = stats.transitions;
    return timeline;
}

void HealthStrip::setTimeline(const BackendTimeline& timeline, qint64 startMs, qint64 endMs,
                              BackendAdminState adminState, qint64 knownFromMs)
{
    m_segments = segmentsOf(timeline, std::clamp(knownFromMs, startMs, endMs), endMs);
    m_startMs = startMs;
    m_endMs = endMs;
    m_adminState = adminState;
    if (m_current >= m_segments.size())
        m_current = m_segments.size() - 1;
    setAccessibleDescription(summary());
    update();
}

QString HealthStrip::summary() const
{
    if (m_segments.isEmpty())
        return tr("No health information yet.");
    const Segment& last = m_segments.constLast();
    QStringList parts;
    if (m_adminState != BackendAdminState::Enabled)
        parts << HealthText::adminStateName(m_adminState);
    if (m_segments.size() == 1 && last.fromMs <= m_startMs)
        //: A backend's state for all of the chosen time range, e.g. "Up for the whole range".
        parts << tr("%1 for the whole range").arg(HealthText::healthName(last.health));
    else
        //: A backend's current state and for how long, e.g. "Up for 3 h 05 min".
        parts
            << tr("%1 for %2").arg(HealthText::healthName(last.health), NumberText::duration(last.toMs - last.fromMs));
    const auto episodes = [this](BackendHealth health) {
        return int(std::count_if(m_segments.cbegin(), m_segments.cend(),
                                 [health](const Segment& segment) { return segment.health == health; }));
    };
    const int down = episodes(BackendHealth::Down);
    const int ejected = episodes(BackendHealth::Ejected);
    if (down > 0)
        parts << tr("down %n time(s) in this range", nullptr, down);
    if (ejected > 0)
        parts << tr("taken out %n time(s) in this range", nullptr, ejected);
    if (down == 0 && ejected == 0 && m_segments.size() > 1)
        parts << tr("no outage in this range");
    return parts.join(QStringLiteral("; "));
}

QString HealthStrip::timeText(qint64 ms) const
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    if (m_endMs - m_startMs > 24 * 3'600'000LL)
        return locale.toString(time, QLocale::ShortFormat);
    return locale.toString(time.time(), QStringLiteral("HH:mm:ss"));
}

QString HealthStrip::describe(qsizetype index) const
{
    if (index < 0 || index >= m_segments.size())
        return QString();
    const Segment& segment = m_segments.at(index);
    const bool isLast = index == m_segments.size() - 1;
    QString state = HealthText::healthName(segment.health);
    if (isLast && m_adminState != BackendAdminState::Enabled)
        state += QStringLiteral(" · ") + HealthText::adminStateName(m_adminState);
    QString from = timeText(segment.fromMs);
    if (!segment.hasTransition)
        //: Start of a health piece that began before the chosen range, e.g. "before 14:05:00".
        from = tr("before %1").arg(from);
    const QString to = isLast ? tr("now") : timeText(segment.toMs);
    QString text =
        QStringLiteral("<b>%1</b><br>%2")
            .arg(state.toHtmlEscaped(),
                 //: A time span of a backend's state: from, to, how long.
                 tr("%1 – %2 (%3)").arg(from, to, NumberText::duration(segment.toMs - segment.fromMs)).toHtmlEscaped());
    if (segment.hasTransition)
        text += QStringLiteral("<br>") + HealthText::transitionReason(segment.transition).toHtmlEscaped();
    return text;
}

QSize HealthStrip::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() + 8);
}

QSize HealthStrip::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 12, fontMetrics().height() + 8);
}

QRectF HealthStrip::barRect() const
{
    return QRectF(rect()).adjusted(2, 3, -2, -3);
}

QRectF HealthStrip::segmentRect(const Segment& segment) const
{
    const QRectF bar = barRect();
    const double span = double(std::max<qint64>(m_endMs - m_startMs, 1));
    const double left = bar.left() + bar.width() * double(segment.fromMs - m_startMs) / span;
    const double right = bar.left() + bar.width() * double(segment.toMs - m_startMs) / span;
    // A short outage still shows as a sliver.
    return QRectF(left, bar.top(), std::max(right - left, 2.0), bar.height());
}

qsizetype HealthStrip::segmentAt(const QPointF& pos) const
{
    for (qsizetype i = m_segments.size() - 1; i >= 0; --i)
        if (segmentRect(m_segments.at(i)).contains(QPointF(pos.x(), barRect().center().y())))
            return i;
    return -1;
}

void HealthStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    QPainterPath clip;
    clip.addRoundedRect(bar, 4, 4);
    painter.setClipPath(clip);
    painter.fillRect(bar, UiStyle::cardBorder(palette()));
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment& segment = m_segments.at(i);
        const QRectF area = segmentRect(segment);
        painter.fillRect(area, UiStyle::healthColor(segment.health, palette()));
        if (i == m_segments.size() - 1 && m_adminState != BackendAdminState::Enabled) {
            QColor hatch = palette().color(QPalette::Base);
            hatch.setAlpha(170);
            painter.fillRect(area, QBrush(hatch, Qt::BDiagPattern));
        }
    }
    painter.setClipping(false);
    if (m_current >= 0 && m_current < m_segments.size()) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(segmentRect(m_segments.at(m_current)).adjusted(1, 1, -1, -1));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void HealthStrip::showSegmentToolTip(qsizetype index, const QPoint& globalPos)
{
    const QString text = describe(index);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, this);
}

void HealthStrip::mouseMoveEvent(QMouseEvent* event)
{
    showSegmentToolTip(segmentAt(event->position()), event->globalPosition().toPoint());
    QWidget::mouseMoveEvent(event);
}

void HealthStrip::keyPressEvent(QKeyEvent* event)
{
    if (m_segments.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    qsizetype next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = m_current < 0 ? m_segments.size() - 1 : std::max<qsizetype>(0, m_current - 1);
        break;
    case Qt::Key_Right:
        next = m_current < 0 ? m_segments.size() - 1 : std::min(m_segments.size() - 1, m_current + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = m_segments.size() - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_current = next;
    update();
    const QRectF area = segmentRect(m_segments.at(m_current));
    showSegmentToolTip(m_current, mapToGlobal(area.center().toPoint()));
}

void HealthStrip::focusOutEvent(QFocusEvent* event)
{
    m_current = -1;
    QToolTip::hideText();
    update();
    QWidget::focusOutEvent(event);
}

void HealthStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleDescription(summary());
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Portico
