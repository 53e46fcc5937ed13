// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// Something with a socket that an EventPoller reports readiness to.
class IoHandler
{
public:
    virtual ~IoHandler() = default;
    // readable/writable: the socket can make progress; hangup: the peer is gone or the socket failed.
    virtual void onIoEvent(bool readable, bool writable, bool hangup) = 0;
};

} // namespace Portico
