// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Portico {

// The methods the engine treats specially; any other valid token is an extension method (Other)
// and passes through under its own name (RequestHead::method).
enum class HttpMethod : quint8
{
    Get,
    Head,
    Post,
    Put,
    Delete,
    Options,
    Patch,
    Connect,
    Trace,
    Other,
};

} // namespace Portico
