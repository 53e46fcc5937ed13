// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"

#include "ProxyScenario.h"

#include <QTcpServer>

namespace Portico::Test {

Config BalancingScenario::config(const QList<quint16>& backendPorts)
{
    return ProxyScenario::config(backendPorts, 1);
}

quint16 BalancingScenario::closedPort()
{
    // A port that was free a moment ago and has no listener now.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString BalancingScenario::subject(quint16 port, const QString& pool)
{
    return pool + QLatin1Char('/') + key(port);
}

QString BalancingScenario::key(quint16 port)
{
    return QStringLiteral("127.0.0.1:") + QString::number(port);
}

QList<EngineEvent> BalancingScenario::events(const QSignalSpy& spy, EngineEventKind kind, const QString& subject)
{
    QList<EngineEvent> found;
    for (const QList<QVariant>& arguments : spy) {
        const EngineEvent event = arguments.value(0).value<EngineEvent>();
        if (event.kind == kind && (subject.isEmpty() || event.subject == subject))
            found.append(event);
    }
    return found;
}

BackendStats BalancingScenario::backend(const StatsSnapshot& snapshot, quint16 port)
{
    for (const BackendStats& stats : snapshot.backends) {
        if (stats.port == port)
            return stats;
    }
    BackendStats none;
    none.port = 0;
    return none;
}

QByteArray BalancingScenario::ask(HttpClient& client, const QByteArray& path, const QByteArray& fields)
{
    client.send("GET " + path + " HTTP/1.1\r\nHost: app.lan\r\n" + fields + (fields.isEmpty() ? "" : "\r\n") + "\r\n");
    const HttpResponse response = client.readResponse();
    if (!response.valid)
        return "<none>";
    const QByteArray name = response.header("X-Backend");
    return name.isEmpty() ? '<' + QByteArray::number(response.status) + '>' : name;
}

int BalancingScenario::count(const QByteArrayList& names, const QByteArray& name)
{
    return static_cast<int>(std::count(names.begin(), names.end(), name));
}

} // namespace Portico::Test
