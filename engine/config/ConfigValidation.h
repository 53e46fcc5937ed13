// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <optional>

namespace Portico {

// The outcome of validating a document: a Config, or every error found.
class ConfigValidation
{
public:
    std::optional<Config> config;
    ConfigErrors errors;

    bool ok() const { return config.has_value() && errors.isEmpty(); }
};

} // namespace Portico
