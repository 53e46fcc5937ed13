// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace Portico {

class CacheRuleWizard;

// Step 5: the rule in plain words and its place among the site's rules (the first match decides), with
// up and down to move it. Apply shows the change for review and applies it.
class CacheRuleReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CacheRuleReviewPage(CacheRuleWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    CacheRuleWizard* m_wizard;
    bool m_valid = false;

    QLabel* m_summaryHeading;
    QLabel* m_summary;
    QLabel* m_orderHeading;
    QLabel* m_orderHint;
    QListWidget* m_order;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_error;
    QLabel* m_saveNote;
};

} // namespace Portico
