// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayIcon.h"

#include "app/EngineSession.h"
#include "text/EventText.h"
#include "text/StateText.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

#include <map>

namespace Portico {

namespace {

const QString appIconPath = QStringLiteral(":/icons/portico.svg");

// "pool/host:port" -> "host:port".
QString serverName(const QString& subject)
{
    const qsizetype slash = subject.indexOf(QLatin1Char('/'));
    return slash < 0 ? subject : subject.mid(slash + 1);
}

bool isCertificateWarning(EngineEventKind kind)
{
    return kind == EngineEventKind::CertificateExpiring || kind == EngineEventKind::CertificateExpired ||
           kind == EngineEventKind::CertificateRenewalFailed;
}

// Warnings that say something about serving; a refused change or a setting waiting for a restart do not.
bool colorsTheIcon(const EngineEvent& event)
{
    return event.severity != EventSeverity::Info && event.kind != EngineEventKind::RestartRequired &&
           event.kind != EngineEventKind::ConfigRejected;
}

QDateTime timeOf(const EngineEvent& event)
{
    return event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
}

} // namespace

TrayIcon::TrayIcon(EngineSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_menu(new QMenu())
    , m_icon(new QSystemTrayIcon(this))
    , m_statusAction(m_menu->addAction(QString()))
    , m_openAction(nullptr)
    , m_pauseAction(nullptr)
    , m_quitAction(nullptr)
    , m_burstTimer(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_statusAction->setObjectName(QStringLiteral("trayStatusAction"));
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_openAction = m_menu->addAction(QString());
    m_openAction->setObjectName(QStringLiteral("trayOpenAction"));
    m_pauseAction = m_menu->addAction(QString());
    m_pauseAction->setObjectName(QStringLiteral("trayPauseAction"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    m_icon->setContextMenu(m_menu);
    m_burstTimer->setSingleShot(true);
    m_burstTimer->setInterval(burstMs);

    connect(m_openAction, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_pauseAction, &QAction::triggered, this, &TrayIcon::togglePause);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_burstTimer, &QTimer::timeout, this, &TrayIcon::flushPending);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });

    EngineController& engine = session.engine();
    for (const EngineEvent& event : engine.recentEvents()) {
        if (colorsTheIcon(event)) {
            m_lastWarning = timeOf(event);
            m_lastWarningText = EventText::message(event);
        }
    }
    connect(&engine, &EngineController::stateChanged, this, &TrayIcon::refresh, Qt::QueuedConnection);
    connect(&engine, &EngineController::configChanged, this, &TrayIcon::refresh, Qt::QueuedConnection);
    connect(&engine, &EngineController::statsUpdated, this, &TrayIcon::onStats, Qt::QueuedConnection);
    connect(&session, &EngineSession::startErrorsChanged, this, &TrayIcon::refresh);
    connect(&engine, &EngineController::eventOccurred, this, &TrayIcon::onEvent, Qt::QueuedConnection);
    // Not a widget, so the language change reaches us through the application object.
    QCoreApplication::instance()->installEventFilter(this);
    retranslate();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::hide()
{
    m_icon->hide();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

QIcon TrayIcon::icon() const
{
    return m_icon->icon();
}

TrayIcon::Status TrayIcon::statusFor(EngineState state, bool startFailed, const QList<BackendStats>& backends,
                                     bool recentWarning, QStringList* poolsDown, int* serversDown)
{
    const OverallStatus status = OverallStatus::of(state, startFailed, backends, recentWarning);
    if (poolsDown)
        *poolsDown = status.poolsDown;
    if (serversDown)
        *serversDown = int(status.serversDown.size());
    return status.health;
}

QColor TrayIcon::statusColor(Status status)
{
    // Fixed, not from the palette: the tray's panel has its own colours, and the dot has a ring for contrast.
    switch (status) {
    case Status::Healthy:
        return QColor(0x2d, 0xa4, 0x4e);
    case Status::Degraded:
        return QColor(0xe8, 0xa3, 0x17);
    case Status::Failing:
        return QColor(0xd1, 0x24, 0x2f);
    case Status::Stopped:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}

QRectF TrayIcon::badgeRect(int size)
{
    const qreal diameter = size * 0.56;
    return QRectF(size - diameter, size - diameter, diameter, diameter);
}

QIcon TrayIcon::makeIcon(Status status)
{
    const QIcon base(appIconPath);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, QRect(0, 0, size, size));
        const QRectF badge = badgeRect(size);
        const qreal ring = qMax<qreal>(1.0, size / 16.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xff, 0xff, 0xff));
        painter.drawEllipse(badge);
        painter.setBrush(statusColor(status));
        painter.drawEllipse(badge.adjusted(ring, ring, -ring, -ring));
        // A mark inside the dot, so the states differ by shape too, not by colour alone.
        if (size >= 22) {
            const QPointF c = badge.center();
            const qreal r = badge.width() / 2 - ring;
            QPen pen(QColor(0xff, 0xff, 0xff), qMax<qreal>(1.5, r * 0.3), Qt::SolidLine, Qt::RoundCap);
            painter.setPen(pen);
            switch (status) {
            case Status::Failing:
                painter.drawLine(c + QPointF(-r * 0.4, -r * 0.4), c + QPointF(r * 0.4, r * 0.4));
                painter.drawLine(c + QPointF(-r * 0.4, r * 0.4), c + QPointF(r * 0.4, -r * 0.4));
                break;
            case Status::Degraded:
                painter.drawLine(c + QPointF(0, -r * 0.5), c + QPointF(0, r * 0.1));
                painter.drawPoint(c + QPointF(0, r * 0.5));
                break;
            case Status::Stopped:
                painter.drawLine(c + QPointF(-r * 0.25, -r * 0.4), c + QPointF(-r * 0.25, r * 0.4));
                painter.drawLine(c + QPointF(r * 0.25, -r * 0.4), c + QPointF(r * 0.25, r * 0.4));
                break;
            case Status::Healthy:
                break;
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::notifyHiddenToTray()
{
    if (m_hiddenNoticeShown || !QSystemTrayIcon::supportsMessages())
        return;
    m_hiddenNoticeShown = true;
    m_icon->showMessage(tr("Portico is still running"),
                        tr("The window was closed, but Portico keeps serving your sites. To stop it, choose Quit "
                           "Portico in the menu of this icon."),
                        QSystemTrayIcon::Information, 8000);
}

bool TrayIcon::notifyEvent(const EngineEvent& event)
{
    if (!isCertificateWarning(event.kind))
        return queueServerEvent(event);
    QString title;
    switch (event.kind) {
    case EngineEventKind::CertificateExpiring:
        title = tr("A certificate expires soon");
        break;
    case EngineEventKind::CertificateExpired:
        title = tr("A certificate has expired");
        break;
    default:
        title = tr("A certificate could not be renewed");
        break;
    }
    const QString key =
        QStringList{EngineEvent::kindName(event.kind), event.subject, event.args.join(QLatin1Char('|'))}.join(
            QLatin1Char('\n'));
    if (m_notifiedEvents.contains(key))
        return false;
    m_notifiedEvents.insert(key);
    showNotification(title, EventText::message(event), true);
    return true;
}

bool TrayIcon::queueServerEvent(const EngineEvent& event)
{
    Category category;
    QString name;
    QStringList sites;
    switch (event.kind) {
    case EngineEventKind::BackendDown:
    case EngineEventKind::BackendEjected:
        category = Category::ServerDown;
        name = serverName(event.subject);
        break;
    case EngineEventKind::BackendUp:
    case EngineEventKind::BackendRestored:
        category = Category::ServerBack;
        name = serverName(event.subject);
        break;
    case EngineEventKind::PoolAllDown:
        category = Category::SiteDown;
        sites = sitesOfPool(event.subject);
        name = sites.join(QStringLiteral(", "));
        break;
    case EngineEventKind::PoolRecovered:
        category = Category::SiteBack;
        sites = sitesOfPool(event.subject);
        name = sites.join(QStringLiteral(", "));
        break;
    default:
        return false;
    }
    const bool down = category == Category::ServerDown || category == Category::SiteDown;
    const QString downKey =
        (category == Category::ServerDown || category == Category::ServerBack ? QStringLiteral("server\n")
                                                                              : QStringLiteral("pool\n")) +
        event.subject;
    // A server coming up at start or after an admin change is no news; only a return after a notified loss is.
    if (!down && !m_downNotified.contains(downKey))
        return false;
    const QString key = QString::number(static_cast<int>(category)) + QLatin1Char('\n') + event.subject;
    const QDateTime time = timeOf(event);
    const auto last = m_lastNotified.constFind(key);
    if (last != m_lastNotified.cend() && qAbs(last->msecsTo(time)) < repeatIntervalMs)
        return false;
    m_lastNotified.insert(key, time);
    if (down)
        m_downNotified.insert(downKey);
    else
        m_downNotified.remove(downKey);
    // A server that went down and came back within the same burst needs no balloon at all.
    const Category opposite = category == Category::ServerDown   ? Category::ServerBack
                              : category == Category::ServerBack ? Category::ServerDown
                              : category == Category::SiteDown   ? Category::SiteBack
                                                                 : Category::SiteDown;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).category == opposite && m_pending.at(i).name == name) {
            m_pending.removeAt(i);
            return true;
        }
    }
    m_pending.append(Pending{category, name, EventText::message(event), sites.size() > 1});
    if (!m_burstTimer->isActive())
        m_burstTimer->start();
    return true;
}

void TrayIcon::flushPending()
{
    if (m_pending.isEmpty())
        return;
    // Worst news first: the balloon's title is about it, the rest follows in the text.
    std::map<Category, QList<Pending>> byCategory;
    for (const Pending& pending : std::as_const(m_pending))
        byCategory[pending.category].append(pending);
    m_pending.clear();

    QStringList titles;
    QString firstDetail;
    bool warning = false;
    for (const auto& [category, items] : byCategory) {
        const int count = static_cast<int>(items.size());
        QStringList names;
        for (const Pending& item : items)
            names << item.name;
        QString title;
        QString detail;
        switch (category) {
        case Category::SiteDown:
            title = count > 1              ? tr("%n sites have no working server", nullptr, count)
                    : items.first().plural ? tr("Sites %1 have no working server").arg(names.first())
                                           : tr("Site %1 has no working server").arg(names.first());
            warning = true;
            break;
        case Category::ServerDown:
            title = count == 1 ? tr("Server %1 is down").arg(names.first()) : tr("%n servers are down", nullptr, count);
            warning = true;
            break;
        case Category::SiteBack:
            title = count > 1              ? tr("%n sites work again", nullptr, count)
                    : items.first().plural ? tr("Sites %1 work again").arg(names.first())
                                           : tr("Site %1 works again").arg(names.first());
            break;
        case Category::ServerBack:
            title = count == 1 ? tr("Server %1 is back").arg(names.first()) : tr("%n servers are back", nullptr, count);
            break;
        }
        detail = count == 1 ? items.first().detail : names.join(QStringLiteral(", "));
        titles << title;
        if (firstDetail.isEmpty())
            firstDetail = detail;
    }
    QString message = firstDetail;
    for (qsizetype i = 1; i < titles.size(); ++i)
        message += QLatin1Char('\n') + titles.at(i);
    showNotification(titles.first(), message, warning);
}

void TrayIcon::showNotification(const QString& title, const QString& message, bool warning)
{
    if (QSystemTrayIcon::supportsMessages() && m_icon->isVisible())
        m_icon->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 15000);
    Q_EMIT notified(title, message);
}

void TrayIcon::onStats(const StatsSnapshot& snapshot)
{
    m_stats = snapshot;
    m_haveStats = true;
    refresh();
}

void TrayIcon::onEvent(const EngineEvent& event)
{
    if (colorsTheIcon(event)) {
        m_lastWarning = timeOf(event);
        m_lastWarningText = EventText::message(event);
    }
    notifyEvent(event);
    refresh();
}

void TrayIcon::togglePause()
{
    const EngineState state = m_session.engine().state();
    if (state == EngineState::Running)
        m_session.stop();
    else if (state == EngineState::Stopped)
        m_session.start();
}

QStringList TrayIcon::sitesOfPool(const QString& pool) const
{
    QStringList sites;
    for (const SiteConfig& site : m_session.engine().config().sites) {
        for (const RouteConfig& route : site.routes) {
            if (route.type == RouteType::Proxy && route.pool == pool && !sites.contains(site.name))
                sites << site.name;
        }
    }
    return sites.isEmpty() ? QStringList{pool} : sites;
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    m_openAction->setText(tr("Open Portico"));
    m_quitAction->setText(tr("Quit Portico"));
    refresh();
}

void TrayIcon::refresh()
{
    const EngineController& engine = m_session.engine();
    const EngineState state = engine.state();
    if (state != EngineState::Running)
        m_haveStats = false;

    m_pauseAction->setText(state == EngineState::Running ? tr("Pause engine") : tr("Resume engine"));
    m_pauseAction->setToolTip(state == EngineState::Running
                                  ? tr("Stop serving the sites until you resume; requests in progress finish first")
                                  : tr("Start serving the sites again"));
    m_pauseAction->setEnabled(state == EngineState::Running || state == EngineState::Stopped);

    const bool startFailed = state == EngineState::Stopped && !m_session.startErrors().isEmpty();
    const bool recentWarning =
        m_lastWarning.isValid() && m_lastWarning.msecsTo(QDateTime::currentDateTimeUtc()) < recentWarningMs;
    QStringList poolsDown;
    int serversDown = 0;
    const Status status = statusFor(state, startFailed, m_haveStats ? m_stats.backends : QList<BackendStats>(),
                                    recentWarning, &poolsDown, &serversDown);
    QString text;
    switch (status) {
    case Status::Stopped:
        text = state == EngineState::Stopped ? tr("Portico: paused, not serving any site")
                                             : tr("Portico: %1").arg(StateText::name(state));
        break;
    case Status::Failing:
        if (startFailed) {
            text = tr("Portico: the engine could not start");
        } else {
            QStringList sites;
            for (const QString& pool : std::as_const(poolsDown)) {
                for (const QString& site : sitesOfPool(pool)) {
                    if (!sites.contains(site))
                        sites << site;
                }
            }
            text = sites.size() == 1
                       ? tr("Portico: site %1 has no working server").arg(sites.first())
                       : tr("Portico: sites %1 have no working server").arg(sites.join(QStringLiteral(", ")));
        }
        break;
    case Status::Degraded:
        text = serversDown > 0 ? tr("Portico: running, but %n server(s) are down", nullptr, serversDown)
                               : tr("Portico: running; recent warning: %1").arg(m_lastWarningText);
        break;
    case Status::Healthy:
        text = tr("Portico: running, every site has a working server");
        break;
    }

    QStringList endpoints;
    for (const BoundListener& listener : engine.listeners())
        endpoints << listener.endpoint();
    QString tip = text;
    if (!endpoints.isEmpty())
        tip += QLatin1Char('\n') + tr("Listening on %1").arg(endpoints.join(QStringLiteral(", ")));
    m_icon->setToolTip(tip);
    m_statusText = text;
    m_statusAction->setText(text);
    if (status != m_status || !m_iconDrawn) {
        m_status = status;
        m_iconDrawn = true;
        m_icon->setIcon(makeIcon(status));
    }
}

} // namespace Portico
