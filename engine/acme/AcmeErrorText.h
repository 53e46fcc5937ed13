// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/AcmeError.h"

#include <QString>

namespace Portico {

// What an ACME failure means, in plain English for events, logs and porticod; the GUI words the code itself.
class AcmeErrorText
{
public:
    // "the CA could not look up the name in DNS (<the CA's detail>)".
    static QString message(const AcmeError& error);
};

} // namespace Portico
