// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

namespace Portico {

enum class ConfigLoadStatus
{
    Loaded,     // the file was read and is valid
    Missing,    // no file yet: the embedded default config is in use
    MovedAside, // the file could not be used; it was renamed to movedAsidePath and the default is in use
    Invalid,    // the file could not be used and was left in place (config holds the default)
};

class ConfigLoadResult
{
public:
    Config config;
    ConfigLoadStatus status = ConfigLoadStatus::Missing;
    ConfigErrors errors;
    QString movedAsidePath;

    bool usable() const { return status == ConfigLoadStatus::Loaded || status == ConfigLoadStatus::Missing; }
};

} // namespace Portico
