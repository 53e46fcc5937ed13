// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/CompiledRoute.h"

namespace Portico {

namespace {

// Clients send non-ASCII path bytes percent-encoded; a prefix written as "/café/" must match them.
QByteArray encodePrefix(const QString& prefix)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = prefix.toUtf8();
    QByteArray encoded;
    encoded.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            encoded.append(c);
        } else {
            encoded.append('%');
            encoded.append(hex[byte >> 4]);
            encoded.append(hex[byte & 0x0f]);
        }
    }
    return encoded;
}

QByteArray redirectBase(const QString& to)
{
    QByteArray base = to.toUtf8();
    const qsizetype scheme = base.indexOf("://");
    if (scheme < 0)
        return base;
    qsizetype end = scheme + 3;
    while (end < base.size() && base.at(end) != '/' && base.at(end) != '?' && base.at(end) != '#')
        ++end;
    if (end == base.size() || base.at(end) != '/')
        base.insert(end, '/');
    return base;
}

} // namespace

CompiledRoute CompiledRoute::compile(const RouteConfig& route, int index, int poolIndex)
{
    CompiledRoute compiled;
    compiled.config = route;
    compiled.index = index;
    compiled.poolIndex = route.type == RouteType::Proxy ? poolIndex : -1;
    compiled.prefix = encodePrefix(route.pathPrefix);
    compiled.stripLength = compiled.prefix.endsWith('/') ? compiled.prefix.size() - 1 : compiled.prefix.size();
    compiled.hostRewrite = route.hostRewrite.toUtf8();
    if (route.type == RouteType::Redirect)
        compiled.redirectTo = redirectBase(route.redirect.to);
    return compiled;
}

bool CompiledRoute::matches(QByteArrayView path) const
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || prefix.endsWith('/') || path.at(prefix.size()) == '/';
}

} // namespace Portico
