// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/NumberText.h"

#include <QLocale>

namespace Portico {

QString NumberText::count(quint64 value)
{
    return QLocale().toString(value);
}

QString NumberText::bytes(quint64 value)
{
    return QLocale().formattedDataSize(static_cast<qint64>(value), 1);
}

QString NumberText::bytesPerSecond(double value)
{
    //: A transfer rate, e.g. "1.2 KiB/s".
    return tr("%1/s").arg(QLocale().formattedDataSize(qRound64(value), 1));
}

QString NumberText::perSecond(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

QString NumberText::latency(qint64 microseconds)
{
    if (microseconds < 1000)
        return tr("%1 µs").arg(QLocale().toString(microseconds));
    return tr("%1 ms").arg(QLocale().toString(static_cast<double>(microseconds) / 1000.0, 'f', 1));
}

QString NumberText::duration(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return tr("%n second(s)", nullptr, static_cast<int>(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        //: Hours and minutes, e.g. "3 h 05 min".
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%n day(s)", nullptr, static_cast<int>(hours / 24));
}

QString NumberText::milliseconds(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(QLocale().toString(milliseconds));
    if (milliseconds % 1000 == 0)
        return tr("%1 s").arg(QLocale().toString(milliseconds / 1000));
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
}

QString NumberText::eventTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString NumberText::none()
{
    return QStringLiteral("—");
}

} // namespace Portico
