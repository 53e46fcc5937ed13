// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstring>
#include <type_traits>

// Byte classes of RFC 9110/9112 as one lookup table, and the ASCII helpers the parsers share.
// Everything is constexpr so the hot loops inline to a table load per byte.
namespace Portico::HttpChars {

inline constexpr quint8 TokenClass = 0x01;      // tchar
inline constexpr quint8 FieldValueClass = 0x02; // HTAB, SP, VCHAR, obs-text
inline constexpr quint8 TargetClass = 0x04;     // VCHAR, obs-text: no controls, no SP
inline constexpr quint8 RegNameClass = 0x08;    // unreserved, "%", sub-delims

constexpr bool contains(const char* symbols, int c)
{
    for (; *symbols != 0; ++symbols) {
        if (*symbols == c)
            return true;
    }
    return false;
}

constexpr std::array<quint8, 256> makeClassTable()
{
    std::array<quint8, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool alphaNumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        const bool vchar = c > 0x20 && c < 0x7f;
        quint8 bits = 0;
        if (alphaNumeric || contains("!#$%&'*+-.^_`|~", c))
            bits |= TokenClass;
        // unreserved, "%" of pct-encoded, sub-delims (RFC 3986)
        if (alphaNumeric || contains("-._~%!$&'()*+,;=", c))
            bits |= RegNameClass;
        if (vchar || c >= 0x80 || c == ' ' || c == '\t')
            bits |= FieldValueClass;
        if (vchar || c >= 0x80)
            bits |= TargetClass;
        table[static_cast<std::size_t>(c)] = bits;
    }
    return table;
}

inline constexpr std::array<quint8, 256> classTable = makeClassTable();

constexpr bool hasClass(char c, quint8 mask)
{
    return (classTable[static_cast<unsigned char>(c)] & mask) != 0;
}

constexpr bool isTokenChar(char c)
{
    return hasClass(c, TokenClass);
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// Index of the first byte outside mask, or text.size() when all are inside.
constexpr qsizetype firstNotInClass(QByteArrayView text, quint8 mask)
{
    const char* const data = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (!hasClass(data[i], mask))
            return i;
    }
    return size;
}

// Eight bytes in any order (the tests below only ask whether some byte matches).
constexpr quint64 load64(const char* data)
{
    quint64 word = 0;
    if (std::is_constant_evaluated()) {
        for (int i = 0; i < 8; ++i)
            word |= quint64(static_cast<unsigned char>(data[i])) << (8 * i);
    } else {
        std::memcpy(&word, data, sizeof word);
    }
    return word;
}

// firstNotInClass() for a class that excludes only bytes below `below` (some of which it may still
// allow, like HTAB) and DEL: field values and request targets. Checks eight bytes per step and
// looks at single bytes only in a word that holds a suspect one.
constexpr qsizetype firstNotInTextClass(QByteArrayView text, quint8 mask, unsigned char below)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    const char* const data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        const quint64 word = load64(data + i);
        // Exact "any byte < below" and "any byte == 0x7f" tests (below <= 128).
        const quint64 lowBytes = (word - ones * below) & ~word & highBits;
        const quint64 delXor = word ^ (ones * 0x7f);
        const quint64 delBytes = (delXor - ones) & ~delXor & highBits;
        if ((lowBytes | delBytes) == 0)
            continue;
        for (qsizetype j = i; j < i + 8; ++j) {
            if (!hasClass(data[j], mask))
                return j;
        }
    }
    for (; i < size; ++i) {
        if (!hasClass(data[i], mask))
            return i;
    }
    return size;
}

constexpr qsizetype firstNotFieldValue(QByteArrayView text)
{
    return firstNotInTextClass(text, FieldValueClass, 0x20);
}

constexpr qsizetype firstNotTarget(QByteArrayView text)
{
    return firstNotInTextClass(text, TargetClass, 0x21);
}

// Exhaustive self-check at compile time: the fast path agrees with the table for every byte value
// at every position of a word.
constexpr bool textClassScanAgreesWithTable()
{
    for (int value = 0; value < 256; ++value) {
        for (int position = 0; position < 9; ++position) {
            char bytes[17] = "abcdefghijklmnop";
            bytes[position] = static_cast<char>(value);
            const QByteArrayView text(bytes, 16);
            if (firstNotFieldValue(text) != firstNotInClass(text, FieldValueClass) ||
                firstNotTarget(text) != firstNotInClass(text, TargetClass))
                return false;
        }
    }
    return true;
}
static_assert(textClassScanAgreesWithTable());

constexpr bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && firstNotInClass(text, TokenClass) == text.size();
}

constexpr char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// ASCII case-insensitive equality without building lowered copies.
constexpr bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    }
    return true;
}

constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strips optional whitespace (SP, HTAB) at both ends.
constexpr QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isWhitespace(text[begin]))
        ++begin;
    while (end > begin && isWhitespace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// Calls f(element) for each non-empty element of a comma-separated list (RFC 9110 5.6.1), trimmed.
// Empty elements are skipped as the RFC requires; quoted strings are not special-cased because
// the lists parsed this way (Connection, Transfer-Encoding, Expect) hold tokens.
template<typename F>
constexpr void forEachListElement(QByteArrayView value, F&& f)
{
    qsizetype start = 0;
    const qsizetype size = value.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i == size || value[i] == ',') {
            const QByteArrayView element = trimmed(value.sliced(start, i - start));
            if (!element.isEmpty())
                f(element);
            start = i + 1;
        }
    }
}

} // namespace Portico::HttpChars
