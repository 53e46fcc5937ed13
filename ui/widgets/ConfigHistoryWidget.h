// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Portico {

class EngineSession;

// The saved versions of the configuration, newest first, each with a one-click Restore.
class ConfigHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigHistoryWidget(EngineSession& session, QWidget* parent = nullptr);

private:
    EngineSession& m_session;
};

} // namespace Portico
