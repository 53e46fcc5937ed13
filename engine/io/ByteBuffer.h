// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

namespace Portico {

// A byte queue for one direction of one connection: bytes are appended at the back and consumed
// from the front without moving memory on every read. Its capacity is fixed at creation, which is
// what bounds a connection's memory whatever the size of the bodies passing through.
class ByteBuffer
{
public:
    explicit ByteBuffer(qsizetype capacity);

    qsizetype size() const { return m_end - m_begin; }
    bool isEmpty() const { return m_begin == m_end; }
    qsizetype capacity() const { return m_capacity; }
    qsizetype freeSpace() const { return m_capacity - size(); }
    bool isFull() const { return freeSpace() == 0; }

    const char* data() const { return m_storage.get() + m_begin; }
    QByteArrayView view() const { return QByteArrayView(data(), size()); }

    // Room at the back for up to freeSpace() bytes (compacting first if needed); commit what was written.
    char* writePointer();
    qsizetype writableSize() const { return m_capacity - m_end; }
    void commit(qsizetype count) { m_end += count; }
    // Copies as much of bytes as fits; returns how many.
    qsizetype append(QByteArrayView bytes);
    void consume(qsizetype count);
    void clear() { m_begin = m_end = 0; }

private:
    void compact();

    std::unique_ptr<char[]> m_storage;
    qsizetype m_capacity;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
};

} // namespace Portico
