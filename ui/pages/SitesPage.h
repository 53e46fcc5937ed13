// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Portico {

class EmptyStateWidget;
class EngineSession;
class PageHeader;

// The sites of the config in force: names, server names and which pool each route goes to.
class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(EngineSession& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    EngineSession& m_session;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QPushButton* m_addSiteButton;
    QLabel* m_addSiteNote;
    QTreeWidget* m_tree;
    QLabel* m_sourceNote;
};

} // namespace Portico
