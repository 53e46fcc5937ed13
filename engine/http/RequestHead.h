// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpMethod.h"
#include "http/MessageHead.h"

namespace Portico {

// A parsed request head (RequestParser). Views point into the caller's buffer: see MessageHead.
class RequestHead : public MessageHead
{
public:
    enum class TargetForm : quint8
    {
        Origin,    // "/path?query"
        Absolute,  // "http://authority/path?query"
        Authority, // "host:port", CONNECT only
        Asterisk,  // "*", OPTIONS only
    };

    QByteArrayView method;
    HttpMethod methodKind = HttpMethod::Other;
    // The request-target as received.
    QByteArrayView target;
    TargetForm targetForm = TargetForm::Origin;
    // Absolute-form only: "http" or "https" as received.
    QByteArrayView scheme;
    // Absolute-form and authority-form: the target's authority.
    QByteArrayView authority;
    // Origin-form: the whole target. Absolute-form: what follows the authority, which may be empty or
    // start with "?" (write "/" before it when forwarding in origin-form). Asterisk-form: "*".
    QByteArrayView path;
    // The Host field's value (may be empty, as RFC 9112 3.2 allows); hasHost says whether there was one.
    QByteArrayView host;
    bool hasHost = false;
    // "Expect: 100-continue" in an HTTP/1.1 request.
    bool expectContinue = false;
    // HTTP/1.1 with an Upgrade field and "upgrade" in Connection: a protocol switch (e.g. WebSocket).
    bool upgradeRequested = false;

    // Where the request is going: the target's authority for absolute-form and CONNECT, else Host.
    QByteArrayView effectiveAuthority() const { return authority.data() != nullptr ? authority : host; }
    bool hasBody() const { return framing == BodyFraming::Chunked || contentLength > 0; }

    void clear();
    void rebase(quintptr from, quintptr to);
};

} // namespace Portico
