// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/StickyCookie.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <utility>

namespace Portico {

namespace {

constexpr int rawBytes = StickyCookie::idBytes + StickyCookie::tagBytes;
constexpr char base64UrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The 6-bit value of a base64url character, or -1.
int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

} // namespace

StickyCookie::StickyCookie(QByteArray secret)
    : m_secret(std::move(secret))
{}

quint64 StickyCookie::backendId(QByteArrayView backendKey)
{
    uchar digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(backendKey.data(), static_cast<std::size_t>(backendKey.size()), digest, &length, EVP_sha256(),
                   nullptr) != 1 ||
        length < sizeof(quint64))
        qFatal("SHA-256 is not available from OpenSSL");
    return qFromBigEndian<quint64>(digest);
}

bool StickyCookie::computeTag(const uchar* id, uchar* tag) const
{
    // HMAC() wants a non-null key pointer even for an empty key.
    static const uchar emptyKey = 0;
    const auto* key = m_secret.isEmpty() ? &emptyKey : reinterpret_cast<const uchar*>(m_secret.constData());
    uchar mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (HMAC(EVP_sha256(), key, static_cast<int>(m_secret.size()), id, idBytes, mac, &length) == nullptr ||
        length < tagBytes)
        return false;
    std::copy_n(mac, tagBytes, tag);
    return true;
}

QByteArray StickyCookie::encode(quint64 backendId) const
{
    uchar raw[rawBytes];
    qToBigEndian(backendId, raw);
    if (!computeTag(raw, raw + idBytes))
        qFatal("HMAC-SHA256 is not available from OpenSSL");

    char text[encodedLength];
    int out = 0;
    int in = 0;
    for (; in + 3 <= rawBytes; in += 3) {
        const quint32 group = (quint32(raw[in]) << 16) | (quint32(raw[in + 1]) << 8) | raw[in + 2];
        text[out++] = base64UrlAlphabet[(group >> 18) & 63];
        text[out++] = base64UrlAlphabet[(group >> 12) & 63];
        text[out++] = base64UrlAlphabet[(group >> 6) & 63];
        text[out++] = base64UrlAlphabet[group & 63];
    }
    // 20 bytes leave two over: three characters, the last one's two low bits zero.
    static_assert(rawBytes % 3 == 2);
    const quint32 group = (quint32(raw[in]) << 16) | (quint32(raw[in + 1]) << 8);
    text[out++] = base64UrlAlphabet[(group >> 18) & 63];
    text[out++] = base64UrlAlphabet[(group >> 12) & 63];
    text[out++] = base64UrlAlphabet[(group >> 6) & 63];
    Q_ASSERT(out == encodedLength);
    return QByteArray(text, encodedLength);
}

std::optional<quint64> StickyCookie::decode(QByteArrayView value) const
{
    if (value.size() != encodedLength)
        return std::nullopt;

    uchar raw[rawBytes];
    int out = 0;
    quint32 bits = 0;
    int bitCount = 0;
    for (const char c : value) {
        const int sixBits = base64UrlValue(c);
        if (sixBits < 0)
            return std::nullopt;
        bits = (bits << 6) | static_cast<quint32>(sixBits);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            raw[out++] = static_cast<uchar>(bits >> bitCount);
            bits &= (1U << bitCount) - 1;
        }
    }
    // Only the canonical spelling is accepted: the bits left over must be zero.
    if (out != rawBytes || bits != 0)
        return std::nullopt;

    uchar expected[tagBytes];
    if (!computeTag(raw, expected) || CRYPTO_memcmp(expected, raw + idBytes, tagBytes) != 0)
        return std::nullopt;
    return qFromBigEndian<quint64>(raw);
}

QByteArrayView StickyCookie::findCookie(QByteArrayView cookieHeader, QByteArrayView name)
{
    if (name.isEmpty())
        return {};
    qsizetype pos = 0;
    const qsizetype size = cookieHeader.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && cookieHeader[end] != ';')
            ++end;
        const QByteArrayView pair = cookieHeader.sliced(pos, end - pos);
        pos = end + 1;

        qsizetype equals = 0;
        while (equals < pair.size() && pair[equals] != '=')
            ++equals;
        if (equals == pair.size() || trimmed(pair.first(equals)) != name)
            continue;
        QByteArrayView value = trimmed(pair.sliced(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.sliced(1, value.size() - 2);
        return value;
    }
    return {};
}

QByteArray StickyCookie::setCookieValue(QByteArrayView name, quint64 backendId) const
{
    static constexpr QByteArrayView attributes = "; Path=/; HttpOnly; SameSite=Lax";
    QByteArray field;
    field.reserve(name.size() + 1 + encodedLength + attributes.size());
    field.append(name);
    field.append('=');
    field.append(encode(backendId));
    field.append(attributes);
    return field;
}

} // namespace Portico
