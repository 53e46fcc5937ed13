// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Portico {

class EngineEvent;
class EngineSession;

// Portico in the system tray: the engine state in the tooltip and a menu to open the window,
// start or stop the engine and quit. Create it only when QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(EngineSession& session, QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    void hide();
    // Tells the user, once per run, that the window went to the tray and Portico keeps running.
    void notifyHiddenToTray();
    // A warning balloon for a certificate about to expire, expired or not renewed; once per event (the same
    // event seen again, say replayed by the log, stays quiet). True if this event made a notification.
    bool notifyEvent(const EngineEvent& event);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // A notification was shown (or would have been, where the tray cannot show messages).
    void notified(const QString& title, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void refresh();

    EngineSession& m_session;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    QAction* m_openAction;
    QAction* m_startAction;
    QAction* m_stopAction;
    QAction* m_quitAction;
    bool m_hiddenNoticeShown = false;
    QSet<QString> m_notifiedEvents;
};

} // namespace Portico
