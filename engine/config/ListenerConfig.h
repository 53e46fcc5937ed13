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
    ListenerConfig() = default;
    ListenerConfig(QString address, quint16 port, ListenerProtocol protocol = ListenerProtocol::Http);

    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    ListenerProtocol protocol = ListenerProtocol::Http;
    // HTTPS only: the certificate for clients that send no name or one no site has a certificate for; a store
    // entry, or files. Without either, the first site's certificate is the default.
    QString certificate;
    QString certificateFile;
    QString keyFile;

    // "127.0.0.1:8080", "[::1]:8080"
    QString endpoint() const;

    static ListenerConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const ListenerConfig&) const = default;

    static QString protocolName(ListenerProtocol protocol);
};

} // namespace Portico
