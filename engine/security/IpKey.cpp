// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/IpKey.h"

#include "security/HashSlots.h"

#include <cstdio>
#include <cstring>

namespace Portico {

namespace {

constexpr std::array<quint8, 12> v4MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

char16_t charAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

char16_t charAt(QByteArrayView text, qsizetype i)
{
    return static_cast<quint8>(text[i]);
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// Dotted quad, exactly four decimal parts of 0..255; a leading zero ("010") is refused, since some parsers
// read it as octal and the same text would name another host there.
template<typename View>
bool parseV4(View text, quint8* out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= n || charAt(text, i) != u'.')
                return false;
            ++i;
        }
        const qsizetype start = i;
        int value = 0;
        while (i < n && i - start < 4 && charAt(text, i) >= u'0' && charAt(text, i) <= u'9')
            value = value * 10 + (charAt(text, i++) - u'0');
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && charAt(text, start) == u'0'))
            return false;
        out[part] = static_cast<quint8>(value);
    }
    return i == n;
}

// RFC 4291 2.2 text forms: eight groups, one "::" for a run of zero groups, an IPv4 dotted tail.
template<typename View>
bool parseV6(View text, quint8* out)
{
    const qsizetype n = text.size();
    if (n < 2 || n > 45)
        return false;
    quint16 words[8] = {};
    int count = 0;
    int gap = -1;
    qsizetype i = 0;
    if (charAt(text, 0) == u':') {
        if (charAt(text, 1) != u':')
            return false;
        gap = 0;
        i = 2;
        if (i == n) {
            std::memset(out, 0, 16);
            return true;
        }
    }
    while (true) {
        // A dotted tail takes the last 32 bits.
        qsizetype end = i;
        bool dotted = false;
        while (end < n && charAt(text, end) != u':') {
            if (charAt(text, end) == u'.')
                dotted = true;
            ++end;
        }
        if (dotted) {
            quint8 v4[4];
            if (end != n || count > 6 || !parseV4(text.sliced(i), v4))
                return false;
            words[count++] = static_cast<quint16>(v4[0] << 8 | v4[1]);
            words[count++] = static_cast<quint16>(v4[2] << 8 | v4[3]);
            break;
        }
        if (end == i || end - i > 4 || count == 8)
            return false;
        int value = 0;
        for (; i < end; ++i) {
            const int digit = hexValue(charAt(text, i));
            if (digit < 0)
                return false;
            value = value << 4 | digit;
        }
        words[count++] = static_cast<quint16>(value);
        if (i == n)
            break;
        ++i; // the ':'
        if (i < n && charAt(text, i) == u':') {
            if (gap >= 0)
                return false;
            gap = count;
            ++i;
            if (i == n)
                break;
        } else if (i == n) {
            return false; // a single trailing ':'
        }
    }
    if (gap < 0 ? count != 8 : count > 7)
        return false;
    quint16 expanded[8] = {};
    if (gap < 0) {
        std::memcpy(expanded, words, sizeof words);
    } else {
        const int tail = count - gap;
        for (int k = 0; k < gap; ++k)
            expanded[k] = words[k];
        for (int k = 0; k < tail; ++k)
            expanded[8 - tail + k] = words[gap + k];
    }
    for (int k = 0; k < 8; ++k) {
        out[2 * k] = static_cast<quint8>(expanded[k] >> 8);
        out[2 * k + 1] = static_cast<quint8>(expanded[k] & 0xff);
    }
    return true;
}

template<typename View>
bool parseAny(View text, IpKey& out)
{
    IpKey key;
    bool hasColon = false;
    for (qsizetype i = 0; i < text.size() && !hasColon; ++i)
        hasColon = charAt(text, i) == u':';
    if (hasColon) {
        if (!parseV6(text, key.bytes.data()))
            return false;
    } else {
        std::memcpy(key.bytes.data(), v4MappedPrefix.data(), v4MappedPrefix.size());
        if (!parseV4(text, key.bytes.data() + 12))
            return false;
    }
    out = key;
    return true;
}

} // namespace

IpKey IpKey::fromIPv4(quint32 address)
{
    IpKey key;
    std::memcpy(key.bytes.data(), v4MappedPrefix.data(), v4MappedPrefix.size());
    key.bytes[12] = static_cast<quint8>(address >> 24);
    key.bytes[13] = static_cast<quint8>(address >> 16);
    key.bytes[14] = static_cast<quint8>(address >> 8);
    key.bytes[15] = static_cast<quint8>(address);
    return key;
}

IpKey IpKey::fromAddress(const QHostAddress& address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return fromIPv4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol: {
        IpKey key;
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(key.bytes.data(), v6.c, 16);
        return key;
    }
    default:
        return {};
    }
}

IpKey IpKey::parse(QStringView text)
{
    IpKey key;
    return tryParse(text, key) ? key : IpKey();
}

IpKey IpKey::parse(QByteArrayView text)
{
    IpKey key;
    return tryParse(text, key) ? key : IpKey();
}

bool IpKey::tryParse(QStringView text, IpKey& out)
{
    return parseAny(text, out);
}

bool IpKey::tryParse(QByteArrayView text, IpKey& out)
{
    return parseAny(text, out);
}

QHostAddress IpKey::toAddress() const
{
    if (isNull())
        return {};
    if (isV4())
        return QHostAddress(static_cast<quint32>(bytes[12]) << 24 | static_cast<quint32>(bytes[13]) << 16 |
                            static_cast<quint32>(bytes[14]) << 8 | bytes[15]);
    return QHostAddress(bytes.data());
}

QString IpKey::toString() const
{
    if (isNull())
        return {};
    char text[48];
    int length = 0;
    const auto put = [&text, &length](const char* s) {
        while (*s)
            text[length++] = *s++;
    };
    if (isV4()) {
        for (int k = 12; k < 16; ++k) {
            char part[5];
            std::snprintf(part, sizeof part, k == 12 ? "%u" : ".%u", static_cast<unsigned>(bytes[k]));
            put(part);
        }
        return QString::fromLatin1(text, length);
    }
    quint16 words[8];
    for (int k = 0; k < 8; ++k)
        words[k] = static_cast<quint16>(bytes[2 * k] << 8 | bytes[2 * k + 1]);
    // RFC 5952 4.2: the longest run of two or more zero groups (the first of equal ones) becomes "::".
    int bestStart = -1, bestLength = 1;
    for (int k = 0; k < 8;) {
        if (words[k] != 0) {
            ++k;
            continue;
        }
        int end = k;
        while (end < 8 && words[end] == 0)
            ++end;
        if (end - k > bestLength) {
            bestStart = k;
            bestLength = end - k;
        }
        k = end;
    }
    for (int k = 0; k < 8; ++k) {
        if (k == bestStart) {
            put("::");
            k += bestLength - 1;
            continue;
        }
        char group[6];
        std::snprintf(group, sizeof group, "%x", static_cast<unsigned>(words[k]));
        if (k > 0 && k != bestStart + bestLength)
            put(":");
        put(group);
    }
    return QString::fromLatin1(text, length);
}

bool IpKey::isNull() const
{
    return bytes == std::array<quint8, 16>{};
}

bool IpKey::isV4() const
{
    return std::memcmp(bytes.data(), v4MappedPrefix.data(), v4MappedPrefix.size()) == 0;
}

quint64 IpKey::hash() const
{
    quint64 high, low;
    std::memcpy(&high, bytes.data(), 8);
    std::memcpy(&low, bytes.data() + 8, 8);
    // Mixed so that IPv4 keys, which differ only in their last four bytes, spread over every bit of the result.
    return HashSlots::mix(high * 0x9e3779b97f4a7c15ULL + low);
}

} // namespace Portico
