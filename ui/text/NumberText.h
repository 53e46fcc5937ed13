// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace Portico {

// Figures and times formatted for the user's language (QLocale's default, set with the UI language).
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::NumberText)

public:
    static QString count(quint64 value);
    static QString bytes(quint64 value);
    static QString bytesPerSecond(double value);
    static QString perSecond(double value);
    // Microseconds as "850 µs" or "12.4 ms".
    static QString latency(qint64 microseconds);
    static QString duration(qint64 milliseconds);
    // A short span as "850 ms" or "2.5 s" (check times, timeouts).
    static QString milliseconds(qint64 milliseconds);
    // Local time of day; views show the full date in tooltips.
    static QString eventTime(const QDateTime& time);
    // Placeholder for a figure that does not exist yet.
    static QString none();
};

} // namespace Portico
