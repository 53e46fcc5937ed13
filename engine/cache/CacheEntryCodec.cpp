// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntryCodec.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace Portico {

namespace {

constexpr char kMagic[4] = {'P', 'C', 'E', '1'};
constexpr quint32 kVersion = 1;
constexpr qsizetype kCrcBytes = 4;

enum Flag : quint8
{
    Heuristic = 1,
    Overridden = 2,
    MustRevalidate = 4,
    NoCache = 8,
};

quint32 crc32Of(QByteArrayView bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto* data = reinterpret_cast<const Bytef*>(bytes.data());
    qsizetype left = bytes.size();
    // zlib takes uInt lengths: feed large bodies in pieces.
    while (left > 0) {
        const auto piece = static_cast<uInt>(std::min<qsizetype>(left, std::numeric_limits<uInt>::max() / 2));
        crc = crc32(crc, data, piece);
        data += piece;
        left -= piece;
    }
    return static_cast<quint32>(crc);
}

class Writer
{
public:
    QByteArray out;

    void u8(quint8 value) { out.append(static_cast<char>(value)); }
    void u32(quint32 value)
    {
        char buffer[4];
        qToLittleEndian(value, buffer);
        out.append(buffer, 4);
    }
    void i64(qint64 value)
    {
        char buffer[8];
        qToLittleEndian(value, buffer);
        out.append(buffer, 8);
    }
    void bytes(QByteArrayView value)
    {
        u32(static_cast<quint32>(value.size()));
        out.append(value.data(), value.size());
    }
    void list(const QList<QByteArray>& values)
    {
        u32(static_cast<quint32>(values.size()));
        for (const QByteArray& value : values)
            bytes(value);
    }
};

// Every read checks the bytes left first, so a length field can never make it read (or allocate) past the end.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }

    quint8 u8()
    {
        if (!need(1))
            return 0;
        return static_cast<quint8>(m_bytes[m_pos++]);
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const auto value = qFromLittleEndian<quint32>(m_bytes.data() + m_pos);
        m_pos += 4;
        return value;
    }
    qint64 i64()
    {
        if (!need(8))
            return 0;
        const auto value = qFromLittleEndian<qint64>(m_bytes.data() + m_pos);
        m_pos += 8;
        return value;
    }
    QByteArray bytes()
    {
        const quint32 size = u32();
        if (!need(size))
            return {};
        QByteArray value(m_bytes.data() + m_pos, static_cast<qsizetype>(size));
        m_pos += static_cast<qsizetype>(size);
        return value;
    }
    QList<QByteArray> list()
    {
        const quint32 count = u32();
        // Each element takes at least its four length bytes.
        if (!need(static_cast<qint64>(count) * 4))
            return {};
        QList<QByteArray> values;
        values.reserve(static_cast<qsizetype>(count));
        for (quint32 i = 0; i < count && m_ok; ++i)
            values.append(bytes());
        return values;
    }
    // Pairs of length-prefixed strings: at least eight bytes each.
    QList<QPair<QByteArray, QByteArray>> pairs()
    {
        const quint32 count = u32();
        if (!need(static_cast<qint64>(count) * 8))
            return {};
        QList<QPair<QByteArray, QByteArray>> values;
        values.reserve(static_cast<qsizetype>(count));
        for (quint32 i = 0; i < count && m_ok; ++i) {
            QByteArray name = bytes();
            QByteArray value = bytes();
            values.append({std::move(name), std::move(value)});
        }
        return values;
    }

private:
    bool need(qint64 count)
    {
        if (!m_ok || count > m_bytes.size() - m_pos) {
            m_ok = false;
            return false;
        }
        return true;
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QByteArray CacheEntryCodec::encode(const CacheEntry& entry)
{
    Writer writer;
    writer.out.reserve(entry.body.size() + 512);
    writer.out.append(kMagic, 4);
    writer.u32(kVersion);
    // The fields the disk index needs come first.
    writer.bytes(entry.key);
    writer.list(entry.varyNames);
    writer.list(entry.varyValues);
    writer.bytes(entry.site.toUtf8());
    writer.bytes(entry.path);
    writer.u32(static_cast<quint32>(entry.status));
    writer.bytes(entry.reason);
    writer.u32(static_cast<quint32>(entry.headers.size()));
    for (const auto& [name, value] : entry.headers) {
        writer.bytes(name);
        writer.bytes(value);
    }
    writer.bytes(entry.contentEncoding);
    writer.i64(entry.requestTimeMs);
    writer.i64(entry.responseTimeMs);
    writer.i64(entry.dateMs);
    writer.i64(entry.ageSeconds);
    writer.i64(entry.freshnessLifetimeMs);
    writer.i64(entry.staleWhileRevalidateMs);
    writer.i64(entry.staleIfErrorMs);
    quint8 flags = 0;
    if (entry.heuristic)
        flags |= Heuristic;
    if (entry.overridden)
        flags |= Overridden;
    if (entry.mustRevalidate)
        flags |= MustRevalidate;
    if (entry.noCache)
        flags |= NoCache;
    writer.u8(flags);
    writer.bytes(entry.etag);
    writer.bytes(entry.lastModified);
    writer.u32(static_cast<quint32>(entry.ruleIndex));
    writer.bytes(entry.body);
    writer.u32(crc32Of(writer.out));
    return writer.out;
}

std::optional<CacheEntry> CacheEntryCodec::decode(QByteArrayView bytes)
{
    if (bytes.size() < 8 + kCrcBytes || bytes.first(4) != QByteArrayView(kMagic, 4))
        return std::nullopt;
    const QByteArrayView content = bytes.first(bytes.size() - kCrcBytes);
    if (qFromLittleEndian<quint32>(bytes.data() + content.size()) != crc32Of(content))
        return std::nullopt;

    Reader reader(content.sliced(4));
    if (reader.u32() != kVersion)
        return std::nullopt;
    CacheEntry entry;
    entry.key = reader.bytes();
    entry.varyNames = reader.list();
    entry.varyValues = reader.list();
    entry.site = QString::fromUtf8(reader.bytes());
    entry.path = reader.bytes();
    entry.status = static_cast<int>(reader.u32());
    entry.reason = reader.bytes();
    entry.headers = reader.pairs();
    entry.contentEncoding = reader.bytes();
    entry.requestTimeMs = reader.i64();
    entry.responseTimeMs = reader.i64();
    entry.dateMs = reader.i64();
    entry.ageSeconds = reader.i64();
    entry.freshnessLifetimeMs = reader.i64();
    entry.staleWhileRevalidateMs = reader.i64();
    entry.staleIfErrorMs = reader.i64();
    const quint8 flags = reader.u8();
    entry.heuristic = flags & Heuristic;
    entry.overridden = flags & Overridden;
    entry.mustRevalidate = flags & MustRevalidate;
    entry.noCache = flags & NoCache;
    entry.etag = reader.bytes();
    entry.lastModified = reader.bytes();
    entry.ruleIndex = static_cast<int>(reader.u32());
    entry.body = reader.bytes();
    if (!reader.ok() || !reader.atEnd() || entry.key.isEmpty() || entry.varyNames.size() != entry.varyValues.size() ||
        entry.status < 100 || entry.status > 999 || (flags & ~(Heuristic | Overridden | MustRevalidate | NoCache)))
        return std::nullopt;
    return entry;
}

} // namespace Portico
