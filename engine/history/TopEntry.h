// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico {

// One line of a top list: a path, client address, status code or site name, and how many requests.
class TopEntry
{
public:
    QString key;
    quint64 count = 0;

    bool operator==(const TopEntry&) const = default;
};

} // namespace Portico
