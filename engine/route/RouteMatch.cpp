// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/RouteMatch.h"

#include "route/CompiledSite.h"

namespace Portico {

int RouteMatch::status() const
{
    switch (m_outcome) {
    case Outcome::Route:
        return 0;
    case Outcome::Redirect:
        return redirectStatus();
    case Outcome::NoSite:
    case Outcome::NoRoute:
        return 404;
    case Outcome::BadHost:
    case Outcome::BadPath:
        return 400;
    }
    return 400;
}

int RouteMatch::siteIndex() const
{
    return m_site ? m_site->index : -1;
}

QString RouteMatch::siteName() const
{
    return m_site ? m_site->name : QString();
}

int RouteMatch::routeIndex() const
{
    return m_route ? m_route->index : -1;
}

const RouteConfig* RouteMatch::route() const
{
    return m_route ? &m_route->config : nullptr;
}

int RouteMatch::poolIndex() const
{
    return m_outcome == Outcome::Route ? m_route->poolIndex : -1;
}

QByteArrayView RouteMatch::path() const
{
    return m_pathNormalised ? QByteArrayView(m_normalisedPath) : m_path;
}

QByteArray RouteMatch::upstreamTarget() const
{
    if (m_outcome != Outcome::Route)
        return QByteArray();
    QByteArrayView forwarded = path();
    if (m_route->config.stripPrefix) {
        forwarded = m_route->remainder(forwarded);
        if (forwarded.isEmpty())
            forwarded = QByteArrayView("/");
    }
    QByteArray target;
    target.reserve(forwarded.size() + m_query.size());
    target.append(forwarded);
    target.append(m_query);
    return target;
}

QByteArrayView RouteMatch::hostRewrite() const
{
    return m_outcome == Outcome::Route ? QByteArrayView(m_route->hostRewrite) : QByteArrayView();
}

int RouteMatch::redirectStatus() const
{
    return m_outcome == Outcome::Redirect ? m_route->config.redirect.status : 0;
}

QByteArray RouteMatch::redirectLocation() const
{
    if (m_outcome != Outcome::Redirect)
        return QByteArray();
    const QByteArray& to = m_route->redirectTo;
    if (!m_route->config.redirect.keepPath)
        return to;
    QByteArrayView rest = m_route->remainder(path());
    // redirectTo always has a path, so it can end in "/" while rest starts with one.
    if (!rest.isEmpty() && to.endsWith('/'))
        rest = rest.sliced(1);
    QByteArray location;
    location.reserve(to.size() + rest.size() + m_query.size());
    location.append(to);
    location.append(rest);
    location.append(m_query);
    return location;
}

} // namespace Portico
