// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ConfigHistoryWidget.h"

namespace Portico {

// Placeholder until the history list lands.
ConfigHistoryWidget::ConfigHistoryWidget(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("configHistoryWidget"));
}

} // namespace Portico
