// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpChars.h"
#include "http/ParseError.h"

#include <QByteArrayView>

namespace Portico {

// One field line as views into the buffer the head was parsed from: valid only while that buffer
// is unchanged. No copies, no allocation.
class HttpHeader
{
public:
    // Fields the engine acts on, recognised once while parsing so later code switches on an enum
    // instead of comparing names again.
    enum class Kind : quint8
    {
        Other,
        Host,
        ContentLength,
        TransferEncoding,
        Connection,
        KeepAlive,
        Te,
        Trailer,
        Upgrade,
        ProxyConnection,
        Expect,
        Via,
        Forwarded,
        XForwardedFor,
        XForwardedHost,
        XForwardedProto,
        XRequestId,
    };

    QByteArrayView name;
    // Without the optional whitespace around it.
    QByteArrayView value;
    Kind kind = Kind::Other;
    // Not to be forwarded: a hop-by-hop field (Connection, Keep-Alive, TE, Trailer, Transfer-Encoding,
    // Upgrade, Proxy-Connection) or one the Connection field names. In a trailer section: any field
    // with a Kind other than Other (framing, routing and hop-by-hop fields have no business there).
    bool hopByHop = false;

    // Case-insensitive.
    bool nameIs(QByteArrayView otherName) const { return HttpChars::equalsIgnoreCase(name, otherName); }

    static Kind classify(QByteArrayView name);
    // Parses "name: value" (the line without its CRLF) strictly: no obs-fold, no whitespace before the
    // colon, a token name, a value free of control characters other than HTAB. Sets kind.
    static ParseError parseLine(QByteArrayView line, HttpHeader& out);

    // The same view moved from one buffer address to another (after the caller's buffer was reallocated).
    static QByteArrayView rebased(QByteArrayView view, quintptr from, quintptr to);
    void rebase(quintptr from, quintptr to);
};

} // namespace Portico
