// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/MemoryCache.h"

#include "cache/CachePolicy.h"
#include "cache/CachePurge.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Portico {

namespace {

enum class Segment
{
    Probation,
    Protected,
};

struct Node
{
    std::shared_ptr<const CacheEntry> entry;
    qint64 size = 0;
    quint64 hits = 0;
    Segment segment = Segment::Probation;
    Node* prev = nullptr;
    Node* next = nullptr;
};

// An intrusive list, so that moving a node on a hit allocates nothing. head = most recently used.
struct LruList
{
    Node* head = nullptr;
    Node* tail = nullptr;
    qint64 bytes = 0;

    void pushFront(Node* node)
    {
        node->prev = nullptr;
        node->next = head;
        if (head)
            head->prev = node;
        head = node;
        if (!tail)
            tail = node;
        bytes += node->size;
    }

    void unlink(Node* node)
    {
        if (node->prev)
            node->prev->next = node->next;
        else
            head = node->next;
        if (node->next)
            node->next->prev = node->prev;
        else
            tail = node->prev;
        node->prev = nullptr;
        node->next = nullptr;
        bytes -= node->size;
    }
};

} // namespace

class MemoryCache::Store
{
public:
    qint64 capacity = 0;
    quint64 evictions = 0;
    int entries = 0;
    LruList probation;
    LruList protectedList;
    // Primary key -> its variants (usually one).
    QHash<QByteArray, QList<Node*>> byKey;

    ~Store() { clear(); }

    LruList& listOf(const Node* node) { return node->segment == Segment::Protected ? protectedList : probation; }
    qint64 protectedCapacity() const { return capacity / 5 * 4 + capacity % 5 * 4 / 5; }
    qint64 bytes() const { return probation.bytes + protectedList.bytes; }

    void touch(Node* node)
    {
        listOf(node).unlink(node);
        node->segment = Segment::Protected;
        protectedList.pushFront(node);
        // Overflow of the protected segment gets a second chance on probation instead of leaving at once.
        while (protectedList.bytes > protectedCapacity() && protectedList.tail && protectedList.tail != node) {
            Node* demoted = protectedList.tail;
            protectedList.unlink(demoted);
            demoted->segment = Segment::Probation;
            probation.pushFront(demoted);
        }
    }

    // Unlinks node from its list and its key, and frees it.
    void erase(Node* node)
    {
        listOf(node).unlink(node);
        const auto it = byKey.find(node->entry->key);
        if (it != byKey.end()) {
            it->removeOne(node);
            if (it->isEmpty())
                byKey.erase(it);
        }
        --entries;
        delete node;
    }

    void evictToCapacity()
    {
        while (bytes() > capacity) {
            Node* victim = probation.tail ? probation.tail : protectedList.tail;
            if (!victim)
                break;
            erase(victim);
            ++evictions;
        }
    }

    template<typename Predicate>
    int eraseIf(Predicate predicate)
    {
        int removed = 0;
        for (LruList* list : {&probation, &protectedList}) {
            Node* node = list->head;
            while (node) {
                Node* next = node->next;
                if (predicate(*node->entry)) {
                    erase(node);
                    ++removed;
                }
                node = next;
            }
        }
        return removed;
    }

    void clear()
    {
        for (LruList* list : {&probation, &protectedList}) {
            Node* node = list->head;
            while (node) {
                Node* next = node->next;
                delete node;
                node = next;
            }
            *list = LruList{};
        }
        byKey.clear();
        entries = 0;
    }
};

MemoryCache::MemoryCache(qint64 capacityBytes)
    : m_store(std::make_unique<Store>())
{
    m_store->capacity = std::max<qint64>(0, capacityBytes);
}

MemoryCache::~MemoryCache() = default;

void MemoryCache::setCapacity(qint64 bytes)
{
    m_store->capacity = std::max<qint64>(0, bytes);
    // Entries too large for the new budget follow the same rule as on insert.
    const qint64 maxEntry = m_store->capacity / 8;
    m_store->evictions +=
        quint64(m_store->eraseIf([maxEntry](const CacheEntry& entry) { return entry.sizeBytes() > maxEntry; }));
    while (m_store->protectedList.bytes > m_store->protectedCapacity() && m_store->protectedList.tail) {
        Node* demoted = m_store->protectedList.tail;
        m_store->protectedList.unlink(demoted);
        demoted->segment = Segment::Probation;
        m_store->probation.pushFront(demoted);
    }
    m_store->evictToCapacity();
}

qint64 MemoryCache::capacity() const
{
    return m_store->capacity;
}

std::shared_ptr<const CacheEntry> MemoryCache::find(const QByteArray& key,
                                                    const std::function<bool(const CacheEntry&)>& matches)
{
    const auto it = std::as_const(m_store->byKey).constFind(key);
    if (it == m_store->byKey.cend())
        return nullptr;
    for (Node* node : *it) {
        if (!matches || matches(*node->entry)) {
            ++node->hits;
            m_store->touch(node);
            return node->entry;
        }
    }
    return nullptr;
}

bool MemoryCache::containsKey(const QByteArray& key) const
{
    return m_store->byKey.contains(key);
}

bool MemoryCache::insert(std::shared_ptr<const CacheEntry> entry)
{
    if (!entry)
        return false;
    Store& store = *m_store;
    Segment segment = Segment::Probation;
    auto it = store.byKey.find(entry->key);
    if (it != store.byKey.end()) {
        for (Node* node : std::as_const(*it)) {
            if (node->entry->varyValues == entry->varyValues) {
                // The replaced variant was in use: its successor keeps its place among the protected.
                segment = node->segment;
                store.erase(node);
                break;
            }
        }
    }
    const qint64 size = entry->sizeBytes();
    if (size > store.capacity / 8)
        return false;

    auto* node = new Node;
    node->entry = std::move(entry);
    node->size = size;
    node->segment = segment;
    store.listOf(node).pushFront(node);
    store.byKey[node->entry->key].append(node);
    ++store.entries;
    if (segment == Segment::Protected)
        store.touch(node);
    store.evictToCapacity();
    return true;
}

int MemoryCache::remove(const QByteArray& key)
{
    const auto it = m_store->byKey.constFind(key);
    if (it == m_store->byKey.cend())
        return 0;
    const QList<Node*> nodes = *it;
    for (Node* node : nodes)
        m_store->erase(node);
    return int(nodes.size());
}

int MemoryCache::purge(const CachePurge& purge)
{
    return m_store->eraseIf([&purge](const CacheEntry& entry) { return purge.matches(entry); });
}

void MemoryCache::clear()
{
    m_store->clear();
}

qint64 MemoryCache::sizeBytes() const
{
    return m_store->bytes();
}

int MemoryCache::entryCount() const
{
    return m_store->entries;
}

quint64 MemoryCache::evictions() const
{
    return m_store->evictions;
}

QList<CachedPathStat> MemoryCache::topEntries(int count, qint64 nowMs) const
{
    if (count <= 0)
        return {};
    std::vector<const Node*> nodes;
    nodes.reserve(std::size_t(m_store->entries));
    for (const LruList* list : {&m_store->protectedList, &m_store->probation})
        for (const Node* node = list->head; node; node = node->next)
            nodes.push_back(node);
    // Ties go to the more recently used: protected before probation, head before tail (stable sort).
    const auto byHits = [](const Node* a, const Node* b) {
        return a->hits > b->hits;
    };
    std::stable_sort(nodes.begin(), nodes.end(), byHits);
    if (nodes.size() > std::size_t(count))
        nodes.resize(std::size_t(count));

    QList<CachedPathStat> result;
    result.reserve(qsizetype(nodes.size()));
    for (const Node* node : nodes) {
        CachedPathStat stat;
        stat.site = node->entry->site;
        stat.path = node->entry->path;
        stat.hits = node->hits;
        stat.bytes = node->size;
        const qint64 remaining = CachePolicy::remainingMs(*node->entry, nowMs);
        // Whole seconds, rounded down so that an entry stale by a millisecond already shows as negative.
        stat.ttlSeconds = remaining >= 0 ? remaining / 1000 : -((-remaining + 999) / 1000);
        result.append(stat);
    }
    return result;
}

} // namespace Portico
