// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace Portico {

// What the workers saw in about one second, for the top lists: requests per path (query string
// cut off), per client address, per status code and per site. Each worker keeps at most
// keyLimit distinct keys per list and counts the rest in the "other" fields.
class RequestTally
{
public:
    static constexpr int keyLimit = 256;

    qint64 timeMs = 0;
    quint64 requests = 0;
    QHash<QString, quint64> paths;
    QHash<QString, quint64> clients;
    QHash<int, quint64> statuses;
    QHash<QString, quint64> sites;
    quint64 otherPaths = 0;
    quint64 otherClients = 0;

    bool isEmpty() const { return requests == 0; }
    // Adds another tally (another worker's); keys beyond keyLimit land in "other".
    void merge(const RequestTally& other);
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::RequestTally)
