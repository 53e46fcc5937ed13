// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ByteBuffer.h"

#include <cstring>

namespace Portico {

ByteBuffer::ByteBuffer(qsizetype capacity)
    : m_storage(new char[static_cast<size_t>(capacity)])
    , m_capacity(capacity)
{}

void ByteBuffer::compact()
{
    if (m_begin == 0)
        return;
    const qsizetype length = size();
    if (length > 0)
        std::memmove(m_storage.get(), m_storage.get() + m_begin, static_cast<size_t>(length));
    m_begin = 0;
    m_end = length;
}

char* ByteBuffer::writePointer()
{
    if (m_end == m_capacity)
        compact();
    return m_storage.get() + m_end;
}

qsizetype ByteBuffer::append(QByteArrayView bytes)
{
    if (writableSize() < bytes.size())
        compact();
    const qsizetype count = qMin(bytes.size(), writableSize());
    std::memcpy(m_storage.get() + m_end, bytes.data(), static_cast<size_t>(count));
    m_end += count;
    return count;
}

void ByteBuffer::consume(qsizetype count)
{
    m_begin += qMin(count, size());
    if (m_begin == m_end)
        m_begin = m_end = 0;
}

} // namespace Portico
