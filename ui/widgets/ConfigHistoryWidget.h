// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigHistoryEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Portico {

class EngineSession;

// The saved versions of the configuration, newest first, each with what restoring it would change, and a
// Restore button for the selected one (through the same review as any change).
class ConfigHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigHistoryWidget(EngineSession& session, QWidget* parent = nullptr);

    // Reads the history folder again (configSaved does this).
    void refresh();
    // Restores the version in row; true when it is in force.
    bool restore(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    EngineSession& m_session;
    QList<ConfigHistoryEntry> m_entries;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_restoreButton;
};

} // namespace Portico
