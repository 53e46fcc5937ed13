// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/RequestTally.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Portico {

// One worker's count of finished requests for the top lists, handed over once a second as a
// RequestTally. Keys stay bytes here so that counting a path or client seen before allocates nothing.
class WorkerTally
{
public:
    static constexpr qsizetype maxPathLength = 200;

    // target: the request-target as received, empty when the request could not be parsed.
    // site: empty when no site took the request.
    void count(QByteArrayView target, const QByteArray& client, int status, const QString& site);
    bool isEmpty() const { return m_requests == 0; }
    // What was counted since the last call; starts afresh.
    RequestTally take();

    // The path of a target: no scheme and authority (absolute-form), no query, at most maxPathLength bytes.
    static QByteArrayView pathOf(QByteArrayView target);

private:
    quint64 m_requests = 0;
    QHash<QByteArray, quint64> m_paths;
    QHash<QByteArray, quint64> m_clients;
    QHash<int, quint64> m_statuses;
    QHash<QString, quint64> m_sites;
    quint64 m_otherPaths = 0;
    quint64 m_otherClients = 0;
};

} // namespace Portico
