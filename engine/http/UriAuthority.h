// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Portico {

// Syntax check of an authority without userinfo: uri-host [":" port] (RFC 3986 3.2.2, RFC 9110 4.2),
// for Host fields, absolute-form and CONNECT targets.
class UriAuthority
{
public:
    enum class Port : quint8
    {
        Optional,
        Required,
    };
    enum class Host : quint8
    {
        Required,
        MayBeEmpty,
    };

    static bool isValid(QByteArrayView authority, Port port, Host host);
};

} // namespace Portico
