// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigValidation.h"

#include <QByteArray>
#include <QJsonObject>

namespace Portico {

// Reads and checks a configuration document in one pass and reports every error at once, each
// with the JSON path of the value at fault. Field parsing lives beside each type (read());
// this class adds the checks that span the document (names, references, listener clashes).
class ConfigValidator
{
public:
    static ConfigValidation validate(const QByteArray& json);
    static ConfigValidation validate(const QJsonObject& document);
    // Re-checks a Config built in code (for instance by the UI) by the same rules.
    static ConfigValidation validate(const Config& config);
};

} // namespace Portico
