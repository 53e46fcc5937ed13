// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Portico {

// The directives of Cache-Control fields (RFC 9111 5.2), requests and responses alike. Unknown
// directives are ignored; a malformed delta-seconds value makes that directive count as absent,
// except max-age, which then counts as 0 (stale), as RFC 9111 4.2.1 advises.
class CacheControl
{
public:
    // Adds the directives of one field value; call once per Cache-Control line.
    void parse(QByteArrayView value);
    // All Cache-Control lines of a head: anything with find()-like fields.
    static CacheControl fromValues(const QList<QByteArrayView>& values);

    std::optional<qint64> maxAge;
    std::optional<qint64> sMaxAge;
    std::optional<qint64> staleWhileRevalidate;
    std::optional<qint64> staleIfError;
    // Requests: max-stale without a value accepts any staleness (maxStaleAny).
    std::optional<qint64> maxStale;
    bool maxStaleAny = false;
    std::optional<qint64> minFresh;
    bool noStore = false;
    // no-cache without field names; with names, noCacheFields lists them (lower case).
    bool noCache = false;
    QList<QByteArray> noCacheFields;
    // private without field names; with names, privateFields lists them (lower case).
    bool isPrivate = false;
    QList<QByteArray> privateFields;
    bool isPublic = false;
    bool mustRevalidate = false;
    bool proxyRevalidate = false;
    bool mustUnderstand = false;
    bool noTransform = false;
    bool onlyIfCached = false;
    bool immutable = false;
};

} // namespace Portico
