// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ByteBuffer.h"

#include <memory>
#include <vector>

namespace Portico {

// One worker's spare buffers. A connection holds buffers only while it has bytes in flight and
// gives them back when it goes idle, so an idle keep-alive connection costs almost nothing and a
// busy worker allocates nothing per request.
class BufferPool
{
public:
    explicit BufferPool(qsizetype bufferSize, int maxSpare = 256);

    std::unique_ptr<ByteBuffer> take();
    void give(std::unique_ptr<ByteBuffer> buffer);
    qsizetype bufferSize() const { return m_bufferSize; }

private:
    qsizetype m_bufferSize;
    int m_maxSpare;
    std::vector<std::unique_ptr<ByteBuffer>> m_spare;
};

} // namespace Portico
