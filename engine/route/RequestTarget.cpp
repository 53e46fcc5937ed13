// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/RequestTarget.h"

namespace Portico {

namespace {

bool startsWithScheme(QByteArrayView target, QByteArrayView scheme)
{
    return target.size() > scheme.size() + 3 && target.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0 &&
           target.sliced(scheme.size()).startsWith("://");
}

} // namespace

bool RequestTarget::parse(QByteArrayView target)
{
    m_valid = false;
    m_path = {};
    m_query = {};
    // A fragment is not part of any request-target form (RFC 9112 section 3.2).
    if (target.isEmpty() || target.contains('#'))
        return false;

    QByteArrayView rest = target;
    if (target.front() != '/') {
        qsizetype schemeSize = 0;
        if (startsWithScheme(target, "http"))
            schemeSize = 4;
        else if (startsWithScheme(target, "https"))
            schemeSize = 5;
        else
            return false;
        // The authority is the caller's business (it passes it as the host); routing needs what follows.
        rest = target.sliced(schemeSize + 3);
        qsizetype end = 0;
        while (end < rest.size() && rest.at(end) != '/' && rest.at(end) != '?')
            ++end;
        if (end == 0)
            return false;
        rest = rest.sliced(end);
    }

    const qsizetype question = rest.indexOf('?');
    m_path = question < 0 ? rest : rest.first(question);
    m_query = question < 0 ? QByteArrayView() : rest.sliced(question);
    if (m_path.isEmpty())
        m_path = QByteArrayView("/");
    m_valid = true;
    return true;
}

} // namespace Portico
