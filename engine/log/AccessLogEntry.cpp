// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/AccessLogEntry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Portico {

namespace {

// Quotes and backslashes in client-controlled values would break the line's format.
QByteArray escaped(const QByteArray& value)
{
    if (value.isEmpty())
        return "-";
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            out += "\\x" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

void AccessLogEntry::reset()
{
    time = QDateTime();
    requestId = QByteArray();
    method = QByteArray();
    // A buffer still shared with a copy (the live log's) would be copied by resize(): let it go instead.
    if (target.isDetached())
        target.resize(0);
    else
        target = QByteArray();
    versionMinor = 1;
    status = 0;
    bytesIn = 0;
    bytesOut = 0;
    referer = QByteArray();
    userAgent = QByteArray();
    site = QString();
    route = -1;
    backend = QByteArray();
    durationUs = 0;
}

QByteArray AccessLogEntry::toCombined() const
{
    const QByteArray when =
        QLocale::c().toString(time.toUTC(), QStringLiteral("dd/MMM/yyyy:HH:mm:ss '+0000'")).toLatin1();
    QByteArray line = client.toString().toLatin1() + " - - [" + when + "] \"" + escaped(method) + ' ' +
                      escaped(target) + " HTTP/1." + QByteArray::number(versionMinor) + "\" " +
                      QByteArray::number(status) + ' ' + QByteArray::number(bytesOut) + " \"" + escaped(referer) +
                      "\" \"" + escaped(userAgent) + '"';
    line += " rid=" + requestId + " site=" + (site.isEmpty() ? QByteArray("-") : escaped(site.toUtf8())) +
            " route=" + (route >= 0 ? QByteArray::number(route) : QByteArray("-")) +
            " backend=" + (backend.isEmpty() ? QByteArray("-") : backend) +
            " rt=" + QByteArray::number(static_cast<double>(durationUs) / 1e6, 'f', 6) + '\n';
    return line;
}

QByteArray AccessLogEntry::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("requestId"), QString::fromLatin1(requestId)},
        {QStringLiteral("client"), client.toString()},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("target"), QString::fromLatin1(target)},
        {QStringLiteral("protocol"), QStringLiteral("HTTP/1.%1").arg(versionMinor)},
        {QStringLiteral("status"), status},
        {QStringLiteral("bytesIn"), static_cast<qint64>(bytesIn)},
        {QStringLiteral("bytesOut"), static_cast<qint64>(bytesOut)},
        {QStringLiteral("referer"), QString::fromLatin1(referer)},
        {QStringLiteral("userAgent"), QString::fromLatin1(userAgent)},
        {QStringLiteral("site"), site},
        {QStringLiteral("route"), route},
        {QStringLiteral("backend"), QString::fromLatin1(backend)},
        {QStringLiteral("durationMs"), static_cast<double>(durationUs) / 1000.0},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Portico
