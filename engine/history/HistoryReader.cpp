// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryReader.h"

namespace Portico {

HistoryReader::HistoryReader(const QByteArray& data, quint32 formatVersion)
    : m_data(data)
    , m_buffer(&m_data)
    , m_formatVersion(formatVersion)
{
    m_buffer.open(QIODevice::ReadOnly);
    m_stream.setDevice(&m_buffer);
    m_stream.setVersion(QDataStream::Qt_6_4);
    m_stream.setByteOrder(QDataStream::BigEndian);
    m_stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

bool HistoryReader::readCount(qsizetype max, qsizetype minItemBytes, qsizetype& count)
{
    quint32 raw = 0;
    if (!read(raw))
        return false;
    if (qsizetype(raw) > max)
        return fail(QStringLiteral("a list of %1 items where at most %2 are possible").arg(raw).arg(max));
    if (qint64(raw) * qMax<qint64>(minItemBytes, 1) > remaining())
        return fail(QStringLiteral("the file ends early"));
    count = qsizetype(raw);
    return true;
}

bool HistoryReader::readString(QString& text, qsizetype maxBytes)
{
    quint32 size = 0;
    if (!read(size))
        return false;
    if (qsizetype(size) > maxBytes)
        return fail(QStringLiteral("a text of %1 bytes where at most %2 are possible").arg(size).arg(maxBytes));
    if (qint64(size) > remaining())
        return fail(QStringLiteral("the file ends early"));
    QByteArray utf8(qsizetype(size), Qt::Uninitialized);
    if (m_stream.readRawData(utf8.data(), int(size)) != int(size))
        return fail(QStringLiteral("the file ends early"));
    text = QString::fromUtf8(utf8);
    return true;
}

bool HistoryReader::fail(const QString& reason)
{
    if (m_ok) {
        m_ok = false;
        m_error = reason;
    }
    return false;
}

} // namespace Portico
