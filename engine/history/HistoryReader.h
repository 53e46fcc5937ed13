// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QString>

namespace Portico {

// Reads what HistoryWriter wrote, distrusting every length: counts and strings are checked against
// a limit and against the bytes left before anything is allocated. The first failure sticks and
// every later read fails too, so parsers may check ok() once per block.
class HistoryReader
{
public:
    // formatVersion: the file's, for fields that later versions added.
    explicit HistoryReader(const QByteArray& data, quint32 formatVersion);

    quint32 formatVersion() const { return m_formatVersion; }

    template<typename T>
    bool read(T& value)
    {
        if (!m_ok)
            return false;
        m_stream >> value;
        if (m_stream.status() != QDataStream::Ok)
            return fail(QStringLiteral("the file ends early"));
        return true;
    }
    // A count of items that take at least minItemBytes each, at most max.
    bool readCount(qsizetype max, qsizetype minItemBytes, qsizetype& count);
    bool readString(QString& text, qsizetype maxBytes = 4096);
    // An enum stored as qint32, checked to lie in [0, last].
    template<typename Enum>
    bool readEnum(Enum& value, Enum last)
    {
        qint32 raw = 0;
        if (!read(raw))
            return false;
        if (raw < 0 || raw > qint32(last))
            return fail(QStringLiteral("an unknown value (%1) in the file").arg(raw));
        value = static_cast<Enum>(raw);
        return true;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_buffer.bytesAvailable() == 0; }
    qint64 remaining() const { return m_buffer.bytesAvailable(); }
    const QString& error() const { return m_error; }
    // Records the reason (the first one wins) and returns false.
    bool fail(const QString& reason);

private:
    QByteArray m_data;
    QBuffer m_buffer;
    QDataStream m_stream;
    bool m_ok = true;
    QString m_error;
    quint32 m_formatVersion;
};

} // namespace Portico
