// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"

class QWidget;

namespace Portico {

class EngineSession;

// The one way the GUI changes the configuration: validate -> show in plain words what changes -> apply.
// A config that fails validation or cannot be applied (a port already taken) is refused with the reason in
// plain words, and the running config keeps serving.
class ChangeApplier
{
public:
    enum class Review
    {
        Ask,          // show the summary and apply only when the admin confirms
        AlreadyShown, // a wizard's review page showed it: apply at once
    };

    // True when the change is in force and saved.
    static bool apply(QWidget* parent, EngineSession& session, const Config& candidate, Review review = Review::Ask);
};

} // namespace Portico
