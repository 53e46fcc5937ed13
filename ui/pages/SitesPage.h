// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Portico {

class EmptyStateWidget;
class EngineSession;
class PageHeader;
class RouteTesterDialog;
class SiteTableModel;
class SiteWizard;

// The sites of the config in force with their live figures; adds, edits and removes sites (the
// Add Site wizard) and opens the route tester.
class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(EngineSession& session, QWidget* parent = nullptr);

    // Opens the wizard (window-modal, deleted on close): empty siteName adds a site, otherwise edits
    // that one; startPage is a SiteWizard::PageId.
    SiteWizard* openSiteWizard(const QString& siteName = QString(), int startPage = 0);
    RouteTesterDialog* openRouteTester();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshButtons();
    QString selectedSite() const;
    void editSelected();
    void confirmRemoveSelected();
    void removeSite(const QString& siteName);
    void showErrors(const QString& title, const QString& text);

    EngineSession& m_session;
    SiteTableModel* m_model;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QPushButton* m_addFirstSiteButton;
    QPushButton* m_addSiteButton;
    QPushButton* m_editSiteButton;
    QPushButton* m_removeSiteButton;
    QPushButton* m_testRoutesButton;
    QTableView* m_table;
    QLabel* m_sourceNote;
};

} // namespace Portico
