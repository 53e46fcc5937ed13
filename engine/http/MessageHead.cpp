// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/MessageHead.h"

namespace Portico {

const HttpHeader* MessageHead::find(QByteArrayView name) const
{
    for (const HttpHeader& header : headers) {
        if (header.nameIs(name))
            return &header;
    }
    return nullptr;
}

const HttpHeader* MessageHead::find(HttpHeader::Kind kind) const
{
    for (const HttpHeader& header : headers) {
        if (header.kind == kind)
            return &header;
    }
    return nullptr;
}

void MessageHead::clear()
{
    // clear() keeps the capacity, so a connection that once saw many fields does not reallocate.
    headers.clear();
    size = 0;
    contentLength = -1;
    framing = BodyFraming::None;
    versionMinor = 1;
    keepAlive = false;
    connectionClose = false;
    connectionKeepAlive = false;
    connectionUpgrade = false;
    hasUpgrade = false;
    upgrade = QByteArrayView();
}

void MessageHead::rebase(quintptr from, quintptr to)
{
    for (HttpHeader& header : headers)
        header.rebase(from, to);
    upgrade = HttpHeader::rebased(upgrade, from, to);
}

} // namespace Portico
