// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/PreflightReport.h"

#include <algorithm>

namespace Portico {

bool PreflightReport::canProceed() const
{
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const PreflightCheck& check) { return check.status == PreflightStatus::Failed; });
}

} // namespace Portico
