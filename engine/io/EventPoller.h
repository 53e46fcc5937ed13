// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <vector>

class QSocketNotifier;

namespace Portico {

class IoHandler;

// Readiness of many sockets for one worker's event loop. On Linux it is one epoll instance whose own
// descriptor sits in Qt's event dispatcher: Qt polls one descriptor however many connections the
// worker holds, and epoll hands back only the sockets that are ready. Elsewhere (not yet verified)
// it falls back to a QSocketNotifier per socket. Level-triggered: a handler that stops wanting reads
// (backpressure) says so with update().
//
// Handlers are deleted through deleteLater(), after the current round of events, so an event still
// queued in the round never reaches freed memory; a handler that removed itself ignores such events.
class EventPoller : public QObject
{
    Q_OBJECT

public:
    explicit EventPoller(QObject* parent = nullptr);
    ~EventPoller() override;

    bool add(qintptr descriptor, IoHandler* handler, bool wantRead, bool wantWrite);
    void update(qintptr descriptor, IoHandler* handler, bool wantRead, bool wantWrite);
    void remove(qintptr descriptor);
    void deleteLater(IoHandler* handler);

private:
    void dispatch();
    void onNotifier(qintptr descriptor, bool readable, bool writable);
    void reap();

    int m_epoll = -1;
    QSocketNotifier* m_epollNotifier = nullptr;
    std::vector<IoHandler*> m_graveyard;
    bool m_reapScheduled = false;
    // Fallback only: descriptor -> its handler and notifiers.
    struct Watch
    {
        IoHandler* handler = nullptr;
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };
    QHash<qintptr, Watch> m_watches;
};

} // namespace Portico
