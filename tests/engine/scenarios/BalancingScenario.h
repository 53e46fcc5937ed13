// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpClient.h"

#include "controller/EngineController.h"

#include <QList>
#include <QSignalSpy>

namespace Portico::Test {

// What the load-balancing scenarios share: a config on one worker (so that orders and shares are
// exact), backends named by the X-Backend field TestBackend adds, and events and stats by backend.
class BalancingScenario
{
public:
    // ProxyScenario's default site on one worker; its pool is "app".
    static Config config(const QList<quint16>& backendPorts);
    // A loopback port with no listener: connecting to it is refused.
    static quint16 closedPort();
    // How events name a backend: "app/127.0.0.1:PORT".
    static QString subject(quint16 port, const QString& pool = QStringLiteral("app"));
    // The backend's host:port key as the route tester names it.
    static QString key(quint16 port);
    // The events of that kind (and subject, unless empty) the spy on eventOccurred has seen.
    static QList<EngineEvent> events(const QSignalSpy& spy, EngineEventKind kind, const QString& subject = QString());
    // The backend's entry in the snapshot; port 0 when it has none.
    static BackendStats backend(const StatsSnapshot& snapshot, quint16 port);
    // One request on the client's keep-alive connection; the name of the backend that answered, or
    // "<status>" when the answer did not come from a backend, "<none>" when none came.
    static QByteArray ask(HttpClient& client, const QByteArray& path = "/", const QByteArray& fields = QByteArray());
    // How many of the names are name.
    static int count(const QByteArrayList& names, const QByteArray& name);
};

} // namespace Portico::Test
