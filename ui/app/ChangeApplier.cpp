// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ChangeApplier.h"

#include "app/EngineSession.h"

namespace Portico {

// Placeholder: applies without asking until the review dialog lands.
bool ChangeApplier::apply(QWidget*, EngineSession& session, const Config& candidate, Review)
{
    return session.applyConfig(candidate).isEmpty();
}

} // namespace Portico
