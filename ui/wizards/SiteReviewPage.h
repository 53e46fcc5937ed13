// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace Portico {

class SiteWizard;

// Step 5: the change in plain words against the config in force; Apply validates, applies and
// saves it, and stays here with the reason if that fails.
class SiteReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SiteReviewPage(SiteWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    SiteWizard* m_wizard;
    bool m_valid = false;
    QLabel* m_intro;
    QLabel* m_changes;
    QLabel* m_saveNote;
    QLabel* m_error;
};

} // namespace Portico
