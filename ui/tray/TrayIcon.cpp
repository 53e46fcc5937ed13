// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayIcon.h"

#include "app/EngineSession.h"
#include "text/EventText.h"
#include "text/StateText.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Portico {

TrayIcon::TrayIcon(EngineSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_menu(new QMenu())
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/portico.svg")), this))
    , m_openAction(m_menu->addAction(QString()))
    , m_startAction(nullptr)
    , m_stopAction(nullptr)
    , m_quitAction(nullptr)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_openAction->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->addSeparator();
    m_startAction = m_menu->addAction(QString());
    m_startAction->setObjectName(QStringLiteral("trayStartAction"));
    m_stopAction = m_menu->addAction(QString());
    m_stopAction->setObjectName(QStringLiteral("trayStopAction"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    m_icon->setContextMenu(m_menu);

    connect(m_openAction, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_startAction, &QAction::triggered, &session, [&session] { session.start(); });
    connect(m_stopAction, &QAction::triggered, &session, &EngineSession::stop);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::stateChanged, this, &TrayIcon::refresh, Qt::QueuedConnection);
    connect(&engine, &EngineController::configChanged, this, &TrayIcon::refresh, Qt::QueuedConnection);
    connect(&session, &EngineSession::startErrorsChanged, this, &TrayIcon::refresh);
    connect(&engine, &EngineController::eventOccurred, this, &TrayIcon::notifyEvent, Qt::QueuedConnection);
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
    QString title;
    switch (event.kind) {
    case EngineEventKind::CertificateExpiring:
        title = tr("A certificate expires soon");
        break;
    case EngineEventKind::CertificateExpired:
        title = tr("A certificate has expired");
        break;
    case EngineEventKind::CertificateRenewalFailed:
        title = tr("A certificate could not be renewed");
        break;
    default:
        return false;
    }
    const QString key =
        QStringList{EngineEvent::kindName(event.kind), event.subject, event.args.join(QLatin1Char('|'))}.join(
            QLatin1Char('\n'));
    if (m_notifiedEvents.contains(key))
        return false;
    m_notifiedEvents.insert(key);
    const QString message = EventText::message(event);
    if (QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
    Q_EMIT notified(title, message);
    return true;
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
    m_startAction->setText(tr("Start engine"));
    m_stopAction->setText(tr("Stop engine"));
    m_quitAction->setText(tr("Quit Portico"));
    refresh();
}

void TrayIcon::refresh()
{
    const EngineController& engine = m_session.engine();
    const EngineState state = engine.state();
    m_startAction->setEnabled(state == EngineState::Stopped);
    m_stopAction->setEnabled(state == EngineState::Running);

    QStringList endpoints;
    for (const BoundListener& listener : engine.listeners())
        endpoints << listener.endpoint();
    QString tip = tr("Portico: %1").arg(StateText::name(state));
    if (!endpoints.isEmpty())
        tip += QLatin1Char('\n') + tr("Listening on %1").arg(endpoints.join(QStringLiteral(", ")));
    else if (!m_session.startErrors().isEmpty())
        tip += QLatin1Char('\n') + tr("The engine could not start");
    m_icon->setToolTip(tip);
}

} // namespace Portico
