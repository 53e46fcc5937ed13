// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico {

// The side of an exchange that is using an upstream connection right now.
class UpstreamUser
{
public:
    virtual ~UpstreamUser() = default;
    virtual void onUpstreamEvent(bool readable, bool writable, bool hangup) = 0;
};

} // namespace Portico
