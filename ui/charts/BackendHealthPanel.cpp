// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BackendHealthPanel.h"

#include "charts/HealthStrip.h"
#include "text/HealthText.h"
#include "text/NumberText.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Portico {

BackendHealthPanel::BackendHealthPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("backendHealthPanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_empty->setObjectName(QStringLiteral("backendHealthEmptyLabel"));
    m_empty->setWordWrap(true);
    UiStyle::makeSecondary(m_empty);
    m_empty->setText(tr("Backends appear here once the engine runs with at least one pool."));
    m_layout->addWidget(m_empty);
}

QList<HealthStrip*> BackendHealthPanel::strips() const
{
    QList<HealthStrip*> result;
    for (const Row& row : m_rows)
        result << row.strip;
    return result;
}

void BackendHealthPanel::setData(const QList<BackendStats>& backends, const QList<BackendTimeline>& timelines,
                                 qint64 startMs, qint64 endMs, qint64 knownFromMs)
{
    m_knownFromMs = knownFromMs;
    m_backends = backends;
    m_timelines = timelines;
    m_startMs = startMs;
    m_endMs = endMs;
    QStringList shape;
    for (const BackendStats& stats : backends)
        shape << stats.pool + QLatin1Char('\n') + stats.key();
    if (shape != m_shape) {
        m_shape = shape;
        rebuild(backends);
    }
    for (qsizetype i = 0; i < backends.size() && i < m_rows.size(); ++i) {
        const BackendStats& stats = backends.at(i);
        const auto found = std::find_if(timelines.cbegin(), timelines.cend(), [&stats](const BackendTimeline& t) {
            return t.pool == stats.pool && t.backend == stats.key();
        });
        fill(m_rows.at(i), stats, found != timelines.cend() ? *found : HealthStrip::timelineFromStats(stats));
    }
}

void BackendHealthPanel::rebuild(const QList<BackendStats>& backends)
{
    qDeleteAll(m_groups);
    m_groups.clear();
    m_rows.clear();
    m_empty->setVisible(backends.isEmpty());

    QGridLayout* grid = nullptr;
    QString pool;
    int row = 0;
    for (const BackendStats& stats : backends) {
        if (!grid || stats.pool != pool) {
            pool = stats.pool;
            auto* group = new QGroupBox(this);
            group->setObjectName(QStringLiteral("backendPoolGroupBox"));
            //: Group title on the dashboard: a pool of backends.
            group->setTitle(tr("Pool %1").arg(pool));
            grid = new QGridLayout(group);
            grid->setHorizontalSpacing(12);
            grid->setVerticalSpacing(6);
            grid->setColumnStretch(1, 1);
            m_layout->addWidget(group);
            m_groups << group;
            row = 0;
        }
        Row entry;
        QWidget* parent = m_groups.constLast();
        entry.name = new QLabel(parent);
        entry.name->setObjectName(QStringLiteral("backendNameLabel"));
        entry.strip = new HealthStrip(parent);
        entry.state = new QLabel(parent);
        entry.state->setObjectName(QStringLiteral("backendStateLabel"));
        entry.state->setTextFormat(Qt::RichText);
        entry.latency = new QLabel(parent);
        entry.latency->setObjectName(QStringLiteral("backendLatencyLabel"));
        entry.errors = new QLabel(parent);
        entry.errors->setObjectName(QStringLiteral("backendErrorRateLabel"));
        for (QLabel* label : {entry.latency, entry.errors})
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        entry.name->setBuddy(entry.strip);
        grid->addWidget(entry.name, row, 0);
        grid->addWidget(entry.strip, row, 1);
        grid->addWidget(entry.state, row, 2);
        grid->addWidget(entry.latency, row, 3);
        grid->addWidget(entry.errors, row, 4);
        ++row;
        m_rows << entry;
    }
}

void BackendHealthPanel::fill(const Row& row, const BackendStats& stats, const BackendTimeline& timeline)
{
    QString name = stats.key();
    if (stats.backup)
        //: A backup backend on the dashboard, e.g. "10.0.0.5:8080 (backup)".
        name = tr("%1 (backup)").arg(name);
    row.name->setText(name);
    row.strip->setTimeline(timeline, m_startMs, m_endMs, stats.adminState, m_knownFromMs);
    //: Accessible name of a health timeline strip: backend and pool.
    row.strip->setAccessibleName(tr("Health of %1 in pool %2").arg(stats.key(), stats.pool));

    QString state = HealthText::healthName(stats.health);
    if (stats.adminState != BackendAdminState::Enabled)
        state = HealthText::adminStateName(stats.adminState) + QStringLiteral(" · ") + state;
    row.state->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                           .arg(UiStyle::healthColor(stats.health, palette()).name(), state.toHtmlEscaped()));
    row.state->setToolTip(stats.lastCheck.time.isValid() ? HealthText::checkResult(stats.lastCheck) : QString());

    row.latency->setText(stats.latencyP50Us > 0
                             //: Median response time of a backend in the last second.
                             ? tr("median %1").arg(NumberText::latency(stats.latencyP50Us))
                             : NumberText::none());
    row.latency->setToolTip(stats.latencyP95Us > 0
                                ? tr("95th percentile: %1").arg(NumberText::latency(stats.latencyP95Us))
                                : tr("No request finished in the last second"));
    if (stats.requestsPerSecond > 0) {
        const double percent = 100.0 * stats.errorsPerSecond / stats.requestsPerSecond;
        //: Share of a backend's requests that failed in the last second.
        row.errors->setText(tr("%1 % errors").arg(QLocale().toString(percent, 'f', percent < 10 ? 1 : 0)));
    } else {
        row.errors->setText(NumberText::none());
    }
    //: Tooltip: a backend's totals since the engine started.
    row.errors->setToolTip(tr("%1 requests, %2 errors since the engine started")
                               .arg(NumberText::count(stats.requestsTotal), NumberText::count(stats.errorsTotal)));
}

void BackendHealthPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_empty->setText(tr("Backends appear here once the engine runs with at least one pool."));
        m_shape.clear(); // group titles are worded at build time
        setData(m_backends, m_timelines, m_startMs, m_endMs, m_knownFromMs);
    }
    QWidget::changeEvent(event);
}

} // namespace Portico
