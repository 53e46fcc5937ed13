// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/OverallStatus.h"
#include "controller/EngineState.h"
#include "stats/StatsSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Portico {

class EngineEvent;
class EngineSession;

// Portico in the system tray: a coloured dot on the icon and the tooltip say how the sites are doing, balloons
// tell about servers going down or coming back and about certificates, and the menu opens the window, pauses
// or resumes the engine and quits. Create it only when QSystemTrayIcon::isSystemTrayAvailable() (tests may
// create it anyway: it then only emits notified()).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // Grey, green, amber, red.
    using Status = OverallHealth;

    // A burst of server notifications within this time becomes one balloon.
    static constexpr int burstMs = 1500;
    // The same server or site is notified at most once in this time (by the events' own times).
    static constexpr qint64 repeatIntervalMs = 60'000;
    // How long a warning event keeps the icon amber.
    static constexpr qint64 recentWarningMs = 5 * 60'000;

    explicit TrayIcon(EngineSession& session, QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    void hide();
    // Tells the user, once per run, that the window went to the tray and Portico keeps running.
    void notifyHiddenToTray();
    // Certificates (expiring, expired, renewal failed): a warning balloon at once, once per event (the same event
    // seen again, say replayed by the log, stays quiet). Servers and sites (down, taken out, back): queued,
    // rate-limited and sent as one balloon per burst. True if this event made or queued a notification.
    bool notifyEvent(const EngineEvent& event);

    Status status() const { return m_status; }
    // The first line of the tooltip, e.g. "Portico: running, 2 servers are down".
    QString statusText() const { return m_statusText; }
    QString toolTip() const;
    QIcon icon() const;
    QMenu* menu() const { return m_menu; }

    // The status for these facts: pools without a server in rotation make it Failing, a server down or taken
    // out (or a recent warning) Degraded. poolsDown and serversDown, when given, get the details for the wording.
    static Status statusFor(EngineState state, bool startFailed, const QList<BackendStats>& backends,
                            bool recentWarning, QStringList* poolsDown = nullptr, int* serversDown = nullptr);
    static QColor statusColor(Status status);
    // Where the status dot is drawn on an icon of size x size pixels.
    static QRectF badgeRect(int size);
    // The application icon with the status dot.
    static QIcon makeIcon(Status status);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // A notification was shown (or would have been, where the tray cannot show messages).
    void notified(const QString& title, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Category
    {
        SiteDown,
        ServerDown,
        SiteBack,
        ServerBack,
    };
    struct Pending
    {
        Category category;
        QString name;
        QString detail;
        // A pool serving several sites names them all.
        bool plural = false;
    };

    void retranslate();
    void refresh();
    void onStats(const StatsSnapshot& snapshot);
    void onEvent(const EngineEvent& event);
    bool queueServerEvent(const EngineEvent& event);
    void flushPending();
    void showNotification(const QString& title, const QString& message, bool warning);
    void togglePause();
    // The sites that send requests to pool, or the pool's name when none does.
    QStringList sitesOfPool(const QString& pool) const;

    EngineSession& m_session;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    QAction* m_statusAction;
    QAction* m_openAction;
    QAction* m_pauseAction;
    QAction* m_quitAction;
    QTimer* m_burstTimer;
    bool m_hiddenNoticeShown = false;
    QSet<QString> m_notifiedEvents;

    StatsSnapshot m_stats;
    bool m_haveStats = false;
    QDateTime m_lastWarning;
    QString m_lastWarningText;
    Status m_status = Status::Stopped;
    QString m_statusText;
    bool m_iconDrawn = false;

    QList<Pending> m_pending;
    // When each "category + subject" was last notified, by event time.
    QHash<QString, QDateTime> m_lastNotified;
    // Servers and pools whose going down was notified: only those get a "back" notification.
    QSet<QString> m_downNotified;
};

} // namespace Portico
