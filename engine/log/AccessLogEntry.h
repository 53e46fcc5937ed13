// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>

namespace Portico {

// What the access log says about one request; formatted on the worker, written elsewhere.
class AccessLogEntry
{
public:
    QDateTime time;
    QHostAddress client;
    QByteArray requestId;
    QByteArray method;
    QByteArray target;
    int versionMinor = 1;
    int status = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    QByteArray referer;
    QByteArray userAgent;
    QString site;
    int route = -1;
    QByteArray backend;
    qint64 durationUs = 0;

    // Empty again for the next request, keeping target's buffer so that a pooled entry allocates nothing
    // for it. client stays: resetting a QHostAddress allocates, and every logged request sets it.
    void reset();
    // NCSA combined, followed by Portico's fields: rid= site= route= backend= rt= (seconds).
    QByteArray toCombined() const;
    // One JSON object per line.
    QByteArray toJson() const;
};

} // namespace Portico
