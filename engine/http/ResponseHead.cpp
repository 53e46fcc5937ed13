// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ResponseHead.h"

namespace Portico {

bool ResponseHead::hasBody() const
{
    return framing == BodyFraming::Chunked || framing == BodyFraming::UntilClose ||
           (framing == BodyFraming::ContentLength && contentLength > 0);
}

void ResponseHead::clear()
{
    MessageHead::clear();
    status = 0;
    reason = QByteArrayView();
    tunnel = false;
}

void ResponseHead::rebase(quintptr from, quintptr to)
{
    MessageHead::rebase(from, to);
    reason = HttpHeader::rebased(reason, from, to);
}

} // namespace Portico
