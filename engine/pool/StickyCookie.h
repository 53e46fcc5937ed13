// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Portico {

// The value of the cookie that keeps a client on one backend: base64url (no padding) of the
// backend's 8-byte id followed by the first 12 bytes of HMAC-SHA256(secret, id), 27 characters in
// all. A client can read the id (a hash of "host:port") but cannot make a valid cookie for any
// other backend without the secret. Immutable once built, so workers may share one. The secret is
// never logged and has no accessor.
class StickyCookie
{
public:
    static constexpr int idBytes = 8;
    static constexpr int tagBytes = 12;
    static constexpr int encodedLength = 27; // (8 + 12) bytes in base64url without padding

    // An empty secret works but protects nothing; the engine passes 32 random bytes when the config has none.
    explicit StickyCookie(QByteArray secret);

    // The first 8 bytes of SHA-256 of "host:port", big-endian: the same backend keeps its id across
    // config generations and restarts.
    static quint64 backendId(QByteArrayView backendKey);

    QByteArray encode(quint64 backendId) const;
    // The backend id, or nullopt for a value of the wrong length, not base64url, or whose tag does not
    // match (compared in constant time). Its own buffers are on the stack, but OpenSSL's HMAC() fetches
    // the algorithm and allocates a context inside: about 1 us a call (Debian 12, OpenSSL 3.0).
    std::optional<quint64> decode(QByteArrayView value) const;

    // The value of the first cookie called name in a Cookie header value ("a=1; portico_sticky=xyz;
    // b=2", RFC 6265 section 4.2.1), with blanks around names and values, missing spaces and a quoted
    // value tolerated; an empty view when there is none. Names are case-sensitive.
    static QByteArrayView findCookie(QByteArrayView cookieHeader, QByteArrayView name);

    // A Set-Cookie field value: "name=VALUE; Path=/; HttpOnly; SameSite=Lax". A session cookie: the
    // browser drops it when it closes.
    QByteArray setCookieValue(QByteArrayView name, quint64 backendId) const;

private:
    // Writes the truncated HMAC of the 8-byte id into tag; false if OpenSSL failed.
    bool computeTag(const uchar* id, uchar* tag) const;

    QByteArray m_secret;
};

} // namespace Portico
