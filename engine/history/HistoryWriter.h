// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QString>

namespace Portico {

// Writes the body of a history file: QDataStream numbers (big-endian, doubles as 64 bit) and
// length-prefixed UTF-8 strings that HistoryReader can read back without trusting the length.
class HistoryWriter
{
public:
    HistoryWriter();

    template<typename T>
    void write(T value)
    {
        m_stream << value;
    }
    void writeCount(qsizetype count);
    void writeString(const QString& text);

    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
    QDataStream m_stream;
};

} // namespace Portico
