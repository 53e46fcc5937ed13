// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace Portico {

// HTTP-date (RFC 9110 5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms that recipients
// must still accept. Locale-free and allocation-free: the cache reads Date, Expires and Last-Modified
// on every store.
class HttpDate
{
public:
    // Milliseconds since the epoch (UTC); nullopt for anything malformed.
    static std::optional<qint64> parse(QByteArrayView text);
};

} // namespace Portico
