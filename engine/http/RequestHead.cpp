// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/RequestHead.h"

namespace Portico {

void RequestHead::clear()
{
    MessageHead::clear();
    method = QByteArrayView();
    methodKind = HttpMethod::Other;
    target = QByteArrayView();
    targetForm = TargetForm::Origin;
    scheme = QByteArrayView();
    authority = QByteArrayView();
    path = QByteArrayView();
    host = QByteArrayView();
    hasHost = false;
    expectContinue = false;
    upgradeRequested = false;
}

void RequestHead::rebase(quintptr from, quintptr to)
{
    MessageHead::rebase(from, to);
    method = HttpHeader::rebased(method, from, to);
    target = HttpHeader::rebased(target, from, to);
    scheme = HttpHeader::rebased(scheme, from, to);
    authority = HttpHeader::rebased(authority, from, to);
    path = HttpHeader::rebased(path, from, to);
    host = HttpHeader::rebased(host, from, to);
}

} // namespace Portico
