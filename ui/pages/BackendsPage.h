// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace Portico {

class EmptyStateWidget;
class EngineSession;
class PageHeader;

// The pools of the config in force and the backends in each, with the sites that use them.
class BackendsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackendsPage(EngineSession& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    EngineSession& m_session;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QTreeWidget* m_tree;
    QLabel* m_healthNote;
};

} // namespace Portico
