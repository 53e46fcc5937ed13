// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ListenerConfig.h"

#include "config/JsonReader.h"

#include <QHostAddress>

namespace Portico {

ListenerConfig::ListenerConfig(QString address, quint16 port, ListenerProtocol protocol)
    : address(std::move(address))
    , port(port)
    , protocol(protocol)
{}

QString ListenerConfig::endpoint() const
{
    if (address.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

ListenerConfig ListenerConfig::read(JsonReader& reader)
{
    ListenerConfig listener;
    listener.address = reader.string(QStringLiteral("address"), listener.address);
    // QHostAddress ignores surrounding spaces, but the address is shown and compared as written.
    QHostAddress parsed;
    if (!parsed.setAddress(listener.address) || listener.address.trimmed() != listener.address)
        reader.addError(ConfigErrorCode::InvalidAddress, QStringLiteral("address"), {listener.address});
    // Port 0 asks the system for any free port: useful for tests and throwaway setups.
    listener.port = static_cast<quint16>(reader.integer(QStringLiteral("port"), 0, 0, 65535, true));
    listener.protocol = reader.choice(QStringLiteral("protocol"), ListenerProtocol::Http,
                                      {{"http", ListenerProtocol::Http}, {"https", ListenerProtocol::Https}});
    if (listener.protocol == ListenerProtocol::Https) {
        listener.certificate = reader.string(QStringLiteral("certificate"), listener.certificate);
        if (listener.certificate.isEmpty() ||
            !reader.notAllowed(QStringLiteral("certificateFile"), QStringLiteral("certificate"), listener.certificate))
            listener.certificateFile = reader.string(QStringLiteral("certificateFile"), listener.certificateFile);
        if (!listener.certificateFile.isEmpty())
            listener.keyFile = reader.string(QStringLiteral("keyFile"), listener.keyFile);
        else
            reader.notAllowed(QStringLiteral("keyFile"), QStringLiteral("certificateFile"), QString());
    } else {
        const QString http = protocolName(listener.protocol);
        for (const char* key : {"certificate", "certificateFile", "keyFile"})
            reader.notAllowed(QLatin1String(key), QStringLiteral("protocol"), http);
    }
    return listener;
}

QJsonObject ListenerConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("address"), address},
                     {QStringLiteral("port"), port},
                     {QStringLiteral("protocol"), protocolName(protocol)}};
    if (!certificate.isEmpty())
        json.insert(QStringLiteral("certificate"), certificate);
    if (!certificateFile.isEmpty())
        json.insert(QStringLiteral("certificateFile"), certificateFile);
    if (!keyFile.isEmpty())
        json.insert(QStringLiteral("keyFile"), keyFile);
    return json;
}

QString ListenerConfig::protocolName(ListenerProtocol protocol)
{
    return protocol == ListenerProtocol::Https ? QStringLiteral("https") : QStringLiteral("http");
}

} // namespace Portico
