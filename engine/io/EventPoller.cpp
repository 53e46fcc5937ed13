// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/EventPoller.h"

#include "core/Logging.h"
#include "io/IoHandler.h"

#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/epoll.h>
#include <unistd.h>
#endif

namespace Portico {

namespace {

constexpr int maxEventsPerRound = 256;

} // namespace

EventPoller::EventPoller(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll >= 0) {
        m_epollNotifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
        connect(m_epollNotifier, &QSocketNotifier::activated, this, &EventPoller::dispatch);
    } else {
        qCWarning(lcEngine) << "epoll unavailable, falling back to one notifier per socket";
    }
#endif
}

EventPoller::~EventPoller()
{
    reap();
#ifdef Q_OS_LINUX
    if (m_epoll >= 0)
        ::close(m_epoll);
#endif
}

bool EventPoller::add(qintptr descriptor, IoHandler* handler, bool wantRead, bool wantWrite)
{
#ifdef Q_OS_LINUX
    if (m_epoll >= 0) {
        epoll_event event{};
        event.events = (wantRead ? EPOLLIN | EPOLLRDHUP : 0u) | (wantWrite ? EPOLLOUT : 0u);
        event.data.ptr = handler;
        return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, static_cast<int>(descriptor), &event) == 0;
    }
#endif
    Watch watch;
    watch.handler = handler;
    watch.read = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    watch.write = new QSocketNotifier(descriptor, QSocketNotifier::Write, this);
    connect(watch.read, &QSocketNotifier::activated, this, [this, descriptor] { onNotifier(descriptor, true, false); });
    connect(watch.write, &QSocketNotifier::activated, this,
            [this, descriptor] { onNotifier(descriptor, false, true); });
    watch.read->setEnabled(wantRead);
    watch.write->setEnabled(wantWrite);
    m_watches.insert(descriptor, watch);
    return true;
}

void EventPoller::update(qintptr descriptor, IoHandler* handler, bool wantRead, bool wantWrite)
{
#ifdef Q_OS_LINUX
    if (m_epoll >= 0) {
        epoll_event event{};
        event.events = (wantRead ? EPOLLIN | EPOLLRDHUP : 0u) | (wantWrite ? EPOLLOUT : 0u);
        event.data.ptr = handler;
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, static_cast<int>(descriptor), &event);
        return;
    }
#endif
    Q_UNUSED(handler)
    const auto it = m_watches.constFind(descriptor);
    if (it == m_watches.constEnd())
        return;
    it->read->setEnabled(wantRead);
    it->write->setEnabled(wantWrite);
}

void EventPoller::remove(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    if (m_epoll >= 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, static_cast<int>(descriptor), nullptr);
        return;
    }
#endif
    const Watch watch = m_watches.take(descriptor);
    delete watch.read;
    delete watch.write;
}

void EventPoller::deleteLater(IoHandler* handler)
{
    m_graveyard.push_back(handler);
    if (!m_reapScheduled) {
        m_reapScheduled = true;
        QTimer::singleShot(0, this, &EventPoller::reap);
    }
}

void EventPoller::reap()
{
    m_reapScheduled = false;
    std::vector<IoHandler*> dead;
    dead.swap(m_graveyard);
    for (IoHandler* handler : dead)
        delete handler;
}

void EventPoller::dispatch()
{
#ifdef Q_OS_LINUX
    epoll_event events[maxEventsPerRound];
    const int count = ::epoll_wait(m_epoll, events, maxEventsPerRound, 0);
    for (int i = 0; i < count; ++i) {
        auto* handler = static_cast<IoHandler*>(events[i].data.ptr);
        const quint32 flags = events[i].events;
        handler->onIoEvent(flags & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR), flags & EPOLLOUT,
                           flags & (EPOLLHUP | EPOLLERR));
    }
#endif
}

void EventPoller::onNotifier(qintptr descriptor, bool readable, bool writable)
{
    const auto it = m_watches.constFind(descriptor);
    if (it == m_watches.constEnd())
        return;
    it->handler->onIoEvent(readable, writable, false);
}

} // namespace Portico
