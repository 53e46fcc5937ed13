// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigError.h"

#include <QCoreApplication>

namespace Portico {

// Words the engine's configuration errors for people. The engine gives only a code, a JSON path
// and arguments; every sentence the user reads is translated here.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::ErrorText)

public:
    // The problem itself, without the path: "Cannot listen on 127.0.0.1:8080: address in use".
    static QString message(const ConfigError& error);
    // The problem with where it is in the file, when it is about one value.
    static QString describe(const ConfigError& error);
    // What the user can do about it, or empty when there is nothing specific to say.
    static QString hint(const ConfigError& error);
    // Up to maxShown errors, one per line, then "and N more".
    static QString describeAll(const ConfigErrors& errors, int maxShown = 5);

private:
    static QString bindFailure(const ConfigError& error);
};

} // namespace Portico
