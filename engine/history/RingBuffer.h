// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Portico {

// A FIFO of at most capacity items: pushing onto a full one drops the oldest. Storage grows with use
// up to capacity and never beyond, so a history that runs for months holds as much as one that ran
// for the length of its tiers.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 0)
        : m_capacity(capacity)
    {}

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Bytes held for items, for the memory-bound tests and docs.
    qsizetype storageBytes() const { return qsizetype(m_items.capacity() * sizeof(T)); }

    // 0 is the oldest.
    const T& at(qsizetype index) const { return m_items[slot(index)]; }
    T& operator[](qsizetype index) { return m_items[slot(index)]; }
    const T& first() const { return at(0); }
    const T& last() const { return at(m_size - 1); }
    T& last() { return (*this)[m_size - 1]; }

    void push(const T& item)
    {
        if (m_capacity <= 0)
            return;
        if (m_size < qsizetype(m_items.size())) {
            m_items[slot(m_size)] = item;
            ++m_size;
            return;
        }
        if (qsizetype(m_items.size()) < m_capacity) {
            // Full storage below capacity: make it linear, then grow it (never past capacity).
            std::rotate(m_items.begin(), m_items.begin() + m_head, m_items.end());
            m_head = 0;
            if (m_items.size() == m_items.capacity())
                m_items.reserve(size_t(std::min<qsizetype>(m_capacity, std::max<qsizetype>(64, m_size * 2))));
            m_items.push_back(item);
            ++m_size;
            return;
        }
        m_items[size_t(m_head)] = item;
        m_head = (m_head + 1) % m_size;
    }

    void popFirst()
    {
        if (m_size == 0)
            return;
        m_head = (m_head + 1) % qsizetype(m_items.size());
        --m_size;
    }

    void clear()
    {
        std::vector<T>().swap(m_items);
        m_head = 0;
        m_size = 0;
    }

private:
    size_t slot(qsizetype index) const { return size_t((m_head + index) % qsizetype(m_items.size())); }

    qsizetype m_capacity = 0;
    std::vector<T> m_items;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
};

} // namespace Portico
