// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Portico {

// The path and query of a request target in origin form ("/a/b?q") or absolute form
// ("http://host/a/b?q"), as views into the caller's bytes. Asterisk and authority forms (OPTIONS *,
// CONNECT) and anything else are not routable and leave the target invalid.
class RequestTarget
{
public:
    bool parse(QByteArrayView target);

    bool isValid() const { return m_valid; }
    // Starts with "/"; an absolute-form target without a path has the path "/".
    QByteArrayView path() const { return m_path; }
    // From the "?" on, or empty.
    QByteArrayView query() const { return m_query; }

private:
    QByteArrayView m_path;
    QByteArrayView m_query;
    bool m_valid = false;
};

} // namespace Portico
