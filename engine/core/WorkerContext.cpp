// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkerContext.h"

#include <QLocale>
#include <QRandomGenerator>

namespace Portico {

const QByteArray& WorkerContext::httpDate()
{
    const QDateTime now = clock.now();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }
    return m_date;
}

QByteArray WorkerContext::nextRequestId()
{
    if (m_requestIdPrefix.isEmpty()) {
        // A random per-worker prefix keeps IDs unique across workers and restarts without coordination.
        m_requestIdPrefix = QByteArray::number(QRandomGenerator::system()->generate64(), 36).right(10) + '-' +
                            QByteArray::number(workerIndex) + '-';
    }
    return m_requestIdPrefix + QByteArray::number(++m_requestSequence, 36);
}

} // namespace Portico
