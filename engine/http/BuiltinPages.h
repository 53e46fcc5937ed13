// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Portico {

// Portico's own small HTML pages: the welcome page of a fresh install and the error pages.
// They never show backend names, addresses or internal errors.
class BuiltinPages
{
public:
    static QByteArray welcome();
    static QByteArray error(int status, const QByteArray& requestId, const QByteArray& explanation = QByteArray());
    static QByteArray reasonPhrase(int status);
};

} // namespace Portico
