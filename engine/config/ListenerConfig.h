// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

enum class ListenerProtocol
{
    Http,
    Https,
};

// An address and port Portico accepts connections on.
class ListenerConfig
{
public:
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    ListenerProtocol protocol = ListenerProtocol::Http;

    // "127.0.0.1:8080", "[::1]:8080"
    QString endpoint() const;

    static ListenerConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const ListenerConfig&) const = default;

    static QString protocolName(ListenerProtocol protocol);
};

} // namespace Portico
