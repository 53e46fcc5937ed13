// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DashboardPage.h"

#include "app/EngineSession.h"
#include "models/EventLogModel.h"
#include "text/ErrorText.h"
#include "text/NumberText.h"
#include "text/StateText.h"
#include "widgets/EventItemDelegate.h"
#include "widgets/MessageBanner.h"
#include "widgets/PageHeader.h"
#include "widgets/StatTile.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Portico {

namespace {

constexpr int visibleEventRows = 5;

// A link a browser can open: wildcard addresses are reached through loopback.
QString browserUrl(const BoundListener& listener)
{
    QString host = listener.config.address;
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    const ListenerConfig target{host, listener.port, listener.config.protocol};
    return ListenerConfig::protocolName(listener.config.protocol) + QStringLiteral("://") + target.endpoint() +
           QLatin1Char('/');
}

} // namespace

DashboardPage::DashboardPage(EngineSession& session, EventLogModel* events, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stats(session.engine().lastStats())
    , m_header(new PageHeader(this))
    , m_configBanner(new MessageBanner(MessageBanner::Kind::Warning, this))
    , m_engineBanner(new MessageBanner(MessageBanner::Kind::Error, this))
    , m_stateTile(new StatTile(QStringLiteral("engineState"), this))
    , m_listenersTile(new StatTile(QStringLiteral("listeners"), this))
    , m_uptimeTile(new StatTile(QStringLiteral("uptime"), this))
    , m_trafficTitle(sectionTitle(QStringLiteral("trafficTitleLabel")))
    , m_trafficNote(new QLabel(this))
    , m_requestsTotal(new StatTile(QStringLiteral("requestsTotal"), this))
    , m_requestsPerSecond(new StatTile(QStringLiteral("requestsPerSecond"), this))
    , m_activeConnections(new StatTile(QStringLiteral("activeConnections"), this))
    , m_bytesIn(new StatTile(QStringLiteral("bytesIn"), this))
    , m_bytesOut(new StatTile(QStringLiteral("bytesOut"), this))
    , m_latencyP50(new StatTile(QStringLiteral("latencyP50"), this))
    , m_latencyP95(new StatTile(QStringLiteral("latencyP95"), this))
    , m_latencyP99(new StatTile(QStringLiteral("latencyP99"), this))
    , m_responsesTitle(sectionTitle(QStringLiteral("responsesTitleLabel")))
    , m_eventsTitle(sectionTitle(QStringLiteral("recentEventsTitleLabel")))
    , m_showLogsButton(new QPushButton(this))
    , m_eventsView(new QListView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_configBanner->setObjectName(QStringLiteral("configProblemBanner"));
    m_engineBanner->setObjectName(QStringLiteral("engineErrorBanner"));
    m_trafficNote->setObjectName(QStringLiteral("trafficNoteLabel"));
    m_trafficNote->setWordWrap(true);
    UiStyle::makeSecondary(m_trafficNote);
    m_showLogsButton->setObjectName(QStringLiteral("showLogsButton"));
    m_showLogsButton->setFlat(true);
    m_showLogsButton->setCursor(Qt::PointingHandCursor);
    connect(m_showLogsButton, &QPushButton::clicked, this, &DashboardPage::showLogsRequested);

    for (size_t i = 0; i < m_responses.size(); ++i)
        m_responses[i] = new StatTile(QStringLiteral("responses%1xx").arg(i + 1), this);

    m_eventsView->setObjectName(QStringLiteral("recentEventsView"));
    m_eventsView->setModel(events);
    m_eventsView->setItemDelegate(new EventItemDelegate(m_eventsView));
    m_eventsView->setUniformItemSizes(true);
    m_eventsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_eventsView->setFocusPolicy(Qt::NoFocus);
    m_eventsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = QFontMetrics(m_eventsView->font()).height() + 16;
    m_eventsView->setFixedHeight(rowHeight * visibleEventRows + 2 * m_eventsView->frameWidth());

    auto* content = new QWidget();
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_configBanner);
    layout->addWidget(m_engineBanner);

    auto* engineRow = new QHBoxLayout();
    engineRow->setSpacing(12);
    engineRow->addWidget(m_stateTile, 1);
    engineRow->addWidget(m_listenersTile, 2);
    engineRow->addWidget(m_uptimeTile, 1);
    layout->addLayout(engineRow);

    layout->addSpacing(6);
    layout->addWidget(m_trafficTitle);
    layout->addWidget(m_trafficNote);
    auto* traffic = new QGridLayout();
    traffic->setSpacing(12);
    const QList<StatTile*> trafficTiles{m_requestsTotal, m_requestsPerSecond, m_activeConnections, m_bytesIn,
                                        m_bytesOut,      m_latencyP50,        m_latencyP95,        m_latencyP99};
    for (qsizetype i = 0; i < trafficTiles.size(); ++i)
        traffic->addWidget(trafficTiles.at(i), static_cast<int>(i / 4), static_cast<int>(i % 4));
    for (int column = 0; column < 4; ++column)
        traffic->setColumnStretch(column, 1);
    layout->addLayout(traffic);

    layout->addSpacing(6);
    layout->addWidget(m_responsesTitle);
    auto* responses = new QHBoxLayout();
    responses->setSpacing(12);
    for (StatTile* tile : m_responses)
        responses->addWidget(tile, 1);
    layout->addLayout(responses);

    layout->addSpacing(6);
    auto* eventsHeader = new QHBoxLayout();
    eventsHeader->addWidget(m_eventsTitle);
    eventsHeader->addStretch();
    eventsHeader->addWidget(m_showLogsButton);
    layout->addLayout(eventsHeader);
    layout->addWidget(m_eventsView);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::stateChanged, this, &DashboardPage::onStateChanged, Qt::QueuedConnection);
    connect(&engine, &EngineController::statsUpdated, this, &DashboardPage::onStatsUpdated, Qt::QueuedConnection);
    connect(&engine, &EngineController::configChanged, this, &DashboardPage::refreshEngine, Qt::QueuedConnection);
    connect(&session, &EngineSession::startErrorsChanged, this, &DashboardPage::refreshBanners);

    retranslate();
}

QLabel* DashboardPage::sectionTitle(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    UiStyle::makeHeading(label, 2);
    return label;
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_header->setTitle(tr("Dashboard"));
    m_header->setSubtitle(tr("What Portico is doing right now."));
    m_stateTile->setCaption(tr("Engine"));
    m_listenersTile->setCaption(tr("Listening on"));
    m_uptimeTile->setCaption(tr("Running for"));
    m_trafficTitle->setText(tr("Traffic"));
    m_requestsTotal->setCaption(tr("Requests"));
    m_requestsPerSecond->setCaption(tr("Requests per second"));
    m_activeConnections->setCaption(tr("Open connections"));
    m_bytesIn->setCaption(tr("Data received"));
    m_bytesOut->setCaption(tr("Data sent"));
    m_latencyP50->setCaption(tr("Response time, median"));
    m_latencyP95->setCaption(tr("Response time, 95th percentile"));
    m_latencyP99->setCaption(tr("Response time, 99th percentile"));
    m_responsesTitle->setText(tr("Responses by status"));
    m_responses[0]->setCaption(tr("1xx informational"));
    m_responses[1]->setCaption(tr("2xx success"));
    m_responses[2]->setCaption(tr("3xx redirection"));
    m_responses[3]->setCaption(tr("4xx client error"));
    m_responses[4]->setCaption(tr("5xx server error"));
    m_eventsTitle->setText(tr("Recent events"));
    m_showLogsButton->setText(tr("Show all in Logs"));
    refreshBanners();
    refreshEngine();
    refreshStats();
}

void DashboardPage::onStateChanged(EngineState state)
{
    if (state == EngineState::Running)
        m_stats = m_session.engine().lastStats(); // a fresh start has no figures yet
    refreshEngine();
    refreshStats();
}

void DashboardPage::onStatsUpdated(const StatsSnapshot& snapshot)
{
    m_stats = snapshot;
    refreshEngine();
    refreshStats();
}

void DashboardPage::refreshBanners()
{
    const ConfigLoadResult& loaded = m_session.loadResult();
    const bool configProblem =
        loaded.status == ConfigLoadStatus::MovedAside || loaded.status == ConfigLoadStatus::Invalid;
    m_configBanner->setVisible(configProblem);
    if (configProblem) {
        m_configBanner->setTitle(tr("Your configuration file could not be used"));
        QString where;
        if (loaded.status == ConfigLoadStatus::MovedAside)
            where = tr("Portico moved it to %1 so that nothing overwrites it, and runs with the default "
                       "configuration instead. Correct the file and move it back to %2, then restart Portico.")
                        .arg(loaded.movedAsidePath, m_session.configPath());
        else
            where = tr("The file %1 was left where it is, and Portico runs with the default configuration until "
                       "it is corrected.")
                        .arg(m_session.configPath());
        m_configBanner->setText(where + QStringLiteral("\n\n") + tr("What is wrong:") + QLatin1Char('\n') +
                                ErrorText::describeAll(loaded.errors));
    }

    const ConfigErrors& errors = m_session.startErrors();
    m_engineBanner->setVisible(!errors.isEmpty());
    if (!errors.isEmpty()) {
        m_engineBanner->setTitle(tr("The engine could not start"));
        QString text = ErrorText::describeAll(errors);
        const QString hint = ErrorText::hint(errors.first());
        if (!hint.isEmpty())
            text += QStringLiteral("\n\n") + hint;
        m_engineBanner->setText(text);
    }
}

void DashboardPage::refreshEngine()
{
    const EngineController& engine = m_session.engine();
    const EngineState state = engine.state();
    m_stateTile->setValue(StateText::name(state));
    const int workers = m_stats.time.isValid() && state == EngineState::Running ? m_stats.workers : 0;
    m_stateTile->setDetail(workers > 0 ? tr("%n worker thread(s)", nullptr, workers) : QString());

    const QList<BoundListener> listeners = engine.listeners();
    if (listeners.isEmpty()) {
        m_listenersTile->setValue(tr("Not listening"));
        QStringList configured;
        for (const ListenerConfig& listener : engine.config().listeners)
            configured << listener.endpoint();
        m_listenersTile->setDetail(configured.isEmpty()
                                       ? tr("No listeners are configured")
                                       : tr("Configured: %1").arg(configured.join(QStringLiteral(", "))));
    } else {
        QStringList links;
        for (const BoundListener& listener : listeners)
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(browserUrl(listener).toHtmlEscaped(), listener.endpoint().toHtmlEscaped());
        m_listenersTile->setValue(links.join(QStringLiteral(", ")));
        m_listenersTile->setDetail(tr("Click an address to open it in your browser"));
    }

    if (state == EngineState::Running && m_stats.time.isValid()) {
        m_uptimeTile->setValue(NumberText::duration(m_stats.uptimeMs));
        const QDateTime started = m_stats.time.addMSecs(-m_stats.uptimeMs);
        m_uptimeTile->setDetail(tr("Since %1").arg(NumberText::eventTime(started)));
    } else {
        m_uptimeTile->setValue(NumberText::none());
        m_uptimeTile->setDetail(state == EngineState::Running ? QString() : tr("The engine is not running"));
    }
}

void DashboardPage::refreshStats()
{
    const bool have = m_stats.time.isValid();
    const bool running = m_session.engine().state() == EngineState::Running;
    QString note;
    if (running && have)
        note = tr("Live figures from the engine, updated every second.");
    else if (running)
        note = tr("The first figures arrive one second after the engine starts.");
    else if (have)
        note = tr("The engine is stopped; these are its last figures.");
    else
        note = tr("Figures appear once the engine is running.");
    m_trafficNote->setText(note + QLatin1Char(' ') + tr("Charts of these figures will come in a later version."));

    const auto countOrNone = [have](quint64 value) {
        return have ? NumberText::count(value) : NumberText::none();
    };
    m_requestsTotal->setValue(countOrNone(m_stats.requestsTotal));
    m_requestsTotal->setDetail(have ? tr("Since the engine started") : QString());
    m_requestsPerSecond->setValue(have ? NumberText::perSecond(m_stats.requestsPerSecond) : NumberText::none());
    m_requestsPerSecond->setDetail(have ? tr("In the last second") : QString());
    m_activeConnections->setValue(
        have ? NumberText::count(static_cast<quint64>(std::max<qint64>(0, m_stats.activeConnections)))
             : NumberText::none());
    m_activeConnections->setDetail(have ? tr("%n in total", nullptr, static_cast<int>(m_stats.connectionsTotal))
                                        : QString());
    m_bytesIn->setValue(have ? NumberText::bytes(m_stats.bytesInTotal) : NumberText::none());
    m_bytesIn->setDetail(have ? NumberText::bytesPerSecond(m_stats.bytesInPerSecond) : QString());
    m_bytesOut->setValue(have ? NumberText::bytes(m_stats.bytesOutTotal) : NumberText::none());
    m_bytesOut->setDetail(have ? NumberText::bytesPerSecond(m_stats.bytesOutPerSecond) : QString());

    const bool haveLatency = have && m_stats.latencyP50Us > 0;
    const QString latencyDetail =
        have ? (haveLatency ? tr("In the last second") : tr("No requests in the last second")) : QString();
    const std::array<QPair<StatTile*, qint64>, 3> latencies{{{m_latencyP50, m_stats.latencyP50Us},
                                                             {m_latencyP95, m_stats.latencyP95Us},
                                                             {m_latencyP99, m_stats.latencyP99Us}}};
    for (const auto& [tile, value] : latencies) {
        tile->setValue(haveLatency ? NumberText::latency(value) : NumberText::none());
        tile->setDetail(latencyDetail);
    }

    for (size_t i = 0; i < m_responses.size(); ++i)
        m_responses[i]->setValue(countOrNone(m_stats.responsesByClass.at(i)));
}

} // namespace Portico
