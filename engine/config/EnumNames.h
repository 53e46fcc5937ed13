// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace Portico {

// One table per enum gives both directions of the name mapping and the choices JsonReader offers,
// so the JSON names, toJson() and the error text ("must be one of: ...") cannot drift apart.
template<typename E, std::size_t N>
using EnumNames = std::array<std::pair<const char*, E>, N>;

template<typename E, std::size_t N>
QString enumName(const EnumNames<E, N>& names, E value)
{
    for (const auto& [name, candidate] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return QString();
}

template<typename E, std::size_t N>
std::optional<E> enumFromName(const EnumNames<E, N>& names, QStringView text)
{
    for (const auto& [name, candidate] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace Portico
