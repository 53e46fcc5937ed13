// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryWriter.h"

#include <QIODevice>

namespace Portico {

HistoryWriter::HistoryWriter()
    : m_stream(&m_data, QIODevice::WriteOnly)
{
    m_stream.setVersion(QDataStream::Qt_6_4);
    m_stream.setByteOrder(QDataStream::BigEndian);
    m_stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

void HistoryWriter::writeCount(qsizetype count)
{
    m_stream << quint32(count);
}

void HistoryWriter::writeString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    m_stream << quint32(utf8.size());
    m_stream.writeRawData(utf8.constData(), int(utf8.size()));
}

} // namespace Portico
