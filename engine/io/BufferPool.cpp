// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/BufferPool.h"

namespace Portico {

BufferPool::BufferPool(qsizetype bufferSize, int maxSpare)
    : m_bufferSize(bufferSize)
    , m_maxSpare(maxSpare)
{}

std::unique_ptr<ByteBuffer> BufferPool::take()
{
    if (m_spare.empty())
        return std::make_unique<ByteBuffer>(m_bufferSize);
    std::unique_ptr<ByteBuffer> buffer = std::move(m_spare.back());
    m_spare.pop_back();
    return buffer;
}

void BufferPool::give(std::unique_ptr<ByteBuffer> buffer)
{
    if (!buffer || buffer->capacity() != m_bufferSize || static_cast<int>(m_spare.size()) >= m_maxSpare)
        return;
    buffer->clear();
    m_spare.push_back(std::move(buffer));
}

} // namespace Portico
